DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("zh_logistic_grad_csdn_example", "CSDN 博客 (【例】解：)", "逻辑回归交叉熵损失对 w 的梯度 (sigma(z) - y) x 的推导与单样本数值例", r'''# 逻辑回归梯度推导（附手算例题）

## 一、推导

设 $z = \boldsymbol{w}^{\mathrm T}\boldsymbol{x} + b$，$a = \sigma(z) = \dfrac{1}{1 + e^{-z}}$，单样本损失函数为⟦N:模型定义⟧

$$L = -y\ln a - (1 - y)\ln(1 - a)$$⟦N:损失函数定义⟧

由链式法则：

$$\frac{\partial L}{\partial a} = -\frac{y}{a} + \frac{1 - y}{1 - a}, \qquad \frac{\partial a}{\partial z} = a(1 - a)$$

相乘易得

$$\frac{\partial L}{\partial z} = -y(1 - a) + (1 - y)a = a - y$$

故 $\dfrac{\partial L}{\partial \boldsymbol w} = (a - y)\boldsymbol{x}$，$\dfrac{\partial L}{\partial b} = a - y$。

## 二、例题

【例】已知 $\boldsymbol{x} = (2, -1)^{\mathrm T}$，$y = 0$，当前参数 $\boldsymbol{w} = (0.3, 0.4)^{\mathrm T}$，$b = -0.1$，求损失和梯度。⟦N:题设⟧

解：

$z = 0.3 \times 2 + 0.4 \times (-1) - 0.1 = 0.1$

$a = \sigma(0.1) \approx 0.52498$

$L = -\ln(1 - 0.52498) = -\ln 0.47502 \approx 0.74440$

$\dfrac{\partial L}{\partial z} = a - y = 0.52498$

$\dfrac{\partial L}{\partial \boldsymbol w} = 0.52498 \times (2, -1)^{\mathrm T} = (1.04996, -0.52498)^{\mathrm T}$

顺便验证 sigmoid 导数：$\sigma'(0.1) = 0.52498 \times 0.47502 \approx 0.24938$。

因为 $y = 0$ 而 $a > 0.5$，梯度把 $w_1$ 往小推、把 $w_2$ 往大推，使 $z$ 变小。
''')

md("zh_softmax_ce_chain_zhihu", "知乎回答", "softmax 的雅可比 (delta_ij)、交叉熵链式法则得到 p - y，三分类数值例", r'''谢邀。这个问题的关键是把 softmax 的雅可比写对。

**1. 记号**

$p_i = \dfrac{e^{z_i}}{\sum_k e^{z_k}}$，损失函数 $L = -\sum_k y_k\ln p_k$，$\boldsymbol y$ 为 one-hot。⟦N:定义⟧

**2. 雅可比**

对 $z_j$ 求偏导，分 $i = j$ 和 $i \ne j$ 两种情况，合起来写成⟦N:分情况的条件⟧

$$\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$$

**3. 链式法则**

$$\frac{\partial L}{\partial z_j} = -\sum_k \frac{y_k}{p_k}\,p_k(\delta_{kj} - p_j) = -y_j + p_j\sum_k y_k = p_j - y_j$$

最后一步用了 $\sum_k y_k = 1$。

**4. 算个例子**

设 $\boldsymbol z = (1, 0, -1)$，真实类别是第 2 类。⟦N:题设⟧

- $e^{1} \approx 2.71828$，$e^{0} = 1$，$e^{-1} \approx 0.36788$，和为 $4.08616$
- $p_1 = 2.71828 / 4.08616 \approx 0.6552$⟦W:数字颠倒，2.71828/4.08616 = 0.6652⟧
- $\boldsymbol p \approx (0.66524, 0.24473, 0.09003)$
- 损失 $L = -\ln 0.24473 \approx 1.4076$
- 梯度 $\boldsymbol p - \boldsymbol y = (0.66524, -0.75527, 0.09003)$

雅可比的两个元素：$\partial p_1/\partial z_1 = 0.66524 \times 0.33476 \approx 0.22270$，$\partial p_1/\partial z_2 = -0.66524 \times 0.24473 \approx -0.16280$。

所以反向传播时根本不用显式构造雅可比，直接 `p - y` 即可。
''')

