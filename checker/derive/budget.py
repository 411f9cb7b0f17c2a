"""Time budgets: how long one file (or one exercise's answer) and one whole run may take, so
that no input keeps `grader derive` or `grader check` busy for minutes.

Each formula already has its own limit (formula.FORMULA_SECONDS) and each step its own
(step.STEP_SECONDS); a budget bounds their sum. A formula reached after the budget ran out is
`undecided`, with the budget that ran out as the reason; one under way when it runs out is
stopped at that moment, with the same reason. Deadlines are on the monotonic clock, which
forked workers share, so a run's budget holds across them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

SLACK = 0.05  # less than this left: spent (a time limit that short would fire at once)


@dataclass(frozen=True)
class Budget:
    """What may still be spent: `seconds` for this `scope` ("file", "answer", "run"), ending
    at `end` (monotonic), or sooner when the enclosing budget `within` ends first."""

    scope: str = "file"
    seconds: float = math.inf
    end: float = math.inf
    within: Budget | None = None

    @classmethod
    def start(cls, seconds: float | None, scope: str = "file",
              within: Budget | None = None) -> Budget:
        """A budget of `seconds` from now (None or 0: no limit of its own)."""
        seconds = math.inf if not seconds or seconds <= 0 else float(seconds)
        return cls(scope, seconds, time.monotonic() + seconds, within)

    def binding(self) -> Budget:
        """The budget that ends first: this one or an enclosing one."""
        if self.within is not None and self.within.binding().end < self.end:
            return self.within.binding()
        return self

    def left(self) -> float:
        return self.binding().end - time.monotonic()

    @property
    def spent(self) -> bool:
        return self.left() < SLACK

    @property
    def limited(self) -> bool:
        return math.isfinite(self.binding().end)

    def reason(self, what: str = "this formula") -> str:
        """`the file's time budget of 60 s ran out before this formula`."""
        b = self.binding()
        return f"the {b.scope}'s time budget of {b.seconds:g} s ran out before {what}"

    def stopped(self) -> str:
        """For work under way when the budget ran out."""
        b = self.binding()
        return f"the {b.scope}'s time budget of {b.seconds:g} s ran out while checking it"


UNLIMITED = Budget()
