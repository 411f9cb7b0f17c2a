"""A step that holds only at an earlier example's values: a general statement (some name it
writes is given no value anywhere: the t of h'(t)) that agrees with the values a section or case
above gave some of its names (`k = 1` of a finished case, `x = 2` of the last section's
example) and does not agree without them. Whether it is about that example or a general claim
is a guess, as it is for a step that fails only at such values (`claim.Claim.stale`):
undecided, never `holds` (a wrong general formula can agree at one special value: the Weibull
slope at k = 1, where both sides vanish)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.traversal import symbols_of

if TYPE_CHECKING:
    from checker.derive.claim import Claim


def only_at_earlier(c: Claim) -> None:
    """Raises Undecided when the claim's sides, general (a name they write is given no value),
    agree at the values in force and at the earlier example's values (`c.stale`), but not
    without the latter (`c.general`). A step whose every name has a value is the example's
    arithmetic (`v_1 = 0.1` at v_0 = 0 bound long ago): left to hold."""
    written = {str(s) for s in symbols_of(*c.raw)}
    wholes = {n: c.ctx.entries[n][0] if n in c.ctx.entries else n for n in written}
    given = set(c.ctx.bound(set(wholes.values()), c.line))  # (y_1 of y = [1, 0, 0] too)
    if not c.stale or all(whole in given for whole in wholes.values()):
        return  # (every name given a value: the example's arithmetic, `v_1 = 0.1`)
    free = {str(s) for s in symbols_of(*c.general)} & set(c.stale)
    if not free:
        return
    try:
        again = compare(*c.general, c.ctx, atol=c.atol)
    except Exception:  # noqa: BLE001 - not comparable in general: the values decide
        return
    if again.agree:
        return
    values = c.ctx.bound(free, c.line)
    at = ", ".join(f"{c.ctx.shown(k)} = {values[k]} (line {c.stale[k]})"
                   for k in sorted(free) if k in values)
    raise Undecided(f"it holds at the values an earlier example or case gave ({at}), but not "
                    "as the general statement it is written as; if it is about that example, "
                    "give the values again beside it, else it does not hold")