nb("zh_resnet_stem_conv_sizes", "Jupyter 笔记本", "ResNet 风格 stem: 7x7/2 卷积与 3x3/2 最大池化的输出尺寸（向下取整）、参数量、乘加次数", [
("markdown", r'''# 卷积输出尺寸与参数量（ResNet stem）

公式：$O = \left\lfloor \dfrac{I + 2P - K}{S} \right\rfloor + 1$⟦N:公式定义⟧

输入 $224 \times 224 \times 3$。'''),
("code", r'''def out(i, k, s, p):
    return (i + 2*p - k) // s + 1
print(out(224, 7, 2, 3), out(112, 3, 2, 1))'''),
("markdown", r'''## 第一层：$7 \times 7$ 卷积，步长 2，填充 3，64 个卷积核

- 尺寸：$\left\lfloor \dfrac{224 + 6 - 7}{2} \right\rfloor + 1 = \lfloor 111.5 \rfloor + 1 = 112$
- 权重：$7 \times 7 \times 3 \times 64 = 9408$，加偏置 $9408 + 64 = 9472$
- 乘加次数：每个输出位置 $7 \times 7 \times 3 \times 64$ 次，共 $112 \times 112 \times 9408 = 118013952$，约 1.18 亿次

## 最大池化：$3 \times 3$，步长 2，填充 1

- 尺寸：$\left\lfloor \dfrac{112 + 2 - 3}{2} \right\rfloor + 1 = 57$⟦W:向下取整后为 55 + 1 = 56⟧
- 池化没有参数'''),
("markdown", r'''## 接着的 $3 \times 3$ 卷积（64 → 64，填充 1）

- 尺寸保持 $56 \times 56$：$(56 + 2 - 3)/1 + 1 = 56$
- 参数：$3 \times 3 \times 64 \times 64 + 64 = 36928$

可以看到第一层参数很少（不到一万），但计算量不小。'''),
("code", r'''print(7*7*3*64, 112*112*7*7*3*64, 3*3*64*64 + 64, 64*256 + 256)'''),
("markdown", r'''## 补充：$1 \times 1$ 卷积（64 → 256）

- 参数：$1 \times 1 \times 64 \times 256 + 256 = 16640$
- 只改变通道数，尺寸仍是 $56 \times 56$'''),
])

md("zh_adam_two_steps_given_grads", "学习笔记", "给定两步梯度的 Adam 更新: 一阶、二阶矩、偏差修正、参数值", r'''# Adam 手算两步（梯度直接给定）

超参数：学习率 $\alpha = 0.01$，$\beta_1 = 0.9$，$\beta_2 = 0.999$，忽略 $\epsilon$。初值 $w_0 = 0.5$，$m_0 = v_0 = 0$。⟦N:超参数和初值⟧

两步的梯度分别为 $g_1 = 0.4$，$g_2 = -0.2$（题目给定）。⟦N:题设梯度⟧

更新公式：

$$\begin{aligned}
m_t &= \beta_1 m_{t-1} + (1 - \beta_1)g_t \\⟦N:更新规则 (一阶矩)⟧
v_t &= \beta_2 v_{t-1} + (1 - \beta_2)g_t^2 \\⟦N:更新规则 (二阶矩)⟧
w_t &= w_{t-1} - \alpha\,\frac{m_t/(1 - \beta_1^t)}{\sqrt{v_t/(1 - \beta_2^t)}}⟦N:更新规则 (参数)⟧
\end{aligned}$$

**第 1 步**

- $m_1 = 0.1 \times 0.4 = 0.04$，$v_1 = 0.001 \times 0.16 = 0.00016$
- 修正后 $\hat m_1 = 0.4$，$\hat v_1 = 0.16$，$\sqrt{\hat v_1} = 0.4$
- $w_1 = 0.5 - 0.01 \times 1 = 0.49$

**第 2 步**

- $m_2 = 0.9 \times 0.04 + 0.1 \times (-0.2) = 0.036 - 0.02 = 0.016$
- $v_2 = 0.999 \times 0.00016 + 0.001 \times 0.04 = 0.0019984$⟦W:小数点错位，应为 0.00019984⟧
- $\hat m_2 = 0.016 / 0.19 \approx 0.084211$
- $\hat v_2 = 0.00019984 / 0.001999 \approx 0.099970$，$\sqrt{\hat v_2} \approx 0.31618$
- 步长 $0.01 \times 0.084211 / 0.31618 \approx 0.0026634$
- $w_2 = 0.49 - 0.0026634 \approx 0.48734$

第 2 步梯度反号，一阶矩被抵消了大半，所以步长只有第 1 步的约 27%。
''')

