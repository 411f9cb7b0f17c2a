"""The grader measured on a keyed corpus of correct variants and single-mistake mutants: how
many mistakes lose points, how many are named in the feedback, and whether any correct code
loses points (a false alarm, the worst failure).

    python bench/grade_corpus.py                     # everything under tests/grade/corpus/
    python bench/grade_corpus.py dense two_layer     # some exercises (or mutant/variant names)
    python bench/grade_corpus.py --json              # the same figures, machine-readable
    python bench/grade_corpus.py --seed 3            # the grading seed (default 0)
    python bench/grade_corpus.py --checker /work/wt/grading   # another checkout's `checker`
    python bench/grade_corpus.py --details           # every mutant's first failing check

Each item is written to a temporary submission folder holding the graded module and the
reference solutions of the exercise modules it needs (its imports, the models a scenario
builds, the layers a model's probes call), and graded in-process with
`checker.grade.checks.grade(folder, seed, only=(exercise,))`.

Correct variants: `tests/grade/corpus/variants/<exercise>/<name>.py` or `.ipynb` (one module),
or a folder `<name>/` of modules (the exercise's and siblings that replace the solutions').
`variants.json` beside them keys each one:

    {"<exercise>/<name>": {"style": "how it is written (loops, einsum, a notebook ...)",
                           "gaps": {"false_alarm": "why today's grader takes points off"}}}

Every variant must get full marks.

Mutants: `tests/grade/corpus/mutants/<exercise>.json`, a list of single realistic mistakes,
each a text replacement in one module:

    {"id": "db-not-summed",              # unique within the exercise; shown as dense/db-not-summed
     "family": "bias-sum",               # one of FAMILIES
     "file": "dense.py",                 # default <exercise>.py
     "base": "solutions",                # or a corpus variant, e.g. "variants/conv2d/loops.py"
     "edits": [["old text", "new text"]],  # each old text occurs exactly once in the base
     "blame": ["db", "dense_backward"],  # the first failing check must name one (whole word)
     "words": [["sum"], ["batch", "rows"]],  # ... and contain one word of every group
     "why": "the mistake, in a student's terms",
     "seen": "where it is seen (public repositories, issue 11)",
     "expect": "note",                   # optional: a mistake the grader notes without taking points
     "gaps": {"lost": "...", "named": "...", "blamed": "..."},   # today's gaps (optional)
     "unstable": "why today's result varies from run to run"}    # (optional: a timing near a limit)

`"expect": "note"` is for what the grader sees only from inside the student's process (an input
modified in place): by its rule, points come only from what it measures from outside, so such a
mistake keeps its points and must be named in a note (a passing check's message); its aspect is
`noted` instead of `lost`.

Figures, per family and in total:
  lost     mutants whose score is below the maximum
  noted    mutants expected as notes that keep full marks with a check message naming them
  named    mutants whose first failing check's message (what it says is wrong, not the check's
           name, which says what is checked) contains a word of every `words` group
           (case-insensitive, each starting a word: stems such as "transpos" are fine). Words are specific to the mistake, so a message that
           lists every possible cause does not count for one of them.
  blamed   mutants whose first failing check (name or message) names one of `blame` (a whole
           word): the function or output where the mistake is
  full     correct variants with full marks; the others are listed as false alarms
`tests/grade/test_corpus.py` runs the same items; a `gaps` entry makes its aspect a strict xfail.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "grade" / "corpus"
SOLUTIONS = ROOT / "solutions"
FAMILIES = {
    "sign": "a flipped sign: gradient ascent, y - p for p - y, a missing minus",
    "chain-factor": "a chain-rule factor missing or doubled (x, 2, an activation's derivative)",
    "activation-derivative": "the wrong derivative of an activation, or taken from the wrong value",
    "sum-vs-mean": "a sum where a mean is due, or the other way round",
    "axis": "a reduction or normalisation over the wrong axis",
    "bias-sum": "a bias gradient not summed over the batch (or summed over everything)",
    "transpose": "a transposed matrix or swapped axes",
    "stability": "overflow, log(0), underflow: an unstable or capped form",
    "clipping": "probabilities not clipped, or clipped wrongly, before a log",
    "conv-geometry": "off-by-one sizes, stride or padding handled wrongly, dx not cropped, wrong centre",
    "flip": "convolution and cross-correlation confused (kernel flipped or not)",
    "pooling": "max-pool ties and overlaps, average not divided, padding that wins",
    "accumulate": "a gradient assigned (=) where the contributions add up (+=)",
    "assembly": "a model assembled wrongly: flatten order, a missing or extra layer, the wrong kind",
    "update": "the parameter update: order, stale values, in place or not, start values",
    "in-place": "an input modified in place",
    "regularisation": "an L1/L2 penalty missing, with the wrong gradient, or on the bias",
    "training-loop": "shuffling, generators, partial batches, epoch bookkeeping",
    "api": "a value of the wrong kind: threshold, dtype, percent for fraction, a forgotten term",
    "vectorisation": "correct values computed by Python loops over pixels",
    "unfinished": "a value left at its placeholder: None, or the zeros it started from",
}
_MUTANT_FIELDS = {"id", "family", "file", "base", "edits", "blame", "words", "why", "seen", "gaps", "unstable",
                  "expect"}
ASPECTS = ("lost", "noted", "named", "blamed")


class BadKey(ValueError):
    """A corpus entry the harness cannot use: what is wrong and what to do."""


@dataclass(frozen=True)
class Item:
    """A submission to grade: a correct variant or a mutant, with its key."""

    name: str  # "<exercise>/<name>"
    kind: str  # "variant" or "mutant"
    exercise: str
    modules: tuple[tuple[str, str], ...]  # (file name, source text) written into the submission
    family: str = ""
    blame: tuple[str, ...] = ()
    words: tuple[tuple[str, ...], ...] = ()
    why: str = ""
    style: str = ""
    gaps: dict[str, str] = field(default_factory=dict)
    unstable: str = ""  # why today's result varies between runs (the tests then do not insist)
    expect: str = "lose"  # "note": named in a note, no points taken (seen only inside the child)


@dataclass(frozen=True)
class Result:
    name: str
    kind: str
    exercise: str
    family: str
    score: float
    max_score: float
    first: str  # the first failing check (or note, see grade_item): "name: message"; "" when none
    expect: str
    lost: bool
    noted: bool  # full marks, and a check's message (a note) names it
    named: bool
    blamed: bool
    named_anywhere: bool  # the words appear in some failing check, not necessarily the first


def _base_text(base: str, file: str, where: str) -> str:
    path = SOLUTIONS / file if base == "solutions" else CORPUS / base
    if not path.is_file():
        raise BadKey(f"{where}: base {base!r} (file {file}) not found at {path}")
    return path.read_text(encoding="utf-8")


def _groups(raw: Any, where: str, what: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list) or not raw or not all(
            isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in raw):
        raise BadKey(f"{where}: '{what}' must be a non-empty list of non-empty lists of words; received {raw!r}")
    return tuple(tuple(g) for g in raw)


def _mutant(exercise: str, raw: Any) -> Item:
    where = f"mutants/{exercise}.json: {raw.get('id', raw) if isinstance(raw, dict) else raw!r}"
    if not isinstance(raw, dict) or not set(raw) <= _MUTANT_FIELDS \
            or not {"id", "family", "edits", "blame", "words", "why"} <= set(raw):
        raise BadKey(f"{where}: expected the fields id, family, edits, blame, words, why "
                     f"(optional: file, base, seen, gaps); received {sorted(raw) if isinstance(raw, dict) else raw}")
    if raw["family"] not in FAMILIES:
        raise BadKey(f"{where}: family {raw['family']!r} is not one of {sorted(FAMILIES)}")
    file = raw.get("file", f"{exercise}.py")
    text = _base_text(raw.get("base", "solutions"), file, where)
    edits = raw["edits"]  # may be empty when the base itself holds the mistake
    if raw.get("base", "solutions") == "solutions" and not edits:
        raise BadKey(f"{where}: a mutant of the solutions needs at least one edit")
    if not isinstance(edits, list) or not all(
            isinstance(e, list) and len(e) == 2 and all(isinstance(s, str) for s in e) and e[0] != e[1]
            for e in edits):
        raise BadKey(f"{where}: 'edits' must be a list of [old, new] text pairs that differ")
    for old, new in edits:
        count = text.count(old)
        if count != 1:
            raise BadKey(f"{where}: the text to replace occurs {count} times in its base (needs exactly 1; "
                         f"the base changed?): {old[:80]!r}")
        text = text.replace(old, new)
    expect = raw.get("expect", "lose")
    if expect not in ("lose", "note"):
        raise BadKey(f"{where}: 'expect' is 'lose' (the default) or 'note'; received {expect!r}")
    aspects = [a for a in ASPECTS if a != ("noted" if expect == "lose" else "lost")]
    gaps = raw.get("gaps", {})
    if not isinstance(gaps, dict) or not set(gaps) <= set(aspects) or not all(
            isinstance(v, str) and v.strip() for v in gaps.values()):
        raise BadKey(f"{where}: 'gaps' maps some of {aspects} to a reason; received {gaps!r}")
    blame = _groups([raw["blame"]], where, "blame")[0]
    return Item(f"{exercise}/{raw['id']}", "mutant", exercise, ((file, text),), raw["family"], blame,
                _groups(raw["words"], where, "words"), raw["why"], gaps=dict(gaps), unstable=raw.get("unstable", ""),
                expect=expect)


def load_mutants(root: Path = CORPUS) -> list[Item]:
    items: list[Item] = []
    for path in sorted((root / "mutants").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, list):
            raise BadKey(f"{path.name}: expected a list of mutants")
        items += [_mutant(path.stem, entry) for entry in raw]
    names = Counter(i.name for i in items)
    if twice := [n for n, c in names.items() if c > 1]:
        raise BadKey(f"mutant names used twice: {twice}")
    return items


def variant_paths(root: Path = CORPUS) -> dict[str, Path]:
    """`<exercise>/<name>` -> its file or folder."""
    found = {}
    for exercise in sorted(p for p in (root / "variants").iterdir() if p.is_dir()):
        for path in sorted(exercise.iterdir()):
            if path.is_dir() or path.suffix in (".py", ".ipynb"):
                found[f"{exercise.name}/{path.stem if path.is_file() else path.name}"] = path
    return found


def load_variants(root: Path = CORPUS) -> list[Item]:
    keys = json.loads((root / "variants.json").read_text(encoding="utf-8"))
    paths = variant_paths(root)
    if unkeyed := sorted(set(paths) - set(keys)):
        raise BadKey(f"variants without a key in variants.json: {unkeyed}")
    if orphans := sorted(set(keys) - set(paths)):
        raise BadKey(f"keys in variants.json without a variant: {orphans}")
    items = []
    for name, path in paths.items():
        key = keys[name]
        if not isinstance(key, dict) or not str(key.get("style", "")).strip() \
                or not set(key) <= {"style", "siblings", "gaps"}:
            raise BadKey(f"variants.json: {name}: expected {{'style': ..., 'siblings': {{module: variant}}, "
                         f"'gaps': {{'false_alarm': ...}}}} (siblings and gaps optional)")
        exercise = name.partition("/")[0]
        if path.is_file():  # the exercise's module under another name
            modules: tuple[tuple[str, str], ...] = ((f"{exercise}{path.suffix}", path.read_text(encoding="utf-8")),)
        else:
            modules = tuple((f.name, f.read_text(encoding="utf-8")) for f in sorted(path.iterdir())
                            if f.suffix in (".py", ".ipynb"))
        if not any(Path(f).stem == exercise for f, _ in modules):
            raise BadKey(f"variant {name}: no {exercise}.py or .ipynb in {path}")
        for module, other in key.get("siblings", {}).items():  # another variant as a sibling module
            if other not in paths or not paths[other].is_file() or other.partition("/")[0] != module:
                raise BadKey(f"variants.json: {name}: sibling {module}: {other!r} is not a one-file variant of {module}")
            modules += ((f"{module}{paths[other].suffix}", paths[other].read_text(encoding="utf-8")),)
        items.append(Item(name, "variant", exercise, modules, style=key["style"], gaps=dict(key.get("gaps", {}))))
    return items


def _catalogue() -> Any:
    """The checker's table of exercises (`catalogue.py`; `specs.py` in checkouts before it)."""
    try:
        from checker.grade import catalogue
    except ImportError:
        from checker.grade import specs as catalogue
    return catalogue


