"""Unknown functions (unknown.py): a name used as a function, or differentiated, and never
defined is a function with consistent unknown derivatives, not a gap."""

import pytest
import sympy as sp

from checker.derive import realisation, unknown
from checker.derive.document import check_text

D = "\\frac{\\partial %s}{\\partial %s}"
H = "\\hat{y}"
YHAT = "$$\\hat{y} = wx + b$$\n\n"
SIGMA = "$$a = \\sigma(z)$$\n\n"
G = "$$g = \\frac{\\partial L}{\\partial w}$$\n\n"
REG = "$$L_{reg} = L + \\frac{\\alpha}{2}\\sum_i w_i^2$$\n\n"


def last(text: str):
    steps = check_text(text).steps
    assert steps, text
    return steps[-1]


@pytest.mark.parametrize("text, verdict", [
    # a gradient g of an undefined loss in an update rule
    (G + "$$w - \\eta(g + \\lambda w) = (1 - \\eta\\lambda)w - \\eta g$$", "holds"),
    (G + "$$w - \\eta(g + \\lambda w) = (1 + \\eta\\lambda)w - \\eta g$$", "fails"),
    # a penalty added to an undefined loss
    (REG + f"$${D % ('L_{reg}', 'w_i')} = {D % ('L', 'w_i')} + \\alpha w_i$$", "holds"),
    (REG + f"$${D % ('L_{reg}', 'w_i')} = {D % ('L', 'w_i')} + 2\\alpha w_i$$", "fails"),
    # an indexed unknown written as a call, L_0(w), and differentiated as ∇L_0: one function
    ("$L(w) = L_0(w) + \\lambda \\|w\\|^2$\n\n$\\nabla L = \\nabla L_0 + 2\\lambda w$", "holds"),
    ("$L(w) = L_0(w) + \\lambda \\|w\\|^2$\n\n$\\nabla L = \\nabla L_0 + \\lambda w$", "fails"),
    # any function g, f written as calls
    ("$$\\frac{d}{dx} e^{g(x)} = g'(x) e^{g(x)}$$", "holds"),
    ("$$\\frac{d}{dx} e^{g(x)} = g(x) e^{g(x)}$$", "fails"),
    ("$$\\frac{d}{dx} f(g(x)) = f'(g(x)) g'(x)$$", "holds"),
    ("$$\\frac{d}{dx} f(g(x)) = f'(g(x))$$", "fails"),
    ("$$\\frac{d}{dx} (f(x) g(x)) = f'(x) g(x) + f(x) g'(x)$$", "holds"),
    ("$$\\frac{d}{dx} (f(x) g(x)) = f'(x) g'(x)$$", "fails"),
    ("$$\\frac{\\partial^2}{\\partial x^2} f(2x) = 4 f''(2x)$$", "holds"),
    # the chain rule through a defined name, with the loss unknown
    (YHAT + f"$${D % ('L', 'w')} = {D % ('L', H)} {D % (H, 'w')}$$", "holds"),
    (YHAT + f"$${D % ('L', 'w')} = {D % ('L', H)} x$$", "holds"),
    (YHAT + f"$${D % ('L', 'w')} = 2{D % ('L', H)} x$$", "fails"),
    (YHAT + f"$${D % ('L', 'w')} = {D % ('L', H)} w$$", "fails"),
    (SIGMA + f"$${D % ('L', 'z')} = {D % ('L', 'a')} a(1-a)$$", "holds"),
    (SIGMA + f"$${D % ('L', 'z')} = {D % ('L', 'a')} (1-a)$$", "fails"),
    # L(\mathbf{w}) of the weight vector, differentiated by its components w_i: one unknown L
    ("$$J(\\mathbf{w}) = L(\\mathbf{w}) + \\frac{\\mu}{2}\\sum_k w_k^2$$\n\n"
     f"$${D % ('J', 'w_k')} = {D % ('L', 'w_k')} + \\mu w_k$$", "holds"),
    ("$$J(\\mathbf{w}) = L(\\mathbf{w}) + \\mu\\sum_k w_k^2$$\n\n"
     f"$${D % ('J', 'w_k')} = {D % ('L', 'w_k')} + \\mu w_k$$", "fails"),
    ("$$J(\\mathbf{w}) = L(\\mathbf{w}) + \\mu\\sum_k |w_k|$$\n\n"
     f"$${D % ('J', 'w_k')} = {D % ('L', 'w_k')} + \\mu\\,\\mathrm{{sign}}(w_k)$$", "holds"),
    ("$$J(\\mathbf{w}) = L(\\mathbf{w}) + \\mu\\sum_k |w_k|$$\n\n"
     f"$${D % ('J', 'w_k')} = {D % ('L', 'w_k')} + \\mu w_k$$", "fails"),
    # a closed form for an undefined loss's derivative states it: taken as given
    (YHAT + f"$${D % ('L', 'w')} = \\hat{{y}} - y$$", "undecided"),
    (f"$${D % ('L', 'z')} = {D % ('L', 'a')} a(1-a)$$", "undecided"),
])
def test_unknown_functions_are_functions(text, verdict):
    assert last(text).verdict == verdict, last(text)


@pytest.mark.parametrize("text", [
    # a and L never defined: the product of their derivatives may equal a - y for the a and L
    # the writer means: it states a value, it is not wrong
    (f"$${D % ('L', 'z')} = {D % ('L', 'a')}{D % ('a', 'z')}$$\n\n"
     f"$${D % ('L', 'a')}{D % ('a', 'z')} = a - y$$"),
    # a derivative of an undefined a stated implicitly (∂a/∂z = a(1 - a))
    f"$${D % ('L', 'z')} = {D % ('L', 'a')} a (1 - a)$$\n\n$${D % ('L', 'a')} = 3$$",
])
def test_a_step_that_depends_on_what_an_undefined_name_is_is_never_wrong(text):
    assert all(s.verdict != "fails" for s in check_text(text).steps)


TWO_MODELS = ("## Linear output\n\nWith $\\hat{y} = wx + b$:\n\n"
              "$$%s$$\n\n## Sigmoid output\n\nNow $z = wx + b$ and $a = \\sigma(z)$:\n\n"
              f"$${D % ('L', 'w')} = {D % ('L', 'a')}{D % ('a', 'z')}{D % ('z', 'w')}$$\n")


_GELU = ("$\\mathrm{GELU}(x) = x\\,\\Phi(x)$, with $\\Phi$ the normal CDF and "
         "$\\varphi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$.\n\n")
_FACT = "Its derivative is the density: $\\Phi'(x) = \\varphi(x)$.\n\n"


@pytest.mark.parametrize("claim, verdicts", [
    # a name written primed at an argument (Φ'(x)) is a function wherever it is applied
    ("$$\\frac{d}{dx}\\mathrm{GELU}(x) = \\Phi(x) + x\\,\\Phi'(x)$$", ["holds"]),
    ("$$\\frac{d}{dx}\\mathrm{GELU}(x) = \\Phi(x) + \\Phi'(x)$$", ["fails"]),
    # the derivative the text states for it stands for Φ' on the lines after (and its
    # derivative for Φ''): steps that use it are decided, a wrong twin fails
    (_FACT + "$$\\Phi(x) + x\\,\\Phi'(x) = \\Phi(x) + x\\,\\varphi(x)$$", ["holds"]),
    (_FACT + "$$\\Phi(x) + x\\,\\Phi'(x) = \\Phi(x) + \\varphi(x)$$", ["fails"]),
    (_FACT + "$$\\Phi(x) + x\\,\\Phi'(x) = \\Phi(x) - x\\,\\varphi(x)$$", ["fails"]),
    (_FACT + "$$\\mathrm{GELU}''(x) = 2\\varphi(x) + x\\,\\varphi'(x)$$", ["holds"]),
    (_FACT + "$$\\mathrm{GELU}''(x) = \\varphi(x) + x\\,\\varphi'(x)$$", ["fails"]),
    (_FACT + "$$\\frac{d}{dx}\\mathrm{GELU}(x) = \\Phi(x) + x\\,\\Phi'(x)$$", ["holds"]),
    (_FACT + "$$\\frac{d}{dx}\\mathrm{GELU}(x) = \\Phi(x) + x\\,\\varphi(x)$$", ["holds"]),
    (_FACT + "$$\\frac{d}{dx}\\Phi(2x) = 2\\varphi(2x)$$", ["holds"]),
    (_FACT + "$$\\frac{d}{dx}\\Phi(2x) = \\varphi(2x)$$", ["fails"]),  # the inner 2
    # in the notation of a Leibniz fraction, and in Korean prose around it
    ("$\\Phi$ 는 정규분포의 CDF 이고 $\\varphi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$, "
     "$\\Phi'(x) = \\varphi(x)$ 입니다.\n\n$$\\frac{d}{dx}\\left(x\\Phi(x)\\right) = "
     "\\Phi(x) + x\\varphi(x)$$", ["holds"]),
    ("$\\Phi$ 는 정규분포의 CDF 이고 $\\varphi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$, "
     "$\\Phi'(x) = \\varphi(x)$ 입니다.\n\n$$\\frac{d}{dx}\\left(x\\Phi(x)\\right) = "
     "\\Phi(x) - x\\varphi(x)$$", ["fails"]),
    # (a side without Φ at all, `x\\varphi(x)`, stays undecided: Φ on one side only)
])
def test_a_primed_unknown_function(claim, verdicts):
    text = claim if claim.startswith("$\\Phi$") else _GELU + claim
    assert [s.verdict for s in check_text(text).steps][-len(verdicts):] == verdicts


