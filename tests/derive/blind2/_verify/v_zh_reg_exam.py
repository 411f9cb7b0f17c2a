from kit import *

rng = np.random.default_rng(9); m, d = 5, 3; X = rng.normal(size=(m, d)); y = rng.normal(size=m); w = rng.normal(size=d); lam = 0.7
J = lambda w: np.sum((X @ w - y)**2)/(2*m) + lam/2*w @ w
same(fd(J, w), X.T @ (X @ w - y)/m + lam*w, tol=1e-6)
ws = np.linalg.solve(X.T @ X + m*lam*np.eye(d), X.T @ y); same(fd(J, ws), 0, tol=1e-6)
X2 = np.array([[1, 0], [0, 2.]]); y2 = np.array([1, 2.]); A = X2.T @ X2 + 2*1*np.eye(2)
same(X2.T @ X2, [[1, 0], [0, 4]]); same(A, [[3, 0], [0, 6]]); same(X2.T @ y2, [1, 4])
w2 = np.linalg.solve(A, X2.T @ y2); same(w2, [1/3, 2/3]); same(4/6, 2/3)
r = X2 @ w2 - y2; same(r, [-2/3, -2/3]); same([1/3 - 1, 4/3 - 2], [-2/3, -2/3]); same(0.5*X2.T @ r, [-1/3, -2/3]); same(0.5*X2.T @ r + 1*w2, [0, 0])
f = lambda w: 0.5*(w - 3)**2 + 2*abs(w); ts = np.linspace(-5, 5, 100001); same(ts[np.argmin(f(ts))], 1, tol=1e-4)
same(np.sign(3)*max(abs(3) - 2, 0), 1); same(f(1), 4); same(0.5*(1 - 3)**2 + 2*1, 4)
key("../zh/regularization_final_exam_solution.md",
    "Chinese final-exam reference solution (题目/解, numbered parts): \\|\\cdot\\|^2 norms, a stationarity condition introduced with 令 ... 得, a closed form with an inverse, pmatrix numbers, a verification line with tuples, a case analysis with conditions (当 w > 0 时) and a soft threshold",
    "ridge regression: gradient, closed-form minimiser, a 2x2 numeric case with verification; the 1-D lasso problem solved by cases",
    wrong={},
    plain={"$$J(\\mathbf{w}) = \\frac{1}{2m}\\|X\\mathbf{w} - \\mathbf{y}\\|^2": "defines J",
           "(2) 令 $\\nabla J(\\mathbf{w}^*) = \\mathbf{0}$": "the stationarity condition and the equation derived from it (conditions defining w*)",
           "(3) 取 $X = \\begin{pmatrix} 1 & 0": "binds X, y, m, lambda"})
done("zh/regularization_final_exam_solution")
