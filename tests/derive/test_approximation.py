"""Approximations in a limit (approximation.py): a `≈` between expressions of a variable the
text names as small or large, or that a difference quotient or an expansion shifts by, holds
when the sides agree to leading order in that limit; it fails only when the limit is certain
and they do not; otherwise it stays undecided. And (carry.with_stated) a value computed
from a value the text stated rounded holds when it holds with that rounded value."""

import pytest

from checker.derive.document import check_text

CENTRED = "The centred difference:\n\n$$f'(x) \\approx \\frac{f(x + h) - f(x - h)}{%s}$$"
PARTIAL = ("Gradient check, centered difference:\n\n$$\\frac{\\partial f}{\\partial \\theta} "
           "\\approx \\frac{f(\\theta + h) - f(\\theta - h)}{%s}$$")
TEMPERATURE = "If $T$ is large compared with the logits, $\\exp(z_i/T) \\approx %s$."
LOG_SIGMOID = "For very negative $x$, $\\log\\sigma(x) \\approx %s$."
TAYLOR = ("Near $w$, the second-order Taylor model:\n\n"
          "$$f(w + \\Delta) \\approx f(w) + f'(w)\\Delta + %s f''(w)\\Delta^2$$")
SMALL = "For small $x$, $%s$."
LARGE = "For large $z$, $\\sigma(z) \\approx %s$."
ADAM = ("$\\hat m = 0.2$, $\\hat v = 0.04$.\n\n"
        "$$\\theta - \\eta\\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon} \\approx %s$$")

# (text, verdict of its one step): each correct text beside its wrong twin
LIMITS = [
    ("The forward difference:\n\n$$f'(x) \\approx \\frac{f(x + h) - f(x)}{h}$$", "holds"),
    ("The forward difference:\n\n$$f'(x) \\approx \\frac{f(x + h) - f(x)}{2h}$$", "fails"),
    (CENTRED % "2h", "holds"),
    # the derivative written ∂f/∂θ: this line states it (a fact), read here as f's derivative
    (PARTIAL % "2h", "holds"),
    (PARTIAL % "h", "fails"),
    (("중앙 차분으로 기울기를 확인한다:\n\n$$\\frac{\\partial f}{\\partial \\theta} \\approx "
      "\\frac{f(\\theta + \\epsilon) - f(\\theta - \\epsilon)}{2\\epsilon}$$"), "holds"),
    (("数值梯度（前向差分）：\n\n$$\\frac{\\partial f}{\\partial w} \\approx "
      "\\frac{f(w + h) - f(w)}{h}$$"), "holds"),
    (("数值梯度（前向差分）：\n\n$$\\frac{\\partial f}{\\partial w} \\approx "
      "\\frac{f(w + h) - f(w)}{2h}$$"), "fails"),
    (CENTRED % "h", "fails"),  # tends to 2f'(x)
    (TEMPERATURE % "1 + z_i/T", "holds"),
    (TEMPERATURE % "1 + 2z_i/T", "fails"),  # wrong in the 1/T term it keeps
    (LOG_SIGMOID % "x", "holds"),  # no power series: by limits
    (LOG_SIGMOID % "2x", "fails"),
    (LOG_SIGMOID % "x - 1", "fails"),
    (TAYLOR % "\\frac{1}{2}", "holds"),  # the shift of an expansion: Δ → 0
    (TAYLOR % "", "fails"),  # the dropped ½
    (SMALL % "\\log(1 + x) \\approx x", "holds"),
    (SMALL % "\\log(1 + x) \\approx 2x", "fails"),
    (SMALL % "\\sin x \\approx x - x^3/6", "holds"),
    (SMALL % "\\cos x \\approx 1 - x^2", "fails"),
    (SMALL % "e^x \\approx 1 + x", "holds"),
    ("As $x \\to 0$, $\\tanh x \\approx x$.", "holds"),
    ("As $x \\to 0$, $\\tanh x \\approx 2x$.", "fails"),
    (LARGE % "1", "holds"),  # exponentially close
    (LARGE % "0", "fails"),
    ("$$f(x + h) \\approx f(x) + h f'(x)$$", "holds"),  # an expansion in the shift h
    # an exact side that is itself a polynomial: only the truncated side's terms are kept
    ("For small $h$, $(x + h)^2 \\approx x^2 + 2xh$.", "holds"),
    ("For small $h$, $(x + h)^2 \\approx x^2 + xh$.", "fails"),
    (SMALL % "(1 + x)^3 \\approx 1 + 3x", "holds"),
    (SMALL % "(1 + x)^3 \\approx 1 + 2x", "fails"),
    ("When $h$ is small, $2x + h \\approx 2x$.", "holds"),
    ("When $h$ is small, $2x + h \\approx x$.", "fails"),
    ("For large $n$, $n^2 + n \\approx n^2$.", "holds"),
    ("For large $n$, $n^2 + n \\approx n$.", "fails"),
    # a size word names a limit only when said of the name itself, and not negated
    ("For $x$ near one (not too large), $\\ln x \\approx x - 1$.", "undecided"),
    ("For large $x$, $\\ln x \\approx x - 1$.", "fails"),
    ("$x$ 가 1 근처일 때 (오차가 큰 경우는 제외) $\\ln x \\approx x - 1$ 이다.", "undecided"),
    ("$x$ 가 클 때 $\\ln x \\approx x - 1$ 이다.", "fails"),
    ("If $T$ is not large, $\\exp(z/T) \\approx 1 + 2z/T$.", "undecided"),
    ("If $T$ is large enough, $\\exp(z/T) \\approx 1 + 2z/T$.", "fails"),
    ("With a small learning rate $\\eta$, $\\sqrt{1 + \\eta} \\approx 1 + \\eta/2$.", "holds"),
    ("With a small learning rate $\\eta$, $\\sqrt{1 + \\eta} \\approx 1 + \\eta$.", "fails"),
    ("学习率 $\\eta$ 足够小时，$\\sqrt{1 + \\eta} \\approx 1 + \\eta$。", "fails"),
    ("学习率 $\\eta$ 不够小时，$\\sqrt{1 + \\eta} \\approx 1 + \\eta$。", "undecided"),
    # ε, small by convention: may only hold
    (ADAM % "\\theta - \\eta", "holds"),
    (ADAM % "\\theta - 2\\eta", "undecided"),
    # no limit the text names, nor a quotient or expansion: not read as one
    ("$$\\sin(x) \\approx x$$", "undecided"),
    ("$$\\frac{1}{1 + x} \\approx 1 - x$$", "undecided"),
    (SMALL % "\\frac{1}{1 + x} \\approx 1 - x", "holds"),
    # the limit depends on β (is β < 1?): not decided
    ("For large $t$, $1 - \\beta^t \\approx 1$.", "undecided"),
    # a derivative the checker does not relate to the quotient's f: never fails
    (("Centred difference:\n\n$$\\frac{\\partial f}{\\partial w_j} \\approx "
      "\\frac{f(w + h e_j) - f(w - h e_j)}{2h}$$"), "undecided"),
    ("Here $L = u^2$. $$\\frac{\\partial L}{\\partial u} \\approx \\frac{g(u + h) - g(u)}{h}$$",
     "undecided"),
    ("Here $L = u^2$. For small $h$, $g(h) + L \\approx h + L$.", "undecided"),
    # f defined through g: its derivative and the quotient of g are one family, and differ
    ("Here $f(x) = x^3 + g(x)$. $$f'(x) \\approx \\frac{g(x + h) - g(x)}{h}$$", "fails"),
]


