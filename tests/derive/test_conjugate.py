"""conjugate.py: a + bi written with its conjugate makes a text about complex numbers; the letters
given a complex value, and the real parts."""

import pytest

from checker.derive.conjugate import letters, paired, parts
from checker.derive.imaginary import imaginary


@pytest.mark.parametrize("math, expected", [
    ("z = a + bi ; \\bar z = a - bi", True),
    ("w = x + iy ; x - iy", True),
    ("a + b i ; a - b i", True),
    # one sign only: `b i` may be a product of names (an LSTM gate i)
    ("c = f c + i g ; h = o + bi", False),
    ("a + bi ; c - di", False),
    ("x_i + b_i ; x_i - b_i", False),
])
def test_paired(math, expected):
    assert paired(math) is expected


@pytest.mark.parametrize("math, expected", [
    ("z = a + bi ; \\bar z = a - bi", {"z"}),
    ("w = 3 - 2i", {"w"}),
    ("w = x + iy", {"w"}),
    ("y = \\pi x + \\sin x", set()),
    ("h = o_i + x", set()),
    ("i = 1", set()),
])
def test_letters(math, expected):
    assert letters(math) == frozenset(expected)


def test_parts():
    assert parts("z = a + bi ; x - iy") == frozenset({"a", "b", "x", "y"})


@pytest.mark.parametrize("text, expected", [
    ("$z = a + bi$ 이고 $\\bar{z} = a - bi$", True),
    ("Let $w = x + iy$ and $\\bar w = x - iy$.", True),
    ("The gate: $c = fc + ig$, and $h = o + bi$.", False),
])
def test_a_text_with_a_conjugate_pair_is_about_complex_numbers(text, expected):
    assert imaginary(text) is expected
