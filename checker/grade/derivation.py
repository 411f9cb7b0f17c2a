"""Derivation exercises: `derivations/<name>.md` of a submission → points, in the grader's process
or a fork of it (`Forked`, below).

The answer is text, not code, so no sandbox: the derivation checker reads it (each step has
its own time limit in the checker). It is still untrusted input: at most MAX_BYTES, a regular
file inside the submission (no symlink out of it), UTF-8 text, at most MAX_FORMULAS formulas
under `## Your steps`; anything else is an error for this exercise, never a crash.

The definitions and the target are the template's, kept in the reference manifest by
`grader refs build` (`templates`): the student's own copy of them is not trusted, so editing
the target or a definition changes nothing but a note.

Points: TARGET_POINTS when the last line ends at the target, plus STEP_POINTS less a fixed
cost per mistake: STEP_POINTS / the number of steps the worked solution takes (stored by
`grader refs build`), so steps that only restate a line (padding) earn nothing, and a wrong
derivation cannot be diluted. Every counted step is listed as a check of its own (worth no
points: feedback), then one "steps" check carries the step points. A derivative taken as given
(of a name the text never defines) is not counted: it states a value and checks nothing (a note
names it). A step that does not hold as written but returns to the last expression that held
(`A = B = C`, B wrong, C = A) is no second mistake: the wrong step before it already cost one.

`Forked` grades them in a process forked from the grader while the sandboxed exercises run:
SymPy's import and the checking then use another core instead of the grader's GIL, and the
checker's time limits (a signal) still fire in that process's only thread. Results come back
as JSON on a pipe.
"""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import threading
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import GraderError
from checker.grade.results import CheckResult, ExerciseResult

if TYPE_CHECKING:
    from checker.derive.budget import Budget
    from checker.derive.result import Step

TARGET_POINTS, STEP_POINTS = 1.0, 2.0
MAX_POINTS = TARGET_POINTS + STEP_POINTS
MAX_BYTES, MAX_FORMULAS = 32 * 1024, 40
ANSWER_SECONDS, RUN_SECONDS = 30.0, 90.0  # time budgets: one answer, all of a run's answers
PREFIX = "derivations/"
ANSWER_HEADING = "## Your steps"  # as in checker.derivations.exercise (imported late: SymPy)
LABEL = {"fails": "does not hold", "unreadable": "could not be read", "undecided": "could not be decided"}
# a Python exception's name in a step's reason: the checker itself failed (a bug or a limit of
# the checker), which a student is told in their terms, never as "AttributeError while evaluating"
_INTERNAL = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b")
CHECKER_FAILED = ("the checker failed while evaluating this step (a fault of the checker, not a finding about "
                  "your step): write the step another way (expand or simplify it) to have it checked, or ask your "
                  "instructor")


def templates(folder: Path, names: list[str]) -> dict[str, str]:
    """Each exercise's text above `## Your steps` (definitions and target), from the worked solutions."""
    heads = {}
    for name in names:
        text = (folder / f"{name.removeprefix(PREFIX)}.md").read_text(encoding="utf-8")
        heads[name] = text[:text.index(ANSWER_HEADING)]
    return heads


def worked_steps(folder: Path, names: list[str]) -> dict[str, int]:
    """How many counted steps each worked solution takes: the scale of a mistake's cost."""
    from checker.derivations.exercise import check_exercise

    return {name: len(check_exercise((folder / f"{name.removeprefix(PREFIX)}.md").read_text(encoding="utf-8")).counted)
            for name in names}


def _read(directory: Path, name: str) -> str | None:
    """The answer's text; None when there is none. Raises GraderError for a file we will not read."""
    from checker.derive import read_document
    path = directory / f"{name}.md"
    if not path.exists() and not path.is_symlink():
        return None
    where = f"{name}.md"
    if path.is_symlink() or not path.resolve().is_relative_to(directory.resolve()):
        raise GraderError("a Markdown file inside the submission", f"{where}, a link to elsewhere",
                          "Submit the file itself, not a link.")
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise GraderError("a Markdown file", f"{where}, which is not a regular file", "Submit the .md file.")
    if info.st_size > MAX_BYTES:
        raise GraderError(f"at most {MAX_BYTES // 1024} KiB", f"{where} of {info.st_size} bytes",
                          "Keep to the steps of the derivation.")
    return read_document(path)


