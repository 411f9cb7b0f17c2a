"""∇f of a function the text defines with several parameters (gradient.partials): the tuple of
its slopes by them, in their order, so the step is checked as if the partials were written out;
a function with no parameters written, or arguments that are not those parameters or numbers,
is not read so."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

EN = "Let $f(x, y) = x^2 + 3xy + 2y^2$.\n\n"
KO = "목적함수 $f(x, y) = x^2 + 5y^2$, 시작점 $(1, 1)$.\n\n"
ZH = "设 $J(w, b) = \\frac{1}{2}(2w + b - 1)^2$，则\n\n"

# (preamble, the correct formula, its wrong twin: one slip the reading must still catch)
TWINS = [
    (EN, "$$\\nabla f = (2x + 3y,\\; 3x + 4y)$$", "$$\\nabla f = (2x + 3y,\\; 3x + 2y)$$"),
    (KO, "$$\\nabla f(1, 1) = (2, 10)$$", "$$\\nabla f(1, 1) = (2, 5)$$"),
    (KO, "$$\\nabla f = (2x,\\ 10y)$$", "$$\\nabla f = (2x,\\ 5y)$$"),
    (ZH, "$$\\nabla J(w, b) = \\begin{bmatrix} 2(2w + b - 1) \\\\ 2w + b - 1 \\end{bmatrix}$$",
     "$$\\nabla J(w, b) = \\begin{bmatrix} 2w + b - 1 \\\\ 2w + b - 1 \\end{bmatrix}$$"),
    (ZH, "$$\\nabla J(0, 0) = (-2, -1)$$", "$$\\nabla J(0, 0) = (-1, -1)$$"),
]


@pytest.mark.parametrize("preamble,right,wrong", TWINS)
def test_gradient_of_a_function_of_several_parameters(preamble, right, wrong):
    check_twins(preamble + right + "\n", preamble + wrong + "\n")
    steps = check_text(preamble + right + "\n").steps
    assert [s.verdict for s in steps if s.line == 3] == ["holds"], [
        (s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("text", [
    # no parameters written: by which variables is not said
    "Let $f = x^2 + y^2$.\n\n$$\\nabla f = (2x, 2y)$$\n",
    # the arguments in another order: which slot is which is not a plain substitution
    "Let $f(x, y) = x^2 + 3y$.\n\n$$\\nabla f(y, x) = (2y, 3)$$\n",
])
def test_not_read_without_the_parameters(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict in ("unreadable", "undecided") for s in steps if s.line == 3)
