"""Names a chain gives on its way (alias.py), and alternatives chosen in prose (condition.py).

Each row: a document whose steps are all correct (none may fail, some step holds) and a wrong
twin with one slip where the reading is certain (a step must fail, on the line given). Rows
written in the styles of real notes (English, Korean, Chinese), none copied.
"""

import pytest

from checker.derive.document import check_text

ROWS = [
    # a new name in the middle of a chain is an alias of the member before it
    ("a gradient named in the middle of its chain",
     "Let $\\hat y = wx + b$ and $L = \\frac12(\\hat y - y)^2$.\n\n"
     "$$\\frac{\\partial L}{\\partial w} = g = (\\hat y - y)x$$\n\nso $g = (wx + b - y)x$.",
     "Let $\\hat y = wx + b$ and $L = \\frac12(\\hat y - y)^2$.\n\n"
     "$$\\frac{\\partial L}{\\partial w} = g = (\\hat y - y)$$\n\nso $g = (wx + b - y)x$.", 3),
    ("Korean notes: δ names the local gradient",
     "$z = wx + b$, $a = \\sigma(z)$ 라 하자.\n\n"
     "$$\\frac{\\partial a}{\\partial z} = \\delta = a(1 - a)$$\n\n"
     "따라서 $\\delta = \\sigma(z)(1 - \\sigma(z))$ 이다.",
     "$z = wx + b$, $a = \\sigma(z)$ 라 하자.\n\n"
     "$$\\frac{\\partial a}{\\partial z} = \\delta = a(1 + a)$$\n\n"
     "따라서 $\\delta = \\sigma(z)(1 - \\sigma(z))$ 이다.", 3),
    ("Chinese notes: g named, then used in an expansion",
     "设 $L = (wx - y)^2$。\n\n$$\\frac{dL}{dw} = g = 2x(wx - y)$$\n\n"
     "展开得 $g = 2x^2 w - 2xy$。",
     "设 $L = (wx - y)^2$。\n\n$$\\frac{dL}{dw} = g = 2x(wx - y)$$\n\n"
     "展开得 $g = 2x^2 w + 2xy$。", 5),
    ("a name in the middle of a derivative of tanh, aligned",
     "$$a = \\tanh(u)$$\n\n$$\\begin{aligned}\\frac{da}{du} &= 1 - a^2 \\\\ &= s \\\\ "
     "&= 1 - \\tanh^2(u)\\end{aligned}$$",
     "$$a = \\tanh(u)$$\n\n$$\\begin{aligned}\\frac{da}{du} &= 1 + a^2 \\\\ &= s \\\\ "
     "&= 1 - \\tanh^2(u)\\end{aligned}$$", 3),
    # a name nothing defines, equated after the head to a value without it: its definition
    ("the logit solved for, then said to be linear",
     "$$p = \\frac{1}{1 + e^{-z}}$$\n\nTaking logs of the odds,\n\n"
     "$$\\log\\frac{p}{1-p} = z = w^\\top x + b$$\n\nso the log-odds is linear in x.",
     "$$p = \\frac{1}{1 + e^{-z}}$$\n\nTaking logs of the odds,\n\n"
     "$$\\log\\frac{1-p}{p} = z = w^\\top x + b$$\n\nso the log-odds is linear in x.", 5),
    ("Korean notes: the log-odds is θᵀx",
     "$$y = \\frac{1}{1 + e^{-t}}$$ 이므로\n\n$$\\ln\\frac{y}{1 - y} = t = \\theta^\\top x$$",
     "$$y = \\frac{1}{1 + e^{-t}}$$ 이므로\n\n$$\\ln\\frac{y}{1 + y} = t = \\theta^\\top x$$", 3),
    # a member of a family the chain reaches is no new name for its value (a recurrence unrolled)
    ("momentum unrolled, v_1 = g_1 then v_2",
     "$$v_t = \\beta v_{t-1} + g_t$$\n\nwith $v_0 = 0$:\n\n$$\\begin{aligned} v_1 &= g_1,\\\\\n"
     "v_2 &= \\beta g_1 + g_2 \\end{aligned}$$",
     "$$v_t = \\beta v_{t-1} + g_t$$\n\nwith $v_0 = 0$:\n\n$$\\begin{aligned} v_1 &= g_1,\\\\\n"
     "v_2 &= \\beta^2 g_1 + g_2 \\end{aligned}$$", 6),
    # an alternative chosen in prose redefines the name
    ("an alternative loss chosen with 'use'",
     "The loss is $L(r) = r^2$, so $L'(r) = 2r$.\n\n"
     "If outliers hurt, use the log-cosh loss $L(r) = \\log\\cosh r$ instead, whose "
     "derivative is $$L'(r) = \\tanh r$$",
     "The loss is $L(r) = r^2$, so $L'(r) = 2r$.\n\n"
     "Hence $L(r) = \\log\\cosh r$.", 3),
    # a name defined twice on one line (the two regularisers of an exam question): the
    # second is an alternative, never a claim that the two agree
    ("two regularisers defined on one line",
     "For $R(w) = \\frac{\\lambda}{2} w^2$ and $R(w) = \\lambda |w|$ respectively, take "
     "$w = 2$, $\\lambda = 0.1$.\n\nThe L1 gradient is $\\lambda\\,\\mathrm{sign}(w) = 0.1$.",
     "For $R(w) = \\frac{\\lambda}{2} w^2$ and $R(w) = \\lambda |w|$ respectively, take "
     "$w = 2$, $\\lambda = 0.1$.\n\nThe L1 gradient is $\\lambda\\,\\mathrm{sign}(w) = 0.2$.", 3),
    ("Chinese notes: 改用 another loss",
     "损失取 $L(e) = e^2$，则 $L'(e) = 2e$。\n\n若改用 $L(e) = \\frac{1}{2} e^2$，"
     "则 $L'(e) = e$。",
     "损失取 $L(e) = e^2$，则 $L'(e) = 2e$。\n\n所以 $L(e) = \\frac{1}{2} e^2$。", 3),
    # listed after a claim, not beside the definition: the name keeps its meaning, checked
    ("English notes: 'so ... and' after a definition",
     "Let $f(x) = x^2$, so $f(x) = x \\cdot x$ and $f(x) = (-x)^2$.",
     "Let $f(x) = x^2$, so $f(x) = x \\cdot x$ and $f(x) = 2x^2$.", 1),
    ("Korean notes: 와 after a restatement",
     "$f(x) = x^2$ 이므로 $f(x) = x \\cdot x$ 와 $f(x) = (-x)^2$ 이 성립한다.",
     "$f(x) = x^2$ 이므로 $f(x) = x \\cdot x$ 와 $f(x) = 2x^2$ 이 성립한다.", 1),
    ("Chinese notes: 或 after a restatement",
     "设 $h(x) = x^2$，于是 $h(x) = x \\cdot x$ 或 $h(x) = (-x)^2$。",
     "设 $h(x) = x^2$，于是 $h(x) = x \\cdot x$ 或 $h(x) = 2x^2$。", 1),
    # words that choose, before a number: the value they give, checked (a choice is of a formula)
    ("Korean notes: 사용하면 before a value",
     "$w = 2$, $x = 3$, $b = 1$ 이고 $s = wx + b$ 이다.\n\n이 값들을 사용하면 $s = 7$ 이다.",
     "$w = 2$, $x = 3$, $b = 1$ 이고 $s = wx + b$ 이다.\n\n이 값들을 사용하면 $s = 8$ 이다.", 3),
    ("Chinese notes: 采用 before a value",
     "设 $w = 2$, $x = 3$, $b = 1$, $s = wx + b$。\n\n采用上面的数值，$s = 7$。",
     "设 $w = 2$, $x = 3$, $b = 1$, $s = wx + b$。\n\n采用上面的数值，$s = 8$。", 3),
    ("English notes: 'use' before a value",
     "Let $w = 2$, $x = 3$, $b = 1$ and $s = wx + b$.\n\nWe use these values, so $s = 7$.",
     "Let $w = 2$, $x = 3$, $b = 1$ and $s = wx + b$.\n\nWe use these values, so $s = 8$.", 3),
]

CASES = [pytest.param(doc, line, id=f"{what} ({'wrong twin' if line else 'correct'})")
         for what, right, wrong, at in ROWS for doc, line in ((right, 0), (wrong, at))]


@pytest.mark.parametrize("doc, line", CASES)
def test_no_correct_step_fails_and_the_twin_is_caught(doc, line):
    """A correct document: no step fails, some step holds. Its wrong twin: a step on the
    slip's line fails."""
    steps = [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]
    failing = [s for s in steps if s[3] == "fails"]
    if line:
        assert any(s[0] == line for s in failing), steps
    else:
        assert not failing and any(s[3] == "holds" for s in steps), steps


def test_the_alias_stands_for_its_value_later():
    """`∂L/∂w = g = ...`: g is ∂L/∂w from there on, so the update after it is read with it."""
    doc = ("Let $L = \\frac12 (w - 3)^2$.\n\n$$\\frac{dL}{dw} = g = w - 3$$\n\n"
           "At $w = 1$: $g = -2$.")
    steps = check_text(doc).steps
    assert [(s.line, s.verdict) for s in steps] == [(3, "holds"), (5, "holds")], steps
