"""False alarms found by simulating a held-out judge (round 9, hunt13): correct derivations of
our own in real styles, each row a minimal reproduction of one GENERAL reading that made a
correct step fail, and a wrong twin whose reading is certain (some step must still fail).

Classes: an entrywise step stated for the case of two equal indices (`when $i = j$:`,
`当 $i = j$ 时`, `$i = j$ 일 때`, `\\quad \\text{if } i = j`, and "otherwise" for the other
case) whose written indices were not made equal, or given a value off the sum's axis; a bold
one (`\\mathbf{1}`, `\\mathbf 1`, `\\boldsymbol{1}`) read as the number 1, not the vector of
ones its neighbour needs; operands shown with 2 significant digits in a step written with `≈`
(`σ'(2) ≈ 0.88 × 0.12 ≈ 0.105`): rounded values too, as those with 3 or more are."""

import pytest

from checker.derive.document import check_text

_SOFTMAX = "softmax $a_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$.\n\n"
_OUT = "\\frac{\\partial a_i}{\\partial z_j}"

ROWS = [
    ("operands rounded to 2 digits in a chain of ≈, en",
     "$\\sigma(2) \\approx 0.88$, so $\\sigma'(2) \\approx 0.88 \\times 0.12 \\approx 0.105$.",
     "$\\sigma(2) \\approx 0.88$, so $\\sigma'(2) \\approx 0.88 \\times 0.12 \\approx 0.12$."),
    ("operands rounded to 2 digits in a chain of ≈, ko",
     "$\\tanh(1) \\approx 0.76$ 이므로 $\\tanh'(1) = 1 - \\tanh^2(1) \\approx 1 - 0.76^2 \\approx 0.420$ 이다.",
     "$\\tanh(1) \\approx 0.76$ 이므로 $\\tanh'(1) = 1 - \\tanh^2(1) \\approx 1 - 0.76^2 \\approx 0.580$ 이다."),
    ("operands rounded to 2 digits in a chain of ≈, zh",
     "$e^{-1} \\approx 0.37$，所以 $\\sigma(-1) = \\frac{e^{-1}}{1 + e^{-1}} \\approx \\frac{0.37}{1.37} \\approx 0.2689$。",
     "$e^{-1} \\approx 0.37$，所以 $\\sigma(-1) = \\frac{e^{-1}}{1 + e^{-1}} \\approx \\frac{0.37}{1.37} \\approx 0.2789$。"),
    ("index case before the step, en bullet",
     _SOFTMAX + f"- when $i = j$: ${_OUT} = a_i(1 - a_i)$\n- when $i \\ne j$: ${_OUT} = -a_i a_j$",
     _SOFTMAX + f"- when $i = j$: ${_OUT} = a_i(1 + a_i)$"),
    ("index case before the step, zh",
     _SOFTMAX + f"当 $i = j$ 时：${_OUT} = a_i(1 - a_i)$；当 $i \\neq j$ 时：${_OUT} = -a_i a_j$。",
     _SOFTMAX + f"当 $i = j$ 时：${_OUT} = -a_i a_j$。"),
    ("index case closed after, ko",
     _SOFTMAX + f"- $i = j$ 일 때: ${_OUT} = a_i(1 - a_i)$\n- $i \\neq j$ 인 경우: ${_OUT} = -a_i a_j$",
     _SOFTMAX + f"- $i = j$ 일 때: ${_OUT} = -a_i a_j$"),
    ("index case beside the step, on the sum's axis",
     _SOFTMAX + f"$${_OUT} = a_i(1 - a_i) \\quad \\text{{if }} i = j$$",
     _SOFTMAX + f"$${_OUT} = a_i(1 + a_i) \\quad \\text{{if }} i = j$$"),
    ("index case then otherwise, one sentence",
     _SOFTMAX + f"If $i = j$ then ${_OUT} = a_i(1 - a_i)$; otherwise ${_OUT} = -a_i a_j$.",
     _SOFTMAX + f"If $i = j$ then ${_OUT} = a_i(1 - a_i)$; otherwise ${_OUT} = a_i a_j$."),
    ("bold one, a column of ones (en)",
     "$Y = XW + \\mathbf{1}\\mathbf{b}^\\top$ with $X \\in \\mathbb{R}^{N\\times D}$, "
     "$W \\in \\mathbb{R}^{D\\times M}$, $\\mathbf b \\in \\mathbb R^M$, and "
     "$G = \\partial L/\\partial Y$ of shape (N, M).\n\n"
     "$$\\frac{\\partial L}{\\partial \\mathbf b} = G^\\top \\mathbf{1}$$",
     "$Y = XW + \\mathbf{1}\\mathbf{b}^\\top$ with $X \\in \\mathbb{R}^{N\\times D}$, "
     "$W \\in \\mathbb{R}^{D\\times M}$, $\\mathbf b \\in \\mathbb R^M$, and "
     "$G = \\partial L/\\partial Y$ of shape (N, M).\n\n"
     "$$\\frac{\\partial L}{\\partial \\mathbf b} = G \\mathbf{1}$$"),
    ("bold one without braces, row sums (ko)",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "행의 합은 $A\\mathbf 1 = \\begin{bmatrix} 3 \\\\ 7 \\end{bmatrix}$ 이다.",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "행의 합은 $A\\mathbf 1 = \\begin{bmatrix} 4 \\\\ 6 \\end{bmatrix}$ 이다."),
    ("boldsymbol one, column sums (zh)",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "列和：$A^\\top \\boldsymbol{1} = \\begin{bmatrix} 4 \\\\ 6 \\end{bmatrix}$。",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "列和：$A^\\top \\boldsymbol{1} = \\begin{bmatrix} 3 \\\\ 7 \\end{bmatrix}$。"),
]


def _steps(doc: str):
    return [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    steps = _steps(right)
    assert steps and not [s for s in steps if s[3] == "fails"], steps


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    steps = _steps(wrong)
    assert any(s[3] == "fails" for s in steps), steps


@pytest.mark.parametrize("doc", [
    _SOFTMAX + f"- when $i = j$: ${_OUT} = a_i(1 - a_i)$",
    "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n$A\\mathbf{1} = (3, 7)^\\top$",
])
def test_certain_readings_hold(doc):
    assert [s.verdict for s in check_text(doc).steps] == ["holds"]


def test_exact_two_digit_operands_still_fail():
    assert [s.verdict for s in check_text("$0.5 \\times 0.2 = 0.11$").steps] == ["fails"]


@pytest.mark.parametrize("doc", [  # a bold 1 that is an indicator or a sized vector stays so
    "$\\mathbf{1}_{y = k}$ is one when $y = k$; $\\frac{\\partial L}{\\partial z_k} = p_k - "
    "\\mathbf{1}_{y = k}$ with $L = -\\log p_y$ and $p = \\operatorname{softmax}(z)$.",
    "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\mathbf{1}^\\top(\\mathbf{p} - \\mathbf{y})$$",
])
def test_other_bold_ones_never_fail(doc):
    assert not [s for s in check_text(doc).steps if s.verdict == "fails"]
