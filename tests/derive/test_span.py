"""Which members a family stands for when an undefined loss is a function of it, and matrix
entries written without a comma (span.py)."""

import pytest

from checker.derive import span
from checker.derive.document import check_text
from checker.derive.tree import Sym

MEMBERS = [
    ("written from 0, three outputs", {"y": {0, 2}}, ["y"], 0, range(3)),
    ("written from 1", {"y": {1}}, ["y"], 0, range(1, 4)),
    ("the gradient's name gives the largest index", {"y": {0}, "g": {0, 4}}, ["y", "g"], 0,
     range(5)),
    ("nothing written: the open range from 1", {}, ["z"], 0, range(1, 4)),
    ("a given vector of four slopes", {"y": {0}}, ["y"], 4, range(4)),
    ("a given vector of two slopes: two, though more are written", {"y": {0, 2}}, ["y"], 2,
     range(2)),
]


@pytest.mark.parametrize("written, stems, length, expected", [r[1:] for r in MEMBERS],
                         ids=[r[0] for r in MEMBERS])
def test_members(written, stems, length, expected):
    assert span.members(written, stems, length) == expected


PAIRS = [
    ("two digits beside w_{ij}", {"w": {2}}, Sym("w", ("21",)), Sym("w", ("2", "1"))),
    ("a one-index family keeps its index", {"w": {1}}, Sym("w", ("21",)), None),
    ("both arities written: not read", {"w": {1, 2}}, Sym("w", ("21",)), None),
    ("three digits are no pair", {"w": {2}}, Sym("w", ("123",)), None),
]


@pytest.mark.parametrize("arity, sym, expected", [r[1:] for r in PAIRS],
                         ids=[r[0] for r in PAIRS])
def test_as_pair(arity, sym, expected):
    assert span.as_pair(arity, sym) == expected


# a matrix defined as a whole and entry by entry (Â = ..., Â_{ij} = ...): Â_{13} is the rule's
# entry at i = 1, j = 3, checked there; en/ko/zh, each a correct value and its wrong twin
_WHOLE = ("$$A = \\begin{{bmatrix}}1&1&0\\\\1&1&1\\\\0&1&1\\end{{bmatrix}}$$\n\n"
          "$$\\hat A = \\tfrac12 A, \\qquad \\hat A_{{ij}} = \\frac{{A_{{ij}}}}{{2}}$$\n\n")
ENTRY_ROWS = [
    ("a zero entry, en", _WHOLE + "Entries: $\\hat A_{{13}} = {}$\n", "0", "0.5"),
    ("a diagonal entry, ko", _WHOLE + "대각 성분은 $\\hat A_{{22}} = {}$ 이다.\n", "0.5", "1"),
    ("an off-diagonal entry, zh", _WHOLE + "非对角元 $\\hat A_{{21}} = {}$。\n", "1/2", "1/3"),
]


@pytest.mark.parametrize("what, text, right, wrong", ENTRY_ROWS, ids=[r[0] for r in ENTRY_ROWS])
def test_an_entry_of_a_matrix_defined_by_its_entries(what, text, right, wrong):
    from checker.derive.document import check_text

    last = lambda t: [s.verdict for s in check_text(t).steps if "_{" in s.lhs]  # noqa: E731
    assert last(text.format(right)) == ["holds"], last(text.format(right))
    assert last(text.format(wrong)) == ["fails"], last(text.format(wrong))


# matrices read inside sums from 0 (span._note_from_zero): every index a sum's letter from 0
# or the defined family's (then counted from 0 where the family is written at 0)
FROM_ZERO = [
    ("the kernel's own letters", "O_{ij} = \\sum_{u=0}^{1}\\sum_{v=0}^{1} I_{i+u,j+v} K_{u,v}",
     {"I": {"O"}, "K": {""}}),
    ("offset by a number: counted from 1", "O_{ij} = \\sum_{u=0}^{1} I_{i,u+1} K_{u+1,j}", {}),
    ("sums from 1: nothing", "O_{ij} = \\sum_{u=1}^{2} I_{i,u} K_{u,j}", {}),
    ("a letter of neither", "O_{ij} = \\sum_{u=0}^{1} I_{k,u}", {}),
]


@pytest.mark.parametrize("formula, expected", [r[1:] for r in FROM_ZERO],
                         ids=[r[0] for r in FROM_ZERO])
def test_matrices_read_from_zero(formula, expected):
    from checker.derive.statement import single_statement

    found: dict[str, set[str]] = {}
    span.note_indices({}, {}, list(single_statement(formula).members), found)
    assert found == expected


# a matrix read inside sums from 0 in the general formula, whose worked example writes its
# entries at digit pairs from 1 (K_{11} … K_{22} of a 2 × 2 K): the example counts from 1
_MIXED = ("$$Y_{ij} = \\sum_{a=0}^{1}\\sum_{b=0}^{1} X_{i+a,j+b} K_{ab}$$\n\n"
          "Example: $K = \\begin{bmatrix} 1 & 0 \\\\ -1 & 2 \\end{bmatrix}$, "
          "$G = \\begin{bmatrix} 1 & -1 \\\\ 0 & 2 \\end{bmatrix}$.\n\n$$%s$$\n")


@pytest.mark.parametrize("claim, verdict", [
    ("G_{11}K_{22} + G_{12}K_{21} + G_{21}K_{12} + G_{22}K_{11} = 1 \\cdot 2 + (-1)(-1) + 0 \\cdot 0 + 2 \\cdot 1", "holds"),
    ("G_{11}K_{22} + G_{12}K_{21} + G_{21}K_{12} + G_{22}K_{11} = 1 \\cdot 2 + (-1)(-1) + 0 \\cdot 0 + 2 \\cdot 2", "fails"),
])
def test_an_example_written_from_one_after_a_sum_from_zero(claim, verdict):
    steps = check_text(_MIXED % claim).steps
    assert steps[-1].verdict == verdict, [(s.lhs, s.verdict, s.method) for s in steps]
