"""Names the text gives to the roots of a polynomial equation it writes (roots.py): bound to
the real roots, the larger first; a step that writes two of them is read in the other orders
too, so a symmetric one is decided and one that holds in another order only stays undecided."""

import pytest

from checker.derive.document import check_text

KO = "**문제.** 이차방정식 $x^2 - 5x + 6 = 0$ 의 두 근을 $\\alpha, \\beta$ 라 할 때\n\n"
EN = "Let $\\alpha, \\beta$ be the roots of $x^2 - 3x + 1 = 0$.\n\n"
ZH = "设方程 $x^2 - 4x + 1 = 0$ 的两根为 $\\alpha, \\beta$，求下列各式的值。\n\n"
CUBIC = "The equation $t^3 - 6t^2 + 11t - 6 = 0$ has the roots $p, q, r$.\n\n"
NONE = "Let $\\alpha, \\beta$ be the roots of $x^2 + x + 1 = 0$.\n\n"  # no real roots


@pytest.mark.parametrize("text, verdict", [
    (KO + "$$\\alpha + \\beta = 5$$", "holds"),
    (KO + "$$\\alpha + \\beta = 6$$", "fails"),
    (KO + "$$\\alpha\\beta = 6$$", "holds"),
    (KO + "$$\\alpha^2 + \\beta^2 = 13$$", "holds"),
    (KO + "$$\\alpha^2 + \\beta^2 = 25$$", "fails"),  # (α + β)², 2αβ forgotten
    # an order: the larger first holds; the other order only is a guess; neither fails
    (KO + "$$\\alpha - \\beta = 1$$", "holds"),
    (KO + "$$\\alpha - \\beta = -1$$", "undecided"),
    (KO + "$$\\alpha - \\beta = 2$$", "fails"),
    (EN + "$$\\alpha^2 + \\beta^2 = (\\alpha + \\beta)^2 - 2\\alpha\\beta = 7$$",
     "holds holds"),
    (EN + "$$\\alpha^2 + \\beta^2 = (\\alpha + \\beta)^2 - 2\\alpha\\beta = 9$$",
     "holds fails"),
    (ZH + "$$\\frac{1}{\\alpha} + \\frac{1}{\\beta} = \\frac{\\alpha + \\beta}{\\alpha\\beta} = 4$$",
     "holds holds"),
    (ZH + "$$\\frac{1}{\\alpha} + \\frac{1}{\\beta} = \\frac{\\alpha + \\beta}{\\alpha\\beta} = "
     "\\frac{1}{4}$$", "holds fails"),
    (CUBIC + "$$p + q + r = 6, \\qquad pq + qr + rp = 11$$", "holds holds"),
    (CUBIC + "$$pqr = 11$$", "fails"),
    # no real roots: nothing bound, the step stays a claim about unknown α, β
    (NONE + "$$\\alpha + \\beta = -1$$", "undecided"),
])
def test_names_of_the_roots_of_an_equation(text, verdict):
    assert " ".join(s.verdict for s in check_text(text).steps) == verdict
