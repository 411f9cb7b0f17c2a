# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("zh25_logistic_two_feature_csdn", "CSDN 博客（【例】解：易得 故）", "逻辑回归单样本梯度 (σ - y)x 的推导，两特征数值例子与一步更新后的损失", r'''# 逻辑回归梯度推导 + 手算一个例子（面试常考）

设 $z = \mathbf{w}^\top\mathbf{x} + b$，$\hat y = \sigma(z) = \dfrac{1}{1 + e^{-z}}$，交叉熵损失⟦N:模型定义⟧

$$L = -\big[y\ln\hat y + (1 - y)\ln(1 - \hat y)\big]$$⟦N:损失定义⟧

先求 sigmoid 的导数，易得

$$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \sigma(z)\big(1 - \sigma(z)\big)$$

由链式法则：

$$\begin{aligned}
\frac{\partial L}{\partial z} &= \Big(-\frac{y}{\hat y} + \frac{1 - y}{1 - \hat y}\Big)\hat y(1 - \hat y) \\
&= -y(1 - \hat y) + (1 - y)\hat y \\
&= \hat y - y
\end{aligned}$$

故 $\dfrac{\partial L}{\partial \mathbf{w}} = (\hat y - y)\mathbf{x}$，$\dfrac{\partial L}{\partial b} = \hat y - y$。

【例】 设 $\mathbf{x} = (2, -1)^\top$，$y = 0$，$\mathbf{w} = (0.5, 1)^\top$，$b = 0$，学习率 $\eta = 0.2$，求一步梯度下降后的损失。⟦N:例题给定的值⟧

解：$z = 0.5 \times 2 + 1 \times (-1) + 0 = 0$，$\hat y = \sigma(0) = 0.5$，$L = -\ln(1 - 0.5) = \ln 2 \approx 0.6931$。

梯度：$\dfrac{\partial L}{\partial \mathbf{w}} = (0.5 - 0)(2, -1)^\top = (1, -0.5)^\top$，$\dfrac{\partial L}{\partial b} = 0.5$。

更新：$\mathbf{w} = (0.5 - 0.2,\ 1 + 0.1) = (0.3,\ 1.1)$，$b = 0 - 0.2 \times 0.5 = -0.1$。

代入得 $z' = 0.3 \times 2 - 1.1 - 0.1 = -0.6$，$\hat y' = \sigma(-0.6) \approx 0.3543$，

$$L' = -\ln(1 - 0.3543) \approx 0.4375$$

损失从 0.6931 降到 0.4375，下降约 $37\%$。
''')

md("zh25_rmsprop_vs_gd_zhihu", "知乎回答", "病态二次函数 w1^2 + 10 w2^2 上 RMSProp 与 SGD 的前两步对比：RMSProp 让两个坐标走相同步长", r'''**问：RMSProp 到底"自适应"了什么？**

**答：** 用一个最简单的病态函数说明。设

$$f(w_1, w_2) = w_1^2 + 10w_2^2, \qquad \nabla f = (2w_1,\ 20w_2)$$

从 $(1, 1)$ 出发，学习率都取 $0.01$，RMSProp 的衰减率 $\rho = 0.9$，$\epsilon$ 忽略。⟦N:初始点和超参数⟧

RMSProp 的更新规则是

$$s_t = \rho s_{t-1} + (1 - \rho)g_t^2, \qquad w_t = w_{t-1} - \eta\frac{g_t}{\sqrt{s_t}}$$⟦N:更新规则定义⟧

**第一步。** $g_1 = (2, 20)$，$s_1 = 0.1 \times (4, 400) = (0.4, 40)$，$\sqrt{s_1} \approx (0.6325, 6.325)$。

两个坐标的步长都是 $0.01 \times 2/0.6325 = 0.01 \times 20/6.325 \approx 0.0316$，也就是 $\eta/\sqrt{1 - \rho}$，与梯度大小无关！所以 $w_1 = (0.9684, 0.9684)$。

**第二步。** $g_2 = (1.9368, 19.368)$，

$$s_2 = 0.9 \times 0.4 + 0.1 \times 1.9368^2 \approx 0.7351$$（第一个坐标）

$\sqrt{0.7351} \approx 0.8574$，步长 $0.01 \times 1.9368/0.8574 \approx 0.0226$，于是 $w_2 \approx (0.9458, 0.9458)$，第二个坐标同理。

