from kit import *

rng = np.random.default_rng(5); m, n, k = 4, 3, 2
X = rng.normal(size=(m, n)); W = rng.normal(size=(n, k)); b = rng.normal(size=(1, k)); Y = rng.random(size=(m, k))
sig = lambda Z: 1/(1 + np.exp(-Z))
L = lambda X_, W_, b_: ((sig(X_ @ W_ + b_) - Y)**2).sum()/(2*m)
A = sig(X @ W + b); E = A - Y; D = E*A*(1 - A)/m
same(fd(lambda Z: ((sig(Z) - Y)**2).sum()/(2*m), X @ W + b), D, tol=1e-6)
same(fd(lambda A_: ((A_ - Y)**2).sum()/(2*m), A), E/m, tol=1e-6)
same(fd(lambda W_: L(X, W_, b), W), X.T @ D, tol=1e-6)
same(fd(lambda b_: L(X, W, b_), b), D.sum(0, keepdims=True), tol=1e-6)
same(fd(lambda X_: L(X_, W, b), X), D @ W.T, tol=1e-6)
same(X.T @ D, 1/m*X.T @ (E*A*(1 - A)))
key("../ko/matrix_backprop_lecture_notes.md",
    "Korean lecture notes in the course's own style: shapes declared as 'X \\Rightarrow (m, n)' bullets, element-wise partials then matrix forms with \\odot, shape products after \\quad \\Rightarrow, X^{T} with braces, an update with \\leftarrow",
    "one sigmoid layer with half-MSE averaged over the batch: dL/dZ, dL/dW = X^T Delta, dL/db, dL/dX with shape checks, the update",
    wrong={},
    plain={"$$Z = XW + \\mathbf{b}, \\qquad A = \\sigma(Z)$$": "forward pass definitions",
           "$$L = \\frac{1}{2m}\\sum_{i=1}^{m}": "defines the loss",
           "오차 행렬을 $E = A - Y$ 라고 쓰자": "defines E",
           "$$W \\leftarrow W - \\eta\\,\\frac{1}{m}X^{T}": "the update rule",
           "이다. 이것을 $\\Delta$ 라고 부르자. $Z_{ij}": "names Delta; restates Z entrywise (definition)",
           "- $X \\Rightarrow (m, n)$": "declares a shape",
           "- $W \\Rightarrow (n, k)$": "declares a shape",
           "- $\\mathbf{b} \\Rightarrow (1, k)$": "declares a shape",
           "- $Y \\Rightarrow (m, k)$": "declares a shape"})
done("ko/matrix_backprop_lecture_notes")
