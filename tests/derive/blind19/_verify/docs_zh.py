# (name, lang, style, topic, body)
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("cramer_rule", "知乎回答 (线性代数怎么用克拉默法则)", "克拉默法则解 2x2 与 3x3 线性方程组", r'''谢邀。克拉默法则其实就是一句话：$x_i = D_i / D$，其中 $D_i$ 是把第 $i$ 列换成常数列后的行列式。⟦N:法则陈述 (定义)⟧前提是 $D \ne 0$。

**先看 2×2。** 方程组 $2x + 3y = 8$，$x - y = -1$。⟦N:给出方程组⟧

$$D = \begin{vmatrix} 2 & 3 \\ 1 & -1 \end{vmatrix} = -2 - 3 = -5$$

$$D_x = \begin{vmatrix} 8 & 3 \\ -1 & -1 \end{vmatrix} = -8 + 3 = -5, \qquad D_y = \begin{vmatrix} 2 & 8 \\ 1 & -1 \end{vmatrix} = -2 - 8 = -10$$

所以 $x = -5/-5 = 1$，$y = -10/-5 = 2$。代回：$2 + 6 = 8$ ✓。

**再看 3×3。**

$$\begin{cases} x + y + z = 6 \\ 2x - y + z = 3 \\ x + 2y - z = 2 \end{cases}$$⟦N:给出方程组⟧

按第一行展开：

$$D = 1\cdot(1 - 2) - 1\cdot(-2 - 1) + 1\cdot(4 + 1) = -1 + 3 + 5 = 7$$

把第二列换成常数列 $(6, 3, 2)^T$：

$$D_y = 1\cdot(-3 - 2) - 6\cdot(-2 - 1) + 1\cdot(4 - 3) = -5 - 18 + 1 = 14$$⟦W:−6·(−3) = +18, 所以应为 −5 + 18 + 1 = 14; 写出的 −5 − 18 + 1 = −22 不等于 14⟧

同理 $D_x = 7$，$D_z = 21$，于是

$$x = \frac77 = 1, \quad y = \frac{14}{7} = 2, \quad z = \frac{21}{7} = 3$$

代回第三个方程：$1 + 4 - 3 = 2$ ✓。

实际算大方程组别用克拉默，$n$ 个行列式太贵，高斯消元就够了。
''')

md("clt_dice_continuity", "CSDN 博客 (概率论复习笔记)", "中心极限定理近似骰子点数和与硬币正面数，连续性修正", r'''# 中心极限定理 + 连续性修正 两道例题

## 例 1：掷 100 个骰子，点数和至少 380 的概率

单个骰子 $X_i$：$E X_i = 3.5$，$E X_i^2 = 91/6 \approx 15.1667$，所以

$$D(X_i) = \frac{91}{6} - 3.5^2 = \frac{35}{12} \approx 2.9167$$

和 $S = \sum_{i=1}^{100} X_i$：⟦N:定义 S⟧

$$E S = 100 \times 3.5 = 350, \qquad D(S) = 100 \times \frac{35}{12} \approx 291.67, \qquad \sigma_S \approx 17.078$$

$S$ 取整数，用连续性修正 $P(S \ge 380) = P(S \ge 379.5)$：⟦N:连续性修正的约定⟧

$$z = \frac{379.5 - 350}{17.078} \approx 1.7724$$⟦W:29.5/17.078 = 1.7274 (数字颠倒)⟧

$$P(S \ge 380) \approx 1 - \Phi(1.7274) \approx 0.0421$$

不修正的话 $z = 30/17.078 \approx 1.7566$，得到 $0.0395$，偏小。

## 例 2：抛 100 次硬币，正面至少 60 次

$X \sim B(100, 0.5)$，$EX = 50$，$\sqrt{DX} = \sqrt{25} = 5$。

$$P(X \ge 60) = P(X \ge 59.5) \approx P\left(Z \ge \frac{59.5 - 50}{5}\right) = P(Z \ge 1.9)$$

$$1 - \Phi(1.9) = 1 - 0.9713 = 0.0387$$⟦W:1 − 0.9713 = 0.0287⟧

精确的二项概率是 $0.0284$，修正后的近似相当好。
''')

