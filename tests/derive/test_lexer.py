"""The lexer (lexer.py): an event named in several words between a probability's parentheses
and bars (`P(\\text{yes} \\mid \\text{sunny, strong})`) is one name, so the line is read and its
numbers checked; words elsewhere stay prose."""

import pytest

from checker.derive.document import check_text
from checker.derive.lexer import tokenize


@pytest.mark.parametrize("tex, word", [
    ("P(\\text{spam}\\mid \\text{free win})", "free_win"),
    ("P(\\text{yes}\\mid\\text{sunny, strong})", "sunny_strong"),
    ("P(\\text{rain tomorrow})", "rain_tomorrow"),
    ("p(\\text{class a}, \\text{class b})", "class_a"),
])
def test_an_event_in_words_is_one_name(tex, word):
    assert word in [t.value for t in tokenize(tex) if t.kind == "word"]


@pytest.mark.parametrize("tex", [
    "f(x) = x \\text{ for all } x",  # a remark after the formula
    "y = 1 \\text{ if } x > 0",
    "\\text{loss is small} = 0",  # not inside a call
])
def test_words_outside_an_event_stay_prose(tex):
    assert not any(t.kind == "word" and "_" in t.value for t in tokenize(tex))


@pytest.mark.parametrize("text, verdicts", [
    ("$$P(\\text{spam}\\mid \\text{free win}) = \\frac{0.048}{0.048 + 0.00833} \\approx 0.852$$",
     ["holds"]),
    ("$$P(\\text{yes}\\mid\\text{sunny, strong}) = \\frac{0.05}{0.05 + 0.1143} \\approx 0.404$$",
     ["fails"]),
    ("$$P(\\text{맑음}\\mid\\text{yes}) = \\frac{1 + 1}{6 + 3} = \\frac29$$", ["holds"]),
])
def test_the_numbers_of_a_probability_in_words_are_checked(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
