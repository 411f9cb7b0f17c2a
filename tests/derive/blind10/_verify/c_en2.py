FILES = {}
FILES["en/weight_decay_vs_l2.ipynb"] = ({"style": "Colab notebook from an optimisation tutorial", "topic": "L2 penalty vs decoupled weight decay under SGD and Adam"}, [
("md", r"""
# Weight decay vs. L2 regularisation

Are `weight_decay` in SGD and an L2 term in the loss the same thing? For plain SGD, yes. For Adam, no.
Let $L(w) = L_0(w) + \frac{\lambda}{2}\lVert w\rVert^2$. ⟦N:definition of the regularised loss⟧
"""),
("md", r"""
## 1. Gradient of the penalty

$$\nabla_w \tfrac{\lambda}{2}\lVert w\rVert^2 = \lambda w$$

Some papers drop the ½ and write the penalty as $\lambda\lVert w\rVert^2$; then

$$\nabla_w\, \lambda\lVert w\rVert^2 = \lambda w ⟦W:without the 1/2 the gradient is 2*lambda*w⟧$$

and $\lambda$ has to be halved to match.

So one SGD step on $L$ with gradient $g = \nabla L_0(w)$ is ⟦N:introduces g⟧

$$w \leftarrow w - \eta\,(g + \lambda w) = (1 - \eta\lambda)\,w - \eta\, g$$

which is exactly "shrink the weights by the factor $1-\eta\lambda$, then take the plain step".
"""),
("md", r"""
## 2. Numbers

$w = 1.0$, $\eta = 0.1$, $\lambda = 0.01$, $g = 0.5$ ⟦N:binds example values⟧

$$w_{\text{new}} = (1 - 0.001)\times 1.0 - 0.1 \times 0.5 = 0.999 - 0.05 = 0.949$$
"""),
("code", r"""
w, eta, lam, g = 1.0, 0.1, 0.01, 0.5
print(w - eta * (g + lam * w))   # 0.949
"""),
("md", r"""
## 3. Adam breaks the equivalence

With the L2 term, the decay $\lambda w$ enters $m_t$ and is divided by $\sqrt{\hat v_t}+\epsilon$,
so weights with large past gradients are decayed *less*. AdamW decouples it:

$$w \leftarrow w - \eta\left(\frac{\hat m_t}{\sqrt{\hat v_t}+\epsilon} + \lambda w\right) ⟦N:AdamW update rule⟧$$

For SGD the two coincide when the decoupled rate is $\lambda_{\text{dec}} = \lambda$ in this parametrisation (or $\eta\lambda$ if the library subtracts the decay term without multiplying it by $\eta$).
"""),
])

FILES["en/xavier_he.md"] = ({"style": "English blog post, variance-propagation derivation", "topic": "He and Xavier initialisation variances with numbers"}, r"""
# Where does $\sqrt{2/n}$ come from?

Consider one pre-activation $z = \sum_{i=1}^{n} w_i x_i$ with all $w_i, x_i$ independent and $\mathbb{E}[w_i] = 0$. ⟦N:setup/assumptions⟧

Because the terms are independent and $\mathbb{E}[w_i]=0$:
$$\mathrm{Var}(z) = \sum_{i=1}^{n}\mathrm{Var}(w_i x_i) = n\,\mathrm{Var}(w)\,\mathbb{E}[x^2].$$

**ReLU inputs.** If $x = \max(0, y)$ with $y$ symmetric around $0$, then $\mathbb{E}[x^2] = \tfrac12\mathrm{Var}(y)$, so
$$\mathrm{Var}(z) = \tfrac12\, n\,\mathrm{Var}(w)\,\mathrm{Var}(y).$$

Keeping $\mathrm{Var}(z) = \mathrm{Var}(y)$ layer after layer needs $\tfrac12 n\,\mathrm{Var}(w) = 1$, i.e. ⟦N:states the condition⟧
$$\mathrm{Var}(w) = \frac{2}{n} \quad\text{(He / Kaiming)}.$$

Example with fan-in $n = 512$: ⟦N:binds n⟧
- $\mathrm{Var}(w) = 2/512 = 0.00390625$
- $\mathrm{std}(w) = \sqrt{2/512} \approx 0.0442$ ⟦W:sqrt(0.00390625) = 0.0625⟧

**Xavier / Glorot** (tanh-ish, balancing forward and backward): $\mathrm{Var}(w) = \dfrac{2}{n_{\text{in}} + n_{\text{out}}}$. ⟦N:states the Xavier choice⟧
For $n_{\text{in}} = 256$, $n_{\text{out}} = 512$: $\mathrm{Var}(w) = 2/768 \approx 0.002604$.
As a uniform $U(-a, a)$ has variance $a^2/3$, the bound is $a = \sqrt{6/768} \approx 0.0884$.
""")

