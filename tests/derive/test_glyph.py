"""glyph.typed: a Greek or accented letter typed with its number is the numbered name; a
letter inside a word, after a number, a capital, π and CJK stay as written."""

import pytest

from checker.derive.document import check_text
from checker.derive.glyph import prepare


@pytest.mark.parametrize("typed, read", [
    ("β1 = 0.9", "β_{1} = 0.9"),
    ("m̂1 = 2", "\\hat{m}_{1} = 2"),
    ("ŷ2 = 1", "\\hat{y}_{2} = 1"),
    ("(1 − β2)", "(1 − β_{2})"),
    ("λ1 / λ2", "λ_{1} / λ_{2}"),
])
def test_numbered_letters(typed, read):
    assert prepare(typed) == read


@pytest.mark.parametrize("typed", ["2β1", "αβ1", "Δ2", "π2", "层1", "β1.5", "x̂_1"])
def test_other_letters_stay(typed):
    assert "_{" not in prepare(typed)


@pytest.mark.parametrize("text, verdicts", [
    # `\#` (the number of) before a word names a count: a label, never an unknown command
    ("With $h = 256$, $d = 128$:\n\n$$\\#\\text{LSTM} = 4(hd + h^2 + h) = 4\\cdot 98560 = 394240$$",
     ["holds", "holds"]),
    ("$$\\#\\text{LSTM} = 4\\cdot 98560 = 384240$$", ["fails"]),
    ("$$\\#\\mathrm{params} = 3 \\cdot 3 \\cdot 16 + 16 = 160$$", ["holds"]),
    ("파라미터 수: $\\#W = 5 \\times 5 \\times 6 = 150$", ["holds"]),
])
def test_a_count_sign_names_a_count(text, verdicts):
    from checker.derive.document import check_text

    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("typed, read", [
    ("\\mathrm{DCG@}k = 3", "\\mathrm{DCG}_{k} = 3"),
    ("\\mathrm{NDCG@}4 \\approx 0.99", "\\mathrm{NDCG}_{4} \\approx 0.99"),
    ("\\text{Recall@10} = 0.7", "\\mathrm{Recall}_{10} = 0.7"),
    ("\\mathrm{P@}{5} = 0.4", "\\mathrm{P}_{5} = 0.4"),
    ("P@3 = 2/3", "P_{3} = 2/3"),
    ("mAP@0.5 = 0.61", "mAP@0.5 = 0.61"),  # a threshold, no index: left as written
])
def test_a_metric_at_a_cutoff_is_the_member_of_its_family(typed, read):
    assert prepare(typed) == read


