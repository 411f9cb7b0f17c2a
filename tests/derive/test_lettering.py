"""Small letters written together as a defined function's parameter (lettering.py): `g(len) =
2 len + 1` names its parameter `len`, so a later value `g(3)` is read through the definition;
a wrong value then fails. A run the right side does not write (`log(ab) = log a + log b`) stays
a product of letters."""

import pytest

from checker.derive.document import check_text

# (style, document, the line of the step, the verdict of the step on it)
ROWS = [
    ("a scalar function of a word", "$$g(len) = 2\\,len + 1$$\n\nSo $g(3) = 7$.", 3, "holds"),
    ("a vector function of a word", "Let $F(ang) = [\\cos ang,\\ 2\\,ang]$.\n\n"
     "- $F(0) = [1,\\ 0]$", 3, "holds"),
    ("a two-letter word", "$$h(ts) = ts^2 - 1$$\n\nThen $h(4) = 15$.", 3, "holds"),
    # the wrong twins: read through the definition, they fail
    ("a scalar function, wrong value", "$$g(len) = 2\\,len + 1$$\n\nSo $g(3) = 8$.", 3,
     "fails"),
    ("a vector function, wrong entry", "Let $F(ang) = [\\cos ang,\\ 2\\,ang]$.\n\n"
     "- $F(0) = [0,\\ 0]$", 3, "fails"),
]


@pytest.mark.parametrize("style, text, line, verdict", ROWS, ids=[r[0] for r in ROWS])
def test_a_word_as_a_parameter(style, text, line, verdict):
    steps = [s for s in check_text(text).steps if s.line == line]
    assert steps and steps[0].verdict == verdict, \
        [(s.line, s.verdict, s.lhs, s.rhs, s.method) for s in check_text(text).steps]


def test_a_product_the_right_side_does_not_write_stays_letters():
    from checker.derive.lettering import parameters

    assert parameters(["\\log(ab) = \\log a + \\log b"]) == frozenset()
    assert parameters(["PE(pos) = [\\sin pos,\\ \\cos pos]"]) == {"pos"}
    assert parameters(["f(exp) = \\exp(x)"]) == frozenset()  # a function's name, not a run


def test_a_run_in_a_subscript_stays_letters():
    """`T_{(ab, 2k)}` beside `T(ab) = ...`: in the subscript the run indexes, as before (the
    definition written entry by entry is not reported); outside it, it is the parameter."""
    text = ("$$T_{(ab,\\,2k)} = \\sin(ab)$$\n\nSo $T(ab) = [\\sin ab,\\ \\cos ab]$.\n\n"
            "- $T(0) = [0,\\ 1]$\n- $T(0) = [1,\\ 1]$")
    steps = check_text(text).steps
    assert not [s for s in steps if s.line == 1 and s.verdict == "unreadable"], steps
    assert [s.verdict for s in steps if s.line in (5, 6)] == ["holds", "fails"], \
        [(s.line, s.verdict, s.lhs, s.rhs, s.method) for s in steps]
