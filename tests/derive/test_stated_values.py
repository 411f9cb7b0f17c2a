"""Values a text states outside its math, and cases it changes in words (round 24, alarm24):
thirty short correct documents of our own (en, ko, zh; blog posts, lecture notes, study notes,
SE-style answers on statistics, physics, finance, ML and CS) with a wrong twin each (one slip).
No step of a correct document may fail; some step of its twin must.

The classes: a name typed in words with its value in math ("for p $= 0.5$", "평균 $= 5$",
"lambda $= 3$": mention.py); a value restated in another unit ("$v = 72$ km/h $= 20$ m/s":
mention.py); a number said in words for a named setting ("at temperature 2", "With stride
$= 2$", "odds of 2 to 1": worded.py); a condition cue after "so" / "따라서" / "所以" opening a
new clause (condition.py); a general formula at the number its members are indexed by
(instance.py); E and D before a random variable without brackets (acronym.py); and cases that
already read right (headings, examples in a row, percentages, units) kept as guards."""

import pytest

from tests.derive.twins import check_twins

ROWS = [
    ('binomial mean by prose name',
     r"""# Binomial check

Let $X \sim \mathrm{Bin}(n, p)$ with mean $\mu = np$ and variance $\sigma^2 = np(1-p)$.

Take $n = 20$ and $p = 0.3$: $\mu = 20 \times 0.3 = 6$ and $\sigma^2 = 6 \times 0.7 = 4.2$.

For p $= 0.5$ the mean is $\mu = 10$ and $\sigma^2 = 5$.
""",
     r"""# Binomial check

Let $X \sim \mathrm{Bin}(n, p)$ with mean $\mu = np$ and variance $\sigma^2 = np(1-p)$.

Take $n = 20$ and $p = 0.3$: $\mu = 20 \times 0.3 = 6$ and $\sigma^2 = 6 \times 0.7 = 4.8$.

For p $= 0.5$ the mean is $\mu = 10$ and $\sigma^2 = 5$.
"""),
    ("z-score then 'so for'",
     r"""Standardise with $z = (x - \mu)/\sigma$, where $\mu = 100$ and $\sigma = 15$.

A score of $x = 130$ gives $z = 30/15 = 2$, so for $x = 85$ we get $z = -15/15 = -1$.
""",
     r"""Standardise with $z = (x - \mu)/\sigma$, where $\mu = 100$ and $\sigma = 15$.

A score of $x = 130$ gives $z = 30/15 = 2$, so for $x = 85$ we get $z = -15/15 = 1$.
"""),
    ('pendulum period small angle',
     r"""For small swings, $T = 2\pi\sqrt{L/g}$. A pendulum with $L = 1$ m and $g = 9.81$ has $T \approx 2.006$ s.

For L $= 4$ m the period doubles, $T \approx 4.012$ s.
""",
     r"""For small swings, $T = 2\pi\sqrt{L/g}$. A pendulum with $L = 1$ m and $g = 9.81$ has $T \approx 2.006$ s.

For L $= 4$ m the period doubles, $T \approx 8.024$ s.
"""),
    ('zh 单位换算 km/h',
     r"""汽车速度 $v = 72$ km/h $= 20$ m/s，刹车加速度 $a = 5$ m/s²。

刹车距离 $s = v^2/(2a) = 400/10 = 40$ m。
""",
     r"""汽车速度 $v = 72$ km/h $= 20$ m/s，刹车加速度 $a = 5$ m/s²。

刹车距离 $s = v^2/(2a) = 400/10 = 80$ m。
"""),
    ('greek name in words',
     r"""Poisson counts have $P(X = 0) = e^{-\lambda}$.

With $\lambda = 1$, $P(X = 0) = e^{-1} \approx 0.368$. For lambda $= 3$, $P(X = 0) = e^{-3} \approx 0.0498$.
""",
     r"""Poisson counts have $P(X = 0) = e^{-\lambda}$.

With $\lambda = 1$, $P(X = 0) = e^{-1} \approx 0.368$. For lambda $= 3$, $P(X = 0) = e^{-3} \approx 0.0948$.
"""),
    ('value restated approx in prose',
     r"""The logistic output is $\hat y = \sigma(z)$ with $z = 1.2$, so $\hat y \approx 0.769$.

With a larger input, z $\approx 2.5$, and $\hat y \approx 0.924$.
""",
     r"""The logistic output is $\hat y = \sigma(z)$ with $z = 1.2$, so $\hat y \approx 0.769$.

With a larger input, z $\approx 2.5$, and $\hat y \approx 0.942$.
"""),
    ('function general then member at number',
     r"""Harmonic numbers: $H_n = \sum_{k=1}^n 1/k$, so $H_1 = 1$, $H_2 = 1.5$, $H_3 \approx 1.833$.

The expected number of records in $n$ draws is $R = H_n$; for ten draws $R = H_{10} \approx 2.929$.
""",
     r"""Harmonic numbers: $H_n = \sum_{k=1}^n 1/k$, so $H_1 = 1$, $H_2 = 1.5$, $H_3 \approx 1.833$.

The expected number of records in $n$ draws is $R = H_n$; for ten draws $R = H_{10} \approx 3.929$.
"""),
    ('zh EX DX plain',
     r"""设 $X$ 服从参数为 $p$ 的 0-1 分布，$EX = p$，$EX^2 = p$，所以 $DX = EX^2 - (EX)^2 = p - p^2 = p(1 - p)$。
""",
     r"""设 $X$ 服从参数为 $p$ 的 0-1 分布，$EX = p$，$EX^2 = p$，所以 $DX = EX^2 - (EX)^2 = p - p^2 = p(1 + p)$。
"""),
    ('kelly fraction words',
     r"""Kelly: $f^* = p - q/b$ with $q = 1 - p$.

Even odds ($b = 1$) and $p = 0.6$: $f^* = 0.6 - 0.4 = 0.2$.

At odds of 2 to 1 the same edge gives $f^* = 0.6 - 0.4/2 = 0.4$.
""",
     r"""Kelly: $f^* = p - q/b$ with $q = 1 - p$.

Even odds ($b = 1$) and $p = 0.6$: $f^* = 0.6 - 0.4 = 0.2$.

At odds of 2 to 1 the same edge gives $f^* = 0.6 - 0.4/2 = 0.3$.
"""),
    ('ko 평균 = 값 산문',
     r"""표본 $x = (2, 4, 6, 8)$ 의 평균 $= 5$ 이고 편차제곱합은 $9 + 1 + 1 + 9 = 20$ 이다.

표본분산 $s^2 = 20/3 \approx 6.67$.
""",
     r"""표본 $x = (2, 4, 6, 8)$ 의 평균 $= 5$ 이고 편차제곱합은 $9 + 1 + 1 + 9 = 20$ 이다.

표본분산 $s^2 = 20/3 \approx 6.76$.
"""),
    ('ko 정규분포 표준화 그러면',
     r"""$X \sim N(170, 5^2)$ 에서 $Z = (X - 170)/5$.

$X = 180$ 이면 $Z = 2$ 이고, 따라서 $X = 165$ 일 때 $Z = -1$ 이다.
""",
     r"""$X \sim N(170, 5^2)$ 에서 $Z = (X - 170)/5$.

$X = 180$ 이면 $Z = 2$ 이고, 따라서 $X = 165$ 일 때 $Z = 1$ 이다.
"""),
    ('ko 조화수 일반식 n 값',
     r"""## 일반식

$S_n = n(n + 1)/2$ 이다. $n = 10$ 이면 $S_{10} = 55$.

### n = 100 일 때

$S_{100} = 100 \cdot 101/2 = 5050$.
""",
     r"""## 일반식

$S_n = n(n + 1)/2$ 이다. $n = 10$ 이면 $S_{10} = 55$.

### n = 100 일 때

$S_{100} = 100 \cdot 101/2 = 5500$.
"""),
    ('zh 均值 = 值',
     r"""样本 $1, 2, 3, 4, 5$ 的均值 $= 3$，方差 $= (4 + 1 + 0 + 1 + 4)/5 = 2$。
""",
     r"""样本 $1, 2, 3, 4, 5$ 的均值 $= 3$，方差 $= (4 + 1 + 0 + 1 + 4)/5 = 2.5$。
"""),
    ('sharpe ratio words',
     r"""Sharpe ratio $S = (R_p - R_f)/\sigma_p$.

A fund with return 12%, risk-free 2% and volatility 20%: $S = (0.12 - 0.02)/0.20 = 0.5$.

If the volatility $= 0.25$ instead, $S = 0.10/0.25 = 0.4$.
""",
     r"""Sharpe ratio $S = (R_p - R_f)/\sigma_p$.

A fund with return 12%, risk-free 2% and volatility 20%: $S = (0.12 - 0.02)/0.20 = 0.5$.

If the volatility $= 0.25$ instead, $S = 0.10/0.25 = 0.5$.
"""),
    ('conv output size prose name',
     r"""Output size: $o = \lfloor (i + 2p - k)/s \rfloor + 1$.

For $i = 32$, $k = 3$, $p = 1$, $s = 1$: $o = 32$.

With stride $= 2$ instead, $o = \lfloor 31/2 \rfloor + 1 = 16$.
""",
     r"""Output size: $o = \lfloor (i + 2p - k)/s \rfloor + 1$.

For $i = 32$, $k = 3$, $p = 1$, $s = 1$: $o = 32$.

With stride $= 2$ instead, $o = \lfloor 31/2 \rfloor + 1 = 17$.
"""),
    ('compound interest words',
     r"""Compound interest: $A = P(1 + r)^t$.

For $P = 1000$, $r = 0.05$, $t = 10$: $A = 1000 \times 1.05^{10} \approx 1628.89$.

At a rate of 0.07 the same deposit grows to $1000 \times 1.07^{10} \approx 1967.15$.
""",
     r"""Compound interest: $A = P(1 + r)^t$.

For $P = 1000$, $r = 0.05$, $t = 10$: $A = 1000 \times 1.05^{10} \approx 1628.89$.

At a rate of 0.07 the same deposit grows to $1000 \times 1.07^{10} \approx 1867.15$.
"""),
    ('ko 복리 계산 말로 준 이율',
     r"""원리합계 $S = a(1 + r)^n$.

원금 $a = 100$만 원, 연이율 $r = 0.04$, $n = 5$ 년이면 $S = 100 \times 1.04^5 \approx 121.67$ 만 원.

이율을 6% 로 바꾸면 $100 \times 1.06^5 \approx 133.82$ 만 원이다.
""",
     r"""원리합계 $S = a(1 + r)^n$.

원금 $a = 100$만 원, 연이율 $r = 0.04$, $n = 5$ 년이면 $S = 100 \times 1.04^5 \approx 121.67$ 만 원.

이율을 6% 로 바꾸면 $100 \times 1.06^5 \approx 138.82$ 만 원이다.
"""),
    ('zh 动能定理 两种质量',
     r"""动能 $E_k = \frac12 mv^2$。

$m = 2$ kg，$v = 5$ m/s，则 $E_k = 25$ J。质量取 4 kg 时，$E_k = 50$ J。
""",
     r"""动能 $E_k = \frac12 mv^2$。

$m = 2$ kg，$v = 5$ m/s，则 $E_k = 25$ J。质量取 4 kg 时，$E_k = 100$ J。
"""),
    ('softmax temperature words',
     r"""Softmax with temperature: $p_i = e^{z_i/T}/\sum_j e^{z_j/T}$.

Logits $z = (2, 0)$ at $T = 1$: $p_1 = e^2/(e^2 + 1) \approx 0.881$.

At temperature 2 the same logits give $p_1 = e/(e + 1) \approx 0.731$.
""",
     r"""Softmax with temperature: $p_i = e^{z_i/T}/\sum_j e^{z_j/T}$.

Logits $z = (2, 0)$ at $T = 1$: $p_1 = e^2/(e^2 + 1) \approx 0.881$.

At temperature 2 the same logits give $p_1 = e/(e + 1) \approx 0.781$.
"""),
    ('attention scaling dk',
     r"""Scaled dot-product: $\mathrm{score} = q^\top k/\sqrt{d_k}$.

With $d_k = 64$ and $q^\top k = 16$, the score is $16/8 = 2$.

For a head size of 256, $\sqrt{256} = 16$ and the same dot product scores 1.
""",
     r"""Scaled dot-product: $\mathrm{score} = q^\top k/\sqrt{d_k}$.

With $d_k = 64$ and $q^\top k = 16$, the score is $16/8 = 2$.

For a head size of 256, $\sqrt{256} = 18$ and the same dot product scores 1.
"""),
    ('case heading without math',
     r"""# Gambler's expected loss

Each bet loses with probability $q = 0.6$ and the expected loss per unit bet is $\ell = q - (1 - q) = 0.2$.

## Case 2: a fairer table

Here q is 0.55, so $\ell = 0.55 - 0.45 = 0.1$.
""",
     r"""# Gambler's expected loss

Each bet loses with probability $q = 0.6$ and the expected loss per unit bet is $\ell = q - (1 - q) = 0.2$.

## Case 2: a fairer table

Here q is 0.55, so $\ell = 0.55 - 0.45 = 0.2$.
"""),
    ('variance of sample mean general then n',
     r"""$\mathrm{Var}(\bar X) = \sigma^2/n$ with $\sigma^2 = 4$.

### n = 16

$\mathrm{Var}(\bar X) = 4/16 = 0.25$, so the standard error is $0.5$.
""",
     r"""$\mathrm{Var}(\bar X) = \sigma^2/n$ with $\sigma^2 = 4$.

### n = 16

$\mathrm{Var}(\bar X) = 4/16 = 0.5$, so the standard error is $0.5$.
"""),
    ('two examples same names no heading',
     r"""**Example 1.** A rectangle with $a = 3$ and $b = 4$ has diagonal $d = \sqrt{a^2 + b^2} = 5$.

**Example 2.** With $a = 5$ and $b = 12$, $d = \sqrt{25 + 144} = 13$.
""",
     r"""**Example 1.** A rectangle with $a = 3$ and $b = 4$ has diagonal $d = \sqrt{a^2 + b^2} = 5$.

**Example 2.** With $a = 5$ and $b = 12$, $d = \sqrt{25 + 144} = 14$.
"""),
    ('ko 예제 두 개 같은 문자',
     r"""**예제 1** $a = 2$, $b = 3$ 이면 $a^2 + b^2 = 13$.

**예제 2** $a = 1$, $b = 5$ 이면 $a^2 + b^2 = 26$.
""",
     r"""**예제 1** $a = 2$, $b = 3$ 이면 $a^2 + b^2 = 13$.

**예제 2** $a = 1$, $b = 5$ 이면 $a^2 + b^2 = 25$.
"""),
    ('zh 例 两个',
     r"""例1：$m = 2$，$v = 3$，动量 $p = mv = 6$。

例2：$m = 5$，$v = 2$，$p = mv = 10$。
""",
     r"""例1：$m = 2$，$v = 3$，动量 $p = mv = 6$。

例2：$m = 5$，$v = 2$，$p = mv = 12$。
"""),
    ('ko 표본평균 분산 두 표본 크기',
     r"""$\sigma = 6$ 인 모집단에서 $n = 9$ 이면 $\sigma/\sqrt n = 2$ 이다.

표본 크기 $= 36$ 이면 $6/6 = 1$ 이다.
""",
     r"""$\sigma = 6$ 인 모집단에서 $n = 9$ 이면 $\sigma/\sqrt n = 2$ 이다.

표본 크기 $= 36$ 이면 $6/6 = 2$ 이다.
"""),
    ('biased coin in words',
     r"""A coin with heads probability $p = 0.5$ gives $E[X] = p = 0.5$ and $\mathrm{Var}(X) = p(1 - p) = 0.25$.

For a biased coin with heads probability 0.7, $\mathrm{Var}(X) = 0.7 \times 0.3 = 0.21$.
""",
     r"""A coin with heads probability $p = 0.5$ gives $E[X] = p = 0.5$ and $\mathrm{Var}(X) = p(1 - p) = 0.25$.

For a biased coin with heads probability 0.7, $\mathrm{Var}(X) = 0.7 \times 0.3 = 0.12$.
"""),
    ('uniform case then other model (PPL-like)',
     r"""**Perplexity.** $\mathrm{PPL} = e^{H}$ with $H$ in nats.

For a uniform model over $V$ tokens, $H = \ln V$ and $\mathrm{PPL} = V$.

A model whose loss is 2.0 nats has $\mathrm{PPL} = e^{2.0} \approx 7.39$.
""",
     r"""**Perplexity.** $\mathrm{PPL} = e^{H}$ with $H$ in nats.

For a uniform model over $V$ tokens, $H = \ln V$ and $\mathrm{PPL} = V$.

A model whose loss is 2.0 nats has $\mathrm{PPL} = e^{2.0} \approx 7.93$.
"""),
    ('zh 百分比 增长',
     r"""去年销量 200 件，今年 250 件，增长率 $= (250 - 200)/200 = 25\%$。
""",
     r"""去年销量 200 件，今年 250 件，增长率 $= (250 - 200)/200 = 20\%$。
"""),
    ('ko 이진탐색 비교횟수',
     r"""이진 탐색의 최악 비교 횟수는 $\lfloor \log_2 n \rfloor + 1$ 이다.

$n = 1000$ 이면 $\lfloor 9.97 \rfloor + 1 = 10$ 번, $n = 1024$ 이면 $10 + 1 = 11$ 번.
""",
     r"""이진 탐색의 최악 비교 횟수는 $\lfloor \log_2 n \rfloor + 1$ 이다.

$n = 1000$ 이면 $\lfloor 9.97 \rfloor + 1 = 10$ 번, $n = 1024$ 이면 $10 + 1 = 12$ 번.
"""),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_document_and_its_wrong_twin(what, right, wrong):
    check_twins(right, wrong)
