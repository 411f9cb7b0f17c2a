FILES = {}
FILES["zh/softmax_ce_derivation.md"] = ({"style": "Chinese CSDN blog post with tagged equations", "topic": "softmax cross-entropy gradient p - y derivation"}, r"""
# Softmax + 交叉熵 求导（详细推导）

设输入 logits 为 $z\in\mathbb{R}^K$，标签 $y$ 为 one-hot 向量，则 ⟦N:setup⟧

$$p_k = \frac{e^{z_k}}{\sum_{i=1}^{K} e^{z_i}} \tag{1} ⟦N:definition⟧$$

$$L = -\sum_{k=1}^{K} y_k \ln p_k \tag{2} ⟦N:definition⟧$$

**第一步：softmax 的导数。**

$$\frac{\partial p_k}{\partial z_j} = \begin{cases} p_j(1-p_j), & k = j \\ -p_k p_j, & k \neq j \end{cases} \tag{3}$$

**第二步：链式法则。** 由 $\frac{\partial L}{\partial p_k} = -\frac{y_k}{p_k}$ 得

$$
\begin{aligned}
\frac{\partial L}{\partial z_j} &= \sum_{k} \frac{\partial L}{\partial p_k}\frac{\partial p_k}{\partial z_j} \\
&= -\frac{y_j}{p_j}\,p_j(1-p_j) + \sum_{k\neq j}\left(-\frac{y_k}{p_k}\right)(-p_k p_j) \\
&= -y_j(1-p_j) - p_j\sum_{k\neq j} y_k ⟦W:the second term has a plus sign: + p_j * sum_{k != j} y_k⟧\\
&= -y_j + p_j\sum_{k} y_k
\end{aligned} \tag{4}
$$

**第三步：** 因为 $\sum_k y_k = 1$，所以

$$\frac{\partial L}{\partial z_j} = p_j - y_j \tag{5}$$

写成向量形式就是 $\nabla_z L = p - y$。若一个 batch 有 $N$ 个样本且损失取平均，则梯度再乘以 $\frac{1}{N}$。

其中 (5) 式也说明：预测越准（$p_j \to y_j$），梯度越小。
""")

FILES["zh/conv_size_params.md"] = ({"style": "Chinese Zhihu answer on CNN shapes", "topic": "conv/pool output shapes in (N,C,H,W) and parameter counts"}, r"""
**问：下面这个网络每一层输出的形状和参数量怎么算？**

**答：** 记住两个公式就够了：⟦N:framing⟧

- 输出尺寸：$H_{out} = \left\lfloor \dfrac{H_{in} + 2P - K}{S} \right\rfloor + 1$ ⟦N:formula⟧
- 卷积参数量：$C_{out}\times(K\times K\times C_{in} + 1)$ ⟦N:formula⟧

输入形状为 $(N, 3, 32, 32)$。⟦N:binds input shape⟧

1. `Conv2d(3, 16, 5, padding=2)`：$H_{out} = (32 + 4 - 5)/1 + 1 = 32$，输出 $(N, 16, 32, 32)$；
   参数量 $16\times(5\times5\times3 + 1) = 16\times76 = 1216$。
2. `MaxPool2d(2)`：输出 $(N, 16, 16, 16)$，无参数。
3. `Conv2d(16, 32, 3)`（无 padding）：$H_{out} = 16 - 3 + 1 = 14$，输出 $(N, 32, 14, 14)$；
   参数量 $32\times(3\times3\times16 + 1) = 32\times145 = 4460$。 ⟦W:32*145 = 4640⟧
4. `MaxPool2d(2)`：输出 $(N, 32, 7, 7)$。
5. `Flatten` 后维度为 $32\times7\times7 = 1568$。
6. `Linear(1568, 10)`：参数量 $1568\times10 + 10 = 15690$。

总参数量 $= 1216 + 4640 + 15690 = 21546$。

注意：PyTorch 的形状顺序是 $(N, C, H, W)$，TensorFlow 默认是 $(N, H, W, C)$。
""")

FILES["zh/adam_rmsprop.md"] = ({"style": "Chinese cnblogs optimizer notes with numbers", "topic": "Adam two steps with bias correction, relation to RMSProp"}, r"""
# Adam 手算两步

Adam = Momentum + RMSProp + 偏差修正。更新公式：⟦N:framing⟧

$$m_t = \beta_1 m_{t-1} + (1-\beta_1)g_t,\qquad v_t = \beta_2 v_{t-1} + (1-\beta_2)g_t^2 ⟦N:update rules⟧$$

$$\hat m_t = \frac{m_t}{1-\beta_1^t},\quad \hat v_t = \frac{v_t}{1-\beta_2^t},\quad \theta_t = \theta_{t-1} - \alpha\frac{\hat m_t}{\sqrt{\hat v_t}+\epsilon} ⟦N:update rules⟧$$

取 $\beta_1 = 0.9$，$\beta_2 = 0.999$，$\alpha = 0.01$，$\epsilon$ 忽略，$m_0 = v_0 = 0$。⟦N:binds hyperparameters⟧

**第 1 步**，$g_1 = 0.4$：⟦N:binds g_1⟧
- $m_1 = 0.1\times0.4 = 0.04$，$v_1 = 0.001\times0.16 = 0.00016$
- $\hat m_1 = 0.04/0.1 = 0.4$，$\hat v_1 = 0.00016/0.001 = 0.16$
- 步长 $= 0.01\times 0.4/\sqrt{0.16} = 0.01$

**第 2 步**，$g_2 = -0.2$（梯度反号）：⟦N:binds g_2⟧
- $m_2 = 0.9\times0.04 + 0.1\times(-0.2) = 0.016$
- $v_2 = 0.999\times0.00016 + 0.001\times0.04 = 0.00019984$
- $\hat m_2 = 0.016/0.19 \approx 0.0842$，$\hat v_2 = 0.00019984/0.001999 \approx 0.1000$
- 步长 $\approx 0.01\times0.0842/0.3162 \approx 0.00266$

可以看到，第 1 步的步长正好是 $\alpha$；第 2 步由于动量的惯性，虽然梯度已经反号，$\hat m_2$ 仍为正，参数继续沿原方向移动。

若令 $\beta_1 = 0$ 且不做偏差修正，Adam 就退化为 RMSProp。
""")

FILES["zh/batchnorm_params.ipynb"] = ({"style": "Chinese Jupyter notebook (deployment notes)", "topic": "BN parameter count and folding BN into the preceding conv"}, [
("md", r"""
# BN 的参数量与推理时的融合（fold）

对于通道数 $C = 64$ 的 `BatchNorm2d`：⟦N:binds C⟧

- 可学习参数 $\gamma, \beta$：$2C = 128$ 个
- 缓冲区 running_mean、running_var：也是 $2C = 128$ 个，但不参与梯度更新
"""),
("md", r"""
## 融合公式

卷积输出 $y = Wx + b$，BN 推理时使用 $\hat y = \gamma\frac{y - \mu}{\sqrt{\sigma^2+\epsilon}} + \beta$，代入得 ⟦N:definitions⟧

$$W' = \frac{\gamma}{\sqrt{\sigma^2+\epsilon}}W,\qquad b' = \frac{\gamma\,(b-\mu)}{\sqrt{\sigma^2+\epsilon}} + \beta$$

因此卷积层后接 BN 时，卷积自身的 bias 是多余的（会被 $\beta$ 吸收）。
"""),
("md", r"""
## 数值验证（单通道标量）

$W = 3$，$b = 0$，$\gamma = 2$，$\beta = 0.5$，$\mu = 1$，$\sigma^2 = 0.25$，$\epsilon \approx 0$。⟦N:binds values⟧

- $\sqrt{\sigma^2} = 0.5$
- $W' = 2\times3/0.5 = 12$
- $b' = 2\times(0 - 1)/0.5 + 0.5 = -4.5$ ⟦W:-4 + 0.5 = -3.5⟧

取 $x = 1$：原始计算 $y = 3$，$\hat y = 2\times(3-1)/0.5 + 0.5 = 8.5$；融合后 $12\times1 - 3.5 = 8.5$，一致。
"""),
("code", r"""
W, b, g, beta, mu, var = 3., 0., 2., .5, 1., .25
Wf = g * W / var**.5; bf = g * (b - mu) / var**.5 + beta
x = 1.
print(Wf, bf, Wf * x + bf, g * (W * x + b - mu) / var**.5 + beta)
"""),
])

