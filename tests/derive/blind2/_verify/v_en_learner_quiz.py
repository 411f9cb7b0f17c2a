from kit import *

w, b, x, y = sp.symbols('w b x y', real=True)
z = w*x + b; s = 1/(1 + sp.exp(-z)); yh = s; L = (yh - y)**2
dL_dyh = 2*(yh - y)
neq(dL_dyh, yh - y)                                  # keyed wrong: missing 2
Z = sp.Symbol('z'); sz = 1/(1 + sp.exp(-Z)); eq(sp.diff(sz, Z), sz*(1 - sz))
eq(sp.diff(z, w), x); eq(sp.diff(z, b), 1)
neq(sp.diff(L, w), (yh - y)*yh*(1 - yh)*x)           # keyed wrong: missing 2
eq(sp.diff(L, b), 2*(yh - y)*yh*(1 - yh))
t = sp.tanh(Z); eq(sp.diff(t, Z), 1 - t**2); eq(sp.diff((t - y)**2, Z), 2*(t - y)*(1 - t**2))
subs = {x: 2, w: sp.Rational(1, 2), b: -1, y: 0}
eq(z.subs(subs), 0); eq(s.subs(subs), sp.Rational(1, 2)); eq(L.subs(subs), sp.Rational(1, 4))
eq(sp.diff(L, w).subs(subs), sp.Rational(1, 2)); same(2*0.5*0.5*0.5*2, 0.5)
eq(sp.diff(L, b).subs(subs), sp.Rational(1, 4)); same(2*0.5*0.25, 0.25)
same(0.5 - 0.1*0.5, 0.45); same(-1 - 0.1*0.25, -1.025)
key("../en/learner_sigmoid_mse_quiz_notes.md",
    "learner's hand-typed study notes: Unicode math typed inside $...$ (ŷ, σ, ∂, ·, −, ², tanh²), slash derivatives, arrows and exclamation marks, typos in prose, bullets, a binding written outside math followed by math",
    "sigmoid output with squared error (no 1/2): chain rule pieces, dL/dw and dL/db, tanh variant, numbers for one step",
    wrong={"* $∂L/∂ŷ = (ŷ − y)$": "missing factor 2: L = (ŷ − y)² has no 1/2, so ∂L/∂ŷ = 2(ŷ − y)",
           "$∂L/∂w = (ŷ − y) · ŷ(1 − ŷ) · x$": "missing factor 2 carried from ∂L/∂ŷ (the bias line and the numbers below use the correct 2)"},
    plain={"ok so the model is $ŷ = σ(z)$ with $z = wx + b$": "defines ŷ and z",
           "loss this time is $L = (ŷ − y)²$": "defines the loss"})
done("en/learner_sigmoid_mse_quiz_notes")
