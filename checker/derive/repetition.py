"""A stated derivative stated again: `∂L/∂z = a - y` on one line (taken as given: L is never
defined in terms of z), then `∂L/∂z = 0.6 - 1` below it at the example's values, or the
family `∂L/∂z_i = p_i - y_i` and then its member `∂L/∂z_2 = 0.242 - 0` (with p_2 = 0.242 and
y_2 = 0 given).

The later line is no new statement: it writes again what the earlier one stated, at numbers
or at an index. Read with the earlier statement as the derivative's value (the facts before
this line only; the family's letter at the member's index), the step holds when its sides
agree: the substitution is what a reader checks there. When they differ, the line may take
another case (an example's new values), or one of the two lines is wrong, but which one is not
known (the earlier one is itself unchecked: the text never defines the name), so the step stays
undecided and says so; it never fails here. Nothing is read where the earlier statement needs a
guess: a sum with no range written (`Σ_i g_i x_{i+j}`: over which members, counted from
where?), or a family letter inside a computed index (`x_{i+j}`, `k_{m-i}`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import doubt
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.tree import Deriv, Entry, Node, Shift, Sum, Sym, rewrite

if TYPE_CHECKING:
    from checker.derive.claim import Claim


@dataclass(frozen=True)
class Earlier:
    """The earlier statement a step writes again: its line, the names of the derivative as
    it wrote it (L and k_j), the index letters set to the step's numbers (j → 0; empty for
    the same derivative), and the value it states."""
    line: int
    names: tuple[str, str]
    letters: tuple[tuple[str, int], ...]
    value: Node


def earlier_statement(left: Node, facts: dict, line: int) -> Earlier | None:
    """The nearest line before `line` that states the derivative `left` (`∂L/∂z`), or the
    family it is a member of (`∂L/∂k_j` for `∂L/∂k_0`: the variable's letters where the step
    has whole numbers, each letter one number); None when no earlier line states either."""
    if not isinstance(left, Deriv) or left.num is None or left.order != 1:
        return None
    power = f"^{left.power}" if left.power > 1 else ""
    num, var = left.num.name, left.var
    same = [(at, value) for at, value in facts.get((num, var.name + power), ()) if at < line]
    if same:
        return Earlier(same[-1][0], (num, var.name + power), (), same[-1][1])
    numbers = tuple(_whole(i) for i in var.index)
    if not numbers or any(n is None for n in numbers):
        return None
    pattern = _pattern(var, len(numbers), power)
    found: list[Earlier] = []
    for (head, by), said in facts.items():
        match = pattern.fullmatch(by) if head == num else None
        if match is None:
            continue
        letters = tuple(zip(match.groups(), numbers))
        if len(dict(letters)) != len(letters):  # (∂L/∂W_{ii}: one letter, two numbers?)
            continue
        found += [Earlier(at, (num, by), letters, value) for at, value in said
                  if at < line]
    return max(found, key=lambda e: e.line, default=None)


def _pattern(var: Sym, count: int, power: str) -> re.Pattern:
    """The names of `var`'s family with one letter at each index (`k_j`, `W_i,j`)."""
    marks = tuple(f"@{k}@" for k in range(count))
    text = re.escape(var.name_at(marks) + power)
    for mark in marks:
        text = text.replace(re.escape(mark), "([a-zA-Z])")
    return re.compile(text)


def _whole(index) -> int | None:
    return int(index) if isinstance(index, str) and index.isdigit() else None


def at_member(value: Node, letters: dict[str, int]) -> Node | None:
    """The family's statement at the member's indices: each index letter written alone, or
    shifted (t-1), replaced by its number (`p_i - y_i` at i = 2: `p_2 - y_2`, the names the
    member's own line writes); None when a letter is used otherwise (in an index such as
    `i+j`, as a value of its own, as a sum's index, or in an entry's index)."""
    spoiled = []

    def number(index: str) -> str:
        if isinstance(index, Shift) and index.letter in letters:
            return str(letters[index.letter] + index.by)
        if index in letters:
            return str(letters[index])
        if any(ch in letters for ch in index):
            spoiled.append(index)
        return index

    def change(node):
        if isinstance(node, Sum) and node.index in letters or \
                isinstance(node, Entry) and any(ch in letters for i in node.index for ch in i):
            spoiled.append(node)
        if not isinstance(node, Sym):
            return None
        if not node.index and node.base in letters:
            spoiled.append(node)
        return replace(node, index=tuple(number(i) for i in node.index))

    found = rewrite(value, change)
    return None if spoiled else found


def restated(c: Claim) -> tuple[str, str] | None:
    """The verdict on a step that writes again a derivative an earlier line stated (`Claim`
    c, whose left side is taken as given on its own line): ("holds", how) when its sides
    agree read with the earlier statement; undecided (raises) when they differ; None when no
    earlier line states it, or the step does not read with the earlier statement."""
    earlier = earlier_statement(c.left, c.ctx.facts, c.line)
    if earlier is None:
        return None
    value = at_member(earlier.value, dict(earlier.letters))
    if value is None:
        return None
    ctx = replace(c.ctx, facts_before=c.line)
    try:
        low = Lowering(ctx, c.line, calls=c.low.calls, wrt=c.low.wrt,
                       free_index=dict(c.low.free_index))
        sides = tuple(ctx.at_bound_values(low.expr(n), c.line) for n in (value, c.right))
    except Exception:  # noqa: BLE001 - a reading that fails decides nothing
        return None
    if not all(isinstance(s, (sp.Expr, sp.MatrixBase)) for s in sides) or \
            any(s.atoms(sp.Derivative) or s.atoms(sp.core.function.AppliedUndef)
                for s in sides):
        return None  # (the earlier statement did not give the derivative a value here)
    try:
        cmp = compare(sides[0], sides[1], ctx, atol=c.atol)
    except Undecided:
        return None
    if doubt.guesses(low, *sides) or low.open_ranges or \
            any(not written for _, _, written in low.sums):
        return None  # (Σ_i with no range written: over which members, counted from where?)
    at = ", ".join(f"{letter} = {n}" for letter, n in earlier.letters)
    num, by = (c.ctx.shown(n) for n in earlier.names)
    where = f"line {earlier.line}'s ∂{num}/∂{by}" + (f" at {at}" if at else "")
    if cmp.agree:
        return "holds", (f"{cmp.method}, with {where} as its value (the text states it, never "
                         "derives it: this line writes it again)")
    raise Undecided(f"it differs from {where}, which the text states without deriving it: "
                    "another case (new values), or one of the two lines is wrong, and which "
                    f"one is not known (define {render(c.left.num)} in terms of "
                    f"{render(c.left.var)} to decide)")