@pytest.mark.parametrize("text, verdict", LIMITS)
def test_an_approximation_is_checked_in_the_limit_the_text_means(text, verdict):
    steps = [s for s in check_text(text).steps if s.relation == "≈"]
    assert [s.verdict for s in steps] == [verdict], steps


def test_a_failure_in_the_limit_names_the_limit_and_the_order():
    step = check_text(TEMPERATURE % "1 + 2z_i/T").steps[0]
    assert "T → ∞" in step.method and "the text says \"large\"" in step.method, step
    assert "of order T^-1" in step.method, step


EXAMPLE = "Take $w = 0.5$, $x = 1$.\n\n$$\\hat{y} = \\sigma(wx) \\approx %s$$\n\n$$%s$$"
STATED = [
    # -log σ(0.5) = 0.4741, -log 0.622 = 0.4748: either reading holds
    (EXAMPLE % ("0.622", "-\\log \\hat{y} \\approx 0.475"), "holds"),
    (EXAMPLE % ("0.622", "-\\log \\hat{y} \\approx 0.474"), "holds"),
    (EXAMPLE % ("0.622", "-\\log \\hat{y} \\approx 0.485"), "fails"),  # wrong with both
    (EXAMPLE % ("0.62", "-\\log \\hat{y} \\approx 0.478"), "holds"),
    (EXAMPLE % ("0.62", "-\\log \\hat{y} \\approx 0.488"), "fails"),
    (EXAMPLE % ("0.622", "1 - \\hat{y} \\approx 0.378"), "holds"),
    (EXAMPLE % ("0.622", "1 - \\hat{y} \\approx 0.388"), "fails"),
    # an `=` computed from the value stated rounded: the writer goes on with it, and a step
    # never fails by less than the rounding carried (carry.with_approximated)
    (EXAMPLE % ("0.62", "-\\log \\hat{y} = 0.478"), "holds"),
    (EXAMPLE % ("0.62", "-\\log \\hat{y} = 0.488"), "fails"),
    # a name bound to a number stated rounded (no variables): the same
    ("$\\hat y = \\sigma(0.5) \\approx 0.62$\n\n$-\\log \\hat y \\approx 0.478$", "holds"),
    ("$\\hat y = \\sigma(0.5) \\approx 0.62$\n\n$-\\log \\hat y \\approx 0.488$", "fails"),
    ("$p = e^{-1} \\approx 0.37$, hence $p^2 \\approx 0.137$.", "holds"),
    ("$p = e^{-1} \\approx 0.37$, hence $p^2 \\approx 0.147$.", "fails"),
    # a rounded value that is itself wrong is not gone on from; nor one bound anew since
    ("$\\hat y = \\sigma(0.5) \\approx 0.73$\n\n$-\\log \\hat y \\approx 0.315$", "fails"),
    ("$p = e^{-1} \\approx 0.37$. Now $p = 0.5$, so $p^2 \\approx 0.137$.", "fails"),
]


