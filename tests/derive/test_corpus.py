"""The keyed corpus as tests: per file, no correct line reported as wrong, every wrong line
flagged, nothing reported on a line that holds no claim.

The corpus and its key format are described in `bench/corpus.py`; `bench/derive_corpus.py`
prints the same figures. A gap the checker has today is recorded in the file's key
(`"gaps": {"false_alarms" | "missed" | "not_claims": reason}`) and runs here as a strict xfail:
when a change to the checker closes the gap, the test XPASSes and fails, and the entry is
removed from the key
(`python bench/derive_corpus.py --prune-gaps` removes every closed one; it never adds a gap).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.corpus import (
    ASPECTS,
    CORPUS,
    BadKey,
    Key,
    corpus_files,
    load_key,
    orphan_keys,
    relation_lines,
)
from bench.derive_corpus import Score, prune_gaps, run, score

FILES = corpus_files()
MIN_FILES = 40  # the English corpus alone has 52; ko/ and zh/ add to it


@cache
def _scores() -> dict[Path, Score]:
    """Every corpus file checked once, in forked workers where the platform has them: the
    checker's SymPy caches then grow in the workers, not in the test process (a large heap makes
    the garbage collector, and so the timing of other tests' time limits, slower)."""
    return dict(zip(FILES, run(FILES, jobs=2), strict=True))


def _score(path: Path) -> Score:
    return _scores()[path]


def _params(aspect: str, applies) -> list:
    out = []
    for path in FILES:
        key = load_key(path)
        if not applies(key):
            continue
        gap = key.gaps.get(aspect)
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        out.append(pytest.param(path, id=key.name, marks=marks))
    return out


def test_the_corpus_is_there():
    assert len(FILES) >= MIN_FILES, f"expected at least {MIN_FILES} corpus files under {CORPUS}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_file_has_a_valid_key(path):
    key = load_key(path)  # raises BadKey with what is wrong
    pointless = [a for a in key.gaps if (a == "missed" and not key.wrong)
                 or (a == "not_claims" and not key.not_claims)]
    assert not pointless, f"{key.name}: gaps {pointless} name an aspect with nothing keyed"


def test_no_key_is_left_without_its_file():
    assert orphan_keys() == []


@pytest.mark.parametrize("path", _params("false_alarms", lambda k: True))
def test_no_correct_line_is_reported_wrong(path):
    s = _score(path)
    assert not s.false_alarms, "\n".join(
        f"line {f.line}{'' if f.cell is None else f' (cell {f.cell})'}: {f.step} [{f.method}]"
        for f in s.false_alarms)


@pytest.mark.parametrize("path", _params("missed", lambda k: bool(k.wrong)))
def test_every_wrong_line_is_flagged(path):
    s = _score(path)
    assert s.flagged == s.wrong_lines, "\n".join(
        f"line {f.line}{'' if f.cell is None else f' (cell {f.cell})'} ({f.why}): "
        f"reported {f.verdict} {f.method}" for f in s.missed)


@pytest.mark.parametrize("path", _params("not_claims", lambda k: bool(k.not_claims)))
def test_nothing_is_reported_on_a_line_without_a_claim(path):
    s = _score(path)
    assert not s.non_claim_steps, "\n".join(
        f"line {f.line} ({f.why}): {f.verdict} {f.step}" for f in s.non_claim_steps)


# -- the harness itself ----------------------------------------------------------------------
def _step(line, verdict, recovers=None):
    return SimpleNamespace(line=line, cell=None, verdict=verdict, lhs="a", rhs="b", relation="=",
                           method="m", recovers=recovers)


def _key(wrong=(), not_claims=()):
    return Key(CORPUS / "x.md", "style", "topic", {(None, n): "why" for n in wrong},
               {(None, n): "why" for n in not_claims}, {})


SCORES = [  # (steps, wrong lines, non-claim lines) -> (definite, flagged, alarms, carried, non-claim)
    ([_step(3, "holds"), _step(5, "fails")], [5], [], (2, 1, 0, 0, 0)),
    ([_step(3, "fails")], [5], [], (1, 0, 1, 0, 0)),
    ([_step(5, "fails"), _step(6, "fails", recovers=4)], [5], [], (2, 1, 0, 1, 0)),
    ([_step(6, "fails", recovers=6)], [5], [], (1, 0, 1, 0, 0)),  # nothing wrong in 6..6
    ([_step(2, "undecided"), _step(4, "unreadable")], [], [2], (0, 0, 0, 0, 1)),
    ([], [7], [], (0, 0, 0, 0, 0)),
]


