"""One guard for everything that can go wrong while deciding: a time limit, a formula that
cannot be read or decided, a checker bug. Whatever happens becomes a Step on its line, and
the rest of the document is still checked; "could not read" never becomes "does not hold".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from checker.derive.construct import unsupported
from checker.derive.deadline import Timeout, time_limit
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.result import Step

T = TypeVar("T")


@dataclass(frozen=True)
class Place:
    """Where a step stands and what it claims, for the step that reports a failure."""

    line: int
    lhs: str = ""
    rhs: str = ""
    source: str = ""


def guarded(seconds: float, work: Callable[[], T], failed: Callable[[BaseException], T]) -> T:
    """work() within `seconds`; failed(error) when it raises or its own limit runs out (an
    enclosing limit's Timeout is not ours: it propagates)."""
    token = None
    try:
        with time_limit(seconds) as token:
            return work()
    except Timeout as fired:
        if fired.token is not token:
            raise
        return failed(fired)
    except Exception as err:  # noqa: BLE001 - one odd formula must never stop the report
        return failed(err)  # RecursionError included: a formula nested too deeply


def failure(err: BaseException, at: Place, late: str, doing: str = "while evaluating") -> Step:
    """The step for what went wrong: `late` says which limit ran out, `doing` what was under
    way when an unexpected error came (a checker bug: the formula is worth reporting)."""
    if isinstance(err, Timeout):
        return Step(at.line, "undecided", at.lhs, at.rhs, f"could not decide {late}",
                    source=at.source)
    if isinstance(err, Undecided):
        return Step(at.line, "undecided", at.lhs, at.rhs, f"could not decide: {err}",
                    source=at.source)
    if isinstance(err, ShapeMismatch):
        return Step(at.line, "fails", at.lhs, at.rhs, getattr(err, "method", "matrix shapes"),
                    None, str(err), at.source)
    if isinstance(err, Unreadable):
        return Step(at.line, "unreadable", at.lhs, at.rhs,
                    f"could not read: expected {err.expected}, found {err.received}",
                    source=at.source)
    if isinstance(err, RecursionError):
        return Step(at.line, "undecided", at.lhs, at.rhs,
                    "could not decide: the definitions nest too deeply", source=at.source)
    return Step(at.line, "undecided", at.lhs, at.rhs, unsupported(err, doing), source=at.source)
