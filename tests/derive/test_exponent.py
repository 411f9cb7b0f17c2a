"""A name in the exponent of a power of a complex number counts (exponent.py): de Moivre's
formula holds at integer exponents, and a wrong one still fails there."""

import pytest

from checker.derive.document import check_text

_INTRO = "## Powers of complex numbers\n\nDe Moivre, by induction.\n\n"


@pytest.mark.parametrize("formula, verdict", [
    ("(\\cos t + i\\sin t)^m = \\cos(mt) + i\\sin(mt)", "holds"),
    ("(\\cos t - i\\sin t)^m = \\cos(mt) - i\\sin(mt)", "holds"),
    ("(1 + i)^{2m} = (2i)^m", "holds"),
    # wrong twins: they differ at integer exponents too
    ("(\\cos t + i\\sin t)^m = \\cos(mt) - i\\sin(mt)", "fails"),
    ("(\\cos t + i\\sin t)^m = \\cos(mt) + i\\sin (m + 1)t", "fails"),
    ("(1 + i)^{2m} = (2i)^{m + 1}", "fails"),
])
def test_an_exponent_of_a_complex_number_counts(formula, verdict):
    steps = check_text(_INTRO + f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps
    if verdict == "holds":
        assert "at integers" in steps[0].method or "proof" in steps[0].method, steps
