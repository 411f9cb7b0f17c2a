"""Points and status from verdicts: a case's parts share its points, status comes from types, not text."""

from __future__ import annotations

import pytest

from checker.grade import plan, score
from checker.grade.compare import Comparison
from checker.grade.judge import Part
from checker.grade.results import CheckResult
from checker.grade.specs import Case


def _result(passed: bool, blocked: bool = False, message: str = "") -> CheckResult:
    return CheckResult("c", passed, 1.0 if passed else 0.0, 1.0, message, blocked=blocked)


@pytest.mark.parametrize(("checks", "status"), [
    ([_result(True), _result(True)], "passed"),
    ([_result(False, blocked=True), _result(False, blocked=True)], "not implemented"),
    ([_result(True), _result(False, blocked=True)], "failed"),  # something passed: written, partly
    ([_result(False, blocked=True), _result(False)], "failed"),
    # the words "not implemented yet" in a message decide nothing
    ([_result(False, message="not implemented yet")], "failed"),
])
def test_status(checks: list[CheckResult], status: str) -> None:
    assert score.status(checks) == status


def test_parts_share_a_variants_points_and_name_what_they_rely_on() -> None:
    case = Case("fit", "fit", lambda rng: [], points=2.0, relies=("sgd_step",))
    check = plan.Check(case, 3, {}, "t")
    parts = [Part("forward", Comparison(True)), Part("backward", Comparison(False, "differs"))]
    found = score.case_results(check, parts, {"sgd_step"}, hidden=False)
    assert [(c.name, c.score, c.max_score) for c in found] == [("fit: forward (random input #3)", 0.5, 0.5),
                                                               ("fit: backward (random input #3)", 0.0, 0.5)]
    assert "sgd_step fails its own check, and fit usually calls it" in found[1].message
