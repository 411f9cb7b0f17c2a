"""scientific.py: `a / m \\times 10^{k}` read strictly is `(a/m)·10^k`; between numbers the
writer divides by the number `m × 10^k`. A step that fails read strictly and holds with such
numbers read whole (or so in the unit named after the formula) holds; one wrong both ways
fails."""

import pytest

from checker.derive.document import check_text
from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.scientific import regrouped


@pytest.mark.parametrize("text, read, named", [
    ("1.37\\times10^{11} / 3.12\\times10^{14}", "1.37·10^11/(3.12·10^14)", ("3.12·10^14",)),
    ("6 / 2 \\times 10^{-3}", "6/(2·10^(-3))", ("2·10^(-3)",)),
    ("x / 2 \\times y", "x/2·y", ()),  # no power of ten: no number in scientific notation
    ("(a / b) \\times 10^{3}", "a/b·10^3", ()),  # a name divides: no mantissa
])
def test_regrouped(text, read, named):
    node, found = regrouped(parse_expression(text))
    assert (render(node), found) == (read, named)


@pytest.mark.parametrize("text, right, wrong", [
    # en: a time in ms after the formula, the divisor in scientific notation
    ("Compute bound: $t \\approx 1.37\\times10^{11} / 3.12\\times10^{14} \\approx %s$ ms",
     "0.44", "0.88"),
    # ko: a plain ratio of two numbers in scientific notation
    ("메모리 대역폭 기준: $3.2 \\times 10^{9} / 1.6 \\times 10^{9} = %s$ 배", "2", "3"),
    # zh: in μs after the formula
    ("延迟：$t = 3.36\\times10^{7} / 2\\times10^{12} \\approx %s$ μs", "16.8", "20.5"),
])
def test_a_divisor_in_scientific_notation(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps] == ["holds"]
    assert [s.verdict for s in check_text(text % wrong).steps] == ["fails"]


def test_a_fraction_bar_closes_the_division():
    text = "$$\\frac{6}{2} \\times 10^{3} = 0.003$$"
    assert [s.verdict for s in check_text(text).steps] == ["fails"]
