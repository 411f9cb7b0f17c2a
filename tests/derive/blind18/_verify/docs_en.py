# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("gumbel_max_trick", "personal study notes (Obsidian-style markdown)", "Gumbel distribution, max-stability, Gumbel-max sampling", r'''# Gumbel-max trick — notes to self

Standard Gumbel: $F(g) = \exp(-e^{-g})$ and $f(g) = e^{-g}\exp(-e^{-g})$.⟦N:defines the CDF and density⟧

Sampling by inversion: draw $u \sim U(0,1)$ and set $g = -\log(-\log u)$.⟦N:sampling rule, an assignment⟧

Quick check that this really has CDF $F$:

$$P(g \le t) = P(-\log u \ge e^{-t}) = P(u \le \exp(-e^{-t})) = \exp(-e^{-t})$$

## max of n Gumbels

For $g_1,\dots,g_n$ iid standard Gumbel,

$$
P\big(\max_i g_i \le t\big) = \big(\exp(-e^{-t})\big)^n = \exp(-n e^{-t}) = \exp\!\big(-e^{-(t-\ln n)}\big)
$$

so the max is again Gumbel, just shifted by $\ln n$ (scale unchanged).

Take $n = 8$.⟦N:binds n for the example⟧

- location: $\ln 8 \approx 2.079$
- mean of a standard Gumbel is the Euler–Mascheroni constant, $\mathbb{E}[g] = \gamma \approx 0.5772$
- so $\mathbb{E}[\max_i g_i] = \ln 8 + \gamma \approx 2.079 + 0.577 = 2.656$
- variance does not move: $\operatorname{Var} = \pi^2/6 \approx 1.645$

## the trick itself

With logits $\ell_k$ and independent $g_k$: $k^\star = \arg\max_k(\ell_k + g_k)$.⟦N:defines the sampled index⟧ Then

$$P(k^\star = k) = \frac{e^{\ell_k}}{\sum_j e^{\ell_j}}$$

Example with logits $(1, 2, 0)$: the denominator is $e^{1} + e^{2} + e^{0} \approx 2.718 + 7.389 + 1 = 11.107$, so

$$P(k^\star = 1) \approx 2.718/11.107 \approx 0.245,\quad P(k^\star = 2) \approx 7.389/11.107 \approx 0.665,\quad P(k^\star=3) \approx 0.090$$

(Gumbel-softmax replaces argmax by softmax with temperature τ, nothing to derive there.)
''')

md("wasserstein_1d_cdf", "blog post (Medium / TDS style)", "Wasserstein-1 distance in one dimension via sorted samples and CDF areas", r'''# Earth mover's distance in 1-D is just sorting

In one dimension the Wasserstein-1 distance has a closed form — it is the area between the two CDFs:

$$W_1(P,Q) = \int_{-\infty}^{\infty} \lvert F_P(x) - F_Q(x)\rvert\,dx = \int_0^1 \lvert F_P^{-1}(u) - F_Q^{-1}(u)\rvert\,du$$

For two samples of the same size $n$ this becomes the mean absolute difference of the sorted values.

### A tiny example

Let $x = (4, 1, 7, 3)$ and $y = (5, 2, 9, 2)$.⟦N:binds the two samples⟧ Sorting gives $(1,3,4,7)$ and $(2,2,5,9)$, so

$$
\begin{aligned}
W_1 &= \tfrac14\big(|1-2| + |3-2| + |4-5| + |7-9|\big) \\
    &= \tfrac14(1 + 1 + 1 + 2) \\
    &= 1.25
\end{aligned}
$$

Same number from the CDF picture (width × gap on each piece):

| interval | $F_x$ | $F_y$ | contribution |
|---|---|---|---|
| [1,2) | 1/4 | 0 | 1/4 |
| [2,3) | 1/4 | 1/2 | 1/4 |
| [3,4) | 1/2 | 1/2 | 0 |
| [4,5) | 3/4 | 1/2 | 1/4 |
| [5,7) | 3/4 | 3/4 | 0 |
| [7,9) | 1 | 3/4 | 1/2 |

$\tfrac14 + \tfrac14 + 0 + \tfrac14 + 0 + \tfrac12 = 1.25$ ✔

