"""Diagnoses (diagnosis.py): one row per signature family, each message in the text's own
notation, never SymPy's."""

import re

import pytest

from checker.derive.diagnosis import SIGNATURES
from checker.derive.document import check_text

D = "\\frac{\\partial %s}{\\partial %s}"
LINEAR = ("<!-- grader: shape X (m, n); shape W (n, k); shape Y (m, k) -->\n\n$$Z = XW$$\n\n"
          "$$L = \\frac{1}{2m}\\sum_{i=1}^{m}\\sum_{j=1}^{k}(Z_{ij} - Y_{ij})^2$$\n\n")
TWO = ("<!-- grader: shape X (m, n); shape W_1 (n, h); shape W_2 (h, k); shape Y (m, k) -->\n\n"
       "$$A_1 = \\sigma(XW_1)$$\n\n$$A_2 = \\sigma(A_1 W_2)$$\n\n"
       "$$L = -\\mathrm{tr}(Y^T \\log A_2 + (1 - Y)^T \\log(1 - A_2))$$\n\n")
SIGMOID = "$$z = wx + b$$\n\n$$a = \\sigma(z)$$\n\n"
YHAT = "$$\\hat{y} = wx + b$$\n\n$$J = \\frac{1}{2}(\\hat{y} - y)^2$$\n\n"
SOFTMAX = "$$a_i = \\frac{e^{z_i}}{\\sum_{k} e^{z_k}}$$\n\n"

CASES = [  # (family, text, words the message must contain)
    ("sign", YHAT + f"$${D % ('J', 'w')} = x(y - \\hat{{y}})$$", "sign flipped"),
    ("1/m missing", LINEAR + f"$${D % ('L', 'W')} = X^T (Z - Y)$$",
     "a factor 1/m missing on the right"),
    ("1/m extra", LINEAR + f"$${D % ('L', 'W')} = \\frac{{1}}{{m^2}} X^T (Z - Y)$$",
     "an extra factor 1/m"),
    ("constant", YHAT + f"$${D % ('J', 'w')} = 2x(\\hat{{y}} - y)$$", "1/2 × the right"),
    ("chain factor", SIGMOID + "$$L = \\frac{1}{2}(a - y)^2$$\n\n"
     f"$${D % ('L', 'w')} = (a - y)x$$", "a chain-rule factor missing: left = right × a(1 - a)"),
    ("exponent", "$$\\frac{d}{dx} e^{-x} = -e^{x}$$", "an exponent's sign is flipped"),
    ("named term", SIGMOID + f"$${D % ('a', 'z')} = a(1+a)$$",
     "one term's sign is flipped: 1 + a should be 1 - a"),
    ("short difference", "$$x^2 + 2x + 1 = x^2 + x + 1$$", "left − right = x"),
    ("a wrong piece of cases", "$$\\mathrm{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha(e^{x} - 1) "
     "& x \\le 0 \\end{cases}$$\n\n$$\\mathrm{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ "
     "\\alpha(e^{x} - 1) & x < 0 \\end{cases}$$",
     "the piece for x < 0 is wrong: α(e^x - 1) should be α·e^x"),
    ("a complement", "$$1 - 0.9^{10} = 0.3487$$",
     "the value is 0.6513; 0.3487 is 1 − 0.6513: the complement"),
    ("a wrong number: its value to the digits written", "$$-0.0887 \\cdot 2 = -0.1694$$",
     "the left side is -0.1774 to the digits written, not -0.1694"),
    ("square", "$$||w||_2 = \\sum_{i=1}^n |w_i|^2$$", "the square of the left side"),
    ("transposed", TWO + f"$${D % ('L', 'W_2')} = (A_2 - Y)^T A_1$$",
     "transposed: ∂L/∂W_2 must have W_2's shape"),
    ("slope dropped", TWO + f"$${D % ('L', 'W_1')} = X^T((A_2 - Y)W_2^T \\odot A_1)$$",
     "a chain-rule factor missing: ⊙ (1 - A_1) after ⊙ A_1"),
    ("product order", TWO + f"$${D % ('L', 'W_2')} = (A_2 - Y) A_1^T$$",
     "do not conform: (A_2 - Y) (m, k) times A_1ᵀ (h, m)"),
    ("product order, the order that conforms", TWO + f"$${D % ('L', 'W_2')} = (A_2 - Y) A_1^T$$",
     "A_1ᵀ·(A_2 - Y) would conform, giving (h, k)"),
    ("product order, no order conforms", LINEAR + f"$${D % ('L', 'W')} = X (Z - Y)$$",
     "do not conform: X (m, n) times (Z - Y) (m, k) (checked at"),
    ("index changed", SOFTMAX + f"$${D % ('a_i', 'z_j')} = a_i(\\delta_{{ij}} - a_k)$$",
     "an index changed: k should be j"),
    ("function itself", YHAT + "$$" + D % ("\\hat{y}", "w") + " = wx + b$$",
     "itself, not its derivative"),
    ("function itself, in the text's names", YHAT + "$$" + D % ("J", "\\hat{y}") + " = "
     "\\frac{1}{2}(\\hat{y} - y)^2$$", "the right side is J itself, not its derivative; "
     "∂J/∂ŷ = ŷ - y"),
    ("σ' with a flipped sign", "$$\\sigma'(z) = \\sigma(z)(1 + \\sigma(z))$$",
     "the derivative of σ is not this: σ'(z) = σ(z)(1 - σ(z)); one term's sign is flipped: "
     "1 + σ(z) should be 1 - σ(z)"),
    ("σ' in the text's name", SIGMOID + f"$${D % ('a', 'z')} = a(1 + a)$$",
     "the derivative of σ is not this: ∂a/∂z = a(1 - a)"),
    ("tanh'", "$$\\frac{d}{dz}\\tanh(z) = 1 + \\tanh(z)^2$$",
     "the derivative of tanh is not this: ∂/∂z [tanh(z)] = 1 - tanh(z)^2"),
    ("log'", "$$\\frac{d}{dx}\\log(x) = x$$", "the derivative of log is not this: "
     "∂/∂x [log(x)] = 1/x"),
    ("softmax Jacobian", SOFTMAX + f"$${D % ('a_i', 'z_j')} = a_i(1 - a_j)$$",
     "the derivative of softmax is not this: ∂a_i/∂z_j = -a_i·a_j"),
    ("learning rate dropped", YHAT + f"$$w - \\eta {D % ('J', 'w')} = w - x(\\hat{{y}} - y)$$",
     "the learning rate η dropped"),
    ("factor in the text's names", YHAT + "$$" + D % ("\\hat{y}", "w") + " = wx + b = 1$$",
     "the factor ŷ (left = ŷ × right)"),
    ("a definition folded: y_j(1 - y_j)", "$$y_j=\\frac{1}{1+e^{-x_j}}$$\n\n"
     "$$\\frac{d}{dx_j}\\left(\\frac{1}{1+e^{-x_j}}\\right)=\\frac{e^{-x_j}}{(1+e^{x_j})^2}$$",
     "= y_j(1 - y_j)"),
    # a wrong number: its value to the digits written, and the one slip that gives it
    ("a number: two digits swapped", "$$1.5 \\cdot (2 - 0.75) = 1.785$$",
     "the left side is 1.875 to the digits written, not 1.785: two digits swapped"),
    # an integer result: shown as the left side's value, the decimal point before the complement
    ("an integer one decimal place off", "$$0.01 \\times 10 = 1$$", "the decimal point moved"),
    ("an integer for a half", "$$J = \\frac{1}{2}(6 - 5)^2 = 1$$", "the left side is 0.5, not 1"),
    ("a number: the decimal point moved", "$$0.99966 \\cdot 0.00034 \\approx 0.0034$$",
     "the left side is 0.00034 to the digits written, not 0.0034: off by a factor of 10"),
    ("a count: a term left out", "$$3 \\cdot 3 \\cdot 256 \\cdot 384 + 384 = 884736$$",
     "the left side is 885120, not 884736: the term 384 is left out"),
    ("a number: a sign slip in a term", "$$-1 - 1 \\cdot 0.1437 = -0.8563$$",
     "the left side is -1.1437 to the digits written, not -0.8563: a sign slip: + 1·0.1437"),
    ("a number: the sign of the result", "$$(-1)(-1) + 2 \\cdot 0 = -1$$",
     "the left side is 1, not -1: the sign is flipped"),
    ("a number: a factor not applied", "$$\\frac{1}{2}(0.25 - \\log 0.25 - 1) \\approx 0.636$$",
     "the left side is 0.318 to the digits written, not 0.636: the factor 1/2 is not applied"),
    ("a number: a square root not taken", "$$\\sqrt{6/384} \\approx 0.0156$$",
     "the left side is 0.1250 to the digits written, not 0.0156: the square root of 6/384 is not "
     "taken"),
    ("a number: the log to base 10", "$$-\\log 0.1142 \\approx 0.9423$$",
     "the left side is 2.1698 to the digits written, not 0.9423: the logarithm taken to base "
     "10, not the natural one"),
    ("rows: the entry off, not those rounded", "$$\\tfrac12(0.5065, -0.6928, 0.1863) \\approx "
     "(0.2532, -0.3464, 0.0832)$$", "entry 3 is 0.0932 to the digits written, not 0.0832"),
]