def exercise_modules() -> list[str]:
    """The exercise modules the checker grades (the derivation exercises aside)."""
    return [e.name for e in _catalogue().EXERCISES if e.kind != "derivation"]


def needed(exercise: str, modules: dict[str, str]) -> set[str]:
    """The exercise modules a submission of `exercise` needs besides its own: what the graded
    code imports, the models its scenarios build and the layers their probes call (transitively,
    through the solutions' imports)."""
    from checker.grade.static import imports

    names = set(exercise_modules())
    todo = {exercise}
    for case in _catalogue().BY_NAME[exercise].cases:
        for step in getattr(case, "steps", ()):
            if ":" in step.target and not step.target.startswith("@"):
                todo.add(step.target.partition(":")[0])
    done: set[str] = set()
    while todo:
        name = todo.pop()
        done.add(name)
        code = modules.get(name)
        if code is None:
            code = (SOLUTIONS / f"{name}.py").read_text(encoding="utf-8")
        todo |= {n.partition(".")[0] for n in imports(code) if n.partition(".")[0] in names} - done
    return done - {exercise}


def _source(text: str, file: str) -> str:
    """A module's code for import scanning: a notebook's code cells joined."""
    if not file.endswith(".ipynb"):
        return text
    cells = json.loads(text)["cells"]
    code = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in cells if c.get("cell_type") == "code"]
    return "\n".join(line for line in "\n".join(code).splitlines() if not line.lstrip().startswith(("%", "!")))


