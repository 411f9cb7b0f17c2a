"""Kin symbols: a whole (X, C, y) and the indexed members of its letter (x_i, c_i, y_i) that the
text never ties together. `∇ℓ = Σ_i (σ(z_i) - y_i) x_i = Xᵀ(σ(Xw) - y)` and `½Σ_i c_i(y_i -
x_iᵀw)² = ½(y - Xw)ᵀC(y - Xw)` rely on conventions every course uses without saying: X's rows
are the x_iᵀ (its columns in some texts, which declare it), y is the vector of the y_i, C =
diag(c_i) for weights c_i. Read as unrelated names, such a step differs; read under one of
those conventions, at the small sizes the step was checked at, it may hold.

`kin_reading` is a reading of a failing step (alternative.READINGS; also of one that took a
guess, where it may only show that the step holds): it holds under a convention (said in its
method); a step that holds only with X's columns as the x_i, which a text declares, or a
convention that could not be read, leaves it undecided, naming the kin and the declaration
that decides; under every convention it differs, it still fails.

A step whose sides do not even conform as read is read again by step._as_kin with the wholes
`stacking.py` gives their kin's meaning or shape.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import sympy as sp

from checker.derive.attempt import Attempt, sides
from checker.derive.deadline import Timeout
from checker.derive.dimension import SMALL
from checker.derive.equivalence import Comparison, compare
from checker.derive.errors import ShapeMismatch
from checker.derive.quantity import real
from checker.derive.render import render
from checker.derive.tree import Sym
from checker.derive.variance import representatives
from checker.derive.traversal import free_symbols


@dataclass(frozen=True)
class Kin:
    """A whole (`whole`, its SymPy name) and its letter's members 1..n (`members`, SymPy
    names in index order), each a scalar (`length` 0) or a vector of `length` entries laid
    out as a column (`column`) or a row."""

    whole: Sym
    members: tuple[str, ...]
    length: int
    column: bool = True
    family: Sym = Sym("x", ("i",))  # the members as the text writes them at an index


@dataclass(frozen=True)
class Convention:
    """One way a whole is made of its kin: `kind` is "rows" (the members' transposes are its
    rows), "columns", "vector" (the column of the scalar members) or "diagonal" (diag of
    them); `shape` is the whole's under it."""

    kind: str
    kin: Kin

    @property
    def shape(self) -> tuple[int, int]:
        n, d = len(self.kin.members), self.kin.length
        return {"rows": (n, d), "columns": (d, n), "vector": (n, 1),
                "diagonal": (n, n)}[self.kind]

    def entry(self, row: int, col: int) -> sp.Expr:
        """The whole's (row, col) entry (1-based) under the convention."""
        members = self.kin.members
        if self.kind in ("vector", "diagonal"):
            if self.kind == "diagonal" and row != col:
                return sp.Integer(0)
            return real(members[row - 1])
        k, j = (row, col) if self.kind == "rows" else (col, row)
        at = (j, 1) if self.kin.column else (1, j)
        return real(f"{members[k - 1]}[{at[0]},{at[1]}]")

    def said(self) -> str:
        """The convention in words, for the method."""
        whole, member = render(self.kin.whole), _family(self.kin)
        return {"rows": f"{whole}'s rows as the {member}ᵀ",
                "columns": f"{whole}'s columns as the {member}",
                "vector": f"{whole} as the vector of the {member}",
                "diagonal": f"{whole} as diag({member})"}[self.kind]


def _family(kin: Kin) -> str:
    """The members as the text writes them at an index (x_i)."""
    return render(kin.family)


def kin(attempt: Attempt) -> list[Kin]:
    """The kin the step's values hold: a whole that is one letter (X, C, y), neither defined
    nor given values, beside members 1..n of the same letter in lower case (x_1, x_2, x_3),
    themselves undefined, all scalars or all vectors of one length and layout."""
    ctx, line = attempt.ctx, attempt.line
    names: dict[str, set[tuple[int, int]]] = {}
    for value in (attempt.lv, attempt.rv):
        for s in free_symbols(value, ()):
            owner, row, col = ctx.entries.get(str(s), (str(s), 0, 0))
            names.setdefault(owner, set()).add((row, col))
    syms = {n: ctx.symbols[n] for n in names if n in ctx.symbols}
    # Var(w) beside Var(w_1 x_1) of i.i.d. w_i: w is any member, not their vector
    standing = representatives((attempt.lv, attempt.rv), ctx.randomness is not None and
                               ctx.randomness.identical)
    out = []
    for whole in (s for s in syms.values() if plain_letter(s) and not s.index):
        if ctx.lookup(whole, line) is not None or whole.name in ctx.tuples or \
                ctx.bound({whole.name}, line) or whole.name in standing:
            continue
        members = sorted(((int(s.index[0]), n) for n, s in syms.items()
                          if len(s.index) == 1 and s.index[0].isdigit() and not s.sup and
                          s.base == whole.base.lower() and s.accents == whole.accents and
                          ctx.lookup(s, line) is None and not ctx.bound({n}, line)))
        if len(members) < 2 or [k for k, _ in members] != list(range(1, len(members) + 1)) \
                or len(members) > SMALL:
            continue
        shapes = {max(names[n]) for _, n in members}
        if len(shapes) != 1:
            continue
        rows, cols = shapes.pop()
        if min(rows, cols) > 1 or max(rows, cols) > SMALL:
            continue  # (a matrix member, or one too long to check)
        first = syms[members[0][1]]
        out.append(Kin(whole, tuple(n for _, n in members), max(rows, cols) if
                       (rows, cols) != (0, 0) else 0, column=cols <= 1,
                       family=replace(first, index=("i",))))
    return out