@pytest.mark.parametrize("text, verdict", STATED)
def test_a_value_computed_from_a_stated_rounding_holds_with_it(text, verdict):
    steps = check_text(text).steps
    assert steps[-1].verdict == verdict, steps
    if verdict == "holds" and "0.475" in text:
        assert "the text stated" in steps[-1].method and "≈ 0.622)" in steps[-1].method, \
            steps[-1]


MACS = "MACs: $56 \\cdot 56 \\cdot 128 \\cdot 64 \\cdot 9 \\approx %s$"
# a magnitude suffix in text mode after a number (a unit, not a variable): the sides agree to
# the digits before it, for the decimal or the binary multiplier; a value that no multiplier
# (no power of 1000 or 1024) relates to the count fails, as it is wrong in every unit meant
SUFFIXES = [
    (MACS % "231.2\\text{M}", "holds"),
    (MACS % "241.2\\text{M}", "fails"),  # neither 231.2 (10^6) nor 220.5 (2^20)
    (MACS % "220.5\\,\\mathrm{M}", "holds"),  # 2^20: binary mega
    ("params: $9 \\cdot 64 \\cdot 128 + 128 \\approx 73.9\\text{K}$", "holds"),
    ("params: $9 \\cdot 64 \\cdot 128 + 128 \\approx 75.9\\text{K}$", "undecided"),  # 3 % off
    ("$2^{30} \\approx 1.07\\text{B}$", "holds"),
    # a name M in math mode is a variable: not read as a magnitude
    (MACS % "231.2 M", "undecided"),
]


@pytest.mark.parametrize("text, verdict", SUFFIXES)
def test_a_magnitude_suffix_in_text_mode_is_read_as_its_multiplier(text, verdict):
    steps = [s for s in check_text(text).steps if s.relation == "≈"]
    assert [s.verdict for s in steps] == [verdict], steps


def test_a_limit_read_with_a_guess_never_fails():
    # Σ_j with no range beside the count N: the first-order form differs as read (Σ_j over 3
    # terms), though it is what the text means; in the limit T → ∞ that proves no failure
    text = ("$$q_i = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}$$\n\n"
            "For large $T$, $e^{z_i/T} \\approx 1 + z_i/T$, so with $N$ classes\n\n"
            "$$q_i \\approx \\frac{1 + z_i/T}{N + \\sum_j z_j/T}$$\n")
    assert all(s.verdict != "fails" for s in check_text(text).steps), [
        (s.lhs, s.rhs, s.verdict, s.method) for s in check_text(text).steps]


# a difference quotient written with letters whose names the example binds (θ = 2, h = 0.1):
# the ≈ states the limit h → 0, which holds whatever step the example takes; the numbers
# there differ by the quotient's own error (12 against 12.61). A quotient whose limit is not
# the derivative (the 2 of a central difference dropped) still fails.
BOUND = [
    ("Let $f(\\theta) = \\theta^3$ at $\\theta = 2$, with the step $h = 0.1$.\n\n"
     "$$\\frac{\\partial f}{\\partial \\theta} \\approx \\frac{f(\\theta + h) - f(\\theta)}{h}$$",
     "holds"),
    ("Let $f(\\theta) = \\theta^3$ at $\\theta = 2$, with the step $h = 0.1$.\n\n"
     "$$\\frac{\\partial f}{\\partial \\theta} \\approx \\frac{f(\\theta + h) - f(\\theta - h)}{h}$$",
     "fails"),
    ("$f(x) = e^{-x}$, $x = 0$, $h = 0.1$ 로 두면 후진 차분은\n\n"
     "$$f'(x) \\approx \\frac{f(x) - f(x - h)}{h}$$", "holds"),
    ("$f(x) = e^{-x}$, $x = 0$, $h = 0.1$ 로 두면 후진 차분은\n\n"
     "$$f'(x) \\approx \\frac{f(x) + f(x - h)}{h}$$", "fails"),
    ("设 $g(z) = \\frac{1}{1 + e^{-z}}$，取 $z = 1$，$\\varepsilon = 0.5$：\n\n"
     "$$\\frac{d g}{d z} \\approx \\frac{g(z + \\varepsilon) - g(z)}{\\varepsilon}$$", "holds"),
]


@pytest.mark.parametrize("text, verdict", BOUND)
def test_a_quotient_with_letters_states_the_limit_not_the_numbers(text, verdict):
    steps = [s for s in check_text(text).steps if s.relation == "≈"]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.verdict, s.method)
                                                     for s in steps]
