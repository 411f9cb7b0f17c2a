from kit import *
from scipy.stats import norm

x = sp.symbols('x', real=True); s = 1/(1 + sp.exp(-x))
eq(sp.diff(s, x), s*(1 - s))
near("0.2689", float(s.subs(x, -1))); near("0.1966", float(sp.diff(s, x).subs(x, -1))); near("0.1966", 0.2689*0.7311)
neq(sp.diff(sp.tanh(x), x), 1 + sp.tanh(x)**2)          # keyed wrong: sign
near("0.4621", np.tanh(0.5))
near("0.786", 1 - 0.4621**2); near("0.786", 1 - np.tanh(0.5)**2)
eq(sp.tanh(x), 2*s.subs(x, 2*x) - 1); eq(sp.diff(sp.tanh(x), x), 4*sp.diff(s, x).subs(x, 2*x))
same(0.1*-3, -0.3)
Phi = (1 + sp.erf(x/sp.sqrt(2)))/2; phi = sp.exp(-x**2/2)/sp.sqrt(2*sp.pi); eq(sp.diff(x*Phi, x), Phi + x*phi)
near("0.8413", norm.cdf(1)); near("0.2420", norm.pdf(1)); same(0.8413 + 0.2420, 1.0833); near("1.0833", norm.cdf(1) + norm.pdf(1))
key("../zh/activation_derivatives_learner_notes.md",
    "Chinese learner's revision notes (考前自用): Unicode math typed inside $ (σ, ′, −, ², ≈, Φ, φ), bindings like 'x = −1' in prose outside math, one formula per line, a summary table with formulas in cells",
    "sigmoid, tanh, ReLU, leaky ReLU and GELU derivatives with values; one sign error in tanh'",
    wrong={"$\\tanh′(x) = 1 + \\tanh²(x)$": "sign error: tanh'(x) = 1 - tanh^2(x) (the numeric line below uses the right formula)"},
    plain={"$σ(x) = 1/(1 + e^{−x})$": "defines sigma",
           "ReLU：$f(x) = \\max(0, x)$": "defines ReLU"})
done("zh/activation_derivatives_learner_notes")