FILES["zh/matrix_backprop.md"] = ({"style": "Chinese lecture handout on matrix-form backprop", "topic": "gradients of an affine layer Y = XW + b in matrix form with shapes"}, r"""
## 全连接层反向传播（矩阵形式）

前向：$Y = XW + \mathbf{1}b^\top$，其中 $X\in\mathbb{R}^{N\times D}$，$W\in\mathbb{R}^{D\times M}$，$b\in\mathbb{R}^{M}$，$Y\in\mathbb{R}^{N\times M}$。⟦N:definition and shape declarations⟧

已知上游梯度 $\dfrac{\partial L}{\partial Y}\in\mathbb{R}^{N\times M}$，记为 $dY$。⟦N:notation⟧

由 $Y_{nm} = \sum_d X_{nd}W_{dm} + b_m$ 逐元素求导：

$$\frac{\partial L}{\partial W_{dm}} = \sum_n X_{nd}\, dY_{nm} \;\Rightarrow\; dW = X^\top dY \quad (D\times M)$$

$$\frac{\partial L}{\partial X_{nd}} = \sum_m dY_{nm}\, W_{dm} \;\Rightarrow\; dX = W^\top dY ⟦W:dX = dY W^T (N x D); W^T dY does not even conform⟧$$

$$db = \sum_{n=1}^{N} dY_{n,:} = dY^\top\mathbf{1} \quad (M)$$

**小例子**：$X = \begin{bmatrix}1&2\\3&4\end{bmatrix}$，$W = \begin{bmatrix}1&2\\0&1\end{bmatrix}$，$dY = I_2$。⟦N:binds example⟧

- $dW = X^\top I = \begin{bmatrix}1&3\\2&4\end{bmatrix}$
- $dX = I\,W^\top = \begin{bmatrix}1&0\\2&1\end{bmatrix}$
- $db = (1,\ 1)$

检查形状的口诀：梯度的形状必须与对应变量的形状相同。
""")

FILES["zh/l2_ridge.md"] = ({"style": "Chinese textbook section (西瓜书-like)", "topic": "ridge regression as MAP with Gaussian prior, closed form, 2-D example"}, r"""
### 3.4 岭回归与高斯先验

设 $y = Xw + \varepsilon$，$\varepsilon\sim\mathcal{N}(0,\sigma^2 I)$，先验 $w\sim\mathcal{N}(0,\tau^2 I)$。 最大后验估计等价于最小化

$$\frac{1}{2\sigma^2}\lVert y - Xw\rVert^2 + \frac{1}{2\tau^2}\lVert w\rVert^2 ,$$

两边乘以 $2\sigma^2$，即

$$\min_w\; \lVert y - Xw\rVert^2 + \lambda\lVert w\rVert^2,\qquad \lambda = \frac{\sigma^2}{\tau^2}. \tag{3.20}$$

对 $w$ 求导并令其为零：

$$-2X^\top(y - Xw) + 2\lambda w = 0 \;\Rightarrow\; w^\ast = (X^\top X + \lambda I)^{-1}X^\top y. \tag{3.21}$$

**例.** $X^\top X = \begin{bmatrix}1&0\\0&4\end{bmatrix}$，$X^\top y = \begin{bmatrix}2\\4\end{bmatrix}$，$\lambda = 1$。⟦N:binds example⟧

$$w^\ast = \begin{bmatrix}2&0\\0&5\end{bmatrix}^{-1}\begin{bmatrix}2\\4\end{bmatrix} = \begin{bmatrix}1\\0.8\end{bmatrix},$$

而最小二乘解为 $(2,\ 1)^\top$。可见方差小（特征值小）的方向被收缩得更厉害：第一维缩为一半，第二维只缩为 $4/5$。

先验越强（$\tau^2$ 越小），$\lambda$ 越大，$w^\ast$ 越接近 $0$。
""")

