DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("em_two_coins", "知乎专栏文章", "两枚硬币的 EM 算法：一次 E 步与 M 步的手算", r'''# EM 算法手推：两枚硬币

有两枚硬币 A、B，每轮随机选一枚抛 10 次，但不知道选的是哪一枚。初始化 $\theta_A = 0.6$，$\theta_B = 0.5$。⟦N:初始化参数⟧

三轮观测：(9 正, 1 反)，(4 正, 6 反)，(7 正, 3 反)。

## E 步

第一轮的似然：

$$L_A = 0.6^9 \times 0.4 = 0.004031, \qquad L_B = 0.5^{10} = 0.000977$$

所以硬币 A 的责任（后验概率）为

$$w_1 = \frac{L_A}{L_A + L_B} = \frac{0.0040311}{0.0040311 + 0.0009766} = 0.8050$$

同理第二轮 $L_A = 0.6^4 \times 0.4^6 = 0.000531$，$w_2 = 0.3522$；第三轮 $L_A = 0.6^7 \times 0.4^3 = 0.001792$，$w_3 = 0.6472$。

## M 步

按责任加权的期望正面数（硬币 A）：

- $0.8050 \times 9 = 7.245$
- $0.3522 \times 4 = 1.409$
- $0.6472 \times 7 = 4.350$⟦W:0.6472 × 7 = 4.530⟧

合计 $13.184$，期望抛掷次数 $10 \times (0.8050 + 0.3522 + 0.6472) = 18.044$，

$$\theta_A^{\text{new}} = \frac{13.184}{18.044} \approx 0.7307$$

硬币 B 用 $1 - w_i$：期望正面 $0.1950 \times 9 + 0.6478 \times 4 + 0.3528 \times 7 = 6.816$，期望次数 $11.956$，

$$\theta_B^{\text{new}} = \frac{6.816}{11.956} \approx 0.5807$$⟦W:6.816/11.956 ≈ 0.5701⟧

其中每一轮都满足 $w_i + (1 - w_i) = 1$，总抛掷次数 $18.044 + 11.956 = 30$。
''')

nb("mc_antithetic_control_variate", "Jupyter 笔记（计算统计课程作业）", "蒙特卡洛积分的方差、对偶变量与控制变量的方差缩减",
[("markdown", r'''# 作业 4：方差缩减

目标：$I = \int_0^1 e^x\,dx = e - 1 \approx 1.71828$，用 $U \sim U(0,1)$ 估计 $\mathbb E[e^U]$。'''),
("code", '''import numpy as np
rng = np.random.default_rng(0)
u = rng.random(100_000)
y = np.exp(u)
y.mean(), y.var()'''),
("markdown", r'''## 朴素估计的方差

$$\operatorname{Var}(e^U) = \mathbb E[e^{2U}] - I^2 = \frac{e^2 - 1}{2} - (e-1)^2 = 3.19453 - 2.95249 = 0.24204$$

## 对偶变量

取 $Y' = e^{1-U}$，则 $\operatorname{Cov}(e^U, e^{1-U}) = \mathbb E[e] - I^2 = e - (e-1)^2 \approx -0.23421$。

$$\operatorname{Var}\!\left(\frac{Y + Y'}{2}\right) = \frac{\operatorname{Var}(Y) + \operatorname{Cov}(Y,Y')}{2} = \frac{0.24204 - 0.23421}{2} \approx 0.00391$$

与用 2 个独立样本（方差 $0.24204/2 = 0.12102$）相比，缩减约 $0.12102/0.00391 \approx 31$ 倍。'''),
("markdown", r'''## 控制变量

用 $U$ 本身作控制变量，$\mathbb E[U] = 1/2$，$\operatorname{Var}(U) = 1/12$。⟦N:给出控制变量的已知矩⟧

$$\mathbb E[U e^U] = \int_0^1 x e^x\,dx = \big[(x-1)e^x\big]_0^1 = 1$$

$$\operatorname{Cov}(e^U, U) = 1 - \frac{e-1}{2} \approx 1 - 0.85914 = 0.14086$$

最优系数 $c^\ast = -\operatorname{Cov}/\operatorname{Var}(U) = -0.14086 \times 12 \approx -1.6903$，方差变为

$$\operatorname{Var}(Y + c^\ast(U - \tfrac12)) = 0.24204 - \frac{0.14086^2}{1/12} = 0.24204 - 0.2318 = 0.01024$$⟦W:0.14086² × 12 = 0.2381, so the variance is about 0.0039⟧'''),
("code", '''c = -np.cov(y, u)[0, 1] / u.var()
(y + c * (u - 0.5)).var()''')])

