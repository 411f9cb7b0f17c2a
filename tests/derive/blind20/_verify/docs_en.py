# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("partial_fractions_integral", "calculus blog post", "partial fractions (distinct linear, repeated factor) and two definite integrals", r'''# Partial fractions, the cover-up way

I keep forgetting the cover-up trick, so here it is written down once with three examples.

## 1. Two distinct linear factors

We want constants with

$$\frac{3x+5}{(x+1)(x+3)} = \frac{A}{x+1} + \frac{B}{x+3}.$$⟦N:ansatz with unknown A, B⟧

Clearing denominators gives $3x + 5 = A(x+3) + B(x+1)$.⟦N:identity to be solved for A and B⟧

* Put $x = -1$: $2 = 2A$, so $A = 1$.
* Put $x = -3$: $-4 = -2B$, so $B = \frac{-4}{-2} = -2$.⟦W:sign slip, (-4)/(-2) = 2⟧

So

$$\frac{3x+5}{(x+1)(x+3)} = \frac{1}{x+1} + \frac{2}{x+3}$$

and the check $(x+3) + 2(x+1) = 3x + 5$ works. Integrating from 0 to 1:

$$\int_0^1 \frac{3x+5}{(x+1)(x+3)}\,dx = \ln 2 + 2\ln\frac43 \approx 0.6931 + 0.5754 = 1.2685$$

## 2. Difference of squares

$$\frac{1}{x^2-4} = \frac14\left(\frac{1}{x-2} - \frac{1}{x+2}\right)$$

$$\int_3^4 \frac{dx}{x^2-4} = \frac14\Big[\ln|x-2| - \ln|x+2|\Big]_3^4 = \frac14\ln\frac53 \approx 0.1277$$

## 3. A repeated factor

Here the ansatz needs both powers of $(x-1)$:

$$\frac{x^2+1}{x(x-1)^2} = \frac{A}{x} + \frac{B}{x-1} + \frac{C}{(x-1)^2}$$⟦N:ansatz with unknown A, B, C⟧

Cover-up gives $A = 1/(0-1)^2 = 1$ and $C = (1+1)/1 = 2$; comparing the $x^2$ coefficients, $A + B = 1$, so $B = 0$.

$$\frac{x^2+1}{x(x-1)^2} = \frac{1}{x} + \frac{2}{(x-1)^2}$$

Quick check: $(x-1)^2 + 2x = x^2 + 1$. Good.

Antiderivative, for the record: $\int \frac{x^2+1}{x(x-1)^2}\,dx = \ln|x| - \frac{2}{x-1} + C$.
''')

md("projectile_motion", "physics textbook worked example", "projectile on level ground and from a cliff: components, time of flight, height, range, impact speed", r'''## Worked Example 4.3 — A ball kicked at 30°

A ball leaves the ground with speed $v_0 = 20\ \text{m/s}$ at $\theta = 30^\circ$ above the horizontal.⟦N:binds v0 and theta⟧ Take $g = 9.8\ \text{m/s}^2$ and ignore air resistance.⟦N:binds g⟧

**Step 1: components.**

$$v_x = v_0\cos\theta = 20\cos 30^\circ \approx 17.32\ \text{m/s}, \qquad v_y = v_0\sin\theta = 20 \times 0.5 = 10\ \text{m/s}$$

**Step 2: time to the top.** At the top $v_y(t) = 0$:⟦N:condition at the top⟧

$$t_{\text{up}} = \frac{v_y}{g} = \frac{10}{9.8} \approx 1.020\ \text{s}$$

so the time of flight is $T = 2t_{\text{up}} \approx 2.041\ \text{s}$.

**Step 3: maximum height.**

$$H = \frac{v_y^2}{2g} = \frac{100}{19.6} \approx 51.02\ \text{m}$$⟦W:lost a decimal place, 100/19.6 = 5.102⟧

**Step 4: range.**

$$R = v_x T \approx 17.32 \times 2.041 \approx 35.35\ \text{m}$$

Same thing from the closed form: $R = \dfrac{v_0^2\sin 2\theta}{g} = \dfrac{400 \times 0.8660}{9.8} \approx 35.35\ \text{m}$.

> Note that $H \approx 5.10$ m is much smaller than $R$: at $30^\circ$ the ball stays low.

### Part (b): the same kick from a cliff

Now the ball starts $h = 15\ \text{m}$ above the beach.⟦N:binds h⟧ Its height is

$$y(t) = 15 + 10t - 4.9t^2,$$⟦N:defines y(t)⟧

and it lands when $y(t) = 0$:⟦N:condition defining the landing time⟧

$$t = \frac{10 + \sqrt{100 + 294}}{9.8} = \frac{10 + 19.85}{9.8} \approx 3.046\ \text{s}$$

