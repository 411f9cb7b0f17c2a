DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("zh23_tanh_vanishing_gradient_csdn", "CSDN 博客（【例】解：）", "tanh 与 sigmoid 导数的最大值、tanh'(2)，以及多层连乘导致的梯度消失", r'''# 深度学习笔记：为什么 sigmoid 容易梯度消失

【例1】求 $\tanh x$ 的导数，并比较它与 sigmoid 导数的最大值。

解：$\tanh x = \dfrac{e^x - e^{-x}}{e^x + e^{-x}}$，⟦N:定义⟧由商的求导法则

$$(\tanh x)' = \frac{(e^x + e^{-x})^2 - (e^x - e^{-x})^2}{(e^x + e^{-x})^2} = 1 - \tanh^2 x$$

易得 $x = 0$ 时取最大值 $1$。而 $\sigma'(x) = \sigma(x)(1 - \sigma(x))$ 在 $x = 0$ 时为 $0.5 \times 0.5 = 0.25$。

另外两者有关系 $\tanh x = 2\sigma(2x) - 1$，故 $\tanh'(x) = 4\sigma'(2x)$，在 $0$ 处 $4 \times 0.25 = 1$，一致。

【例2】求 $\tanh'(2)$。

解：$\tanh 2 \approx 0.9640$，代入得 $\tanh'(2) = 1 - 0.9640^2 \approx 1 - 0.9293 = 0.0707$。
可见输入稍大时导数就已经很小了。

【例3】一个 5 层网络，每层都用 sigmoid，假设每层权重为 1，激活导数都取最大值 $\sigma'_{\max} = 0.25$，⟦N:假设⟧
则反向传播到第一层时梯度缩小为

$$0.25^5 = \frac{1}{1024} \approx 0.00977$$⟦W:1/1024 is 0.000977⟧

也就是不到千分之一。若换成 tanh（最大导数为 1），这一因子最多是 $1^5 = 1$；
若所有输入都在 $x = 2$ 附近，tanh 的因子则是 $0.0707^5 \approx 1.77 \times 10^{-6}$，同样会消失。

故：激活函数导数的连乘是梯度消失的根源，ReLU（正区间导数恒为 1）因此更常用。
''')

nb("zh23_cnn_params_flops_notebook", "Jupyter 笔记（知乎专栏配套）", "3x3 卷积层的参数量与乘加次数，深度可分离卷积的比例 1/N + 1/k^2", [
("markdown", r'''# 卷积层的参数量和计算量

输入特征图 $56 \times 56 \times 64$（$C_{in} = 64$），卷积核 $k = 3$，输出通道 $C_{out} = 128$，stride 1，padding 1。⟦N:给定层的配置⟧
输出尺寸 $\lfloor (56 + 2 - 3)/1 \rfloor + 1 = 56$，即 $56 \times 56 \times 128$。'''),
("code", r'''H = W = 56; Cin, Cout, k = 64, 128, 3
params = k*k*Cin*Cout + Cout
macs = H*W*Cout*k*k*Cin
dw = H*W*Cin*k*k; pw = H*W*Cin*Cout
print(params, macs, dw, pw, (dw + pw) / macs)'''),
("markdown", r'''## 标准卷积

参数量：$3 \times 3 \times 64 \times 128 + 128 = 73728 + 128 = 73856$

乘加次数（MACs）：每个输出元素需要 $3 \times 3 \times 64 = 576$ 次乘加，共
$$56 \times 56 \times 128 \times 576 = 231{,}211{,}008 \approx 2.31 \times 10^{8}$$
FLOPs 按 2 倍计约为 $2 \times 2.31 \times 10^{8} \approx 4.62 \times 10^{9}$。⟦W:2 x 2.31e8 is 4.62e8⟧'''),
("markdown", r'''## 深度可分离卷积

- depthwise：$56 \times 56 \times 64 \times 9 = 1{,}806{,}336$
- pointwise：$56 \times 56 \times 64 \times 128 = 25{,}690{,}112$

合计 $27{,}496{,}448$，与标准卷积之比

$$\frac{1}{C_{out}} + \frac{1}{k^2} = \frac{1}{128} + \frac19 \approx 0.1189$$

也就是计算量降为原来的约 $11.9\%$，约 $8.4$ 倍的加速（理论值）。
参数量：$3 \times 3 \times 64 + 64 \times 128 = 576 + 8192 = 8768$（不计偏置）。'''),
])

md("zh23_softmax_ce_grad_zhihu", "知乎回答", "softmax 交叉熵对 logits 的梯度 p - y 的推导，二分类退化为 sigmoid，三类数值例子", r'''谢邀。这个推导其实只有三行，关键是分 $i = j$ 和 $i \ne j$ 两种情况。

设 $p_i = \dfrac{e^{z_i}}{\sum_k e^{z_k}}$，损失 $L = -\sum_i y_i \log p_i$，$y$ 是 one-hot。⟦N:定义⟧

**第一步：softmax 的导数。**

$$\frac{\partial p_i}{\partial z_j} = \begin{cases} p_i(1 - p_i), & i = j \\ -p_i p_j, & i \ne j \end{cases}$$

合起来写就是 $p_i(\delta_{ij} - p_j)$。

**第二步：链式法则。**

$$\frac{\partial L}{\partial z_j} = -\sum_i \frac{y_i}{p_i}\, p_i(\delta_{ij} - p_j) = -y_j + p_j\sum_i y_i = p_j - y_j$$

（用到了 $\sum_i y_i = 1$。）

**顺带一提**，两类时 $p_1 = \dfrac{e^{z_1}}{e^{z_1} + e^{z_2}} = \dfrac{1}{1 + e^{-(z_1 - z_2)}} = \sigma(z_1 - z_2)$，这就是 sigmoid。

**数值例子。** $z = (0.5,\ 1.5,\ 0)$，真实类别是第 2 类。⟦N:例子的取值⟧

- $e^{z} \approx (1.6487,\ 4.4817,\ 1)$，和为 $7.1304$
- $p \approx (0.2312,\ 0.6285,\ 0.1402)$
- $L = -\log 0.6285 \approx 0.4644$
- 梯度 $p - y \approx (0.2312,\ -0.3715,\ 0.1402)$

梯度各分量之和为 $0.2312 - 0.3715 + 0.1402 = -0.0001 \approx 0$（舍入误差），理论上严格为 0。

所以框架里都把 softmax 和交叉熵合并成一个算子（如 `CrossEntropyLoss`），数值更稳定。
''')

md("zh23_weight_decay_l2_exam", "考试题解答 (1)(2)(3)", "SGD 下 L2 正则等价于权重衰减，一步更新数值，纯衰减 100 步", r'''**第 5 题**　设损失 $J(w) = L(w) + \frac{\lambda}{2}w^2$，使用 SGD，学习率 $\eta$。⟦N:题设⟧

**(1)** 证明 L2 正则等价于权重衰减。

解：$\nabla J = \nabla L + \lambda w$，故

$$w \leftarrow w - \eta(\nabla L + \lambda w) = (1 - \eta\lambda)w - \eta\nabla L$$

即每步先把 $w$ 乘以衰减系数 $1 - \eta\lambda$，再做普通梯度下降。证毕。

**(2)** 当 $\eta = 0.1$，$\lambda = 0.01$，$w = 2$，$\nabla L = 0.5$ 时，求一步更新后的 $w$。⟦N:给定数值⟧

解：直接代入得 $w' = 2 - 0.1 \times (0.5 + 0.01 \times 2) = 2 - 0.052 = 1.948$。

用衰减形式验证：$(1 - 0.001) \times 2 - 0.1 \times 0.5 = 1.998 - 0.05 = 1.948$，一致。

**(3)** 若之后数据梯度恒为 0，求 100 步后的 $w$（从 $w = 2$ 开始）。⟦N:给定初值⟧

解：每步乘以 $0.999$，逐步写出来：

$$\begin{aligned}
w_1 &= 0.999 \times 2 = 1.998 \\
w_2 &= 0.999 \times 1.998 \approx 1.996 \\
&\ \ \vdots \\
w_{100} &= 0.999^{100} \times 2
\end{aligned}$$

故

$$w_{100} = 2 \times 0.999^{100} \approx 2 \times 0.9048 = 1.8906$$⟦W:2 x 0.9048 is 1.8096⟧

近似地 $0.999^{100} \approx e^{-0.1} \approx 0.9048$，与上面相符。

**注**：对 Adam 而言两者不再等价，因为 $\lambda w$ 会被 $\sqrt{\hat v}$ 缩放，这正是 AdamW 把衰减项单独拿出来的原因。
''')