def write_submission(item: Item, folder: Path) -> None:
    own = {Path(f).stem: _source(text, f) for f, text in item.modules}
    for file, text in item.modules:
        (folder / file).write_text(text, encoding="utf-8")
    for name in needed(item.exercise, own):
        if name not in own:
            shutil.copy(SOLUTIONS / f"{name}.py", folder / f"{name}.py")


def _mentions(text: str, word: str) -> bool:
    """`word` as a whole word of `text` (case-insensitive)."""
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(word.lower())}(?![A-Za-z0-9_])", text.lower()) is not None


_QUOTED_CODE = re.compile(r"(line \d+, in [^:;]+): (?:(?! — looks like: )[^;])*")  # up to a diagnosis


def _has_words(text: str, words: tuple[tuple[str, ...], ...]) -> bool:
    """A word of every group in `text`, each starting a word there (a stem such as "transpos"
    matches "transposed"; "kw" does not match "backward"). Source lines a traceback quotes
    ("pooling.py, line 98, in f: <code>") are the student's words, not a diagnosis: left out."""
    text = _QUOTED_CODE.sub(r"\1", text).lower()
    return all(any(re.search(rf"(?<![a-z0-9_]){re.escape(w.lower())}", text) for w in group) for group in words)


def grade_item(item: Item, seed: int = 0) -> Result:
    from checker.grade.checks import grade

    with tempfile.TemporaryDirectory(prefix="grade-corpus-") as tmp:
        write_submission(item, Path(tmp))
        exercise = grade(Path(tmp), seed=seed, only=(item.exercise,)).exercises[0]
    failing = [c for c in exercise.checks if not c.passed]
    lost = exercise.score < exercise.max_score - 1e-9
    # what the student reads first: the first failing check, or for a mistake expected as a note
    # at full marks, the first check that says something
    said = failing or ([c for c in exercise.checks if c.message] if item.expect == "note" and not lost else [])
    first = f"{said[0].name}: {said[0].message}" if said else ""
    # the words must be in what the grader says is wrong (the message), not in the check's name,
    # which says what is checked; the place may be in either
    named = bool(said) and bool(item.words) and _has_words(said[0].message, item.words)
    return Result(item.name, item.kind, item.exercise, item.family, exercise.score, exercise.max_score, first,
                  item.expect, lost, item.expect == "note" and not lost and named, named,
                  bool(said) and any(_mentions(first, b) for b in item.blame),
                  bool(item.words) and any(_has_words(c.message, item.words) for c in said))


