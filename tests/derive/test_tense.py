"""tense.py: a step the prose places before the latest update is read at the values bound
before it (and binding.earlier_values, for such a step, binds nothing again); a name's 0th
member left free is its plain name's first value. Each document row: its steps are all
correct (none may fail), and its wrong twin has one slip that must still fail."""

import pytest

from checker.derive.tense import placed_earlier
from tests.derive.twins import check_twins

CUES = [
    ("Geometric margin before the step:", True),
    ("The loss before the update was", True),
    ("Initially the objective was", True),
    ("with the previous weights the score was", True),
    ("업데이트 전 손실은", True),
    ("이전 스텝에서는", True),
    ("裁剪之前", True),
    ("更新前的损失为", True),
    ("初始时", True),
    ("After the step:", False),
    ("Before the step: $; after:", False),  # the clause since the last formula decides
    ("the gradient", False),
    ("업데이트 후에는", False),
    ("裁剪之后", False),
]


@pytest.mark.parametrize("before,expected", CUES, ids=[c[0] for c in CUES])
def test_the_clause_places_the_step(before, expected):
    assert placed_earlier(before) is expected


DOCUMENTS = [
    ("margin before the step, after an update in another cell (en)",
     "## Current point\n\n$w = (1, -1)$, $\\eta = 0.3$, $g_w = (0.5, -0.5)$.\n\n"
     "## One step\n\n"
     "$$w \\leftarrow w - \\eta g_w \\approx (1 - 0.15, -1 + 0.15) = (0.85, -0.85)$$\n\n"
     "Margin before the step: $2/\\lVert w\\rVert = 2/\\sqrt 2 \\approx 1.414$; after: "
     "$2/(0.85\\sqrt 2) \\approx 1.664$.",
     "## Current point\n\n$w = (1, -1)$, $\\eta = 0.3$, $g_w = (0.5, -0.5)$.\n\n"
     "## One step\n\n"
     "$$w \\leftarrow w - \\eta g_w \\approx (1 - 0.15, -1 + 0.15) = (0.85, -0.85)$$\n\n"
     "Margin before the step: $2/\\lVert w\\rVert = 2/\\sqrt 3 \\approx 1.155$."),
    ("loss at the previous weight (ko)",
     "모델 $\\hat y = wx$, $x = 2$, $y = 4$, $w = 1$, $\\eta = 0.05$.\n\n"
     "$$w \\leftarrow w + \\eta \\cdot 8 = 1 + 0.4 = 1.4$$\n\n"
     "이전 가중치에서 손실은 $L = (wx - y)^2 = 4$ 였고, 지금은 $(1.4 \\cdot 2 - 4)^2 = 1.44$ 이다.",
     "모델 $\\hat y = wx$, $x = 2$, $y = 4$, $w = 1$, $\\eta = 0.05$.\n\n"
     "$$w \\leftarrow w + \\eta \\cdot 8 = 1 + 0.4 = 1.4$$\n\n"
     "이전 가중치에서 손실은 $L = (wx - y)^2 = 9$ 였다."),
    ("norm before and after clipping, same sentence (zh)",
     "例：$g = (3, 4)$，$c = 1$。\n\n$$g \\leftarrow g \\cdot \\frac{1}{5} = (0.6, 0.8)$$\n\n"
     "裁剪之前 $\\|g\\| = 5$，裁剪之后 $\\|g\\| = \\sqrt{0.36 + 0.64} = 1$。",
     "例：$g = (3, 4)$，$c = 1$。\n\n$$g \\leftarrow g \\cdot \\frac{1}{5} = (0.6, 0.8)$$\n\n"
     "裁剪之前 $\\|g\\| = 4$。"),
    ("the initial value named w_0 (ko)",
     "$f'(w) = w$, 학습률 $\\eta = 0.5$, 초기값 $w = 4$.\n\n"
     "$w_t = (1 - \\eta)^t w_0 = 0.5^t \\cdot 4$ 이다.",
     "$f'(w) = w$, 학습률 $\\eta = 0.5$, 초기값 $w = 4$.\n\n"
     "$w_t = (1 - \\eta)^t w_0 = 0.5^t \\cdot 8$ 이다."),
    ("the initial value named θ_0 (en)",
     "Start from $\\theta = 2$ with $\\eta = 0.1$ on $f(\\theta) = \\theta^2$.\n\n"
     "After $t$ steps $\\theta_t = (1 - 2\\eta)^t \\theta_0 = 2 \\cdot 0.8^t$.",
     "Start from $\\theta = 2$ with $\\eta = 0.1$ on $f(\\theta) = \\theta^2$.\n\n"
     "After $t$ steps $\\theta_t = (1 - 2\\eta)^t \\theta_0 = 2 \\cdot 0.9^t$."),
]


@pytest.mark.parametrize("name,right,wrong", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_correct_steps_hold_and_slips_fail(name, right, wrong):
    check_twins(right, wrong)
