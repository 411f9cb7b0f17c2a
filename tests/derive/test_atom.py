"""Atoms (atom.py): `\\pi` with a conditional bar in its brackets, after a subscript or not,
names a policy (`\\pi_\\theta(a \\mid s)`), a function; elsewhere it is the constant 3.14159..."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression
from checker.derive.tree import Const, walk


def _constant(tex: str) -> bool:
    return any(isinstance(n, Const) and n.name == "pi" for n in walk(parse_expression(tex)))


@pytest.mark.parametrize("tex, constant", [
    (r"\pi(a \mid s)", False),
    (r"\pi_\theta(a \mid s)", False),
    (r"\pi_{old}(a_t \mid s_t)", False),
    (r"\pi r^2", True),
    (r"\sin(\pi/2)", True),
    (r"\pi (r + 1)", True),  # brackets without a bar: a product with the constant
    (r"2\pi", True),
    (r"\pi_1 + \pi_2", False),  # a subscript alone: the entries of a distribution (a vector π)
])
def test_pi_is_a_policy_or_the_constant(tex, constant):
    assert _constant(tex) is constant


def test_a_subscripted_pi_without_a_bar_stays_unreadable():
    """`\\pi_\\theta(a)`: no bar says it is a policy; read as before (not at all)."""
    with pytest.raises(Unreadable):
        parse_expression(r"\pi_\theta(a)")


@pytest.mark.parametrize("text, verdicts", [
    # en: a softmax policy, its log written out
    ("$$\\pi_\\theta(a \\mid s) = \\frac{e^{z_a}}{\\sum_b e^{z_b}}$$\n\n"
     "$$\\log \\pi_\\theta(a \\mid s) = z_a - \\log \\sum_b e^{z_b}$$\n", ["holds"]),
    # ko: the same with a wrong sign
    ("정책은 $$\\pi_\\theta(a \\mid s) = \\frac{e^{z_a}}{\\sum_b e^{z_b}}$$ 이다.\n\n"
     "$$\\log \\pi_\\theta(a \\mid s) = z_a + \\log \\sum_b e^{z_b}$$\n", ["fails"]),
    # zh: the constant beside a policy stays the constant
    ("圆面积 $$\\pi \\cdot 2^2 = 4\\pi \\approx 12.566$$\n", ["holds", "holds"]),
    # en: d and k both have values: `dk` is their product, no gradient's name; and a slip
    ("With $d = 64$ and $k = 3$: $$2dk + d = 2 \\cdot 64 \\cdot 3 + 64 = 448$$\n",
     ["holds", "holds"]),
    ("With $d = 64$ and $k = 3$: $$2dk + d = 2 \\cdot 64 \\cdot 3 + 64 = 484$$\n",
     ["holds", "fails"]),
    # en: an accent over e names a quantity (a corrected average ê_2), never Euler's number
    ("With $e_2 = 0.19$: $$\\hat e_2 = \\frac{e_2}{1 - 0.81} = 1$$\n", ["holds"]),
    ("With $e_2 = 0.19$: $$\\hat e_2 = \\frac{e_2}{1 - 0.81} = 0.19$$\n", ["fails"]),
    ("设 $\\bar e = 0.5$，则 $$2\\bar{e} + e^{0} = 2$$\n", ["holds"]),
    # ko: dw with only w valued stays the gradient's name
    ("$w = 2$ 일 때 $dw = 0.5$ 이면 $$w - 0.1\\,dw = 1.95$$\n", ["holds"]),
])
def test_documents(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("formula", [
    "\\theta_A \\mid \\text{data} \\sim \\mathrm{Beta}(13, 89) = \\mathrm{Beta}(13, 89)",
    "\\mathrm{Var}[\\theta \\mid k] = \\frac{9 \\cdot 12}{21^2 \\cdot 22}",
    "\\mathbb{E}[\\theta \\mid k] = \\frac{9}{21}",
])
def test_a_conditional_bar_outside_arguments_is_refused_by_name(formula):
    step = check_text(f"$${formula}$$\n").steps[0]
    assert step.verdict == "unreadable" and "conditional bar" in step.method


@pytest.mark.parametrize("tex, says", [
    ("v(\\varnothing) = 0", "nor as 0"),
    ("|\\emptyset| = 0", "write 0 for a number"),
    ("\\oint_C f = 0", "an integral"),
])
def test_a_refused_command_says_what_to_write(tex, says):
    from checker.derive.statement import parse_statements

    segments = parse_statements(tex)
    assert isinstance(segments[0].error, Unreadable) and says in str(segments[0].error)


# a vector accent over two capitals (`\vec{PQ}`, `\overrightarrow{PQ}`) spans two points: the
# vector from the first to the second, their difference (was "a symbol under an accent")
POINTS = "Points $P = (2, -1, 4)$, $Q = (5, 1, 0)$ and $R = (0, 3, 1)$.\n\n"


@pytest.mark.parametrize("formula, verdict", [
    ("\\vec{PQ} = (3, 2, -4)", "holds"),
    ("\\vec{PQ} = (-3, -2, 4)", "fails"),  # the points the other way round
    ("\\overrightarrow{QR} = (-5, 2, 1)", "holds"),
    ("\\overrightarrow{QR} = (5, 2, 1)", "fails"),
    ("\\vec{PQ} + \\vec{QR} = \\vec{PR}", "holds"),
    ("\\vec{PQ} + \\vec{QR} = (-2, 4, 2)", "fails"),
])
def test_a_vector_between_two_points(formula, verdict):
    steps = check_text(POINTS + f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
