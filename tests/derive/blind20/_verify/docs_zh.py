# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("spring_mass_oscillator", "课堂笔记 (大学物理·简谐振动)", "弹簧振子: 角频率、周期、最大速度与加速度、能量、任意位置的速度、串联弹簧", r'''# 简谐振动例题（第 9 章课堂笔记）

**题目**：质量 $m = 0.5\ \text{kg}$ 的物块挂在劲度系数 $k = 200\ \text{N/m}$ 的水平弹簧上，拉开 $5\ \text{cm}$ 后由静止释放。⟦N:题目条件⟧

## 1. 角频率、频率、周期

$$\omega = \sqrt{\frac{k}{m}} = \sqrt{\frac{200}{0.5}} = \sqrt{400} = 20\ \text{rad/s}$$

$$f = \frac{\omega}{2\pi} \approx 3.183\ \text{Hz}, \qquad T = \frac{2\pi}{\omega} = \frac{\pi}{10} \approx 0.3142\ \text{s}$$

## 2. 运动方程

振幅 $A = 0.05\ \text{m}$，初相为 0，所以⟦N:振幅绑定⟧

$$x(t) = 0.05\cos(20t)\ \text{m}$$⟦N:运动方程的定义⟧

当 $t = 0.1\ \text{s}$ 时，$x(0.1) = 0.05\cos 2 \approx -0.0208\ \text{m}$，物块已经越过平衡位置。

## 3. 最大速度和最大加速度

$$v_{\max} = \omega A = 20 \times 0.05 = 1.0\ \text{m/s}$$

$$a_{\max} = \omega^2 A = 400 \times 0.05 = 2\ \text{m/s}^2$$⟦W:少写一个零, 400 * 0.05 = 20⟧

## 4. 能量

$$E = \frac12 kA^2 = \frac12 \times 200 \times 0.0025 = 0.25\ \text{J}$$

验算：平衡位置动能 $\frac12 m v_{\max}^2 = \frac12 \times 0.5 \times 1.0^2 = 0.25\ \text{J}$，一致。

## 5. 任意位置的速度

由能量守恒 $v = \omega\sqrt{A^2 - x^2}$。当 $x = 0.03\ \text{m}$ 时：

$$v = 20\sqrt{0.0025 - 0.0009} = 20 \times 0.04 = 0.8\ \text{m/s}$$

## 6. 变式：两根弹簧串联