md("taylor_log1p", "博客园随笔 (数值计算小记)", "ln(1+x) 的泰勒展开、拉格朗日余项误差估计与 ln 2 的快速计算", r'''# ln(1+x) 的泰勒展开与误差

在 $x = 0$ 处展开：$f^{(n)}(0) = (-1)^{n+1}(n-1)!$，所以

$$\ln(1+x) = x - \frac{x^2}{2} + \frac{x^3}{3} - \frac{x^4}{4} + \cdots, \quad -1 < x \le 1$$

### 算 ln 1.1

取 $x = 0.1$，⟦N:取值⟧保留三项：

$$\ln 1.1 \approx 0.1 - \frac{0.01}{2} + \frac{0.001}{3} = 0.1 - 0.005 + 0.000333 = 0.095333$$

真值 $\ln 1.1 \approx 0.0953102$，误差约 $2.3 \times 10^{-5}$。

拉格朗日余项 $R_3 = -\dfrac{x^4}{4(1+\xi)^4}$，$0 < \xi < x$，⟦N:余项表达式，ξ 的范围⟧所以

$$|R_3| \le \frac{x^4}{4} = \frac{0.0001}{4} = 2.5 \times 10^{-4}$$⟦W:0.0001/4 = 2.5×10^{-5}⟧

实际误差确实在界内。

### 算 ln 0.99

$x = -0.01$，保留两项：

$$\ln 0.99 \approx -0.01 + 0.00005 = -0.00995$$⟦W:−x²/2 = −0.00005，应为 −0.01 − 0.00005 = −0.01005⟧

（真值 $-0.0100503$。）

### 快速算 ln 2

直接代 $x = 1$ 收敛太慢。用 $\ln\frac{1+x}{1-x} = 2\left(x + \frac{x^3}{3} + \frac{x^5}{5} + \cdots\right)$，令 $\frac{1+x}{1-x} = 2$ 得 $x = 1/3$：

$$\ln 2 \approx 2\left(\frac13 + \frac{1}{81} + \frac{1}{1215}\right) \approx 2(0.333333 + 0.012346 + 0.000823) = 0.693004$$

三项就和真值 $0.693147$ 差不到 $1.5\times10^{-4}$。
''')

nb("integration_by_substitution", "Jupyter 作业 (高等数学 定积分换元)", "定积分换元法：换元同时换上下限",
[("markdown", r'''# 作业 6：定积分换元

要点：换元 $u = g(x)$ 时 $du = g'(x)\,dx$，上下限一起换。⟦N:换元规则⟧'''),
("markdown", r'''**第 1 题** $\displaystyle\int_0^1 2x(1+x^2)^3\,dx$

令 $u = 1 + x^2$，$du = 2x\,dx$，$x: 0 \to 1$ 对应 $u: 1 \to 2$。⟦N:换元与新上下限⟧

$$\int_0^1 2x(1+x^2)^3\,dx = \int_1^2 u^3\,du = \left[\frac{u^4}{4}\right]_1^2 = \frac{16 - 1}{4} = 3.75$$'''),
("code", '''from scipy.integrate import quad
import numpy as np
quad(lambda x: 2*x*(1 + x**2)**3, 0, 1)[0], quad(lambda x: x*np.exp(x**2), 0, 1)[0]'''),
("markdown", r'''**第 2 题** $\displaystyle\int_0^{\pi/2}\sin x\cos^2 x\,dx$

令 $u = \cos x$，$du = -\sin x\,dx$，上下限 $1 \to 0$：

$$\int_0^{\pi/2}\sin x\cos^2 x\,dx = -\int_1^0 u^2\,du = \int_0^1 u^2\,du = \frac13$$

**第 3 题** $\displaystyle\int_0^1 x e^{x^2}\,dx$

令 $u = x^2$，$u: 0 \to 1$：

$$\int_0^1 x e^{x^2}\,dx = \int_0^1 e^{u}\,du = e - 1 \approx 1.7183$$⟦W:du = 2x dx，少了 1/2；应为 (e − 1)/2 ≈ 0.8591⟧

**第 4 题** $\displaystyle\int_1^e \frac{\ln x}{x}\,dx$

令 $u = \ln x$，$du = dx/x$，$u: 0 \to 1$：

$$\int_1^e \frac{\ln x}{x}\,dx = \int_0^1 u\,du = \frac12$$''')])

