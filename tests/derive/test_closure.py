"""A named quantity's closed form (closure.py): `D_{KL}(\\mathcal{N}(μ, σ²) ‖ \\mathcal{N}(0, 1))
= ... = ½(μ² + σ² - 1 - log σ²)` defines D_{KL} for the derivatives below it, when the chain
ends in the names the head's arguments carry. The correct derivative holds, a wrong one fails;
a chain that stops short of a closed form (still under an expectation) or uses another name
defines nothing, and the derivative stays a statement."""

import pytest

from checker.derive.document import check_text

# a chain continued over formulas (`= ...` lines), then prose, then the derivative
_CONTINUED = ("The KL term of a Gaussian encoder against the prior:\n\n"
              "$$D_{KL}\\big(\\mathcal{N}(\\mu,\\sigma^2)\\,\\|\\,\\mathcal{N}(0,1)\\big) = "
              "\\mathbb{E}_q\\left[\\log\\frac{q(z)}{p(z)}\\right]$$\n\n"
              "$$= \\mathbb{E}_q\\left[-\\log\\sigma - \\frac{(z-\\mu)^2}{2\\sigma^2} + "
              "\\frac{z^2}{2}\\right]$$\n\n"
              "$$= \\frac12\\left(\\mu^2 + \\sigma^2 - 1 - \\log\\sigma^2\\right)$$\n\n"
              "Its gradients:\n\n$$%s$$\n")
# one formula, Korean prose, a value at a point looked at before the derivative
_ONE_KO = ("분산을 1로 고정하면\n\n"
           "$$D_{KL}\\big(\\mathcal{N}(m,1)\\,\\|\\,\\mathcal{N}(0,1)\\big) = "
           "\\mathbb{E}_q\\left[\\log\\frac{q(z)}{p(z)}\\right] = \\frac{m^2}{2}$$\n\n"
           "$m = 0$ 에서 0 이고, $m = 2$ 이면 $\\frac{2^2}{2} = 2$ 이다.\n\n"
           "미분하면 $$%s$$\n")
# Chinese prose, the chain stops under the expectation: no closed form
_OPEN_ZH = ("编码器输出 $\\mu$，先验为标准正态：\n\n"
            "$$D_{KL}\\big(\\mathcal{N}(\\mu,1)\\,\\|\\,\\mathcal{N}(0,1)\\big) = "
            "\\mathbb{E}_q\\left[\\log\\frac{q(z)}{p(z)}\\right]$$\n\n"
            "所以 $$%s$$\n")
# the last form uses a name (k) the head's arguments do not carry
_OTHER_NAME = ("The KL term:\n\n"
               "$$D_{KL}\\big(\\mathcal{N}(\\mu,1)\\,\\|\\,\\mathcal{N}(0,1)\\big) = "
               "\\mathbb{E}_q\\left[\\log\\frac{q(z)}{p(z)}\\right] = \\frac{\\mu^2}{2} + k$$"
               "\n\nso $$%s$$\n")

# a second named quantity of the same name, at other arguments, takes over
_SECOND = ("$$D_{KL}\\big(\\mathcal{N}(\\mu,1)\\,\\|\\,\\mathcal{N}(0,1)\\big) = "
           "\\frac{\\mu^2}{2}$$\n\nFor two unit-variance Gaussians,\n\n"
           "$$D_{KL}\\big(\\mathcal{N}(a,1)\\,\\|\\,\\mathcal{N}(b,1)\\big) = "
           "\\frac{(a - b)^2}{2}$$\n\nso $$%s$$\n")
# the closed form holds in its section only
_NEXT_SECTION = ("## KL term\n\n$$D_{KL}\\big(\\mathcal{N}(\\mu,1)\\,\\|\\,\\mathcal{N}(0,1)"
                 "\\big) = \\frac{\\mu^2}{2}$$\n\n## Another model\n\n"
                 "Here the KL term is another one: $$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_CONTINUED % "\\frac{\\partial D_{KL}}{\\partial \\mu} = \\mu", "holds"),
    (_CONTINUED % "\\frac{\\partial D_{KL}}{\\partial \\mu} = 2\\mu", "fails"),
    (_CONTINUED % "\\frac{\\partial D_{KL}}{\\partial \\sigma} = \\sigma - \\frac{1}{\\sigma}",
     "holds"),
    (_CONTINUED % "\\frac{\\partial D_{KL}}{\\partial \\sigma} = \\sigma + \\frac{1}{\\sigma}",
     "fails"),
    (_ONE_KO % "\\frac{\\partial D_{KL}}{\\partial m} = m", "holds"),
    (_ONE_KO % "\\frac{\\partial D_{KL}}{\\partial m} = 2m", "fails"),  # not saved by m = 0
    (_OPEN_ZH % "\\frac{\\partial D_{KL}}{\\partial \\mu} = \\mu", "undecided"),
    (_OPEN_ZH % "\\frac{\\partial D_{KL}}{\\partial \\mu} = 2\\mu", "undecided"),
    (_SECOND % "\\frac{\\partial D_{KL}}{\\partial a} = a - b", "holds"),
    (_SECOND % "\\frac{\\partial D_{KL}}{\\partial a} = 2(a - b)", "fails"),
    (_NEXT_SECTION % "\\frac{\\partial D_{KL}}{\\partial \\mu} = 2\\mu", "undecided"),
    (_OTHER_NAME % "\\frac{\\partial D_{KL}}{\\partial \\mu} = 2\\mu", "undecided"),
])
def test_a_named_quantity_is_its_closed_form(text, verdict):
    steps = check_text(text).steps
    assert steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]
    assert not any(s.verdict == "fails" for s in steps[:-1]), \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]
