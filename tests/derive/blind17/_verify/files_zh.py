FILES = []
def md(name, style, topic, text):
    FILES.append(dict(name=name, style=style, topic=topic, text=text))
def nb(name, style, topic, cells):
    FILES.append(dict(name=name, style=style, topic=topic, cells=cells))

md("zh/vc_dimension_bound.md", "CSDN 学习笔记 (Chinese blog notes)", "VC dimension of linear classifiers, Sauer-lemma growth bound, VC generalization bound with numbers", r"""# 机器学习基石笔记：VC 维与样本复杂度

## 1. 线性分类器的 VC 维

$\mathbb{R}^d$ 中带偏置的感知机 $h(x) = \mathrm{sign}(w^\top x + b)$ 的 VC 维是 $d_{VC} = d + 1$。二维平面上就是 $3$：任意不共线的 3 个点都能被打散，但 4 个点不行（XOR 排列）。

## 2. 成长函数上界（Sauer 引理）

$$m_{\mathcal H}(N) \le \sum_{i=0}^{d_{VC}}\binom{N}{i}$$

取 $d_{VC} = 3$，$N = 10$： @@N:代入数值@@
$$\sum_{i=0}^{3}\binom{10}{i} = 1 + 10 + 45 + 120 = 186$$ @@W:1 + 10 + 45 + 120 = 176@@
远小于 $2^{10} = 1024$，说明不是所有二分都能实现。

## 3. VC 泛化界

以至少 $1 - \delta$ 的概率：
$$E_{out} \le E_{in} + \sqrt{\frac{8}{N}\ln\frac{4\,m_{\mathcal H}(2N)}{\delta}}$$

用 $m_{\mathcal H}(2N) \le (2N)^{d_{VC}}$ 粗略估计，$N = 10000$，$\delta = 0.05$：
$$(2N)^3 = 20000^3 = 8\times10^{12}$$
$$\ln\frac{4 \times 8\times10^{12}}{0.05} = \ln(6.4\times10^{14}) \approx 34.09$$
$$\sqrt{\frac{8}{10000}\times 34.09} = \sqrt{0.02727} \approx 0.165$$

也就是说即使有一万个样本，这个界给出的差距也有 $0.165$，非常宽松。实践中常用经验法则 $N \ge 10\,d_{VC}$。
""")

md("zh/cosine_knn_by_hand.md", "知乎回答风格", "cosine similarity by hand, Euclidean and Manhattan k-NN distances, unit-vector identity", r"""**问：余弦相似度和欧氏距离到底什么关系？能不能手算一个例子？**

答：先手算。

设 $u = (1, 2, 2)$，$v = (2, 1, 2)$，$w = (0, 3, 4)$。 @@N:给定向量@@

$$u\cdot v = 2 + 2 + 4 = 8, \quad \|u\| = \|v\| = 3 \;\Rightarrow\; \cos(u, v) = \frac{8}{9} \approx 0.889$$
$$u\cdot w = 0 + 6 + 8 = 14, \quad \|w\| = 5 \;\Rightarrow\; \cos(u, w) = \frac{14}{15} \approx 0.933$$

对单位向量有 $\|\hat a - \hat b\|^2 = 2 - 2\cos(a, b)$，所以
$$\|\hat u - \hat v\|^2 = 2 - \frac{16}{9} = \frac29, \qquad \|\hat u - \hat v\| \approx 0.471$$
归一化之后按欧氏距离排序和按余弦排序是一样的。

**k-NN 例子**：查询点 $q = (1, 1)$，候选 $A(2,2)$、$B(0,3)$、$C(3,0)$、$D(1,-1)$。 @@N:给定查询点和候选点@@

欧氏距离：
$$d(q, A) = \sqrt{1 + 1} = \sqrt2 \approx 1.414$$
$$d(q, B) = \sqrt{1 + 4} = \sqrt5 \approx 2.236, \qquad d(q, C) = \sqrt{4 + 1} = \sqrt5$$
$$d(q, D) = \sqrt{(1-1)^2 + (1+1)^2} = \sqrt2$$ @@W:(1+1)^2 = 4, so d(q,D) = 2, not sqrt2@@

曼哈顿距离：$A{:}\ 2$，$B{:}\ 3$，$C{:}\ 3$，$D{:}\ 2$。

所以 1-NN 是 $A$，2-NN 再加上 $D$；$B$ 和 $C$ 在两种距离下都并列第三。注意 $q\cdot D = 1 - 1 = 0$，余弦距离是 $1$，按余弦 $D$ 反而最远。
""")