### Location shifts

If $Q$ is $P$ shifted by $c$, then $F_Q^{-1}(u) = F_P^{-1}(u) + c$ and $W_1 = |c|$. For $\mathcal N(0.5, 1)$ vs $\mathcal N(-1.5, 1)$ that is $W_1 = |0.5-(-1.5)| = 2$.

### Scalings

If $Q$ is the law of $aX$ with $a > 0$, then $F_Q^{-1}(u) = a\,F_P^{-1}(u)$ and

$$W_1(P,Q) = \int_0^1 |1-a|\,|F_P^{-1}(u)|\,du = |1-a|\,\mathbb E|X|$$

- $X \sim U(0,1)$, $a = 3$: $W_1 = 2 \cdot \tfrac12 = 1$
- $X \sim \mathcal N(0,1)$, $a = 2$: $W_1 = 1 \cdot \mathbb E|X| = \sqrt{1/\pi} \approx 0.564$⟦W:E|X| for a standard normal is sqrt(2/pi) ≈ 0.798, the factor 2 under the root is dropped⟧

That is why WGAN critics see a useful signal even when supports do not overlap.
''')

md("js_hellinger_two_coins", "lecture scribe notes", "Jensen-Shannon divergence, Hellinger distance and total variation for two Bernoulli distributions", r'''## Lecture 9 scribe — f-divergences on a toy example

*Scribe: (anon).* We compare $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$ on a two-point space.⟦N:binds the two distributions⟧

**Jensen–Shannon.** Let $M = \tfrac12(P+Q) = (0.7, 0.3)$. Then

$$\mathrm{JS}(P\|Q) = \tfrac12 \mathrm{KL}(P\|M) + \tfrac12\mathrm{KL}(Q\|M).$$⟦N:definition of JS⟧

Term by term (natural logs):

$$\mathrm{KL}(P\|M) = 0.5\ln\frac{0.5}{0.7} + 0.5\ln\frac{0.5}{0.3} = 0.5(-0.3365) + 0.5(0.5108) = 0.0872$$

$$\mathrm{KL}(Q\|M) = 0.9\ln\frac{0.9}{0.7} + 0.1\ln\frac{0.1}{0.3} = 0.2262 - 0.1099 = 0.1163$$

so $\mathrm{JS} = \tfrac12(0.0872 + 0.1163) \approx 0.1017$ nats. In bits, $0.1017 \times \ln 2 \approx 0.0705$ bits.⟦W:converting nats to bits divides by ln 2: 0.1017/0.6931 ≈ 0.147 bits⟧ Recall JS ≤ ln 2 always.

**Hellinger.** With the Bhattacharyya coefficient $BC = \sum_i \sqrt{p_i q_i}$ we use $H^2 = 1 - BC$.⟦N:definition of H^2⟧

$$BC = \sqrt{0.45} + \sqrt{0.05} \approx 0.6708 + 0.2236 = 0.8944$$

$$H^2 = 1 - 0.8944 = 0.1056, \qquad H \approx 0.3249$$

**Total variation.** $\delta(P,Q) = \tfrac12\left(|0.5-0.9| + |0.5-0.1|\right) = 0.4$.

The standard sandwich $H^2 \le \delta \le \sqrt2\,H$ reads $0.1056 \le 0.4 \le 0.4595$, fine.
''')

nb("newton_raphson_sqrt2", "Colab notebook from a numerical methods lab", "Newton-Raphson for sqrt(2) and for 1/a, quadratic convergence",
[("markdown", r'''# Lab 3 — Newton–Raphson

We solve $f(x) = 0$ with $f(x) = x^2 - 2$, so $f'(x) = 2x$.⟦N:defines f and states its derivative as setup⟧