md("mfu_estimate", "知乎专栏 (大模型训练效率)", "用 6N 估算训练 MFU，加上注意力项，以及训练天数", r'''# 手算一下你的 MFU

MFU = 实际每秒完成的模型 FLOPs ÷ 硬件峰值 FLOPs。训练时每个 token 大约 $6N$ FLOPs（前向 $2N$，反向 $4N$）。

**配置**：$N = 7 \times 10^9$ 参数，8 张 A100（BF16 峰值每张 312 TFLOPS），实测吞吐 $24000$ tokens/s（全机）。⟦N:给出配置⟧

每 token 计算量：

$$6N = 6 \times 7 \times 10^9 = 4.2 \times 10^{10}\ \text{FLOPs}$$

全机峰值：

$$8 \times 312 \times 10^{12} = 2.496 \times 10^{15}\ \text{FLOPS}$$

实际：

$$24000 \times 4.2 \times 10^{10} = 1.008 \times 10^{15}\ \text{FLOPS}$$

所以

$$\text{MFU} = \frac{1.008 \times 10^{15}}{2.496 \times 10^{15}} \approx 40.4\%$$

## 加上注意力

PaLM 附录里每 token 还要加 $12 L d T$。取 $L = 32$，$d = 4096$，$T = 4096$：⟦N:给出层数与维度⟧

$$12 \times 32 \times 4096 \times 4096 \approx 6.44 \times 10^9$$

每 token 变成约 $4.844 \times 10^{10}$，MFU 变为

$$\frac{24000 \times 4.844 \times 10^{10}}{2.496 \times 10^{15}} \approx 46.6\%$$

## 训练要多久

一天 $24000 \times 86400 \approx 2.07 \times 10^9$ tokens，训练 1T tokens 需要 $10^{12}/(2.0736\times10^{9}) \approx 482$ 天——所以 7B 不会只用 8 张卡训。
''')

md("sharpe_ratio", "个人博客 (量化入门)", "夏普比率：月度到年化的换算", r'''# 夏普比率怎么年化

定义 $\text{Sharpe} = \dfrac{E[R - R_f]}{\sigma(R)}$。⟦N:定义⟧

某策略月收益均值 $\mu = 1.2\%$，月波动 $\sigma = 4\%$，无风险利率年化 $3\%$（月 $r_f = 0.25\%$）。⟦N:给出参数⟧

**月度夏普：**

$$\frac{1.2\% - 0.25\%}{4\%} = \frac{0.95}{4} = 0.2375$$

**年化：** 假设各月收益独立，均值按 12 倍放大，标准差按 $\sqrt{12}$ 倍放大，所以夏普乘 $\sqrt{12} \approx 3.4641$：

$$0.2375 \times 3.4641 \approx 0.8227$$

换一种算法核对：年化收益 $12 \times 1.2\% = 14.4\%$，年化超额收益 $14.4\% - 3\% = 11.4\%$，年化波动 $4\% \times \sqrt{12} \approx 13.856\%$，

$$\frac{11.4}{13.856} \approx 0.8227$$

两种结果一致。

如果把月波动压到 $3\%$，年化夏普变成 $\frac{0.95}{3} \times 3.4641 \approx 1.0970$。注意这里的 $\sqrt{12}$ 只在收益不自相关时成立。
''')

