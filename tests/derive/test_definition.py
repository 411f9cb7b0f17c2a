"""A recurrence a chain derives for a family the text defined earlier by a formula (`Let e_k =
x_k - x^*`, then `e_{k+1} = e_k - η(Ax_k - Ax^*) = (I - ηA)e_k`): its left side is what the
chain derives, so a step that fails only because e_k was read through that recurrence is
undecided (definition.derived_recurrence); one that fails through the definition too fails."""

import pytest

from checker.derive.document import check_text

GD = ("Gradient descent $x_{k+1} = x_k - \\eta\\nabla f(x_k)$ on $f(x) = \\tfrac12 x^\\top A x"
      " - b^\\top x$, with $\\nabla f(x) = Ax - b$ and $Ax^\\star = b$. "
      "Let $e_k = x_k - x^\\star$. Then\n\n")


@pytest.mark.parametrize("chain, verdict, why", [
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (I - \\eta A)\\,e_k", "undecided",
     "recurrence this line derives"),
    # with 1 for I the step holds through the definition: undecided (as defined on line 1)
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (1 - \\eta A)\\,e_k", "undecided",
     "as defined on line 1"),
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (I + \\eta A)\\,e_k", "fails", None),
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (1 - 2\\eta A)\\,e_k", "fails", None),
])
def test_recurrence_derived_from_a_definition(chain, verdict, why):
    step = check_text(GD + f"$${chain}$$").steps[-1]
    assert step.verdict == verdict, step
    if why:
        assert why in step.method, step


# a function of the variance written as a square (`NLL(μ, σ²)`, `p(x; μ, σ²)`): σ² is a
# parameter, the function is defined (not a claim about an unknown NLL), its derivative by σ²
# is derived, and an argument in σ²'s place is σ²'s value
GAUSS = ("$$\\mathrm{{NLL}}(\\mu, \\sigma^2) = \\frac{{n}}{{2}}\\log(2\\pi\\sigma^2) + "
         "\\frac{{1}}{{2\\sigma^2}}\\sum_{{i=1}}^{{n}}(x_i - \\mu)^2$$\n\n$${}$$")


@pytest.mark.parametrize("claim, verdict", [
    ("\\frac{\\partial\\,\\mathrm{NLL}}{\\partial\\sigma^2} = \\frac{n}{2\\sigma^2} - "
     "\\frac{1}{2\\sigma^4}\\sum_{i=1}^{n}(x_i - \\mu)^2", "holds"),
    ("\\frac{\\partial\\,\\mathrm{NLL}}{\\partial\\sigma^2} = \\frac{n}{2\\sigma^2} + "
     "\\frac{1}{2\\sigma^4}\\sum_{i=1}^{n}(x_i - \\mu)^2", "fails"),
    ("\\frac{\\partial\\,\\mathrm{NLL}}{\\partial\\mu} = -\\frac{1}{\\sigma^2}\\sum_{i=1}^{n}"
     "(x_i - \\mu)", "holds"),
    ("\\mathrm{NLL}(\\mu, 4) = \\frac{n}{2}\\log(8\\pi) + \\frac{1}{8}\\sum_{i=1}^{n}"
     "(x_i - \\mu)^2", "holds"),  # σ² = 4, not σ = 4
    ("\\mathrm{NLL}(\\mu, 4) = \\frac{n}{2}\\log(32\\pi) + \\frac{1}{32}\\sum_{i=1}^{n}"
     "(x_i - \\mu)^2", "fails"),
])
def test_a_function_of_the_variance(claim, verdict):
    steps = check_text(GAUSS.format(claim)).steps
    assert [s.verdict for s in steps if s.line == 3] == [verdict], steps
    assert not [s for s in steps if s.line == 1], steps  # the definition is no step
