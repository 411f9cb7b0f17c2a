FILES = {}
FILES["en/perplexity_entropy.md"] = ({"style": "NLP course handout", "topic": "entropy in bits, nats-to-bits conversion, perplexity"}, r"""
# Handout 3 — entropy, cross entropy, perplexity

**Entropy in bits.** For a distribution $p$ over a finite set, ⟦N:framing⟧
$$H(p) = -\sum_{x} p(x)\log_2 p(x). ⟦N:definition⟧$$

*Example.* $p = (\tfrac12, \tfrac14, \tfrac14)$: ⟦N:binds p⟧
$$H(p) = \tfrac12\cdot 1 + \tfrac14\cdot 2 + \tfrac14 \cdot 2 = 1.5 \text{ bits}.$$

**Perplexity** is the exponentiated entropy, $\mathrm{PPL} = 2^{H}$ when $H$ is in bits. Here $\mathrm{PPL} = 2^{1.5} \approx 2.83$:
the model is "as confused as" a fair choice among about 2.83 options.

**Uniform sanity check.** For $V$ equally likely tokens, $H = \log_2 V$ and $\mathrm{PPL} = V$.
With $V = 50{,}000$, $H = \log_2 50000 \approx 15.61$ bits.

**Nats vs bits.** Frameworks report cross entropy with natural logs. A validation loss of $2.0$ nats is ⟦N:binds the loss value⟧
$$2.0 \times \ln 2 \approx 1.386 \text{ bits} ⟦W:nats to bits divides by ln 2: 2.0/ln2 = 2.885 bits⟧$$
and the perplexity is the same whichever base you use consistently:
$$\mathrm{PPL} = e^{2.0} \approx 7.39 = 2^{2.0/\ln 2}.$$

Exercise: show $\mathrm{PPL} \le V$ for any model over a vocabulary of size $V$ (hint: $H(p) \le \log_2 V$).
""")

FILES["en/softmax_jacobian.md"] = ({"style": "lecture scribe notes, matrix calculus", "topic": "softmax Jacobian diag(p) - p p^T with a numeric check"}, r"""
### Lecture 7 scribe: the softmax Jacobian

Let $p = \mathrm{softmax}(z)$, $p_i = e^{z_i}/\sum_k e^{z_k}$. Write $S = \sum_k e^{z_k}$. ⟦N:shorthand⟧

Diagonal entries (quotient rule):
$$\frac{\partial p_i}{\partial z_i} = \frac{e^{z_i} S - e^{z_i} e^{z_i}}{S^2} = p_i - p_i^2 = p_i(1-p_i).$$

Off-diagonal, $i \ne j$ (only $S$ depends on $z_j$): ⟦N:condition⟧
$$\frac{\partial p_i}{\partial z_j} = -\frac{e^{z_i} e^{z_j}}{S^2} = p_i\, p_j. ⟦W:sign dropped; it is -p_i p_j⟧$$

Together: $J = \mathrm{diag}(p) - p\,p^\top$, which is symmetric.

**Numeric example**, $p = (0.7, 0.2, 0.1)$: ⟦N:binds p⟧
$$
J = \begin{bmatrix}
0.21 & -0.14 & -0.07\\
-0.14 & 0.16 & -0.02\\
-0.07 & -0.02 & 0.09
\end{bmatrix}
$$

Each row sums to zero, e.g. $0.21 - 0.14 - 0.07 = 0$, because $\sum_i p_i = 1$ for every $z$.
Consequently $J\mathbf{1} = \mathbf{0}$: adding a constant to all logits does not change $p$.

Backprop: for an upstream gradient $g = \partial L/\partial p$, $\;\partial L/\partial z = J^\top g = p \odot (g - (p^\top g)\mathbf{1})$.
""")

