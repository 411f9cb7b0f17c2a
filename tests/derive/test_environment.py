"""Environments (environment.py): a `cases` environment's last case in words ("otherwise",
"그 외", "否则") is the remaining case, in any of the three languages."""

import pytest

from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.tree import Cases

CASES = r"\begin{cases} x & x > 0 \\ 0 & %s \end{cases}"


@pytest.mark.parametrize("words", [
    r"\text{otherwise}", r"\text{else}", r"\text{그 외}", r"\text{그 외의 경우}",
    r"\text{나머지}", r"\text{否则}", r"\text{其他}", r"\text{其余情况}",
])
def test_the_remaining_case_in_words(words):
    node = parse_expression(CASES % words)
    assert isinstance(node, Cases)
    assert node.branches[-1][1] is None
    assert render(node.branches[0][1].members[0]) == "x"  # type: ignore[union-attr]
