"""Derivation exercises: the worked solutions pass, a planted sign error is named as the first
wrong step, a derivation that stops short or ends elsewhere does not reach the target."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.derivations.exercise import ANSWER_HEADING, check_exercise
from checker.errors import InputFileError

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = sorted((ROOT / "solutions" / "derivations").glob("*.md"))
NAMES = [p.stem for p in SOLUTIONS]


def _solution(name: str) -> str:
    return (ROOT / "solutions" / "derivations" / f"{name}.md").read_text(encoding="utf-8")


def test_there_are_exercises_with_solutions() -> None:
    exercises = sorted(p.stem for p in (ROOT / "exercises" / "derivations").glob("*.md"))
    assert len(NAMES) >= 2 and exercises == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_solution_passes(name: str) -> None:
    result = check_exercise(_solution(name), name)
    assert result.passed, result
    assert all(s.verdict == "holds" for s in result.steps) and result.counted and result.reaches_target


@pytest.mark.parametrize("name", NAMES)
def test_template_matches_its_solution_and_has_no_steps(name: str) -> None:
    template = (ROOT / "exercises" / "derivations" / f"{name}.md").read_text(encoding="utf-8")
    head = template[:template.index(ANSWER_HEADING)]
    assert _solution(name).startswith(head)  # the same definitions and target
    result = check_exercise(template, name)
    assert not result.passed and result.steps == () and result.counted == ()


# the solution's line, and the same line with one sign flipped
PLANTED = [
    ("mse_gradient", "$$= (wx + b - y)x$$", "$$= (wx - b - y)x$$"),
    ("logistic_gradient", "$$= (-y(1 - a) + (1 - y)a)x$$", "$$= (-y(1 - a) - (1 - y)a)x$$"),
    ("softmax_cross_entropy", "$$= -y_1 + y_1 a_1 + y_2 a_1 + y_3 a_1$$",
     "$$= -y_1 - y_1 a_1 + y_2 a_1 + y_3 a_1$$"),
]


@pytest.mark.parametrize("name, line, planted", PLANTED)
def test_planted_sign_error_is_the_first_wrong_step(name: str, line: str, planted: str) -> None:
    source = _solution(name)
    assert line in source
    wrong = source.replace(line, planted)
    result = check_exercise(wrong, name)
    assert not result.passed
    first = result.first_wrong
    assert first is not None and first.verdict == "fails"
    assert wrong.splitlines()[first.line - 1] == planted
    assert first.counterexample is not None


@pytest.mark.parametrize("name", NAMES)
def test_stopping_short_does_not_reach_the_target(name: str) -> None:
    source = _solution(name)
    first = source.index("$$", source.index(ANSWER_HEADING))
    cut = source[:source.index("$$\n", first + 2) + 3]  # only the first step: a derivative left
    result = check_exercise(cut, name)
    assert len(result.steps) >= 1 and all(s.verdict == "holds" for s in result.steps)
    assert "\\partial" in result.final
    assert not result.reaches_target and not result.passed


def test_a_correct_derivation_of_another_result_does_not_reach_the_target() -> None:
    source = _solution("mse_gradient")
    head = source[:source.index(ANSWER_HEADING) + len(ANSWER_HEADING)]
    other = head + ("\n\n$$\\frac{\\partial J}{\\partial b} = (wx + b - y)"
                    "\\frac{\\partial}{\\partial b}(wx + b - y)$$\n\n$$= \\hat{y} - y$$\n")
    result = check_exercise(other, "mse_gradient")
    assert all(s.verdict == "holds" for s in result.steps)
    assert result.final == "\\hat{y} - y" and not result.reaches_target


def test_an_answer_without_target_or_heading_is_an_input_error() -> None:
    with pytest.raises(InputFileError, match="target"):
        check_exercise("$$x = 1$$\n", "notes.md")