md("pinball_loss_quantile", "CSDN 博客", "分位数回归的 pinball 损失、次梯度与常数解", r'''# 分位数回归：pinball loss 笔记

定义 $\rho_\tau(u) = u\,(\tau - \mathbb 1\{u < 0\})$，其中 $u = y - \hat y$。⟦N:损失函数定义⟧

等价的分段形式：

$$
\rho_\tau(u) = \begin{cases} \tau\,u, & u \ge 0 \\ (\tau - 1)\,u, & u < 0 \end{cases}⟦N:分段定义⟧
$$

## 数值例子

取 $\tau = 0.9$，$y = 10$：⟦N:取值⟧

- 预测 $\hat y = 8$：$u = 2$，损失 $0.9 \times 2 = 1.8$
- 预测 $\hat y = 13$：$u = -3$，损失 $(0.9 - 1)(-3) = 0.3$

低估的代价是高估的 9 倍（每单位 0.9 对 0.1），所以模型会偏向预测得高一些。

## 次梯度

对 $\hat y$ 求导（$u \ne 0$ 时）：

$$\frac{\partial \rho_\tau(y - \hat y)}{\partial \hat y} = \begin{cases} -\tau, & y > \hat y \\ 1 - \tau, & y < \hat y \end{cases}$$

令平均次梯度为零：$-\tau \cdot \#\{y_i > q\} + (1-\tau)\cdot\#\{y_i < q\} = 0$，即 $q$ 左边的样本比例为 $\tau$——最优常数就是 $\tau$ 分位数。

## 中位数特例

$\tau = 0.5$ 时 $\rho_{0.5}(u) = |u|/2$。数据 $y = (1,2,3,4,10)$，取 $q = 3$：

$$\frac15\sum_i \rho_{0.5}(y_i - 3) = \frac{0.5 \times (2 + 1 + 0 + 1 + 7)}{5} = \frac{5.5}{5} = 1.1$$

同一个 $q = 3$ 在 $\tau = 0.9$ 下：各项为 $0.2, 0.1, 0, 0.9, 6.3$，平均 $7.5/5 = 1.5$。
''')

md("gat_attention_coefficients", "知乎回答", "GAT 单头注意力系数（LeakyReLU + softmax）与参数量", r'''谢邀。GAT 的注意力其实就三步，拿一个节点手算一遍就清楚了。

节点 $i$ 的邻居（含自环）是 $\{1, 2, 3\}$，打分

$$e_{ij} = \text{LeakyReLU}\big(\mathbf a^\top[\mathbf W\mathbf h_i \,\|\, \mathbf W\mathbf h_j]\big)$$⟦N:打分函数定义⟧

假设 LeakyReLU 之前的值分别是 $0.8, -0.5, 1.6$，负半轴斜率 $0.2$。

**第一步** LeakyReLU：$(0.8,\ -0.5 \times 0.2,\ 1.6) = (0.8, -0.1, 1.6)$。

**第二步** softmax：

$$e^{0.8} = 2.2255,\quad e^{-0.1} = 0.9048,\quad e^{1.6} = 4.9530$$

$$\sum = 2.2255 + 0.9048 + 4.9530 = 8.0833$$

$$\alpha_{i1} = 0.2753,\quad \alpha_{i2} = 0.1119,\quad \alpha_{i3} = 0.6127$$

**第三步** 聚合。为了简单设 $\mathbf W\mathbf h_j$ 是标量 $(1.0, 2.0, -1.0)$：

$$\mathbf h_i' = \sum_j \alpha_{ij}\mathbf W\mathbf h_j = 0.2753 + 0.2239 - 0.6127 = -0.1135$$

（实际还要过一个非线性 $\sigma$。）

**参数量**：输入维度 $F = 16$，输出 $F' = 8$，则 $\mathbf W$ 有 $F' \times F = 128$ 个参数，$\mathbf a \in \mathbb R^{2F'}$ 有 16 个，一头共 $144$。多头 $K = 4$ 时共

$$4 \times 144 = 567$$⟦W:4 × 144 = 576⟧

个参数（不算偏置）。
''')