两根 $200\ \text{N/m}$ 的弹簧串联，$\frac{1}{k'} = \frac{1}{200} + \frac{1}{200}$，得 $k' = 100\ \text{N/m}$，于是 $\omega' = \sqrt{100/0.5} \approx 14.14\ \text{rad/s}$，周期变为原来的 $\sqrt2$ 倍。
''')

md("roots_of_unity_de_moivre", "知乎回答", "棣莫弗公式: (1+i)^8、三倍角公式、8 的立方根、z^4 = -16 的根、单位根之和", r'''**问：棣莫弗公式到底有什么用？课本上只有一行。**

答：用处很多，举几个我觉得最典型的例子。

公式本身：$(\cos\theta + i\sin\theta)^n = \cos n\theta + i\sin n\theta$。

### 例 1：算高次幂

$1 + i = \sqrt2\left(\cos\frac{\pi}{4} + i\sin\frac{\pi}{4}\right)$，所以

$$(1+i)^8 = (\sqrt2)^8\left(\cos 2\pi + i\sin 2\pi\right)$$

其中 $(\sqrt2)^8 = 2^3 = 8$，⟦W:指数错误, (sqrt2)^8 = 2^4 = 16⟧
最后得到 $(1+i)^8 = 16$。

不信可以直接算：$(1+i)^2 = 2i$，$(2i)^4 = 16$。

### 例 2：三倍角公式

取 $n = 3$，左边展开：

$$(\cos\theta + i\sin\theta)^3 = \cos^3\theta + 3i\cos^2\theta\sin\theta - 3\cos\theta\sin^2\theta - i\sin^3\theta$$

比较实部、虚部：

$$\cos 3\theta = \cos^3\theta - 3\cos\theta\sin^2\theta = 4\cos^3\theta - 3\cos\theta$$

$$\sin 3\theta = 3\cos^2\theta\sin\theta - \sin^3\theta = 3\sin\theta - 4\sin^3\theta$$

### 例 3：开方

求 $z^3 = 8$ 的全部根。⟦N:待解方程⟧ 写成 $z_k = 2\left(\cos\frac{2k\pi}{3} + i\sin\frac{2k\pi}{3}\right)$，$k = 0, 1, 2$：⟦N:根的参数化⟧

$$z_0 = 2, \qquad z_1 = -1 + \sqrt3\,i, \qquad z_2 = -1 - \sqrt3\,i$$

三个根之和 $z_0 + z_1 + z_2 = 0$，乘积 $z_0z_1z_2 = 8$，和韦达定理一致。

再比如 $z^4 = -16$：⟦N:待解方程⟧
因为 $-16 = 16(\cos\pi + i\sin\pi)$，根为 $2\left(\cos\frac{\pi + 2k\pi}{4} + i\sin\frac{\pi + 2k\pi}{4}\right)$，即 $\sqrt2(\pm1 \pm i)$。

### 例 4：单位根之和

$n$ 次单位根 $\omega = e^{2\pi i/n}$ 满足 $1 + \omega + \cdots + \omega^{n-1} = \frac{1 - \omega^n}{1 - \omega} = 0$（$n \ge 2$）。
''')

md("chinese_remainder_theorem", "CSDN 博客 (算法笔记)", "中国剩余定理: 三个同余方程的构造解、逆元计算、验算与通解", r'''# 中国剩余定理（CRT）手算一遍

题目：一个数除以 3 余 2，除以 4 余 3，除以 5 余 1，求最小正整数解。

$$\begin{cases} x \equiv 2 \pmod 3 \\ x \equiv 3 \pmod 4 \\ x \equiv 1 \pmod 5 \end{cases}$$

3、4、5 两两互素，$M = 3 \times 4 \times 5 = 60$。

## 第一步：$M_i = M/m_i$

$$M_1 = 60/3 = 20, \qquad M_2 = 60/4 = 15, \qquad M_3 = 60/5 = 12$$

## 第二步：求逆元 $t_i$，使 $M_i t_i \equiv 1 \pmod{m_i}$

- $20 \equiv 2 \pmod 3$，$2 \times 2 = 4 \equiv 1$，所以 $t_1 = 2$；
- $15 \equiv 3 \pmod 4$，$3 \times 3 = 9 \equiv 1$，所以 $t_2 = 3$；
- $12 \equiv 2 \pmod 5$，$2 \times 3 = 6 \equiv 1$，所以 $t_3 = 3$。

于是三个“基”分别是 $20 \times 2 = 40$，$15 \times 3 = 45$，$12 \times 3 = 36$。

## 第三步：组合

$$x = 2 \times 40 + 3 \times 45 + 1 \times 36$$

$$= 80 + 135 + 36 = 215$$⟦W:加法错误, 80 + 135 + 36 = 251⟧

再对 60 取模：$251 - 4 \times 60 = 11$，所以最小正整数解 $x = 11$。

## 验算

$$11 = 3 \times 3 + 2, \qquad 11 = 2 \times 4 + 3, \qquad 11 = 2 \times 5 + 1$$

三个条件都满足。通解为 $x = 11 + 60t$，$t \in \mathbb{Z}$。⟦N:通解的参数表示⟧

## 代码

```python
from sympy.ntheory.modular import crt
print(crt([3, 4, 5], [2, 3, 1]))   # (11, 60)
```
''')

nb("monty_hall_bayes", "Jupyter 作业 (概率论)", "三门问题的贝叶斯推导与模拟, 四门变体", [
("markdown", r'''# 作业 2：三门问题

设定：三扇门后一辆车、两只羊，你选 1 号门，主持人（知道答案）打开一扇有羊的门，这里打开了 3 号门。
用 $C_j$ 表示“车在 $j$ 号门”，$O_3$ 表示“主持人开 3 号门”。

先验：$P(C_1) = P(C_2) = P(C_3) = \frac13$。⟦N:先验假设⟧'''),
("markdown", r'''## 似然

- 车在 1 号：主持人在 2、3 中随便开，$P(O_3 \mid C_1) = \frac12$
- 车在 2 号：只能开 3 号，$P(O_3 \mid C_2) = 1$
- 车在 3 号：不可能开 3 号，$P(O_3 \mid C_3) = 0$

## 全概率

$$P(O_3) = \frac13 \cdot \frac12 + \frac13 \cdot 1 + \frac13 \cdot 0 = \frac16 + \frac13 = \frac12$$

## 后验

$$P(C_2 \mid O_3) = \frac{P(O_3 \mid C_2)P(C_2)}{P(O_3)} = \frac{1/3}{1/2} = \frac23$$

$$P(C_1 \mid O_3) = \frac{1/6}{1/2} = \frac13$$

所以换门赢的概率是 $2/3 \approx 0.667$，不换只有 $1/3$。'''),
("code", r'''import numpy as np
rng = np.random.default_rng(0)
n = 100_000
car = rng.integers(0, 3, n)
print("stay:", np.mean(car == 0), "switch:", np.mean(car != 0))'''),
("markdown", r'''模拟结果大约是 stay ≈ 0.333，switch ≈ 0.667，与推导一致。

## 变体：四扇门，主持人只开一扇

你选 1 号，主持人开一扇羊门，剩下两扇可换。换门时：车不在 1 号的概率是 $3/4$，此时在剩下两扇中随机选一扇，命中概率 $1/2$：

$$P(\text{换门赢}) = \frac34 \times \frac12 = \frac38 = 0.375$$

而不换是 $1/4 = 0.25$，换门仍然更好。'''),
])

md("deepnorm_residual_scaling", "知乎专栏 (论文解读)", "DeepNorm 残差缩放: alpha = (2N)^(1/4), beta = (8N)^(-1/4) 在不同层数下的取值", r'''# DeepNet 里的 DeepNorm：两个常数怎么算

Post-LN 训练很深的 Transformer 容易发散，DeepNet 的做法是把残差连接改成

$$x_{l+1} = \text{LN}\big(\alpha\,x_l + G_l(x_l, \theta_l)\big),$$⟦N:DeepNorm 的定义⟧

同时把子层里部分权重（FFN、$W_V$、$W_O$）的初始化乘上 $\beta$。 对只有编码器（或只有解码器）的 $N$ 层模型：

$$\alpha = (2N)^{1/4}, \qquad \beta = (8N)^{-1/4}.$$⟦N:常数的定义⟧

## 代入几个常见层数

**$N = 12$**（BERT-base 的层数）：

$$\alpha = 24^{1/4} \approx 2.213, \qquad \beta = 96^{-1/4} \approx 0.3195$$

**$N = 64$**：

$$\alpha = (2 \cdot 64)^{1/4} = 128^{1/4} \approx 3.633$$⟦W:数字颠倒, 128^(1/4) = 3.364⟧

$$\beta = 512^{-1/4} \approx 0.2102$$

**$N = 1000$**（论文里的 1000 层）：$\alpha = 2000^{1/4} \approx 6.687$，$\beta = 8000^{-1/4} \approx 0.1057$。

## 一个小规律

$$\alpha\beta = (2N)^{1/4}(8N)^{-1/4} = \left(\frac{2N}{8N}\right)^{1/4} = \left(\frac14\right)^{1/4} = \frac{1}{\sqrt2} \approx 0.7071$$

与 $N$ 无关。比如 $N = 64$ 时 $3.364 \times 0.2102 \approx 0.7071$。

| $N$ | $\alpha$ | $\beta$ |
|---|---|---|
| 12 | 2.213 | 0.3195 |
| 64 | 3.364 | 0.2102 |
| 1000 | 6.687 | 0.1057 |

层数翻 16 倍，$\alpha$ 只翻 2 倍：$(16)^{1/4} = 2$，所以增长非常温和。
''')

md("fourier_series_square_wave", "博客园 (信号与系统复习)", "方波的傅里叶级数: 系数、部分和、Parseval 恒等式与 π²/8", r'''# 方波的傅里叶级数

周期 $2\pi$ 的方波：

$$f(x) = \begin{cases} -1, & -\pi < x < 0 \\ 1, & 0 < x < \pi \end{cases}$$⟦N:函数定义⟧

## 系数

$f$ 是奇函数，所以 $a_n = 0$，只剩正弦项：

$$b_n = \frac{1}{\pi}\int_{-\pi}^{\pi} f(x)\sin nx\,dx = \frac{2}{\pi}\int_0^{\pi}\sin nx\,dx = \frac{2}{n\pi}\big(1 - \cos n\pi\big)$$

$n$ 为偶数时 $b_n = 0$，奇数时 $b_n = \frac{4}{n\pi}$：

- $b_1 = 4/\pi \approx 1.2732$
- $b_3 = 4/(3\pi) \approx 0.4244$
- $b_5 = 4/(5\pi) \approx 0.2546$

$$f(x) = \frac{4}{\pi}\left(\sin x + \frac{\sin 3x}{3} + \frac{\sin 5x}{5} + \cdots\right)$$

## 部分和

在 $x = \pi/2$ 处取前三项：

$$S_5\!\left(\frac{\pi}{2}\right) = \frac{4}{\pi}\left(1 - \frac13 + \frac15\right) = \frac{4}{\pi}\cdot\frac{13}{15} \approx 1.1035$$

项数趋于无穷时就是 $\frac{\pi}{4} = 1 - \frac13 + \frac15 - \cdots$（莱布尼茨级数）。

## Parseval

$$\frac{1}{\pi}\int_{-\pi}^{\pi} f^2(x)\,dx = 1$$⟦W:漏了因子 2, (1/pi) * 2pi = 2⟧

而 $\sum b_n^2 = \frac{16}{\pi^2}\sum_{k\ge1}\frac{1}{(2k-1)^2}$，令两者相等（左边是 2）：

$$\sum_{k=1}^{\infty}\frac{1}{(2k-1)^2} = \frac{2\pi^2}{16} = \frac{\pi^2}{8} \approx 1.2337$$

前三项 $1 + \frac19 + \frac1{25} \approx 1.1511$，收敛得比较慢。
''')

md("polar_area_cardioid", "个人博客 (高数笔记)", "极坐标面积: 心形线、圆、四叶玫瑰线, 心形线弧长, 两曲线之间的面积", r'''# 极坐标下求面积，一篇搞定

面积公式：$A = \frac12\int_{\alpha}^{\beta} r^2(\theta)\,d\theta$。⟦N:公式的定义⟧

## 1. 心形线 $r = 1 + \cos\theta$

$$A = \frac12\int_0^{2\pi}(1 + \cos\theta)^2\,d\theta = \frac12\int_0^{2\pi}\left(1 + 2\cos\theta + \cos^2\theta\right)d\theta$$

三项分别积出 $2\pi$、$0$、$\pi$，所以

$$A = \frac12(2\pi + 0 + \pi) = \frac{3\pi}{2} \approx 4.712$$

## 2. 圆 $r = 2\sin\theta$

$\theta$ 从 $0$ 到 $\pi$ 走一圈：

$$A = \frac12\int_0^{\pi}4\sin^2\theta\,d\theta = 2\cdot\frac{\pi}{2} = \pi$$

正好是半径为 1 的圆，对得上。

## 3. 四叶玫瑰线 $r = \cos 2\theta$

$$A = \frac12\int_0^{2\pi}\cos^2 2\theta\,d\theta = \frac12 \cdot \pi = \frac{\pi}{2} \approx 1.571$$

每片叶子 $\pi/8 \approx 0.3927$。

## 4. 心形线内、单位圆外

两条曲线的交点满足 $1 + \cos\theta = 1$，⟦N:求交点的方程⟧
即 $\cos\theta = 0$，$\theta = \pm\frac{\pi}{2}$：

$$A = \frac12\int_{-\pi/2}^{\pi/2}\left[(1 + \cos\theta)^2 - 1\right]d\theta = \frac12\left(4 + \frac{\pi}{2}\right) = 2 + \frac{\pi}{4} \approx 2.785$$

## 5. 顺便：心形线的弧长

$r' = -\sin\theta$，$r^2 + r'^2 = 2 + 2\cos\theta = 4\cos^2\frac{\theta}{2}$，

$$L = \int_0^{2\pi} 2\left|\cos\frac{\theta}{2}\right|d\theta = 8$$
''')

nb("ntk_rope_base_scaling", "Jupyter 笔记 (长上下文扩展)", "RoPE 频率与波长, NTK-aware 基数缩放 b' = b s^(d/(d-2)), 与位置插值对比", [
("markdown", r'''# RoPE 的 NTK-aware 缩放：算一算

RoPE 第 $i$ 个二维子空间的频率为

$$\theta_i = b^{-2i/d}, \qquad i = 0, 1, \dots, d/2 - 1,$$⟦N:RoPE 频率定义⟧

位置 $m$ 上旋转角为 $m\theta_i$。取 $b = 10000$，$d = 128$。⟦N:参数绑定⟧'''),
("code", r'''import numpy as np
b, d = 10000.0, 128
i = np.arange(d // 2)
theta = b ** (-2 * i / d)
print(theta[1], theta[-1], 2 * np.pi / theta[-1])'''),
("markdown", r'''## 频率与波长

- 最高频：$\theta_0 = 1$，波长 $2\pi \approx 6.283$ 个 token。
- 次高频：$\theta_1 = 10000^{-1/64} = e^{-\ln 10000/64} \approx e^{-0.1439} \approx 0.8660$，在位置 $m = 1000$ 处转过约 $865.96$ 弧度。
- 最低频：$\theta_{63} = 10000^{-126/128} \approx 1.155 \times 10^{-4}$，波长

$$\lambda_{63} = \frac{2\pi}{\theta_{63}} \approx 5441\ \text{tokens}$$⟦W:少了一位, 2 pi / 1.155e-4 = 54410⟧

训练长度 4096 远小于 $54410$，所以低频维度在训练中连一圈都没转完。'''),
("markdown", r'''## NTK-aware 缩放

要把上下文扩大 $s = 4$ 倍（4k → 16k），⟦N:缩放倍数绑定⟧不改位置，而是改基数：

$$b' = b\cdot s^{d/(d-2)} = 10000 \times 4^{128/126} \approx 10000 \times 4.089 = 40890$$

这样最低频正好被压缩 $s$ 倍：

$$\theta'_{63} = b'^{-126/128} = b^{-126/128}\cdot s^{-1} \approx \frac{1.155\times10^{-4}}{4} \approx 2.887 \times 10^{-5}$$

而最高频 $\theta'_0 = 1$ 不变，高频（局部位置信息）几乎不受影响：$\theta'_1 = \theta_1 \cdot 4^{-1/63} \approx 0.8660 \times 0.9782 \approx 0.8471$。

对比位置插值（PI）：$m \to m/s$，相当于所有频率都除以 4，$\theta_1$ 也变成 $0.8660/4 = 0.2165$，高频被压得很厉害。'''),
])
