FILES = {}
FILES["ko/l1_l2_reg.md"] = ({"style": "Korean exam-prep summary (족보 style)", "topic": "L1 subgradient vs L2 gradient, one update step with numbers"}, r"""
# [시험대비] L1 / L2 정규화 한 스텝 계산

정규화된 목적함수 ⟦N:heading⟧
$$J_{1}(w) = J_0(w) + \lambda\lVert w\rVert_1, \qquad J_{2}(w) = J_0(w) + \frac{\lambda}{2}\lVert w\rVert_2^2 ⟦N:definitions⟧$$

- L1 의 (sub)gradient: $\partial_{w_j}\lambda|w_j| = \lambda\,\mathrm{sign}(w_j)$, 단 $w_j = 0$ 이면 $[-\lambda, \lambda]$ 중 아무거나 (여기선 0 사용)
- L2 의 gradient: $\nabla \frac{\lambda}{2}\lVert w\rVert^2 = \lambda w$

**주어진 값** ⟦N:heading⟧
$w = (0.3,\ -0.05,\ 0)$, $\nabla J_0 = g = (0.2,\ 0.1,\ -0.4)$, $\eta = 0.1$, $\lambda = 0.5$ ⟦N:binds values⟧

**L1 업데이트** $w \leftarrow w - \eta\,(g + \lambda\,\mathrm{sign}(w))$ ⟦N:update rule⟧
- $w_1$: $0.3 - 0.1\times(0.2 + 0.5) = 0.23$
- $w_2$: $-0.05 - 0.1\times(0.1 - 0.5) = -0.09$ ⟦W:-0.05 + 0.04 = -0.01⟧
- $w_3$: $0 - 0.1\times(-0.4 + 0) = 0.04$

**L2 업데이트** $w \leftarrow w - \eta\,(g + \lambda w)$ ⟦N:update rule⟧
- $w_1$: $0.3 - 0.1\times(0.2 + 0.15) = 0.265$
- $w_2$: $-0.05 - 0.1\times(0.1 - 0.025) = -0.0575$
- $w_3$: $0.04$ (L1 과 동일, $w_3 = 0$ 이라 벌점 gradient 가 0)

포인트: L1 은 크기와 상관없이 $\eta\lambda = 0.05$ 씩 0 쪽으로 당김 → 희소해짐. L2 는 $w$ 에 비례해서 당김.
""")

FILES["ko/lr_schedule.md"] = ({"style": "Korean README for a training config", "topic": "cosine annealing, step decay, warmup and exponential decay values"}, r"""
## 학습률 스케줄 (config 설명)

`lr_max = 0.1`, `lr_min = 0`, 총 `T = 100` epoch 기준. ⟦N:binds hyperparameters⟧

### cosine annealing
$$\eta_t = \eta_{\min} + \frac12(\eta_{\max} - \eta_{\min})\left(1 + \cos\frac{\pi t}{T}\right) ⟦N:schedule definition⟧$$

| epoch $t$ | 계산 | $\eta_t$ |
|---|---|---|
| 0 | $0.05\,(1 + 1)$ | 0.1 |
| 25 | $0.05\,(1 + \cos\frac{\pi}{4}) \approx 0.05 \times 1.7071$ | ≈ 0.0854 |
| 50 | $0.05\,(1 + 0)$ | 0.05 |
| 75 | $0.05\,(1 - 0.7071)$ | ≈ 0.0146 |
| 100 | $0.05\,(1 - 1)$ | 0 |

### step decay (`step_size=30, gamma=0.5`)
$$\eta_t = 0.1 \times 0.5^{\lfloor t/30 \rfloor} ⟦N:schedule definition⟧$$
epoch 65 에서는 $\lfloor 65/30\rfloor = 2$ 이므로 $0.1 \times 0.25 = 0.025$.

### linear warmup (500 step)
$\eta_s = 0.1 \cdot s/500$ ($s \le 500$) → step 100 에서 $0.02$.

### exponential (`gamma=0.95` per epoch)
10 epoch 후: $0.1 \times 0.95^{10} \approx 0.0599$.
""")

