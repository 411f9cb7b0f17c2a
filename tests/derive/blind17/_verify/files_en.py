# Source of the English files. Markers at line end:  @@W:why@@  (wrong line)  @@N:why@@ (no claim)
FILES = []
def md(name, style, topic, text):
    FILES.append(dict(name=name, style=style, topic=topic, text=text))
def nb(name, style, topic, cells):
    FILES.append(dict(name=name, style=style, topic=topic, cells=cells))

md("en/tail_bounds_napkin.md", "personal tech blog post", "Markov and Chebyshev bounds with numbers, weak law for averages", r"""# Three tail bounds you can do on a napkin

Every time a paper says "with high probability" I want to know *how* high. Here is my cheat sheet, with numbers.

## Markov

For $X \ge 0$ and $a > 0$: $P(X \ge a) \le \mathbb{E}[X]/a$.

Example: inference latency $X$ in ms with $\mathbb{E}[X] = 2$. @@N:binds E[X] = 2 for the example@@
$$P(X \ge 10) \le \frac{2}{10} = 0.2$$

## Chebyshev

Apply Markov to $(X-\mu)^2$ with threshold $k^2$:
$$P(|X-\mu| \ge k) = P\big((X-\mu)^2 \ge k^2\big) \le \frac{\sigma^2}{k^2}$$

Say the number of generated tokens has $\mu = 50$ and $\sigma = 5$. @@N:binds mu = 50, sigma = 5@@
$$P(|X - 50| \ge 15) \le \frac{\sigma^2}{15^2} = \frac{5}{15} \approx 0.333$$ @@W:sigma^2/15^2 = 25/225 = 1/9 ~ 0.111; the line uses sigma instead of sigma^2 and k instead of k^2@@

For comparison, if $X$ were Gaussian, $P(|X-50| \ge 15) = P(|Z| \ge 3) \approx 0.0027$, so the bound is loose.

## Averages (weak law in one line)

For i.i.d. $X_i$ with variance $\sigma^2$ we have $\operatorname{Var}(\bar X_n) = \sigma^2/n$, hence
$$P(|\bar X_n - \mu| \ge \epsilon) \le \frac{\sigma^2}{n\epsilon^2}$$

With $\sigma^2 = 4$, $n = 100$, $\epsilon = 0.5$: @@N:binds sigma^2, n, epsilon@@
$$P(|\bar X_{100} - \mu| \ge 0.5) \le \frac{4}{100 \cdot 0.25} = 0.16$$

To push the bound down to $0.01$ we need $n \ge \frac{4}{0.01 \cdot 0.25} = 1600$.
""")

md("en/pac_sample_sizes_exam.md", "exam solution sheet", "Hoeffding sample size, finite-class PAC bounds (realizable and agnostic)", r"""**Problem 3 (sample sizes, 12 pts).** A classifier is evaluated with 0-1 loss. Take $\epsilon = 0.05$ and $\delta = 0.01$.

**Solution.**

(a) For one fixed hypothesis $h$, Hoeffding gives
$$P\big(|\hat R_n(h) - R(h)| > \epsilon\big) \le 2e^{-2n\epsilon^2}$$
Requiring the right-hand side to be at most $\delta$:
$$2e^{-2n\epsilon^2} \le \delta \iff n \ge \frac{\ln(2/\delta)}{2\epsilon^2}$$
$$n \ge \frac{\ln 200}{2(0.05)^2} = \frac{5.298}{0.005} \approx 1059.7$$
so $n = 1060$ test examples suffice.

(b) Finite class with $|\mathcal H| = 1000$, realizable case. @@N:binds |H| = 1000@@
$$P\big(\exists h: \hat R(h) = 0,\ R(h) > \epsilon\big) \le |\mathcal H|(1-\epsilon)^m \le |\mathcal H|e^{-\epsilon m}$$
$$m \ge \frac{1}{\epsilon}\Big(\ln|\mathcal H| + \ln\frac{1}{\delta}\Big) = 20\,(6.908 + 4.605) \approx 230.3$$
so $m = 231$.

(c) Agnostic case, Hoeffding plus a union bound over $\mathcal H$:
$$m \ge \frac{\ln|\mathcal H| + \ln(2/\delta)}{2\epsilon^2} = \frac{6.908 + 5.298}{0.005} \approx 2441.2$$

(d) Halving the accuracy to $\epsilon' = 0.025$ in (c): @@N:binds epsilon' = 0.025@@
$$m(\epsilon') = 2\, m(\epsilon) \approx 4882$$ @@W:m scales as 1/epsilon^2, so halving epsilon multiplies m by 4 (about 9765), not 2@@

(e) Halving $\delta$ instead only adds $\frac{\ln 2}{2\epsilon^2} = \frac{0.693}{0.005} \approx 138.6$ examples.
""")