Update rule: $x_{n+1} = x_n - \dfrac{f(x_n)}{f'(x_n)}$⟦N:update rule⟧'''),
("code", '''def newton(f, df, x0, n=5):
    xs = [x0]
    for _ in range(n):
        x0 = x0 - f(x0) / df(x0)
        xs.append(x0)
    return xs

xs = newton(lambda x: x*x - 2, lambda x: 2*x, 1.5, n=3)
xs'''),
("markdown", r'''### By hand, starting at $x_0 = 1.5$⟦N:binds the starting point⟧

$$x_1 = 1.5 - \frac{1.5^2 - 2}{2 \cdot 1.5} = 1.5 - \frac{0.25}{3} \approx 1.416667$$

$$x_2 = 1.416667 - \frac{1.416667^2 - 2}{2\cdot 1.416667} = 1.416667 - \frac{0.006944}{2.833333} \approx 1.414216$$

True value $\sqrt2 \approx 1.414214$.

**Error.** With $e_n = x_n - \sqrt 2$ one gets exactly $e_{n+1} = \dfrac{e_n^2}{2x_n}$ for this $f$.
- $e_0 \approx 1.5 - 1.414214 = 0.0858$
- $e_0^2 = 0.0858^2 \approx 0.0736$⟦W:0.0858^2 ≈ 0.00736, a decimal place is lost⟧
- $e_1 \approx 0.00736/3 \approx 0.00245$, matching $x_1 - \sqrt2 \approx 0.00245$'''),
("code", '''import math
for n, x in enumerate(xs):
    print(n, x, x - math.sqrt(2))'''),
("markdown", r'''### Division-free reciprocal

For $f(x) = 1/x - a$ Newton gives $x_{n+1} = x_n(2 - a x_n)$.⟦N:iteration rule⟧ With $a = 3$, $x_0 = 0.3$:⟦N:binds a and x0⟧

$x_1 = 0.3(2 - 0.9) = 0.33$, then $x_2 = 0.33(2 - 0.99) = 0.3333$. The number of correct digits doubles each step.''')])

md("trapezoid_vs_simpson", "exam answer key (numerical analysis)", "composite trapezoid and Simpson rules for the integral of e^x, error bounds", r'''**Q4 (answer key).** Approximate $I = \int_0^1 e^x\,dx$ with $n = 2$ subintervals⟦N:names the integral and binds n⟧ and compare with the error bounds.

Exact: $I = e - 1 \approx 1.718282$.

(a) Trapezoid, $h = 0.5$:⟦N:binds the step size⟧

$$
T = \frac{h}{2}\big[f(0) + 2f(0.5) + f(1)\big] = 0.25\,(1 + 3.297443 + 2.718282) = 0.25 \times 7.015725 = 1.753931
$$

(b) Simpson:

$$
S = \frac{h}{3}\big[f(0) + 4f(0.5) + f(1)\big] = \frac{0.5}{3}(1 + 6.594885 + 2.718282) \approx 1.718861
$$

(c) Actual errors: $T - I \approx 0.035649$ and $S - I \approx 0.00579$.⟦W:S − I = 1.718861 − 1.718282 ≈ 0.000579, off by a factor 10⟧

(d) Bounds, using $\max_{[0,1]} |f''| = \max |f^{(4)}| = e$:

$$|E_T| \le \frac{(b-a)h^2}{12}\max|f''| = \frac{0.25\,e}{12} \approx 0.05663$$

$$|E_S| \le \frac{(b-a)h^4}{180}\max|f^{(4)}| = \frac{0.0625\,e}{180} \approx 0.000944$$

Both actual errors are below their bounds. (e) For $|E_T| < 10^{-6}$ we need $h^2 \le 12\times10^{-6}/e \approx 4.4146\times10^{-6}$, i.e. $h \le 0.0021011$, so $n \ge 476$.
''')

