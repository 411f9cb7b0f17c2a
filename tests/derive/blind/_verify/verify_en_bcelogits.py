from vh import *
z, y = sp.symbols('z y', real=True)
sg = lambda t: 1/(1+sp.exp(-t))
L = -y*sp.log(sg(z)) - (1-y)*sp.log(1-sg(z))
same(sp.log(sg(z)), -sp.log(1+sp.exp(-z)))
same(sp.log(1-sg(z)), -z - sp.log(1+sp.exp(-z)))
A = y*sp.log(1+sp.exp(-z)) + (1-y)*(z + sp.log(1+sp.exp(-z)))
B = (1-y)*z + sp.log(1+sp.exp(-z))
same(L, A, "L=A"); same(A, B, "A=B")
C = (1-y)*z - z + sp.log(1+sp.exp(z)); D = -y*z + sp.log(1+sp.exp(z))
same(B, C, "B=C"); same(C, D, "C=D")
for zv in (-3.1, -0.4, 0.7, 2.5):
    for yv in (0, 0.3, 1):
        e = max(zv, 0) - zv*yv + np.log(1+np.exp(-abs(zv)))
        num(f"{float(L.subs({z: zv, y: yv})):.12f}", e)
same(sp.exp(-z)/(1+sp.exp(-z)), sg(-z)); same(sg(-z), 1-sg(z))
dB = sp.diff(B, z)
same(dB, (1-y) - sp.exp(-z)/(1+sp.exp(-z))); same((1-y) - (1-sg(z)), sg(z)-y); same(dB, sg(z)-y)
same(sp.diff(L, z), sg(z)-y)
num("3.0486", 3+np.log(1+np.exp(-3))); num("0.9526", 1/(1+np.exp(-3)))
num("2.1269", 2+np.log(1+np.exp(-2))); num("-0.8808", 1/(1+np.exp(2))-1)
num("0.6931", np.log(2))
report("en/bcelogits")
mk("../en/bce_with_logits_readme.md",
   "GitHub README of a small library: ```math fences, GitHub inline math $`...`$, \\gtrsim, code names, a Markdown table of reference values with math in the cells, a code block",
   "binary cross entropy with logits: the overflow-free forms for z >= 0 and z < 0, the combined max/abs form, the gradient sigma(z) - y, reference values",
   wrong={},
   not_claims={"Binary cross entropy taking the **logit**": "defines p = sigma(z) and the label range",
               "\\ell(z, y) = -y\\log\\sigma(z) - (1 - y)": "defines the loss"})
