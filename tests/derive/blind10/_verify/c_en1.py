FILES = {}
FILES["en/huber_loss.md"] = ({"style": "English ML blog post with worked numbers", "topic": "Huber loss value and derivative, continuity at delta"}, r"""
# Huber loss: the derivative nobody writes down

Squared error punishes outliers hard, absolute error has a kink at zero. Huber glues them:

$$
L_\delta(r) = \begin{cases} \tfrac12 r^2 & |r| \le \delta \\ \delta\left(|r| - \tfrac12\delta\right) & |r| > \delta \end{cases} ⟦N:piecewise definition of the loss⟧
\qquad \text{where } r = y - \hat y . ⟦N:definition of the Huber loss and of r⟧
$$

**Continuity check.** At $|r| = \delta$ both pieces give $\tfrac12\delta^2$, since $\delta(\delta - \tfrac12\delta) = \tfrac12\delta^2$.

**Derivative w.r.t. the prediction.** Because $\partial r/\partial \hat y = -1$,

$$
\frac{\partial L_\delta}{\partial \hat y} = \begin{cases} -r & |r| \le \delta \\ -\delta\,\operatorname{sign}(r) & |r| > \delta \end{cases}
$$

So the gradient is clipped to magnitude $\delta$, which is the whole point.

## Numbers

Take $\delta = 1$, $y = 3.5$, $\hat y = 1.0$. ⟦N:binds the example values⟧

- $r = 3.5 - 1.0 = 2.5 > \delta$, the linear branch.
- $L_1(2.5) = 1\cdot(2.5 - 1) = 1.5$ ⟦W:drops the 1/2 on delta; correct value is 1*(2.5-0.5)=2.0⟧
- $\partial L/\partial \hat y = -1\cdot \operatorname{sign}(2.5) = -1$

A small residual, $\hat y = 3.1$, so $r = 0.4$:

- $L_1(0.4) = \tfrac12 (0.4)^2 = 0.08$
- $\partial L/\partial \hat y = -0.4$

Compare with MSE's $\tfrac12 r^2$: for $r=2.5$ it would be $3.125$ and the gradient $-2.5$.
""")

FILES["en/focal_loss.md"] = ({"style": "lecture scribe notes (object detection week)", "topic": "focal loss values, ratio to cross entropy, derivative"}, r"""
## Scribe notes — Lecture 14: Focal loss

Let $p_t$ denote the model probability of the true class. Cross entropy is $\mathrm{CE}(p_t) = -\log p_t$. ⟦N:definition of CE in terms of p_t⟧

Focal loss (Lin et al.) multiplies by a modulating factor:
$$\mathrm{FL}(p_t) = -(1-p_t)^{\gamma}\log p_t, \qquad \gamma \ge 0 . ⟦N:definition of focal loss⟧$$

With $\gamma = 0$ we recover CE exactly.

**Derivative** (product rule; needed for the homework):
$$\frac{d\,\mathrm{FL}}{d p_t} = \gamma (1-p_t)^{\gamma-1}\log p_t - \frac{(1-p_t)^{\gamma}}{p_t}$$
Setting $\gamma=0$ gives $-1/p_t$, the CE derivative, as it should.

**Worked example**, $\gamma = 2$ (natural logs): ⟦N:binds gamma for the example⟧

| | easy, $p_t = 0.9$ | hard, $p_t = 0.2$ |
|---|---|---|
| $(1-p_t)^2$ | $0.01$ | $0.64$ |
| CE | $0.1054$ | $1.6094$ |
| FL | $0.01\times 0.1054 \approx 1.05\times10^{-3}$ | $0.64 \times 1.6094 \approx 1.13$ ⟦W:0.64*1.6094 = 1.030, not 1.13⟧ |

The easy example is down-weighted by a factor $1/0.01 = 100$, the hard one only by $1/0.64 \approx 1.56$.

With the class-balancing weight $\alpha_t = 0.25$ the hard example contributes $0.25 \times 1.030 \approx 0.258$.

Remark from the TA: people often forget that $p_t = p$ when $y=1$ and $p_t = 1-p$ when $y=0$.
""")

FILES["en/hinge_loss.md"] = ({"style": "CS231n-style course notes, multiclass SVM", "topic": "multiclass hinge loss value and gradient w.r.t. scores"}, r"""
### Multiclass SVM loss, one example

For scores $s = f(x; W) \in \mathbb{R}^C$ and correct class $y$, ⟦N:notation⟧

$$L_i = \sum_{j \ne y} \max\left(0,\; s_j - s_y + \Delta\right) ⟦N:definition of the hinge loss⟧$$

with margin $\Delta = 1$. ⟦N:binds the margin⟧

**Example.** Three classes (cat, car, frog), true class cat, so $y = 0$ and
$s = (3.2,\ 5.1,\ -1.7)$. ⟦N:binds the example scores⟧

$$
\begin{aligned}
L_i &= \max(0,\ 5.1 - 3.2 + 1) + \max(0,\ -1.7 - 3.2 + 1) \\
    &= \max(0,\ 2.9) + \max(0,\ -3.9) \\
    &= 2.9
\end{aligned}
$$

**Gradient w.r.t. the scores.** Write $\mathbb{1}_j = \mathbb{1}[s_j - s_y + \Delta > 0]$. ⟦N:definition of the indicator shorthand⟧ Then

$$\frac{\partial L_i}{\partial s_j} = \mathbb{1}_j \quad (j \ne y), \qquad \frac{\partial L_i}{\partial s_y} = -\sum_{j\ne y}\mathbb{1}_j .$$

Here only the car margin is active, so $\nabla_s L_i = (-1,\ 1,\ 0)$.

Since $s = Wx$, the row gradients are $\nabla_{w_j} L_i = \mathbb{1}_j\, x$ and $\nabla_{w_y} L_i = -\left(\sum_{j\ne y}\mathbb{1}_j\right) x$.
""")

