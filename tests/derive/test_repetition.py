"""A derivative the text states without deriving it, written again below (repetition.py):
the same derivative at the example's numbers, or a member of the stated family at an index.
It holds when it agrees with the earlier statement; it stays undecided when it differs (which
of the two lines is wrong is not known), and when no earlier line states it."""

import pytest

from checker.derive.document import check_text
from checker.derive.repetition import at_member, earlier_statement
from checker.derive.statement import parse_statements
from checker.derive.tree import Sym

D = "\\frac{\\partial %s}{\\partial %s}"

# en: sigmoid + cross-entropy, the error stated in prose, then at the example's numbers
EN = ("Take $a = 0.6$ and $y = 1$. For a sigmoid output with cross-entropy the error at the "
      f"pre-activation is ${D % ('L', 'z')} = a - y$.\n\n$${D % ('L', 'z')} = %s$$\n")
# ko: softmax, the family ∂L/∂z_i stated, then one member at its numbers
KO = (f"소프트맥스와 교차 엔트로피에서 ${D % ('L', 'z_i')} = p_i - y_i$ 이다.\n\n"
      "예: $p_1 = 0.7$, $y_1 = 1$, $p_2 = 0.2$, $y_2 = 0$.\n\n$$%s$$\n")
# zh: the log-loss slope by ŷ stated, then at ŷ = 0.8, y = 1
ELL = D % ("\\ell", "\\hat y")
ZH = (f"对单个样本，${ELL} = -\\frac{{y}}{{\\hat y}} + \\frac{{1-y}}{{1-\\hat y}}$。\n\n"
      f"代入 $\\hat y = 0.8$，$y = 1$：\n\n$${ELL} = %s$$\n")
