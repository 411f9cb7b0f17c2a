"""Shapes the text fixes (conformance.py): a product's rows are its left factor's and its
columns its right factor's whatever a factor of no declared shape is, so a sum whose operands
have rows (or columns) the text never sets equal does not hold at any size; the correct twins,
and sums an open name could make conform, are left alone."""

import pytest

from checker.derive.document import check_text

NORMAL = ("Let $X \\in \\mathbb{R}^{m \\times n}$ and $y \\in \\mathbb{R}^{m}$.\n\n"
          "$$J(\\theta) = \\frac{1}{2m}\\lVert X\\theta - y\\rVert^2$$\n\n")
GRAD = "$$\\nabla_{\\theta} J = %s$$"


def last(text: str):
    steps = check_text(text).steps
    assert steps, text
    return steps[-1]


@pytest.mark.parametrize("text, verdict, words", [
    # XXᵀθ has m rows whatever θ is; Xᵀy has n: no shape of θ makes them conform
    (NORMAL + GRAD % "\\frac{1}{m}(XX^T\\theta - X^T y)", "fails",
     "X·Xᵀ·θ (m, ?) and Xᵀ·y (n, 1)"),
    (NORMAL + GRAD % "\\frac{1}{m}(XX^T\\theta - X^T y)", "fails", "whatever the shape of θ"),
    (NORMAL + GRAD % "\\frac{1}{m}(X^T y - XX^T\\theta)", "fails", "whatever the shape of θ"),
    # the correct twins (θ's shape undeclared: they may stay undecided, never fail)
    (NORMAL + GRAD % "\\frac{1}{m}(X^T X\\theta - X^T y)", "not fails", None),
    (NORMAL + GRAD % "\\frac{1}{m}X^T(X\\theta - y)", "not fails", None),
])
def test_a_sum_no_open_shape_makes_conform(text, verdict, words):
    step = last(text)
    if verdict == "not fails":
        assert step.verdict != "fails", (step.method, step.diagnosis)
        return
    assert step.verdict == verdict, (step.method, step.diagnosis)
    if words:
        assert words in (step.diagnosis or ""), step.diagnosis


@pytest.mark.parametrize("text", [
    # an open name on the left of a product: its rows are open too (θᵀ may be a row)
    NORMAL + "$$g = \\theta^T X^T X - y^T X$$\n\n$$g = \\theta^T X^T X - y^T X$$",
    # a coefficient of no declared shape may be a number
    NORMAL + GRAD % "\\lambda X^T y + X^T X\\theta",
    # a bias of no declared shape broadcasts
    NORMAL + "$$r = X\\theta + b - y$$\n\n$$r = X\\theta + b - y$$",
])
def test_sums_an_open_shape_could_make_conform_are_not_failed(text):
    assert all(s.verdict != "fails" for s in check_text(text).steps), [
        (s.lhs, s.rhs, s.diagnosis) for s in check_text(text).steps]
