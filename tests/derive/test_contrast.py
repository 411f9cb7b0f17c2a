"""A step the prose sets against a variant of a defined name (contrast.py): "compare",
"instead", "대신", "改用" in the step's sentence, the left side the defined name or its
derivative: read with the definition it differs, but it may be about the variant, so it is
undecided. Without the cue it fails; the arithmetic after it is still checked; a left side
that is no defined name is not excused."""

import pytest

from checker.derive.document import check_text

_L1 = ("The objective is $J(w) = \\frac{1}{2}(wx - y)^2 + \\lambda |w|$ with $x = 2$, $y = 1$, "
       "$\\lambda = 0.3$, $w = 0.8$, so $\\frac{dJ}{dw} = (1.6 - 1) \\cdot 2 + 0.3 = 1.5$.\n\n")
_KO = ("손실은 $L(w) = (w - 3)^2$ 이고 $w = 1$ 이므로 $\\frac{dL}{dw} = 2(1 - 3) = -4$ 이다.\n\n")
_ZH = ("损失 $L(w) = (w - 3)^2$,$w = 1$ 时 $\\frac{dL}{dw} = 2(1 - 3) = -4$。\n\n")


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(s.verdict, s.rhs) for s in check_text(text).steps][-2:]


@pytest.mark.parametrize("text, verdicts", [
    (_L1 + "Compare ridge with $\\frac{\\lambda}{2}w^2$: the penalty gradient is $\\lambda w = "
     "0.24$, so $\\frac{dJ}{dw} = 1.2 + 0.24 = 1.44$.",
     [("undecided", "1.2 + 0.24"), ("holds", "1.44")]),
    (_L1 + "For ridge instead, the slope is $\\frac{dJ}{dw} = 1.2 + 0.24 = 1.44$.",
     [("undecided", "1.2 + 0.24"), ("holds", "1.44")]),
    # the arithmetic after it still checked
    (_L1 + "Compare ridge: $\\frac{dJ}{dw} = 1.2 + 0.24 = 1.54$.",
     [("undecided", "1.2 + 0.24"), ("fails", "1.54")]),
    # no cue: the definition in force decides
    (_L1 + "Then $\\frac{dJ}{dw} = 1.2 + 0.24 = 1.44$.",
     [("fails", "1.2 + 0.24"), ("holds", "1.44")]),
    (_KO + "절댓값 손실과 비교하면 $\\frac{dL}{dw} = -1$ 이다.", [("holds", "-4"),
                                                          ("undecided", "-1")]),
    (_KO + "그러면 $\\frac{dL}{dw} = -1$ 이다.", [("holds", "-4"), ("fails", "-1")]),
    (_ZH + "若改用绝对值损失,$\\frac{dL}{dw} = -1$。", [("holds", "-4"), ("undecided", "-1")]),
    (_ZH + "于是 $\\frac{dL}{dw} = -1$。", [("holds", "-4"), ("fails", "-1")]),
    # "in place of" says what a slip put where, not which variant the step is about
    (_KO + "The next line writes the loss in place of its derivative: $\\frac{dL}{dw} = "
     "(w - 3)^2$.", [("holds", "-4"), ("fails", "(w - 3)^2")]),
    # a left side that is no defined name: not excused by the cue
    (_ZH + "相比之下 $2(1 - 3) = -2$。", [("holds", "-4"), ("fails", "-2")]),
])
def test_a_step_set_against_a_variant_of_a_defined_name(text, verdicts):
    assert _verdicts(text) == verdicts, check_text(text).steps


_DROP = ("Inverted dropout keeps a unit with probability $p = 0.8$: $\\tilde{h} = \\frac{m \\odot "
         "h}{p}$. With $h = (2.0, 0.5)$ and $m = (1, 1)$, $\\tilde{h} = (2.5, 0.625)$.\n\n")
_DROP_KO = ("드롭아웃: $\\tilde{h} = \\frac{m \\odot h}{p}$, $p = 0.5$, $h = (3, 1)$, $m = (1, 1)$ "
            "이면 $\\tilde{h} = (6, 2)$ 이다.\n\n")
_DROP_ZH = ("Dropout：$\\tilde{h} = \\frac{m \\odot h}{p}$，$p = 0.5$，$h = (3, 1)$，$m = (1, 1)$，"
            "则 $\\tilde{h} = (6, 2)$。\n\n")


