"""False alarms that come from context (issue 9 §1): a step read with values, definitions or
cues from elsewhere in the text. Each row: a short document of our own whose steps are all
correct (none may fail) and a wrong twin (one slip where the reading is certain: some step must
still fail). Styles: Korean / English / Chinese notes with worked examples, several examples in
one file, names defined twice (optimisers), examples followed by the general case, mistakes
quoted in prose.

Classes: an expectation at a worked example's realised draw; an equation set to zero and
solved on ("에서", "gives"); a family of two indices written with one; a mistake quoted as
what students wrote; a name defined twice (the older meaning); example values ended by a region
or a general paragraph; a slope at a kink, fixed by convention; iterates written as superscripts
(`x^{k+1} = x^k - ...`), which are no powers."""

import pytest

from checker.derive.document import check_text

_DROPOUT = (
    "유지 확률 $p$ 로 드롭아웃을 적용한다. 마스크 $m_i\\sim\\text{{Bernoulli}}(p)$ 이고 출력은 "
    "$\\tilde h_i = \\frac{{m_i h_i}}{{p}}$ 이다.\n\n"
    "(c) $p = 0.8$, $h = (1.0,\\ 2.5,\\ -0.5,\\ 4.0)$, 마스크 $m = (1, 0, 1, 1)$ 일 때:\n\n"
    "$$\\tilde h = \\frac{{1}}{{0.8}}(1.0,\\ 0,\\ -0.5,\\ 4.0) = (1.25,\\ 0,\\ -0.625,\\ {last})$$\n\n"
    "(f) 원래 방식에서도 기댓값은 일치한다: 학습 때 $\\mathbb E[m_i h_i] = p\\,h_i$, 추론 때 $p\\,h_i$.")

_NLL = (
    "모델이 $\\mu$ 와 $s = \\log\\sigma^2$ 를 출력한다. 음의 로그우도는\n\n"
    "$$\\ell = \\frac12\\log(2\\pi) + \\frac12 s + \\frac{{(y-\\mu)^2}}{{2e^{{s}}}}$$\n\n"
    "미분하면\n\n$$\\frac{{\\partial\\ell}}{{\\partial s}} = {slope}$$\n\n"
    "$\\partial\\ell/\\partial s = 0$ 에서 $e^s = (y-\\mu)^2$, 즉 최적 분산은 잔차의 제곱이다.")

_SOFTMAX = (
    "## softmax（批量版）\n\n第 $i$ 个样本的概率 $P_{{ik}} = \\dfrac{{e^{{Z_{{ik}}}}}}{{\\sum_{{c}}"
    "e^{{Z_{{ic}}}}}}$，标签 $T$，损失\n\n$$L = -\\frac{{1}}{{M}}\\sum_{{i=1}}^{{M}}\\sum_{{k=1}}^{{C}}"
    "T_{{ik}}\\ln P_{{ik}}$$\n\n### 单个样本\n\n$$\\frac{{\\partial P_k}}{{\\partial z_j}} = "
    "\\begin{{cases}}P_j(1 - P_j) & k = j\\\\ -P_kP_j & k\\ne j\\end{{cases}}$$\n\n所以\n\n"
    "$$\\frac{{\\partial L}}{{\\partial z_j}} = -\\frac{{T_j}}{{P_j}}P_j(1-P_j) + \\sum_{{k\\ne j}}"
    "\\frac{{T_k}}{{P_k}}P_kP_j = -T_j + P_j\\sum_k T_k$$\n\n### 数值\n\n"
    "$L = \\frac12(0.693 + 0.127) = {loss}$")

_BACKPROP = (
    "은닉층은 시그모이드, 출력층은 항등함수, 손실은 $L = \\frac12\\lVert \\mathbf a^{{[2]}} - "
    "\\mathbf y\\rVert^2$ 이다.\n\n\\begin{{align}}\n\\mathbf z^{{[1]}} &= W^{{[1]}}\\mathbf x + "
    "\\mathbf b^{{[1]}}, & \\mathbf a^{{[1]}} &= \\sigma(\\mathbf z^{{[1]}}) \\\\\n\\mathbf z^{{[2]}} &= "
    "W^{{[2]}}\\mathbf a^{{[1]}} + \\mathbf b^{{[2]}}, & \\mathbf a^{{[2]}} &= \\mathbf z^{{[2]}}\n"
    "\\end{{align}}\n\n오차항 $\\boldsymbol\\delta^{{[l]}} = \\partial L/\\partial\\mathbf z^{{[l]}}$ "
    "로 두면\n\n\\begin{{align}}\n\\boldsymbol\\delta^{{[2]}} &= \\mathbf a^{{[2]}} - \\mathbf y \\\\\n"
    "\\boldsymbol\\delta^{{[1]}} &= (W^{{[2]}})^\\top\\boldsymbol\\delta^{{[2]}} \\odot \\mathbf "
    "a^{{[1]}}\\odot(1 - \\mathbf a^{{[1]}})\n\\end{{align}}\n\n"
    "많은 학생이 $\\boldsymbol\\delta^{{[1]}} = (W^{{[2]}})^\\top\\boldsymbol\\delta^{{[2]}}$ 로 쓰고 "
    "$\\sigma'$ 를 빠뜨렸다 (감점 2점).\n\n수치 예: $0.4\\,(0.5,\\ 0.8,\\ 0.2) = {product}$")

