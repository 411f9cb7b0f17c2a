from vh import *
a, b, t = sp.symbols('a b theta', real=True)
f = a*t**2/2 - b*t
same(sp.diff(f, t), a*t - b); same(sp.diff(f, t, 2), a)
same(t - (a*t - b)/a, b/a)
z = sp.symbols('z', real=True)
same(sp.diff(sp.log(1+sp.exp(z)), z), sp.exp(z)/(1+sp.exp(z))); same(sp.exp(z)/(1+sp.exp(z)), 1/(1+sp.exp(-z)))
# gradient / hessian with vectors: numeric FD
rng = np.random.default_rng(0)
m, n = 5, 3
X = rng.normal(size=(m, n)); y = rng.integers(0, 2, m).astype(float); w = rng.normal(size=n)
sg = lambda v: 1/(1+np.exp(-v))
J = lambda w: np.sum(np.log1p(np.exp(X@w)) - y*(X@w))
p = sg(X@w)
close(fd_grad(J, w), X.T@(p-y), tol=1e-6)
close(fd_grad(J, w), sum((p[i]-y[i])*X[i] for i in range(m)), tol=1e-6)
Hfd = np.array([fd_grad(lambda v: X.T@(sg(X@v)-y) @ np.eye(n)[k], w) for k in range(n)])
S = np.diag(p*(1-p))
close(Hfd, X.T@S@X, tol=1e-5); close(Hfd, sum(p[i]*(1-p[i])*np.outer(X[i], X[i]) for i in range(m)), tol=1e-5)
try:
    X@S@X.T; FAILS.append("X S X^T conformed")
except ValueError:
    pass  # does not conform: the wrong line is wrong
# table
x = np.array([1., 2.]); yy = np.array([1., 0.]); wk = 0.
rows = [("0", "0.5", "0.5", "0.5", "1.25"), ("-0.4", "0.4013", "0.3100", "0.0214", "1.0959"), ("-0.4195", "0.3966", "0.3017", "0.0001", "1.0821")]
for r in rows:
    num(r[0], wk); pp = sg(wk*x); num(r[1], pp[0]); num(r[2], pp[1])
    g = ((pp-yy)*x).sum(); H = (pp*(1-pp)*x*x).sum(); num(r[3], g); num(r[4], H)
    wk = wk - g/H
num("0.5", (0.5-1)*1 + 0.5*2); num("1.25", 0.25+0.25*4); num("-0.4", -0.5/1.25)
num("-0.4195", -0.4 - 0.0214/1.0959)
report("en/newton")
mk("../en/newton_logistic_lecture.md",
   "lecture notes: numbered sections, Taylor-model prose, \\Big[ \\Big] brackets, \\operatorname{diag} with \\dots, matrix form paired with \\qquad, a Markdown table of iterates with math cells, inline arithmetic for the first row",
   "Newton's method: one step on a quadratic, gradient and Hessian of the logistic loss (sum and matrix forms), IRLS step, two Newton iterations on a one-parameter problem",
   wrong={"H = X S X^\\top,$$": "transposes the wrong factor: with examples in the rows of X (m x n) the Hessian is X^T S X (n x n); X S X^T does not even conform"},
   not_claims={"\\theta_{k+1} = \\theta_k - \\frac{f'": "Newton update rule",
               "J(\\mathbf{w}) = \\sum_{i=1}^{m}\\Big[": "defines J",
               "Two examples, no bias": "binds the data and w_0",
               "For $m$ examples with": "defines z_i and p_i",
               "**Matrix form.** Stack": "declares X's shape and defines S",
               "and the Newton step (also called": "the Newton update rule"})
