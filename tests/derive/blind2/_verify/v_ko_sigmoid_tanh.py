from kit import *

x = sp.symbols('x', real=True); s = 1/(1 + sp.exp(-x)); t = (sp.exp(x) - sp.exp(-x))/(sp.exp(x) + sp.exp(-x))
eq(sp.diff(s, x), (0*(1 + sp.exp(-x)) - 1*(-sp.exp(-x)))/(1 + sp.exp(-x))**2); eq(sp.diff(s, x), sp.exp(-x)/(1 + sp.exp(-x))**2)
eq(sp.exp(-x)/(1 + sp.exp(-x)), 1 - s); eq(sp.diff(s, x), s*(1 - s)); eq(sp.diff(s, x).subs(x, 0), sp.Rational(1, 4))
near("0.9526", float(s.subs(x, 3))); near("0.0452", float(sp.diff(s, x).subs(x, 3)))
eq(t, sp.tanh(x))
eq(sp.diff(t, x), ((sp.exp(x) + sp.exp(-x))**2 - (sp.exp(x) - sp.exp(-x))**2)/(sp.exp(x) + sp.exp(-x))**2); eq(sp.diff(t, x), 1 - t**2)
eq((sp.exp(x) + sp.exp(-x))**2 - (sp.exp(x) - sp.exp(-x))**2, 4); eq(sp.diff(t, x), 4/(sp.exp(x) + sp.exp(-x))**2)
eq(sp.diff(t, x).subs(x, 0), 1)
near("0.7616", np.tanh(1)); near("0.5800", np.tanh(1)**2); near("0.4200", 1 - np.tanh(1)**2); same(1 - 0.58, 0.42)
eq(t, 2*s.subs(x, 2*x) - 1)
ds = sp.diff(s, x)
eq(sp.diff(t, x), 4*ds.subs(x, 2*x)); eq(4*ds.subs(x, 2*x), 4*s.subs(x, 2*x)*(1 - s.subs(x, 2*x)))
same(4*0.5*0.5, 1)
key("../ko/sigmoid_tanh_velog.md",
    "Korean velog study post (반말 notes, emoji title, tags, blockquote header): quotient-rule chains in $$, inline identities with 이므로/이면/일 때 conditions, bullets with \\approx values and arrows, a relation between two functions differentiated by the chain rule",
    "sigmoid and tanh derivatives by the quotient rule, values at 0, 1, 3, tanh = 2 sigma(2x) - 1 and its derivative",
    wrong={},
    plain={"$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$": "defines sigma"})
done("ko/sigmoid_tanh_velog")
