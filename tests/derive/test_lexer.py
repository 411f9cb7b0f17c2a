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


# a per-cent sign binds tighter than any operator (lexeme.hundredth): its number (or bracketed
# group) over 100, bracketed; after a power or a fraction it stays `/ 100` where it stands
@pytest.mark.parametrize("tex, read", [
    ("-20\\% / 20\\%", "- ( 20 / 100 ) / ( 20 / 100 )"),
    ("3 / 50\\%", "3 / ( 50 / 100 )"),
    ("(1 - 0.2)\\%", "( ( 1 - 0.2 ) / 100 )"),
    ("x^2\\%", "x ^ 2 / 100"),
    ("\\frac{1}{4}\\%", "frac { 1 } { 4 } / 100"),
])
def test_a_per_cent_sign_takes_its_operand(tex, read):
    assert " ".join(t.value for t in tokenize(tex)) == read


@pytest.mark.parametrize("text, right, wrong", [
    ("Elasticity: $E = -20\\% / 20\\% = %s$.", "-1", "-2"),
    ("탄력성: $E = -10\\% / 5\\% = %s$ 이다.", "-2", "-0.5"),
    ("折扣后:$60 / 75\\% = %s$ 元。", "80", "45"),
])
def test_percentages_divided(text, right, wrong):
    assert [s.verdict for s in check_text(text.replace("%s", right)).steps][-1] == "holds"
    assert [s.verdict for s in check_text(text.replace("%s", wrong)).steps][-1] == "fails"


# a whole number in square brackets right after a letter is an entry (`y[0]`: signal and array
# notation), never the letter times the number
@pytest.mark.parametrize("text, right, wrong", [
    ("Output: $y[0] = 0.5 \\times 1 = %s$.", "0.5", "1"),
    ("출력 $y[2] = 0.5 \\times 3 + 0.5 \\times 2 = %s$ 이다.", "2.5", "3.5"),
    ("输出 $h[1] = 2 \\times 0.25 = %s$。", "0.5", "0.25"),
])
def test_an_entry_in_square_brackets(text, right, wrong):
    assert [s.verdict for s in check_text(text.replace("%s", right)).steps] == ["holds"]
    assert [s.verdict for s in check_text(text.replace("%s", wrong)).steps] == ["fails"]


def test_an_entry_in_square_brackets_is_a_name():
    assert " ".join(t.value for t in tokenize("y[0] + x [2]")) == "y _ { 0 } + x [ 2 ]"
    assert " ".join(t.value for t in tokenize("D[0][j]")) == "D [ 0 ] [ j ]"  # a table's


def test_a_table_entry_in_two_brackets_does_not_fail():
    text = "초기값은 $D[i][0] = i$, $D[0][j] = j$."
    assert "fails" not in [s.verdict for s in check_text(text).steps]
