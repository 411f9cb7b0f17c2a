"""Tables of data (dataset.py): columns or rows headed by names, each number the value of that
name for one example, substituted by the worked steps after it. Each row a document whose step
holds at the table's values, and its wrong twin that fails; then what is no data table, and
a sum whose length the text never gives (summation.unfixed_lengths)."""

from __future__ import annotations

import pytest

from checker.derive.dataset import data_values
from checker.derive.document import check_text

# English, an index column: | $i$ | $x_i$ | $y_i$ |
_EN = ("The loss is $L = \\frac{1}{3}\\sum_{i=1}^{3}(w x_i - y_i)^2$.\n\n"
       "| $i$ | $x_i$ | $y_i$ |\n|---|---|---|\n| 1 | 1 | 2 |\n| 2 | 2 | 3 |\n| 3 | 3 | 5 |\n\n"
       "Start from $w = 1$.\n\n")
# Korean, plain names, the examples counted down the table
_KO = ("손실은 $J = \\frac{1}{2}\\sum_{k=1}^{3}(a x_k + c - t_k)^2$ 이다.\n\n"
       "| $x$ | $t$ |\n|---|---|\n| 0 | 1 |\n| 1 | 2 |\n| 2 | 5 |\n\n"
       "초기값 $a = 1$, $c = 1$ 에서 계산하면\n\n")
# Chinese, a table written across
_ZH = ("损失 $E = \\sum_{j=1}^{3} (u s_j - r_j)^2$。\n\n"
       "| $s$ | 1 | 2 | 3 |\n|---|---|---|---|\n| $r$ | 3 | 5 | 7 |\n\n取 $u = 2$，则\n\n")

AT_TABLE_VALUES = [
    (_EN + "$$\\frac{\\partial L}{\\partial w} = \\frac{2}{3}(-1 \\cdot 1 - 1 \\cdot 2 - 2 "
     "\\cdot 3) = -6$$", "holds"),
    (_EN + "$$\\frac{\\partial L}{\\partial w} = \\frac{2}{3}(-1 \\cdot 1 - 1 \\cdot 2 - 2 "
     "\\cdot 2) = -\\frac{14}{3}$$", "fails"),
    (_KO + "$$\\frac{\\partial J}{\\partial a} = 0 \\cdot 0 + 0 \\cdot 1 + (-2) \\cdot 2$$",
     "holds"),
    (_KO + "$$\\frac{\\partial J}{\\partial a} = 0 \\cdot 0 + 0 \\cdot 1 + (-2) \\cdot 1$$",
     "fails"),
    (_ZH + "$$\\frac{\\partial E}{\\partial u} = 2(-1 \\cdot 1 - 1 \\cdot 2 - 1 \\cdot 3)$$",
     "holds"),
    (_ZH + "$$\\frac{\\partial E}{\\partial u} = 2(-1 \\cdot 1 - 1 \\cdot 2 - 1 \\cdot 2)$$",
     "fails"),
]


@pytest.mark.parametrize("doc, verdict", AT_TABLE_VALUES)
def test_a_step_is_checked_at_the_values_a_data_table_gives(doc, verdict):
    step = check_text(doc).steps[0]
    assert step.verdict == verdict, step


@pytest.mark.parametrize("table, values", [
    ("| $i$ | $x_i$ | $y_i$ |\n|---|---|---|\n| 1 | 1 | 2 |\n| 2 | 2 | 3 |",
     ["x_{1} = 1", "y_{1} = 2", "x_{2} = 2", "y_{2} = 3"]),
    ("| $x$ | $\\hat{y}$ |\n|---|---|\n| 0 | 1.5 |\n| -1 | 2 |",
     ["x_{1} = 0", "\\hat{y}_{1} = 1.5", "x_{2} = -1", "\\hat{y}_{2} = 2"]),
    ("| $t$ | $\\eta_t$ | $v_t$ |\n|---|---|---|\n| 0 | 0.1 | 0 |\n| 10 | 0.05 | 1 |",
     ["\\eta_{0} = 0.1", "v_{0} = 0", "\\eta_{10} = 0.05", "v_{10} = 1"]),
    ("| $x$ | 1 | 2 |\n|---|---|---|\n| $y$ | 3 | 5 |",
     ["x_{1} = 1", "x_{2} = 2", "y_{1} = 3", "y_{2} = 5"]),
    ("| $x$ | $y$ |\n|---|---|\n| 1 | word |\n| 2 | (1, 2) |", ["x_{1} = 1", "x_{2} = 2"]),
])
def test_a_data_table_gives_each_named_value_of_each_example(table, values):
    assert [f.text for f in data_values(table)] == values


