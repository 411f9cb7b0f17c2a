"""A step that differs as read, read again another way (difference.differs): over other
lengths of its open ranges (`over`), with a member outside the range a sum runs over
(`apart`), with the names of a recurrence the line derives read through their earlier
definition (`through_definition`). Holding so, the reading as made was a guess."""

from __future__ import annotations

from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.definition import derived_recurrence, restore, without
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.guess import Guess
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.summation import outside_member
from checker.derive.tree import Node, Sym, walk


def over(ctx: Context, low: Lowering, sides: tuple[Node, Node], held, atol: float,
          line: int):
    """Whether the step holds read with its open ranges (Σ_i, max_i) over k members."""
    def holds(k: int) -> bool:
        again = low.again()
        again.open_length = k
        try:
            lv, rv = (ctx.at_bound_values(again.expr(n, hold=held), line) for n in sides)
            return compare(lv, rv, ctx, atol=atol).agree
        except Timeout:
            raise
        except Exception:  # noqa: BLE001 - not read over k: no evidence it holds
            return False
    return holds


def apart(ctx: Context, low: Lowering, sides: tuple[Node, Node], held, atol: float,
           line: int) -> list[Guess]:
    """∂J/∂u_o beside Σ_{k=1}^{K} over u_k (summation.outside_member): as read, u_o is one of
    the u_k; if the step holds with u_o outside their range, which one is meant is a guess."""
    found = outside_member(low, sides)
    if found is None:
        return []
    var, total = found
    letter = var.index[0]
    again = low.again()
    again.free_index[letter] = 11  # past any range expanded (at most 12 terms), not its end
    try:
        lv, rv = (ctx.at_bound_values(again.expr(n, hold=held), line) for n in sides)
        if not compare(lv, rv, ctx, atol=atol).agree:
            return []
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - not read apart: the step is decided as read
        return []
    shown, k = render(var), total.index
    return [Guess(f"{shown} read as one of the {var.stem}_{k} the sum over {k} runs over; "
                  f"it holds with {shown} outside that range",
                  f"say which: `\\sum_{{{k} \\ne {letter}}}`, or `{k} = 1..K` with "
                  f"{shown} not among them")]


def through_definition(ctx: Context, low: Lowering, sides: tuple[Node, Node], held,
                        atol: float, line: int) -> list[Guess]:
    """`e_{k+1} = e_k - η(Ax_k - Ax^*) = (I - ηA)e_k` after `e_k = x_k - x^*`: as read, e_k
    is the recurrence the chain derives; read through its definition instead, does the step
    hold (or hold but for a reading this checker doubts, I the identity)? Then the reading
    is a guess."""
    syms = [n for node in low.reach(sides) for n in walk(node) if isinstance(n, Sym)]
    hidden = derived_recurrence(ctx, syms, line)
    if not hidden:
        return []
    changed = without(ctx, hidden, line)
    try:
        again = low.again()
        lv, rv = (ctx.at_bound_values(again.expr(n, hold=held), line) for n in sides)
        if not compare(lv, rv, ctx, atol=atol).agree:
            return []
    except Timeout:
        raise
    except Undecided:
        pass  # it holds but for a reading of its own (I as the number 1)
    except Exception:  # noqa: BLE001 - not read so: the step is decided as read
        return []
    finally:
        restore(ctx, hidden, changed)
    name = render(hidden[0].name)
    return [Guess(f"the names of the recurrence this line derives ({name}) read through it, "
                  "not through their definition earlier in the text",
                  f"derive {name} on a line of its own, or write its definition again here")]
