OUT = "en/speculative_decoding.ipynb"
CELLS = [
("md", r"""
# Speculative decoding: why the output distribution is exactly the target's

Toy vocabulary $\{a, b, c\}$. Target model $p = (0.5, 0.3, 0.2)$, cheap draft model $q = (0.6, 0.2, 0.2)$.
The draft proposes $x \sim q$; we accept with probability $\min\!\big(1, p(x)/q(x)\big)$,
otherwise we resample from the residual $r(x) \propto \max\big(0, p(x) - q(x)\big)$.
"""),
("md", r"""
## Acceptance probabilities

$$\min\!\Big(1, \tfrac{p}{q}\Big) = \Big(\tfrac{0.5}{0.6},\ 1,\ 1\Big) = \Big(\tfrac{5}{6},\ 1,\ 1\Big)$$

Overall acceptance rate:

$$\beta = \sum_x q(x)\min\!\Big(1,\tfrac{p(x)}{q(x)}\Big) = \sum_x \min\big(p(x), q(x)\big) = 0.5 + 0.2 + 0.2 = 0.9$$

Equivalently $\beta = 1 - \mathrm{TV}(p, q)$ with $\mathrm{TV} = \tfrac12 \sum_x |p(x) - q(x)| = \tfrac12(0.1 + 0.1 + 0) = 0.1$.

## Residual distribution

$$\max(0, p - q) = (0,\ 0.1,\ 0) \;\Rightarrow\; r = (0, 1, 0)$$

## Check that nothing is biased

$$P(\text{out} = a) = q(a)\cdot\tfrac56 = 0.6\cdot\tfrac56 = 0.5$$

$$P(\text{out} = b) = q(b)\cdot 1 + (1-\beta)\, r(b) = 0.2 + 0.1 = 0.3$$

$$P(\text{out} = c) = q(c)\cdot 1 + (1-\beta)\, r(c) = 0.2 + 0 = 0.2$$

which is exactly $p$.
"""),
("code", r"""
import numpy as np
rng = np.random.default_rng(0)
p = np.array([.5, .3, .2]); q = np.array([.6, .2, .2])
r = np.maximum(p - q, 0); r /= r.sum()
out = []
for _ in range(200_000):
    x = rng.choice(3, p=q)
    out.append(x if rng.random() < min(1, p[x] / q[x]) else rng.choice(3, p=r))
print(np.bincount(out) / len(out))
"""),
("md", r"""
## Tokens per target call

If each of $\gamma$ drafted tokens is accepted independently with rate $\beta$, the expected number of tokens
produced per target forward pass is

$$\mathbb E[\#\text{tokens}] = \frac{1 - \beta^{\gamma+1}}{1 - \beta}$$

For $\gamma = 4$:

$$\mathbb E[\#\text{tokens}] = \frac{1 - 0.9^{5}}{0.1} = \frac{1 - 0.6561}{0.1} = 3.439$$

Upper bound as $\beta \to 1$: $\gamma + 1 = 5$ tokens per call.
"""),
]
