"""Entries selected by another name's value: `f_{y_i}`, `s_{y_i}`, `P_{i,y_i}` (the score of
sample i's class y_i). The checker does not look y_i up; but a step that holds with the entry
read as a number of its own, free of every other entry, holds whichever entry y_i selects: an
identity in independent numbers stays one when one of them equals another
(`-log(e^{f_{y_i}}/Σ_j e^{f_j}) = -f_{y_i} + log Σ_j e^{f_j}`). Not so for a derivative (∂/∂f_j
of f_{y_i} is 1 when j = y_i), for a sum that leaves the selected entry out (Σ_{j≠y_i}), nor
for a sum over the sample (Σ_i s_{y_i}: another entry at each i): those keep the entry's
lookup, and stay undecided.
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.tree import Call, Deriv, Node, Prime, Sum, Sym, rewrite, walk

# the reason walker.instance gives for an entry it does not look up
REASON = "is the entry at the index another name gives"


def selected(node: Node) -> bool:
    """An entry at an index another name gives: f_{y_i}, P_{i,y_i} (an index with a
    subscript of its own)."""
    return isinstance(node, Sym) and any("_" in i for i in node.index)


def opaque(sides: tuple[Node, ...]) -> tuple[Node, ...] | None:
    """The sides with each selected entry as a name of its own (f_{y_i} → f_{yi}), or None
    when that reading would not carry over to every selection: a derivative anywhere, a sum
    that skips an index, or no selected entry at all."""
    nodes = [n for side in sides for n in walk(side)]
    if not any(selected(n) for n in nodes):
        return None
    if any(isinstance(n, (Deriv, Prime)) or (isinstance(n, Call) and n.order) or
           (isinstance(n, Sum) and n.skip is not None) for n in nodes):
        return None
    summed = {i for n in nodes if isinstance(n, Sum)
              for i in (getattr(n, "indices", None) or (n.index,)) if i}
    if any(selected(n) and any(letter in summed for i in n.index for letter in i.split("_"))
           for n in nodes):
        return None  # Σ_i s_{y_i}: a different entry at each i, not one number

    def own(n: Node) -> Node | None:
        if not selected(n):
            return None
        return replace(n, index=tuple(i.replace("_", "") for i in n.index))  # type: ignore

    return tuple(rewrite(side, own) for side in sides)


def shown(sides: tuple[Node, ...]) -> str:
    """The selected entries of the sides as written (for the step's method)."""
    from checker.derive.render import render

    found = dict.fromkeys(render(n) for side in sides for n in walk(side) if selected(n))
    return ", ".join(found)
