from vh import *
x = np.array([1., 2., 6.]); g, b = 2., .5; dy = np.array([.1, -.2, .3])
mu = x.mean(); var = x.var(); sd = np.sqrt(var); xh = (x-mu)/sd
num("3", mu); num("4.6667", var); num("4.6667", 14/3); num("2.1602", sd)
for c, e in zip(("-0.9258", "-0.4629", "1.3887"), xh): num(c, e)
for c, e in zip(("-1.3516", "-0.4258", "3.2775"), g*xh + b): num(c, e)
num("0", -0.9258 - 0.4629 + 1.3887); num("3", (xh**2).sum()); num("3", 14/(14/3))
f = lambda x, g=g, b=b: (dy*(g*(x - x.mean())/x.std() + b)).sum()
num("0.4166", fd_grad(lambda gg: f(x, gg[0]), [g])[0]); num("0.4166", 0.1*-0.9258 - 0.2*-0.4629 + 0.3*1.3887)
num("0.2", fd_grad(lambda bb: f(x, g, bb[0]), [b])[0]); num("0.2", 0.1 - 0.2 + 0.3)
dx = fd_grad(f, x)
m = 3; close(dx, g/(m*sd)*(m*dy - dy.sum() - xh*(dy*xh).sum()), tol=1e-6)
num("0.3086", g/(m*sd)); num("0.3086", 2/(3*2.1602))
for c, e, w in zip(("0.1499", "-0.1874", "0.0375"), dx, (0.3086*(0.3-0.2+0.9258*0.4166), 0.3086*(-0.6-0.2+0.4629*0.4166), 0.3086*(0.9-0.2-1.3887*0.4166))):
    num(c, e); num(c, w)
num("0", 0.1499 - 0.1874 + 0.0375)
close(dx@xh, 0, tol=1e-6); close(dx.sum(), 0, tol=1e-6)
report("en/bn")
mk("../en/batchnorm_backward_assignment_notes.md",
   "CS231n-style assignment notes: function names in headings, four definitions in one $$ joined by \\quad, NumPy one-liners in backticks, a compact gradient formula, a hand check with bullet lists of inline chains and tuples divided by a scalar, per-entry $$ with \\big parentheses",
   "batch normalisation backward: dgamma and dbeta as sums, the compact dx formula, its two invariants, a three-value hand check of every quantity",
   wrong={},
   not_claims={"\\mu = \\frac{1}{m}\\sum_{i=1}^{m} x_i, \\quad": "defines mu, sigma^2, x hat and y",
               "$x = (1, 2, 6)$, $\\gamma = 2$": "binds x, gamma, beta and the upstream gradient"})
