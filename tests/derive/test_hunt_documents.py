"""The documents written to simulate a held-out judge (round 8, hunt12; round 9, hunt13): correct derivations in
real styles (learner blogs, lecture notes with align, worked numbers in prose, notebook
markdown, exam solutions, proofs; en, ko, zh) on topics outside the other corpora. Every
step in them is correct, so none may fail (a failing step here is a false alarm)."""

from pathlib import Path

import pytest

from checker.derive.document import check_text

DOCUMENTS = sorted((Path(__file__).parent / "hunt").rglob("*.md"))

# false alarms still open (strict: the day they close, the row must go)
OPEN = {
    "en_weight_norm_gradient.md": "line 13, ∇_v L = (g/‖v‖)∇_w L - (g∇_g L/‖v‖²) v: ∇_w read as "
    "applying to the rest of the sum, and ∂/∂v read by v's first entry beside ‖v‖ over all "
    "of them; the narrowed reading (∇_w of L only) still differs with L unknown",
    "en_matrix_backprop_bracket_shapes.md": "line 9, Gᵀ𝟏 = Σ_n G_{n,:} with b ∈ ℝ^M (shape "
    "(M,)): the row slice G_{n,:} read as a row (1, M) beside the column Gᵀ𝟏; the writer's "
    "vectors are 1-D (NumPy), which has no orientation",
    "ko_log_loss_point_value.md": "line 7, ∂L/∂z = ŷ - 1 = -0.2 after `$\\hat y = 0.8$ 일 때`: a "
    "value stated for a defined name in a condition is not bound (alone, `ŷ - 1 = -0.2` is "
    "undecided: depends on z), and in a chain after a derivative the link is read with z free",
}


def test_the_table_is_there():
    assert len(DOCUMENTS) >= 20


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=OPEN[p.name]))
    if p.name in OPEN else p for p in DOCUMENTS], ids=[p.name for p in DOCUMENTS])
def test_no_correct_step_fails(path):
    report = check_text(path.read_text(encoding="utf-8"), str(path))
    failing = [(s.line, s.lhs, s.rhs, s.method) for s in report.steps if s.verdict == "fails"]
    assert not failing, failing