_QUOTED_ZH = (
    "$$f(x) = x^2 e^x$$\n\n很多同学把导数写成 $f'(x) = 2x e^x$，漏掉了一项。正确的是\n\n"
    "$$f'(x) = {slope}$$")

_TWO_MOMENTA = (
    "# Two updates\n\nPlain momentum:\n\n$$v_t = \\beta v_{{t-1}} - \\eta g_t$$\n\n"
    "Nesterov momentum, same names:\n\n$$v_t = \\beta v_{{t-1}} - \\eta (g_t + \\beta d_t)$$\n\n"
    "Compared with the plain rule, where $v_1 = {first}$, the look-ahead changes only where "
    "the gradient is taken.")

_MOMENTUM_KO = (
    "## 모멘텀\n\n$$v_t = \\mu v_{{t-1}} - \\eta g_t, \\qquad \\theta_t = \\theta_{{t-1}} + v_t$$\n\n"
    "예: $\\mu = 0.9$, $\\eta = 0.1$, $\\theta_0 = 1$, $v_0 = 0$, $g_1 = 2$, $g_2 = 1.6$ 이면\n\n"
    "$$v_1 = 0.9 \\cdot 0 - 0.1 \\cdot 2 = -0.2, \\qquad \\theta_1 = 1 - 0.2 = 0.8$$\n\n"
    "$$v_2 = 0.9 \\cdot (-0.2) - 0.1 \\cdot 1.6 = {v2}$$\n\n"
    "## 네스테로프\n\n같은 이름으로 $$v_t = \\mu v_{{t-1}} - \\eta (g_t + \\mu d_t)$$ 를 쓴다. "
    "앞의 모멘텀에서는 $v_1 = \\mu v_0 - \\eta g_1$ 였다.")

_EMA_TWICE = (
    "Momentum keeps a velocity:\n\n$$v_t = \\beta v_{{t-1}} + g_t$$\n\n"
    "With $\\beta = 0.9$, $g_1 = 1$, $g_2 = 2$, $v_0 = 0$: $v_1 = 1$ and "
    "$v_2 = 0.9 \\cdot 1 + 2 = 2.9$.\n\nLater we switch to the exponential average used by "
    "Adam, with the same names:\n\n$$v_t = \\beta v_{{t-1}} + (1 - \\beta) g_t$$\n\n"
    "so with the same gradients $v_1 = 0.1$ and $v_2 = 0.09 + 0.2 = {v2}$.")

_ADAM_ZH = (
    "## 动量法\n\n$$m_t = \\beta m_{{t-1}} + (1 - \\beta) g_t$$\n\n"
    "例 1：$\\beta = 0.9$，$m_0 = 0$，$g_1 = 2$，则 $m_1 = 0.2$。\n\n## Adam 的偏差修正\n\n"
    "Adam 沿用同样的记号，并定义 $$\\hat m_t = \\frac{{m_t}}{{1 - \\beta^t}}$$\n\n"
    "所以 $\\hat m_1 = \\frac{{0.2}}{{1 - 0.9}} = {bias}$，正好等于 $g_1$。")

_RELU = (
    "# ReLU\n\n$$\\mathrm{{ReLU}}(x) = \\max(0, x)$$\n\n"
    "Take $x = -1$. Then $\\mathrm{{ReLU}}(x) = 0$ and $\\mathrm{{ReLU}}'(x) = 0$.\n\n"
    "At $x = 0$ there is no slope; we take $\\mathrm{{ReLU}}'(0) = 0$ by convention.\n\n"
    "For $x > 0$ the function is the identity, so $\\mathrm{{ReLU}}(x) = x$ and "
    "$\\mathrm{{ReLU}}'(x) = {slope}$.")

_SIGMOID_KO = (
    "## 시그모이드\n\n$\\sigma(z) = \\frac{{1}}{{1 + e^{{-z}}}}$ 이고 $z = 0$ 이면 "
    "$\\sigma(z) = 0.5$, $\\sigma'(z) = {at_zero}$ 이다.\n\n"
    "일반적으로 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$ 이다.")

