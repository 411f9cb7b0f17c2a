"""The pieces of a statement split at `⇒` (piece.py). A two-member premise of the shape of a
claim (a derivative equal to an expression of its names, an expansion, sides a number apart:
equation.claimed) is asserted by the writer as the reason for what follows: it is checked as a
step of its own, as if written alone, besides the implication. Each row: a correct document
(nothing fails) and its wrong twin (the premise fails), en/ko/zh. A premise that is an equation
to solve, or the derivative of a function the text never defines (an ODE), is not failed."""

import pytest

from checker.derive.document import check_text

_TANH = ("Take $x = (0, 0.5)$.\n\n"
         "$$\\frac{{\\partial \\tanh x}}{{\\partial x}} = {} \\;\\Rightarrow\\; "
         "J \\approx \\operatorname{{diag}}(1,\\ 0.786)$$\n")
_SIGMOID_KO = ("시그모이드에 대해 $$\\frac{{d\\sigma(u)}}{{du}} = {} \\Rightarrow "
               "q = \\sigma(0)(1 - \\sigma(0))$$ 이다.\n")
_EXPANSION_ZH = "展开得 $$(a + b)^2 = {} \\Rightarrow (a + b)^2 - a^2 - b^2 = 2ab$$。\n"

ROWS = [
    ("the derivative of tanh as the premise of a Jacobian, en", _TANH,
     "1 - \\tanh^2 x", "1 - \\tanh x"),
    ("the derivative of the sigmoid as a premise, ko", _SIGMOID_KO,
     "\\sigma(u)(1 - \\sigma(u))", "\\sigma(u)^2"),
    ("an expansion as a premise, zh", _EXPANSION_ZH, "a^2 + 2ab + b^2", "a^2 + b^2"),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("what, text, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_an_asserted_premise_that_holds_is_no_failure(what, text, right, wrong):
    verdicts = _verdicts(text.format(right))
    assert "fails" not in verdicts and "holds" in verdicts, verdicts


@pytest.mark.parametrize("what, text, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_an_asserted_premise_that_is_wrong_fails(what, text, right, wrong):
    steps = check_text(text.format(wrong)).steps
    failed = [s for s in steps if s.verdict == "fails"]
    assert failed and failed[0].lhs.startswith(("∂", "(a + b)")), [
        (s.verdict, s.lhs, s.rhs) for s in steps]


@pytest.mark.parametrize("text", [
    # an equation to solve: x is the unknown, not a claim for every x
    "$$x^2 - 4 = 0 \\Rightarrow x = 2$$\n",
    "$$(x + 1)^2 = 4 \\Rightarrow x = 1$$\n",
    # a differential equation of a function the text never defines: taken as given
    "Population growth: $$\\frac{dN}{dt} = r N \\Rightarrow N(t) = N_0 e^{rt}$$\n",
    "성장 방정식 $$\\frac{dy}{dx} = k y \\Rightarrow y = C e^{kx}$$\n",
])
def test_a_premise_to_solve_or_of_an_undefined_function_never_fails(text):
    assert "fails" not in _verdicts(text), [(s.verdict, s.lhs, s.rhs, s.method)
                                            for s in check_text(text).steps]


# a chain of equalities whose value is said to lie in a space or set (`A = B ∈ ℝ^{d×K}`):
# the equalities are claims, read as if the membership were not written
_SPACE = ("Let $X \\in \\mathbb{{R}}^{{m\\times d}}$, $W \\in \\mathbb{{R}}^{{d\\times K}}$, "
          "$Z = XW$, $L = \\frac{{1}}{{2}}\\|Z\\|^2$.\n\n"
          "$$\\frac{{\\partial L}}{{\\partial W}} = {} \\in \\mathbb{{R}}^{{d\\times K}}$$\n")
_SCALAR_KO = "미분하면 $$\\frac{{d}}{{dx}} x^3 = {} \\in \\mathbb{{R}}$$ 이다.\n"
_INTERVAL_ZH = ("设 $s = \\sigma(z)$，则 $$\\frac{{d s}}{{d z}} = {} \\in (0, 1)$$。\n")

MEMBERSHIP_ROWS = [
    ("a gradient said to lie in W's space, en", _SPACE, "X^\\top Z", "Z^\\top X"),
    ("a derivative said to be real, ko", _SCALAR_KO, "3x^2", "2x^2"),
    ("a derivative said to lie in an interval, zh", _INTERVAL_ZH,
     "\\sigma(z)(1 - \\sigma(z))", "\\sigma(z)^2"),
]


@pytest.mark.parametrize("what, text, right, wrong", MEMBERSHIP_ROWS,
                         ids=[r[0] for r in MEMBERSHIP_ROWS])
def test_a_chain_before_a_membership_is_checked(what, text, right, wrong):
    assert _verdicts(text.format(right)) == ["holds"], _verdicts(text.format(right))
    assert "fails" in _verdicts(text.format(wrong))


def test_a_definition_before_a_membership_still_declares_its_shape():
    text = ("Let $W \\in \\mathbb{R}^{d\\times K}$ and $\\delta = W \\in \\mathbb{R}^{d\\times K}$."
            "\n\n$$M = \\delta W$$\n")
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.lhs == "M"] == ["fails"], [
        (s.verdict, s.lhs, s.rhs, s.method) for s in steps]


# `≡` between two numbers is a congruence (the text works modulo something), never an equality:
# the link is no step, the arithmetic before it is checked as any
@pytest.mark.parametrize("text, verdicts", [
    ("Modulo 7: $3 \\times 5 = 15 \\equiv 1$, the inverse of 3 is 5.", ["holds"]),
    ("Modulo 7: $3 \\times 5 = 16 \\equiv 1$, the inverse of 3 is 5.", ["fails"]),
    ("모듈러 4에서 $3 \\times 3 = 9 \\equiv 1$ 이므로 역원은 3.", ["holds"]),
    ("模 5：$4 \\times 4 = 16 \\equiv 1$。", ["holds"]),
    ("$$a \\equiv 3 = 1 + 2$$", ["holds"]),  # ≡ beside a name: as before
])
def test_a_congruence_between_numbers_is_no_equality(text, verdicts):
    steps = [s for s in check_text(text).steps if s.lhs[:1].isdigit()]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text, verdict", [
    # an expression of an unknown worked out to a number, then `⇒` the unknown's value: the
    # value follows from the expression equal to that number
    ("$$\\cos B = \\frac{5}{10} = 0.5 \\ \\Rightarrow\\ B = 60^\\circ$$", "holds"),
    ("$$\\ln r = \\frac{6}{3} = 2 \\Rightarrow r \\approx 7.389$$", "holds"),
    ("$$\\tan\\beta = \\frac{3}{4} = 0.75 \\Rightarrow \\beta \\approx 36.87^\\circ$$", "holds"),
    # wrong twins: another angle (the sine's, say), or a slipped digit
    ("$$\\cos B = \\frac{5}{10} = 0.5 \\ \\Rightarrow\\ B = 30^\\circ$$", "fails"),
    ("$$\\ln r = \\frac{6}{3} = 2 \\Rightarrow r \\approx 7.839$$", "fails"),
    ("$$\\tan\\beta = \\frac{3}{4} = 0.75 \\Rightarrow \\beta \\approx 53.13^\\circ$$", "fails"),
])
def test_a_value_after_an_expression_worked_out_to_a_number(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1:] == [verdict]