nb("zh23_minibatch_grad_mean_notebook", "Jupyter 笔记（学习记录）", "线性模型 y = wx 的小批量梯度：逐样本梯度、均值、一步 SGD、损失变化", [
("markdown", r'''# 小批量梯度 = 逐样本梯度的平均

模型 $\hat y = wx$，单样本损失 $\ell_i = \frac12(wx_i - y_i)^2$，⟦N:模型与损失定义⟧
小批量损失取平均 $L = \frac{1}{B}\sum_{i=1}^{B}\ell_i$。⟦N:定义⟧
当前 $w = 1$，学习率 $\eta = 0.1$。⟦N:当前参数和学习率⟧'''),
("code", r'''import numpy as np
x = np.array([1., 2., 3., 4.]); y = np.array([2., 3., 5., 4.]); w = 1.0
g = (w * x - y) * x
print(g, g.mean(), 0.5 * ((w * x - y) ** 2).mean())'''),
("markdown", r'''## 逐样本梯度 $\frac{d\ell_i}{dw} = (wx_i - y_i)x_i$

| $i$ | $x_i$ | $y_i$ | $wx_i - y_i$ | $g_i$ |
|---|---|---|---|---|
| 1 | 1 | 2 | $-1$ | $-1$ |
| 2 | 2 | 3 | $-1$ | $-2$ |
| 3 | 3 | 5 | $-2$ | $-6$ |
| 4 | 4 | 4 | $0$ | $0$ |

平均：$\bar g = \frac{-1 - 2 - 6 + 0}{4} = -2.25$

更新：$w \leftarrow 1 - 0.1 \times (-2.25) = 1.225$'''),
("markdown", r'''## 损失变化

更新前 $L = \frac12 \cdot \frac{1 + 1 + 4 + 0}{4} = 0.75$。

更新后残差 $1.225x - y = (-0.775,\ -0.55,\ -1.325,\ 0.9)$，
$$L = \frac12 \cdot \frac{0.6006 + 0.3025 + 1.7556 + 0.81}{4} \approx 0.4336$$

如果只用前两个样本（$B = 2$），梯度是 $\frac{-1 - 2}{2} = -1.5$，更新后 $w = 1.15$。
若把梯度写成求和而不是平均，$B = 4$ 时的梯度是 $-9$，步长会大 4 倍：$w = 1 + 0.9 = 1.09$。⟦W:1 + 0.9 is 1.9⟧'''),
])

md("zh23_incline_friction_block", "高中物理例题（解：故）", "斜面上物块：重力分量、摩擦力、加速度、滑行 4 m 的速度与时间", r'''## 【例】斜面上的物块

质量 $m = 5\ \text{kg}$ 的物块从倾角 $\theta = 30^\circ$ 的斜面上由静止释放，动摩擦因数 $\mu = 0.2$，取 $g = 9.8\ \text{m/s}^2$。⟦N:题设⟧
求加速度及滑下 $s = 4\ \text{m}$ 时的速度。⟦N:题设⟧

**解：** 沿斜面方向：

$$mg\sin\theta = 5 \times 9.8 \times 0.5 = 24.5\ \text{N}$$

垂直斜面方向：$N = mg\cos\theta = 49 \times 0.8660 \approx 42.44\ \text{N}$

摩擦力 $f = \mu N = 0.2 \times 42.44 \approx 8.49\ \text{N}$

合力 $F = 24.5 - 8.49 = 16.01\ \text{N}$，故

$$a = \frac{F}{m} = \frac{16.01}{5} \approx 3.20\ \text{m/s}^2$$

也可直接写成 $a = g(\sin\theta - \mu\cos\theta) = 9.8 \times (0.5 - 0.1732) \approx 3.20\ \text{m/s}^2$。

由 $v^2 = 2as$ 得 $v = \sqrt{2 \times 3.20 \times 4} = \sqrt{25.6} \approx 5.06\ \text{m/s}$。

所用时间 $t = v/a = 5.06 / 3.20 \approx 1.85\ \text{s}$。⟦W:5.06 / 3.20 is 1.58 s⟧

**讨论：** 若斜面光滑（$\mu = 0$），$a = 4.9\ \text{m/s}^2$，$v = \sqrt{2 \times 4.9 \times 4} \approx 6.26\ \text{m/s}$。
物块能下滑的条件是 $\tan\theta > \mu$，这里 $\tan 30^\circ \approx 0.577 > 0.2$。
''')

