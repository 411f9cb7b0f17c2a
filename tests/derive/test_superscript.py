"""Members written with a superscript label (superscript.py, and summation's refusal to sum a
superscript-indexed family): `x^{(i)}`, `θ^{(t)}` are names of their own to this checker, so a
step relating them to their family is undecided, never failed. Each row: correct notes (no step
may fail) and a wrong twin whose slip the checker still sees (a step must fail)."""

import pytest

from tests.derive.twins import check_twins


ROWS = [
    ("closed form of superscript iterates (en)",
     "Update $\\theta^{(t+1)} = \\theta^{(t)} - 2\\eta(\\theta^{(t)} - 3)$, $\\eta = 0.25$, "
     "$\\theta^{(0)} = 0$.\n\nClosed form: $\\theta^{(t)} - 3 = (1 - 2\\eta)^t(\\theta^{(0)} - 3)"
     " = -3 \\cdot 0.5^t$.",
     "Update $\\theta^{(t+1)} = \\theta^{(t)} - 2\\eta(\\theta^{(t)} - 3)$, $\\eta = 0.25$, "
     "$\\theta^{(0)} = 0$.\n\nClosed form: $\\theta^{(t)} - 3 = (1 - 2\\eta)^t(\\theta^{(0)} - 3)"
     " = -3 \\cdot 0.25^t$."),
    ("per-sample gradient of a mean over superscript samples (en)",
     "$$J = \\frac{1}{m}\\sum_{i=1}^{m}(h^{(i)} - y^{(i)})^2$$\n\n"
     "$$\\frac{\\partial J}{\\partial h^{(i)}} = \\frac{2}{m}(h^{(i)} - y^{(i)})$$\n\n"
     "With $m = 2$: $\\frac{2}{2}(3 - 1) = 2$.",
     "$$J = \\frac{1}{m}\\sum_{i=1}^{m}(h^{(i)} - y^{(i)})^2$$\n\n"
     "$$\\frac{\\partial J}{\\partial h^{(i)}} = \\frac{2}{m}(h^{(i)} - y^{(i)})$$\n\n"
     "With $m = 2$: $\\frac{2}{2}(3 - 1) = 3$."),
    ("batch logistic regression, entries and a vector (ko)",
     "$z^{(i)} = w^\\top x^{(i)} + b$, $\\hat y^{(i)} = \\sigma(z^{(i)})$, 벡터로는 "
     "$\\hat{y} = \\sigma(Xw + b)$.\n\n"
     "$$J = -\\frac{1}{m}\\sum_{i=1}^{m}\\left[y^{(i)}\\log\\hat y^{(i)} + (1-y^{(i)})"
     "\\log(1-\\hat y^{(i)})\\right]$$\n\n"
     "샘플 하나: $\\frac{\\partial J}{\\partial z^{(i)}} = \\frac{1}{m}(\\hat y^{(i)} - y^{(i)})$",
     "$\\sigma(0) = 0.5$ 이므로 $\\hat y^{(1)} = \\sigma(0) = 0.6$"),
    ("layer superscripts in a Chinese note",
     "第 $l$ 层：$a^{(l)} = \\sigma(z^{(l)})$，$a^{(0)} = x$。\n\n"
     "$$\\sum_{l=1}^{L} \\lVert a^{(l)} \\rVert^2 = \\sum_{l=1}^{L} \\lVert \\sigma(z^{(l)}) "
     "\\rVert^2$$",
     "$\\sigma(0) = 0.5$，所以 $a^{(1)} = \\sigma(0) = 0.25$"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail_and_the_wrong_twin_does(what, right, wrong):
    check_twins(right, wrong)
