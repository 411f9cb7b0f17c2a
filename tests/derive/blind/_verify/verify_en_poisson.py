from vh import *
t1, t2, x1, x2, y = sp.symbols('theta1 theta2 x1 x2 y', real=True)
u = t1*x1 + t2*x2; lam = sp.exp(u)
l = lam - y*sp.log(lam) + sp.log(sp.factorial(y))
same(sp.expand_log(l, force=True), sp.exp(u) - y*u + sp.log(sp.factorial(y)))
for t, x in ((t1, x1), (t2, x2)):
    same(sp.diff(sp.exp(u), t), lam*x)
    same(sp.diff(y*sp.expand_log(sp.log(lam), force=True), t), y/lam*x, "planted", expect=False)
    same(sp.diff(y*sp.expand_log(sp.log(lam), force=True), t), y*x)
    same(y/lam*lam*x, y*x)
    g = sp.diff(sp.expand_log(l, force=True), t)
    same(g, lam*x - y*x); same(g, (lam - y)*x)
    for s, xs in ((t1, x1), (t2, x2)):
        same(sp.diff(g, s), lam*x*xs)
rng = np.random.default_rng(2); X = rng.normal(size=(4, 2)); th = rng.normal(size=2); yy = rng.integers(0, 5, 4)
L = lambda th: np.sum(np.exp(X@th) - yy*(X@th))
close(fd_grad(L, th), X.T@(np.exp(X@th) - yy), tol=1e-6)
num("0.5", 0.1+0.4); num("1.6487", np.exp(.5)); num("1.7918", np.log(6)); num("1.9405", np.exp(.5) - 1.5 + np.log(6))
num("1.9405", 1.6487 - 1.5 + 1.7918)
num("-1.3513", np.exp(.5) - 3); num("-2.7026", 2*(np.exp(.5) - 3))
num("0.1351", 0.13513); num("0.2703", 0.27026)
num("0.2351", 0.1 - 0.1*(np.exp(.5)-3)); num("0.4703", 0.2 - 0.2*(np.exp(.5)-3))
num("0.9406", 2*0.4703); num("1.1757", 0.2351 + 0.9406); num("1.1757", (0.1 - 0.1*(np.exp(.5)-3)) + 2*(0.2 - 0.2*(np.exp(.5)-3)), approx_digits=3)
num("3.240", np.exp(1.1757)); num("3.240", np.exp(0.23512787+2*0.47025575))
num("1.5051", 3.2402 - 3*1.17564 + np.log(6), approx_digits=3)
report("en/poisson")
mk("../en/poisson_regression_scribe_notes.md",
   "student's scribe notes: a wrong first attempt in class followed by the correction in the next display, \\nabla_\\theta with \\theta^\\top x, \\mid in a probability, factorials, bold \\boldsymbol{\\lambda}, check marks, bullet list of numeric chains, a \\leftarrow step with tuples",
   "Poisson regression: likelihood, negative log-likelihood, gradient (lambda - y) x (after a wrong chain-rule attempt), Hessian lambda x x^T, matrix gradient, one gradient step with numbers",
   wrong={"= y\\cdot\\frac{1}{\\lambda}\\,x$$": "forgets the inner derivative d lambda/d theta = lambda x: the gradient of y log lambda is y x (corrected in the next display)"},
   not_claims={"\\lambda = e^{\\theta^\\top x}, \\qquad": "defines the model",
               "**Numbers (from the board).**": "binds x, theta, y"})