_TWO_EXAMPLES_EN = (
    "# Linear unit\n\n$z = wx + b$, so $\\frac{{\\partial z}}{{\\partial w}} = x$.\n\n"
    "**Example 1.** $w = 2$, $x = 3$, $b = 1$: $z = 2 \\cdot 3 + 1 = 7$.\n\n"
    "**Example 2.** $w = -1$, $x = 4$, $b = 0$: $z = -1 \\cdot 4 + 0 = {z2}$.\n\n"
    "In general, $z - b = wx$.")

_STATIONARY_EN = (
    "$$J(w) = (w - 3)^2 + 1$$\n\n$$\\frac{{dJ}}{{dw}} = {slope}$$\n\n"
    "Setting it to zero, $\\frac{{dJ}}{{dw}} = 0$ gives $w = 3$.")

_ITERATES_ZH = (
    "迭代：$$x^{{k+1}} = x^k - \\eta (x^k - 3)$$\n\n于是 $x^{{k+1}} - 3 = {factor}(x^k - 3)$。\n\n"
    "设 $x^0 = 0$，$\\eta = 0.5$：$x^1 = 0 - 0.5 \\times (0 - 3) = 1.5$。")

_ITERATES_KO = (
    "$f(x) = x^2$ 이면 $f'(x) = 2x$ 이고, 경사하강법은 $$x^{{t+1}} = x^t - \\eta f'(x^t)$$ 이다. "
    "정리하면 $x^{{t+1}} = {factor} x^t$ 이다.")

_CHECKED_REGION = ("Forward pass: $z = 1.5$.\n\nSince $z > 0$, the ReLU passes it: "
                   "$\\mathrm{{ReLU}}(z) = {out}$.")
_BACK_EN = ("Let $x = -2$.\n\nFor $x > 0$, $|x| = x$.\n\nBack to our example: "
            "$x^2 + 1 = {value}$.")
_BACK_GENERAL_EN = ("$z = wx + b$ with $w = 2$, $x = 3$, $b = 1$: $z = 7$.\n\n"
                    "In general, $\\frac{{\\partial z}}{{\\partial w}} = x$.\n\n"
                    "For our example, $\\frac{{\\partial z}}{{\\partial w}} = {slope}$.")
_BACK_KO = "$z = 4$, $w = 3$ 이다.\n\n일반적으로 $z + w$ 는 두 값의 합이다.\n\n이 예에서 $z + w = {total}$ 이다."
_BACK_ZH = "设 $x = -2$。\n\n一般地，$x^2 = |x|^2$。\n\n在这个例子中，$x^2 + 1 = {value}$。"