# a table of settings: a label ending in one name in math, then its value (a README's table)
_SETTINGS_EN = ("| setting | value |\n|---|---|\n| batch size $B$ | 32 |\n"
                "| sequence length $n$ | 128 |\n| heads | 8 |\n\n")
_SETTINGS_ZH = ("| 参数 | 取值 |\n|---|---|\n| 隐藏维度 $h$ | 512 |\n| 词表大小 $V$ | 1000 |\n\n")


# without the table's values each of these would hold at particular values only
@pytest.mark.parametrize("doc, verdicts", [
    (_SETTINGS_EN + "Tokens per batch: $$2 B n + n = 8320$$", ["holds"]),
    (_SETTINGS_EN + "Tokens per batch: $$2 B n + n = 2 \\cdot 32 \\cdot 126 + 128$$", ["fails"]),
    (_SETTINGS_ZH + "嵌入层与偏置参数 $$V h + V = 513000$$", ["holds"]),
    (_SETTINGS_ZH + "嵌入层与偏置参数 $$V h + V = 512000$$", ["fails"]),
])
def test_a_table_of_settings_gives_each_labelled_name_its_value(doc, verdicts):
    assert [s.verdict for s in check_text(doc).steps] == verdicts


# a confusion matrix whose cells bind counts in plain text: `| TP = 30 | FN = 10 |`
_COUNTS = ("| | predicted yes | predicted no |\n|---|---|---|\n| actual yes | TP = 30 | FN = 10 |\n"
           "| actual no | FP = 20 | TN = 40 |\n\n")


@pytest.mark.parametrize("doc, verdicts", [
    (_COUNTS + "Recall: $$\\frac{TP}{TP + FN} = \\frac{30}{40} = 0.75$$", ["holds", "holds"]),
    (_COUNTS + "Recall: $$\\frac{TP}{TP + FN} = \\frac{30}{50} = 0.6$$", ["fails", "holds"]),
    (_COUNTS + "특이도 $$\\frac{TN}{TN + FP} = \\frac{2}{3}$$", ["holds"]),
    (_COUNTS + "특이도 $$\\frac{TN}{TN + FP} = \\frac{4}{5}$$", ["fails"]),
])
def test_a_cell_that_binds_a_name_gives_it_its_value(doc, verdicts):
    assert [s.verdict for s in check_text(doc).steps] == verdicts


def test_a_settings_table_reads_labelled_names_only():
    assert [f.text for f in data_values(_SETTINGS_EN)] == ["B = 32", "n = 128"]


@pytest.mark.parametrize("table", [
    "| $k$ | rate |\n|---|---|\n| 1 | 0.05 |",  # one named column
    "| item | $x$ |\n|---|---|\n| width $w$ | 3 |",  # a header in math: no settings table
    "| item | value |\n|---|---|\n| width $w$ | 3 | 4 |",  # three cells: no settings table
    "| item | value |\n|---|---|\n| width $w$ and $h$ | 3 |",  # two names in one label
    "| 항목 | 값 |\n|---|---|\n| lr | 0.1 |",  # words
    "| $x$ | $\\sigma(x)$ | $y$ |\n|---|---|---|\n| 0 | 0.5 | 1 |",  # a table of values (table.py)
    "| T | p |\n|---|---|\n| 1 | 0.5 |",  # names outside math
    "| $i$ | $x_i$ | $y_i$ |\n|---|---|---|\n| a | 1 | 2 |",  # an index that is no number
])
def test_no_values_are_read_from_a_table_that_is_no_data_table(table):
    assert data_values(table) == []


# the sum runs to m, never given; the table lists four examples: read over three terms, the
# step differs, but how many the writer sums is not known (summation.unfixed_lengths). The
# example's members decide the reading: at m = 4 a correct step holds; one that still differs
# stays undecided (the writer may sum some of them only)
_OPEN = ("$$L = \\frac{1}{m}\\sum_{i=1}^{m}(\\hat{y}_i - y_i)^2, \\quad \\hat{y}_i = w x_i + b$$\n\n"
         "| $x$ | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n| $y$ | 3 | 5 | 7 | 9 |\n\n"
         "With $w = 0$, $b = 0$:\n\n")
_OPEN_KO = ("손실은 $$J = \\frac{1}{2N}\\sum_{n=1}^{N}(a x_n - t_n)^2$$ 이다.\n\n"
            "| $x$ | $t$ |\n|---|---|\n| 1 | 2 |\n| 2 | 4 |\n| 3 | 5 |\n| 4 | 9 |\n| 5 | 10 |\n\n"
            "$a = 1$ 에서\n\n")
