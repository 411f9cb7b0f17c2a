"""What is still read of a statement that cannot be read (remnant.py): its head, and a chain
of numbers after its first relation."""

import unicodedata

import pytest

from checker.derive.render import render
from checker.derive.statement import parse_statements


@pytest.mark.parametrize("text, head", [
    (r"v_t = \mu v_{t-1} - \eta \cdot", "v_t"),  # the right side ends in an operator
    (r"\hat{y}_i = 3 \cdot", "ŷ_i"),
    (r"a + b = (c +) d", "a + b"),
    (r"a + = 3", None),  # the head itself cannot be read
    (r"3 \cdot", None),  # no relation: no head
])
def test_head(text, head):
    (segment,) = parse_statements(text)
    assert segment.error is not None
    shown = None if segment.head is None else unicodedata.normalize("NFC", render(segment.head))
    assert shown == head


@pytest.mark.parametrize("text, members", [
    (r"\frac{\partial L}{\partial (x + y)} = \tfrac12 (0.5, -0.7) \approx (0.25, -0.35)", 2),
    (r"a + = 0.5 \cdot 4 = 2", 2),
    (r"a + = 0.5 x", None),  # a name in it: what it equals depends on the unread head
])
def test_numeric_tail(text, members):
    segments = parse_statements(text)
    assert segments[0].error is not None
    tails = [s for s in segments[1:] if s.error is None]
    assert (len(tails[0].relation.members) if tails else None) == members
