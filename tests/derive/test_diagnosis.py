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
    """(A diagnosis is a bonus within a CPU budget: on a loaded machine it may be left out,
    but what is said names this slip, never another.)"""
    step = check_text(text).steps[-1]
    assert step.verdict == "fails", step
    assert step.diagnosis is None or step.diagnosis.startswith(message), step.diagnosis


SQUARE = "<!-- grader: shape A (n, n); shape x (n, 1); shape y (n, 1); shape X (n, k) -->\n\n"
SELU = ("$$\\mathrm{SELU}(x) = \\lambda\\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & "
        "x \\le 0 \\end{cases}$$\n\n")
RELU_NET = ("$a_1 = w_1 x$, $h_1 = \\mathrm{relu}(a_1)$, $a_2 = w_2 h_1$, $h_2 = \\mathrm{relu}(a_2)$, "
            "$\\hat y = w_3 h_2$, $L = (\\hat y - y)^2$.\nValues: $x = 2$, $w_1 = 0.5$, $w_2 = 1.5$, "
            "$w_3 = 2$, $y = 1$.\n\n$∂L/∂\\hat y = 2(\\hat y - y) = 4$, $∂L/∂h_2 = 4 \\cdot w_3 = 8$, "
            "$∂L/∂a_2 = 8$\n\n")
