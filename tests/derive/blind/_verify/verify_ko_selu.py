from vh import *
x = sp.symbols('x', real=True); lam, al = sp.symbols('lambda alpha', positive=True)
neg = lam*al*(sp.exp(x) - 1)
same(sp.diff(lam*x, x), lam); same(sp.diff(neg, x), lam*al*sp.exp(x))
same(lam*al*sp.exp(x), lam*al*(sp.exp(x) - 1) + lam*al)
same(sp.diff(neg, x), neg + lam, "planted", expect=False); same(sp.diff(neg, x), neg + lam*al)
L, A = 1.0507009873554805, 1.6732632423543772  # the true constants (the text rounds them)
num("1.7581", L*A); num("-0.6321", np.exp(-1) - 1); num("-1.1113", L*A*(np.exp(-1) - 1)); num("-1.1113", 1.7581*-0.6321)
num("0.3679", np.exp(-1)); num("0.6468", L*A*np.exp(-1)); num("0.6468", 1.7581*0.3679)
same(sp.diff(x/(1 + x), x), ((1 + x) - x)/(1 + x)**2); same(((1 + x) - x)/(1 + x)**2, 1/(1 + x)**2)
same(sp.diff(x/(1 - x), x), 1/(1 - x)**2)
num("0.25", 1/4); num("0.0625", 1/16); num("0.42", 1 - np.tanh(1)**2); num("0.0099", 1 - np.tanh(3)**2)
report("ko/selu")
mk("../ko/selu_softsign_tistory.md",
   "Korean tistory post: \\mathrm{SELU} with a constant factor in front of a cases block with \\le conditions, a derivative by cases, '(단, x < 0)' condition in prose, bullet numeric chains, quotient rule for x > 0, \\approx values in parentheses",
   "SELU and its derivative (by cases and via the forward output), values at -1, the kink at 0; softsign and its derivative, values against tanh'",
   wrong={"이므로 $\\mathrm{SELU}'(x) = \\mathrm{SELU}(x) + \\lambda$": "the constant is lambda alpha, as the identity just before it shows: SELU'(x) = SELU(x) + lambda alpha for x < 0"},
   not_claims={"\\mathrm{SELU}(x) = \\lambda\\begin{cases}": "defines SELU",
               "여기서 $\\lambda \\approx 1.0507$": "binds the constants lambda and alpha",
               "\\mathrm{softsign}(x) = \\frac{x}{1 + |x|}": "defines softsign"})