nb("jackknife_bootstrap_mean", "Colab notebook (stats course homework)", "jackknife and bootstrap standard error of the mean on five points",
[("markdown", r'''# HW5 — jackknife vs. plain SE

Data: $x = (2, 4, 4, 5, 9)$, $n = 5$.⟦N:binds the data⟧'''),
("code", '''import numpy as np
x = np.array([2, 4, 4, 5, 9.])
x.mean(), x.std(ddof=1)'''),
("markdown", r'''Sample mean $\bar x = 24/5 = 4.8$ and

$$s^2 = \frac{1}{n-1}\sum_i (x_i - \bar x)^2 = \frac{7.84 + 0.64 + 0.64 + 0.04 + 17.64}{4} = \frac{26.8}{4} = 6.7$$

so $s \approx 2.5884$ and the usual $\mathrm{SE} = s/\sqrt n \approx 2.5884/2.2361 \approx 1.1576$.

**Jackknife.** Leave-one-out means $\bar x_{(i)}$: 5.5, 5.0, 5.0, 4.75, 3.75, whose average is $\bar x_{(\cdot)} = 24/5 = 4.8$.

$$
\widehat{\mathrm{SE}}_{\text{jack}} = \sqrt{\frac{n-1}{n}\sum_{i=1}^n\big(\bar x_{(i)} - \bar x_{(\cdot)}\big)^2}
= \sqrt{0.8 \times (0.49 + 0.04 + 0.04 + 0.0025 + 1.1025)}
= \sqrt{0.8 \times 1.675} = \sqrt{1.34} \approx 1.1576
$$

Identical to $s/\sqrt n$ — for the mean this always happens.'''),
("code", '''loo = np.array([np.delete(x, i).mean() for i in range(len(x))])
np.sqrt((len(x)-1)/len(x) * ((loo - loo.mean())**2).sum())'''),
("markdown", r'''**Bootstrap.** The number of distinct resamples (multisets) of size 5 from 5 points is $\binom{2n-1}{n} = \binom{9}{5} = 126$, so most of them show up many times
when we draw $B = 2000$ resamples.⟦N:binds B⟧''')])

md("benjamini_hochberg_8_tests", "GitHub README of a small multiple-testing helper", "Benjamini-Hochberg, Bonferroni and Holm on eight p-values, BH-adjusted p-values", r'''# fdrtiny

Minimal helpers for multiple testing. Worked example used in the tests below.

## Example

Sorted p-values from $m = 8$ tests, target FDR $q = 0.05$:⟦N:binds m and q⟧

```
p = [0.001, 0.008, 0.012, 0.030, 0.041, 0.090, 0.200, 0.650]
```

**BH step-up.** Find the largest $k$ with $p_{(k)} \le \frac{k}{m}q$. The thresholds $\frac{k}{8}\cdot 0.05$ are

| k | $p_{(k)}$ | $kq/m$ | ok? |
|---|---|---|---|
| 1 | 0.001 | 0.00625 | yes |
| 2 | 0.008 | 0.0125 | yes |
| 3 | 0.012 | 0.01875 | yes |
| 4 | 0.030 | 0.025 | no |
| 5 | 0.041 | 0.03125 | no |

No $k \ge 4$ passes, so $\hat k = 3$ and we reject $H_{(1)},H_{(2)},H_{(3)}$.

**Bonferroni**: threshold $\alpha/m = 0.05/8 = 0.00625$, one rejection.

**Holm**: compare $p_{(i)}$ with $\alpha/(m-i+1)$: $0.001 \le 0.05/8$, but $0.008 > 0.05/7 \approx 0.00714$, stop. One rejection.

## Adjusted p-values

`p_adj[i] = min_{j>=i} m * p[j] / j`, e.g.

- $j=3$: $8 \times 0.012/3 = 0.032$
- $j=4$: $8 \times 0.030/4 = 0.06$
- $j=5$: $8\times 0.041/5 = 0.0565$⟦W:8 × 0.041 / 5 = 0.0656 (digits swapped)⟧
- $j=6$: $8 \times 0.090/6 = 0.12$

and $\tilde p_{(2)} = \min(8\times0.008/2,\ 0.032, \dots) = 0.032$.
''')

