"""instance.py: a general formula written at a number its members are indexed by (`E[T] =
nH_n`, then under a heading of ten kinds `E[T] = 10H_{10}`): read at that number it holds; a right
side that is the formula at no single number still fails."""

import pytest

from checker.derive.document import check_text

_COUPON = ("# Coupon collector\n\nA die: $n = 6$ faces; the rolls are $T = \\sum_i G_i$.\n\n$$E[T] = \\frac66 + "
           "\\frac65 + \\frac64 + \\frac63 + \\frac62 + \\frac61 = 14.7$$\n\nIn general "
           "$E[T] = n H_n$ and $H_6 = 2.45$, so $6 \\times 2.45 = 14.7$.\n\n"
           "$\\mathrm{Var}(T) = n^2\\sum_{k=1}^n 1/k^2 - nH_n$, so\n\n"
           "$$\\mathrm{Var}(T) = 36 \\times 1.49139 - 14.7 \\approx 38.99$$\n\n"
           "### Ten kinds of coupon\n\n$$E[T] = %s \\approx 10 \\times 2.929 \\approx 29.29$$")


@pytest.mark.parametrize("right, wrong", [
    ("10 H_{10}", "11 H_{10}"),
    ("10 H_{10}", "10 H_{11}"),
])
def test_the_formula_at_the_number_its_members_are_indexed_by(right, wrong):
    step = next(s for s in check_text(_COUPON % right).steps if s.line == 15)
    assert step.verdict == "holds" and "n = 10" in step.method, step
    step = next(s for s in check_text(_COUPON % wrong).steps if s.line == 15)
    assert step.verdict == "fails", step


def test_a_name_defined_by_a_member_read_at_another_member():
    """`R = H_n`, H_n defined as a sum over k ≤ n (n an index letter): `R = H_{10}` is R at
    n = 10; a wrong value of H_{10} still fails."""
    text = ("Harmonic numbers: $H_n = \\sum_{k=1}^n 1/k$, so $H_2 = 1.5$.\n\n"
            "The expected number of records in $n$ draws is $R = H_n$; for ten draws "
            "$R = H_{10} \\approx %s$.")
    first, second = check_text(text % "2.929").steps[-2:]
    assert (first.verdict, second.verdict) == ("holds", "holds"), (first, second)
    assert check_text(text % "3.929").steps[-1].verdict == "fails"

