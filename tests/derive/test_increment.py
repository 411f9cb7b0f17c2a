"""An increment written Δ before a name (increment.py): `\\Delta\\theta_2`, `\\Delta W`, `\\Delta T`
name one quantity, the change of the name after Δ, never Δ times it; Δ stays a letter of its
own where the text gives it a value, or writes it before no name anywhere."""

import pytest

from checker.derive import increment
from checker.derive.document import check_text
from checker.derive.notation import Names, parse_expression
from checker.derive.render import render


@pytest.mark.parametrize("text, known, shown", [
    ("\\Delta\\theta_2", Names(), "Δθ_2"),
    ("\\Delta W + W_0", Names(), "ΔW + W_0"),
    ("k A\\,\\Delta T / L", Names(), "k·A·ΔT/L"),
    ("|Δw_1|", Names(), "|Δw_1|"),  # typed Δ
    # Δ a letter of its own: given a value, written before no name, the document's choice
    ("\\Delta x", Names(plain=frozenset({"Delta"})), "Δ·x"),
    ("\\Delta x", Names(numbers=frozenset({"Delta"})), "Δ·x"),
    ("\\Delta x", Names(delta_alone=True), "Δ·x"),
    ("g^\\top\\Delta + \\Delta x", Names(), "gᵀ·Δ + Δ·x"),
    ("\\Delta^2", Names(), "Δ^2"),
    ("\\Delta\\delta", Names(), "Δ·δ"),
    ("\\Delta f(x)", Names(functions=frozenset({"f"})), "Δ·f(x)"),
])
def test_read(text, known, shown):
    assert render(parse_expression(text, known)) == shown


@pytest.mark.parametrize("texts, alone", [
    (["\\Delta\\theta_t = -\\eta g_t", "\\Delta W = BA"], False),
    (["s_j - s_y + \\Delta > 0", "\\Delta x = 1"], True),  # a margin, then before a name
    (["\\Delta", "X^T\\Delta"], True),  # "call this $\\Delta$"
    (["\\Delta_2 = 3"], True),  # a name with an index
    (["x = 1", "y = 2"], False),
])
def test_standing(texts, alone):
    assert increment.standing(texts) is alone


# a gain, a temperature difference, an optimiser's step: named, bound, then used
_GAIN = ("Impurity before the split $I_0 = 0.5$, after it $I_1 = 0.2$ and $I_2 = 0.3$.\n\n"
         "$$\\Delta I = 0.5 - \\tfrac12(0.2 + 0.3) = {gain}$$\n")
_HEAT = ("벽 안팎의 온도 차 $\\Delta T = 30$ K, $k = 0.5$, $A = 4$, $L = 0.1$.\n\n"
         "$$q = \\frac{{k A\\,\\Delta T}}{{L}} = \\frac{{0.5 \\times 4 \\times 30}}{{0.1}} = {q}$$\n")
_STEP = ("学习率 $\\eta = 0.1$，梯度 $g_1 = 4$，$s_1 = 16$。\n\n"
         "$$\\Delta w_1 = -\\frac{{\\eta\\, g_1}}{{\\sqrt{{s_1}}}} = -0.1$$\n\n"
         "所以 $|\\Delta w_1| = {size}$。\n")


@pytest.mark.parametrize("text, right, wrong", [
    (_GAIN, {"gain": "0.25"}, {"gain": "0.35"}),
    (_HEAT, {"q": "600"}, {"q": "60"}),
    (_STEP, {"size": "\\eta"}, {"size": "\\eta/2"}),
])
def test_documents(text, right, wrong):
    good = check_text(text.format(**right)).steps
    assert [s for s in good if s.verdict != "holds"] == [], [(s.lhs, s.rhs, s.method) for s in good]
    assert good
    bad = check_text(text.format(**wrong)).steps
    assert any(s.verdict == "fails" for s in bad), [(s.lhs, s.rhs, s.verdict) for s in bad]


def test_an_increment_is_no_claim_where_it_is_named():
    """`ΔI = 0.5 - ...` binds the new name: the arithmetic after it is checked, ΔI = ... is
    not a step (before: Δ times I, undecided)."""
    steps = check_text(_GAIN.format(gain="0.25")).steps
    assert [s.lhs for s in steps] == ["0.5 - 1/2·(0.2 + 0.3)"]
