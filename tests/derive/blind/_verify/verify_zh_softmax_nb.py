from vh import *
import nbformat
nb = nbformat.v4.new_notebook()
md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
nb.cells = [
md(r"""# 作业 1：Softmax 分类器的矩阵形式反向传播

记号：$N$ 个样本，输入维度 $D$，类别数 $C$。

- $X$：$(N, D)$，$W$：$(D, C)$，$b$：$(C,)$
- 得分 $S = XW + b$，形状 $(N, C)$，$b$ 按行广播
- $P$ 为对 $S$ 每一行做 softmax，$Y$ 为 one-hot 标签矩阵，形状都是 $(N, C)$

损失（带 L2 正则）：

$$L = -\frac{1}{N}\sum_{i=1}^{N}\sum_{c=1}^{C}Y_{ic}\log P_{ic} + \frac{\lambda}{2}\|W\|_F^2$$"""),
md(r"""## 推导

softmax + 交叉熵对得分的梯度是 $P - Y$，再除以 $N$：

$$\frac{\partial L}{\partial S} = \frac{1}{N}(P - Y)$$

由 $S = XW + b$ 得到（形状标在右边检查）：

$$\frac{\partial L}{\partial W} = X^{T}\frac{\partial L}{\partial S} + \lambda W \qquad (D, N)(N, C) = (D, C)$$

$$\frac{\partial L}{\partial X} = \frac{\partial L}{\partial S}W^{T} \qquad (N, C)(C, D) = (N, D)$$

$$\frac{\partial L}{\partial b_c} = \sum_{i=1}^{N}\frac{\partial L}{\partial S_{ic}}$$"""),
code("""import numpy as np

def softmax_loss(W, b, X, y, reg):
    N = X.shape[0]
    S = X @ W + b
    S = S - S.max(axis=1, keepdims=True)
    P = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
    loss = -np.log(P[np.arange(N), y]).mean() + 0.5 * reg * np.sum(W * W)
    dS = P.copy()
    dS[np.arange(N), y] -= 1
    dS /= N
    return loss, X.T @ dS + reg * W, dS.sum(axis=0), dS @ W.T"""),
md(r"""## 手算验证

取 $N = D = C = 2$，$X = I$（单位矩阵），$b = 0$，$\lambda = 0.1$，标签 $y = (0, 1)$，以及

$$W = \begin{bmatrix} 0.5 & -0.5 \\ 0 & 1 \end{bmatrix}$$

因为 $X = I$，$S = W$。第一行 $\mathrm{softmax}(0.5, -0.5)$ 就是 $(\sigma(1), \sigma(-1)) \approx (0.7311, 0.2689)$，第二行 $\mathrm{softmax}(0, 1) \approx (0.2689, 0.7311)$。

$$L \approx -\frac{1}{2}(\log 0.7311 + \log 0.7311) + 0.05 \times (0.25 + 0.25 + 0 + 1) \approx 0.3133 + 0.075 = 0.3883$$

$$\frac{\partial L}{\partial S} = \frac{1}{2}\begin{bmatrix} -0.2689 & 0.2689 \\ 0.2689 & -0.2689 \end{bmatrix} \approx \begin{bmatrix} -0.1345 & 0.1345 \\ 0.1345 & -0.1345 \end{bmatrix}$$

$$\frac{\partial L}{\partial W} = \frac{\partial L}{\partial S} + 0.1\,W \approx \begin{bmatrix} -0.0845 & 0.0845 \\ 0.1345 & -0.0345 \end{bmatrix}$$

$\frac{\partial L}{\partial b}$ 是 $\frac{\partial L}{\partial S}$ 的列和，$(-0.1345 + 0.1345,\ 0.1345 - 0.1345) = (0, 0)$。"""),
code("""W = np.array([[0.5, -0.5], [0.0, 1.0]])
loss, dW, db, dX = softmax_loss(W, np.zeros(2), np.eye(2), np.array([0, 1]), 0.1)
print(round(loss, 4), dW.round(4), db.round(4))
# 0.3883 [[-0.0845  0.0845]
#  [ 0.1345 -0.0345]] [0. 0.]"""),
]
for _i, _c in enumerate(nb.cells): _c.id = f"cell-{_i + 1}"
nbformat.write(nb, "../zh/softmax_classifier_matrix_backprop.ipynb")
rng = np.random.default_rng(11); N, D, C = 4, 3, 5
X = rng.normal(size=(N, D)); W = rng.normal(size=(D, C)); b = rng.normal(size=C); y = rng.integers(0, C, N); Y = np.eye(C)[y]; lam = 0.3
def L(W, b, X):
    S = X@W + b; P = np.exp(S)/np.exp(S).sum(1, keepdims=True); return -np.mean(np.log(P[np.arange(N), y])) + lam/2*np.sum(W*W)
S = X@W + b; P = np.exp(S)/np.exp(S).sum(1, keepdims=True); dS = (P - Y)/N
close(fd_grad(lambda s: -np.mean(np.log((np.exp(s)/np.exp(s).sum(1, keepdims=True))[np.arange(N), y])), S), dS, tol=1e-6)
close(fd_grad(lambda w: L(w, b, X), W), X.T@dS + lam*W, tol=1e-6)
close(fd_grad(lambda x: L(W, b, x), X), dS@W.T, tol=1e-6)
close(fd_grad(lambda bb: L(W, bb, X), b), dS.sum(0), tol=1e-6)
W2 = np.array([[.5, -.5], [0, 1.]]); y2 = np.array([0, 1]); Y2 = np.eye(2)[y2]
P2 = np.exp(W2)/np.exp(W2).sum(1, keepdims=True)
close(np.round(P2, 4), [[0.7311, 0.2689], [0.2689, 0.7311]])
Lv = -np.mean(np.log(P2[np.arange(2), y2])) + 0.05*np.sum(W2**2)
num("0.3883", Lv); num("0.3133", -np.log(1/(1 + np.exp(-1)))); num("0.075", 0.05*1.5); num("0.3883", 0.3133 + 0.075)
dS2 = (P2 - Y2)/2
close(np.round(P2 - Y2, 4), [[-0.2689, 0.2689], [0.2689, -0.2689]]); close(np.round(dS2, 4), [[-0.1345, 0.1345], [0.1345, -0.1345]])
close(np.round(dS2 + 0.1*W2, 4), [[-0.0845, 0.0845], [0.1345, -0.0345]]); close(dS2.sum(0), [0, 0])
report("zh/softmax_nb")
mk("../zh/softmax_classifier_matrix_backprop.ipynb",
   "Chinese Jupyter assignment: shapes as tuples in a bullet list, entries Y_{ic}, \\|W\\|_F^2 regulariser, shape checks written after \\qquad beside each gradient formula, a 2x2 hand check with bmatrices, code cells with outputs as comments",
   "softmax classifier in matrix form: dL/dS = (P - Y)/N, dL/dW with L2, dL/dX, dL/db; a hand check with X = I",
   wrong={},
   not_claims={"- 得分 $S = XW + b$": "defines S and its broadcast",
               "L = -\\frac{1}{N}\\sum_{i=1}^{N}\\sum_{c=1}^{C}": "defines L",
               "取 $N = D = C = 2$": "binds N, D, C, X, b, lambda, y",
               "W = \\begin{bmatrix} 0.5 & -0.5": "binds W"})