nb("en/fisher_crlb_bernoulli.ipynb", "Colab notebook for a stats-for-ML course", "Bernoulli score, Fisher information, Cramer-Rao bound, observed information", [
("md", r"""# Fisher information for a coin

Model: $x_1,\dots,x_n \overset{iid}{\sim} \mathrm{Bernoulli}(p)$, and write $S = \sum_i x_i$. @@N:model and notation@@"""),
("md", r"""### Score and curvature

$$\ell(p) = S\log p + (n - S)\log(1-p)$$ @@N:defines the log-likelihood@@

$$\ell'(p) = \frac{S}{p} - \frac{n-S}{1-p}$$

$$\ell''(p) = -\frac{S}{p^2} - \frac{n-S}{(1-p)^2}$$

Using $\mathbb{E}[S] = np$:
$$I_n(p) = -\mathbb{E}[\ell''(p)] = \frac{np}{p^2} + \frac{n(1-p)}{(1-p)^2} = \frac{n}{p(1-p)}$$"""),
("code", r"""import numpy as np
rng = np.random.default_rng(0)
p, n = 0.3, 50
phat = rng.binomial(n, p, size=20000) / n
print(phat.var(), p*(1-p)/n)"""),
("md", r"""### Numbers

Take $n = 50$ and $p = 0.3$. @@N:binds n and p@@

$$I_{50}(0.3) = \frac{50}{0.3 \cdot 0.7} \approx 328.1$$ @@W:50/0.21 = 238.1, not 328.1@@

$$\mathrm{CRLB} = \frac{p(1-p)}{n} = \frac{0.21}{50} = 0.0042$$

so any unbiased estimator has standard deviation at least $\sqrt{0.0042} \approx 0.0648$. The MLE $\hat p = S/n$ has $\operatorname{Var}(\hat p) = p(1-p)/n$, i.e. it attains the bound.

Observed information for a tiny sample with $S = 3$ out of $n = 5$: $\hat p = 0.6$ and
$$J(\hat p) = -\ell''(\hat p) = \frac{3}{0.36} + \frac{2}{0.16} = 8.33 + 12.5 \approx 20.83 = \frac{5}{0.6 \cdot 0.4}$$""")])

md("en/exponential_mle_delta_scribe.md", "lecture scribe notes (LaTeX-ish Markdown)", "exponential MLE, Fisher information, delta method standard error and CI", r"""## Lecture 7 scribe: MLE for the exponential and the delta method

*Scribe: (anonymous). Errors are mine, not the lecturer's.*

Model: $f(x;\lambda) = \lambda e^{-\lambda x}$ for $x \ge 0$, with data $x_1,\dots,x_n$. @@N:model definition@@

**Likelihood.**
$$\ell(\lambda) = n\log\lambda - \lambda\sum_{i=1}^n x_i$$
$$\ell'(\lambda) = \frac{n}{\lambda} - \sum_i x_i = 0 \;\Longrightarrow\; \hat\lambda = \frac{n}{\sum_i x_i} = \frac{1}{\bar x}$$
$$\ell''(\lambda) = -\frac{n}{\lambda^2} < 0,$$ so this is a maximum, and the per-observation Fisher information is $I(\lambda) = 1/\lambda^2$.

**Delta method.** Write $\hat\lambda = g(\bar x)$ with $g(u) = 1/u$. @@N:defines g@@
$$g'(u) = -\frac{1}{u}$$ @@W:the derivative of 1/u is -1/u^2@@
Since $\operatorname{Var}(\bar x) = \frac{1}{n\lambda^2}$ and $\mathbb{E}[\bar x] = 1/\lambda$,
$$\operatorname{Var}(\hat\lambda) \approx g'(1/\lambda)^2\operatorname{Var}(\bar x) = \lambda^4 \cdot \frac{1}{n\lambda^2} = \frac{\lambda^2}{n},$$
which matches $1/(n I(\lambda))$.

**Example.** Data: $0.1, 0.3, 0.4, 0.7, 1.0$, so $n = 5$. @@N:binds the data@@
$$\bar x = \frac{2.5}{5} = 0.5, \qquad \hat\lambda = 2$$
$$\widehat{\mathrm{SE}}(\hat\lambda) = \frac{\hat\lambda}{\sqrt n} = \frac{2}{\sqrt 5} \approx 0.894$$
$$95\%\ \text{CI}: \; 2 \pm 1.96 \times 0.894 \approx (0.25,\ 3.75)$$
By invariance, the MLE of the median $\ln 2/\lambda$ is $\ln 2/2 \approx 0.347$.
""")

