# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("lhopital_limits", "calculus lecture notes (week 6 scribe)", "L'Hopital's rule on 0/0, infinity/infinity and 0*infinity forms", r'''# Lecture 11 — L'Hôpital's rule

**Rule.** If $f(a) = g(a) = 0$ (or both blow up) and $g'(x) \ne 0$ near $a$, then $\lim_{x\to a} f/g = \lim_{x\to a} f'/g'$ whenever the right side exists.⟦N:states the rule, a condition⟧

### Example 1

Let $f(x) = e^x - 1 - x$ and $g(x) = x^2$.⟦N:defines f and g⟧ Both vanish at 0, so we differentiate twice:

$$\lim_{x\to 0}\frac{e^x - 1 - x}{x^2} = \lim_{x\to 0}\frac{e^x - 1}{2x} = \lim_{x\to 0}\frac{e^x}{2} = \frac12$$

Sanity check with $x = 0.01$: the quotient is about $0.50167$, close to $1/2$.

### Example 2

$$\lim_{x\to 0}\frac{1-\cos x}{x^2} = \lim_{x\to 0}\frac{\sin x}{2x} = \frac12$$

### Example 3 (∞/∞)

$$\lim_{x\to\infty}\frac{x^2}{e^x} = \lim_{x\to\infty}\frac{2x}{e^x} = \lim_{x\to\infty}\frac{2}{e^x} = 0$$

### Example 4 (0·∞)

Rewrite the product as a quotient first:

$$\lim_{x\to 0^+} x\ln x = \lim_{x\to 0^+}\frac{\ln x}{1/x} = \lim_{x\to 0^+}\frac{1/x}{-1/x^2} = \lim_{x\to 0^+}(-x) = 0$$

### Example 5

Three rounds this time:

$$\lim_{x\to 0}\frac{x-\sin x}{x^3} = \lim_{x\to 0}\frac{1-\cos x}{3x^2} = \lim_{x\to 0}\frac{\sin x}{3x} = \frac13$$⟦W:derivative of 3x^2 is 6x, so the quotient is sin x/(6x) and the limit 1/6⟧

Compare with the series: $x - \sin x = x^3/6 - x^5/120 + \dots$, which also gives $1/6$ for the limit.
''')

md("integration_by_parts", "textbook worked examples (calculus II chapter)", "integration by parts: x e^x, x ln x, definite integrals, the e^x sin x loop", r'''## 7.1 Integration by parts — worked examples

Throughout we use $\int u\,dv = uv - \int v\,du$.⟦N:states the formula used⟧

**Example 1.** Take $u = x$, $dv = e^x\,dx$, so $du = dx$ and $v = e^x$.⟦N:choice of u and dv⟧

$$\int x e^x\,dx = x e^x - \int e^x\,dx = x e^x - e^x + C = (x-1)e^x + C$$

**Example 2.** Here the logarithm must be $u$: $u = \ln x$, $dv = x\,dx$, so $v = x^2/2$.⟦N:choice of u and v⟧

$$\int x\ln x\,dx = \frac{x^2}{2}\ln x - \int \frac{x}{2}\,dx = \frac{x^2}{2}\ln x - \frac{x^2}{2} + C$$⟦W:the integral of x/2 is x^2/4, not x^2/2⟧

**Example 3** (two rounds, definite). First $\int_0^1 x e^x\,dx = \big[(x-1)e^x\big]_0^1 = 0 - (-1) = 1$. Then

$$\int_0^1 x^2 e^x\,dx = \big[x^2 e^x\big]_0^1 - 2\int_0^1 x e^x\,dx = e - 2 \approx 0.7183$$

**Example 4.**

$$\int_0^{\pi} x\sin x\,dx = \big[-x\cos x\big]_0^{\pi} + \int_0^{\pi}\cos x\,dx = \pi + 0 = \pi$$

**Example 5** (the integral comes back). Let $I = \int e^x\sin x\,dx$.⟦N:names the integral⟧ Integrating by parts twice,

$$I = e^x\sin x - \int e^x\cos x\,dx = e^x\sin x - e^x\cos x - I$$