nb("zh_linreg_matrix_gradient_notebook", "Jupyter 笔记本 (课程作业)", "线性回归 J = (1/2m)||X theta - y||^2 的矩阵梯度、正规方程求解 4 个点、梯度数值", [
("markdown", r'''# 线性回归：矩阵形式的梯度与正规方程

损失函数 $J(\boldsymbol\theta) = \dfrac{1}{2m}\lVert X\boldsymbol\theta - \boldsymbol y\rVert^2$。⟦N:损失函数定义⟧

对 $\boldsymbol\theta$ 求梯度：$\nabla_{\boldsymbol\theta}J = \dfrac1m X^{\mathrm T}(X\boldsymbol\theta - \boldsymbol y)$。
令其为零，得正规方程 $X^{\mathrm T}X\boldsymbol\theta = X^{\mathrm T}\boldsymbol y$。⟦N:令梯度为零，得到待解方程⟧'''),
("code", r'''import numpy as np
X = np.c_[np.ones(4), [1, 2, 3, 4]]; y = np.array([3, 5, 7, 10.0])
print(np.linalg.solve(X.T @ X, X.T @ y))'''),
("markdown", r'''## 数据

$x = (1, 2, 3, 4)$，$y = (3, 5, 7, 10)$，$m = 4$。⟦N:数据⟧

$$X^{\mathrm T}X = \begin{pmatrix}4 & 10\\ 10 & 30\end{pmatrix}, \qquad X^{\mathrm T}\boldsymbol y = \begin{pmatrix}25\\ 74\end{pmatrix}$$

行列式 $4 \times 30 - 10 \times 10 = 20$，于是

$$\boldsymbol\theta = \frac{1}{20}\begin{pmatrix}30 & -10\\ -10 & 4\end{pmatrix}\begin{pmatrix}25\\74\end{pmatrix} = \frac{1}{20}\begin{pmatrix}10\\46\end{pmatrix} = \begin{pmatrix}0.5\\2.3\end{pmatrix}$$'''),
("markdown", r'''## 检查

预测 $\hat y = (2.8, 5.1, 7.4, 9.7)$，残差 $(0.2, -0.1, -0.4, 0.3)$，残差平方和 $0.04 + 0.01 + 0.16 + 0.09 = 0.30$，
所以 $J = 0.30 / 8 = 0.0375$。

## 在 $\boldsymbol\theta = (0, 2)$ 处的梯度⟦N:指定点⟧

$X\boldsymbol\theta - \boldsymbol y = (2 - 3, 4 - 5, 6 - 7, 8 - 10) = (-1, -1, -1, -2)$

$X^{\mathrm T}(X\boldsymbol\theta - \boldsymbol y) = (-5, -14)$，除以 $m$ 得 $\nabla J = (-1.25, -3.5)$。

两个分量都为负，所以梯度下降会同时增大截距和斜率，朝 $(0.5, 2.3)$ 走。'''),
])

md("zh_lever_torque_balance", "高中物理例题讲解", "杠杆平衡: 均匀木板绕支点的力矩、所需配重、支持力", r'''【例】一块长 $4\ \text{m}$、质量 $20\ \text{kg}$ 的均匀木板，支点在距左端 $1\ \text{m}$ 处。在左端挂一个重物使木板水平平衡，求重物质量。取 $g = 9.8\ \text{m/s}^2$。⟦N:题设⟧

解：木板重心在中点，距左端 $2\ \text{m}$，即在支点右侧 $1\ \text{m}$ 处。

木板重力对支点的力矩：

$$M_{\text{板}} = 20 \times 9.8 \times 1 = 169\ \text{N·m}$$⟦W:数字颠倒，20 × 9.8 × 1 = 196⟧

设重物质量为 $m$，它在支点左侧 $1\ \text{m}$，平衡条件为

$$m \times 9.8 \times 1 = 196$$⟦N:平衡方程，待解⟧

得 $m = 20\ \text{kg}$。

支点的支持力等于总重力：$N = (20 + 20) \times 9.8 = 392\ \text{N}$。

【变式】若再让一个 $30\ \text{kg}$ 的小孩站在右端（支点右侧 $3\ \text{m}$），左端重物应改为多少？

解：右侧总力矩 $20 \times 9.8 \times 1 + 30 \times 9.8 \times 3 = 196 + 882 = 1078\ \text{N·m}$，

故 $m' = \dfrac{1078}{9.8 \times 1} = 110\ \text{kg}$。

此时支持力 $N' = (20 + 30 + 110) \times 9.8 = 1568\ \text{N}$。

检验：左侧力矩 $110 \times 9.8 \times 1 = 1078\ \text{N·m}$，与右侧相等。✓

【小结】力矩平衡只需选好支点，把每个力乘以力臂；支点处的支持力不产生力矩，所以取支点为矩心最省事。
''')

