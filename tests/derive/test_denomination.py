"""A chain in units (denomination.py): a name given a number in a unit that only rescales, in a
new problem, is the quantity's value, never a conversion claim against its old value."""

import pytest

from checker.derive.document import check_text

_FIRST = "## Run 1\n\nWith $n = 4096$ tokens:\n\n$$2n = 8192$$\n\n"


@pytest.mark.parametrize("text, verdicts", [
    # a new section: n's value there is the one written, with its unit; no step on it
    (_FIRST + "## Run 2\n\nNow $n = 16\\text{K}$ tokens, so $$2 \\times 16 = 32$$",
     ["holds", "holds"]),
    # never bound before: no conversion to check either
    ("The window is $w = 4\\text{K}$ wide.\n\n$$4 \\times 2 = 8$$", ["holds"]),
])
def test_a_name_given_a_number_in_a_scaled_unit_in_a_new_problem_is_no_step(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps


def test_the_same_number_again_in_its_own_section_is_still_checked():
    # wrong twin: in the section that bound it, a number in K for n is a claim, and 4096 is
    # 4 K (or 4.096 K) in every reading, never 16 K
    text = "With $n = 4096$ tokens:\n\n$$2n = 8192$$\n\nthat is $n = 16\\text{K}$."
    assert [s.verdict for s in check_text(text).steps] == ["holds", "fails"], \
        check_text(text).steps


@pytest.mark.parametrize("text, verdicts", [
    # a name given its value in two units: later steps work in either (in the litre as given,
    # or in m³, the SI unit the litre rescales, prefix.py), never compared in the wrong one
    # (was a false alarm)
    ("The tank holds $V = 20\\ \\text{L} = 0.02\\ \\text{m}^3$.\n\n"
     "$$\\frac{V}{4} = \\frac{0.02}{4} = 0.005$$", ["holds", "holds", "holds"]),
    # wrong twins: the conversion itself, and the arithmetic after it, still fail
    ("The tank holds $V = 20\\ \\text{L} = 0.2\\ \\text{m}^3$.\n\n"
     "$$\\frac{V}{4} = \\frac{0.02}{4} = 0.005$$", ["fails", "holds", "holds"]),
    ("The tank holds $V = 20\\ \\text{L} = 0.02\\ \\text{m}^3$.\n\n"
     "$$\\frac{V}{4} = \\frac{0.02}{4} = 0.05$$", ["holds", "holds", "fails"]),
])
def test_a_name_given_in_two_units_has_no_one_value(text, verdicts):
    steps = [s for s in check_text(text).steps if s.verdict != "undecided"]
    assert [s.verdict for s in steps] == verdicts, check_text(text).steps


@pytest.mark.parametrize("text, verdict", [
    # the last member's unit written right after the formula, another member's inside it: the
    # two relate by their conversion (were compared as numbers: false alarms)
    ("$T = 3.156 \\times 10^{7}\\ \\text{s} \\approx 365.3$ days.", "holds"),
    ("$t = 7200\\ \\text{s} = 2$ hours.", "holds"),
    ("一共 $500 \\times 120\\ \\text{ms} = 60$ 秒。", "holds"),
    ("총 $90\\ \\text{min} = 1.5$시간이다.", "holds"),
    # wrong twins: off by more than a rounding, in units of one reading each
    ("$t = 7200\\ \\text{s} = 3$ hours.", "fails"),
    ("一共 $500 \\times 120\\ \\text{ms} = 6$ 秒。", "fails"),
    ("총 $90\\ \\text{min} = 2.5$시간이다.", "fails"),
    # a word that only starts like a unit (초기값: an initial value) names none
    ("$w = 0.5\\ \\text{s} = 0.5$ 초기값.", "holds"),
])
def test_a_unit_written_after_the_formula_is_its_last_members(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict], check_text(text).steps


@pytest.mark.parametrize("text, verdict", [
    # the last member a power, not a bare number: the unit after the formula is still its own
    ("一块是 $4\\ \\text{KiB} = 2^{12}$ 字节。", "holds"),
    ("一块是 $4\\ \\text{KiB} = 2^{10}$ 字节。", "fails"),
    # a unit unit.py also names (MJ), written by the writer after the `$`: the last member's
    ("The heater used $E = 2000\\ \\text{W} \\times 3600\\ \\text{s} \\approx 7.2$ MJ.", "holds"),
    ("The heater used $E = 2000\\ \\text{W} \\times 3600\\ \\text{s} \\approx 72$ MJ.", "fails"),
])
def test_the_unit_after_the_formula_whatever_its_last_member(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict], check_text(text).steps


def test_a_unit_the_formula_ends_in_is_unit_pys():
    # `E = ... = 240\ \text{kJ}$`: written inside the formula, moved after it (unit.outside)
    # and converted there; E keeps its value in J (not read as the last member's unit here)
    steps = check_text("$E = 240\\,000\\ \\text{J} = 240\\ \\text{kJ}$").steps
    assert [s.verdict for s in steps] == ["holds"] and "unit named" in steps[0].method, steps
    steps = check_text("$E = 240\\,000\\ \\text{J} = 24\\ \\text{kJ}$").steps
    assert [s.verdict for s in steps] == ["fails"], steps


@pytest.mark.parametrize("text, verdict", [
    # a unit the formula ends in, in a chain that gives no name a value: the last member's
    ("$3\\ \\text{kW} \\times 2\\ \\text{h} = 6\\ \\text{kWh}$", "holds"),
    ("$3\\ \\text{kW} \\times 2\\ \\text{h} = 5\\ \\text{kWh}$", "fails"),
])
def test_a_unit_the_formula_ends_in_is_the_last_members_in_a_chain_of_values(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict, check_text(text).steps


# a unit word ending the formula (read as written after it, unit.outside) closes a chain whose
# other members are in units of its kind: it is the last member's unit, so kW × h = kWh is
# checked as a conversion (equal units: as numbers), never a unit against a bare number
@pytest.mark.parametrize("text, verdicts", [
    ("$$W = 2.5\\ \\text{kW} \\times 4\\ \\text{h} = 10\\ \\text{kWh}$$", ["holds"]),
    ("$$W = 2.5\\ \\text{kW} \\times 4\\ \\text{h} = 1\\ \\text{kWh}$$", ["fails"]),
    ("$$W = 2.5\\ \\text{kW} \\times 4\\ \\text{h} = 10000\\ \\text{Wh}$$", ["holds"]),
    ("$$W = 2.5\\ \\text{kW} \\times 4\\ \\text{h} = 1000\\ \\text{Wh}$$", ["fails"]),
    ("하루 4시간이면 $2.5\\ \\text{kW} \\times 4\\ \\text{h} = 10\\ \\text{kWh}$ 이다.", ["holds"]),
    ("每天 4 小时：$2.5\\ \\text{kW} \\times 4\\ \\text{h} = 100\\ \\text{kWh}$。", ["fails"]),
])
def test_a_unit_word_closing_a_product_of_units_is_the_last_members(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps
