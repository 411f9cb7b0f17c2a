"""Grading results → JUnit XML as pytest's `--junitxml` writes it, so any CI's test view shows them.

One `testsuite` per exercise (tests, failures, errors, skipped, time, timestamp, hostname, and
the points as `properties`), one `testcase` per check (`classname` the exercise; `time` the wall
time of the student's calls the check judged, on the grader's clock; 0 for a check that ran no
call, such as a derivation step), a `failure` with the check's message for each failed one. Several submissions (batch grading) give one
suite per submission and exercise, named `<submission>: <exercise>`. Characters XML 1.0 cannot
hold (student code may print anything) are written as `\\xNN`, as pytest does.
"""

from __future__ import annotations

import socket
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from checker.grade.report import points, printable
from checker.grade.results import ExerciseResult, GradeReport

clean = printable  # control characters, which XML 1.0 forbids, shown as \xNN


def _properties(parent: ET.Element, values: dict[str, object]) -> None:
    element = ET.SubElement(parent, "properties")
    for name, value in values.items():
        ET.SubElement(element, "property", name=name, value=clean(str(value)))


def _suite(exercise: ExerciseResult, name: str, seed: int, stamp: str, host: str) -> ET.Element:
    failed = sum(not c.passed for c in exercise.checks)
    suite = ET.Element("testsuite", name=clean(name), errors="0", failures=str(failed), skipped="0",
                       tests=str(len(exercise.checks)), time=f"{exercise.seconds:.3f}", timestamp=stamp,
                       hostname=host)
    _properties(suite, {"score": exercise.score, "max_score": exercise.max_score, "status": exercise.status,
                        "seed": seed, **({"file": exercise.file} if exercise.file else {})})
    for check in exercise.checks:
        case = ET.SubElement(suite, "testcase", classname=clean(exercise.name), name=clean(check.name),
                             time=f"{check.seconds or 0.0:.6f}")  # microseconds: a layer call takes less than 1 ms
        _properties(case, {"score": check.score, "max_score": check.max_score,
                           **({"line": check.line} if check.line is not None else {})})
        if not check.passed:
            failure = ET.SubElement(case, "failure", message=clean(check.message.splitlines()[0] if check.message else
                                                                   "failed"))
            failure.text = clean(f"{check.message}\n({points(check.score)}/{points(check.max_score)} points)")
    if exercise.notes:  # one system-out per suite, after its test cases (the JUnit schema's order)
        ET.SubElement(suite, "system-out").text = clean("\n".join(exercise.notes))
    return suite


def _document(suites: list[ET.Element], seconds: float) -> str:
    total = {key: str(sum(int(s.get(key, 0)) for s in suites)) for key in ("tests", "failures", "errors")}
    root = ET.Element("testsuites", {"name": "grader", **total, "skipped": "0", "time": f"{seconds:.3f}"})
    root.extend(suites)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def render_junit(report: GradeReport) -> str:
    """One submission's results as a JUnit XML document."""
    stamp, host = _now(), socket.gethostname()
    return _document([_suite(e, e.name, report.seed, stamp, host) for e in report.exercises], report.seconds)


def render_junit_batch(reports: list[tuple[str, GradeReport | str]], seconds: float) -> str:
    """Several submissions: a suite per submission and exercise; a submission that could not be
    graded is a suite with one `error` (its reason)."""
    stamp, host = _now(), socket.gethostname()
    suites = []
    for name, report in reports:
        if isinstance(report, str):
            suites.append(_error_suite(name, "grading", report, stamp, host))
            continue
        suites += [_suite(e, f"{name}: {e.name}", report.seed, stamp, host) for e in report.exercises]
    return _document(suites, seconds)


def _error_suite(name: str, case_name: str, message: str, stamp: str, host: str,
                 properties: dict[str, object] | None = None) -> ET.Element:
    suite = ET.Element("testsuite", name=clean(name), errors="1", failures="0", skipped="0", tests="1", time="0.000",
                       timestamp=stamp, hostname=host)
    if properties:  # before the test cases, as the JUnit schema orders them
        _properties(suite, properties)
    case = ET.SubElement(suite, "testcase", classname=clean(name), name=case_name, time="0.000")
    ET.SubElement(case, "error", message=clean(message.splitlines()[0] if message else "error")).text = clean(message)
    return suite


def render_junit_error(message: str, code: int) -> str:
    """A usage (exit 2) or internal (3) error as a JUnit document: one suite, one test case with an `error`."""
    suite = _error_suite("grader", "usage" if code == 2 else "grading", message, _now(), socket.gethostname(),
                         {"exit_code": code})
    return _document([suite], 0.0)
