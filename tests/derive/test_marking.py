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


# a prefixed unit typed in pieces after a number (`\text{k}\Omega`, `\mu\text{F}`, one brace
# group) is one unit word; Ω alone ending its member is the ohm; μ before an italic letter, or Ω
# applied to something, stays a name
@pytest.mark.parametrize("formula, unit", [
    ("R = 10\\ \\text{k}\\Omega", "kΩ"),
    ("C = 47\\ \\mu\\text{F}", "μF"),
    ("R = 100\\,\\Omega", "Ω"),
    ("x = 3\\,\\mathrm{\\mu m}", "μm"),
    ("x = 3\\,\\mathrm{k\\Omega}", "kΩ"),
    ("t = 2\\mu\\text{s}", "μs"),
    ("I = 0.5\\ \\text{mA}", "mA"),
    ("C = 47\\,\\mu F", None),
    ("2\\Omega(n) = 3", None),
    ("x = 2\\mu", None),
    ("m_t = \\beta_1 \\mathbf{m}_{t-1}", None),  # a bold name after a subscript's digit
    ("v = 2\\mathrm{g}", None),  # no greek piece: read as before (here a product)
])
def test_a_unit_typed_in_pieces_is_one_word(formula, unit):
    from checker.derive.glyph import prepare
    from checker.derive.lexer import tokenize
    from checker.derive.marking import unit_marks

    marks, _ = unit_marks(tokenize(prepare(formula)))
    assert list(marks.values()) == ([unit] if unit else []), marks


@pytest.mark.parametrize("formula, verdict", [
    ("5/10^4 = 0.5\\ \\text{mA}", "holds"),  # amperes in milliamperes
    ("0.5 \\times 47\\times10^{-6} \\times 25 = 0.5875\\ \\text{mJ}", "holds"),
    ("3\\,\\mathrm{\\mu m} = 3 \\times 10^{-3}\\,\\text{mm}", "holds"),
    ("3\\,\\mathrm{\\mu m} = 3 \\times 10^{-2}\\,\\text{mm}", "fails"),  # 10 times too large
    ("2\\,\\text{k}\\Omega = 2000\\,\\Omega", "holds"),
    ("2\\,\\text{k}\\Omega = 200\\,\\Omega", "fails"),
    ("2\\,\\text{atm} = 202650\\,\\text{Pa}", "holds"),  # the standard atmosphere
    ("2\\,\\text{atm} = 20265\\,\\text{Pa}", "fails"),
])
def test_a_prefixed_physical_unit_converts(formula, verdict):
    steps = check_text(f"A circuit.\n\n$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


# a unit after a number in scientific notation with a negative exponent (`10^{-7}\ \text{m}^4`)
# is that number's unit, as after `10^{7}`; a slip in the power of ten still fails
@pytest.mark.parametrize("value, verdict", [
    ("4.1667 \\times 10^{-6}", "holds"),
    ("4.1667 \\times 10^{-7}", "fails"),
])
def test_a_unit_after_a_negative_power_of_ten(value, verdict):
    text = f"$$\\frac{{0.05 \\times 0.1^3}}{{12}} = {value}\\ \\text{{m}}^4$$"
    assert [s.verdict for s in check_text(text).steps] == [verdict]


# a product of physical units written with a centred dot (`N·m`, `kW·h`) is one unit, never a
# factor: a member in it is read whole, not cut after its number
@pytest.mark.parametrize("formula, verdict", [
    ("3\\ \\text{N·m} + 2\\ \\text{N·m} = 5\\ \\text{N·m}", "holds"),
    ("3\\ \\text{N·m} + 2\\ \\text{N·m} = 6\\ \\text{N·m}", "fails"),
    ("2\\ \\text{kWh} = 7.2 \\times 10^6\\ \\text{J}", "holds"),
    ("2\\ \\text{kWh} = 7.2 \\times 10^5\\ \\text{J}", "fails"),
    ("3000/4 = 750\\ \\text{rpm}", "holds"),
    ("3000/4 = 760\\ \\text{rpm}", "fails"),
])
def test_products_of_units_and_units_of_rotation(formula, verdict):
    steps = check_text(f"A motor.\n\n$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


def test_a_member_of_two_quantities_in_units_is_never_cut_to_its_first_number():
    # `2 N·m × 50 rad/s`: not the number 2 (a false alarm against 100 W); undecided at worst
    steps = check_text("A motor.\n\n$$P = 2\\ \\text{N·m} \\times 50\\ \\text{rad/s} = "
                       "100\\ \\text{W}$$").steps
    assert all(s.verdict != "fails" for s in steps), steps
    wrong = check_text("A motor.\n\n$$P = 2\\ \\text{N·m} \\times 50 = 120\\ \\text{N·m}$$").steps
    assert wrong[-1].verdict == "fails", wrong


# a count of compute or of bytes per a unit of time (`FLOP/s`, `TFLOP/s`, `GiB/s`) is a rate,
# never the count itself: a count divided by it is a time, checked in its unit; a per-quantity
# that only says what the count is of (`GiB/layer`) stays the count's unit
@pytest.mark.parametrize("text, verdicts", [
    ("$$t = \\frac{6 \\times 10^{15}\\ \\text{FLOPs}}{2 \\times 10^{12}\\ \\text{FLOP/s}} = 3000\\ \\text{s}$$",
     ["holds"]),
    ("$$t = \\frac{6 \\times 10^{15}\\ \\text{FLOPs}}{2 \\times 10^{12}\\ \\text{FLOP/s}} = 300\\ \\text{s}$$",
     ["fails"]),
    ("训练需要 $\\frac{9 \\times 10^{21}\\ \\text{FLOPs}}{300\\ \\text{TFLOP/s}} = 3 \\times 10^{7}\\ \\text{s}$。",
     ["holds"]),
    ("훈련 시간은 $\\frac{9 \\times 10^{21}\\ \\text{FLOPs}}{300\\ \\text{TFLOP/s}} = 3 \\times 10^{10}\\ \\text{s}$ 이다.",
     ["fails"]),
    ("Each layer holds $0.5\\ \\text{GiB/layer} \\times 24 = 12\\ \\text{GiB}$.", ["holds"]),
    ("Each layer holds $0.5\\ \\text{GiB/layer} \\times 24 = 10\\ \\text{GiB}$.", ["fails"]),
])
def test_a_count_per_unit_of_time_is_a_rate(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps
