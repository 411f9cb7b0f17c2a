OUT = "en/poisson_regression.ipynb"
CELLS = [
("md", r"""
# Poisson regression: gradient and Hessian of the negative log-likelihood

Counts $y_i \in \{0, 1, 2, \dots\}$, log link: $\lambda_i = \exp(w^\top x_i)$ and $y_i \sim \operatorname{Poisson}(\lambda_i)$, where
$P(y \mid \lambda) = \lambda^{y} e^{-\lambda} / y!$.
"""),
("md", r"""
## Derivation

$$-\log P(y_i \mid \lambda_i) = \lambda_i - y_i \log\lambda_i + \log y_i! = e^{w^\top x_i} - y_i\, w^\top x_i + \log y_i!$$

Summing over $i$ gives $\ell(w)$. Differentiate term by term; $\log y_i!$ does not depend on $w$:

$$\nabla_w \ell = \sum_i \big(e^{w^\top x_i} - y_i\big)\, x_i = \sum_i (\lambda_i - y_i)\, x_i = X^\top(\lambda - y)$$

$$\nabla_w^2 \ell = \sum_i \lambda_i\, x_i x_i^\top = X^\top \operatorname{diag}(\lambda)\, X \succeq 0$$

so $\ell$ is convex and Newton's method is well behaved. Same "prediction minus target" form as
linear and logistic regression: that is the canonical link at work.
"""),
("md", r"""
## Numbers

Design with an intercept: $x_1 = (1, 0)$, $x_2 = (1, 1)$, $x_3 = (1, 2)$, counts $y = (1, 2, 4)$, current $w = (0, 0.5)$.

$$\lambda = (e^{0}, e^{0.5}, e^{1}) \approx (1,\ 1.6487,\ 2.7183), \qquad \lambda - y \approx (0,\ -0.3513,\ -1.2817)$$

$$\frac{\partial \ell}{\partial w_0} = \sum_i (\lambda_i - y_i) \approx -1.6330$$

$$\frac{\partial \ell}{\partial w_1} = \sum_i (\lambda_i - y_i) \approx -1.6330$$

$$\nabla^2 \ell \approx \begin{bmatrix} 5.3670 & 7.0853 \\ 7.0853 & 12.5218 \end{bmatrix}, \qquad \det \approx 17.00 > 0$$

Newton step $w \leftarrow w - (\nabla^2\ell)^{-1}\nabla\ell$ gives $w \approx (-0.0120,\ 0.7395)$: the slope goes up,
as it should, because the model under-predicted the larger counts.
"""),
("code", r"""
import numpy as np
X = np.array([[1, 0], [1, 1], [1, 2.]]); y = np.array([1, 2, 4.]); w = np.array([0, .5])
lam = np.exp(X @ w); g = X.T @ (lam - y); H = X.T @ (lam[:, None] * X)
print(g, H, w - np.linalg.solve(H, g))
"""),
]