The horizontal distance is $x = 17.32 \times 3.046 \approx 52.76\ \text{m}$.

At impact $v_y = 10 - 9.8 \times 3.046 \approx -19.85\ \text{m/s}$, so

$$|v| = \sqrt{17.32^2 + 19.85^2} \approx 26.34\ \text{m/s}.$$

Energy gives the same: $v^2 = v_0^2 + 2gh = 400 + 294 = 694$, and $\sqrt{694} \approx 26.34$.
''')

nb("rc_circuit_charging", "Colab notebook (intro electronics lab)", "charging an RC circuit: time constant, voltage and current at given times, energy, half-time", [
("markdown", r'''# Lab 3 — charging a capacitor

Circuit: a $5\ \text{V}$ source, $R = 10\ \text{k}\Omega$ and $C = 47\ \mu\text{F}$ in series, capacitor empty at $t=0$.⟦N:binds the circuit values⟧

The capacitor voltage is

$$V_C(t) = V_s\left(1 - e^{-t/\tau}\right), \qquad \tau = RC.$$⟦N:defines V_C and tau⟧'''),
("code", r'''import numpy as np
R, C, Vs = 10e3, 47e-6, 5.0
tau = R * C
print(tau)'''),
("markdown", r'''The time constant:

$$\tau = RC = 10^{4} \times 47 \times 10^{-6} = 4.7\ \text{s}$$⟦W:power-of-ten slip, 10^4 * 47e-6 = 0.47 s⟧


Values at one and two time constants:

* $t = \tau = 0.47$ s: $V_C = 5(1 - e^{-1}) \approx 3.161\ \text{V}$
* $t = 2\tau = 0.94$ s: $V_C = 5(1 - e^{-2}) \approx 4.323\ \text{V}$

Time to reach $4.5\ \text{V}$: solve $5(1 - e^{-t/\tau}) = 4.5$,⟦N:equation to solve for t⟧ i.e. $e^{-t/\tau} = 0.1$,⟦N:equation to solve for t⟧

$$t = -\tau\ln 0.1 = 0.47 \times 2.3026 \approx 1.082\ \text{s}.$$'''),
("code", r'''t = np.array([0.47, 0.94, 1.082])
print(Vs * (1 - np.exp(-t / tau)))'''),
("markdown", r'''## Current and slope

Differentiating, $\frac{dV_C}{dt} = \frac{V_s}{\tau}e^{-t/\tau}$, so the initial slope is $V_s/\tau = 5/0.47 \approx 10.64\ \text{V/s}$.

The current is $i(t) = C\,\frac{dV_C}{dt} = \frac{V_s}{R}e^{-t/\tau}$:

| $t$ | $i(t)$ |
|---|---|
| $0$ | $5/10^4 = 0.5\ \text{mA}$ |
| $\tau$ | $0.5e^{-1} \approx 0.1839\ \text{mA}$ |

Energy stored at the end: $E = \tfrac12 C V_s^2 = 0.5 \times 47\times10^{-6} \times 25 \approx 0.5875\ \text{mJ}$.

Half-way time: $V_C = V_s/2$ at $t_{1/2} = \tau\ln 2 \approx 0.3258\ \text{s}$.'''),
])

md("stochastic_depth_survival", "reading-group notes (paper walkthrough)", "stochastic depth: linear-decay survival probabilities and the expected number of active blocks", r'''# Reading group: *Deep Networks with Stochastic Depth*

Notes from Thursday. The residual block $\ell$ is kept during training with probability $p_\ell$, otherwise replaced by the identity:

$$H_\ell = \text{ReLU}\big(b_\ell f_\ell(H_{\ell-1}) + H_{\ell-1}\big), \qquad b_\ell \sim \text{Bernoulli}(p_\ell).$$⟦N:defines the block update⟧

The paper uses a linear decay from $p_0 = 1$ to $p_L$:

$$p_\ell = 1 - \frac{\ell}{L}(1 - p_L).$$⟦N:defines the schedule⟧

We looked at the 110-layer CIFAR ResNet: $L = 54$ blocks, $p_L = 0.5$.⟦N:binds L and p_L⟧

**A few survival probabilities.**

- first block: $p_1 = 1 - \frac{1}{54}\cdot 0.5 \approx 0.9907$
- middle block: $p_{27} = 1 - \frac{27}{54}\cdot 0.5 = 0.75$
- last block: $p_{54} = 0.5$

**Expected depth.** The number of active blocks is $\sum_\ell b_\ell$, so

$$\mathbb{E}\Big[\sum_{\ell=1}^{L} b_\ell\Big] = \sum_{\ell=1}^{L} p_\ell = L - \frac{1-p_L}{L}\sum_{\ell=1}^{L}\ell = L - \frac{(1-p_L)(L+1)}{2}.$$

