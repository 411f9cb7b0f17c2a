from kit import *

x = sp.symbols('x', real=True)
s = 1/(1 + sp.exp(-x))
eq(s, (1 + sp.exp(-x))**-1)
ds = sp.diff(s, x)
eq(ds, -(1 + sp.exp(-x))**-2*(-sp.exp(-x))); eq(ds, sp.exp(-x)/(1 + sp.exp(-x))**2)
eq(ds, s*sp.exp(-x)/(1 + sp.exp(-x))); eq(ds, s*((1 + sp.exp(-x)) - 1)/(1 + sp.exp(-x)))
eq(ds, s*(1 - s))
eq(s.subs(x, 0), sp.Rational(1, 2)); eq(ds.subs(x, 0), sp.Rational(1, 4))
near("9.5", 0.25**10*1e7)
eq(s.subs(x, -x), 1 - s); eq(ds.subs(x, -x), ds)
sv = float(s.subs(x, 2)); near("0.8808", sv); near("0.1192", 1 - sv); near("0.1050", float(ds.subs(x, 2)))
near("0.1050", 0.8808*0.1192)
# implicit: sigma*(1+e^-x) = 1 -> sigma'(1+e^-x) - sigma e^-x = 0
eq(ds*(1 + sp.exp(-x)) - s*sp.exp(-x), 0); eq(s*sp.exp(-x)/(1 + sp.exp(-x)), s*(1 - s))
key("../en/sigmoid_derivative_forum_answer.md",
    "Q&A forum answer (Stack Exchange style): question with Unicode σ and plain e^{-x}, answer with $$ chains continued on a new $$ starting with '=', \\tfrac, \\bigl, bulleted sanity checks with \\approx and scientific notation, a comment doing implicit differentiation",
    "sigmoid derivative: e^{-x}/(1+e^{-x})^2 = sigma(1 - sigma), sigma'(0) = 1/4, symmetry, values at x = 2",
    wrong={},
    plain={"stored $a = \\sigma(x)$": "names the stored activation a"})
done("en/sigmoid_derivative_forum_answer")
