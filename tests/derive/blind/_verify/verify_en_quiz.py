from vh import *
x, w, b = sp.symbols('x w b', real=True)
f, g, L = sp.Function('f'), sp.Function('g'), sp.Function('L')
same(sp.diff(f(g(x)), x), sp.Subs(sp.Derivative(f(x), x), x, g(x)).doit()*sp.diff(g(x), x))
same(sp.diff(f(x)**3, x), 3*f(x)**2*sp.diff(f(x), x))
same(sp.diff(sp.log(f(x)), x), sp.diff(f(x), x)/f(x))
same(sp.diff(sp.exp(f(x)*g(x)), x), sp.exp(f(x)*g(x))*(sp.diff(f(x), x)*g(x) + f(x)*sp.diff(g(x), x)))
same(sp.diff(f(x)/g(x), x), (sp.diff(f(x), x)*g(x) - f(x)*sp.diff(g(x), x))/g(x)**2)
sg = lambda t: 1/(1 + sp.exp(-t)); z = w*x + b
Lp = lambda t: sp.Subs(sp.Derivative(L(x), x), x, t).doit()
same(sp.diff(L(sg(z)), w), Lp(sg(z))*sg(z)*(1 - sg(z))*x)
same(sp.diff(L(sg(z)), b), Lp(sg(z))*sg(z)*(1 - sg(z)))
h = f(2*x) - f(-x)
fp = lambda t: sp.Subs(sp.Derivative(f(x), x), x, t).doit()
same(sp.diff(h, x), 2*fp(2*x) + fp(-x)); same(sp.diff(h, x).subs(x, 0), 3*fp(0))
report("en/quiz")
mk("../en/chain_rule_quiz_answers.md",
   "ungraded quiz with answers in blockquotes: \\dfrac everywhere, the question's expression repeated as the left side of the answer, unknown functions f, g, L with primes (f'(g(x)), L'(\\sigma(z))), a condition f > 0, a 'common slip' remark without formulas",
   "chain, power, log, exponential-of-product and quotient rules with unknown functions; the gradient of an unknown loss through a sigmoid neuron for w and b; h'(0) for h(x) = f(2x) - f(-x)",
   wrong={},
   not_claims={"**Q6.** A neuron $a = \\sigma(wx + b)$": "defines a and states the question",
               "**Q8.** $h(x) = f(2x) - f(-x)$": "defines h"})
