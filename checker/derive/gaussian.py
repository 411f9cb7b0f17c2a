"""A name given the normal distribution, `p = \\mathcal N(\\mu_1, \\sigma_1^2)`, `q \\sim N(0, 1)`
as people write it: a density, so that `p(x)`, `\\log p(x)` are that density at x (KL between
Gaussians, the VAE's terms, MLE): p is defined as the function x ↦ e^{-(x-μ)²/(2σ²)}/√(2πσ²),
never an unknown N of two arguments. Only when the text defines no N of its own.

The density written at its point, `\\mathcal N(x; \\mu, \\sigma^2)` (the point set off by a
semicolon, as in Bishop and in GMM or policy-gradient notes: `\\mathcal N(1; 0, 1)`, `\\pi(a) =
\\mathcal N(a; \\mu, \\sigma^2)`), is that density's value there, when its variance is a number
or the square of a lowercase name; `\\mathcal N(x; \\mu, \\Sigma)`, `(x; 0, I)` are laws of
vectors, not read."""

from __future__ import annotations

from checker.derive.tree import Bin, Call, Const, Neg, Node, Num, Sym, walk

PARAMETER = Sym("xi")  # the density's argument: a name no formula of the course writes


def density(body: Node, defined) -> Node | None:
    """The normal density in PARAMETER for `\\mathcal N(mean, variance)` (`defined(name)`:
    whether the text defines that name itself), or None for any other value."""
    if not (isinstance(body, Call) and body.name == "N" and len(body.args) == 2 and
            not body.order) or defined("N"):
        return None
    mean, variance = body.args
    return _formula(PARAMETER, mean, variance)


def at_point(node: Call, defined) -> Node | None:
    """`\\mathcal N(x; μ, σ²)`: the normal density at x (`defined(name)`: whether the text
    defines that name itself), or None for any other call, or a variance that may be a
    matrix (Σ, I, σ²I) or a law of vectors."""
    if not (node.at_point and node.name == "N" and len(node.args) == 3 and not node.order) \
            or defined("N"):
        return None
    point, mean, variance = node.args
    if not (_scalar(variance) and _plain(point) and _plain(mean)):
        return None
    return _formula(point, mean, variance)


def _formula(point: Node, mean: Node, variance: Node) -> Node:
    spread = Bin("*", Num("2"), variance)
    exponent = Neg(Bin("/", Bin("^", Bin("-", point, mean), Num("2")), spread))
    scale = Call("sqrt", (Bin("*", Bin("*", Num("2"), Const("pi")), variance),))
    return Bin("/", Bin("^", Const("e"), exponent), scale)


def _scalar(variance: Node) -> bool:
    """A number, or the square of a lowercase name (σ², s^2): never Σ, I, σ²I."""
    if _plain(variance) and not any(isinstance(n, Sym) for n in walk(variance)):
        return True
    return isinstance(variance, Bin) and variance.op == "^" and variance.right == Num("2") \
        and isinstance(variance.left, Sym) and not variance.left.base[:1].isupper()


def _plain(node: Node) -> bool:
    """Numbers, lowercase names and their arithmetic: no matrix, no uppercase name (X, Σ)."""
    return all(isinstance(n, (Bin, Neg, Num, Const)) or
               isinstance(n, Sym) and not n.base[:1].isupper() for n in walk(node))
