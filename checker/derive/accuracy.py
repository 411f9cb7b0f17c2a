"""An approximation between two formulas of the same names, at the example's values: Stirling
`n! \\approx \\sqrt{2\\pi n}(n/e)^n` with n = 10, a small-angle `\\sin\\theta \\approx \\theta` at
θ = 0.1, a truncated series `e^x \\approx 1 + x + x^2/2` at x = 0.2.

Such a formula is a known approximation whose accuracy the text does not state: notes quote
it, then report how close it comes at their n ("an error of about 0.83 % for 10!", "below
about 0.2 rad the error is well under 1 %"). Its sides are not meant to agree to the digits a
computed value keeps, so a difference at the example's values is no failure by itself. Read
at those values, the step

- holds when the sides agree to within 1 % (relative to the larger), the accuracy such notes
  quote as good; the method shows the relative error;
- fails only when it is off far beyond any approximation: the sides differ by more than an
  order of magnitude and so do their logarithms (an approximation of exponential order,
  `n! \\approx (n/e)^n`, agrees in the logarithm: that is how it is meant);
- is undecided in between (with the relative error), as the accuracy meant is not written.

The sides must be written in the same names, all bound to numbers (an approximation of a
variable by a formula of other names, `\\hat y \\approx \\sigma(wx)`, is a computed value: its
digits decide). None leaves the step to the comparison.
"""

from __future__ import annotations

import math

import sympy as sp

from checker.derive.errors import Undecided
from checker.derive.rounding import written_number

CLOSE = 0.01  # relative error within which an approximation of unstated accuracy holds
FAR = 10.0  # the ratio of the sides (and of their logarithms' sizes) beyond any approximation


def judged(raw: tuple, values: tuple, sides: tuple, atol: float,
           shown: dict[str, float]) -> tuple[str, str] | None:
    """("holds", how) or None (the comparison decides: the sides agree to the digits, differ
    far beyond any approximation, or are not such a formula); raises Undecided in between.
    `raw`: the sides before the example's values; `values`: at them; `sides`: as written;
    `shown`: the example's values by the names the text writes."""
    if not shown or any(written_number(side) is not None for side in sides):
        return None
    names = [getattr(side, "free_symbols", None) for side in raw]
    if not names[0] or names[0] != names[1]:
        return None
    try:
        a, b = (float(sp.N(v)) for v in values)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(a) and math.isfinite(b)) or abs(a - b) <= atol:
        return None
    larger = max(abs(a), abs(b))
    error = abs(a - b) / larger
    at = ", ".join(f"{name} = {value:g}" for name, value in shown.items())
    what = (f"an approximation between formulas whose accuracy the text does not state: at "
            f"the example's values ({at}) the sides differ by {_percent(error)} (relative)")
    if error <= CLOSE:
        return "holds", f"{what}, within {CLOSE:.0%} (the accuracy notes quote as good)"
    if _far(a, b):
        return None
    raise Undecided(f"{what}; it is not read as wrong unless off by more than an order of "
                    "magnitude (state the accuracy meant, or compare with `=` to a rounded "
                    "value)")


def _far(a: float, b: float) -> bool:
    """The sides differ by more than an order of magnitude, and so do their logarithms when
    both are large (an approximation of exponential order agrees there)."""
    small, large = sorted((abs(a), abs(b)))
    if small == 0 or large / small <= FAR:  # (one side 0: no ratio to read)
        return False
    if small > math.e:
        logs = sorted((math.log(small), math.log(large)))
        return logs[1] / logs[0] > 1 + 1 / FAR
    return True


def _percent(error: float) -> str:
    return f"{error * 100:.2g} %" if error < 0.1 else f"{error:.0%}"
