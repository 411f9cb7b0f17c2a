"""Sums in the prose lines of notes (reckoning.py): each row a line of notes whose sum holds,
and its wrong twin, whose sum must fail; then lines whose numbers are no sum of their own
(a name's part, a label, a ratio, a percentage, a quote), which get no step or none that fails."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.reckoning import plain_sums

ROWS = [  # (what, a line that holds, its wrong twin)
    ("English words around a conversion", "in bits divide by ln 2: 0.5108 / ln 2 ≈ 0.737 bits",
     "in bits divide by ln 2: 0.5108 / ln 2 ≈ 0.709 bits"),
    ("a Chinese label, a name before the sum", "例：n = 512 → std = √(2/512) ≈ 0.0625",
     "例：n = 512 → std = √(2/512) ≈ 0.0884"),
    ("a Korean sentence with two sums", "nat 로 바꾸면 1.75 × ln 2 ≈ 1.213 nat 이고, 최대는 ln 4 ≈ 1.386 nat",
     "nat 로 바꾸면 1.75 × ln 2 ≈ 1.231 nat 이고, 최대는 ln 4 ≈ 1.386 nat"),
    ("a bold label and thousands separators", "**dense 128**: 9216 × 128 + 128 = 1,179,776",
     "**dense 128**: 9216 × 128 + 128 = 1,179,766"),
    ("a numbered item, superscripts, an arrow after", "- 5스텝: (1 − 0.9⁵)/(1 − 0.9) ≈ 4.10 → 아직",
     "- 5스텝: (1 − 0.9⁵)/(1 − 0.9) ≈ 4.19 → 아직"),
    ("a chain after a name, then another", "4) 다시 계산: ŷ = 1.6·2 + 0.3 = 3.5 → L = (3.5 − 5)² = 2.25",
     "4) 다시 계산: ŷ = 1.6·2 + 0.3 = 3.5 → L = (3.5 − 5)² = 2.5"),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text("my notes\n\n" + text + "\n").steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_sum_holds(what, right, wrong):
    got = _verdicts(right)
    assert got and set(got) == {"holds"}, got


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_fails(what, right, wrong):
    assert "fails" in _verdicts(wrong)


NO_SUM = [  # (what, a prose line whose numbers are no sum the writer claims on their own)
    ("a name's term before the numbers", "so x + 2 = 5 here, solve it"),
    ("a subscript before the numbers", "we set x_1 + 2 = 5 in the notes"),
    ("a label with a number", "layer 2 = 64 units wide"),
    ("a ratio", "the split is 1:2 + 1 = 4 parts"),
    ("a percentage", "that is 0.5 × 1 = 50% of it"),
    ("a lone letter after", "the sum is 2 × 3 = 6 x in all"),
    ("a letter glued after", "so it is 1 + 0.9 = 1.9g here"),
    ("an exponent plain text leaves open", "that makes 2^10 = 1024 entries"),
    ("no operator", "the value 3 = 3.0 either way"),
    ("a line of a file with math", "we get 2 + 2 = 5 here, and $x = 1$"),
]


@pytest.mark.parametrize("what, line", NO_SUM, ids=[r[0] for r in NO_SUM])
def test_no_sum(what, line):
    assert plain_sums("notes\n\n" + line + "\n", set()) == [] or "$" in line
    assert "fails" not in _verdicts(line)


def test_a_sum_quoted_as_wrong_is_not_the_writers_claim():
    assert "fails" not in _verdicts("a common mistake: 13 + 1 = 15 is wrong, it is 14")


def test_a_line_read_whole_is_left_to_notes():
    assert plain_sums("z = 0.5·2 − 0.5 = 0.5\n", {1}) == []