def plain_letter(sym: Sym) -> bool:
    """One Latin letter, no superscript: X, C, y (not Σ beside σ_i, nor a word)."""
    return len(sym.base) == 1 and sym.base.isascii() and sym.base.isalpha() and not sym.sup


def conventions(k: Kin) -> tuple[Convention, ...]:
    """The conventional readings of one kin, most usual first: a capital beside vectors is
    stacked by rows or columns, beside scalars (weights c_i) their diagonal; a lower-case
    whole beside scalars (y beside y_i) is their vector."""
    if k.length:
        return (Convention("rows", k), Convention("columns", k)) if k.whole.base.isupper() \
            else ()
    return (Convention("diagonal" if k.whole.base.isupper() else "vector", k),)


def under(attempt: Attempt, chosen: tuple[Convention, ...]) -> Comparison | bool | None:
    """Whether the step holds with each chosen whole made of its kin at the chosen
    convention's shape (its declared shape, when it has one, must be that shape), the other
    names' shapes inferred again, else as the step first inferred them (as certain as its
    reading was): the agreeing comparison, False (it differs, or its shapes do not conform),
    None when it cannot be read so."""
    ctx = attempt.ctx
    chosen = tuple(_declared(ctx, c) for c in chosen)
    if any(c.kin.whole.name in ctx.shapes and ctx.shape_of(c.kin.whole.name) != c.shape
           for c in chosen):
        return False  # a declared shape rules the convention out
    inferred = {n: tuple(map(str, s)) for n, s in attempt.low.inferred.items()
                if n in ctx.symbols and not ctx.symbols[n].index}  # (w as the step read it)
    return _read(attempt, chosen, {}) or _read(attempt, chosen, inferred)


def _read(attempt: Attempt, chosen: tuple[Convention, ...], pinned: dict
          ) -> Comparison | bool | None:
    """The step read again with the chosen wholes at their conventions' shapes (the names
    `pinned` at the shapes given), each whole's entries then put in as its kin's."""
    ctx = attempt.ctx
    shapes = {**pinned, **ctx.shapes}
    for c in chosen:
        shapes.setdefault(c.kin.whole.name, tuple(str(size) for size in c.shape))
        if c.kin.length:  # (the members' layout as read: X's shape no longer implies it)
            member = (str(c.kin.length), "1") if c.kin.column else ("1", str(c.kin.length))
            shapes.update((m, shapes.get(m, member)) for m in c.kin.members)
    again = replace(ctx, shapes=shapes, dims=dict(ctx.dims), entries=dict(ctx.entries),
                    symbols=dict(ctx.symbols))
    try:
        again, lv, rv = sides(attempt, again)
        swap = {}
        for c in chosen:
            rows, cols = c.shape
            for r, col in itertools.product(range(1, rows + 1), range(1, cols + 1)):
                swap[real(again.entry(c.kin.whole.name, r, col))] = c.entry(r, col)
        found = compare(lv.xreplace(swap), rv.xreplace(swap), again, atol=attempt.atol)
        return found if found.agree else False
    except Timeout:
        raise
    except (sp.ShapeError, ShapeMismatch):
        return False
    except Exception:  # noqa: BLE001 - not read under it: no evidence either way
        return None


def _declared(ctx, c: Convention) -> Convention:
    """The convention with the members' length a declared shape of the whole gives (X ∈
    ℝ^{n×d}: rows of d entries), when its count of rows (columns) is the members' count."""
    shape = ctx.shape_of(c.kin.whole.name)
    if shape is None or len(shape) != 2 or c.kind not in ("rows", "columns"):
        return c
    count, length = shape if c.kind == "rows" else shape[::-1]
    if count != len(c.kin.members) or length > SMALL:
        return c
    return replace(c, kin=replace(c.kin, length=length))


def kin_reading(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step holding kin the text never ties: ("holds", under which convention)
    when it holds under the usual ones (columns only where the whole's declared shape says
    so); ("undecided", the kin and what decides) when it holds only with undeclared columns
    or some reading could not be made; None when it differs under every one."""
    found = [k for k in kin(attempt) if conventions(k)][:3]
    if not found:
        return None
    unread = []
    for chosen in itertools.product(*(conventions(k) for k in found)):
        result = under(attempt, chosen)
        if result is None:
            unread.append(chosen)
            continue
        if not result:
            continue
        said = " and ".join(c.said() for c in chosen)
        columns = [c for c in chosen if c.kind == "columns" and
                   c.kin.whole.name not in attempt.ctx.shapes]
        if not columns:
            shaped = [render(c.kin.whole) for c in chosen
                      if c.kin.whole.name in attempt.ctx.shapes]
            why = f"the one {shaped[0]}'s shape allows" if shaped else \
                "the usual convention; the text does not tie them"
            return "holds", f"{result.method}, reading {said} ({why})"
        return "undecided", (
            f"could not decide: as read it does not hold, but it does reading {said}; "
            f"most texts stack the {_family(columns[0].kin)}ᵀ as the rows of "
            f"{render(columns[0].kin.whole)} (declare its shape: `<!-- grader: shape "
            f"{render(columns[0].kin.whole)} (d, n) -->` for columns)")
    if unread:
        kin_said = ", ".join(f"{render(k.whole)} beside {_family(k)}" for k in found)
        first = unread[0][0]
        whole = render(first.kin.whole)
        advice = f"declare its shape: `<!-- grader: shape {whole} (n, d) -->` for rows, " \
            "(d, n) for columns" if first.kind in ("rows", "columns") else \
            f"define it: `<!-- grader: define {whole} = ... -->`"
        return "undecided", (
            f"could not decide: as read it does not hold, reading {kin_said} as unrelated "
            f"names; read as {' and '.join(c.said() for c in unread[0])} it could not be "
            f"checked ({advice})")
    return None

