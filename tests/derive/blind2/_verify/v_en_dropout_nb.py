from kit import *

q, x = sp.symbols('q x', positive=True)
# r in {0, 1}, P(r = 1) = q
E = lambda f: q*f(1) + (1 - q)*f(0)
eq(E(lambda r: r*x/q), x); eq(E(lambda r: r*x/q), q*x/q)
var = E(lambda r: (r*x/q)**2) - E(lambda r: r*x/q)**2
eq(var, x**2/q**2*(E(lambda r: r**2) - E(lambda r: r)**2)); eq(E(lambda r: r**2), q)
eq(var, x**2/q**2*(q - q**2)); eq(var, x**2*(1 - q)/q)
p = sp.symbols('p', positive=True); eq((x**2*(1 - q)/q).subs(q, 1 - p), x**2*p/(1 - p))
eq(sp.sqrt(var.subs(q, sp.Rational(1, 2))), x)
X = np.array([2, 4, 6, 8.]); r = np.array([1, 0, 1, 1])
same(r*X/0.5, [4, 0, 12, 16]); same(np.ones(4)*r/0.5, [2, 0, 2, 2])
eq(E(lambda r: r*x), q*x)
key("../en/inverted_dropout_kaggle_notebook.md",
    "Kaggle notebook exported to Markdown: In [n] / Out [n] markers, code blocks, \\mathbb{E} and \\mathrm{Var} derivations in $$ chains, \\sim Bernoulli, a by-hand check with tuples",
    "inverted dropout: expectation preserved, variance x^2 p/(1 - p), backward r/q, a numeric mask example, the non-inverted convention",
    wrong={},
    plain={"Let $p$ be the drop probability and $q = 1 - p$": "defines q",
           "$$y_i = \\frac{r_i\\, x_i}{q}$$": "defines y_i"})
done("en/inverted_dropout_kaggle_notebook")