def test_a_stated_derivative_further_down_is_not_put_in_above_it():
    """Ψ' is read as stated from the statement's line on; above it, a step that uses Ψ' is
    undecided with the reason, never failed. (Ψ, a function the text never defines: Φ itself
    is read as the normal CDF, whose derivative is derived.)"""
    text = (_GELU + "$$\\Phi(x) + x\\,\\Phi'(x) = \\Phi(x) + x\\,\\varphi(x)$$\n\n" +
            _FACT).replace("\\Phi", "\\Psi")
    step = check_text(text).steps[0]
    assert step.verdict == "undecided" and "stated on line" in step.method


@pytest.mark.parametrize("line, verdicts", [
    # each section's chain rule writes what the undefined L is a function of there
    (f"{D % ('L', 'w')} = {D % ('L', H)}{D % (H, 'w')} = {D % ('L', H)} x",
     ["holds", "holds", "holds"]),
    (f"{D % ('L', 'b')} = {D % ('L', H)}{D % (H, 'b')}", ["holds", "holds"]),
    # ... and a slip in one of them is wrong for every L
    (f"{D % ('L', 'w')} = {D % ('L', H)}{D % (H, 'w')} = {D % ('L', H)} w",
     ["holds", "fails", "holds"]),
    (f"{D % ('L', 'w')} = 2{D % ('L', H)} x", ["fails", "holds"]),
])
def test_a_line_says_what_an_undefined_loss_is_a_function_of(line, verdicts):
    """∂L/∂ŷ ∂ŷ/∂w in one section and ∂L/∂a ∂a/∂z ∂z/∂w in another: L of ŷ in the first,
    of a in the second (not one L of both, which would make each line miss a path)."""
    assert [s.verdict for s in check_text(TWO_MODELS % line).steps] == verdicts


NEURON = ("Squared error $L = \\frac{1}{2}(a - y)^2$, target $y = 1$.\n\n"
          "$$a = \\sigma(0.4) \\approx 0.5987$$\n\n"
          f"$${D % ('L', 'a')} = a - y, \\qquad {D % ('a', 'z')} = a(1 - a)$$\n\n"
          "Numbers:\n\n$$%s$$\n")


@pytest.mark.parametrize("claim, verdict", [
    # a is differentiated (an unknown function of z), but the example gave it a value
    ("a - y \\approx -0.4013", "holds"),
    ("a(1 - a) \\approx 0.5987 \\times 0.4013", "holds"),
    ("a - y \\approx 0.4013", "fails"),
    ("a(1 - a) \\approx 0.5987 \\times 0.5987", "fails"),
])
def test_a_differentiated_name_the_example_gave_a_value_is_that_value(claim, verdict):
    assert last(NEURON % claim).verdict == verdict


NAMED_LATER = ("The model is $\\hat{y} = v\\tanh(ux + c) + d$ with loss "
               "$L = \\frac{1}{2}(\\hat{y} - y)^2$.\n\n"
               "Call the pre-activation $s = ux + c$.\n\n$$%s$$\n")


@pytest.mark.parametrize("claim, verdict", [
    # ŷ is written in ux + c, which the text then names s: ∂L/∂s is through that node
    (f"{D % ('L', 's')} = (\\hat{{y}} - y)\\, v\\,(1 - \\tanh^2 s)", "holds"),
    (f"{D % ('L', 'u')} = {D % ('L', 's')}\\, x", "holds"),
    (f"{D % ('L', 's')} = (\\hat{{y}} - y)(1 - \\tanh^2 s)", "fails"),  # dropped v
    (f"{D % ('L', 's')} = (\\hat{{y}} - y)\\, v\\tanh s", "fails"),
])
def test_a_derivative_by_a_name_given_to_part_of_a_definition(claim, verdict):
    assert last(NAMED_LATER % claim).verdict == verdict