so $2I = e^x(\sin x - \cos x)$ and $I = \tfrac12 e^x(\sin x - \cos x) + C$.
''')

md("logistic_ode_closed_form", "personal blog post (math for biologists)", "closed-form solution of the logistic growth ODE by separation of variables", r'''# Solving the logistic equation by hand

The model is $\dfrac{dP}{dt} = rP\left(1 - \dfrac{P}{K}\right)$ with carrying capacity $K$.⟦N:states the model⟧

Separate the variables. The partial-fraction step is the only trick:

$$\frac{1}{P(1 - P/K)} = \frac{K}{P(K-P)} = \frac{1}{P} + \frac{1}{K-P}$$

Integrating both sides gives $\ln P - \ln(K-P) = rt + c$, i.e. $\dfrac{P}{K-P} = C e^{rt}$. Solving for $P$:

$$P(t) = \frac{K}{1 + A e^{-rt}}, \qquad A = \frac{K - P_0}{P_0}$$

## Numbers

Say $K = 1000$, $P_0 = 100$ and $r = 0.4$ per day.⟦N:binds the parameters⟧
Then $A = 900/100 = 9$ and

$$P(5) = \frac{1000}{1 + 9e^{-2}} \approx 450.85$$

and after ten days $P(10) = 1000/(1 + 9e^{-4}) \approx 858.49$.

The population reaches half the capacity when $A e^{-rt} = 1$:

$$t_{1/2} = \frac{\ln A}{r} = \frac{\ln 9}{0.4} \approx 5.493 \text{ days}$$

At that moment the growth rate is the largest: $rP(1 - P/K)$ at $P = K/2$ equals $rK/4 = 0.4 \cdot 1000/4 = 100$ per day.
''')

md("wilson_score_interval", "Cross Validated answer", "Wald versus Wilson score interval for a binomial proportion", r'''You got $x = 8$ successes out of $n = 40$.⟦N:binds the data⟧ Use $z = 1.96$ for 95%.⟦N:binds z⟧
So $\hat p = 8/40 = 0.2$.

**Wald** (what most intro courses teach):

$$\mathrm{SE} = \sqrt{\frac{\hat p(1-\hat p)}{n}} = \sqrt{\frac{0.2 \cdot 0.8}{40}} \approx 0.06325$$

$$\hat p \pm z\,\mathrm{SE} = 0.2 \pm 0.12396 \;\Rightarrow\; (0.0760,\ 0.3240)$$

**Wilson** solves $|\hat p - p| = z\sqrt{p(1-p)/n}$ for $p$ instead. The pieces:

- $z^2/n = 3.8416/40 = 0.09604$
- $z^2/(2n) = 0.04802$
- denominator $1 + z^2/n = 1.09604$

Centre:

$$\tilde p = \frac{\hat p + z^2/(2n)}{1 + z^2/n} = \frac{0.24802}{1.09604} \approx 0.2263$$

Half-width:

$$\frac{z\sqrt{\hat p(1-\hat p)/n + z^2/(4n^2)}}{1 + z^2/n} = \frac{1.96\sqrt{0.004 + 0.0006003}}{1.09604} \approx 0.1213$$

so the Wilson interval is $(0.1050,\ 0.3476)$. It is pulled towards 0.5 and is not symmetric around $\hat p$, which is exactly what you want near the boundary.
''')

nb("birthday_problem", "Colab notebook (intro probability course)", "birthday problem: exact product versus the exponential approximation",
[("markdown", r'''# The birthday problem

$n$ people, 365 equally likely birthdays, no leap years.

$$P(\text{all distinct}) = \prod_{k=0}^{n-1}\frac{365-k}{365}$$⟦N:defines the probability as a product⟧'''),
("code", '''import numpy as np
def p_distinct(n):
    return np.prod([(365 - k) / 365 for k in range(n)])
for n in (23, 30):
    print(n, p_distinct(n), 1 - p_distinct(n))'''),
("markdown", r'''For $n = 23$: $P(\text{all distinct}) \approx 0.4927$, hence $P(\text{shared}) = 1 - 0.4927 = 0.5073$.

For $n = 30$: $P(\text{all distinct}) \approx 0.2937$ and $P(\text{shared}) \approx 0.7063$.'''),
("markdown", r'''## Approximation

Each of the $\binom{n}{2}$ pairs matches with probability $1/365$, and treating pairs as independent,

