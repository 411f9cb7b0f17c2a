"""Numbers written rounded (rounding.py): `≈` between expressions with variables holds when the
sides agree, at random values, to the digits of the numbers shown rounded."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("formula", [
    # the coefficient of a step written with a rounded constant
    "\\frac{0.1\\,\\eta\\, g}{\\sqrt{0.001}\\,|g|} \\approx 3.16\\,\\eta\\,\\mathrm{sign}(g)",
    "\\frac{x}{\\sqrt{2}} \\approx 0.7071\\,x",
    "\\ln(10)\\, t \\approx 2.303\\, t",
    "w - 0.01 \\cdot \\frac{g}{\\sqrt{0.0004}} \\approx w - 0.500\\, g",
])
def test_an_approximation_with_variables_holds_to_the_digits_shown(formula):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == ["holds"], steps


@pytest.mark.parametrize("formula", [
    "\\frac{x}{\\sqrt{2}} \\approx 0.7171\\,x",  # a digit slip
    "\\frac{x}{\\sqrt{2}} \\approx 0.71\\,x",  # fewer digits than it is off by
    "\\ln(10)\\, t \\approx 2.303\\, t^2",
    "\\sin(x) \\approx x",
])
def test_an_approximation_that_is_not_one_to_those_digits_does_not_hold(formula):
    steps = check_text(f"$${formula}$$").steps
    assert steps and all(s.verdict == "undecided" for s in steps), steps


@pytest.mark.parametrize("formula, relations", [
    ("\\sigma(0.5) \\approx 0.6225", ["≈"]),
    ("0.2 + 0.3 = 0.5", ["="]),
    ("\\sqrt{2} \\approx 1.414", ["≈"]),
    ("\\frac{1}{4} = 0.25 \\approx 0.3", ["=", "≈"]),
])
def test_a_step_reports_the_relation_it_was_written_and_checked_with(formula, relations):
    """A step written with ≈ is shown with ≈ (it was checked to the claimed digits), never as an
    equality it does not claim."""
    steps = check_text(f"$${formula}$$").steps
    assert [s.relation for s in steps] == relations, steps


# a gradient by a vector bound as a tuple, claimed `≈` to rounded numbers: the derivative is
# taken first, then evaluated at the example's values (evaluation.Slope.at), so the names in it
# are bound, not free; a transposed tuple is compared entry by entry, each to its own digits
_NEURON = ("A neuron computes $a = \\sigma(z)$ with $z = \\mathbf{w}^\\top\\mathbf{x} + b$ and "
           "the loss $\\ell = -y\\ln a - (1 - y)\\ln(1 - a)$. Take $\\mathbf{w} = (1, -1)^\\top$, "
           "$b = 0$, $\\mathbf{x} = (2, 1)^\\top$, $y = 0$.\n\n")
_SOFTMAX = ("Logits $z = (2, 1, 0)$, true class 1, so $y = (1, 0, 0)$. "
            "$p = \\mathrm{softmax}(z)$, $L = -\\sum_k y_k \\log p_k$.\n\n")
AT_BOUND_VALUES = [
    (_NEURON + "$$\\nabla_{\\mathbf{w}}\\ell \\approx 0.7311 \\cdot (2, 1)^\\top$$", "holds"),
    (_NEURON + "$$\\nabla_{\\mathbf{w}}\\ell \\approx 0.7411 \\cdot (2, 1)^\\top$$", "fails"),
    (_NEURON + "$$\\nabla_{\\mathbf{w}}\\ell = 0.7311 \\cdot (2, 1)^\\top$$", "holds"),
    (_NEURON + "$$\\nabla_{\\mathbf{w}}\\ell \\approx (1.4621,\\ 0.7311)^\\top$$", "holds"),
    (_NEURON + "$$\\nabla_{\\mathbf{w}}\\ell \\approx (1.4621,\\ 0.7411)^\\top$$", "fails"),
    (_SOFTMAX + "$$\\frac{\\partial L}{\\partial z} \\approx (-0.335,\\ 0.245,\\ 0.090)$$",
     "holds"),
    (_SOFTMAX + "$$\\frac{\\partial L}{\\partial z} \\approx (-0.335,\\ 0.245,\\ 0.080)$$",
     "fails"),
    # a name the example does not bind: still an approximation with a variable
    ("Take $x = 2$.\n\n$$\\frac{\\partial}{\\partial x}(x t)^2 \\approx 4.00\\, t^2$$", "holds"),
    ("Take $x = 2$.\n\n$$\\frac{\\partial}{\\partial x}(x t)^2 \\approx 4.00$$", "undecided"),
    # a number said to be about a multiple of a bound name (an error of about 6h): the
    # multiple keeps its own digits (6 is 6 ± 0.5); a number times numbers is computed exactly
    ("Take $h = 0.01$.\n\nThe error is $0.0601 \\approx 6h$.", "holds"),
    ("Take $h = 0.01$.\n\nThe error is $0.0601 \\approx 3h$.", "fails"),
    ("Take $h = 0.01$.\n\nThe error is $0.0601 = 6h$.", "fails"),
    ("Take $h = 0.01$.\n\nThe error is $0.0601 \\approx 6.5h$.", "fails"),
    ("Take $h = 0.01$.\n\nThe error is $0.0004 \\approx h^2$.", "fails"),
    ("Take $h = 0.01$.\n\nThe error is $0.0001 \\approx h^2$.", "holds"),
    ("$$0.855 \\approx 2 \\times 0.3775$$", "fails"),
]


@pytest.mark.parametrize("text, verdict", AT_BOUND_VALUES)
def test_an_approximation_of_a_derivative_at_the_examples_values(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-1:] == [verdict], \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]


def test_an_approximation_left_undecided_names_what_has_no_value():
    steps = check_text("Take $x = 2$.\n\n"
                       "$$\\frac{\\partial}{\\partial x}(x t)^2 \\approx 4.00$$").steps
    assert [s.verdict for s in steps] == ["undecided"], steps
    assert "t has no value here" in steps[0].method, steps[0].method


@pytest.mark.parametrize("formula, verdict", [
    # scientific notation keeps its coefficient's digits, scaled by the power of ten
    ("288^{20} \\approx 1.5\\times10^{49}", "holds"),
    ("288^{20} \\approx 1.7\\times10^{49}", "fails"),
    ("e^{10} \\approx 2.2 \\cdot 10^4", "holds"),
    ("e^{-10} \\approx 4.54 \\times 10^{-5}", "holds"),
    ("e^{-10} \\approx 4.64 \\times 10^{-5}", "fails"),  # was ±0.005: a slip hidden
    ("2^{10} = 1.024 \\times 10^{3}", "holds"),
    ("2^{10} = 1.025 \\times 10^{3}", "fails"),
])
def test_scientific_notation_is_rounded_to_its_coefficients_digits(formula, verdict):
    assert [s.verdict for s in check_text(f"${formula}$").steps] == [verdict]


@pytest.mark.parametrize("formula, verdict", [
    # digits cut after the last one shown, not rounded, as many writers do: holds
    ("e^{0.5} \\approx 1.648", "holds"),  # 1.64872...
    ("\\pi \\approx 3.1415", "holds"),
    ("-\\ln 3 \\approx -1.098", "holds"),  # toward zero
    ("\\sigma(2) = \\frac{1}{1 + e^{-2}} = 0.880", "holds"),  # 0.8808: cut
    # one unit further, or a digit beyond the cut: still a slip
    ("e^{0.5} \\approx 1.647", "fails"),
    ("\\ln 3 \\approx 1.0987", "fails"),
    ("0.5 - (-0.0312) \\approx 0.532", "fails"),  # 0.5312: neither rounded nor cut
    # one or two significant digits are no calculator's display: a cut there is a slip
    ("0.5 \\times 0.38 = 0.1", "fails"),  # 0.19
    ("2/3 = 0.6", "fails"),
    ("\\frac{7}{9} \\approx 0.77", "fails"),  # 0.777...
    ("\\frac{7}{9} \\approx 0.777", "holds"),  # three digits: cut
])
def test_a_value_cut_after_its_digits_holds(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert steps[-1].verdict == verdict, steps


@pytest.mark.parametrize("text, verdicts", [
    # a decay rate written with nines is chosen, exact: 1 - 0.999 is 0.001, not 0.001 ± 0.0005
    ("$$\\hat v_1 = \\frac{0.00025}{1 - 0.999} = 0.25$$", ["holds"]),
    ("$$\\hat v_1 = \\frac{0.00025}{1 - 0.999} = 0.025$$", ["fails"]),
    ("$$\\frac{0.0004}{1 - 0.99} = 0.04$$", ["holds"]),
    ("$$\\frac{0.0004}{1 - 0.99} = 0.4$$", ["fails"]),
    ("$$\\frac{3}{1 - 0.9999} = 30000$$", ["holds"]),
])
def test_a_run_of_nines_is_an_exact_operand(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.lhs != "v̂_1"] == verdicts, steps


SHOWN_EXACT = [  # (text, the line of the power, its verdict): a base the text computed exactly
    # is no rounded value, so a power of it allows only the claimed digits' rounding
    ("- 한 스텝 인자: $0.9\\times(1 - 0.25) = 0.675$\n- 10스텝: $0.675^{10} \\approx 0.0197$\n",
     2, "fails"),
    ("- 한 스텝 인자: $0.9\\times(1 - 0.25) = 0.675$\n- 10스텝: $0.675^{10} \\approx 0.0196$\n",
     2, "holds"),
    ("这里 $\\eta = 0.1$，$\\lambda = 0.01$，衰减因子 $1 - \\eta\\lambda = 0.999$。\n\n"
     "500 步后变成原来的 $0.999^{500} \\approx 0.6604$ 倍\n", 3, "fails"),
    ("这里 $\\eta = 0.1$，$\\lambda = 0.01$，衰减因子 $1 - \\eta\\lambda = 0.999$。\n\n"
     "500 步后变成原来的 $0.999^{500} \\approx 0.6064$ 倍\n", 3, "holds"),
    ("The keep factor is $1 - 0.125 = 0.875$, so after 8 steps $0.875^8 \\approx 0.3436$.\n",
     1, "holds"),
    ("The keep factor is $1 - 0.125 = 0.875$, so after 8 steps $0.875^8 \\approx 0.3463$.\n",
     1, "fails"),
    # a base rounded before (σ(1) ≈ 0.7311) keeps its rounding: 0.7311^10 is 0.0436 or 0.0437
    ("$\\sigma(1) \\approx 0.7311$, and $0.7311^{10} \\approx 0.0437$\n", 1, "holds"),
    # a value computed from a rounded one is rounded too: 0.7311 − 0.5 = 0.2311 is not exact
    ("$\\sigma(1) \\approx 0.7311$, so $0.7311 - 0.5 = 0.2311$ and $0.2311^{4} \\approx 0.00285$\n",
     1, "holds"),
]


@pytest.mark.parametrize("text, line, verdict", SHOWN_EXACT)
def test_a_number_shown_exact_is_no_rounded_value(text, line, verdict):
    got = [s.verdict for s in check_text(text).steps if s.line == line and "^" in s.lhs]
    assert got == [verdict], [(s.line, s.lhs, s.verdict, s.method) for s in check_text(text).steps]


@pytest.mark.parametrize("text, verdict", [
    # the side a `≈` approximates rounds its decimals, whatever their digits: 0.25 is δ to two
    ("$$\\delta = 0.5068 \\times 0.5004 \\approx 0.2536$$\n\n$$-\\ln \\delta \\approx -\\ln 0.25$$",
     "holds"),
    ("$$\\delta = 0.5068 \\times 0.5004 \\approx 0.2536$$\n\n$$-\\ln \\delta \\approx -\\ln 0.35$$",
     "fails"),
    ("$h \\approx 0.7616$ 이므로 $$3h \\approx 3 \\times 0.76$$", "holds"),
    ("$h \\approx 0.7616$ 이므로 $$3h \\approx 3 \\times 0.67$$", "fails"),
])
def test_the_side_an_approximation_gives_rounds_its_decimals(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps[-1]


@pytest.mark.parametrize("formula, verdict", [
    # each term of a claimed sum rounded on its own: their roundings add up (±1.5 here)
    ("900 \\cdot 0.370 + 90 \\cdot 3.704 + 10 \\cdot 33.33 \\approx 333 + 333 + 333", "holds"),
    ("0.123 + 0.456 + 0.789 \\approx 0.1 + 0.5 + 0.8", "holds"),
    ("900 \\cdot 0.370 + 90 \\cdot 3.704 + 10 \\cdot 33.33 \\approx 333 + 333 + 343", "fails"),
])
def test_a_claimed_sum_of_rounded_terms(formula, verdict):
    assert [s.verdict for s in check_text(f"$${formula}$$").steps] == [verdict]
