"""The summation convention (einstein.py): declared in the text, an index written twice in one
product is summed over; the wrong twin of each row still fails; without the declaration a
repeated index is no sum."""

import pytest

from checker.derive.document import check_text
from checker.derive.einstein import declared, summed
from checker.derive.render import render
from checker.derive.statement import parse_statements

_DELTA = "$$\\frac{{\\partial (x_i x_i)}}{{\\partial x_k}} = 2x_i\\delta_{{ik}} = {}$$"


@pytest.mark.parametrize("text, verdicts", [
    ("With summation over repeated indices,\n\n" + _DELTA.format("2x_k"), ["holds", "holds"]),
    ("아인슈타인 표기(반복 첨자는 합)로 쓰면\n\n" + _DELTA.format("2x_k"), ["holds", "holds"]),
    ("按爱因斯坦求和约定，\n\n" + _DELTA.format("2x_k"), ["holds", "holds"]),
    ("In Einstein notation $\\|x\\|^2 = x_i x_i$.", ["holds"]),
    # wrong twins: a lost factor, a swapped index
    ("With summation over repeated indices,\n\n" + _DELTA.format("x_k"), ["holds", "fails"]),
    ("按爱因斯坦求和约定，\n\n" + _DELTA.format("4x_k"), ["holds", "fails"]),
    ("In Einstein notation $\\|x\\|^2 = 2x_i x_i$.", ["fails"]),
])
def test_declared_convention_sums_repeated_indices(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps


def test_without_the_declaration_a_repeated_index_is_no_sum():
    steps = check_text("$$x_i x_i = x_i^2$$").steps
    assert [s.verdict for s in steps] == ["holds"], steps


@pytest.mark.parametrize("prose, found", [
    ("using the Einstein summation convention", True),
    ("repeated indices are summed", True),
    ("반복되는 첨자는 합을 뜻한다", True),
    ("重复指标表示求和", True),
    ("the index i repeats every epoch", False),
    ("Einstein's relation $E = mc^2$", False),  # the physicist, not his notation
])
def test_declared(prose, found):
    assert declared(prose) is found


@pytest.mark.parametrize("text, shown", [
    (r"W_{ij}x_j", "Σ_j W_{ij}·x_j"),
    (r"x_i x_i x_i", "x_i·x_i·x_i"),  # three times: no sum
    (r"\sum_i a_i b_i", "Σ_i a_i·b_i"),  # already summed
])
def test_summed(text, shown):
    (segment,) = parse_statements("z = " + text)
    assert render(summed(segment.relation.members[1])) == shown


def test_declared_is_searched_once_per_text():
    """Every step of a document asks it of the same text: one search, the answer kept."""
    text = "Notes on the summation convention, read once.\n" + "x = 1.\n" * 50
    declared.cache_clear()
    assert [declared(text) for _ in range(5)] == [True] * 5
    assert declared.cache_info().misses == 1 and declared.cache_info().hits == 4
    assert declared("x_i x_i, with no convention said") is False