# en: a weight's slope stated for every j, then one member by its numbers
LIN = (f"For one example, ${D % ('L', 'w_j')} = (p - y)\\,x_j$.\n\n"
       "With $p = 0.8$, $y = 1$, $x_1 = 2$, $x_2 = 3$:\n\n$$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (EN % "0.6 - 1", "holds"),
    (EN % "0.6 + 1", "undecided"),  # differs from the prose: which line is wrong?
    (KO % f"{D % ('L', 'z_1')} = 0.7 - 1", "holds"),
    (KO % f"{D % ('L', 'z_2')} = 0.2 - 0", "holds"),
    (KO % f"{D % ('L', 'z_2')} = 0.2 - 1", "undecided"),  # the label of z_1 used at z_2
    (ZH % "-\\frac{1}{0.8}", "holds"),
    (ZH % "\\frac{1}{0.8}", "undecided"),  # the sign lost
    (LIN % f"{D % ('L', 'w_2')} = (0.8 - 1) \\cdot 3", "holds"),
    (LIN % f"{D % ('L', 'w_2')} = (0.8 - 1) \\cdot 2", "undecided"),  # x_1 at w_2
    (LIN % f"{D % ('L', 'w_1')} = -0.2 \\cdot 2", "holds"),
])
def test_a_stated_derivative_written_again(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


@pytest.mark.parametrize("text", [
    # the first statement is taken as given: nothing earlier to check it against
    f"$${D % ('L', 'z')} = a - y$$\n",
    # a family whose sum has no range written: over which members, counted from where?
    ("Take $g = (1, -1, 2)$, $x = (1, 2, -1, 0, 3)$.\n\n"
     f"$${D % ('L', 'k_j')} = \\sum_i g_i x_{{i+j}}$$\n\n$${D % ('L', 'k_1')} = 1 \\cdot 2 + "
     "(-1)(-1) + 2 \\cdot 0$$\n"),
])
def test_nothing_earlier_to_read_it_with_stays_undecided(text):
    assert check_text(text).steps[-1].verdict == "undecided"


def test_the_difference_names_the_earlier_line():
    step = check_text(EN % "0.6 + 1").steps[-1]
    assert "line 1's ∂L/∂z" in step.method and "which one is not known" in step.method


def _deriv(text: str):
    return parse_statements(text)[0].relation.members[0]


@pytest.mark.parametrize("left, facts, found", [
    (D % ("L", "z"), {("L", "z"): [(3, Sym("a"))]}, (3, ())),
    (D % ("L", "z"), {("L", "z"): [(9, Sym("a"))]}, None),  # stated below only
    (D % ("L", "k_0"), {("L", "k_j"): [(3, Sym("a"))]}, (3, (("j", 0),))),
    (D % ("L", "W_{1,2}"), {("L", "W_i,j"): [(3, Sym("a"))]}, (3, (("i", 1), ("j", 2)))),
    (D % ("L", "W_{1,1}"), {("L", "W_i,j"): [(3, Sym("a"))]}, (3, (("i", 1), ("j", 1)))),
    (D % ("L", "W_{1,1}"), {("L", "W_i,i"): [(3, Sym("a"))]}, None),  # one letter, two numbers
    (D % ("L", "W_{12}"), {("L", "W_i,j"): [(3, Sym("a"))]}, None),  # 12: one index or two?
    (D % ("J", "k_0"), {("L", "k_j"): [(3, Sym("a"))]}, None),  # another loss
    (D % ("L", "k_n"), {("L", "k_j"): [(3, Sym("a"))]}, None),  # a letter: no member
])
def test_the_earlier_statement_of_a_derivative_or_its_family(left, facts, found):
    got = earlier_statement(_deriv(f"{left} = 1"), facts, 5)
    assert (None if got is None else (got.line, got.letters)) == found


# a derivative whose earlier statement uses a stated upstream gradient (read as one of the
# readings of a step that an undefined name leaves undecided: reading.as_restated)
BETA, GAMMA = D % ("L", "\\beta"), D % ("L", "\\gamma")
BN = ("The upstream gradient is $g = (0.1, -0.2, 0.3)$ and $\\hat x = (1, 0, -1)$.\n\n"
      f"$${BETA} = \\sum_{{i=1}}^{{3}} g_i$$\n\n"
      f"$${GAMMA} = \\sum_{{i=1}}^{{3}} g_i \\hat x_i$$\n\n$$%s$$\n")
ZH_BN = ("上游梯度 $g = (1, 2)$，$\\hat x = (0.5, -0.5)$。\n\n"
         f"$${GAMMA} = \\sum_{{i=1}}^{{2}} g_i \\hat x_i$$\n\n代入：$$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (BN % f"{BETA} = 0.1 - 0.2 + 0.3", "holds"),
    (BN % f"{GAMMA} = 0.1 \\cdot 1 + 0.3 \\cdot (-1)", "holds"),
    (BN % f"{GAMMA} = 0.1 \\cdot 1 + 0.3", "undecided"),  # a sign lost
    (BN % f"{BETA} = 0.1 + 0.2 + 0.3", "undecided"),
    (ZH_BN % f"{GAMMA} = 1 \\cdot 0.5 + 2 \\cdot (-0.5)", "holds"),
    (ZH_BN % f"{GAMMA} = 1 \\cdot 0.5 + 2 \\cdot 0.5", "undecided"),
])
def test_a_stated_sum_written_out(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


def _value(text: str):
    return parse_statements(f"a = {text}")[0].relation.members[1]


@pytest.mark.parametrize("value, letters, member", [
    ("p_i - y_i", {"i": 2}, "p_2 - y_2"),
    ("\\hat{y}_j x_j", {"j": 1}, "\\hat{y}_1 x_1"),
    ("h_{t-1} w", {"t": 3}, "h_2 w"),
    ("W_{ij} x_j", {"i": 1, "j": 2}, "W_{1,2} x_2"),
    ("\\frac{\\partial L}{\\partial y_i} \\gamma", {"i": 3}, "\\frac{\\partial L}{\\partial y_3} \\gamma"),
])
def test_a_family_statement_at_a_member(value, letters, member):
    assert at_member(_value(value), letters) == _value(member)


@pytest.mark.parametrize("value, letters", [
    ("\\sum_i g_i x_{i+j}", {"j": 0}),  # i+j: an index computed from the letter
    ("\\sum_i g_i x_{i}", {"i": 0}),  # the letter is the sum's own
    ("x_i + i", {"i": 2}),  # the letter as a value
])
def test_a_letter_used_otherwise_gives_no_member(value, letters):
    assert at_member(_value(value), letters) is None


@pytest.mark.parametrize("text, lines", [
    # a number for a member whose family's statement the example cannot evaluate: given
    (f"The layer above sends ${D % ('L', 'y_i')} = g_i$ for each output.\n\n"
     f"$${D % ('L', 'y_1')} = 0.5$$\n", [1]),
    # ... and one whose family's statement it can: the member worked out, a step
    (KO % f"{D % ('L', 'z_1')} = 0.7 - 1", [1, 5]),
])
def test_a_number_for_a_member_is_a_step_when_the_family_gives_it(text, lines):
    assert [s.line for s in check_text(text).steps] == lines
