"""A whole matrix written for a family the text defines entry by entry (grid.py): `O = [...]`
after `O_{ij} = Σ_u Σ_v I_{i+u,j+v} K_{u,v}` with I and K given is a claim about O's members,
counted the way the text counts them (from 0 where it writes O_{00} and sums from 0); a wrong
entry fails, the right matrix holds, and a rule that gives numbers at both countings (no
matrix to run out of) decides nothing."""

import pytest

from checker.derive.document import check_text

_CONV = ("$$I = \\begin{bmatrix} 1 & 2 & 0 \\\\ 0 & 1 & 3 \\\\ 2 & 1 & 0 \\end{bmatrix}, \\qquad "
         "K = \\begin{bmatrix} 1 & -1 \\\\ 1 & -1 \\end{bmatrix}$$\n\n"
         "$$O_{ij} = \\sum_{u=0}^{1}\\sum_{v=0}^{1} I_{i+u,\\,j+v}\\, K_{u,v}$$\n\n"
         "Top left: $$O_{00} = 1 - 2 + 0 - 1 = -2$$\n\nSo\n\n$$O = %s$$\n")
_PLUS = ("$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
         "$$B_{ij} = 2 A_{ij} + 1$$\n\nso\n\n$$B = %s$$\n")
_FREE = "$$C_{ij} = i + j$$\n\nso\n\n$$C = %s$$\n"


def _m(rows):
    return "\\begin{bmatrix} " + " \\\\ ".join(" & ".join(map(str, r)) for r in rows) + \
        " \\end{bmatrix}"


@pytest.mark.parametrize("text, verdicts", [
    # counted from 0: O_{00} written, the sums from 0 (I and K read from 0 too)
    (_CONV % _m([[-2, 0], [0, -1]]), ["holds", "holds", "holds"]),
    (_CONV % _m([[-2, 0], [0, -2]]), ["holds", "holds", "fails"]),
    # counted from 1: A read from 1, B_{0,0} would reach outside A
    (_PLUS % _m([[3, 5], [7, 9]]), ["holds"]),
    (_PLUS % _m([[3, 5], [7, 8]]), ["fails"]),
    # numbers at either counting: which entries the matrix shows is not known, no step
    (_FREE % _m([[2, 3], [3, 4]]), []),
    (_FREE % _m([[2, 3], [3, 5]]), []),
])
def test_a_whole_matrix_for_a_family_claims_its_members(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


def test_the_diagnosis_names_the_entry():
    step = check_text(_CONV % _m([[-2, 0], [0, -2]])).steps[-1]
    assert step.lhs.startswith("[O_{00} O_{01}") and "entry (2, 2) is -1, not -2" in step.diagnosis


@pytest.mark.parametrize("tail, verdicts", [
    ("Had we flipped the kernel, we would get $O = %s$ instead.\n", []),  # counterfactual
    ("# Another input\n\nHere $O = %s$.\n", []),  # after a heading: another example's O
    ("So $O = %s$.\n", ["fails"]),
])
def test_a_whole_matrix_in_a_case_or_another_section_claims_nothing(tail, verdicts):
    text = _CONV.split("So")[0] + tail % _m([[-2, 0], [0, -2]])
    steps = check_text(text).steps[2:]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]
