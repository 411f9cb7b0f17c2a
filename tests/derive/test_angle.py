"""Angles in degrees (glyph.prepare, angle.py): a number with a degree sign is that many times
π/180 wherever it stands, so sums of angles, a name bound in degrees and the trigonometric
functions of it are checked; a step that reads such a name with no degree sign written
(`φ/3 = 20`) may mean degrees: undecided, never a failure."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, verdicts", [
    ("The angles $35^\\circ + 65^\\circ + 80^\\circ = 180^\\circ$ close the triangle.", ["holds"]),
    ("With $\\varphi = 60^\\circ$ we get $\\cos\\varphi = 0.5$.", ["holds"]),
    ("With $\\varphi = 60°$ we get $\\varphi/3 = 20^\\circ$.", ["holds"]),
    # sin B ≈ 0.9397 gives B its value (instantiation.inverted): no step of its own
    ("By the sine rule $\\sin B \\approx 0.9397$, so $B \\approx 70^\\circ$ and "
     "$2B \\approx 140^\\circ$.", ["holds"]),
    # the name bound in degrees, read with no degree sign on the line: which unit? undecided
    ("With $\\varphi = 60^\\circ$ we get $\\varphi/3 = 20$.", ["undecided"]),
    # wrong twins
    ("The angles $35^\\circ + 65^\\circ + 70^\\circ = 180^\\circ$ close the triangle.", ["fails"]),
    ("With $\\varphi = 60^\\circ$ we get $\\cos\\varphi = 0.6$.", ["fails"]),
    ("With $\\varphi = 60°$ we get $\\varphi/3 = 30^\\circ$.", ["fails"]),
    # a temperature in degrees stays a number on its scale
    ("Warmed by 5 degrees: $20^\\circ\\text{C} + 5 = 25^\\circ\\text{C}$.", ["holds"]),
    ("Warmed by 5 degrees: $20°C + 5 = 26°C$.", ["fails"]),
])
def test_angles_in_degrees(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