md("en/ols_se_answer_key.md", "TA answer key for a regression homework", "simple linear regression fit, residual variance, standard errors and t interval", r"""# HW4 answer key, Q2 (simple regression by hand)

Data: $x = (1,2,3,4,5)$, $y = (2.1, 2.9, 4.2, 4.8, 6.0)$. @@N:binds the data@@

**Means and sums of squares**

- $\bar x = 3$, $\bar y = 20/5 = 4$
- $S_{xx} = \sum (x_i - \bar x)^2 = 4 + 1 + 0 + 1 + 4 = 10$
- $S_{xy} = \sum (x_i-\bar x)(y_i - \bar y) = 3.8 + 1.1 + 0 + 0.8 + 4.0 = 9.7$

**Estimates**
$$\hat\beta_1 = \frac{S_{xy}}{S_{xx}} = 0.97, \qquad \hat\beta_0 = \bar y - \hat\beta_1\bar x = 4 - 2.91 = 1.09$$

Residuals $e_i = y_i - \hat y_i$: $(0.04, -0.13, 0.20, -0.17, 0.06)$, which sum to $0$ as they must.

$$\mathrm{SSE} = 0.0016 + 0.0169 + 0.04 + 0.0289 + 0.0036 = 0.091$$
$$s^2 = \frac{\mathrm{SSE}}{n-2} = \frac{0.091}{3} \approx 0.0303$$

**Standard errors**
$$\mathrm{SE}(\hat\beta_1) = \sqrt{\frac{s^2}{S_{xx}}} = \sqrt{0.003033} \approx 0.0551$$
$$\mathrm{SE}(\hat\beta_0) = \sqrt{s^2\Big(\frac1n + \frac{\bar x}{S_{xx}}\Big)} = \sqrt{0.0303 \times 0.5} \approx 0.123$$ @@W:the formula needs xbar^2/Sxx = 0.9, giving sqrt(0.0303 x 1.1) ~ 0.183@@

**Interval / test** (use $t_{0.975,3} = 3.182$)
$$\hat\beta_1 \pm 3.182 \times 0.0551 = 0.97 \pm 0.175 \approx (0.795,\ 1.145)$$
$$t = \frac{0.97}{0.0551} \approx 17.6$$ so the slope is clearly nonzero.

Common mistake: dividing SSE by $n$ instead of $n-2$ gives $0.0182$, which underestimates $\sigma^2$.
""")

nb("en/irls_one_step.ipynb", "Kaggle-style notebook with markdown derivation", "one Newton/IRLS step for logistic regression on four points", [
("md", r"""# Logistic regression: one Newton (IRLS) step by hand

Design matrix with an intercept column and labels:

$$X = \begin{bmatrix}1 & -1\\ 1 & 0\\ 1 & 1\\ 1 & 2\end{bmatrix}, \qquad y = \begin{bmatrix}0\\0\\1\\1\end{bmatrix}, \qquad w^{(0)} = \begin{bmatrix}0\\0\end{bmatrix}$$ @@N:binds X, y and the starting point@@"""),
("md", r"""## Derivatives

Let $p = \sigma(Xw)$, log-likelihood $\ell(w) = \sum_i [y_i\log p_i + (1-y_i)\log(1-p_i)]$ and loss $J = -\ell$. @@N:defines p, l and J@@

$$\nabla_w J = X^\top(p - y)$$

$$\nabla^2_w \ell(w) = X^\top W X, \qquad W = \operatorname{diag}\big(p_i(1-p_i)\big)$$ @@W:the Hessian of the log-likelihood is -X^T W X; X^T W X is the Hessian of J@@

Newton on $J$: $w \leftarrow w - (X^\top W X)^{-1} X^\top (p - y)$. @@N:update rule@@"""),
("code", r"""import numpy as np
X = np.array([[1,-1],[1,0],[1,1],[1,2.]]); y = np.array([0,0,1,1.])
w = np.zeros(2); p = 1/(1+np.exp(-X@w))
H = X.T@np.diag(p*(1-p))@X; g = X.T@(p-y)
print(H, g, w - np.linalg.solve(H, g))"""),
("md", r"""## Numbers at $w^{(0)}$

All $p_i = \sigma(0) = 0.5$, so $W = 0.25\,I$.

$$g = X^\top(p-y) = X^\top\begin{bmatrix}0.5\\0.5\\-0.5\\-0.5\end{bmatrix} = \begin{bmatrix}0\\-2\end{bmatrix}$$

$$H = 0.25\begin{bmatrix}4 & 2\\ 2 & 6\end{bmatrix} = \begin{bmatrix}1 & 0.5\\ 0.5 & 1.5\end{bmatrix}, \qquad \det H = 1.5 - 0.25 = 1.25$$

$$H^{-1} = \frac{1}{1.25}\begin{bmatrix}1.5 & -0.5\\ -0.5 & 1\end{bmatrix} = \begin{bmatrix}1.2 & -0.4\\ -0.4 & 0.8\end{bmatrix}$$

$$w^{(1)} = w^{(0)} - H^{-1}g = -\begin{bmatrix}0.8\\ -1.6\end{bmatrix} = \begin{bmatrix}-0.8\\ 1.6\end{bmatrix}$$

IRLS view: working response $z = Xw + W^{-1}(y-p) = (-2,-2,2,2)^\top$, and $(X^\top W X)^{-1}X^\top W z = H^{-1}(0, 2)^\top = (-0.8, 1.6)^\top$, the same step.

After one step the point $x = 2$ gets $\sigma(-0.8 + 3.2) = \sigma(2.4) \approx 0.917$.""")])

md("en/ntxent_by_hand.md", "Medium-style ML blog post", "NT-Xent loss for one anchor, gradient w.r.t. similarity and temperature", r"""# NT-Xent, computed with a pocket calculator

SimCLR's loss looks scary until you plug numbers in. Take a batch of $N = 2$ images, so $2N = 4$ views; views 1 and 2 come from the same image.

For anchor $i = 1$ and positive $j = 2$:
$$\ell_{1,2} = -\log\frac{\exp(s_{12}/\tau)}{\sum_{k \ne 1}\exp(s_{1k}/\tau)}$$ @@N:definition of the loss@@

Cosine similarities (already L2-normalised embeddings) and temperature:
$$s_{12} = 0.8,\quad s_{13} = 0.2,\quad s_{14} = -0.1,\quad \tau = 0.5$$ @@N:binds the similarities and tau@@

Logits are $s/\tau = (1.6,\ 0.4,\ -0.2)$, so
$$e^{1.6} \approx 4.953,\qquad e^{0.4} \approx 1.492,\qquad e^{-0.2} \approx 0.819$$
$$\text{denominator} \approx 4.953 + 1.492 + 0.819 = 7.264$$
$$p_{12} = \frac{4.953}{7.264} \approx 0.682, \qquad \ell_{1,2} = -\ln 0.682 \approx 0.383$$

## Gradients

It is just softmax cross-entropy on logits $s_{1k}/\tau$, so
$$\frac{\partial \ell_{1,2}}{\partial s_{12}} = +\frac{1}{\tau}(1 - p_{12}) \approx 0.636$$ @@W:sign error; the gradient is -(1/tau)(1 - p12) ~ -0.636 (raising the positive similarity lowers the loss)@@
$$\frac{\partial \ell_{1,2}}{\partial s_{13}} = \frac{p_{13}}{\tau} = \frac{2 \times 1.492}{7.264} \approx 0.411$$

Temperature: writing $\ell = -s_{12}/\tau + \log\sum_k e^{s_{1k}/\tau}$,
$$\frac{\partial \ell}{\partial \tau} = \frac{s_{12} - \sum_k p_{1k}s_{1k}}{\tau^2} \approx \frac{0.8 - 0.575}{0.25} \approx 0.90$$
Positive: at this point a larger $\tau$ would *increase* the loss.
""")

