OUT = "en/softplus_stability.ipynb"
CELLS = [
("md", r"""
# Softplus without overflow (and why `log1p` exists)

$\operatorname{softplus}(x) := \log(1 + e^{x})$. Its derivative is the logistic sigmoid,
$\frac{d}{dx}\operatorname{softplus}(x) = \frac{e^x}{1+e^x} = \sigma(x)$.
"""),
("md", r"""
## Machine epsilon

| format | $\varepsilon$ | largest finite value |
|---|---|---|
| float32 | $2^{-23} \approx 1.19\times10^{-7}$ | $\approx 3.40\times10^{38}$ |
| float64 | $2^{-52} \approx 2.22\times10^{-16}$ | $\approx 1.80\times10^{308}$ |

`exp` overflows in float32 once $x > \ln(3.40\times10^{38}) \approx 88.72$.
"""),
("md", r"""
## Two failure modes of the naive formula

**Large positive $x$.** At $x = 100$, $e^{100} \approx 2.69\times10^{43}$ is `inf` in float32, so `log(1 + exp(x))` returns `inf`.

**Large negative $x$.** At $x = -20$, $e^{-20} \approx 2.06\times10^{-9}$, which is below $\varepsilon_{32}/2 \approx 5.96\times10^{-8}$, so
`1 + exp(-20)` rounds to exactly `1.0` in float32 and the naive result is $\log 1 = 0$ instead of $\approx 2.06\times 10^{-9}$.
`log1p(u)` computes $\log(1+u)$ without forming $1+u$, and $\log(1+u) \approx u$ for small $u$.

## The stable rewrite

Factor out $e^{x}$ when $x > 0$:

$$\log(1 + e^{x}) = \log\!\big(e^{x}(e^{-x} + 1)\big) = x + \log(1 + e^{-x})$$

so for every $x$

$$\operatorname{softplus}(x) = \max(x, 0) + \operatorname{log1p}\!\big(e^{-|x|}\big)$$

and the argument of `exp` is never positive.
"""),
("md", r"""
## Identities worth remembering

$$\operatorname{softplus}(x) - \operatorname{softplus}(-x) = x$$

$$\log\sigma(x) = \operatorname{softplus}(-x)$$

$$\operatorname{softplus}(0) = \log 2 \approx 0.6931, \qquad \operatorname{softplus}(3) = 3 + \log(1 + e^{-3}) \approx 3.0486$$
"""),
("code", r"""
import numpy as np
def softplus(x):
    x = np.asarray(x, dtype=np.float32)
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))
print(softplus([-20, 0, 3, 100]))
"""),
]
