"""The readings a step chose that the text does not state (doubt.py): a step that fails
under one of them is undecided, never wrong. Rows for a sum written with no range beside a
capital count the text leaves free or binds to another length (`With K classes`, Σ_k ε/K)."""

import pytest

from checker.derive.document import check_text

_SMOOTH = ("With $K$ classes the one-hot $y$ is smoothed, "
           "$q_k = (1 - \\varepsilon)y_k + \\frac{{\\varepsilon}}{{K}}$, and "
           "$p_k = \\frac{{e^{{z_k}}}}{{\\sum_j e^{{z_j}}}}$.{bound} The loss is "
           "$L = -\\sum_k q_k \\log p_k$, so\n\n$$\\frac{{\\partial L}}{{\\partial z_k}} = {rhs}$$")
_KO = ("클래스가 $C$개일 때 균등 분포 $u_k = 1/C$ 와 $p = \\mathrm{{softmax}}(z)$ 의 "
       "교차 엔트로피 $H = -\\sum_k u_k \\log p_k$ 에 대해\n\n"
       "$$\\frac{{\\partial H}}{{\\partial z_k}} = {rhs}$$")
_ZH = ("设共有 $N$ 个样本，$\\bar{{x}} = \\frac{{1}}{{N}}\\sum_i x_i$，"
       "$D = \\sum_i (x_i - \\bar{{x}})$，则\n\n$$D = {rhs}$$")


@pytest.mark.parametrize("text, verdict", [
    # correct (Σ_k q_k = 1 once the sum runs over the K classes), and the text calls K the
    # number of classes: it decides the reading, and the step holds under it (count.py)
    (_SMOOTH.format(bound="", rhs="p_k - q_k"), "holds"),
    (_SMOOTH.format(bound=" Here $K = 5$, $\\varepsilon = 0.1$.", rhs="p_k - q_k"), "holds"),
    # (stated under a condition in words too, "...일 때": two guesses, the count decides one)
    (_KO.format(rhs="p_k - u_k"), "undecided"),
    # ... a K the text does not call a count: a guess, not a failure
    (_SMOOTH.format(bound="", rhs="p_k - q_k").replace("With $K$ classes the", "The"),
     "undecided"),
    # wrong at every count (a sign): still a guess, as the sum's length is read, not written
    (_SMOOTH.format(bound="", rhs="q_k - p_k"), "undecided"),
    # a written range needs no guess: the correct step holds, its wrong twin fails
    (_SMOOTH.format(bound="", rhs="p_k - q_k").replace("\\sum_k q_k", "\\sum_{k=1}^{K} q_k")
     .replace("\\sum_j e", "\\sum_{j=1}^{K} e"), "holds"),
    (_SMOOTH.format(bound="", rhs="q_k - p_k").replace("\\sum_k q_k", "\\sum_{k=1}^{K} q_k")
     .replace("\\sum_j e", "\\sum_{j=1}^{K} e"), "fails"),
    # a count the text ties to the sum already (a mean's 1/N): no guess, the step is decided
    (_ZH.format(rhs="0"), "holds"),
    (_ZH.format(rhs="1"), "fails"),
])
def test_a_sum_with_no_range_beside_a_free_count(text, verdict):
    steps = [s for s in check_text(text).steps if s.line == text.count("\n") + 1]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
    if verdict == "undecided":
        assert "no range written" in steps[0].method, steps[0].method


@pytest.mark.parametrize("text, verdict", [
    # a constant summed with no range written, beside a capital count that multiplies it
    ("展开：$$\\sum_k (q_k - z)(r_k - w) = \\sum_k q_k r_k - w\\sum_k q_k - z\\sum_k r_k + N z w$$",
     "undecided"),
    ("Over the batch, $$\\sum_i (x_i + b) = \\sum_i x_i + M b$$", "undecided"),
    ("배치 전체에서 $$\\sum_j 2(y_j - 1) = 2\\sum_j y_j - 2K$$", "undecided"),
    # the range written: decided, right and wrong
    ("Over the batch, $$\\sum_{i=1}^{M} (x_i + b) = \\sum_{i=1}^{M} x_i + M b$$", "holds"),
    ("Over the batch, $$\\sum_{i=1}^{M} (x_i + b) = \\sum_{i=1}^{M} x_i + b$$", "fails"),
])
def test_a_sum_with_no_range_beside_a_count_times_a_constant(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
    if verdict == "undecided":
        assert "no range written" in steps[0].method, steps[0].method