def summary(results: list[Result]) -> dict[str, Any]:
    mutants = [r for r in results if r.kind == "mutant"]
    variants = [r for r in results if r.kind == "variant"]
    families: dict[str, dict[str, int]] = {}
    for r in mutants:
        row = families.setdefault(r.family, {"mutants": 0, "lost": 0, "noted": 0, "named": 0, "blamed": 0})
        row["mutants"] += 1
        row["lost"] += r.lost
        row["noted"] += r.noted
        row["named"] += r.named
        row["blamed"] += r.blamed
    return {
        "mutants": len(mutants), "lost": sum(r.lost for r in mutants), "noted": sum(r.noted for r in mutants),
        "named": sum(r.named for r in mutants),
        "blamed": sum(r.blamed for r in mutants), "named_anywhere": sum(r.named_anywhere for r in mutants),
        "families": dict(sorted(families.items())),
        "variants": len(variants), "full_marks": sum(not r.lost for r in variants),
        "false_alarms": [{"name": r.name, "score": r.score, "max_score": r.max_score, "first": r.first}
                         for r in variants if r.lost],
    }


def _print(results: list[Result], details: bool, unstable: set[str]) -> None:
    s = summary(results)
    print(f"{'family':24} {'mutants':>7} {'lost':>5} {'noted':>6} {'named':>6} {'blamed':>7}")
    for family, row in s["families"].items():
        print(f"{family:24} {row['mutants']:7} {row['lost']:5} {row['noted']:6} {row['named']:6} {row['blamed']:7}")
    print(f"{'total':24} {s['mutants']:7} {s['lost']:5} {s['noted']:6} {s['named']:6} {s['blamed']:7}"
          f"   (words in some message: {s['named_anywhere']})")
    print(f"\ncorrect variants: {s['full_marks']}/{s['variants']} with full marks")
    for alarm in s["false_alarms"]:
        print(f"  FALSE ALARM {alarm['name']}: {alarm['score']:g}/{alarm['max_score']:g}: {alarm['first'][:300]}")
    for r in results:
        if r.kind == "mutant" and (details or not (r.named and r.blamed)):
            state = "MISSED" if not (r.lost or r.noted) else ("ok" if r.named and r.blamed else
                                                  "unnamed" if not r.named else "misplaced")
            print(f"  {state:9} {r.name} [{r.family}]{' (unstable)' if r.name in unstable else ''} "
                  f"{r.score:g}/{r.max_score:g}: {r.first[:300]}")


