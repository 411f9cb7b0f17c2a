"""The true class named in words (target.py): which class a sentence names, which entry that is,
and the one-hot label it binds in a worked example, so `p - y ≈ (...)` is checked there (its
wrong twin fails); then the sentences and documents that bind nothing."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.target import counted_from, indexed_alike, position, true_class


@pytest.mark.parametrize("text, named", [
    ("Take $ and the correct class is the third. Then", ("position", 3)),
    ("The logits are $ and the true class is the first one, $", ("position", 1)),
    ("Take $ and the true class first, $", ("position", 1)),
    ("$: $. If the label is class 1, the gradient is", ("number", 1)),
    ("Example: $, $, true class $= 3$.", None),  # the number is in math: not read here
    ("logits for three classes and the true class is class 0:", ("number", 0)),
    ("$z = (2, 0, −1)$, true class = 2 so $", ("number", 2)),
    ("예제: $, 정답은 세 번째 클래스", ("position", 3)),
    ("정답 클래스는 2번째 ($", ("position", 2)),
    ("예측 $ (정답은 1번)일 때", ("number", 1)),
    ("정답은 0번 클래스($", ("number", 0)),
    ("若真实类别是第 3 类，则损失 $", ("position", 3)),
    ("$，真实类别为第 1 类", ("position", 1)),
    ("且正确类别是第二类：$", ("position", 2)),
    ("the ground truth is the second class, so", ("position", 2)),
    ("and the target is class 0.", ("number", 0)),
    ("정답 레이블: 2번째", ("position", 2)),
    ("正确答案是第三类", ("position", 3)),
    ("The loss only looks at the probability of the true class:", None),
    ("정답 클래스의 로짓은 올리고", None),
    ("the label is 1 for a positive example", None),  # a binary label, no class
])
def test_a_sentence_names_the_true_class(text, named):
    assert true_class(text) == named


@pytest.mark.parametrize("named, start, entry", [
    (("position", 3), None, 3),  # an ordinal is a position whatever the counting
    (("position", 1), 0, 1),
    (("number", 0), None, 1),  # class 0: counted from 0
    (("number", 1), 0, 2),
    (("number", 1), 1, 1),
    (("number", 2), None, None),  # no way to place it
    (("position", 0), 1, None),
])
def test_a_named_class_is_an_entry(named, start, entry):
    assert position(named, start) == entry


@pytest.mark.parametrize("texts, start", [
    (["p_0 + p_1 = 1"], 0),
    (["\\mathbf{z}_{0} = 2", "y_1 = 0"], 0),
    (["\\frac{\\partial s_1}{\\partial z_1}"], 1),
    (["p_i = e^{z_i}"], None),
    (["y_{10} = 1"], None),
])
def test_the_text_counts_entries_from(texts, start):
    assert counted_from(texts, {"p", "s", "y", "z"}) == start


_EN = ("The loss is $L = -\\sum_k y_k \\log p_k$ with $p = \\operatorname{softmax}(z)$ and a "
       "one-hot label $y$, so $\\frac{\\partial L}{\\partial z_k} = p_k - y_k$.\n\n"
       "Take $z = (1, 2, 3)$ and the correct class is the third. Then\n\n"
       "$$p \\approx (0.0900,\\ 0.2447,\\ 0.6652)$$\n\n")
_KO = ("$L = -\\sum_i y_i\\log p_i$, $y$ 는 원-핫, $p_1 + p_2 + p_3 = 1$.\n\n"
       "로짓 $z = (2, 1, 0.1)$, 정답은 1번.\n\n"
       "$$p \\approx (0.659,\\ 0.242,\\ 0.099)$$\n\n")
_ZH = ("交叉熵 $L = -\\sum_i y_i \\log s_i$（$y$ 为 one-hot）。\n\n"
       "$s \\approx (0.0900,\\ 0.2447,\\ 0.6652)$，真实类别为第 2 类。\n\n")

AT_THE_CLASS = [
    (_EN + "$$\\frac{\\partial L}{\\partial z} = p - y \\approx (0.0900,\\ 0.2447,\\ -0.3348)$$",
     "holds"),
    (_EN + "$$\\frac{\\partial L}{\\partial z} = p - y \\approx (-0.9100,\\ 0.2447,\\ 0.6652)$$",
     "fails"),
    (_KO + "$$p - y \\approx (-0.341,\\ 0.242,\\ 0.099)$$", "holds"),
    (_KO + "$$p - y \\approx (0.659,\\ -0.758,\\ 0.099)$$", "fails"),
    (_ZH + "$$s - y \\approx (0.0900,\\ -0.7553,\\ 0.6652)$$", "holds"),
    (_ZH + "$$s - y \\approx (0.0900,\\ 0.2447,\\ -0.3348)$$", "fails"),
]


@pytest.mark.parametrize("doc, verdict", AT_THE_CLASS)
def test_the_one_hot_label_is_the_class_the_words_name(doc, verdict):
    step = check_text(doc).steps[-1]
    assert step.verdict == verdict, step


_UNPLACED = ("$L = -\\sum_k y_k \\log p_k$, $y$ one-hot.\n\n"
             "Take $p \\approx (0.2, 0.7, 0.1)$; the true class is 2.\n\n")


@pytest.mark.parametrize("doc", [
    # a class number the text gives no way to place (from 0 or from 1)
    _UNPLACED + "$$p - y \\approx (0.2, -0.3, 0.1)$$",
    _UNPLACED + "$$p - y \\approx (0.2, 0.7, -0.9)$$",
    # named in the paragraph above a display formula only: another example's words
    ("$L = -\\sum_k y_k \\log p_k$, $y$ one-hot.\n\nThe correct class is the third.\n\n"
     "$$p \\approx (0.2, 0.7, 0.1)$$\n\n$$p - y \\approx (0.2, 0.7, -0.9)$$"),
    # no label the text calls one-hot or writes with an index
    ("Take $p \\approx (0.2, 0.7, 0.1)$; the correct class is the third.\n\n"
     "$$p - q \\approx (0.2, 0.7, -0.9)$$"),
])
def test_no_label_is_bound_where_the_class_cannot_be_placed(doc):
    step = check_text(doc).steps[-1]
    assert step.verdict == "undecided", step


def test_a_label_written_out_keeps_its_value():
    doc = ("$L = -\\sum_k y_k \\log p_k$, $y$ one-hot.\n\n"
           "Take $y = (0, 1, 0)$ and $p \\approx (0.2, 0.7, 0.1)$; the correct class is the "
           "third.\n\n$$p - y \\approx (0.2, -0.3, 0.1)$$")
    assert check_text(doc).steps[-1].verdict == "holds"


@pytest.mark.parametrize("texts, alike", [
    (["L = -\\sum_i y_i \\log p_i"], {"y", "p"}),
    (["\\sum_k y_k \\log s_k", "z_j = w_j x"], {"y", "s"}),
    (["y_i = w x_i + b", "p_j"], {"y", "x"}),
    (["L = -\\log p_c"], set()),
])
def test_names_indexed_as_the_label_are(texts, alike):
    assert indexed_alike(texts, "y") == alike


def test_a_class_named_again_is_another_example():
    doc = ("$L = -\\sum_i y_i \\log p_i$, $y$ 为 one-hot。\n\n"
           "令 $z = (1, 1, 1, 1)$，真实类别为第 2 类。\n则 $p = (1/4, 1/4, 1/4, 1/4)$，"
           "$L = \\log 4$。\n\n令 $z = (0, \\ln 3)$，真实类别为第 1 类。\n"
           "则 $p = (1/4, 3/4)$，$L = \\log 4$，$L = \\log 2$。")
    assert [s.verdict for s in check_text(doc).steps][-3:] == ["holds", "holds", "fails"]
