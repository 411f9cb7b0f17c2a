OUT = "en/moe_gating.ipynb"
CELLS = [
("md", r"""
# Mixture-of-experts routing, one token at a time

Router for $E = 4$ experts: logits $h = W_g^\top x$, gate probabilities $g = \operatorname{softmax}(h)$.
For the worked example the router produced $h = (2.0,\ 1.0,\ 0.5,\ -1.0)$.
"""),
("md", r"""
## Step 1 — softmax over all experts

$$e^{h} \approx (7.389,\ 2.718,\ 1.649,\ 0.368), \qquad \sum_j e^{h_j} \approx 12.124$$

$$g \approx (0.6095,\ 0.2242,\ 0.1360,\ 0.0303)$$

## Step 2 — keep the top-2 and renormalise

Experts 1 and 2 win. Renormalising over the kept pair, the common factor $\sum_j e^{h_j}$ cancels:

$$\tilde g_1 = \frac{g_1}{g_1 + g_2} = \frac{e^{2}}{e^{2} + e^{1}} = \frac{1}{1 + e^{-1}} \approx 0.7311, \qquad \tilde g_2 = 1 - \tilde g_1 \approx 0.2689$$

Output: $y = \tilde g_1 E_1(x) + \tilde g_2 E_2(x)$; experts 3 and 4 are never evaluated.
"""),
("code", r"""
import numpy as np
h = np.array([2.0, 1.0, 0.5, -1.0])
g = np.exp(h) / np.exp(h).sum()
top = np.argsort(-g)[:2]
print(g.round(4), (g[top] / g[top].sum()).round(4))
"""),
("md", r"""
## Step 3 — load-balancing loss (Switch-style)

Over a batch, $f_i$ = fraction of tokens whose top-1 choice is expert $i$ and $P_i$ = mean router probability of expert $i$:

$$\mathcal L_{\text{bal}} = E \sum_{i=1}^{E} f_i P_i$$

With $f = (0.5, 0.25, 0.25, 0)$ and $P = (0.4, 0.3, 0.2, 0.1)$:

$$\mathcal L_{\text{bal}} = 4\,(0.20 + 0.075 + 0.05 + 0) = 1.3$$

Perfect balance, $f_i = P_i = 1/4$, gives $4 \cdot 4 \cdot \tfrac{1}{16} = 1$, the value reached under uniform routing.

## Step 4 — capacity and active parameters

Tokens per batch $T = 1024$, top-$k$ with $k = 2$, capacity factor $1.25$:

$$C = 1.25 \cdot \frac{T k}{E} = 1.25 \cdot \frac{2048}{4} = 640 \text{ token slots per expert}$$

Each expert is an FFN with $d = 1024$, $d_{ff} = 4096$ (no biases): $2 \cdot 1024 \cdot 4096 = 8{,}388{,}608$ weights.
With 8 experts the layer stores $67{,}108{,}864$ weights but a token only touches
$2 \cdot 8{,}388{,}608 = 8{,}388{,}608$ of them.
"""),
]
