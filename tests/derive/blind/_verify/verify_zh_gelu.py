from vh import *
x, u = sp.symbols('x u', real=True)
Phi = (1 + sp.erf(x/sp.sqrt(2)))/2; phi = sp.exp(-x**2/2)/sp.sqrt(2*sp.pi)
same(sp.diff(sp.erf(u), u), 2/sp.sqrt(sp.pi)*sp.exp(-u**2))
same(sp.diff(Phi, x), sp.Rational(1, 2)*2/sp.sqrt(sp.pi)*sp.exp(-x**2/2)/sp.sqrt(2)); same(sp.diff(Phi, x), phi)
G = x*Phi
same(sp.diff(G, x), Phi + x*sp.diff(Phi, x)); same(sp.diff(G, x), Phi + x*phi)
num("0.8413", Phi.subs(x, 1).evalf()); num("0.2420", phi.subs(x, 1).evalf()); num("0.5", Phi.subs(x, 0))
num("1.0833", sp.diff(G, x).subs(x, 1).evalf()); num("1.0833", 0.8413 + 0.2420)
num("-0.0833", sp.diff(G, x).subs(x, -1).evalf()); num("-0.0833", 0.1587 - 0.2420); num("0.1587", Phi.subs(x, -1).evalf())
same(sp.diff(G, x) + sp.diff(G, x).subs(x, -x), 1); same(Phi.subs(x, -x), 1 - Phi)
num("1", 1.0833 - 0.0833)
same(sp.diff(phi, x), -x*phi)
G2 = sp.diff(G, x, 2)
same(G2, 2*phi + x*sp.diff(phi, x)); same(2*phi + x*sp.diff(phi, x), 2*phi - x**2*phi)
same(2*phi - x**2*phi, phi*(2 + x**2), "planted", expect=False); same(G2, phi*(2 - x**2))
num("0.7979", 2*phi.subs(x, 0).evalf()); num("0.7979", G2.subs(x, 0).evalf())
report("zh/gelu")
mk("../zh/gelu_exact_derivative_zhihu.md",
   "Chinese Zhihu answer: 谢邀 / 先说结论 opening, bold numbered headings, \\mathrm{erf}, \\Phi and \\varphi, a substitution u = x/\\sqrt{2} in prose, bullet values with \\approx, \\because / \\therefore in running text, an edit footer",
   "exact GELU: derivative of Phi via erf, GELU'(x) = Phi(x) + x phi(x), values at 0, 1, -1, the symmetry GELU'(x) + GELU'(-x) = 1, the second derivative",
   wrong={"= \\varphi(x)\\,(2 + x^2)$$": "sign slip when factoring: 2 phi - x^2 phi = phi (2 - x^2)"},
   not_claims={"\\mathrm{GELU}(x) = x\\,\\Phi(x), \\qquad": "defines GELU and Phi",
               "其中 $\\Phi$ 是标准正态分布": "defines phi"})