# a definition whose value is said to lie in a set of numbers (`s = σ(z) ∈ (0, 1)`, `u = f(t)
# ∈ ℝ`): the name is defined as if the membership were not written, so what follows is derived
# from it, not taken as given. An array's definition beside its space (`dY = ∂L/∂Y ∈ ℝ^{N×M}`)
# only declares the shape: the worked example gives that array numbers, and they stand
_DEFINED_EN = "Let $s = \\sigma(z) \\in (0, 1)$.\n\n$$\\frac{{ds}}{{dz}} = {}$$\n"
_DEFINED_KO = "$$h = \\tanh(u) \\in (-1, 1)$$ 이므로\n\n$$\\frac{{dh}}{{du}} = {}$$\n"
_DEFINED_ZH = ("设 $q = \\frac{{1}}{{1 + e^{{-t}}}} \\in \\mathbb{{R}}$，则\n\n"
               "$$\\frac{{dq}}{{dt}} = {}$$\n")
_EXAMPLE_KO = ("$X \\in \\mathbb{{R}}^{{2\\times 2}}$, 상류 기울기 "
               "$dY = \\partial L/\\partial Y \\in \\mathbb{{R}}^{{2\\times 2}}$ 이 주어지면\n\n"
               "$$X = \\begin{{bmatrix}} 1 & 0 \\\\ 2 & 1 \\end{{bmatrix}},\\quad "
               "dY = \\begin{{bmatrix}} 1 & -1 \\\\ 0 & 2 \\end{{bmatrix}}$$\n\n"
               "$$X^\\top dY = {}$$\n")

DEFINED_MEMBER_ROWS = [
    ("a sigmoid defined with its interval, en", _DEFINED_EN, "s(1 - s)", "s(1 + s)"),
    ("a tanh defined with its interval, ko", _DEFINED_KO, "1 - h^2", "1 + h^2"),
    ("a logistic function said to be real, zh", _DEFINED_ZH, "q(1 - q)", "q^2"),
    ("an upstream gradient beside its space keeps the example's numbers, ko", _EXAMPLE_KO,
     "\\begin{bmatrix} 1 & 3 \\\\ 0 & 2 \\end{bmatrix}",
     "\\begin{bmatrix} 1 & -1 \\\\ 0 & 2 \\end{bmatrix}"),
]


@pytest.mark.parametrize("what, text, right, wrong", DEFINED_MEMBER_ROWS,
                         ids=[r[0] for r in DEFINED_MEMBER_ROWS])
def test_a_definition_before_a_membership_defines_its_name(what, text, right, wrong):
    assert _verdicts(text.format(right)) == ["holds"], _verdicts(text.format(right))
    assert _verdicts(text.format(wrong)) == ["fails"], _verdicts(text.format(wrong))