def test_a_stated_derivative_stands_for_a_definition_that_does_not_involve_the_variable():
    """z = log(p) in one section, then ∂z/∂w = x stated: in ∂L/∂w, z is the stated one."""
    text = ("$$z = \\log(p)$$\n\n$$L = -(y\\log(a) + (1 - y)\\log(1 - a))$$\n\n"
            f"$${D % ('L', 'w')} = {D % ('L', 'a')}{D % ('a', 'z')}{D % ('z', 'w')} = (a - y)x$$"
            f"\n\n$${D % ('a', 'z')} = a(1 - a)$$\n\n$${D % ('z', 'w')} = x$$")
    assert [s.verdict for s in check_text(text).steps] == \
        ["holds", "holds", "undecided", "undecided"]


def test_derivatives_of_an_unknown_are_consistent_and_realised_alike():
    w = sp.Symbol("w", real=True)
    f = unknown.function(unknown.Signature("L", ("w",)))
    d1 = sp.diff(f(w ** 2), w)
    assert d1 == 2 * w * unknown.function(unknown.Signature("L", ("w",), (0,)))(w ** 2)
    _, order = realisation.flatten([d1])
    assert len(order) == 1 and order[0][1].orders == (0,)
    # the realised derivative is the derivative of the realised function
    params, body = realisation.realised(unknown.Signature("L", ("w",)))
    _, slope = realisation.realised(unknown.Signature("L", ("w",), (0,)))
    assert sp.simplify(sp.diff(body, params[0]) - slope) == 0


def test_a_probability_is_realised_inside_zero_one():
    import numpy as np
    fn = realisation.numeric(unknown.Signature("a", ("z",), bounds=(0.0, 1.0)))
    values = fn(np.linspace(-50, 50, 201))
    assert np.all((values > 0) & (values < 1))


_MEAN = ("With per-example losses $\\ell_i(\\theta)$,\n\n"
         "$$L(\\theta) = \\frac{1}{B}\\sum_{i\\in\\mathcal{B}}\\ell_i(\\theta)$$\n\n$$\\nabla_\\theta L = %s$$")


@pytest.mark.parametrize("rhs, verdict", [
    # `ℓ_i(θ)` written as a call and `∇_θ ℓ_i` written on the name are one unknown member ℓ_1,
    # ℓ_2, ... of the family (function.signature_of_call): the gradient of the mean is the mean
    # of the gradients, for every ℓ
    ("\\frac{1}{B}\\sum_{i\\in\\mathcal{B}}\\nabla_\\theta\\,\\ell_i", "holds"),
    ("\\frac{1}{B}\\sum_{i}\\frac{\\partial \\ell_i}{\\partial \\theta}", "holds"),
    ("\\sum_{i\\in\\mathcal{B}}\\nabla_\\theta\\,\\ell_i", "fails"),  # the 1/B dropped
    ("\\frac{1}{B}\\sum_{i}\\ell_i", "undecided"),  # the losses for their gradients: never "fails"
])
def test_an_indexed_unknown_called_and_differentiated_is_one_function(rhs, verdict):
    steps = check_text(_MEAN % rhs).steps
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text, verdict", [
    # the derivative of a function the text never defines, at its own variable, stated as an
    # expression without its derivative: what the text says the function is, as f'(x) = ...
    ("$$\\frac{d}{dx} f(x) = -x\\,f(x)$$", "undecided"),
    ("정규분포 밀도에 대해 $$\\frac{d}{dz}\\phi(z) = -z\\,\\phi(z)$$", "undecided"),
    ("$$\\frac{d}{dt} h(t) = 2t$$", "undecided"),
    # the derivative of an expression of it is derived: checked
    ("$$\\frac{d}{dx} e^{g(x)} = g'(x) e^{g(x)}$$", "holds"),
    ("$$\\frac{d}{dx} e^{g(x)} = g(x) e^{g(x)}$$", "fails"),
    ("$$\\frac{d}{dx} f(x)^2 = 2 f(x)$$", "fails"),
    # a function the text defines: checked
    ("Let $f(x) = x^2$.\n\n$$\\frac{d}{dx} f(x) = 3x$$", "fails"),
])
def test_a_stated_derivative_of_a_function_never_defined(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.method) for s in steps]


def test_a_disagreement_that_is_the_unknowns_doing_is_an_unknown_undecided():
    # L never defined, its slope on one side only: Unknown (an Undecided other readings may
    # still settle, reading.OF_UNKNOWN), not a failure
    from checker.derive.context import Context
    from checker.derive.equivalence import compare
    from checker.derive.errors import Undecided, Unknown

    x = sp.Symbol("x", real=True)
    slope = unknown.apply(unknown.Signature("L", ("x",), (0,)), [x])
    with pytest.raises(Unknown) as raised:
        compare(slope, 2 * x, Context())
    assert isinstance(raised.value, Undecided) and "what L is" in str(raised.value)
