# (name, lang, style, topic, body)
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("zh24_swish_derivative_csdn", "CSDN 博客 (【例】解：易得 故)", "Swish/SiLU 的导数 sigma(x) + x sigma(x)(1 - sigma(x)) 及其在 x = 1, -1, 2 处的值", r'''# 激活函数系列（五）：Swish / SiLU 的导数推导

Swish 定义为 $f(x) = x\,\sigma(x)$，其中 $\sigma(x) = \frac{1}{1 + e^{-x}}$。⟦N:定义⟧

由乘积法则并利用 $\sigma'(x) = \sigma(x)(1 - \sigma(x))$，易得

$$f'(x) = \sigma(x) + x\,\sigma(x)\big(1 - \sigma(x)\big)$$

也可以整理成 $f'(x) = f(x) + \sigma(x)\big(1 - f(x)\big)$ 的形式，实现时只需缓存 $\sigma(x)$。

**【例】** 求 $f'(1)$、$f'(-1)$ 和 $f'(2)$。

解：$\sigma(1) \approx 0.7311$，$\sigma(1)(1 - \sigma(1)) \approx 0.1966$，代入得

$$f'(1) = 0.7311 + 1 \times 0.1966 = 0.9277$$

同理 $\sigma(-1) \approx 0.2689$，

$$f'(-1) = 0.2689 + (-1) \times 0.1966 = 0.4655$$⟦W:0.2689 - 0.1966 is 0.0723 (sign slip)⟧

$x = 2$ 时 $\sigma(2) \approx 0.8808$，$f'(2) = 0.8808 + 2 \times 0.8808 \times 0.1192 \approx 1.0908$，故导数可以大于 1，这一点与 sigmoid 不同。

另外 $f(1) \approx 0.7311$，$f(-1) \approx -0.2689$，说明 Swish 在负半轴取负值、非单调。

| $x$ | $f(x)$ | $f'(x)$ |
|---|---|---|
| $-1$ | $-0.2689$ | $0.0723$ |
| $1$ | $0.7311$ | $0.9277$ |
| $2$ | $1.7616$ | $1.0908$ |

故在 $x \to -\infty$ 时 $f'(x) \to 0$，在 $x \to +\infty$ 时 $f'(x) \to 1$。
''')

md("zh24_fc_layer_matrix_grad_zhihu", "知乎回答 (矩阵求导)", "全连接层 y = Wx + b 的梯度 dL/dW = delta x^T, dL/dx = W^T delta, 2x3 数值例子, 分量形式", r'''**问：全连接层的 $\frac{\partial L}{\partial W}$ 为什么是 $\delta x^\top$？维度总对不上。**

答：先把维度写清楚。$x \in \mathbb{R}^{3}$，$W \in \mathbb{R}^{2\times 3}$，$b, y \in \mathbb{R}^2$，$y = Wx + b$。⟦N:维度与模型⟧
记上游梯度 $\delta := \frac{\partial L}{\partial y} \in \mathbb{R}^2$。⟦N:定义 delta⟧ 这里用分母布局，梯度与变量同形。

分量形式：$y_j = \sum_k W_{jk}x_k + b_j$，所以 $\frac{\partial y_j}{\partial W_{jk}} = x_k$，于是

$$\frac{\partial L}{\partial W_{jk}} = \delta_j x_k \quad\Longrightarrow\quad \frac{\partial L}{\partial W} = \delta\,x^\top \in \mathbb{R}^{2\times 3}$$

同理 $\frac{\partial L}{\partial x_k} = \sum_j W_{jk}\delta_j$，即 $\frac{\partial L}{\partial x} = W^\top\delta$，而 $\frac{\partial L}{\partial b} = \delta$。

**数值例子。** 取 $x = (1, -1, 2)^\top$，$W = \begin{pmatrix} 1 & 0 & -1 \\ 2 & 1 & 0 \end{pmatrix}$，$b = 0$，$\delta = (0.5, -1)^\top$。⟦N:数值绑定⟧

前向：$y = Wx = (1 - 2,\ 2 - 1) = (-1,\ 1)$。

$$\frac{\partial L}{\partial W} = \begin{pmatrix} 0.5 \\ -1 \end{pmatrix}\begin{pmatrix} 1 & -1 & 2 \end{pmatrix} = \begin{pmatrix} 0.5 & -0.5 & 1 \\ -1 & 1 & -2 \end{pmatrix}$$

$$\frac{\partial L}{\partial x} = W^\top\delta = (0.5 - 2,\ 0 - 1,\ -0.5 + 0) = (-1.5,\ -1,\ -0.5)$$

**验证。** 由于 $L$ 对 $W$ 的一阶变化是 $\langle \frac{\partial L}{\partial W}, dW\rangle = \operatorname{tr}\big((\delta x^\top)^\top dW\big)$，取 $dW = W$ 应得
$\delta^\top Wx = 0.5 \times (-1) + (-1) \times 1 = -1.5$，而逐元素相乘求和：$0.5 + 0 - 1 - 2 + 1 + 0 = -1.5$，一致。

**批量情形。** 若一批 $m$ 个样本按列排成 $X \in \mathbb{R}^{3\times m}$，上游梯度 $\Delta \in \mathbb{R}^{2\times m}$，则 $\frac{\partial L}{\partial W} = \Delta X^\top$，即各样本 $\delta x^\top$ 之和。

另外 $\lVert \frac{\partial L}{\partial W}\rVert_F^2 = \lVert\delta\rVert^2\lVert x\rVert^2 = 1.25 \times 6 = 7.5$。
''')

