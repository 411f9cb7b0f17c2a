"""The course documents' derivations as a checked library.

Each `*.md` file beside this module copies one derivation from a course document, mistakes
included, in the Markdown + LaTeX form `grader derive` reads. Under every formula that has
steps, an HTML comment records what the file expects of it:

    <!-- doc 171: fails, fails -->   the document's line 171, as written; one verdict per step
    <!-- fix 171: holds -->          the corrected form of the document's line 171
    <!-- expect: holds -->           a formula added here (not in the document)

Nothing here hard-codes a verdict: every verdict comes from running the checker, and the
comments are only compared with it (`mismatches`), so a file and the checker cannot drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checker.derive.document import check_text
from checker.derive.result import FileReport, Step
from checker.errors import UsageError

FOLDER = Path(__file__).resolve().parent
_NOTE = re.compile(r"^<!--\s*(doc|fix|expect)\s*(\d*)\s*:\s*(.*?)\s*-->\s*$")
_SOURCE = re.compile(r"^Source:\s*(.+)$", re.M)


@dataclass(frozen=True)
class Note:
    """What a file records about the formula on the line above the comment."""

    line: int  # the formula's 1-based line in the file
    kind: str  # "doc", "fix" or "expect"
    doc_line: int | None  # the document's line the formula copies or corrects
    verdicts: tuple[str, ...]  # one per step the checker reports on that line, in order


@dataclass(frozen=True)
class DerivationStatus:
    name: str
    source: str  # document, lines, section
    steps: int
    holds: int
    fails: int
    unreadable: int
    undecided: int
    mismatches: tuple[str, ...]  # where the checker and the recorded expectation disagree

    @property
    def matches(self) -> bool:
        return not self.mismatches


@dataclass(frozen=True)
class Erratum:
    derivation: str  # the library file's name
    document: str  # the course document
    line: int  # the document's line
    written: str  # the formula as the document writes it
    step: str  # the step that fails: lhs = rhs
    why: str  # counterexample and diagnosis
    correction: str  # the corrected formula (empty if the file has none)
    correction_holds: bool  # every step of the correction holds


def names() -> list[str]:
    """Every derivation in the library, sorted."""
    return sorted(p.stem for p in FOLDER.glob("*.md"))


def _path(name: str) -> Path:
    path = FOLDER / f"{name}.md"
    if name not in names():
        raise UsageError(f"one of the derivations {', '.join(names())}", repr(name),
                         "Run `grader derivations` to list them.")
    return path


def text(name: str) -> str:
    return _path(name).read_text(encoding="utf-8")


def source(name: str) -> str:
    m = _SOURCE.search(text(name))
    return m.group(1).strip() if m else ""


def notes(name: str) -> list[Note]:
    out = []
    for i, raw in enumerate(text(name).splitlines(), start=1):
        m = _NOTE.match(raw.strip())
        if m:
            verdicts = tuple(v.strip() for v in m.group(3).split(",") if v.strip())
            out.append(Note(i - 1, m.group(1), int(m.group(2)) if m.group(2) else None,
                            verdicts))
    return out


_REPORTS: dict[str, FileReport] = {}


def derivation_report(name: str) -> FileReport:
    """The checker's report for one derivation (cached: the files ship with the package)."""
    if name not in _REPORTS:
        _REPORTS[name] = check_text(text(name), f"checker/derivations/{name}.md")
    return _REPORTS[name]


def _by_line(report: FileReport) -> dict[int, list[Step]]:
    lines: dict[int, list[Step]] = {}
    for step in report.steps:
        lines.setdefault(step.line, []).append(step)
    return lines


def mismatches(name: str) -> tuple[str, ...]:
    """Every line where the recorded verdicts and the checker's verdicts differ."""
    recorded = {n.line: n.verdicts for n in notes(name)}
    found = {line: tuple(s.verdict for s in steps)
             for line, steps in _by_line(derivation_report(name)).items()}
    out = []
    for line in sorted(set(recorded) | set(found)):
        want, got = recorded.get(line, ()), found.get(line, ())
        if want != got:
            out.append(f"{name}.md line {line}: expected {', '.join(want) or 'no steps'}; "
                       f"the checker says {', '.join(got) or 'no steps'}")
    return tuple(out)


def status(name: str) -> DerivationStatus:
    report = derivation_report(name)
    return DerivationStatus(name, source(name), len(report.steps), report.count("holds"),
                            report.count("fails"), report.count("unreadable"),
                            report.count("undecided"), mismatches(name))


def list_derivations() -> list[DerivationStatus]:
    _warm(names())
    return [status(name) for name in names()]


def _warm(wanted: list[str]) -> None:
    """Check the library's files in parallel once; later calls read the cache."""
    from checker.derive import check_many

    missing = [n for n in wanted if n not in _REPORTS]
    reports = check_many([(Path(f"checker/derivations/{n}.md"), text(n)) for n in missing])
    _REPORTS.update(zip(missing, reports))


def _why(step: Step) -> str:
    parts = []
    if step.counterexample is not None:
        ce = step.counterexample
        values = ", ".join(f"{k} = {v:g}" for k, v in ce.values.items())
        parts.append(f"at {values}: left = {ce.left:g}, right = {ce.right:g}" if values
                     else f"left = {ce.left:g}, right = {ce.right:g}")
    if step.diagnosis:
        parts.append(step.diagnosis)
    return "; ".join(parts) or step.method


def errata() -> list[Erratum]:
    """Every step of a document line that the checker finds does not hold."""
    out = []
    _warm(names())
    for name in names():
        report = _by_line(derivation_report(name))
        file_notes = notes(name)
        document = source(name).split(", lines")[0]
        for note in file_notes:
            if note.kind != "doc":
                continue
            fixes = [n for n in file_notes if n.kind == "fix" and n.doc_line == note.doc_line]
            lines = text(name).splitlines()
            correction = " ; ".join(lines[f.line - 1].strip().strip("$").strip() for f in fixes)
            fixed = [s for f in fixes for s in report.get(f.line, [])]
            for step in report.get(note.line, []):
                if step.verdict == "fails":
                    out.append(Erratum(name, document, note.doc_line or 0, step.source,
                                       f"{step.lhs} {step.relation} {step.rhs}", _why(step), correction,
                                       bool(fixed) and all(s.verdict == "holds"
                                                           for s in fixed)))
    return out