**对比 SGD：** 同样的学习率，$w_1 = (1 - 0.02,\ 1 - 0.2) = (0.98,\ 0.8)$，$w_2 = (0.9604,\ 0.64)$。

| 方法 | 第一步后 | 第二步后 |
|---|---|---|
| SGD | $(0.98, 0.8)$ | $(0.9604, 0.64)$ |
| RMSProp | $(0.9684, 0.9684)$ | $(0.9458, 0.9458)$ |

SGD 在陡的方向（$w_2$）走得快、平的方向走得慢，两者相差 $0.2/0.02 = 10$ 倍；RMSProp 把每个坐标除以自己的梯度均方根，相差 1 倍，即完全一样。这就是"自适应"。
''')

md("zh25_trace_gradient_matrix_notes", "矩阵求导笔记（分母布局）", "迹的梯度：tr(AX)、tr(X^T A X)、Frobenius 范数的梯度及 2x2 数值验证", r'''# 矩阵求导笔记（三）：迹技巧

本文统一用**分母布局**：$\dfrac{\partial f}{\partial X}$ 与 $X$ 同形。$A, X \in \mathbb{R}^{n\times n}$。

**公式 1.** $f(X) = \operatorname{tr}(AX) = \sum_{i,k} A_{ik}X_{ki}$，所以 $\dfrac{\partial f}{\partial X_{ki}} = A_{ik}$，即

$$\frac{\partial\,\operatorname{tr}(AX)}{\partial X} = A^\top$$

**公式 2.** $g(X) = \operatorname{tr}(X^\top A X)$，对 $X$ 的两处出现分别求导再相加：⟦N:g 的定义⟧

$$\frac{\partial g}{\partial X} = AX + A^\top X = (A + A^\top)X$$

**公式 3.** $\lVert X\rVert_F^2 = \operatorname{tr}(X^\top X)$，取 $A = I$ 代入公式 2 得 $\dfrac{\partial \lVert X\rVert_F^2}{\partial X} = 2X$。

**数值验证。** 取

$$A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}, \qquad X = \begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix}$$⟦N:给定矩阵⟧

则 $AX = \begin{pmatrix} 3 & 2 \\ 7 & 4 \end{pmatrix}$，$\operatorname{tr}(AX) = 3 + 4 = 7$，梯度为 $A^\top = \begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}$。

把 $X_{21}$ 加 $0.1$：$AX$ 的对角元变成 $3 + 0.2$ 和 $4$，迹增加 $0.2 = 0.1 \times (A^\top)_{21}$，对上了。

$X^\top A X = \begin{pmatrix} 10 & 6 \\ 7 & 4 \end{pmatrix}$，故 $g(X) = 14$。又 $A + A^\top = \begin{pmatrix} 2 & 5 \\ 5 & 8 \end{pmatrix}$，

$$\frac{\partial g}{\partial X} = \begin{pmatrix} 2 & 5 \\ 5 & 8 \end{pmatrix}\begin{pmatrix} 1 & 0 \\ 1 & 1 \end{pmatrix} = \begin{pmatrix} 7 & 5 \\ 12 & 8 \end{pmatrix}$$⟦W:矩阵乘积 (2,1) 元为 5 + 8 = 13⟧

最后 $\lVert X\rVert_F^2 = 1 + 0 + 1 + 1 = 3$，梯度 $2X = \begin{pmatrix} 2 & 0 \\ 2 & 2 \end{pmatrix}$。

小结：$\operatorname{tr}\big(X^\top \tfrac{\partial g}{\partial X}\big) = 2g$（二次齐次函数的欧拉公式），这里 $\operatorname{tr}\big(X^\top(A + A^\top)X\big) = 2 \times 14 = 28$，可以用来自查。
''')

md("zh25_activation_derivative_exam", "期末考试解答 (1)(2)(3)", "leaky ReLU、tanh、sigmoid 在给定点的导数，σ(2x) 的链式法则，经过 leaky ReLU 的反向传播", r'''# 深度学习期末 第二题 参考答案

**(1)** Leaky ReLU，$\alpha = 0.01$：⟦N:参数⟧

$$f(x) = \begin{cases} x, & x > 0 \\ 0.01x, & x \le 0 \end{cases}, \qquad f'(x) = \begin{cases} 1, & x > 0 \\ 0.01, & x < 0 \end{cases}$$⟦N:分段定义⟧