FILES["ko/linear_regression_mse.md"] = ({"style": "Korean beginner blog (밑바닥 style) with one GD step", "topic": "linear regression MSE gradients and one gradient descent step"}, r"""
# 선형회귀 경사하강법, 한 스텝만 손으로!

모델 $\hat y = wx + b$, 비용함수는 ⟦N:model definition⟧
$$J(w,b) = \frac{1}{2m}\sum_{i=1}^{m}\left(wx^{(i)} + b - y^{(i)}\right)^2 ⟦N:cost definition⟧$$

편미분:
$$\frac{\partial J}{\partial w} = \frac1m\sum_{i=1}^m \left(wx^{(i)}+b-y^{(i)}\right)x^{(i)}, \qquad \frac{\partial J}{\partial b} = \frac1m\sum_{i=1}^m \left(wx^{(i)}+b-y^{(i)}\right)$$

($\frac{1}{2m}$ 의 2는 제곱 미분에서 나오는 2를 없애려고 넣은 것)

**데이터**: $x = (1, 2, 3)$, $y = (2, 3, 5)$, 초기값 $w = 1,\ b = 0$, $\eta = 0.1$ ⟦N:binds data and initial values⟧

- 예측: $\hat y = (1, 2, 3)$
- 오차 $\hat y - y = (-1,\ -1,\ -2)$
- $J = \frac{1}{6}(1 + 1 + 4) = 1$
- $\partial J/\partial w = \frac13\left(-1\cdot1 - 1\cdot2 - 2\cdot3\right) = \frac{-9}{3} = -3$
- $\partial J/\partial b = \frac13(-1 - 1 - 2) = -1$ ⟦W:-4/3, not -1⟧

업데이트:
$$w \leftarrow 1 - 0.1\times(-3) = 1.3, \qquad b \leftarrow 0 - 0.1\times\left(-\tfrac43\right) \approx 0.133$$

새 예측 $\hat y \approx (1.433,\ 2.733,\ 4.033)$ 으로 $y$ 에 조금 가까워졌다.
""")

FILES["ko/layernorm.ipynb"] = ({"style": "Korean Jupyter notebook (Transformer study group)", "topic": "layer norm numeric example, parameter count, BN vs LN axes"}, [
("md", r"""
# LayerNorm 직접 계산해보기

토큰 하나의 hidden 벡터 $x \in \mathbb{R}^{d}$ 에 대해 ⟦N:setup⟧

$$\mu = \frac1d\sum_{i=1}^d x_i,\qquad \sigma^2 = \frac1d\sum_{i=1}^d (x_i - \mu)^2,\qquad \mathrm{LN}(x)_i = \gamma_i\frac{x_i - \mu}{\sqrt{\sigma^2 + \epsilon}} + \beta_i ⟦N:definitions⟧$$
"""),
("md", r"""
## 예시: $x = (1, 3, 5, 7)$, $\gamma = \mathbf 1$, $\beta = \mathbf 0$, $\epsilon \approx 0$ ⟦N:binds example⟧

- $\mu = 16/4 = 4$
- $\sigma^2 = (9 + 1 + 1 + 9)/4 = 5$
- $x - \mu = (-3, -1, 1, 3)$
- $\hat x = (-3, -1, 1, 3)/\sqrt5 \approx (-1.342,\ -0.447,\ 0.447,\ 1.342)$

확인: $\hat x$ 의 평균은 0, 제곱평균은 $(9+1+1+9)/(4\cdot 5) = 1$.
"""),
("md", r"""
## 파라미터 수와 축

- $d_{\text{model}} = 768$ 이면 $\gamma, \beta$ 각각 768개 → LN 한 층당 $2\times768 = 1536$개
- BatchNorm (N, C, H, W): 채널마다 $(N, H, W)$ 축으로 평균
- LayerNorm (B, L, D): 토큰마다 $D$ 축으로 평균 → 배치 크기와 무관, 추론 때도 같은 계산
"""),
("code", r"""
import numpy as np
x = np.array([1., 3., 5., 7.])
print((x - x.mean()) / x.std(), x.var())
"""),
])

FILES["ko/flops_count.md"] = ({"style": "Korean tech blog on model efficiency", "topic": "MACs/FLOPs and parameters of a conv layer and an FC layer"}, r"""
# 연산량(FLOPs) 계산, 헷갈리지 말자

용어부터: MAC = 곱셈 1번 + 덧셈 1번, 보통 FLOPs ≈ 2 × MACs 로 센다. ⟦N:terminology definition⟧

## 합성곱 층
입력 $56\times56\times64$, $3\times3$ conv, 출력 채널 64, stride 1, padding 1 → 출력 $56\times56\times64$.

$$\text{MACs} = H_{out}\,W_{out}\,C_{out}\cdot K^2 C_{in} ⟦N:formula⟧$$

$$= 56\cdot56\cdot64\cdot 9\cdot 64 = 115{,}605{,}504 \approx 1.16\times10^{8}$$

$$\text{FLOPs} \approx 2\times 115{,}605{,}504 \approx 2.31\times 10^{8}$$

파라미터는 위치와 무관: $3\cdot3\cdot64\cdot64 + 64 = 36{,}864 + 64 = 36{,}928$.

## 완전연결 층
$4096 \to 1000$:
- MACs $= 4096 \times 1000 = 4{,}096{,}000$
- 파라미터 $= 4{,}096{,}000 + 1000 = 4{,}097{,}000$

## 비교
conv 층은 파라미터가 FC 의 약 $0.9\%$ 밖에 안 되지만 MACs 는 약 $28$ 배 많다.
(= 가중치 공유 때문에 "파라미터 수 ≠ 연산량")
""")

FILES["ko/maxpool_backward.md"] = ({"style": "Korean study notes on pooling backprop", "topic": "max pooling and average pooling backward with a 4x4 example"}, r"""
# 풀링 층의 역전파

## Max pooling
순전파에서 최댓값의 위치(argmax)를 기억해 두고, 역전파 때 upstream gradient 를 그 위치로만 보낸다.

$$\frac{\partial L}{\partial x_{pq}} = \sum_{(i,j)} \frac{\partial L}{\partial y_{ij}}\,\mathbb{1}\left[(p,q) = \operatorname*{argmax}_{(u,v)\in R_{ij}} x_{uv}\right]$$

## 예제 ($2\times2$, stride 2)

$$X = \begin{bmatrix}1&3&2&1\\4&2&0&1\\5&6&1&2\\7&8&3&4\end{bmatrix} ⟦N:binds the input⟧
\;\Rightarrow\;
Y = \begin{bmatrix}4&2\\8&4\end{bmatrix}$$

upstream: $\dfrac{\partial L}{\partial Y} = \begin{bmatrix}0.1&0.2\\0.3&0.4\end{bmatrix}$ ⟦N:binds upstream gradient⟧

$$\frac{\partial L}{\partial X} = \begin{bmatrix}0&0&0.2&0\\0.1&0&0&0\\0&0&0&0\\0&0.3&0&0.4\end{bmatrix}$$

## Average pooling
각 영역에 균등하게 나눠준다: $\partial L/\partial x = \frac{1}{4}\,\partial L/\partial y$.
→ 왼쪽 위 블록 4칸 모두 $0.025$, 오른쪽 아래 블록은 모두 $0.1$.

파라미터가 없으니 $\partial L/\partial W$ 같은 건 없다. gradient 의 총합은 두 경우 모두 $1.0$ 으로 보존된다.
""")

FILES["ko/cross_entropy_binary.md"] = ({"style": "Korean TA answer key (quiz solution)", "topic": "binary cross entropy values and derivatives"}, r"""
**퀴즈 3 해설 — 이진 교차 엔트로피**

$$\mathrm{BCE}(y, p) = -\left[y\ln p + (1-y)\ln(1-p)\right] ⟦N:definition⟧$$

(1) $y = 1$, $p = 0.8$ ⟦N:binds values⟧
$$\mathrm{BCE} = -\ln 0.8 \approx 0.2231$$

(2) $y = 0$, $p = 0.8$ ⟦N:binds values⟧
$$\mathrm{BCE} = -\ln(1 - 0.8) = -\ln 0.2 \approx 1.6094$$

(3) 두 샘플 평균: $(0.2231 + 1.6094)/2 \approx 0.9163$

(4) $p$ 에 대한 미분
$$\frac{\partial\,\mathrm{BCE}}{\partial p} = -\frac{y}{p} + \frac{1-y}{1-p}$$
- (1)의 경우: $-1/0.8 = -1.25$
- (2)의 경우: $1/0.2 = 5$

(5) 로짓 $z$ 에 대한 미분 ($p = \sigma(z)$): $\partial\,\mathrm{BCE}/\partial z = p - y$
- (1): $0.8 - 1 = -0.2$, (2): $0.8 - 0 = 0.8$

채점 기준: (4)에서 $1-y$ 항의 부호를 틀리면 감점. 틀린 예측(2)에 더 큰 gradient 가 걸리는 것을 확인할 것.
""")
