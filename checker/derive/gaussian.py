"""A name given the normal distribution, `p = \\mathcal N(\\mu_1, \\sigma_1^2)`, `q \\sim N(0, 1)`
as people write it: a density, so that `p(x)`, `\\log p(x)` are that density at x (KL between
Gaussians, the VAE's terms, MLE): p is defined as the function x ↦ e^{-(x-μ)²/(2σ²)}/√(2πσ²),
never an unknown N of two arguments. Only when the text defines no N of its own."""

from __future__ import annotations

from checker.derive.tree import Bin, Call, Const, Neg, Node, Num, Sym

PARAMETER = Sym("xi")  # the density's argument: a name no formula of the course writes


def density(body: Node, defined) -> Node | None:
    """The normal density in PARAMETER for `\\mathcal N(mean, variance)` (`defined(name)`:
    whether the text defines that name itself), or None for any other value."""
    if not (isinstance(body, Call) and body.name == "N" and len(body.args) == 2 and
            not body.order) or defined("N"):
        return None
    mean, variance = body.args
    spread = Bin("*", Num("2"), variance)
    exponent = Neg(Bin("/", Bin("^", Bin("-", PARAMETER, mean), Num("2")), spread))
    scale = Call("sqrt", (Bin("*", Bin("*", Num("2"), Const("pi")), variance),))
    return Bin("/", Bin("^", Const("e"), exponent), scale)
