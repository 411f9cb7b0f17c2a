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
    of the z_k, S as diag(s_k)) and how to say it; [] when none. A whole whose members the
    text writes beside a gradient by a name of declared shape (`∇_z L = p - y`) is the array
    of its members at that shape (_entries_beside_gradient)."""
    ctx = state.ctx
    syms = [n for side in sides for n in walk(side) if isinstance(n, Sym)]
    out, seen = [], set()
    for whole in syms:
        if whole.index or not plain_letter(whole) or whole.name in seen or \
                ctx.lookup(whole, line) is not None or whole.name in ctx.shapes or \
                ctx.bound({whole.name}, line):
            continue
        seen.add(whole.name)
        grid = _entries_beside_gradient(ctx, whole, sides)
        if grid is not None:
            out.append(grid)
            continue
        count = _range(ctx, sides, Sym(whole.base.lower(), (), "", whole.accents))
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


def _entries_beside_gradient(ctx, whole: Sym, sides: tuple[Node, ...]
                             ) -> tuple[Sym, Node, str] | None:
    """`∇_z L = p - y` (z ∈ ℝ^K, p_k and y_k written), `∂L/∂Z = (P - Y)/m` (Z ∈ ℝ^{m×K},
    P_{ic} and Y_{ic} written): a whole whose members the text writes with as many indices
    as the declared shape of what a side differentiates by has axes longer than 1 (a vector
    by p_k, a matrix by P_{ic}), read as the array of its members at that shape; else None."""
    shape = _gradient_shape(ctx, sides)
    if shape is None:
        return None
    rows, cols = shape
    axes = 2 if rows > 1 and cols > 1 else 1
    if not any(len(m.index) == axes and m.base == whole.base and not m.sup and
               m.accents == whole.accents for m in ctx.symbols.values()):
        return None
    if axes == 1:
        members = tuple(Sym(whole.base, (str(k),), "", whole.accents)
                        for k in range(1, rows * cols + 1))
        body = Matrix(tuple((m,) for m in members) if cols == 1 else (members,))
        letters = ("i",)
        kind = "vector"
    else:
        body = Matrix(tuple(tuple(Sym(whole.base, (str(r), str(c)), "", whole.accents)
                                  for c in range(1, cols + 1)) for r in range(1, rows + 1)))
        letters = ("i", "j")
        kind = "matrix"
    said = f"{render(whole)} as the {kind} of the {render(replace(whole, index=letters))}"
    return whole, body, said


def _gradient_shape(ctx, sides: tuple[Node, ...]) -> tuple[int, int] | None:
    """The sizes of what a side differentiates by when its shape is declared (∇_z L with
    z ∈ ℝ^K: (K's size, 1)), small enough to write out; None when no side does."""
    from checker.derive.tree import Deriv

    for node in (n for side in sides for n in walk(side)):
        if isinstance(node, Deriv) and node.order == 1 and not node.var.index:
            shape = ctx.shape_of(node.var.name) if node.var.name in ctx.shapes else None
            if shape is not None and len(shape) == 2 and max(shape) > 1 and \
                    shape[0] * shape[1] <= 2 * SMALL:
                return (shape[0], shape[1])
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
