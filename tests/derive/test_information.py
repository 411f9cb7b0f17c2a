"""A conversion between bits and nats written as a factor ln 2 (information.py): a value times
ln 2 is in nats and a value divided by ln 2 in bits, whatever unit the text states."""

import pytest
import sympy as sp

from checker.derive.document import check_text
from checker.derive.information import wrong_way

_LN2 = sp.log(2)


@pytest.mark.parametrize("expr, unit", [
    (sp.Float(2.0) * _LN2, "bits"),
    (sp.Float(1.4979) * _LN2, "bit"),
    (sp.Float(0.2781) / _LN2, "nats"),
    (sp.Symbol("H") * _LN2, "비트"),  # a value bound to a name
    (sp.Rational(3, 2) / _LN2, "nat"),
])
def test_a_conversion_the_wrong_way_is_named(expr, unit):
    assert "wrong way" in wrong_way(expr, unit)


@pytest.mark.parametrize("expr, unit", [
    (sp.Float(2.0) / _LN2, "bits"),  # nats to bits: divides
    (sp.Float(1.5) * _LN2, "nats"),  # bits to nats: multiplies
    (sp.log(8) / _LN2, "bits"),  # a change of base, log_2 8
    (sp.Float(2.0) * _LN2, "GiB"),  # no information unit
    (sp.Float(2.0) * _LN2 ** 2, "bits"),  # not the plain factor
    (sp.Float(2.0) * _LN2 * sp.log(3), "bits"),  # beside another logarithm
    (sp.Float(1.386), "bits"),  # no factor ln 2
])
def test_anything_else_is_no_wrong_conversion(expr, unit):
    assert wrong_way(expr, unit) is None


@pytest.mark.parametrize("text", [
    "A loss of 2.0 nats is\n$$2.0 \\times \\ln 2 \\approx 1.386 \\text{ bits}$$",
    "비트 단위 교차엔트로피: $1.4979\\cdot\\ln 2 \\approx 1.038$ bits/token.",
    "单位换算：$$I \\approx 0.2781 \\times \\log_2 e \\approx 0.401 \\text{ nats}$$",
    "In bits: $0.75 \\ln 2 \\approx 0.52$ bits.",
])
def test_a_document_converting_the_wrong_way_fails(text):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if "wrong way" in s.method] == ["fails"], steps


@pytest.mark.parametrize("text", [
    "A loss of 2.0 nats is\n$$2.0 / \\ln 2 \\approx 2.885 \\text{ bits}$$",
    "비트를 나트로: $1.5 \\cdot \\ln 2 \\approx 1.04$ nats.",
    "$$I \\approx 0.2781 \\times \\ln 2 \\approx 0.193 \\text{ nats}$$",
    "$$H = \\log_2 8 = \\ln 8 / \\ln 2 = 3 \\text{ bits}$$",
    "$$0.5 \\times \\log_2 e \\approx 0.721 \\text{ bits}$$",
    "$$H(0.5) = \\ln 2 \\approx 0.693 \\text{ nats} = 1 \\text{ bit}$$",
    # a log with no base written, where the text takes logs to base 2
    "Throughout, $\\log$ is base 2.\n$$H = -2 \\cdot 0.5 \\log 0.5 = \\log 2 = 1 \\text{ bit}$$",
    "로그의 밑은 2이다. 공정한 동전: $H = \\log 2 = 1$ 비트.",
    # a chain stated in both units is the conversion itself
    "One bit is ln 2 nats:\n$$1 \\text{ bit} = \\ln 2 \\approx 0.693 \\text{ nats}$$",
    "换算：$$2 \\text{ 比特} = 2 \\ln 2 \\approx 1.386 \\text{ nats}$$",
    # ln 2 nats stated as the bits it is: a conversion the right way
    "The Jensen-Shannon divergence is at most $\\ln 2 = 1 \\text{ bit}$.",
    "균등한 4지선다의 엔트로피: $H = 2 \\ln 2 = 2$ 비트.",
    "公平硬币的熵 $\\ln 2 = 1$ bit。",
])
def test_a_conversion_the_right_way_never_fails(text):
    steps = check_text(text).steps
    assert steps and not any(s.verdict == "fails" for s in steps), steps
