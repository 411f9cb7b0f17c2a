"""The readings of a step whose sides differ as read (reading.py), as tried on a step that is
undecided because a name the text never defines enters one side only (reading.OF_UNKNOWN):
the name written alone as the function the text applies it as (`L` as L(w, b)), each ∂ as
applying to the term right after it. Each may only make the step hold: a wrong step stays
undecided there (the writer's L may be another), and a wrong step read otherwise still fails."""

import pytest

from checker.derive.document import check_text

_EN = ("To the training loss $L(\\mathbf{w}, b)$ we add a penalty:\n\n"
       "$$L_\\lambda(\\mathbf{w}, b) = L(\\mathbf{w}, b) + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$$"
       "\n\nso\n\n$$%s$$\n")
_KO = ("손실 $J(w)$ 에 규제항을 더한다.\n\n$$J_{reg}(w) = J(w) + \\lambda w^2$$\n\n$$%s$$\n")
_ZH = ("设损失为 $G(\\theta)$。\n\n$$F(\\theta) = G(\\theta) + \\frac{1}{2}\\theta^2$$\n\n"
       "所以 $$%s$$\n")


def _last_is(text: str, verdict: str) -> list:
    """The steps of `text`, its last one reported with `verdict`."""
    steps = check_text(text).steps
    assert steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]
    return steps


@pytest.mark.parametrize("text, verdict", [
    (_EN % "\\nabla_{\\mathbf{w}} L_\\lambda = \\nabla_{\\mathbf{w}} L + \\lambda \\mathbf{w}",
     "holds"),
    (_EN % "\\nabla_{\\mathbf{w}} L_\\lambda = \\nabla_{\\mathbf{w}} L + \\frac{\\lambda}{2}"
     "\\mathbf{w}", "undecided"),  # the ½ kept: wrong, but only under a reading
    (_KO % "\\nabla_w J_{reg} = \\nabla_w J + 2\\lambda w", "holds"),
    (_KO % "\\nabla_w J_{reg} = \\nabla_w J + \\lambda w", "undecided"),
    (_KO % "\\frac{\\partial J_{reg}}{\\partial w} = \\frac{\\partial J}{\\partial w} + \\lambda w",
     "fails"),  # as written, no reading needed: the 2 of the square dropped
    (_ZH % "\\nabla_\\theta F = \\nabla_\\theta G + \\theta", "holds"),
    (_ZH % "\\nabla_\\theta F = \\nabla_\\theta G + 2\\theta", "undecided"),
    # applied to two lists of names (G(θ), G(x)): which one a bare G is, is not said
    ("设损失为 $G(\\theta)$，也写作 $G(x)$。\n\n$$F(\\theta) = G(\\theta) + \\frac{1}{2}\\theta^2$$"
     "\n\n所以 $$\\nabla_\\theta F = \\nabla_\\theta G + \\theta$$\n", "undecided"),
])
def test_a_name_written_alone_is_the_function_the_text_applies(text, verdict):
    steps = _last_is(text, verdict)
    if verdict == "holds":
        assert "never defined" in steps[-1].method or "symbolic" in steps[-1].method


# a point looked at, then an example's values, then a general derivative in the same letter
_POINT = ("Take $L = \\frac{\\mu^2}{2} + \\sigma^2$. It vanishes at $\\mu = 0, \\sigma = 0$. "
          "For $\\mu = 1$, $\\sigma = 1$ we get $\\frac{1}{2} + 1 = 1.5$.\n\n"
          "The gradient: $$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_POINT % "\\frac{\\partial L}{\\partial \\mu} = \\mu", "holds"),
    # 2μ and μ meet at μ = 0 only: no earlier case rescues a function of μ
    (_POINT % "\\frac{\\partial L}{\\partial \\mu} = 2\\mu", "fails"),
    (_POINT % "\\frac{\\partial L}{\\partial \\sigma} = 2\\sigma", "holds"),
    (_POINT % "\\frac{\\partial L}{\\partial \\sigma} = 4\\sigma", "fails"),
    # another name's earlier case still decides it: a = 2 of case (a), x left free
    ("$f = a x^2$. Case (a): $a = 2$. Case (b): $a = 3$.\n\nFor case (a), "
     "$$\\frac{\\partial f}{\\partial x} = 4x$$\n", "holds"),
    ("$f = a x^2$. Case (a): $a = 2$. Case (b): $a = 3$.\n\nFor case (a), "
     "$$\\frac{\\partial f}{\\partial x} = 2x$$\n", "undecided"),  # wrong at (a) and (b):
    # never held, and "For case (a)" is a condition in words the checker does not apply
    # a number, no function of μ: the earlier example's values may still decide it
    ("Case (a): $x = 2$. Case (b): $x = 3$.\n\n$$f = x^2$$\n\n"
     "For case (a), $$\\frac{df}{dx} = 4$$\n", "holds"),
])
def test_a_derivative_stated_as_a_function_of_its_variable(text, verdict):
    _last_is(text, verdict)
