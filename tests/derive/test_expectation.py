"""The algebra of expectations (expectation.py): steps about E and Var decided where the text's
assumptions make them exact, in the styles of dropout, weight-initialisation and batch notes."""

import pytest

from checker.derive.document import check_text
from checker.derive.expectation import read_randomness

DROPOUT_EN = "Let the mask be $m \\sim \\mathrm{Bernoulli}(p)$ and $h$ a fixed activation.\n\n"
DROPOUT_ZH = "令 $m \\sim \\mathrm{Bernoulli}(p)$（$p$ 为保留概率），其中 $h$ 为固定值。\n\n"
INIT_EN = ("The weights $w$ and inputs $x$ are independent, with zero mean.\n\n")
INIT_KO = "가중치 $w$ 와 입력 $x$ 는 서로 독립이고 평균이 0 이다.\n\n"
UNSTATED = "Take weights $w$ and inputs $x$.\n\n"

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
