from common import md, nb
L='en'
md(L,'huber_loss_grad','personal ML blog post','Huber loss piecewise gradient with a two-point numeric example',r'''
# Huber loss: gradient and a quick example

Let the residual be $r = \hat y - y$ and pick a threshold $\delta > 0$. ⟦N: defines r and delta⟧
$$L_\delta(r) = \begin{cases}\frac{1}{2}r^2, & |r|\le\delta\\ \delta|r| - \frac{1}{2}\delta^2, & |r|>\delta\end{cases}$$ ⟦N: definition of the Huber loss⟧

Inside the quadratic zone the derivative is just the residual:
$$\frac{\partial L_\delta}{\partial r} = r, \quad |r|\le\delta$$
Outside it the slope is capped:
$$\frac{\partial L_\delta}{\partial r} = \delta\,\operatorname{sign}(r), \quad |r|>\delta$$
Both pieces agree at $|r|=\delta$: value $\frac12\delta^2$, slope $\pm\delta$, so $L_\delta$ is $C^1$.

**Example.** $\delta = 1$, $y = 2$, $\hat y = 4.5$. ⟦N: binds example values⟧
$$r = 4.5 - 2 = 2.5$$
$$L_1(2.5) = 1\cdot 2.5 - \tfrac12 = 2.0$$
$$\frac{\partial L}{\partial \hat y} = \operatorname{sign}(2.5) = 1$$
Compare the MSE-style $\frac12 r^2 = 3.125$, whose gradient would be $2.5$, i.e. 2.5x bigger.
For a second point with $r = -0.4$ we are in the quadratic zone:
$$L_1(-0.4) = \tfrac12(0.16) = 0.08, \qquad \frac{\partial L}{\partial r} = 0.4$$ ⟦W: in the quadratic zone dL/dr = r = -0.4; the sign is dropped⟧
Averaging over the two points ($m=2$):
$$\bar L = \frac{2.0 + 0.08}{2} = 1.04$$
''')
md(L,'focal_loss_numbers','blog post with worked numbers','focal loss vs cross-entropy on easy/hard examples and its derivative',r'''
## Focal loss, worked numbers

Binary focal loss for the probability $p_t$ of the true class:
$$\mathrm{FL}(p_t) = -(1-p_t)^{\gamma}\log p_t$$ ⟦N: definition⟧
With $\gamma = 0$ this is plain cross-entropy, $-\log p_t$.
Take $\gamma = 2$ and an easy example with $p_t = 0.9$: ⟦N: binds gamma and p_t⟧
$$(1-0.9)^2 = 0.01$$
$$-\log 0.9 \approx 0.1054$$
$$\mathrm{FL}(0.9) \approx 0.01 \times 0.1054 \approx 0.00105$$
A hard example, $p_t = 0.2$: ⟦N: binds p_t⟧
$$(1-0.2)^2 = 0.64, \qquad -\log 0.2 \approx 1.609$$
$$\mathrm{FL}(0.2) \approx 0.64 \times 1.609 \approx 1.030$$
So the hard/easy ratio goes from $1.609/0.1054 \approx 15.3$ under CE to roughly $978$ under focal loss.
Derivative w.r.t. $p_t$ (product rule):
$$\frac{d\,\mathrm{FL}}{dp_t} = \gamma(1-p_t)^{\gamma-1}\log p_t - \frac{(1-p_t)^{\gamma}}{p_t}$$
At $p_t = 0.2$, $\gamma=2$: $2(0.8)(-1.609) - 0.64/0.2 \approx -2.575 - 3.2 = -0.625$ ⟦W: -2.575 - 3.2 = -5.775, not -0.625⟧
The gradient is negative: raising $p_t$ lowers the loss, as it should.
''')
nb(L,'adam_bias_correction','Colab notebook (lecture companion)','Adam first step by hand and why bias correction is needed',[
('md',r'''
# Adam: why bias correction matters (step 1 by hand)
Update rules, with $m_0 = v_0 = 0$: ⟦N: initial values⟧
$$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t$$ ⟦N: update rule⟧
$$v_t = \beta_2 v_{t-1} + (1-\beta_2) g_t^2$$ ⟦N: update rule⟧
$$\hat m_t = \frac{m_t}{1-\beta_1^t}, \qquad \hat v_t = \frac{v_t}{1-\beta_2^t}$$ ⟦N: definitions of the corrected moments⟧
'''),
('code','beta1, beta2, lr, eps = 0.9, 0.999, 1e-3, 1e-8\ng = 0.5\nm = (1-beta1)*g; v = (1-beta2)*g**2\nprint(m, v, m/(1-beta1), v/(1-beta2))'),
('md',r'''
## Step $t = 1$ with $g_1 = 0.5$, $\beta_1=0.9$, $\beta_2=0.999$, $\eta = 10^{-3}$ ⟦N: binds values⟧
$$m_1 = 0.9\cdot 0 + 0.1\cdot 0.5 = 0.05$$
$$v_1 = 0.999\cdot 0 + 0.001\cdot 0.25 = 0.00025$$
$$\hat m_1 = \frac{0.05}{1-0.9} = 0.5$$
$$\hat v_1 = \frac{0.00025}{1-0.999} = 0.025$$ ⟦W: 0.00025/0.001 = 0.25⟧
$$\Delta\theta = -\eta\frac{\hat m_1}{\sqrt{\hat v_1}+\epsilon} \approx -10^{-3}\cdot\frac{0.5}{0.5} = -10^{-3}$$
In general $\hat m_1 = g_1$ and $\hat v_1 = g_1^2$, so $\hat m_1/\sqrt{\hat v_1} = \operatorname{sign}(g_1)$.
Without correction we would get $0.05/\sqrt{0.00025} \approx 3.162$, i.e. a step of $\approx 3.16\eta$.
'''),
('md',r'''
Unrolling the recursion:
$$m_t = (1-\beta_1)\sum_{i=1}^{t}\beta_1^{t-i} g_i$$
If $g_i = g$ is constant, the geometric sum gives
$$m_t = (1-\beta_1)\,g\,\frac{1-\beta_1^t}{1-\beta_1} = (1-\beta_1^t)\,g$$
which is exactly why we divide by $1-\beta_1^t$.
''')])
md(L,'bn_backward','textbook chapter section','batch normalization backward pass with a numeric check',r'''
### 7.3 Backpropagation through batch normalization

For one feature over a mini-batch of size $m$:
$$\mu = \frac1m\sum_{i=1}^m x_i,\qquad \sigma^2 = \frac1m\sum_{i=1}^m (x_i-\mu)^2$$ ⟦N: definitions⟧
$$\hat x_i = \frac{x_i-\mu}{\sqrt{\sigma^2+\epsilon}},\qquad y_i = \gamma\hat x_i + \beta$$ ⟦N: definitions⟧
Write $g_i = \partial L/\partial y_i$ and $s = \sqrt{\sigma^2+\epsilon}$. ⟦N: notation⟧
$$\frac{\partial L}{\partial \beta} = \sum_{i=1}^m g_i, \qquad \frac{\partial L}{\partial \gamma} = \sum_{i=1}^m g_i\,\hat x_i \tag{7.10}$$
Through the normalisation:
$$\frac{\partial L}{\partial \sigma^2} = -\frac{\gamma}{2 s^{2}}\sum_{i=1}^m g_i (x_i-\mu) \tag{7.11}$$ ⟦W: d/d sigma^2 of (sigma^2+eps)^(-1/2) gives s^(-3); exponent should be 3⟧
$$\frac{\partial L}{\partial \mu} = -\frac{\gamma}{s}\sum_{i=1}^m g_i \tag{7.12}$$
(the path through $\sigma^2$ drops out of (7.12) because $\sum_i (x_i-\mu) = 0$). Putting the paths together:
$$\frac{\partial L}{\partial x_i} = \frac{\gamma}{m s}\Big(m g_i - \sum_{j} g_j - \hat x_i\sum_j g_j\hat x_j\Big) \tag{7.13}$$
A useful sanity check, since $\sum_i \hat x_i = 0$:
$$\sum_{i=1}^m \frac{\partial L}{\partial x_i} = \frac{\gamma}{ms}\Big(m\sum_i g_i - m\sum_j g_j - 0\Big) = 0$$
**Numeric check** ($m=2$, $\epsilon = 0$, $\gamma=1$): $x = (1, 3)$, $g = (1, 0)$. ⟦N: binds example values⟧
$$\mu = 2,\quad \sigma^2 = 1,\quad \hat x = (-1, 1)$$
$$\frac{\partial L}{\partial \gamma} = 1\cdot(-1) + 0\cdot 1 = -1$$
$$\frac{\partial L}{\partial x_1} = \frac{1}{2}\big(2\cdot1 - 1 - (-1)(-1)\big) = 0$$
With two samples $\hat x = (\mp1, \pm1)$ whatever $x$ is, so a zero input gradient is expected.
''')
md(L,'rnn_bptt_two_steps','lecture scribe notes','BPTT for a scalar tanh RNN unrolled over two steps',r'''
# Lecture 14 scribe notes: BPTT through two steps

Scalar RNN (to keep things readable):
$$h_t = \tanh(w\,h_{t-1} + u\,x_t),\qquad h_0 = 0$$ ⟦N: model definition⟧
Loss only on the last step: $L = \frac12(h_2 - y)^2$. ⟦N: loss definition⟧
Let $a_t = w h_{t-1} + u x_t$, so $\partial h_t/\partial a_t = 1 - h_t^2$.
Chain rule; the weight $w$ appears at both steps:
$$\frac{\partial L}{\partial w} = (h_2-y)(1-h_2^2)\Big(h_1 + w\,\frac{\partial h_1}{\partial w}\Big)$$
and since $h_0 = 0$, $\frac{\partial h_1}{\partial w} = (1-h_1^2)h_0 = 0$, so only the direct term survives:
$$\frac{\partial L}{\partial w} = (h_2-y)(1-h_2^2)\,h_1$$
For $u$ both steps contribute:
$$\frac{\partial L}{\partial u} = (h_2-y)(1-h_2^2)\Big(x_2 + (1-h_1^2)x_1\Big)$$ ⟦W: the path through h_1 carries the factor w: x_2 + w(1-h_1^2)x_1⟧
**Numbers.** $w = 0.5$, $u = 1$, $x_1 = 1$, $x_2 = 0$, $y = 0$. ⟦N: binds example values⟧
$$h_1 = \tanh(1) \approx 0.7616$$
$$h_2 = \tanh(0.5\cdot 0.7616) = \tanh(0.3808) \approx 0.3634$$
$$1 - h_2^2 \approx 0.8679$$
$$\frac{\partial L}{\partial w} \approx 0.3634\cdot 0.8679\cdot 0.7616 \approx 0.2402$$
$$\frac{\partial L}{\partial u} \approx 0.3634\cdot0.8679\cdot 0.5\cdot(1-0.5800)\cdot 1 \approx 0.0662$$
''')
md(L,'lstm_param_count','project README snippet','parameter count of an LSTM language model (embedding, LSTM, projection, GRU comparison)',r'''
## Model size

The encoder is a single-layer LSTM with input size $d = 128$ and hidden size $h = 256$. ⟦N: binds sizes⟧
Each of the 4 gates (input, forget, cell candidate, output) has
$$W_\ast \in \mathbb{R}^{h\times d},\quad U_\ast\in\mathbb{R}^{h\times h},\quad b_\ast\in\mathbb{R}^{h}$$ ⟦N: shape declaration⟧
so per gate $hd + h^2 + h = 256\cdot128 + 256^2 + 256 = 32768 + 65536 + 256 = 98560$.
$$\#\text{LSTM} = 4(hd + h^2 + h) = 4\cdot 98560 = 394240$$
PyTorch keeps two bias vectors (`bias_ih`, `bias_hh`), so its count is $394240 + 4\cdot256 = 395264$.
Embedding: vocab $V = 10000$, dim 128, so $10000\cdot128 = 1280000$ params.
Output projection $256 \to 10000$ with bias: $256\cdot 10000 + 10000 = 2570000$.
Total (PyTorch counting): $1280000 + 395264 + 2570000 = 4245264$.
A GRU with the same sizes has 3 gates: $3(hd+h^2+h) = 3\cdot 98560 = 275680$. ⟦W: 3*98560 = 295680⟧
''')
md(L,'gelu_swish_softplus','exam solution sheet','derivatives of softplus, Swish and GELU with values',r'''
**Q4 (10 pts).** Differentiate softplus, Swish and GELU.

*Solution.*
(a) $\operatorname{softplus}(x) = \log(1+e^x)$. ⟦N: definition⟧
$$\frac{d}{dx}\log(1+e^x) = \frac{e^x}{1+e^x} = \sigma(x)$$
At $x = 1$: $\operatorname{softplus}(1) \approx 1.3133$ and the slope is $\sigma(1)\approx 0.7311$.
(b) $\operatorname{swish}(x) = x\,\sigma(x)$. ⟦N: definition⟧
$$\frac{d}{dx}\,x\sigma(x) = \sigma(x) + x\,\sigma(x)\big(1-\sigma(x)\big)$$
At $x=1$: $0.7311 + 0.7311\cdot0.2689 \approx 0.9277$.
(c) $\operatorname{GELU}(x) = x\,\Phi(x)$ with $\Phi$ the standard normal CDF and $\varphi = \Phi'$. ⟦N: definition⟧
$$\frac{d}{dx}\,x\Phi(x) = \Phi(x) + x\,\varphi(x),\qquad \varphi(x) = \frac{1}{\sqrt{2\pi}}e^{-x^2}$$ ⟦W: the normal density has exponent -x^2/2⟧
At $x = 0$: $\Phi(0) + 0 = 0.5$.
At $x = 1$: $\Phi(1)\approx 0.8413$, $\varphi(1)\approx 0.2420$, so GELU$'(1)\approx 1.0833$.
Note: softplus$''(x) = \sigma(x)(1-\sigma(x)) > 0$, so softplus is convex.
Grading: -2 if the product-rule term $x\sigma'(x)$ is missing.
''')
md(L,'layernorm_counts','lecture slides exported to Markdown','LayerNorm statistics, a tiny example and parameter counts vs BatchNorm',r'''
---
## Slide 12 · LayerNorm vs BatchNorm
---
- Input $X$ of shape $(N, L, D)$ = (batch, tokens, features) ⟦N: shape declaration⟧
- LayerNorm normalises each token over its $D$ features:
  $\mu_{n,l} = \frac1D\sum_{d=1}^{D} x_{n,l,d}$, $\;\sigma^2_{n,l} = \frac1D\sum_{d=1}^{D}(x_{n,l,d}-\mu_{n,l})^2$ ⟦N: definitions⟧
- learnable $\gamma,\beta\in\mathbb{R}^D$, i.e. $2D$ parameters
- e.g. $D = 768$: $2\cdot768 = 1536$ params per LayerNorm
---
## Slide 13 · Tiny example
- one token, $x = (2, 4, 6)$, $\gamma = 1$, $\beta = 0$, $\epsilon = 0$ ⟦N: binds example values⟧
- $\mu = 4$, $\sigma^2 = \frac{4+0+4}{3} = \frac83$
- $\hat x = \frac{(-2, 0, 2)}{\sqrt{8/3}} \approx (-1.2247, 0, 1.2247)$
- check: $\frac13\sum_d \hat x_d^2 = \frac13\cdot 2\cdot 1.5 = 1$ ✓
- BatchNorm on $(N, C, H, W)$ keeps per-channel $\gamma,\beta$: $2C$ trainable params (plus $2C$ running stats)
''')
nb(L,'kl_gaussians','Jupyter notebook (self-study)','closed-form KL between univariate Gaussians, VAE special case, asymmetry',[
('md',r'''
# KL between two univariate Gaussians
$p = \mathcal N(\mu_1, \sigma_1^2)$, $q = \mathcal N(\mu_2,\sigma_2^2)$. ⟦N: definitions⟧
$$\mathrm{KL}(p\|q) = \mathbb E_p[\log p(x) - \log q(x)]$$ ⟦N: definition of KL⟧
$$\log p(x) - \log q(x) = \log\frac{\sigma_2}{\sigma_1} - \frac{(x-\mu_1)^2}{2\sigma_1^2} + \frac{(x-\mu_2)^2}{2\sigma_2^2}$$
Using $\mathbb E_p[(x-\mu_1)^2] = \sigma_1^2$ and $\mathbb E_p[(x-\mu_2)^2] = \sigma_1^2 + (\mu_1-\mu_2)^2$:
$$\mathrm{KL}(p\|q) = \log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12$$
'''),
('md',r'''
## VAE special case: $q = \mathcal N(0,1)$
$$\mathrm{KL} = -\log\sigma_1 + \frac{\sigma_1^2+\mu_1^2}{2} - \frac12 = \frac12\left(\mu_1^2 + \sigma_1^2 - \log\sigma_1^2 - 1\right)$$
## Numbers: $\mu_1 = 1,\ \sigma_1 = 1,\ \mu_2 = 0,\ \sigma_2 = 2$ ⟦N: binds example values⟧
$$\mathrm{KL}(p\|q) = \log 2 + \frac{1 + 1}{8} - \frac12 \approx 0.6931 + 0.25 - 0.5 = 0.4431$$
$$\mathrm{KL}(q\|p) = \log\frac12 + \frac{4+1}{2} - \frac12 \approx -0.6931 + 2.5 - 0.5 = 1.8069$$ ⟦W: -0.6931 + 2.5 - 0.5 = 1.3069⟧
KL is not symmetric.
'''),
('code','import numpy as np\nrng = np.random.default_rng(0)\nx = rng.normal(1, 1, 1_000_000)\nlogp = -0.5*(x-1)**2 - 0.5*np.log(2*np.pi)\nlogq = -0.5*(x/2)**2 - np.log(2) - 0.5*np.log(2*np.pi)\nprint((logp - logq).mean())  # ~0.443')])
md(L,'vae_reparam','blog post','reparameterisation trick gradients with a numeric example',r'''
# The reparameterisation trick in a few lines of math

The encoder outputs $\mu$ and $\log\sigma^2$ for each latent dimension. Instead of sampling $z\sim\mathcal N(\mu,\sigma^2)$ directly we write
$$z = \mu + \sigma\odot\varepsilon,\qquad \varepsilon\sim\mathcal N(0, I)$$ ⟦N: definition of the sampling path⟧
Now the randomness lives in $\varepsilon$ and the path to the parameters is deterministic:
$$\frac{\partial z}{\partial \mu} = 1,\qquad \frac{\partial z}{\partial \sigma} = \varepsilon$$
With the log-variance parametrisation $\sigma = \exp(\tfrac12\log\sigma^2)$ we get
$$\frac{\partial z}{\partial \log\sigma^2} = \varepsilon\cdot\tfrac12\sigma$$
Sanity check of the moments:
$$\mathbb E[z] = \mu + \sigma\,\mathbb E[\varepsilon] = \mu,\qquad \operatorname{Var}[z] = \sigma^2\operatorname{Var}[\varepsilon] = \sigma^2$$
Example: $\mu = 0.3$, $\log\sigma^2 = -1.2$, $\varepsilon = 0.8$. ⟦N: binds example values⟧
$$\sigma = e^{-0.6} \approx 0.5488$$
$$z \approx 0.3 + 0.5488\cdot0.8 \approx 0.7390$$
$$\frac{\partial z}{\partial\log\sigma^2} \approx 0.8\cdot 0.5\cdot0.5488 \approx 0.2195$$
If the decoder loss has $\partial L/\partial z = -2$, then $\partial L/\partial\mu = -2$ and $\partial L/\partial\log\sigma^2 \approx -0.4390$.
''')
md(L,'triplet_contrastive','TA answer key','triplet loss gradients and a contrastive loss value',r'''
# HW5 answer key: Problem 2 (triplet and contrastive loss)

Triplet loss with margin $\alpha$ and squared Euclidean distance:
$$L = \max\big(0,\ \|a-p\|^2 - \|a-n\|^2 + \alpha\big)$$ ⟦N: definition⟧
Given $a = (1, 0)$, $p = (0.8, 0.4)$, $n = (0.2, -0.2)$, $\alpha = 0.5$. ⟦N: binds values⟧
$$\|a-p\|^2 = 0.2^2 + 0.4^2 = 0.20$$
$$\|a-n\|^2 = 0.8^2 + 0.2^2 = 0.68$$
$$L = \max(0,\ 0.20 - 0.68 + 0.5) = 0.02$$
The hinge is active, so
$$\frac{\partial L}{\partial a} = 2(a-p) - 2(a-n) = 2(n-p)$$
$$\frac{\partial L}{\partial a} = 2\big((0.2,-0.2)-(0.8,0.4)\big) = (-1.2,\,-1.2)$$
$$\frac{\partial L}{\partial p} = -2(a-p) = (-0.4,\ 0.8)$$
$$\frac{\partial L}{\partial n} = -2(a-n) = (-1.6,\ -0.4)$$ ⟦W: d/dn of -||a-n||^2 is +2(a-n) = (1.6, 0.4)⟧
(The three gradients must sum to zero, since $L$ only depends on differences.)
Contrastive loss for a negative pair at distance $d$ with margin $m$: $\tfrac12\max(0, m-d)^2$. ⟦N: definition⟧
For $d = 0.3$, $m = 1$: $\tfrac12(0.7)^2 = 0.245$.
''')
nb(L,'softmax_temperature','Kaggle-style notebook','softmax with temperature: numbers at T=1,2,0.5 and the distillation gradient',[
('md',r'''
# Temperature in softmax
$$p_i(T) = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}$$ ⟦N: definition⟧
Logits $z = (2, 1, 0)$. ⟦N: binds logits⟧
'''),
('code','import numpy as np\nz = np.array([2., 1., 0.])\nfor T in (1, 2, 0.5):\n    p = np.exp(z/T) / np.exp(z/T).sum()\n    print(T, p.round(4))'),
('md',r'''
**T = 1:** $e^2 + e + 1 \approx 7.389 + 2.718 + 1 = 10.107$, so $p \approx (0.6652, 0.2447, 0.0900)$. ⟦W: 7.389 + 2.718 + 1 = 11.107⟧
**T = 2:** $z/T = (1, 0.5, 0)$, $e^1 + e^{0.5} + 1 \approx 2.718 + 1.649 + 1 = 5.367$, $p \approx (0.5065, 0.3072, 0.1863)$.
**T = 0.5:** $z/T = (4, 2, 0)$, $p_1 = \frac{e^4}{e^4 + e^2 + 1} \approx \frac{54.60}{62.99} \approx 0.8668$.
As $T\to\infty$ the distribution tends to uniform $(\tfrac13,\tfrac13,\tfrac13)$; as $T\to 0^+$ it tends to one-hot on the argmax.
Gradient of the CE loss $-\log p_1(T)$ with respect to the logits:
$$\frac{\partial L}{\partial z_i} = \frac{1}{T}\big(p_i(T) - y_i\big)$$
For $T=2$: $\partial L/\partial z_1 \approx \tfrac12(0.5065-1) \approx -0.2468$.
''')])
md(L,'nesterov_momentum','learner notes with typos','momentum vs Nesterov on f=theta^2, two steps by hand, unrolled momentum',r'''
# my notes: momentum vs nesterov (pls correct me if wrong lol)

classical momentum, with $v_0 = 0$: ⟦N: initial value⟧
$$v_{t} = \mu v_{t-1} - \eta\nabla f(\theta_{t-1}),\qquad \theta_t = \theta_{t-1} + v_t$$ ⟦N: update rule⟧
nesterov evaluates the gradiant at the look-ahead point insted:
$$v_{t} = \mu v_{t-1} - \eta\nabla f(\theta_{t-1} + \mu v_{t-1})$$ ⟦N: update rule⟧
test on $f(\theta) = \theta^2$ so $\nabla f = 2\theta$. $\theta_0 = 1$, $\eta = 0.1$, $\mu = 0.9$
**momentum:**
$$v_1 = 0 - 0.1\cdot 2 = -0.2,\quad \theta_1 = 0.8$$
$$v_2 = 0.9(-0.2) - 0.1\cdot 1.6 = -0.18 - 0.16 = -0.34,\quad \theta_2 = 0.46$$
**nesterov:**
$$v_1 = -0.2,\quad \theta_1 = 0.8 \quad(\text{same as momentum at step 1 since } v_0 = 0)$$
look-ahead point: $0.8 + 0.9(-0.2) = 0.62$
$$v_2 = -0.18 - 0.1\cdot 2\cdot 0.62 = -0.18 - 0.124 = -0.304,\quad \theta_2 = 0.496$$
so nesterov brakes a bit earlier. unrolled momentum: $v_t = -\eta\sum_{k=0}^{t-1}\mu^{k}\nabla f(\theta_{t-1-k})$
with a constant gradiant $g$ this tends to $-\frac{\eta g}{1-\mu}$, i.e. 9x the plain SGD step for $\mu = 0.9$. ⟦W: 1/(1-0.9) = 10, so 10x⟧
''')
md(L,'adagrad_rmsprop','textbook chapter section','AdaGrad effective learning rate decay vs RMSProp steady state, numbers',r'''
## 11.8 AdaGrad and RMSProp

AdaGrad accumulates squared gradients coordinate-wise:
$$s_t = s_{t-1} + g_t^2,\qquad \theta_t = \theta_{t-1} - \frac{\eta}{\sqrt{s_t + \epsilon}}\,g_t$$ ⟦N: update rule⟧
With a constant gradient $g$ and $s_0 = 0$ we have $s_t = t g^2$, so the effective step is (ignoring $\epsilon$)
$$\frac{\eta |g|}{\sqrt{t g^2}} = \frac{\eta}{\sqrt t}$$
i.e. the learning rate decays like $t^{-1/2}$ whatever the scale of $g$.
RMSProp replaces the sum by a leaky average:
$$s_t = \gamma s_{t-1} + (1-\gamma) g_t^2$$ ⟦N: update rule⟧
For constant $g$ and $s_0 = 0$:
$$s_t = (1-\gamma^t)\,g^2 \;\xrightarrow{t\to\infty}\; g^2$$
so the step tends to $\eta$ per coordinate instead of vanishing.
Numbers, $\gamma = 0.9$, $g = 2$, $\eta = 0.01$: ⟦N: binds values⟧
$$s_1 = 0.1\cdot 4 = 0.4,\qquad s_2 = 0.9\cdot0.4 + 0.4 = 0.76$$
$$\Delta\theta_2 = -\frac{0.01\cdot 2}{\sqrt{0.76}} \approx -0.0229$$
AdaGrad with the same inputs after two steps: $s_2 = 8$, $\Delta\theta_2 = -0.01\cdot 2/\sqrt 8 \approx -0.0141$. ⟦W: 0.02/sqrt(8) = 0.00707, not 0.0141⟧
''')
md(L,'grad_clipping','StackExchange answer','global-norm gradient clipping vs value clipping with numbers',r'''
**Answer** (score 37)

Clipping by global norm rescales *all* gradients by the same factor, so the direction is preserved. With threshold $c$:
$$\mathbf g \leftarrow \mathbf g\cdot\min\!\left(1,\ \frac{c}{\|\mathbf g\|_2}\right)$$ ⟦N: update rule⟧
Concretely, say you have two parameter tensors with gradients $g_1 = (3, 4)$ and $g_2 = (12)$, and $c = 5$. ⟦N: binds values⟧
$$\|\mathbf g\|_2 = \sqrt{9 + 16 + 144} = \sqrt{169} = 13$$
$$\text{scale} = \frac{5}{13} \approx 0.3846$$
$$g_1 \leftarrow (15/13,\ 20/13) \approx (1.154,\ 1.538),\qquad g_2 \leftarrow 60/13 \approx 4.615$$
and indeed $\sqrt{1.154^2 + 1.538^2 + 4.615^2} \approx 5.0$.
Compare *value* clipping to $[-5, 5]$: $g_2$ becomes 5, $g_1$ stays $(3,4)$, and the direction changes. Worse,
$$\|(3,4,5)\|_2 = \sqrt{50} \approx 7.071 > c$$
so value clipping doesn't even bound the norm. Per-tensor norm clipping would leave $g_1$ alone (its norm is already 5) and send $g_2 \to 5$.
''')
md(L,'mixed_precision_scaling','project README snippet','fp16 loss scaling arithmetic and dynamic scale updates',r'''
### Loss scaling (fp16)

fp16 has a smallest positive subnormal of $2^{-24} \approx 5.96\times10^{-8}$ and a max of $65504$.
Gradients smaller than that underflow to 0, so we multiply the loss by a scale $S$ before `backward()`:
$$\tilde L = S\cdot L \;\Rightarrow\; \frac{\partial \tilde L}{\partial\theta} = S\,\frac{\partial L}{\partial \theta}$$
and unscale before the optimizer step: $g = \tilde g / S$. ⟦N: update rule⟧
Example: a gradient of $3\times10^{-9}$ with $S = 2^{16} = 65536$ becomes
$$3\times10^{-9}\cdot 65536 \approx 1.97\times10^{-4}$$
which is representable. With dynamic scaling we start at $S = 2^{16}$, halve on overflow, and double after 2000 clean steps. ⟦N: states the scaling policy⟧
After two overflows in a row: $S = 2^{16}/4 = 2^{14} = 32768$. ⟦W: 2^14 = 16384⟧
Overflow check: a scaled gradient of $1.2$ times $S = 65536$ is $\approx 78643$, which exceeds $65504$, so the step is skipped.
''')
nb(L,'embedding_params','Kaggle notebook','parameter count of a small transformer classifier (embeddings, attention, FFN, LayerNorm, head)',[
('md','# Counting parameters of a tiny transformer classifier'),
('md',r'''
Config: vocab $V = 30000$, $d = 256$, max length $L = 512$, 4 heads, FFN dim $1024$, 2 layers, 5 classes. ⟦N: binds config⟧
Token embedding: $V\cdot d = 30000\cdot256 = 7{,}680{,}000$
Learned positional embedding: $L\cdot d = 512\cdot 256 = 131{,}072$
Attention per layer ($W_Q, W_K, W_V, W_O$ with biases): $4(d^2 + d) = 4(65536 + 256) = 263{,}168$
FFN per layer: $d\cdot1024 + 1024 + 1024\cdot d + d = 262144 + 1024 + 262144 + 256 = 525{,}568$
Two LayerNorms per layer: $2\cdot 2d = 512$ ⟦W: 2*2*256 = 1024⟧
Per layer: $263168 + 525568 + 1024 = 789{,}760$
Head: $256\cdot 5 + 5 = 1285$
'''),
('code','d,V,L=256,30000,512\nlayer = 4*(d*d+d) + (d*1024+1024+1024*d+d) + 2*2*d\nprint(layer, V*d + L*d + 2*layer + d*5+5)'),
('md',r'''
Total: $7680000 + 131072 + 2\cdot789760 + 1285 = 9{,}391{,}877$
The two embedding tables are $\approx 83\%$ of all parameters.
The number of heads doesn't change the count: each head has $d/h = 64$ dims and the 4 projections are still $d\times d$.
''')])
md(L,'dilated_conv_sizes','midterm exam solutions','dilated convolution output sizes, receptive field, parameter count',r'''
# Midterm, Problem 3: dilated convolutions (solutions)

Effective kernel size of a $k\times k$ kernel with dilation $d$:
$$k_{\text{eff}} = d(k-1) + 1$$
Output size (per spatial dim):
$$o = \left\lfloor\frac{i + 2p - d(k-1) - 1}{s}\right\rfloor + 1$$
(a) $i = 32$, $k = 3$, $d = 2$, $p = 2$, $s = 1$: ⟦N: binds values⟧
$$k_{\text{eff}} = 2\cdot2 + 1 = 5,\qquad o = 32 + 4 - 5 + 1 = 32$$
(b) Same but $s = 2$:
$$o = \left\lfloor\frac{32 + 4 - 4 - 1}{2}\right\rfloor + 1 = \lfloor 15.5\rfloor + 1 = 16$$
(c) $i = 64$, $k = 3$, $d = 4$, $p = 0$, $s = 1$:
$$o = 64 - 4\cdot 2 - 1 + 1 = 60$$ ⟦W: 64 - 8 - 1 + 1 = 56⟧
(d) Receptive field of three stacked $3\times3$ convs with dilations 1, 2, 4 (stride 1):
$$r = 1 + 2\cdot1 + 2\cdot2 + 2\cdot4 = 15$$
Parameters don't change with dilation: a $3\times3$ conv from 64 to 64 channels has $3\cdot3\cdot64\cdot64 + 64 = 36928$.
''')
md(L,'gap_1x1_conv','lecture slides exported to Markdown','1x1 convolution params/MACs, bottleneck block, global average pooling forward and backward',r'''
# Slide 21: 1×1 convolutions & global average pooling

- Input feature map: $(N, C, H, W) = (8, 256, 14, 14)$ ⟦N: shape declaration⟧
- 1×1 conv to 64 channels = a per-pixel linear layer:
  - params: $1\cdot1\cdot256\cdot64 + 64 = 16448$
  - output: $(8, 64, 14, 14)$
  - MACs per image: $14\cdot14\cdot256\cdot64 = 3{,}211{,}264$
- Bottleneck: 256 →(1×1)→ 64 →(3×3)→ 64 →(1×1)→ 256, no biases:
  - $256\cdot64 + 9\cdot64\cdot64 + 64\cdot256 = 16384 + 36864 + 16384 = 69632$
  - vs a single 3×3, 256→256: $9\cdot256^2 = 589824$ (≈ 8.5× more)
- GAP: $(8, 256, 14, 14) \to (8, 256)$, $y_c = \frac{1}{14\cdot14}\sum_{h,w} x_{c,h,w}$, 0 params
- Backward through GAP: $\frac{\partial L}{\partial x_{c,h,w}} = \frac{\partial L}{\partial y_c}$ ⟦W: missing the 1/196 averaging factor⟧
- GAP + FC(256→10): $256\cdot10+10 = 2570$ params, vs flatten + FC: $256\cdot196\cdot10 + 10 = 501770$
''')
md(L,'normal_equations_ridge','CS229-style lecture notes','ridge regression closed form via gradient, small numeric example',r'''
## Normal equations and ridge regression

Let $X\in\mathbb R^{m\times n}$, $y\in\mathbb R^m$, $\lambda \ge 0$, and ⟦N: declarations⟧
$$J(\theta) = \frac12\|X\theta - y\|_2^2 + \frac\lambda2\|\theta\|_2^2$$ ⟦N: objective definition⟧
Expanding, $J(\theta) = \frac12\theta^\top X^\top X\theta - \theta^\top X^\top y + \frac12 y^\top y + \frac\lambda2\theta^\top\theta$.
$$\nabla_\theta J = X^\top X\theta - X^\top y + 2\lambda\theta$$ ⟦W: the gradient of (lambda/2)||theta||^2 is lambda*theta, not 2*lambda*theta⟧
Setting the gradient to zero:
$$\theta^\ast = (X^\top X + \lambda I)^{-1}X^\top y$$
and $\lambda = 0$ recovers the normal equations $X^\top X\theta = X^\top y$.
Tiny example: $X = \begin{bmatrix}1 & 0\\ 0 & 2\\ 1 & 1\end{bmatrix}$, $y = \begin{bmatrix}1\\ 2\\ 3\end{bmatrix}$, $\lambda = 1$. ⟦N: binds example values⟧
$$X^\top X = \begin{bmatrix}2 & 1\\ 1 & 5\end{bmatrix},\qquad X^\top y = \begin{bmatrix}4\\ 7\end{bmatrix}$$
$$X^\top X + I = \begin{bmatrix}3 & 1\\ 1 & 6\end{bmatrix},\quad \det = 17$$
$$\theta^\ast = \frac{1}{17}\begin{bmatrix}6 & -1\\ -1 & 3\end{bmatrix}\begin{bmatrix}4\\ 7\end{bmatrix} = \frac{1}{17}\begin{bmatrix}17\\ 17\end{bmatrix} = \begin{bmatrix}1\\ 1\end{bmatrix}$$
Without the penalty: $\theta_{\text{OLS}} = \frac19\begin{bmatrix}5 & -1\\ -1 & 2\end{bmatrix}\begin{bmatrix}4\\ 7\end{bmatrix} = \frac19\begin{bmatrix}13\\ 10\end{bmatrix} \approx \begin{bmatrix}1.444\\ 1.111\end{bmatrix}$
''')
md(L,'early_stopping_lr_schedule','training-log notes (blog)','steps per epoch, warmup + cosine schedule values, step decay, early stopping arithmetic',r'''
# Training log arithmetic: warmup, cosine decay, early stopping

Setup: 50,000 training images, batch size 128, 40 epochs, base LR $\eta_0 = 0.1$, 500 warmup steps. ⟦N: binds setup⟧
Steps per epoch: $\lceil 50000/128\rceil = \lceil 390.625\rceil = 391$.
Total steps: $40\cdot391 = 15640$.
Linear warmup: $\eta_t = \eta_0\cdot t/500$ for $t\le500$, so $\eta_{100} = 0.02$.
Cosine after warmup, with $T = 15640 - 500 = 15140$ and $\tau = t - 500$:
$$\eta_t = \tfrac12\eta_0\big(1+\cos(\pi\tau/T)\big)$$ ⟦N: schedule definition⟧
Half-way through the cosine phase ($\tau = 7570$): $\eta = \tfrac12\cdot0.1\cdot(1 + 0) = 0.05$.
At $\tau = T/3$: $\eta = 0.05(1 + \cos(\pi/3)) = 0.05\cdot1.5 = 0.075$.
Step decay alternative: ×0.1 at epochs 20 and 30, so the LR at epoch 35 is $0.1\cdot0.1^2 = 0.0001$. ⟦W: 0.1*0.1^2 = 0.001⟧
Early stopping with patience 5: best val loss at epoch 17, so training stops after epoch $17 + 5 = 22$,
having run $22\cdot391 = 8602$ steps, i.e. $8602/15640 = 55\%$ of the budget.
The restored checkpoint is from epoch 17, which is $17\cdot 391 = 6647$ steps in.
''')