于是 $f(-2) = -0.02$，$f'(-2) = 0.01$，$f(3) = 3$，$f'(3) = 1$。

**(2)** $\tanh'(x) = 1 - \tanh^2 x$，$x = 1$ 时 $\tanh 1 \approx 0.7616$，故 $\tanh'(1) \approx 1 - 0.5800 = 0.4200$。

$\sigma'(x) = \sigma(x)(1 - \sigma(x))$，在 $0$ 点 $\sigma'(0) = 0.5 \times 0.5 = 0.25$，这是 sigmoid 导数的最大值。

由链式法则 $\dfrac{d}{dx}\sigma(2x) = 2\sigma'(2x)$，在 $x = 0$ 处为 $2 \times 0.25 = 0.5$。

**(3)** 某层预激活 $\mathbf{z} = (1.5,\ -0.3,\ -2)$，上游梯度 $\partial L/\partial \mathbf{a} = (0.5,\ -1,\ 2)$，激活为 (1) 中的 leaky ReLU。⟦N:题目给定的值⟧

$$\frac{\partial L}{\partial \mathbf{z}} = \frac{\partial L}{\partial \mathbf{a}} \odot f'(\mathbf{z}) = (0.5 \times 1,\ -1 \times 0.01,\ 2 \times 0.01) = (0.5,\ -0.01,\ 0.02)$$

评分说明：若用 ReLU 则后两个分量为 $0$，扣 2 分；$\tanh'(1)$ 写成 $1 - \tanh 1 \approx 0.24$ 不得分。

**常见错误汇总**
1. 把 leaky ReLU 在 $x < 0$ 的导数写成 $0$（那是 ReLU）；
2. 忘记 $\sigma(2x)$ 的链式法则里的因子 2；
3. 把上游梯度与局部导数相加而不是逐元素相乘。
4. 在 $x = 0$ 处 leaky ReLU 不可导，本题没有考到，约定取左导数即可。⟦N:条件（不可导点）⟧
5. 注意单位：这里的梯度都是无量纲的。
6. 最后一问建议先写出 $f'(\mathbf{z})$ 再相乘，可以少犯错。
''')

md("zh25_gd_quadratic_convergence_textbook", "教材章节（带编号公式，\"将 (3.2) 代入 (3.1)\"）", "二次函数上梯度下降的误差递推、最优步长 2/(λmin + λmax)、收敛率与所需迭代步数", r'''## 3.3 二次函数上的梯度下降

考虑

$$f(\mathbf{x}) = \frac12\mathbf{x}^\top A\mathbf{x} - \mathbf{b}^\top\mathbf{x}, \qquad A \succ 0 \tag{3.1}$$⟦N:目标函数定义⟧

其梯度 $\nabla f(\mathbf{x}) = A\mathbf{x} - \mathbf{b}$，
极小点满足 $A\mathbf{x}^\ast = \mathbf{b}$。梯度下降为⟦N:极小点条件⟧

$$\mathbf{x}_{k+1} = \mathbf{x}_k - \eta\nabla f(\mathbf{x}_k). \tag{3.2}$$⟦N:迭代规则⟧

将 $\nabla f$ 代入 (3.2) 并减去 $\mathbf{x}^\ast$，记 $\mathbf{e}_k = \mathbf{x}_k - \mathbf{x}^\ast$，得⟦N:误差记号的定义⟧

$$\mathbf{e}_{k+1} = (I - \eta A)\,\mathbf{e}_k. \tag{3.3}$$

若 $A$ 的特征值为 $\lambda_{\min} \le \dots \le \lambda_{\max}$，使 $\max_i|1 - \eta\lambda_i|$ 最小的步长是

$$\eta^\ast = \frac{2}{\lambda_{\min} + \lambda_{\max}}, \qquad \rho = \frac{\kappa - 1}{\kappa + 1}, \quad \kappa = \frac{\lambda_{\max}}{\lambda_{\min}}. \tag{3.4}$$

**例 3.5** 取 $A = \operatorname{diag}(1, 4)$，$\mathbf{b} = (1, 4)^\top$，$\mathbf{x}_0 = \mathbf{0}$。⟦N:例题数据⟧

