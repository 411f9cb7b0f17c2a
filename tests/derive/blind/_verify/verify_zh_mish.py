from vh import *
x, u = sp.symbols('x u', positive=True)
X = sp.symbols('X', real=True)
spl = sp.log(1 + sp.exp(X)); sg = 1/(1 + sp.exp(-X))
same(sp.diff(spl, X), sp.exp(X)/(1 + sp.exp(X))); same(sp.exp(X)/(1 + sp.exp(X)), sg)
M = X*sp.tanh(spl)
same(sp.diff(M, X), sp.tanh(spl) + X*sp.sech(spl)**2*sg); same(sp.sech(spl)**2, 1 - sp.tanh(spl)**2)
t = sp.tanh(sp.log(u))
same(t, (sp.exp(sp.log(u)) - sp.exp(-sp.log(u)))/(sp.exp(sp.log(u)) + sp.exp(-sp.log(u))))
same(t, (u - 1/u)/(u + 1/u))
same((u - 1/u)/(u + 1/u), (u - 1)/(u + 1), "planted", expect=False, subs_pos=(u,))
same(t, (u**2 - 1)/(u**2 + 1))
same(M, X*sp.exp(X)/(2 + sp.exp(X)), "carried", expect=False)
same(M, X*((1 + sp.exp(X))**2 - 1)/((1 + sp.exp(X))**2 + 1))
num("0", M.subs(X, 0)); num("0.6", sp.diff(M, X).subs(X, 0).evalf()); num("0.6", (4 - 1)/(4 + 1))
num("1.3133", np.log(1 + np.e)); num("0.8651", np.tanh(np.log(1 + np.e))); num("0.8651", M.subs(X, 1).evalf())
num("1.0490", sp.diff(M, X).subs(X, 1).evalf()); num("1.0490", 0.8651 + (1 - 0.8651**2)*0.7311)
report("zh/mish")
mk("../zh/mish_activation_zhihu.md",
   "Chinese Zhihu post: \\mathrm{softplus} / \\mathrm{sech}, \\ln and \\tanh of a log, u^{-1} powers, a substitution with 令, bullet values with inline chains mixing : and ，",
   "Mish: softplus' = sigma, Mish' via product and chain rule, rewriting tanh(ln u) without tanh (one slip carried into the closed form), values at 0 and 1",
   wrong={"\\frac{u - u^{-1}}{u + u^{-1}} = \\frac{u - 1}{u + 1}$$": "multiplying through by u gives (u^2 - 1)/(u^2 + 1), not (u - 1)/(u + 1)",
          "\\mathrm{Mish}(x) = \\frac{x\\,e^{x}}{2 + e^{x}}$$": "carries the slip: Mish(x) = x((1 + e^x)^2 - 1)/((1 + e^x)^2 + 1) (the values at 0 and 1 below use tanh directly and are right)"},
   not_claims={"\\mathrm{Mish}(x) = x\\tanh\\big(\\mathrm{softplus}(x)\\big), \\qquad": "defines Mish and softplus",
               "记 $s = \\mathrm{softplus}(x)$": "defines s"})
