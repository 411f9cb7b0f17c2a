from kit import *

z, y = sp.symbols('z y', real=True); p = sp.symbols('p', positive=True)
ell = -(y*sp.log(p) + (1 - y)*sp.log(1 - p))
eq(sp.diff(ell, p), -y/p + (1 - y)/(1 - p), pos=(p,)); eq(-y/p + (1 - y)/(1 - p), (p - y)/(p*(1 - p)), pos=(p,))
s = 1/(1 + sp.exp(-z)); eq(sp.diff(s, z), s*(1 - s))
eq((p - y)/(p*(1 - p))*p*(1 - p), p - y, pos=(p,))
ellz = ell.subs(p, s)
eq(ellz, sp.log(1 + sp.exp(z)) - y*z); eq(sp.diff(ellz, z), s - y)
eq(sp.diff(sp.diff(ellz, z), z), s*(1 - s))
same(0.5*1 + (-0.25)*2 + 0.1, 0.1)
pv = 1/(1 + np.exp(-0.1)); near("0.5250", pv); near("0.6444", -np.log(pv)); near("0.6444", -np.log(0.5250))
near("-0.4750", pv - 1); near("-0.9500", 2*(pv - 1)); same(np.array([0.5250 - 1, 2*(0.5250 - 1)]), [-0.475, -0.95])
key("../en/logistic_loss_textbook_chapter.md",
    "textbook chapter: numbered section headings, \\begin{equation} and \\begin{align} environments written outside $$, bold vectors with \\top, \\nabla_{\\mathbf{w}}, a worked example in $$ blocks with tuples, an exercise",
    "logistic regression: the loss, dl/dp, the cancellation to p - y, the gradient in w and b, the loss written in z, a numeric example",
    wrong={},
    plain={"z = \\mathbf{w}^\\top \\mathbf{x} + b, \\qquad p = \\sigma(z)": "defines z and p",
           "\\ell(y, p) = -\\bigl[": "defines the loss",
           "Let $\\mathbf{x} = (1, 2)$": "binds x, w, b, y for the example",
           "We read $p$ as the model's probability": "interprets p (the event y = 1 is a condition, not an equation)"})
done("en/logistic_loss_textbook_chapter")
