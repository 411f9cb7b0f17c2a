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
        a step read as numbers (`number`: an example's values, `m = 3`, one point), in the
        text's names too, whatever their values: a repair that only hits the example's
        number (`J·Xᵀ(Xw - t)` with J = 1/2 = 1/n) names no slip, nor one with no names to
        read."""
        general: list = []

        def holds(node) -> bool:
            if not _quietly(lambda: compare(left, self.read(node), self.ctx).agree):
                return False
            if not number:
                return True  # at many points: no number is hit by chance
            if self.general is None or self.left is None:
                return False
            if not general:
                general.append(_quietly(lambda: self.general(self.left), None))
            whole = general[0]
            if whole is None or not getattr(whole, "free_symbols", None):
                return False  # numbers alone: a repair may hit one by chance
            return _quietly(lambda: compare(whole, self.general(node), self.ctx).agree)
        return holds


def _quietly(work: Callable[[], object], failed: object = False):
    """work(), or `failed` when it raises (a side that cannot be read does not hold)."""
    try:
        return work()
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - a repair that cannot be read does not hold
        return failed
