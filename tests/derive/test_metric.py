"""A named standard metric written with another formula (metric.py): the head names the metric,
the right side is written in its own inputs only, and it is not the metric's formula."""

import pytest

from checker.derive.document import check_text
from checker.derive.metric import head_metrics, template

_COUNTS = "TP = 45, FP = 15, FN = 5, TN = 35.\n\n"


@pytest.mark.parametrize("head, names", [
    ("F_1", 2), ("F1", 2), ("F_{1}", 2), ("IoU", 1), ("Precision", 1), ("recall", 1),
    ("Dice", 1), ("Accuracy", 1), ("Specificity", 1), ("Loss", 0), ("P", 0), ("F_2", 0),
])
def test_a_head_names_its_metrics(head, names):
    assert len(head_metrics(head)) == names


@pytest.mark.parametrize("right", [
    "\\frac{TP + TN}{N}",  # another name: the total
    "\\frac{|A \\cap B|}{|A \\cup B|}",
    "\\frac{30}{60}",  # numbers only: arithmetic, no formula
    "\\frac{TP}{P}",  # P beside the counts: the positives
])
def test_a_right_side_in_other_names_is_not_read(right):
    assert all(template(m, right) is None for m in head_metrics("Accuracy") + head_metrics("IoU"))


@pytest.mark.parametrize("text", [
    "Precision $P = 0.75$, recall $R = 0.9$.\n\n$$F_1 = \\frac{P + R}{2} = 0.825$$",
    "정밀도 $P = 0.75$, 재현율 $R = 0.9$: $F_1 = \\sqrt{P R} \\approx 0.822$.",
    "$$\\mathrm{F1} = \\frac{\\text{Precision} + \\text{Recall}}{2}$$",  # no letters: no words needed
    _COUNTS + "$$\\text{Precision} = \\frac{TP}{TP + FN} = \\frac{45}{50} = 0.9$$",
    _COUNTS + "$$\\text{IoU} = \\frac{\\text{TP}}{\\text{TP} + \\text{FP}} = 0.75$$",
    _COUNTS + "精确率与召回率：$\\text{Recall} = \\frac{TP}{TP + FP} = 0.75$",
    _COUNTS + "$$\\text{Accuracy} = \\frac{TP + TN}{TP + FP + FN} = \\frac{80}{65}$$",
    _COUNTS + "$$\\text{Dice} = \\frac{TP}{TP + FP + FN} = \\frac{45}{65}$$",
    # neither the other class's formula (that would be TN/(TN + FN)) nor a smoothing
    _COUNTS + "$$\\text{Precision} = \\frac{TN}{TN + FP} = \\frac{35}{50}$$",
    _COUNTS + "$$\\text{Recall} = \\frac{TP}{TP + FN + FP} = 0.69$$",
    # the total written as its number does not excuse another numerator
    _COUNTS + "Over the 100 samples: $$\\text{Accuracy} = \\frac{TP}{100} = 0.45$$",
    _COUNTS + "$$\\text{Precision} = \\frac{TP + TN}{60} = \\frac{80}{60}$$",
])
def test_a_metric_with_another_formula_fails(text):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if "metric named" in s.method] == ["fails"], steps


@pytest.mark.parametrize("text", [
    "Precision $P = 0.75$, recall $R = 0.9$.\n\n$$F_1 = \\frac{2PR}{P + R} \\approx 0.818$$",
    "Precision and recall: $$F_1 = \\frac{2}{1/P + 1/R}$$",
    "$$F_1 = 2 \\cdot \\frac{\\text{Precision} \\cdot \\text{Recall}}{\\text{Precision} + "
    "\\text{Recall}}$$",
    _COUNTS + "$$F_1 = \\frac{2TP}{2TP + FP + FN} = \\frac{90}{110} \\approx 0.818$$",
    _COUNTS + "$$\\text{Precision} = \\frac{TP}{TP + FP} = 0.75$$",
    _COUNTS + "$$\\text{Recall} = \\frac{\\mathit{TP}}{\\mathit{TP} + \\mathit{FN}} = 0.9$$",
    _COUNTS + "$$\\text{IoU} = \\frac{TP}{TP + FP + FN} = \\frac{45}{65}$$",
    _COUNTS + "$$\\text{Accuracy} = \\frac{TP + TN}{TP + TN + FP + FN} = 0.8$$",
    _COUNTS + "$$\\text{Accuracy} = \\frac{TP + TN}{N} = 0.8$$",
    # the denominator, a sum of the counts, written as the number it totals
    _COUNTS + "Over the 100 samples: $$\\text{Accuracy} = \\frac{TP + TN}{100} = 0.8$$",
    _COUNTS + "정밀도: $$\\text{Precision} = \\frac{TP}{60} = \\frac{45}{60} = 0.75$$",
    _COUNTS + "召回率 $$\\text{Recall} = \\frac{TP}{50} = 0.9$$",
    "$$\\text{IoU} = \\frac{|A \\cap B|}{|A \\cup B|} = \\frac{30}{60} = 0.5$$",
    "$$\\text{Dice} = \\frac{2\\,\\text{IoU}}{1 + \\text{IoU}}$$",
    "$$F_1 = \\frac{P + R}{2}$$ where $P$ is the padding and $R$ the ...",
    # the metric of the other class: positives and negatives swap roles
    _COUNTS + "음성 클래스의 정밀도: $$\\text{Precision} = \\frac{TN}{TN + FN} = \\frac{35}{40}$$",
    _COUNTS + "For class 0: $$\\text{Recall} = \\frac{TN}{TN + FP} = 0.7$$",
    _COUNTS + "背景类：$$\\text{Dice} = \\frac{2TN}{2TN + FP + FN} = \\frac{70}{90}$$",
    # a smoothed form: a constant added to the counts
    _COUNTS + "Smoothed: $$\\text{Dice} = \\frac{2TP + 1}{2TP + FP + FN + 1} = \\frac{91}{111}$$",
    _COUNTS + "Laplace: $$\\text{Precision} = \\frac{TP + 1}{TP + FP + 2} = \\frac{46}{62}$$",
    _COUNTS + "平滑后 $$\\text{IoU} = \\frac{TP + 1}{TP + FP + FN + 1} = \\frac{46}{66}$$",
])
def test_a_metric_with_its_own_formula_never_fails(text):
    steps = check_text(text).steps
    assert not any("metric named" in s.method for s in steps), steps
