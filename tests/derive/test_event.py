"""A test's result as an event (`call.event`), found by the round-22 hunt (hunt22) in Bayes
notes on screening tests: a sign alone between a probability's arguments (`P(+ \\mid D)`,
`P(D | -)`, `P(+)`) names that outcome and `\\neg D` the complement of D, so the line is read
(its arithmetic checked) instead of refused; each row with a wrong twin that must still fail."""

import pytest

from checker.derive.notation import parse_expression
from checker.derive.render import render
from tests.derive.twins import check_twins

# (what, the document with {} where the value stands, the right value, a wrong one)
ROWS = [
    ("a positive test's total probability (en)", "$P(+) = P(+ \\mid D)P(D) + P(+ \\mid \\neg D)"
     "P(\\neg D) = 0.9 \\cdot 0.02 + 0.05 \\cdot 0.98 = {}$\n", "0.067", "0.076"),
    ("the posterior after a positive test (ko)",
     "양성일 때 $P(D|+) = \\frac{{0.018}}{{0.067}} \\approx {}$ 이다.\n", "0.269", "0.369"),
    # the conditional bar is kept: P(A ∣ B) is not the joint P(A, B) (the product rule,
    # review22): the joint, given nowhere, leaves the first link undecided, never failing
    ("the product rule with events (en)", "$P(+ \\mid D) = 0.99$, $P(D) = 0.01$.\n\n"
     "$$P(+, D) = P(+ \\mid D)\\,P(D) = 0.99 \\times 0.01 = {}$$\n", "0.0099", "0.099"),
    ("the product rule with letters (ko)", "$P(A \\mid B) = 0.5$ 이고 $P(B) = 0.2$ 이면\n\n"
     "$$P(A, B) = P(A \\mid B) P(B) = 0.5 \\times 0.2 = {}$$\n", "0.1", "0.01"),
    ("the product rule, joint first (zh)", "已知 $P(B \\mid A) = 0.3$，$P(A) = 0.4$，则\n\n"
     "$$P(A, B) = P(B \\mid A) P(A) = 0.3 \\times 0.4 = {}$$\n", "0.12", "0.012"),
    ("a negative test (zh)",
     "阴性时 $P(D \\mid -) = \\frac{{0.1 \\times 0.02}}{{0.933}} \\approx {}$。\n", "0.00214",
     "0.0214"),
]


@pytest.mark.parametrize("what,doc,right,wrong", ROWS, ids=[r[0] for r in ROWS])
def test_twins(what, doc, right, wrong):
    check_twins(doc.format(right), doc.format(wrong))  # the correct one never fails; the slip does


@pytest.mark.parametrize("text,shown", [
    ("P(+ \\mid D)", "P(+ ∣ D)"),
    ("P(A \\mid B, C)", "P(A ∣ B, C)"),
    ("P(A, B)", "P(A, B)"),
    ("P(\\neg D)", "P(¬D)"),
    ("f(-x)", "f(-x)"),  # a negative argument, no event
    ("P(+|D)", "P(+ ∣ D)"),  # a plain bar, once: conditional
    ("\\exp(-|w|/b)", "exp(-|w|/b)"),  # two bars: an absolute value, no event (test_rebinding)
])
def test_events_are_named(text, shown):
    assert render(parse_expression(text)) == shown
