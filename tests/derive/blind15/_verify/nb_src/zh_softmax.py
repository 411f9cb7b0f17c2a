OUT = "zh/softmax_ce_backprop.ipynb"
CELLS = [
("md", r"""
# Softmax + 交叉熵:前向、反向一次算清

线性层 $z = Wx + b$,$W \in \mathbb R^{3\times 2}$;输出 $p = \mathrm{softmax}(z)$;损失 $L = -\sum_k y_k \log p_k$,$y$ 为 one-hot。

本例:$x = (1, 2)^\top$,前向得到 $z = (1.5,\ 0.5,\ -1.0)$,真实类别为第 2 类,即 $y = (0, 1, 0)$。
"""),
("md", r"""
## 前向

$$e^{z} \approx (4.4817,\ 1.6487,\ 0.3679),\qquad \sum_k e^{z_k} \approx 6.4983$$

$$p \approx (0.6897,\ 0.2537,\ 0.0566)$$

$$L = -\log p_2 \approx -\log 0.2537 \approx 1.3715$$
"""),
("md", r"""
## Softmax 的雅可比

$$\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$$

例如 $\dfrac{\partial p_2}{\partial z_2} = p_2(1 - p_2) \approx 0.1893$,$\dfrac{\partial p_1}{\partial z_2} = -p_1 p_2 \approx -0.1750$。

## 对 $z$ 的梯度

$$\frac{\partial L}{\partial z_j} = -\sum_i \frac{y_i}{p_i}\,p_i(\delta_{ij} - p_j) = -y_j + p_j\sum_i y_i = p_j - y_j$$

代入数值:

$$\frac{\partial L}{\partial z_1} = p_1 - 0 \approx 0.6897$$

$$\frac{\partial L}{\partial z_2} = p_2 - 1 = 0.2537 - 1 = -0.7437$$

$$\frac{\partial L}{\partial z_3} = p_3 - 0 \approx 0.0566$$

三个分量之和为 0(因为 $\sum_j p_j = \sum_j y_j = 1$)。
"""),
("md", r"""
## 对 $W$、$b$ 的梯度

$$\frac{\partial L}{\partial W} = (p - y)\,x^\top \in \mathbb R^{3\times2},\qquad \frac{\partial L}{\partial b} = p - y$$

$$\frac{\partial L}{\partial W} \approx \begin{bmatrix} 0.6897 & 1.3793\\ -0.7463 & -1.4926\\ 0.0566 & 0.1132\end{bmatrix}$$

第二列恰好是第一列的 2 倍,因为 $x_2 = 2x_1$。
"""),
("code", r"""
import numpy as np
z = np.array([1.5, .5, -1.]); y = np.array([0, 1, 0]); x = np.array([1., 2.])
p = np.exp(z) / np.exp(z).sum()
print(p, -np.log(p[1]), p - y, np.outer(p - y, x))
"""),
]