md("welch_t_and_effect_size", "StackExchange (Cross Validated) answer", "Welch t statistic, Welch-Satterthwaite df, pooled SD, Cohen's d and Hedges' g by hand", r'''You don't need the raw data, the summary stats are enough. Group A: $n_1 = 12$, $\bar x_1 = 78.2$, $s_1 = 6.1$; group B: $n_2 = 15$, $\bar x_2 = 72.5$, $s_2 = 9.4$.⟦N:binds the summary statistics⟧

**Welch's t.**

$$\frac{s_1^2}{n_1} = \frac{37.21}{12} = 3.1008,\qquad \frac{s_2^2}{n_2} = \frac{88.36}{15} = 5.8907$$

$$SE = \sqrt{3.1008 + 5.8907} = \sqrt{8.9915} = 2.9986, \qquad t = \frac{78.2 - 72.5}{2.9986} = \frac{5.7}{2.9986} = 1.901$$

Degrees of freedom (Welch–Satterthwaite):

$$\nu = \frac{(s_1^2/n_1 + s_2^2/n_2)^2}{\frac{(s_1^2/n_1)^2}{n_1-1} + \frac{(s_2^2/n_2)^2}{n_2-1}} = \frac{8.9915^2}{\frac{3.1008^2}{11} + \frac{5.8907^2}{14}} = \frac{80.847}{0.8741 + 2.4786} \approx 24.11$$

so about 24 df, two-sided p around 0.07.

**Effect size.** Pooled SD:

$$s_p = \sqrt{\frac{11 \cdot 37.21 + 14 \cdot 88.36}{25}} = \sqrt{\frac{409.31 + 1237.04}{25}} = \sqrt{65.854} = 8.115$$

$d = 5.7/8.115 = 0.702$. The small-sample correction is $J = 1 - \frac{3}{4(n_1+n_2) - 9} = 1 - \frac{3}{99} = 0.9697$, so

$$g = J\,d = 0.9697 \times 0.7024 = 0.6881$$⟦W:0.9697 × 0.7024 = 0.6811⟧

A "medium" effect that the test is underpowered to detect.
''')

nb("xgboost_split_gain", "Kaggle notebook walkthrough", "XGBoost second-order leaf weights and split gain for logistic loss",
[("markdown", r'''# XGBoost by hand: one split

Logistic loss, initial margin 0 so $p_i = 0.5$ for everyone. Then $g_i = p_i - y_i$ and $h_i = p_i(1-p_i) = 0.25$.

Hyper-parameters: $\lambda = 1$, $\gamma = 0.1$, learning rate $\eta = 0.3$.⟦N:binds hyper-parameters⟧'''),
("code", '''import numpy as np
yL = np.array([1, 1, 1, 0]); yR = np.array([0, 0, 1])
gL, gR = 0.5 - yL, 0.5 - yR
GL, HL = gL.sum(), 0.25 * len(yL)
GR, HR = gR.sum(), 0.25 * len(yR)
GL, HL, GR, HR'''),
("markdown", r'''Left leaf $y = (1,1,1,0)$: $G_L = -0.5 \cdot 3 + 0.5 = -1.0$, $H_L = 4 \times 0.25 = 1.0$.
Right leaf $y = (0,0,1)$: $G_R = 0.5 + 0.5 - 0.5 = 0.5$, $H_R = 3 \times 0.25 = 0.75$.

Optimal weights $w^\ast = -G/(H+\lambda)$:⟦N:states the leaf-weight formula used below⟧

$$w_L^\ast = -\frac{-1.0}{1.0 + 1} = 0.5, \qquad w_R^\ast = -\frac{0.5}{0.75 + 1} = -0.2587$$⟦W:−0.5/1.75 = −0.2857 (digits transposed)⟧

Gain of the split:

$$
\begin{aligned}
\text{Gain} &= \tfrac12\left[\frac{G_L^2}{H_L+\lambda} + \frac{G_R^2}{H_R+\lambda} - \frac{(G_L+G_R)^2}{H_L+H_R+\lambda}\right] - \gamma \\
&= \tfrac12\left[\frac{1}{2} + \frac{0.25}{1.75} - \frac{0.25}{2.75}\right] - 0.1 \\
&= \tfrac12\,(0.5 + 0.142857 - 0.090909) - 0.1 \\
&= 0.275974 - 0.1 = 0.175974
\end{aligned}
$$

Positive, so the split is kept.'''),
("markdown", r'''After the tree, a left-leaf sample has margin $0 + \eta w_L^\ast = 0.3 \times 0.5 = 0.15$ and probability $\sigma(0.15) \approx 0.5374$.''')])

