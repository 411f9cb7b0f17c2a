"""The deciders step.py runs in order (comparison.BEFORE, comparison.AGREEING, reading.DIFFERING):
one row per decider, a text whose step on the given line that decider decides, and the verdict
the step gets. Adding a decider to a table means adding its row here."""

import pytest

from checker.derive import comparison, step
from checker.derive.document import check_text
from checker.derive.reading import DIFFERING

EXAMPLE_KO = (  # a worked example with a second input stated for later: x = 2, then x = 4
    "**문제.** 은닉 유닛 1개짜리 신경망 $\\hat{y} = w_2\\,\\mathrm{ReLU}(w_1 x + b_1) + b_2$ 와 "
    "손실 $L = (\\hat{y} - y)^2$ 이 있다. $w_1 = -0.5$, $b_1 = 1.5$, $w_2 = 2$, $b_2 = -0.5$ "
    "이다.\n\n(a) $x = 2$, $y = 1$ 일 때 순전파 값과 $L$ 을 구하시오.\n"
    "(c) $x = 4$, $y = 1$ 일 때 $\\frac{\\partial L}{\\partial w_1}$ 를 구하시오.\n\n"
    "중간값을 $z_1 = w_1 x + b_1$, $a_1 = \\mathrm{ReLU}(z_1)$ 로 둔다.\n\n"
    "**(a)** $z_1 = -0.5 \\times 2 + 1.5 = 0.5$, $a_1 = 0.5$")

ROWS = [
    ("indefinite", "$$\\int x e^x\\,dx = (x - 1)e^x + C$$", 1, "holds"),
    ("flipped", "$$\\ln 0.99 \\approx -0.01 + 0.00005$$", 1, "fails"),
    ("approximate", "$$f'(x) \\approx \\frac{f(x + h) - f(x)}{h}$$", 1, "holds"),
    ("taken_as_given", "$$\\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y$$", 1,
     "undecided"),
    ("one_hot", ("$$p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$$\n\n$$L = -\\sum_k y_k \\log p_k$$"
     "\n\n$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$"), 5, "holds"),
    ("batch_mean", ("$X \\in \\mathbb{R}^{2 \\times 3}$, $W \\in \\mathbb{R}^{3 \\times 1}$, "
     "$Y \\in \\mathbb{R}^{2 \\times 1}$.\n\nThe loss per example is "
     "$$L = \\frac{1}{2}(XW - Y) \\odot (XW - Y)$$\n\n"
     "$$\\frac{\\partial L}{\\partial W} = \\frac{1}{2} X^T (XW - Y)$$"), 5, "holds"),
    ("stated_digits", ("Take $w = 0.5$, $x = 1$.\n\n$$\\hat{y} = \\sigma(wx) \\approx 0.622$$"
     "\n\n$$-\\log \\hat{y} \\approx 0.475$$"), 5, "holds"),
    ("earlier_example", EXAMPLE_KO, 8, "holds"),
    ("identity", ("With $K$ classes and smoothing $\\varepsilon$, the one-hot target $y$ becomes"
     "\n\n$$y^{LS}_k = (1-\\varepsilon)\\,y_k + \\frac{\\varepsilon}{K}$$\n\n"
     "Example: $K = 4$, $\\varepsilon = 0.1$, true class $= 3$.\n\n"
     "$$y^{LS} = (0.025,\\ 0.025,\\ 0.925,\\ 0.025)$$\n\n"
     "Because $\\sum_k y^{LS}_k = 1$, the gradient keeps the familiar form."), 9, "holds"),
    # read in general, the step's failure is the general one (no earlier example's values)
    ("in_general", ("Take $x = 2$, $\\alpha = 1$.\n\n$$\\sigma(x) = 0.88$$\n\n## General\n\n"
     "$$\\frac{d}{dx}\\,\\alpha(e^{x} - 1) = \\alpha e^{x} = \\alpha(e^{x} - 1) - \\alpha$$"),
     7, "fails"),
    ("narrowed", ("$$\\tilde{L}(w) = L(w) + \\frac{\\lambda}{2}\\|w\\|_2^2$$\n\n"
     "$$\\nabla_w \\tilde{L}(w) = \\nabla_w L(w) + \\lambda w$$"), 3, "holds"),
    ("local", ("$$a_t = w h_{t-1} + u x_t, \\qquad h_t = \\tanh(a_t)$$\n\n"
     "$$\\frac{\\partial a_t}{\\partial w} = h_{t-1}$$"), 3, "holds"),
    ("as_one_example", ("$\\text{lr}(t) = d_{\\text{model}}^{-1/2}\\cdot\\min\\!\\big(t^{-1/2},"
     "\\; t\\cdot w^{-3/2}\\big)$ with $w$ = warmup steps.\n\n"
     "Peak value: $\\text{lr}(w) = (d\\,w)^{-1/2}$"), 3, "holds"),
    ("binary_values", ("Each unit is kept by a mask $r_i \\sim \\mathrm{Bernoulli}(q)$.\n\n"
     "$$r_i^2 = r_i$$"), 3, "holds"),
    ("older", ("Plain momentum:\n\n$$v_t = \\beta v_{t-1} - \\eta g_t$$\n\n"
     "Nesterov momentum, same names:\n\n$$v_t = \\beta v_{t-1} - \\eta (g_t + \\beta d_t)$$"
     "\n\nCompared with the plain rule, where $v_1 = \\beta v_0 - \\eta g_1$, the look-ahead "
     "changes only where the gradient is taken."), 9, "undecided"),
]
TABLES = (comparison.BEFORE, comparison.AGREEING, DIFFERING)


def _recorded(monkeypatch, text: str) -> tuple[list, list[tuple[str, int]]]:
    """The steps of text, and (decider, line) for every decider that did not pass on."""
    seen: list[tuple[str, int]] = []

    def recording(decide):
        def run(c):
            got = decide(c)
            if got is not None:
                seen.append((decide.__name__, c.line))
            return got
        return run
    monkeypatch.setattr(step, "BEFORE", tuple(map(recording, comparison.BEFORE)))
    monkeypatch.setattr(comparison, "AGREEING", tuple(map(recording, comparison.AGREEING)))
    monkeypatch.setattr(step, "DIFFERING", tuple(map(recording, DIFFERING)))
    return list(check_text(text).steps), seen


@pytest.mark.parametrize("decider, text, line, verdict", ROWS, ids=[r[0] for r in ROWS])
def test_each_decider_decides_its_row(monkeypatch, decider, text, line, verdict):
    steps, seen = _recorded(monkeypatch, text)
    assert (decider, line) in seen, (seen, steps)
    assert verdict in [s.verdict for s in steps if s.line == line], steps


def test_every_decider_has_a_row():
    assert sorted(d.__name__ for table in TABLES for d in table) == sorted(r[0] for r in ROWS)


def test_the_docstring_gives_the_order_of_the_readings():
    doc = step.__doc__ or ""
    at = [doc.find(f"   {d.__name__} ") for d in DIFFERING]
    assert -1 not in at and at == sorted(at), at
