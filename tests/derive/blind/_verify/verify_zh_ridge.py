from vh import *
rng = np.random.default_rng(10); m, n = 5, 3
X = rng.normal(size=(m, n)); y = rng.normal(size=m); th = rng.normal(size=n); lam = 0.7
J = lambda t: (X@t - y)@(X@t - y) + lam*t@t
num(f"{J(th):.10f}", th@X.T@X@th - 2*y@X@th + y@y + lam*th@th)
close(fd_grad(lambda t: t@X.T@X@t, th), 2*X.T@X@th, tol=1e-6)
close(fd_grad(lambda t: y@X@t, th), X.T@y, tol=1e-6)
try:
    X@y; FAILS.append("X y conformed")
except ValueError:
    pass  # X y does not conform: the planted line is wrong
close(fd_grad(lambda t: lam*t@t, th), 2*lam*th, tol=1e-6)
close(fd_grad(J, th), 2*X.T@X@th - 2*X.T@y + 2*lam*th, tol=1e-5)
ts = np.linalg.solve(X.T@X + lam*np.eye(n), X.T@y); close(fd_grad(J, ts), 0, tol=1e-5)
s2, t2 = 0.4, 1.3
nlp = lambda t: (y - X@t)@(y - X@t)/(2*s2) + t@t/(2*t2)
num(f"{2*s2*nlp(th):.10f}", (X@th - y)@(X@th - y) + s2/t2*th@th)
x1 = np.array([1, 2, 3.]); y1 = np.array([2, 4, 7.])
num("31", x1@y1); num("14", x1@x1); num("2.0667", 31/15); num("2.2143", 31/14)
num("2.0667", x1@y1/(x1@x1 + 1)); num("31", 2 + 8 + 21)
report("zh/ridge")
mk("../zh/ridge_regression_map_cnblogs.md",
   "Chinese cnblogs post: 一/二/三 section headings, shapes as \\in \\mathbb{R}^{m \\times n} in prose, term-by-term derivatives as a bullet list with remarks in full-width parentheses, an implication to the closed form, a Bayesian view with \\sim and \\mid, a one-dimensional numeric example",
   "ridge regression: expansion of the objective, term-wise gradients, normal equations and closed form, MAP with a Gaussian prior (lambda = sigma^2 / tau^2), a one-dimensional example against OLS",
   wrong={"\\left(y^T X\\theta\\right) = Xy$": "the gradient of y^T X theta is X^T y (X y does not even conform: X is m x n, y has m entries); the sum line below has it right"},
   not_claims={"J(\\theta) = (X\\theta - y)^T(X\\theta - y) + \\lambda": "defines J",
               "设样本矩阵 $X \\in": "declares shapes",
               "假设 $y = X\\theta + \\varepsilon$": "model assumptions (distributions)",
               "$x = (1, 2, 3)$，$y = (2, 4, 7)$": "binds the data and lambda"})
