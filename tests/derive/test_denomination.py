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
