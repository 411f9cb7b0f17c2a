"""construct.py: an unexpected error while a step is decided makes it `undecided`, with the
construct named; never an exception's name."""

import pytest

from checker.derive.construct import describe
from checker.derive.document import check_text
from checker.derive.tree import Bin, Call, Sum, Sym

MATRIX = "$X \\in \\mathbb{R}^{m \\times n}$, $\\theta \\in \\mathbb{R}^{n \\times 1}$\n\n"
CASES = [  # (what, text, the words the reason must contain)
    # (of a vector by a vector, beside a matrix, it is that matrix in a layout: jacobian.py)
    ("a Jacobian on its own", "$X \\in \\mathbb{R}^{2 \\times 3}$, $W \\in \\mathbb{R}^{3 "
     "\\times 2}$\n\n$$\\frac{\\partial}{\\partial W}\\left(XW\\right) = X^T$$",
     "a Jacobian) on its own is not supported"),
    ("ones of no size", "$\\hat{y}_i = w x_i + b$\n\n$$\\nabla_b L_B = \\frac{2}{|B|}\\mathbf{1}^"
     "\\top(\\hat{\\mathbf{y}} - \\mathbf{y})$$", "𝟏 or I whose size the formula does not fix"),
]


@pytest.mark.parametrize("what, text, words", CASES, ids=[c[0] for c in CASES])
def test_an_unsupported_construct_is_named_and_undecided(what, text, words):
    step = check_text(text).steps[-1]
    assert step.verdict == "undecided", step
    assert words in step.method and "Error" not in step.method, step.method


@pytest.mark.parametrize("node, shown", [
    (Sum(Sym("x", ("k",)), "k", None, None), "the sum Σ_k x_k"),
    (Call("softmax", (Sym("z"),)), "the function softmax(z)"),
    (Bin("⊙", Sym("A"), Sym("B")), "the element-wise product A ⊙ B"),
])
def test_a_node_is_described_as_the_writer_knows_it(node, shown):
    assert describe(node) == shown
