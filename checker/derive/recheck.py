"""A repair of a failed step checked as the step itself was read: under its conditions
(`x < 0` beside `SELU'(x) = SELU(x) + λ`), at the values the text bound (`m = 3`), and, for
a step read as numbers at one point, in the text's names too, whatever their values (a repair
that only hits the example's number by chance names no slip). Used by the refinements of
`diagnosis.REFINEMENTS` (`edit.one_edit`, `repair.symmetric_only`) and by `implication.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from checker.derive.deadline import Timeout
from checker.derive.equivalence import compare


@dataclass(frozen=True)
class Reading:
    """How the failed step was read: `ctx` (under the step's conditions) and `read`, another
    side's value as the step's sides were read (at the values the text bound); `general`,
    a side's value with no value bound, and the step's `left` side as written."""

    ctx: object
    read: Callable[[object], object]
    general: Callable[[object], object] | None = None
    left: object = None

    def holds(self, left, number: bool) -> Callable[[object], bool]:
        """Whether a side read so agrees with `left`: a repair checked as the step was; for
        a step read as numbers (`number`: an example's values, `m = 3`, one point), in the text's
        names too, whatever their values: a repair that only hits the example's number
        (`J·Xᵀ(Xw - t)` with J = 1/2 = 1/n) names no slip, nor one with no names to read."""
        general: list = []

        def agree(a, b) -> bool:
            try:
                return compare(a, b, self.ctx).agree
            except Timeout:
                raise
            except Exception:  # noqa: BLE001 - a repair that cannot be read does not hold
                return False

        def holds(node) -> bool:
            try:
                value = self.read(node)
            except Timeout:
                raise
            except Exception:  # noqa: BLE001 - a repair that cannot be read does not hold
                return False
            if not agree(left, value):
                return False
            if not number:
                return True  # at many points: no number is hit by chance
            if self.general is None or self.left is None:
                return False
            if not general:
                try:
                    general.append(self.general(self.left))
                except Timeout:
                    raise
                except Exception:  # noqa: BLE001 - no general reading: the bound one decides
                    general.append(None)
            whole = general[0]
            if whole is None or not getattr(whole, "free_symbols", None):
                return False  # numbers alone: a repair may hit one by chance
            try:
                return agree(whole, self.general(node))
            except Timeout:
                raise
            except Exception:  # noqa: BLE001 - a repair that cannot be read does not hold
                return False
        return holds
