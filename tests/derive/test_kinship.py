"""Kin symbols the text never ties (kinship.py): a whole X, C, y beside the members x_i, c_i, y_i
of its letter. A step relating a sum over examples to its matrix form holds under the usual
convention (X's rows are the x_iᵀ, C = diag(c_i)), or under columns where a declared shape
says so; holding only with undeclared columns, it is undecided; a step that differs under
every convention (a missing transpose, a dropped 1/n, a sign, a factor) still fails."""

from dataclasses import replace

import pytest

from checker.derive.document import check_text
from checker.derive.kinship import Convention, Kin, conventions
from checker.derive.tree import Sym

_GRAD = "$$\\sum_{{i=1}}^{{n}} (\\sigma(x_i^\\top w) - y_i)\\, x_i = {}$$"
_LSQ = "$$\\sum_i (x_i^\\top w - y_i)\\, x_i = {}$$"
_GRAM = "$$\\sum_i \\mathbf{{x}}_i \\mathbf{{x}}_i^\\top = {}$$"
_WLS = "$$\\frac12\\sum_{{i=1}}^{{n}} c_i (y_i - x_i^\\top w)^2 = {}$$"
_ROWS_KO = "데이터 행렬 $X \\in \\mathbb{{R}}^{{n \\times d}}$ 에 대해\n\n" + _GRAD
_COLUMNS_ZH = "设 $X \\in \\mathbb{{R}}^{{d \\times n}}$，其列为 $x_i$。则\n\n" + \
    "$$\\sum_{{i=1}}^{{n}} x_i x_i^\\top = {}$$"


@pytest.mark.parametrize("text, verdict, said", [
    # rows, the usual convention: Σ with and without limits, bold, weights as diag(c_i)
    (_GRAD.format("X^\\top(\\sigma(Xw) - y)"), "holds", "X's rows as the x_iᵀ"),
    (_LSQ.format("X^\\top(Xw - y)"), "holds", "X's rows as the x_iᵀ"),
    (_GRAM.format("\\mathbf{X}^\\top \\mathbf{X}"), "holds", "X's rows as the x_iᵀ"),
    (_WLS.format("\\frac12 (y - Xw)^\\top C\\,(y - Xw)"), "holds", "C as diag(c_i)"),
    # a declared shape: rows (ko), columns (zh, said in words and by the shape)
    (_ROWS_KO.format("X^\\top(\\sigma(Xw) - y)"), "holds", "the one X's shape allows"),
    (_COLUMNS_ZH.format("X X^\\top"), "holds", "X's columns as the x_i"),
    # columns without a declaration: most texts mean rows, so it is a guess
    ("$$\\sum_i x_i x_i^\\top = X X^\\top$$", "undecided", "shape X (d, n)"),
    # S beside s_i, of no shape: read as diag(s_i), with X of n rows, when the sizes fail
    ("$$\\sum_{i=1}^{n} s_i\\, x_i x_i^\\top = X^\\top S X$$", "holds", "S as diag(s_i)"),
    ("$$\\sum_{i=1}^{n} s_i\\, x_i x_i^\\top = X^\\top S^2 X$$", "undecided", "no declared shape"),
    # wrong under every convention: a missing transpose, a dropped 1/n, a sign, a factor
    (_GRAD.format("X\\,(\\sigma(Xw) - y)"), "fails", ""),
    ("$$\\frac{1}{n}\\sum_{i=1}^{n} (x_i^\\top w - y_i)\\, x_i = X^\\top(Xw - y)$$", "fails", ""),
    (_LSQ.format("X^\\top(y - Xw)"), "fails", ""),
    # the count outside the sum is its length, under the convention too (a mean over N, 2N)
    ("$$\\frac{1}{2N}\\sum_{i=1}^{N}(x_i^T w - y_i)^2 = \\frac{1}{2N}(Xw - y)^T(Xw - y)$$",
     "holds", "X's rows as the x_iᵀ"),
    ("$$\\frac{1}{N}\\sum_{i=1}^{N}(w^T x_i - y_i)^2 = \\frac{1}{N}\\|Xw - y\\|^2$$", "holds",
     "X's rows as the x_iᵀ"),
    ("$$\\frac{1}{N}\\sum_{i=1}^{N}(w^T x_i - y_i)^2 = \\frac{2}{N}\\|Xw - y\\|^2$$", "fails",
     ""),
    ("$$\\frac{1}{2N}\\sum_{i=1}^{N}(x_i^T w - y_i)^2 = \\frac{1}{N}(Xw - y)^T(Xw - y)$$",
     "fails", ""),
    # (with X declared, the shapes of w, x_i are inferred: a guess, as before; never failed)
    (_ROWS_KO.format("X^\\top(y - \\sigma(Xw))"), "undecided", "shapes inferred"),
    ("가중치 $c_i$ 로\n\n$$\\sum_{i=1}^{n} c_i (y_i - x_i^\\top w)^2 = 2(y - Xw)^\\top C\\,"
     "(y - Xw)$$", "fails", ""),
    ("因此\n\n" + _GRAM.format("2\\mathbf{X}^\\top \\mathbf{X}"), "fails", ""),
    (_COLUMNS_ZH.format("X^\\top X"), "undecided", "shapes inferred"),
])
def test_kin_read_by_convention(text, verdict, said):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], [s.method for s in steps]
    assert said in steps[0].method


@pytest.mark.parametrize("text, verdict", [
    # tied by the text or without kin: decided as read
    ("Let $y_i = 2x_i$.\n\n$$\\sum_{i=1}^{3} y_i = 2\\sum_{i=1}^{3} x_i$$", "holds"),
    ("$$\\sum_{i=1}^{3} x_i = 3x$$", "undecided"),  # (x beside x_i: a constant member, a guess)
    ("$$(y - z)^\\top (y - z) = \\sum_{i=1}^{n} (y_i - z_i)^2$$", "holds"),
])
def test_without_kin_nothing_changes(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


_X = Kin(Sym("X"), ("x_1", "x_2", "x_3"), 2, family=Sym("x", ("i",)))
_C = Kin(Sym("C"), ("c_1", "c_2", "c_3"), 0, family=Sym("c", ("i",)))
_Y = Kin(Sym("y"), ("y_1", "y_2", "y_3"), 0, family=Sym("y", ("i",)))


@pytest.mark.parametrize("convention, shape, entry, value", [
    (Convention("rows", _X), (3, 2), (3, 1), "x_3[1,1]"),
    (Convention("columns", _X), (2, 3), (1, 3), "x_3[1,1]"),
    (Convention("rows", replace(_X, column=False)), (3, 2), (2, 2), "x_2[1,2]"),
    (Convention("diagonal", _C), (3, 3), (2, 2), "c_2"),
    (Convention("diagonal", _C), (3, 3), (1, 2), "0"),
    (Convention("vector", _Y), (3, 1), (3, 1), "y_3"),
])
def test_a_convention_makes_the_whole_of_its_kin(convention, shape, entry, value):
    assert convention.shape == shape
    assert str(convention.entry(*entry)) == value


@pytest.mark.parametrize("kin_, kinds", [
    (_X, ["rows", "columns"]),  # a capital beside vectors: stacked
    (_C, ["diagonal"]),  # beside numbers: weights
    (_Y, ["vector"]),  # the lower-case whole of numbers
    (replace(_X, whole=Sym("x")), []),  # x beside vectors x_i: no convention
])
def test_conventions_by_case_and_members(kin_, kinds):
    assert [c.kind for c in conventions(kin_)] == kinds