@pytest.mark.parametrize("family, text, words", CASES, ids=[c[0] for c in CASES])
def test_each_family_is_named(family, text, words):
    step = check_text(text).steps[-1]
    assert step.verdict == "fails", step
    assert words in (step.diagnosis or ""), step.diagnosis


SYMPY = re.compile(r"\*|\bexp\(|\bhat\(|\bbar\(|\btilde\(|Matrix\(|\bU[0-9a-f]{6,}\(|\bsqrt\("
                   r"|\bpi\b|[A-Za-z]_\d+,\d|Error\b")


@pytest.mark.parametrize("family, text, words", CASES, ids=[c[0] for c in CASES])
def test_messages_never_use_sympy_syntax(family, text, words):
    step = check_text(text).steps[-1]
    assert not SYMPY.search(step.diagnosis or ""), step.diagnosis


def test_the_table_has_a_row_per_signature():
    names = [name for name, _ in SIGNATURES]
    assert len(names) == len(set(names)) >= 14


@pytest.mark.parametrize("text", [
    r"$$\sigma(2) \approx 0.95$$",
    r"$$e^{1} = 2.5$$",
    r"$$\tanh(1) = 0.9$$",
])
def test_a_wrong_number_is_not_explained_by_a_formula(text):
    # the counterexample's two values say it; `-19/20 + 1/(exp(-2) + 1)` would only add SymPy
    step = check_text(text).steps[-1]
    assert step.verdict == "fails", step
    assert not SYMPY.search(step.diagnosis or "") and "exp(" not in (step.diagnosis or ""), step.diagnosis


@pytest.mark.parametrize("text, message", [
    # two kinds of slip give 4.00 (the factor 2 not applied; the power 1 for 2): neither is said
    ("$$2^{2} \\cdot 2 = 4.00$$", "the left side is 8.00 to the digits written, not 4.00"),
    # a small number is reached by too many edits by chance: no slip named (the term 1 - 2 + 1 - 1
    # left out gives -3 too)
    ("$$1 - 2 + 1 - 1 + 0 - 3 = -3$$", "the left side is -4, not -3"),
    # the right side's numbers, at the example's values: the sign slip that gives them
    ("$$\\beta = 0.9, v = 0.5, w = 1$$\n\n$$w + \\beta v = 1 - 0.45$$",
     "the left side is 1.45, not 1 - 0.45: on the right, a sign slip: + 0.45, not - 0.45"),
    # equal to the digits written on the entry that differs only by rounding: not that entry
    ("$$\\tfrac12(0.5065, -0.6928, 0.1863) \\approx (0.2532, -0.3464, 0.0832)$$",
     "entry 3 is 0.0932 to the digits written, not 0.0832"),
])
def test_a_slip_is_named_only_when_one_kind_gives_the_value(text, message):
    step = check_text(text).steps[-1]
    assert step.verdict == "fails", step
    assert step.diagnosis == message, step.diagnosis


@pytest.mark.parametrize("text, message", [
    # inside a sum over a range written with a length (1/m Σ_{i=1}^{m}): the summand's slip,
    # never the sum's value at the size it was checked at
    ("Let $\\hat y_i = w x_i + b$ and\n$$J = \\frac{1}{2m}\\sum_{i=1}^{m}(\\hat y_i - y_i)^2$$\n"
     "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\sum_{i=1}^{m}(\\hat y_i - y_i)x_i$$",
     "one slip makes it hold: the factor x_i is not applied"),
    ("$\\hat y_i = w x_i + b$ 이고 $\\mathrm{MSE} = \\frac{1}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)^2$\n\n"
     "$$\\frac{\\partial \\mathrm{MSE}}{\\partial w} = \\frac{2}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)$$",
     "one slip makes it hold: a factor x_i is missing"),
])
def test_a_slip_inside_a_sum_over_a_written_range(text, message):
    step = check_text(text).steps[-1]
    assert step.verdict == "fails", step
    assert (step.diagnosis or "").startswith(message), step.diagnosis