md("en/bloom_lsh_readme.md", "README of a small dedup library", "Bloom filter false-positive rate and sizing, MinHash LSH banding probabilities", r"""## Sizing notes (`dedup/filters.py`)

### Bloom filter

`m` bits, `k` hash functions, `n` inserted keys. A given bit is still 0 after all inserts with probability

$$\Big(1 - \frac1m\Big)^{kn} \approx e^{-kn/m}$$

so the false-positive rate is

$$p_{fp} \approx \big(1 - e^{-kn/m}\big)^k$$

Default config: `m = 1000`, `n = 100`, `k = 7`. @@N:binds the default configuration@@

$$p_{fp} \approx (1 - e^{-0.7})^7 = (0.5034)^7 \approx 0.0082$$

The optimal `k` is $\frac{m}{n}\ln 2 = 10 \times 0.693 \approx 6.93$, which is why the default is 7.

Bits per key for a target rate $p = 1\%$ (with optimal `k`):

$$\frac{m}{n} = -\frac{\ln p}{(\ln 2)^2} = \frac{4.605}{0.693} \approx 6.65$$ @@W:the denominator is (ln 2)^2 = 0.480, so m/n ~ 9.59 bits per key@@

### MinHash LSH

With `b` bands of `r` rows, a pair with Jaccard similarity $s$ becomes a candidate with probability $1 - (1 - s^r)^b$. Defaults `r = 5`, `b = 10`:

| $s$ | $s^5$ | $P(\text{candidate})$ |
|---|---|---|
| 0.8 | 0.328 | $1 - 0.672^{10} \approx 0.981$ |
| 0.4 | 0.01024 | $1 - 0.98976^{10} \approx 0.098$ |

The S-curve threshold is roughly $(1/b)^{1/r} = 0.1^{0.2} \approx 0.63$.
""")

nb("en/svd_2x2_eckart_young.ipynb", "linear-algebra-for-ML course notebook", "SVD of a 2x2 matrix by hand and Eckart-Young rank-1 error", [
("md", r"""# SVD of a 2×2 by hand

$$A = \begin{bmatrix}3 & 0\\ 4 & 5\end{bmatrix}$$ @@N:defines A@@"""),
("md", r"""**Step 1: $A^\top A$ and its eigenvalues**

$$A^\top A = \begin{bmatrix}3 & 4\\ 0 & 5\end{bmatrix}\begin{bmatrix}3 & 0\\ 4 & 5\end{bmatrix} = \begin{bmatrix}25 & 20\\ 20 & 25\end{bmatrix}$$

$$\det(A^\top A - \lambda I) = (25-\lambda)^2 - 400 = \lambda^2 - 50\lambda + 225 = 0$$

$$\lambda_1 = 45,\quad \lambda_2 = 5 \;\Rightarrow\; \sigma_1 = 3\sqrt5 \approx 6.708,\quad \sigma_2 = \sqrt5 \approx 2.236$$

Checks: $\sigma_1\sigma_2 = 15 = |\det A|$ and $\sigma_1^2 + \sigma_2^2 = 50 = \|A\|_F^2$."""),
("md", r"""**Step 2: singular vectors**

$$v_1 = \tfrac{1}{\sqrt2}(1, 1)^\top,\qquad v_2 = \tfrac{1}{\sqrt2}(1,-1)^\top$$

$$u_1 = \frac{Av_1}{\sigma_1} = \frac{(3, 9)^\top/\sqrt2}{3\sqrt5} = \tfrac{1}{\sqrt{10}}(1, 3)^\top,\qquad u_2 = \frac{Av_2}{\sigma_2} = \tfrac{1}{\sqrt{10}}(3, -1)^\top$$"""),
("code", r"""import numpy as np
A = np.array([[3,0],[4,5.]])
U,S,Vt = np.linalg.svd(A); A1 = S[0]*np.outer(U[:,0],Vt[0])
print(S, A1, np.linalg.norm(A-A1))"""),
("md", r"""**Step 3: best rank-1 approximation**

$$A_1 = \sigma_1 u_1 v_1^\top = \frac{3\sqrt5}{\sqrt{20}}\begin{bmatrix}1 & 1\\ 3 & 3\end{bmatrix} = \begin{bmatrix}1.5 & 1.5\\ 4.5 & 4.5\end{bmatrix}$$

$$A - A_1 = \begin{bmatrix}1.5 & -1.5\\ -0.5 & 0.5\end{bmatrix},\qquad \|A - A_1\|_F = \sqrt{2.25 + 2.25 + 0.25 + 0.25} = \sqrt5$$

Eckart-Young: the error equals $\sigma_2 = \sqrt5$ in both the Frobenius and the spectral norm.

Energy kept by the rank-1 approximation:
$$\frac{\sigma_1^2}{\sigma_1^2 + \sigma_2^2} = \frac{45}{50} = 0.8$$ @@W:45/50 = 0.9@@""")])

