"""The readings a step chose that the text does not state (each an `inference.Doubt` with
what the writer can add to settle it): shapes inferred for arrays, a gradient read as the slopes
by written entries, a sum with no range beside one with a written range, ∂/∂z read by one entry
beside a name defined as a whole, a sum with no range beside a count the text leaves free,
names read with the meaning they had inside an older definition (`renewed`, with the other
reading). A step that fails under one of them is undecided, not wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import count, inference
from checker.derive.guess import Guess
from checker.derive.layout import inferred_shape
from checker.derive.traversal import symbols_of
from checker.derive.tree import Deriv, walk

if TYPE_CHECKING:
    from checker.derive.meaning import Lowering


def guesses(low: Lowering, *values, settled: bool = False, sides: tuple = ()
            ) -> list[inference.Doubt | Guess]:
    """The readings this step chose that the text does not state: shapes inferred for
    arrays whose entries the step's values use (not when `settled`: the step fails at
    every size the inference left free, 1 included). `sides`: the step's sides as written
    (a guess's other readings are written out with them)."""
    if low.gradients:  # ∇f(x) = (…) beside x_1, x_2: the slopes by them
        by = low.gradients[0]
        return [inference.Doubt(f"∇ by {by} read as the slopes by its entries {by}_1, "
                                f"{by}_2, ...", f"declare {by}'s shape: <!-- grader: shape "
                                f"{by} (n, 1) -->")]
    used = {low.ctx.entries[str(s)][0] for v in values
            for s in symbols_of(v) if str(s) in low.ctx.entries}
    inferred = {n: shape for n in used if (shape := inferred_shape(low, n))}
    out = renewed(low, list(dict.fromkeys(low.doubts)), sides) + _lengths(low) + \
        _entrywise(low, values) + _count(low, values, sides)
    if not inferred or settled:
        return out + list(low.entry_doubts)
    names = ", ".join(f"{low.ctx.shown(n)} {s}" for n, s in sorted(inferred.items()))
    first = min(inferred)
    return out + [inference.Doubt(f"shapes inferred, not declared ({names}, checked at "
                                  "those sizes)", f"declare them: <!-- grader: shape "
                                  f"{low.ctx.shown(first)} (m, n) -->")] + low.entry_doubts


def renewed(low: Lowering, doubts: list, sides: tuple) -> list:
    """The doubts that names inside a definition were read with the meaning they had when it
    was written (`v_t = βv_{t-1} + g_t` under SGD's θ, then momentum's θ on a later line),
    joined into one guess whose other reading is every such name in its new meaning: the step's
    sides read where the older definitions are gone. A step that differs both ways does not
    hinge on the guess (certainty.differs_every_way); the other doubts are kept as they are.
    Only for a step with no derivative written on its sides, whose renewed names have no value
    bound at the step (a derivative by a name that has since been given a number is read
    another way again: no reading to compare with)."""
    from checker.derive.attempt import widened

    mine = [d for d in doubts if d in low.renewed]
    if not mine or len(sides) != 2 or \
            any(isinstance(n, Deriv) for side in sides for n in walk(side)) or \
            any(low.ctx.bound({low.renewed[d][2]}, low.line) for d in mine):
        return doubts
    ctx = widened(low.ctx)
    for key, since, _ in {low.renewed[d] for d in mine}:
        ctx.history[key] = [d for d in ctx.history.get(key, []) if d.line >= since]
    joined = Guess("; ".join(d.what for d in mine), mine[0].advice,
                   readings=((sides[0], sides[1], ctx),))
    return [joined] + [d for d in doubts if d not in low.renewed]


def _entrywise(low: Lowering, values) -> list[inference.Doubt]:
    """∂/∂z read as the slope by z's first entry (the text writes z_1, z_2, ... and gives z
    no length), beside a name defined as a whole whose definition could not be read
    here (p = softmax(z)): that name is the vector of slopes, not one number."""
    if not low.identified:
        return []
    for s in sorted(symbols_of(*values), key=str):
        sym = low.ctx.symbols.get(str(s))
        if str(s) in low.leaves and sym is not None and not sym.index and \
                low.ctx.lookup(sym, low.line) is not None:
            by = low.ctx.shown(str(next(iter(low.identified.values()))))
            shown = low.ctx.shown(str(s))
            return [inference.Doubt(
                f"∂/∂{by} read by one entry of {by} (the text writes its entries, not its "
                f"length), beside {shown} read as one number, though {shown} is defined "
                f"as a whole (a vector?)", f"write the step for one entry "
                f"(`\\frac{{\\partial f}}{{\\partial {by}_i}} = {shown}_i`)")]
    return []


def _lengths(low: Lowering) -> list[inference.Doubt]:
    """Σ_i with no range read over N terms beside a sum whose written range has another
    length here (Σ_{i=1}^{n} with n = 2 bound): whether they run as far is a guess."""
    open_ = {k for _, k, written in low.sums if not written}
    other = {k for _, k, written in low.sums if written} - open_
    if not open_ or not other:
        return []
    idx = next(i for i, _, written in low.sums if not written)
    return [inference.Doubt(f"Σ_{idx} has no range written (read over {min(open_)} terms), "
                            f"and a sum beside it runs over {min(other)}",
                            f"write its range (`\\sum_{{{idx}=1}}^{{n}}`)")]


def _count(low: Lowering, values, sides: tuple = ()) -> list[inference.Doubt | Guess]:
    """Σ_k with no range read over N terms, beside a capital name the text does not define
    (`With K classes, q_k = (1 - ε)y_k + ε/K`, then L = -Σ_k q_k log p_k): K is surely the
    number of terms the sum runs over (Σ_k ε/K = ε), but read as a number of its own (or at
    the value a worked example gives it, K = 5, while the sum runs over 3 terms) the step may
    differ only by that. Which count the sum runs to is a guess. Only a name something is
    divided by (ε/K, 1/C: a share of a count), or a factor of a term of numbers, no matrix
    (`Σ_k (q_{1,k} - z_1)(q_{2,k} - z_2) = ... + N z_1 z_2`: a sum of a constant, N times
    it); not one read as a range's length already (1/m Σ_i), nor one bound to that very
    length. When the prose calls the name a count ("With $K$ classes"), the text decides the
    reading (with the `sides`): the name bound to the number of terms the sum was read over
    (count.as_terms)."""
    open_ = [(idx, n) for idx, n, written in low.sums if not written]
    if not open_:
        return []
    idx, terms = open_[0]
    names = {str(s) for s in symbols_of(*values)} | set(low.written) | set(low.reached)
    for name in sorted(names):
        sym = low.ctx.symbols.get(name) or low.written.get(name)
        if sym is None or sym.index or sym.sup or sym.accents or len(sym.base) != 1 or \
                not ("A" <= sym.base <= "Z") or name in low.sizes or \
                low.ctx.get(name, low.line) is not None:
            continue
        value = low.ctx.bound({name}, low.line, True).get(name)
        if value is not None and (not getattr(value, "is_Integer", False) or value == terms):
            continue
        if not (_divides(low, name, values) or _multiplies(name, values)):
            continue  # (a matrix W beside Σ_j: no count)
        stated = count.as_terms(low, name, terms, sides) if name in low.ctx.counted else ()
        return [Guess(f"Σ_{idx} has no range written (read over {terms} terms), beside "
                      f"{sym.base}, read as a number of its own (the number of terms?)",
                      f"write its range (`\\sum_{{{idx}=1}}^{{{sym.base}}}`)",
                      stated=stated, why=f"Σ_{idx} over {sym.base} terms, {sym.base} bound to "
                      f"{terms} (the text calls {sym.base} a count), in general")]
    return []


def _divides(low: Lowering, name: str, values) -> bool:
    """`name` divides something in the step's values or in the definitions it reaches."""
    import sympy as sp

    from checker.derive.tree import Bin, Sym, walk

    for v in values:
        for p in getattr(v, "atoms", lambda *_: ())(sp.Pow):
            if p.exp.is_negative and str(p.base) == name:
                return True
    for written in {*low.written, *low.reached}:
        sym = low.ctx.symbols.get(written) or low.written.get(written)
        found = low.ctx.lookup(sym, low.line) if sym is not None else None
        if found is not None and any(isinstance(n, Bin) and n.op == "/" and
                                     any(isinstance(m, Sym) and m.name == name
                                         for m in walk(n.right)) for n in walk(found.body)):
            return True
    return False


def _multiplies(name: str, values) -> bool:
    """`name` is a factor of a product in the step's values, none of them a matrix (a count
    times a constant: `N z_1 z_2`)."""
    import sympy as sp

    if any(isinstance(v, sp.MatrixBase) or not isinstance(v, sp.Expr) for v in values):
        return False
    return any(any(str(f) == name for f in m.args)
               for v in values for m in v.atoms(sp.Mul))
