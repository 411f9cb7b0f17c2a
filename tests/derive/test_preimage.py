"""A point given by a function's value there (preimage.py): "σ(z) = 0.8 인 점에서", "当 σ(x) =
0.5 时", "at a point where tanh(z) = 0.5", "ŷ = 0.8 일 때" with ŷ = σ(z) pin the argument for
their paragraph; the derivative after them is checked there. Each row: a correct document
(no step fails) and its wrong twin (one slip at that point: a step still fails)."""

import pytest

from tests.derive.twins import check_twins, failing

SIGMA = "$\\sigma(z) = \\frac{1}{1 + e^{-z}}$ 라고 하자.\n\n"
ROWS = [
    ("ko, the value then the derivative in one chain",
     SIGMA + "$\\sigma(z) = 0.8$ 인 점에서 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = 0.8 "
     "\\times 0.2 = 0.16$ 이다.",
     SIGMA + "$\\sigma(z) = 0.8$ 인 점에서 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = 0.8 "
     "\\times 0.8 = 0.64$ 이다."),
    ("ko, the derivative against numbers, two points in one paragraph",
     SIGMA + "출력이 $\\sigma(z) = 0.9$ 일 때 기울기는 $\\sigma'(z) = 0.9 \\times 0.1 = 0.09$ 로 "
     "작다.\n$\\tanh(z) = 0.5$ 인 점에서 $\\tanh'(z) = 1 - \\tanh^2(z) = 1 - 0.25 = 0.75$ 이다.",
     SIGMA + "출력이 $\\sigma(z) = 0.9$ 일 때 기울기는 $\\sigma'(z) = 0.9 \\times 0.2 = 0.18$ 로 "
     "작다.\n$\\tanh(z) = 0.5$ 인 점에서 $\\tanh'(z) = 1 - \\tanh^2(z) = 1 - 0.25 = 0.75$ 이다."),
    ("zh, 当 ... 时, twice",
     "设 $\\sigma(x) = \\frac{1}{1+e^{-x}}$，则 $\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$。\n\n"
     "当 $\\sigma(x) = 0.5$ 时，$\\sigma'(x) = 0.5 \\times 0.5 = 0.25$，这是最大值。\n"
     "当输出 $\\sigma(x) = 0.99$ 时，$\\sigma'(x) = 0.99 \\times 0.01 = 0.0099$，梯度几乎消失。",
     "设 $\\sigma(x) = \\frac{1}{1+e^{-x}}$，则 $\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$。\n\n"
     "当 $\\sigma(x) = 0.5$ 时，$\\sigma'(x) = 0.5 \\times 0.5 = 0.25$，这是最大值。\n"
     "当输出 $\\sigma(x) = 0.99$ 时，$\\sigma'(x) = 0.99 \\times 0.99 = 0.9801$，梯度几乎消失。"),
    ("en, at a point where",
     "Let $\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n\nAt a point where $\\sigma(z) = 0.8$, the slope "
     "is $\\sigma'(z) = 0.16$.",
     "Let $\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n\nAt a point where $\\sigma(z) = 0.8$, the slope "
     "is $\\sigma'(z) = 0.64$."),
    ("en, a defined name's value picks its input (ŷ = σ(z))",
     "The loss is $L = -\\log \\hat y$ with $\\hat y = \\sigma(z)$, so "
     "$\\frac{\\partial L}{\\partial z} = \\hat y - 1$.\n\n"
     "When $\\hat y = 0.8$, $\\frac{\\partial L}{\\partial z} = \\hat y - 1 = -0.2$.",
     "The loss is $L = -\\log \\hat y$ with $\\hat y = \\sigma(z)$, so "
     "$\\frac{\\partial L}{\\partial z} = \\hat y - 1$.\n\n"
     "When $\\hat y = 0.8$, $\\frac{\\partial L}{\\partial z} = \\hat y - 1 = -0.8$."),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_a_point_given_by_a_value(what, right, wrong):
    check_twins(right, wrong)


@pytest.mark.parametrize("text", [
    # two solutions (z = ±0.549): no point pinned, the derivative is not checked at one of them
    "$f(z) = \\tanh^2(z)$.\n\nWhen $f(z) = 0.25$, $f'(z) = 0.75$.",
    # two free names: nothing pinned
    "$g(a, b) = a + b$.\n\nWhen $g(a, b) = 1$, $a = 0.5$.",
])
def test_no_single_point_pins_nothing_and_fails_nothing(text):
    assert not failing(text)


def test_a_family_member_given_its_value_pins_its_index():
    doc = ("Exponential decay: $\\eta_t = \\eta_0 \\gamma^t$ with $\\eta_0 = 0.1$ and "
           "$\\gamma = 0.5$.\n\nWe want the step where $\\eta_t = 0.0125$. The equation "
           "$0.1 \\cdot 0.5^t = 0.0125$ gives $0.5^t = %s$, which has the solution $t = 3$.")
    check_twins(doc % "0.125", doc % "0.25")
