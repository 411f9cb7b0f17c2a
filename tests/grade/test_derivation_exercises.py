"""`grader check` grades `derivations/<name>.md`: worked solutions get full marks, the templates 0,
a planted sign error loses the step's points and is named, a derivation that stops short loses
the target's point, and a file that cannot be read is an error for that exercise only."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.grade import derivation
from checker.grade.catalogue import EXERCISES
from checker.grade.store import DATA, verify

ROOT = Path(__file__).parents[2]
NAMES = [e.name for e in EXERCISES if e.kind == "derivation"]
ONLY = [arg for name in NAMES for arg in ("--only", name)]
runner = CliRunner()


def _solution(name: str) -> str:
    return (ROOT / "solutions" / f"{name}.md").read_text(encoding="utf-8")


def test_every_template_is_graded_and_the_manifest_holds_its_head() -> None:
    assert sorted(p.stem for p in (ROOT / "exercises" / "derivations").glob("*.md")) == sorted(
        n.removeprefix("derivations/") for n in NAMES)
    stored = json.loads((DATA / "manifest.json").read_text())["derivations"]
    assert stored == derivation.templates(ROOT / "solutions" / "derivations", NAMES)  # no drift


@pytest.mark.parametrize(("folder", "code", "score", "needle"), [
    ("solutions", 0, len(NAMES) * derivation.MAX_POINTS, "passed"),
    ("exercises", 1, 0.0, "no steps written yet"),
])
def test_solutions_full_marks_templates_zero(folder: str, code: int, score: float, needle: str) -> None:
    result = runner.invoke(app, ["check", str(ROOT / folder), "--seed", "3", "--format", "json", *ONLY])
    assert result.exit_code == code, result.output
    report = json.loads(result.output)
    assert report["score"] == score and report["max_score"] == len(NAMES) * derivation.MAX_POINTS
    assert [e["name"] for e in report["exercises"]] == NAMES
    assert all(needle in (e["status"], e["checks"][0]["message"]) for e in report["exercises"])


def _planted(text: str) -> str:
    return text.replace("$$= (wx + b - y)x$$", "$$= (wx - b - y)x$$")


def _short(text: str) -> str:  # stops at a derivative: every step holds, the target is not reached
    return text[:text.rindex("$$= (wx + b - y)x$$")]


def _unreadable(text: str) -> str:
    return text.replace("$$= (wx + b - y)x$$", "$$= (wx + b - y)x \\foo{q}$$")


def _edited_target(text: str) -> str:  # the template's target is used, whatever the copy says
    return text.replace("= x(\\hat{y} - y) -->", "= 0 -->")


def _answer(text: str, steps: str) -> str:
    return text[:text.index("## Your steps")] + "## Your steps\n\n" + steps


WRONG_THEN_RIGHT = "$$\\frac{\\partial J}{\\partial w} = 2x(\\hat{y} - y)$$\n\n$$= x(\\hat{y} - y)$$\n"
PADDING = "".join(f"$$\\frac{{\\partial q_{i}}}{{\\partial r}} = {i}$$\n\n" for i in range(1, 10))


def _padded(text: str) -> str:  # stated derivatives of undefined names check nothing: not counted
    return _answer(text, PADDING + WRONG_THEN_RIGHT)


def _repeated(text: str) -> str:  # steps that hold trivially (the last line again) earn nothing
    return _answer(text, WRONG_THEN_RIGHT + "\n$$= x(\\hat{y} - y)$$\n" * 9)


def _three_wrong(text: str) -> str:  # each mistake costs 2 / 4 (the worked solution takes 4 steps)
    return _answer(text, "$$\\frac{\\partial J}{\\partial w} = 2x(\\hat{y} - y)$$\n\n$$= 3x(\\hat{y} - y)$$\n\n"
                         "$$= 4x(\\hat{y} - y)$$\n\n$$= x(\\hat{y} - y)$$\n")


def _doubled(text: str) -> str:  # one wrong step in a chain, the next line back on track
    return text.replace("$$= (wx + b - y)\\frac", "$$= 2(wx + b - y)\\frac")


def _stated_only(text: str) -> str:  # reaches the target without one checked step
    return _answer(text, "$$\\frac{\\partial Q}{\\partial w} = x(\\hat{y} - y)$$\n")


def _stated_extra(text: str) -> str:  # a right answer with a stated derivative beside it
    return text + "\n$$\\frac{\\partial q}{\\partial r} = 7$$\n\n$$\\frac{\\partial J}{\\partial w} = x(\\hat{y} - y)$$\n"


ADV_Q = ("$$\\frac{\\partial J}{\\partial q} = x(\\hat{y} - y)$$\n\n$$\\frac{\\partial q}{\\partial w} = 1$$\n\n"
         "$$\\frac{\\partial J}{\\partial w} = \\frac{\\partial J}{\\partial q}\\frac{\\partial q}{\\partial w}$$\n\n"
         "$$= x(\\hat{y} - y)$$\n")
W = "derivations/mse_gradient"
# (what is submitted as mse_gradient.md, status, score, words the first failure must contain)
CASES: list[tuple[str, Callable[[str], str | bytes] | None, str, float, tuple[str, ...]]] = [
    # line 29, back at x(ŷ - y), earns its share: the sign error costs its own step only
    ("sign error", _planted, "failed", 2.5, ("line 27", "does not hold", "counterexample", "sign is flipped")),
    ("stops short", _short, "failed", 2.0, ("ends at (wx + b - y)\\frac", "expected the right side of")),
    ("unreadable step", _unreadable, "failed", 2.0, ("line 27", "could not be read", "\\foo")),
    ("edited target", _edited_target, "passed", 3.0, ()),
    # one mistake costs one step: the line after it, back at the last expression that held,
    # earns its share (its own message says where the mistake is)
    ("wrong then right", lambda t: _answer(t, WRONG_THEN_RIGHT), "failed", 2.5, ("line 23", "constant factor")),
    ("padded with repeats", _repeated, "failed", 2.5, ("line 23", "constant factor")),
    ("three mistakes", _three_wrong, "failed", 1.5, ("line 23", "constant factor")),
    ("one step doubled", _doubled, "failed", 2.5, ("line 25", "does not hold", "constant factor")),
    # taken-as-given derivatives are not counted: nine of them change nothing (were 2.64)
    ("padded with stated derivatives", _padded, "failed", 2.5, ("line 41", "constant factor")),
    ("only a stated derivative", _stated_only, "failed", 0.0, ("no step checks the derivation",)),
    # the target's right side alone is not a derivation: no formula starts from dJ/dw
    ("the answer without a start", lambda t: _answer(t, "$$17 = 17$$\n\n$$x(\\hat{y} - y) = x(\\hat{y} - y)$$\n"),
     "failed", 2.0, ("does not start from",)),
    # nor can a formula: y := ŷ would make J zero and every claim about it hold
    ("a redefinition", lambda t: _answer(t, "$$\\hat{y} = y$$\n\n$$\\frac{\\partial J}{\\partial w} = 0$$\n\n"
                                             "$$= x(\\hat{y} - y)$$\n"), "failed", 2.0, ("line 23", "does not hold", "was defined on line 10")),
    ("a restatement", lambda t: t.replace("## Your steps\n", "## Your steps\n\n$$\\hat{y} = \\hat{y}$$\n", 1),
     "passed", 3.0, ()),
    # two identities: the left side, then the right side, in chains of their own
    ("identities", lambda t: _answer(t, "$$\\frac{\\partial J}{\\partial w} = \\frac{\\partial J}{\\partial w}$$\n\n"
                                        "$$x(\\hat{y} - y) = x(\\hat{y} - y)$$\n"), "failed", 2.0, ("does not start from",)),
    # a derivative of a template name is derived, never stated: J does not depend on a made-up q
    ("a made-up helper", lambda t: _answer(t, ADV_Q), "failed", 1.5, ("line 23", "J does not depend on q")),
    # a directive in the answer cannot redefine the template's names
    ("a define directive", lambda t: _answer(t, "<!-- grader: define J = 0 -->\n\n" + WRONG_THEN_RIGHT),
     "failed", 2.5, ("line 25", "constant factor")),
    # both: the two notes (the directive's was lost when the template was edited too)
    ("a directive and an edited target", lambda t: _edited_target(_answer(t, "<!-- grader: define J = 0 -->\n\n"
                                                                          + WRONG_THEN_RIGHT)),
     "failed", 2.5, ("line 25", "constant factor")),
    ("solution and a stated derivative", _stated_extra, "passed", 3.0, ()),
    ("binary", lambda _: bytes(range(256)) * 4, "error", 0.0, ("binary",)),
    ("not UTF-8", lambda t: t.encode("utf-8") + b"\xff\xfe", "error", 0.0, ("UTF-8",)),
    ("too large", lambda t: t + "\n" + "x" * derivation.MAX_BYTES, "error", 0.0, ("at most 32 KiB",)),
    ("too many formulas", lambda t: t + "\n$$= x(\\hat{y} - y)$$\n" * (derivation.MAX_FORMULAS + 1), "error", 0.0,
     ("at most 40 formulas",)),
    ("no heading", lambda t: t.replace("## Your steps", "## Steps"), "error", 0.0, ("`## Your steps` heading",)),
    ("missing", None, "not submitted", 0.0, ("no derivations/mse_gradient.md",)),
]


@pytest.mark.parametrize(("label", "make", "status", "score", "needles"), CASES, ids=[c[0] for c in CASES])
def test_submission(tmp_path: Path, label: str, make: Callable[[str], str | bytes] | None, status: str,
                    score: float, needles: tuple[str, ...]) -> None:
    (tmp_path / "derivations").mkdir()
    if make is not None:
        content = make(_solution(W))
        path = tmp_path / f"{W}.md"
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    result = derivation.grade(tmp_path, W, verify())
    assert (result.status, result.score, result.max_score) == (status, score, derivation.MAX_POINTS), result
    assert all(n in result.first_failure for n in needles), result.first_failure
    if label == "a define directive":
        assert "directive(s) in your answer ignored" in result.notes[0]
    if label == "edited target":
        assert "differs from the template" in result.notes[0]
    if label == "a directive and an edited target":
        assert ["directive(s) in your answer ignored" in result.notes[0],
                "differs from the template" in result.notes[1]] == [True, True], result.notes
    if label == "padded with stated derivatives":
        # a number stated for a derivative of an undefined name is a value given (link.
        # given_value), not a step: the padding earns nothing and no note credits it
        assert not [c for c in result.checks if "q_" in c.name or "q_" in c.message]
        assert all("taken as given" in n for n in result.notes)
    if label == "one step doubled":
        recovering = next(c for c in result.checks if c.name == "step 3 (line 27)")
        assert recovering.passed and "returns to line 23" in recovering.message


def test_a_link_out_of_the_submission_is_refused(tmp_path: Path) -> None:
    (tmp_path / "derivations").mkdir()
    os.symlink(ROOT / "solutions" / f"{W}.md", tmp_path / f"{W}.md")
    result = derivation.grade(tmp_path, W, verify())
    assert result.status == "error" and result.score == 0 and "link" in result.first_failure


def test_the_table_names_the_first_wrong_step(tmp_path: Path) -> None:
    (tmp_path / "derivations").mkdir()
    (tmp_path / f"{W}.md").write_text(_planted(_solution(W)), encoding="utf-8")
    (tmp_path / "dense.py").write_bytes(b"\x00\x01")  # a broken module next to it changes nothing here
    result = runner.invoke(app, ["check", str(tmp_path), "--seed", "0", "--verbose", *ONLY])
    assert result.exit_code == 1, result.output
    out = " ".join(result.output.replace("│", " ").split())
    assert "derivations/mse_gradient 2.5/3 failed line 27" in out
    assert "[w·x + b - y]" in out  # brackets in a message are text, not markup
    assert "not submitted" in out and "score 2.5/9" in out


@pytest.mark.parametrize("folder", ["solutions", "exercises"])
def test_the_forked_grading_returns_what_grading_here_does(folder: str) -> None:
    manifest = verify()
    forked = derivation.Forked(ROOT / folder, NAMES, manifest)
    assert forked.pid > 0  # pytest's main thread alone: the grading was forked
    untimed = {n: replace(r, seconds=0.0) for n, r in forked.results().items()}  # the time it took differs
    assert untimed == {n: derivation.grade(ROOT / folder, n, manifest) for n in NAMES}


@pytest.mark.parametrize(("end", "why"), [
    (lambda: os.kill(os.getpid(), 9), "signal 9"),
    (lambda: os._exit(3), "exit code 3"),
])
def test_a_forked_grading_that_dies_is_an_error_for_each_exercise(monkeypatch: pytest.MonkeyPatch,
                                                                   end: Callable[[], None], why: str) -> None:
    monkeypatch.setattr(derivation, "grade", lambda *_: end())
    forked = derivation.Forked(ROOT / "solutions", NAMES, verify())
    assert forked.pid > 0  # never `end` in pytest's own process
    found = forked.results()
    assert [(r.status, r.score) for r in found.values()] == [("error", 0.0)] * len(NAMES)
    assert all(why in r.first_failure for r in found.values()), found


def test_without_a_fork_the_derivations_are_graded_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    forked = derivation.Forked(ROOT / "solutions", NAMES, verify())
    assert forked.pid == 0
    assert [r.status for r in forked.results().values()] == ["passed"] * len(NAMES)


@pytest.mark.parametrize("method", [
    "could not decide: AttributeError while evaluating",
    "could not decide: the expression cannot be evaluated numerically (TypeError)",
])
def test_a_checker_failure_on_a_step_is_told_in_the_students_terms(method: str) -> None:
    from checker.derive.result import Step

    told = derivation._detail(Step(4, "undecided", "L", "x", method, source="L = x"), 9)
    assert told == f"line 9: `L = x` could not be decided: {derivation.CHECKER_FAILED}"
    assert "Error" not in told


def test_a_checker_crash_on_a_file_is_an_error_without_exception_text(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.derivations.exercise as exercise

    def broken(*args: object, **kwargs: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'args'")

    monkeypatch.setattr(exercise, "check_exercise", broken)
    (tmp_path / "derivations").mkdir()
    name = NAMES[0]
    (tmp_path / f"{name}.md").write_text(_solution(name), encoding="utf-8")
    result = derivation.grade(tmp_path, name, verify(DATA))
    assert result.status == "error" and result.score == 0
    assert "the derivation checker failed on" in result.checks[0].message
    assert "Error" not in result.checks[0].message and "NoneType" not in result.checks[0].message
