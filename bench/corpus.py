"""The keyed derivation corpus: every `.md` / `.ipynb` file under `tests/derive/corpus/` has a
key beside it, `name.md` → `name.key.json` (`name.ipynb` → `name.key.json`):

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

`math_lines` finds, independently of the checker, the lines on which a reader sees a relation
inside math; `dump_key` writes a key back in the layout its file already has.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
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
        for root in (CORPUS, ROOT):  # another corpus (--corpus) is named from the checkout
            if self.path.is_relative_to(root):
                return self.path.relative_to(root).as_posix()
        return str(self.path)


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


def relation_lines(text: str) -> list[int]:
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
        return [(None, n) for n in relation_lines(text)]
    out: list[Where] = []
    for number, cell in enumerate(json.loads(text)["cells"], start=1):
        if cell.get("cell_type") == "markdown":
            src = cell["source"]
            out.extend((number, n) for n in relation_lines("".join(src) if isinstance(src, list)
                                                         else src))
    return out


def orphan_keys(root: Path = CORPUS) -> list[Path]:
    """Keys with no corpus file beside them (a renamed file leaves one behind)."""
    docs = {key_path(d) for d in corpus_files(root)}
    return sorted(k for k in root.rglob("*.key.json") if k not in docs)


def dump_key(raw: dict[str, Any], like: str) -> str:
    """A key's JSON in the layout its file already has: plain `indent=2`, or one line per
    entry (the layout of the English keys)."""
    plain = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
    if like == plain or json.dumps(json.loads(like), indent=2, ensure_ascii=False) + "\n" == like:
        return plain
    out = []
    for name, val in raw.items():
        if isinstance(val, list) and val:
            rows = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in val)
            out.append(f'  "{name}": [\n{rows}\n  ]')
        elif isinstance(val, dict) and val:
            rows = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                               for k, v in val.items())
            out.append(f'  "{name}": {{\n{rows}\n  }}')
        else:
            out.append(f'  "{name}": {json.dumps(val, ensure_ascii=False)}')
    return "{\n" + ",\n".join(out) + "\n}\n"
