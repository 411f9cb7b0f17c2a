"""A case split on a name's values (dichotomy.py): a piecewise side whose every piece sets one
name to a number is compared at those values only; a wrong piece fails there, and a split on
anything else (an inequality, `otherwise`) is read as before."""

import pytest

from checker.derive.document import check_text

_BCE = "$$L = -\\left(t\\log q + (1 - t)\\log(1 - q)\\right)$$\n\n"
_CASES = "$$L = \\begin{cases} %s & t = 1 \\\\ %s & t = 0 \\end{cases}$$"


@pytest.mark.parametrize("text, verdict", [
    (_BCE + "where t is 0 or 1:\n\n" + _CASES % ("-\\log q", "-\\log(1 - q)"), "holds"),
    (_BCE + "t 는 0 또는 1\n\n" + _CASES % ("-\\log q", "-\\log(1 - q)"), "holds"),
    (_BCE + _CASES % ("-\\log(1 - (1 - q))", "-\\log(1 - q)"), "holds"),
    # wrong twins: a piece that does not agree at its value fails
    (_BCE + "where t is 0 or 1:\n\n" + _CASES % ("-\\log q", "-\\log q"), "fails"),
    (_BCE + "t 는 0 또는 1\n\n" + _CASES % ("\\log q", "-\\log(1 - q)"), "fails"),
    # not a split on values: compared for every t, as before (and wrong so)
    (_BCE + "$$L = \\begin{cases} -\\log q & t > 0 \\\\ -\\log(1 - q) & t \\le 0 "
     "\\end{cases}$$", "fails"),
])
def test_a_case_split_on_values(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict
