"""The upstream gradient: what a backward step's terms must go through when the loss is never
written down.

A text that leaves L undefined but defines what L is computed from (`y_i = Σ_j k_j x_{i+j}`,
`ŷ = wx + b`) and names L's gradient there (`g_i = ∂L/∂y_i`, `δ = ∂L/∂ŷ`, `∂L/∂y = [1, -1,
2]`) lets ∂L/∂x be derived by the chain rule: L is an unknown function of y (application.py),
y what the text says. That derivation assumes L reaches x only through y; the writer's L may
also hold x directly (a penalty λ‖W‖² added to ∂L/∂W). So a step that disagrees with the chain
rule refutes nothing unless it is itself a pure chain-rule claim: every term of its right side
carries a derivative of L (∂L/∂y_i written, or a name defined as one: g_i, δ, g = ∂L/∂y), or
the right side is all numbers (a value worked from the given gradient). `stray_term` finds the
first term that does not.
"""

from __future__ import annotations


from checker.derive.regex import Regex
from checker.derive.tree import Bin, Deriv, Neg, Node, Sym, walk

_ENTRY = Regex(r".+\[\d+,\d+\]")  # an entry of a matrix (Context.entry)
DEPTH = 4  # definitions followed to find the derivative a name stands for (dz = δ ⊙ σ')


def vanishes(value) -> bool:
    """A slope of an unknown that came out 0 (a number, or a matrix of zeros): the reading
    found no path from the variable to it."""
    try:
        if getattr(value, "is_Matrix", False):
            return all(v == 0 for v in value)
        return value == 0
    except (TypeError, ValueError):
        return False


def terms(node: Node) -> list[Node]:
    """The terms of a sum as written: `a + b - c` → a, b, c (a sign is no term of its own)."""
    if isinstance(node, Bin) and node.op in "+-":
        return terms(node.left) + terms(node.right)
    if isinstance(node, Neg):
        return terms(node.arg)
    return [node]


def carries(ctx, node: Node, loss: Sym, line: int, depth: int = 0) -> bool:
    """Does node go through a derivative of `loss`: ∂L/∂… written in it, or a name whose
    definition does (g_i = ∂L/∂y_i, g = ∂L/∂y and its entries g_0, δ_j)?"""
    for n in walk(node):
        if isinstance(n, Deriv) and _of(n, loss):
            return True
        if isinstance(n, Sym) and depth < DEPTH:
            found = _definition(ctx, n, line)
            if found is not None and found.body is not n and \
                    carries(ctx, found.body, loss, line, depth + 1):
                return True
    return False


def slopes_by(ctx, node: Node, loss: Sym, line: int, depth: int = 0) -> list[Sym]:
    """The variables node takes derivatives of `loss` by, as written or through the names
    defined as them (h_t in ∂L/∂h_t, z_j in δ_j = ∂L/∂z_j)."""
    out: list[Sym] = []
    for n in walk(node):
        if isinstance(n, Deriv) and _of(n, loss):
            out.append(n.var)
        elif isinstance(n, Sym) and depth < DEPTH:
            found = _definition(ctx, n, line)
            if found is not None and found.body is not n:
                out += slopes_by(ctx, found.body, loss, line, depth + 1)
    return out


def recurrent(ctx, right: Node, loss: Sym, line: int) -> Sym | None:
    """A variable of the step's slopes of `loss` that the text defines through itself at
    another index (h_t = tanh(wh_{t-1} + ux_t)): there ∂L/∂h_t may be the partial slope or the
    total one carried back from later steps (backpropagation through time writes the total),
    and the two readings differ. The variable, or None."""
    for var in slopes_by(ctx, right, loss, line):
        found = ctx.lookup(var, line)
        if found is not None and any(isinstance(n, Sym) and n.stem == var.stem and
                                     n != found.name for n in walk(found.body)):
            return var
    return None


def _definition(ctx, sym: Sym, line: int):
    """sym's definition, or (g_0 of g = ∂L/∂y) the slope it is an entry of."""
    from checker.derive.dependence import definition

    return definition(ctx, sym, line)


def _of(d: Deriv, loss: Sym) -> bool:
    num = d.num if d.num is not None else d.operand
    return isinstance(num, Sym) and num.stem == loss.stem


def stray_term(ctx, right: Node, loss: Sym, line: int) -> Node | None:
    """The first term of `right` that goes through no derivative of `loss` (λw in `δx + λw`,
    the 0.02 in `δx + 0.02`) beside one that does; None when every term does, none does (no
    chain-rule claim: the unknown's slopes on one side only are unknown.undecidable's), or the
    right side is all numbers (a value worked from the given gradient: `∂L/∂k_0 = 1·1 +
    (-1)·2`)."""
    if not any(isinstance(n, Sym) for n in walk(right)):
        return None
    stray = [term for term in terms(right) if not carries(ctx, term, loss, line)]
    if len(stray) == len(terms(right)):
        return None  # no chain-rule claim at all (`∂s/∂z = diag(s) - ssᵀ`): not this rule's
    return stray[0] if stray else None


def through_stated(w, value, variable):
    """∂L/∂W by a whole matrix (or vector) W whose entries the example gives, for an L the text
    never defines but differentiates by what it computes from W (z = Wx, `∂L/∂z = [1; -1]`
    stated): the chain rule taken entry by entry first, each slope of L then replaced by the
    value stated for it, so the example's numbers are put in only after differentiating. Only
    for a derivative the step writes itself (not one reached inside a definition, `w' = w -
    η∇L_0` read again later), of an unknown of the entries of a matrix the text computes whole
    (z[1,1], z[2,1] of z = Wx; not members of a family y_i given by a sum, whose index bases
    the reading guesses), every entry of the variable reaching it. None otherwise, or when
    some slope is stated nowhere."""
    import sympy as sp

    from checker.derive import application, unknown
    from checker.derive.differentiation import release
    from checker.derive.traversal import atoms_of

    if not value.has(unknown.Applied) or len(variable) > 64 or w.stack or \
            _stated_here(w, value) or not all(_ENTRY.fullmatch(p) for app in atoms_of(
                unknown.Applied, value) for p in app.signature.params):
        return None
    slopes = variable.applyfunc(lambda e: application.stated(w, sp.diff(value, e)))
    if any(app.signature.orders for s in slopes for app in atoms_of(unknown.Applied, s)) or \
            any(s == 0 for s in slopes):  # (an entry the definitions read do not reach)
        return None
    return release(w, slopes)


def _stated_here(w, value) -> bool:
    """Some unknown function in `value` has a slope the text states on this very line (`∇J_0 =
    (0.4, -0.2)`, the example's given gradient): read with it, the line would hold by itself."""
    from checker.derive import unknown
    from checker.derive.traversal import atoms_of

    for app in atoms_of(unknown.Applied, value):
        num = w.low.unknowns.get(app.signature.base)
        names = {app.signature.name} | ({num.name} if num is not None else set())
        by = {v.name for p in app.signature.params if (v := w.low.written.get(p)) is not None}
        by |= {p.split("[", 1)[0] for p in app.signature.params}
        if any(at == w.low.line for (numerator, var), found in w.low.ctx.facts.items()
               if numerator in names and var in by for at, _ in found):
            return True
    return False
