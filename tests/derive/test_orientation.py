"""How a step's vectors are oriented when the text leaves it open (orientation.py): a product
of two vectors of one shape (x^{(i)}θ with x^{(i)} a row of X, q·k, (3, 4)·(1, 2)) is read
entry by entry, and as their dot product when only that makes both sides conform; what a
declared row multiplies is a column as long as it (θᵀb: inference.py); softmax of a list of
numbers is the softmax of that vector; a step undecided for want of shapes, with both sides
of one shape (a gradient has its variable's shape; names added to it share it; step.py,
inference.join), checked at two choices of the free sizes. Readings the text does not fix only ever make
a step hold: a wrong twin stays undecided, naming the shapes that would decide it."""

import pytest

from checker.derive.document import check_text

SHAPES = ("Let $X \\in \\mathbb{R}^{m \\times n}$, $\\theta \\in \\mathbb{R}^{n \\times 1}$ and "
          "$y \\in \\mathbb{R}^{m \\times 1}$, where $x^{(i)}$ is the $i$-th row of $X$.\n\n")
ROWS = "\\frac{1}{2m}\\sum_{i=1}^{m}\\left(x^{(i)}\\theta - y_i\\right)^2"
THETA = "Let $\\theta \\in \\mathbb{R}^{n \\times 1}$.\n\n"
B = "Let $b \\in \\mathbb{R}^{n \\times 1}$.\n\n"
GRAD = "\\frac{\\partial}{\\partial \\theta}\\left(\\theta^T b\\right)"
TUPLES = "Take $q = (1, 2, 0)$ and $k = (3, -1, 4)$.\n\n"
COLUMNS = ("Let $x, w \\in \\mathbb{R}^{3 \\times 1}$ with $x = (1, 2, 3)^T$ and "
           "$w = (1, 1, 1)^T$. ")


def last(text: str):
    steps = check_text(text).steps
    assert steps, text
    return steps[-1]


def with_product(text: str):
    """The step whose left side is the product (a chain s = q·k = ... states s first)."""
    steps = [s for s in check_text(text).steps if "·" in s.lhs or "x^(i)" in s.lhs]
    assert steps, text
    return steps[-1]


@pytest.mark.parametrize("text, verdict, words", [
    # a sum over the rows x^{(i)} of a declared X: each x^{(i)}θ a number
    (SHAPES + f"$${ROWS} = \\frac{{1}}{{2m}}(X\\theta - y)^T(X\\theta - y)$$", "holds",
     "dot product"),
    (SHAPES + f"$${ROWS} = \\frac{{1}}{{m}}(X\\theta - y)^T(X\\theta - y)$$", "undecided",
     "declare the shapes"),
    (SHAPES + f"$${ROWS} = \\frac{{1}}{{2m}}(X\\theta + y)^T(X\\theta + y)$$", "undecided",
     None),
    # vectors bound as tuples, multiplied with a dot
    (TUPLES + "$$s = q \\cdot k = 3 - 2 + 0 = 1$$", "holds", None),
    (TUPLES + "$$s = q \\cdot k = 3 + 2 + 0 = 5$$", "undecided", None),
    # vectors whose orientation the text fixes (declared, or written as columns): xw of two
    # columns does not conform, so it is never excused as a dot product; xᵀw and x·w are one
    (COLUMNS + "Then $x w = 6$.", "undecided", "x^T w"),
    (COLUMNS + "Then $x^T w = 6$.", "holds", None),
    (COLUMNS + "Then $x \\cdot w = 6$.", "holds", "dot product"),
    (COLUMNS + "Then $x^T w = 7$.", "fails", None),
    (COLUMNS + "Then $x \\cdot w = 7$.", "undecided", None),
    ("<!-- grader: shape x (3, 1); shape w (3, 1) -->\n\n$$x w = x^T w$$", "undecided",
     "x^T w"),
    ("<!-- grader: shape x (3, 1); shape w (3, 1) -->\n\n$$x \\cdot w = x^T w$$", "holds",
     None),
    ("$$x \\cdot w = x^T w$$", "holds", None),
    # two columns of one shape side by side, beside columns: entry by entry, as before
    ("<!-- grader: shape y (m, 1); shape a (m, 1) -->\n\n$$y a - a y = 0 \\cdot y$$", "holds",
     None),
    # what a declared row multiplies (θᵀb): a column as long as θ, so θᵀb is a number; the
    # wrong twins fail once b's shape is declared (a transposed result named as such)
    (THETA + f"$${GRAD} = b$$", "holds", None),
    (THETA + f"$${GRAD} = 2b$$", "undecided", "shape b"),
    (THETA + f"$${GRAD} = b^T$$", "undecided", "shape b"),
    (THETA + B + f"$${GRAD} = b$$", "holds", None),
    (THETA + B + f"$${GRAD} = 2b$$", "fails", None),
    (THETA + B + f"$${GRAD} = b^T$$", "fails", "transposed"),
    # softmax of numbers listed as its arguments: the softmax of that vector
    ("$$\\mathrm{softmax}(0, 1) \\approx (0.2689, 0.7311)$$", "holds", None),
    ("$$\\mathrm{softmax}(2, 1, 0) \\approx (0.665, 0.245, 0.090)$$", "holds", None),
    ("$$\\mathrm{softmax}(1, 0) = \\left(\\frac{e}{e + 1}, \\frac{1}{e + 1}\\right)$$", "holds",
     None),
    ("$$\\mathrm{softmax}(1, 0) \\approx (0.269, 0.731)$$", "fails", None),
    ("$$\\mathrm{softmax}(2, 1, 0) \\approx (0.665, 0.090, 0.245)$$", "fails", None),
])
def test_vectors_whose_product_the_text_leaves_open(text, verdict, words):
    step = with_product(text) if "q \\cdot k" in text else last(text)
    assert step.verdict == verdict, (step.verdict, step.method)
    if words:
        assert words in step.method + (step.diagnosis or ""), (step.method, step.diagnosis)


