"""Prose cues of the writer's judgement of a formula: quoted as wrong, retracted, doubted, asked.

Rows of the same shape as `phrase.ROWS` (which includes them): a formula after "many wrote" or
before "is wrong" is quoted, not stated; one the writer takes back ("no wait") is retracted;
one a check "disagrees" with is doubted; one after "whether" is asked. `stance` reads them
through `phrase`'s spelling sets.
"""

from __future__ import annotations

from checker.derive.vocabulary import Kind, Row

ROWS: tuple[Row, ...] = (
    # what the writer does with a formula (stance.py): quotes it as wrong, before it ("Many
    # wrote $...$", "흔한 오답: $...$", "常见错误：$...$"), right before it ("..., not $...$",
    # "instead of $...$", "而不是 $...$"), or right after it ("$...$ is wrong", "$...$ 는
    # 틀렸습니다", "$...$ 是错的"); asks it ("whether $...$", "$...$ 맞나요?"); states it for a
    # limit ("for large $x$", "$x$ 가 클 때", "当 $x$ 很大时", with `\approx`)
    Row("many wrote", Kind.CUE, ("many wrote", "many students wrote", "students wrote", "some wrote",
                                 "many students write", "some students write", "students write",
                                 "많은 학생이", "많은 학생들이", "학생들이", "일부 학생",
                                 "많은 사람이", "많은 사람들이", "很多人", "不少人", "许多人",
                                 "有人", "有的同学", "很多同学", "不少同学", "许多同学", "很多学生",
                                 "不少学生", "有些学生", "有的学生",
                                 "students often write", "people often write", "often written as",
                                 "common mistake", "common mistakes", "common error",
                                 "common errors", "common slip", "common pitfall",
                                 "common wrong answer", "wrong answer", "common deduction",
                                 "typical mistake", "typical error", "a mistake is",
                                 "mistake:", "wrong:", "incorrect:", "wrongly", "incorrectly",
                                 "mistakenly", "erroneously", "never write", "do not write",
                                 "don't write", "흔한 실수", "흔한 오답", "자주 하는 실수",
                                 "자주 틀리는", "오답", "틀린 답", "틀린 식", "잘못된 식",
                                 "잘못된 답", "잘못 쓴", "잘못 적은", "잘못 계산",
                                 "常见错误", "常见的错误", "错误写法", "错误的写法", "错误的",
                                 "错误：", "错误:", "误写", "写错", "감점 사례", "감점 대상",
                                 "감점 처리", "扣分", "points off"), "quotes as wrong"),
    Row("not", Kind.CUE, (", not", "and not", "but not", "is not", "instead of", "rather than", "而不是",
                          "不是", "并非"), "quotes as wrong right before"),
    Row("✗", Kind.CUE, ("✗", "✘", "❌"), "marked wrong"),  # right before or after it
    Row("is wrong", Kind.CUE, ("is wrong", "are wrong", "was wrong", "is incorrect", "was incorrect",
                               "is not right", "is not correct", "isn't right", "isn't correct",
                               "is not true", "is false", "is a mistake", "is a common mistake",
                               "is an error", "does not hold", "doesn't hold", "(wrong)",
                               "(incorrect)", "— wrong", "- wrong", "틀렸",
                               "틀립니다", "틀린", "틀림", "는 잘못", "은 잘못", "잘못된",
                               "잘못되었", "라고 잘못", "이라고 잘못", "로 잘못", "으로 잘못",
                               "가 아니라", "이 아니라", "가 아닙니다",
                               "이 아닙니다", "가 아니다", "이 아니다", "성립하지 않", "是错的",
                               "是错误的", "错了", "不对", "不正确", "有误", "不成立", "是不对的",
                               "（错，", "（错,", "(错，", "(错,", "（错）", "(错)"),
        "called wrong"),
    # the writer taking back what they just wrote, at the start of the next sentence ("$...$ 이다.
    # 아 틀렸다, 다시.", "$$...$$ No wait, that forgets the chain rule.", "$...$。不对，重新算"):
    # the formula before it is retracted, not stated (stance.py)
    Row("retracts", Kind.CUE, ("no wait", "no, wait", "wait, that", "wait, this", "wait, no",
                               "oops", "scratch that", "that's wrong", "that is wrong",
                               "this is wrong", "that was wrong", "아 틀렸다", "아 틀렸네",
                               "아 틀렸음", "아, 틀렸다", "아, 틀렸네", "앗 틀렸다", "앗, 틀렸다",
                               "틀렸다", "틀렸네", "틀렸음", "아 잘못했다", "아 잘못 썼다", "잘못 썼다",
                               "잘못 적었다", "아니다, 다시", "아 아니다", "다시 하자",
                               "算错了", "写错了", "哦不对", "不, 不对"), "retracts"),
    # a check that disagrees with a formula the sentence reports from a source ("my notes say
    # $...$ but my gradient check disagrees", "$...$ 라고 되어 있는데 검산하면 안 맞아요", "书上写
    # $...$，但我验算对不上"): the formula is doubted, not stated (stance.py)
    Row("disagrees", Kind.CUE, ("disagree", "disagrees", "disagreed", "doesn't match",
                                "does not match", "don't match", "do not match", "doesn't agree",
                                "does not agree", "a different value", "a different number",
                                "a different result", "안 맞", "맞지 않", "다르게 나", "다른 값",
                                "일치하지 않", "对不上", "不一致", "不符", "不一样"), "doubts"),
    # the opening of an answer that turns down the claim of the question or quote above it
    # ("> I think $...$" then "You forgot the inner derivative.", "**Q.** ... $...$" then
    # "**A.** That is wrong: ...", "질문: ... $...$ 인가요?" then "답변: 아닙니다."): stance.py
    Row("rejects", Kind.CUE, ("no,", "no.", "no!", "no -", "no —", "no –", "no:", "nope",
                              "not quite", "not exactly", "not really", "almost,", "almost.",
                              "almost:", "almost —", "close, but", "careful —", "careful,",
                              "careful:", "careful!", "careful -", "that is not right",
                              "that's not right", "that is incorrect", "that's incorrect",
                              "wrong.", "wrong,", "wrong!", "wrong —", "incorrect.",
                              "incorrect,", "you forgot", "you missed", "you dropped",
                              "you lost", "you left out", "아니요", "아니오", "아닙니다",
                              "아니에요", "잘못", "错"), "answers against"),
    Row("whether", Kind.CUE, ("whether", "is it true that", "是否", "맞나요", "맞는지", "맞습니까",
                              "맞을까요", "对吗", "对不对"), "asks"),
)
