"""A family's members listed as a tuple (enumeration.py): a member written with an index letter
the step leaves free, beside a tuple of numbers, is the member at each index in turn; entry by
entry agreeing, the step holds. Not agreeing, it stays as read (a number beside a vector:
undecided), never failed by this reading."""

import pytest

from checker.derive.document import check_text


def _last(text: str):
    return [s for s in check_text(text).steps if "(" in s.rhs or "(" in s.lhs][-1]


@pytest.mark.parametrize("text", [
    "Errors $e = (-1, 1)$ over $m = 2$ samples, so $\\frac{1}{m} e_i = (-0.5,\\ 0.5)$.",
    "$p = (0.2, 0.5, 0.3)$, $y = (0, 1, 0)$ 이면 $p_k - y_k = (0.2, -0.5, 0.3)$ 이다.",
    "设 $a = (1, 2, 3)$，$b = 2$，则 $b\\,a_j + 1 = (3, 5, 7)$。",
])
def test_a_member_beside_its_values_listed_holds(text):
    step = _last(text)
    assert step.verdict == "holds" and "member by member" in step.method, step


@pytest.mark.parametrize("text", [
    "$p = (0.2, 0.5, 0.3)$, $y = (0, 1, 0)$ 이면 $p_k - y_k = (0.2, 0.5, 0.3)$ 이다.",
    "设 $a = (1, 2, 3)$，$b = 2$，则 $b\\,a_j + 1 = (3, 5, 8)$。",
])
def test_a_member_beside_other_values_is_not_held(text):
    assert _last(text).verdict != "holds", _last(text)
