"""Wholes of no shape beside a sum over the members of their letter: `XᵀSX` beside
`Σ_{i=1}^{n} s_i x_i x_iᵀ`, `Xᵀ(σ(z) - y)` beside `Σ_i (σ(z_i) - y_i) x_i`. Read as one number,
S makes the step's shapes not conform, so it is never compared and kinship.kin_reading never
sees it; given its kin's meaning (S = diag(s_i), y the vector of the y_i) and X a shape of n
rows, step._as_kin reads the step again, where it may only hold."""

from __future__ import annotations

from dataclasses import replace

from checker.derive.dimension import OPEN_RANGE, SMALL
from checker.derive.kinship import plain_letter
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.structure import definitions_reached
from checker.derive.tree import Matrix, Node, Num, Sum, Sym, Transpose, walk


def written_wholes(state: State, sides: tuple[Node, ...], line: int
                   ) -> list[tuple[Sym, Node, str]]:
    """`Xᵀ(σ(z) - y)` beside `Σ_{i=1}^{n} (σ(z_i) - y_i) x_i`, `XᵀSX` beside `Σ_i s_i x_i x_iᵀ`:
    a one-letter whole the text neither defines nor shapes, written beside a sum over members
    of its letter in lower case (z_i, s_i): read as a number, the step's shapes do not
    conform. Each whole with its conventional meaning over the sum's range (z as the column
    of the z_k, S as diag(s_k)) and how to say it; [] when none. A lowercase whole whose
    members the text writes (p_k, y_k) beside a gradient by a vector of declared length
    (`∇_z L = p - y`, z ∈ ℝ^K) is read as the column of its members over that length."""
    ctx = state.ctx
    syms = [n for side in sides for n in walk(side) if isinstance(n, Sym)]
    out, seen = [], set()
    for whole in syms:
        if whole.index or not plain_letter(whole) or whole.name in seen or \
                ctx.lookup(whole, line) is not None or whole.name in ctx.shapes or \
                ctx.bound({whole.name}, line):
            continue
        seen.add(whole.name)
        count = _range(ctx, sides, Sym(whole.base.lower(), (), "", whole.accents))
        if count is None and not whole.base.isupper() and _members_written(ctx, whole):
            count = _gradient_length(ctx, sides)  # ∇_z L = p - y, z ∈ ℝ^K, p_k and y_k written
        if count is None or _transposed(state, sides, line, whole.base.lower()):
            continue  # (x_iᵀ: vectors, the rows of X, read from the values: `kin_reading`)
        member = [Sym(whole.base.lower(), (str(k),), "", whole.accents)
                  for k in range(1, count + 1)]
        if whole.base.isupper():
            body = Matrix(tuple(tuple(m if r == c else Num("0") for c in range(count))
                                for r, m in enumerate(member)))
            said = f"{render(whole)} as diag({render(replace(member[0], index=('i',)))})"
        else:
            body = Matrix(tuple((m,) for m in member))
            said = f"{render(whole)} as the vector of the " \
                   f"{render(replace(member[0], index=('i',)))}"
        out.append((whole, body, said))
    return out[:3]


def _range(ctx, sides: tuple[Node, ...], letter: Sym) -> int | None:
    """How many members of `letter`'s family a sum of the sides runs over (z_i under
    Σ_{i=1}^{n}: n's size; under Σ_i, the open range's); None when no sum does."""
    for total in (n for side in sides for n in walk(side)):
        if not isinstance(total, Sum) or total.op != "+" or total.index is None or \
                total.skip is not None or not any(
                    isinstance(m, Sym) and m.base == letter.base and m.index == (total.index,)
                    and m.accents == letter.accents and not m.sup for m in walk(total.body)):
            continue
        if total.lo not in (None, Num("1")):
            return None
        hi = total.hi
        count = OPEN_RANGE if hi is None else int(hi.text) if isinstance(hi, Num) and \
            hi.text.isdigit() else ctx.size(hi.name) if isinstance(hi, Sym) and \
            not hi.index else None
        return count if count is not None and 2 <= count <= SMALL else None
    return None


def _members_written(ctx, whole: Sym) -> bool:
    """The text writes members of the whole's letter with one index (p_k, y_k) and no sup."""
    return any(len(m.index) == 1 and m.base == whole.base and not m.sup and
               m.accents == whole.accents for m in ctx.symbols.values())


def _gradient_length(ctx, sides: tuple[Node, ...]) -> int | None:
    """The length of the vector a side differentiates by when its shape is declared as one
    (∇_z L with z ∈ ℝ^K: K's size): the gradient's length, what a whole beside it spans."""
    from checker.derive.tree import Deriv

    for node in (n for side in sides for n in walk(side)):
        if isinstance(node, Deriv) and node.order == 1 and not node.var.index:
            dims = ctx.shapes.get(node.var.name)
            if dims is not None and len(dims) == 2 and "1" in dims and dims != ("1", "1"):
                count = ctx.size(dims[0] if dims[1] == "1" else dims[1])
                return count if 2 <= count <= SMALL else None
    return None


def stacked_shapes(state: State, sides: tuple[Node, ...], line: int
                   ) -> dict[str, tuple[str, str]]:
    """`XᵀSX` beside `Σ_{i=1}^{n} s_i x_i x_iᵀ`: a capital whole the text neither defines nor
    shapes, beside a sum over members of its letter written transposed (vectors): X's shape
    (n, d) with the rows the members' (d, 1), so that the step is read at conforming sizes
    and X's rows can be read as the x_iᵀ from its values (`kin_reading`)."""
    ctx = state.ctx
    out: dict[str, tuple[str, str]] = {}
    for whole in (n for side in sides for n in walk(side) if isinstance(n, Sym)):
        if whole.index or not plain_letter(whole) or not whole.base.isupper() or \
                whole.name in ctx.shapes or ctx.lookup(whole, line) is not None or \
                ctx.bound({whole.name}, line):
            continue
        letter = Sym(whole.base.lower(), (), "", whole.accents)
        count = _range(ctx, sides, letter)
        if count is None or not _transposed(state, sides, line, letter.base):
            continue
        length = f"d_{whole.name}"
        out[whole.name] = (str(count), length)
        out.update((replace(letter, index=(str(k),)).name, (length, "1"))
                   for k in range(1, count + 1))
    return out


def _transposed(state: State, sides: tuple[Node, ...], line: int, base: str) -> bool:
    """Whether the sides, or a definition they reach (z_i = x_iᵀw), transpose a member of
    `base`'s family: vectors, not numbers."""
    bodies = list(sides) + [d.body for d in definitions_reached(sides, state, line)]
    return any(isinstance(n, Transpose) and isinstance(n.arg, Sym) and n.arg.base == base
               and n.arg.index for body in bodies for n in walk(body))