nb("zh24_adagrad_rmsprop_notebook", "Jupyter 笔记本 (代码输出被正文引用)", "Adagrad 与 RMSProp 在给定梯度 0.4, -0.2 下的两步更新对比", [
("markdown", r'''# Adagrad vs RMSProp：两步手算

参数初值 $w_0 = 1$，学习率 $\eta = 0.01$，两步的梯度依次为 $g_1 = 0.4$，$g_2 = -0.2$。⟦N:数值绑定⟧ 为简洁忽略 $\epsilon$。

- Adagrad：$G_t = G_{t-1} + g_t^2$，$w_t = w_{t-1} - \eta\,g_t/\sqrt{G_t}$⟦N:更新规则⟧
- RMSProp（$\rho = 0.9$）：$s_t = \rho s_{t-1} + (1 - \rho)g_t^2$，$w_t = w_{t-1} - \eta\,g_t/\sqrt{s_t}$⟦N:更新规则⟧'''),
("code", r'''import math
w, G = 1.0, 0.0
for g in (0.4, -0.2):
    G += g * g; w -= 0.01 * g / math.sqrt(G); print("adagrad", G, w)
w, s = 1.0, 0.0
for g in (0.4, -0.2):
    s = 0.9 * s + 0.1 * g * g; w -= 0.01 * g / math.sqrt(s); print("rmsprop", s, w)'''),
("markdown", r'''## Adagrad

第 1 步：$G_1 = 0.16$，$\sqrt{G_1} = 0.4$，$w_1 = 1 - 0.01 \times 0.4/0.4 = 0.99$。

第 2 步：$G_2 = 0.16 + 0.04 = 0.2$，$w_2 = 0.99 + 0.01 \times 0.2/\sqrt{0.2} \approx 0.99 + 0.00447 = 0.99447$。

## RMSProp

第 1 步：$s_1 = 0.1 \times 0.16 = 0.016$，$\sqrt{0.016} \approx 0.1265$，步长 $0.01 \times 0.4/0.1265 \approx 0.0316$，$w_1 \approx 0.9684$。

第 2 步：$s_2 = 0.9 \times 0.016 + 0.1 \times 0.04 = 0.0148$⟦W:0.0144 + 0.004 is 0.0184 (transposed digits)⟧

代入 $s_2 = 0.0184$：$\sqrt{0.0184} \approx 0.1356$，$w_2 \approx 0.9684 + 0.01 \times 0.2/0.1356 \approx 0.9831$。'''),
("markdown", r'''## 对比

| 方法 | $w_1$ | $w_2$ |
|---|---|---|
| Adagrad | 0.99 | 0.9945 |
| RMSProp | 0.9684 | 0.9831 |

RMSProp 的第一步约是 Adagrad 的 $0.0316/0.01 \approx 3.16$ 倍，因为 $s_1$ 只累积了 $10\%$ 的 $g_1^2$，即 $1/\sqrt{0.1} \approx 3.16$。'''),
])

