"""A shape written in a display's margin, beside the definition it belongs to: lecture notes
on matrix backprop put each result's shape after it (`dZ^{[2]} = A^{[2]} - Y \\qquad (1, m)`,
`dW = dZ\\,X^\\top \\quad (n_1 \\times n_x)`). It declares the defined name's shape, as `$dZ$ is
$(1, m)$` in prose would (declared.py).

Only a pair of sizes the text already uses as sizes reads so: each one a name some declared
shape has as a size, or a number, with one name at least (`(1, m)` beside X (n_x, m); never a
point such as `(2, 3)`, nor an interval `(0, T)`). A margin that contradicts the shape the
definition has as written (declared shapes and definitions alone) declares nothing: which of
the two the writer meant is not certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from checker.derive.render import render
from checker.derive.tree import Bin, Node, Num, Shape, Sym


def margin_shapes(segments, is_dimension: Callable[[str], bool],
                  written: Callable[[Node], tuple[str, ...] | None]
                  ) -> list[tuple[str, tuple[str, str]]]:
    """(name, (rows, columns)) for each definition `name = body` followed in its display by a
    lone shape of sizes the text uses (`is_dimension`); `written(body)`: the body's shape in
    the text's sizes, or None when it is not known."""
    out: list[tuple[str, tuple[str, str]]] = []
    for seg, after in pairwise(segments):
        members, ops = seg.relation.members, seg.relation.ops
        lone = after.relation.members
        if seg.error is not None or after.error is not None or len(members) < 2 or \
                not isinstance(members[0], Sym) or not ops or \
                any(op != "=" for op in ops) or len(lone) != 1:
            continue
        dims = _sizes(_pair(lone[0], after.source), is_dimension)
        if dims is None:
            continue
        shape = written(members[-1])
        if shape is not None and shape != dims:
            continue  # the margin and the formula disagree: which one is meant is not certain
        out.append((members[0].name, dims))
    return out


def _pair(node: Node, source: str) -> tuple[Node, ...]:
    """The two sizes a margin writes: `(1, m)`, or `(1 \\times m)` (a product written with
    \\times, never one of juxtaposed names); () for anything else."""
    if isinstance(node, Shape) and len(node.dims) == 2:
        return node.dims
    if isinstance(node, Bin) and node.op == "*" and re.search(r"\\times|×", source) and \
            all(isinstance(n, (Num, Sym)) for n in (node.left, node.right)):
        return node.left, node.right
    return ()


def _sizes(dims: tuple[Node, ...], is_dimension: Callable[[str], bool]
           ) -> tuple[str, str] | None:
    """The margin's two sizes as the text writes them, when each is a number or a name used
    as a size elsewhere, and one at least is a name; else None."""
    if len(dims) != 2:
        return None
    sizes: list[str] = []
    for d in dims:
        if isinstance(d, Num) and d.text.isdigit():
            sizes.append(d.text)
        elif isinstance(d, Sym) and is_dimension(render(d)):
            sizes.append(render(d))
        else:
            return None
    if all(s.isdigit() for s in sizes):
        return None
    return sizes[0], sizes[1]