md("zh_cuowei_xiangjian_sum", "数列专题笔记 (错位相减)", "错位相减求 sum k 2^k 与 sum k/2^k 的通项公式和 n = 5, n = 4 的验证", r'''## 错位相减法

**题 1** 求 $S_n = \sum_{k=1}^{n} k\cdot 2^k$。⟦N:待求的和⟧

$$S_n = 1\cdot 2 + 2\cdot 2^2 + \cdots + n\cdot 2^n$$

$$2S_n = 1\cdot 2^2 + 2\cdot 2^3 + \cdots + n\cdot 2^{n+1}$$

两式相减：

$$S_n - 2S_n = 2 + 2^2 + \cdots + 2^n - n\cdot 2^{n+1} = 2^{n+1} - 2 - n\cdot 2^{n+1}$$

故 $S_n = (n - 1)2^{n+1} + 2$。

验证 $n = 5$：⟦N:取 n⟧
逐项为 $2, 8, 24, 64, 5\cdot 2^5 = 150$，⟦W:5·32 = 160⟧

和为 $2 + 8 + 24 + 64 + 160 = 258$，公式给出 $4 \times 64 + 2 = 258$。✓

**题 2** 求 $T_n = \sum_{k=1}^{n} \dfrac{k}{2^k}$。⟦N:待求的和⟧

同理，$T_n - \frac12 T_n = \frac12 + \frac14 + \cdots + \frac1{2^n} - \frac{n}{2^{n+1}}$，整理得

$$T_n = 2 - \frac{n + 2}{2^n}$$

验证 $n = 4$：$\frac12 + \frac24 + \frac38 + \frac4{16} = 1.625$，而 $2 - \frac{6}{16} = 1.625$。✓

且 $\lim_{n\to\infty} T_n = 2$。
''')

md("zh_lagrange_multiplier_two_examples", "高数课堂笔记", "拉格朗日乘数法: 约束 x + 2y = 8 下 xy 的最大值, 约束 x + y = 2 下 x^2 + y^2 的最小值", r'''# 拉格朗日乘数法 两个小例子

**例 1** 在约束 $x + 2y = 8$ 下求 $f = xy$ 的最大值（$x, y > 0$）。⟦N:题设与约束⟧

构造 $\mathcal L(x, y, \lambda) = xy - \lambda(x + 2y - 8)$。⟦N:构造拉格朗日函数⟧ 令偏导为零：

$$\begin{cases} \mathcal L_x = y - \lambda = 0 \\ \mathcal L_y = x - 2\lambda = 0 \\ x + 2y = 8 \end{cases}$$⟦N:待解方程组⟧

由前两式 $y = \lambda$，$x = 2\lambda$，代入约束：$2\lambda + 2\lambda = 8$，得 $\lambda = 2$。

所以 $x = 4$，$y = 2$，最大值 $f = 4 \times 2 = 8$。

用代入法核对：$y = \frac{8 - x}{2}$，$f(x) = \frac{x(8 - x)}{2}$，$f'(x) = \frac{8 - 2x}{2} = 0$ 得 $x = 4$，$f(4) = \frac{4 \times 4}{2} = 8$。一致。

**例 2** 在 $x + y = 2$ 下求 $g = x^2 + y^2$ 的最小值。⟦N:题设与约束⟧

$2x = \lambda$，$2y = \lambda$，故 $x = y$，代入约束得 $x = y = 1$，$\lambda = 2$，最小值 $g = 1 + 1 = 2$。

几何意义：原点到直线 $x + y = 2$ 的距离是 $\frac{2}{\sqrt 2} = \sqrt 2 \approx 1.414$，平方正好是 2。

**乘数 $\lambda$ 的含义**

把例 1 的约束改成 $x + 2y = c$，⟦N:改写约束⟧
同样的步骤给出 $x = c/2$，$y = c/4$，最大值 $f^*(c) = \dfrac{c^2}{8}$。

于是 $\dfrac{df^*}{dc} = \dfrac{c}{4}$，在 $c = 8$ 处等于 $2$，正是 $\lambda$。

数值上：$c = 9$ 时 $f^* = \frac{81}{8} = 10.125$，比 8 多 $2.125$，和 $\lambda \times 1 = 2$ 很接近。
''')
