"""Unit words in a formula's tokens (marking.py): which words are units, and of what."""

import pytest

from checker.derive.document import check_text

# a physical unit typed upright after a closing bracket at the end of its member is the unit of
# the whole member (metres), never a factor named m (the mass the example binds); a slip in the
# value still fails
_SPRING = ("A block of mass $m = 0.4\\ \\text{kg}$ on a spring, $\\omega = 10$:\n\n"
           "$$y(t) = 0.03\\sin(10t)\\ \\text{m}$$\n\nAt $t = 0.2$: $y(0.2) = %s$.")


@pytest.mark.parametrize("value, verdict", [
    ("0.03\\sin 2", "holds"),
    ("0.03\\sin 4", "fails"),
    ("0.012\\sin 2", "fails"),  # read as 0.03·sin(2)·m before: this one "held"
])
def test_an_upright_unit_after_a_bracket_is_the_members_unit(value, verdict):
    steps = [s for s in check_text(_SPRING % value).steps if s.lhs.startswith("y(0.2)")]
    assert [s.verdict for s in steps] == [verdict], steps


# a number typed in e-notation is one number (glyph reads `14e9` as a braced 14·10^9): a unit
# word after it is its unit, and a division by it divides by the whole number
@pytest.mark.parametrize("formula, verdict", [
    ("14e9 / 2e12\\ \\text{s} = 7\\ \\text{ms}", "holds"),
    ("14e9 / 2e12\\ \\text{s} = 70\\ \\text{ms}", "fails"),  # a tenth of a second, not 7 ms
    ("14e9 / 2e12 = 0.007", "holds"),
    ("14e9 / 2e12 = 0.07", "fails"),
    ("6e-3\\ \\text{s} = 6\\ \\text{ms}", "holds"),
    ("6e-3\\ \\text{s} = 60\\ \\text{ms}", "fails"),
])
def test_a_number_in_e_notation_is_one_number_with_its_unit(formula, verdict):
    steps = check_text(f"# Latency\n\nOne token takes ${formula}$.").steps
    assert [s.verdict for s in steps] == [verdict], steps


# a time spent by each of a count of resources (`GPU-hours`, `node-days`) is in that time unit:
# seconds to GPU-hours relate by 3600, and a slip in the power of ten still fails
@pytest.mark.parametrize("hours, verdict", [
    ("1.87\\times10^{5}", "holds"),
    ("1.87\\times10^{4}", "fails"),
])
def test_a_resource_time_unit_is_a_time(hours, verdict):
    text = (f"$$6.73\\times10^{{8}}\\ \\text{{s}} \\approx {hours}\\ \\text{{GPU-hours}}$$")
    assert [s.verdict for s in check_text(text).steps] == [verdict]


def test_a_resource_time_unit_in_days():
    text = "$$172{,}800\\ \\text{s} = 2\\ \\text{node-days}$$"
    assert [s.verdict for s in check_text(text).steps] == ["holds"]