FILES["en/logsumexp.md"] = ({"style": "numerics blog post", "topic": "log-sum-exp trick, bounds and gradient"}, r"""
# The log-sum-exp trick, with numbers that overflow

$\mathrm{LSE}(x) = \log\sum_{i=1}^{n} e^{x_i}$. Try $x = (1000, 1001, 1002)$ in float64 and $e^{1000}$ is `inf`.

**Shift by the max.** For any constant $c$,
$$\log\sum_i e^{x_i} = c + \log\sum_i e^{x_i - c}.$$
Choose $c = m = \max_i x_i = 1002$: ⟦N:choice of c⟧

$$
\begin{aligned}
\mathrm{LSE}(x) &= 1002 + \log\left(e^{-2} + e^{-1} + e^{0}\right)\\
&\approx 1002 + \log(0.1353 + 0.3679 + 1)\\
&\approx 1002 + \log 1.5032\\
&\approx 1002.4076
\end{aligned}
$$

**Bounds.** $m \le \mathrm{LSE}(x) \le m + \log n$, here $1002 \le 1002.41 \le 1003.10$.

**Gradient.** $\dfrac{\partial\,\mathrm{LSE}}{\partial x_i} = \dfrac{e^{x_i}}{\sum_k e^{x_k}} = \mathrm{softmax}(x)_i$, so
$$\nabla \mathrm{LSE}(x) \approx (0.0900,\ 0.2447,\ 0.6652).$$

And log-softmax is simply $x_i - \mathrm{LSE}(x)$; for the last entry $1002 - 1002.4076 = -0.4076$, and $e^{-0.4076} \approx 0.665$.
""")

FILES["en/normal_equations.md"] = ({"style": "exam solution (intro ML midterm)", "topic": "least squares normal equations with a 3-point example"}, r"""
**Problem 2 (solution).** Fit $\hat y = w_0 + w_1 x$ to $(0,1), (1,2), (2,4)$ by least squares. ⟦N:problem statement⟧

*(a) Derivation.* With design matrix $X$ (a column of ones, then $x$) and $J(w) = \lVert Xw - y\rVert^2$: ⟦N:definitions⟧
$$\nabla_w J = X^\top (Xw - y) ⟦W:gradient of the squared norm has a factor 2: 2 X^T (Xw - y)⟧$$
Setting the gradient to zero gives the normal equations $X^\top X\, w = X^\top y$.

*(b) Numbers.*
$$X = \begin{bmatrix}1&0\\1&1\\1&2\end{bmatrix},\quad y = \begin{bmatrix}1\\2\\4\end{bmatrix} ⟦N:binds data⟧$$

$$X^\top X = \begin{bmatrix}3&3\\3&5\end{bmatrix}, \qquad X^\top y = \begin{bmatrix}7\\10\end{bmatrix}$$

$\det(X^\top X) = 15 - 9 = 6$, so
$$w = \frac{1}{6}\begin{bmatrix}5&-3\\-3&3\end{bmatrix}\begin{bmatrix}7\\10\end{bmatrix} = \frac16\begin{bmatrix}5\\9\end{bmatrix} = \begin{bmatrix}0.8\overline{3}\\1.5\end{bmatrix}$$

*(c) Check.* Residuals $y - Xw = (1/6,\ -1/3,\ 1/6)$; they sum to $0$ and are orthogonal to $x$: $0\cdot\tfrac16 + 1\cdot(-\tfrac13) + 2\cdot\tfrac16 = 0$. ✓

Grading: (a) 4 pts, (b) 4 pts, (c) 2 pts.
""")

FILES["en/ridge_closed_form.md"] = ({"style": "personal study notes (Markdown in Obsidian)", "topic": "ridge regression closed form and a scalar example"}, r"""
## Ridge — closed form

objective: $J(w) = \lVert y - Xw\rVert^2 + \lambda\lVert w\rVert^2$ ⟦N:definition of the objective⟧

gradient:
$$\nabla J = -2X^\top(y - Xw) + 2\lambda w$$

set to 0 → $X^\top X w + \lambda w = X^\top y$ →
$$w^\ast = (X^\top X + \lambda I)^{-1} X^\top y$$

note: $X^\top X + \lambda I$ is invertible for every $\lambda > 0$ (eigenvalues $\ge \lambda$).

### tiny example (one feature, no intercept)

$x = (1, 2, 3)$, $y = (2, 4, 5)$, $\lambda = 1$ ⟦N:binds data and lambda⟧

- $\sum x_i^2 = 1 + 4 + 9 = 14$
- $\sum x_i y_i = 2 + 8 + 15 = 24$ ⟦W:2+8+15 = 25⟧
- ridge: $w^\ast = 25/(14 + 1) = 25/15 \approx 1.667$
- OLS ($\lambda=0$): $25/14 \approx 1.786$

shrinkage factor $14/15 \approx 0.933$. with $\lambda = 14$ it would be halved: $25/28 \approx 0.893$.

as $\lambda \to \infty$, $w^\ast \to 0$.
""")

FILES["en/gaussian_mle.md"] = ({"style": "textbook exercise with solution", "topic": "Gaussian MLE for mean and variance"}, r"""
### Exercise 4.3 — MLE of a Gaussian

Data $x_1,\dots,x_n$ i.i.d. $\mathcal{N}(\mu, \sigma^2)$. ⟦N:model assumption⟧ The negative log-likelihood is

$$\mathrm{NLL}(\mu,\sigma^2) = \frac{n}{2}\log(2\pi\sigma^2) + \frac{1}{2\sigma^2}\sum_{i=1}^{n}(x_i-\mu)^2 .$$

**Mean.**
$$\frac{\partial\,\mathrm{NLL}}{\partial\mu} = -\frac{1}{\sigma^2}\sum_{i=1}^{n}(x_i - \mu) = 0 \;\Rightarrow\; \hat\mu = \frac1n\sum_{i=1}^n x_i .$$

**Variance.**
$$\frac{\partial\,\mathrm{NLL}}{\partial\sigma^2} = \frac{n}{2\sigma^2} + \frac{1}{2\sigma^4}\sum_{i=1}^{n}(x_i-\mu)^2 ⟦W:the second term has a minus sign⟧$$
Setting the derivative to zero gives $\hat\sigma^2 = \frac1n\sum_i (x_i - \hat\mu)^2$.

**Numbers.** $x = (2, 4, 4, 4, 5, 5, 7, 9)$, $n = 8$. ⟦N:binds data⟧

$$\hat\mu = \frac{40}{8} = 5, \qquad \sum_i (x_i - 5)^2 = 9+1+1+1+0+0+4+16 = 32,$$
$$\hat\sigma^2 = \frac{32}{8} = 4, \qquad \hat\sigma = 2 .$$

The MLE of the variance is biased; the unbiased estimate is $32/7 \approx 4.571$.
Minimising NLL over $\mu$ with $\sigma$ fixed is exactly least squares, which is why MSE is "Gaussian noise" in disguise.
""")

FILES["en/lenet5_params.md"] = ({"style": "blog post table walkthrough of LeNet-5", "topic": "LeNet-5 feature map sizes and parameter counts"}, r"""
# Counting LeNet-5, layer by layer

Modern re-implementation: every C3 map sees all 6 S2 maps, pooling has no parameters, input is $32\times32\times1$. ⟦N:states assumptions⟧

Sizes with $(W - F)/S + 1$:
- C1: $(32 - 5)/1 + 1 = 28$ → $28\times28\times6$
- S2: $28/2 = 14$ → $14\times14\times6$
- C3: $(14-5)+1 = 10$ → $10\times10\times16$
- S4: $5\times5\times16$, flattened $400$
- C5: $(5-5)+1 = 1$ → $1\times1\times120$

Parameters, (weights + bias) per layer:

$$
\begin{aligned}
\text{C1} &= (5\cdot5\cdot1 + 1)\cdot 6 = 156\\
\text{C3} &= (5\cdot5\cdot6 + 1)\cdot 16 = 2416\\
\text{C5} &= (5\cdot5\cdot16 + 1)\cdot 120 = 48120\\
\text{F6} &= 120\cdot84 + 84 = 10080 ⟦W:120*84 + 84 = 10164⟧\\
\text{Out} &= 84\cdot 10 + 10 = 850
\end{aligned}
$$

Total: $156 + 2416 + 48120 + 10164 + 850 = 61706$.

The 1998 paper's C3 used a sparse connection table and has $1516$ parameters instead of $2416$, so the "classic" total differs.
""")