md("zh/product_quantization_memory.md", "cnblogs 博客 (向量检索系列)", "product quantization memory, codebook size, ADC lookup table cost", r"""# 向量检索（三）：乘积量化（PQ）到底省多少内存

场景：$N = 10^6$ 条向量，维度 $D = 128$，float32 存储。 @@N:场景设定@@

**原始存储**
$$N \cdot D \cdot 4\ \text{B} = 10^6 \times 128 \times 4 = 512\ \text{MB}$$

**PQ 编码**：把 128 维切成 $M = 8$ 段，每段 $D/M = 16$ 维，每段用 $k^* = 256$ 个中心做 k-means，所以每段编码占 $\log_2 256 = 8$ bit $= 1$ 字节。

$$\text{每条向量} = M \times 1\ \text{B} = 8\ \text{B}, \qquad \text{总共}\ 8 \times 10^6\ \text{B} = 8\ \text{MB}$$
$$\text{压缩比} = \frac{512}{8} = 64$$

码本本身：
$$M \cdot k^* \cdot (D/M) \cdot 4\ \text{B} = 8 \times 256 \times 16 \times 4 = 131{,}072\ \text{B} = 128\ \text{KiB}$$
可以忽略不计。

**查询开销（ADC）**：先对每段算查询子向量到 256 个中心的距离，建 $8 \times 256 = 2048$ 项的查找表，乘加次数为
$$256 \times 128 = 32{,}768$$
之后每条数据库向量只需 8 次查表和 7 次加法。相比暴力计算的 $128 \times 10^6 = 1.28\times10^8$ 次乘加，省了很多。
""")

nb("zh/fft_conv_theorem.ipynb", "信号处理课程 Jupyter 讲义", "circular convolution via the DFT on length-4 sequences, zero padding, FFT operation counts", [
("md", r"""# 卷积定理：长度为 4 的小例子

$x = (1, 2, 3, 0)$，$h = (1, 1, 0, 0)$，做长度 4 的循环卷积。 @@N:给定序列@@

$$X[k] = \sum_{n=0}^{3} x[n]\,e^{-2\pi i kn/4}$$ @@N:DFT 定义@@"""),
("md", r"""## 1. 直接算循环卷积

$y[n] = x[n] + x[(n-1) \bmod 4]$：
$$y = (1 + 0,\ 2 + 1,\ 3 + 2,\ 0 + 3) = (1, 3, 5, 3)$$

## 2. 频域

$e^{-2\pi i/4} = -i$，所以
$$X = (6,\ -2-2i,\ 2,\ -2+2i), \qquad H = (2,\ 1-i,\ 0,\ 1+i)$$
$$Y_1 = X_1H_1 = (-2-2i)(1-i) = -2 + 2i - 2i + 2i^2 = -4$$
$$Y = X \odot H = (12,\ -4,\ 0,\ -4)$$
直接对 $y$ 做 DFT：$Y_1 = 1 - 3i - 5 + 3i = -4$，一致。"""),
("code", r"""import numpy as np
x = np.array([1,2,3,0]); h = np.array([1,1,0,0])
print(np.fft.fft(x)*np.fft.fft(h), np.fft.ifft(np.fft.fft(x)*np.fft.fft(h)).real)"""),
("md", r"""## 3. 线性卷积要补零

长度 $N$ 与 $M$ 的线性卷积长度是 $N + M - 1$；例如 $x$ 的前 3 项 $(1,2,3)$ 与 $(1,1)$ 线性卷积得 $(1, 3, 5, 3)$，长度 $3 + 2 - 1 = 4$，所以这里长度 4 的循环卷积恰好等于线性卷积。

## 4. 运算量

$N = 1024$：直接 DFT 约 $N^2 \approx 1.05\times10^6$ 次复数乘法；基 2 FFT 约 $\frac N2\log_2 N = 512 \times 10 = 5120$ 次。
$$\text{加速比} = \frac{N^2}{\frac N2\log_2N} = \frac{2N}{\log_2N} = \frac{2048}{10} \approx 20$$ @@W:2048/10 = 204.8, not 20@@""")])

