"""A statistic at the example's values (statistic.py): a number stated for E/Var once the text
has derived it as a formula of names it then binds is checkable arithmetic; with a name left
unbound it stays undecided."""

import pytest

from checker.derive.document import check_text

# (the masks said to be independent: the plain algebra then reads every name inside E as random
# and stays undecided; the example's values decide)
DROPOUT_EN = ("Let $m \\sim \\mathrm{Bernoulli}(p)$ with keep probability $p$, and "
              "$y = \\dfrac{m x}{p}$, the masks independent.\n\n")
DROPOUT_KO = ("마스크 $m \\sim \\mathrm{Bernoulli}(p)$ 는 서로 독립이고 $y = m h / p$ 라 "
              "하자.\n\n")
DROPOUT_ZH = "设 $m \\sim \\mathrm{Bernoulli}(p)$ 相互独立，$y = m h / p$。\n\n"

# (text, the verdict of the step about a statistic)
ROWS = [
    (DROPOUT_EN + "With $p = 0.8$, $x = 2$: $\\mathbb{E}[y^2] = 4/0.8 = 5$.", "holds"),
    (DROPOUT_EN + "With $p = 0.8$, $x = 2$: $\\operatorname{Var}[y] = 5 - 4 = 1$.", "holds"),
    (DROPOUT_EN + "With $p = 0.8$, $x = 2$: $\\mathbb{E}[y] = 0.8 \\cdot 2/0.8 = 2$.", "holds"),
    (DROPOUT_KO + "$p = 0.5$, $h = 3$ 일 때 $\\mathrm{Var}(y) = 9 \\cdot 0.5/0.5 = 9$ 이다.", "holds"),
    (DROPOUT_ZH + "取 $p = 0.5$，$h = 4$，则 $E[y^2] = 16/0.5 = 32$。", "holds"),
    # wrong twins: 1/p² for 1/p, the mean's square left out
    (DROPOUT_EN + "With $p = 0.8$, $x = 2$: $\\mathbb{E}[y^2] = 4/0.64 = 6.25$.", "fails"),
    (DROPOUT_KO + "$p = 0.5$, $h = 3$ 일 때 $\\mathrm{Var}(y) = 9/0.5 = 18$ 이다.", "fails"),
    (DROPOUT_ZH + "取 $p = 0.5$，$h = 4$，则 $\\mathrm{Var}(y) = 16/0.5 = 32$。", "fails"),
    # a name left without a value: no arithmetic to check
    (DROPOUT_EN + "With $p = 0.8$: $\\mathbb{E}[y^2] = 4/0.8 = 5$.", "undecided"),
    (DROPOUT_ZH + "取 $p = 0.5$，则 $\\mathrm{Var}(y) = 4 \\cdot 1 = 4$。", "undecided"),
]


@pytest.mark.parametrize("text, verdict", ROWS)
def test_a_statistic_at_the_examples_values(text, verdict):
    steps = check_text(text).steps
    stated = [s for s in steps if s.lhs.startswith(("E(", "Var("))]
    assert stated and {s.verdict for s in stated} == {verdict}, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# Var(aX) = a²Var(X) at numbers, Var(X) stated: E[X] cancels (variance.substituted), so the
# stated variance decides it; a wrong scale stays undecided, as Var(X) = 2 fixes E[X²] only
# together with E[X]
SCALED = [
    ("Let $X$ have $\\operatorname{Var}(X) = 2$ and $a = 3$.\n\n"
     "$$\\operatorname{Var}(aX) = a^2 \\operatorname{Var}(X) = 9 \\cdot 2 = 18$$", "holds"),
    ("확률변수 $Z$ 의 분산은 $\\mathrm{Var}(Z) = 4$ 이고 $c = 0.5$ 이다.\n\n"
     "$$\\mathrm{Var}(c Z) = c^2 \\mathrm{Var}(Z) = 0.25 \\cdot 4 = 1$$", "holds"),
    ("设随机变量 $W$ 满足 $\\mathrm{Var}(W) = 0.1$，$k = 10$。\n\n"
     "$$\\mathrm{Var}(k W + 1) = k^2 \\mathrm{Var}(W) = 100 \\cdot 0.1 = 10$$", "holds"),
    ("Let $X$ have $\\operatorname{Var}(X) = 2$ and $a = 3$.\n\n"
     "$$\\operatorname{Var}(aX) = a \\operatorname{Var}(X) = 3 \\cdot 2 = 6$$", "undecided"),
]


@pytest.mark.parametrize("text, verdict", SCALED)
def test_a_scaled_variance_at_numbers(text, verdict):
    steps = check_text(text).steps
    first = [s for s in steps if s.lhs.startswith("Var(")]
    assert first and first[0].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method)
                                                   for s in steps]


def test_the_values_are_named():
    steps = check_text(DROPOUT_EN + "With $p = 0.8$, $x = 2$: $\\mathbb{E}[y^2] = 4/0.8 = 5$.").steps
    assert any("at the example's values p = 0.8, x = 2" in s.method for s in steps)