@pytest.mark.parametrize("text, verdict", [
    # another phase of the model than the one defined (training): the step may be about it
    (_DROP + "At test time nothing is scaled, $\\tilde{h} = h$.", "undecided"),
    (_DROP + "During inference nothing is scaled, so $\\tilde{h} = h$.",
     "undecided"),
    (_DROP_KO + "테스트 시에는 스케일하지 않으므로 $\\tilde{h} = h$ 이다.", "undecided"),
    (_DROP_ZH + "测试时不做缩放，$\\tilde{h} = h$。", "undecided"),
    # no phase named: the definition in force decides, the restatement fails
    (_DROP + "So nothing is scaled, $\\tilde{h} = h$.", "fails"),
    (_DROP_KO + "따라서 $\\tilde{h} = h$ 이다.", "fails"),
    (_DROP_ZH + "故 $\\tilde{h} = h$。", "fails"),
    # "test" alone (a test set, a unit test) names no phase
    (_DROP + "To test it, we check that $\\tilde{h} = h$.", "fails"),
])
def test_a_step_in_another_phase_of_the_model(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict, check_text(text).steps


_SOFT = ("The L1 problem $\\min_w \\frac{1}{2}(w - a)^2 + \\lambda |w|$ is solved by soft "
         "thresholding, $w^* = \\operatorname{sign}(a)\\max(|a| - \\lambda, 0)$. With $a = -0.2$ "
         "and $\\lambda = 0.3$, $w^* = 0$.\n\n")
_SOFT_ZH = ("L1 问题的解为软阈值 $w^* = \\operatorname{sign}(a)\\max(|a| - \\lambda, 0)$，"
            "$a = -0.2$，$\\lambda = 0.3$ 时 $w^* = 0$。\n\n")


@pytest.mark.parametrize("text, verdict", [
    # a contrastive conjunction opens the variant's sentence
    (_SOFT + "Whereas for ridge the solution is $w^* = \\frac{a}{1 + \\lambda}$.", "undecided"),
    (_SOFT + "L1 과 달리 L2 의 해는 $w^* = \\frac{a}{1 + \\lambda}$ 이다.", "undecided"),
    (_SOFT_ZH + "而 L2 的解为 $w^* = \\frac{a}{1 + \\lambda}$。", "undecided"),
    # no contrast: the definition in force decides
    (_SOFT + "So the solution is $w^* = \\frac{a}{1 + \\lambda}$.", "fails"),
    (_SOFT_ZH + "从而 $w^* = \\frac{a}{1 + \\lambda}$。", "fails"),
    (_SOFT_ZH + "因而 $w^* = \\frac{a}{1 + \\lambda}$。", "fails"),
])
def test_a_step_after_a_contrastive_conjunction(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict, check_text(text).steps


_SPRING = ("A spring of stiffness $k = 200$ carries a mass $m = 2$; its period is "
           "$T = 2\\pi\\sqrt{m/k}$.\n\n")


@pytest.mark.parametrize("text, verdicts", [
    # the sentence changes a bound value in words: the step is about the new value, which the
    # text does not bind (read at m = 2 it differs): undecided; its arithmetic is still checked
    (_SPRING + "If $m$ doubles, $T = 2\\pi\\sqrt{4/200} \\approx 0.889$.", ["undecided", "holds"]),
    (_SPRING + "$m$ 이 두 배가 되면 $T = 2\\pi\\sqrt{4/200} \\approx 0.889$ 이다.",
     ["undecided", "holds"]),
    (_SPRING + "若 $m$ 翻倍，则 $T = 2\\pi\\sqrt{4/200} \\approx 0.889$。", ["undecided", "holds"]),
    # wrong twins: the arithmetic after it, and a step with no change said, still fail
    (_SPRING + "If $m$ doubles, $T = 2\\pi\\sqrt{4/200} \\approx 0.95$.", ["undecided", "fails"]),
    (_SPRING + "So $T = 2\\pi\\sqrt{4/200} \\approx 0.889$.", ["fails", "holds"]),
    # a change said of another name than the step reads: read as written
    (_SPRING + "If $g$ doubles, $T = 2\\pi\\sqrt{4/200} \\approx 0.889$.", ["fails", "holds"]),
])
def test_a_value_changed_in_words(text, verdicts):
    steps = [s for s in check_text(text).steps if s.line == 3]
    assert [s.verdict for s in steps] == verdicts, steps