$$P(\text{shared}) \approx 1 - \exp\!\left(-\frac{n(n-1)}{2\cdot 365}\right)$$

- $n = 23$: $\binom{23}{2} = 253$ pairs, $253/365 \approx 0.6932$, and $1 - e^{-0.6932} \approx 0.5000$
- $n = 30$: $\binom{30}{2} = 453$ pairs⟦W:30*29/2 = 435 (digits swapped)⟧
- with the right count, $435/365 \approx 1.1918$ and $1 - e^{-1.1918} \approx 0.6963$

The approximation is a little low at $n = 30$ (0.6963 vs 0.7063).''')])

md("mm1_queue", "engineering blog post (capacity planning)", "M/M/1 queue: utilisation, Little's law, waiting times and tail of the queue length", r'''# Why your API falls over at 90% load

We model one worker as an M/M/1 queue. Requests arrive at $\lambda = 40$ per second and take 20 ms on average.⟦N:binds the arrival rate⟧
So the service rate is $\mu = 1/0.02 = 50$ per second.

Utilisation:

$$\rho = \frac{\lambda}{\mu} = \frac{40}{50} = 0.8$$

The textbook results for M/M/1:

| quantity | formula | value |
|---|---|---|
| requests in system | $L = \rho/(1-\rho)$ | $L = 0.8/0.2 = 4$ |
| time in system | $W = 1/(\mu - \lambda)$ | $W = 1/10 = 0.1$ s |
| time waiting | $W_q = \rho/(\mu-\lambda)$ | $W_q = 0.08$ s |
| requests waiting | $L_q = \rho^2/(1-\rho)$ | $L_q = 0.64/0.2 = 3.2$ |

Little's law checks out: $L = \lambda W = 40 \times 0.1 = 4$.

How often is the backlog ten or more deep? $P(N \ge k) = \rho^k$, so

$$P(N \ge 10) = 0.8^{10} \approx 0.1342$$⟦W:0.8^10 = 0.1074; 0.1342 is 0.8^9⟧

## Now push to 45 req/s

$\rho = 45/50 = 0.9$ and

$$W = \frac{1}{50 - 45} = 0.2\ \text{s} = 20\ \text{ms}$$⟦W:0.2 s is 200 ms⟧

The mean time doubled for a 12.5% increase in traffic: $W$ grows like $1/(1-\rho)$.
''')

md("dpo_loss_gradient", "ML blog post (preference tuning explained)", "DPO loss and its gradient weight on one preference pair", r'''# DPO on a single pair, with numbers

The DPO loss for a prompt with chosen answer $y_w$ and rejected answer $y_l$ is

$$\mathcal{L} = -\log\sigma\Big(\beta\big[(\log\pi_\theta(y_w) - \log\pi_{\text{ref}}(y_w)) - (\log\pi_\theta(y_l) - \log\pi_{\text{ref}}(y_l))\big]\Big)$$⟦N:defines the loss⟧

Call the bracket times $\beta$ the margin $z$. Since $\frac{d}{dz}\big[-\log\sigma(z)\big] = -\sigma(-z) = \sigma(z) - 1$, every pair is pushed with weight $\sigma(-z)$: pairs the model already ranks correctly get small updates.

## Numbers

Take $\beta = 0.1$.⟦N:binds beta⟧ Sequence log-probs:

| | policy | reference | difference |
|---|---|---|---|
| chosen | −12.0 | −12.5 | 0.5 |
| rejected | −15.0 | −14.2 | −0.8 |

In symbols: $\log\pi_\theta(y_w) - \log\pi_{\text{ref}}(y_w) = -12.0 - (-12.5) = 0.5$ and $\log\pi_\theta(y_l) - \log\pi_{\text{ref}}(y_l) = -15.0 - (-14.2) = -0.8$.

$$z = 0.1\,\big(0.5 - (-0.8)\big) = 0.1 \times 1.3 = 0.13$$

$$\sigma(0.13) \approx 0.5325, \qquad \mathcal{L} = -\log 0.5325 \approx 0.6303$$

The gradient of the loss with respect to the chosen log-prob is $-\beta\,\sigma(-z)$, with