md("zh24_dropout_bn_exam", "考试题解 (1)(2)(3)", "dropout 训练时缩放、BN 推理时用 running 统计量、BN 层参数个数", r'''## 第三题（共 15 分）解答

**(1)** 隐藏层输出 $h = (2, 0, 4, 1)$，保留概率 $p = 0.5$，采样到的掩码 $m = (1, 0, 0, 1)$，用 inverted dropout。⟦N:题目数值⟧

解：$\tilde h = \frac{m \odot h}{p} = \frac{(2, 0, 0, 1)}{0.5} = (4, 0, 0, 2)$。

对任一分量 $\mathbb{E}[\tilde h_i] = p \cdot \frac{h_i}{p} + (1 - p) \cdot 0 = h_i$，所以测试时不再缩放。

**(2)** 某 BN 层推理时 running_mean $= 1$，running_var $= 4$，$\gamma = 1.5$，$\beta = -1$，输入 $x = 3$，忽略 $\epsilon$。⟦N:题目数值⟧

解：$\hat x = \frac{3 - 1}{\sqrt 4} = 1$，$y = 1.5 \times 1 - 1 = 0.5$。

可以把 BN 折叠成一个仿射变换：$y = a x + c$，其中 $a = \gamma/\sqrt{\sigma^2} = 0.75$，$c = \beta - a\mu = -1.75$，验证 $0.75 \times 3 - 1.75 = 0.5$。

**(3)** 一个作用在 64 个通道上的 `BatchNorm2d` 有多少个参数？

解：可学习参数 $\gamma, \beta$ 各 64 个，共 $2 \times 64 = 128$；另有 running_mean、running_var 两组 buffer，共 $128$ 个（不参与梯度）。
故 `state_dict` 中浮点数总数为 $128 + 128 = 256$（不计 `num_batches_tracked`）。

**(4)** 若 (1) 中改用保留概率 $p = 0.8$、掩码不变，结果如何？⟦N:第 (4) 问重新设定 p⟧

解：$\tilde h = (2, 0, 0, 1)/0.8 = (2.5, 0, 0, 1.25)$。

注意这里只有 $p$ 变了，缩放因子 $1/p = 1.25$。

*评分标准：(1) 5 分，(2) 6 分，(3) 4 分；(3) 只答 256 而未区分参数与 buffer 扣 2 分。*
''')

md("zh24_gini_entropy_split", "课堂笔记 (决策树)", "基尼不纯度与信息熵：10 个样本 (6 正 4 负) 的一次划分，加权不纯度与增益", r'''# 决策树划分：基尼 vs 熵

某节点有 $n = 10$ 个样本，正类 6 个、负类 4 个。⟦N:数据⟧

**基尼不纯度**：$\text{Gini} = 1 - \sum_k p_k^2$。⟦N:定义⟧

$$\text{Gini}(D) = 1 - 0.6^2 - 0.4^2 = 1 - 0.36 - 0.16 = 0.48$$

**信息熵**：$H = -\sum_k p_k\log_2 p_k$，⟦N:定义⟧

$$H(D) = -0.6\log_2 0.6 - 0.4\log_2 0.4 \approx 0.971\ \text{bit}$$

按特征 A 划分：左子节点 4 个样本全为正类，右子节点 6 个样本中 2 正 4 负。

- 左：$\text{Gini}_L = 0$，$H_L = 0$
- 右：$\text{Gini}_R = 1 - (1/3)^2 - (2/3)^2 = 1 - 1/9 - 4/9 = 0.5556$⟦W:1 - 5/9 is 4/9 = 0.4444⟧
- 右：$H_R = -\frac13\log_2\frac13 - \frac23\log_2\frac23 \approx 0.918$

加权基尼：$\frac{4}{10} \times 0 + \frac{6}{10} \times 0.4444 \approx 0.2667$，基尼下降 $0.48 - 0.2667 = 0.2133$。

加权熵：$0.6 \times 0.918 \approx 0.551$，信息增益 $IG = 0.971 - 0.551 = 0.420$。

若换成按特征 B 划分（左 5 个：3 正 2 负；右 5 个：3 正 2 负），两侧比例与父节点相同，加权基尼仍是 $0.48$，增益为 $0$。

两种准则都认为这是一个不错的划分。二分类时基尼的最大值是 $0.5$，熵的最大值是 $1$ bit，都在 $p = 0.5$ 处取到。
''')

md("zh24_springs_series_parallel", "高中物理讲义 (例题)", "弹簧串联与并联的等效劲度系数、伸长量、弹性势能与振动周期", r"""## 例题 4　弹簧的串联与并联

两根轻弹簧的劲度系数分别为 $k_1 = 200\ \text{N/m}$、$k_2 = 300\ \text{N/m}$，下端挂质量 $m = 5\ \text{kg}$ 的物体，取 $g = 9.8\ \text{m/s}^2$。⟦N:题目条件⟧

**解**：物体重力 $F = mg = 5 \times 9.8 = 49\ \text{N}$。

**(1) 串联。** 两弹簧受力相同、伸长相加，故

$$\frac{1}{k_串} = \frac{1}{k_1} + \frac{1}{k_2} = \frac{1}{200} + \frac{1}{300} = \frac{1}{120}$$

即 $k_串 = 120\ \text{N/m}$，伸长量 $x_串 = F/k_串 = 49/120 \approx 0.408\ \text{m}$。

其中第一根伸长 $49/200 = 0.245\ \text{m}$，第二根伸长 $49/300 \approx 0.163\ \text{m}$，两者之和 $0.408\ \text{m}$，一致。

**(2) 并联。** 伸长相同、弹力相加：$k_并 = k_1 + k_2 = 500\ \text{N/m}$，$x_并 = 49/500 = 0.098\ \text{m}$。

**(3) 弹性势能** $E_p = \frac12 kx^2 = \frac{F^2}{2k}$：

$$E_串 = \frac{49^2}{2 \times 120} = \frac{2401}{240} \approx 10.0\ \text{J}, \qquad E_并 = \frac{2401}{1000} \approx 2.40\ \text{J}$$

**(4) 振动周期** $T = 2\pi\sqrt{m/k}$：⟦N:公式⟧

- 串联：$T = 2\pi\sqrt{5/120} \approx 1.28\ \text{s}$
- 并联：$T = 2\pi\sqrt{5/500} = 0.2\pi \approx 0.628\ \text{s}$

故串联时系统更"软"，周期约为并联时的 $\sqrt{500/120} \approx 2.04$ 倍。
""")

