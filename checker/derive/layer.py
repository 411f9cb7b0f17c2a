"""A layer's member of a rule written for every layer: `dW^{[l]} = (1/m) dZ^{[l]} A^{[l-1]⊤}`
(the bracketed superscript numbers a network's layers), then `dW^{[2]} = ...`: layer 2's dW is
that rule at l = 2, `(1/m) dZ^{[2]} A^{[1]⊤}`, as every reader takes it; a line that writes
something else for it is a claim about it, checked, not a new name. Only a lower-case letter
runs over the layers: `dZ^{[L]} = A^{[L]} - Y` is the last layer's own formula."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive.regex import Regex
from checker.derive.tree import Call, Node, Sym, rewrite, walk

if TYPE_CHECKING:
    from collections.abc import Callable

    from checker.derive.context import Context
    from checker.derive.definition import Definition

_NUMBERED = Regex(r"\[(\d+)\]")  # dW^{[2]}: layer 2
_RUNNING = Regex(r"\[([a-z])([+-]\d+)?\]")  # [l], [l-1], [l+1]: a layer counted from l


def at_layer(ctx: Context, sym: Sym, as_of: int | None,
             get: Callable[[Context, str, int | None], Definition | None]) -> Definition | None:
    """sym (`dW^{[2]}`, no subscript) read through the rule in force for every layer of its
    name (`dW^{[l]} = ...`, whose body numbers layers from l): that body at l = 2, under
    sym's own name. None when sym numbers no layer, or no such rule is in force, or the body
    uses the letter otherwise than as a layer (l as a number, x_l). (`get` is definition.get,
    passed in: definition.py imports this module.)"""
    number = _NUMBERED.fullmatch(sym.sup)
    if number is None or sym.index or as_of is None:
        return None
    prefix = f"{sym.stem}^["
    for key in [k for k in ctx.history if k.startswith(prefix)]:
        found = get(ctx, key, as_of)
        running = _RUNNING.fullmatch(found.name.sup) if found is not None else None
        if running is None or running.group(2) or found.params or found.index:
            continue
        body = _numbered(found.body, running.group(1), int(number.group(1)))
        if body is not None:
            return replace(found, key=sym.name, name=sym, body=body)
    return None


def _numbered(body: Node, letter: str, number: int) -> Node | None:
    """body with each layer counted from `letter` (`[l]`, `[l-1]`) at letter = number; None
    when the body numbers no layer by it or uses the letter anywhere else."""
    counted = [n for n in walk(body) if isinstance(n, (Sym, Call)) and _layer(n, letter)]
    plain = [n for n in walk(body) if isinstance(n, Sym) and not _layer(n, letter) and
             (n.base == letter or letter in map(str, n.index) or letter in n.sup)]
    if not counted or plain:
        return None

    def change(n: object) -> Node | None:
        if isinstance(n, Sym) and _layer(n, letter):
            return replace(n, sup=_at(n.sup, number))
        if isinstance(n, Call) and _layer(n, letter):  # g^{[l]}(Z^{[l]}): layer l's function
            stem, _, sup = n.name.rpartition("^")
            return replace(n, name=f"{stem}^{_at(sup, number)}",
                           of=rewrite(n.of, change), args=rewrite(n.args, change))
        return None

    return rewrite(body, change)


def _layer(n: Sym | Call, letter: str) -> bool:
    """Does n (a name, or a function applied) number its layer from the letter?"""
    sup = n.sup if isinstance(n, Sym) else n.name.rpartition("^")[2] if "^" in n.name else ""
    found = _RUNNING.fullmatch(sup)
    return found is not None and found.group(1) == letter


def _at(sup: str, number: int) -> str:
    found = _RUNNING.fullmatch(sup)
    return f"[{number + int(found.group(2) or 0)}]" if found is not None else sup
