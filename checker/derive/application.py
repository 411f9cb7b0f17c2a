"""Unknown functions: an undefined name the text differentiates, as a function
of what it is differentiated by, and the derivatives the text states of it.
"""

from __future__ import annotations

import re

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import dependence, recall, span, unknown
from checker.derive.inference import Doubt
from checker.derive.quantity import shown
from checker.derive.sample import PROBABILITY_NAMES
from checker.derive.traversal import atoms_of
from checker.derive.tree import Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def applied(w: Walker, sym: Sym) -> sp.Expr | None:
    """An undefined name the text differentiates: an unknown function of the names it is
    differentiated by (L(ŷ) for ∂L/∂ŷ), applied to what they stand for here."""
    mark = "?" + sym.name
    if mark in w.stack or not dependence.differentiated_by(w.low.ctx, sym):
        return None
    params, args = parameters(w, sym, w.stack + (mark,))
    if not args:
        return None
    signature = unknown.Signature(sym.name, params, bounds=bounds(w, sym))
    w.low.unknowns[signature] = sym
    return unknown.apply(signature, args)


def bounds(w: Walker, sym: Sym) -> tuple[float, float] | None:
    """Where an unknown's values lie: an assumed interval, or (0, 1) for a, p, ŷ, q."""
    ctx = w.low.ctx
    found = ctx.intervals.get(sym.name) or ctx.intervals.get(sym.stem)
    if found is not None and all(abs(v) < 1e3 for v in found):
        return found
    return (0.0, 1.0) if sym.stem in PROBABILITY_NAMES else None


def parameters(w: Walker, sym: Sym, stack: tuple[str, ...]) -> tuple[tuple[str, ...], list]:
    """An unknown's arguments: their labels (as SymPy names) and their values here; a
    family w_i stands for its members, a matrix for its entries."""
    labels: list[str] = []
    values: list[sp.Expr] = []
    # the arguments are what the text differentiates the name by, here: read at this
    # step's line (not lexically), and not counted as names the step uses
    walker = w.sub(stack=stack, as_of=w.low.line)
    leaves = set(w.low.leaves)
    for var in recall.arguments(w, sym):
        members = [var]
        # y_i, or y written whole beside y_i = Σ_j k_j x_{i+j}: L of y_0, y_1, ...
        if len(var.index) == 1 and var.index[0].isalpha() and len(var.index[0]) == 1 or \
                whole_of_family(w, var):
            members = [replace(var, index=(str(k),)) for k in family(w, sym, var)]
        for member in members:
            value = walker.go(member)
            label = walker.concrete(member)[0]
            if isinstance(value, sp.MatrixBase):
                for r in range(value.rows):
                    for c in range(value.cols):
                        labels.append(f"{label}[{r + 1},{c + 1}]")
                        values.append(value[r, c])
                        w.low.written[labels[-1]] = var
            else:
                labels.append(label)
                values.append(value)
                w.low.written[label] = var
    w.low.leaves = leaves
    return tuple(labels), values


def whole_of_family(w: Walker, var: Sym) -> bool:
    """y written without an index where the text defines only its members (y_i = ...) and
    gives y no value of its own, or a vector of values (the forward pass's `y = (-1, -1,
    -1)`, the members worked out): the vector of them."""
    from checker.derive.definition import family_key

    ctx = w.low.ctx
    if var.index or ctx.get(family_key(var), w.low.line) is None or \
            w.definition(var) is not None:
        return False
    given = ctx.bound({var.name}, w.low.line).get(var.name)
    return given is None or (isinstance(given, sp.MatrixBase) and 1 in given.shape)


def family(w: Walker, sym: Sym, var: Sym) -> range:
    """The members of var's family that `sym`, an unknown, is a function of: those the text
    writes for the family or for the names it gives its gradient by (`g_i = ∂L/∂y_i`: g_0,
    g_2), as many as the example's vector of that gradient (`g = (1, 0, -1)`), see span.py."""
    from checker.derive.tree import Deriv

    ctx = w.low.ctx
    named = [d.name for d in ctx.definitions.values()
             if isinstance(d.body, Deriv) and d.body.num is not None and
             d.body.num.name == sym.name and d.body.var.stem == var.stem]
    given = ctx.bound({replace(n, index=()).name for n in named}, w.low.line, stale=False)
    lengths = {len(v) for v in given.values() if isinstance(v, sp.MatrixBase) and 1 in v.shape}
    lengths |= stated_length(ctx, sym, var, w.low.line)
    stems = {var.stem} | {n.stem for n in named}
    members = span.members(ctx.indices, stems, lengths.pop() if len(lengths) == 1 else 0)
    if not span.written(ctx.indices, stems) and any(0 in k for k in ctx.indices.values()):
        # (the text counts something from 0: whether y does too is not said)
        from checker.derive.inference import Doubt

        first = replace(var, index=(str(members.start),))
        w.low.doubts.append(Doubt(
            f"{sym.name} read as a function of {shown(first)} ... "
            f"{shown(replace(var, index=(str(members[-1]),)))}: the text writes none of "
            f"{shown(replace(var, index=()))}'s members, so where they start is a guess",
            f"write one of them (`{shown(first)} = ...`)"))
    return members


