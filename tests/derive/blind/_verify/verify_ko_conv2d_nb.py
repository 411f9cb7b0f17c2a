from vh import *
import nbformat
nb = nbformat.v4.new_notebook()
md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
nb.cells = [
md(r"""# 합성곱 계층 역전파 — 3×3 입력, 2×2 필터로 직접 해보기

수업 과제 전에 손으로 한 번 계산해 보는 노트북입니다. 패딩 없음, stride 1, 딥러닝 프레임워크처럼 필터를 뒤집지 않는 교차상관(cross-correlation)을 씁니다.

$$Y_{ij} = \sum_{a=0}^{1}\sum_{b=0}^{1} X_{i+a,\,j+b}\,W_{ab} + b_0$$

입력과 필터는 다음과 같고 편향 $b_0 = 0$ 입니다.

$$X = \begin{bmatrix} 1 & 2 & 0 \\ 0 & 1 & 3 \\ 2 & 1 & 1 \end{bmatrix}, \qquad W = \begin{bmatrix} 1 & -1 \\ 0 & 2 \end{bmatrix}$$"""),
md(r"""## 순전파

출력 크기는 $3 - 2 + 1 = 2$ 이므로 $Y$ 는 $2 \times 2$ 입니다.

- $Y_{00} = 1 \cdot 1 + 2 \cdot (-1) + 0 \cdot 0 + 1 \cdot 2 = 1$
- $Y_{01} = 2 \cdot 1 + 0 \cdot (-1) + 1 \cdot 0 + 3 \cdot 2 = 8$
- $Y_{10} = 0 \cdot 1 + 1 \cdot (-1) + 2 \cdot 0 + 1 \cdot 2 = 1$
- $Y_{11} = 1 \cdot 1 + 3 \cdot (-1) + 1 \cdot 0 + 1 \cdot 2 = 0$"""),
md(r"""## 역전파

위층에서 내려온 기울기를

$$\frac{\partial L}{\partial Y} = \begin{bmatrix} 1 & 0 \\ -1 & 2 \end{bmatrix}$$

라고 하겠습니다.

**필터 기울기.** $W_{ab}$ 는 모든 출력 위치에서 $X_{i+a,\,j+b}$ 와 곱해지므로

$$\frac{\partial L}{\partial W_{ab}} = \sum_{i,j}\frac{\partial L}{\partial Y_{ij}}\,X_{i+a,\,j+b}$$

즉 입력과 $\frac{\partial L}{\partial Y}$ 의 교차상관입니다.

$$\frac{\partial L}{\partial W_{00}} = 1 \cdot 1 + 0 \cdot 2 + (-1) \cdot 0 + 2 \cdot 1 = 3, \qquad \frac{\partial L}{\partial W_{01}} = 1 \cdot 2 + 0 \cdot 0 + (-1) \cdot 1 + 2 \cdot 3 = 7$$

$$\frac{\partial L}{\partial W_{10}} = 1 \cdot 0 + 0 \cdot 1 + (-1) \cdot 2 + 2 \cdot 1 = 0, \qquad \frac{\partial L}{\partial W_{11}} = 1 \cdot 1 + 0 \cdot 3 + (-1) \cdot 1 + 2 \cdot 1 = 2$$

**편향 기울기.** $\frac{\partial L}{\partial b_0} = \sum_{i,j}\frac{\partial L}{\partial Y_{ij}} = 1 + 0 - 1 + 2 = 2$

**입력 기울기.** 출력 $(i, j)$ 마다 $\frac{\partial L}{\partial Y_{ij}} W$ 를 $X$ 의 해당 $2 \times 2$ 위치에 더해 줍니다(= 0 패딩한 $\frac{\partial L}{\partial Y}$ 와 180° 뒤집은 $W$ 의 합성곱).

$$\frac{\partial L}{\partial X} = \begin{bmatrix} 1 & -1 & 0 \\ -1 & 3 & -2 \\ 0 & -2 & 4 \end{bmatrix}$$"""),
code("""import numpy as np
X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1]], float)
W = np.array([[1, -1], [0, 2]], float)
dY = np.array([[1, 0], [-1, 2]], float)
dW = np.array([[np.sum(X[a:a+2, b:b+2] * dY) for b in range(2)] for a in range(2)])
print(dW, dY.sum())
# [[3. 7.]
#  [0. 2.]] 2.0"""),
]
for _i, _c in enumerate(nb.cells): _c.id = f"cell-{_i + 1}"
nbformat.write(nb, "../ko/conv2d_backward_colab.ipynb")
X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1.]]); W = np.array([[1, -1], [0, 2.]]); dY = np.array([[1, 0], [-1, 2.]])
conv = lambda X, W: np.array([[np.sum(X[i:i+2, j:j+2]*W) for j in range(2)] for i in range(2)])
close(conv(X, W), [[1, 8], [1, 0]]); num("2", 3 - 2 + 1)
close(fd_grad(lambda W_: np.sum(dY*conv(X, W_)), W), [[3, 7], [0, 2]], tol=1e-6)
for c, e in (("3", 1+0+0+2), ("7", 2+0-1+6), ("0", 0+0-2+2), ("2", 1+0-1+2), ("2", 1+0-1+2)): num(c, e)
dX = fd_grad(lambda X_: np.sum(dY*conv(X_, W)), X); print(dX)
close(dX, [[1, -1, 0], [-1, 3, -2], [0, -2, 4]], "planted", expect=False, tol=1e-6)
close(dX, [[1, -1, 0], [-1, 5, -2], [0, -2, 4]], tol=1e-6)
report("ko/conv2d_nb")
mk("../ko/conv2d_backward_colab.ipynb",
   "Korean Colab notebook: entry formula with comma subscripts X_{i+a,\\,j+b}, bmatrix bindings joined by \\qquad, a bullet list of four forward entries, per-entry gradients two per $$, a gradient bmatrix, a code cell with printed output as comments",
   "2-D cross-correlation of a 3x3 input with a 2x2 filter: forward outputs, filter gradient entry by entry, bias gradient, input gradient as a full convolution",
   wrong={"-1 & 3 & -2": "centre entry of dL/dX is 2 + 0 + 1 + 2 = 5, not 3 (the term dY_10 W_01 = (-1)(-1) = +1 taken with the wrong sign)"},
   not_claims={"Y_{ij} = \\sum_{a=0}^{1}": "defines the layer",
               "X = \\begin{bmatrix} 1 & 2 & 0": "binds X and W",
               "입력과 필터는 다음과 같고 편향": "binds b_0",
               "\\frac{\\partial L}{\\partial Y} = \\begin{bmatrix} 1 & 0": "binds the upstream gradient"})
