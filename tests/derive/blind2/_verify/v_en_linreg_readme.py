from kit import *

rng = np.random.default_rng(3); B, d = 5, 3
X = rng.normal(size=(B, d)); y = rng.normal(size=B); w = rng.normal(size=d)
L = lambda w: np.sum((X @ w - y)**2)/B
same(L(w), (w @ X.T @ X @ w - 2*y @ X @ w + y @ y)/B)
same(fd(L, w), 2/B*(X.T @ X @ w - X.T @ y), tol=1e-6); same(2/B*(X.T @ X @ w - X.T @ y), 2/B*X.T @ (X @ w - y))
A = rng.normal(size=(3, 3)); A = A + A.T; same(fd(lambda v: v @ A @ v, w), 2*A @ w, tol=1e-6)
Xb = np.array([[1, 2], [1, -1.]]); yb = np.array([3, 0.]); wb = np.array([0, 1.])
r = Xb @ wb - yb; same(r, [-1, -1]); same(np.mean(r**2), 1)
g = 2/2*Xb.T @ r; same(g, [-2, -1]); same(Xb.T, [[1, 1], [2, -1]])
w1 = wb - 0.1*g; same(w1, [0.2, 1.1])
r1 = Xb @ w1 - yb; same(r1, [-0.6, -0.9]); same([0.2 + 2.2 - 3, 0.2 - 1.1 - 0], [-0.6, -0.9]); same(np.mean(r1**2), 0.585); same((0.36 + 0.81)/2, 0.585)
key("../en/linreg_sgd_from_scratch_readme.md",
    "GitHub README of a small package: install block, $$ math with \\lVert\\rVert, \\mathcal{L}, \\nabla_{\\mathbf{w}} of a quadratic form, \\leftarrow updates, normal equations stated as a condition, a worked unit-test example with bmatrix products",
    "minibatch MSE for linear regression in matrix form: expansion, gradient (2/B) X^T (Xw - y), update, normal equations, one step with numbers",
    wrong={},
    plain={"$$\\mathcal{L}(\\mathbf{w}) = \\frac{1}{B}\\,\\lVert": "defines the loss",
           "$$\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta\\,\\nabla_{\\mathbf{w}}\\mathcal{L}.$$": "the update rule",
           "Setting the full-data gradient to zero gives the normal equations": "the normal equations: a condition defining w*, not an identity",
           "$$X_B = \\begin{bmatrix} 1 & 2 \\\\ 1 & -1 \\end{bmatrix}": "binds X_B, y_B, w, eta"})
done("en/linreg_sgd_from_scratch_readme")
