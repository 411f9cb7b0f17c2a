"""A vector named by its members with an elision (roster.py): `w = (w_1, \\dots, w_d)` is a
definition, no step; a tuple of numbers or of another letter's members with an elision stays
unreadable, and the steps after the definition are checked as before (a wrong one fails)."""

import pytest

from checker.derive.document import check_text
from checker.derive.roster import listed_members
from checker.derive.notation import NOTHING


@pytest.mark.parametrize("source, head", [
    ("w = (w_1, \\dots, w_d)", "w"),
    ("\\mathbf{z} = (z_1, z_2, \\ldots, z_K)^\\top", "z"),
    ("\\boldsymbol{\\theta} = (\\theta_0, \\cdots, \\theta_n)^{T}", "theta"),
    ("\\hat{y} = (\\hat y_1, \\dots, \\hat y_K)", "hat(y)"),
    # no such formula: numbers, another letter, no elision, members with two indices
    ("s = (1, 2, \\dots, 9)", None),
    ("w = (v_1, \\dots, v_d)", None),
    ("w = (w_1, w_2, w_3)", None),
    ("W = (W_{11}, \\dots, W_{nn})", None),
    ("w = (w_1, \\dots, w_d) = (1, \\dots, 4)", None),
])
def test_a_vector_listed_by_its_members(source, head):
    found = listed_members(source, NOTHING)
    assert (found.stem if found is not None else None) == head


@pytest.mark.parametrize("text, verdicts", [
    ("For weights $w = (w_1, \\dots, w_d)$ the penalty is $R = \\sum_{j=1}^{d} w_j^2$.\n\n"
     "$$\\frac{\\partial R}{\\partial w_j} = 2w_j$$", ["holds"]),
    ("로짓 $\\mathbf{z} = (z_1, \\ldots, z_K)$ 에 대해 $S = \\sum_{k=1}^{K} e^{z_k}$.\n\n"
     "$$\\frac{\\partial S}{\\partial z_k} = e^{z_k}$$", ["holds"]),
    # wrong twins: the step after the definition still fails; numbers with an elision unread
    ("For weights $w = (w_1, \\dots, w_d)$ the penalty is $R = \\sum_{j=1}^{d} w_j^2$.\n\n"
     "$$\\frac{\\partial R}{\\partial w_j} = w_j$$", ["fails"]),
    ("设输出 $z = (z_1, z_2, \\dots, z_n)$，$S = \\sum_{k=1}^{n} e^{z_k}$。\n\n"
     "$$\\frac{\\partial S}{\\partial z_k} = z_k e^{z_k}$$", ["fails"]),
    ("The data are $s = (1, 2, \\dots, 9)$.", ["unreadable"]),
])
def test_the_definition_is_no_step(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
