"""The derivation checker measured on a keyed corpus: how many steps get a definite verdict, how
many wrong lines it flags, and how many correct lines it calls wrong.

    python bench/derive_corpus.py                    # every file under tests/derive/corpus/
    python bench/derive_corpus.py en/ ko/some.md     # part of it (paths relative to the corpus)
    python bench/derive_corpus.py --json             # the same figures, machine-readable
    python bench/derive_corpus.py --checker /work/main   # another checkout's `checker` package
    python bench/derive_corpus.py --silent           # also list math lines that got no step
    python bench/derive_corpus.py --prune-gaps       # drop from the keys the gaps that closed
    python bench/derive_corpus.py --corpus DIR       # another keyed corpus (same key format)

The corpus and its key format: `bench/corpus.py`.

Figures, per file and in total:
  steps        steps reported
  definite     share of steps with verdict holds or fails
  recall       wrong lines with at least one step reported `fails` on them
  false alarms steps reported `fails` on a line not keyed wrong. A step that fails only because
               an earlier step was wrong (the checker says so: `recovers` names the last line that
               held, and a keyed wrong line lies between it and this line) is counted as
               `carried`, not as a false alarm.
  non-claims   steps reported on lines keyed as holding no claim
  silent       lines with a relation (=, :=, \\approx) inside math, as a reader sees math
               ($, $$, \\( \\), \\[ \\], LaTeX environments outside $$, ```math fences), on
               which no step was reported and that the key lists neither as wrong nor as
               holding no claim: formulas the checker skipped, and unkeyed definitions
and the most common reasons for `undecided` and `unreadable` verdicts, with an example each.
"""


from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the corpus module lives beside this one
    sys.path.insert(0, str(ROOT))

from bench.corpus import (
    CORPUS,
    SUFFIXES,
    BadKey,
    Key,
    Where,
    corpus_files,
    dump_key,
    key_path,
    load_key,
    math_lines,
)


@dataclass(frozen=True)
class Finding:
    cell: int | None
    line: int
    verdict: str
    step: str  # lhs = rhs as the checker shows it
    method: str
    why: str = ""  # the key's reason, for a wrong line


@dataclass(frozen=True)
class Score:
    name: str
    style: str
    steps: int
    definite: int
    wrong_lines: int
    flagged: int
    false_alarms: tuple[Finding, ...]
    carried: int
    non_claim_steps: tuple[Finding, ...]
    missed: tuple[Finding, ...]  # wrong lines not flagged (verdict: what was reported there)
    silent: tuple[Where, ...]  # math lines with a relation, no step, keyed neither way
    undecided: tuple[Finding, ...]  # undecided and unreadable steps
    gaps: dict[str, str] = field(default_factory=dict)


def score(key: Key, report: Any) -> Score:
    """A file's figures from its key and the checker's FileReport (any object with `.steps`
    of objects with line, cell, verdict, lhs, rhs, method and recovers)."""
    steps = list(report.steps)
    wrong_cells = {w for w in key.wrong}

    def where(s: Any) -> Where:
        return (getattr(s, "cell", None), s.line)

    def finding(s: Any, why: str = "") -> Finding:
        shown = f"{s.lhs} {s.relation} {s.rhs}" if s.lhs or s.rhs else "(formula)"
        return Finding(getattr(s, "cell", None), s.line, s.verdict, shown, s.method, why)

    def carried(s: Any) -> bool:
        back = getattr(s, "recovers", None)
        cell = getattr(s, "cell", None)
        return back is not None and any(c == cell and back <= line <= s.line
                                        for c, line in wrong_cells)

    fails = [s for s in steps if s.verdict == "fails"]
    flagged = {where(s) for s in fails} & set(key.wrong)
    alarms = [s for s in fails if where(s) not in key.wrong and not carried(s)]
    missed = []
    for w, why in sorted(key.wrong.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
        if w in flagged:
            continue
        there = [s for s in steps if where(s) == w]
        verdicts = ", ".join(sorted({s.verdict for s in there})) or "no step reported"
        methods = "; ".join(sorted({s.method for s in there if s.verdict != "holds"}))
        missed.append(Finding(w[0], w[1], verdicts, "", methods, why))
    reported = {where(s) for s in steps}
    silent = tuple(w for w in (math_lines(key.path) if key.path.exists() else [])
                   if w not in reported and w not in key.not_claims and w not in key.wrong)
    return Score(
        name=key.name, style=key.style, steps=len(steps),
        definite=sum(1 for s in steps if s.verdict in ("holds", "fails")),
        wrong_lines=len(key.wrong), flagged=len(flagged),
        false_alarms=tuple(finding(s) for s in alarms),
        carried=sum(1 for s in fails if where(s) not in key.wrong and carried(s)),
        non_claim_steps=tuple(finding(s, key.not_claims[where(s)]) for s in steps
                              if where(s) in key.not_claims),
        missed=tuple(missed), silent=silent,
        undecided=tuple(finding(s) for s in steps if s.verdict in ("undecided", "unreadable")),
        gaps=key.gaps)


def failing_aspects(s: Score) -> set[str]:
    """The aspects in which the checker falls short of the key on this file."""
    out = set()
    if s.false_alarms:
        out.add("false_alarms")
    if s.flagged < s.wrong_lines:
        out.add("missed")
    if s.non_claim_steps:
        out.add("not_claims")
    return out


# -- keeping the keys' gaps current -------------------------------------------------------------
def closed_gaps(s: Score) -> list[str]:
    """The aspects a file's key records as gaps that the checker no longer has."""
    return [a for a in s.gaps if a not in failing_aspects(s)]


def prune_gaps(docs: list[Path], scores: list[Score]) -> list[tuple[str, str]]:
    """Remove from each key the gaps that have closed; never adds one (a new failure is a
    regression to fix, or a gap to record by hand with its reason). Returns (file, aspect)."""
    removed = []
    for doc, s in zip(docs, scores, strict=True):
        if not (closed := closed_gaps(s)):
            continue
        kp = key_path(doc)
        text = kp.read_text(encoding="utf-8")
        raw = json.loads(text)
        for aspect in closed:
            del raw["gaps"][aspect]
            removed.append((s.name, aspect))
        if not raw["gaps"]:
            del raw["gaps"]
        kp.write_text(dump_key(raw, text), encoding="utf-8")
    return removed


# -- reasons --------------------------------------------------------------------------------
_MASKS = [
    (re.compile(r"taken as given: .*"),
     "taken as given: a stated derivative of a name the text never defines"),
    (re.compile(r"\b\S+ does not depend on \S+"), "<name> does not depend on <variable>"),
    (re.compile(r"\b(f|\S+)' where \S+ is not defined"), "<f>' where <f> is not defined"),
    (re.compile(r"(found )(.{41,})"), r"\1..."),  # keep short constructs: `found \\mid`
    (re.compile(r"\b\d+(\.\d+)?\b"), "N"),
]


def reason(method: str) -> str:
    """A verdict's reason with the text's names and numbers masked, to count alike reasons (the
    construct that could not be read is kept: `found \\mid`)."""
    text = method.split(";")[0].strip()
    for pattern, repl in _MASKS:
        text = pattern.sub(repl, text)
    return text[:110]


def reasons(scores: list[Score]) -> list[tuple[str, int, str]]:
    """(reason, count, an example 'file:line  step  method'), most common first."""
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for sc in scores:
        for f in sc.undecided:
            r = f"{f.verdict}: {reason(f.method)}"
            counts[r] += 1
            example.setdefault(r, f"{sc.name}:{_at(f)}  {f.step}  [{f.method}]")
    return [(r, n, example[r]) for r, n in counts.most_common()]


def _at(f: Finding) -> str:
    return f"{f.line}" if f.cell is None else f"cell {f.cell} line {f.line}"


# -- running the checker -----------------------------------------------------------------------
def run(docs: list[Path], jobs: int = 0) -> list[Score]:
    from checker.derive import derive

    keys = [load_key(d) for d in docs]
    reports = derive(docs, jobs)  # files in the order given, one report each
    return [score(k, r) for k, r in zip(keys, reports, strict=True)]


def totals(scores: list[Score]) -> dict[str, Any]:
    steps = sum(s.steps for s in scores)
    definite = sum(s.definite for s in scores)
    wrong = sum(s.wrong_lines for s in scores)
    flagged = sum(s.flagged for s in scores)
    return {"files": len(scores), "steps": steps, "definite": definite,
            "definite_share": round(definite / steps, 4) if steps else None,
            "wrong_lines": wrong, "flagged": flagged,
            "recall": round(flagged / wrong, 4) if wrong else None,
            "false_alarms": sum(len(s.false_alarms) for s in scores),
            "false_alarm_files": sum(1 for s in scores if s.false_alarms),
            "carried": sum(s.carried for s in scores),
            "non_claim_steps": sum(len(s.non_claim_steps) for s in scores),
            "silent": sum(len(s.silent) for s in scores),
            "undecided": sum(1 for s in scores for f in s.undecided if f.verdict == "undecided"),
            "unreadable": sum(1 for s in scores for f in s.undecided if f.verdict == "unreadable")}


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def text_report(scores: list[Score], top: int = 12, silent: bool = False) -> str:
    head = ("file", "steps", "definite", "wrong", "alarms", "non-cl", "silent")
    out = ["{:44} {:>5} {:>8} {:>7} {:>6} {:>6} {:>6}".format(*head)]
    for s in scores:
        out.append(f"{s.name:44} {s.steps:5d} {_pct(s.definite, s.steps):>8} "
                   f"{s.flagged:>3}/{s.wrong_lines:<3} {len(s.false_alarms):6d} "
                   f"{len(s.non_claim_steps):6d} {len(s.silent):6d}")
    t = totals(scores)
    out.append(f"{'TOTAL (' + str(t['files']) + ' files)':44} {t['steps']:5d} "
               f"{_pct(t['definite'], t['steps']):>8} {t['flagged']:>3}/{t['wrong_lines']:<3} "
               f"{t['false_alarms']:6d} {t['non_claim_steps']:6d} {t['silent']:6d}")
    out.append("")
    out.append(f"steps {t['steps']}; definite {_pct(t['definite'], t['steps']).strip()} "
               f"({t['undecided']} undecided, {t['unreadable']} unreadable); recall "
               f"{t['flagged']}/{t['wrong_lines']} wrong lines; false alarms {t['false_alarms']} "
               f"in {t['false_alarm_files']} files ({t['carried']} carried from a wrong line "
               f"not counted); steps on non-claim lines {t['non_claim_steps']}; math lines with a "
               f"relation and no step (skipped, or unkeyed definitions) {t['silent']}")
    alarms = [(s.name, f) for s in scores for f in s.false_alarms]
    if alarms:
        out.append("\nfalse alarms:")
        out.extend(f"  {n}:{_at(f)}  {f.step}  [{f.method}]" for n, f in alarms)
    missed = [(s.name, f) for s in scores for f in s.missed]
    if missed:
        out.append("\nwrong lines not flagged:")
        out.extend(f"  {n}:{_at(f)}  ({f.why}) reported: {f.verdict}"
                   + (f" [{f.method}]" if f.method else "") for n, f in missed)
    nc = [(s.name, f) for s in scores for f in s.non_claim_steps]
    if nc:
        out.append("\nsteps reported on lines that hold no claim:")
        out.extend(f"  {n}:{_at(f)}  ({f.why}) {f.verdict}: {f.step}" for n, f in nc)
    quiet = [(s.name, w) for s in scores for w in s.silent]
    if silent and quiet:
        out.append("\nmath lines with a relation and no step (skipped, or unkeyed definitions):")
        out.extend(f"  {n}:{_at(Finding(w[0], w[1], '', '', ''))}" for n, w in quiet)
    rs = reasons(scores)
    if rs:
        out.append("\nmost common reasons for undecided / unreadable steps:")
        for r, n, ex in rs[:top]:
            out.append(f"  {n:4d}  {r}\n          e.g. {ex}")
    return "\n".join(out)


def _select(args: list[str], root: Path = CORPUS) -> list[Path]:
    if not args:
        return corpus_files(root)
    docs: list[Path] = []
    for a in args:
        p = root / a if (root / a).exists() else Path(a)  # the corpus's `en` before one here
        if p.is_dir():
            docs.extend(corpus_files(p))
        elif p.suffix in SUFFIXES and p.is_file():
            docs.append(p.resolve())
        else:
            raise SystemExit(f"expected a corpus file or folder (relative to {root} or "
                             f"to here); received {a!r}, which is neither")
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="corpus files or folders (default: all)")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="another keyed corpus folder, same key format (default: "
                         "tests/derive/corpus); paths are then relative to it")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--checker", type=Path, default=ROOT,
                    help="a checkout whose `checker` package to measure (default: this one)")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (default: cores)")
    ap.add_argument("--prune-gaps", action="store_true",
                    help="remove from the keys the gaps that have closed (never adds one)")
    ap.add_argument("--silent", action="store_true",
                    help="also list the math lines with a relation on which no step was reported")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.checker.resolve()))
    if not args.corpus.is_dir():
        raise SystemExit(f"--corpus: expected a folder of keyed corpus files; received "
                         f"{str(args.corpus)!r}, which is not a folder")
    docs = _select(args.paths, args.corpus.resolve())
    if not docs:
        raise SystemExit(f"no corpus file found under {args.corpus}")
    try:
        scores = run(docs, args.jobs)
    except BadKey as err:
        raise SystemExit(f"bad key: {err}") from None
    if args.prune_gaps:
        for name, aspect in prune_gaps(docs, scores):
            print(f"{name}: gap '{aspect}' closed, removed from its key", file=sys.stderr)
    if args.json:
        print(json.dumps({"checker": str(args.checker.resolve()), "totals": totals(scores),
                          "reasons": [{"reason": r, "count": n, "example": e}
                                      for r, n, e in reasons(scores)],
                          "files": [asdict(s) for s in scores]}, indent=1, ensure_ascii=False))
    else:
        print(text_report(scores, silent=args.silent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