md("hypergeometric_lottery", "课堂笔记 (概率论 第二章)", "超几何分布：彩票红球中奖概率与期望命中数", r'''# 超几何分布——彩票例子

从 33 个红球中开出 6 个，你也选 6 个。命中个数 $X$ 服从超几何分布：

$$P(X = k) = \frac{\binom{6}{k}\binom{27}{6-k}}{\binom{33}{6}}$$⟦N:分布列定义⟧

总组合数 $\binom{33}{6} = 1107568$。

其中 $\binom{27}{3} = \frac{27 \cdot 26 \cdot 25}{6} = 2925$。

**恰好中 3 个：**

$$\binom{6}{3}\binom{27}{3} = 20 \times 2925 = 58500, \qquad P(X = 3) = \frac{58500}{1107568} \approx 0.0528$$

**一个都不中：**

$$P(X = 0) = \frac{\binom{27}{6}}{\binom{33}{6}} = \frac{296010}{1107568} \approx 0.2673$$

所以至少中一个的概率是 $1 - 0.2673 = 0.7327$。

**期望命中数：** 每个你选的球被开出的概率都是 $6/33$，由期望的线性性

$$E X = 6 \times \frac{6}{33} = \frac{36}{33} \approx 1.0909$$

不需要独立性，这是线性性的好处。

方差要用超几何公式（有限总体修正）：

$$DX = 6 \cdot \frac{6}{33} \cdot \frac{27}{33} \cdot \frac{33 - 6}{33 - 1} \approx 0.7531$$

六个全中：$P(X = 6) = 1/1107568 \approx 9.03 \times 10^{-7}$。
''')

nb("lotka_volterra_equilibrium", "Jupyter 笔记 (常微分方程课程)", "Lotka-Volterra 捕食者-猎物模型的平衡点、雅可比矩阵与小振动周期",
[("markdown", r'''# 捕食者-猎物模型

$$\dot x = \alpha x - \beta x y, \qquad \dot y = \delta x y - \gamma y$$⟦N:模型定义⟧

参数：$\alpha = 1.0$，$\beta = 0.1$，$\gamma = 1.5$，$\delta = 0.075$。⟦N:参数取值⟧'''),
("markdown", r'''## 平衡点

令两式为零（$x, y > 0$）：

$$x^* = \frac{\gamma}{\delta} = \frac{1.5}{0.075} = 20, \qquad y^* = \frac{\alpha}{\beta} = \frac{1.0}{0.1} = 10$$

## 线性化

各项：

- $\alpha - \beta y^* = 1 - 0.1 \times 10 = 0$
- $-\beta x^* = -0.1 \times 20 = -2$
- $\delta y^* = 0.075 \times 10 = 0.75$
- $\delta x^* - \gamma = 0.075 \times 20 - 1.5 = 0$

雅可比矩阵在 $(x^*, y^*)$ 处：

$$J = \begin{pmatrix} \alpha - \beta y^* & -\beta x^* \\ \delta y^* & \delta x^* - \gamma \end{pmatrix} = \begin{pmatrix} 0 & -2 \\ 0.75 & 0 \end{pmatrix}$$

特征方程 $\lambda^2 + 2 \times 0.75 = 0$，所以 $\lambda = \pm i\sqrt{1.5} \approx \pm 1.2247i$，是中心。'''),
("code", '''import numpy as np
J = np.array([[0, -2], [0.75, 0]])
np.linalg.eigvals(J), 2 * np.pi / np.sqrt(1.5)'''),
("markdown", r'''小振动的周期：

$$T = \frac{2\pi}{\sqrt{\alpha\gamma}} = \frac{2\pi}{\sqrt{1.5}} \approx 5.130$$

守恒量 $V(x, y) = \delta x - \gamma\ln x + \beta y - \alpha\ln y$ 沿轨道不变，所以轨道是围绕 $(20, 10)$ 的闭曲线。''')])
