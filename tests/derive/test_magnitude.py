"""Large numbers (magnitude.py): a power of rationals is computed exactly while its exact value
stays under magnitude.LIMIT_BITS (`0.999^{1000}`, `2^{-300}`), and refused above it
(`2^{1000000}`); sides without variables that float64 cannot hold (`e^{1000}`, `10^{400}`,
`\\log(e^{998} + e^{1000})`) are compared in 30-digit arithmetic, and a difference there that
no float can show stays undecided."""

import pytest
import sympy as sp

from checker.derive.document import check_text
from checker.derive.magnitude import LIMIT_BITS, exact_bits, too_large

# (text, verdict of its one step): each correct text beside its wrong twin
POWERS = [
    ("After 1000 steps the factor is $0.999^{1000} \\approx 0.3677$.", "holds"),
    ("After 1000 steps the factor is $0.999^{1000} \\approx 0.5$.", "fails"),
    ("1000 步后权重变成原来的 $0.999^{1000} \\approx 0.3677$ 倍。", "holds"),
    ("1000 步后权重变成原来的 $0.999^{1000} \\approx 0.6064$ 倍。", "fails"),
    ("$2^{1000} / 2^{999} = 2$", "holds"),
    ("$2^{1000} / 2^{999} = 3$", "fails"),
    ("계산하면 $(1/2)^{250} \\cdot 2^{250} = 1$ 이다.", "holds"),
    ("계산하면 $(1/2)^{250} \\cdot 2^{250} = 2$ 이다.", "fails"),
    ("$2^{-300} \\cdot 2^{300} = 1$", "holds"),
    ("$1^{100000} = 1$", "holds"),  # a value of one bit, whatever the exponent
]

# numbers past float64's range (about 1.8e308)
WIDE = [
    ("The shift keeps it finite: $\\log(e^{998} + e^{1000}) \\approx 1000.127$.", "holds"),
    ("The shift keeps it finite: $\\log(e^{998} + e^{1000}) \\approx 1001.127$.", "fails"),
    ("값이 너무 크다: $\\ln(e^{800} + e^{800}) = 800 + \\ln 2$", "holds"),
    ("값이 너무 크다: $\\ln(e^{800} + e^{800}) = 801$", "fails"),
    ("取对数：$\\ln(10^{400}) \\approx 921.03$", "holds"),
    ("取对数：$\\ln(10^{400}) \\approx 925$", "fails"),
]

# what stays undecided: an exact value too large to write, a difference no float can show
REFUSED = [
    "$2^{1000000} = 2^{1000000}$",
    "$3^{50000} \\cdot 3 = 3^{50001}$",
    "$2^{10^{400}} = 2^{10^{400}}$",  # an exponent past float64 itself
    "Both overflow: $e^{1000} \\cdot 2 = e^{1000} \\cdot 3$",
]


def _verdict(text: str) -> str:
    (step,) = check_text(text).steps
    return step.verdict


@pytest.mark.parametrize("text,verdict", POWERS + WIDE)
def test_large_numbers_are_decided(text, verdict):
    assert _verdict(text) == verdict


@pytest.mark.parametrize("text", REFUSED)
def test_what_is_too_large_stays_undecided(text):
    assert _verdict(text) == "undecided"


@pytest.mark.parametrize("base,exponent,large", [
    (sp.Rational(999, 1000), 1000, False),  # about 20000 bits
    (sp.Integer(10), 308, False),
    (sp.Integer(2), -300, False),
    (sp.Integer(2), 10 ** 6, True),
    (sp.pi, 300, True),  # a base whose exact cost is not bounded here
    (sp.Integer(7), 150, False),  # an exponent up to 200 is always computed
    (sp.Integer(1), 10 ** 6, False),
])
def test_too_large(base, exponent, large):
    assert too_large(base, sp.Integer(exponent)) is large


def test_exact_bits_bounds_the_value():
    bits = exact_bits(sp.Rational(999, 1000), sp.Integer(1000))
    exact = sp.Rational(999, 1000) ** 1000
    p, q = sp.fraction(exact)
    assert bits is not None and bits >= max(int(p).bit_length(), int(q).bit_length())
    assert bits < LIMIT_BITS


@pytest.mark.parametrize("text, verdict", [
    # vectors of numbers float64 cannot compute: entry by entry in 30-digit arithmetic
    ("$$\\operatorname{softmax}(1000, 999) \\approx (0.7311,\\ 0.2689)$$", "holds"),
    ("$$\\operatorname{softmax}(1000, 999) \\approx (0.2689,\\ 0.7311)$$", "fails"),
    ("$$(e^{800}, e^{801})/e^{800} \\approx (1,\\ 2.718)$$", "holds"),
])
def test_vectors_past_float64(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]
