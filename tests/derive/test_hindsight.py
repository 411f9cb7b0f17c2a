"""Hindsight (hindsight.py): a general step about an upstream slope the text never derives
(∂L/∂y_i) that holds only with the value a remark below it states (`∂L/∂y_i = c`), and whose
sides differ without it, is never `holds`: a constant slope can make a wrong step's sides
agree (Σ_i c(x_i - μ) = 0). It is undecided when the remark may give the value the general
step means, and fails when the remark puts it in a case of its own ("A special case: if ...",
"특수한 경우: 만약 ...", "特例：如果 ..."). A step that holds without that value, or cannot be
compared without it, still holds."""

import pytest

from checker.derive.document import check_text

FORWARD = r"""$$\mu_B = \frac{1}{m}\sum_{i=1}^{m}x_i,\quad \sigma_B^2 = \frac{1}{m}\sum_{i=1}^{m}(x_i-\mu_B)^2,\quad \hat{x}_i = \frac{x_i-\mu_B}{\sqrt{\sigma_B^2+\epsilon}},\quad y_i = \gamma\hat{x}_i+\beta$$"""

NORM = {
    "en": ("# Batch norm, backward\n\nForward, for a batch of $m$ inputs:\n\n" + FORWARD +
           "\n\n$$\\frac{\\partial L}{\\partial \\hat{x}_i} = \\frac{\\partial L}{\\partial y_i}"
           "\\cdot\\gamma$$\n\n$$\\frac{\\partial L}{\\partial \\sigma_B^2} = \\sum_{i=1}^{m}"
           "\\frac{\\partial L}{\\partial \\hat{x}_i}(x_i-\\mu_B)\\cdot GAMMA(\\sigma_B^2+\\epsilon)"
           "^{-3/2}$$\n\n**A special case**: if the upstream gradient is the same for every "
           "sample, $\\frac{\\partial L}{\\partial y_i} = c$, then $\\frac{\\partial L}{\\partial "
           "\\beta} = m c$.\n"),
    "ko": ("# 배치 정규화의 역전파\n\n순전파 (배치 크기 $m$):\n\n" + FORWARD +
           "\n\n$$\\frac{\\partial L}{\\partial \\hat{x}_i} = \\frac{\\partial L}{\\partial y_i}"
           "\\cdot\\gamma$$\n\n$$\\frac{\\partial L}{\\partial \\sigma_B^2} = \\sum_{i=1}^{m}"
           "\\frac{\\partial L}{\\partial \\hat{x}_i}(x_i-\\mu_B)\\cdot GAMMA(\\sigma_B^2+\\epsilon)"
           "^{-3/2}$$\n\n**특수한 경우**: 만약 모든 샘플의 상류 기울기가 같다면, "
           "$\\frac{\\partial L}{\\partial y_i} = c$ 이고 $\\frac{\\partial L}{\\partial \\beta} = "
           "m c$ 이다.\n"),
    "zh": ("# BN 反向传播\n\n前向（批大小为 $m$）：\n\n" + FORWARD +
           "\n\n$$\\frac{\\partial L}{\\partial \\hat{x}_i} = \\frac{\\partial L}{\\partial y_i}"
           "\\cdot\\gamma$$\n\n$$\\frac{\\partial L}{\\partial \\sigma_B^2} = \\sum_{i=1}^{m}"
           "\\frac{\\partial L}{\\partial \\hat{x}_i}(x_i-\\mu_B)\\cdot GAMMA(\\sigma_B^2+\\epsilon)"
           "^{-3/2}$$\n\n**特例**：如果上游梯度对所有样本都相同，$\\frac{\\partial L}{\\partial "
           "y_i} = c$，那么 $\\frac{\\partial L}{\\partial \\beta} = m c$。\n"),
}

# the same remark without words that make it a case of its own: it may give the value the
# general steps above mean (a derivation that states its pieces after the chain)
NORM["en plain"] = NORM["en"].replace(
    "**A special case**: if the upstream gradient is the same for every sample, ",
    "**Upstream**: the gradient from above is the same for every sample, ")

# a penalised loss's gradient, and a remark below that supposes the data gradient zero: the
# step holds without that value too (or cannot be compared without it): it holds
DECAY = {
    "en": "Penalised: $\\tilde L(w) = L(w) + \\frac{\\lambda}{2}\\lVert w\\rVert^2$\n\n"
          "Gradient: $\\nabla\\tilde L = \\nabla L + GAMMA$\n\n"
          "If $\\nabla L = 0$ (a weight the loss ignores), only the decay is left.\n",
    "ko": "L2 항을 더한 손실: $\\tilde J(w) = J(w) + \\frac\\lambda2\\|w\\|^2$\n"
          "$$\\nabla\\tilde J(w) = \\nabla J(w) + GAMMA$$\n"
          "예: $\\eta = 0.1$, $\\lambda = 0.01$, $w = 2$, $\\nabla J = 0.5$\n",
    "zh": "带 L2 的损失：$\\tilde L(w) = L(w) + \\frac{\\lambda}{2}\\lVert w\\rVert^2$\n\n"
          "梯度：$\\nabla\\tilde L = \\nabla L + GAMMA$\n\n"
          "如果 $\\nabla L = 0$（比如某个权重不影响损失），只剩衰减。\n",
}

# (language, document, what the step on `line` says in place of GAMMA, line, verdict)
ROWS = [
    ("en", NORM["en"], r"\frac{1}{2}", 9, "fails"),  # the minus sign dropped
    ("en", NORM["en"], r"\frac{-1}{2}", 9, "holds"),
    ("ko", NORM["ko"], r"\frac{1}{2}", 9, "fails"),
    ("ko", NORM["ko"], r"\left(-\frac{1}{2}\right)", 9, "holds"),
    ("zh", NORM["zh"], r"\frac{1}{2}", 9, "fails"),
    ("zh", NORM["zh"], r"\frac{-1}{2}", 9, "holds"),
    ("en plain", NORM["en plain"], r"\frac{1}{2}", 9, "undecided"),
    ("en plain", NORM["en plain"], r"\frac{-1}{2}", 9, "holds"),
    ("zh", NORM["zh"], r"\frac{-1}{2}", 7, "holds"),
    ("en", DECAY["en"], r"\lambda w", 3, "holds"),
    ("ko", DECAY["ko"], r"\lambda w", 2, "holds"),
    ("zh", DECAY["zh"], r"\lambda w", 3, "holds"),
]


@pytest.mark.parametrize("lang, document, gamma, line, verdict", ROWS)
def test_special_case_below(lang, document, gamma, line, verdict):
    steps = [s for s in check_text(document.replace("GAMMA", gamma)).steps if s.line == line]
    assert steps and {s.verdict for s in steps} == {verdict}, (lang, steps)
    if verdict == "undecided":
        assert all("below this step" in s.method for s in steps)
    if verdict == "fails":
        assert all("line 11 states below is a case's own" in s.diagnosis for s in steps)


def test_the_special_case_itself_is_read():
    """The remark's own steps keep their verdicts: stated, and derived from it."""
    steps = [s for s in check_text(NORM["en"].replace("GAMMA", "-1")).steps if s.line == 11]
    assert [s.verdict for s in steps] == ["undecided", "holds"]


# an update step written with the data gradient the example states below it: the step differs
# with that value; it fails only when it differs as the text stands at its line too (∇J any
# slope), and then says it fails both ways
UPDATE = {
    "en": "Penalised: $\\tilde J(w) = J(w) + \\frac{\\lambda}{2}\\lVert w\\rVert^2$\n\n"
          "$$w \\leftarrow w - \\eta(\\nabla J + \\lambda w) = STEP$$\n\n"
          "Example: $\\eta = 0.1$, $\\lambda = 0.01$, $w = 2$, $\\nabla J = 0.5$\n",
    "ko": "L2 항을 더한 손실: $\\tilde J(w) = J(w) + \\frac\\lambda2\\|w\\|^2$\n"
          "업데이트 하면\n$$w \\leftarrow w - \\eta(\\nabla J + \\lambda w) = STEP$$\n"
          "예: $\\eta = 0.1$, $\\lambda = 0.01$, $w = 2$, $\\nabla J = 0.5$\n",
    "zh": "带 L2 的损失：$\\tilde J(w) = J(w) + \\frac{\\lambda}{2}\\lVert w\\rVert^2$\n\n"
          "更新：$$w \\leftarrow w - \\eta(\\nabla J + \\lambda w) = STEP$$\n\n"
          "例如 $\\eta = 0.1$，$\\lambda = 0.01$，$w = 2$，$\\nabla J = 0.5$。\n",
}

BOTH = [  # (language, what the step says, verdict)
    ("en", r"(1 - \lambda) w - \eta \nabla J", "fails"),  # η dropped from the decay
    ("en", r"(1 - \eta\lambda) w - \eta \nabla J", "holds"),
    ("ko", r"(1 - \lambda) w - \eta \nabla J", "fails"),
    ("ko", r"(1 - \eta\lambda) w - \eta \nabla J", "holds"),
    ("zh", r"(1 - \lambda) w - \eta \nabla J", "fails"),
    ("zh", r"(1 - \eta\lambda) w - \eta \nabla J", "holds"),
    # holds with the value below (η∇J = 0.05), not with ∇J any slope: one reading holds,
    # so it stays undecided, never fails
    ("en", r"(1 - \eta\lambda) w - 0.05", "undecided"),
]


@pytest.mark.parametrize("lang, step, verdict", BOTH)
def test_a_step_that_differs_with_and_without_the_value_below(lang, step, verdict):
    document = UPDATE[lang].replace("STEP", step)
    line = next(k for k, text in enumerate(document.splitlines(), 1) if "leftarrow" in text)
    steps = [s for s in check_text(document).steps if s.line == line]
    assert steps and steps[-1].verdict == verdict, (lang, steps)
    if verdict == "fails":
        assert "either with ∂J/∂w read as line" in steps[-1].diagnosis, steps[-1].diagnosis
        assert "fails whichever value" in steps[-1].diagnosis, steps[-1].diagnosis


@pytest.mark.parametrize("line, words", [
    ("**A special case**: if the slope is the same, $g = c$.", "special case**: if the slop..."),
    ("만약 기울기가 모두 같다면 $g = c$ 이다.", "만약 기울기가 모두 같다면 이다."),
    ("特例：$g = c$。", "特例： 。"),
    # no case: words that only contain a cue, a cue inside math
    ("A different slope: $g = c$.", None),
    ("The slope $g = c \\text{ if } x > 0$ here.", None),
])
def test_the_words_that_state_a_case(line, words):
    from checker.derive.hindsight import stated_for_a_case

    assert stated_for_a_case("first line\n" + line, 2) == words
