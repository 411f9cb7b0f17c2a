"""False alarms found by simulating a held-out judge (round 8, hunt12): correct derivations of
our own in real styles, each row a minimal reproduction of one GENERAL reading that made a
correct step fail, and a wrong twin whose reading is certain (some step must still fail).

Classes: δ written as the derivative's mark (`\\frac{\\delta L}{\\delta a}`, notebooks); an
undefined `I` added to a square matrix (the identity, not a number broadcast); the norm of a
matrix (`‖A‖_2`: operator or entrywise?); the norm of a name the text defines through others;
`\\nabla_w L \\cdot v` (the gradient of L, then a product); a point looked at in prose (`$q = p$
에서`, `at $q = p$`) read as a new meaning of q; a function whose parameters its formula does
not use, at other arguments."""

import pytest

from checker.derive.document import check_text

ROWS = [
    ("delta as the derivative's mark",
     "$L = (a - y)^2$\n\n$$\\frac{\\delta L}{\\delta a} = 2(a - y)$$\n\n"
     "### 这里 $\\frac{\\delta \\ln x}{\\delta x} = \\frac{1}{x}$",
     "$L = (a - y)^2$\n\n$$\\frac{\\delta L}{\\delta a} = (a - y)$$"),
    ("identity beside a square matrix",
     "$$A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$$\n\n"
     "$$\\det(A - \\lambda I) = (2 - \\lambda)^2 - 1 = (\\lambda - 3)(\\lambda - 1)$$",
     "$$A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$$\n\n"
     "$$\\det(A - \\lambda I) = (2 - \\lambda)^2 + 1$$"),
    ("operator norm of a matrix",
     "$$A = \\begin{bmatrix} 3 & 1 \\\\ 1 & 3 \\end{bmatrix}$$\n\n"
     "Its singular values are 4 and 2, so $\\|A\\|_2 = 4$.",
     "$$A = \\begin{bmatrix} 3 & 1 \\\\ 1 & 3 \\end{bmatrix}$$\n\n"
     "Its singular values are 4 and 2, so $\\|A\\|_F = 4$."),
    ("norm of a name defined through others",
     "Weight normalization writes $$w = \\frac{g}{\\|v\\|} v.$$\n\nThen $\\|w\\| = |g|$.",
     "A vector $w$ has entries $w_1$, $w_2$.\n\nThen $\\|w\\| = w_1 + w_2$."),
    ("gradient of a name, then a product",
     "$L = w^2$ and $v = w^3$.\n\n$$\\nabla_w L \\cdot v = 2w^4$$",
     "$L = w^2$ and $v = w^3$.\n\n$$\\nabla_w L \\cdot v = 5w^4$$"),
    ("a point looked at, ko",
     "$$D = p\\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}$$\n\n"
     "$\\frac{\\partial D}{\\partial q} = \\frac{q - p}{q(1 - q)}$ 는 $q = p$ 에서 0 이 된다.\n\n"
     "$p = 0.5$, $q = 0.25$ 일 때 $$D = 0.5\\ln\\frac{4}{3}$$",
     "$$D = p\\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}$$\n\n"
     "$\\frac{\\partial D}{\\partial q} = \\frac{q - p}{q(1 - q)}$ 는 $q = p$ 에서 0 이 된다.\n\n"
     "$p = 0.5$, $q = 0.25$ 일 때 $$D = 0.5\\ln 3$$"),
    ("a point looked at, en",
     "$$D = p\\log\\frac{p}{q}$$\n\nThe slope $\\frac{\\partial D}{\\partial q} = -\\frac{p}{q}$ "
     "is $-1$ at $q = p$.\n\nFor $p = 0.5$, $q = 0.25$: $$D = 0.5\\ln 2$$",
     "$$D = p\\log\\frac{p}{q}$$\n\nThe slope $\\frac{\\partial D}{\\partial q} = -\\frac{p}{q}$ "
     "is $-1$ at $q = p$.\n\nFor $p = 0.5$, $q = 0.25$: $$D = 0.5\\ln 3$$"),
    ("parameters the formula does not use",
     "$$D(P\\|Q) = p\\log\\frac{p}{q}$$ where $p$, $q$ are the probabilities of one under $P$, "
     "$Q$.\n\n$p = 0.5$, $q = 0.25$. The other way round, $D(Q\\|P) = 0.25\\ln 0.5$.",
     "$$D(P\\|Q) = p\\log\\frac{p}{q}$$ where $p$, $q$ are the probabilities of one under $P$, "
     "$Q$.\n\n$p = 0.5$, $q = 0.25$. Then $D(P\\|Q) = 0.25\\ln 0.5$."),
]


def _steps(doc: str):
    return [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    steps = _steps(right)
    assert steps and not [s for s in steps if s[3] == "fails"], steps


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    steps = _steps(wrong)
    assert any(s[3] == "fails" for s in steps), steps


@pytest.mark.parametrize("doc, verdict", [
    ("$$A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$$\n\n"
     "$$\\det(A - \\lambda I) = (2 - \\lambda)^2 - 1$$", "holds"),
    ("$L = (a - y)^2$\n\n$$\\frac{\\delta L}{\\delta a} = 2(a - y)$$", "holds"),
])
def test_certain_readings_hold(doc, verdict):
    assert [s.verdict for s in check_text(doc).steps] == [verdict]
