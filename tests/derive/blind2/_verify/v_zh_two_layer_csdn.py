from kit import *

rng = np.random.default_rng(7); m, n, h, k = 5, 3, 4, 2
X = rng.normal(size=(m, n)); W1 = rng.normal(size=(n, h)); b1 = rng.normal(size=(1, h)); W2 = rng.normal(size=(h, k)); b2 = rng.normal(size=(1, k)); Y = rng.normal(size=(m, k))
def L(W1=W1, b1=b1, W2=W2, b2=b2, X=X):
    return ((np.maximum(0, X @ W1 + b1) @ W2 + b2 - Y)**2).sum()/(2*m)
Z1 = X @ W1 + b1; A1 = np.maximum(0, Z1); Yh = A1 @ W2 + b2; dY = (Yh - Y)/m
assert np.min(np.abs(Z1)) > 1e-3
same(np.sum((Yh - Y)**2), np.linalg.norm(Yh - Y, 'fro')**2)
same(fd(lambda v: L(W2=v), W2), A1.T @ dY, tol=1e-6); same(fd(lambda v: L(b2=v), b2), dY.sum(0, keepdims=True), tol=1e-6)
dA = dY @ W2.T; dZ = dA*(Z1 > 0)
same(fd(lambda v: L(W1=v), W1), X.T @ dZ, tol=1e-6); same(fd(lambda v: L(b1=v), b1), dZ.sum(0, keepdims=True), tol=1e-6)
same(fd(lambda Yh_: ((Yh_ - Y)**2).sum()/(2*m), Yh), dY, tol=1e-6)
x = np.array([[1, 2.]]); w1 = np.array([[1, -1], [1, 1.]]); c1 = np.array([[0, -4.]]); w2 = np.array([[2], [3.]]); y = 5
z1 = x @ w1 + c1; same(z1, [[3, -3]]); same([1 + 2, -1 + 2 - 4], [3, -3]); a1 = np.maximum(0, z1); same(a1, [[3, 0]]); yh = a1 @ w2; same(yh, 6); same(3*2 + 0*3, 6)
same(0.5*(6 - 5)**2, 0.5)
Ls = lambda w1_=w1, w2_=w2: 0.5*((np.maximum(0, x @ w1_ + c1) @ w2_ - y)**2).sum()
same(fd(lambda v: Ls(w2_=v), w2), [[3], [0]], tol=1e-6); same(1*w2.T, [[2, 3]]); same(np.array([[2, 3]])*(z1 > 0), [[2, 0]])
same(fd(lambda v: Ls(w1_=v), w1), [[2, 0], [4, 0]], tol=1e-6)
key("../zh/two_layer_relu_backprop_matrix_csdn.md",
    "Chinese CSDN tutorial: shapes declared in prose bullets ('X 的形状为 (m, n)'), three definitions on one $$ line, Frobenius norm equal to a double sum, each gradient followed by its shape product with \\to, pmatrix example with ReLU inactive unit",
    "two-layer ReLU network with half-MSE in matrix form: all gradients with shape checks, and a 1-sample numeric example",
    wrong={},
    plain={"$$Z_1 = XW_1 + b_1, \\quad A_1 = \\mathrm{ReLU}(Z_1)": "forward-pass definitions",
           "取 $m = 1$，$X = (1, 2)$": "binds m, X, W_1, b_1, W_2, b_2, Y"})
done("zh/two_layer_relu_backprop_matrix_csdn")