$$\beta\,\sigma(-z) = 0.1 \times 0.4675 = 0.4675$$⟦W:0.1 × 0.4675 = 0.04675 (decimal place lost)⟧

so one step raises $\log\pi_\theta(y_w)$ and lowers $\log\pi_\theta(y_l)$ by the same weight.

Once training pushes the margin to $z = 0.5$, the loss is $-\log\sigma(0.5) \approx 0.4741$ and the weight $\sigma(-0.5) \approx 0.3775$: the pair keeps contributing, just less.
''')

md("sparsemax_projection", "study notes (Notion export)", "sparsemax: threshold tau by sorting, compared with softmax", r'''# sparsemax vs softmax

sparsemax$(z) = \arg\min_{p \in \Delta} \|p - z\|^2$, the Euclidean projection onto the simplex.⟦N:definition⟧

Recipe:
1. sort $z_{(1)} \ge z_{(2)} \ge \dots$
2. $k(z) = \max\{k : 1 + k z_{(k)} > \sum_{j\le k} z_{(j)}\}$⟦N:defines k(z)⟧
3. $\tau = \big(\sum_{j\le k(z)} z_{(j)} - 1\big)/k(z)$, and $p_i = \max(z_i - \tau, 0)$⟦N:defines tau and p⟧

Example: $z = (1.2, 0.8, 0.1)$, already sorted.⟦N:binds z⟧

- $k=1$: $1 + 1.2 = 2.2 > 1.2$ ✓
- $k=2$: $1 + 2(0.8) = 2.6 > 1.2 + 0.8 = 2.0$ ✓
- $k=3$: $1 + 3(0.1) = 1.3$, but $1.2 + 0.8 + 0.1 = 2.1$ ✗

So $k(z) = 2$ and

$$\tau = \frac{2.0 - 1}{2} = 0.5, \qquad p = (0.7,\ 0.3,\ 0)$$

Check: $0.7 + 0.3 + 0 = 1$.

softmax of the same vector: $e^{1.2} + e^{0.8} + e^{0.1} \approx 3.3201 + 2.2255 + 1.1052 = 6.6508$, so

$$\operatorname{softmax}(z) \approx (0.4992,\ 0.3346,\ 0.1662)$$

Every class keeps some mass under softmax; sparsemax sets the third one to exactly zero.
''')

nb("noam_schedule", "Colab notebook (transformer from scratch)", "Noam inverse-square-root learning-rate schedule with warm-up",
[("markdown", r'''## Learning-rate schedule

From the original transformer paper:

$$\text{lr}(s) = d_{\text{model}}^{-0.5}\cdot\min\big(s^{-0.5},\ s\cdot w^{-1.5}\big)$$⟦N:defines the schedule⟧

with $d_{\text{model}} = 512$ and $w = 4000$ warm-up steps.⟦N:binds d_model and w⟧'''),
("code", '''d, w = 512, 4000
lr = lambda s: d**-0.5 * min(s**-0.5, s * w**-1.5)
[lr(s) for s in (100, 1000, 4000, 16000)]'''),
("markdown", r'''Constants: $512^{-0.5} \approx 0.044194$ and $4000^{-1.5} \approx 3.9528\times10^{-6}$.

During warm-up the second branch is the smaller one, so the rate is linear in $s$:

- $\text{lr}(100) = 0.044194 \times 100 \times 3.9528\times10^{-6} \approx 1.747\times10^{-5}$
- $\text{lr}(1000) \approx 1.747\times10^{-3}$⟦W:0.044194 × 1000 × 3.9528e-6 = 1.747e-4 (exponent off by one)⟧

The two branches meet at $s = w$, which is the peak:

$$\text{lr}(4000) = \frac{0.044194}{\sqrt{4000}} = \frac{0.044194}{63.246} \approx 6.988\times10^{-4}$$'''),
("markdown", r'''After the peak the rate falls like $s^{-1/2}$; four times more steps halves it:

$$\text{lr}(16000) = \text{lr}(4000)\cdot\sqrt{4000/16000} = 6.988\times10^{-4} \times 0.5 \approx 3.494\times10^{-4}$$''')])

nb("stirling_approx", "exam answer key (discrete maths, notebook version)", "Stirling's approximation of 10! with and without the 1/(12n) correction",
[("markdown", r'''### Q4. How good is Stirling for $n = 10$?

