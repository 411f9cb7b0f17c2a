"""Unknown functions: a name the text uses as a function, or differentiates, but never defines.

`f(x)`, `g(x)` in a chain rule, the loss `L` in `\\frac{\\partial L}{\\partial \\hat{y}}`: each is
an unknown function of its arguments (for `L`, the names the text differentiates it by), and
its derivatives are unknown functions too, consistent with each other: differentiating
`L(wx + b)` by w gives `x · ∂L/∂ŷ` by SymPy's own chain rule.

To compare numerically, every unknown function is *realised* as one fixed smooth function
(sine and tanh of linear forms, plus a small linear part, its coefficients drawn from the
name), and every
derivative as that function's derivative: an identity for every function holds for it, and
a step that fails for it fails for a generic function (realisation.py).

Whether a failure is the writer's mistake depends on what the unknown stands for:
`\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} = a - y` with neither L nor a
defined states a value of their derivatives (it may hold for the L and a the writer means),
while `w - η(g + λw) = (1 + ηλ)w - ηg` fails for every L. `undecidable` tells them apart.
What an unknown is a function of, in the text's definitions, is dependence.py.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

import sympy as sp


@dataclass(frozen=True)
class Signature:
    """Which unknown function: its name as the text writes it, what its arguments are (the
    names it is differentiated by, or positions for `g(x)`), and how often by each."""

    name: str  # "L", "g", "a_2"
    params: tuple[str, ...]  # ("hat(y)",) or ("#1",) for call syntax
    orders: tuple[int, ...] = ()  # sorted argument positions differentiated by (0-based)
    generic: bool = field(default=False, compare=False)  # `g(x)`: any function g
    # values in (lo, hi) (a probability ŷ, or 0 < a < 1 assumed): realised inside them
    bounds: tuple[float, float] | None = None

    def derivative(self, position: int) -> Signature:
        return replace(self, orders=tuple(sorted(self.orders + (position,))))

    @property
    def base(self) -> Signature:
        return replace(self, orders=())


class Applied(sp.Function):
    """An unknown function (or one of its derivatives) applied to arguments."""

    signature: Signature  # set on each subclass by `function`

    @classmethod
    def eval(cls, *args):  # never evaluates: it is unknown
        return None

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return function(self.signature.derivative(argindex - 1))(*self.args)

    def _eval_derivative(self, s: sp.Symbol) -> sp.Expr:
        # the text states ∂z/∂w = x, w an argument of z: that is the derivative by w, even
        # where the chain rule through z's other arguments would say more
        resolve = _RESOLVER.get()
        if resolve is not None and s in self.args:  # s is one of its own arguments
            stated = resolve(self, s)
            if stated is not None:
                return stated
        return super()._eval_derivative(s)

    def _eval_is_extended_real(self) -> bool:
        return True

    def _eval_is_real(self) -> bool:
        return True

    def _sympystr(self, printer) -> str:  # the text's notation when the printer has one
        show = getattr(printer, "_print_Applied", None)
        return show(self) if show is not None else \
            f"{self.signature.name}({', '.join(printer._print(a) for a in self.args)})"


_CLASSES: dict[Signature, type[Applied]] = {}
_RESOLVER: ContextVar[Callable[[Applied, sp.Symbol], sp.Expr | None] | None] = \
    ContextVar("resolver", default=None)


def resolver() -> Callable[[Applied, sp.Symbol], sp.Expr | None] | None:
    """The `resolve` in force (see resolving): part of the key of a cached value that may
    differentiate an unknown (proof._precise_at)."""
    return _RESOLVER.get()


@contextmanager
def resolving(resolve: Callable[[Applied, sp.Symbol], sp.Expr | None]) -> Iterator[None]:
    """Within: differentiating an unknown by a variable asks `resolve` first for a value
    the text states."""
    token = _RESOLVER.set(resolve)
    try:
        yield
    finally:
        _RESOLVER.reset(token)


def function(signature: Signature) -> type[Applied]:
    """The SymPy function class of one signature (one class per signature: equal names and
    derivatives compare equal)."""
    found = _CLASSES.get(signature)
    if found is None:
        tag = zlib.crc32(repr(signature).encode())
        found = type(f"U{tag:x}", (Applied,), {"signature": signature})
        _CLASSES[signature] = found
    return found


def apply(signature: Signature, args: list[sp.Expr]) -> sp.Expr:
    return function(signature)(*args)


def signatures(expr) -> set[Signature]:
    """The unknown functions and derivatives an expression (or matrix) applies."""
    from checker.derive.traversal import atoms_of

    return {a.signature for a in atoms_of(Applied, expr)}


# -- when a failure is the writer's ------------------------------------------------------
def undecidable(left, right) -> str | None:
    """Why a disagreement between the sides may be the unknown's doing, not the writer's: a
    derivative (or value) of a name the text never defines on one side only states what it
    is; None when every unknown enters both sides alike, or is any function by its notation
    (`g(x)` on both sides), so the step fails for every choice of them."""
    lsig, rsig = signatures(left), signatures(right)
    names_left = {s.name for s in lsig}
    names_right = {s.name for s in rsig}
    for sig in sorted(lsig ^ rsig, key=repr):
        if sig.generic and sig.name in names_left and sig.name in names_right:
            continue  # d/dx e^{g(x)} = g(x) e^{g(x)}: wrong for any g
        return sig.name
    return None
