"""A requirement's bound worked out to a number (bound.py): the cue ("need", "需要", "되려면")
makes the inequality a requirement, but the arithmetic on its bound is a claim that is checked.
Each row a document whose arithmetic holds, and its wrong twin, which must fail."""

from __future__ import annotations

import pytest

from checker.derive.bound import worked_bound
from checker.derive.document import check_text
from tests.derive.twins import check_twins

ROWS = [  # (what, a document whose bound is worked out right, its wrong twin)
    ("English, need",
     "To shrink the error $10^{6}$ times we need\n"
     "$$k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 19.9$$\n",
     "To shrink the error $10^{6}$ times we need\n"
     "$$k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 13.8$$\n"),
    ("Korean, 되려면",
     "오차가 $10^{-6}$ 배 이하가 되려면 $k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 19.9$ 이다.\n",
     "오차가 $10^{-6}$ 배 이하가 되려면 $k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 13.8$ 이다.\n"),
    ("Chinese, 需要",
     "想把初始误差缩小到 $10^{-6}$ 倍，需要\n$$k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 19.9$$\n",
     "想把初始误差缩小到 $10^{-6}$ 倍，需要\n$$k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 13.8$$\n"),
    ("English, numbers with a unit after the cue",
     "A batch of 8 needs $8 \\times 2 = 16\\ \\text{GiB}$ on top of the weights.\n",
     "A batch of 8 needs $8 \\times 2 = 18\\ \\text{GiB}$ on top of the weights.\n"),
    ("English, numbers alone after the cue",
     "For the bound we need $\\frac{1}{2 \\cdot 0.05^2} = 200$ samples per test.\n",
     "For the bound we need $\\frac{1}{2 \\cdot 0.05^2} = 400$ samples per test.\n"),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text("# notes\n\n" + text).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_worked_bound_is_checked(what, right, wrong):
    """The bound worked out right holds (a step, not a requirement); its wrong twin fails."""
    assert "holds" in _verdicts(right)
    check_twins("# notes\n\n" + right, "# notes\n\n" + wrong)


@pytest.mark.parametrize("text, worked", [
    ("k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 19.9", True),
    ("n \\geq \\frac{1}{2\\cdot 0.05^2}\\ln 40 \\approx 738", True),
    ("\\frac{\\ln 10^6}{\\ln 2} \\approx 19.9", True),
    ("8 \\times 2 = 18\\ \\text{GiB}", True),  # numbers with their units: arithmetic
    ("2 \\times 3\\,\\mathrm{ms} = 6\\,\\text{ms}", True),
    ("x \\times 2 = 18\\ \\text{GiB}", False),  # a name: left to the cue
    ("8 \\times 2 = 18\\ \\text{apples}", False),  # no unit word: a word of the text
    ("O = N", False),  # an equation to solve
    ("O = N \\ge 1", False),  # the equation first: still one to solve
    ("\\eta < 2/L = 0.5", False),  # a name in the bound: left to the cue
    ("k \\ge n/2 = 5", False),
    ("k \\ge 3 \\approx x", False),  # no number at the end
    ("2^k \\ge 1000", False),  # no worked value
])
def test_worked_bound(text, worked):
    assert worked_bound(text) is worked


REQUIREMENTS = [  # a requirement that must stay one: no step fails
    "Same padding needs $O = N$, that is $N + 2P - K + 1 = N$.\n",
    "되려면 $2P = K - 1$ 이어야 한다.\n",
    "需要 $k \\ge n/2 = 5$ 才能覆盖。\n",
]


@pytest.mark.parametrize("text", REQUIREMENTS)
def test_a_requirement_stays_one(text):
    assert "fails" not in _verdicts(text)
