"""A stated solution of a matrix equation whose names have no declared shape, checked by
substitution on the shapes its matrix algebra implies (substitution.py, through
implication.py): a solution that satisfies the equation so holds; one that does not is
undecided (a guess), never wrong."""

import pytest

from checker.derive.document import check_text

RIDGE = "$$-2X^\\top(y - Xw) + 2\\lambda w = 0 \\;\\Rightarrow\\; w^\\ast = %s$$"
NORMAL = "$$X^T(y - X\\theta) = 0 \\Rightarrow \\hat\\theta = %s$$"
KO = "정규방정식 $$A^\\top A x = A^\\top b \\;\\Longrightarrow\\; x^{*} = %s$$ 이다."


@pytest.mark.parametrize("text, verdict", [
    (RIDGE % "(X^\\top X + \\lambda I)^{-1}X^\\top y", "holds"),
    (NORMAL % "(X^T X)^{-1}X^T y", "holds"),
    (KO % "(A^\\top A)^{-1}A^\\top b", "holds"),
    # wrong twins: on inferred shapes a solution that does not solve is undecided
    (RIDGE % "(X^\\top X + \\lambda I)^{-1}X^\\top y + w", "undecided"),
    (NORMAL % "(X X^T)^{-1}X^T y", "undecided"),
    (KO % "(A^\\top A)^{-1}b", "undecided"),
])
def test_a_solution_of_a_matrix_equation_on_inferred_shapes(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.method) for s in steps]
    if verdict == "holds":
        assert "inferred" in steps[-1].method
