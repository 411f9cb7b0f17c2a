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


# a new name chained by `=` / `≈` to a number through a member that cannot be read: the name
# has that number for the steps after it (a wrong step at it still fails)
_ERROR_RATE = "$$\\varepsilon = \\sum_i w_i\\,\\mathbb 1[y_i \\ne h(x_i)] = 3 \\times 0.1 = 0.3$$\n\n"


@pytest.mark.parametrize("prose, right, wrong", [
    ("The weight of the learner: ", "\\frac{7}{3}", "\\frac{3}{7}"),
    ("학습기 가중치: ", "\\frac{7}{3}", "\\frac{10}{3}"),
    ("学习器权重：", "\\frac{7}{3}", "\\frac{7}{2}"),
])
def test_a_name_chained_to_a_number_through_an_unread_member_has_it(prose, right, wrong):
    from checker.derive.document import check_text

    def doc(value: str) -> str:
        return _ERROR_RATE + prose + f"$\\alpha = \\frac12\\ln\\frac{{1-\\varepsilon}}{{\\varepsilon}}" \
            f" = \\frac12\\ln{value}$\n"
    right_steps = [s for s in check_text(doc(right)).steps if s.line == 3]
    assert [s.verdict for s in right_steps] == ["holds"], right_steps
    assert [s.verdict for s in check_text(doc(wrong)).steps if s.line == 3] == ["fails"]


@pytest.mark.parametrize("text, chained", [
    (r"\varepsilon = \sum_i w_i\,\mathbb 1[y_i \ne h(x_i)] = 0.3", True),
    (r"a = \{x \mid x > 0\} \approx 3", True),
    (r"a \le \{x \mid x > 0\} = 3", False),  # an inequality: a bound, not the value
])
def test_chained_by_equalities_only(text, chained):
    (segment, *_) = parse_statements(text)
    assert segment.error is not None and segment.chained == chained


# the chain after an unreadable member keeps its members' units: seconds and days are related
# by their conversion, not compared as numbers (the subscript ⊙ of GM_⊙ is unread)
_ORBIT = "$$T = 2\\pi\\sqrt{{\\frac{{r^3}}{{GM_\\odot}}}} \\approx 3.156 \\times 10^{{7}}\\ " \
    "\\text{{s}} \\approx {}$$"


@pytest.mark.parametrize("text, verdict", [
    (_ORBIT.format("365.3\\ \\text{days}"), "holds"),
    ("궤도 주기: " + _ORBIT.format("5.26 \\times 10^{5}\\ \\text{min}"), "holds"),
    ("周期 " + _ORBIT.format("8766\\ \\text{h}"), "holds"),
    # wrong twins: a wrong conversion still fails, in units as without them
    (_ORBIT.format("300.3\\ \\text{days}"), "fails"),
    ("周期 " + _ORBIT.format("7766\\ \\text{h}"), "fails"),
    (_ORBIT.format("3.0 \\times 10^{7}"), "fails"),
])
def test_the_chain_after_an_unread_member_keeps_its_units(text, verdict):
    from checker.derive.document import check_text
    steps = [s for s in check_text(text).steps if s.verdict != "unreadable"]
    assert [s.verdict for s in steps] == [verdict], steps


@pytest.mark.parametrize("text, units", [
    (r"T = \sqrt{GM_\odot} \approx 3.156 \times 10^{7}\ \text{s} \approx 365.3\ \text{days}",
     ("s", "days")),
    (r"a + = 0.5 \cdot 4 = 2", ()),  # no unit written: none noted
])
def test_tail_units(text, units):
    segments = parse_statements(text)
    tails = [s for s in segments[1:] if s.error is None]
    assert tails[0].units == units
