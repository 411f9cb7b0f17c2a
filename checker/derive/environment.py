"""The structures a formula is laid out in: sums and products over an index, matrices
(`bmatrix`, `pmatrix`...) and `cases`. Functions of the parser (`notation.Parser`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.errors import Unreadable
from checker.derive.lexer import CONDITION_WORDS
from checker.derive.phrase import AFTER, BEFORE, OTHERWISE
from checker.derive.tree import (
    Bin,
    Call,
    Cases,
    Const,
    Elision,
    Grid,
    Matrix,
    Node,
    Num,
    Relation,
    Sum,
    Sym,
)

# words around a case's condition: `\text{if } x > 0`, `\text{当 } x > 0 \text{ 时}`,
# `x > 0 \text{일 때}` (never `unless`, which negates it)
_BEFORE = CONDITION_WORDS | (set(BEFORE) - {"unless"})
_AFTER = frozenset(AFTER)

if TYPE_CHECKING:
    from checker.derive.notation import Parser

MATRICES = {"bmatrix", "pmatrix", "matrix", "vmatrix", "Bmatrix", "array", "smallmatrix"}


def summation(p: Parser, op: str = "+") -> Node:
    """`\\sum_{i=1}^{n} body`, `\\sum_j`, `\\sum_{i,j}` (two sums), `\\sum_{k \\ne i}` (all k
    but i), `\\prod_{i=1}^{n}` (op `*`)."""
    indices: list[str] = []
    lo = hi = skip = None
    for _ in range(2):
        if p.at("op", "_"):
            p.take()
            toks = p.unwrap(p.script_tokens())
            between = _between(p, toks)
            if between is not None:  # \sum_{1 \le i \le n}, \sum_{0 < i < 4}
                index, lo, hi = between
                indices = [index]
                continue
            rel = next((k for k, tk in enumerate(toks) if tk.kind == "rel"), None)
            head = toks[:rel] if rel is not None else toks
            names = [tk for tk in head if not (tk.kind == "op" and tk.value == ",")]
            if not names or any(tk.kind not in {"letter", "greek"} for tk in names):
                raise Unreadable("a summation index such as i=1",
                                 " ".join(tk.value for tk in toks))
            indices = [tk.value for tk in names]
            if rel is not None:
                bound = p.sub_parse(toks[rel + 1:])
                if toks[rel].value == "=":
                    lo = bound
                elif toks[rel].value == "≠" and len(indices) == 1:
                    skip = bound  # \\sum_{k \\ne i}: every k but i
                elif toks[rel].value == "∈" and isinstance(bound, Sym) and not bound.index:
                    pass  # \\sum_{i \\in B}: over the set's members, as \\sum_i
                elif toks[rel].value in {"≥", ">"} and len(indices) == 1 and \
                        sum(tk.kind == "rel" for tk in toks) == 1:
                    # \\sum_{k \\ge 1} q^k, \\sum_{l > 0}: from the bound on, without end
                    # (a sum up to a limit it sets, `\\sum_{k \\ge 1}^{n}`, ends there)
                    lo = bound if toks[rel].value == "≥" else Bin("+", bound, Num("1"))
                    hi = hi if hi is not None else Const("infty")
                else:
                    raise Unreadable("a summation range such as i=1 or k \\ne i",
                                     " ".join(tk.value for tk in toks))
        elif p.at("op", "^"):
            p.take()
            hi = p.sub_parse(p.unwrap(p.script_tokens()))
    body = p.term()
    if not indices:
        return Sum(body, None, lo, hi, op=op)
    for index in reversed(indices[1:]):  # \\sum_{i,j}: the sum over j inside the sum over i
        body = Sum(body, index, lo, hi, op=op)
    return Sum(body, indices[0], lo, hi, skip=skip, op=op)


_BELOW = {"≤": 0, "<": 1}  # a ≤ i: from a; a < i: from a + 1
_ABOVE = {"≤": 0, "<": -1}


def _between(p: Parser, toks: list) -> tuple[str, Node, Node | None] | None:
    """A range written with inequalities on both sides of one index: `a \\le i \\le b`,
    `a < i < b` (integer ends moved inwards); None for any other subscript (`i=1`, `k \\ne i`,
    `k \\ge 1`, read by `summation`)."""
    rels = [k for k, tk in enumerate(toks) if tk.kind == "rel"]
    if len(rels) == 2 and rels[1] == rels[0] + 2 and toks[rels[0] + 1].kind in {
            "letter", "greek"} and toks[rels[0]].value in _BELOW and \
            toks[rels[1]].value in _ABOVE and rels[0] > 0 and rels[1] + 1 < len(toks):
        lo = _moved(p.sub_parse(toks[:rels[0]]), _BELOW[toks[rels[0]].value])
        hi = _moved(p.sub_parse(toks[rels[1] + 1:]), _ABOVE[toks[rels[1]].value])
        return (toks[rels[0] + 1].value, lo, hi) if lo is not None and hi is not None else None
    return None


def _moved(end: Node, by: int) -> Node | None:
    """An integer end moved by `by` (a strict inequality); the end itself for 0; None when a
    strict end is no integer written out (`k > a`: which integers follow a is not known)."""
    if not by:
        return end
    if isinstance(end, Num) and end.text.lstrip("-").isdigit():
        return Num(str(int(end.text) + by))
    return None


def _punctuation(p: Parser) -> None:
    """A comma or full stop that ends a case's value or condition."""
    if p.at("op", ",") or p.at("op", ".") or p.at("op", ";"):
        p.take()


def _otherwise(p: Parser) -> bool:
    """The case's condition is "otherwise" in words (`\\text{otherwise}`, `\\text{그 외}`,
    `\\text{否则}`: a text, or a Hangul/CJK word read as one token)."""
    t = p.peek()
    return t is not None and t.kind in {"text", "word"} and \
        " ".join(t.value.lower().split()) in OTHERWISE


def environment(p: Parser, env: str) -> Node:
    """`\\begin{bmatrix} ... \\end{bmatrix}` and friends, and `cases`."""
    if env not in MATRICES | {"cases"}:
        raise Unreadable("a matrix or cases environment", f"\\begin{{{env}}}")
    if env == "array" and p.at("open", "{"):
        p.script_tokens()  # column spec
    rows: list[list[Node | Elision]] = [[]]
    conds: list[Relation | None] = []
    while True:
        if p.at("cmd", "end"):
            p.take()
            p.take("env")
            break
        if p.done():
            raise Unreadable(f"\\end{{{env}}}", "the end of the formula")
        if p.at("sep", "\\"):
            p.take()
            if env == "cases" and len(conds) < len(rows):
                conds.append(None)
            rows.append([])
            continue
        if p.at("ellipsis"):
            rows[-1].append(Elision(p.take().value))
        elif env == "cases" and p.at("op", "&"):
            p.take()
            while p.at("text") and p.peek().value.lower().strip() in _BEFORE:  # type: ignore[union-attr]
                p.take()
            if _otherwise(p):
                p.take()  # `\text{그 외}`, `\text{否则}`: the remaining case
                conds.append(None)
                while p.at("text") and p.peek().value.strip() in _AFTER:  # type: ignore[union-attr]
                    p.take()
                _punctuation(p)
                continue
            conds.append(p.relation() if not p.at("sep") and not
                         p.at("cmd", "end") else None)
            while p.at("text") and p.peek().value.strip() in _AFTER:  # type: ignore[union-attr]
                p.take()
            _punctuation(p)  # `x > 0,` `x < 0.`: the sentence's, not the formula's
            continue
        else:
            rows[-1].append(p.expr())
            if env == "cases":
                _punctuation(p)  # `x, & x \\ge 0`: the value, then its condition
            if env == "cases" and p.at("op", "&"):
                continue
        if p.at("op", "&"):
            p.take()
        elif p.at("sep", "\\"):
            p.take()
            if env == "cases" and len(conds) < len(rows):
                conds.append(None)
            rows.append([])
    if rows and not rows[-1]:
        rows.pop()
    if env == "cases":
        while len(conds) < len(rows):
            conds.append(None)
        return Cases(tuple((row[0], cond) for row, cond in zip(rows, conds) if row))
    if any(isinstance(cell, Elision) for row in rows for cell in row):
        return Grid(tuple(tuple(r) for r in rows))  # read by its pattern (ellipsis.py)
    width = {len(row) for row in rows}
    if len(width) != 1:
        raise Unreadable("matrix rows of equal length", f"rows of lengths {sorted(width)}")
    found = Matrix(tuple(tuple(r) for r in rows))  # type: ignore
    return determinant(found) if env == "vmatrix" else found


def determinant(node: Node) -> Node:
    """A square matrix written between bars (`\\begin{vmatrix}`, `\\left|\\begin{matrix} …
    \\end{matrix}\\right|`) is its determinant, as linear algebra writes it (Cramer's rule,
    cofactor expansion); anything else is returned as it is (|x|; a matrix of one row or of
    unequal sides, for the caller to read entry by entry)."""
    if isinstance(node, Matrix) and len(node.rows) > 1 and \
            all(len(row) == len(node.rows) for row in node.rows):
        return Call("det", (node,))
    return node