_OPEN_ZH = ("误差为 $$E = \\sum_{k=1}^{K}(v_k - c u_k)^2$$ 数据如下：\n\n"
            "| $u$ | 1 | 3 | 5 | 7 |\n|---|---|---|---|---|\n| $v$ | 2 | 2 | 4 | 6 |\n\n"
            "取 $c = 1$，则\n\n")


@pytest.mark.parametrize("doc, verdict", [
    (_OPEN + "$$\\frac{\\partial L}{\\partial b} = \\frac{2}{4}(-3 - 5 - 7 - 9)$$", "holds"),
    (_OPEN.replace("\\frac{1}{m}", "\\frac{1}{n}").replace("^{m}", "^{n}") +
     "$$\\frac{\\partial L}{\\partial w} = \\frac{2}{4}(-3 - 10 - 21 - 36)$$", "holds"),
    (_OPEN_KO + "$$\\frac{\\partial J}{\\partial a} = \\frac{1}{5}(-1 - 4 - 6 - 20 - 25)$$",
     "holds"),
    (_OPEN_ZH + "$$\\frac{\\partial E}{\\partial c} = -2(1 - 3 - 5 - 7)$$", "holds"),
    # wrong at the example's four members too: still a guess (never failed on this ground)
    (_OPEN + "$$\\frac{\\partial L}{\\partial b} = \\frac{2}{4}(-3 - 5 - 7 - 8)$$", "undecided"),
    (_OPEN_KO + "$$\\frac{\\partial J}{\\partial a} = \\frac{2}{5}(-1 - 4 - 6 - 20 - 25)$$",
     "undecided"),
    (_OPEN_ZH + "$$\\frac{\\partial E}{\\partial c} = -2(1 - 3 - 5 - 6)$$", "undecided"),
])
def test_a_sum_of_a_length_the_text_never_gives_is_read_over_the_examples_members(doc, verdict):
    step = check_text(doc).steps[0]
    assert step.verdict == verdict, step
    assert "the sum runs to" in step.method if verdict == "undecided" else \
        "the number of members the example gives" in step.method, step


# Σ_i with no range, after the example gave x_1 … x_4: over those four (summation.given_members)
_MEAN_EN = ("The mean is $\\bar{x} = \\frac{1}{4}\\sum_i x_i$.\n\n"
            "| $x$ | 1 | 2 | 3 | 6 |\n|---|---|---|---|---|\n| $y$ | 2 | 3 | 5 | 6 |\n\n")
_MEAN_KO = ("데이터:\n\n| $x$ | $y$ |\n|---|---|\n| 1 | 2 |\n| 2 | 3 |\n| 3 | 5 |\n| 4 | 6 |\n\n"
            "편차제곱합은 $s = \\sum_i (x_i - 2.5)^2$ 이다.\n\n")
_MEAN_ZH = ("数据如下：\n\n| $i$ | $u_i$ |\n|---|---|\n| 1 | 2 |\n| 2 | 4 |\n| 3 | 4 |\n| 4 | 5 |"
            "\n| 5 | 5 |\n\n总和为\n\n")


@pytest.mark.parametrize("doc, verdict", [
    (_MEAN_EN + "$$\\bar{x} = 3$$", "holds"),
    (_MEAN_EN + "$$\\bar{x} = 1.5$$", "fails"),
    (_MEAN_KO + "$$s = 2.25 + 0.25 + 0.25 + 2.25 = 5$$", "holds"),
    (_MEAN_KO + "$$s = 2.25 + 0.25 + 0.25 = 2.75$$", "fails"),
    (_MEAN_ZH + "$$\\sum_i u_i = 20$$", "holds"),
    (_MEAN_ZH + "$$\\sum_i u_i = 16$$", "fails"),
])
def test_a_sum_with_no_range_runs_over_the_members_the_example_gives(doc, verdict):
    step = check_text(doc).steps[0]
    assert step.verdict == verdict, step


@pytest.mark.parametrize("doc", [
    # members counted from 0 (s_0 is the positive): the range's start is not known
    "Let $s_j = u v_j$ ($j = 0$ is the positive).\n\n- $s = (1.6,\\ 0.4,\\ -0.8)$\n"
    "- $\\sum e^{s_j} = 4.953 + 1.492 + 0.449 = 6.894$",
    "$z_0 = 1$, $z_1 = 2$, $z_2 = 3$ 일 때\n\n$$\\sum_i z_i = 6$$",
])
def test_members_counted_from_zero_give_no_length(doc):
    assert all(s.verdict != "fails" for s in check_text(doc).steps)
