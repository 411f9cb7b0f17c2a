from kit import *

X = np.array([[1, 0], [0, 1], [1, 1.]]); y = np.array([1, 0, 1.])
def J(w, b):
    p = 1/(1 + np.exp(-(X @ w + b))); return -np.mean(y*np.log(p) + (1 - y)*np.log(1 - p))
near("0.6931", J(np.zeros(2), 0)); same(J(np.zeros(2), 0), np.log(2))
p = np.full(3, 0.5); same(p - y, [-0.5, 0.5, -0.5])
same(X.T @ (p - y)/3, [-1/3, 0]); same(fd(lambda w: J(w, 0), np.zeros(2)), [-1/3, 0], tol=1e-6)
same([-0.5 + 0 - 0.5, 0 + 0.5 - 0.5], [-1, 0])
same(fd(lambda b: J(np.zeros(2), b), np.array(0.)), -1/6, tol=1e-6); same((-0.5 + 0.5 - 0.5)/3, -1/6); near("-0.1667", -1/6)
same(X.T @ (p - y), [-1, 0])
same(0 - 0.3*np.array([-1/3, 0]), [0.1, 0]); same(0 - 0.3*(-1/6), 0.05)
# Q1 linearity and variance: symbolic check of the mean of gradients
th = sp.symbols('theta'); fs = [sp.Function(f'l{i}') for i in range(3)]
eq(sp.diff(sum(f(th) for f in fs)/3, th), sum(sp.diff(f(th), th) for f in fs)/3)
key("../en/minibatch_logistic_quiz_solution.md",
    "quiz solution key: Q/Answer structure, unknown per-example losses l_i(theta) with \\nabla, bmatrix data bindings, \\log 2 chains with \\approx, a 'common mistake' remark quoting the wrong vector as the gradient of the summed loss, update with tuples",
    "minibatch mean: gradient of the mean is the mean of gradients; logistic regression on a batch of 3 with numbers; one step",
    wrong={},
    plain={"**Q1.** Let $\\ell_i(\\theta)$ be the loss": "defines J as the minibatch mean",
           "$$X = \\begin{bmatrix} 1 & 0": "binds X, y, w, b"})
done("en/minibatch_logistic_quiz_solution")