def stated(w: Walker, result: sp.Expr) -> sp.Expr:
    """Derivatives of unknowns that the text states (∂a/∂z = a(1 - a) with `a` undefined)
    replaced by what it states: later steps use the stated value."""
    swap = {}
    used: dict[tuple[str, str], set[str]] = {}  # a number stated for ∂L/∂h_t → the members
    for app in atoms_of(unknown.Applied, result) if result.has(unknown.Applied) else ():
        sig = app.signature
        primed = stated_prime(w, app)
        if primed is not None:
            swap[app] = primed
            continue
        if len(sig.orders) != 1 or sig.base not in w.low.unknowns:
            continue
        num = w.low.unknowns[sig.base]
        var = w.low.written.get(sig.params[sig.orders[0]])
        if var is None or f"∂{num.name}" in w.stack:
            continue
        fact = None
        for numerator in (sig.name, num.name):
            for name in (sig.params[sig.orders[0]], var.name):
                fact = fact or stated_fact(w, numerator, name)
        if fact is not None:
            value = w.sub(stack=w.stack + (f"∂{num.name}",)).go(fact)
            if getattr(value, "is_Matrix", False):  # ∂L/∂y = [1, -1, 2]: y_0's slope is 1
                value = member_slope(w, num, var, sig.params[sig.orders[0]], value)
            elif not any(isinstance(n, Sym) for n in walk(fact)):
                used.setdefault((num.name, var.name), set()).add(sig.params[sig.orders[0]])
            if value is not None:
                swap[app] = value
                continue
            continue
        named = named_upstream(w, num, w.low.ctx.symbols.get(sig.params[sig.orders[0]]))
        if named is not None:
            swap[app] = named
    for (numerator, var_name), members in used.items():
        if len(members) > 1:
            w.low.doubts.append(one_number_for_members(w, numerator, var_name, members))
    return result.xreplace(swap) if swap else result


def stated_length(ctx, sym: Sym, var: Sym, line: int) -> set[int]:
    """How many entries the vector the text states for ∂sym/∂var whole has (`g = ∂L/∂y =
    [1, -1, 2]`: three), stated up to this line; empty when it states none."""
    from checker.derive.tree import Matrix, Shape

    out = set()
    for at, node in ctx.facts.get((sym.name, replace(var, index=()).name), ()):
        if at <= line and isinstance(node, Shape):
            out.add(len(node.dims))
        elif at <= line and isinstance(node, Matrix) and \
                (len(node.rows) == 1 or all(len(r) == 1 for r in node.rows)):
            out.add(max(len(node.rows), len(node.rows[0])))
    return out


def one_number_for_members(w: Walker, numerator: str, var: str, members: set[str]) -> Doubt:
    """`∂L/∂h_t = 1` (a worked example's upstream slope, a number) used for several members of
    the family (h_2 and h_3, the step at t - 1 as well as at t): a number given at one step
    is not said to hold at every index (backpropagation through time carries another slope to
    h_{t-1}), so reading it so is a guess."""
    slope = f"∂{w.low.ctx.shown(numerator)}/∂{w.low.ctx.shown(var)}"
    return Doubt(f"{slope}, a number the text gives, read as the slope by each of "
                 f"{', '.join(w.low.ctx.shown(m) for m in sorted(members))} (every index of "
                 "the family, not only the one it is stated at)",
                 f"give the slope by each member the step goes through, or write the step "
                 f"with {slope} alone")


def member_slope(w: Walker, num: Sym, var: Sym, label: str, value: sp.Matrix):
    """The slope by one member (y_0) of the vector of slopes the text gives for the whole
    (`∂L/∂y = [1, -1, 2]`): its entry at the member's place in the family (counted from 0
    where the text counts y from 0), or by one entry z[2,1] of a matrix z (its entry there,
    `∂L/∂z = [1; -1]` for z = Wx); None when the member is not one of them."""
    entry = re.fullmatch(r"(.+)\[(\d+),(\d+)\]", label)  # (Context.entry's names)
    if entry is not None and entry[1] == var.name and not var.index:
        row, col = int(entry[2]) - 1, int(entry[3]) - 1
        return value[row, col] if row < value.rows and col < value.cols else None
    member = w.low.ctx.symbols.get(label)
    if var.index or member is None or len(member.index) != 1 or \
            not str(member.index[0]).isdigit() or 1 not in value.shape:
        return None
    members = family(w, num, var)
    k = int(member.index[0]) - members.start
    return value[k] if 0 <= k < len(value) and len(value) == len(members) else None


