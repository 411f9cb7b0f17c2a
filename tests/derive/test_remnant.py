"""What is still read of a statement that cannot be read (remnant.py): its head, and the chain
after its last unreadable member."""

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
    (r"a + = 0.5 x", None),  # one member left: its only link is to the unread head
    # after an unreadable member in the middle: an elision, a set, \arg\max, in names too
    (r"\nabla_z L = (0.6 - 0.92,\ 0.1 - 0.02,\ \dots) = (-0.32,\ 0.08) = (-0.32, 0.08)", 2),
    (r"\hat c = \arg\max_k p_k = 2 + 2 = 4", 2),
    (r"B = \{2, 4\} = 2 + 4 = 6", 2),
    # names after the unread member: their meaning may hang on it, so they stay unread
    (r"S = \operatorname{diag}(p_1, \dots, p_m) = (w - 1)^2 = w^2 - 2w + 1", None),
    (r"\nabla^2 f = 2x = 3y", None),
    (r"y = \max_{(p,q)\in R} x_{pq} = x_{11}", None),
])
def test_tail(text, members):
    segments = parse_statements(text)
    assert segments[0].error is not None
    tails = [s for s in segments[1:] if s.error is None]
    assert (len(tails[0].relation.members) if tails else None) == members


# a `= ...` on the next line goes on from the last member of a statement that cannot be read
@pytest.mark.parametrize("text, verdicts", [
    ("$$a = (1, \\dots) = 2 + 3$$\n$$= 5$$\n", ["unreadable", "holds"]),
    ("$$\\hat c = \\arg\\max_k p_k = 2 \\cdot 2$$\n\n$$= 5$$\n", ["unreadable", "fails"]),
    ("집합 $$B = \\{2, 4, 6\\} = 2 + 4$$\n$$= 6$$\n", ["unreadable", "holds"]),
    ("由于 $$S = \\operatorname{diag}(p_1, \\dots, p_m) = 3 \\cdot 2$$\n$$= 6$$\n",
     ["unreadable", "holds"]),
])
def test_a_continuation_goes_on_from_the_last_member_read(text, verdicts):
    from checker.derive.document import check_text
    assert [s.verdict for s in check_text(text).steps] == verdicts