nb("spectral_norm_power_iter", "Jupyter 笔记（博客园随笔配套）", "用幂迭代估计谱范数，Lipschitz 常数与谱归一化",
[("markdown", r'''# 谱归一化：先手算一个 2×2

$$W = \begin{pmatrix} 3 & 1 \\ 0 & 2 \end{pmatrix}$$⟦N:给定矩阵⟧

谱范数 $\sigma_{\max}(W)$ 是 $W^\top W$ 最大特征值的平方根。'''),
("markdown", r'''$$W^\top W = \begin{pmatrix} 3 & 0 \\ 1 & 2\end{pmatrix}\begin{pmatrix} 3 & 1 \\ 0 & 2\end{pmatrix} = \begin{pmatrix} 9 & 3 \\ 3 & 5 \end{pmatrix}$$

特征方程 $\lambda^2 - 14\lambda + 36 = 0$，所以 $\lambda = 7 \pm \sqrt{13} \approx 7 \pm 3.6056$，即 $10.6056$ 和 $3.3944$。

- $\sigma_{\max} = \sqrt{10.6056} \approx 3.2566$
- $\sigma_{\min} = \sqrt{3.3944} \approx 1.8424$
- 检查：$\sigma_{\max}\sigma_{\min} \approx 6.000 = |\det W| = 3 \times 2$'''),
("code", '''import numpy as np
W = np.array([[3., 1.], [0., 2.]])
v = np.ones(2) / np.sqrt(2)
for _ in range(1):
    v = W.T @ W @ v
    v /= np.linalg.norm(v)
np.linalg.norm(W @ v), np.linalg.svd(W)[1]'''),
("markdown", r'''## 幂迭代一步

从 $v_0 = (1, 1)/\sqrt2$ 出发：$W^\top W v_0 = (12, 8)/\sqrt 2$，归一化后 $v_1 \approx (0.8321, 0.5547)$。

$W v_1 \approx (3.0509, 1.1094)$，所以估计值

$$\|W v_1\| = \sqrt{9.3077 + 1.2308} = \sqrt{10.5385} \approx 3.2463$$

一步就已经接近 $3.2566$ 了（SN-GAN 里每次训练迭代只做一步，并且把 $v$ 保存下来）。

## Lipschitz 常数

对 $f(x) = W_2\,\text{ReLU}(W x)$，$W_2 = 0.5 I$：ReLU 是 1-Lipschitz，所以⟦N:定义网络 f 并给定 W_2⟧

$$\operatorname{Lip}(f) \le \|W_2\|_2 \cdot 1 \cdot \|W\|_2 = 0.5 \times 3.2566 = 1.6283$$

谱归一化后 $\bar W = W / \sigma_{\max}(W)$，$\sigma_{\max}(\bar W) = 1$。''')])

md("affine_coupling_logdet", "博客园随笔", "仿射耦合层的雅可比行列式、多层叠加和对数似然", r'''# RealNVP 仿射耦合层的 log-det

把 $x \in \mathbb R^4$ 拆成 $x_{1:2}$ 和 $x_{3:4}$，耦合层为

$$y_{1:2} = x_{1:2}, \qquad y_{3:4} = x_{3:4} \odot \exp\big(s(x_{1:2})\big) + t(x_{1:2})$$⟦N:层的定义⟧

雅可比矩阵是下三角：

$$\frac{\partial y}{\partial x} = \begin{pmatrix} I & 0 \\ \ast & \operatorname{diag}(e^{s}) \end{pmatrix}$$

所以 $\log\left|\det\frac{\partial y}{\partial x}\right| = \sum_j s_j$，和 $t$ 无关，也不需要算 $s$ 的导数。

**数值**：若 $s = (0.3, -0.1)$，则 $\log|\det| = 0.3 - 0.1 = 0.2$，$\det = e^{0.2} \approx 1.2214$。

**三层叠加**：各层 $\sum s$ 分别为 $0.2, -0.5, 0.1$，总的 $\log|\det| = 0.2 - 0.5 + 0.1 = -0.2$，$\det = e^{-0.2} \approx 0.8817$。⟦W:e^{−0.2} ≈ 0.8187⟧

**对数似然**（变量替换）：$\log p_X(x) = \log p_Z(z) + \log\left|\det\frac{\partial z}{\partial x}\right|$，其中 $z$ 是 4 维标准正态：

$$\log p_Z(z) = -\frac{4}{2}\log(2\pi) - \frac{\|z\|^2}{2}$$

若 $\|z\|^2 = 3$：$\log p_Z = -2 \times 1.8379 - 1.5 = -5.1758$，再加上 $-0.2$ 得 $\log p_X(x) = -5.3758$。

**逆变换**：$x_{3:4} = (y_{3:4} - t(y_{1:2})) \odot \exp(-s(y_{1:2}))$，因为 $y_{1:2} = x_{1:2}$，所以逆和正向一样便宜。
''')