FILES["en/gradcheck.ipynb"] = ({"style": "course assignment notebook (gradient checking)", "topic": "centred vs forward finite differences, relative error"}, [
("md", r"""
# Gradient checking, by hand first

Test function $f(w) = w^3$ at $w = 2$, so the true derivative is $f'(2) = 3\cdot 2^2 = 12$.
Step size $h = 10^{-3}$. ⟦N:binds h⟧
"""),
("md", r"""
## Centred difference

$$f(2.001) = 8.012006001, \qquad f(1.999) = 7.988005999$$

$$\frac{f(w+h) - f(w-h)}{2h} = \frac{0.024000002}{0.002} = 12.000001$$

Error term: $\frac{h^2}{6}f'''(w) = \frac{10^{-6}}{6}\cdot 6 = 10^{-6}$, matching the $0.000001$ we see.

## Forward difference

$$\frac{f(w+h) - f(w)}{h} = \frac{0.012006001}{0.001} = 12.006001$$

The error $\approx \frac{h}{2}f''(w) = 0.0005 \times 12 = 0.006$ is first order in $h$.
"""),
("md", r"""
## Relative error (the number the assignment asks for)

$$\text{rel} = \frac{|g_{\text{num}} - g_{\text{ana}}|}{\max(|g_{\text{num}}|, |g_{\text{ana}}|)} = \frac{10^{-6}}{12.000001} \approx 8.3\times 10^{-7} ⟦W:1e-6/12 = 8.3e-8⟧$$

Rule of thumb: below $10^{-7}$ is great, around $10^{-4}$ is suspicious for smooth functions.
"""),
("code", r"""
f = lambda w: w**3
w, h = 2.0, 1e-3
c = (f(w+h) - f(w-h)) / (2*h)
print(c, abs(c - 12) / max(abs(c), 12))
"""),
])

FILES["en/batchnorm_backward.ipynb"] = ({"style": "CS231n-assignment-style notebook", "topic": "batch norm backward pass formula and a numeric check"}, [
("md", r"""
# BatchNorm backward in one line

Forward, over a mini-batch of size $m$ (one feature): ⟦N:framing⟧

$$\mu = \frac1m\sum_{i} x_i,\quad \sigma^2 = \frac1m\sum_i (x_i-\mu)^2,\quad \hat x_i = \frac{x_i-\mu}{\sqrt{\sigma^2+\epsilon}},\quad y_i = \gamma\hat x_i + \beta ⟦N:definitions of the forward pass⟧$$
"""),
("md", r"""
## Parameter gradients

$$\frac{\partial L}{\partial \beta} = \sum_i \frac{\partial L}{\partial y_i}, \qquad \frac{\partial L}{\partial \gamma} = \sum_i \frac{\partial L}{\partial y_i}\,\hat x_i$$

## Input gradient

Write $g_i = \partial L/\partial y_i$ and $s = \sqrt{\sigma^2+\epsilon}$. ⟦N:shorthand⟧ Chaining through $\hat x$, $\mu$ and $\sigma^2$ and simplifying:

$$\frac{\partial L}{\partial x_i} = \frac{\gamma}{m\,s}\left(m\,g_i - \sum_j g_j - \hat x_i \sum_j g_j \hat x_j\right)$$

A quick consequence: $\sum_i \partial L/\partial x_i = \frac{\gamma}{m s}\left(m\sum_i g_i - m\sum_j g_j - 0\right) = 0$, since $\sum_i \hat x_i = 0$.
"""),
("md", r"""
## Numbers ($\epsilon = 0$)

$x = (1, 2, 3, 6)$, $g = (0.1, -0.2, 0.3, 0.4)$, $\gamma = 2$. ⟦N:binds example values⟧

- $\mu = 3$, $\sigma^2 = (4 + 1 + 0 + 9)/4 = 3.5$, $s \approx 1.8708$
- $\hat x \approx (-1.069,\ -0.535,\ 0,\ 1.604)$
- $\partial L/\partial\beta = 0.6$, $\;\partial L/\partial\gamma \approx 0.641$
- $\partial L/\partial x \approx (0.130,\ -0.283,\ 0.160,\ -0.008)$
"""),
("code", r"""
import numpy as np
x = np.array([1., 2., 3., 6.]); g = np.array([.1, -.2, .3, .4]); gamma = 2.
m = 4; s = x.std(); xh = (x - x.mean()) / s
dx = gamma / (m * s) * (m * g - g.sum() - xh * (g * xh).sum())
print(dx, dx.sum())
"""),
])