def _detail(step: Step, line: int) -> str:
    text = f"line {line}: `{step.source.strip()[:120]}` {LABEL[step.verdict]}"
    if step.verdict == "fails" and (step.lhs or step.rhs):
        text += f" ({step.lhs} {'≉' if step.relation == '≈' else '≠'} {step.rhs})"
    if step.verdict != "fails" and _INTERNAL.search(step.method):
        return f"{text}: {CHECKER_FAILED}"
    if step.verdict != "fails" or step.counterexample is None:
        return f"{text}: {step.method}"
    ce = step.counterexample
    values = ", ".join(f"{k}={v:g}" for k, v in ce.values.items()) or "any values"
    text += f"; counterexample: {values} gives left {ce.left:g}, right {ce.right:g}"
    return text + (f"; likely: {step.diagnosis}" if step.diagnosis else "")


def _step_checks(counted: tuple[Step, ...], shift: int, worked: int) -> list[CheckResult]:
    from checker.derivations.exercise import credited
    if not counted:
        return [CheckResult("steps", False, 0.0, STEP_POINTS, "no step checks the derivation: every "
                            "step states a derivative of a name the template does not define")]
    checks = []
    for k, s in enumerate(counted, start=1):
        message = "holds" if s.verdict == "holds" else _detail(s, s.line + shift)
        if s.verdict != "holds" and credited(s):
            message = (f"line {s.line + shift}: `{s.source.strip()[:120]}` does not hold as written but "
                       f"returns to line {s.recovers + shift}, the last expression that held; the mistake "
                       "is the step before it, which already counts")
        checks.append(CheckResult(f"step {k} (line {s.line + shift})", credited(s), 0.0, 0.0, message,
                                  line=None if credited(s) else s.line + shift))
    mistakes = sum(not credited(s) for s in counted)
    cost = STEP_POINTS / max(worked, 1)
    score = max(0.0, STEP_POINTS - cost * mistakes)
    summary = (f"all {len(counted)} steps hold" if not mistakes else
               f"{mistakes} of {len(counted)} steps do not hold; each mistake costs {cost:.3g} of "
               f"{STEP_POINTS:g} points (the worked solution takes {worked} steps)")
    checks.append(CheckResult("steps", not mistakes, score, STEP_POINTS, summary))
    return checks


def _result(name: str, status: str, checks: list[CheckResult], notes: tuple[str, ...] = (),
            file: str = "") -> ExerciseResult:
    score = round(sum(c.score for c in checks), 6)
    return ExerciseResult(name, score, MAX_POINTS, status, tuple(checks), notes, file=file)


def _zero(name: str, status: str, why: str, notes: tuple[str, ...] = (), file: str = "") -> ExerciseResult:
    return _result(name, status, [CheckResult(name, False, 0.0, MAX_POINTS, why)], notes, file)


def grade(directory: Path, name: str, manifest: dict[str, Any], run: Budget | None = None) -> ExerciseResult:
    """Grade `directory/<name>.md` (name: `derivations/mse_gradient`); see the module docstring.
    The answer may take ANSWER_SECONDS, and all answers of the `run` RUN_SECONDS: a step the
    budget does not reach is undecided, with that reason."""
    from checker.derivations.exercise import check_exercise, taken_as_given
    from checker.derive.budget import Budget
    from checker.derive.markdown import DIRECTIVE, read_math

    zero = lambda status, why, notes=(): _zero(name, status, why, notes)  # noqa: E731
    head = manifest.get("derivations", {}).get(name)
    if head is None:
        return zero("error", f"no template for {name} in the reference data; run `grader refs build`")
    try:
        text = _read(directory, name)
    except GraderError as error:
        return zero("error", str(error))
    if text is None:
        return zero("not submitted", f"no {name}.md (copy exercises/{name}.md and write your steps)")
    zero = lambda status, why, notes=(): _zero(name, status, why, notes, f"{name}.md")  # noqa: E731
    if ANSWER_HEADING not in text:
        return zero("error", f"expected a `{ANSWER_HEADING}` heading in {name}.md; received none. "
                             f"Start from exercises/{name}.md.")
    mine, answer = text[:text.index(ANSWER_HEADING)], text[text.index(ANSWER_HEADING):]
    directives = DIRECTIVE.findall(answer)  # `<!-- grader: define ... -->` would change the template's names
    answer = DIRECTIVE.sub(lambda found: "\n" * found.group(0).count("\n"), answer)
    try:
        notes: tuple[str, ...] = ()
        if directives:
            notes += (f"{len(directives)} `<!-- grader: ... -->` directive(s) in your answer ignored: the "
                      "definitions are the template's",)
        if mine.split() != head.split():
            notes += (f"your text above `{ANSWER_HEADING}` differs from the template's; graded with "
                     "the template's definitions and target",)
        formulas = len(read_math(answer)[0])
        if formulas > MAX_FORMULAS:
            return zero("error", f"expected at most {MAX_FORMULAS} formulas under `{ANSWER_HEADING}`; "
                                 f"received {formulas}. Keep to the steps of the derivation.", notes)
        result = check_exercise(head + answer, f"{name}.md", Budget.start(ANSWER_SECONDS, "answer", run))
    except Exception:  # noqa: BLE001 - an odd file must never stop the other exercises
        return zero("error", f"the derivation checker failed on {name}.md (a fault of the grader, not a finding "
                             "about your derivation): please report it to your instructor with the file")
    shift = mine.count("\n") - head.count("\n")  # report the student's own line numbers
    if not result.steps:
        return zero("not implemented", "no steps written yet", notes)
    notes += tuple(f"line {s.line + shift}: {s.method.split(';')[0]}; not counted for points"
                   for s in result.steps if taken_as_given(s))
    worked = manifest.get("derivation_steps", {}).get(name)
    if not worked:
        return zero("error", f"no worked-solution step count for {name} in the reference data; "
                             "run `grader refs build`", notes)
    checks = _step_checks(result.counted, shift, worked)
    goal_left = result.target.split("=")[0].strip()
    reached = (f"the last line ends at the target {result.target}" if result.reaches_target else
               f"the last line's chain does not start from {goal_left}, the target's left side: derive "
               f"the target in one chain ({goal_left} = ... with `$$= ...$$` lines continuing it)"
               if not result.starts else
               f"the last line ends at {result.final or 'nothing'}; expected the right side of {result.target}")
    last = None if result.reaches_target else result.steps[-1].line + shift
    checks.append(CheckResult("reaches the target", result.reaches_target,
                              TARGET_POINTS if result.reaches_target else 0.0, TARGET_POINTS, reached, line=last))
    return _result(name, "passed" if result.passed else "failed", checks, notes, f"{name}.md")


def timed(directory: Path, name: str, manifest: dict[str, Any], run: Budget | None = None) -> ExerciseResult:
    """`grade` (within the run's budget), with the wall-clock time it took."""
    start = time.monotonic()
    result = grade(directory, name, manifest, run)
    return replace(result, seconds=time.monotonic() - start)


def _run_budget() -> Budget:
    from checker.derive.budget import Budget

    return Budget.start(RUN_SECONDS, "run")


def _from_json(record: dict[str, Any]) -> ExerciseResult:
    checks = tuple(CheckResult(**c) for c in record.pop("checks"))
    return ExerciseResult(**{**record, "checks": checks, "notes": tuple(record["notes"])})


class Forked:
    """The derivation exercises `names` graded in a forked process, started at once (see the
    module docstring); in this process when it has other threads (fork would copy their locks)
    or cannot fork."""

    def __init__(self, directory: Path, names: list[str], manifest: dict[str, Any]) -> None:
        self.args, self.names, self.pid = (directory, manifest), names, 0
        if not names or threading.active_count() > 1 or not hasattr(os, "fork"):
            return
        read_fd, write_fd = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:  # out of processes or memory: grade them here, as without fork
            os.close(read_fd)
            os.close(write_fd)
            return
        if self.pid == 0:  # the child: grade, write, and leave without the parent's atexit or buffers
            try:
                os.close(read_fd)
                run = _run_budget()
                text = json.dumps([asdict(timed(directory, n, manifest, run)) for n in names])
                with os.fdopen(write_fd, "wb") as out:
                    out.write(text.encode())
            finally:
                os._exit(0)
        os.close(write_fd)
        self.pipe = os.fdopen(read_fd, "rb")

    def results(self) -> dict[str, ExerciseResult]:
        """Each exercise's result by name (waits for the child)."""
        if not self.pid:
            run = _run_budget()
            return {n: timed(self.args[0], n, self.args[1], run) for n in self.names}
        with self.pipe:
            text = self.pipe.read()
        status = os.waitpid(self.pid, 0)[1]
        self.pid = -1
        try:
            found = [_from_json(r) for r in json.loads(text)]
            return {r.name: r for r in found}
        except (ValueError, TypeError, KeyError):
            code = os.waitstatus_to_exitcode(status)
            why = f"signal {-code}" if code < 0 else f"exit code {code}"
            return {n: _zero(n, "error", f"the derivation checker stopped ({why}) before it graded {n}.md")
                    for n in self.names}

    def close(self) -> None:
        """Stop the child if its results were never asked for (the grading failed)."""
        if self.pid > 0:
            self.pipe.close()
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = -1