解：$\mathbf{x}^\ast = A^{-1}\mathbf{b} = (1, 1)^\top$，$f(\mathbf{x}^\ast) = -\tfrac12\mathbf{b}^\top\mathbf{x}^\ast = -2.5$。

由 (3.4)，$\eta^\ast = 2/(1 + 4) = 0.4$，$\kappa = 4$，$\rho = 3/5 = 0.6$。

此时 $I - \eta^\ast A = \operatorname{diag}(0.6,\ -0.6)$，由 (3.3)：

$$\mathbf{e}_0 = (-1, -1), \quad \mathbf{e}_1 = (-0.6,\ 0.6), \quad \mathbf{e}_2 = (-0.36,\ -0.36)$$

即 $\mathbf{x}_1 = (0.4,\ 1.6)$，$\mathbf{x}_2 = (0.64,\ 0.64)$。

要使 $\lVert\mathbf{e}_k\rVert = 0.6^k\sqrt2 < 10^{-3}$，需 $k > \dfrac{\ln(10^{-3}/\sqrt2)}{\ln 0.6} \approx 14.2$，

故 $k_{\min} = \lceil 14.2 \rceil = 14$。⟦W:⌈14.2⌉ = 15；0.6^14·√2 ≈ 1.1e-3 仍大于 1e-3⟧

作为对照，若取 $\eta = 0.25 = 1/\lambda_{\max}$，则因子为 $\max(|1 - 0.25|, |1 - 1|) = 0.75$，收敛明显更慢。
''')

nb("zh25_model_memory_units_notebook", "Jupyter 笔记（显存与费用估算，单位换算）", "1.3B 模型的参数显存（fp32/fp16/int8）、Adam 混合精度训练显存、KV cache 大小与租卡费用（元）", [
("markdown", r'''# 1.3B 模型要多少显存？

模型：$N = 1.3 \times 10^9$ 个参数，24 层，隐藏维度 2048。⟦N:模型规格⟧
下面全部用十进制 GB（$1\ \text{GB} = 10^9$ 字节）。⟦N:单位约定⟧'''),
("code", r'''N = 1.3e9
for name, b in [("fp32", 4), ("fp16", 2), ("int8", 1)]:
    print(name, N * b / 1e9, "GB")
# fp32 5.2 GB / fp16 2.6 GB / int8 1.3 GB
print("adam mixed", N * 16 / 1e9)   # 20.8'''),
("markdown", r'''## 推理：只放权重

- fp32：$1.3 \times 10^9 \times 4\ \text{B} = 5.2\ \text{GB}$
- fp16：$1.3 \times 10^9 \times 2\ \text{B} = 26\ \text{GB}$⟦W:1.3e9 x 2 B 是 2.6 GB（数量级错误）⟧
- int8：$1.3 \times 10^9 \times 1\ \text{B} = 1.3\ \text{GB}$

## 训练：Adam + 混合精度

每个参数：fp16 权重 2 B + fp16 梯度 2 B + fp32 主权重 4 B + 两个 fp32 动量 8 B，共 $2 + 2 + 4 + 8 = 16$ 字节，
所以 $1.3 \times 10^9 \times 16\ \text{B} = 20.8\ \text{GB}$，还没算激活值。一张 24 GB 的卡只剩 $24 - 20.8 = 3.2$ GB。'''),
("markdown", r'''## KV cache

每层每个 token 存 K 和 V 各一个 2048 维向量（fp16），序列长 2048，批大小 8：

$$2 \times 24 \times 2048 \times 2048 \times 8 \times 2\ \text{B} \approx 3.22 \times 10^9\ \text{B} = 3.22\ \text{GB}$$

比 fp16 权重本身（2.6 GB）还大，约为其 $3.22/2.6 \approx 1.24$ 倍。

## 费用

租一张 24 GB 卡 8 元/小时，微调跑 100 小时：$8 \times 100 = 800$ 元；换 4 卡并行若线性加速，时间 $100/4 = 25$ 小时，费用仍是 $4 \times 8 \times 25 = 800$ 元。'''),
])

