"""Sums in the prose lines of notes (reckoning.py): each row a line of notes whose sum holds,
and its wrong twin, whose sum must fail; then lines whose numbers are no sum of their own
(a name's part, a label, a ratio, a percentage, a quote), which get no step or none that fails."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.notes import plain_formulas
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
    # an aside in words closed right before the relation (aside_closed)
    ("an English aside before the sum",
     "* modern total (max pool, no S params) = 156 + 2416 + 850 = 3,422",
     "* modern total (max pool, no S params) = 156 + 2416 + 850 = 3,432"),
    ("a Korean aside before the sum", "* 현대 합계 (맥스 풀, S 없음) = 156 + 2416 + 850 = 3,422",
     "* 현대 합계 (맥스 풀, S 없음) = 156 + 2416 + 850 = 3,522"),
    ("a Chinese aside before the sum", "现代总数 (最大池化) = 156 + 2416 + 850 = 3422",
     "现代总数 (最大池化) = 156 + 2416 + 850 = 3442"),
    # a whole number as an exponent in a sentence (notes.braced)
    ("an English sentence with powers",
     "With w = 0.9 and T = 50: 0.9^50 ≈ 0.00515, which vanishes.",
     "With w = 0.9 and T = 50: 0.9^50 ≈ 0.0515, which vanishes."),
    ("a Korean sentence with a power", "20 스텝 후 기울기는 0.9^20 ≈ 0.1216 배가 된다",
     "20 스텝 후 기울기는 0.9^20 ≈ 0.1316 배가 된다"),
    ("a Chinese sentence with a power", "经过 20 步，直接通路上的梯度为 0.9^20 ≈ 0.1216。",
     "经过 20 步，直接通路上的梯度为 0.9^20 ≈ 0.1126。"),
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
    ("an exponent plain text leaves open", "that makes 2^10·3 = 3072 entries"),
    ("no operator", "the value 3 = 3.0 either way"),
    ("a line with inline math", "we get 2 + 2 = 5 here, and $x = 1$"),
    ("a function's argument, no aside", "the value g (x) = 2 + 3 = 6 in the notes"),
    # an aside saying the figure is rounded or scaled: the writer's value, not exact arithmetic
    ("an aside saying rounded", "thirds (after rounding) = 0.33 + 0.33 + 0.33 = 1"),
    ("an aside naming a percentage", "accuracy (in percent) = 46 / 50 = 92"),
    ("a Korean aside saying rounded", "평균 (반올림) = 0.33 + 0.33 + 0.33 = 1"),
    ("a Chinese aside saying rounded", "平均 (四舍五入) = 0.33 + 0.33 + 0.33 = 1"),
    ("a Korean aside in ten thousands", "비용 (만 원) = 3 × 4 = 120000"),
]


@pytest.mark.parametrize("what, line", NO_SUM, ids=[r[0] for r in NO_SUM])
def test_no_sum(what, line):
    assert plain_sums("notes\n\n" + line + "\n", []) == []
    assert "fails" not in _verdicts(line)


def test_a_sum_quoted_as_wrong_is_not_the_writers_claim():
    assert "fails" not in _verdicts("a common mistake: 13 + 1 = 15 is wrong, it is 14")


def test_a_line_read_whole_is_left_to_notes():
    assert plain_sums("z = 0.5·2 − 0.5 = 0.5\n", plain_formulas("z = 0.5·2 − 0.5 = 0.5\n")) == []


@pytest.mark.parametrize("line", [
    "∇J = (1/3)(−5, −11) = (−5/3, −11/3) ≈ (−1.667, −3.667)",
    "nothing happens, because min(1, 10/5) = 1.",
    "펼친 입력 행렬: (64·3·3, 56·56) = (576, 3136)",
])
def test_entries_of_a_tuple_are_no_sum(line):
    """A tuple's commas cut it into runs of numbers (`−11) = (−5/3`) that are no sum."""
    assert plain_sums("notes\n\n" + line + "\n", []) == []


def test_a_sum_in_brackets_of_its_own():
    assert [f.text for f in plain_sums("notes\n\nin bits (0.3681 / ln 2 ≈ 0.531) here\n", [])] \
        == ["0.3681 / ln 2 ≈ 0.531"]


BESIDE_MATH = [  # (what, a file with delimited math, a sum in its prose, its wrong twin)
    ("a Korean list item beside a display", "$$v_t = g\\,\\frac{1 - \\beta^t}{1 - \\beta}$$\n\n",
     "- 5스텝: (1 − 0.9⁵)/(1 − 0.9) ≈ 4.10 → 아직", "- 5스텝: (1 − 0.9⁵)/(1 − 0.9) ≈ 4.19 → 아직"),
    ("an English sentence after inline math", "Take $w = 0.5$ and $b = 1$.\n\n",
     "Point (0, 1): z = 0 − 1 + 0.5 = −0.5 → class 0", "Point (0, 1): z = 0 − 1 + 0.5 = 0.5 → class 0"),
    ("a Chinese sentence", "设 $n = 512$。\n\n", "例：std = √(2/512) ≈ 0.0625。",
     "例：std = √(2/512) ≈ 0.0884。"),
]


@pytest.mark.parametrize("what, math, right, wrong", BESIDE_MATH, ids=[r[0] for r in BESIDE_MATH])
def test_a_sum_beside_delimited_math(what, math, right, wrong):
    assert "fails" not in [s.verdict for s in check_text(math + right + "\n").steps]
    assert (3, "fails") in [(s.line, s.verdict) for s in check_text(math + wrong + "\n").steps]


def test_the_lines_inside_a_display_are_math_not_prose():
    """A display written over several lines inside a paragraph: its inner lines have no `$`,
    but they are the formula's, read once as math."""
    text = "So\n$$\n2 + 3 = 5\n$$\nas said.\n"
    from checker.derive.markdown import read_math
    assert plain_sums(text, read_math(text)[0]) == []
