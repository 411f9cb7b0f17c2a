"""Families (family.py). `restated_at`: a member written out with its family's own formula at
its index (`a_1 = w h_0 + u x_1` after `a_t = w h_{t-1} + u x_t`) gives it no new meaning, so
a step that reads the member inside a definition written before (a loss through h_2) reads it
for certain: a wrong step fails, its correct twin holds. A member given another formula keeps
the guess (a new meaning, or the old one?), and the step stays undecided."""

import pytest

from checker.derive.definition import Definition
from checker.derive.document import check_text
from checker.derive.family import restated_at
from checker.derive.statement import parse_statements


def _definition(text: str, index: tuple[str, ...] = ()) -> Definition:
    name, body = parse_statements(text)[0].relation.members[:2]
    return Definition("a", name, body, 1, index=index)


FAMILY = "a_t = w\\,h_{t-1} + u\\,x_t"


@pytest.mark.parametrize("member, expected", [
    ("a_1 = w h_0 + u x_1", True),
    ("a_3 = w\\,h_2 + u\\,x_3", True),
    ("a_1 = w h_1 + u x_1", False),  # h at t, not t-1
    ("a_1 = 2 w h_0 + u x_1", False),  # another formula
    ("a_1 = 1", False),  # a value, not the formula
])
def test_a_member_written_with_its_familys_formula(member, expected):
    assert restated_at(_definition(FAMILY, ("t",)), _definition(member)) is expected


BPTT = ("# BPTT\n\n$$a_t = w\\,h_{t-1} + u\\,x_t, \\qquad h_t = \\tanh(a_t), \\qquad h_0 = 0$$\n\n"
        "with a loss on the last state, $L = \\frac{1}{2}(h_2 - y)^2$. Take $w = 0.5$, $u = 1$, "
        "$x_1 = 1$, $x_2 = 0.5$, $y = 0.2$.\n\n## Forward\n\n$$a_1 = %s = 1$$\n\n## Backward\n\n"
        "$$\\frac{\\partial L}{\\partial u} = (h_2 - y)(1 - h_2^2)\\left(x_2 + %s(1 - h_1^2)\\,"
        "x_1\\right)$$\n")


@pytest.mark.parametrize("member, factor, verdict", [
    ("w h_0 + u x_1", "w", "holds"),
    ("w h_0 + u x_1", "", "fails"),  # the path through w dropped
    ("u x_1 + w h_0", "", "undecided"),  # written otherwise: a new meaning is not ruled out
])
def test_a_step_through_a_restated_member(member, factor, verdict):
    steps = [s for s in check_text(BPTT % (member, factor)).steps if s.line == 13]
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.method) for s in steps]
