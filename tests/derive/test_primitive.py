"""A step with an indefinite integral (primitive.py): its sides differ by a constant, checked
by their derivatives in the integral's variable (a `+ C` or none both pass); an integral
without bounds beside a side not written in its variable is over a domain, undecided."""

import pytest

from checker.derive.document import check_text

PARTS = ("**Example.** $u = \\ln x$, $dv = x\\,dx$.\n\n"
         "$$\\int x\\ln x\\,dx = \\frac{x^2}{2}\\ln x - \\int \\frac{x}{2}\\,dx = "
         "\\frac{x^2}{2}\\ln x - \\frac{x^2}{%s} + C$$")

ROWS = [
    ("$$\\int 2x\\,dx = x^2 + C$$", ["holds"]),
    ("$$\\int 2x\\,dx = x^2$$", ["holds"]),  # the constant left out
    ("$$\\int 2x\\,dx = 2x^2 + C$$", ["fails"]),
    (PARTS % "4", ["holds", "holds"]),
    (PARTS % "2", ["holds", "fails"]),  # ∫ x/2 dx is x^2/4
    ("$$\\int x e^x\\,dx = x e^x - \\int e^x\\,dx = x e^x - e^x + C$$", ["holds", "holds"]),
    # a constant other than SymPy's: sin^2/2 and -cos^2/2 differ by 1/2
    ("$$\\int \\sin x \\cos x\\,dx = -\\frac{\\cos^2 x}{2} + C$$", ["holds"]),
    ("Let $F(x) = \\int \\sin x\\cos x\\,dx$. Then $F(x) = -\\cos^2 x/2 + C$.", ["holds"]),
    # the integral comes back: solved for it
    ("Let $I = \\int e^x\\sin x\\,dx$. Twice by parts, "
     "$I = e^x\\sin x - e^x\\cos x - I$, so $2I = e^x(\\sin x - \\cos x)$.",
     ["holds", "holds"]),
    ("치환 $u = x^2$ 으로 $\\int 2x e^{x^2}\\,dx = e^{x^2} + C$ 이다.", ["holds"]),
    ("치환 $u = x^2$ 으로 $\\int 2x e^{x^2}\\,dx = 2x e^{x^2} + C$ 이다.", ["fails"]),
    ("用分部积分，$\\int x\\cos x\\,dx = x\\sin x + \\cos x + C$。", ["holds"]),
    ("用分部积分，$\\int x\\cos x\\,dx = x\\sin x - \\cos x + C$。", ["fails"]),
    # over a domain the text leaves implicit: not an antiderivative
    ("Let $p(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$. Then $$\\int p(x)\\,dx = 1$$",
     ["undecided"]),
    ("$$\\int e^{-x^2}\\,dx = \\sqrt{\\pi}$$", ["undecided"]),
    ("Let $p(x) = e^{-x}$ and $\\mu = 1$. "
     "$$\\int (x - \\mu)^2 p(x)\\,dx = \\int x^2 p(x)\\,dx - \\mu^2$$", ["undecided"]),
    # the integral's variable bound by an earlier example (`x = 2`): a dummy, not the value
    ("At $x = 2$ the area is $x^2 = 4$.\n\n$$\\int 2x\\,dx = x^2 + C$$", ["holds"]),
    ("At $x = 2$ the area is $x^2 = 4$.\n\n$$\\int 2x\\,dx = 2x^2 + C$$", ["fails"]),
    ("Take $x = 3$.\n\n$$\\int x e^x\\,dx = x e^x - \\int e^x\\,dx = x e^x - e^x + C$$",
     ["holds", "holds"]),
    ("Take $x = 3$.\n\n$$\\int x e^x\\,dx = x e^x - \\int e^x\\,dx = x e^x + e^x + C$$",
     ["holds", "fails"]),
    # an integrand not written in its variable, an unknown function: never failed
    ("$$\\int u\\,dv = uv - \\int v\\,du$$", ["undecided"]),
    ("$$\\int f(x)\\,dx = F(x) + C$$", ["undecided"]),
]


@pytest.mark.parametrize("text, verdicts", ROWS)
def test_an_antiderivative_is_checked_by_its_derivative(text, verdicts):
    steps = [s for s in check_text(text).steps if "∫" in s.lhs + s.rhs or s.lhs[:1] in "2FI"]
    assert [s.verdict for s in steps] == verdicts, steps


def test_a_failure_shows_both_derivatives():
    step = check_text("$$\\int 2x\\,dx = 2x^2 + C$$").steps[0]
    assert "2*x against 4*x" in step.method, step