REFINED = [  # (family, text, the failing step's message): where SIGNATURES say only a difference
    # right only for a symmetric A: what holds for any A
    ("symmetric only: xᵀAx", SQUARE + "$$\\frac{\\partial}{\\partial x} x^T A x = 2 A x$$",
     "2·A·x holds only for a symmetric A (Aᵀ = A); for any A it is (A + Aᵀ)·x (if A is "
     "symmetric, say so)"),
    ("symmetric only: tr(XᵀAX)", SQUARE + "$$\\frac{\\partial}{\\partial X} \\mathrm{tr}(X^T A X)"
     " = 2 A X$$", "for any A it is (A + Aᵀ)·X"),
    ("symmetric only: ∇, in Korean", SQUARE + "이차형식의 기울기:\n\n$$\\nabla_{x}\\, x^{T} A x = 2A x$$",
     "holds only for a symmetric A"),
    ("a matrix to transpose", SQUARE + "$$\\frac{\\partial}{\\partial y} x^T A y = A x$$",
     "A should be transposed where it stands: Aᵀ·x"),
    ("a matrix transposed that should not be", SQUARE + "$$\\frac{\\partial}{\\partial x} x^T A y "
     "= A^T y$$", "A should be transposed where it stands: A·y"),
    # one edit: a factor missing in one term of a sum as written
    ("a factor in one term", "$$v_t = \\gamma v_{t-1} + (1 - \\gamma) g_t, \\qquad v_0 = 0$$\n\n"
     "where $g_t = \\nabla_w L(w_{t-1})$.\n\n$$v_2 = \\gamma v_1 + (1 - \\gamma) g_2 = \\gamma(1 - "
     "\\gamma) g_1 + (1 - \\gamma) g_2$$\n\n$$v_3 = \\gamma v_2 + (1 - \\gamma) g_3 = \\gamma(1 - "
     "\\gamma) g_1 + \\gamma(1 - \\gamma) g_2 + (1 - \\gamma) g_3$$",
     "a factor γ is missing in the term γ·(1 - γ)·g_1"),
    # one edit: a name squared in each place (multiplying through by u)
    ("a name squared in each place", "Let $q = 1 + e^{z}$.\n\n$$\\frac{q - q^{-1}}{q + q^{-1}} = "
     "\\frac{q - 1}{q + 1}$$", "an exponent slip: q^2, not q, in each place"),
    ("a name squared in each place, in Chinese", "令 $p = 2 + \\cos x$，则\n\n$$\\frac{p - 1/p}{p + "
     "1/p} = \\frac{p - 1}{p + 1}$$", "an exponent slip: p^2, not p, in each place"),
    # one edit: a denominator's square
    ("a denominator not squared", "Write $s = \\mathbf{p}^\\top\\mathbf{q}/(\\|\\mathbf{p}\\|\\,"
     "\\|\\mathbf{q}\\|)$.\n\n$$\\frac{\\partial s}{\\partial \\mathbf{p}} = \\frac{\\mathbf{q}}"
     "{\\|\\mathbf{p}\\|\\,\\|\\mathbf{q}\\|} - s\\,\\frac{\\mathbf{p}}{\\|\\mathbf{p}\\|}$$",
     "an exponent slip: divided by ‖p‖^2, not by ‖p‖"),
    ("a denominator not squared, in Chinese", "记 $k = \\mathbf{a}^\\top\\mathbf{b}/(\\|\\mathbf{a}"
     "\\|\\,\\|\\mathbf{b}\\|)$，则\n\n$$\\nabla_{\\mathbf{a}} k = \\frac{\\mathbf{b}}{\\|\\mathbf{a}"
     "\\|\\,\\|\\mathbf{b}\\|} - k\\,\\frac{\\mathbf{a}}{\\|\\mathbf{a}\\|}$$",
     "an exponent slip: divided by ‖a‖^2, not by ‖a‖"),
    # one edit: the inner derivative that cancels a division, missing (one slip, not two)
    ("a division the chain rule cancels", "Let $\\lambda = e^{\\theta^\\top x}$.\n\n$$\\nabla_\\theta"
     "\\,(y\\log\\lambda) = y\\cdot\\frac{1}{\\lambda}\\,x$$", "the factor 1/λ is not applied"),
    ("a division the chain rule cancels, in Korean", "$\\mu = \\exp(w^\\top x)$ 라 하면\n\n"
     "$$\\nabla_w \\log \\mu = \\frac{1}{\\mu} x$$", "the factor 1/μ is not applied"),
    # repairs checked under the step's condition (x < 0)
    ("a factor under the step's condition", SELU + "For negative inputs the slope reuses the "
     "output: $\\mathrm{SELU}'(x) = \\mathrm{SELU}(x) + \\lambda$ (for $x < 0$).",
     "a factor α is missing in the term λ"),
    ("a factor under the step's condition, ELU", "$$\\mathrm{ELU}(x) = \\begin{cases} x & x > 0 "
     "\\\\ a\\,(e^{x} - 1) & x \\le 0 \\end{cases}$$\n\nOn the negative side, $\\mathrm{ELU}'(x) = "
     "\\mathrm{ELU}(x) + 1$ (for $x < 0$).", "a factor a is missing in the term 1"),
    # repairs checked at the example's values, and in names (one point hits numbers by chance)
    ("a division by a length at the example's values", "令 $J(\\theta) = \\frac{1}{2m}\\|X\\theta"
     " - y\\|^2$。\n$X = \\begin{bmatrix}1&0\\\\1&1\\\\1&2\\end{bmatrix}$，$y = (1, 2, 2)^T$，$m = 3$，"
     "$\\theta = (0, 0)^T$。\n\n$$\\nabla J = X^T(X\\theta - y)$$",
     "a division by m is missing: Xᵀ·(X·θ - y)/m"),
    ("a division by a length, never a name's number by chance", "Let $J(w) = \\frac{1}{2n}\\|Xw"
     " - t\\|^2$ with $n = 2$, $X = \\begin{bmatrix}1&2\\\\0&1\\end{bmatrix}$, $t = (1, 1)^T$, "
     "$w = (0, 0)^T$.\n\n$$\\nabla_w J = X^T(Xw - t)$$", "a division by n is missing"),
    ("an index at the example's values", RELU_NET + "$$∂L/∂w_2 = ∂L/∂a_2 \\cdot h_2$$",
     "the index changed: h_1, not h_2"),
    ("an index at the example's values, in Chinese", "网络：$z_1 = u_1 x$，$r_1 = \\mathrm{relu}"
     "(z_1)$，$z_2 = u_2 r_1$，$r_2 = \\mathrm{relu}(z_2)$，$L = \\frac12 (r_2 - y)^2$。\n取值：$x = "
     "1$，$u_1 = 2$，$u_2 = 3$，$y = 1$。\n\n$∂L/∂z_2 = r_2 - y = 5$\n\n$$∂L/∂u_2 = ∂L/∂z_2 "
     "\\cdot r_2$$", "the index changed: r_1, not r_2"),
    # a chain-rule link in the text's notation, after the derivative the right side writes
    ("a chain-rule link missing", "Network: $z_1 = w_1 x$, $h = \\sigma(z_1)$, $\\hat y = w_2 h$, "
     "$L = \\frac12 (\\hat y - y)^2$. Values: $x = 1$, $w_1 = 0.5$, $w_2 = 2$, $y = 1$.\n\n"
     "$$∂L/∂w_1 = ∂L/∂h \\cdot x$$", "a factor ∂h/∂z_1 is missing"),
    ("a chain-rule link missing, in Chinese", "网络：$s = v x$，$g = \\tanh(s)$，$o = c g$，$L = (o - "
     "t)^2$。取值：$x = 2$，$v = 0.3$，$c = 1.5$，$t = 0$。\n\n$$\\frac{\\partial L}{\\partial v} = "
     "\\frac{\\partial L}{\\partial g} \\cdot x$$", "a factor ∂g/∂s is missing"),
    ("a chain-rule link missing, in Korean", "신경망: $u = a x + b$, $r = \\sigma(u)$, $L = -\\log r$. "
     "값: $x = 1$, $a = 2$, $b = -1$.\n\n$$\\frac{\\partial L}{\\partial a} = \\frac{\\partial L}"
     "{\\partial r} \\cdot x$$", "a factor ∂r/∂u is missing"),
    # a number in scientific notation: its digits at its power of ten
    ("scientific notation: the decimal point", "$$\\frac{10^{-6}}{12.000001} \\approx 8.3\\times "
     "10^{-7}$$", "the left side is 8.33·10^-8, not 8.3·10^(-7): off by a factor of 10"),
    ("scientific notation: ·10^{-2}", "$$\\frac{3}{4} \\cdot 10^{-2} = 7.5 \\times 10^{-2}$$",
     "off by a factor of 10: the decimal point moved"),
    ("scientific notation: 2^{-10}", "$$2^{-10} \\approx 9.8 \\times 10^{-3}$$",
     "off by a factor of 10: the decimal point moved"),
    # an implication: what the premise gives, and the slip
    ("an implication: a sign", "$$z w - \\rho - \\lambda = 0 \\;\\Rightarrow\\; w = "
     "\\frac{\\rho - \\lambda}{z}$$", "it gives w = (λ + ρ)/z; one term's sign is flipped"),
    ("an implication: a factor", "$$2a x - b = 0 \\;\\Rightarrow\\; x = \\frac{b}{a}$$",
     "it gives x = b/(2a); a constant factor"),
    ("an implication: a sign, ⟹", "$$k q - c + d = 0 \\;\\Longrightarrow\\; q = \\frac{c + d}{k}$$",
     "it gives q = (c - d)/k"),
]


