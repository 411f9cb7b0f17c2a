"""Captions (caption.py): a name defined under one caption and given another value under
another is another case of a list, never a claim that the two agree; a wrong value under the
same caption, or under a concluding one ("Check:", "검산:"), is still checked."""

import pytest

from checker.derive import caption
from checker.derive.document import check_text

CAPTIONS = [
    ("Xavier 균등분포 $U(-a, a)$: ", "xavier 균등분포"),
    ("**He uniform:** ", "he uniform"),
    ("- 均匀分布：", "均匀分布"),
    ("2) Leaky ReLU: ", "leaky relu"),
    ("Xavier 균등분포 $: ", "xavier 균등분포"),  # (a formula in a line's lead: one $)
    ("no colon here ", None),
    ("$x$: ", None),  # no words: not a caption
    # a line that opens with its caption, formulas after the colon (Formula.lead shows them as $)
    ("- 方法二(Adam,第一步):$,$,", "方法二 adam 第一步"),
    ("- Adam (first step): $, $, ", "adam first step"),
    ("**Momentum:** $v_1 = 2$, so ", "momentum"),
    ("Then $a = 1$: so ", None),  # a formula before the colon: no caption of the line
    ("Note: see above, and also: $x$, ", None),  # two colons: a sentence, not a caption
]


@pytest.mark.parametrize("before, words", CAPTIONS)
def test_of(before, words):
    assert caption.of(before) == words


ANOTHER = [
    ("he uniform", "xavier uniform", True),
    ("leaky relu", "relu", True),
    ("step", "step", False),  # "Step 1:", "Step 2:" (numbers aside): the same list
    ("check", "xavier uniform", False),  # a check is no new case
    ("따라서", "xavier", False),
    ("验证", "he", False),
    (None, "xavier", False),
    ("he", None, False),
]


@pytest.mark.parametrize("now, then, expected", ANOTHER)
def test_another(now, then, expected):
    assert caption.another(now, then) is expected


CONCLUDING = [
    ("check", True),
    ("최종결과", True),  # Korean words run together
    ("답은", True),  # with its particle
    ("验证一下", True),
    ("解答", True),
    ("답", True),
    ("대답 예시", False),  # 답 inside another word
    ("回答问题 二", False),  # 答 inside another word
    ("xavier uniform", False),
    ("두 번째 점", False),
]


@pytest.mark.parametrize("words, expected", CONCLUDING)
def test_concluding(words, expected):
    assert caption.concluding(words) is expected


# (style, a document whose lines are all correct, the same with a slip that must fail)
DOCUMENTS = [
    ("ko, labelled list of initialisations",
     "## 숫자: $n_{in} = 256$, $n_{out} = 128$\n"
     "Xavier 균등분포: $a = \\sqrt{6/(n_{in}+n_{out})} = \\sqrt{6/384} = 0.125$\n"
     "He 균등분포: $a = \\sqrt{6/256} \\approx 0.1531$\n",
     "## 숫자: $n_{in} = 256$, $n_{out} = 128$\n"
     "Xavier 균등분포: $a = \\sqrt{6/(n_{in}+n_{out})} = \\sqrt{6/384} = 0.125$\n"
     "He 균등분포: $a = \\sqrt{6/256} \\approx 0.1731$\n"),
    ("en, captions in parentheses, under a heading",
     "## Numbers: $m = 256$, $k = 128$\n"
     "uniform (Glorot): $r = \\sqrt{6/(m+k)} = \\sqrt{6/384} = 0.125$\n"
     "uniform (He): $r = \\sqrt{6/256} \\approx 0.1531$\n",
     "## Numbers: $m = 256$, $k = 128$\n"
     "uniform (Glorot): $r = \\sqrt{6/(m+k)} = \\sqrt{6/384} = 0.125$\n"
     "uniform (He): $r = \\sqrt{6/256} \\approx 0.1631$\n"),
    ("zh, full-width colons",
     "设 $k = 3$，$p = 1$。\n"
     "标准卷积：$o = 32 - k + 2p + 1 = 32$\n"
     "空洞卷积（扩张 2）：$o = 32 - 5 + 2 + 1 = 30$\n",
     "设 $k = 3$，$p = 1$。\n"
     "标准卷积：$o = 32 - k + 2p + 1 = 32$\n"
     "空洞卷积（扩张 2）：$o = 32 - 5 + 2 + 1 = 31$\n"),
]


@pytest.mark.parametrize("style, right, wrong", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_documents(style, right, wrong):
    assert [s for s in check_text(right).steps if s.verdict == "fails"] == []
    assert [s for s in check_text(wrong).steps if s.verdict == "fails"]


# a wrong restatement under the same caption, or under a concluding one, still fails
RESTATED = [
    "With $n = 100$:\n\nStep 1: $s = \\sqrt{1/n}$\nStep 2: $s = \\sqrt{1/400}$\n",
    "With $n = 100$:\n\nLeCun: $s = \\sqrt{1/n}$\nCheck: $s = \\sqrt{1/400}$\n",
    "$n = 100$ 일 때\n\nLeCun: $s = \\sqrt{1/n}$\n검산: $s = \\sqrt{1/400}$\n",
]


@pytest.mark.parametrize("text", RESTATED)
def test_restated_still_checked(text):
    assert [s for s in check_text(text).steps if s.verdict == "fails"]
