"""markdown.py: what a document's formulas are, as the prose around them writes them."""

import pytest

from checker.derive.document import check_text
from checker.derive.markdown import read_math

GLUED = [  # (text, the formula read): a function's name in prose glued to the math priming it
    ("so GELU$'(1) \\approx 1.0833$.", "\\operatorname{GELU}'(1) \\approx 1.0833"),
    ("Note: softplus$''(x) = \\sigma(x)(1 - \\sigma(x))$.",
     "\\operatorname{softplus}''(x) = \\sigma(x)(1 - \\sigma(x))"),
    ("따라서 f$'(2) = 12$ 이다.", "f'(2) = 12"),
    ("所以 tanh$^{\\prime}(0) = 1$。", "\\operatorname{tanh}^{\\prime}(0) = 1"),
    # not glued: a space, a word that does not end at the dollar, math that is not primed
    ("so GELU $'(1)$ is it", "'(1)"),
    ("the value$x = 1$", "x = 1"),
    ("a$'$", "a'"),
]


@pytest.mark.parametrize("text, formula", GLUED)
def test_a_name_glued_to_primed_math_is_read_with_it(text, formula):
    assert read_math(text)[0][-1].text == formula


VERDICTS = [  # (text, the last step's verdict)
    ("With $f(x) = x^3$ we get f$'(2) = 12$.", "holds"),
    ("With $f(x) = x^3$ we get f$'(1) = 4$.", "fails"),
    ("$g(x) = x^2 + 1$ 이면 g$'(3) = 6$ 이다.", "holds"),
    ("设 $h(x) = e^{2x}$，则 h$'(0) = 2$。", "holds"),
    ("设 $h(x) = e^{2x}$，则 h$'(0) = 1$。", "fails"),
]


@pytest.mark.parametrize("text, verdict", VERDICTS)
def test_a_glued_derivative_is_checked(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, steps


def test_a_formula_knows_its_block_quote_and_the_paragraph_after_its_own():
    text = "> I think $a = 1$.\n\nNo, it is $a = 2$.\n\nMore $b = 3$.\n"
    quoted, answer, more = read_math(text)[0]
    assert quoted.quoted and not answer.quoted
    assert quoted.reply == "No, it is $." and answer.reply == "More $."
