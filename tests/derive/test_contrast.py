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