md("word2vec_cbow_cost", "CSDN 博客", "word2vec CBOW 参数量、负采样与全 softmax 的计算量、unigram^0.75 采样分布", r'''# word2vec (CBOW) 到底有多少参数、省了多少计算

设词表 $V = 50{,}000$，向量维度 $d = 300$，窗口 $c = 2$（左右各 2 个词）。⟦N:设定超参数⟧

## 参数量

- 输入词向量矩阵：$V \times d = 50{,}000 \times 300 = 15{,}000{,}000$
- 输出词向量矩阵：同样 $15{,}000{,}000$
- 合计 $3 \times 10^7$ 个参数，fp32 下 $3\times10^7 \times 4\ \text{B} = 120$ MB

CBOW 的隐藏层就是 4 个上下文词向量的平均：$\mathbf h = \frac14\sum_{j} \mathbf v_{w_j}$。⟦N:定义 h⟧

## 计算量（每个样本的输出层）

- 全 softmax：需要和全部 $V$ 个输出向量做点积，$V \times d = 1.5\times10^7$ 次乘加
- 负采样 $k = 5$：$(1 + k)\times d = 6 \times 300 = 1800$ 次乘加
- 比值 $1.5\times10^7 / 1800 \approx 8333$ 倍

## 负采样分布 $P(w) \propto U(w)^{3/4}$

两个词出现次数为 100 和 10：$100^{0.75} = 31.62$，$10^{0.75} = 5.623$，所以

$$P(\text{高频}) = \frac{31.62}{31.62 + 5.623} = 0.8940$$⟦W:31.62/37.24 ≈ 0.8490⟧

而按原始频率是 $100/110 \approx 0.909$——3/4 次方把高频词的份额压低了一些。
''')

md("temperature_platt_scaling", "知乎专栏文章", "温度缩放对 softmax 概率与 NLL 的影响，Platt scaling 的概率计算", r'''# 模型校准：温度缩放和 Platt scaling

## 温度缩放

logits $z = (2.0, 1.0, 0.1)$，$p_k = \dfrac{e^{z_k/T}}{\sum_j e^{z_j/T}}$。⟦N:给定 logits 与公式⟧

**$T = 1$**：$e^{2} = 7.3891$，$e^{1} = 2.7183$，$e^{0.1} = 1.1052$，和为 $11.2125$，

$$p = (0.6590,\ 0.2424,\ 0.0986)$$

**$T = 2$**：$z/T = (1.0, 0.5, 0.05)$，$e^{1} = 2.7183$，$e^{0.5} = 1.6487$，$e^{0.05} = 1.0513$，和为 $5.4183$，

$$p = (0.5017,\ 0.3043,\ 0.1940)$$

温度升高，分布变平，但 argmax 不变——所以温度缩放不改变准确率，只改变置信度。

若真实类别是第 1 类，NLL 从 $-\ln 0.6590 \approx 0.4170$ 变成 $-\ln 0.5017 \approx 0.6898$；对过度自信的模型，验证集上的 NLL 会在某个 $T > 1$ 处最小。

## Platt scaling

二分类打分 $f$，校准概率 $P(y=1\mid f) = \dfrac{1}{1 + \exp(Af + B)}$，拟合得 $A = -1.5$，$B = 0.2$。⟦N:给定拟合参数⟧

对 $f = 1.2$：$Af + B = -1.8 + 0.2 = -1.6$，

$$P = \frac{1}{1 + e^{-1.6}} = \frac{1}{1 + 0.2019} \approx 0.8320$$
''')
