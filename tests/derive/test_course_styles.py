"""Short correct documents on the course's own topics written in the styles real notes use
(round 21, alarm26: shapes in prose, forward values bound before the backward pass, values set
in code, variants set against a definition, chains of roundings, functions by cases at a
vector, Unicode typed directly, ko/zh learner notes), each with a wrong twin (one slip). No
step of a correct document may fail; some step of its twin must. The first ones hold a class
this round made safe; the rest guard readings that already held."""

import pytest

from tests.derive.twins import check_twins

_PAIRS = [
    ("ko shapes in prose, X^T dY",
     ("완전연결층 $\\mathbf{Y} = \\mathbf{X}\\mathbf{W} + \\mathbf{b}$, 여기서 $\\mathbf X$ 는 "
      "$N \\times D$, $\\mathbf W$ 는 $D \\times M$, $\\mathbf Y$ 는 $N \\times M$ 이다.\n\n"
      "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = {}\\mathbf{X}^\\top \\frac{\\partial L}{\\partial "
      "\\mathbf Y} \\quad (D \\times M)$$"), "", "-"),
    ("zh sigmoid saturation rounded twice",
     "$z = 5$:$\\sigma(5) \\approx 0.9933$,$\\sigma'(5) \\approx 0.9933 \\times 0.0067 \\approx {}$",
     "0.0066", "0.0076"),
    ("values set in code",
     ("```python\nw = torch.tensor(2.0, requires_grad=True)\nx, y = 3.0, 5.0\n```\n\n"
      "By hand: $\\ell(w) = (wx - y)^2$, so $\\frac{d\\ell}{dw} = 2(wx - y)x = 2(6 - 5)\\cdot 3 = "
      "{}$."), "6", "3"),
    ("ridge compared with the lasso J",
     ("$J(w) = \\frac{1}{2}(wx - y)^2 + \\lambda |w|$ with $x = 2$, $y = 1$, $\\lambda = 0.3$, "
      "$w = 0.8$: $\\frac{dJ}{dw} = (1.6 - 1) \\cdot 2 + 0.3 = 1.5$.\n\n"
      "Compare ridge: the penalty gradient is $\\lambda w = 0.24$, so "
      "$\\frac{dJ}{dw} = 1.2 + 0.24 = {}$."), "1.44", "1.54"),
    ("ko L1 instead of L2",
     ("손실 $J(w) = (w - 1)^2 + \\lambda w^2$, $\\lambda = 0.5$, $w = 2$ 에서 "
      "$\\frac{dJ}{dw} = 2(w - 1) + 2\\lambda w = 2 + 2 = 4$.\n\n"
      "L2 대신 L1 을 쓰면 $\\frac{dJ}{dw} = 2(w - 1) + \\lambda = 2 + 0.5 = {}$ 이다."),
     "2.5", "3.5"),
    ("zh cross entropy instead of mse",
     ("设 $a = \\sigma(z)$,$L = \\frac{1}{2}(a - y)^2$,则 $\\frac{\\partial L}{\\partial z} = "
      "(a - y)a(1 - a)$。\n\n当 $z = 2$,$y = 0$ 时 $a \\approx 0.881$。\n\n"
      "若改用交叉熵,$\\frac{\\partial L}{\\partial z} = a - y \\approx {}$。"), "0.881", "0.119"),
    ("zh conv backward after the forward pass",
     ("输入 $x = (2, 1, 0, 3)$,核 $w = (w_1, w_2)$,输出 $y_i = w_1 x_i + w_2 x_{i+1}$。\n\n"
      "前向:取 $w = (1, 2)$,$y = (2 + 2, 1 + 0, 0 + 6) = (4, 1, 6)$。\n\n"
      "已知上游梯度 $\\frac{\\partial L}{\\partial y} = (0.5, -1, 1)$,则\n\n"
      "$\\frac{\\partial L}{\\partial w_2} = \\sum_{i=1}^{3} \\frac{\\partial L}{\\partial y_i} "
      "x_{i+1} = 0.5 \\times 1 - 1 \\times 0 + 1 \\times 3 = {}$"), "3.5", "2.5"),
    ("leaky relu slopes of a batch",
     ("The leaky ReLU with slope $a = 0.1$:\n$$f(z) = \\begin{cases} z & z \\ge 0 \\\\ a z & "
      "z < 0 \\end{cases}$$\n\nFor the batch $z = (-2, 0.5, 3)$: $f'(z) = (0.1, 1, {})$."),
     "1", "0.1"),
    ("two layer backprop numbers",
     ("- $Z^{[1]} = 0.5 \\cdot 2 = 1$, $A^{[1]} = \\tanh 1 \\approx 0.7616$\n"
      "- $dZ^{[2]} = 0.6817 - 1 = -0.3183$\n"
      "- $dW^{[2]} = -0.3183 \\times 0.7616 \\approx {}$"), "-0.2424", "-0.4179"),
    ("keras cnn dense parameters",
     "| Dense | (64) | $1600 \\cdot 64 + 64 = {}$ |\n|---|---|---|", "102{,}464", "102{,}400"),
    ("lenet f6", "F6: $(120 + 1) \\times 84 = {}$.", "10{,}164", "10{,}080"),
    ("ko lenet output layer", "출력: $84 \\to 10$, 파라미터 $84\\times10 + 10 = {}$", "850",
     "840"),
    ("zh conv parameters", "参数量:$(5 \\times 5 \\times 16 + 1)\\times 32 = {}$。", "12{,}832",
     "12{,}800"),
    ("conv output size with stride", "$227 \\times 227$, stride 4: $O = (227 - 11)/4 + 1 = {}$",
     "55", "54"),
    ("adam second moment",
     "$$v_1 = \\beta_2 v_0 + (1 - \\beta_2) g_1^2 = 0.001 \\times 0.25 = {}$$", "0.00025",
     "0.0025"),
    ("zh momentum second step",
     ("$v_1 = 0.2$,$\\theta_1 = 0.8$。\n\n第 2 步:$v_2 = 0.9 \\times 0.2 + 0.1 \\times 1.6 = 0.34$,"
      "$\\theta_2 = 0.8 - 0.34 = {}$"), "0.46", "0.54"),
    ("ko l2 decay factor",
     "예: $\\alpha = 0.1$, $\\lambda = 0.5$, $m = 5$ 이면 감쇠 계수는 "
     "$1 - \\frac{0.1 \\times 0.5}{5} = {}$ 이다.", "0.99", "0.95"),
    ("softmax cross entropy sign",
     ("$$\\frac{\\partial L}{\\partial z_j} = -y_j(1-p_j) + \\sum_{i \\ne j} y_i p_j = "
      "p_j \\sum_i y_i - y_j = {}$$"), "p_j - y_j", "y_j - p_j"),
    ("zh mse gradient of a saturated sigmoid",
     "- MSE 的梯度:$(0.01 - 1)\\times 0.01 \\times 0.99 \\approx {}$", "-0.0098", "-0.98"),
    ("binary cross entropy mean",
     "Average: $\\frac{0.1054 + 0.2231 + 0.9163}{3} = {}$.", "0.4149", "0.3716"),
    ("ko rmsprop step",
     "$\\theta_1 = 2 - 0.01 \\times \\frac{4}{1.265} \\approx 2 - 0.0316 = {}$", "1.9684",
     "1.9368"),
]


@pytest.mark.parametrize("text, right, wrong", [p[1:] for p in _PAIRS],
                         ids=[p[0] for p in _PAIRS])
def test_correct_document_and_its_wrong_twin(text, right, wrong):
    check_twins(text.replace("{}", right), text.replace("{}", wrong))
