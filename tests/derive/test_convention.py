"""Conventional names the text never defines (convention.py): `I` added to an expression may be
the identity, `\\bar{x}` beside `x_i` their mean. Read as variables, a step that differs is
undecided, never failed; one that holds as read still holds, and a step without them fails."""

import pytest

from checker.derive.document import check_text

_ERROR = "Let $e_k = x_k - x^*$.\n\n"
_COV = ("$$\\sum_{{i=1}}^{{n}} (x_i - \\bar{{x}})(y_i - \\bar{{y}}) = \\sum_{{i=1}}^{{n}} x_i y_i "
        "{} n\\bar{{x}}\\bar{{y}}$$")


@pytest.mark.parametrize("text, verdicts", [
    # I beside a matrix expression, never defined: perhaps the identity
    (_ERROR + "$$e_k - \\eta(A x_k - A x^*) = (I - \\eta A) e_k$$", ["undecided"]),
    (_ERROR + "$$X^\\top X + \\lambda I = X^\\top X$$", ["undecided"]),  # (X^T X: shapes guessed)
    # holds as read: still holds; I not added to anything, or defined: decided as read
    ("$$(I - \\eta A) - I = -\\eta A$$", ["holds"]),
    ("$$I x = 2x$$", ["fails"]),
    ("Let $I = 3$.\n\n$$I - a = 2 - a$$", ["fails"]),
    # x̄ beside the family x_i, never defined: perhaps their mean
    ("$$\\sum_{i=1}^{3} (x_i - \\bar{x}) = 0$$", ["undecided"]),
    ("$$\\sum_{i=1}^{3} (x_i - \\bar{x})^2 = \\sum_{i=1}^{3} x_i^2 - 3\\bar{x}^2$$",
     ["undecided"]),
    # named by another name or an example's value only: still not related to the x_i
    ("$$\\hat\\mu = \\bar x$$\n\n$$\\sum_{i=1}^{3} (x_i - \\bar{x}) = 0$$", ["undecided"]),
    # defined: read by its definition (it holds); without the family: decided as read
    ("Let $\\bar{x} = \\frac{1}{3}\\sum_{i=1}^{3} x_i$.\n\n$$\\sum_{i=1}^{3} (x_i - \\bar{x}) = 0$$",
     ["holds"]),
    ("$$2\\bar{x} = \\bar{x}$$", ["fails"]),
    # checked again with x̄, ȳ as the means over the sum's range: a step that holds so stays
    # undecided; one that differs that way too (and as read) fails
    (_COV.format("-"), ["undecided"]),
    (_COV.format("+"), ["fails"]),
    ("$$\\sum_{i=1}^{n} (x_i - \\bar{x})^2 = \\sum_{i=1}^{n} x_i^2 - n\\bar{x}^2$$",
     ["undecided"]),
    ("$$\\sum_{i=1}^{n} (x_i - \\bar{x})^2 = \\sum_{i=1}^{n} x_i^2 + n\\bar{x}^2$$",
     ["fails"]),
    ("$$\\sum_{i=1}^{n} (x_i - \\bar{x}) = 0$$", ["undecided"]),
    ("$$\\sum_{i=1}^{n} (x_i - \\bar{x}) = \\bar{x}$$", ["fails"]),
    # a sum without its range: the mean is not written out, the guess stays
    ("$$\\sum_i (x_i - \\bar{x}) = \\bar{x}$$", ["undecided"]),
    # x̄ differentiated by is a variable, not the mean (which would make both sides 0)
    ("$$\\frac{d}{d\\bar{x}} \\sum_{i=1}^{n} (x_i - \\bar{x})^2 = -2\\sum_{i=1}^{n} (x_i - \\bar{x})$$",
     ["holds"]),
    ("$$\\frac{d}{d\\bar{x}} \\sum_{i=1}^{n} (x_i - \\bar{x})^2 = 2\\sum_{i=1}^{n} (x_i - \\bar{x})$$",
     ["fails"]),
])
def test_conventional_names_make_a_guess(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


_SOFTMAX = "Let $L = -\\log\\frac{e^{z}}{e^{z} + e^{w}}$.\n\n"


# a name on the right side only, never defined nor given a value before the step: shorthand
# the writer introduces (in words, or only afterwards), so a step that differs is undecided;
# one that holds as read still holds, and a name left out of the right side (the left's only)
# is what a wrong answer looks like: it fails
@pytest.mark.parametrize("text, verdicts", [
    (_SOFTMAX + "Then $$\\frac{\\partial L}{\\partial z} = p - 1$$ where $p$ is the softmax "
     "probability.\n", ["undecided"]),
    ("$L = -\\log\\frac{e^{z}}{e^{z} + e^{w}}$ 이므로 $\\frac{\\partial L}{\\partial w} = q$ 이다 "
     "($q$ 는 w 의 확률).\n", ["undecided"]),
    ("设 $M = a^2 + b$，则 $\\frac{\\partial M}{\\partial a} = 2u$，其中 $u$ 是 $a$ 的值。\n",
     ["undecided"]),
    # a number given below for it (其中 $u = 3$): its value at an example, still shorthand
    ("设 $M = a^2 + b$，则 $\\frac{\\partial M}{\\partial a} = 2u$，其中 $u = 3$。\n",
     ["undecided"]),
    # a letter no other formula of the text writes (an aside on another model, a name the
    # writer never introduces): unknown, so what it stands for decides the step
    ("Let $L = -\\log\\frac{e^{z}}{e^{z} + e^{w}}$.\n\nThe same cancellation gives "
     "$\\partial L/\\partial z = q - 1$ for softmax.\n", ["undecided"]),
    ("$L = (a - y)^2$ 이고 $a = 2z$ 이면 $\\frac{\\partial L}{\\partial z} = 4r$ 이다.\n",
     ["undecided"]),
    ("设 $M = a^2 + b$，同理 $\\frac{\\partial M}{\\partial a} = 2u$。\n", ["undecided"]),
    # the letter written elsewhere (defined, or a constant such as the identity): it fails
    ("Let $M = a^2 + b$ and $u = 3a$.\n\nThen $\\frac{\\partial M}{\\partial a} = 2u$.\n",
     ["fails"]),
    ("Let $M = a^2 + b$.\n\nThen $\\frac{\\partial M}{\\partial a} = 2a + I$.\n", ["fails"]),
    # defined below in other names: read with the definition, and a wrong step fails
    ("Let $M = a^2$.\n\nThen $$\\frac{\\partial M}{\\partial a} = 3u$$ where $u = a$.\n",
     ["fails"]),
    (_SOFTMAX + "$$\\frac{\\partial L}{\\partial z} = \\frac{e^{z}}{e^{z} + e^{w}} - 1 + 0p$$\n",
     ["holds"]),
    (_SOFTMAX + "$$\\frac{\\partial L}{\\partial z} = \\frac{e^{z}}{e^{z} + e^{w}}$$\n",
     ["fails"]),
    ("Let $M = a^2 b$.\n\n$$\\frac{\\partial M}{\\partial a} = 2a$$\n", ["fails"]),
    # another member of a family the left side uses: a wrong index, not shorthand
    ("Let $M = a_1 b_2$.\n\n$$\\frac{\\partial M}{\\partial a_1} = b_1$$\n", ["fails"]),
    # a name an earlier formula with a relation writes (even one not read, ∇ by no variable),
    # or a parameter of a law the text declares, is the text's own: a wrong step fails
    ("gradient: $\\nabla J = 2X^\\top(Xw - y) + 2\\lambda w$\n\n"
     "so $X^\\top X w + \\lambda w = X^\\top y$\n", ["unreadable", "fails"]),
    ("$p = \\mathcal N(\\mu_1, \\sigma_1^2)$ 일 때\n\n"
     "$$\\mathbb E_p[(x-\\mu_2)^2] = \\sigma_1^2 - (\\mu_1-\\mu_2)^2$$\n", ["fails"]),
    ("设 $p = \\mathcal N(\\mu_1, \\sigma_1^2)$，则\n\n"
     "$$\\mathbb E_p[(x-\\mu_2)^2] = \\sigma_1^2 + (\\mu_1-\\mu_2)^2$$\n", ["holds"]),
])
def test_a_name_on_the_right_side_only_is_shorthand(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
