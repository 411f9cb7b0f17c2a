from kit import *

rng = np.random.default_rng(11); m, d, K = 4, 3, 3
X = rng.normal(size=(m, d)); W = rng.normal(size=(d, K)); b = rng.normal(size=(1, K)); Y = np.eye(K)[[0, 2, 1, 2]]
def L(W=W, b=b, X=X):
    Z = X @ W + b; P = np.exp(Z)/np.exp(Z).sum(1, keepdims=True); return -(Y*np.log(P)).sum()/m
Z = X @ W + b; P = np.exp(Z)/np.exp(Z).sum(1, keepdims=True)
same(fd(lambda z: -(Y*np.log(np.exp(z)/np.exp(z).sum(1, keepdims=True))).sum()/m, Z), (P - Y)/m, tol=1e-6)
same(fd(lambda v: L(W=v), W), X.T @ (P - Y)/m, tol=1e-6); same(fd(lambda v: L(b=v), b), np.ones((1, m)) @ (P - Y)/m, tol=1e-6)
X2 = np.eye(2); W2 = np.array([[1, 0, -1], [0, 1, 0.]]); Y2 = np.array([[1, 0, 0], [0, 0, 1.]])
Z2 = X2 @ W2; same(Z2, W2); P2 = np.exp(Z2)/np.exp(Z2).sum(1, keepdims=True)
for t, v in zip(["0.6652", "0.2447", "0.0900", "0.2119", "0.5761", "0.2119"], P2.ravel()): near(t, v)
L2 = -(Y2*np.log(P2)).sum()/2; near("0.980", L2); near("0.980", -0.5*(np.log(0.6652) + np.log(0.2119)))
G = X2.T @ (P2 - Y2)/2
for t, v in zip(["-0.3348", "0.2447", "0.0900", "0.2119", "0.5761", "-0.7881"], (X2.T @ (P2 - Y2)).ravel()): near(t, v)
if np.allclose(G, X2.T @ (P2 - Y2)): PROBLEMS.append("gradient line is right?")
for t, v in zip(["-0.061", "0.410", "-0.349"], (P2 - Y2).sum(0)/2): near(t, v)
same(-0.061 + 0.410 - 0.349, 0); same((P2 - Y2).sum(1), 0)
key("../en/softmax_regression_minibatch_mathjax_notes.md",
    "Jekyll/kramdown blog post with MathJax delimiters \\( \\) inline and \\[ \\] display on one line each, YAML front matter, pmatrix numbers, shapes declared with \\in \\mathbb{R}^{m \\times d}, a shape product",
    "softmax regression on a minibatch: mean cross-entropy, dL/dZ = (P - Y)/m, gradients of W and b with shapes, a 2-example numeric case",
    wrong={"\\[ \\nabla_W L = X^\\top(P - Y) \\approx": "missing 1/m: the loss is the batch mean, so grad_W L = (1/2) X^T (P - Y) (the general formula above and the bias line keep the 1/m)"},
    plain={"\\[ Z = XW + \\mathbf{b}, \\qquad P_{ik}": "defines Z and P",
           "\\[ L = -\\frac{1}{m}\\sum_{i=1}^{m}": "defines the loss",
           "**Numbers.** Take \\( m = 2 \\)": "binds m, X, W, b and the labels"})
done("en/softmax_regression_minibatch_mathjax_notes")
