"""The example's values for an undefined name the text differentiates (valuation.py,
`unknowns_at_values`): `a = σ(1) ≈ 0.7311` bound before `∂L/∂a·∂a/∂z ≈ (0.7311 - 1)·0.1966`
is a's value there, so the step is arithmetic; once the example moves on (a name bound again),
the old value is for another point and the step stays undecided."""

import pytest

from checker.derive.document import check_text

NEURON_EN = ("One neuron with the loss $L = \\frac{1}{2}(a - y)^2$, weight $w = 0.5$, input "
             "$x = 2$ and target $y = 1$.\n\n"
             "$$z = w x = 1$$\n\n$$a = \\sigma(1) \\approx 0.7311$$\n\n"
             "$$\\frac{\\partial a}{\\partial z} = a(1 - a) \\approx 0.1966$$\n\n")
NEURON_KO = ("뉴런 하나: 손실 $L = (a - t)^2$, $w = 2$, $x = 0.5$, $t = 0$ 이다.\n\n"
             "$$z = w x = 1$$\n\n$$a = \\tanh(1) \\approx 0.7616$$\n\n"
             "$$\\frac{\\partial a}{\\partial z} = 1 - a^2 \\approx 0.42$$\n\n")
NEURON_ZH = ("单个神经元：损失 $L = -\\log a$，$w = 1$，$x = 0$。\n\n"
             "$$z = w x = 0$$\n\n$$a = \\sigma(0) = 0.5$$\n\n"
             "$$\\frac{\\partial a}{\\partial z} = a(1 - a) = 0.25$$\n\n")
AGAIN = "After the update, $w = 0.6$ and $x = 3$.\n\n"

# (text, the step's left side, its right side, the verdict)
ROWS = [
    (NEURON_EN + "$$\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} \\approx "
     "(0.7311 - 1) \\cdot 0.1966 \\approx -0.0529$$", "(0.7311 - 1)·0.1966", "holds"),
    (NEURON_KO + "$$\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a}"
     "\\frac{\\partial a}{\\partial z} \\approx 2 \\cdot 0.7616 \\cdot 0.42 \\approx 0.64$$",
     "2·0.7616·0.42", "holds"),
    (NEURON_ZH + "$$\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} = -2 "
     "\\cdot 0.25 = -0.5$$", "-2·0.25", "holds"),
    # wrong twins: the sign of the target, the factor 2 of the square, a's reciprocal
    (NEURON_EN + "$$\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} \\approx "
     "(0.7311 + 1) \\cdot 0.1966 \\approx 0.3403$$", "(0.7311 + 1)·0.1966", "fails"),
    (NEURON_KO + "$$\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a}"
     "\\frac{\\partial a}{\\partial z} \\approx 0.7616 \\cdot 0.42 \\approx 0.32$$",
     "0.7616·0.42", "fails"),
    (NEURON_ZH + "$$\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} = 2 "
     "\\cdot 0.25 = 0.5$$", "2·0.25", "fails"),
    # the example moved on: a's value is for the old point
    (NEURON_EN + AGAIN + "$$\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} "
     "\\approx (0.7311 - 1) \\cdot 0.1966 \\approx -0.0529$$", "(0.7311 - 1)·0.1966",
     "undecided"),
    (NEURON_EN.replace("$$z = w x = 1$$\n\n", "") +
     "For $z = 3$ instead:\n\n$$\\frac{\\partial L}{\\partial a}"
     "\\frac{\\partial a}{\\partial z} \\approx (0.7311 - 1) \\cdot 0.1966$$",
     "(0.7311 - 1)·0.1966", "undecided"),  # a's argument given a value after a's
    (NEURON_ZH + AGAIN + "$$\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z} = "
     "2 \\cdot 0.25 = 0.5$$", "2·0.25", "undecided"),
]


