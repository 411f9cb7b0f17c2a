OUT = "zh/hmm_forward.ipynb"
CELLS = [
("md", r"""
# 隐马尔可夫模型:前向算法手算

状态集合 $Q = \{1:\text{晴},\ 2:\text{雨}\}$,观测集合 $V = \{\text{散步}, \text{购物}, \text{打扫}\}$。模型 $\lambda = (A, B, \pi)$:

$$\pi = \begin{bmatrix}0.5\\0.5\end{bmatrix},\quad A = \begin{bmatrix}0.8 & 0.2\\ 0.3 & 0.7\end{bmatrix},\quad B = \begin{bmatrix}0.5 & 0.4 & 0.1\\ 0.1 & 0.3 & 0.6\end{bmatrix}$$

观测序列 $O = (\text{散步}, \text{打扫}, \text{打扫})$,$T = 3$。求 $P(O\mid\lambda)$。
"""),
("md", r"""
## 算法

前向概率定义为 $\alpha_t(i) = P(o_1, \dots, o_t, i_t = q_i \mid \lambda)$。

1. 初值:$\alpha_1(i) = \pi_i\, b_i(o_1)$
2. 递推:$\alpha_{t+1}(i) = \Big[\sum_{j=1}^{N}\alpha_t(j)\,a_{ji}\Big]\, b_i(o_{t+1})$
3. 终止:$P(O\mid\lambda) = \sum_{i=1}^{N}\alpha_T(i)$
"""),
("md", r"""
## 计算

**初值**($o_1 = \text{散步}$):

$$\begin{array}{l}
\alpha_1(1) = 0.5 \times 0.5 = 0.25\\
\alpha_1(2) = 0.5 \times 0.1 = 0.05
\end{array}$$

**t = 2**($o_2 = \text{打扫}$):

$$\begin{array}{l}
\alpha_2(1) = [0.25 \times 0.8 + 0.05 \times 0.3] \times 0.1 = 0.215 \times 0.1 = 0.0215\\
\alpha_2(2) = [0.25 \times 0.2 + 0.05 \times 0.7] \times 0.6 = 0.085 \times 0.6 = 0.051
\end{array}$$

**t = 3**($o_3 = \text{打扫}$):

$$\begin{array}{l}
\alpha_3(1) = [0.0215 \times 0.8 + 0.051 \times 0.3] \times 0.1 = 0.0325 \times 0.1 = 0.00325\\
\alpha_3(2) = [0.0215 \times 0.2 + 0.051 \times 0.7] \times 0.6 = 0.04 \times 0.6 = 0.024
\end{array}$$

**终止**:

$$P(O\mid\lambda) = 0.00325 + 0.024 = 0.02725$$

顺便得到最后一天的滤波分布:$P(i_3 = \text{雨}\mid O) = 0.024 / 0.02725 \approx 0.881$。

计算量:前向算法是 $O(N^2 T) = 4 \times 3 = 12$ 量级的乘加,而直接枚举全部 $N^T = 8$ 条状态路径要 $O(T N^T)$。
"""),
("code", r"""
import numpy as np
pi = np.array([.5, .5]); A = np.array([[.8, .2], [.3, .7]])
B = np.array([[.5, .4, .1], [.1, .3, .6]]); O = [0, 2, 2]
alpha = pi * B[:, O[0]]
for o in O[1:]:
    alpha = (alpha @ A) * B[:, o]
print(alpha, alpha.sum())
"""),
]
