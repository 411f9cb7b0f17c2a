"""A family a derivative's result is written in that the text gives numbers but no meaning
(newcomer.py): `∂ℓ/∂τ = (s_{12} - Σ_k p_{1k}s_{1k})/τ²` with p_{12} worked out as a number and
p never defined stands for what the words say (softmax probabilities); the step is undecided,
never failing. Wrong twins: the same document with one slip where the reading is certain."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

EN = ("Logits: $s_{12} = 0.8$, $s_{13} = 0.2$, $\\tau = 0.5$, and "
      "$p_{12} = \\frac{4.953}{7.264} \\approx 0.682$.\n\n"
      "Writing $\\ell = -s_{12}/\\tau + \\log\\sum_k e^{s_{1k}/\\tau}$,\n"
      "$$\\frac{\\partial \\ell}{\\partial \\tau} = "
      "\\frac{s_{12} - \\sum_k p_{1k}s_{1k}}{\\tau^2}$$\n")
KO = ("온도 $T$ 에 대해 $q_1 = 0.7$ 이고 $L = -\\frac{z_1}{T} + \\log \\sum_j e^{z_j / T}$ 로 쓰면\n"
      "$$\\frac{\\partial L}{\\partial T} = \\frac{z_1 - \\sum_j q_j z_j}{T^2}$$\n")
ZH = ("其中 $\\pi_1 = 0.25$。对 $\\beta$ 求导，$F = \\log \\sum_k e^{\\beta u_k}$，得\n"
      "$$\\frac{\\partial F}{\\partial \\beta} = \\sum_k \\pi_k u_k$$\n")
ROWS = [
    ("en, NT-Xent temperature", EN + "\nAnd $0.8 - 0.575 = 0.225$.",
     EN + "\nAnd $0.8 - 0.575 = 0.325$."),
    ("ko, softmax temperature", KO + "\n그리고 $1 - 0.7 = 0.3$ 이다.",
     KO + "\n그리고 $1 - 0.7 = 0.2$ 이다."),
    ("zh, log-sum-exp slope", ZH + "\n且 $1 - 0.25 = 0.75$。", ZH + "\n且 $1 - 0.25 = 0.65$。"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_a_family_without_meaning_is_a_guess(what, right, wrong):
    check_twins(right, wrong)


@pytest.mark.parametrize("text", [
    # the family is defined: the step is checked, and a wrong result fails
    "$x_1 = 1$, $y = \\sum_k w_k x_k$ with $w_k = 2 x_k$.\n\n"
    "$$\\frac{\\partial y}{\\partial w_1} = 3 x_1$$",
])
def test_a_defined_or_unnumbered_family_still_fails(text):
    assert [s for s in check_text(text).steps if s.verdict == "fails"]
