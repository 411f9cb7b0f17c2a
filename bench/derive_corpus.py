"""The derivation checker measured on a keyed corpus: how many steps get a definite verdict, how
many wrong lines it flags, and how many correct lines it calls wrong.

    python bench/derive_corpus.py                    # every file under tests/derive/corpus/
    python bench/derive_corpus.py en/ ko/some.md     # part of it (paths relative to the corpus)
    python bench/derive_corpus.py --json             # the same figures, machine-readable
    python bench/derive_corpus.py --checker /work/main   # another checkout's `checker` package
    python bench/derive_corpus.py --silent           # also list math lines that got no step

The corpus: every `.md` / `.ipynb` file under `tests/derive/corpus/` has a key beside it,
`name.md` → `name.key.json` (`name.ipynb` → `name.key.json`):

    {"style": "the kind of source it imitates (blog post, lecture notes, README, Colab ...)",
     "topic": "what it derives",
     "wrong": [{"line": 14, "why": "drops the factor x of dz/dw"},
               {"cell": 3, "line": 2, "why": "..."}],          # notebooks: cell and line in it
     "not_claims": [{"line": 9, "why": "binds w = 1.5 for the worked example"}],
     "gaps": {"false_alarms": "why today's checker reports a correct line as wrong",
              "missed": "why it does not flag a wrong line",
              "not_claims": "why it reports a definition/condition/binding as a step"}}

`line` is 1-based, the line that holds the wrong `=` (inside a multi-line block, that line;
in a notebook, counted within the Markdown cell, cells counted from 1 as `grader derive` does).
`wrong` lists every line whose claim does not hold; every other line holds only correct claims,
definitions, conditions or bindings, and must never be reported as `fails`. `not_claims`
(optional) lists lines that hold no claim at all (a definition, a redefinition, a condition, a
binding of values, an update rule): nothing should be reported on them as a step. `gaps`
(optional) records the aspects today's checker gets wrong on this file; `tests/derive/
test_corpus.py` marks them as strict xfails, so a gap that closes fails its test until the gap is
removed from the key.

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
CORPUS = ROOT / "tests" / "derive" / "corpus"
SUFFIXES = (".md", ".ipynb")
ASPECTS = ("false_alarms", "missed", "not_claims")
_KEY_FIELDS = {"style", "topic", "wrong", "not_claims", "gaps"}
_ENTRY_FIELDS = {"line", "cell", "why"}

Where = tuple[int | None, int]  # (cell or None, line)


class BadKey(ValueError):
    """A key that does not say what the harness needs: expected / received / what to do."""


@dataclass(frozen=True)
class Key:
    path: Path  # the corpus file the key describes
    style: str
    topic: str
    wrong: dict[Where, str]
    not_claims: dict[Where, str]
    gaps: dict[str, str]

    @property
    def name(self) -> str:
        return self.path.relative_to(CORPUS).as_posix() if self.path.is_relative_to(CORPUS) \
            else str(self.path)


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


def key_path(doc: Path) -> Path:
    return doc.with_name(doc.stem + ".key.json")


def corpus_files(root: Path = CORPUS) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def _lines_of(doc: Path) -> dict[int | None, int]:
    """How many lines each place has: {None: lines} for Markdown, {cell: lines} for the
    Markdown cells of a notebook."""
    text = doc.read_text(encoding="utf-8")
    if doc.suffix != ".ipynb":
        return {None: len(text.splitlines())}
    cells = json.loads(text)["cells"]
    out: dict[int | None, int] = {}
    for number, cell in enumerate(cells, start=1):
        if cell.get("cell_type") == "markdown":
            src = cell["source"]
            src = "".join(src) if isinstance(src, list) else src
            out[number] = len(src.splitlines())
    return out


def _entries(raw: Any, what: str, doc: Path, sizes: dict[int | None, int]) -> dict[Where, str]:
    if not isinstance(raw, list):
        raise BadKey(f"{key_path(doc).name}: '{what}' must be a list of "
                        f"{{\"line\": n, \"why\": ...}}; received {raw!r}")
    out: dict[Where, str] = {}
    notebook = doc.suffix == ".ipynb"
    for entry in raw:
        if not isinstance(entry, dict) or not set(entry) <= _ENTRY_FIELDS \
                or not isinstance(entry.get("line"), int) or not str(entry.get("why", "")).strip():
            raise BadKey(f"{key_path(doc).name}: each '{what}' entry needs an integer 'line' "
                            f"and a 'why'{' and a cell' if notebook else ''}; received {entry!r}")
        cell = entry.get("cell")
        if notebook != (cell is not None):
            raise BadKey(f"{key_path(doc).name}: {entry!r}: "
                            + ("a notebook's entries name their Markdown 'cell'" if notebook
                               else "a Markdown file's entries have no 'cell'"))
        if cell not in sizes or not 1 <= entry["line"] <= sizes[cell]:
            raise BadKey(f"{key_path(doc).name}: {entry!r} is outside the file "
                            f"({'cell ' + str(cell) + ' ' if notebook else ''}"
                            f"has {sizes.get(cell, 0)} lines"
                            f"{'' if cell in sizes else ', or is not a Markdown cell'})")
        where = (cell, entry["line"])
        if where in out:
            raise BadKey(f"{key_path(doc).name}: line {where} is listed twice in '{what}'")
        out[where] = str(entry["why"])
    return out


def load_key(doc: Path) -> Key:
    kp = key_path(doc)
    if not kp.exists():
        raise BadKey(f"{doc}: no key beside it; write {kp.name} (see bench/derive_corpus.py)")
    raw = json.loads(kp.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not set(raw) <= _KEY_FIELDS \
            or not all(isinstance(raw.get(k), str) and raw[k].strip() for k in ("style", "topic")):
        raise BadKey(f"{kp.name}: expected an object with 'style' and 'topic' (text) and "
                        f"optionally {sorted(_KEY_FIELDS - {'style', 'topic'})}; "
                        f"received the fields {sorted(raw) if isinstance(raw, dict) else raw!r}")
    sizes = _lines_of(doc)
    wrong = _entries(raw.get("wrong", []), "wrong", doc, sizes)
    not_claims = _entries(raw.get("not_claims", []), "not_claims", doc, sizes)
    if both := sorted(set(wrong) & set(not_claims), key=str):
        raise BadKey(f"{kp.name}: {both} keyed both wrong and as holding no claim")
    gaps = raw.get("gaps", {})
    if not isinstance(gaps, dict) or not set(gaps) <= set(ASPECTS) \
            or not all(isinstance(v, str) and v.strip() for v in gaps.values()):
        raise BadKey(f"{kp.name}: 'gaps' maps some of {list(ASPECTS)} to a reason; "
                        f"received {gaps!r}")
    return Key(doc, raw["style"], raw["topic"], wrong, not_claims, dict(gaps))


_ENV = re.compile(r"\\begin\{(equation|align|gather|multline|eqnarray)\*?\}")
_INLINE = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]")
_RELATION = re.compile(r"(?<![<>!])=|\\approx|≈")


def _math_lines(text: str) -> list[int]:
    """1-based lines on which a reader sees a relation (`=`, `:=`, `\\approx`) inside math:
    `$...$`, `$$...$$`, `\\(...\\)`, `\\[...\\]`, LaTeX environments written outside `$$`, and
    ```math fences (other code fences excluded). Independent of the checker's own reader."""
    out: list[int] = []
    closer: str | None = None  # what ends the display block or fence we are in
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if closer is None and stripped.startswith("```"):
            closer = "```math" if stripped[3:].strip() == "math" else "```"
            continue
        if closer in ("```", "```math"):
            if stripped.startswith("```"):
                closer = None
            elif closer == "```math" and _RELATION.search(line):
                out.append(number)
            continue
        if closer is not None:  # inside $$ ... $$, \[ ... \] or an environment
            inside = line.split(closer)[0]
            if closer in line:
                closer = None
        else:
            for opener, end in (("$$", "$$"), ("\\[", "\\]")):
                if stripped.startswith(opener) and end not in stripped[len(opener):]:
                    closer = end
            if closer is None and (env := _ENV.search(line)):
                closer = f"\\end{{{env.group(1)}"
            inside = stripped[2:] if closer else " ".join(
                next(g for g in m.groups() if g) for m in _INLINE.finditer(line))
        if _RELATION.search(inside):
            out.append(number)
    return out