@pytest.mark.parametrize("family, text, words", REFINED, ids=[c[0] for c in REFINED])
def test_a_bare_difference_is_named(family, text, words):
    failed = [s for s in check_text(text).steps if s.verdict == "fails"]
    assert failed, check_text(text).steps
    assert words in (failed[-1].diagnosis or ""), failed[-1].diagnosis
    assert not SYMPY.search(failed[-1].diagnosis or ""), failed[-1].diagnosis


@pytest.mark.parametrize("text", [
    # A said symmetric: 2Ax holds, nothing to name
    "<!-- grader: shape A (n, n); shape x (n, 1) -->\n\n$A$ is symmetric.\n\n"
    "$$\\frac{\\partial}{\\partial x} x^T A x = 2 A x$$",
    "设 $A$ 为对称矩阵。\n\n$$\\nabla_{x}\\, x^{T} A x = 2A x$$",
    # (A + Aᵀ)x: right for any A
    "<!-- grader: shape A (n, n); shape x (n, 1) -->\n\n"
    "$$\\frac{\\partial}{\\partial x} x^T A x = (A + A^T) x$$",
])
def test_what_holds_is_not_diagnosed(text):
    assert check_text(text).steps[-1].verdict == "holds", check_text(text).steps[-1]


@pytest.mark.parametrize("formula, verdict", [
    # two adjacent digits swapped in a result (slip.swapped_from): no rounding of the inputs
    # covers it
    ("1.04^2 = 1.0861", "fails"),  # 1.0816
    ("1.04^2 = 1.0816", "holds"),
    ("2.35 \\times 1.12 = 2.623", "fails"),  # 2.632
    ("2.35 \\times 1.12 = 2.632", "holds"),
    # a last digit off within the inputs' rounding is no swap: it still holds
    ("1.04^2 = 1.0817", "holds"),
])
def test_a_result_with_two_digits_swapped(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps
    if verdict == "fails":
        assert "two digits swapped" in steps[0].diagnosis, steps[0].diagnosis