For our numbers, $\sum_{\ell=1}^{54}\ell = 54\cdot 55/2 = 1458$.⟦W:transposed digits, 54*55/2 = 1485⟧ Then

$$\mathbb{E}[\text{depth}] = 54 - \frac{0.5}{54}\cdot 1485 = 54 - 13.75 = 40.25,$$

i.e. $40.25/54 \approx 0.745$ of the blocks, which is where the "about 25% faster training" claim comes from.

**Small sanity case.** With $L = 12$ and $p_L = 0.8$:⟦N:rebinds L and p_L⟧

$\mathbb{E}[\text{depth}] = 12 - 0.2 \cdot 6.5 = 10.7$.

**Test time.** Every block is on, and the residual branch is scaled by its survival probability:

$$H_\ell^{\text{test}} = \text{ReLU}\big(p_\ell f_\ell(H_{\ell-1}) + H_{\ell-1}\big).$$⟦N:defines the test-time rule⟧

(timm does the "inverted" version instead: divide by $p_\ell$ at training time, e.g. $1/p_{27} = 1/0.75 \approx 1.333$, and do nothing at test time.)

Open question from Ana: with $p_L = 0.5$, the chance that all of the last three blocks are dropped is $(1-p_{52})(1-p_{53})(1-p_{54})$, tiny but not zero.
''')

md("volume_of_revolution", "calculus lecture notes", "solids of revolution: disk, shell, washer methods and the sphere formula", r'''# Lecture 19: volumes of revolution

Three methods, one example each. Throughout, $R(x)$ is an outer radius and $r(x)$ an inner radius.

## Disk method

Rotate $y = \sqrt{x}$, $0 \le x \le 4$, about the $x$-axis. Each slice is a disk of radius $\sqrt{x}$:

$$V = \pi\int_0^4 (\sqrt{x})^2\,dx = \pi\int_0^4 x\,dx = \pi\left[\frac{x^2}{2}\right]_0^4 = 8\pi \approx 25.13$$

Sanity check: the sphere. Rotating $y = \sqrt{r^2 - x^2}$ gives

$$V = \pi\int_{-r}^{r}(r^2 - x^2)\,dx = \pi\left(2r^3 - \frac{2r^3}{3}\right) = \frac{4}{3}\pi r^3.$$

## Shell method

Rotate the region under $y = x - x^2$ ($0 \le x \le 1$) about the $y$-axis. A shell at $x$ has radius $x$ and height $x - x^2$:

$$V = 2\pi\int_0^1 x(x - x^2)\,dx = 2\pi\int_0^1 (x^2 - x^3)\,dx$$

$$= 2\pi\left(\frac13 - \frac14\right) = 2\pi\cdot\frac{1}{12} = \frac{\pi}{6} \approx 0.5236$$

## Washer method

Region between $y = x$ and $y = x^2$ on $[0,1]$, rotated about the $x$-axis. Here $R(x) = x$, $r(x) = x^2$:⟦N:binds the radii for this example⟧

$$V = \pi\int_0^1 \big(R(x)^2 - r(x)^2\big)\,dx = \pi\int_0^1 (x^2 - x^4)\,dx = \pi\left(\frac13 - \frac15\right) = \frac{2\pi}{15}$$

Numerically $2\pi/15 \approx 0.4189$.

Same region about the $y$-axis with shells (homework check): $2\pi\int_0^1 x(x - x^2)\,dx = \pi/6$ — the same integral as the shell example, which is not a coincidence.

| solid | method | volume |
|---|---|---|
| $y=\sqrt x$ about $x$-axis | disk | $8\pi \approx 25.13$ |
| $y = x-x^2$ about $y$-axis | shell | $\pi/6 \approx 0.5236$ |
| between $x$ and $x^2$ about $x$-axis | washer | $2\pi/15 \approx 0.4189$ |
''')

md("pearson_correlation_by_hand", "Cross Validated answer", "Pearson correlation, least-squares line and the t statistic for r on five points", r'''**Q:** *How do I get Pearson's r by hand for a tiny data set, and how does it relate to the regression slope?*

**A:** Let's do it with your five points,

$x = (1, 2, 3, 4, 5)$ and $y = (2, 4, 5, 4, 5)$.⟦N:data binding⟧

Means: $\bar x = 15/5 = 3$ and $\bar y = 20/5 = 4$.

Deviations and products:

| $x_i$ | $y_i$ | $x_i-\bar x$ | $y_i-\bar y$ | product |
|---|---|---|---|---|
| 1 | 2 | −2 | −2 | 4 |
| 2 | 4 | −1 | 0 | 0 |
| 3 | 5 | 0 | 1 | 0 |
| 4 | 4 | 1 | 0 | 0 |
| 5 | 5 | 2 | 1 | 2 |

