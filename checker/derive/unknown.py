"""Unknown functions: a name the text uses as a function, or differentiates, but never defines.

`f(x)`, `g(x)` in a chain rule, the loss `L` in `\\frac{\\partial L}{\\partial \\hat{y}}`: each is
an unknown function of its arguments (for `L`, the names the text differentiates it by), and
its derivatives are unknown functions too, consistent with each other: differentiating
`L(wx + b)` by w gives `x · ∂L/∂ŷ` by SymPy's own chain rule.

To compare numerically, every unknown function is *realised* as one fixed smooth function
(sine and tanh of linear forms, plus a small linear part, its coefficients drawn from the
name), and every
derivative as that function's derivative: an identity for every function holds for it, and
a step that fails for it fails for a generic function.

Whether a failure is the writer's mistake depends on what the unknown stands for:
`\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} = a - y` with neither L nor a
defined states a value of their derivatives (it may hold for the L and a the writer means),
while `w - η(g + λw) = (1 + ηλ)w - ηg` fails for every L. `undecidable` tells them apart.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

import numpy as np
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


# -- realisation ------------------------------------------------------------------------
def _coefficients(signature: Signature) -> np.ndarray:
    seed = zlib.crc32(f"{signature.name}|{signature.params}".encode())
    rng = np.random.default_rng(seed)
    n = len(signature.params)
    # a: inside the sine; b: inside the tanh; d: the linear part; c: the phase
    magnitude = rng.uniform(0.4, 1.2, (3, n)) * rng.choice([-1.0, 1.0], (3, n))
    return np.concatenate([magnitude.ravel(), [rng.uniform(0.2, 1.3)]])


_REALISED: dict[Signature, tuple[tuple[sp.Symbol, ...], sp.Expr]] = {}


def realised(signature: Signature) -> tuple[tuple[sp.Symbol, ...], sp.Expr]:
    found = _REALISED.get(signature)
    if found is None:
        base = signature.base
        n = len(base.params)
        t = tuple(sp.Symbol(f"t{k}", real=True) for k in range(n))
        coef = [sp.Float(c, 12) for c in _coefficients(base)]
        a, b, d, c = coef[:n], coef[n:2 * n], coef[2 * n:3 * n], coef[-1]
        linear = sum((ai * ti for ai, ti in zip(a, t)), sp.Integer(0))
        quad = sum((bi * ti for bi, ti in zip(b, t)), sp.Integer(0))
        lin = sum((di * ti for di, ti in zip(d, t)), sp.Integer(0))
        body = sp.sin(linear + c) + sp.tanh(quad) / 2 + lin / 10  # bounded near the samples
        if base.bounds is not None:
            lo, hi = (sp.Float(v, 12) for v in base.bounds)
            body = lo + (hi - lo) / (1 + sp.exp(-body))
        for position in signature.orders:
            body = sp.diff(body, t[position])
        found = (t, body)
        _REALISED[signature] = found
    return found


_NUMERIC: dict[tuple[Signature, str], Callable] = {}


def numeric(signature: Signature, module: str = "numpy") -> Callable:
    """The realisation of one unknown (or derivative) as a numeric function of its arguments."""
    found = _NUMERIC.get((signature, module))
    if found is None:
        params, body = realised(signature)
        found = sp.lambdify(params, body, modules=[np] if module == "numpy" else module)
        _NUMERIC[(signature, module)] = found
    return found


def flatten(exprs: list) -> tuple[list, list[tuple[sp.Symbol, Signature, tuple]]]:
    """The expressions with every unknown application replaced by a placeholder symbol, and
    the applications in an order to evaluate them (innermost first: an argument may hold
    another unknown), each with its placeholder and its arguments (in placeholders too)."""
    found: dict[Applied, sp.Symbol] = {}
    order: list[tuple[sp.Symbol, Signature, tuple]] = []

    def visit(e: sp.Basic) -> sp.Basic:
        if isinstance(e, Applied):
            if e not in found:
                args = tuple(visit(a) for a in e.args)
                found[e] = sp.Symbol(f"_u{len(found)}", real=True)
                order.append((found[e], e.signature, args))
            return found[e]
        if not e.args or not e.has(Applied):
            return e
        return e.func(*[visit(a) for a in e.args])

    return [visit(e) if isinstance(e, sp.Basic) else e for e in exprs], order


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


# -- what the text differentiates -------------------------------------------------------
def note_derivatives(differentiated: dict, nodes, line: int) -> None:
    """Record, for every ∂N/∂v written in nodes (also ∂/∂v N), that the text differentiates N
    (as written: a_1, a_j, L) by v on that line: an undefined N is then an unknown function
    of such v."""
    from checker.derive.tree import Deriv, Sym, walk

    for node in nodes:
        for n in walk(node):
            if not isinstance(n, Deriv):
                continue
            num = n.num if n.num is not None else n.operand
            if isinstance(num, Sym):
                differentiated.setdefault(num, []).append((line, n.var))


def _mentions(ctx, sym) -> list[tuple[int, object]]:
    """Where the text differentiates sym: as written, or as a member of a family written
    with a letter (a_2 in ∂a_j/∂z_k; a_c in ∂a_2/∂z_1)."""
    return [m for written, found in ctx.differentiated.items() if _same(written, sym)
            for m in found]


def differentiated_by(ctx, sym) -> list:
    """The variables the text differentiates sym by, anywhere, each once, in order."""
    out: list = []
    for _, var in _mentions(ctx, sym):
        if var not in out:
            out.append(var)
    return out


# -- what an undefined name is a function of --------------------------------------------
def _same(a, b) -> bool:
    """Two written variables are the same one: equal (also `L_0` as a call's name and as the
    written L with index 0: a number for index, no superscript), or members of one family
    (w_i, w_j)."""
    if a == b or (a.name == b.name and not (a.sup or b.sup) and
                  all(k.isdigit() for k in a.index + b.index)):
        return True
    if a.stem != b.stem or a.sup != b.sup or len(a.index) != len(b.index):
        return False
    return all(x == y or x.isalpha() or y.isalpha() for x, y in zip(a.index, b.index))


def _related(a, b) -> bool:
    """a and b may depend on each other: the same variable, or a matrix and its entry."""
    from checker.derive.matrix import example_of

    if _same(a, b) or (a.stem == b.stem and a.sup == b.sup and not (a.index and b.index)):
        return True
    example = example_of(a)  # a^{[2](i)} and A^{[2]}
    return example is not None and any(_same(whole, b) for whole in example[0])


def _lookup(ctx, sym, line: int):
    """sym's definition at line; for an entry Z_{ij} with none of its own, its matrix's."""
    from dataclasses import replace

    from checker.derive.matrix import example_of

    found = ctx.lookup(sym, line)
    if found is None and sym.index:
        found = ctx.lookup(replace(sym, index=()), line)
    example = example_of(sym) if found is None else None
    for whole in example[0] if example else ():  # a^{[2](i)}: A^{[2]}'s definition
        found = found or ctx.lookup(whole, line)
    return found


def definition(ctx, sym, line: int, wrt: frozenset = frozenset(),
               seen: frozenset = frozenset()):
    """The definition of sym in force at line, unless the step differentiates by a variable
    v (in wrt) such that the text states ∂sym/∂v while that definition does not involve v:
    z = (X - μ)/S in one section, ∂z/∂w = x stated in another; in ∂L/∂w, z is that other z."""
    found = ctx.lookup(sym, line)
    if found is None or not wrt:
        return found
    for var in wrt:
        if ctx.facts.get((sym.name, var.name)) and \
                not _body_depends(ctx, found, var, line, wrt, seen | {sym.name}):
            return None
    return found


def _body_names(ctx, found, line: int) -> list:
    from checker.derive.tree import Call, Sym, walk

    out = []
    for n in walk(found.body):
        if isinstance(n, Sym):
            out.append(n)
        elif isinstance(n, Call):
            called = ctx.get(n.name, line) or ctx.get(n.name)
            if called is not None and called.params:
                out.extend(m for m in walk(called.body) if isinstance(m, Sym)
                           and m not in called.params)
    return out


def _body_depends(ctx, found, var, line: int, wrt: frozenset, seen: frozenset) -> bool:
    return any(_related(n, var) or depends(ctx, n, var, line, wrt=wrt, seen=seen)
               for n in _body_names(ctx, found, line)) or _names_part(ctx, found, var, line)


def _names_part(ctx, found, var, line: int) -> bool:
    """The body holds, whole, the expression the text names var (ŷ = w_2 ReLU(w_1x + b_1) + b_2
    and z_1 = w_1x + b_1): it depends on var through that named node."""
    from checker.derive.tree import Num, Sym, walk

    named = ctx.lookup(var, line)
    if named is None or named.params or isinstance(named.body, (Sym, Num)):
        return False
    return any(n == named.body for n in walk(found.body))


def depends(ctx, sym, var, line: int, *, wrt: frozenset = frozenset(),
            through_definition: bool = False, seen: frozenset = frozenset()) -> bool:
    """Does sym depend on var in the text's definitions (and, for undefined names, in what
    the text differentiates them by)? With through_definition, only paths that pass at
    least one definition count."""
    if sym.name in seen or len(seen) > 40:
        return False
    seen = seen | {sym.name}
    found = definition(ctx, sym, line, wrt, seen)
    if found is None and ctx.lookup(sym, line) is None:
        found = _lookup(ctx, sym, line)  # Z_{ij}: Z's definition
    if found is not None:
        return _body_depends(ctx, found, var, line, wrt, seen)
    for n in differentiated_by(ctx, sym):
        if _same(n, var):
            if not through_definition:
                return True
        elif depends(ctx, n, var, line, wrt=wrt, through_definition=through_definition,
                     seen=seen):
            return True
    return False


def arguments(ctx, sym, line: int, wrt: frozenset = frozenset()) -> list:
    """What an undefined, differentiated name is a function of: the names it is differentiated
    by, less those it depends on only through another of them (L by ŷ and by w, with
    ŷ = wx + b: L is a function of ŷ). A line that differentiates it by some of those only
    (`∂L/∂w = ∂L/∂ŷ ∂ŷ/∂w` in one section, `∂L/∂a ∂a/∂z ∂z/∂w` in another) says what it is
    a function of there: of those."""
    found = _innermost(ctx, differentiated_by(ctx, sym), line, wrt)
    here = []
    for at, var in _mentions(ctx, sym):
        if at == line and var not in here:
            here.append(var)
    local = _innermost(ctx, here, line, wrt)
    if local and len(local) < len(found) and \
            all(any(_same(v, u) for u in found) for v in local):
        return local
    return found


def _innermost(ctx, named: list, line: int, wrt: frozenset) -> list:
    """Of the names, those no other of them depends on."""
    return [v for v in named
            if not any(u is not v and not _same(u, v) and depends(ctx, u, v, line, wrt=wrt)
                       for u in named)]
