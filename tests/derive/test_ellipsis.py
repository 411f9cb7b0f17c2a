"""Matrices written with elisions (ellipsis.py): the pattern of the written entries, the size
from the last one, checked at a small size; an entry that breaks the pattern is a finding at
its position. Also sums written out with dots (progression.py)."""

import pytest

from checker.derive.document import check_text
from checker.derive.ellipsis import read_grid
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression
from checker.derive.render import render

XT = (r"\begin{bmatrix} x_{1}^{(1)} & \cdots & x_{1}^{(364)} \\ %s & \cdots & x_{2}^{(364)} \\"
      r" \vdots & \cdots & \vdots \\ x_{30}^{(1)} & \cdots & x_{30}^{(364)} \end{bmatrix}")
COLUMN = r"\begin{bmatrix} e^{(1)} \\ %s \\ \vdots \\ e^{(364)} \end{bmatrix}"


@pytest.mark.parametrize("tex, rows, cols, breaks", [
    (XT % "x_{2}^{(1)}", "30", "364", []),
    (XT % "x_{1}^{(1)}", "30", "364", [("2", "1", "x_1^(1)", "x_2^(1)")]),
    (COLUMN % "e^{(2)}", "364", "1", []),
    (COLUMN % "e^{(3)}", "364", "1", [("2", "1", "e^(3)", "e^(2)")]),
    # only rows elided: each written column has its own pattern
    (r"\begin{bmatrix} x_1^{(1)} & x_2^{(1)} \\ \vdots & \vdots \\ x_1^{(m)} & x_2^{(m)} "
     r"\end{bmatrix}", "m", "2", []),
    (r"\begin{bmatrix} w_1 \\ w_2 \\ \vdots \\ w_{n} \end{bmatrix}", "n", "1", []),
])
def test_a_grid_is_read_by_its_pattern(tex, rows, cols, breaks):
    pattern = read_grid(parse_expression(tex))
    assert (pattern.rows.size, pattern.cols.size) == (rows, cols)
    assert [(r, c, render(w), render(e)) for r, c, w, e in pattern.breaks] == breaks


def test_entries_of_different_forms_have_no_pattern():
    with pytest.raises(Unreadable):
        read_grid(parse_expression(r"\begin{bmatrix} x & \cdots & y \end{bmatrix}"))


DECLARED = "$$X = " + (XT % "x_{2}^{(1)}").replace("x_{1}^{(364)}", "x_{1}^{(364)}") + "$$\n\n"


@pytest.mark.parametrize("text, verdict, diagnosis", [
    # a product of elided matrices, checked at a small size
    ("$$A = \\begin{bmatrix} a_1 & a_2 & \\cdots & a_n \\end{bmatrix}$$\n\n"
     "$$B = \\begin{bmatrix} b_1 \\\\ b_2 \\\\ \\vdots \\\\ b_n \\end{bmatrix}$$\n\n"
     "$$AB = a_1 b_1 + a_2 b_2 + \\dots + a_n b_n$$", "holds", None),
    ("$$A = \\begin{bmatrix} a_1 & a_2 & \\cdots & a_n \\end{bmatrix}$$\n\n"
     "$$B = \\begin{bmatrix} b_1 \\\\ b_3 \\\\ \\vdots \\\\ b_n \\end{bmatrix}$$\n\n"
     "$$AB = a_1 b_1 + a_2 b_2 + \\dots + a_n b_n$$", "fails", "row 2, column 1: b_3"),
    # a repeated entry takes the size its neighbour needs
    ("<!-- grader: shape X (m, n); shape w (n, 1) -->\n\n"
     "$$Xw + \\begin{bmatrix} b \\\\ b \\\\ \\vdots \\\\ b \\end{bmatrix} = Xw + b$$",
     "holds", None),
])
def test_grids_in_steps(text, verdict, diagnosis):
    steps = check_text(text).steps
    if diagnosis:  # the break is reported where the matrix is written
        assert any(s.verdict == verdict and diagnosis in (s.diagnosis or "") for s in steps), \
            steps
    else:
        assert steps and steps[-1].verdict == verdict, steps


@pytest.mark.parametrize("text, verdict", [
    (r"$$x_1 + x_2 + \dots + x_4 = x_1 + x_2 + x_3 + x_4$$", "holds"),
    (r"$$-(y_1 \log(a_1) + y_2 \log(a_2) + \dots + y_c \log(a_c)) = -\sum_{c=1}^{c} y_c \log(a_c)$$",
     "holds"),
    (r"$$x_1 + x_2 + \dots + x_4 = x_1 + x_2 + x_3$$", "fails"),
])
def test_sums_written_out_with_dots(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]
