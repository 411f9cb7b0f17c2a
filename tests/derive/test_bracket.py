"""Brackets (bracket.py): the indicator of an equality between an index letter and a whole
number (`\\mathbb 1[j = 0]`, `1\\{j = 0\\}`, `\\mathbb{1}(0 = j)`: the class at 0, InfoNCE's
positive) is the Kronecker delta δ_{j0}; the step is checked at the letter's own free value
and at the number too, so a wrong class or a wrong sign fails. An equality between sampled
values (a label `y_i = k`) stays refused."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression

_EN = ("Scores $s_0, s_1, s_2$ with $s_0$ the positive, and "
       "$L = -s_0 + \\log\\sum_{k=0}^{2} e^{s_k}$. With $q_j = e^{s_j}/\\sum_{k=0}^{2} e^{s_k}$:"
       "\n\n$$\\frac{\\partial L}{\\partial s_j} = %s$$\n")
_KO = ("유사도 $s_0, s_1, s_2$ ($s_0$ 이 양성), 손실 $L = -s_0 + \\log\\sum_{k=0}^{2} e^{s_k}$, "
       "$q_j = e^{s_j}/\\sum_{k=0}^{2} e^{s_k}$ 라 하면\n\n$$\\frac{\\partial L}{\\partial s_j} = %s$$\n")
_ONE = ("类别从 1 开始，正确类别是 1：$L = -z_1 + \\log\\sum_{k=1}^{3} e^{z_k}$，"
        "$p_j = e^{z_j}/\\sum_{k=1}^{3} e^{z_k}$。\n\n$$\\frac{\\partial L}{\\partial z_j} = %s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_EN % "q_j - \\mathbb 1[j = 0]", "holds"),
    (_EN % "q_j + \\mathbb 1[j = 0]", "fails"),  # the sign of the one-hot term
    (_KO % "q_j - \\mathbb{1}\\{j = 0\\}", "holds"),
    (_KO % "q_j - \\mathbb{1}\\{j = 1\\}", "fails"),  # the wrong class
    (_ONE % "p_j - \\mathbb{1}(1 = j)", "holds"),
    (_ONE % "p_j - \\mathbb{1}(j = 2)", "fails"),
])
def test_an_index_at_a_number_is_a_kronecker_delta(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


@pytest.mark.parametrize("tex", [
    "\\mathbb{1}[y_i = k]",  # a label: sampled values are almost never equal
    "1\\{y = l\\}",
    "\\mathbb{1}[0 = 1]",  # two numbers: no index
])
def test_an_equality_of_values_stays_refused(tex):
    with pytest.raises(Unreadable):
        parse_expression(tex)
