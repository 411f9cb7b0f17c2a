"""worded.py: a parameter given a new number in words ("With padding 2", "패딩을 1로 하면",
"学习率取 0.05 时"): the step is read with that number too; it holds there, or fails only when it
differs at the old value and at the new one."""

import pytest

from checker.derive.document import check_text

_EN = ("The output size is $o = \\frac{i + 2p - k}{s} + 1$.\n\n"
       "Example: $i = 32$, $k = 5$, $p = 0$, $s = 1$, so $o = 28$.\n\n"
       "With padding 2 the size is kept: $o = %s$.")
_KO = ("출력 크기는 $o = (n + 2p - k)/s + 1$.\n\n입력 $n = 28$, 커널 $k = 3$, $p = 0$, $s = 1$ 이면 "
       "$o = 26$.\n\n패딩을 1로 하면 $o = %s$ 이다.")
_ZH = ("学习率 $\\eta = 0.1$，$w = 1$，$g = 2$，$w - \\eta g = 0.8$。\n\n"
       "学习率取 0.05 时，$w - \\eta g = %s$。")
_OWN = ("The dropout keep rate $q = 0.5$ scales $h = 4$ to $h / q = 8$.\n\n"
        "With a keep rate of 0.8, $h / q = %s$.")

# the number in math after the word: "the rate $= 3$", "평균 $= 4$" (the formula is only
# `= number`), read as the number said in words; the label may be the last word of two
# ("with rate $\lambda$" labels λ "rate"), a Greek letter typed as a command
_POISSON = ("Arrivals follow a Poisson law with rate $\\lambda = 2$ per hour, so "
            "$P(0) = e^{-\\lambda} = e^{-2}$.\n\n"
            "If the rate $= 3$ instead, $P(0) = e^{-\\lambda} = %s$.")
_KO_MEAN = ("평균 $\\mu = 2$ 인 분포에서 $P(0) = e^{-\\mu} = e^{-2}$ 이다.\n\n이제 평균 $= 4$ 이면 "
            "$P(0) = e^{-\\mu} = %s$ 이다.")

# the name given in a parenthesis right after its word ("Even odds ($b = 1$)")
_KELLY = ("Kelly: $f = p - q/b$ with $q = 1 - p$.\n\nEven odds ($b = 1$) and $p = 0.6$: "
          "$f = 0.6 - 0.4 = 0.2$.\n\nAt odds of 2 to 1 the same edge gives $f = 0.6 - 0.4/2 = %s$.")


@pytest.mark.parametrize("text, right, wrong", [
    (_EN, "32", "30"),
    (_KO, "28", "27"),
    (_ZH, "0.9", "0.7"),
    (_OWN, "5", "6"),  # the text's own word for q ("keep rate $q$"), no convention
    (_POISSON, "e^{-3}", "e^{-4}"),  # "the rate $= 3$"
    (_KO_MEAN, "e^{-4}", "e^{-3}"),  # "평균 $= 4$"
    (_KELLY, "0.4", "0.3"),
])
def test_a_number_in_words_for_a_named_parameter(text, right, wrong):
    assert "fails" not in [s.verdict for s in check_text(text % right).steps]
    assert check_text(text % wrong).steps[-1].verdict == "fails"


def test_a_number_in_words_for_something_else_changes_nothing():
    text = ("Example: $i = 32$, $k = 5$, $p = 0$, $s = 1$, so $o = (i + 2p - k)/s + 1 = 28$.\n\n"
            "With 6 filters the layer has $o^2 \\cdot 6 = 4705$ outputs.")
    assert check_text(text).steps[-1].verdict == "fails"


_EN_BOTH = ("The output size is $o = \\frac{i + 2p - k}{s} + 1$.\n\n"
            "Example: $i = 32$, $k = 5$, $p = 0$, $s = 1$, so $o = 28$.\n\n"
            "With kernel 3 and padding 1, $o = %s$.")
_KO_BOTH = ("출력 크기는 $O = \\frac{N + 2P - F}{S} + 1$ 이다.\n\n입력 $N = 32$, 필터 $F = 5$, 패딩 $P = 0$, "
            "스트라이드 $S = 1$ 이면 $O = 28$.\n\n필터가 3이고 패딩이 1, 스트라이드가 1일 때는 $O = %s$ 이다.")
_ZH_BOTH = ("输出尺寸 $o = \\frac{i + 2p - k}{s} + 1$。\n\n例：$i = 32$，$k = 5$，$p = 0$，$s = 1$，"
            "则 $o = 28$。\n\n卷积核取 3、填充取 1 时，$\\frac{i + 2p - k}{s} + 1 = %s$。")


@pytest.mark.parametrize("text, right, wrong", [
    (_EN_BOTH, "32", "30"),
    (_KO_BOTH, "32 - 3 + 2 + 1", "32 - 3 + 1"),
    (_ZH_BOTH, "32", "30"),
])
def test_several_numbers_in_words_in_one_sentence(text, right, wrong):
    """Every setting the sentence changes is read at its new number (kernel 3 and padding 1),
    not the first alone: the step holds there; one wrong at the new numbers and the old ones
    still fails."""
    assert "fails" not in [s.verdict for s in check_text(text % right).steps]
    assert "fails" in [s.verdict for s in check_text(text % wrong).steps]

