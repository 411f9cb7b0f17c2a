"""What the prose around the formulas establishes: labels that are one-hot ("label $\\mathbf{y}$
one-hot", "$\\mathbf{y}$는 원-핫 벡터", "标签 $y$ 采用 one-hot"), and shapes declared in words
("$X$ is $(m, k)$", "`w`: weights of shape $(D, M)$", "입력 $X$의 크기는 $(m, n)$").

Only context is read here, never a claim: the cue words are vocabulary rows.
"""

from __future__ import annotations

import re

from checker.derive import vocabulary
from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.tree import Bin, Num, Shape, Sym


def _name(f: Formula) -> Sym | None:
    try:
        node = parse_expression(f.text)
    except (Unreadable, RecursionError):
        return None
    return node if isinstance(node, Sym) else None


def one_hot(formulas: list[Formula]) -> list[str]:
    """The label families the prose calls one-hot (their entries sum to 1)."""
    out = []
    for f in formulas:
        if f.display:
            continue
        near = f.before.split("$")[-1][-30:].lower() + " | " + f.after.split("$")[0][:30].lower()
        if any(cue in near for cue in vocabulary.CUES_ONE_HOT):
            sym = _name(f)
            if sym is not None and not sym.index and len(sym.base) == 1 and sym.base.isalpha():
                out.append(sym.stem)  # a label is a Latin letter: y, t, Y (not the ε beside it)
    return out


def shapes(formulas: list[Formula]) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, name, sizes) for each shape the prose gives: a name (in math or in code), a shape
    cue, then `(m, n)` or `m \\times n` in math, in one sentence."""
    out = []
    for k, f in enumerate(formulas):
        between = f.before.split("$")[-1].strip().lower()
        sizes = None if f.display else _sizes(f.text)
        if sizes is None:
            continue
        before = formulas[k - 1] if k else None
        named = _name(before) if before is not None and before.block == f.block else None
        if named is not None and "$" in f.before and between in vocabulary.CUES_SHAPE:
            out.append((f.line, named.name, sizes))  # $X$ is $(m, k)$, $X$의 크기는 $(m, n)$
            continue
        code = _CODE.fullmatch(between)  # `w`: weights of shape $(D, M)$
        if code:
            out.append((f.line, code.group(1), sizes))
    return out


_CODE = re.compile(r"([a-z]\w*)\s*:\s*[\w ]*?(?:shape|of size|크기)")


def _sizes(text: str) -> tuple[str, ...] | None:
    try:
        node = parse_expression(text)
    except (Unreadable, RecursionError):
        return None
    if isinstance(node, Shape) and len(node.dims) == 2:
        return tuple(render(d) for d in node.dims)
    if isinstance(node, Bin) and node.op == "*" and all(
            isinstance(d, (Sym, Num)) for d in (node.left, node.right)):
        return render(node.left), render(node.right)  # m \times n
    return None
