"""update.before_update: a paragraph that sends its steps back to the values before an update
("from the old weights", "업데이트 전", "更新前的参数") makes a step that differs at the updated
values a guess, never a failure; its arithmetic stays checked, and without such words the step
is checked at the values in force."""

import pytest

from checker.derive.document import check_text

STEP = ("Let $h = ax + c$ with $a = 2$, $c = 1$ and $x = 3$, so $h = 2 \\cdot 3 + 1 = 7$.\n\n"
        "One update with $\\eta = 0.5$: $a \\leftarrow a - \\eta \\cdot 2 = 1$ and "
        "$c \\leftarrow c - \\eta \\cdot 2 = 0$.\n\n")


@pytest.mark.parametrize("paragraph, verdicts", [
    ("A second input, %s: $x = 4$.\nThen $h = 2 \\cdot 4 + 1 = 9$.", ["undecided", "holds"]),
    ("A second input, %s: $x = 4$.\nThen $h = 2 \\cdot 4 + 1 = 10$.", ["undecided", "fails"]),
])
@pytest.mark.parametrize("cue", ["from the old weights", "with the previous parameters",
                                 "업데이트 전 가중치로", "用更新前的参数"])
def test_a_step_worked_at_the_values_before_an_update(paragraph, verdicts, cue):
    text = STEP + paragraph % cue
    steps = [s for s in check_text(text).steps if s.line == len(text.splitlines())]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.verdict, s.method)
                                                    for s in steps]


def test_without_such_words_the_updated_values_are_in_force():
    text = STEP + "A second input: $x = 4$.\nThen $h = 2 \\cdot 4 + 1 = 9$."
    steps = [s for s in check_text(text).steps if s.line == len(text.splitlines())]
    assert [s.verdict for s in steps] == ["fails", "holds"], steps
