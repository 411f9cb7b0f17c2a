"""`grader derivations`: the library's status, one derivation's steps, or the errata, as text
or JSON. Pure functions of the library's results; exit code 0 when every file shown matches
its recorded expectation, 1 otherwise."""

from __future__ import annotations

import json
from dataclasses import asdict

from checker.derivations import (
    DerivationStatus,
    derivation_report,
    errata,
    list_derivations,
    names,
    notes,
    source,
    status,
)
from checker.derive.report import _detail  # the same wording as `grader derive`
from checker.derive.result import SCHEMA_VERSION, to_json
from checker.errors import UsageError

FORMATS = ("table", "json")


def _one_line(s: DerivationStatus) -> str:
    parts = []
    if s.fails:
        parts.append(f"{s.fails} step{'s' * (s.fails != 1)} do{'es' * (s.fails == 1)} not hold")
    if s.unreadable:
        parts.append(f"{s.unreadable} could not be read")
    if s.undecided:
        parts.append(f"{s.undecided} undecided")
    text = ", ".join(parts) or "all steps hold"
    return text + ("" if s.matches else f"; {len(s.mismatches)} differ from the recorded verdicts")


def _listing(rows: list[DerivationStatus]) -> str:
    width = max(len(r.name) for r in rows)
    lines = [f"{'derivation':<{width}}  steps  status"]
    lines += [f"{r.name:<{width}}  {r.steps:>5}  {_one_line(r)}" for r in rows]
    total = {k: sum(getattr(r, k) for r in rows)
             for k in ("steps", "holds", "fails", "unreadable", "undecided")}
    bad = [m for r in rows for m in r.mismatches]
    lines.append(f"{len(rows)} derivations, {total['steps']} steps: {total['holds']} hold, "
                 f"{total['fails']} do not hold, {total['unreadable']} could not be read, "
                 f"{total['undecided']} undecided")
    lines.append("every file matches its recorded verdicts" if not bad else
                 "differences from the recorded verdicts:\n  " + "\n  ".join(bad))
    return "\n".join(lines)


def _steps(name: str) -> str:
    s = status(name)
    marks = {n.line: n for n in notes(name)}
    lines = [f"{name}: {source(name)}", _one_line(s)]
    for step in derivation_report(name).steps:
        note = marks.get(step.line)
        where = ""
        if note is not None and note.kind == "doc":
            where = f"  [document line {note.doc_line}]"
        elif note is not None and note.kind == "fix":
            where = f"  [correction of document line {note.doc_line}]"
        claim = f"{step.lhs} {step.relation} {step.rhs}" if step.lhs or step.rhs else step.source
        lines.append(f"line {step.line:>3}  {step.verdict:<10} {claim}{where}")
        lines += [f"          {detail}" for detail in _detail(step).splitlines()]
    lines += [f"differs: {m}" for m in s.mismatches]
    return "\n".join(lines)


def _errata_text(name: str | None) -> str:
    lines = []
    for e in errata():
        if name is not None and e.derivation != name:
            continue
        fixed = "holds" if e.correction_holds else "DOES NOT HOLD"
        lines += [f"{e.document}, line {e.line} ({e.derivation})",
                  f"  written:    {e.written}",
                  f"  step:       {e.step}",
                  f"  why:        {e.why}",
                  f"  correction: {e.correction or '(none recorded)'}  [{fixed}]", ""]
    lines.append(f"{sum(1 for ln in lines if ln.startswith('  step:'))} steps do not hold")
    return "\n".join(lines)


def derivations(name: str | None, show_errata: bool, fmt: str) -> tuple[str, int]:
    """The text to print and the exit code. Raises UsageError for an unknown name or format."""
    if fmt not in FORMATS:
        raise UsageError(f"--format one of {', '.join(FORMATS)}", repr(fmt),
                         "Use --format table or --format json.")
    if name is not None and name not in names():
        raise UsageError(f"one of the derivations: {', '.join(names())}", repr(name),
                         "Run `grader derivations` to list them.")
    rows = [status(name)] if name is not None else list_derivations()
    code = 0 if all(r.matches for r in rows) else 1
    if fmt == "json":
        if show_errata:
            doc: dict = {"version": SCHEMA_VERSION, "errata": [
                asdict(e) for e in errata() if name is None or e.derivation == name]}
        elif name is not None:
            doc = to_json([derivation_report(name)])
            doc.update(name=name, source=source(name), mismatches=list(rows[0].mismatches))
        else:
            doc = {"version": SCHEMA_VERSION,
                   "derivations": [dict(asdict(r), matches=r.matches) for r in rows]}
        return json.dumps(doc, ensure_ascii=False, indent=2), code
    if show_errata:
        return _errata_text(name), code
    return (_steps(name) if name is not None else _listing(rows)), code