So $S_{xy} = 4 + 0 + 0 + 0 + 2 = 6$, $S_{xx} = 4 + 1 + 0 + 1 + 4 = 10$ and $S_{yy} = 4 + 0 + 1 + 0 + 1 = 6$.

The definition is

$$r = \frac{S_{xy}}{\sqrt{S_{xx}S_{yy}}},$$⟦N:definition of r⟧

which here gives

$$r = \frac{6}{\sqrt{60}} \approx \frac{6}{7.746} \approx 0.7746.$$

The least-squares slope uses the same pieces: $b = S_{xy}/S_{xx} = 6/10 = 0.6$, and the intercept is $a = \bar y - b\bar x = 4 - 1.8 = 2.2$. So $\hat y = 2.2 + 0.6x$.

Two links between them that are worth remembering:

* $b = r\sqrt{S_{yy}/S_{xx}} = 0.7746 \times \sqrt{0.6} \approx 0.6$ ✓
* $r^2 = 36/60 = 0.6$ is the share of variance explained.

For a test of $H_0: \rho = 0$,⟦N:states the null hypothesis⟧

$$t = \frac{r\sqrt{n-2}}{\sqrt{1-r^2}} = \frac{0.7746\sqrt{3}}{\sqrt{0.4}} \approx 2.121$$

on $3$ degrees of freedom. The two-sided 5% cutoff is $3.182$, so with five points this is not significant, even though $r$ looks big.
''')

nb("one_way_anova", "homework notebook (intro statistics)", "one-way ANOVA on three groups of three: sums of squares, F and p", [
("markdown", r'''# HW 7, problem 2 — one-way ANOVA by hand

Three fertilisers, three plots each (yield in kg):

$A = \{4, 5, 7\}$, $B = \{6, 8, 9\}$, $C = \{9, 10, 11\}$.⟦N:data binding⟧'''),
("code", r'''import numpy as np
from scipy import stats
A, B, C = [4, 5, 7], [6, 8, 9], [9, 10, 11]
print(stats.f_oneway(A, B, C))'''),
("markdown", r'''**Group means.** $\bar y_A = 16/3 \approx 5.333$, $\bar y_B = 23/3 \approx 7.667$, $\bar y_C = 30/3 = 10$, and the grand mean is $\bar y = 69/9 \approx 7.667$.

**Between groups** ($n_j = 3$):

$$SS_B = 3\left[(5.333 - 7.667)^2 + (7.667 - 7.667)^2 + (10 - 7.667)^2\right] \approx 3(5.444 + 0 + 5.444) = 32.67$$

**Within groups:**

$$SS_W = \underbrace{(1.778 + 0.111 + 2.778)}_{A} + \underbrace{(2.778 + 0.111 + 1.778)}_{B} + \underbrace{(1 + 0 + 1)}_{C} \approx 11.33$$

Check: $SS_T = SS_B + SS_W = 32.67 + 11.33 = 45$.⟦W:arithmetic slip, 32.67 + 11.33 = 44⟧
Computing $SS_T$ directly from the nine values gives $44$.'''),
("markdown", r'''**Mean squares and F.** $df_B = 3 - 1 = 2$ and $df_W = 9 - 3 = 6$.

$$MS_B = \frac{32.67}{2} \approx 16.33, \qquad MS_W = \frac{11.33}{6} \approx 1.889$$

$$F = \frac{MS_B}{MS_W} = \frac{16.33}{1.889} \approx 8.65$$

The critical value is $F_{0.95}(2, 6) \approx 5.14$ and the p-value is $P(F_{2,6} > 8.65) \approx 0.017$, so we reject equal means at the 5% level.

Effect size: $\eta^2 = SS_B/SS_T = 32.67/44 \approx 0.742$.'''),
("code", r'''# matches F_onewayResult(statistic=8.647..., pvalue=0.0170...)'''),
])