FILES["zh/he_init.ipynb"] = ({"style": "Chinese Jupyter notebook (PyTorch init study)", "topic": "He initialisation for a conv layer, fan_in and fan_out"}, [
("md", r"""
# Kaiming (He) 初始化推导

设 $z = \sum_{i=1}^{n} w_i x_i$，$w_i$ 零均值且与 $x_i$ 独立，$x = \mathrm{ReLU}(u)$，$u$ 关于 0 对称。⟦N:assumptions⟧

由于 ReLU 把一半的概率质量置零：

$$\mathbb{E}[x^2] = \mathbb{E}[\mathrm{ReLU}(u)^2] = \frac14\mathrm{Var}(u) ⟦W:half of E[u^2]: it equals Var(u)/2⟧$$

所以 $\mathrm{Var}(z) = n\,\mathrm{Var}(w)\,\mathbb{E}[x^2] = \frac{n}{2}\mathrm{Var}(w)\mathrm{Var}(u)$，要保持方差不变需 $\mathrm{Var}(w) = 2/n$。
"""),
("md", r"""
## 卷积层的 fan_in / fan_out

`Conv2d(64, 128, kernel_size=3)`：⟦N:binds layer⟧

- fan_in $= k^2 C_{in} = 3\times3\times64 = 576$
- `mode='fan_in'`：$\mathrm{std} = \sqrt{2/576} \approx 0.0589$
- fan_out $= k^2 C_{out} = 3\times3\times128 = 1152$
- `mode='fan_out'`：$\mathrm{std} = \sqrt{2/1152} = 1/24 \approx 0.0417$

fan_in 模式保证前向方差稳定，fan_out 模式保证反向梯度方差稳定。
"""),
("code", r"""
import torch, math
w = torch.empty(128, 64, 3, 3)
torch.nn.init.kaiming_normal_(w, mode='fan_in', nonlinearity='relu')
print(w.std().item(), math.sqrt(2 / 576))
"""),
])

FILES["zh/attention_shapes.md"] = ({"style": "Chinese blog post on Transformer internals", "topic": "multi-head attention tensor shapes and parameter count"}, r"""
# 多头注意力：形状与参数量

配置：$d_{model} = 512$，头数 $h = 8$，批大小 $B$，序列长度 $L$。⟦N:binds configuration⟧

每个头的维度 $d_k = d_{model}/h = 512/8 = 32$。 ⟦W:512/8 = 64⟧

**形状变化**（以 PyTorch 为例）：
1. 输入 $X$：$(B, L, 512)$
2. $Q = XW_Q$：$(B, L, 512)$，reshape + transpose 为 $(B, 8, L, 64)$；$K, V$ 同理
3. 分数 $QK^\top/\sqrt{64}$：$(B, 8, L, L)$
4. 与 $V$ 相乘：$(B, 8, L, 64)$，拼接回 $(B, L, 512)$
5. 输出投影 $W_O$：$(B, L, 512)$

**参数量**：$W_Q, W_K, W_V, W_O$ 都是 $512\times512$，各带 512 维偏置：

$$4\times(512\times512 + 512) = 4\times262{,}656 = 1{,}050{,}624$$

**注意力矩阵的显存**：$B = 1$，$L = 1024$ 时，分数张量有 $8\times1024\times1024 = 8{,}388{,}608$ 个元素，
fp32 下约 $32$ MiB（$8{,}388{,}608\times4$ 字节）。长度翻倍，这部分变为 4 倍。

缩放因子 $1/\sqrt{d_k} = 1/8$ 让点积的方差回到 1 左右。
""")

FILES["zh/entropy_kl.md"] = ({"style": "Chinese study notes on information theory", "topic": "KL divergence in bits, asymmetry, cross entropy = entropy + KL"}, r"""
## 信息论笔记：熵、交叉熵、KL 散度（单位：bit）

定义（以 2 为底）：⟦N:framing⟧

$$H(p) = -\sum_x p(x)\log_2 p(x),\quad H(p,q) = -\sum_x p(x)\log_2 q(x),\quad D_{KL}(p\Vert q) = \sum_x p(x)\log_2\frac{p(x)}{q(x)} ⟦N:definitions⟧$$

**例：** $p = (0.5, 0.5)$，$q = (0.75, 0.25)$。⟦N:binds p and q⟧

- $H(p) = 1$ bit
- $D_{KL}(p\Vert q) = 0.5\log_2\frac{0.5}{0.75} + 0.5\log_2\frac{0.5}{0.25} \approx 0.5\times(-0.585) + 0.5\times1 \approx 0.2075$
- $D_{KL}(q\Vert p) = 0.75\log_2 1.5 + 0.25\log_2 0.5 \approx 0.4387 - 0.25 \approx 0.1887$

两者不相等，所以 KL 散度不是距离（不对称）。

**关系式：** $H(p,q) = H(p) + D_{KL}(p\Vert q)$。验证：

$$H(p,q) = -0.5\log_2 0.75 - 0.5\log_2 0.25 \approx 0.2075 + 1 = 1.2075$$

与 $1 + 0.2075$ 一致。训练分类器时 $H(p)$ 是常数，所以最小化交叉熵就是最小化 KL 散度。
""")
