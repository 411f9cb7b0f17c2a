"""Why a call failed, in words: the one place a check's failure to run is worded.

`plain` says what the student's code raised, with the last lines of its traceback (in their own
files); `hidden` says only what kind of failure it was, for calls that held an instructor's hidden
inputs (what the code raised or printed may carry them). `unimplemented` tells a skeleton's
`NotImplementedError` from a real failure, from the exception's type (the child reports it as
``"Type: message"``), never from words a report shows.
"""

from __future__ import annotations

import builtins

from checker.grade.transport import Outcome

NOT_IMPLEMENTED = "not implemented yet"


def exception(outcome: Outcome) -> str:
    """The name of the exception a failed call raised ("" when it raised none)."""
    return outcome.message.partition(":")[0].strip() if outcome.status == "error" else ""


def unimplemented(outcome: Outcome | None) -> bool:
    return outcome is not None and exception(outcome) == "NotImplementedError"


def plain(outcome: Outcome | None) -> str:
    if outcome is None:
        return "not run"
    if unimplemented(outcome):
        return NOT_IMPLEMENTED
    if exception(outcome) == "MemoryError":
        return "ran out of memory (the sandbox's memory limit)"
    lines = "; ".join(line.strip() for line in outcome.traceback[-2:])
    return f"{outcome.status}: {outcome.message}" + (f" ({lines})" if lines else "")


def hidden(outcome: Outcome | None) -> str:
    """Why a call failed, without what the student's code raised or printed (it saw the inputs)."""
    if outcome is None:
        return "not run"
    if outcome.status == "error":
        name = exception(outcome)
        known = isinstance(getattr(builtins, name, None), type) and issubclass(getattr(builtins, name), BaseException)
        return {"NotImplementedError": NOT_IMPLEMENTED,
                "MemoryError": "ran out of memory (the sandbox's memory limit)"}.get(
            name, f"raised {name if known else 'an exception'} (hidden checks do not show its message)")
    if outcome.status == "skipped":
        return "not run: " + ("the module could not be imported" if "imported" in outcome.message
                              else "an earlier call failed")
    return {"timeout": "timed out (an infinite loop, or far too slow?)",
            "crashed": "the process crashed or was killed"}.get(outcome.status, "failed")