def test_softmax_of_a_name_and_a_second_argument_is_not_a_list():
    """softmax(z, T): T may be a temperature or an axis, not an entry of the vector."""
    step = last("$$\\mathrm{softmax}(z, T) = \\mathrm{softmax}(2z, 2T)$$")
    assert step.verdict != "fails", step.method
    assert "dot product" not in step.method


XY = ("Let $X \\in \\mathbb{R}^{m \\times 2}$, $y \\in \\mathbb{R}^{m}$ and "
      "$L(w) = \\frac{1}{m}\\|Xw - y\\|^2$.\n\n")
W2 = "Let $w \\in \\mathbb{R}^{2}$.\n\n"
RIDGE = ("Let $X \\in \\mathbb{R}^{m \\times d}$, $y \\in \\mathbb{R}^{m}$ and "
         "$J(w) = \\frac{1}{2m}\\|Xw - y\\|^2 + \\frac{\\lambda}{2}\\|w\\|^2$.\n\n")
WD = "Let $w \\in \\mathbb{R}^{d}$.\n\n"
GRAD_J = "\\frac{\\partial J}{\\partial w} = \\frac{1}{m}X^T(Xw - y)"


@pytest.mark.parametrize("text, verdict, words", [
    # a gradient by a name of no declared shape beside an array: w has the gradient's shape
    (XY + "$$\\nabla L(w) = \\frac{2}{m}X^T(Xw - y)$$", "holds", "both sides having one shape"),
    (XY + "$$\\nabla L(w) = \\frac{1}{m}X^T(Xw - y)$$", "undecided", "declare its shape"),
    (XY + "$$\\nabla L(w) = \\frac{2}{m}X^T(Xw + y)$$", "undecided", None),
    (XY + W2 + "$$\\nabla L(w) = \\frac{2}{m}X^T(Xw - y)$$", "holds", None),
    (XY + W2 + "$$\\nabla L(w) = \\frac{1}{m}X^T(Xw - y)$$", "fails", None),
    # a name added to the gradient shares its shape; λ beside w stays a number
    (RIDGE + f"$${GRAD_J} + \\lambda w$$", "holds", "both sides having one shape"),
    (RIDGE + f"$${GRAD_J} + 2\\lambda w$$", "undecided", None),
    (RIDGE + WD + f"$${GRAD_J} + \\lambda w$$", "holds", None),
    (RIDGE + WD + f"$${GRAD_J} + 2\\lambda w$$", "fails", None),
])
def test_shapes_a_gradient_implies_for_undeclared_names(text, verdict, words):
    step = last(text)
    assert step.verdict == verdict, (step.verdict, step.method)
    if words:
        assert words in step.method, step.method
