from vh import *
X = np.array([[1, 1], [1, 2], [1, 3.]]); y = np.array([1, 2, 2.]); lam = 1
w = np.linalg.solve(X.T@X + lam*np.eye(2), X.T@y); wo = np.linalg.solve(X.T@X, X.T@y)
close(X.T@X, [[3, 6], [6, 14]]); close(X.T@y, [5, 11]); close(X.T@X + np.eye(2), [[4, 6], [6, 15]])
num("24", 4*15 - 36); close(np.linalg.inv(X.T@X + np.eye(2))*24, [[15, -6], [-6, 4]])
close(w*24, [9, 14]); num("0.375", w[0]); num("0.5833", w[1])
num("6", 3*14 - 36); close(np.linalg.inv(X.T@X)*6, [[14, -6], [-6, 3]]); close(wo*6, [4, 3]); num("0.6667", wo[0]); num("0.5", wo[1])
for c, e in zip(("0.9583", "1.5417", "2.125"), X@w): num(c, e)
for c, e in zip(("0.0417", "0.4583", "-0.125"), y - X@w): num(c, e)
num("0.375", 0.0417 + 0.4583 - 0.125); num("0.583", 0.0417 + 0.9167 - 0.375); num("0.583", w[1]); close(X.T@(y - X@w), lam*w)
num("0.4609", w@w, "planted", expect=False); num("0.4809", w@w); num("0.6944", wo@wo)
# gradient symbolic via FD
J = lambda v: np.sum((X@v - y)**2) + lam*v@v
v = np.array([0.3, -0.7]); close(fd_grad(J, v), 2*X.T@(X@v - y) + 2*lam*v, tol=1e-6)
close(fd_grad(J, v), 2*X.T@X@v - 2*X.T@y + 2*lam*v, tol=1e-6)
num(f"{J(v):.10f}", v@X.T@X@v - 2*y@X@v + y@y + lam*v@v)
report("en/ridge")
mk("../en/ridge_closed_form_exercise.md",
   "exercise solution: Problem/Solution/Check/Remark paragraphs, bmatrix products with a scalar fraction in front, \\approx to decimal matrices, \\text{ridge}/\\text{OLS} subscripts, a check mark, an inequality between two chains",
   "ridge regression: gradient, normal equations, a 3-point fit in closed form against OLS, the optimality check X^T(y - Xw) = lambda w, the norm comparison",
   wrong={"0.375^2 + 0.5833^2 \\approx 0.4609": "digit slip: 0.375^2 + 0.5833^2 = 0.4809 (the inequality still holds)"},
   not_claims={"J(\\mathbf{w}) = \\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\lambda": "defines J",
               "with $\\lambda = 1$ (for simplicity": "binds lambda",
               "X = \\begin{bmatrix} 1 & 1 \\\\ 1 & 2": "binds X (and y on the next line)",
               "\\mathbf{y} = \\begin{bmatrix} 1 \\\\ 2 \\\\ 2": "binds y",
               "**Problem.** Fit": "states the model to fit (y approx w0 + w1 x is not an identity)"})