FILES["en/label_smoothing.md"] = ({"style": "GitHub README snippet for a training repo", "topic": "label smoothing targets and softmax-CE gradient with smoothed targets"}, r"""
## Label smoothing (what `--smoothing 0.1` does)

With $K$ classes and smoothing $\varepsilon$, the one-hot target $y$ is replaced by ⟦N:introduces the smoothed target⟧

$$q_k = (1-\varepsilon)\,y_k + \frac{\varepsilon}{K} ⟦N:definition of smoothed target⟧$$

so the true class gets $1 - \varepsilon + \varepsilon/K$ and every other class gets $\varepsilon/K$.

Our default: $K = 5$, $\varepsilon = 0.1$. ⟦N:binds K and epsilon⟧

- true class: $q_{y} = 1 - 0.1 + 0.1/5 = 0.90$ ⟦W:1-0.1+0.02 = 0.92⟧
- others: $q_k = 0.1/5 = 0.02$
- still a distribution: $0.92 + 4 \times 0.02 = 1$

The loss is cross entropy against $q$, $\;L = -\sum_k q_k \log p_k$ with $p = \mathrm{softmax}(z)$, and because $\sum_k q_k = 1$ the logit gradient keeps the familiar form

$$\frac{\partial L}{\partial z_k} = p_k - q_k .$$

Example: $p = (0.6, 0.1, 0.1, 0.1, 0.1)$ with the true class first ⟦N:binds p for the example⟧

$$\nabla_z L = (0.6 - 0.92,\ 0.1 - 0.02,\ \dots) = (-0.32,\ 0.08,\ 0.08,\ 0.08,\ 0.08)$$

and the entries sum to $0$, as any softmax-CE gradient must.

> Note: some codebases spread $\varepsilon/(K-1)$ over the wrong classes instead; we do not.
""")

FILES["en/dropout_scaling.md"] = ({"style": "student study notes with asides", "topic": "inverted dropout expectation and variance"}, r"""
# dropout — why divide by p??

notes to self after lab 6. keep prob is $p$ (NOT drop prob, pytorch uses the other one, careful)

mask: $m \sim \mathrm{Bernoulli}(p)$, so $\mathbb{E}[m] = p$ and $\mathrm{Var}(m) = p(1-p)$.

inverted dropout at train time: ⟦N:heading⟧
$$\tilde h = \frac{m\, h}{p} ⟦N:definition of the scaled activation⟧$$

expectation:
$$\mathbb{E}[\tilde h] = \frac{\mathbb{E}[m]\,h}{p} = \frac{p\,h}{p} = h$$
so at test time we just use $h$, no rescale needed. nice.

variance (h fixed):
$$\mathrm{Var}(\tilde h) = \frac{h^2}{p^2}\mathrm{Var}(m) = \frac{h^2\,p(1-p)}{p^2} = h^2\,\frac{1-p}{p}$$

try numbers, $p = 0.8$, $h = 2$: ⟦N:binds p and h⟧
- $\mathbb{E}[\tilde h] = 2$
- $\mathrm{Var}(\tilde h) = 4 \times \frac{0.2}{0.8} = 0.8$ ⟦W:4*0.25 = 1.0⟧
- the two values $\tilde h$ can take: $0$ (prob $0.2$) or $2/0.8 = 2.5$ (prob $0.8$)

sanity: $0.8 \times 2.5 = 2$ ✓ matches the mean.

old-style (non inverted) dropout instead multiplies by $p$ at TEST time: $0.8 \times 2 = 1.6$ is the expected train output then.
""")