md("mortgage_amortization", "personal-finance blog post", "fixed-rate mortgage payment, total interest, first amortisation row, 15- vs 30-year", r'''# What does a $200k mortgage actually cost?

I finally sat down and did the amortisation math myself instead of trusting the bank's calculator.

**Setup.** Loan $P = \$200{,}000$, rate 6% a year compounded monthly, 30 years.⟦N:binds the loan terms⟧
Monthly that is $r = 0.06/12 = 0.005$ and $n = 12 \times 30 = 360$ payments.

The payment formula (annuity) is

$$M = \frac{P\,r}{1 - (1+r)^{-n}}.$$⟦N:defines the payment formula⟧

Plugging in, $(1.005)^{360} \approx 6.0226$, so

$$M = \frac{200{,}000 \times 0.005}{1 - 1/6.0226} \approx \$1{,}199.10 \text{ per month.}$$

**Total paid:** $360 \times 1{,}199.10 \approx \$431{,}676$, which means total interest of $431{,}676 - 200{,}000 = \$231{,}676$. More than the house!

**The first payment.** Interest for month one is $200{,}000 \times 0.005 = \$1{,}000$, so only $1{,}199.10 - 1{,}000 = \$199.10$ goes to principal. New balance: $200{,}000 - 199.10 = \$199{,}800.90$.

That is the depressing part: in month 1 about $1000/1199.10 \approx 83.4\%$ of the payment is interest.

**15-year version.** Same rate, $n = 180$:⟦N:rebinds n⟧

$$(1.005)^{180} \approx 2.4541, \qquad M = \frac{1{,}000}{1 - 1/2.4541} \approx \$1{,}687.71$$

Total paid $180 \times 1{,}687.71 \approx \$303{,}788$, interest $\approx \$103{,}788$.

| term | monthly | total interest |
|---|---|---|
| 30 yr | \$1,199.10 | \$231,676 |
| 15 yr | \$1,687.71 | \$103,788 |

So paying $1{,}687.71 - 1{,}199.10 = \$488.61$ more per month saves about $\$127{,}888$ in interest.
''')

md("odds_ratio_relative_risk", "epidemiology course handout", "risk, relative risk, risk difference, NNH, odds ratio and its 95% CI from a 2x2 table", r'''# Handout 5: measures of association from a 2×2 table

Cohort study, 400 workers followed for one year:

| | disease | no disease | total |
|---|---|---|---|
| exposed | $a = 30$ | $b = 170$ | 200 |⟦N:data table row binding a, b⟧
| unexposed | $c = 10$ | $d = 190$ | 200 |⟦N:data table row binding c, d⟧

**Risks.** $R_1 = a/(a+b) = 30/200 = 0.15$ and $R_0 = c/(c+d) = 10/200 = 0.05$.

**Relative risk** and **risk difference**:

$$RR = \frac{R_1}{R_0} = \frac{0.15}{0.05} = 3, \qquad RD = 0.15 - 0.05 = 0.10$$

The number needed to harm is $NNH = 1/RD = 10$: for every 10 people exposed, one extra case.

**Odds.** For a risk $p$, $\text{odds} = p/(1-p)$:⟦N:definition of odds⟧

$$\text{odds}_1 = \frac{30}{170} \approx 0.1765, \qquad \text{odds}_0 = \frac{10}{190} \approx 0.05263$$

$$OR = \frac{ad}{bc} = \frac{30 \times 190}{170 \times 10} = \frac{5700}{1700} \approx 3.353$$

Note $OR > RR$ here, as always when the outcome is not rare in the exposed group.

**Confidence interval (Woolf).** On the log scale,

$$SE(\ln OR) = \sqrt{\frac1{30} + \frac1{170} + \frac1{10} + \frac1{190}} = \sqrt{0.1445} \approx 0.3801$$

and $\ln 3.353 \approx 1.2098$. So

$$1.2098 \pm 1.96 \times 0.3801 = 1.2098 \pm 0.7450,$$

giving the interval $(e^{0.4648}, e^{1.9548}) \approx (1.592,\ 7.063)$. It excludes 1.

**Exercise.** Redo the table with $a = 15$, $b = 185$.⟦N:exercise rebinding a and b⟧
''')

md("pendulum_small_angle", "physics lab write-up", "simple pendulum: small-angle period, frequency, length for a 2 s period, maximum speed, finite-amplitude correction", r'''# Lab 2: the simple pendulum

**Apparatus.** String length $L = 0.80\ \text{m}$ (pivot to centre of the bob), amplitude $\theta_0 = 10^\circ$, and we use $g = 9.81\ \text{m/s}^2$.⟦N:binds L, theta0, g⟧

## Theory

For small swings, $\ddot\theta + \frac{g}{L}\theta = 0$,⟦N:equation of motion⟧ whose period is

$$T_0 = 2\pi\sqrt{\frac{L}{g}} = 2\pi\sqrt{\frac{0.80}{9.81}} \approx 1.794\ \text{s}$$

and frequency $f = 1/T_0 \approx 0.5573\ \text{Hz}$.

Our stopwatch gave $10T = 17.9\ \text{s}$ for ten swings.⟦N:measured data⟧
That is $T \approx 1.79$ s — within 0.3% of theory.

## Length for a "seconds pendulum"

A pendulum with $T = 2\ \text{s}$ needs

$$L = \frac{gT^2}{4\pi^2} = \frac{9.81 \times 4}{39.48} \approx 0.994\ \text{m}.$$

## Speed at the bottom

Energy conservation from $\theta_0$:

$$v_{\max} = \sqrt{2gL(1 - \cos\theta_0)} = \sqrt{2 \times 9.81 \times 0.80 \times 0.01519} \approx 0.4883\ \text{m/s}$$

The small-angle formula $v_{\max} \approx \theta_0\sqrt{gL}$ with $\theta_0 = 0.1745$ rad gives $0.17453 \times 2.8014 \approx 0.4889\ \text{m/s}$, very close.

## Finite amplitude

The first correction is

$$T \approx T_0\left(1 + \frac{\theta_0^2}{16}\right) = 1.7943 \times (1 + 0.001904) \approx 1.7977\ \text{s},$$

so a 10° swing is only about 0.19% slower than the ideal one — far below our timing error.
''')