md("en/roofline_slides.md", "lecture slides exported to Markdown", "roofline model: arithmetic intensity of GEMM, GEMV, elementwise ops; ridge point", r"""---
## Slide 12 - Roofline in one line

$$\text{attainable FLOP/s} = \min\big(\text{peak},\ \text{AI} \times \text{BW}\big), \qquad \text{AI} = \frac{\text{FLOPs}}{\text{bytes moved}}$$ @@N:definition of the roofline model@@

Our GPU: peak 312 TFLOP/s (fp16 tensor cores), HBM bandwidth 2.0 TB/s. @@N:binds hardware numbers@@

- Ridge point: $312 / 2.0 = 156$ FLOP/byte

---
## Slide 13 - Square GEMM, $M = N = K = 4096$, fp16

- FLOPs: $2MNK = 2 \cdot 4096^3 \approx 1.37 \times 10^{11}$
- Bytes (read A, B, write C once): $2\,(MK + KN + MN) = 6 \cdot 4096^2 \approx 1.01 \times 10^{8}$
- $\text{AI} = \dfrac{2 \cdot 4096^3}{6 \cdot 4096^2} = \dfrac{4096}{6} \approx 683$ FLOP/byte @@W:2/6 = 1/3, so AI = 4096/3 ~ 1365 FLOP/byte@@
- Far right of the ridge, so compute bound: $t \approx 1.37\times10^{11} / 3.12\times10^{14} \approx 0.44$ ms

---
## Slide 14 - Decode step = GEMV ($M = 1$)

- FLOPs: $2 \cdot 4096 \cdot 4096 \approx 3.36 \times 10^{7}$
- Bytes are dominated by the weights: $2 \cdot 4096^2 \approx 3.36 \times 10^{7}$
- $\text{AI} \approx 1$ FLOP/byte, so memory bound: $t \approx 3.36\times10^{7} / 2\times10^{12} \approx 16.8\ \mu s$
- With batch $B \ll 4096$ the AI is about $B$, so we need $B \gtrsim 156$ to reach the ridge

---
## Slide 15 - Elementwise ReLU, fp16

- 1 FLOP per element, 2 bytes read + 2 bytes written: $\text{AI} = 1/4 = 0.25$
""")

md("en/littles_law_serving.md", "engineering blog post on LLM serving", "Little's law, latency budget, KV-cache-limited concurrency and throughput", r"""# Capacity planning for a chat endpoint with Little's law

Little's law: in steady state, $L = \lambda W$ (requests in the system = arrival rate × time in system).

## Latency budget per request

Measured: TTFT $= 0.3$ s, TPOT $= 25$ ms, average output length $200$ tokens. @@N:binds measured values@@

$$W = \text{TTFT} + n_{out}\cdot\text{TPOT} = 0.3 + 200 \times 0.025 = 5.3\ \text{s}$$

At $\lambda = 8$ req/s the server must hold
$$L = \lambda W = 8 \times 5.3 = 42.4$$
requests in flight on average.

## How many fit in memory?

KV cache per token for 32 layers, 8 KV heads, head dim 128, fp16: @@N:binds model shape@@
$$2 \times 32 \times 8 \times 128 \times 2\ \text{B} = 131{,}072\ \text{B} = 128\ \text{KiB}$$
A 2,000-token request therefore needs $2000 \times 128$ KiB $= 256{,}000$ KiB $= 250$ MiB.

With 40 GiB reserved for KV:
$$L_{max} = \Big\lfloor \frac{40 \times 1024\ \text{MiB}}{250\ \text{MiB}} \Big\rfloor = \lfloor 163.84 \rfloor = 163$$

## Throughput ceiling

$$\lambda_{max} = \frac{L_{max}}{W} = \frac{163}{5.3} \approx 30.75\ \text{req/s}$$
$$\text{token throughput} \approx 30.75 \times 200 = 6150\ \text{tokens/s}$$

Above that, the queue grows and $W$ blows up.
""")

