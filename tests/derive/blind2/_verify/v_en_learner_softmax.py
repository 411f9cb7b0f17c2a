from kit import *

z = np.array([2, 0, -1.]); e = np.exp(z); p = e/e.sum()
for t, v in zip(["7.389", "1", "0.368"], e): near(t, v)
near("8.757", e.sum())
for t, v in zip(["0.8438", "0.1142", "0.0420"], p): near(t, v)
far("0.9423", -np.log(p[1])); far("0.9423", -np.log(0.1142))     # keyed wrong: log10 used, ln gives 2.1698
near("0.9423", -np.log10(0.1142))
near("-0.8858", p[1] - 1)
for t, v in zip(["1.578", "0.443", "-1.021"], z - 0.5*(p - [0, 1, 0])): near(t, v)
zz = sp.symbols('z', real=True)
eq(sp.exp(zz)/(sp.exp(zz) + 1), 1/(1 + sp.exp(-zz)))
zs = sp.symbols('z1:4', real=True); ys = sp.symbols('y1:4', real=True); S = sum(sp.exp(v) for v in zs); P = [sp.exp(v)/S for v in zs]
Ls = -sum(ys[k]*sp.log(P[k]) for k in range(3))
for j in range(3):
    for k in range(3): eq(sp.diff(P[k], zs[j]), P[k]*(int(k == j) - P[j]))
    eq(sp.diff(Ls, zs[j]).subs(ys[2], 1 - ys[0] - ys[1]), (P[j] - ys[j]).subs(ys[2], 1 - ys[0] - ys[1]))
key("../en/learner_softmax_ce_notion_notes.md",
    "learner's Notion-style notes: emoji header, TL;DR, Unicode math typed inside $ (∈ ℝ, Σ, −, ∂, δ, ←, ≈), definitions in bullets, a bare formula line, a numeric example with one log taken in base 10",
    "softmax + cross-entropy gradient p - y, the two-class case equals the sigmoid, a three-class example with one GD step",
    wrong={"- $L = −\\log 0.1142 ≈ 0.9423$": "wrong logarithm: the notes define L with the natural log; -ln 0.1142 = 2.1698 (0.9423 is -log10 0.1142)"},
    plain={"- logits $z ∈ ℝ^K$, probs $p_k = e^{z_k} / Σ_j e^{z_j}$": "defines p",
           "- y is one-hot, loss $L = −Σ_k y_k \\log p_k$": "defines the loss",
           "$z = (2, 0, −1)$, true class = 2 so $y = (0, 1, 0)$": "binds z and y"})
done("en/learner_softmax_ce_notion_notes")
