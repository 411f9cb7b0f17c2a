"""A column vector the text implies: `z = Wx` with `W \\in \\mathbb{R}^{K \\times d}` declared,
`x` given no shape, and `z` written with one index elsewhere (`p_i = e^{z_i}/\\sum_m e^{z_m}`).

Read alone, an undeclared `x` is a number and `Wx` a K×d matrix, so every `z_i` is "one index
into a matrix" and each step through it is undecided. But the text itself settles the shape:
`z_i` makes `z` a vector, and the only shape of `x` for which `Wx` is a vector is a column of
`W`'s width, d×1 (`W \\in \\mathbb{R}^{1 \\times d}`, a row, leaves that open: no rule). The
product is the defining one (`z = Wx`, `z = Wx + b`), never one inside a function or a power;
`x` a lower-case letter of no shape, no value and no index anywhere (an `x_{ij}` would make it a
matrix the writer indexes, an `x_i` a family whose whole may be anything); `z` a plain name.
"""

from __future__ import annotations

import re

from checker.derive.state import State
from checker.derive.tree import Bin, Node, Sym


def implied_columns(state: State, line: int) -> list[tuple[str, tuple[str, str]]]:
    """The (name, shape) of each column vector the definitions in force at `line` imply (see
    the module's docstring), not yet declared."""
    ctx = state.ctx
    texts = [t for texts in state.blocks.values() for t in texts]
    out: list[tuple[str, tuple[str, str]]] = []
    for definition in list(ctx.definitions.values()):
        name = definition.name
        if definition.params or definition.index or name.index or name.accents or \
                name.name in ctx.shapes or not definition.in_force(line):
            continue
        for matrix, vector in _products(definition.body):
            shape = ctx.shapes.get(matrix.name)
            if shape is None or len(shape) != 2 or shape[1] == "1" or shape[0] == "1" or \
                    vector.name in ctx.shapes or ctx.bound({vector.name}, line) or \
                    not _one_index(name.base, texts) or _indexed(vector.base, texts):
                continue
            out.append((vector.name, (shape[1], "1")))
    return out


def _products(body: Node) -> list[tuple[Sym, Sym]]:
    """The products `W x` at the top of a sum (`Wx`, `Wx + b`): (W, x) with W a plain capital
    and x a plain lower-case letter."""
    if isinstance(body, Bin) and body.op in {"+", "-"}:
        return _products(body.left) + _products(body.right)
    if isinstance(body, Bin) and body.op == "*" and _plain(body.left) and _plain(body.right) \
            and body.left.base[:1].isupper() and len(body.right.base) == 1 and \
            body.right.base.islower():
        return [(body.left, body.right)]  # type: ignore[list-item]
    return []


def _plain(node: Node) -> bool:
    return isinstance(node, Sym) and not node.index and not node.accents and not node.sup


def _one_index(base: str, texts: list[str]) -> bool:
    """`z_i`, `z_{j}`, `z_1` in the math: the name written with one index."""
    one = re.compile(r"(?<![A-Za-z\\])" + re.escape(base) +
                     r"_(?:\{\s*[A-Za-z0-9]\s*\}|[A-Za-z0-9])(?![A-Za-z0-9{,^(])")
    return any(one.search(t) for t in texts)


def _indexed(base: str, texts: list[str]) -> bool:
    """`x_i`, `x_{ij}`: the name written with an index anywhere."""
    indexed = re.compile(r"(?<![A-Za-z\\])" + re.escape(base) + r"_")
    return any(indexed.search(t) for t in texts)
