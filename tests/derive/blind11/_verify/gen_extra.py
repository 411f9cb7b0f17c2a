from common import md, nb
md('en','linear_regression_gd','course forum Q&A with TA answer','one gradient-descent step for univariate linear regression with MSE, numbers and closed form',r'''
> **Q:** I keep getting a different gradient than my code for linear regression. Can someone check?

**A (TA):** Let's do it slowly. Model $\hat y^{(i)} = w x^{(i)} + b$, cost ⟦N: model definition⟧
$$J(w,b) = \frac{1}{2m}\sum_{i=1}^m\big(\hat y^{(i)} - y^{(i)}\big)^2$$ ⟦N: cost definition⟧
$$\frac{\partial J}{\partial w} = \frac1m\sum_{i=1}^m\big(\hat y^{(i)} - y^{(i)}\big)x^{(i)},\qquad \frac{\partial J}{\partial b} = \frac1m\sum_{i=1}^m\big(\hat y^{(i)} - y^{(i)}\big)$$
Data: $x = (1, 2, 3)$, $y = (2, 4, 5)$, start at $w = 0$, $b = 0$, learning rate $\alpha = 0.1$. ⟦N: binds data and start point⟧
Predictions are all $0$, so the residuals are $\hat y - y = (2, 4, 5)$. ⟦W: residuals are 0 - y = (-2, -4, -5)⟧
$$J(0,0) = \frac{1}{6}(4 + 16 + 25) = 7.5$$
$$\frac{\partial J}{\partial w} = \frac13(-2\cdot1 - 4\cdot2 - 5\cdot3) = \frac{-25}{3} \approx -8.333$$
$$\frac{\partial J}{\partial b} = \frac13(-2 - 4 - 5) = -\frac{11}{3} \approx -3.667$$
Update: $w := 0 - 0.1(-8.333) = 0.8333$, $b := 0 - 0.1(-3.667) = 0.3667$
New predictions: $\hat y = (1.2,\ 2.0333,\ 2.8667)$
$$J(0.8333, 0.3667) \approx \frac16\big(0.64 + 3.8678 + 4.5511\big) \approx 1.5098$$
So the cost dropped from 7.5 to about 1.51. Your code probably forgot the $\frac1m$: without it you'd get $\partial J/\partial w = -25$ and a step three times as big.
For reference, the least-squares optimum is $w^\ast = 1.5$, $b^\ast = 2/3$.
''')
md('en','cnn_param_count_small','quiz solution','layer-by-layer output shapes and parameter count of a small CIFAR-10 CNN',r'''
# Quiz 4 solution: parameter count of a small CIFAR-10 CNN

Input $(N, 3, 32, 32)$. All convs are $3\times3$, stride 1, padding 1, with bias; pools are $2\times2$, stride 2. ⟦N: declares architecture⟧
| layer | output | params |
|---|---|---|
| conv 3→32 | $(N, 32, 32, 32)$ | $3\cdot3\cdot3\cdot32 + 32 = 896$ |
| conv 32→32 | $(N, 32, 32, 32)$ | $9\cdot32\cdot32 + 32 = 9248$ |
| maxpool | $(N, 32, 16, 16)$ | 0 |
| conv 32→64 | $(N, 64, 16, 16)$ | $9\cdot32\cdot64 + 64 = 18496$ |
| maxpool | $(N, 64, 8, 8)$ | 0 |
| flatten | $(N, 4096)$ | 0 |
| fc 4096→128 | $(N, 128)$ | $4096\cdot128 + 128 = 524416$ |
| fc 128→10 | $(N, 10)$ | $1290$ |

Total: $896 + 9248 + 18496 + 524416 + 1290 = 554346$.
The first FC layer holds $524416/554346 \approx 94.6\%$ of the weights, the usual story.
Adding BatchNorm after each conv adds $2(32+32+64) = 256$ trainable parameters.
''')
md('ko','l1_l2_subgradient','Korean blog post','L1 vs L2 regularisation gradients, one-step comparison, soft-thresholding',r'''
# L1 vs L2 정규화: 기울기와 한 스텝 비교

정규화 항: L2는 $\frac\lambda2 w^2$, L1은 $\lambda|w|$ ⟦N: definitions⟧
$$\frac{d}{dw}\frac\lambda2 w^2 = \lambda w,\qquad \frac{d}{dw}\lambda|w| = \lambda\operatorname{sign}(w)\ (w\ne0)$$
$w=0$에서 L1은 미분 불가능하고, 서브그래디언트 집합은 $[-\lambda, \lambda]$이다.
즉 L2는 큰 가중치를 많이, 작은 가중치를 조금 줄이고, L1은 크기와 상관없이 매 스텝 $\eta\lambda$씩 줄인다.
예: $\eta = 0.1$, $\lambda = 0.5$, 데이터 손실의 기울기는 0이라고 하자. ⟦N: binds example⟧
- $w = 2$: L2 → $2 - 0.1\cdot0.5\cdot2 = 1.9$, L1 → $2 - 0.1\cdot0.5 = 1.95$
- $w = 0.03$: L2 → $0.03(1 - 0.05) = 0.0285$, L1 → $0.03 - 0.05 = -0.02$ (부호가 넘어감!)
그래서 실제로는 proximal(soft-thresholding) 업데이트를 쓴다:
$$w \leftarrow \operatorname{sign}(w)\max(|w| - \eta\lambda,\ 0)$$ ⟦N: update rule⟧
그러면 $w = 0.03$은 $\max(0.03 - 0.05, 0) = 0$이 되어 정확히 0이 된다 → 희소성.
L2만 쓰면 $n$ 스텝 후 $w_n = (1-\eta\lambda)^n w_0 = 0.95^n w_0$로 0에 가까워지기만 할 뿐 0이 되지는 않는다.
예: $0.95^{10} \approx 0.5987$.
''')
md('zh','info_nce_temperature','Chinese blog notes','InfoNCE loss with temperature: value, gradients, effect of tau',r'''
# InfoNCE 损失与温度系数 τ 的计算

一个 anchor 与 1 个正样本、$K$ 个负样本，相似度为余弦相似度 $s$：
$$L = -\log\frac{e^{s^+/\tau}}{e^{s^+/\tau} + \sum_{k=1}^{K} e^{s_k^-/\tau}}$$ ⟦N: definition⟧
例：$s^+ = 0.8$，负样本 $s^- = (0.2, 0.5)$，$\tau = 0.1$ ⟦N: binds example⟧
$$s/\tau = (8,\ 2,\ 5)$$
$$L = -\log\frac{e^8}{e^8 + e^2 + e^5} = \log\big(1 + e^{-6} + e^{-3}\big) \approx \log(1.05227) \approx 0.0509$$
对 $s^+$ 的梯度：$\frac{\partial L}{\partial s^+} = \frac{1}{\tau}(p^+ - 1)$，其中 $p^+ = \frac{e^8}{e^8+e^2+e^5} \approx 0.9503$
$$\frac{\partial L}{\partial s^+} \approx 10\times(0.9503 - 1) = -0.0497$$ ⟦W: 10 x (-0.0497) = -0.497⟧
对负样本：$\frac{\partial L}{\partial s_k^-} = \frac{1}{\tau}p_k^-$，$p_{(0.5)}^- = \frac{e^5}{e^8+e^2+e^5} \approx 0.0473$，梯度 $\approx 0.473$
若 $\tau = 1$：$L = \log(1 + e^{-0.6} + e^{-0.3}) \approx \log(2.2896) \approx 0.8284$
τ 越小，对难负样本（相似度高的负样本）惩罚越集中。
''')
