"""An identity written where the example's value is a pole (pole.identity_at_pole): the value
was put into another equation (the cover-up method), so the step is the identity in its names:
it holds when the sides agree as written; sides that differ stay undecided (the step may be a
ratio taken at the point, as l'Hôpital's rule writes it)."""

import pytest

from checker.derive.document import check_text

COVER = "Multiply out: $7 - t = C(t - 2) + D(t + 1)$.\n\n* Put $t = 2$: $5 = 3D$.\n\nHence\n\n"


@pytest.mark.parametrize("text, verdict", [
    (COVER + "$$\\frac{7 - t}{(t+1)(t-2)} = \\frac{5/3}{t-2} - \\frac{8/3}{t+1}$$", "holds"),
    (COVER + "$$\\frac{7 - t}{(t+1)(t-2)} = \\frac{5/3}{t-2} + \\frac{8/3}{t+1}$$", "undecided"),
    ("令 $u = 1$：$$\\frac{u^2 - 1}{u - 1} = u + 1$$", "holds"),
    ("令 $u = 1$：$$\\frac{u^2 - 1}{u - 1} = u - 1$$", "undecided"),
    # at the pole the step is about the point itself: a ratio, or a number, stays undecided
    ("At $s = 0$: $$\\frac{\\sin s}{s} = \\frac{\\cos s}{1}$$", "undecided"),
    ("$r = 0.5$ 일 때 $$\\frac{1}{1 - 2r} = 4$$", "undecided"),
])
def test_an_identity_at_a_pole_of_the_example(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict
