"""What a child's run comes to: the outcomes of the calls it finished, and the crash of the one
it did not.

The watcher (`watch.py`) records which calls started and ended and how the child's life ended
(its fate and wait status); this module turns that record into one `Outcome` per call, with a
message that names the likely cause (a limit, a signal, an `os._exit` in the code) and the
last line the child printed.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from checker.grade.transport import Outcome
from checker.grade.watch import Run

WHY = {"SIGXCPU": "CPU time limit", "SIGKILL": "killed (memory or time limit)",
       "SIGSEGV": "crashed (stack overflow from deep recursion?)", "SIGXFSZ": "file size limit"}


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


def message(fate: str, returncode: int | None, timeout: float, tail: str) -> tuple[str, str]:
    """Status and message of the call a child was running when it stopped: `fate` is the
    watcher's ("timeout", "tampered", ...), `returncode` the child's (None: lost with its
    fork server), `tail` the end of its output."""
    if fate == "timeout":
        return "timeout", f"timed out after {timeout:g} s (an infinite loop, or far too slow?)"
    if fate == "tampered":
        return "crashed", "the call's inputs could not be handed over: the code changed the grader's files in its folder (hold/)"
    if returncode is None:  # its exit status died with the fork server
        text = "the process was killed with the sandbox's fork server (did the submission's code kill it?)"
    elif returncode < 0:
        name = _signal_name(returncode)
        text = f"the process died: {name}, {WHY.get(name, 'crashed')}"
    else:
        text = f"the process ended during the call (exit code {returncode}; os._exit or exit in the code?)"
    last = tail.strip().splitlines()[-1:] if tail.strip() else []
    return "crashed", text + (f"; last output: {last[0][:200]}" if last else "")


def outcomes(run: Run, timeouts: dict[str, float], tail: str, read: Any) -> dict[str, Outcome]:
    """One outcome per call the child started, up to the first that did not end; `read` reads
    a finished call's result files."""
    found = {}
    returncode = os.waitstatus_to_exitcode(run.wait_status) if run.wait_status is not None else None
    for call_id in run.started:
        if call_id in run.ended:
            found[call_id] = run.outcome(call_id, read)
        else:
            status, text = message(run.fate, returncode, timeouts.get(call_id, 0), tail)
            found[call_id] = Outcome(call_id, status, text, wall=run.walls.get(call_id))
            break
    if not run.started and run.failure:
        found["__import__"] = Outcome("__import__", "crashed", f"the sandbox could not make the child: {run.failure}")
    return found
