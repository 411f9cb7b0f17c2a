"""Sets (sets.py): a name given a set listed or built in braces is a definition, no step; a
formula that relates sets (∪, ∩, a function of a set) is still reported unread, and the
claims beside a set definition are still checked."""

import pytest

from checker.derive.document import check_text


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text, verdicts", [
    ("Vocabulary $V = \\{\\text{free}, \\text{win}, \\text{hello}\\}$.", []),
    ("두 군집 $A = \\{1, 2, 4\\}$, $B = \\{8, 10\\}$ 으로 나눈다.", []),
    ("미니배치 $B = \\{x_1, \\dots, x_m\\}$ 에 대해", []),
    ("$$D = \\{(x, y) \\mid 0 \\le x \\le 1,\\ x^2 \\le y \\le x\\}$$", []),
    ("窗口 $R_{ij} = \\{2i, 2i + 1\\}$。", []),
    # the claims beside a set defined are still checked: the right sum, a wrong one
    ("$$A = \\{1, 2, 4\\}, \\qquad 1 + 2 + 4 = 7$$", ["holds"]),
    ("$$A = \\{1, 2, 4\\}, \\qquad 1 + 2 + 4 = 8$$", ["fails"]),
    # a relation of sets is no definition: still reported, unread
    ("Then $A \\cup B = \\{1, 2, 4, 8, 10\\}$.", ["unreadable"]),
    ("$$v(\\{1, 2\\}) = f(1, 2) = 9$$", ["unreadable", "undecided"]),
])
def test_a_set_given_a_name_is_defined_not_a_step(text, verdicts):
    assert _verdicts(text) == verdicts