ROWS = [
    ("a region the example's value lies in checks it, it does not end it, en",
     _CHECKED_REGION.format(out="1.5"), _CHECKED_REGION.format(out="2")),
    ("back to our example after a region, en", _BACK_EN.format(value="5"), _BACK_EN.format(value="6")),
    ("for our example after a general paragraph, en", _BACK_GENERAL_EN.format(slope="3"),
     _BACK_GENERAL_EN.format(slope="2")),
    ("이 예에서 after 일반적으로, ko", _BACK_KO.format(total="7"), _BACK_KO.format(total="9")),
    ("在这个例子中 after 一般地, zh", _BACK_ZH.format(value="5"), _BACK_ZH.format(value="6")),
    ("an update written with superscript iterates, zh",
     _ITERATES_ZH.format(factor="(1 - \\eta)"), _ITERATES_ZH.format(factor="(1 + \\eta)")),
    ("superscript iterates beside a true square, ko",
     _ITERATES_KO.format(factor="(1 - 2\\eta)"), _ITERATES_KO.format(factor="(1 - \\eta)")),
    ("an expectation at the example's realised mask, ko",
     _DROPOUT.format(last="5.0"), _DROPOUT.format(last="4.0")),
    ("an equation set to zero, then 에서, ko",
     _NLL.format(slope="\\frac12 - \\frac{(y-\\mu)^2}{2e^s}"),
     _NLL.format(slope="\\frac12 + \\frac{(y-\\mu)^2}{2e^s}")),
    ("an equation set to zero, then gives, en",
     _STATIONARY_EN.format(slope="2(w - 3)"), _STATIONARY_EN.format(slope="2(w + 3)")),
    ("a family of two indices written with one, zh",
     _SOFTMAX.format(loss="0.410"), _SOFTMAX.format(loss="0.510")),
    ("a mistake quoted as what students wrote, ko",
     _BACKPROP.format(product="(0.2,\\ 0.32,\\ 0.08)"),
     _BACKPROP.format(product="(0.2,\\ 0.32,\\ 0.8)")),
    ("a mistake quoted as what classmates wrote, zh",
     _QUOTED_ZH.format(slope="2x e^x + x^2 e^x"), _QUOTED_ZH.format(slope="2x e^x + x e^x")),
    ("a remark about the first of two momenta, en",
     _TWO_MOMENTA.format(first="\\beta v_0 - \\eta g_1"),
     _TWO_MOMENTA.format(first="\\beta v_0 + \\eta g_1")),
    ("momentum's example, then Nesterov with the same names, ko",
     _MOMENTUM_KO.format(v2="-0.34"), _MOMENTUM_KO.format(v2="-0.36")),
    ("a velocity redefined as an average, en",
     _EMA_TWICE.format(v2="0.29"), _EMA_TWICE.format(v2="0.39")),
    ("bias correction under the same names, zh",
     _ADAM_ZH.format(bias="2"), _ADAM_ZH.format(bias="0.2")),
    ("an example's value ended by a region, and a slope by convention, en",
     _RELU.format(slope="1"), _RELU.format(slope="0")),
    ("an example's value ended by a general paragraph, ko",
     _SIGMOID_KO.format(at_zero="0.25"), _SIGMOID_KO.format(at_zero="0.5")),
    ("two numbered examples and the general case, en",
     _TWO_EXAMPLES_EN.format(z2="-4"), _TWO_EXAMPLES_EN.format(z2="4")),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    failing = [s for s in check_text(right).steps if s.verdict == "fails"]
    assert not failing, failing


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    assert any(s.verdict == "fails" for s in check_text(wrong).steps), \
        check_text(wrong).steps


@pytest.mark.parametrize("text, expected", [
    # a slope at a kink is a convention; elsewhere it is checked
    ("$$\\mathrm{ReLU}(x) = \\max(0, x)$$\n\nWe take $\\mathrm{ReLU}'(0) = 0$.", "undecided"),
    ("$$\\mathrm{ReLU}(x) = \\max(0, x)$$\n\nSo $\\mathrm{ReLU}'(2) = 1$.", "holds"),
    ("$$\\mathrm{ReLU}(x) = \\max(0, x)$$\n\nSo $\\mathrm{ReLU}'(-2) = 1$.", "fails"),
    # ... but only between the one-sided slopes: outside every subgradient it fails
    ("$$\\mathrm{ReLU}(x) = \\max(0, x)$$\n\nSo $\\mathrm{ReLU}'(0) = 2$.", "fails"),
    ("$$\\mathrm{ReLU}(x) = \\max(0, x)$$\n\nWe take $\\mathrm{ReLU}'(0) = 0.5$.", "undecided"),
    ("$$g(x) = \\max(0.1 x, x)$$\n\nSo $g'(0) = 0.05$.", "fails"),
    ("$$g(x) = \\max(0.1 x, x)$$\n\nWe take $g'(0) = 0.1$.", "undecided"),
    # a name at zero is a value, not an equation: "$x = 0$ 에서 $f'(x) = ...$"
    ("$f(x) = x^2$ 이고 $x = 1$ 에서 $f'(x) = 3$ 이다.", "fails"),
    # x^{n+1} and x^n are powers unless an update's left side is x^{n+1} and, read as powers,
    # the update would not hold (an induction step, a geometric series stay powers)
    ("$$x^{n+1} - x^n = x^n (x - 1)$$", "holds"),
    ("$$x^{n+1} - x^n = x^n (x + 1)$$", "fails"),
    ("$$x^{n+1} = x \\cdot x^n$$\n\n$$\\sum_{k=0}^{n} x^k = \\frac{1 - x^{n+1}}{1 - x}$$", "holds"),
    ("$$x^{n+1} = x \\cdot x^n$$\n\n$$\\sum_{k=0}^{n} x^k = \\frac{1 + x^{n+1}}{1 - x}$$", "fails"),
    ("귀납 단계: $a^{n+1} = a \\cdot a^n$ 이다.", "holds"),
    ("$$\\frac{d}{dx} x^{n+1} = (n+1) x^n, \\qquad \\frac{d}{dx} x^n = x^{n-1}$$", "fails"),
    ("$$\\frac{d}{dx} x^{n+1} = (n+1) x^n, \\qquad \\frac{d}{dx} x^n = n x^{n-1}$$", "holds"),
])
def test_context_verdicts(text, expected):
    verdicts = [s.verdict for s in check_text(text).steps]
    assert verdicts[-1] == expected, check_text(text).steps
