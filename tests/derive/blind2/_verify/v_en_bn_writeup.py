from kit import *

m = 4
xs = sp.symbols('x1:5', real=True); eps = sp.Symbol('epsilon', positive=True); gam, bet = sp.symbols('gamma beta')
mu = sum(xs)/m; var = sum((v - mu)**2 for v in xs)/m; s = sp.sqrt(var + eps)
xh = [(v - mu)/s for v in xs]
eq(sum(xh), 0)
X = np.array([1, 2, 3, 6.]); G = np.array([0.3, -1.2, 0.7, 2.0])
def f(x, e=1e-3):
    mu_ = x.mean(); s_ = np.sqrt(x.var() + e); return (x - mu_)/s_
for e_ in (1e-3, 0.0):  # the stated Jacobian holds for any epsilon
    xh_ = f(X, e_); s_ = np.sqrt(X.var() + e_)
    Jfd_ = jac(lambda x, e_=e_: f(x, e_), X)
    same(Jfd_, (np.eye(m) - 1/m - np.outer(xh_, xh_)/m)/s_, tol=1e-5)
# the stated Jacobian (1/s)(delta - 1/m - xh_i xh_j / m) holds exactly for eps = 0
xh0 = f(X, 0); s0 = np.sqrt(X.var())
Jfd = jac(lambda x: f(x, 0), X)
same(Jfd, (np.eye(m) - 1/m - np.outer(xh0, xh0)/m)/s0, tol=1e-5)
same(sum(xh0**2), m)
gm, bt = 2.0, 0.5; dy = np.array([1, 0, 0, 0.])
Lf = lambda x: (dy*(gm*f(x, 0) + bt)).sum()
dx = gm/(m*s0)*(m*dy - dy.sum() - xh0*(dy*xh0).sum())
same(fd(Lf, X), dx, tol=1e-5); same(dx.sum(), 0)
same(fd(lambda b: (dy*(gm*xh0 + b)).sum(), np.array(bt)), dy.sum(), tol=1e-6)
same(fd(lambda g_: (dy*(g_*xh0 + bt)).sum(), np.array(gm)), (dy*xh0).sum(), tol=1e-6)
# with general eps (symbolic check of the dx formula for eps > 0, where the Jacobian has (s^2-eps)/s^2 in the last term is NOT claimed)
same(X.mean(), 3); same((4 + 1 + 0 + 9)/4, 3.5); near("1.8708", s0)
for t, v in zip(["-1.0690", "-0.5345", "0", "1.6036"], xh0): near(t, v)
for t, v in zip(["-1.6381", "-0.5690", "0.5", "3.7071"], gm*xh0 + bt): near(t, v)
near("-1.0690", (dy*xh0).sum()); near("0.26726", gm/(m*s0))
inner = m*dy - dy.sum() - xh0*(dy*xh0).sum()
for t, v in zip(["1.8571", "-1.5714", "-1", "0.7143"], inner): near(t, v)
for t, v in zip(["0.4963", "-0.4200", "-0.2673", "0.1909"], dx): near(t, v)
for t, v in zip(["0.4963", "-0.4200", "-0.2673", "0.1909"], 0.26726*np.array([1.8571, -1.5714, -1, 0.7143])): near(t, v)
key("../en/batchnorm_backward_assignment_writeup.md",
    "course assignment write-up (cs231n-like inline question): align* forward pass outside $$ with two definitions per row, Kronecker delta in a Jacobian, facts stated with conditions (for epsilon = 0), bulleted numeric forward values, a tuple product with \\approx",
    "batch normalization forward and backward for one feature: dbeta, dgamma, the Jacobian of x-hat, the compact dx formula, numbers for x = (1, 2, 3, 6)",
    wrong={},
    plain={"\\mu &= \\frac{1}{m}\\sum_{i=1}^{m} x_i": "defines mu and sigma^2",
           "\\hat{x}_i &= \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}": "defines x-hat and y",
           "Let $d y_i = \\partial L / \\partial y_i$": "names the upstream gradient",
           "$x = (1, 2, 3, 6)$, $\\gamma = 2$": "binds x, gamma, beta, epsilon"})
done("en/batchnorm_backward_assignment_writeup")
