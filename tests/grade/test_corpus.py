"""The keyed grading corpus as tests: every correct variant gets full marks; every single-mistake
mutant loses points, and its first failing check names the mistake (the key's words) and where
it is (the key's blame).

The corpus and its key format are described in `bench/grade_corpus.py`, which prints the same
figures. A gap the grader has today is recorded in the mutant's key (`"gaps": {"lost" | "named" |
"blamed": reason}`, or a variant's `"false_alarm"` in `variants.json`) and runs here as a strict
xfail: when a change to the grader closes the gap, the test XPASSes and fails, and the entry is
removed from the key (`python bench/grade_corpus.py --record-gaps` rewrites every key's gaps from
a fresh run; review its diff). Each item is graded once, on seed 0; items of the model and
training exercises (seconds each) are marked slow.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bench.grade_corpus import (
    ASPECTS,
    FAMILIES,
    BadKey,
    Item,
    _has_words,
    _mentions,
    grade_item,
    load_mutants,
    load_variants,
    needed,
    write_submission,
)
from checker.grade import catalogue

SEED = 0
VARIANTS = load_variants()
MUTANTS = load_mutants()
ITEMS = {item.name: item for item in VARIANTS + MUTANTS}
MODULES = [e.name for e in catalogue.EXERCISES if e.kind != "derivation"]
SLOW = {"lenet", "training"}  # models and training runs: seconds per item


@cache
def _result(name: str):
    return grade_item(ITEMS[name], SEED)


def _params(items: list[Item], gap: str) -> list:
    out = []
    for item in items:
        marks = [pytest.mark.slow] if item.exercise in SLOW or item.family == "vectorisation" else []
        if item.gaps.get(gap):
            marks.append(pytest.mark.xfail(strict=True, reason=item.gaps[gap]))
        out.append(pytest.param(item.name, id=item.name, marks=marks))
    return out


def test_every_exercise_module_has_variants_and_mutants():
    for module in MODULES:
        assert sum(v.exercise == module for v in VARIANTS) >= 3, f"{module}: fewer than 3 correct variants"
        assert any(m.exercise == module for m in MUTANTS), f"{module}: no mutant"
    assert len(MUTANTS) >= 80
    assert any(name.endswith(".ipynb") for v in VARIANTS for name, _ in v.modules)


@pytest.mark.parametrize("name", _params(VARIANTS, "false_alarm"))
def test_a_correct_variant_gets_full_marks(name):
    r = _result(name)
    assert not r.lost, f"{r.score:g}/{r.max_score:g}: {r.first}"


@pytest.mark.parametrize("name", _params(MUTANTS, "lost"))
def test_a_mutant_loses_points(name):
    r = _result(name)
    assert r.lost, f"full marks ({r.max_score:g}) for: {ITEMS[name].why}"


@pytest.mark.parametrize("name", _params(MUTANTS, "named"))
def test_a_mutant_is_named(name):
    r, item = _result(name), ITEMS[name]
    assert r.named, f"expected words {item.words} for: {item.why}; first failing check: {r.first or '(none)'}"


@pytest.mark.parametrize("name", _params(MUTANTS, "blamed"))
def test_a_mutant_is_blamed_where_it_is(name):
    r, item = _result(name), ITEMS[name]
    assert r.blamed, f"expected one of {item.blame} for: {item.why}; first failing check: {r.first or '(none)'}"


# -- the harness itself ----------------------------------------------------------------------
MENTIONS = [  # (text, word, whole word found)
    ("dense_backward: db: expected shape (3,)", "db", True),
    ("dense_backward value 3: dbx", "db", False),
    ("LeNet5: the first that differs is Dense(120)", "Dense(120)", True),
    ("max abs error", "x", False),
]


@pytest.mark.parametrize("text, word, found", MENTIONS)
def test_blame_is_a_whole_word(text, word, found):
    assert _mentions(text, word) is found


WORDS = [  # (text, groups, every group has a word in the text)
    ("a sum where a mean was due (off by the batch size 4)", (("sum",), ("mean", "average")), True),
    ("transposed (a transposed weight gradient?)", (("transpos",),), True),
    ("max abs error 1.3", (("sign", "ascent"),), False),
    ("Sign flipped", (("sign",), ("ascent",)), False),
]


@pytest.mark.parametrize("text, groups, found", WORDS)
def test_words_need_one_of_every_group(text, groups, found):
    assert _has_words(text, groups) is found


def test_a_model_submission_gets_the_layers_it_needs(tmp_path):
    assert needed("lenet", {}) == {"activations", "conv2d", "dense", "pooling"}
    assert needed("training", {}) == {"lenet", "activations", "conv2d", "dense", "pooling"}
    assert needed("pooling", {}) == {"conv2d"}  # the solution's pooling imports conv2d's helpers
    assert needed("dense", {}) == set()
    item = next(v for v in VARIANTS if v.exercise == "training" and v.name.endswith("notebook"))
    write_submission(item, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "activations.py", "conv2d.py", "dense.py", "lenet.py", "pooling.py", "training.ipynb"]


BAD_MUTANTS = [  # (a mutant entry of dense.json, a word the error must contain)
    ({"id": "x", "family": "sign", "edits": [["no such text", "y"]], "blame": ["db"], "words": [["a"]], "why": "w"},
     "0 times"),
    ({"id": "x", "family": "colour", "edits": [["return x @ w + b, (x, w)", "return w + b, (x, w)"]], "blame": ["db"], "words": [["a"]], "why": "w"},
     "family"),
    ({"id": "x", "family": "sign", "edits": [["return x @ w + b, (x, w)", "return w + b, (x, w)"]], "blame": ["db"], "words": [], "why": "w"}, "words"),
    ({"id": "x", "family": "sign", "edits": [], "blame": ["db"], "words": [["a"]], "why": "w"}, "edit"),
    ({"id": "x", "family": "sign", "edits": [["return x @ w + b, (x, w)", "return w + b, (x, w)"]], "blame": ["db"], "words": [["a"]], "why": "w",
      "gaps": {"speed": "slow"}}, "gaps"),
    ({"id": "x", "family": "sign", "edits": [["return x @ w + b, (x, w)", "return w + b, (x, w)"]], "words": [["a"]], "why": "w"}, "fields"),
]


@pytest.mark.parametrize("entry, word", BAD_MUTANTS)
def test_a_bad_mutant_key_is_refused_with_the_reason(tmp_path, entry, word):
    (tmp_path / "mutants").mkdir()
    (tmp_path / "mutants" / "dense.json").write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(BadKey, match=word):
        load_mutants(tmp_path)


def test_every_family_and_aspect_is_used_as_documented():
    assert {m.family for m in MUTANTS} <= set(FAMILIES)
    assert ASPECTS == ("lost", "named", "blamed")
    assert all(set(v.gaps) <= {"false_alarm"} for v in VARIANTS)
    assert Path(__file__).with_name("corpus").joinpath("variants.json").is_file()
