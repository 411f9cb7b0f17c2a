from kit import *
from scipy.optimize import brentq
from scipy.stats import norm

x = sp.symbols('x', real=True)
phi = sp.exp(-x**2/2)/sp.sqrt(2*sp.pi); Phi = (1 + sp.erf(x/sp.sqrt(2)))/2
eq(sp.diff(Phi, x), phi)
G = x*Phi
eq(sp.diff(G, x), Phi + x*phi)
eq(Phi.subs(x, 0), sp.Rational(1, 2)); eq(sp.diff(G, x).subs(x, 0), sp.Rational(1, 2))
eq(sp.limit(x*phi, x, sp.oo), 0); eq(sp.limit(Phi, x, sp.oo), 1)
r = brentq(lambda t: norm.cdf(t) + t*norm.pdf(t), -2, 0); near("-0.75", r)
near("0.1587", norm.cdf(-1)); near("-0.1587", -norm.cdf(-1)); near("-0.0833", norm.cdf(-1) - norm.pdf(-1))
near("0.8413", norm.cdf(1)); near("1.0833", norm.cdf(1) + norm.pdf(1)); near("0.2420", norm.pdf(1))
same(0.8413 + 0.2420, 1.0833)
near("0.7979", np.sqrt(2/np.pi)); near("0.8336", np.sqrt(2/np.pi)*1.044715); near("0.8336", 0.7979*1.044715)
near("0.6824", np.tanh(0.8336)); near("0.8412", 0.5*(1 + 0.6824))
near("0.8412", 0.5*(1 + np.tanh(np.sqrt(2/np.pi)*1.044715)))
eq(G - G.subs(x, -x), x); eq(Phi.subs(x, -x), 1 - Phi)
key("../en/gelu_lecture_scribe_notes.md",
    "university lecture scribe notes: numbered Claim/Proof with \\blacksquare, := definition, \\operatorname{erf}, numbered remarks with limits in prose, a Markdown table of values, an approximation with \\approx chained through prose",
    "GELU = x Phi(x): derivative Phi + x phi by the product rule, value at 0, non-monotonicity, table of values, the tanh approximation at x = 1",
    wrong={},
    plain={"\\varphi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}, \\qquad \\Phi(x)": "defines phi and Phi",
           "**Definition.** $\\mathrm{GELU}(x) := x\\,\\Phi(x)$.": "defines GELU"})
done("en/gelu_lecture_scribe_notes")
