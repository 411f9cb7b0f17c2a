from kit import *

rng = np.random.default_rng(0); m, n, k = 4, 3, 2
X = rng.normal(size=(m, n)); W = rng.normal(size=(n, k)); b = rng.normal(size=(1, k)); Y = rng.normal(size=(m, k))
L = lambda X, W, b: ((X @ W + b - Y)**2).sum()/(2*m)
G = (X @ W + b - Y)/m
same(fd(lambda W_: L(X, W_, b), W), X.T @ G, tol=1e-6)
# the keyed-wrong line: G^T X has shape (k, n), transposed
if (G.T @ X).shape == W.shape: PROBLEMS.append("G^T X unexpectedly has W's shape")
same(fd(lambda b_: L(X, W, b_), b), np.ones((1, m)) @ G, tol=1e-6)
same(fd(lambda X_: L(X_, W, b), X), G @ W.T, tol=1e-6)
same(fd(lambda W_: L(X, W_, b), W)[1, 0], sum(G[i, 0]*X[i, 1] for i in range(m)), tol=1e-6)
same(np.array([[0.5, -1], [1.5, 2]]).sum(0), [2, 1])
key("../en/dense_layer_backward_readme.md",
    "GitHub README of a small NumPy project: a Markdown table declaring shapes (m x n etc.), $$ blocks with index sums and matrix forms side by side joined by \\qquad \\text{i.e.}, := naming, shape annotations in parentheses after \\quad, a bmatrix example, a code block",
    "dense layer Z = XW + 1b with squared error averaged over the batch: dL/dZ, dL/dW, dL/db, dL/dX with declared shapes",
    wrong={"\\frac{\\partial L}{\\partial W} = G^\\top X": "transposed product: sum_i G_iq X_ip is (X^T G)_pq; G^T X is k x n, the transpose of W's shape n x k"},
    plain={"$$Z = XW + \\mathbf{1}_m b$$": "the forward pass (definition of Z)",
           "$$L = \\frac{1}{2m}\\sum_{i=1}^{m}": "defines the loss"})
done("en/dense_layer_backward_readme")
