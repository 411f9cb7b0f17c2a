"""What the child reports, in the submission's own terms.

The child imports the submission as the package ``exercises`` and names its frames after
``<module>.py``; a student submitted ``activations.ipynb`` or nothing at all. `reword` turns
``No module named 'exercises.conv2d'`` into "imports conv2d, but no conv2d.py or conv2d.ipynb
was submitted" (and ``No module named 'matplotlib'`` into "imports matplotlib, which is not
installed beside the grader"), a frame in a notebook into ``activations.ipynb, cell 3, line 2``, and the
file-size limit's ``OSError`` into what the student did (printed or wrote too much), and the
``Operation not permitted`` of a system call the sandbox refuses (a new process, a network socket:
syscalls.py) into what the sandbox allows.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from checker.grade.catalogue import BY_NAME
from checker.grade.submission import Source
from checker.grade.transport import Outcome

_MISSING = re.compile(r"No module named '(exercises\.)?(\w+(?:\.\w+)*)'")
_PLACE = re.compile(r"\b(\w+)\.py, line (\d+)")


def frame_place(frame: str) -> tuple[str, int] | None:
    """(module, line) of a traceback frame as the runner writes it (``dense.py, line 9, in f: ...``)."""
    found = _PLACE.search(frame)
    return (found.group(1), int(found.group(2))) if found else None


def _module(name: str, source: Source) -> str:
    if source.kind == "missing":
        return f"imports {name}, but no {name}.py or {name}.ipynb was submitted"
    return f"imports {name} ({source.path.name if source.path else name}), which could not be loaded (see that exercise)"


def _placed(text: str, sources: Callable[[str], Source]) -> str:
    """``dense.py, line 9`` -> ``dense.ipynb, cell 4, line 1`` when dense was a notebook."""
    def place(found: re.Match[str]) -> str:
        source = sources(found.group(1))
        if source.kind != "ipynb":
            return found.group(0)
        return f"{found.group(1)}.ipynb, {source.where(int(found.group(2)))}"

    return _PLACE.sub(place, text)


def reword(outcome: Outcome, sources: Callable[[str], Source], file_mb: int) -> Outcome:
    """`outcome` with its message and traceback in the submission's terms."""
    message = outcome.message
    found = _MISSING.search(message)
    if found:
        name, sibling = found.group(2), bool(found.group(1)) or found.group(2) in BY_NAME
        what = (_module(name, sources(name)) if sibling else
                f"imports {name}, which is not installed beside the grader (install it in the grader's Python "
                "environment, or do without it)")
        message = f"{message[: found.start()].rsplit(':', 1)[0]}: {what}"
    elif "File too large" in message:
        message = (f"{message.split('OSError', 1)[0]}wrote more than the sandbox's {file_mb} MiB limit on output "
                   "(printing or writing too much?)")
    elif "[Errno 1] Operation not permitted" in message:
        message += (" (the sandbox runs your code as one process without network: new processes (subprocess, "
                    "multiprocessing, os.fork), sockets and a few system calls are refused; threads are fine)")
    message = _placed(message, sources)
    frames = tuple(_placed(line, sources) for line in outcome.traceback)
    if message == outcome.message and frames == outcome.traceback:
        return outcome
    return dataclasses.replace(outcome, message=message, traceback=frames)
