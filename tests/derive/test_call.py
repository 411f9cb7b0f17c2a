"""Function words (call.py): a trace written as a word before a name, with no parentheses
(`\\operatorname{tr}A`, `\\mathrm{Tr}\\,\\Sigma`, `\\text{trace} A`), is the trace of that name,
as `\\det A` is its determinant; before a product (`tr A B`) the extent is a guess, not read."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression
from checker.derive.tree import Call

A = "Let $A = \\begin{bmatrix} 4 & 1\\\\ 2 & 3\\end{bmatrix}$.\n\n"


@pytest.mark.parametrize("tex", [r"\operatorname{tr}A", r"\mathrm{Tr}\,\Sigma", r"\text{trace} X",
                                 r"\operatorname{tr} \hat\Sigma"])
def test_a_trace_word_before_a_name_is_the_trace(tex):
    node = parse_expression(tex)
    assert isinstance(node, Call) and node.name == "tr"


@pytest.mark.parametrize("text, verdicts", [
    (A + "$$s = \\operatorname{tr}A = 4 + 3$$", ["holds"]),  # en
    ("행렬 $A = \\begin{bmatrix} 2 & 1\\\\ 1 & 3\\end{bmatrix}$ 의 대각합:\n\n"
     "$$t = \\mathrm{tr}\\,A = 5$$", ["holds"]),  # ko
    ("设 $A = \\begin{bmatrix} 4 & 1\\\\ 2 & 3\\end{bmatrix}$，迹\n\n"
     "$$t = \\text{Tr} A = 7$$", ["holds"]),  # zh
    # wrong twins: the trace read, a wrong value fails
    (A + "$$s = \\operatorname{tr}A = 8$$", ["fails"]),
    ("설정 $A = \\begin{bmatrix} 2 & 1\\\\ 1 & 3\\end{bmatrix}$:\n\n$$t = \\mathrm{tr}\\,A = 6$$",
     ["fails"]),
])
def test_the_trace_of_a_bound_matrix(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


def test_a_trace_before_a_product_is_not_read():
    with pytest.raises(Unreadable, match="tr"):
        parse_expression(r"\operatorname{tr} A B")
