"""The vector a family's members make (whole.py): after `s_i = e^{z_i}/(e^{z_1} + e^{z_2} +
e^{z_3})`, `s` and `z` written alone are the columns (s_1, s_2, s_3) and (z_1, z_2, z_3), so
the softmax's Jacobian ∂s/∂z is checked (a wrong entry fails, the right matrix holds); a body
that lists no members, or with a gap, counts nothing."""

import pytest

from checker.derive.definition import Definition
from checker.derive.document import check_text
from checker.derive.statement import single_statement
from checker.derive.whole import _counted

_SOFTMAX = "$$s_i = \\frac{e^{z_i}}{e^{z_1} + e^{z_2} + e^{z_3}}$$\n\nThen\n\n"
_RIGHT = ("\\begin{bmatrix} s_1(1 - s_1) & -s_1 s_2 & -s_1 s_3 \\\\ -s_2 s_1 & s_2(1 - s_2) & "
          "-s_2 s_3 \\\\ -s_3 s_1 & -s_3 s_2 & s_3(1 - s_3) \\end{bmatrix}")


@pytest.mark.parametrize("claim, verdicts", [
    (f"\\frac{{\\partial \\mathbf{{s}}}}{{\\partial \\mathbf{{z}}}} = {_RIGHT}", ["holds"]),
    ((f"\\frac{{\\partial \\mathbf{{s}}}}{{\\partial \\mathbf{{z}}}} = "
     f"{_RIGHT.replace('& -s_3 s_2', '& s_3 s_2')}"), ["fails"]),  # a sign slip in one entry
    (("\\frac{\\partial \\mathbf{s}}{\\partial \\mathbf{z}} = \\mathrm{diag}(\\mathbf{s}) - "
     "\\mathbf{s}\\mathbf{s}^{T}"), ["holds"]),
    (("\\frac{\\partial \\mathbf{s}}{\\partial \\mathbf{z}} = \\mathrm{diag}(\\mathbf{s}) + "
     "\\mathbf{s}\\mathbf{s}^{T}"), ["fails"]),
])
def test_a_familys_vector_is_read_where_the_body_lists_its_members(claim, verdicts):
    steps = check_text(_SOFTMAX + f"$${claim}$$\n").steps
    assert [s.verdict for s in steps] == verdicts, steps


@pytest.mark.parametrize("definition, counted", [
    ("s_i = \\frac{e^{z_i}}{e^{z_1} + e^{z_2} + e^{z_3}}", (("s", "z"), ("1", "2", "3"))),
    ("p_k = \\frac{e^{a_k}}{e^{a_0} + e^{a_1}}", (("p", "a"), ("0", "1"))),
    ("s_i = \\frac{e^{z_i}}{e^{z_1} + e^{z_3}}", ((), ())),  # a gap: no count
    ("s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}", ((), ())),  # no member listed
    ("y_i = w x_i + x_1", ((), ())),  # x_1 beside x_i, one member only: no count
])
def test_which_members_a_body_counts(definition, counted):
    head, body = single_statement(definition).members
    d = Definition(f"{head.stem}_*", head, body, 1, index=head.index)
    assert _counted(d) == counted


# an entry a_2 beside the column a read from the family's body is that column's entry (no guess
# that a_2 is a variable apart from a): the member's slope is decided, and so is the Jacobian
_PAIR = "$$p_k = \\frac{e^{a_k}}{e^{a_1} + e^{a_2}}$$\n\n$$%s$$\n"


@pytest.mark.parametrize("text, verdicts", [
    (_PAIR % "\\frac{\\partial p_2}{\\partial a_2} = p_2(1 - p_2)", ["holds"]),
    (_PAIR % "\\frac{\\partial p_2}{\\partial a_2} = p_2(1 + p_2)", ["fails"]),
    (_PAIR % "\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{a}} = \\begin{bmatrix} p_1 p_2 & "
     "-p_1 p_2 \\\\ -p_1 p_2 & p_1 p_2 \\end{bmatrix}", ["holds"]),
    (_PAIR % "\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{a}} = \\begin{bmatrix} p_1 p_2 & "
     "-p_1 p_2 \\\\ p_1 p_2 & p_1 p_2 \\end{bmatrix}", ["fails"]),
])
def test_an_entry_beside_the_familys_column_belongs_to_it(text, verdicts):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]