def _gap_reasons(r: Result) -> dict[str, str]:
    """Today's gaps of one graded item, as the keys record them."""
    said = f"the first failing check says: {r.first[:240]}" if r.first else "no check fails"
    if r.kind == "variant":
        return {"false_alarm": f"{r.score:g}/{r.max_score:g}; {said}"} if r.lost else {}
    if r.expect == "note":
        said = (f"it loses points ({r.score:g}/{r.max_score:g}): {r.first[:200]}" if r.lost
                else f"the first check with a message says: {r.first[:220]}" if r.first else "no check says anything")
        gaps = {} if r.noted else {"noted": said}
    else:
        gaps = {} if r.lost else {"lost": "full marks: no check catches it"}
    gaps.update({aspect: said for aspect, ok in (("named", r.named), ("blamed", r.blamed)) if not ok})
    return gaps


def _dump_list(entries: list[dict[str, Any]]) -> str:
    return "[\n" + ",\n".join(" " + json.dumps(e, ensure_ascii=False) for e in entries) + "\n]\n"


def record_gaps(results: list[Result], root: Path = CORPUS) -> None:
    """Rewrite the gaps of every graded item's key from `results` (other keys stay as they are)."""
    found = {r.name: _gap_reasons(r) for r in results}
    for path in sorted((root / "mutants").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        for entry in entries:
            name = f"{path.stem}/{entry['id']}"
            if name in found:
                entry.pop("gaps", None)
                entry.update({"gaps": found[name]} if found[name] else {})
        path.write_text(_dump_list(entries), encoding="utf-8")
    keys_path = root / "variants.json"
    keys = json.loads(keys_path.read_text(encoding="utf-8"))
    for name, key in keys.items():
        if name in found:
            key.pop("gaps", None)
            key.update({"gaps": found[name]} if found[name] else {})
    keys_path.write_text("{\n" + ",\n".join(f" {json.dumps(n)}: {json.dumps(k, ensure_ascii=False)}"
                                             for n, k in keys.items()) + "\n}\n", encoding="utf-8")


def select(items: list[Item], wanted: list[str]) -> list[Item]:
    if not wanted:
        return items
    return [i for i in items if any(w == i.exercise or w in i.name for w in wanted)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="exercises, or parts of variant/mutant names")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--checker", type=Path, help="a checkout whose `checker` package grades")
    parser.add_argument("--details", action="store_true", help="list every mutant, named or not")
    parser.add_argument("--record-gaps", action="store_true",
                        help="rewrite the graded items' keys' gaps from this run (review the diff)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str((args.checker or ROOT).resolve()))
    items = select(load_variants() + load_mutants(), args.only)
    results = [grade_item(item, args.seed) for item in items]
    if args.record_gaps:
        record_gaps(results)
    if args.json:
        print(json.dumps({"seed": args.seed, "summary": summary(results),
                          "results": [asdict(r) for r in results]}, indent=1))
    else:
        _print(results, args.details, {i.name for i in items if i.unstable})
    return 0


if __name__ == "__main__":
    sys.exit(main())
