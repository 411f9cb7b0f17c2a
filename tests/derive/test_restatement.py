"""restatement.py: a step that leans on the formula its paragraph just gave a name (`f =
Σ_i a_i x_i²` after f(x) = xᵀAx) is undecided, not failed, when it holds with that formula and
not with the name's earlier definition. Each row: a document whose steps are all correct (none
may fail), and its wrong twin (the slip is wrong under both meanings: it must still fail)."""

import pytest

from tests.derive.twins import check_twins

DOCUMENTS = [
    ("entry by entry, diagonal A (en)",
     "For $f(x) = x^\\top A x$ with $A \\in \\mathbb{R}^{n \\times n}$, "
     "$x \\in \\mathbb{R}^{n \\times 1}$.\n\n"
     "Entry by entry, $f = \\sum_i a_i x_i^2$ and $\\partial f/\\partial x_i = 2a_i x_i$.",
     "For $f(x) = x^\\top A x$ with $A \\in \\mathbb{R}^{n \\times n}$, "
     "$x \\in \\mathbb{R}^{n \\times 1}$.\n\n"
     "Entry by entry, $f = \\sum_i a_i x_i^2$ and $\\partial f/\\partial x_i = a_i x_i$."),
    ("a loss written again per example (ko)",
     "$$L(w) = \\frac{1}{2}\\lVert Xw - y\\rVert^2$$\n\n"
     "성분으로 쓰면 $L = \\frac12 \\sum_i r_i^2$ 이고 $\\partial L/\\partial r_i = r_i$ 이다.",
     "$$L(w) = \\frac{1}{2}\\lVert Xw - y\\rVert^2$$\n\n"
     "성분으로 쓰면 $L = \\frac12 \\sum_i r_i^2$ 이고 $\\partial L/\\partial r_i = 2r_i$ 이다."),
    ("the same in one formula (zh)",
     "$$E(w) = \\frac{1}{2}(t - wx)^2$$\n\n"
     "记残差为 $r$：$E = \\frac12 r^2$，$\\frac{\\partial E}{\\partial r} = r$。",
     "$$E(w) = \\frac{1}{2}(t - wx)^2$$\n\n"
     "记残差为 $r$：$E = \\frac12 r^2$，$\\frac{\\partial E}{\\partial r} = 2r$。"),
]


@pytest.mark.parametrize("name,right,wrong", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_correct_steps_do_not_fail_and_slips_do(name, right, wrong):
    check_twins(right, wrong)
