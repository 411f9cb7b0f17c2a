"""Repairs of a failed step's right side as written: the first edit that makes the step hold
names the slip (the activation's slope `⊙ (1 - A_1)` dropped after `⊙ A_1`, a product in the
other order, an index that changed, the learning rate dropped). Each is a diagnosis of
`diagnosis.SIGNATURES` over the evidence (`evidence.Evidence`: `written`, `holds_as`)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

import sympy as sp

from checker.derive.evidence import Evidence
from checker.derive.render import render
from checker.derive.tree import Bin, Neg, Node, Num, Sym, Transpose, walk


def _first_holding(e: Evidence, edits) -> str | None:
    if e.written is None or e.holds_as is None:
        return None
    for message, node in edits:
        if e.holds_as(node):
            return message
    return None


def _replaced(node, old, new):
    """node with the subtree `old` (by identity) replaced by `new`."""
    if node is old:
        return new
    if not is_dataclass(node) or isinstance(node, type):
        return node
    changes = {}
    for f in fields(node):
        value = getattr(node, f.name)
        if isinstance(value, tuple):
            items = tuple(tuple(_replaced(x, old, new) for x in v) if isinstance(v, tuple)
                          else _replaced(v, old, new) for v in value)
            if items != value:
                changes[f.name] = items
        elif is_dataclass(value):
            found = _replaced(value, old, new)
            if found is not value:
                changes[f.name] = found
    return replace(node, **changes) if changes else node


def missing_slope(e: Evidence) -> str | None:
    """`⊙ A` written where the activation's slope `⊙ A ⊙ (1 - A)` (or `⊙ (1 - A²)`) is
    meant, or no slope at all after a factor: a chain-rule factor dropped."""
    edits = []
    for node in walk(e.written):
        if isinstance(node, Bin) and node.op in {"⊙", "*"} and isinstance(node.right, Sym):
            a = node.right
            for slope, text in ((Bin("-", Num("1"), a), f"(1 - {render(a)})"),
                                (Bin("-", Num("1"), Bin("^", a, Num("2"))),
                                 f"(1 - {render(a)}^2)")):
                fixed = Bin("⊙", node, slope)
                edits.append((f"a chain-rule factor missing: ⊙ {text} after {node.op} "
                              f"{render(a)} (the activation's slope is {render(a)} ⊙ {text})",
                              _replaced(e.written, node, fixed)))
    return _first_holding(e, edits[:6])


def product_order(e: Evidence) -> str | None:
    """A product of two matrices in the wrong order (or the other factor transposed)."""
    if not e.matrix:
        return None
    edits = []
    for node in walk(e.written):
        if isinstance(node, Bin) and node.op == "*" and not _scalar_node(node.left) and \
                not _scalar_node(node.right):
            swapped = Bin("*", node.right, node.left)
            edits.append((f"the product in the other order: {render(swapped)}, not "
                          f"{render(node)}", _replaced(e.written, node, swapped)))
            turned = Bin("*", Transpose(node.right), Transpose(node.left))
            edits.append((f"a transposed product: {render(turned)}, not {render(node)}",
                          _replaced(e.written, node, turned)))
    return _first_holding(e, edits[:6])


def _scalar_node(node) -> bool:
    return isinstance(node, Num) or (isinstance(node, Neg) and _scalar_node(node.arg)) or \
        (isinstance(node, Bin) and node.op == "/" and isinstance(node.left, Num))


def index_changed(e: Evidence) -> str | None:
    """An index letter that changed (x_k for x_j): renaming it makes the step hold."""
    if e.written is None:
        return None
    letters = sorted({i for n in walk(e.written) if isinstance(n, Sym) for i in n.index
                      if isinstance(i, str) and len(i) == 1 and i.isalpha()})
    edits = []
    for old in letters:
        for new in letters + sorted(e.letters - set(letters)):
            if new == old:
                continue
            renamed = e.written
            for n in {n for n in walk(e.written) if isinstance(n, Sym) and old in n.index}:
                renamed = _replaced(renamed, n, replace(
                    n, index=tuple(new if i == old else i for i in n.index)))
            edits.append((f"an index changed: {old} should be {new}", renamed))
    return _first_holding(e, edits[:6])


RATES = {"eta", "lr", "alpha", "epsilon", "gamma", "mu", "rho"}  # a step size's usual names


def factor_dropped(e: Evidence) -> str | None:
    """w - η·∂L/∂w = w - (a - y)x: a factor the left side has (the learning rate η) dropped
    from a term on the right; inserting it makes the step hold."""
    written: Node | None = e.written  # type: ignore[assignment]
    if written is None or not e.learned:
        return None
    terms: list[Node] = [n.right for n in walk(written) if isinstance(n, Bin) and n.op in "+-"]
    edits = []
    for factor in e.learned:
        for term in terms[:4] + [written]:
            fixed = Bin("*", factor, term)
            rate = factor.base in RATES and term is not written
            what = f"the learning rate {render(factor)}" if rate else \
                f"a factor {render(factor)}"
            edits.append((f"{what} dropped: {render(fixed)}, not {render(term)}",
                          _replaced(written, term, fixed)))
    return _first_holding(e, edits[:8])


def _everywhere(node, old: Node, new: Node):
    """node with every subtree equal to `old` replaced by `new`."""
    for found in [n for n in walk(node) if n == old]:
        node = _replaced(node, found, new)
    return node


def _turned(node, m: Node):
    """node with `m` read as `mᵀ` wherever it stands (`mᵀ` as `m`)."""
    if node == Transpose(m):
        return m
    if node == m:
        return Transpose(m)
    if not is_dataclass(node) or isinstance(node, type):
        return node
    changes = {}
    for f in fields(node):
        value = getattr(node, f.name)
        if is_dataclass(value):
            found = _turned(value, m)
            if found is not value:
                changes[f.name] = found
        elif isinstance(value, tuple) and value and all(is_dataclass(v) for v in value):
            items = tuple(_turned(v, m) for v in value)
            if any(a is not b for a, b in zip(items, value)):
                changes[f.name] = items
    return replace(node, **changes) if changes else node


def symmetric_only(e: Evidence) -> str | None:
    """`∂/∂x xᵀAx = 2Ax`, `∂/∂X tr(XᵀAX) = 2AX`: right only when the square matrix A is
    symmetric; the step holds with A read as its symmetric part (A + Aᵀ)/2. What holds for
    any A is said (`(A + Aᵀ)x` for `2Ax`), and that the step stands if A is symmetric. A
    matrix that holds transposed (Aᵀ for A) is said so instead."""
    if not e.matrix or e.written is None or e.holds_as is None or e.value_of is None:
        return None
    written: Node = e.written  # type: ignore[assignment]
    seen: list[Sym] = []
    for node in walk(written):
        if isinstance(node, Sym) and node not in seen:
            seen.append(node)
    for m in seen[:4]:
        value = e.value_of(m)
        if not isinstance(value, sp.MatrixBase) or not value.is_square or value.rows < 2 or \
                value == value.T:
            continue
        name = render(m)
        turned = _turned(written, m)
        if e.holds_as(turned):
            return f"{name} should be transposed where it stands: {render(turned)}"
        both = Bin("+", m, Transpose(m))
        if not e.holds_as(_everywhere(written, m, Bin("/", both, Num("2")))):
            continue
        doubled = [n for n in walk(written) if isinstance(n, Bin) and n.op == "*" and
                   n.left == Num("2") and n.right == m]
        general = _replaced(written, doubled[0], both) if doubled else None
        if general is None or not e.holds_as(general):
            general = _everywhere(written, m, Bin("/", both, Num("2")))
        return (f"{render(written)} holds only for a symmetric {name} ({name}ᵀ = {name}); for "
                f"any {name} it is {render(general)} (if {name} is symmetric, say so)")
    return None