FILES["en/adam_bias_correction.md"] = ({"style": "StackExchange answer", "topic": "Adam bias correction with constant gradient"}, r"""
**Why does Adam divide by $1-\beta_1^t$?**

Because $m_0 = 0$, the moving average is biased toward zero early on. Unroll the recursion ⟦N:framing sentence⟧
$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t$: ⟦N:update rule⟧

$$m_t = (1-\beta_1)\sum_{i=1}^{t}\beta_1^{\,t-i} g_i .$$

If the $g_i$ share the same mean $\mathbb{E}[g]$, then

$$\mathbb{E}[m_t] = (1-\beta_1)\,\mathbb{E}[g]\sum_{i=1}^{t}\beta_1^{\,t-i} = (1-\beta_1^{\,t})\,\mathbb{E}[g],$$

hence $\hat m_t = m_t/(1-\beta_1^t)$ is unbiased. Same argument for $v_t$ with $\beta_2$ and $g^2$.

Concrete check with a constant gradient $g = 2$, $\beta_1 = 0.9$, $\beta_2 = 0.999$: ⟦N:binds example values⟧

- $m_1 = 0.1 \times 2 = 0.2$
- $m_2 = 0.9 \times 0.2 + 0.1 \times 2 = 0.38$
- $1 - \beta_1^2 = 1 - 0.9^2 = 0.81$ ⟦W:1-0.81 = 0.19⟧
- $\hat m_2 = 0.38 / 0.19 = 2$, the true gradient
- $v_1 = 0.001 \times 4 = 0.004$, $\hat v_1 = 0.004/0.001 = 4$, $\sqrt{\hat v_1} = 2$

So the very first step is $\theta_1 = \theta_0 - \alpha\,\hat m_1/(\sqrt{\hat v_1}+\epsilon) \approx \theta_0 - \alpha$,
i.e. the step size is about $\alpha$ regardless of the gradient scale. Without correction it would have been $\alpha \cdot 0.2/\sqrt{0.004} \approx 3.16\,\alpha$.
""")

FILES["en/rmsprop.md"] = ({"style": "optimizer cheat-sheet slides exported to Markdown", "topic": "RMSProp update with numeric steps"}, r"""
---
# RMSProp in one slide
---

- running mean of squared gradients: $s_t = \rho\, s_{t-1} + (1-\rho)\, g_t^2$ ⟦N:update rule⟧
- update: $\theta_t = \theta_{t-1} - \dfrac{\eta}{\sqrt{s_t} + \epsilon}\, g_t$ ⟦N:update rule⟧
- defaults: $\rho = 0.9$, $\eta = 0.01$, $\epsilon = 10^{-8}$, $s_0 = 0$ ⟦N:binds hyperparameters⟧

---
# Two steps by hand ($g_1 = g_2 = 0.5$)
---

$$
\begin{aligned}
s_1 &= 0.9 \cdot 0 + 0.1 \cdot 0.25 = 0.025, & \sqrt{s_1} &\approx 0.1581 \\
\Delta\theta_1 &= -\frac{0.01 \times 0.5}{0.1581} \approx -0.0316 \\
s_2 &= 0.9 \cdot 0.025 + 0.025 = 0.0475, & \sqrt{s_2} &\approx 0.2179 \\
\Delta\theta_2 &= -\frac{0.005}{0.2179} \approx -0.0229
\end{aligned}
$$

---
# Steady state
---

- if $g_t \equiv g$, then $s_t \to g^2$, so $|\Delta\theta| \to \eta\,|g|/|g| = \eta$
- early steps are *larger* than $\eta$ because $s_t$ starts at $0$: $1-0.9^t$ of the way there
- e.g. $s_1 = (1 - 0.9)\,g^2$, which is why Adam adds bias correction
""")

FILES["en/momentum_unrolled.md"] = ({"style": "textbook chapter (d2l-like), polished", "topic": "momentum velocity unrolled as geometric sum"}, r"""
## 11.6.2 Momentum as a leaky average

The heavy-ball method keeps a velocity
$$\mathbf{v}_t = \beta\,\mathbf{v}_{t-1} + \mathbf{g}_t, \qquad \mathbf{w}_t = \mathbf{w}_{t-1} - \eta\,\mathbf{v}_t, \tag{11.6.1} ⟦N:update rules⟧$$
with $\mathbf{v}_0 = \mathbf{0}$. ⟦N:initial condition⟧ Expanding the first few terms:

$$
\begin{aligned}
\mathbf{v}_1 &= \mathbf{g}_1,\\
\mathbf{v}_2 &= \beta\,\mathbf{g}_1 + \mathbf{g}_2,\\
\mathbf{v}_3 &= \beta^3\mathbf{g}_1 + \beta\,\mathbf{g}_2 + \mathbf{g}_3. ⟦W:coefficient of g_1 must be beta^2⟧
\end{aligned}
$$

In general
$$\mathbf{v}_t = \sum_{k=1}^{t}\beta^{\,t-k}\,\mathbf{g}_k. \tag{11.6.2}$$

For a constant gradient $\mathbf{g}_k \equiv \mathbf{g}$ the sum is geometric:
$$\mathbf{v}_t = \frac{1-\beta^{t}}{1-\beta}\,\mathbf{g} \;\xrightarrow{t\to\infty}\; \frac{1}{1-\beta}\,\mathbf{g}. \tag{11.6.3}$$

With $\beta = 0.9$ the asymptotic step is $10\,\eta\,\mathbf{g}$. After ten steps we are already at
$$\frac{1-0.9^{10}}{0.1} \approx \frac{1-0.3487}{0.1} \approx 6.51$$
times the plain gradient step. For $\beta = 0.99$ the effective multiplier grows to $100$.

This is why the learning rate has to be reduced when momentum is switched on: $\eta_{\text{eff}} = \eta/(1-\beta)$.
""")