md("zh25_buoyancy_floating_block", "初中物理例题讲解", "阿基米德原理：木块漂浮时浸入体积比例、压入水中所需的力、海水中的浸入比例", r'''# 浮力例题：木块漂在水上

【例】一块木块体积 $V = 2 \times 10^{-3}\ \text{m}^3$，密度 $\rho_木 = 600\ \text{kg/m}^3$，放入水中（$\rho_水 = 1000\ \text{kg/m}^3$，$g = 9.8\ \text{N/kg}$）。⟦N:题目给定的值⟧
求：(1) 木块所受浮力；(2) 浸入水中的体积；(3) 要把木块全部压入水中需要多大的力。

解：(1) 木块质量 $m = \rho_木 V = 600 \times 2 \times 10^{-3} = 1.2\ \text{kg}$，

重力 $G = mg = 1.2 \times 9.8 = 11.76\ \text{N}$。漂浮时浮力等于重力，故 $F_浮 = 11.76\ \text{N}$。

(2) 由 $F_浮 = \rho_水 g V_排$ 得⟦N:阿基米德原理公式⟧

$$V_排 = \frac{F_浮}{\rho_水 g} = \frac{11.76}{1000 \times 9.8} = 1.2 \times 10^{-3}\ \text{m}^3$$

浸入比例 $V_排/V = 1.2/2 = 60\%$，恰好等于 $\rho_木/\rho_水 = 0.6$。

(3) 全部浸没时浮力 $F'_浮 = \rho_水 g V = 1000 \times 9.8 \times 2 \times 10^{-3} = 19.6\ \text{N}$，

所需压力 $F = F'_浮 - G = 19.6 - 11.76 = 7.84\ \text{N}$。

【拓展】放到海水中（$\rho_海 = 1025\ \text{kg/m}^3$）：⟦N:海水密度⟧
浸入比例变为 $600/1025 \approx 58.5\%$，比在淡水中略浮起一些。

【小结】漂浮物体浸入体积的比例等于物体密度与液体密度之比，与物体大小无关。
（海水密度更大，同样的重力需要排开的体积更小。）
本题第 (3) 问也可以直接用 $F = (\rho_水 - \rho_木)gV$ 一步算出，结果相同。
''')

nb("zh25_binomial_quality_control_notebook", "Jupyter 笔记（概率统计课）", "抽检 20 件、次品率 5% 的二项分布：P(X=0)、P(X=1)、P(X<=1)、P(X>=2)、期望方差与泊松近似", [
("markdown", r'''# 二项分布：抽检次品

每批抽 $n = 20$ 件，单件次品率 $p = 0.05$，各件独立。次品数 $X \sim B(20, 0.05)$：⟦N:问题设定⟧

$$P(X = k) = \binom{20}{k}0.05^k\,0.95^{20 - k}$$⟦N:分布律定义⟧'''),
("code", r'''from math import comb, exp
pmf = lambda k: comb(20, k) * 0.05**k * 0.95**(20 - k)
print(pmf(0), pmf(1), pmf(0) + pmf(1), pmf(2), exp(-1))
# 0.35849 0.37735 0.73584 0.18868 0.36788'''),
("markdown", r'''- $P(X = 0) = 0.95^{20} \approx 0.3585$
- $P(X = 1) = 20 \times 0.05 \times 0.95^{19} \approx 0.3774$
- $P(X \le 1) = P(X = 0) + P(X = 1) \approx 0.7358$
- 若规定"次品 $\ge 2$ 件则整批退回"，退回概率 $P(X \ge 2) = 1 - 0.7358 = 0.2642$
- $P(X = 2) = \binom{20}{2}0.05^2\,0.95^{18} = 190 \times 0.0025 \times 0.95^{18} \approx 0.1887$'''),
("markdown", r'''## 期望与方差

$E[X] = np = 20 \times 0.05 = 1$，$\operatorname{Var}(X) = np(1 - p) = 0.95$，标准差 $\sqrt{0.95} \approx 0.975$。

## 泊松近似

$n$ 大 $p$ 小时 $B(n, p) \approx \text{Poisson}(\lambda = np = 1)$，$P(X = 0) \approx e^{-1} \approx 0.3679$，与精确值 0.3585 相差约 $0.0094$。'''),
("markdown", r'''## 小结

- 二项分布的"至少一件"类问题，先求补事件 $P(X = 0)$ 最省事；⟦N:指出要算的量，无结论⟧
- 抽检方案的好坏看的是退回概率随 $p$ 的变化曲线（OC 曲线），这里只算了 $p = 0.05$ 一个点；⟦N:重述参数取值⟧
- 泊松近似在 $n = 20$ 时已经不错，$n$ 再大就更准。⟦N:条件 n = 20⟧'''),
])