md("zh23_arithmetic_sequence_seats", "初中数学应用题讲解", "等差数列：剧场座位，第 n 排座位数、总座位数、哪一排有 50 个座位", r'''# 等差数列应用：剧场座位

某剧场第一排有 20 个座位，后面每排比前一排多 2 个，共 25 排。

**(1) 最后一排有多少座位？**

通项 $a_n = a_1 + (n - 1)d$，其中 $a_1 = 20$，$d = 2$。⟦N:公式与首项公差⟧

$$a_{25} = 20 + 25 \times 2 = 70$$⟦W:a_25 = 20 + 24 x 2 = 68⟧

（这里容易多算一个公差，注意是 $n - 1 = 24$ 个 $d$，所以 $a_{25} = 68$。）

**(2) 共有多少座位？**

$$S_{25} = \frac{25(a_1 + a_{25})}{2} = \frac{25 \times (20 + 68)}{2} = 1100$$

也可以用 $S_n = na_1 + \frac{n(n - 1)}{2}d = 500 + 600 = 1100$ 验证。

**(3) 哪一排恰好有 50 个座位？前面（含该排）共多少座位？**

令 $20 + 2(n - 1) = 50$，⟦N:待解方程⟧
解得 $n = 16$。

$$S_{16} = \frac{16 \times (20 + 50)}{2} = 560$$

所以第 16 排之后还有 $1100 - 560 = 540$ 个座位，占总数的约 $49.1\%$。
''')

md("zh23_braking_distance_energy", "物理学习笔记", "汽车刹车距离：动能、摩擦力做功、反应距离，速度变为 1.5 倍时距离变为 2.25 倍", r'''# 刹车距离为什么和速度平方成正比

一辆质量 $1200\ \text{kg}$ 的汽车以 $72\ \text{km/h}$ 行驶，轮胎与路面的动摩擦因数 $\mu = 0.7$，$g = 9.8\ \text{m/s}^2$。⟦N:题设⟧

先换算速度：$72 \div 3.6 = 20\ \text{m/s}$。

动能：$E_k = \frac12 m v^2 = \frac12 \times 1200 \times 20^2 = 240\,000\ \text{J} = 240\ \text{kJ}$

摩擦力：$f = \mu mg = 0.7 \times 1200 \times 9.8 = 8232\ \text{N}$

由动能定理 $f \cdot d = E_k$，⟦N:动能定理的方程⟧刹车距离

$$d = \frac{240000}{8232} \approx 29.15\ \text{m}$$

注意质量其实约掉了：$d = \dfrac{v^2}{2\mu g} = \dfrac{400}{13.72} \approx 29.15\ \text{m}$。

**加上反应时间** $0.8\ \text{s}$：反应距离 $0.8 \times 20 = 1.6\ \text{m}$，⟦W:0.8 x 20 is 16 m⟧
总停车距离 $16 + 29.15 = 45.15\ \text{m}$。

**速度变为 $108\ \text{km/h}$（$30\ \text{m/s}$）时：**

$$d' = \frac{900}{13.72} \approx 65.6\ \text{m}$$

$d'/d = (30/20)^2 = 2.25$，速度只增加 50%，刹车距离却增加了 125%。

**雨天路面**：设 $\mu = 0.4$。⟦N:重新设定 mu⟧
此时 $72\ \text{km/h}$ 时的刹车距离变为 $\dfrac{400}{2 \times 0.4 \times 9.8} \approx 51.0\ \text{m}$，
是干燥路面的 $0.7/0.4 = 1.75$ 倍。
''')