nb("en/kaplan_meier_small.ipynb", "biostatistics-for-data-science notebook", "Kaplan-Meier product-limit estimate, Greenwood SE, Nelson-Aalen hazard", [
("md", r"""# Kaplan-Meier by hand (7 subjects)

Times in months; `+` marks censoring: $2,\ 3^+,\ 4,\ 4,\ 6^+,\ 7,\ 9$. @@N:binds the data@@

$$\hat S(t) = \prod_{t_j \le t}\Big(1 - \frac{d_j}{n_j}\Big)$$ @@N:definition of the estimator@@"""),
("code", r"""import numpy as np
T = np.array([2,3,4,4,6,7,9]); E = np.array([1,0,1,1,0,1,1])"""),
("md", r"""| $t_j$ | at risk $n_j$ | events $d_j$ | factor |
|---|---|---|---|
| 2 | 7 | 1 | 6/7 |
| 4 | 5 | 2 | 3/5 |
| 7 | 2 | 1 | 1/2 |
| 9 | 1 | 1 | 0 |

$$\hat S(2) = \frac67 \approx 0.857$$

$$\hat S(4) = \frac67\cdot\frac35 = \frac{18}{35} \approx 0.541$$ @@W:18/35 = 0.514@@

$$\hat S(7) = \frac{18}{35}\cdot\frac12 = \frac{9}{35} \approx 0.257, \qquad \hat S(9) = 0$$

The censored subject at 3 leaves the risk set without producing a factor, which is why $n_j = 5$ at $t = 4$."""),
("md", r"""### Greenwood standard error at $t = 4$

$$\widehat{\operatorname{Var}}\,\hat S(4) = \hat S(4)^2\sum_{t_j \le 4}\frac{d_j}{n_j(n_j - d_j)} = \Big(\frac{18}{35}\Big)^2\Big(\frac{1}{42} + \frac{2}{15}\Big) \approx 0.2645 \times 0.1571 \approx 0.0416$$

so $\mathrm{SE} \approx 0.204$.

### Nelson-Aalen

$$\hat H(4) = \frac17 + \frac25 \approx 0.543, \qquad e^{-\hat H(4)} \approx 0.581$$

Median survival: the first time with $\hat S(t) \le 0.5$, i.e. $t = 7$ months.""")])

md("en/lenet5_checklist.md", "terse study checklist (bullet notes)", "LeNet-5 feature-map sizes and parameter counts, classic and modern variants", r"""LeNet-5 params - checklist before the quiz
==========================================

input 32x32x1. conv out = in - k + 1 (no pad, stride 1); pool 2x2 s2 halves.

* C1: 6 maps, 5x5 -> 32-5+1 = 28, so 28x28x6
  * params 6 * (5*5*1 + 1) = 156
* S2: 28/2 = 14 -> 14x14x6
  * classic S2 has a coefficient + bias per map: 6 * 2 = 12
* C3: 16 maps, 5x5 -> 14-5+1 = 10 -> 10x10x16
  * classic (partial connection table): 1,516
  * modern (every map sees all 6): 16 * (5*5*6 + 1) = 2,416
* S4: 10/2 = 5 -> 5x5x16, classic 16 * 2 = 32
* C5: 120 maps of 5x5 on 5x5x16 -> 1x1x120
  * 120 * (5*5*16 + 1) = 48,120
* F6: 84 * (120 + 1) = 10,164
* output: classic RBF 84 * 10 = 840, modern FC 10 * (84 + 1) = 850

classic total = 156 + 12 + 1516 + 32 + 48120 + 10164 + 840 = 60,840

modern total (max pool, no S params) = 156 + 2416 + 48120 + 10164 + 850 = 61,806 @@W:the sum is 61,706@@

note to self: C5 is "conv" but with a 5x5 input it behaves like a fully connected layer with 400 inputs (5*5*16 = 400).
""")

md("en/maxpool_relu_backward.md", "StackExchange-style answer", "backprop through ReLU followed by 2x2 max pooling with numbers", r"""**Q:** How does the gradient flow back through ReLU + max-pool? I get confused with the zeros.

**A:** Do it on a 4×4 example. Pre-activations $Z$ (1-based indices), $A = \mathrm{ReLU}(Z)$, then 2×2 max-pool with stride 2 gives $P$: @@N:sets up the example@@

$$Z = \begin{bmatrix}1 & -2 & 3 & 0.5\\ -1 & 4 & -3 & 2\\ 0.5 & -0.5 & -1 & -2\\ 2 & 1 & -4 & -0.5\end{bmatrix}, \quad A = \begin{bmatrix}1 & 0 & 3 & 0.5\\ 0 & 4 & 0 & 2\\ 0.5 & 0 & 0 & 0\\ 2 & 1 & 0 & 0\end{bmatrix}$$

$$P = \begin{bmatrix}4 & 3\\ 2 & 0\end{bmatrix}$$

The argmax positions are $(2,2)$, $(1,3)$, $(4,1)$; the bottom-right window is all zeros (a tie); say the implementation routes the gradient to the first position, $(3,3)$.

Upstream gradient:
$$G = \frac{\partial L}{\partial P} = \begin{bmatrix}0.1 & -0.2\\ 0.3 & 0.5\end{bmatrix}$$ @@N:binds G@@

Max-pool backward copies each $G$ entry to its argmax and puts 0 elsewhere. Then ReLU backward multiplies by $\mathbb{1}[z > 0]$:

$$\frac{\partial L}{\partial z_{22}} = 0.1 \cdot \mathbb{1}[4 > 0] = 0.1$$
$$\frac{\partial L}{\partial z_{13}} = -0.2 \cdot \mathbb{1}[3 > 0] = -0.2$$
$$\frac{\partial L}{\partial z_{41}} = 0.3 \cdot \mathbb{1}[2 > 0] = 0.3$$
$$\frac{\partial L}{\partial z_{33}} = 0.5 \cdot \mathbb{1}[-1 > 0] = 0.5$$ @@W:the indicator is 0 because z33 = -1 < 0, so this gradient is 0@@

All other entries of $\partial L/\partial Z$ are 0, and the nonzero ones sum to $0.1 - 0.2 + 0.3 = 0.2$. So the tie never matters here: whichever zero gets the gradient, ReLU kills it.
""")

