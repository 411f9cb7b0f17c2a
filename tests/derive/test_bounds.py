"""Issue 10 §6: time budgets (a file's, an answer's, a run's) and bounded output. No test
depends on how fast this machine is: budgets are spent before the work starts, or after a
given number of formulas."""

import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from checker.derivations.exercise import check_exercise
from checker.derive import derive
from checker.derive.budget import Budget
from checker.derive.document import check_text
from checker.derive.result import (
    ECHO_CHARS,
    SIDE_CHARS,
    STEPS_PER_FORMULA,
    FileReport,
    Step,
    to_json,
)

TEXT = "$$f(x) = x^2$$\n\n$$f'(x) = 2x$$\n\n$$(x + 1)^2 = x^2 + 2x + 1$$\n\n$$2 + 2 = 5$$\n"
SPENT = Budget.start(1e-9)


@dataclass(frozen=True)
class AfterFormulas(Budget):
    """A budget that is spent once `count` formulas have asked whether it is."""

    calls: list = None  # type: ignore[assignment]
    count: int = 0

    @property
    def spent(self) -> bool:
        self.calls.append(1)
        return len(self.calls) > self.count


def test_a_spent_budget_leaves_every_claim_undecided_with_the_reason():
    steps = check_text(TEXT, budget=SPENT).steps
    assert [s.line for s in steps] == [1, 3, 5, 7]
    assert {s.verdict for s in steps} == {"undecided"}
    assert all("the file's time budget" in s.method and "ran out before this formula" in s.method
               for s in steps)


def test_formulas_before_the_budget_ran_out_are_checked_and_the_rest_are_undecided():
    budget = AfterFormulas(calls=[], count=3)  # the first check is before any formula
    steps = check_text(TEXT, budget=budget).steps
    assert [(s.line, s.verdict) for s in steps] == [(3, "holds"), (5, "undecided"),
                                                    (7, "undecided")]


def test_the_run_budget_binds_when_it_ends_first():
    run = Budget.start(1e-9, "run")
    budget = Budget.start(60, "file", within=run)
    assert budget.spent and budget.binding() is run
    assert "the run's time budget" in budget.reason()
    assert not Budget.start(None).limited and Budget.start(None).left() > 1e9


def test_derive_reports_what_the_run_budget_did_not_reach(tmp_path: Path):
    paths = []
    for k in range(2):
        paths.append(tmp_path / f"n{k}.md")
        paths[-1].write_text(TEXT, encoding="utf-8")
    reports = derive(paths, jobs=1, run_seconds=1e-9)
    assert all(s.verdict == "undecided" and "the run's time budget" in s.method
               for r in reports for s in r.steps)
    unlimited = derive(paths, jobs=1)
    assert [s.verdict for s in unlimited[0].steps] == ["holds", "holds", "fails"]


def test_a_long_chain_reports_at_most_its_cap_and_one_note():
    text = "$$x^2 = " + " = ".join(["x \\cdot x"] * (STEPS_PER_FORMULA + 40)) + "$$"
    steps = check_text(text).steps
    assert len(steps) == STEPS_PER_FORMULA + 1
    assert all(s.verdict == "holds" for s in steps[:-1])
    last = steps[-1]
    assert last.verdict == "undecided" and "40 more steps" in last.method


def test_what_a_step_echoes_is_capped_with_a_note():
    text = "$$x^2 = " + " = ".join(["x \\cdot x"] * 300) + "$$"
    steps = check_text(text).steps
    assert all(len(s.source) <= ECHO_CHARS for s in steps)
    assert "characters; the first" in steps[0].source
    assert steps[0].source.startswith("x^2 = x \\cdot x")
    big = Step(1, "holds", "a" * 5000, "b", "m", source="s" * 50000, diagnosis="d" * 5000)
    assert len(big.lhs) <= SIDE_CHARS and len(big.source) <= ECHO_CHARS
    assert len(big.diagnosis) <= ECHO_CHARS
    again = replace(big, line=2)  # a capped text is not cut again
    assert again.source == big.source and again.lhs == big.lhs
    report = FileReport("f.md", (replace(big, source="s" * 10 ** 6),))
    assert len(str(to_json([report]))) < 3 * ECHO_CHARS


def test_an_exercise_answer_within_its_budget():
    solution = Path("solutions/derivations/mse_gradient.md").read_text(encoding="utf-8")
    result = check_exercise(solution, "mse_gradient.md", SPENT)
    assert result.steps and {s.verdict for s in result.steps} == {"undecided"}
    assert all("time budget" in s.method for s in result.steps)


def test_grader_derive_takes_its_budgets_as_options(tmp_path: Path):
    from typer.testing import CliRunner

    from checker.cli import app

    f = tmp_path / "notes.md"
    f.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["derive", str(f), "--format", "json",
                                      "--run-seconds", "1e-9"])
    steps = json.loads(result.output)["files"][0]["steps"]
    assert result.exit_code == 0 and {s["verdict"] for s in steps} == {"undecided"}
    result = CliRunner().invoke(app, ["derive", str(f), "--file-seconds", "0", "--run-seconds",
                                      "0", "--format", "json"])
    assert result.exit_code == 1  # no budget: 2 + 2 = 5 is checked


def test_an_enclosing_limit_that_ran_out_as_an_inner_one_starts_is_not_lost():
    """The outer limit's signal is pending (it ran out) when an inner limit is entered: the
    inner one must neither take that signal for its own nor leave the outer limit unenforced
    (the step would then run unbounded: a worker once ran 15 minutes of CPU on one step)."""
    import signal
    import time

    from checker.derive.deadline import Timeout, time_limit
    from checker.derive.guard import guarded

    def busy(seconds: float) -> None:
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    def inner() -> str:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGPROF})
        busy(0.2)  # the pending signal is handled here
        return "finished"

    with pytest.raises(Timeout) as fired:
        with time_limit(0.05) as outer:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF})
            try:
                busy(0.1)  # the outer limit runs out; its signal waits
                guarded(1.0, inner, lambda err: "the inner limit took it")
            finally:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGPROF})
            busy(2.0)
    assert fired.value.token is outer
