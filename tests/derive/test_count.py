"""A sum with no range beside a capital the prose calls a count (count.py): the names the
prose counts with, and steps the text's count decides (they hold under it, in general), beside
ones it leaves a guess (undecided, never failed)."""

import pytest

from checker.derive.count import counted
from checker.derive.document import check_text


@pytest.mark.parametrize("text, names", [
    ("With $K$ classes and smoothing $\\varepsilon$", {"K"}),
    ("We have $N$ examples in the batch.", {"N"}),
    ("the number of classes $C$ is fixed", {"C"}),
    ("클래스가 $K$개, 원-핫 라벨", {"K"}),
    ("클래스 수 $K = 4$, 스무딩 $0.1$", {"K"}),
    ("샘플의 개수 $M$ 에 대해", {"M"}),
    ("共有 $K$ 个类别", {"K"}),
    ("类别数 $C$ 为 10", {"C"}),
    # not a count: a matrix, a class's number, a lowercase name, a formula around the name
    ("the $K$ matrix is symmetric", set()),
    ("클래스 $K = 4$, 스무딩", set()),
    ("With $k$ classes", set()),
    ("With $K + 1$ classes", set()),
    ("第 $K$ 类", set()),
])
def test_names_the_prose_counts_with(text, names):
    assert counted(text) == names


_EN = ("With $K$ classes the one-hot label $y$ is smoothed, "
       "$q_k = (1 - \\varepsilon)y_k + \\frac{{\\varepsilon}}{{K}}$, and "
       "$p_k = \\frac{{e^{{z_k}}}}{{\\sum_j e^{{z_j}}}}$. The loss is "
       "$L = -\\sum_k q_k \\log p_k$, so\n\n$$\\frac{{\\partial L}}{{\\partial z_k}} = {rhs}$$")
_KO = ("클래스 수 $C$ 에 대해 원-핫 라벨 $y$ 를 $t_k = (1 - \\alpha)y_k + \\frac{{\\alpha}}{{C}}$ 로 "
       "바꾸고, $p_k = \\frac{{e^{{z_k}}}}{{\\sum_j e^{{z_j}}}}$, "
       "$J = -\\sum_k t_k \\log p_k$ 이다.\n\n$$\\frac{{\\partial J}}{{\\partial z_k}} = {rhs}$$")
_ZH = ("共有 $M$ 个类别，one-hot 标签 $y$ 平滑为 $s_k = (1 - \\beta)y_k + \\frac{{\\beta}}{{M}}$，"
       "$p_k = \\frac{{e^{{z_k}}}}{{\\sum_j e^{{z_j}}}}$，损失 $E = -\\sum_k s_k \\log p_k$，于是"
       "\n\n$$\\frac{{\\partial E}}{{\\partial z_k}} = {rhs}$$")


@pytest.mark.parametrize("text, verdict", [
    # the count named in the prose decides the sum's range: the correct step holds
    (_EN.format(rhs="p_k - q_k"), "holds"),
    (_KO.format(rhs="p_k - t_k"), "holds"),
    (_ZH.format(rhs="p_k - s_k"), "holds"),
    # wrong under that reading: still undecided (the general reading may rest on another
    # unstated one), never failed on this ground
    (_EN.format(rhs="q_k - p_k"), "undecided"),
    (_ZH.format(rhs="p_k - y_k"), "undecided"),
    # the prose does not call the capital a count: a guess, the step stays undecided
    (_EN.format(rhs="p_k - q_k").replace("With $K$ classes the", "The"), "undecided"),
    (_ZH.format(rhs="p_k - s_k").replace("共有 $M$ 个类别，", ""), "undecided"),
])
def test_a_count_the_prose_names_decides_the_sum(text, verdict):
    steps = [s for s in check_text(text).steps if s.line == text.count("\n") + 1]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
    if verdict == "holds":
        assert "the text calls" in steps[0].method, steps[0].method
