"""Values bound for worked examples, as a step uses them: a problem's cases listed before its
solution (each step checked at the case it fits), and steps stated for every value of a name
(cases over r), which a value bound earlier does not restrict.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import sympy as sp

from checker.derive.context import Context
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.replacement import substitute
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import (
    Bin,
    Call,
    Cases,
    Deriv,
    Matrix,
    Node,
    Norm,
    Prime,
    Shape,
    Sum,
    Sym,
    Transpose,
    rewrite,
    walk,
)

_BOLD_NUMBER = r"\\(?:mathbf|boldsymbol|bm|pmb|vec)\s*\{?\s*[01]\s*\}?"


def bold_constant(text: str, name: Node) -> bool:
    """`\\mathbf{w} = \\mathbf{0}`, `\\theta = \\vec{1}`: in the formula's text, the name is
    given a bold 0 or 1, a vector of zeros (ones), not the number."""
    if not isinstance(name, Sym):
        return False
    return re.search(rf"(?<![A-Za-z]){re.escape(name.base)}\s*\}}?\s*(?:=\s*[^=,;]*?)?="
                     rf"\s*{_BOLD_NUMBER}(?![0-9.])", text) is not None


def earlier_values(ctx: Context, unbound: tuple, names: set[str], line: int,
                    atol: float | None, looking_back: bool = False) -> str | None:
    """A problem that lists its cases first (`(a) $x = 2$, $y = 1$ ... (c) $x = 4$`) and solves
    them after: the latest value of x is not the one a step of (a) uses. A step that fails at
    the latest values is checked at each earlier binding still in force (its names bound on one
    line, together); holding at one, it holds there, named, and those values are bound again
    from this line on (the next steps of the same case use them), unless the step is
    `looking_back` (its clause places it before the latest update, tense.placed_earlier: "the
    norm before clipping was 5; after it, ..."): the steps after it are about the present.
    None when none makes it hold."""
    def in_force(name: str) -> list[tuple[int, sp.Expr, int | None]]:
        return [b for b in ctx.bindings.get(name, ()) if b[0] < line and (b[2] is None or line < b[2])]

    latest = ctx.bound(names, line, stale=False)
    earlier = sorted(((b, name) for name in names for b in in_force(name)[:-1]
                      if b[1] != latest.get(name)), key=lambda e: -e[0][0])
    for (at, value, until), name in earlier[:6]:
        values = {name: value}
        nth = [b for b in in_force(name) if b[0] == at].index((at, value, until))
        for other in names - {name}:  # `(a) $x = 2$, $y = 1$; (b) $x = 3$, $y = 0$`: in pairs
            together = [b for b in in_force(other) if b[0] == at]
            if nth < len(together) and together[nth][1] != latest.get(other):
                values[other] = together[nth][1]
        symbols = {str(s): s for v in unbound for s in getattr(v, "free_symbols", ())}
        lv, rv = (ctx.at_bound_values(v.xreplace({symbols[k]: x for k, x in values.items()
                                                  if k in symbols}), line) for v in unbound)
        again = compare(lv, rv, ctx, atol=atol)
        if again.agree:
            for bound_name, bound_value in values.items() if not looking_back else ():
                ctx.bind(bound_name, bound_value, line, until)
            shown = ", ".join(f"{ctx.shown(k)} = {v}" for k, v in sorted(values.items()))
            return f"{again.method}, at {shown} (bound on line {at}; the text binds other values too)"
    return None


def stale_shapes(state: State, sides: tuple[Node, ...], line: int,
                 err: Exception) -> Undecided | None:
    """Shapes that do not conform with a matrix bound for an earlier section's example (W
    2 × 3 in Q1, then `r = Wx - t` in Q2): which W the step means is a guess, never a
    failure. None when no name the step reaches has such a value."""
    stale = state.ctx.stale({s.name for s in state.reached(sides, line)}, line)
    matrices = {name: at for name, at in stale.items()
                if getattr(state.ctx.bound({name}, line).get(name), "is_Matrix", False)}
    if not matrices:
        return None
    shown = ", ".join(f"{state.ctx.shown(n)} (line {at})" for n, at in sorted(matrices.items()))
    return Undecided(f"{err}, reading {shown} at the value bound in an earlier section or "
                     "example (give the values again here, or declare the shapes)")


def ranging_names(sides: tuple[Node, ...]) -> frozenset[str]:
    """The names a step's cases range over (`r` in `{r if |r| ≤ δ; δ·sign(r) if |r| > δ}`): the
    step is stated for every value of them, so a value bound earlier ("at $r = δ$") is not used."""
    return frozenset(n.name for side in sides for c in walk(side) if isinstance(c, Cases)
                     for _, cond in c.branches if cond is not None
                     for n in walk(cond) if isinstance(n, Sym))


def given_values(state: State, sides: tuple[Node, ...], line: int) -> frozenset[str]:
    """The names of a step (or of the definitions it stands for) whose value the worked example
    gave after their definition (`ŷ ≈ 0.9242` where ŷ = A_1W_2 + b_2): read as that value, not
    expanded. Only in a step with no derivative anywhere in it or its definitions: a name held
    as a number would lose what it depends on (∂J/∂w through ŷ). A name that is the writer's
    shorthand for a derivative (`dY = ∂L/∂Y`, `δ = ∂L/∂z`: an upstream gradient) is held at
    the value the example gives it whatever its own derivative differentiates by: that value
    is the derivative's, at the example's point (only the other derivatives count against it)."""
    reached = state.reached(sides, line)
    ctx = state.ctx
    held = ctx.given_instead({s.name for s in reached}, line)
    if not held:
        return frozenset()
    defined = {s.name: d for s in reached if (d := ctx.lookup(s, line)) is not None}
    kept = set()
    for name in held:
        own = defined.get(name) if _shorthand(defined.get(name)) else None
        bodies = [d.body for d in defined.values() if d is not own]
        by = _differentiated_by(state, (*sides, *bodies), line)
        if by is None:
            continue
        # (-ℓ''(p̂) with ℓ in S = Σ x_i and p: S, given 3, does not depend on p)
        if not by or not _depends_on(state, name, by, line):
            kept.add(name)
    return frozenset(kept)


def _shorthand(definition) -> bool:
    """A definition that names one derivative (`dY = ∂L/∂Y`, `δ^{[2]} = ∂L/∂z^{[2]}`)."""
    return definition is not None and isinstance(definition.body, Deriv) and \
        not definition.params


def _differentiated_by(state: State, nodes: tuple[Node, ...], line: int) -> set[str] | None:
    """The names the derivatives among `nodes` differentiate by (∂/∂w: w; ℓ''(p) for a
    defined ℓ(p): p); None when one of them does not say (a prime of an expression, an
    unknown function's derivative)."""
    by: set[str] = set()
    for node in nodes:
        for n in walk(node):
            if isinstance(n, Deriv):
                by.add(n.var.name)
            elif isinstance(n, Prime):
                return None
            elif isinstance(n, Call) and n.order:
                d = state.ctx.get(n.name, line)
                if d is None or not d.params:
                    return None
                by.update(p.name for p in d.params)
    return by


def _depends_on(state: State, name: str, by: set[str], line: int) -> bool:
    """The definition of `name` reaches one of the names `by`, or an entry or the whole of the
    same family (p_2 = softmax(z)_2 reaches z, differentiated by z_2; L through P_{i,y_i} to
    P = softmax(Z)), at any line; or cannot be read."""
    ctx = state.ctx
    start = ctx.symbols.get(name)
    if start is None:
        return True
    stems = {ctx.symbols[b].stem if b in ctx.symbols else b.split("_", 1)[0] for b in by}
    todo: list = [start]
    seen: set[str] = set()
    while todo and len(seen) < 200:
        node = todo.pop()
        if node.name in seen:
            continue
        seen.add(node.name)
        if isinstance(node, Sym) and (node.name in by or node.stem in stems or
                                      node.base in stems or node.name.split("_", 1)[0] in stems):
            return True
        found = [ctx.lookup(node, None), ctx.lookup(Sym(node.base), None)] \
            if isinstance(node, Sym) else [ctx.get(node.name, None)]
        todo.extend(n for d in found if d is not None for n in walk(d.body)
                    if isinstance(n, (Sym, Call)))
    return False


def moved_value(ctx: Context, line: int):
    """value(side, moved) for rounding.bound_rounding: a SymPy side's number(s) at the values
    bound at `line`, the names in `moved` shifted by that much; None if it has none."""
    def value(side, moved: dict[str, float]):
        try:
            if moved:
                symbols = {str(s): s for s in symbols_of(side)}
                at = {k: ctx.at_bound_values(symbols[k], line) for k in moved if k in symbols}
                side = substitute(side, {symbols[k]: _shifted(v, moved[k]) for k, v in at.items()
                                         if v != symbols[k]})
            got = ctx.at_bound_values(side, line)
            if getattr(got, "free_symbols", True):
                return None
            return np.array(got.evalf(), dtype=float) if getattr(got, "is_Matrix", False) \
                else float(got)
        except Exception:  # noqa: BLE001 - a side that cannot be evaluated allows nothing
            return None
    return value


def _shifted(value, by: float):
    """A bound value moved by `by` (a tuple or matrix: every entry)."""
    return value.applyfunc(lambda e: e + by) if getattr(value, "is_Matrix", False) else value + by


def values_shown(ctx: Context, sides: tuple, line: int) -> dict[str, float]:
    """The example's values a step was evaluated at, as the text names them (ŷ, w_1)."""
    names = {str(s) for s in symbols_of(*sides)}
    out = {}
    for name, value in sorted(ctx.bound(names, line).items()):
        try:
            out[ctx.shown(name)] = float(value)
        except (TypeError, ValueError):
            continue  # a matrix: its entries are named where they are used
    return out


def defined_values(ctx: Context, names: set[str], line: int) -> set[str]:
    """Of bound names, those the text also defines (a_2 of the family a_t = w h_{t-1} + u x_t,
    given its number in a worked example): read as their value, their definition is not
    expanded, so a step read without the value loses what they depend on."""
    return {n for n in names if ctx.lookup(ctx.symbols.get(n, Sym(n)), line) is not None}


def entrywise(ctx: Context, left: Node, right: Node, line: int) -> tuple[Node, Node]:
    """A step between an expression of vectors the example gave entry by entry (`p ≈ (0.84,
    0.11, 0.04)`, `y = (1, 0, 0)`) and a tuple of as many numbers (`p - y ≈ (-0.16, 0.11,
    0.04)`): the expression as the tuple of its entries (p - y → (p_1 - y_1, p_2 - y_2, ...)),
    compared entry by entry. Unchanged when no name of it is such a vector."""
    for side, other in ((left, right), (right, left)):
        if not isinstance(other, Shape) or isinstance(side, Shape):
            continue
        size = len(other.dims)
        forms = {n: form for n in walk(side) if isinstance(n, Sym) and not n.index and
                 (not ctx.bound({n.name}, line) or n.name in ctx.tuples)
                 for form in (_member_form(ctx, n, size, line),) if form is not None}
        vectors = set(forms)
        if not vectors or not _elementwise(ctx, side, vectors, line):
            continue
        entries = Shape(tuple(rewrite(side, lambda n, k=k: forms[n](k)
                                      if n in vectors else n.dims[k - 1]
                                      if isinstance(n, Shape) and len(n.dims) == size else None)
                              for k in range(1, size + 1)))  # (a tuple inside: its entry k)
        return (entries, right) if side is left else (left, entries)
    return left, right


def _member_form(ctx: Context, n: Sym, size: int, line: int):
    """How the example gives n entry by entry, as a function of k: its members n_1 .. n_size,
    or, for a name with no superscript, its examples n^{(1)} .. n^{(size)} (the sample index
    of a minibatch: a^{(1)}, a^{(2)}, y^{(1)}, y^{(2)}), each bound or defined by numbers
    alone, and no member size + 1; None when it is given neither way. (A member bound in an
    earlier section is read at its value as a guess, valuation.stale: such a step may hold,
    never fail.)"""
    forms = [lambda k: replace(n, index=(str(k),))]
    if not n.sup:
        forms.append(lambda k: replace(n, sup=f"({k})"))
    for form in forms:
        given = [k for k in range(1, size + 2) if ctx.bound({form(k).name}, line)
                 or _numbers(ctx.lookup(form(k), line))]
        if given == list(range(1, size + 1)):
            return form
    return None


def _numbers(definition) -> bool:
    """A definition by numbers alone (`a^{(1)} = σ(-0.5)`): a value given."""
    return definition is not None and not definition.params and \
        not any(isinstance(m, (Sym, Deriv)) for m in walk(definition.body))


# functions of a whole vector: softmax(z)_k is no softmax(z_k), ‖x‖ no |x_k|, LSE(z) one number
_WHOLE = frozenset({"softmax", "Softmax", "diag", "tr", "trace", "det", "LSE", "logsumexp",
                    "sum", "mean", "var", "Var", "std", "norm", "argmax", "argmin", "E"})


def _whole(n: Node, vectors: set[Sym]) -> bool:
    """A function of a whole vector taken of one of `vectors` (softmax(z), RMSNorm(x), ‖x‖,
    Σ, max(z) of one argument), which an entry-by-entry reading would change into a function
    of each entry alone (not Σ_j x_j beside x: x - Σ_j x_j/3 is still read entry by entry)."""
    if not (isinstance(n, (Norm, Sum)) or isinstance(n, Call) and (
            n.name in _WHOLE or n.name.endswith("Norm") or
            (n.name in {"max", "min"} and len(n.args) == 1))):
        return False
    return any(isinstance(m, Sym) and m in vectors for m in walk(n))


def _elementwise(ctx: Context, side: Node, vectors: set[Sym], line: int) -> bool:
    """side reads the same entry by entry: every other name a number bound here, no
    derivative (∂/∂θ of a vector θ is not ∂/∂θ_1), no product of two vectors (a dot product?),
    no matrix (X_B w is a product, not an entry's), no function of the whole vector
    (softmax(z) ≈ (0.66, 0.24, 0.10) is softmax of the vector z, not of each z_k)."""
    for n in walk(side):
        if isinstance(n, (Deriv, Prime, Matrix, Transpose)) or (isinstance(n, Call) and n.order) \
                or _whole(n, vectors):
            return False
        if isinstance(n, Sym) and n not in vectors and not (
                ctx.bound({n.name}, line, stale=False) and
                not getattr(ctx.bound({n.name}, line)[n.name], "is_Matrix", False)):
            return False
        if isinstance(n, Bin) and n.op not in "+-" and all(
                any(isinstance(m, Sym) and m in vectors for m in walk(part))
                for part in (n.left, n.right)):
            return False
    return True
