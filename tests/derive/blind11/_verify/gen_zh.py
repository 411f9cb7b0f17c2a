from common import md, nb
L='zh'
md(L,'softmax_jacobian','Chinese CSDN blog post','softmax Jacobian and softmax+cross-entropy gradient with a numeric example',r'''
# Softmax + 交叉熵 反向传播推导（附雅可比矩阵）

设 $\mathbf z\in\mathbb R^C$，$p_i = \frac{e^{z_i}}{\sum_{k=1}^C e^{z_k}}$，记 $S = \sum_k e^{z_k}$。 ⟦N: definitions⟧
**1. Softmax 的雅可比矩阵**
当 $i = j$ 时：$\frac{\partial p_i}{\partial z_i} = \frac{e^{z_i}S - e^{z_i}e^{z_i}}{S^2} = p_i(1-p_i)$
当 $i \ne j$ 时：$\frac{\partial p_i}{\partial z_j} = -\frac{e^{z_i}e^{z_j}}{S^2} = -p_ip_j$
合起来：$J = \operatorname{diag}(\mathbf p) + \mathbf p\mathbf p^\top$ ⟦W: off-diagonal entries are -p_i p_j, so J = diag(p) - p p^T⟧
**2. 交叉熵** $L = -\sum_i y_i\log p_i$，$\mathbf y$ 为 one-hot ⟦N: loss definition⟧
$$\frac{\partial L}{\partial z_j} = -\sum_i \frac{y_i}{p_i}\frac{\partial p_i}{\partial z_j} = -y_j(1-p_j) + \sum_{i\ne j} y_i p_j = p_j - y_j$$
（最后一步用到了 $\sum_i y_i = 1$）
**3. 数值例子** $\mathbf z = (2, 1, 0.1)$，真实类别为第 1 类 ⟦N: binds example⟧
$$e^2 \approx 7.389,\ e^1 \approx 2.718,\ e^{0.1}\approx 1.105,\ S \approx 11.21$$
$$\mathbf p \approx (0.6590,\ 0.2424,\ 0.0986)$$
$$L = -\log 0.6590 \approx 0.4170$$
$$\frac{\partial L}{\partial \mathbf z} \approx (-0.3410,\ 0.2424,\ 0.0986)$$
雅可比对角元：$p_1(1-p_1) \approx 0.6590\times0.3410 \approx 0.2247$，非对角元 $-p_1p_2 \approx -0.1597$。
注意真正的 softmax 雅可比是对称矩阵，且每一行之和为 $0$。
''')
md(L,'lse_trick','Chinese Zhihu answer','log-sum-exp stabilisation, its gradient (softmax), bounds and use in cross-entropy',r'''
# 为什么要用 log-sum-exp 技巧？

直接算 $\log\sum_i e^{x_i}$，当 $x = (1000, 999)$ 时 $e^{1000}$ 会上溢（float64 最大约 $1.8\times10^{308}$，而 $e^{1000}\approx 10^{434}$）。
技巧：令 $c = \max_i x_i$， ⟦N: definition of c⟧
$$\log\sum_i e^{x_i} = \log\Big(e^{c}\sum_i e^{x_i - c}\Big) = c + \log\sum_i e^{x_i - c}$$
代入 $x = (1000, 999)$，$c = 1000$： ⟦N: binds values⟧
$$\operatorname{LSE}(x) = 1000 + \log(1 + e^{-1}) \approx 1000 + 0.3133 = 1000.3133$$
它的梯度正好是 softmax：
$$\frac{\partial}{\partial x_j}\operatorname{LSE}(x) = \frac{e^{x_j}}{\sum_i e^{x_i}} = \operatorname{softmax}(x)_j$$
所以 $\operatorname{softmax}(1000, 999) \approx (0.7311,\ 0.2689)$，和 $\operatorname{softmax}(1, 0)$ 一样（平移不变性）。
另外有界：$\max_i x_i \le \operatorname{LSE}(x) \le \max_i x_i + \log n$，这里 $n = 2$，$1000.3133 \le 1000 + 0.6931$ ✓。
交叉熵可以写成 $-z_y + \operatorname{LSE}(z)$；若 $z = (1000, 999)$ 且正确类别是第 2 类：$-999 + 1000.3133 = 1.3133$。
''')
nb(L,'mse_backprop_matrix','Chinese Jupyter course notebook','matrix-form backprop for a two-layer ReLU network with MSE, shapes and a 2x2 numeric example',[
('md',r'''
# 两层网络的矩阵形式反向传播（MSE 损失）
设批量大小为 $m$，$X\in\mathbb R^{m\times d}$，$W_1\in\mathbb R^{d\times h}$，$W_2\in\mathbb R^{h\times 1}$ ⟦N: shape declarations⟧
前向：$Z_1 = XW_1$，$A_1 = \operatorname{ReLU}(Z_1)$，$\hat Y = A_1W_2$ ⟦N: forward definitions⟧
损失：$L = \frac{1}{2m}\|\hat Y - Y\|_F^2$ ⟦N: loss definition⟧
反向：
$$\frac{\partial L}{\partial \hat Y} = \frac1m(\hat Y - Y)$$
$$\frac{\partial L}{\partial W_2} = A_1^\top\frac{\partial L}{\partial \hat Y}\quad(h\times1)$$
$$\frac{\partial L}{\partial A_1} = \frac{\partial L}{\partial \hat Y}W_2^\top\quad(m\times h)$$
$$\frac{\partial L}{\partial Z_1} = \frac{\partial L}{\partial A_1}\odot\mathbb 1[Z_1 > 0]$$
$$\frac{\partial L}{\partial W_1} = \frac{\partial L}{\partial Z_1}X^\top$$ ⟦W: transpose/order error: dL/dW1 = X^T dL/dZ1 (d x h); (m x h)(d x m) does not even conform⟧
'''),
('md',r'''
## 数值例子：$m = 2$，$d = 2$，$h = 2$ ⟦N: binds sizes⟧
$X = \begin{bmatrix}1 & 2\\ 0 & 1\end{bmatrix}$，$W_1 = \begin{bmatrix}1 & -1\\ 0 & 1\end{bmatrix}$，$W_2 = \begin{bmatrix}2\\ 1\end{bmatrix}$，$Y = \begin{bmatrix}3\\ 0\end{bmatrix}$ ⟦N: binds matrices⟧
$$Z_1 = XW_1 = \begin{bmatrix}1 & 1\\ 0 & 1\end{bmatrix},\quad A_1 = \begin{bmatrix}1 & 1\\ 0 & 1\end{bmatrix}$$
$$\hat Y = A_1W_2 = \begin{bmatrix}3\\ 1\end{bmatrix},\quad L = \frac14(0^2 + 1^2) = 0.25$$
$$\frac{\partial L}{\partial \hat Y} = \frac12\begin{bmatrix}0\\ 1\end{bmatrix} = \begin{bmatrix}0\\ 0.5\end{bmatrix}$$
$$\frac{\partial L}{\partial W_2} = A_1^\top\begin{bmatrix}0\\ 0.5\end{bmatrix} = \begin{bmatrix}0\\ 0.5\end{bmatrix}$$
$$\frac{\partial L}{\partial A_1} = \begin{bmatrix}0\\ 0.5\end{bmatrix}\begin{bmatrix}2 & 1\end{bmatrix} = \begin{bmatrix}0 & 0\\ 1 & 0.5\end{bmatrix}$$
$Z_1$ 的 $(2,1)$ 元素为 0，约定 ReLU 在 0 处的导数取 0： ⟦N: convention⟧
$$\frac{\partial L}{\partial Z_1} = \begin{bmatrix}0 & 0\\ 0 & 0.5\end{bmatrix},\quad \frac{\partial L}{\partial W_1} = X^\top\frac{\partial L}{\partial Z_1} = \begin{bmatrix}0 & 0\\ 0 & 0.5\end{bmatrix}$$
'''),
('code','import numpy as np\nX=np.array([[1.,2],[0,1]]); W1=np.array([[1.,-1],[0,1]]); W2=np.array([[2.],[1]]); Y=np.array([[3.],[0]])\nZ1=X@W1; A1=np.maximum(Z1,0); Yh=A1@W2; m=2\ndY=(Yh-Y)/m; dW2=A1.T@dY; dA1=dY@W2.T; dZ1=dA1*(Z1>0); dW1=X.T@dZ1\nprint(((Yh-Y)**2).sum()/(2*m), dW2.ravel(), dW1)')])
md(L,'gaussian_mle','Chinese cnblogs post','Gaussian maximum likelihood estimates of mean and variance, bias, numeric example',r'''
# 高斯分布的极大似然估计推导

样本 $x_1,\dots,x_n$ 独立同分布于 $\mathcal N(\mu,\sigma^2)$。 ⟦N: assumption⟧
对数似然：
$$\ell(\mu,\sigma^2) = -\frac n2\log(2\pi) - \frac n2\log\sigma^2 - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i-\mu)^2$$
对 $\mu$ 求导并令其为零：
$$\frac{\partial\ell}{\partial\mu} = \frac{1}{\sigma^2}\sum_{i=1}^n(x_i-\mu) = 0 \;\Rightarrow\; \hat\mu = \frac1n\sum_{i=1}^n x_i$$
对 $\sigma^2$ 求导并令其为零：
$$\frac{\partial\ell}{\partial\sigma^2} = -\frac{n}{2\sigma^2} + \frac{1}{2\sigma^4}\sum_{i=1}^n(x_i-\mu)^2 = 0 \;\Rightarrow\; \hat\sigma^2 = \frac1n\sum_{i=1}^n(x_i-\hat\mu)^2$$
注意 $\hat\sigma^2$ 是有偏的：$\mathbb E[\hat\sigma^2] = \frac{n}{n-1}\sigma^2$。 ⟦W: the MLE variance underestimates: E = (n-1)/n sigma^2⟧
与线性回归的联系：若 $y = w^\top x + \varepsilon$，$\varepsilon\sim\mathcal N(0,\sigma^2)$，则最大化似然等价于最小化 $\sum_i (y_i - w^\top x_i)^2$。
**例**：样本 $(2, 4, 4, 6)$ ⟦N: binds sample⟧
$$\hat\mu = \frac{2+4+4+6}{4} = 4$$
$$\hat\sigma^2 = \frac{4 + 0 + 0 + 4}{4} = 2$$
无偏估计为 $\frac{8}{3} \approx 2.667$。
此时对数似然 $\ell = -2\log(2\pi) - 2\log 2 - \frac{8}{2\cdot2} \approx -3.6758 - 1.3863 - 2 \approx -7.062$
''')
md(L,'hinge_svm','Chinese exam reference answer','hinge loss subgradient for a regularised linear SVM, two-sample numbers and one SGD step',r'''
# 期中考试 第5题 参考答案：hinge 损失与次梯度

线性分类器 $f(x) = w^\top x + b$，标签 $y\in\{-1, +1\}$。 ⟦N: definitions⟧
带 L2 正则的目标：$J = \frac1m\sum_{i=1}^m\max(0, 1 - y_if(x_i)) + \frac\lambda2\|w\|^2$ ⟦N: objective definition⟧
单个样本的次梯度：
$$\frac{\partial}{\partial w}\max(0, 1-yf(x)) = \begin{cases}-y\,x, & yf(x) < 1\\ 0, & yf(x) > 1\end{cases}$$
给定 $w = (1, -2)$，$b = 0.5$，$\lambda = 0.1$，两个样本： ⟦N: binds parameters⟧
$x_1 = (1, 0),\ y_1 = +1$；$x_2 = (1, 1),\ y_2 = -1$ ⟦N: binds data⟧
$$y_1f(x_1) = 1\cdot(1 + 0.5) = 1.5 > 1 \Rightarrow \text{损失 } 0$$
$$y_2f(x_2) = -1\cdot(1 - 2 + 0.5) = 0.5 < 1 \Rightarrow \text{损失 } 0.5$$
$$J = \frac12(0 + 0.5) + \frac{0.1}{2}\cdot 5 = 0.25 + 0.25 = 0.5$$
$$\nabla_w J = \frac12\big(0 + (-y_2)x_2\big) + \lambda w = \frac12(1, 1) + (0.1, -0.2) = (0.6, 0.3)$$
$$\frac{\partial J}{\partial b} = 0 + (-y_2) = 1$$ ⟦W: the 1/m = 1/2 average is forgotten; dJ/db = 0.5⟧
SGD 一步（$\eta = 0.1$）：$w \leftarrow (1, -2) - 0.1(0.6, 0.3) = (0.94, -2.03)$
''')
md(L,'momentum_unrolled','Chinese study notes','EMA-form momentum unrolled, weight sum, effective window, numbers with bias correction',r'''
# 动量法（Momentum）展开式与指数加权平均

更新规则（EMA 形式）：$v_t = \beta v_{t-1} + (1-\beta) g_t$，$v_0 = 0$，$\theta_t = \theta_{t-1} - \eta v_t$ ⟦N: update rule⟧
展开递推：
$$v_t = (1-\beta)\sum_{k=1}^{t}\beta^{t-k+1} g_k$$ ⟦W: exponent should be t-k (the newest gradient has weight 1-beta)⟧
权重之和为
$$(1-\beta)\sum_{k=1}^{t}\beta^{t-k} = 1 - \beta^{t}$$
所以当 $t$ 较小时 $v_t$ 偏小，这就是需要偏差修正的原因。
"有效窗口"约为 $\frac{1}{1-\beta}$：$\beta = 0.9$ 时约 10 步，$\beta = 0.99$ 时约 100 步。
$\beta^{1/(1-\beta)}\approx e^{-1}$：$0.9^{10} \approx 0.3487$，$e^{-1}\approx 0.3679$。
**数值例子**：$\beta = 0.9$，$g_1 = 1,\ g_2 = 2,\ g_3 = 3$ ⟦N: binds values⟧
$$v_1 = 0.1,\quad v_2 = 0.09 + 0.2 = 0.29,\quad v_3 = 0.261 + 0.3 = 0.561$$
用展开式验证：$v_3 = 0.1(0.81\cdot1 + 0.9\cdot2 + 3) = 0.1\cdot 5.61 = 0.561$ ✓
偏差修正：$\hat v_3 = \frac{0.561}{1-0.9^3} = \frac{0.561}{0.271} \approx 2.070$
（修正后是三个梯度的加权平均，偏向最近的 $g_3 = 3$，落在 1 和 3 之间，合理。）
''')
nb(L,'grad_check','Chinese Jupyter homework notebook','gradient checking with central vs forward differences on f(w)=w^3',[
('md',r'''
# 梯度检验（gradient checking）：中心差分 vs 解析梯度
中心差分：$\frac{\partial f}{\partial\theta}\approx\frac{f(\theta+\epsilon) - f(\theta-\epsilon)}{2\epsilon}$，截断误差为 $O(\epsilon^2)$
前向差分：$\frac{f(\theta+\epsilon) - f(\theta)}{\epsilon}$，截断误差为 $O(\epsilon)$。
相对误差定义为 $\text{rel} = \frac{|g_{\text{num}} - g_{\text{ana}}|}{\max(|g_{\text{num}}|, |g_{\text{ana}}|)}$ ⟦N: definition⟧
'''),
('md',r'''
## 例子：$f(w) = w^3$，在 $w = 2$ 处，$\epsilon = 0.01$ ⟦N: binds example⟧
解析梯度：$f'(w) = 3w^2 = 12$
$$f(2.01) = 8.120601,\qquad f(1.99) = 7.880599$$
$$g_{\text{num}} = \frac{8.120601 - 7.880599}{0.02} = \frac{0.240002}{0.02} = 12.0001$$
相对误差 $\approx \frac{0.0001}{12.0001} \approx 8.3\times10^{-5}$ ⟦W: 0.0001/12.0001 = 8.3e-6⟧
中心差分对三次函数的误差恰好是 $\epsilon^2 = 10^{-4}$。
前向差分：$\frac{8.120601 - 8}{0.01} = 12.0601$，误差 $0.0601$，大了约 600 倍。
'''),
('code','f = lambda w: w**3\ne = 0.01\ng = (f(2+e)-f(2-e))/(2*e)\nprint(g, abs(g-12)/g, (f(2+e)-f(2))/e)')])
md(L,'flops_conv','Chinese blog notes','conv layer parameter count, output size and MACs/FLOPs for ResNet conv1 and an FC layer',r'''
# 卷积层 FLOPs 与参数量计算笔记

输入 $(N, C_{in}, H, W)$，卷积核 $K\times K$，输出 $(N, C_{out}, H', W')$，含偏置。 ⟦N: shape declarations⟧
参数量：$K^2C_{in}C_{out} + C_{out}$
每个输出元素需要 $K^2C_{in}$ 次乘加（MAC），所以总 MAC $= H'W'C_{out}K^2C_{in}$（单张图）
FLOPs 通常按 $1\text{ MAC} = 2\text{ FLOPs}$ 计。 ⟦N: counting convention⟧
**例**：ResNet 第一层，输入 $(1, 3, 224, 224)$，$7\times7$，64 个卷积核，stride 2，padding 3 ⟦N: binds example⟧
$$H' = \left\lfloor\frac{224 + 6 - 7}{2}\right\rfloor + 1 = 111 + 1 = 112$$
参数量（无偏置）：$7\cdot7\cdot3\cdot64 = 9408$
$$\text{MAC} = 112\cdot112\cdot64\cdot147 = 118{,}013{,}952 \approx 1.18\times10^{8}$$
FLOPs $\approx 2.36\times10^8$。
全连接层 $2048\to1000$：参数 $2048\cdot1000 + 1000 = 2{,}049{,}000$，MAC $= 2{,}048{,}000$。
batch size 为 32 时，MAC 乘以 32：$118{,}013{,}952\times32 \approx 3.78\times10^{9}$。
''')
