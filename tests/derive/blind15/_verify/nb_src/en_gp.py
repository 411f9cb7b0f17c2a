OUT = "en/gp_posterior.ipynb"
CELLS = [
("md", r"""
# GP regression with two training points (by hand, then numpy)

Kernel: squared exponential with unit length-scale and unit signal variance,
$k(x, x') = \exp\!\big(-\tfrac{(x-x')^2}{2}\big)$, noise variance $\sigma_n^2 = 0.01$.

Training data: $X = (0, 1)$, $y = (1, 2)$. Test input: $x_* = 0.5$.
"""),
("code", r"""
import numpy as np
k = lambda a, b: np.exp(-(a - b)**2 / 2)
X = np.array([0., 1.]); y = np.array([1., 2.]); sn2 = 0.01
"""),
("md", r"""
## 1. Kernel matrix and its inverse

$$K = k(X, X) + \sigma_n^2 I = \begin{bmatrix} 1.01 & e^{-1/2} \\ e^{-1/2} & 1.01 \end{bmatrix} \approx \begin{bmatrix} 1.01 & 0.6065 \\ 0.6065 & 1.01 \end{bmatrix}$$

$$\det K = 1.01^2 - e^{-1} \approx 0.6522$$

$$K^{-1} = \frac{1}{\det K}\begin{bmatrix} 1.01 & -e^{-1/2} \\ -e^{-1/2} & 1.01 \end{bmatrix} \approx \begin{bmatrix} 1.5486 & -0.9299 \\ -0.9299 & 1.5486 \end{bmatrix}$$
"""),
("md", r"""
## 2. Posterior mean at $x_* = 0.5$

Posterior mean and variance:
$\mu_* = k_*^\top K^{-1} y$, $\quad \sigma_*^2 = k(x_*, x_*) - k_*^\top K^{-1} k_*$.

$$\alpha = K^{-1} y \approx \begin{bmatrix} 1.5486 - 2(0.9299) \\ -0.9299 + 2(1.5486) \end{bmatrix} \approx \begin{bmatrix} -0.311 \\ 2.167 \end{bmatrix}$$

Both training points are at distance $0.5$, so $k_* = (e^{-1/8}, e^{-1/8}) \approx (0.8825, 0.8825)$.

$$\mu_* = 0.8825\,(-0.311 + 2.167) \approx 1.638$$

Here the mean lands between $y_1 = 1$ and $y_2 = 2$.
"""),
("md", r"""
## 3. Posterior variance at $x_* = 0.5$

Because $k_*$ has equal entries $c = e^{-1/8}$, $k_*^\top K^{-1} k_* = c^2\,\mathbf 1^\top K^{-1}\mathbf 1 = \dfrac{2c^2}{1.01 + e^{-1/2}}$:

$$\sigma_*^2 \approx 1 - \frac{2(0.7788)}{1.6165} \approx 1 - 0.9636 = 0.0364$$

## 4. Far from the data, $x_* = 3$

$$k_*(3) = \big(e^{-9/2},\, e^{-2}\big) \approx (0.0111,\; 0.3679)$$

$$\mu_*(3) \approx 0.0111(-0.311) + 0.1353(2.167) \approx 0.290, \qquad \sigma_*^2(3) \approx 0.974$$

so the prediction relaxes back towards the prior $\mathcal N(0, 1)$.
"""),
("code", r"""
K = k(X[:, None], X[None, :]) + sn2 * np.eye(2)
for xs in (0.5, 3.0):
    ks = k(xs, X)
    print(xs, ks @ np.linalg.solve(K, y), 1 - ks @ np.linalg.solve(K, ks))
"""),
]
