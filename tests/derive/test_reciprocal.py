"""A name introduced through its reciprocal (reciprocal.py): `1/R = 1/R_1 + 1/R_2 = ...` in a
worked example defines R; the links after the head are claims, and a later `R = ...` is a
claim about the defined R. A law of names given values later stays what it was."""

import pytest

from checker.derive.document import check_text

# two capacitors in series: 1/C = 1/C_1 + 1/C_2 with C_1 = 6, C_2 = 3 gives C = 2
_SERIES = {
    "en": "Two capacitors $C_1 = 6$ and $C_2 = 3$ in series:\n\n"
          "$$\\frac{1}{C} = \\frac{1}{C_1} + \\frac{1}{C_2} = %s$$\n\nso $C = %s$.",
    "ko": "직렬로 연결된 축전기 $C_1 = 6$, $C_2 = 3$ 에 대해\n\n"
          "$$C^{-1} = \\frac{1}{C_1} + \\frac{1}{C_2} = %s$$\n\n이므로 $C = %s$ 이다.",
    "zh": "两个电容 $C_1 = 6$、$C_2 = 3$ 串联：\n\n"
          "$$\\frac{1}{C_串} = \\frac{1}{C_1} + \\frac{1}{C_2} = %s$$\n\n故 $C_串 = %s$。",
}


@pytest.mark.parametrize("lang, sum_, total, verdicts", [
    ("en", "\\frac{1}{2}", "2", ["holds", "holds"]),  # main: the head undecided, C = 2 a value
    ("en", "\\frac{1}{2}", "3", ["holds", "fails"]),  # the defined C is 2
    ("ko", "\\frac{1}{2}", "2", ["holds", "holds"]),
    ("ko", "\\frac{1}{3}", "2", ["fails", "holds"]),  # the sum's own arithmetic, wrong
    ("zh", "\\frac{1}{2}", "2", ["holds", "holds"]),
    ("zh", "\\frac{1}{2}", "4.5", ["holds", "fails"]),
])
def test_a_name_introduced_through_its_reciprocal(lang, sum_, total, verdicts):
    steps = check_text(_SERIES[lang] % (sum_, total)).steps
    assert [s.verdict for s in steps] == verdicts, steps


def test_a_law_of_names_given_values_later_is_no_definition():
    text = ("A thin lens obeys\n\n$$\\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v}$$\n\n"
            "With $f = 10$ and $u = 15$, the image is at $v = 30$.")
    steps = check_text(text).steps
    assert steps[0].verdict == "undecided", steps  # (as before: f, u, v have no values yet)
    assert "fails" not in [s.verdict for s in steps], steps


def test_a_reciprocal_of_a_name_in_use_is_a_claim():
    steps = check_text("Let $x = 2$.\n\n$$\\frac{1}{x} = 0.4$$").steps
    assert [s.verdict for s in steps] == ["fails"], steps


# the next worked case introduces the name again, in the same section or the next one: its
# first value is never checked against the earlier case's
@pytest.mark.parametrize("between, second, verdicts", [
    (" Then with", "\\frac{1}{10} - \\frac{1}{5} = -\\frac{1}{10}", ["holds", "holds", "holds"]),
    ("\n\n## Case 2\n\nWith", "\\frac{1}{10} - \\frac{1}{5} = -\\frac{1}{10}", ["holds", "holds", "holds"]),
    (" Then with", "\\frac{1}{10} - \\frac{1}{5} = -\\frac{1}{5}", ["holds", "holds", "fails"]),
])
def test_the_next_case_introduces_the_name_again(between, second, verdicts):
    text = ("## Case 1\n\nWith $u = 15$: $\\frac{1}{v} = \\frac{1}{10} - \\frac{1}{u} = \\frac{1}{30}$, "
            f"so $v = 30$.{between} $u = 5$: $\\frac{{1}}{{v}} = {second}$, so $v = -10$.")
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps
