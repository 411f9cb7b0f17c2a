"""What brackets and bars hold: a group `(...)`, a row vector `[x_1 \\quad x_2]`, a shape `(m, n)`,
⟨a, b⟩, ⌊x⌋, an indicator `1[x > 0]` or Iverson's `[k = i]`, an evaluation bar `f|_{x = 0}`.
Functions of the parser (`notation.Parser`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import antiderivative, call
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token, matching
from checker.derive.tree import At, Call, Cases, Matrix, Neg, Node, Num, Relation, Shape, Sym

if TYPE_CHECKING:
    from checker.derive.notation import Names, Parser

# the letters people index with (not y, a label, nor x, a value): `[k = i]` compares indices
INDEX_LETTERS = frozenset("ijklmnpqrs")


def bracket(p: Parser) -> Node:
    t = p.take("open")
    closing = {"(": ")", "[": "]", "{": "}", "\\{": "\\}", "⌊": "⌋", "⌈": "⌉",
               "⟨": "⟩", ".": "|"}[t.value]
    if t.value == ".":  # \left. f \right|_{x = 0}: f evaluated there
        saved = p.abs_depth, p.norm_depth
        p.abs_depth = 1  # the closing bar is not an absolute value's
        inner = p.expr()
        p.abs_depth, p.norm_depth = saved
        p.take("close", "|")
        p.take("op", "_")
        return evaluated(p, inner)
    if t.value == "⟨":  # ⟨a, b⟩
        p.i -= 1
        args = call.call_args(p, "⟨", "⟩")
        if len(args) != 2:
            raise Unreadable("an inner product of two vectors ⟨a, b⟩",
                             f"⟨⟩ around {len(args)} terms")
        return Call("inner", args)
    if t.value == "[" and _iverson(p.toks[p.i:matching(p.toks, p.i - 1)]):
        end = matching(p.toks, p.i - 1)  # [k = i]: Iverson's bracket of indices
        delta = _kronecker(p.sub_relation(p.toks[p.i:end]), p.known)
        if delta is not None:
            p.i = end + 1
            return delta
    if t.value in "⌊⌈":  # ⌊x⌋, ⌈x⌉
        inner = p.expr()
        p.take("close", closing)
        return Call("floor" if t.value == "⌊" else "ceil", (inner,))
    saved = p.abs_depth, p.norm_depth
    p.abs_depth = p.norm_depth = 0
    first = p.expr()
    if t.value == "[" and p.at("sep"):  # [x_1 \quad x_2]: a row vector
        cells = _listed(p, first, "sep", None, "]")
        p.abs_depth, p.norm_depth = saved
        return Matrix((tuple(cells),))
    if t.value == "[" and p.at("op", ","):  # [1, 2, -1]: a vector written in a row
        cells = _listed(p, first, "op", ",", "]")
        p.abs_depth, p.norm_depth = saved
        return Matrix(_rows(cells))
    if t.value == "(" and p.at("op", ","):
        dims = _listed(p, first, "op", ",", ")")
        p.abs_depth, p.norm_depth = saved
        return Shape(tuple(dims))
    p.take("close", closing)
    p.abs_depth, p.norm_depth = saved
    return first


def _listed(p: Parser, first: Node, kind: str, value: str | None, closing: str) -> list[Node]:
    """`first` and the expressions after each separator (a token of `kind`, `value`) up to the
    closing bracket, which is taken."""
    items = [first]
    while p.at(kind, value):
        p.take()
        items.append(p.expr())
    p.take("close", closing)
    return items


def _rows(cells: list[Node]) -> tuple[tuple[Node, ...], ...]:
    """`[1, 2, -1]`: one row; `[[1, 1], [1, 2], [1, 3]]`, rows of equal length written as NumPy
    writes them: the matrix of those rows (3 x 2), not one row of six."""
    inner = [c.rows[0] for c in cells if isinstance(c, Matrix) and len(c.rows) == 1]
    if len(inner) == len(cells) > 1 and len({len(r) for r in inner}) == 1 and len(inner[0]) > 1:
        return tuple(inner)
    return (tuple(cells),)


def evaluated(p: Parser, node: Node) -> Node:
    """The subscript of an evaluation bar (`|_{x = 0}`, after `|_` was taken): node there; with
    an upper bound (`\\ln x \\big|_1^{e}`, `\\frac{x^4}{4}\\Big|_0^2`), the difference of its
    values at the two bounds (`antiderivative.between`)."""
    at = p.sub_relation(p.unwrap(p.script_tokens()))
    if not at.ops and p.at("op", "^"):
        p.take()
        upper = p.sub_parse(p.unwrap(p.script_tokens()))
        return antiderivative.between(node, at.members[0], upper)
    if not all(isinstance(m, (Sym, Num, Neg)) for m in at.members) or \
            set(at.ops) != {"="} or not isinstance(at.members[0], Sym):
        raise Unreadable("an evaluation bar at a value (`|_{x = 0}`)",
                         f"`|_{{{call.render_args(at.members)}}}`")
    return At(node, at)


def condition_follows(p: Parser) -> bool:
    """`1[x > 0]`, `\\mathbb{1}\\{z > 0\\}`, `\\mathbb{1}(s < 1)`: a bracket holding a
    relation right after a 1 is an indicator."""
    t = p.peek()
    if t is None or t.kind != "open" or t.value not in {"(", "[", "\\{"}:
        return False
    end = matching(p.toks, p.i)
    return end > 0 and any(tk.kind == "rel" for tk in p.toks[p.i + 1:end])


def indicator(p: Parser) -> Node:
    """The indicator `1[cond]`: 1 where the condition holds, else 0."""
    p.take("open")
    end = matching(p.toks, p.i - 1)
    inner = p.toks[p.i:end]
    p.i = end + 1
    return indicator_of(p.sub_relation(inner), p.known)


def indicator_of(cond: Relation, known: Names) -> Node:
    """1 where cond holds, else 0; only inequalities: an equality between sampled values (`1\\{y
    = l\\}`) is almost never met at random points, so it is refused, not misread; between two
    index letters (`1\\{s = l\\}`, `[k = i]`) it is the Kronecker delta δ_{sl}."""
    delta = _kronecker(cond, known)
    if delta is not None:
        return delta
    if not cond.ops or any(op not in {"<", ">", "≤", "≥"} for op in cond.ops):
        raise Unreadable("an indicator of an inequality such as 1[x > 0]",
                         f"an indicator of `{' '.join(cond.ops)}`")
    return Cases(((Num("1"), cond), (Num("0"), None)))


def _kronecker(cond: Relation, known: Names) -> Sym | None:
    """`k = i` between two index letters, or an index letter and a whole number (`1[j = 0]`:
    the class at 0), where the text gives δ no meaning of its own: δ_{ki}, δ_{j0} (read as
    the Kronecker delta, checked at equal and at different index values)."""
    letters = [m.base if isinstance(m, Sym) else m.text for m in cond.members
               if isinstance(m, Sym) and m.base in INDEX_LETTERS and
               not (m.index or m.sup or m.accents) and m.base not in known.plain or
               isinstance(m, Num) and m.text.isdigit()]
    if cond.ops != ("=",) or len(letters) != 2 or letters[0] == letters[1] or \
            all(k.isdigit() for k in letters) or \
            any(k == "delta" or k.startswith("delta_") for k in
                known.plain | known.functions | known.values):
        return None
    return Sym("delta", tuple(letters))


def _iverson(toks: list[Token]) -> bool:
    """`k = i` alone in square brackets."""
    return len(toks) == 3 and toks[0].kind == toks[2].kind == "letter" and \
        toks[1].kind == "rel" and toks[1].value == "="

