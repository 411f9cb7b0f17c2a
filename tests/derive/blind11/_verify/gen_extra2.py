from common import md
md('en','deep_nn_backprop_layers','course week notes (deeplearning.ai-style notation)','vectorised backprop for an L-layer net with W^[l] notation, shapes, ReLU/tanh masks',r'''
# Week 4 notes: backprop for an L-layer network (vectorised)

Notation: $A^{[0]} = X$ with shape $(n^{[0]}, m)$, $W^{[l]}$ has shape $(n^{[l]}, n^{[l-1]})$, $b^{[l]}$ has shape $(n^{[l]}, 1)$. ⟦N: shape declarations⟧
Forward: $Z^{[l]} = W^{[l]}A^{[l-1]} + b^{[l]}$, $A^{[l]} = g^{[l]}(Z^{[l]})$. ⟦N: forward definitions⟧
Let $dA^{[l]}$ hold the per-example gradients $\partial\mathcal L^{(i)}/\partial A^{[l]}$ column by column, and $\mathcal J = \frac1m\sum_{i=1}^m \mathcal L^{(i)}$. ⟦N: notation⟧
$$
\begin{aligned}
dZ^{[l]} &= dA^{[l]} \odot g^{[l]\prime}(Z^{[l]}) \\
dW^{[l]} &= \frac{1}{m}\, dZ^{[l]} A^{[l-1]\top} \\
db^{[l]} &= \frac{1}{m}\sum_{i=1}^{m} dZ^{[l](i)} \\
dA^{[l-1]} &= W^{[l]} dZ^{[l]} ⟦W: transpose missing: dA^[l-1] = W^[l]T dZ^[l]; W^[l] dZ^[l] does not even conform⟧
\end{aligned}
$$
Shape check: $dW^{[l]}$ is $(n^{[l]}, m)(m, n^{[l-1]}) = (n^{[l]}, n^{[l-1]})$, the same as $W^{[l]}$.
For a sigmoid output with cross-entropy, $dZ^{[L]} = A^{[L]} - Y$.
**Example.** $n^{[0]} = 2$, $n^{[1]} = 3$, $n^{[2]} = 1$, $m = 4$. ⟦N: binds sizes⟧
Parameters: $3\cdot2 + 3 + 1\cdot3 + 1 = 13$.
$dZ^{[2]}$ is $(1, 4)$ and $A^{[1]}$ is $(3, 4)$, so $dW^{[2]} = \frac14 dZ^{[2]}A^{[1]\top}$ is $(1, 3)$.
$dA^{[1]} = W^{[2]\top}dZ^{[2]}$ has shape $(3, 1)(1, 4) = (3, 4)$.
For ReLU hidden units $g'(z) = \mathbb{1}[z > 0]$, so with $Z^{[1]}_{:,1} = (0.5, -1.2, 2.0)^\top$ and $dA^{[1]}_{:,1} = (0.3, 0.4, -0.1)^\top$: ⟦N: binds example column⟧
$$dZ^{[1]}_{:,1} = (0.3,\ 0,\ -0.1)^\top$$
For tanh hidden units instead, $g'(z) = 1 - \tanh^2(z)$, and at $z = 0.5$ this is $1 - 0.4621^2 \approx 0.786$.
''')
md('ko','bce_unicode_notes','Korean naver blog written without an equation editor (Unicode math)','binary cross-entropy gradient chain in Unicode notation with one numeric update',r'''
# 이진 교차엔트로피 미분 — 수식 편집기 없이 정리

표기: z = w·x + b, ŷ = σ(z), 손실 L = −[y·log ŷ + (1−y)·log(1−ŷ)] ⟦N: definitions⟧
① ∂L/∂ŷ = −y/ŷ + (1−y)/(1−ŷ)
② ∂ŷ/∂z = ŷ(1−ŷ)
③ ∂L/∂z = ① × ② = −y(1−ŷ) + (1−y)ŷ = ŷ − y
④ ∂L/∂w = (ŷ − y)·x,  ∂L/∂b = ŷ − y
예제) x = 3, y = 1, w = 0.2, b = −0.1 ⟦N: binds example⟧
z = 0.2×3 − 0.1 = 0.5
ŷ = σ(0.5) ≈ 0.6225
L = −log(0.6225) ≈ 0.4741
∂L/∂w = ŷ − y ≈ 0.6225 − 1 = −0.3775 ⟦W: drops the factor x = 3; dL/dw = (yhat - y) x ≈ -1.1326⟧
∂L/∂b = ŷ − y ≈ −0.3775
학습률 η = 0.5로 한 번 업데이트: w ← 0.2 − 0.5×(−1.1326) ≈ 0.7663, b ← −0.1 + 0.5×0.3775 ≈ 0.0888
새 z ≈ 0.7663×3 + 0.0888 ≈ 2.3877, ŷ ≈ 0.9159 → 손실이 ≈ 0.0879로 줄었다.
m개 배치 평균이면 ∂J/∂w = (1/m) ∑ᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾
''')
