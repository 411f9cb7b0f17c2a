from vh import *
import nbformat
nb = nbformat.v4.new_notebook()
md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
nb.cells = [
md(r"""# 线性回归的小批量随机梯度下降（从零实现）

把偏置并入权重（$X$ 的第一列全为 1）。一个小批量 $\mathcal{B}$ 含 $b$ 个样本，$X_{\mathcal{B}} \in \mathbb{R}^{b \times d}$，$y_{\mathcal{B}} \in \mathbb{R}^{b}$，损失取平均：

$$L(w) = \frac{1}{2b}\left\|X_{\mathcal{B}}w - y_{\mathcal{B}}\right\|^2$$"""),
md(r"""## 梯度

$$\nabla_w L = \frac{1}{b}X_{\mathcal{B}}^{T}\left(X_{\mathcal{B}}w - y_{\mathcal{B}}\right)$$

形状：$(d, b) \times (b, 1) = (d, 1)$，与 $w$ 相同。更新：

$$w \leftarrow w - \eta\,\nabla_w L$$"""),
code("""import numpy as np

def sgd_step(w, Xb, yb, lr):
    grad = Xb.T @ (Xb @ w - yb) / len(yb)
    return w - lr * grad, grad

Xb = np.array([[1., 1.], [1., 3.]])
yb = np.array([2., 5.])
w = np.array([0., 1.])
w_new, g = sgd_step(w, Xb, yb, 0.1)
print(g, w_new)   # [-1.5 -3.5] [0.15 1.35]"""),
md(r"""## 手算一步

$b = 2$，$X_{\mathcal{B}} = \begin{bmatrix} 1 & 1 \\ 1 & 3 \end{bmatrix}$，$y_{\mathcal{B}} = (2, 5)$，初始 $w = (0, 1)$，$\eta = 0.1$。

预测 $X_{\mathcal{B}}w = (1, 3)$，残差 $X_{\mathcal{B}}w - y_{\mathcal{B}} = (-1, -2)$，损失 $L = \frac{1}{4}\left(1 + 4\right) = 1.25$。

$$\nabla_w L = \frac{1}{2}\begin{bmatrix} 1 & 1 \\ 1 & 3 \end{bmatrix}\begin{bmatrix} -1 \\ -2 \end{bmatrix} = \frac{1}{2}\begin{bmatrix} -3 \\ -7 \end{bmatrix} = \begin{bmatrix} -1.5 \\ -3.5 \end{bmatrix}$$

（这里 $X_{\mathcal{B}}$ 恰好是对称矩阵，所以转置后不变。）

$$w \leftarrow (0, 1) - 0.1 \times (-1.5, -3.5) = (0.15, 1.35)$$

新的预测 $(1.5, 4.2)$，残差 $(-0.5, -0.8)$，损失 $\frac{1}{4}(0.25 + 0.64) = 0.2225$，下降了。"""),
md(r"""## 一个 epoch 有几步？

$N = 1000$ 个样本、$b = 32$ 时需要 $\lceil 1000 / 32 \rceil = 32$ 步，最后一个批量只有 $1000 - 31 \times 32 = 8$ 个样本。因为损失按批量大小取平均，这个小批量的梯度尺度和其他批量一致，不需要特殊处理。"""),
]
for _i, _c in enumerate(nb.cells): _c.id = f"cell-{_i + 1}"
nbformat.write(nb, "../zh/minibatch_sgd_linreg_notebook.ipynb")
rng = np.random.default_rng(12); bsz, d = 4, 3
X = rng.normal(size=(bsz, d)); y = rng.normal(size=bsz); w = rng.normal(size=d)
close(fd_grad(lambda v: np.sum((X@v - y)**2)/(2*bsz), w), X.T@(X@w - y)/bsz, tol=1e-6)
Xb = np.array([[1., 1.], [1., 3.]]); yb = np.array([2., 5.]); w0 = np.array([0., 1.])
close(Xb@w0, [1, 3]); close(Xb@w0 - yb, [-1, -2]); num("1.25", np.sum((Xb@w0 - yb)**2)/4); num("1.25", (1 + 4)/4)
g = Xb.T@(Xb@w0 - yb)/2; close(g, [-1.5, -3.5]); close(Xb@np.array([-1, -2.]), [-3, -7]); close(Xb, Xb.T)
w1 = w0 - 0.1*g; close(w1, [0.15, 1.35]); close(Xb@w1, [1.5, 4.2]); close(Xb@w1 - yb, [-0.5, -0.8])
num("0.2225", np.sum((Xb@w1 - yb)**2)/4); num("0.2225", (0.25 + 0.64)/4)
num("32", np.ceil(1000/32)); num("8", 1000 - 31*32)
report("zh/minibatch_nb")
mk("../zh/minibatch_sgd_linreg_notebook.ipynb",
   "Chinese Jupyter notebook: \\mathcal{B} batch subscripts, shapes in \\mathbb{R}^{b \\times d}, a shape product in prose, bmatrix arithmetic with a scalar factor, tuples for vectors in the update, \\lceil \\rceil, code cell with output comment",
   "minibatch SGD for linear regression in matrix form: the averaged loss, its gradient, one hand-computed step on a two-example batch with the loss before and after, batches per epoch",
   wrong={},
   not_claims={"L(w) = \\frac{1}{2b}": "defines L",
               "$$w \\leftarrow w - \\eta\\,\\nabla_w L$$": "update rule",
               "$b = 2$，$X_{\\mathcal{B}} = ": "binds b, X_B, y_B, w, eta",
               "把偏置并入权重": "declares shapes and the batch"})
