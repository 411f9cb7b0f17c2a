from vh import *
x = sp.symbols('x', real=True)
th = (sp.exp(x) - sp.exp(-x))/(sp.exp(x) + sp.exp(-x))
same(th, sp.tanh(x))
same(sp.diff(th, x), ((sp.exp(x) + sp.exp(-x))**2 - (sp.exp(x) - sp.exp(-x))**2)/(sp.exp(x) + sp.exp(-x))**2)
same(sp.diff(th, x), 1 - sp.tanh(x)**2)
num("1", 1 - np.tanh(0)**2); num("0.7616", np.tanh(1)); num("0.5800", 0.7616**2); num("0.4200", 1 - 0.58); num("0.4200", 1 - np.tanh(1)**2)
sg = lambda t: 1/(1 + sp.exp(-t))
same(sp.tanh(x), 2*sg(2*x) - 1); same(sp.diff(2*sg(2*x) - 1, x), 4*sg(2*x)*(1 - sg(2*x))); same(1 - sp.tanh(x)**2, 4*sg(2*x)*(1 - sg(2*x)))
num("-0.03", 0.01*-3); num("0.01", 0.01); num("2", 2); num("1", 1)
z = sp.log(1 + sp.exp(x))
same(sp.diff(z, x), sp.exp(x)/(1 + sp.exp(x))); same(sp.exp(x)/(1 + sp.exp(x)), sg(x))
same(z - z.subs(x, -x), sp.log((1 + sp.exp(x))/(1 + sp.exp(-x)))); same(sp.log((1 + sp.exp(x))/(1 + sp.exp(-x))), x)
num("0.6931", np.log(2)); num("0.5", 0.5)
report("zh/act")
mk("../zh/activation_derivatives_handnotes.md",
   "Chinese hand-written review notes transcribed: Unicode typed inside math (−, ′, σ, ζ, ², ≈, ≥), circled section numbers, \\dfrac, two cases blocks side by side with \\qquad, inline value chains separated by ；",
   "derivatives of tanh (quotient rule, tanh = 2 sigma(2x) - 1), leaky ReLU and softplus; values at a few points; zeta(x) - zeta(-x) = x",
   wrong={},
   not_claims={"$ζ(x) = \\ln(1 + e^{x})$，是 ReLU": "defines softplus"})
