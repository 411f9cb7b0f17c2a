"""A function defined with a parameter in its subscript, used at a value of it (parameter.py):
`L_1(2.5)` under `L_δ(r) = ...` is the Huber loss at δ = 1."""

import pytest

from checker.derive.document import check_text

_HUBER_EN = """The Huber loss with threshold $\\delta$:

$$L_\\delta(r) = \\begin{{cases}} \\frac{{1}}{{2}} r^2 & |r| \\le \\delta \\\\
\\delta\\left(|r| - \\frac{{1}}{{2}}\\delta\\right) & \\text{{otherwise}} \\end{{cases}}$$

With $\\delta = 1$ and $r = 2.5$ we are in the linear zone: $L_1(2.5) = {value}$.
"""
_SMOOTH_KO = """Smooth L1 손실:

$$S_\\beta(x) = \\begin{{cases}} \\frac{{x^2}}{{2\\beta}} & |x| < \\beta \\\\
|x| - \\frac{{\\beta}}{{2}} & \\text{{그 외}} \\end{{cases}}$$

$\\beta = 0.5$, $x = 0.2$ 일 때 $S_{{0.5}}(0.2) = {value}$.
"""
_HUBER_ZH = """Huber 损失：

$$H_\\delta(a) = \\begin{{cases}} \\frac{{1}}{{2}}a^2, & |a| \\le \\delta \\\\
\\delta(|a| - \\frac{{\\delta}}{{2}}), & \\text{{否则}} \\end{{cases}}$$

取 $\\delta = 2$，二次区间：$H_2(1) = {value}$。
"""
_PIECE = """Huber 损失：$H_\\delta(a) = \\frac{1}{2}a^2$（当 $|a| \\le \\delta$），
否则 $H_\\delta(a) = \\delta(|a| - \\frac{\\delta}{2})$。

二次区间：$H_2(1) = \\frac{1}{2}$。
"""


@pytest.mark.parametrize("text, right, wrong", [
    (_HUBER_EN, "1 \\cdot (2.5 - 0.5) = 2", "1 \\cdot (2.5 - 1) = 1.5"),
    (_SMOOTH_KO, "0.04", "0.08"),
    (_HUBER_ZH, "\\frac{1}{2}", "1"),
])
def test_the_function_at_the_parameter_written(text, right, wrong):
    good = check_text(text.format(value=right)).steps
    assert good and all(s.verdict == "holds" for s in good), [
        (s.lhs, s.rhs, s.verdict, s.method) for s in good]
    assert any(s.verdict == "fails" for s in check_text(text.format(value=wrong)).steps)


def test_a_definition_given_in_pieces_stays_a_guess():
    # the latest piece alone (δ(|a| - δ/2)) gives 0 at δ = 2, a = 1: never a false alarm
    assert [s.verdict for s in check_text(_PIECE).steps] == ["undecided"]


def test_a_subscript_the_formula_does_not_use_is_no_parameter():
    text = ("$$f_k(x) = x^2$$\n\nThen $f_1(3) = 10$.\n")  # f_k: k not in the formula
    assert all(s.verdict != "fails" for s in check_text(text).steps)


def test_an_own_definition_wins():
    text = ("$$L_\\delta(r) = \\delta r$$\n\n$$L_1(r) = r^2$$\n\nSo $L_1(3) = 9$.\n")
    assert [s.verdict for s in check_text(text).steps] == ["holds"]


def test_a_numbered_loss_without_the_parameters_value_is_no_instance():
    # L_1 and L_2 are the L1 and L2 losses here: δ is never given the value 1 or 2
    text = _HUBER_EN.format(value="2").replace("With $\\delta = 1$ and", "With").replace(
        "$L_1(2.5) = 2$", "the L1 loss is $L_1(3) = |3| = 3$")
    assert all(s.verdict != "fails" for s in check_text(text).steps)