nb("gae_three_steps", "Colab notebook (RL course)", "TD residuals and generalized advantage estimates over a three-step episode",
[("markdown", r'''## GAE on a 3-step episode

$\gamma = 0.99$, $\lambda = 0.95$.⟦N:binds gamma and lambda⟧ Rewards $r = (1, 0, 2)$, critic values $V = (0.5, 0.8, 1.2)$, the episode ends after $t=2$ so $V(s_3) = 0$.⟦N:binds rewards and values⟧

$$\delta_t = r_t + \gamma V(s_{t+1}) - V(s_t), \qquad \hat A_t = \sum_{l\ge0} (\gamma\lambda)^l \delta_{t+l}$$⟦N:definitions⟧'''),
("code", '''gamma, lam = 0.99, 0.95
r = [1, 0, 2]; V = [0.5, 0.8, 1.2, 0.0]
adv, last = [0]*3, 0.0
for t in reversed(range(3)):
    delta = r[t] + gamma * V[t+1] - V[t]
    last = delta + gamma * lam * last
    adv[t] = last
adv'''),
("markdown", r'''TD residuals:

- $\delta_0 = 1 + 0.99 \times 0.8 - 0.5 = 1.292$
- $\delta_1 = 0 + 0.99 \times 1.2 - 0.8 = 0.388$
- $\delta_2 = 2 + 0 - 1.2 = 0.8$

Backwards with $\gamma\lambda = 0.99 \times 0.95 = 0.9405$:

$$
\begin{aligned}
\hat A_2 &= \delta_2 = 0.8\\
\hat A_1 &= \delta_1 + 0.9405\,\hat A_2 = 0.388 + 0.7524 = 1.1404\\
\hat A_0 &= \delta_0 + 0.9405\,\hat A_1 = 1.292 + 1.0725 = 2.3465⟦W:1.292 + 1.0725 = 2.3645⟧
\end{aligned}
$$

Value targets are $\hat R_t = \hat A_t + V(s_t)$, e.g. $\hat R_2 = 0.8 + 1.2 = 2.0$ and $\hat R_1 = 1.1404 + 0.8 = 1.9404$.''')])

md("chinchilla_budget_1p3b", "engineering blog post on planning a training run", "compute-optimal tokens D = 20N, C ≈ 6ND, GPU-hours at a given MFU", r'''# How long would a Chinchilla-optimal 1.3B run take us?

Rule of thumb from Chinchilla: train on about 20 tokens per parameter, and training compute is $C \approx 6ND$ FLOPs.

Our model has $N = 1.3\times10^9$ parameters.⟦N:binds N⟧

1. Tokens: $D = 20N = 2.6\times10^{10}$ (26B tokens).
2. Compute: $C \approx 6 \times 1.3\times10^9 \times 2.6\times10^{10} = 2.028\times10^{20}$ FLOPs.
3. An A100 does 312 TFLOP/s bf16 peak; at 40% MFU that is $0.4 \times 312 = 124.8$ TFLOP/s, i.e. $1.248\times10^{14}$ FLOP/s.
4. GPU-seconds: $2.028\times10^{20} / 1.248\times10^{14} = 1.625\times10^{6}$, which is $1.625\times10^6/3600 \approx 451.4$ GPU-hours.
5. On 64 GPUs: $451.4/64 \approx 7.05$ hours wall clock (ignoring eval, checkpoints, restarts).

## Going the other way

Given a budget $C$, plugging $D = 20N$ into $C = 6ND$ gives $C = 120N^2$, so $N^\ast = \sqrt{C/120}$.

With $C = 10^{21}$: $N^\ast = \sqrt{8.33\times10^{18}} \approx 2.89\times10^9$ parameters and $D^\ast = 20N^\ast \approx 5.77\times10^{10}$ tokens.

Doubling compute multiplies both $N^\ast$ and $D^\ast$ by $\sqrt2 \approx 1.414$.
''')

