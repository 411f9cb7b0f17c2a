"""Definitions a step inherits from an earlier numbered example (legacy.py): a later example
("Example 2", "예 2", "例 2") is a new problem whose letters are its own unknowns again, so a
step there that differs only as read with what example 1 derived for them is undecided. Each
row: such a document (no step fails) and wrong twins: the same definition made in the
problem's setup before the first example, or inside the step's own example (a step must
still fail)."""

import pytest

from checker.derive.document import check_text

# (what, the definition's text, the later step's text)
ROWS = [
    ("en", "From the first condition, $q = 3p$.", "Here the condition reads $2q = p$.",
     "**Example {}.**"),
    ("ko", "첫 조건에서 $q = 3p$ 이다.", "이번에는 조건이 $2q = p$ 이다.", "**예 {}**"),
    ("zh", "由第一个条件得 $q = 3p$。", "这次条件为 $2q = p$。", "**例 {}**"),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("what, defined, step, head", ROWS, ids=[r[0] for r in ROWS])
def test_a_definition_of_an_earlier_example_is_a_guess(what, defined, step, head):
    text = f"{head.format(1)} {defined}\n\n{head.format(2)} {step}\n"
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == ["undecided"], [(s.lhs, s.rhs, s.method) for s in steps]
    assert "earlier numbered example" in steps[0].method


@pytest.mark.parametrize("what, defined, step, head", ROWS, ids=[r[0] for r in ROWS])
def test_the_setup_before_the_first_example_still_holds(what, defined, step, head):
    text = f"{defined}\n\n{head.format(1)} Nothing yet.\n\n{head.format(2)} {step}\n"
    assert _verdicts(text) == ["fails"]


@pytest.mark.parametrize("what, defined, step, head", ROWS, ids=[r[0] for r in ROWS])
def test_a_definition_of_the_same_example_still_holds(what, defined, step, head):
    text = f"{head.format(1)} Nothing yet.\n\n{head.format(2)} {defined}\n\n{step}\n"
    assert _verdicts(text) == ["fails"]