md("zh/winograd_bilinear.md", "部署优化 CSDN 博文", "Winograd minimal filtering multiplication counts; bilinear upsampling weights", r"""# 卷积加速小抄：Winograd 乘法次数 + 双线性上采样权重

## Winograd $F(m, r)$

输出 $m$ 个、滤波器长度 $r$ 的一维卷积，直接计算要 $m \cdot r$ 次乘法，Winograd 只要 $m + r - 1$ 次。

- $F(2, 3)$：直接 $2 \times 3 = 6$ 次，Winograd $2 + 3 - 1 = 4$ 次
- $F(2\times2, 3\times3)$：直接 $2 \cdot 2 \cdot 9 = 36$ 次，Winograd $(2 + 3 - 1)^2 = 16$ 次，省 $36/16 = 2.25$ 倍
- $F(4\times4, 3\times3)$：直接 $4 \cdot 4 \cdot 9 = 144$ 次，Winograd $(4 + 3 - 1)^2 = 36$ 次，省 $4$ 倍

代价是变换矩阵里的分数更多，fp16 下数值误差更大。

## 双线性上采样（`align_corners=False`，放大 2 倍）

输出坐标映射回输入：
$$x_{in} = \frac{x_{out} + 0.5}{2} - 0.5$$ @@N:坐标映射约定@@

$x_{out} = 1$ 时 $x_{in} = 0.75 - 0.5 = 0.25$，所以左邻（下标 0）权重 $0.75$，右邻（下标 1）权重 $0.25$。输入一行为 $[10, 20]$ 时
$$y = 0.75 \times 10 + 0.25 \times 20 = 12.5$$

二维时权重是两个方向的乘积，例如 $(0.75, 0.25)\otimes(0.75, 0.25)$ 给出 $0.5625,\ 0.1875,\ 0.1875,\ 0.0625$，和为 1。
""")

md("zh/lipschitz_step_size.md", "优化课程讲义 (Chinese lecture notes)", "L-smoothness, strong convexity, step size 1/L, linear convergence rate and iteration count on a quadratic", r"""## 第 4 讲 步长 $1/L$ 与线性收敛

考虑二次函数
$$f(w) = \tfrac12 w^\top A w - b^\top w, \qquad A = \begin{bmatrix}3 & 1\\ 1 & 3\end{bmatrix}$$ @@N:定义 f 和 A@@

$A$ 的特征值为 $3 \pm 1$，即 $4$ 和 $2$。因此 $\nabla f$ 的 Lipschitz 常数 $L = 4$，强凸系数 $\mu = 2$，条件数 $\kappa = L/\mu = 2$。

**步长 $\eta = 1/L = 0.25$**：梯度下降满足
$$f(w_{k+1}) - f^* \le \Big(1 - \frac{\mu}{L}\Big)\big(f(w_k) - f^*\big) = 0.5\,\big(f(w_k) - f^*\big)$$

想把初始误差缩小到 $10^{-6}$ 倍，需要
$$k \ge \frac{\ln 10^6}{\ln 2} \approx 13.8$$ @@W:ln(10^6)/ln 2 = 13.82/0.693 = 19.9, so k = 20@@

**最优常数步长** $\eta = \frac{2}{L + \mu} = \frac13$，此时 $\|w_k - w^*\|$ 每步收缩因子为
$$\frac{\kappa - 1}{\kappa + 1} = \frac{1}{3}$$

**稳定性**：$\eta < 2/L = 0.5$ 才不会发散。

**逻辑回归**：由于 $\sigma'(z) \le \frac14$，平均 logistic 损失的梯度 Lipschitz 常数为 $L = \frac14\lambda_{\max}\big(\tfrac1n X^\top X\big)$。
""")

