"""The algebra of expectations (expectation.py): steps about E and Var decided where the text's
assumptions make them exact, in the styles of dropout, weight-initialisation and batch notes."""

import pytest

from checker.derive.document import check_text
from checker.derive.randomness import read_randomness

DROPOUT_EN = "Let the mask be $m \\sim \\mathrm{Bernoulli}(p)$ and $h$ a fixed activation.\n\n"
DROPOUT_ZH = "令 $m \\sim \\mathrm{Bernoulli}(p)$（$p$ 为保留概率），其中 $h$ 为固定值。\n\n"
INIT_EN = ("The weights $w$ and inputs $x$ are independent, with zero mean.\n\n")
INIT_KO = "가중치 $w$ 와 입력 $x$ 는 서로 독립이고 평균이 0 이다.\n\n"
UNSTATED = "Take weights $w$ and inputs $x$.\n\n"
STATED = ("Assume the $w_i$ and $x_i$ are all independent, with zero mean, "
          "$\\operatorname{Var}(w_i) = \\sigma_w^2$ and $\\operatorname{Var}(x_i) = \\sigma_x^2$.\n\n")

# (preamble, formula, the verdict of every step)
ROWS = [
    # dropout: linearity, Bernoulli moments
    (DROPOUT_EN, "$E[m h / p] = \\frac{h}{p} E[m] = h$", {"holds"}),
    (DROPOUT_ZH, "$E[m^2] = E[m] = p$", {"holds"}),
    (DROPOUT_EN, "$\\mathrm{Var}(m) = E[m^2] - E[m]^2 = p(1 - p)$", {"holds"}),
    (DROPOUT_EN, "$\\mathrm{Var}(m h / p) = E[m^2 h^2 / p^2] - h^2 = \\frac{h^2 (1 - p)}{p}$", {"holds"}),
    (DROPOUT_EN, "$E[3 m + 2] = 3 E[m] + 2 = 3 p + 2$", {"holds"}),
    # wrong twins: 1/p for p, a missing square on the scale
    (DROPOUT_EN, "$E[m h / p] = h p$", {"fails"}),
    (DROPOUT_ZH, "$\\mathrm{Var}(m h / p) = \\frac{h \\cdot (1 - p)}{p}$", {"fails"}),
    (DROPOUT_EN, "$\\mathrm{Var}(m) = E[m^2] - E[m]^2 = p^2$", {"fails"}),
    # Var(aX + b) = a^2 Var(X), E[X^2] = Var(X) + E[X]^2: no distribution needed
    (UNSTATED, "$\\mathrm{Var}(a x) = a^2 \\mathrm{Var}(x)$", {"holds"}),
    (UNSTATED, "$E[x^2] = \\mathrm{Var}(x) + E[x]^2$", {"holds"}),
    (UNSTATED, "$\\mathrm{Var}(a x) = a \\mathrm{Var}(x)$", {"fails"}),  # the missing square
    # independence stated: products factor; zero means simplify
    (INIT_EN, "$E[w x] = E[w] E[x]$", {"holds"}),
    (INIT_EN, "$\\mathrm{Var}(w x) = E[w^2] E[x^2] = \\mathrm{Var}(w) \\mathrm{Var}(x)$",
     {"holds"}),
    (INIT_KO, "$\\mathrm{Var}(w_i x_i) = \\mathrm{Var}(w) \\mathrm{Var}(x)$", {"holds"}),
    (INIT_EN, "$\\mathrm{Var}(w + x) = \\mathrm{Var}(w) + \\mathrm{Var}(x)$", {"holds"}),
    # batch norm: E[x] = mu is not stated as an assumption the algebra reads: undecided
    (UNSTATED, "$E[(x - \\mu)^2] = E[x^2] - 2\\mu E[x] + \\mu^2 = E[x^2] - \\mu^2$",
     {"holds", "undecided"}),
    # a dropped term: Var(x) = 0 would make x a constant, no text means that
    (INIT_EN, "$\\mathrm{Var}(w + x) = \\mathrm{Var}(w)$", {"fails"}),
    # numbers: a known distribution's moments at bound values
    ("With $w \\sim U(-a, a)$:\n\n", "$\\mathrm{Var}(w) = E[w^2] - E[w]^2 = \\frac{a^2}{3}$", {"holds"}),
    ("With $w \\sim U(-a, a)$:\n\n", "$\\mathrm{Var}(w) = E[w^2] - E[w]^2 = \\frac{a^2}{6}$", {"fails"}),
    ("With $z \\sim \\mathcal{N}(0, s)$:\n\n", "$E[z^2] = \\mathrm{Var}(z) + E[z]^2 = s$", {"holds"}),
    # b written only inside Var, never alone, no distribution, no sentence calls it random: a
    # constant to the writer, random as read; the step holds with b constant, so it never fails
    (INIT_EN, "$\\mathrm{Var}(a X + b) = a^2 \\mathrm{Var}(X)$", {"undecided"}),
    ("With $X \\sim \\mathcal{N}(0, 1)$ and $b \\sim \\mathcal{N}(0, 1)$ independent:\n\n",
     "$\\mathrm{Var}(a X + b) = a^2 \\mathrm{Var}(X)$", {"fails"}),  # b declared random: decided
    # a statistic inside another is a number: E[m h / E[m]] = h (E[m] = p read as naming p)
    (DROPOUT_EN, "$E[m h / E[m]] = h$", {"holds"}),
    (DROPOUT_EN, "$E[m h / E[m]] = h p$", {"fails"}),
    # ReLU of a variable symmetric about zero keeps half its second moment (He init)
    ("For a symmetric pre-activation $h$ (zero mean):\n\n",
     "$\\mathbb{E}[\\mathrm{ReLU}(h)^2] = \\frac{1}{2}\\mathrm{Var}(h)$", {"holds"}),
    ("令 $z$ 服从关于 0 对称的分布。\n\n", "$E[\\mathrm{relu}(z)^2] = \\frac12 E[z^2]$", {"holds"}),
    ("For a symmetric pre-activation $h$:\n\n",
     "$\\mathbb{E}[\\mathrm{ReLU}(h)^2] = 2\\mathrm{Var}(h)$", {"fails"}),  # doubled, not halved
    # ... never when the text does not say symmetric (ReLU(h)^2 is then any number)
    ("Take a pre-activation $h$.\n\n",
     "$\\mathbb{E}[\\mathrm{ReLU}(h)^2] = \\frac{1}{2}\\mathrm{Var}(h)$", {"undecided"}),
    ("Take $h$ symmetric about $\\mu$.\n\n",  # about another centre: no half
     "$\\mathbb{E}[\\mathrm{ReLU}(h)^2] = \\frac{1}{2}\\mathrm{Var}(h)$", {"undecided"}),
    ("For an asymmetric pre-activation $h$:\n\n",
     "$\\mathbb{E}[\\mathrm{ReLU}(h)^2] = \\frac{1}{2}\\mathrm{Var}(h)$", {"undecided"}),
    # a variance stated in words, of a vector's components; q·k beside q_i k_i: their dot product
    ("Take $q$ and $k$ whose components are independent with mean $0$ and variance $1$.\n\n",
     "$\\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 1$", {"holds"}),
    ("Take $q$ and $k$ whose components are independent with mean $0$ and variance $1$.\n\n",
     "$\\operatorname{Var}(q \\cdot k) = \\sum_{i=1}^{d}\\operatorname{Var}(q_i k_i)$", {"holds"}),
    ("Take $q$ and $k$ whose components are independent with mean $0$ and variance $1$.\n\n",
     "$\\operatorname{Var}(q \\cdot k) = \\sum_{i=1}^{d}\\operatorname{Var}(q_i)$", {"undecided"}),
    # (a variance in words with the zero mean in one sentence of assumptions: the twin fails
    # under them, variance.py)
    ("Take $q$ and $k$ whose components are independent with mean $0$ and variance $1$.\n\n",
     "$\\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 2$", {"fails"}),
    # variances stated per family member: each label its own name, each member the statement
    (STATED, "$\\operatorname{Var}(w_i x_i) = E[w_i^2]E[x_i^2] = \\sigma_w^2\\sigma_x^2$",
     {"holds"}),
    (STATED, ("$\\operatorname{Var}(\\sum_{i=1}^{n} w_i x_i) = \\sum_{i=1}^{n}\\operatorname{Var}"
              "(w_i x_i) = \\sum_{i=1}^{n}\\sigma_w^2\\sigma_x^2$"), {"holds"}),
    # (σ_w and σ_x are two names: the twins are not made to hold; stated, they only ever hold)
    (STATED, "$\\operatorname{Var}(w_i x_i) = E[w_i^2]E[x_i^2] = \\sigma_w^4$",
     {"holds", "undecided"}),
    (STATED, "$\\operatorname{Var}(w_i x_i) = E[w_i^2]E[x_i^2] = \\sigma_x^4$",
     {"holds", "undecided"}),
    # an odd power keeps no half of E[h]: not this rule
    ("For a symmetric pre-activation $h$:\n\n",
     "$\\mathbb{E}[\\mathrm{ReLU}(h)] = \\frac{1}{2}\\mathbb{E}[h]$", {"undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", ROWS)
def test_statistics_steps(preamble, formula, verdicts):
    steps = check_text(preamble + formula + "\n").steps
    stats = [s for s in steps if s.line == preamble.count("\n") + 1]
    assert stats and {s.verdict for s in stats} == verdicts, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in stats]


# steps that need an independence the text does not state stay undecided, and say so
UNSTATED_ROWS = [
    "$E[w x] = E[w] E[x]$",
    "$\\mathrm{Var}(w + x) = \\mathrm{Var}(w) + \\mathrm{Var}(x)$",
]


@pytest.mark.parametrize("formula", UNSTATED_ROWS)
def test_unstated_independence_is_undecided(formula):
    steps = check_text(UNSTATED + formula + "\n").steps
    assert [s.verdict for s in steps] == ["undecided"]
    assert "independent; the text does not say so" in steps[0].method


READINGS = [
    ("$m \\sim \\mathrm{Bernoulli}(p)$", {"m": ("Bernoulli", 1)}, False),
    ("$w_i \\sim \\mathcal{N}(0, \\sigma^2)$, i.i.d.", {"w_i": ("", 0)}, True),
    ("$u \\sim U(0, 1)$ 와 $v$ 는 독립", {"u": ("Uniform", 2)}, True),
    ("$x$ 和 $y$ 相互独立", {}, True),
    # two conventions in one text (keep p, then drop p): m's moments are not known
    ("$m \\sim \\mathrm{Bernoulli}(p)$ ... $m \\sim \\mathrm{Bernoulli}(q)$", {"m": ("", 0)},
     False),
]


@pytest.mark.parametrize("text,distributions,independent", READINGS)
def test_read_randomness(text, distributions, independent):
    found = read_randomness(text)
    assert {k: (f, len(p)) for k, (f, p) in found.distributions.items()} == distributions
    assert found.independent is independent


# every written form of an expectation and a variance is a statistic, never a product E·(...):
# `\mathbb{E}_q[...]`, `E_{z \sim q}[...]` (under a distribution of their own: linearity
# decided, anything else undecided), `\operatorname{Var}[X]`, `\mathbb{E}(x + y)`
KL = "The encoder outputs $\\mu$ and $\\sigma$; the prior is $\\mathcal{N}(0, 1)$.\n\n"
FORMS = [
    (DROPOUT_EN, "$\\operatorname{Var}[m h / p] = \\frac{h^2}{p^2}\\operatorname{Var}[m]$",
     {"holds"}),
    (DROPOUT_EN, "$\\mathrm{Var}[m h / p] = \\frac{h^2}{p}\\mathrm{Var}[m]$", {"fails"}),
    (DROPOUT_EN, "$Var[m h / p] = \\frac{h^2}{p^2} Var[m]$", {"holds"}),
    (UNSTATED, "$\\mathbb{E}(x + y) = \\mathbb{E}(x) + \\mathbb{E}(y)$", {"holds"}),
    (UNSTATED, "$\\mathbb{E}(x + y) = \\mathbb{E}(x) + 2\\mathbb{E}(y)$", {"undecided"}),
    (UNSTATED, "$\\mathbb{E}\\left[3 x + 1\\right] = 3\\mathbb{E}[x] + 2$", {"fails"}),
    (KL, "$\\mathbb{E}_q\\!\\left[\\log\\frac{q(z)}{p(z)}\\right] = "
         "\\mathbb{E}_q\\!\\left[-\\log\\sigma - \\frac{(z-\\mu)^2}{2\\sigma^2} + "
         "\\frac{z^2}{2}\\right]$", {"undecided"}),
    (KL, "$\\mathbb{E}_q\\!\\left[-\\log\\sigma - \\frac{(z-\\mu)^2}{2\\sigma^2} + "
         "\\frac{z^2}{2}\\right] = -\\log\\sigma - \\frac12 + \\frac{\\mu^2+\\sigma^2}{2}$",
     {"undecided"}),
    (KL, "$E_{q}[\\sigma z] = \\sigma E_{q}[z]$", {"holds"}),
    (KL, "$\\mathbb{E}_{z \\sim q}[z + 1] = \\mathbb{E}_{z \\sim q}[z] + 2$", {"fails"}),
    (KL, "$\\mathbb{E}_{z \\sim q}[\\sigma z] = \\sigma^2 \\mathbb{E}_{z \\sim q}[z]$",
     {"undecided"}),
    # a statistic of a name the text defines, derived on in a chain: a claim, never a given
    (DROPOUT_EN + "$$y = \\frac{m h}{p}$$\n\n",
     "$\\mathrm{Var}[y] = \\frac{h^2}{p} - h^2 = h^2\\frac{1 - p}{p}$", {"holds"}),
    (DROPOUT_EN + "$$y = \\frac{m h}{p}$$\n\n",
     "$\\mathrm{Var}[y] = \\frac{h^2}{p^2} - h^2 = \\frac{h^2 - p^2 h^2}{p^2}$", {"fails", "holds"}),
    # two distributions are never one: E_p[z] = E_q[z] is not linearity
    (KL, "$\\mathbb{E}_p[z] = \\mathbb{E}_q[z]$", {"undecided"}),
    # a declared distribution of z is not q's: no moment of it is used under a subscript
    ("Let $z \\sim \\mathcal{N}(0, 1)$.\n\n", "$\\mathbb{E}_q[z^2] = 2\\mathbb{E}_q[z] + 1$",
     {"undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", FORMS)
def test_written_forms_of_statistics(preamble, formula, verdicts):
    test_statistics_steps(preamble, formula, verdicts)


# a statistic of a defined name given one value alone may be a requirement ("we want
# Var(z) = 1"): a given, never a failing step; derived on in a chain, the first link is checked
REQUIREMENT = ("Let $w \\sim \\mathcal{N}(0, 2)$ and $x \\sim \\mathcal{N}(0, 1)$ be independent, "
               "and $z = w x$.\n\n")


@pytest.mark.parametrize("formula, verdicts", [
    ("We want $\\mathrm{Var}(z) = 1$.", []),
    ("We want $\\mathrm{Var}(z) = 1$, so $\\mathrm{Var}(w) = 1$.", []),
    ("$$\\mathrm{Var}(z) = E[w^2] E[x^2] = 2$$", ["holds", "holds"]),
    # a wrong value: w and x only inside statistics, whose distributions are declared, so the
    # variance is one number, 2, not 4 (variance.py)
    ("$$\\mathrm{Var}(z) = 4 = 2 \\cdot 2$$", ["fails", "holds"]),
])
def test_a_lone_statistic_of_a_defined_name_is_a_given(formula, verdicts):
    steps = check_text(REQUIREMENT + formula + "\n").steps
    assert [s.verdict for s in steps if s.line == 3] == verdicts, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


def test_a_statistic_of_a_contested_name_is_never_failed():
    """h̃ = rh, then (another convention, read as a claim) h̃ = rh/(1 - p): which meaning
    E[h̃] = ... = h uses is unsure, so it is a given, never a failing step."""
    text = ("Let $r \\sim \\text{Bernoulli}(1 - p)$.\n\nTraining: $\\tilde h = r h$.\n\n"
            "Inverted: $\\tilde h = \\frac{r h}{1 - p}$.\n\n"
            "$$\\mathbb{E}[\\tilde h] = \\frac{(1 - p) h}{1 - p} = h$$\n")
    # (the captions "Training:", "Inverted:" name two cases: h̃ takes the inverted meaning,
    # so E[h̃] = (1 - p)h/(1 - p) is derived too)
    assert [s.verdict for s in check_text(text).steps if s.line == 7] == ["holds", "holds"]


# An E with a subscript before `[` is an expectation only when the subscript names what is
# averaged over (E_q, E_x, E_{z \sim q}) or the E is the blackboard sign (\mathbb{E}_t): E_0,
# E_{t+1}, and E_t where the text gives E_0 or E_t a value, are members of a sequence, and
# `E_t[1 - r]` is that member times the bracket (review7 C0: these failed as expectations)
ERROR_KO = "초기 오차는 $E_0 = 0.5$ 이고 매 epoch 마다 10% 줄어든다.\n\n"
EARNINGS = "Let $E_1 = 100$ be the first-year earnings and $r = 0.1$.\n\n"
EPOCH = "At epoch $t$ the error is $E_t = 0.5$, and it shrinks by 10% per epoch:\n\n"
SUBSCRIPTS = [
    # (preamble, formula, the verdicts its steps may have)
    (ERROR_KO, "$$E_1 = E_0[1 - 0.1] = 0.45$$", {"holds"}),
    (EARNINGS, "$$E_2 = E_1[1 + r] = 110$$", {"holds"}),
    (EPOCH, "$$E_{t+1} = E_t[1 - 0.1] = 0.45$$", {"holds", "undecided"}),
    ("", "$$E_0[1 - r] = E_0 - r E_0$$", {"holds"}),  # a numeral: never an expectation
    ("", "$$E_{t+1}[1 - r] = E_{t+1} - r E_{t+1}$$", {"holds"}),  # an index expression
    # wrong twins
    (ERROR_KO, "$$E_1 = E_0[1 - 0.1] = 0.55$$", {"fails"}),
    (EARNINGS, "$$E_2 = E_1[1 + r] = 120$$", {"fails"}),
    # still expectations: a letter naming what is averaged, the blackboard sign
    ("", "$$E_q[a z + b] = a E_q[z] + b$$", {"holds"}),
    ("", "$$E_q[a z + b] = a E_q[z] + 2b$$", {"fails"}),
    ("", "$$\\mathbb{E}_t[r + 1] = \\mathbb{E}_t[r] + 1$$", {"holds"}),
    (ERROR_KO, "$$\\mathbb{E}_q[z + 1] = \\mathbb{E}_q[z] + 1$$", {"holds"}),
    (ERROR_KO, "$$\\mathbb{E}_q[z + 1] = \\mathbb{E}_q[z] + 2$$", {"fails"}),
    # a value for E_in (in-sample error) leaves E_D[...] an expectation over data sets
    ("Let $E_{in} = 0.1$.\n\n", "$$E_D[a + 1] = a + 1$$", {"holds"}),
    ("Let $E_{in} = 0.1$.\n\n", "$$E_D[a + 1] = a + 2$$", {"fails"}),
]

# E_q[f(z)] of a function the text leaves unknown: one unknown number each, so linearity
# decides (review7 C); a difference left in such numbers fails only when they are free (one
# distribution, each function at one argument, none differentiated, no value stated for any
# expectation, no zero mean said): the reparameterisation trick, Bayes' rule inside a log,
# Stein's lemma are relations between them, never failed
LINEARITY = [
    ("", "$$\\mathbb{E}_{q}[f(z) - g(z)] = \\mathbb{E}_{q}[f(z)] - \\mathbb{E}_{q}[g(z)]$$",
     {"holds"}),
    ("", "$$\\mathbb{E}_{q}[\\log p(x, z) - \\log q(z)] = \\mathbb{E}_{q}[\\log p(x, z)] - "
         "\\mathbb{E}_{q}[\\log q(z)]$$", {"holds"}),
    ("", "$$E[3 f(x) + 1] = 3 E[f(x)] + 1$$", {"holds"}),
    ("", "$$\\mathbb{E}_{q}[f(z) - g(z)] = \\mathbb{E}_{q}[f(z)] + \\mathbb{E}_{q}[g(z)]$$",
     {"fails"}),
    ("", "$$\\mathbb{E}_{q}[2 f(z)] = \\mathbb{E}_{q}[f(z)]$$", {"fails"}),
    ("", "$$\\mathbb{E}_{q}[\\log p(x, z)] = \\mathbb{E}_{q}[\\log p(x \\mid z)] + "
         "\\mathbb{E}_{q}[\\log p(z)]$$", {"holds", "undecided"}),
    ("", "$$\\mathcal{L} = \\mathbb{E}_{x \\sim p}[f(x)] = \\mathbb{E}_{\\epsilon \\sim r}"
         "[f(\\mu + \\sigma \\epsilon)]$$", {"holds", "undecided"}),
    ("Let $z \\sim \\mathcal{N}(0, 1)$.\n\n", "$$\\mathbb{E}[z f(z)] = \\mathbb{E}[f'(z)] + 0$$",
     {"holds", "undecided"}),
    ("", "$$\\mathbb{E}_{q}[f(z)] = \\mathbb{E}_{q}[f(-z)] + 0$$", {"holds", "undecided"}),
    ("", "$$\\mathrm{Var}(f(z) + g(z)) = \\mathrm{Var}(f(z)) + \\mathrm{Var}(g(z))$$",
     {"holds", "undecided"}),
    ("The score has zero mean.\n\n",
     "$$\\mathbb{E}_{q}[f(z) - g(z)] = \\mathbb{E}_{q}[f(z)] + \\mathbb{E}_{q}[g(z)]$$",
     {"holds", "undecided"}),
    ("We use $\\mathbb{E}_q[g(z)] = 0$.\n\n",
     "$$\\mathbb{E}_{q}[f(z) - g(z)] = \\mathbb{E}_{q}[f(z)] + \\mathbb{E}_{q}[g(z)]$$",
     {"holds", "undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", SUBSCRIPTS + LINEARITY)
def test_subscripted_expectations(preamble, formula, verdicts):
    steps = [s for s in check_text(preamble + formula + "\n").steps
             if s.line == preamble.count("\n") + 1]
    assert steps and {s.verdict for s in steps} <= verdicts, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("formula, difference", [
    ("$$\\mathbb{E}_{x}[a x + b] = a\\,\\mathbb{E}_{x}[x] + 2b$$", "left − right = -b"),
    ("$$\\mathbb{E}[3 x + 1] = 3\\mathbb{E}[x] + 2$$", "left − right = -1"),
])
def test_a_failed_expectation_shows_the_difference_after_linearity(formula, difference):
    (step,) = check_text(formula + "\n").steps
    assert step.verdict == "fails" and difference in (step.diagnosis or ""), step


# a distribution stated without `\sim` (bernoulli.py), an indexed family (m_i declared, m_2
# met), parameters valued on the step's line, and the declaration in force there (randomness.at)
PROB_EN = "Write the mask as a Bernoulli variable $m \\in \\{0, 1\\}$ with $P(m = 1) = p$.\n\n"
WORDS_KO = "각 뉴런마다 마스크 $m_i$ 를 뽑는데, 확률 $1 - p$ 로 $1$, 확률 $p$ 로 $0$ 이다.\n\n"
WORDS_ZH = "掩码 $m$ 以概率 $q$ 为 $1$，以概率 $1 - q$ 为 $0$。\n\n"
KEEP_Q = "Let $q = 1 - p$ and $r_i \\sim \\mathrm{Bernoulli}(q)$.\n\n"
TWO = ("## Keep\n\n$m \\sim \\mathrm{Bernoulli}(p)$.\n\n## Drop\n\n"
       "Now $p$ is the drop rate: $m \\sim \\mathrm{Bernoulli}(1 - p)$.\n\n")
DRAWN = ("Mask $m_i \\sim \\mathrm{Bernoulli}(p)$. Example: $p = 0.8$, $h_i = 2.5$, $m_i = 0$.\n\n")
DECLARED = [
    (PROB_EN, "$\\mathbb{E}[m\\,a] = p \\cdot a + (1 - p) \\cdot 0 = p\\,a$", {"holds"}),
    (PROB_EN, "$\\mathbb{E}[m\\,a] = a / p$", {"fails"}),  # wrong twin: 1/p for p
    (WORDS_KO, "$\\mathbb{E}[m_i a_i] = (1 - p) a_i$", {"holds"}),
    (WORDS_KO, "$\\mathbb{E}[m_i a_i] = p\\, a_i$", {"fails"}),  # the drop rate for the keep rate
    (WORDS_ZH, "$\\mathrm{Var}(3 m) = 9\\,\\mathrm{Var}(m) = 9 q(1 - q)$", {"holds"}),
    (WORDS_ZH, "$\\mathrm{Var}(3 m h) = 3 h^2 q(1 - q)$", {"fails"}),
    (KEEP_Q, "$\\mathbb{E}[r_i x_i] = (1 - p) x_i$", {"holds"}),  # q read as 1 - p
    (KEEP_Q, "$\\mathbb{E}[r_i x_i] = p\\, x_i$", {"fails"}),
    (TWO, "$\\mathbb{E}[m h] = (1 - p) h$", {"holds"}),  # the declaration in force on its line
    (TWO, "$\\mathbb{E}[m h] = p h$", {"undecided"}),  # two conventions: never failed
    # a worked example's draw of the mask (m_i = 0) says nothing of its distribution
    (DRAWN, "$\\mathbb{E}[m_i h_i] = p\\, h_i$", {"holds", "undecided"}),
    # no value of 1 stated, only "kept with probability p": no distribution read
    ("Each unit is kept with probability $p$.\n\n", "$\\mathbb{E}[m a] = a / p$",
     {"undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", DECLARED)
def test_distributions_declared_in_words_and_in_force(preamble, formula, verdicts):
    steps = [s for s in check_text(preamble + formula + "\n").steps
             if s.line == preamble.count("\n") + 1]
    assert steps and {s.verdict for s in steps} <= verdicts and \
        (verdicts == {"holds", "undecided"} or {s.verdict for s in steps} == verdicts), [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# a sum of independent copies (i.i.d.): E[w_1 w_2] = E[w]^2, so Var(Σ w_i x_i) = n Var(w)Var(x)
# with zero means; a requirement (Var(z) = Var(x)) that one moment could meet stays undecided
IID = ("Let $z = \\sum_{i=1}^{n} w_i x_i$, where the $w_i$ are i.i.d. with mean 0 and the $x_i$ "
       "are i.i.d. with mean 0, independent of the weights.\n\n")
SUMS = [
    (IID, "$\\mathrm{Var}[z] = n\\,\\mathrm{Var}[w]\\,\\mathrm{Var}[x]$", {"holds"}),
    # wrong twin (n^2 for n): fails under the stated zero means (the joint moments kept whole,
    # notation21: the means the words give are the only reading)
    (IID, "$\\mathrm{Var}[z] = n^2\\,\\mathrm{Var}[w]\\,\\mathrm{Var}[x]$", {"fails"}),
    (IID, "$\\mathrm{Var}[z] = \\mathrm{Var}[x]$", {"undecided"}),
    # nothing said of independence: the cross terms are not known
    ("Let $z = \\sum_{i=1}^{n} w_i x_i$, with the $w_i$ identically distributed.\n\n",
     "$\\mathrm{Var}[z] = n\\,\\mathrm{Var}[w]\\,\\mathrm{Var}[x]$", {"undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", SUMS)
def test_sums_of_independent_copies(preamble, formula, verdicts):
    steps = [s for s in check_text(preamble + formula + "\n").steps
             if s.line == preamble.count("\n") + 1]
    assert steps and {s.verdict for s in steps} == verdicts, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("preamble,formula,wanted", [
    (UNSTATED, "$\\mathrm{Var}(w x) = \\mathrm{Var}(w)\\mathrm{Var}(x) + 1$",
     "the distribution of w, x (`\\sim`, or in words), whether they are independent, their means"),
    # "mean $0$" is a zero mean; independence stated: only the distributions are wanted
    ("The components of $q$ and $k$ are independent with mean $0$.\n\n",
     "$\\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 1$", "the distribution of k, q (`\\sim`"),
])
def test_an_undecided_statistic_names_what_the_text_could_state(preamble, formula, wanted):
    (step,) = [s for s in check_text(preamble + formula + "\n").steps
               if s.line == preamble.count("\n") + 1]
    assert step.verdict == "undecided" and wanted in step.method, step.method


# `\mathbb E` and `\operatorname{Var}` before a name without brackets: the statistic of that name
# (as `\log x` is the log of x), never E times the name; a product after it is not read
MEAN_DEFINED = "固定 $x$，记 $\\bar f = \\mathbb E_D\\hat f(x)$，且 $\\mathbb E\\hat f = \\bar f$。\n\n"
NOISE = "Let $\\mathbb E\\varepsilon = 0$ and $\\operatorname{Var}\\varepsilon = \\sigma^2$.\n\n"
UNBRACKETED = [
    (UNSTATED, "$\\mathbb E x^2 = \\operatorname{Var} x + (\\mathbb E x)^2$", {"holds"}),
    (UNSTATED, "$\\operatorname{Var}(a x) = a^2 \\operatorname{Var} x$", {"holds"}),
    (UNSTATED, "$\\operatorname{Var}(a x) = a \\operatorname{Var} x$", {"fails"}),  # the square
    (NOISE, "$\\mathbb E[(\\varepsilon + 1)^2] = \\mathbb E[\\varepsilon^2] + 1 = \\sigma^2 + 1$",
     {"holds"}),  # both statements used, in either order
    # E(x - μ)^2: E of the square, or the square of E? not read, never failed
    (UNSTATED, "$\\mathbb E(x - \\mu)^2 = \\operatorname{Var}(x)$", {"unreadable"}),
    (UNSTATED, "$\\mathbb E x y = \\mathbb E[x]\\,\\mathbb E[y]$", {"unreadable"}),
    # f̄ is f̂'s mean (defined, and stated), f fixed: the bias-variance split never fails
    (MEAN_DEFINED, "$\\mathbb E[(f - \\hat f)^2] = (f - \\bar f)^2 + \\mathbb E[(\\hat f - \\bar f)^2]$",
     {"undecided"}),
    (MEAN_DEFINED, "$2 (f - \\bar f) \\mathbb E[\\bar f - \\hat f] = 0$", {"undecided"}),
    # a wrong twin, f fixed, f̂ random: a doubled square still fails
    ("固定 $x$。\n\n", "$\\mathbb E[(f - \\hat f)^2] = f^2 - 2 f \\mathbb E[\\hat f] + 2 \\mathbb E[\\hat f^2]$",
     {"fails"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", UNBRACKETED)
def test_unbracketed_statistics(preamble, formula, verdicts):
    test_statistics_steps(preamble, formula, verdicts)


def test_a_statistic_stated_of_a_name_is_a_premise():
    """`Here E μ̂_c = cμ and Var μ̂_c = c²σ²/n`: stated of a name the text does not derive them
    from, they are given (never E times μ̂_c, never a failure)."""
    text = ("Let $x_1, \\dots, x_n$ be i.i.d. with mean $\\mu$ and variance $\\sigma^2$, and "
            "$\\hat\\mu_c = c\\,\\bar x$.\n\nHere $\\mathbb E\\hat\\mu_c = c\\mu$ and "
            "$\\operatorname{Var}\\hat\\mu_c = c^2\\sigma^2/n$, hence\n")
    assert all(s.verdict != "fails" for s in check_text(text).steps)


COMPONENTS = [  # a variance stated of a vector's entries is not the vector's own
    ("If the components of $q$ and $k$ are independent with mean 0 and variance 1, then\n\n",
     "$$\\operatorname{Var}\\left(\\frac{q\\cdot k}{\\sqrt{d_k}}\\right) = \\frac{1}{d_k}$$"),
    ("$q$ 와 $k$ 의 각 성분이 서로 독립이고 평균 0, 분산이 1 이면\n\n",
     "$$\\operatorname{Var}\\left(\\frac{q\\cdot k}{\\sqrt{d_k}}\\right) = \\frac{1}{d_k}$$"),
    ("设 $q$ 和 $k$ 的各分量相互独立，均值为 0，方差为 1，则\n\n",
     "$$\\operatorname{Var}\\left(\\frac{q\\cdot k}{\\sqrt{d_k}}\\right) = \\frac{1}{d_k}$$"),
]


@pytest.mark.parametrize("preamble, formula", COMPONENTS)
def test_a_variance_of_the_components_is_not_the_vectors(preamble, formula):
    """`q·k` of vectors read as a product of two unit-variance numbers made the wrong
    Var(q·k/√d_k) = 1/d_k hold; the entries' variance says nothing of q as a number."""
    assert "holds" not in [s.verdict for s in check_text(preamble + formula + "\n").steps]
    assert read_randomness(preamble).variances[0][1] == ("k_i", "q_i")


def test_a_variance_of_the_components_still_reaches_the_entries():
    text = ("Assume the components of $q$ and $k$ are independent with mean 0 and variance 1.\n\n"
            "$$\\operatorname{Var}(q_i k_i) = \\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 1$$\n")
    assert {s.verdict for s in check_text(text).steps} == {"holds"}


@pytest.mark.parametrize("text, verdicts", [
    # a moment stated in terms of another variable's statistic (E[u²] = 2Var(v)): the value's
    # statistic is read in moments too, so the stated moment is used; a stated moment only
    # ever makes a step hold, so the wrong twin stays undecided
    ("Let $u$ and $v$ be independent random variables with $\\mathbb{E}[u] = 0$ and "
     "$\\mathbb{E}[u^2] = 2\\,\\mathrm{Var}(v)$.\n\n$$\\mathrm{Var}(3u) = 18\\,\\mathrm{Var}(v)$$\n",
     ["holds"]),
    ("Let $u$ and $v$ be independent random variables with $\\mathbb{E}[u] = 0$ and "
     "$\\mathbb{E}[u^2] = 2\\,\\mathrm{Var}(v)$.\n\n$$\\mathrm{Var}(3u) = 6\\,\\mathrm{Var}(v)$$\n",
     ["undecided"]),
    ("$a$ 와 $b$ 는 독립이고 $\\mathbb{E}[a] = 0$, $\\mathbb{E}[a^2] = \\tfrac12\\mathrm{Var}(b)$ "
     "이다.\n\n$$\\mathrm{Var}(a) = \\tfrac12\\mathrm{Var}(b)$$\n", ["holds"]),
    ("设 $p$ 与 $q$ 独立，$\\mathbb{E}[p] = 0$，$\\mathbb{E}[p^2] = 4\\,\\mathrm{Var}(q)$。\n\n"
     "$$\\mathrm{Var}(p) = 4\\,\\mathrm{Var}(q)$$\n", ["holds"]),
])
def test_a_moment_stated_through_another_statistic(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text, verdicts", [
    # bilinearity holds whatever the dependence: E[XY] kept as one joint moment agrees
    ("$$\\mathrm{Cov}(2X, 3Y) = 6\\,\\mathrm{Cov}(X, Y)$$\n", ["holds"]),
    ("공분산은 쌍선형이다: $\\mathrm{Cov}(X + Y, Z) = \\mathrm{Cov}(X, Z) + \\mathrm{Cov}(Y, Z)$.\n",
     ["holds"]),
    ("方差展开：$\\mathrm{Var}(X + Y) = \\mathrm{Var}(X) + \\mathrm{Var}(Y) + "
     "2\\,\\mathrm{Cov}(X, Y)$。\n", ["holds"]),
    # what needs independence still says so; a wrong factor is never made to hold
    ("$$\\mathrm{Var}(X - Y) = \\mathrm{Var}(X) + \\mathrm{Var}(Y)$$\n", ["undecided"]),
    ("$$\\mathrm{Cov}(2X, 3Y) = 5\\,\\mathrm{Cov}(X, Y)$$\n", ["undecided"]),
    # Cov(X, X) = Var(X): a claim (no definition of Cov), and Cov stays the statistic after it
    ("We note $\\mathrm{Cov}(X, X) = \\mathrm{Var}(X)$, and "
     "$\\mathrm{Cov}(2X, 3Y) = 6\\,\\mathrm{Cov}(X, Y)$.\n", ["holds"]),
])
def test_covariance_is_bilinear_without_independence(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text, verdicts", [
    # 𝕍[X] (Murphy's notation) is the variance, never a product V·X
    ("$$\\mathbb{V}[3X] = 9\\,\\mathbb{V}[X]$$\n", ["holds"]),
    ("$$\\mathbb{V}[3X] = 3\\,\\mathbb{V}[X]$$\n", ["fails"]),
    ("분산의 성질: $\\mathbb{V}\\left[X + 2\\right] = \\mathbb{V}\\left[X\\right]$.\n", ["holds"]),
    # Cov[X, Y] in brackets: two arguments, also where the text applies Cov as a function
    ("协方差对称：$\\mathrm{Cov}[X,Y] = \\mathrm{Cov}[Y,X]$。\n", ["holds"]),
    ("$$\\operatorname{Cov}[2X, 3Y] = 6\\operatorname{Cov}[X, Y]$$\n", ["holds"]),
])
def test_written_forms_of_variance_and_covariance(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]
