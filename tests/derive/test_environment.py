"""Environments (environment.py): a `cases` environment's last case in words ("otherwise",
"그 외", "否则") is the remaining case, in any of the three languages."""

import pytest

from checker.derive.document import check_text
from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.tree import Bin, Cases, Const, Num, Sum, Sym

CASES = r"\begin{cases} x & x > 0 \\ 0 & %s \end{cases}"


@pytest.mark.parametrize("words", [
    r"\text{otherwise}", r"\text{else}", r"\text{그 외}", r"\text{그 외의 경우}",
    r"\text{나머지}", r"\text{否则}", r"\text{其他}", r"\text{其余情况}",
])
def test_the_remaining_case_in_words(words):
    node = parse_expression(CASES % words)
    assert isinstance(node, Cases)
    assert node.branches[-1][1] is None
    assert render(node.branches[0][1].members[0]) == "x"  # type: ignore[union-attr]


# a sum from a bound on, without end (`\sum_{k\ge 1}`, `\sum_{l > 0}`): read as the series
# from that bound to ∞, which is summed where SymPy finds its closed form (series.closed), else
# undecided with what to write, never unread;
# with an upper limit written too, the sum ends there and is checked
@pytest.mark.parametrize("tex, lo, hi", [
    (r"\sum_{k\ge1} k q^{k-1}", Num("1"), Const("infty")),
    (r"\sum_{l \geq 0} (\gamma\lambda)^l \delta_{t+l}", Num("0"), Const("infty")),
    (r"\sum_{k > 0} q^k", Bin("+", Num("0"), Num("1")), Const("infty")),
    (r"\sum_{k \ge 1}^{n} k", Num("1"), Sym("n")),
])
def test_a_sum_from_a_bound_on(tex, lo, hi):
    node = parse_expression(tex)
    assert isinstance(node, Sum) and (node.lo, node.hi) == (lo, hi)


@pytest.mark.parametrize("text, verdicts", [
    (r"Let $q = 0.5$. $$\sum_{k\ge1} k q^{k-1} = 4$$", ["holds"]),  # (series.closed)
    (r"Let $q = 0.5$. $$\sum_{k\ge1} k q^{k-1} = 2$$", ["fails"]),
    (r"Let $q = 2$. $$\sum_{k\ge1} k q^{k-1} = 1$$", ["undecided"]),  # diverges there
    (r"$q = 0.5$ 일 때 $$\sum_{k \ge 0} q^k = 3$$", ["fails"]),  # geometric: 2 in closed form
    (r"取 $n = 3$，$$\sum_{k \ge 1}^{n} k = 6$$", ["holds"]),
    (r"With $n = 3$: $$\sum_{k \geq 1}^{n} k = 7$$", ["fails"]),
])
def test_sums_from_a_bound(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts
    assert all("without end" in (s.method or "") or "diverges" in (s.method or "")
               for s in steps if s.verdict == "undecided")


# `\begin{vmatrix} ... \end{vmatrix}` of a square matrix (2 × 2 or more) is its determinant, as
# every linear-algebra text writes it (Cramer's rule, a cofactor expansion); a wrong expansion
# fails; a matrix written with brackets stays a matrix
_V2 = "\\begin{vmatrix} 2 & 3 \\\\ 1 & -1 \\end{vmatrix}"
_V3 = "\\begin{vmatrix} 1 & 2 & 0 \\\\ 0 & 1 & 0 \\\\ 3 & 0 & 2 \\end{vmatrix}"


@pytest.mark.parametrize("text, verdicts", [
    (f"$$D = {_V2} = -2 - 3 = -5$$", ["holds", "holds"]),
    (f"行列式 $$D_x = {_V3} = 1 \\cdot 2 - 2 \\cdot 0 + 0 = 2$$", ["holds", "holds"]),
    # wrong twins
    (f"$$D = {_V2} = -2 + 3 = 1$$", ["fails", "holds"]),
    (f"$${_V3} = 1 \\cdot 2 - 2 \\cdot 6 = -10$$", ["fails", "holds"]),
    # brackets: a matrix, never its determinant
    ("$$\\begin{bmatrix} 2 & 3 \\\\ 1 & -1 \\end{bmatrix} = -5$$", ["undecided"]),
])
def test_a_vmatrix_is_a_determinant(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# a square matrix between bars (`vmatrix`, `\left| \begin{matrix} … \right|`) is its
# determinant, as Cramer's rule and a cofactor expansion write it; a row between bars is not
_D = r"\begin{vmatrix} 2 & 3 \\ 1 & -1 \end{vmatrix}"


@pytest.mark.parametrize("text, verdicts", [
    (r"$$D = %s = -2 - 3 = -5$$" % _D, ["holds", "holds"]),
    (r"$$D = %s = -2 + 3 = 1$$" % _D, ["fails", "holds"]),
    (r"用克莱姆法则：$$D_x = \begin{vmatrix} 8 & 3 \\ -1 & -1 \end{vmatrix} = -8 + 3$$",
     ["holds"]),
    (r"用克莱姆法则：$$D_x = \begin{vmatrix} 8 & 3 \\ -1 & -1 \end{vmatrix} = -8 - 3$$",
     ["fails"]),
    (r"여인수 전개: $$2\begin{vmatrix} 4 & 1 \\ 2 & -2 \end{vmatrix} + \begin{vmatrix} 0 & 1 \\ "
     r"5 & -2 \end{vmatrix} = 2(-8 - 2) + (0 - 5)$$", ["holds"]),
    (r"여인수 전개: $$2\begin{vmatrix} 4 & 1 \\ 2 & -2 \end{vmatrix} + \begin{vmatrix} 0 & 1 \\ "
     r"5 & -2 \end{vmatrix} = 2(-8 + 2) + (0 - 5)$$", ["fails"]),
    (r"$$\left|\begin{matrix} 1 & 2 \\ 3 & 4 \end{matrix}\right| = -2$$", ["holds"]),
    (r"$$\left|\begin{matrix} 1 & 2 \\ 3 & 4 \end{matrix}\right| = 2$$", ["fails"]),
])
def test_a_square_matrix_between_bars_is_its_determinant(text, verdicts):
    steps = [s for s in check_text(text).steps if s.lhs[:1] != "D"]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


def test_a_row_between_bars_is_no_determinant():
    node = parse_expression(r"\left|\begin{matrix} 1 & -2 \end{matrix}\right|")
    assert render(node).startswith("|"), render(node)
