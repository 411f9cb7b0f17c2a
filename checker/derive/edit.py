"""One-edit repairs of a side as written: a slip is named only when exactly one edit of the
written side makes the step hold (checked, never guessed).

`edits(node)` lists the edits a writer's slip undoes: a sign flipped (`a + b` for `a - b`, a
minus dropped), a term or a factor left out, a division not applied, a square root not taken,
the log base 10 for the natural log, an exponent off by one (`u` for `u^2`), an index that
changed (`x_i^{(j)}` for `x_j^{(i)}`, `h_2` for `h_1`), and, for a right side, a factor of the
step's own names missing in one term (`β(1 - β)g_1` for `β²(1 - β)g_1`). `one_edit` is the
diagnosis of `diagnosis.REFINEMENTS` over a symbolic step; `slip.py` uses the same edits on
numbers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

from checker.derive.evidence import Evidence
from checker.derive.render import render
from checker.derive.repair import _replaced
from checker.derive.tree import Bin, Call, Neg, Node, Num, Sum, Sym, walk

EDIT_SECONDS = 0.25  # CPU seconds trying edits of one side
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


def insertions(side: Node, names: list[Node]) -> Iterator[Edit]:
    """The side with one of `names` (or 2) multiplied into one of its terms or into it."""
    terms = [side] + [n.right for n in walk(side) if isinstance(n, Bin) and n.op in "+-"] + \
        [n.left for n in walk(side) if isinstance(n, Bin) and n.op == "+"] + \
        [n.body for n in walk(side) if isinstance(n, Sum)]  # a summand: Σ_i (ŷ_i - y_i)x_i
    for term in terms[:6]:
        for factor in [*names, Num("2")]:
            fixed = Bin("*", factor, term)
            where = "" if term is side else f" in the term {_short(term)}"
            yield ("missing", f"a factor {render(factor)} is missing{where}: {_short(fixed)}",
                   _replaced(side, term, fixed))


def first_unique(tried: Iterator[Edit], holds, seconds: float = EDIT_SECONDS) -> str | None:
    """What the slip was, when the edits that hold (of the first MOST, within `seconds`) are
    all of one kind (`1 - 0.05·(-12)` read as `1 + 0.05·(-12)` or as `1 - 0.05·12`: a sign);
    two kinds of repair that both hold name no slip."""
    found: dict[str, str] = {}
    deadline = time.process_time() + seconds
    for k, (kind, what, node) in enumerate(tried):
        if k >= MOST or time.process_time() > deadline or len(found) > 1:
            break
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
                    if isinstance(n, Sym)}, key=render)[:6] + list(e.beside[:4])

    def tried():
        yield from edits(e.written)
        yield from insertions(e.written, names)

    found = first_unique(tried(), e.holds_as)
    return f"one slip makes it hold: {found}" if found else None
