"""A function defined with a parameter in its subscript, used at a value of it: the Huber loss
`L_\\delta(r) = ...` and then `L_1(2.5)`, smooth L1 `S_\\beta(x)` and `S_{0.5}(0.2)`, focal loss
`FL_\\gamma(p)` and `FL_2(0.9)`: the function at that value of the parameter.

Read by name, `L_1` is a function the text never defines, and the steps through it were
undecided ("it depends on what L_1 is"). The subscript is a parameter when it is one name that
the definition's formula uses (δ in the Huber formula) and the text gives it that very value
where the function is used (`\\delta = 1`); otherwise `L_1`, `L_2` are other things (the L1 and
L2 losses). A family indexed by a letter (`x_i = ...`) is family.py's, and an `L_1` the text
defines itself is that definition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.regex import Regex
from checker.derive.tree import At, Call, Node, Num, Relation, Sym, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.context import Context
    from checker.derive.definition import Definition


_NUMBER = Regex(r"\d+(?:\.\d+)?|\.\d+")  # as the lexer reads a number


def rewritten(node: Node, ctx: Context, line: int) -> Node:
    """`node` with each such use written as what it is: `L_1(2.5)` as `L_δ(2.5)|_{δ = 1}`,
    so every reading (evaluation, the definitions a step reaches, its guesses) goes through
    the definition the text gave."""
    def one(n: Node) -> Node | None:
        found = instance(ctx, n, line) if isinstance(n, Call) and not n.order else None
        if found is None:
            return None
        definition, param, value = found
        named = Call(definition.key, tuple(rewrite(a, one) for a in n.args),
                     of=Sym(n.of.base, (param.name,)))  # type: ignore[union-attr]
        return At(named, Relation((param, value), ("=",)))
    return rewrite(node, one)


def instance(ctx: Context, node: Call, line: int) -> tuple[Definition, Sym, Node] | None:
    """For `L_1(2.5)` under `L_δ(r) = ...` (in force at `line`): that definition, its
    parameter δ and the value written for it (1). None when the call is not such a use."""
    written = node.of
    if written is None or len(written.index) != 1 or ctx.get(node.name, line) is not None:
        return None
    value = _value(written.index[0])
    if value is None:
        return None
    for definition in ctx.definitions.values():
        base, _, script = definition.key.partition("_")  # a function's name: `L_delta`
        if not definition.params or definition.index or not script or "_" in script or \
                "^" in definition.key or base != written.base or written.sup or \
                not definition.in_force(line):
            continue
        param = Sym(script)
        if param in definition.params or not any(n == param for n in walk(definition.body)):
            continue
        if not _given(ctx, param, value, line):
            continue  # L_1 with no δ = 1 in the text: the L1 loss, an index, not the parameter
        if ctx.get(definition.key, line) is definition:
            return definition, param, value
    return None


def _value(index: str) -> Node | None:
    """The subscript as a value: a number (`1`, `0.5`), never a letter (an index)."""
    return Num(index) if _NUMBER.fullmatch(index) else None


def _given(ctx: Context, param: Sym, value: Node, line: int) -> bool:
    """The text gives the parameter that value where the function is used (`\\delta = 1`, then
    `L_1(2.5)`): the subscript is the parameter's value, not a label (`L_1`, the L1 loss)."""
    bound = ctx.bound({param.name}, line, False).get(param.name)
    try:
        return bound is not None and abs(float(bound) - float(value.text)) < 1e-12  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return False
