"""A member that multiplies or divides quantities in units (composite.py): its unit is their
product, related to the other side's by conversion.py; anything else mixes units (undecided)."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("formula, verdict", [
    # a power times a time is an energy: the same unit (kW·h, kWh) compares numbers
    ("2.5\\ \\text{kW} \\times 4\\ \\text{h} = 10000\\ \\text{Wh}", "holds"),
    ("2.5\\ \\text{kW} \\times 4\\ \\text{h} = 1000\\ \\text{Wh}", "fails"),
    # ... and converts into another unit of energy
    ("2.5\\ \\text{kW} \\times 4\\ \\text{h} = 3.6 \\times 10^7\\ \\text{J}", "holds"),
    ("2.5\\ \\text{kW} \\times 4\\ \\text{h} = 3.6 \\times 10^6\\ \\text{J}", "fails"),
    # volts times amperes are watts; a quotient of an energy by a time is a power
    ("12\\ \\text{V} \\times 0.5\\ \\text{A} = 6\\ \\text{W}", "holds"),
    ("12\\ \\text{V} \\times 0.5\\ \\text{A} = 60\\ \\text{W}", "fails"),
    ("\\frac{9\\ \\text{kJ}}{3\\ \\text{s}} = 3000\\ \\text{W}", "holds"),
    ("\\frac{9\\ \\text{kJ}}{3\\ \\text{s}} = 300\\ \\text{W}", "fails"),
    ("9\\ \\text{kJ} / 3\\ \\text{s} = 3000\\ \\text{W}", "holds"),
    # a torque times an angular speed (units of two factors each) is a power
    ("4\\ \\text{N·m} \\times 50\\ \\text{rad/s} = 200\\ \\text{W}", "holds"),
    ("4\\ \\text{N·m} \\times 50\\ \\text{rad/s} = 20\\ \\text{W}", "fails"),
    # money: an energy times a price per unit of energy is an amount in that currency
    ("40\\ \\text{kWh} \\times 120\\ \\text{원/kWh} = 4800\\ \\text{원}", "holds"),
    ("40\\ \\text{kWh} \\times 120\\ \\text{원/kWh} = 480\\ \\text{원}", "fails"),
    ("5\\ \\text{kg} \\times 8\\ \\text{元/kg} = 40\\ \\text{元}", "holds"),
    ("5\\ \\text{kg} \\times 8\\ \\text{元/kg} = 45\\ \\text{元}", "fails"),
])
def test_a_product_of_quantities_in_units(formula, verdict):
    steps = check_text(f"A heater.\n\n$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


@pytest.mark.parametrize("formula", [
    # a sum of quantities in two units: no product, the member mixes units
    "2\\ \\text{h} + 30\\ \\text{min} = 150\\ \\text{min}",
    # a product whose unit is no other side's kind: no conversion to check
    "5\\ \\text{A} \\times 3\\ \\text{s} = 15\\ \\text{kg}",
    # operations over operations a second: the checker reads FLOP/s as FLOPs (no product)
    "\\frac{8 \\times 10^{12}\\ \\text{FLOPs}}{4 \\times 10^{12}\\ \\text{FLOP/s}} = 2\\ \\text{s}",
    # two currencies: no exchange rate is known
    "5\\ \\text{kg} \\times 8\\ \\text{元/kg} = 40\\ \\text{원}",
    # a name in the member: not a product of numbers in units
    "x\\ \\text{m} \\times 3\\ \\text{s} = 6\\ \\text{kg}",
])
def test_what_is_no_product_of_units_is_never_wrong(formula):
    steps = check_text(f"A heater.\n\n$${formula}$$").steps
    assert all(s.verdict != "fails" for s in steps), steps