def math_lines(doc: Path) -> list[Where]:
    """The places in a corpus file that hold a relation inside math (see _math_lines)."""
    text = doc.read_text(encoding="utf-8")
    if doc.suffix != ".ipynb":
        return [(None, n) for n in _math_lines(text)]
    out: list[Where] = []
    for number, cell in enumerate(json.loads(text)["cells"], start=1):
        if cell.get("cell_type") == "markdown":
            src = cell["source"]
            out.extend((number, n) for n in _math_lines("".join(src) if isinstance(src, list)
                                                         else src))
    return out


def orphan_keys(root: Path = CORPUS) -> list[Path]:
    """Keys with no corpus file beside them (a renamed file leaves one behind)."""
    docs = {key_path(d) for d in corpus_files(root)}
    return sorted(k for k in root.rglob("*.key.json") if k not in docs)


def score(key: Key, report: Any) -> Score:
    """A file's figures from its key and the checker's FileReport (any object with `.steps`
    of objects with line, cell, verdict, lhs, rhs, method and recovers)."""
    steps = list(report.steps)
    wrong_cells = {w for w in key.wrong}

    def where(s: Any) -> Where:
        return (getattr(s, "cell", None), s.line)

    def finding(s: Any, why: str = "") -> Finding:
        shown = f"{s.lhs} = {s.rhs}" if s.lhs or s.rhs else "(formula)"
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


# -- reasons --------------------------------------------------------------------------------
_MASKS = [
    (re.compile(r"taken as given: .*"),
     "taken as given: a stated derivative of a name the text never defines"),
    (re.compile(r"found .*"), "found ..."),
    (re.compile(r"\b\d+(\.\d+)?\b"), "N"),
]


def reason(method: str) -> str:
    """A verdict's reason with the text's names and numbers masked, to count alike reasons."""
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


def _select(args: list[str]) -> list[Path]:
    if not args:
        return corpus_files()
    docs: list[Path] = []
    for a in args:
        p = Path(a) if Path(a).exists() else CORPUS / a
        if p.is_dir():
            docs.extend(corpus_files(p))
        elif p.suffix in SUFFIXES and p.is_file():
            docs.append(p.resolve())
        else:
            raise SystemExit(f"expected a corpus file or folder (relative to {CORPUS} or "
                             f"to here); received {a!r}, which is neither")
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="corpus files or folders (default: all)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--checker", type=Path, default=ROOT,
                    help="a checkout whose `checker` package to measure (default: this one)")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (default: cores)")
    ap.add_argument("--silent", action="store_true",
                    help="also list the math lines with a relation on which no step was reported")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.checker.resolve()))
    docs = _select(args.paths)
    if not docs:
        raise SystemExit(f"no corpus file found under {CORPUS}")
    try:
        scores = run(docs, args.jobs)
    except BadKey as err:
        raise SystemExit(f"bad key: {err}") from None
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
