"""The end of a batch: the score distribution, the most failed checks, what could not be graded
(a terminal table, or Markdown for the GitHub step summary and `--format markdown`)."""

from __future__ import annotations

import re
import statistics
from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checker.classroom.gradebook import Entry
from checker.grade.report import points
from checker.report.markdown import text as md

BINS = 5  # score distribution: fifths of the maximum
TOP = 10  # most failed checks listed
_VARIANT = re.compile(r" #\d+\b")  # "random input #7": each student's seed picks its own


def most_failed(entries: list[Entry]) -> list[tuple[str, int]]:
    """(exercise: check, how many submissions failed it), most first, among the exercises that were
    attempted (not those not submitted or not implemented yet); random-input numbers merged."""
    counts: Counter[str] = Counter()
    for entry in entries:
        if entry.report is None:
            continue
        failed = {f"{e.name}: {_VARIANT.sub('', c.name)}" for e in entry.report.exercises for c in e.checks
                  if not c.passed and e.status in ("failed", "error")}
        counts.update(failed)
    return counts.most_common(TOP)


def distribution(entries: list[Entry]) -> list[tuple[str, int]]:
    """How many graded submissions scored in each fifth of the maximum (the last one includes it)."""
    graded = [e.report for e in entries if e.report is not None]
    bins = [0] * BINS
    for report in graded:
        share = report.score / report.max_score if report.max_score else 0.0
        bins[min(BINS - 1, int(share * BINS))] += 1
    return [(f"{100 * i // BINS}-{100 * (i + 1) // BINS} %", n) for i, n in enumerate(bins)]


def _headline(entries: list[Entry], seconds: float, jobs: int) -> list[str]:
    graded = [e for e in entries if e.report is not None]
    scores = [e.report.score for e in graded if e.report is not None]
    top = max((e.report.max_score for e in graded if e.report is not None), default=0.0)
    passed = sum(e.passed for e in entries)
    lines = [(f"{len(entries)} submissions in {seconds:.1f} s ({jobs} at a time): {passed} passed every check, "
              f"{len(graded) - passed} did not, {len(entries) - len(graded)} could not be graded")]
    if scores:
        lines.append(f"scores (of {points(top)}): min {points(min(scores))}, median {points(statistics.median(scores))}, "
                     f"mean {points(statistics.fmean(scores))}, max {points(max(scores))}")
    return lines


def render_summary(entries: list[Entry], seconds: float, jobs: int, width: int | None = None) -> str:
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        for line in _headline(entries, seconds, jobs):
            console.print(escape(line))
        if any(e.report is not None for e in entries):
            table = Table(title="score distribution", title_justify="left")
            table.add_column("share of the maximum")
            table.add_column("submissions", justify="right")
            biggest = max(n for _, n in distribution(entries)) or 1
            for label, n in distribution(entries):
                table.add_row(label, f"{n} {'#' * round(20 * n / biggest)}")
            console.print(table)
        failed = most_failed(entries)
        if failed:
            table = Table(title="most failed checks", title_justify="left")
            table.add_column("submissions", justify="right")
            table.add_column("check", overflow="fold")
            for name, n in failed:
                table.add_row(str(n), escape(name))
            console.print(table)
        for entry in entries:
            if entry.report is None:
                console.print(escape(f"could not grade {entry.name}: {entry.error}"))
    return "".join(line.rstrip() + "\n" for line in capture.get().splitlines())


def render_summary_markdown(entries: list[Entry], seconds: float, jobs: int) -> str:
    lines = ["### grader check: batch", "", *(md(line) + "  " for line in _headline(entries, seconds, jobs)), "",
             "| submission | points | passed | first failure |", "|---|---:|---|---|"]
    for entry in entries:
        if entry.report is None:
            lines.append(f"| {md(entry.name)} | | could not grade | {md(entry.error)} |")
            continue
        first = next((f"{e.name}: {e.first_failure}" for e in entry.report.exercises if e.first_failure), "")
        lines.append(f"| {md(entry.name)} | {points(entry.report.score)}/{points(entry.report.max_score)} | "
                     f"{'yes' if entry.passed else 'no'} | {md(first)} |")
    failed = most_failed(entries)
    if failed:
        lines += ["", "most failed checks:", ""] + [f"- {n}× {md(name)}" for name, n in failed]
    return "\n".join(lines) + "\n"