md("ring_allreduce_bytes", "internal wiki page on distributed training", "ring all-reduce traffic per GPU and time for data-parallel gradients", r'''# Ring all-reduce: what does one step cost?

Setup: 350M-parameter model, fp32 gradients, $p = 8$ GPUs, link bandwidth $B = 25$ GB/s, per-message latency $\alpha = 5\ \mu s$.⟦N:binds the setup⟧

Gradient size: $S = 350\times10^6 \times 4\ \text{B} = 1.4\times10^9\ \text{B} = 1.4$ GB.

A ring all-reduce is a reduce-scatter followed by an all-gather, each with $p-1$ steps of $S/p$ bytes, so each GPU sends

$$\text{sent} = 2\,\frac{p-1}{p}\,S = 2 \cdot \frac{7}{8} \cdot 1.4 = 2.45\ \text{GB}$$

Bandwidth term: $2.45 / 25 = 0.098$ s $= 98$ ms. Latency term: $2(p-1)\alpha = 14 \times 5\ \mu s = 70\ \mu s$, negligible.

Compare a naive parameter server where the root receives everything: $(p-1)S = 7 \times 1.4 = 9.8$ GB into one NIC.

**Scaling to 16 GPUs.** The per-GPU traffic barely grows:

$$2\cdot\frac{15}{16}\cdot 1.4 = 2.652\ \text{GB}$$⟦W:2 × 15/16 × 1.4 = 2.625 GB⟧

**bf16 gradients** halve $S$ to 0.7 GB, so at $p = 8$ the bandwidth term drops to 49 ms.
''')

md("metropolis_hastings_step", "lecture notes on MCMC", "Metropolis-Hastings acceptance probabilities for a Gaussian target with symmetric and independence proposals", r'''### 4.2 One Metropolis–Hastings step by hand

Target $\pi(x) \propto \exp(-x^2/2)$. Acceptance probability

$$\alpha(x \to x') = \min\left\{1,\ \frac{\pi(x')\,q(x \mid x')}{\pi(x)\,q(x' \mid x)}\right\}$$⟦N:definition of the acceptance probability⟧

**Random-walk proposal** (symmetric, so the $q$'s cancel). Current state $x = 0.5$, proposal $x' = 1.2$:⟦N:binds the current state and proposal⟧

$$\frac{\pi(1.2)}{\pi(0.5)} = \exp\!\left(-\frac{1.44 - 0.25}{2}\right) = e^{-0.595} \approx 0.5516$$

so $\alpha = \min(1, 0.5516) = 0.5516$. Going back from 1.2 to 0.5 the ratio is $e^{0.595} \approx 1.813 > 1$ and the move is always accepted.

**Independence proposal** $q(x') = \mathcal N(x'; 1, 1)$. Now the correction is⟦N:chooses the proposal density⟧

$$\frac{q(x)}{q(x')} = \frac{\exp(-(0.5-1)^2/2)}{\exp(-(1.2-1)^2/2)} = \exp(-0.125 + 0.02) = e^{-0.105} \approx 0.9003$$

and $\alpha = \min(1,\ 0.5516 \times 0.9003) \approx 0.4966$.

**Why it works.** For $x \ne x'$ the kernel is $K(x,x') = q(x'\mid x)\,\alpha(x\to x')$, and⟦N:defines the transition kernel⟧

$$\pi(x)K(x,x') = \min\{\pi(x)q(x'\mid x),\ \pi(x')q(x\mid x')\} = \pi(x')K(x',x)$$

which is detailed balance.
''')

md("ppo_clip_cases", "personal blog post (RL from scratch series)", "PPO clipped surrogate objective in the four sign/ratio cases", r'''# PPO's clip, case by case

The per-sample surrogate is

$$L^{\text{clip}} = \min\big(r\,\hat A,\ \operatorname{clip}(r, 1-\epsilon, 1+\epsilon)\,\hat A\big), \quad r = \frac{\pi_\theta(a\mid s)}{\pi_{\text{old}}(a\mid s)}$$⟦N:definition of the objective⟧

with $\epsilon = 0.2$ throughout.⟦N:binds epsilon⟧

First, the ratio is usually computed from log-probs. If $\log\pi_\theta = -1.20$ and $\log\pi_{\text{old}} = -1.45$ then $r = e^{-1.20 + 1.45} = e^{0.25} \approx 1.284$.

1. $r = 1.3$, $\hat A = 2$: $r\hat A = 2.6$, clipped $1.2 \times 2 = 2.4$, so $L = \min(2.6, 2.4) = 2.4$. No gradient — we already moved too far in the good direction.
2. $r = 0.7$, $\hat A = -1$: $r\hat A = -0.7$, clipped $0.8 \times (-1) = -0.8$, so $L = -0.8$. Again flat.
3. $r = 0.7$, $\hat A = 1.5$: $r\hat A = 1.05$ vs clipped $0.8 \times 1.5 = 1.2$, so $L = 1.05$ — unclipped, gradient flows and pushes $r$ up.
4. $r = 1.3$, $\hat A = -0.5$: $r\hat A = -0.65$ vs clipped $1.2 \times (-0.5) = -0.6$, so $L = -0.65$, gradient flows and pushes $r$ down.

So the clip only removes the incentive to move further *in the direction the advantage already rewards*.
''')