@pytest.mark.parametrize("formula, verdict", [
    # a currency sign before an amount: the amount is a number (was "could not read: \$")
    ("3 \\times \\$1{,}250 = \\$3{,}750", "holds"),
    ("3 \\times \\$1{,}250 = \\$3{,}850", "fails"),
    ("\\$ 40 \\times 12 = \\$480", "holds"),
    ("€12.50 \\times 4 = €50", "holds"),
    ("€12.50 \\times 4 = €55", "fails"),
])
def test_a_currency_sign_before_an_amount(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


@pytest.mark.parametrize("formula, verdict", [
    # a number in degrees: an angle, times π/180 (was "could not read: ⊙")
    ("\\sin 30^\\circ = 0.5", "holds"),
    ("\\sin 30^\\circ = 0.6", "fails"),
    ("1 - \\cos(20°) \\approx 0.0603", "holds"),
    ("1 - \\cos(20°) \\approx 0.0630", "fails"),
    # in Celsius: a number in that scale, never an angle
    ("37^\\circ\\text{C} + 273.15 = 310.15", "holds"),
    ("37^\\circ\\text{C} + 273.15 = 300.15", "fails"),
    # the degree sign set off from its number by a space or an empty group (`72\\ ^\\circ\\text{C}`,
    # `{}^\\circ`): still the temperature's number (was "could not read: ⊙")
    ("\\frac{60 + 30}{2} = 45\\ ^\\circ\\text{C}", "holds"),
    ("\\frac{60 + 30}{2} = 40\\ ^\\circ\\text{C}", "fails"),
    ("\\frac{60 + 30}{3} = 30\\,{}^{\\circ}\\mathrm{C}", "holds"),
    ("\\frac{60 + 30}{3} = 35\\,{}^{\\circ}\\mathrm{C}", "fails"),
    # degrees at the end of a braced group: the brace after \circ closes the group
    ("\\frac{\\sin 30^\\circ}{4} = 0.125", "holds"),
    ("\\frac{\\sin 30^\\circ}{4} = 0.25", "fails"),
    ("\\frac{3}{\\cos 60^{\\circ}} = 6", "holds"),
    ("\\frac{3}{\\cos 60^{\\circ}} = 1.5", "fails"),
])
def test_a_number_in_degrees(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


def test_a_second_derivative_in_time_is_read():
    steps = check_text("Small swings: $$\\ddot q + 9q = 0$$").steps
    assert [s.verdict for s in steps] != ["unreadable"], steps


def test_an_angle_in_degrees_outside_a_function_gets_no_value():
    # which unit later steps use is not known (`2θ = 60` after θ = 30°): no failure from it
    steps = check_text("With $\\theta = 30^\\circ$, $2\\theta = 60$.").steps
    assert all(s.verdict != "fails" for s in steps), steps


# a run of bits joined by \oplus is their exclusive or (glyph._BITS, elementary.Parity), shown
# as written; names joined so (d_1 \oplus d_2) and anything but bits stay unread
@pytest.mark.parametrize("formula, verdicts", [
    ("p = 1 \\oplus 0 \\oplus 1 = 0", ["holds"]),
    ("p = 1 \\oplus 1 \\oplus 1 = 0", ["fails"]),
    ("1 \\oplus 1 = 0", ["holds"]),
    ("1 \\oplus 1 = 1", ["fails"]),
    ("p_1 = d_1 \\oplus d_2", ["unreadable"]),
    ("2 \\oplus 3 = 1", ["unreadable"]),
])
def test_bits_joined_by_oplus_are_their_exclusive_or(formula, verdicts):
    steps = check_text(f"# Parity\n\nThe parity bit: ${formula}$.").steps
    assert [s.verdict for s in steps][-1:] == verdicts, steps
    assert all("⊕" in s.lhs for s in steps if s.verdict != "unreadable"), steps


@pytest.mark.parametrize("typed, read", [
    # digits grouped by threes with a thin space (SI style): one number
    ("36\\,500", "36500"),
    ("7\\,204\\,000 + 1", "7204000 + 1"),
    ("\\frac{90\\,000}{12}", "\\frac{90000}{12}"),
    ("5\u2009400", "5400"),
    # not a group of three, or held by a name, a point or a script: left as written
    ("4\\,75", "4\\,75"),
    ("1650\\,000", "1650\\,000"),
    ("0.25\\,000", "0.25\\,000"),
    ("y_3\\,100", "y_3\\,100"),
    ("e^{2}\\,300", "e^{2}\\,300"),
])
def test_digits_grouped_by_a_thin_space(typed, read):
    assert prepare(typed) == read


@pytest.mark.parametrize("formula, verdict", [
    ("\\frac12 \\times 900 \\times 30^2 = 405\\,000", "holds"),
    ("\\frac12 \\times 900 \\times 30^2 = 450\\,000", "fails"),
    ("36\\,500 - 1\\,500 = 35\\,000", "holds"),
    ("36\\,500 - 1\\,500 = 34\\,000", "fails"),
])
def test_a_number_grouped_by_thin_spaces_is_checked_whole(formula, verdict):
    test_a_currency_sign_before_an_amount(formula, verdict)  # one display formula, one step


@pytest.mark.parametrize("text, verdicts", [
    # a Celsius temperature beside kelvin in one formula: read in kelvin (an offset, 273.15),
    # the conversion checked (was compared as numbers: 50 = 323.15 failed)
    ("$T = 50\\ ^\\circ\\text{C} = 323.15\\ \\text{K}$", ["holds"]),
    ("$T = 50\\ ^\\circ\\text{C} = 333.15\\ \\text{K}$", ["fails"]),
    ("온도는 $T = 27^\\circ\\text{C} = 300.15\\ \\text{K}$ 이고 $$2T = 600.3$$",
     ["holds", "holds"]),
    ("温度 $T = 27^\\circ\\text{C} = 300.15\\ \\text{K}$，故 $$2T = 610.3$$", ["holds", "fails"]),
    # the writer adds the offset, or Fahrenheit beside Celsius: refused by name, never failed
    ("$T = 37^\\circ\\text{C} = 37 + 273.15 = 310.15\\ \\text{K}$", ["unreadable", "holds"]),
    ("$100^\\circ\\text{F} = 37.8^\\circ\\text{C}$", ["unreadable"]),
    # one scale only: the number as before
    ("$T = 25\\,^\\circ\\text{C}$, so $T + 5 = 30$.", ["holds"]),
    ("$T = 25\\,^\\circ\\text{C}$, so $T + 5 = 31$.", ["fails"]),
])
def test_temperatures_in_two_scales(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps
    if verdicts[0] == "unreadable":
        assert "offset" in steps[0].method, steps