md("en/natural_gradient_2x2.md", "graduate course lecture notes", "natural gradient step with a 2x2 Fisher matrix and the KL it induces", r"""### 5.3 Natural gradient on a toy problem

At the current parameters the Fisher matrix and the loss gradient are
$$F = \begin{bmatrix}2 & 1\\ 1 & 1\end{bmatrix}, \qquad g = \begin{bmatrix}1\\ 0\end{bmatrix}$$ @@N:binds F and g@@

Since $\det F = 2 - 1 = 1$,
$$F^{-1} = \begin{bmatrix}1 & -1\\ -1 & 2\end{bmatrix}$$
and one checks $FF^{-1} = I$.

Natural gradient:
$$\tilde g = F^{-1}g = \begin{bmatrix}1\\ -1\end{bmatrix}$$

With step size $\eta = 0.1$ the update is @@N:binds eta@@
$$\Delta\theta = -\eta\tilde g = \begin{bmatrix}-0.1\\ 0.1\end{bmatrix}$$

To second order the KL between old and new model is $\tfrac12\Delta\theta^\top F\Delta\theta$:
$$\tfrac12\big(2(0.01) + 2(1)(-0.1)(0.1) + 1(0.01)\big) = \tfrac12(0.02 - 0.02 + 0.01) = 0.005$$

The plain gradient step $\Delta\theta = -0.1\,g = (-0.1, 0)^\top$ gives
$$\tfrac12 \cdot 2 \cdot 0.01 = 0.01,$$
twice the KL, and it decreases the loss by the same first-order amount $\eta\, g^\top g = \eta\, g^\top F^{-1} g = 0.1$ here.

**Example of a Fisher matrix.** For $\mathcal N(\mu, \sigma^2)$ parametrised by $(\mu, \sigma)$, $F = \operatorname{diag}(1/\sigma^2,\ 2/\sigma^2)$; at $\sigma = 0.5$ this is $\operatorname{diag}(4, 8)$.
""")

md("en/large_batch_lars.md", "reproduction log / research notebook in Markdown", "linear scaling rule, warmup arithmetic, LARS and LAMB trust ratios", r"""# Large-batch repro log (ResNet-50, ImageNet)

Reference recipe: lr 0.1 at batch 256. We train at batch 4096. @@N:binds the baseline recipe@@

**Linear scaling rule**
$$\eta_{4096} = 0.1 \times \frac{4096}{256} = 0.1 \times 16 = 1.6$$
(square-root scaling would give $0.1 \times \sqrt{16} = 0.4$.)

**Warmup**

$1{,}281{,}167 / 4096 \approx 312.8$, so 313 steps per epoch (last batch partial).

Five warmup epochs is $5 \times 313 = 1565$ steps, and linear warmup gives at step 500
$$\eta_{500} = 1.6 \times \frac{500}{1565} \approx 0.511$$

**LARS layer-wise rate** for one conv layer with $\|w\| = 2.0$, $\|g\| = 0.05$, trust coefficient $0.001$, weight decay $\beta = 5\times10^{-4}$: @@N:binds layer statistics@@
$$\text{trust} = \frac{0.001\,\|w\|}{\|g\| + \beta\|w\|} = \frac{0.002}{0.05 + 0.001} \approx 0.0392$$
$$\eta_{\text{layer}} = 1.6 \times 0.0392 \approx 0.0627$$

**LAMB** uses $r = \|w\| / \|u\|$ where $u$ is the Adam direction plus $\lambda w$. With $\|u\| = 0.5$:
$$r = \frac{2.0}{0.5} = 4$$
so this layer moves 4× farther than plain Adam-W would at the same global rate.
""")