FILES["en/receptive_field.md"] = ({"style": "TA answer key for a homework question", "topic": "receptive field recursion through conv and pooling layers"}, r"""
**Q3 (answer key).** Compute the receptive field of one unit after each layer of
`conv3x3/s1 → maxpool2x2/s2 → conv3x3/s1 → conv3x3/s1 → maxpool2x2/s2`.

Use the recursion (jump $j$ = distance in input pixels between adjacent units): ⟦N:introduces the recursion⟧

$$r_l = r_{l-1} + (k_l - 1)\,j_{l-1}, \qquad j_l = j_{l-1}\, s_l, \qquad r_0 = j_0 = 1. ⟦N:recursion definition and initial values⟧$$

| layer | $k$ | $s$ | $r_l$ | $j_l$ |
|---|---|---|---|---|
| conv1 | 3 | 1 | $1 + 2\cdot 1 = 3$ | 1 |
| pool1 | 2 | 2 | $3 + 1\cdot 1 = 4$ | 2 |
| conv2 | 3 | 1 | $4 + 2\cdot 1 = 6$ | 2 | ⟦W:must use j_1=2 after the pool: 4 + 2*2 = 8⟧
| conv3 | 3 | 1 | $8 + 2\cdot 2 = 12$ | 2 |
| pool2 | 2 | 2 | $12 + 1\cdot 2 = 14$ | 4 |

Final answer: $14 \times 14$ input pixels.

Common mistakes (−1 each):
- using $j_l$ instead of $j_{l-1}$ inside the recursion;
- forgetting that pooling layers enlarge the receptive field too.

Check of a special case: three stacked $3\times3$ stride-1 convs give $1 + 3\cdot 2 = 7$, the classic "three 3×3 = one 7×7" argument from VGG.
""")

FILES["en/transposed_conv.md"] = ({"style": "PyTorch forum / README style explanation", "topic": "output size of transposed convolution and inverse check"}, r"""
## ConvTranspose2d output size

For `nn.ConvTranspose2d(kernel_size=k, stride=s, padding=p, output_padding=op)` and dilation 1: ⟦N:setup⟧

$$H_{\text{out}} = (H_{\text{in}} - 1)\,s - 2p + k + op ⟦N:formula definition⟧$$

**Case A** — $H_{\text{in}} = 7$, $k=3$, $s=2$, $p=1$: ⟦N:binds case A values⟧

$$H_{\text{out}} = 6 \cdot 2 - 2 + 3 = 13,$$

and with `output_padding=1` it becomes $14$, i.e. exactly double.

**Case B** (DCGAN-style upsampling) — $H_{\text{in}} = 16$, $k = 4$, $s = 2$, $p = 1$: ⟦N:binds case B values⟧

$$H_{\text{out}} = 15\cdot 2 - 2 + 4 = 31 ⟦W:30 - 2 + 4 = 32⟧$$

**Why it inverts a strided conv.** A regular conv maps $H \mapsto \lfloor (H + 2p - k)/s \rfloor + 1$.
With $H = 32$, $k=4$, $s=2$, $p=1$: $\lfloor (32 + 2 - 4)/2\rfloor + 1 = 15 + 1 = 16$.
So the conv takes $32 \to 16$ and the transposed conv with the same hyper-parameters takes $16 \to 32$.

The floor is also why `output_padding` exists: for $k=3,s=2,p=1$ both $H=13$ and $H=14$ give $\lfloor (H-1)/2\rfloor + 1 = 7$, so the inverse is ambiguous.
""")

FILES["en/attention_scaling.ipynb"] = ({"style": "Kaggle notebook walking through attention", "topic": "variance of q.k and the 1/sqrt(d_k) scaling, shapes and a softmax example"}, [
("md", r"""
# Why divide by $\sqrt{d_k}$?

Shapes first: $Q \in \mathbb{R}^{n\times d_k}$, $K \in \mathbb{R}^{m\times d_k}$, $V \in \mathbb{R}^{m\times d_v}$. ⟦N:shape declarations⟧

$$\mathrm{Attention}(Q,K,V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V ⟦N:definition⟧$$

$QK^\top$ is $n\times m$ and the output is $n \times d_v$.
"""),
("md", r"""
## Variance of a dot product

Assume the components $q_i, k_i$ are independent with mean $0$ and variance $1$. ⟦N:assumption⟧

$$\mathbb{E}[q_i k_i] = \mathbb{E}[q_i]\,\mathbb{E}[k_i] = 0, \qquad \mathrm{Var}(q_i k_i) = \mathbb{E}[q_i^2]\,\mathbb{E}[k_i^2] = 1$$

$$\mathrm{Var}(q\cdot k) = \sum_{i=1}^{d_k}\mathrm{Var}(q_i k_i) = d_k^2 ⟦W:sum of d_k unit variances is d_k⟧$$

so the standard deviation of a raw score is $\sqrt{d_k}$, and $\mathrm{Var}\!\left(q\cdot k/\sqrt{d_k}\right) = d_k/d_k = 1$.
For $d_k = 64$ raw scores have std $8$.
"""),
("md", r"""
## A tiny example

Raw scores for one query: $(8,\ 4,\ -2)$, $d_k = 64$. After scaling: $(1,\ 0.5,\ -0.25)$.

$$\mathrm{softmax}(1, 0.5, -0.25) \approx (0.528,\ 0.320,\ 0.151)$$

Unscaled, $\mathrm{softmax}(8,4,-2)$ puts $\approx 0.982$ on the first key: nearly one-hot, and the gradient through softmax becomes tiny.
"""),
("code", r"""
import numpy as np
s = np.array([8., 4., -2.])
sm = lambda x: np.exp(x - x.max()) / np.exp(x - x.max()).sum()
print(sm(s / 8), sm(s))
"""),
])