md("weibull_hazard_notes", "lecture notes (reliability / survival analysis)", "Weibull hazard, survival, median and mean, derivative of the hazard", r'''## Weibull survival model

Parametrised by shape $k$ and scale $\lambda$:

$$h(t) = \frac{k}{\lambda}\left(\frac{t}{\lambda}\right)^{k-1},\qquad H(t) = \left(\frac{t}{\lambda}\right)^{k},\qquad S(t) = e^{-H(t)}$$⟦N:definitions of hazard, cumulative hazard and survival⟧

Consistency: $\frac{d}{dt}H(t) = \frac{k\,t^{k-1}}{\lambda^k} = h(t)$. ✓

$k<1$: decreasing hazard (infant mortality), $k=1$: constant hazard $h(t) = 1/\lambda$ (exponential), $k>1$: wear-out.

The slope of the hazard:

$$h'(t) = \frac{k(k-1)}{\lambda}\left(\frac{t}{\lambda}\right)^{k-2}$$⟦W:the chain rule gives another 1/λ: h'(t) = k(k−1)/λ² · (t/λ)^{k−2}⟧

### Numbers

Take $k = 1.5$, $\lambda = 10$ (months) and $t = 5$.⟦N:binds k, λ, t⟧

- $t/\lambda = 0.5$, $H(5) = 0.5^{1.5} \approx 0.3536$
- $S(5) = e^{-0.3536} \approx 0.7222$⟦W:e^{−0.3536} ≈ 0.7022⟧
- $h(5) = \frac{1.5}{10}(0.5)^{0.5} = 0.15 \times 0.7071 \approx 0.1061$ per month

Median: solve $S(t_m) = 1/2$, $t_m = \lambda(\ln 2)^{1/k} = 10 \times 0.6931^{2/3} \approx 7.832$.

Mean: $\mathbb E[T] = \lambda\,\Gamma(1 + 1/k) = 10\,\Gamma(1.6667) \approx 10 \times 0.9027 = 9.027$.
''')

md("amdahl_gustafson", "course handout (parallel computing for ML)", "Amdahl speed-up, Gustafson scaled speed-up, Karp-Flatt metric", r'''# Handout: why 16 GPUs did not give 16×

Let $p$ be the parallel fraction of the work and $N$ the number of workers.

**Amdahl** (fixed problem size): $S(N) = \dfrac{1}{(1-p) + p/N}$⟦N:definition of the speed-up law⟧

With $p = 0.9$, $N = 16$:⟦N:binds p and N⟧

$$S = \frac{1}{0.1 + 0.9/16} = \frac{1}{0.1 + 0.05625} = \frac{1}{0.15625} = 6.4$$

Efficiency $6.4/16 = 0.4$. Going to $N = 64$: $S = 1/(0.1 + 0.0140625) \approx 8.767$. The ceiling is $\lim_{N\to\infty}S = 1/(1-p) = 10$.

If data loading is a serial 12% of the step, the speed-up can never exceed $1/0.12 \approx 8.33$.

**Gustafson** (problem grows with $N$): $S_G = (1-p) + pN = 0.1 + 0.9 \times 16 = 14.5$.

**Karp–Flatt** serial fraction from a measured speed-up:

$$e = \frac{1/S - 1/N}{1 - 1/N} = \frac{0.15625 - 0.0625}{0.9375} = 0.1$$

which recovers $1 - p$ exactly, as it should when Amdahl's model is the whole story.
''')
