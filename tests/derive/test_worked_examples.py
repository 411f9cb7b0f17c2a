"""Worked examples whose numbers must not turn a correct general step into a false alarm, and
whose wrong steps must still fail: a general identity restated among rounded values, a
derivative of a name whose definition was written at the example's numbers, a second method's
recurrence after a first method's values (each row: a correct text, and a wrong twin)."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text

ROWS = [
    ("an identity restated among rounded values",
     "Take $x = 2$, $w = 0.5$, $b = 0.1$, $y = 1$.\n\n"
     "$$z = wx + b = 1.1$$\n\n$$a = \\sigma(z) \\approx 0.750$$\n\n"
     "$$L = \\frac{1}{2}(a - y)^2$$\n\n"
     "$$\\frac{\\partial L}{\\partial a} = a - y \\approx -0.250$$",
     "$$\\frac{\\partial L}{\\partial a} = a - y \\approx -0.350$$"),
    ("a derivative of a name defined at the example's numbers",
     "Inputs $x_1 = 1$, $x_2 = 2$, weights $w_1 = 0.5$, $w_2 = -0.25$, $b = 0.1$.\n\n"
     "$$z = w_1 x_1 + w_2 x_2 + b = 0.1$$\n\n$$a = \\sigma(0.1) \\approx 0.525$$\n\n"
     "$$L = -\\log a$$\n\n"
     "$$\\frac{\\partial L}{\\partial w_1} = (a - 1)x_1 \\approx -0.475$$",
     "$$\\frac{\\partial L}{\\partial w_1} = (a - 1)x_1 \\approx -0.575$$"),
    ("a second method's recurrence after the first one's values",
     "Minimise $f(w) = w^2$ from $w_0 = 1$ with $\\eta = 0.1$, $\\beta = 0.5$, $v_0 = 0$.\n\n"
     "$$v_t = \\beta v_{t-1} + f'(w_{t-1}), \\qquad w_t = w_{t-1} - \\eta v_t$$\n\n"
     "$v_1 = 2$, $w_1 = 0.8$, then $v_2 = 0.5 \\cdot 2 + 1.6 = 2.6$.\n\n"
     "Nesterov instead looks ahead:\n\n"
     "$$v_t = \\beta v_{t-1} + f'(w_{t-1} - \\eta\\beta v_{t-1})$$\n\n"
     "$v_1 = 2$, $w_1 = 0.8$, then $v_2 = 1 + 2(0.8 - 0.1) = 2.4$",
     "$v_2 = 1 + 2(0.8 - 0.1) = 2.5$"),
    ("a size of a declared shape given a large number (a parameter count)",
     "Each gate is $\\sigma(W[h_{t-1}, x_t] + b)$ with $W \\in \\mathbb{R}^{h \\times (h + d)}$, "
     "so\n\n$$N = 4(h(h + d) + h)$$\n\nFor $d = 100$, $h = 128$:\n\n"
     "$$N = 4(128 \\times 228 + 128) = 117248$$\n\n$$3(h(h + d) + h) = 87936$$",
     "$$3(h(h + d) + h) = 87036$$"),
    ("values of a function of T given at one T, then another T",
     "$$p_i(T) = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}$$\n\nTake $z = (2, 1, 0)$.\n\n"
     "At $T = 1$: $p \\approx (0.665,\\ 0.245,\\ 0.090)$.\n\nAt $T = 2$:\n\n"
     "$$p(2) \\approx (0.506,\\ 0.307,\\ 0.186)$$\n\n"
     "$$\\frac{\\partial p_i}{\\partial z_j} = \\frac{1}{T}\\,p_i\\,(\\delta_{ij} - p_j)$$\n\n"
     "$$T^2 = 4$$",
     "$$T^2 = 2$$"),
    ("a name defined at one numbered example's numbers, given anew in the next",
     "Here $y_i = \\gamma \\hat x_i + \\beta$.\n\n**Example 1.** $x = (1, 3)$, $\\gamma = 2$, "
     "$\\beta = 0.5$.\nThen $\\hat x = (-1, 1)$ and $y = 2\\hat x + 0.5 = (-1.5, 2.5)$.\n\n"
     "**Example 2.** Now $x = (0, 4)$, $\\gamma = 1$, $\\beta = 0$.\n"
     "Then $\\hat x = (-1, 1)$ and $y = \\hat x$, so $y + 1 = (0, 2)$.",
     "Then $\\hat x = (-1, 1)$ and $y = \\hat x$, so $\\hat x + 1 = (0, 3)$."),
    ("a point given as a tuple after a function of as many parameters",
     "## Two weights\n$f(w_1, w_2) = w_1^2 w_2$ at $(1, 2)$: $\\partial f/\\partial w_1 = 2 w_1 w_2 "
     "= 4$, $\\partial f/\\partial w_2 = w_1^2 = 1$.",
     "$f(w_1, w_2) = w_1^2 w_2$ at $(1, 2)$: $\\partial f/\\partial w_1 = 2 w_1 w_2 = 4$, "
     "$\\partial f/\\partial w_2 = w_1^2 = 2$."),
    ("... in Chinese (在 ... 处)",
     "设 $f(x, y) = x^2 + xy$，在 $(1, 3)$ 处 $\\partial f/\\partial x = 2x + y = 5$。",
     "设 $f(x, y) = x^2 + xy$，在 $(1, 3)$ 处 $\\partial f/\\partial x = 2x + y = 6$。"),
    ("two variants, each in a paragraph a bold label opens, define a name their own way",
     "Let $r_i \\sim \\mathrm{Bernoulli}(1 - p)$, so $\\frac{(1 - p)h}{1 - p} = h$ on "
     "average.\n\n**Original**: in training "
     "$\\tilde h_i = r_i h_i$, at test time multiply by $(1 - p)$.\n\n"
     "**Inverted**: in training $\\tilde h_i = \\frac{r_i h_i}{1 - p}$, at test time nothing.",
     "So in training $\\tilde h_i = \\frac{r_i h_i}{1 - p}$, at test time nothing."),
    ("a counterfactual aside's value holds in its own sentence only",
     "Let $x = 1$ and $w = 0.5$, so $\\hat{y} = \\sigma(w x) \\approx 0.6225$.\n\n"
     "(With $w = 2$ instead, the output would be $\\sigma(2) \\approx 0.881$.)\n\n"
     "For the label $y = 1$, the loss is $L = -\\log \\hat{y} \\approx 0.474$.",
     "For the label $y = 1$, the loss is $L = -\\log \\hat{y} \\approx 0.574$."),
    ("... in Korean (만약 ... 였다면)",
     "$x = 1$, $w = 0.5$ 일 때 $\\hat{y} = \\sigma(w x) \\approx 0.6225$ 이다.\n\n"
     "만약 $w = 2$ 였다면 출력은 $\\sigma(2) \\approx 0.881$ 이 된다.\n\n"
     "정답이 $y = 1$ 이므로 손실은 $L = -\\log \\hat{y} \\approx 0.474$ 이다.",
     "정답이 $y = 1$ 이므로 손실은 $L = -\\log \\hat{y} \\approx 0.574$ 이다."),
    ("... in Chinese (假如)",
     "设 $x = 1$，$w = 0.5$，则 $\\hat{y} = \\sigma(w x) \\approx 0.6225$。\n\n"
     "假如 $w = 2$，输出将是 $\\sigma(2) \\approx 0.881$。\n\n"
     "损失 $L = -\\log \\hat{y} \\approx 0.474$。",
     "损失 $L = -\\log \\hat{y} \\approx 0.574$。"),
    ("... and inside the aside, its value is the one in force",
     "Let $x = 1$ and $w = 0.5$, so $\\hat{y} = \\sigma(w x) \\approx 0.6225$.\n\n"
     "(With $w = 2$ instead, the output would be $\\sigma(w x) \\approx 0.881$.)",
     "(With $w = 2$ instead, the output would be $\\sigma(w x) \\approx 0.781$.)"),
    ("a value the example gave for a name, ended by an aside's other value, holds again after it",
     "The model is $\\hat{y} = \\sigma(w x + b)$.\n\n"
     "Let $x = 1$ and $w = 0.5$; the output is $\\hat{y} \\approx 0.7$.\n\n"
     "(With $w = 2$ instead, the output would be larger.)\n\n"
     "The loss is $L = -\\log \\hat{y} \\approx 0.357$.",
     "The loss is $L = -\\log \\hat{y} \\approx 0.457$."),
    ("a value switched for good ('now use ... instead.') holds from there on",
     "Let $x = 1$ and $w = 0.5$, so $\\hat{y} = \\sigma(w x) \\approx 0.6225$.\n\n"
     "Now use $w = 2$ instead.\n\n"
     "The output is $\\sigma(w x) \\approx 0.881$.",
     "The output is $\\sigma(w x) \\approx 0.781$."),
]


@pytest.mark.parametrize("what, text, wrong_last", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, text, wrong_last):
    steps = check_text(text).steps
    assert steps and not [s for s in steps if s.verdict == "fails"], \
        [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("what, text, wrong_last", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, text, wrong_last):
    lines = text.split("\n")
    last = max(i for i, line in enumerate(lines) if line.strip())
    lines[last] = wrong_last
    steps = check_text("\n".join(lines)).steps
    assert [s for s in steps if s.verdict == "fails" and s.line == last + 1], \
        [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]
