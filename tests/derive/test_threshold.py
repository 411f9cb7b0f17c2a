"""A reference value quoted in a comparison (threshold.py): a name set to a number right after
"above", "below", "than", "远大于", or before "보다", is the threshold the text compares its
value against, neither a claim nor a new value."""

import pytest

from checker.derive.document import check_text

_SPEED = "The cart has speed $v = 2 \\times 3 = %s$, %s"


@pytest.mark.parametrize("text, verdicts", [
    # the threshold quoted: no step on it, and v keeps its value (the last formula holds)
    (_SPEED % ("6", "well above $v \\approx 4$, so $2v = 12$."), ["holds", "holds"]),
    ("小车的速度 $v = 2 \\times 3 = 6$，远大于 $v \\approx 4$，故 $2v = 12$。", ["holds", "holds"]),
    ("수레의 속도는 $v = 2 \\times 3 = 6$ 으로 $v \\approx 4$ 보다 크고 $2v = 12$ 이다.",
     ["holds", "holds"]),
    # wrong twins: the example's own arithmetic, and an expression after a comparison word,
    # are still claims
    (_SPEED % ("7", "well above $v \\approx 4$."), ["fails"]),
    (_SPEED % ("6", "well above $2v = 8$."), ["holds", "fails"]),
])
def test_a_threshold_quoted_in_a_comparison(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps


@pytest.mark.parametrize("text, verdicts", [
    # "over"/"under" with no adverb of degree: a range or a condition, the name given its value
    ("Errors $e = (-1, 1)$ over $m = 2$ samples, so $\\frac{1}{m} e_i = (-0.5,\\ 0.5)$.",
     ["holds"]),
    # after an adverb of degree, a threshold again
    (_SPEED % ("6", "far over $v \\approx 4$, so $2v = 12$."), ["holds", "holds"]),
])
def test_over_and_under_compare_only_after_an_adverb(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps
