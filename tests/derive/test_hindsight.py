"""Hindsight (hindsight.py): a general step about an upstream slope the text never derives
(∂L/∂y_i) that holds only with the value a special case below it states (`∂L/∂y_i = c` in a
closing remark) is undecided, never `holds`: a constant slope can make a wrong step's sides
agree (Σ_i c(x_i - μ) = 0). A step that holds without that value still holds."""

import pytest

from checker.derive.document import check_text

CENTERING_EN = r"""# Centering layer

Forward, for a batch of $m$ inputs:

$$\mu = \frac{1}{m}\sum_{i=1}^{m}x_i,\quad \hat{x}_i = x_i-\mu,\quad y_i = \gamma\hat{x}_i+\beta$$

The upstream gradient is $\frac{\partial L}{\partial y_i}$.

$$\frac{\partial L}{\partial \beta} = \sum_{i=1}^{m}\frac{\partial L}{\partial y_i}$$

$$\frac{\partial L}{\partial \gamma} = GAMMA$$

**A special case**: if the upstream gradient is the same for every sample, $\frac{\partial L}{\partial y_i} = c$, then $\frac{\partial L}{\partial \beta} = m c$.
"""

CENTERING_KO = r"""# 중심화 층의 역전파

순전파 (배치 크기 $m$):

$$\mu = \frac{1}{m}\sum_{i=1}^{m}x_i,\quad \hat{x}_i = x_i-\mu,\quad y_i = \gamma\hat{x}_i+\beta$$

상류 기울기를 $\frac{\partial L}{\partial y_i}$ 라고 하자.

$$\frac{\partial L}{\partial \beta} = \sum_{i=1}^{m}\frac{\partial L}{\partial y_i}$$

$$\frac{\partial L}{\partial \gamma} = GAMMA$$

**특수한 경우**: 만약 모든 샘플의 상류 기울기가 같다면, $\frac{\partial L}{\partial y_i} = c$ 이고 $\frac{\partial L}{\partial \beta} = m c$ 이다.
"""

NORM_ZH = r"""# BN 反向传播

前向（批大小为 $m$）：

$$\mu_B = \frac{1}{m}\sum_{i=1}^{m}x_i,\quad \sigma_B^2 = \frac{1}{m}\sum_{i=1}^{m}(x_i-\mu_B)^2,\quad \hat{x}_i = \frac{x_i-\mu_B}{\sqrt{\sigma_B^2+\epsilon}},\quad y_i = \gamma\hat{x}_i+\beta$$

$$\frac{\partial L}{\partial \hat{x}_i} = \frac{\partial L}{\partial y_i}\cdot\gamma$$

$$\frac{\partial L}{\partial \sigma_B^2} = \sum_{i=1}^{m}\frac{\partial L}{\partial \hat{x}_i}(x_i-\mu_B)\cdot GAMMA(\sigma_B^2+\epsilon)^{-3/2}$$

**特例**：如果上游梯度对所有样本都相同，$\frac{\partial L}{\partial y_i} = c$，那么 $\frac{\partial L}{\partial \beta} = m c$。
"""

# (language, document, what the step on `line` says in place of GAMMA, line, verdict)
ROWS = [
    ("en", CENTERING_EN, "0", 11, "undecided"),  # 0 only when every slope is c
    ("en", CENTERING_EN, r"\sum_{i=1}^{m}\frac{\partial L}{\partial y_i}\hat{x}_i", 11, "holds"),
    ("en", CENTERING_EN, "0", 9, "holds"),  # Σ ∂L/∂y_i: holds without the special value too
    ("ko", CENTERING_KO, "0", 11, "undecided"),
    ("ko", CENTERING_KO, r"\sum_{i=1}^{m}\frac{\partial L}{\partial y_i}\hat{x}_i", 11, "holds"),
    ("ko", CENTERING_KO, r"\sum_{i=1}^{m}\frac{\partial L}{\partial y_i}x_i", 11, "undecided"),
    ("zh", NORM_ZH, r"\frac{1}{2}", 9, "undecided"),  # the minus sign dropped
    ("zh", NORM_ZH, r"\frac{-1}{2}", 9, "holds"),
    ("zh", NORM_ZH, r"\frac{-1}{2}", 7, "holds"),
]


@pytest.mark.parametrize("lang, document, gamma, line, verdict", ROWS)
def test_special_case_below(lang, document, gamma, line, verdict):
    steps = [s for s in check_text(document.replace("GAMMA", gamma)).steps if s.line == line]
    assert steps and {s.verdict for s in steps} == {verdict}, (lang, steps)
    if verdict == "undecided":
        assert all("below this step" in s.method for s in steps)


def test_the_special_case_itself_is_read():
    """The remark's own steps keep their verdicts: stated, and derived from it."""
    steps = [s for s in check_text(CENTERING_EN.replace("GAMMA", "0")).steps if s.line == 13]
    assert [s.verdict for s in steps] == ["undecided", "holds"]