def stated_fact(w: Walker, numerator: str, var: str):
    """The value the text states for ∂numerator/∂var, nearest before this step, else the
    first below it (a derivation that states its pieces after the chain). A value stated only
    below as a number or a lone undefined name (`∂L/∂y_i = c` for a special case at the end,
    a worked example's slope) may be that case's only: a doubt, so that the step can hold but
    not fail."""
    from checker.derive.inference import Doubt
    from checker.derive.tree import walk

    ctx = w.low.ctx
    fact = ctx.fact(numerator, var, w.low.line)
    stated = ctx.stated(numerator, var)
    special = fact is not None and (
        not any(isinstance(n, Sym) for n in walk(fact)) or
        (isinstance(fact, Sym) and ctx.lookup(fact, w.low.line) is None))
    if special and all(at > w.low.line for at, _ in stated):
        shown = f"∂{ctx.shown(numerator)}/∂{ctx.shown(var)}"
        later = Doubt(f"{shown} read as line {stated[0][0]} states it, below this step",
                      f"state {shown} before the step that uses it", line=stated[0][0])
        w.low.doubts.append(later)
        w.low.later.append(later)  # a step that holds with it is read again without (hindsight)
    return fact


def named_upstream(w: Walker, num: Sym, member: Sym | None) -> sp.Expr | None:
    """∂L/∂y_2 where the text names the upstream gradient (`δ_i = ∂L/∂y_i`, `dy_i = ...`) and
    the worked example gives its values (`δ = (1, 0, 2)`): δ_2, read at its value. Only when
    the example gives as many as L is read as a function of (N): a longer example (`dy` of 4)
    would leave terms out."""
    ctx = w.low.ctx
    if member is None or len(member.index) != 1:
        return None
    from checker.derive.tree import Deriv

    for d in ctx.definitions.values():
        body = d.body
        if not (isinstance(body, Deriv) and body.num is not None and body.num.name == num.name
                and body.order == 1 and len(d.name.index) == 1 and d.index and
                body.var.stem == member.stem and body.var.sup == member.sup and
                body.var.index == d.name.index) or not d.in_force(w.low.line):
            continue
        names = {k: w.concrete(replace(d.name, index=(str(k),)))[0] for k in range(13)}
        given = {k for k, n in names.items() if ctx.bound({n}, w.low.line, stale=False)}
        if given != set(family(w, num, member)):
            return None  # (L is read as a function of so many: the example must give them)
        name = w.concrete(replace(d.name, index=member.index))[0]
        if ctx.bound({name}, w.low.line, stale=False):
            return sp.Symbol(name, real=True)
    return None


def stated_prime(w: Walker, app: unknown.Applied) -> sp.Expr | None:
    """Φ^(k)(u) for a function Φ the text never defines but whose derivative it states on an
    earlier line (`\\Phi'(x) = \\varphi(x)`): that statement at u (Φ'' is φ', the statement
    differentiated); None when the text states none."""
    sig, ctx = app.signature, w.low.ctx
    order = len(sig.orders)
    if not order or len(app.args) != 1 or not sig.generic or ctx.get(sig.name, w.low.line) \
            is not None or "'" + sig.name in w.stack:
        return None
    stated = [(at, k, params, body) for at, k, params, body in ctx.primes.get(sig.name, ())
              if at < w.low.line and k <= order and len(params) == 1]
    if not stated:
        return None
    _, k, params, text = max(stated, key=lambda s: (s[1], s[0]))
    body = _stated_value(ctx, sig.name, k, text)
    if body is None:
        return None
    param = params[0]
    symbol = sp.Symbol(w.concrete(param)[0], real=True)
    value = w.sub(env={}, hold=w.hold | {param.name, str(symbol)},
                  stack=w.stack + ("'" + sig.name,)).go(body)
    if getattr(value, "is_Matrix", False):
        return None
    if order > k:
        value = sp.diff(value, symbol, order - k)
    return value.xreplace({symbol: app.args[0]})


def _stated_value(ctx, name: str, order: int, text: str):
    """The value a formula states for name's derivative of that order, read with the text's
    functions known."""
    from checker.derive.errors import Unreadable
    from checker.derive.statement import parse_statements
    from checker.derive.tree import Call

    try:
        segments = parse_statements(text, ctx.known)
    except (Unreadable, RecursionError):
        return None
    for seg in segments:
        members = seg.relation.members
        head = members[0] if members else None
        if isinstance(head, Call) and head.name == name and head.order == order and \
                len(members) >= 2 and members[-1] is not None and \
                seg.relation.ops[:1] == ("=",):
            return members[-1]
    return None