md("gamblers_ruin", "probability course handout", "gambler's ruin: success probability for p != q and p = q, expected duration", r'''# Gambler's ruin

A gambler starts with $i$ chips and bets one chip per round, winning with probability $p$ and losing with $q = 1-p$.⟦N:setup, defines p, q, i⟧ She stops at $0$ (ruin) or at $N$ (target). Let $P_i$ be the probability of reaching $N$.

**Recurrence.** Conditioning on the first bet,

$$P_i = p\,P_{i+1} + q\,P_{i-1}, \qquad P_0 = 0,\ P_N = 1.$$⟦N:recurrence with boundary conditions⟧

**Solution.** With $r = q/p$,⟦N:defines r⟧

$$P_i = \begin{cases} \dfrac{1 - r^i}{1 - r^N}, & p \ne q, \\[2mm] \dfrac{i}{N}, & p = q = \tfrac12. \end{cases}$$

### Roulette-like numbers

Take $p = 0.48$, $i = 20$, $N = 40$.⟦N:binds p, i, N⟧
Then $q = 1 - 0.48 = 0.52$ and

$$r = \frac{0.52}{0.48} \approx 1.0833, \qquad r^{20} \approx 4.957, \qquad r^{40} \approx 24.57.$$

$$P_{20} = \frac{1 - 4.957}{1 - 24.57} = \frac{-3.957}{-23.57} \approx 0.1679$$

So a 2-point edge against you turns a fair 50% into about 17%.

### Fair game

With $p = \tfrac12$ instead:⟦N:rebinds p⟧
$P_{20} = 20/40 = 0.5$, and the expected number of rounds is

$$D_i = i(N - i) = 20 \times 20 = 400.$$

For the unfair game the duration is

$$D_i = \frac{i}{q-p} - \frac{N}{q-p}\cdot P_i = \frac{20}{0.04} - \frac{40}{0.04}\times 0.1679 \approx 500 - 167.9 = 332.1,$$

shorter, because the drift pushes her to 0.
''')

nb("dft_four_point", "Jupyter course notebook (signals and systems)", "4-point DFT by hand, conjugate symmetry, Parseval check, inverse DFT of one sample", [
("markdown", r'''# 4-point DFT by hand

Signal: $x = [1,\ 2,\ 0,\ -1]$, $N = 4$.⟦N:data binding⟧

$$X_k = \sum_{n=0}^{N-1} x_n\, e^{-2\pi i kn/N}$$⟦N:definition of the DFT⟧

For $N = 4$ the twiddle factors are $e^{-i\pi kn/2} \in \{1, -i, -1, i\}$.'''),
("markdown", r'''**k = 0:** $X_0 = 1 + 2 + 0 - 1 = 2$ (the sum of the samples).

**k = 1:** the factors are $1, -i, -1, i$:

$$X_1 = 1 + 2(-i) + 0\cdot(-1) + (-1)(i) = 1 - 3i$$

**k = 2:** factors $1, -1, 1, -1$:

$$X_2 = 1 - 2 + 0 - 1 = -2$$⟦W:sign slip, the last term is (-1)(-1) = +1, so X_2 = 0⟧

**k = 3:** for a real signal $X_3 = \overline{X_1} = 1 + 3i$.'''),
("code", r'''import numpy as np
x = np.array([1, 2, 0, -1])
X = np.fft.fft(x)
print(np.round(X, 6))   # [ 2.+0.j  1.-3.j  0.+0.j  1.+3.j]'''),
("markdown", r'''So $X = [2,\ 1-3i,\ 0,\ 1+3i]$, matching `np.fft.fft`.

**Parseval.** $\sum_n |x_n|^2 = 1 + 4 + 0 + 1 = 6$ and

$$\frac{1}{N}\sum_k |X_k|^2 = \frac{4 + 10 + 0 + 10}{4} = 6.$$

**Inverse, one sample.** $x_1 = \frac14\sum_k X_k e^{i\pi k/2} = \frac14\big(2 + (1-3i)i + 0 + (1+3i)(-i)\big) = \frac14(2 + 3 + i + 3 - i) = 2$ ✓

Magnitudes: $|X_1| = |X_3| = \sqrt{10} \approx 3.162$.'''),
])

md("fp16_bit_layout", "engineering blog post", "IEEE half precision: layout, largest value, smallest normal/subnormal, epsilon, spacing, comparison with bfloat16", r'''# fp16, bit by bit

Every mixed-precision bug I have chased came down to not knowing these five numbers. So here they are, derived.

## Layout

Half precision has 1 sign bit, 5 exponent bits and 10 mantissa bits, with exponent bias $15$. A normal number is

$$x = (-1)^s \times 1.m \times 2^{e - 15}, \qquad 1 \le e \le 30.$$⟦N:definition of a normal value⟧

Example: `0x3C00` has $s = 0$, $e = 15$, $m = 0$, so $x = 1.0 \times 2^{0} = 1$.

## Largest finite value

The top exponent is $e = 30$ (31 is reserved for inf/NaN), so

$$x_{\max} = (2 - 2^{-10}) \times 2^{15} = 65504.$$

Anything above that (say a logit of 70,000) becomes `inf`.

## Smallest values

- smallest normal: $2^{1-15} = 2^{-14} \approx 6.104 \times 10^{-4}$⟦W:power-of-ten slip, 2^-14 = 6.104e-5⟧
- smallest subnormal: $2^{-14} \times 2^{-10} = 2^{-24} \approx 5.96 \times 10^{-8}$

Gradients below $2^{-24}$ flush to zero, which is exactly why loss scaling exists.

## Precision

Machine epsilon (gap between 1 and the next float) is $2^{-10} \approx 9.766 \times 10^{-4}$, so about three decimal digits.

The gap grows with magnitude: between 1024 and 2048 it is $2^{10} \times 2^{-10} = 1$, and between 512 and 1024 it is $2^{9-10} = 0.5$. So $1024 + 0.4$ rounds back to $1024$ in fp16.

## bfloat16 for contrast

bf16 keeps fp32's 8 exponent bits and only 7 mantissa bits: its epsilon is $2^{-7} = 0.0078125$, about 8× coarser than fp16's, but $x_{\max} \approx 3.39 \times 10^{38}$, the same range as fp32.

| format | exp bits | mantissa bits | epsilon | max |
|---|---|---|---|---|
| fp16 | 5 | 10 | $9.77\times10^{-4}$ | 65504 |
| bf16 | 8 | 7 | $7.81\times10^{-3}$ | $3.39\times10^{38}$ |
''')

md("decode_latency_memory_bound", "ML engineering blog post", "memory-bound decoding of a 7B model: per-token latency, tokens/s, KV-cache size, arithmetic intensity", r'''# Why your 7B model decodes at ~140 tokens/s

Batch-1 decoding is memory-bound: every generated token must stream all the weights from HBM once. Let's put numbers on it.

**Assumptions.** A 7B-parameter model in bf16, 32 layers, $d_{\text{model}} = 4096$, on a GPU with about $2.0\ \text{TB/s}$ of memory bandwidth and $312$ TFLOP/s of bf16 compute.⟦N:binds the model and hardware⟧

### Weights

$$7 \times 10^{9}\ \text{params} \times 2\ \text{bytes} = 14\ \text{GB}$$

### Time per token

Reading 14 GB at 2 TB/s takes

$$t_{\text{token}} = \frac{14\ \text{GB}}{2\ \text{TB/s}} = 70\ \text{ms}$$⟦W:unit slip, 14e9 / 2e12 s = 7 ms⟧

so the ceiling is $1/0.007\ \text{s} \approx 142.9$ tokens/s. Real kernels reach maybe 70–80% of that.

### KV cache

Per token, each layer stores a key and a value vector of size $d_{\text{model}}$:

$$2 \times 32 \times 4096 \times 2\ \text{bytes} = 524{,}288\ \text{bytes} = 0.5\ \text{MiB}$$

For a 4096-token context that is $4096 \times 0.5\ \text{MiB} = 2\ \text{GiB}$ per sequence.
A batch of 8 needs $8 \times 2 = 18\ \text{GiB}$ on top of the weights.⟦W:arithmetic slip, 8 x 2 GiB = 16 GiB⟧

### Arithmetic intensity

At batch 1 each weight is used for one multiply-add, i.e. 2 FLOPs per 2 bytes:

$$I = \frac{2\ \text{FLOP}}{2\ \text{bytes}} = 1\ \text{FLOP/byte},$$

while the GPU's ridge point is $312 / 2.0 = 156$ FLOP/byte. We are two orders of magnitude below it, which is why batching is nearly free: at batch $B$ the intensity is about $B$ FLOP/byte, until $B \approx 156$.
''')