Stirling: $n! \approx \sqrt{2\pi n}\,(n/e)^n$. Exact value: $10! = 3628800$.'''),
("code", '''import math
n = 10
s = math.sqrt(2 * math.pi * n) * (n / math.e) ** n
s, s / math.factorial(n), s * (1 + 1 / (12 * n))'''),
("markdown", r'''**Answer.**

$$\sqrt{20\pi}\,(10/e)^{10} \approx 3598695.6$$

The ratio to the exact value is $3598695.6/3628800 \approx 0.99170$, so the relative error is about $0.83\%$.

With the next term of the series, $n! \approx \sqrt{2\pi n}(n/e)^n\big(1 + \tfrac{1}{12n}\big)$:

$$3598695.6 \times \left(1 + \frac{1}{120}\right) \approx 3628684.7$$

now only about 115 below $10!$.'''),
("markdown", r'''In logs (what one uses for large $n$):

$$\ln 10! \approx 10\ln 10 - 10 + \tfrac12\ln(20\pi) \approx 23.0259 - 10 + 2.0702 = 15.0961$$

against the exact $\ln 10! \approx 15.1044$.''')])

md("rouge_l_lcs", "GitHub README section (evaluation scripts)", "ROUGE-L from the longest common subsequence: recall, precision, F", r'''## ROUGE-L

ROUGE-L scores a candidate against a reference through their longest common subsequence (LCS).

```
reference: the cat sat on the mat
candidate: the cat lay on the red mat
```

With $m = 6$ reference tokens and $n = 7$ candidate tokens,⟦N:binds the lengths⟧ the LCS is `the cat on the mat`, so $\mathrm{LCS} = 5$.⟦N:binds the LCS length⟧

$$R_{lcs} = \frac{\mathrm{LCS}}{m} = \frac{5}{6} = 0.8333$$

$$P_{lcs} = \frac{\mathrm{LCS}}{n} = \frac{5}{7} = 0.7413$$⟦W:5/7 = 0.7143 (digits swapped)⟧

The balanced F-score:

$$F_{1} = \frac{2 P R}{P + R} = \frac{2\cdot\mathrm{LCS}}{m + n} = \frac{10}{13} \approx 0.7692$$

Our script uses the recall-weighted $F_\beta = \frac{(1+\beta^2)PR}{R + \beta^2 P}$ with $\beta = 1.2$,⟦N:binds beta⟧
which gives $F_{1.2} \approx 0.7801$ here.

A shorter candidate `the cat sat on mat` ($n = 5$) has the same LCS length 5, so

$$R_{lcs} = 5/6 \approx 0.8333, \qquad P_{lcs} = 5/5 = 1, \qquad F_1 = \frac{10}{11} \approx 0.9091$$

For comparison, ROUGE-1 recall of the first candidate counts clipped unigram matches (the ×2, cat, on, mat): $5/6 \approx 0.8333$, the same as ROUGE-L here.
''')

md("top_p_nucleus", "Medium post (decoding strategies)", "top-k and nucleus (top-p) sampling: truncation and renormalisation", r'''# Top-k vs top-p, by hand

Suppose after the softmax the next-token distribution is

| token | "the" | "a" | "this" | "my" | "one" | "our" |
|---|---|---|---|---|---|---|
| $p$ | 0.42 | 0.23 | 0.15 | 0.09 | 0.06 | 0.05 |

(these sum to 1).

### Top-k with k = 2

Keep "the" and "a"; their mass is $0.42 + 0.23 = 0.65$. Renormalise:

$$p'(\text{the}) = 0.42/0.65 \approx 0.6462, \qquad p'(\text{a}) = 0.23/0.65 \approx 0.3538$$

(and $0.6462 + 0.3538 = 1$).

### Top-p with p = 0.8

Set the threshold $p_{\text{top}} = 0.8$.⟦N:binds the threshold⟧

Take the smallest prefix whose cumulative mass reaches $0.8$. The running sums are $0.42$, then $0.42 + 0.23 = 0.65$, then $0.65 + 0.15 = 0.80$, so the nucleus is {the, a, this} with mass $0.80$.

$$p'(\text{the}) = 0.42/0.80 = 0.525$$