@pytest.mark.parametrize("text, right, verdict", ROWS)
def test_an_undefined_names_value_in_a_worked_example(text, right, verdict):
    steps = check_text(text).steps
    step = [s for s in steps if s.rhs == right]
    assert step and step[0].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method)
                                                for s in steps]


# a name the step reads as a matrix (Y of shape (m, k), at m = k = 1 in the example) given one
# number (`Y = 3`): that number is its one entry (1, 1)
ONE_ZH = ("- 输入 $A$ 的形状为 $(m, n)$，权重 $W$ 的形状为 $(n, k)$，标签 $Y$ 的形状为 $(m, k)$。\n\n"
          "$$\\hat{Y} = A W, \\qquad L = \\frac{1}{2m}\\| \\hat{Y} - Y \\|_F^2$$\n\n"
          "取 $m = 1$，$A = (1, 2)$，$W = \\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}$，$Y = 3$。\n\n")
ONE_EN = ("- the input $A$ is $(m, n)$, the weights $W$ are $(n, k)$, the labels $Y$ are "
          "$(m, k)$\n\n$$\\hat{Y} = A W + b, \\qquad L = \\frac{1}{2}\\| \\hat{Y} - Y \\|^2$$\n\n"
          "Take $m = 1$, $A = (2, -1)$, $W = \\begin{pmatrix} 1 \\\\ 3 \\end{pmatrix}$, $b = 0$ and "
          "$Y = -2$.\n\n")


@pytest.mark.parametrize("text, verdict", [
    (ONE_ZH + "$$\\frac{\\partial L}{\\partial W} = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$$",
     "holds"),
    (ONE_ZH + "$$\\frac{\\partial L}{\\partial W} = \\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}$$",
     "fails"),
    (ONE_EN + "$$\\frac{\\partial L}{\\partial \\hat{Y}} = 1$$", "holds"),
    (ONE_EN + "$$\\frac{\\partial L}{\\partial \\hat{Y}} = -3$$", "fails"),  # Y's sign
    (ONE_EN + "$$\\frac{\\partial L}{\\partial W} = \\begin{pmatrix} 2 \\\\ -1 \\end{pmatrix}$$",
     "holds"),
    (ONE_EN + "$$\\frac{\\partial L}{\\partial W} = \\begin{pmatrix} -2 \\\\ 1 \\end{pmatrix}$$",
     "fails"),  # the sign of Ŷ - Y
])
def test_one_number_for_a_one_by_one_matrix(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]



# a member bound in an earlier subsection (`## 순전파`), its whole still in force (valuation.stale)
_SECTIONS = ("# 미니배치 역전파\n\n모델은 $h = v x$, $\\hat y = w h$, 손실은\n"
             "$$L = \\frac{1}{2m}\\sum_{i=1}^{m}(\\hat y_i - y_i)^2$$\n"
             "파라미터 $w = 2$, $v = 1$, $m = 2$, 데이터 $x = (1, 2)$, $y = (1, 3)$.\n\n"
             "## 순전파\n- $x_1 = %s$: $h = 1$, $\\hat y = 2$\n- $x_2 = 2$: $h = 2$, $\\hat y = 4$\n"
             "- 오차 $e = \\hat y - y = (1, 1)$\n\n## 역전파\n$$\\frac{\\partial L}{\\partial w} = %s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_SECTIONS % ("1", "\\frac{1}{m}\\sum_i e_i h_i"), "holds"),
    (_SECTIONS % ("1", "\\sum_i e_i h_i"), "fails"),  # the 1/m lost
    # the old member's value is not the whole's entry: the step, right, is never flagged
    (_SECTIONS % ("5", "\\frac{1}{m}\\sum_i e_i h_i"), "holds"),
])
def test_a_members_old_value_that_its_whole_gives(text, verdict):
    steps = check_text(text).steps
    found = [s for s in steps if s.lhs.startswith("∂L/∂w")]
    assert found and found[0].verdict == verdict, \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]