md("implicit_differentiation", "learner notes (first-person, calculus self-study)", "implicit differentiation: circle tangent, second derivative, folium of Descartes, sliding ladder related rates", r'''# implicit diff — my notes (week 4)

ok so the trick: differentiate both sides w.r.t. $x$ and treat $y$ as $y(x)$, so every $y$-term picks up a $y'$.

**circle** $x^2 + y^2 = 25$:⟦N:the curve, an equation⟧

$$2x + 2y\,y' = 0 \quad\Rightarrow\quad \frac{dy}{dx} = -\frac{x}{y}$$

at the point $(3, 4)$ the slope is $-3/4$. tangent line:

$$y - 4 = -\tfrac34(x - 3) \;\Rightarrow\; y = -0.75x + 6.25$$

(check: $x = 3$ gives $-2.25 + 6.25 = 4$ ✓)

second derivative — I messed this up twice before getting it:

$$y'' = -\frac{y - x y'}{y^2} = -\frac{y + x^2/y}{y^2} = -\frac{x^2 + y^2}{y^3} = -\frac{25}{y^3}$$

so at $(3,4)$, $y'' = -25/64 \approx -0.3906$. (negative, circle is concave down up there, makes sense)

**folium of Descartes** $x^3 + y^3 = 6xy$:⟦N:the curve, an equation⟧

$$3x^2 + 3y^2 y' = 6y + 6x y'$$

$$y' = \frac{2y - x^2}{y^2 - 2x}$$

at $(3, 3)$ (it is on the curve: $27 + 27 = 54 = 6\cdot 9$): $y' = \frac{6 - 9}{9 - 6} = -1$.

**ladder problem** (related rates, same idea but w.r.t. $t$). 10 m ladder, $x^2 + y^2 = 100$,⟦N:constraint equation⟧ bottom slides out at $dx/dt = 0.5$ m/s.⟦N:binds dx/dt⟧ how fast does the top drop when $x = 6$?

when $x = 6$, $y = \sqrt{100 - 36} = 8$. then $2x\dot x + 2y\dot y = 0$ so

$$\frac{dy}{dt} = -\frac{x}{y}\frac{dx}{dt} = -\frac{6}{8}(0.5) = -0.0375\ \text{m/s}$$⟦W:lost a decimal place, -(6/8)(0.5) = -0.375⟧

so the top falls at $0.375$ m/s, and it speeds up as $y \to 0$.
''')

nb("sgdr_warm_restarts", "Colab notebook (training recipes)", "SGDR cosine annealing with warm restarts: cycle lengths, restart epochs, learning rate at given epochs", [
("markdown", r'''# SGDR: cosine annealing with warm restarts

Settings: $\eta_{\max} = 0.1$, $\eta_{\min} = 0.001$, first cycle $T_0 = 10$ epochs, $T_{\text{mult}} = 2$.⟦N:binds the schedule parameters⟧

Within cycle $i$ of length $T_i$,

$$\eta_t = \eta_{\min} + \tfrac12(\eta_{\max} - \eta_{\min})\left(1 + \cos\frac{\pi T_{\text{cur}}}{T_i}\right)$$⟦N:definition of the schedule⟧

where $T_{\text{cur}}$ counts epochs since the last restart. Here $\tfrac12(0.1 - 0.001) = 0.0495$.'''),
("code", r'''import math
def sgdr(epoch, T0=10, mult=2, hi=0.1, lo=0.001):
    Ti, start = T0, 0
    while epoch >= start + Ti:
        start += Ti; Ti *= mult
    return lo + 0.5 * (hi - lo) * (1 + math.cos(math.pi * (epoch - start) / Ti))
print([round(sgdr(e), 6) for e in (5, 9, 10, 20, 25, 69, 70)])'''),
("markdown", r'''## Cycle boundaries

Cycle lengths are $10, 20, 40, 80, \dots$, so restarts happen at epochs

$$10,\quad 10 + 20 = 30,\quad 30 + 40 = 70,\quad 70 + 80 = 150,$$

i.e. at $T_0(2^k - 1)$.

## Values

| epoch | $T_{\text{cur}}/T_i$ | $\eta$ |
|---|---|---|
| 5 | $5/10$ | $0.001 + 0.0495(1 + 0) = 0.0505$ |
| 9 | $9/10$ | $0.001 + 0.0495(1 - 0.9511) \approx 0.003423$ |
| 10 | $0/20$ | $0.1$ (restart) |
| 20 | $10/20$ | $0.0505$ |

Epoch 25 sits three quarters into the second cycle, $T_{\text{cur}}/T_i = 15/20$, where $\cos(3\pi/4) = 0.7071$.⟦W:sign slip, cos(3 pi/4) = -0.7071⟧ So

$$\eta_{25} = 0.001 + 0.0495(1 - 0.7071) \approx 0.0155.$$

Just before the third restart, epoch 69: $\eta_{69} = 0.001 + 0.0495\left(1 + \cos\frac{39\pi}{40}\right) \approx 0.001153$.'''),
])