$$p'(\text{a}) = 0.23/0.80 = 0.2785$$⟦W:0.23/0.80 = 0.2875 (digits transposed)⟧

$$p'(\text{this}) = 0.15/0.80 = 0.1875$$

The tail we cut off had mass $0.09 + 0.06 + 0.05 = 0.20$.

The nice property of top-p: on a flat distribution the nucleus grows, on a peaked one it shrinks.
''')

nb("viterbi_two_state", "homework notebook (NLP course, HMM unit)", "Viterbi decoding on the hot/cold ice-cream HMM for three observations",
[("markdown", r'''# HW5 Problem 2 — Viterbi by hand

Hidden states H (hot) and C (cold); we observe how many ice creams were eaten (1, 2 or 3).

- initial: $\pi_H = 0.6$, $\pi_C = 0.4$⟦N:binds the initial distribution⟧
- transitions: $a_{HH} = 0.7,\ a_{HC} = 0.3,\ a_{CH} = 0.4,\ a_{CC} = 0.6$⟦N:binds the transition matrix⟧
- emissions: $b_H = (0.1, 0.4, 0.5)$, $b_C = (0.7, 0.2, 0.1)$⟦N:binds the emission probabilities⟧

Observations: $o = (3, 1, 3)$.⟦N:binds the observations⟧

Recursion: $\delta_t(j) = \max_i \delta_{t-1}(i)\,a_{ij}\,b_j(o_t)$.⟦N:defines the recursion⟧'''),
("code", '''import numpy as np
pi = np.array([0.6, 0.4]); A = np.array([[0.7, 0.3], [0.4, 0.6]])
B = np.array([[0.1, 0.4, 0.5], [0.7, 0.2, 0.1]])
obs = [2, 0, 2]
d = pi * B[:, obs[0]]
for o in obs[1:]:
    d = (d[:, None] * A).max(0) * B[:, o]
    print(d)'''),
("markdown", r'''**t = 1** (3 ice creams): $\delta_1(H) = 0.6 \times 0.5 = 0.30$, $\delta_1(C) = 0.4 \times 0.1 = 0.04$.

**t = 2** (1 ice cream):

$$\delta_2(H) = \max(0.30 \cdot 0.7,\ 0.04 \cdot 0.4)\cdot 0.1 = 0.21 \cdot 0.1 = 0.021$$

$$\delta_2(C) = \max(0.30 \cdot 0.3,\ 0.04 \cdot 0.6)\cdot 0.7 = 0.09 \cdot 0.7 = 0.063$$

both with back-pointer H.'''),
("markdown", r'''**t = 3** (3 ice creams):

$$\delta_3(H) = \max(0.021 \cdot 0.7,\ 0.063 \cdot 0.4)\cdot 0.5 = 0.0252 \cdot 0.5 = 0.0126$$

$$\delta_3(C) = \max(0.021 \cdot 0.3,\ 0.063 \cdot 0.6)\cdot 0.1 = 0.0378 \cdot 0.1 = 0.00378$$

The best final state is H ($0.0126 > 0.00378$); following the back-pointers gives the path **H, C, H** with probability $0.0126$.''')])

md("channel_capacity", "lecture notes (information theory, comms track)", "Shannon-Hartley capacity and the binary symmetric channel", r'''# Lecture 9: channel capacity

## Shannon–Hartley

For an AWGN channel of bandwidth $B$ and signal-to-noise ratio $\mathrm{SNR}$:

$$C = B\log_2(1 + \mathrm{SNR})$$⟦N:states the capacity formula⟧

Take $B = 1$ MHz.⟦N:binds B⟧
A 30 dB link means $\mathrm{SNR} = 10^{30/10} = 1000$, so

$$C = 10^6 \log_2(1001) \approx 10^6 \times 9.9672 \approx 9.967\ \text{Mbit/s}$$

At 20 dB ($\mathrm{SNR} = 100$) the same band gives $10^6\log_2(101) \approx 6.658$ Mbit/s: losing 10 dB costs about a third of the rate, not 90%.

At low SNR, $\log_2(1+x) \approx x/\ln 2$, so for SNR $= 0.01$ we get $C \approx 10^6 \times 0.01/\ln 2 \approx 14427$ bit/s (exact: about 14355).