nb("zh/lion_adafactor.ipynb", "优化器对比 Jupyter 笔记", "one Lion update step with decoupled weight decay; Adafactor factored second moment memory and reconstruction", [
("md", r"""# Lion 与 Adafactor：手算一步

Lion 更新（$\beta_1 = 0.9$，$\beta_2 = 0.99$，学习率 $\eta = 10^{-4}$，权重衰减 $\lambda = 0.1$）： @@N:超参数设定@@

$$c_t = \beta_1 m_{t-1} + (1 - \beta_1)g_t, \qquad w_t = w_{t-1} - \eta\big(\mathrm{sign}(c_t) + \lambda w_{t-1}\big)$$ @@N:更新规则@@
$$m_t = \beta_2 m_{t-1} + (1 - \beta_2)g_t$$ @@N:更新规则@@"""),
("md", r"""## 数值

$g = (0.5,\ -0.02,\ 0)$，$m = (0.1,\ 0.1,\ -0.2)$，$w = (1.0,\ -2.0,\ 0.5)$。 @@N:给定数值@@

$$c_1 = 0.9 \times 0.1 + 0.1 \times 0.5 = 0.14$$
$$c_2 = 0.9 \times 0.1 + 0.1 \times (-0.02) = 0.092$$ @@W:0.09 - 0.002 = 0.088@@
$$c_3 = 0.9 \times (-0.2) + 0 = -0.18$$

$\mathrm{sign}(c) = (1, 1, -1)$，$\lambda w = (0.1, -0.2, 0.05)$，所以
$$w_{new} = w - 10^{-4}\,(1.1,\ 0.8,\ -0.95) = (0.99989,\ -2.00008,\ 0.500095)$$
$$m_{new} = 0.99\,m + 0.01\,g = (0.104,\ 0.0988,\ -0.198)$$

注意第二维的梯度是负的，但由于动量为正，更新方向仍按 $\mathrm{sign}(c_2) = +1$。"""),
("code", r"""import numpy as np
g=np.array([.5,-.02,0]); m=np.array([.1,.1,-.2]); w=np.array([1.,-2.,.5])
c=.9*m+.1*g; print(c, w-1e-4*(np.sign(c)+.1*w), .99*m+.01*g)"""),
("md", r"""## Adafactor 的分解二阶矩

对 $n \times m$ 的权重矩阵，只存行和 $R \in \mathbb{R}^n$ 与列和 $C \in \mathbb{R}^m$： @@N:说明做法@@
$$\hat V = \frac{R\,C^\top}{\mathbf 1^\top R}$$ @@N:定义重建公式@@

$4096 \times 4096$ 的矩阵：存 $4096 + 4096 = 8192$ 个数，而不是 $4096^2 \approx 1.68\times10^7$ 个。

例：$V = \begin{bmatrix}1 & 2\\ 3 & 6\end{bmatrix}$，$R = (3, 9)$，$C = (4, 8)$，$\mathbf 1^\top R = 12$，
$$\hat V = \frac{1}{12}\begin{bmatrix}12 & 24\\ 36 & 72\end{bmatrix} = \begin{bmatrix}1 & 2\\ 3 & 6\end{bmatrix}$$
秩 1 时重建是精确的。""")])

md("zh/early_stopping_cosine.md", "训练调参经验帖 (Chinese forum post)", "early stopping with patience on a loss curve; cosine-annealing learning-rate values at given steps", r"""# 训练小记：早停 patience 怎么算 + 余弦退火学习率表

## 早停

验证集 loss（第 1 到第 8 个 epoch）： @@N:给定 loss 序列@@

`0.90, 0.75, 0.70, 0.71, 0.69, 0.70, 0.72, 0.73`

patience $= 3$：最好的是第 5 个 epoch 的 $0.69$，之后第 6、7、8 个 epoch 连续 3 次没有刷新最小值，于是第 8 个 epoch 结束后停止，并回滚到第 5 个 epoch 的权重。多跑了 $8 - 5 = 3$ 个 epoch。

如果 patience $= 2$，第 7 个 epoch 结束就会停（第 4 个 epoch 的 0.71 只是一次不提升，第 5 个又刷新了）。

## 余弦退火

$$\eta_t = \eta_{\min} + \tfrac12(\eta_{\max} - \eta_{\min})\Big(1 + \cos\frac{\pi t}{T}\Big)$$ @@N:调度公式定义@@

取 $\eta_{\max} = 0.1$，$\eta_{\min} = 0.001$，$T = 100$，系数 $\tfrac12(0.1 - 0.001) = 0.0495$：

- $t = 0$：$\eta = 0.001 + 0.0495 \times 2 = 0.1$
- $t = 25$：$\eta = 0.001 + 0.0495 \times (1 + 0.7071) \approx 0.0855$
- $t = 50$：$\eta = 0.001 + 0.0495 \times 1 = 0.0505$
- $t = 75$：$\eta = 0.001 + 0.0495 \times (1 - 0.7071) \approx 0.0855$ @@W:0.001 + 0.0495 x 0.2929 = 0.0155@@
- $t = 100$：$\eta = 0.001 + 0 = 0.001$

前一半只降了一半左右，后一半降得快。
""")