nb("zh24_trapezoid_ln3_notebook", "Jupyter 笔记本 (数值积分实验)", "复合梯形公式求 ∫_1^3 dx/x = ln 3，n = 2 与 n = 4，误差与 Richardson 外推", [
("markdown", r'''# 复合梯形公式：$\int_1^3 \frac{dx}{x}$

精确值 $\ln 3 \approx 1.098612$。复合梯形公式：

$$T_n = h\left[\frac{f(x_0) + f(x_n)}{2} + \sum_{i=1}^{n-1} f(x_i)\right], \qquad h = \frac{b - a}{n}$$⟦N:公式定义⟧'''),
("code", r'''import numpy as np
f = lambda x: 1 / x
def trap(n):
    x = np.linspace(1, 3, n + 1); h = 2 / n
    return h * (f(x[0]) / 2 + f(x[-1]) / 2 + f(x[1:-1]).sum())
print(trap(2), trap(4), np.log(3))'''),
("markdown", r'''**$n = 2$**，$h = 1$：$T_2 = 1 \times \left[\frac{1 + 1/3}{2} + \frac12\right] = 0.6667 + 0.5 \approx 1.1667$

**$n = 4$**，$h = 0.5$，节点值为 $1,\ 0.6667,\ 0.5,\ 0.4,\ 0.3333$：

$$T_4 = 0.5 \times \left[0.6667 + 0.6667 + 0.5 + 0.4\right] = 0.5 \times 2.2333 \approx 1.1167$$

误差：$T_2 - \ln 3 \approx 0.0681$，$T_4 - \ln 3 \approx 0.0181$，比值约 $3.8$，接近理论上的 $4$（误差 $\propto h^2$）。'''),
("markdown", r'''**Richardson 外推**：$\frac{4T_4 - T_2}{3} = \frac{4.4667 - 1.1667}{3} = 1.1$，误差降到约 $0.0014$。

这其实就是 $n = 4$ 的 Simpson 公式。'''),
])

md("zh24_llm_training_cost_units", "知乎文章 (带单位的估算)", "用 6ND 估算 1.3B 模型在 26B token 上的训练 FLOPs、GPU 时、费用（元）", r'''# 训练一个 1.3B 模型要花多少钱？（粗估）

经验公式：训练计算量 $C \approx 6ND$，$N$ 为参数量，$D$ 为训练 token 数。⟦N:经验公式⟧

设 $N = 1.3 \times 10^9$，$D = 26 \times 10^9$（约 20 token/参数）。⟦N:数值绑定⟧

$$C = 6 \times 1.3 \times 10^9 \times 26 \times 10^9 = 2.028 \times 10^{20}\ \text{FLOPs}$$

A100 的 bf16 峰值 $312\ \text{TFLOP/s}$，按 MFU $= 40\%$ 算，有效算力为 $312 \times 0.4 = 124.8\ \text{TFLOP/s}$。

所需 GPU 秒数：

$$\frac{2.028 \times 10^{20}\ \text{FLOPs}}{1.248 \times 10^{14}\ \text{FLOP/s}} = 1.625 \times 10^{6}\ \text{s}$$

换成 GPU 时：$1.625 \times 10^6 / 3600 \approx 4514$ GPU·时。⟦W:1.625e6 / 3600 is 451.4 GPU hours (power of ten)⟧

按云上 $8$ 元/GPU·时计，费用约 $451.4 \times 8 \approx 3611$ 元。

用 64 张卡并行（忽略通信开销），墙钟时间约 $451.4 / 64 \approx 7.05$ 小时。

| 项目 | 数值 |
|---|---|
| 计算量 | $2.028 \times 10^{20}$ FLOPs |
| GPU 时 | 451.4 |
| 费用 | 约 3611 元 |

注意 $D/N = 26/1.3 = 20$，正好是 Chinchilla 建议的比例。
''')