## Binary symmetric channel

Flip probability $p$; the capacity is $C = 1 - H_2(p)$ with $H_2(p) = -p\log_2 p - (1-p)\log_2(1-p)$.⟦N:definitions⟧

For $p = 0.11$:

$$H_2(0.11) = -0.11\log_2 0.11 - 0.89\log_2 0.89 \approx 0.4999$$

$$C = 1 - 0.4999 \approx 0.5001\ \text{bit per use}$$

So a channel that flips 11% of bits can still carry about half a bit per use.
''')

md("amat_cache", "course handout (computer architecture)", "average memory access time for a two-level cache hierarchy", r'''# Handout 4 — AMAT

$$\text{AMAT} = t_{\text{hit}} + m \cdot t_{\text{miss penalty}}$$⟦N:defines AMAT⟧

**Setup.** L1: $t_1 = 1$ ns, $m_1 = 5\%$. L2: $t_2 = 10$ ns, local miss rate $m_2 = 20\%$. DRAM: $t_{\text{mem}} = 100$ ns.⟦N:binds the cache parameters⟧

**(a)** The L1 miss penalty is itself an AMAT, that of L2:

$$t_{\text{L2}} = 10 + 0.2 \times 100 = 30\ \text{ns}$$

$$\text{AMAT} = 1 + 0.05 \times 30 = 2.5\ \text{ns}$$

**(b)** Global L2 miss rate (fraction of all accesses that reach DRAM):

$$m_{\text{global}} = 0.05 \times 0.2 = 0.1 = 10\%$$⟦W:0.05 × 0.2 = 0.01, i.e. 1%⟧

**(c)** Without the L2: $\text{AMAT} = 1 + 0.05 \times 100 = 6$ ns, so the L2 buys a factor $6/2.5 = 2.4$.

**(d)** In cycles at 2 GHz (0.5 ns per cycle):

$$2.5\ \text{ns} = 2.5 / 2 = 1.25\ \text{cycles}$$⟦W:2.5 ns at 0.5 ns per cycle is 5 cycles (divided by the frequency instead of multiplying)⟧

**(e)** If the L1 miss rate drops to 4%: $1 + 0.04 \times 30 = 2.2$ ns.

**(f)** The stall time per access above an ideal L1 is $2.5 - 1 = 1.5$ ns, of which DRAM causes $0.01 \times 100 = 1$ ns.
''')

md("gamma_poisson_conjugate", "study notes (Bayesian stats reading group)", "Gamma prior on a Poisson rate: posterior, shrinkage, predictive zero probability", r'''# Gamma–Poisson, one worked example

Counts $x_1,\dots,x_n \sim \text{Poisson}(\lambda)$, prior $\lambda \sim \text{Gamma}(\alpha, \beta)$ (rate parametrisation). The likelihood times the prior is

$$\lambda^{\sum x_i} e^{-n\lambda}\cdot\lambda^{\alpha-1}e^{-\beta\lambda} = \lambda^{\alpha + \sum x_i - 1}e^{-(\beta+n)\lambda}$$

so the posterior is $\text{Gamma}(\alpha + \sum x_i,\ \beta + n)$.

Data: $x = (3, 5, 4, 2)$, prior $\alpha = 2$, $\beta = 1$.⟦N:binds data and prior⟧
Then $n = 4$, $\sum x_i = 14$, and

$$\alpha' = 2 + 14 = 16, \qquad \beta' = 1 + 4 = 5$$

- posterior mean $\alpha'/\beta' = 16/5 = 3.2$
- posterior variance $\alpha'/\beta'^2 = 16/25 = 0.64$
- MLE $\bar x = 14/4 = 3.5$

The posterior mean is a weighted average of the prior mean $\alpha/\beta = 2$ and $\bar x$:

$$\frac{\beta}{\beta+n}\cdot 2 + \frac{n}{\beta+n}\cdot 3.5 = 0.2 \cdot 2 + 0.8 \cdot 3.5 = 0.4 + 2.8 = 3.2$$

Posterior predictive probability of a zero count (negative binomial):

$$P(\tilde x = 0) = \left(\frac{\beta'}{\beta'+1}\right)^{\alpha'} = \left(\frac56\right)^{16} \approx 0.0541$$
''')