@pytest.mark.parametrize("steps, wrong, non_claims, expected", SCORES)
def test_scoring(steps, wrong, non_claims, expected):
    s = score(_key(wrong, non_claims), SimpleNamespace(steps=steps))
    assert (s.definite, s.flagged, len(s.false_alarms), s.carried,
            len(s.non_claim_steps)) == expected
    assert len(s.missed) == s.wrong_lines - s.flagged


MATH_LINES = [  # (text, the lines holding a relation inside math)
    ("a = b\n$x = 1$ and $y$\n$$z$$", [2]),
    ("$$\nA = B\n= C\n$$\nnot = math", [2, 3]),
    ("\\begin{align}\nf &= g \\\\\n\\end{align}\n$p := q$", [2, 4]),
    ("```python\nw = 1\n```\n```math\nu = v\n```", [5]),
    ("\\[ a \\approx b \\]\n\\(c = d\\) and $e \\le f$", [1, 2]),
]


@pytest.mark.parametrize("text, lines", MATH_LINES)
def test_math_lines_are_found_as_a_reader_sees_them(text, lines):
    assert relation_lines(text) == lines


def test_aspects_are_the_keys_gaps():
    assert ASPECTS == ("false_alarms", "missed", "not_claims")


def test_prune_removes_closed_gaps_only(tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text("$$a = b$$\n$$c = d$$\n", encoding="utf-8")
    key = {"style": "s", "topic": "t", "wrong": [{"line": 1, "why": "w"}],
           "gaps": {"missed": "m", "false_alarms": "f"}}
    (tmp_path / "notes.key.json").write_text(json.dumps(key, indent=2), encoding="utf-8")
    steps = [_step(1, "fails"), _step(2, "fails")]  # line 1 now flagged; line 2 still an alarm
    removed = prune_gaps([doc], [score(load_key(doc), SimpleNamespace(steps=steps))])
    assert [a for _, a in removed] == ["missed"]
    assert load_key(doc).gaps == {"false_alarms": "f"}


_ONE = [{"line": 1, "why": "w"}]
BAD_KEYS = [  # (key, a word the error must contain)
    ({"topic": "t"}, "style"),
    ({"style": "s", "topic": "t", "wrong": [{"line": 99, "why": "w"}]}, "outside"),
    ({"style": "s", "topic": "t", "wrong": [{"line": 1}]}, "why"),
    ({"style": "s", "topic": "t", "wrong": _ONE, "not_claims": _ONE}, "both"),
    ({"style": "s", "topic": "t", "gaps": {"speed": "slow"}}, "gaps"),
    ({"style": "s", "topic": "t", "wrong": [{"cell": 1, "line": 1, "why": "w"}]}, "cell"),
]


@pytest.mark.parametrize("key, word", BAD_KEYS)
def test_a_bad_key_is_refused_with_the_reason(tmp_path, key, word):
    doc = tmp_path / "notes.md"
    doc.write_text("$$a = b$$\n", encoding="utf-8")
    (tmp_path / "notes.key.json").write_text(json.dumps(key), encoding="utf-8")
    with pytest.raises(BadKey, match=word):
        load_key(doc)


def test_another_corpus_folder_is_measured_with_the_same_keys(tmp_path, capsys):
    from bench.derive_corpus import main

    doc = tmp_path / "en" / "notes.md"
    doc.parent.mkdir()
    doc.write_text("$$2 + 2 = 4$$\n\n$$3 \\cdot 3 = 10$$\n", encoding="utf-8")
    key = {"style": "s", "topic": "t", "wrong": [{"line": 3, "why": "9, not 10"}]}
    (doc.parent / "notes.key.json").write_text(json.dumps(key), encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "--json", "--jobs", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["totals"]["files"], out["totals"]["wrong_lines"]) == (1, 1)
    with pytest.raises(SystemExit, match="not a folder"):
        main(["--corpus", str(tmp_path / "none")])


def test_a_path_names_the_corpus_folder_before_one_in_the_working_directory(
        tmp_path, capsys, monkeypatch):
    from bench.derive_corpus import main

    for where, text in (("corpus", "$$2 + 2 = 4$$\n"), ("here", "$$2 + 2 = 4$$\n\n$$1 = 1$$\n")):
        doc = tmp_path / where / "en" / "notes.md"
        doc.parent.mkdir(parents=True)
        doc.write_text(text, encoding="utf-8")
        (doc.parent / "notes.key.json").write_text(json.dumps({"style": "s", "topic": "t"}),
                                                   encoding="utf-8")
    monkeypatch.chdir(tmp_path / "here")  # it has an `en` of its own
    assert main(["--corpus", str(tmp_path / "corpus"), "--json", "--jobs", "1", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["steps"] == 1
