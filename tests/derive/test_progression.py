"""Sums written out with an ellipsis (progression.py): consecutive powers of one base
(`1 + ρ + ⋯ + ρ^{t-1}`, `β + β^2 + \\dots + β^n`) are Σ_κ b^κ from the first power written to
the last; the limit may be a name with an offset (t - 1), which counts terms as the name
alone would (limit.offset_count), at the value the step's index t has."""

import pytest

from checker.derive.document import check_text

_MOMENTUM = ("With a constant gradient $g$, $v_0 = 0$ and $v_t = \\beta v_{t-1} + g$:\n\n"
             "$$v_t = g \\cdot (%s) = %s$$\n")
_RMS = ("RMSProp 에서 $s_0 = 0$, $s_t = \\rho s_{t-1} + (1 - \\rho) g^2$ 이면\n\n"
        "$$s_t = (1 - \\rho)\\,g^2\\left(%s\\right)$$\n")
_ZH = "等比数列：$$%s = %s$$\n"


@pytest.mark.parametrize("text, verdicts", [
    (_MOMENTUM % ("1 + \\beta + \\beta^2 + \\cdots + \\beta^{t-1}",
                  "g\\,\\frac{1 - \\beta^t}{1 - \\beta}"), ["holds", "holds"]),
    (_MOMENTUM % ("1 + \\beta + \\beta^2 + \\cdots + \\beta^{t}",
                  "g\\,\\frac{1 - \\beta^t}{1 - \\beta}"), ["fails", "fails"]),  # one term too many
    (_RMS % "1 + \\rho + \\cdots + \\rho^{t-1}", ["holds"]),
    (_RMS % "1 + \\rho + \\cdots + \\rho^{t}", ["fails"]),
    (_ZH % ("\\beta + \\beta^2 + \\dots + \\beta^n", "\\frac{\\beta(1 - \\beta^n)}{1 - \\beta}"),
     ["holds"]),
    (_ZH % ("\\beta + \\beta^2 + \\dots + \\beta^n", "\\frac{1 - \\beta^n}{1 - \\beta}"),
     ["fails"]),  # the sum from 0
])
def test_consecutive_powers_around_dots_are_a_geometric_sum(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("claim, verdict", [
    ("\\sum_{i=1}^{t} \\beta^{t-i} g = v_t", "holds"),  # the sum first: t is v_t's t
    ("v_t = \\sum_{i=1}^{t} \\beta^{t-i} g", "holds"),
    ("\\sum_{i=1}^{t} \\beta^{i} g = v_t", "fails"),
    ("v_t = \\sum_{i=0}^{t-1} \\beta^{i} g", "holds"),  # a limit with an offset
    ("v_t = \\sum_{i=0}^{t-2} \\beta^{i} g", "fails"),
])
def test_the_limit_of_a_sum_is_the_steps_index(claim, verdict):
    text = f"With a constant $g$, $v_0 = 0$ and $v_t = \\beta v_{{t-1}} + g$:\n\n$${claim}$$\n"
    assert [s.verdict for s in check_text(text).steps] == [verdict]
