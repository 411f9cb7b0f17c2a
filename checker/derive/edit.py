"""One-edit repairs of a side as written: a slip is named only when exactly one edit of the
written side makes the step hold (checked, never guessed).

`edits(node)` lists the edits a writer's slip undoes: a sign flipped (`a + b` for `a - b`, a
minus dropped), a term or a factor left out, a division not applied, a square root not taken,
the log base 10 for the natural log, an exponent off by one (`u` for `u^2`, a denominator
not squared: `a/‖a‖` for `a/‖a‖^2`, a name not squared in each place it stands: `(u - 1)/(u +
1)` for `(u^2 - 1)/(u^2 + 1)`), an index that changed (`x_i^{(j)}` for `x_j^{(i)}`, `h_2` for
`h_1`), and, for a right side, a factor missing in one term, of the step's own names
(`β(1 - β)g_1` for `β²(1 - β)g_1`) or a link of the chain its definitions make (`∂L/∂h·x` for
`∂L/∂h·∂h/∂z_1·x`), or a division by a name its definitions use (`Xᵀ(Xθ - y)` for
`Xᵀ(Xθ - y)/m`). `one_edit` is the diagnosis of `diagnosis.REFINEMENTS` over a symbolic step
(its repairs checked as the step was read: recheck.py); `slip.py` uses the same edits on
numbers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

from checker.derive.evidence import Evidence
from checker.derive.render import render
from checker.derive.repair import _everywhere, _replaced
from checker.derive.tree import Bin, Call, Neg, Node, Num, Sum, Sym, walk

EDIT_SECONDS = 0.5  # CPU seconds trying edits of one side: a safety net (MOST bounds the work);
# twice what the slowest step of tests/derive/test_diagnosis.py takes, garbage collections and all
MOST = 160  # edits tried per step


def _short(node: Node) -> str:
    text = render(node)
    return text if len(text) <= 40 else "…"


Edit = tuple[str, str, Node]  # (the kind of slip, what it was, the side with it undone)


def edits(side: Node) -> Iterator[Edit]:
    """(kind, what the slip was, the side with it undone), for each one-edit repair of
    `side`; the kinds: sign, term, factor, root, log, power, index."""
    for node in walk(side):
        new: list[tuple[str, str, Node]] = []
        if isinstance(node, Bin) and node.op in "+-":
            other = "+" if node.op == "-" else "-"
            turned = f"a sign slip: {other} {_short(node.right)}, not {node.op} {_short(node.right)}"
            new.append(("sign", turned, replace(node, op=other)))
            new.append(("term", f"the term {_short(node.right)} is left out", node.left))
            if node.op == "+":
                new.append(("term", f"the term {_short(node.left)} is left out", node.right))
        elif isinstance(node, Bin) and node.op in ("*", "⊙"):
            new.append(("factor", f"the factor {_short(node.left)} is not applied", node.right))
            new.append(("factor", f"the factor {_short(node.right)} is not applied", node.left))
        elif isinstance(node, Bin) and node.op == "/":
            new.append(("factor", f"the division by {_short(node.right)} is not applied", node.left))
            if not (isinstance(node.right, Bin) and node.right.op == "^") and \
                    not isinstance(node.right, Num):
                power = Bin("^", node.right, Num("2"))
                new.append(("power", f"an exponent slip: divided by {_short(power)}, not by "
                            f"{_short(node.right)}", replace(node, right=power)))
        elif isinstance(node, Bin) and node.op == "^" and isinstance(node.right, Num) and \
                node.right.text.isdigit():
            k = int(node.right.text)
            for j in (k - 1, k + 1):
                if j >= 1:
                    power = node.left if j == 1 else replace(node, right=Num(str(j)))
                    slip = f"an exponent slip: {_short(power)}, not {_short(node)}"
                    new.append(("power", slip, power))
        elif isinstance(node, Neg):
            new.append(("sign", f"the minus sign of {_short(node)} is dropped", node.arg))
        elif isinstance(node, Call) and node.name == "sqrt" and len(node.args) == 1:
            new.append(("root", f"the square root of {_short(node.args[0])} is not taken",
                        node.args[0]))
        elif isinstance(node, Call) and node.name in ("log", "ln") and len(node.args) == 1 \
                and not node.order:
            new.append(("log", "the logarithm taken to base 10, not the natural one",
                        Bin("/", node, Call("ln", (Num("10"),)))))
        elif isinstance(node, Sym):
            new.extend(("index", what, fixed) for what, fixed in _indices(node))
        for kind, what, fixed in new:
            yield kind, what, _replaced(side, node, fixed)
    yield from _squared(side)


def _squared(side: Node) -> Iterator[Edit]:
    """A name written twice or more where its square is meant each time (`(u - 1)/(u + 1)`
    for `(u^2 - 1)/(u^2 + 1)`, after multiplying through by u): one slip, made in each
    place; not a name already raised to a power."""
    names: list[Sym] = []
    powered = {n.left for n in walk(side) if isinstance(n, Bin) and n.op == "^"}
    for n in walk(side):
        if isinstance(n, Sym) and n not in names and n not in powered:
            names.append(n)
    for name in names[:4]:
        if sum(n == name for n in walk(side)) >= 2:
            power = Bin("^", name, Num("2"))
            yield ("power", f"an exponent slip: {render(power)}, not {render(name)}, in each "
                   "place", _everywhere(side, name, power))


def _indices(sym: Sym) -> list[tuple[str, Node]]:
    """x_i^{(j)} for x_j^{(i)} (subscript and label swapped); h_2 for h_1 (a digit index one
    off, as in a layer's number)."""
    out = []
    label = sym.sup[1:-1] if sym.sup.startswith("(") and sym.sup.endswith(")") else ""
    if len(sym.index) == 1 and label and sym.index[0] != label:
        swapped = replace(sym, index=(label,), sup=f"({sym.index[0]})")
        out.append((f"the indices are swapped: {render(swapped)}, not {render(sym)}", swapped))
    if len(sym.index) == 1 and sym.index[0].isdigit():
        d = int(sym.index[0])
        for other in (d - 1, d + 1):
            if other >= 0:
                moved = replace(sym, index=(str(other),))
                out.append((f"the index changed: {render(moved)}, not {render(sym)}", moved))
    return out


def _summands(node: Node) -> list[Node]:
    """The terms of a sum as written, left to right (`a + b - c` → a, b, c)."""
    if isinstance(node, Bin) and node.op in "+-":
        return _summands(node.left) + [node.right]
    return [node]


def _terms(side: Node) -> list[Node]:
    """Where a factor may be missing, the likeliest first: the side's own terms (each of
    `β(1 - β)g_1 + β(1 - β)g_2 + (1 - β)g_3`), the side (a factor of the whole is what the
    ratio signatures name already), a sum's summand (Σ_i (ŷ_i - y_i)x_i), then the terms
    nested inside them; each once."""
    nested = [n.right for n in walk(side) if isinstance(n, Bin) and n.op in "+-"] + \
        [n.left for n in walk(side) if isinstance(n, Bin) and n.op == "+"]
    out: list[Node] = []
    for term in [*_summands(side), side, *(n.body for n in walk(side) if isinstance(n, Sum)),
                 *nested]:
        if not any(term is t or term == t for t in out):
            out.append(term)
    return out


def insertions(side: Node, names: list[Node], beside: list[Node] = ()) -> Iterator[Edit]:
    """The side with one of `names` (or 2) multiplied into one of its terms or into it; then
    with a term divided by one of `beside`, names the step's definitions use that it does not
    write (`Xᵀ(Xθ - y)` for `Xᵀ(Xθ - y)/m`, m the length in J's 1/(2m)). A name that
    cancels a division the term makes (λ into `y·1/λ·x`) undoes the same slip as that
    division left out: one kind, `factor`."""
    terms = _terms(side)[:6]
    for term in terms:
        for factor in [*names, Num("2")]:
            fixed = Bin("*", factor, term)
            where = "" if term is side else f" in the term {_short(term)}"
            kind = "factor" if _divides(term, factor) else "missing"
            yield (kind, f"a factor {render(factor)} is missing{where}: {_short(fixed)}",
                   _replaced(side, term, fixed))
    for term in terms:
        for factor in beside:
            fixed = Bin("/", term, factor)
            where = "" if term is side else f" in the term {_short(term)}"
            yield ("missing", f"a division by {render(factor)} is missing{where}: "
                   f"{_short(fixed)}", _replaced(side, term, fixed))


def _divides(term: Node, name: Node) -> bool:
    return any(isinstance(n, Bin) and n.op == "/" and n.right == name for n in walk(term))


def first_unique(tried: Iterator[Edit], holds, seconds: float = EDIT_SECONDS) -> str | None:
    """What the slip was, when the edits that hold (of the first MOST) are all of one kind
    (`1 - 0.05·(-12)` read as `1 + 0.05·(-12)` or as `1 - 0.05·12`: a sign); two kinds of
    repair that both hold name no slip, and neither does a search cut short by `seconds` (an
    edit of another kind might have held: what is named must not depend on the machine)."""
    found: dict[str, str] = {}
    deadline = time.process_time() + seconds
    for k, (kind, what, node) in enumerate(tried):
        if k >= MOST or len(found) > 1:
            break
        if time.process_time() > deadline:
            return None
        if kind not in found and holds(node):
            found[kind] = what
    return next(iter(found.values())) if len(found) == 1 else None


def one_edit(e: Evidence) -> str | None:
    """A symbolic step that holds after exactly one edit of its right side as written: an
    extra factor, a factor missing in one term, a sign, an exponent, an index."""
    if e.written is None or e.holds_as is None or \
            not any(isinstance(n, Sym) for n in walk(e.written)):  # numbers: slip.py
        return None
    names = sorted({n for side in (e.written_left, e.written) for n in walk(side)
                    if isinstance(n, Sym)}, key=render)[:6] + list(e.beside[:4]) + \
        list(e.links[:3])  # a chain-rule factor in the text's notation: ∂h/∂z_1

    def tried():
        yield from edits(e.written)
        yield from insertions(e.written, names, list(e.beside[:4]))

    found = first_unique(tried(), e.holds_as)
    return f"one slip makes it hold: {found}" if found else None
