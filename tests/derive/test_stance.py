"""What the writer does with a formula (stance.py): a formula quoted as wrong, asked, set as an
equation to solve, or stated for a limit is never reported as a wrong step. Each row: a document
where the prose (or a mark) says so (no step may fail), and a twin where the writer asserts the
same wrong formula, often right after the cue word in another sense ("note that", "not only",
"nothing", "knot"), or where the cue is about another formula: a step must still fail. Rows
written in the styles of real notes, none copied."""

import pytest

from checker.derive.document import check_text, read_text
from checker.derive.markdown import read_math
from checker.derive.stance import Act, acts
from checker.derive.tree import Sym

WRONG = r"\frac{d}{dx} x^2 = x"  # a slip: the derivative is 2x

# (what the row shows, the formula not asserted, a twin that asserts a wrong formula)
QUOTED = [
    ("many wrote, en", f"Many wrote ${WRONG}$: that is half of the derivative.",
     f"Note that ${WRONG}$: that is the derivative."),
    ("a common slip: writing", f"A common slip is to drop the power: writing ${WRONG}$.",
     f"A common slip is to drop the power. Writing it out, ${WRONG}$."),
    ("called wrong after it, ko", f"위 답변의 식 ${WRONG}$ 는 틀렸습니다.",
     f"위 답변의 식 ${WRONG}$ 는 맞습니다."),
    ("common mistake, ko", f"흔한 실수: ${WRONG}$", f"정리: ${WRONG}$"),
    ("common error, zh", f"常见错误：${WRONG}$。", f"于是：${WRONG}$。"),
    # a name alone between the label and the formula keeps it the label's (its subject)
    ("common mistakes: forgetting a name", f"Common mistakes: forgetting $c$ in the rule "
     f"(gives ${WRONG}$).", f"Common mistakes: with $c = 0$ in the rule we get ${WRONG}$."),
    ("흔한 실수: a name first, ko", f"흔한 실수: $c$ 를 빠뜨리면 ${WRONG}$ 가 된다.",
     f"흔한 실수: $c = 0$ 이면 ${WRONG}$ 가 된다."),
    ("常见错误: a name first, zh", f"常见错误：漏掉 $c$ 会得到 ${WRONG}$。",
     f"常见错误：取 $c = 0$ 得到 ${WRONG}$。"),
    ("called wrong after it, zh", f"${WRONG}$ 是错的。", f"${WRONG}$ 是对的。"),
    ("right after 'not'", f"The derivative is $2x$, not ${WRONG}$.",
     f"Not only is it smooth, but ${WRONG}$."),
    ("'not' inside another word", f"Instead of ${WRONG}$, use the power rule.",
     f"Nothing new: ${WRONG}$ for a knot ${WRONG}$."),
    ("instead of, zh", f"应写成 $2x$，而不是 ${WRONG}$。", f"不难看出 ${WRONG}$。"),
    # a block quote or a labelled question that the answer right below turns down as it opens
    # (stance._answered_against); the twin: the same words outside a quote or question, or a
    # quote the answer agrees with
    ("a block quote the answer turns down, en", f"> I think ${WRONG}$.\n\nYou forgot the "
     f"factor 2: it is $2x$.", f"So ${WRONG}$.\n\nYou forgot the factor 2: it is $2x$."),
    ("a block quote the answer agrees with, en", f"> I think ${WRONG}$.\n\nNot quite: the "
     f"power rule gives $2x$.", f"> I think ${WRONG}$.\n\nYes, and the power rule agrees."),
    ("a labelled question answered 'That is wrong', en", f"**Question.** Someone wrote "
     f"${WRONG}$.\n\n**Answer.** That is wrong: the power rule gives $2x$.",
     f"**Remark.** Hence ${WRONG}$.\n\n**Answer.** That is wrong: the power rule "
     f"gives $2x$."),
    ("a block quote answered 아닙니다, ko", f"> 제 풀이: ${WRONG}$\n\n아닙니다. 거듭제곱 "
     f"법칙으로 $2x$ 입니다.", f"제 풀이: ${WRONG}$\n\n아닙니다. 거듭제곱 법칙으로 $2x$ 입니다."),
    ("a reported claim the next paragraph turns down, en", f"You wrote ${WRONG}$.\n\nNo — "
     f"the power rule gives $2x$.", f"You wrote ${WRONG}$.\n\nYes — the power rule agrees."),
    ("a labelled question answered 不对, zh", f"**问：** 我算的是 ${WRONG}$。\n\n**答：** "
     f"不对，应为 $2x$。", f"**解：** 于是 ${WRONG}$。\n\n**答：** 不对，应为 $2x$。"),
    ("a display formula, then 'which is wrong'",
     f"I wrote\n\n$${WRONG}$$\n\nwhich is wrong: the power comes down.",
     f"I wrote\n\n$${WRONG}$$\n\nwhich is the power rule."),
    ("a mark in the math", f"$${WRONG} \\quad \\text{{(wrong)}}$$", f"$${WRONG} \\quad (1)$$"),
    ("a cross in the math", f"$${WRONG} \\quad ✗$$", f"$${WRONG} \\quad ✓$$"),
    ("a cross before it in prose", f"❌ ${WRONG}$", f"✅ ${WRONG}$"),
    # someone's claim in quotation marks, an arrow back at it with a comment; quotation marks
    # alone (no arrow back), or an arrow with no quotation marks, assert it
    ("in quotes, an arrow back at it, ko", f'- "${WRONG}$ 이다" ← 이건 $x^2/2$ 의 미분',
     f'- "${WRONG}$ 이다" 그래서 계산한다'),
    ("in quotes, an arrow back at it, en", f'- "${WRONG}$" ← that one is half the slope',
     f'- ${WRONG}$ ← the slope'),
    # crossed out by the writer (Markdown or HTML strikethrough); a strikethrough elsewhere in
    # the paragraph leaves the formula asserted
    ("struck through, en", f"- ~~${WRONG}$~~ no, the power comes down.",
     f"- ~~First try.~~ Then ${WRONG}$."),
    ("struck through, ko", f"~~${WRONG}$~~ 아니다, 다시 계산하면 $2x$ 이다.",
     f"~~틀린 시도~~ 이제 ${WRONG}$ 이다."),
    ("struck through, zh", f"<del>${WRONG}$</del> 不对，应为 $2x$。",
     f"<del>旧的写法</del> 现在 ${WRONG}$。"),
    # taken back by the writer at the start of the next sentence (or right after it), with
    # no formula between; a retraction cue that follows another formula is about that one
    ("retracted in the next sentence, ko", f"${WRONG}$ 이다. 아 틀렸다, 다시 하자.",
     f"${WRONG}$ 이다. 다시 정리하면 $y = 2$ 이다. 아 틀렸다."),
    ("retracted right after it, en", f"So ${WRONG}$ — no wait, that drops the power.",
     f"So ${WRONG}$, and the wait is over."),
    ("retracted after a display, en", f"$${WRONG}$$\n\nOops, the power comes down.",
     f"$${WRONG}$$\n\nThe oops case is below."),
    ("retracted in the next sentence, zh", f"${WRONG}$。不对，重新算。",
     f"${WRONG}$。所以 $y = 1$。不对。"),
    ("marked wrong in parentheses, zh", f"原答案：${WRONG}$（错，漏了系数）。",
     f"原答案：${WRONG}$（错误率为零）。"),
    # the cue must be about this formula: the next sentence's formula is asserted
    ("the cue is about the earlier formula",
     "Many wrote $\\frac{d}{dx} x^3 = x^2$; the right one is $2x$.",
     "Many wrote $\\frac{d}{dx} x^3 = x^2$; the right one is $\\frac{d}{dx} x^3 = 2x^2$."),
    # a cue the sentence turns away from is about no later formula: the twin asserts a
    # wrong formula after it, which must still fail
    ("to avoid a common mistake: the twin", f"A common mistake: ${WRONG}$.",
     f"To avoid a common mistake, we write ${WRONG}$."),
    ("to avoid a common mistake, zh", f"常见错误：${WRONG}$。", f"为了避免常见错误，我们写 ${WRONG}$。"),
    ("a common mistake, so we take", f"A common mistake is to forget the power: ${WRONG}$.",
     f"A common mistake is forgetting the power, so after one step we take ${WRONG}$."),
    ("a common mistake, so we take, zh", f"常见错误是忘记指数：${WRONG}$。",
     f"常见错误是忘记指数，所以我们取 ${WRONG}$。"),
    ("to avoid a common mistake, ko", f"흔한 실수: ${WRONG}$",
     f"흔한 실수를 피하기 위해 ${WRONG}$ 라고 쓴다."),
    # the mistake's result told after a connective is still quoted: only the writer's own
    # choice ("we take", "我们取") is asserted
    ("a common mistake, then we get",
     (f"A common mistake is to drop the power, then we get ${WRONG}$."),
     f"A common mistake is to drop the power, then we take ${WRONG}$."),
    ("a common mistake, so one gets, zh", f"常见错误是漏掉指数，所以得到 ${WRONG}$。",
     f"常见错误是漏掉指数，所以我们取 ${WRONG}$。"),
    ("an adverb that modifies a noun", f"Students wrongly write ${WRONG}$.",
     f"Incorrectly normalised data gives ${WRONG}$."),
    ("the cue ends the sentence before, without a colon",
     f"This is a common mistake:\n${WRONG}$",
     f"Forgetting the power is a common mistake. The derivative is ${WRONG}$."),
    ("written wrongly, said after it, ko", f"많은 사람이 ${WRONG}$ 라고 잘못 쓰는데, 반만 맞다.",
     f"많은 사람이 ${WRONG}$ 를 기억한다."),
    ("computed wrongly, said after it, ko", f"흔히 ${WRONG}$ 로 잘못 계산한다.",
     f"흔히 ${WRONG}$ 로 계산한다."),
    ("many people write it, zh", f"很多人把它写成 ${WRONG}$。",
     f"很多人都知道 ${WRONG}$。"),
]

ASKED = [
    ("a question, en", f"Is it ${WRONG}$?", f"It is ${WRONG}$."),
    ("a question, ko", f"위 답변에는 ${WRONG}$ 라고 되어 있는데 맞나요?",
     f"위 답변에는 ${WRONG}$ 라고 되어 있습니다."),
    ("a question, zh", f"${WRONG}$ 对吗？", f"${WRONG}$ 对。"),
    ("whether", f"We check whether ${WRONG}$.", f"We check that ${WRONG}$."),
    ("whether: the formula is its object", f"We ask whether ${WRONG}$.",
     f"To see whether it converges, note that ${WRONG}$."),
    ("a question after a display formula, not 'why?'", f"Is it\n\n$${WRONG}$$\n\nright?",
     f"The derivative is\n\n$${WRONG}$$\n\nwhy? Because the power comes down."),
    ("an aside '(why?)' is no question", f"Is it true that ${WRONG}$?",
     f"The derivative (why?) is $2x$ and so ${WRONG}$."),
    ("an aside '(why? ...)' is no question", f"Is it true that ${WRONG}$?",
     f"So ${WRONG}$ (why? think of the power rule)."),
    ("an aside '(왜?)' is no question, ko", f"${WRONG}$ 맞나요?",
     f"도함수는 (왜?) $2x$ 이므로 ${WRONG}$ 이다."),
    ("a premise with since is asserted, even in a question", f"Why is ${WRONG}$?",
     f"Since ${WRONG}$, what is the slope at 1?"),
    # a formula reported from a source, then doubted in its sentence by a check that disagrees;
    # reported with no doubt (or a check that agrees), it is asserted
    ("reported, then a check disagrees, en",
     f"The handout says ${WRONG}$, but my finite-difference check disagrees.",
     f"The handout says ${WRONG}$, and my finite-difference check confirms it."),
    ("reported, then a check disagrees, ko",
     f"교재에는 ${WRONG}$ 라고 되어 있는데 수치로 확인하면 안 맞아요.",
     f"교재에는 ${WRONG}$ 라고 되어 있고 수치로 확인해도 같아요."),
    ("reported, then a check disagrees, zh", f"讲义上写 ${WRONG}$，但我用差分验算对不上。",
     f"讲义上写 ${WRONG}$，我用差分验算也一致。"),
    ("a check that disagrees, nothing reported", f"I wrote ${WRONG}$ but the numbers disagree.",
     f"The slope is ${WRONG}$ but the numbers disagree."),
    # the writer's own result, doubted by a check in the same sentence (a Q&A's question)
    ("my own result, then a check disagrees, en",
     f"I derived ${WRONG}$ but my gradient check disagrees.",
     f"The derivative is ${WRONG}$ but my gradient check disagrees."),
    ("my own result, then a check disagrees, ko",
     f"제가 구한 식은 ${WRONG}$ 인데 수치 미분이랑 안 맞아요.",
     f"도함수는 ${WRONG}$ 인데 수치 미분이랑 안 맞아요."),
    ("my own result, then a check disagrees, zh", f"我推出 ${WRONG}$，但数值验算对不上。",
     f"导数是 ${WRONG}$，但数值验算对不上。"),
    ("my own result, and a check that agrees, is asserted",
     f"I derived ${WRONG}$ but my gradient check disagrees.",
     f"I derived ${WRONG}$ and my gradient check agrees."),
]

LIMIT = [
    # at x = -3 the sides are 0.049 and -3: off far beyond any approximation (accuracy.py),
    # so the asserted twin fails, while stated for large x the same formula is not checked at
    # the example's value
    ("for large x, en", "Take $x = -3$. For large $x$, $\\log(1 + e^x) \\approx x$.",
     "Take $x = -3$. Then $\\log(1 + e^x) \\approx x$."),
    ("after the formula, en", "Take $x = -3$. Then $\\log(1 + e^x) \\approx x$ for large $x$.",
     "Take $x = -3$. Then $\\log(1 + e^x) \\approx x$ for $x$ at -3."),
    ("x 가 클 때, ko", "$x = -3$ 이다. 참고로 $x$ 가 클 때 $\\log(1 + e^x) ≈ x$ 이다.",
     "$x = -3$ 이다. 참고로 $\\log(1 + e^x) ≈ x$ 이다."),
    ("当 x 很大时, zh", "取 $x = -3$。当 $x$ 很大时，$\\log(1 + e^x) \\approx x$。",
     "取 $x = -3$。于是 $\\log(1 + e^x) \\approx x$。"),
    ("a limit written as math", "Take $x = -3$. As $x \\to \\infty$, $\\log(1 + e^x) \\approx x$.",
     "Take $x = -3$. As $x = -3$, $\\log(1 + e^x) \\approx x$."),
    ("a limit inside the formula", "Take $x = -3$.\n\n$$\\log(1 + e^x) \\approx x \\quad (x \\gg 1)$$",
     "Take $x = -3$.\n\n$$\\log(1 + e^x) \\approx x \\quad (x > 1)$$"),
]

EQUATION = [
    ("을 풀면, ko", "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$ 을 풀면 $w = 3$ 이다.",
     "$$J = (w - 3)^2$$\n\n따라서 $\\frac{dJ}{dw} = 0$ 이다."),
    ("= 0 으로 두면, ko", "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$ 으로 두면 $w = 3$ 이다.",
     "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$ 이고 $w = 3$ 이다."),
    ("解得, zh", "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$，解得 $w = 3$。",
     "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$，且 $w = 3$。"),  # ("所以 $w = 3$": solved)
    ("令 ... 为 0：, zh", "$$J = (w - 3)^2$$\n\n令梯度为 0：\n\n$$2(w - 3) = 0$$",
     "$$J = (w - 3)^2$$\n\n梯度为：\n\n$$\\frac{dJ}{dw} = 2(w + 3)$$"),
    ("the normal equations, en", ("$$J = (w - 3)^2$$\n\nSetting the gradient to zero gives the "
     "normal equations\n\n$$2(w - 3) = 0$$"),
     "$$J = (w - 3)^2$$\n\nThe gradient is\n\n$$\\frac{dJ}{dw} = 2(w + 3)$$"),
    # what follows from an equation to solve is checked as following from it, never as an
    # identity (w = 5 is the start value; at it, 2(w - 3) = 0 does not hold)
    ("a consequence of the equation", ("$w = 5$ at the start. Setting the gradient to zero, "
     "$2(w - 3) = 0$, so $w - 3 = 0$."),
     "$w = 5$ at the start. The gradient is $2(w - 3) = 0$, so $w - 3 = 0$."),
    ("a consequence between display formulas", ("$$J = (wx - y)^2$$\n\nSetting the derivative "
     "to zero,\n\n$$2x(wx - y) = 0$$\n\nso\n\n$$wx = y$$"),
     ("$$J = (wx - y)^2$$\n\nThe derivative is\n\n$$\\frac{dJ}{dw} = 2(wx - y)$$\n\nso\n\n"
     "$$wx = y$$")),
    # a case stated by an inequality ("若 $w > 0$：") makes what its paragraph states a piece:
    # another case's value for the same name is no restatement
    ("cases by an inequality, zh", "- 若 $w > 0$：$w = u - 1$。\n- 若 $w < 0$：$w = u + 1$。",
     "- 于是 $w = u - 1$。\n- 所以 $w = u + 1$。"),
    # "려면" ("in order to") only after a verb of holding; "to zero" only when set to it
    ("되려면, ko", "$$J = (w - 3)^2$$\n\n기울기가 0이 되려면 $2(w - 3) = 0$ 이어야 한다.",
     f"경사를 구하려면 ${WRONG}$ 를 계산한다."),
    ("set ... to zero, en", "$$J = (w - 3)^2$$\n\nSetting the gradient to zero, $2(w - 3) = 0$.",
     f"As the step size goes to zero, ${WRONG}$."),
    ("the solution satisfies, en", "$$J = (w - 3)^2$$\n\nThe solution satisfies $2(w - 3) = 0$.",
     "$$J = (w - 3)^2$$\n\nThe gradient satisfies $\\frac{dJ}{dw} = 2(w + 3)$."),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("what, said, asserted", QUOTED + ASKED + LIMIT + EQUATION,
                         ids=[r[0] for r in QUOTED + ASKED + LIMIT + EQUATION])
def test_a_formula_the_text_does_not_assert_never_fails(what, said, asserted):
    assert "fails" not in _verdicts(said)


@pytest.mark.parametrize("what, said, asserted", QUOTED + ASKED + LIMIT + EQUATION,
                         ids=[r[0] for r in QUOTED + ASKED + LIMIT + EQUATION])
def test_the_asserted_twin_still_fails(what, said, asserted):
    assert "fails" in _verdicts(asserted)


@pytest.mark.parametrize("what, said, asserted", QUOTED, ids=[r[0] for r in QUOTED])
def test_a_quoted_formula_is_still_checked_and_the_report_says_so(what, said, asserted):
    steps = check_text(said).steps
    quoted = [s for s in steps if "quoted by the text as wrong" in s.method]
    assert quoted and all(s.verdict == "undecided" and "indeed does not hold" in s.method
                          and s.counterexample is not None for s in quoted
                          if s.lhs.startswith("d/dx") or "x^2" in s.lhs)


def test_a_quoted_formula_that_holds_as_read_is_said_to_hold():
    step = check_text("흔한 오답: $O = (32 - 5)/1 = 27$ 은 +1 누락이므로 0점").steps[-1]
    assert step.verdict == "holds" and "calls it wrong, yet as read it holds" in step.method


def test_an_approximation_for_a_limit_says_why_it_is_undecided():
    step = check_text(LIMIT[0][1]).steps[-1]
    assert step.verdict == "undecided" and "limit" in step.method


@pytest.mark.parametrize("text", [
    "Many wrote $a = 2b$: a slip.",
    "흔한 오답: $a = 2b$",
    "A common mistake:\n\n$$a = 2b$$",
])
def test_a_quoted_formula_defines_nothing(text):
    _, state = read_text(text)
    assert state.definition_of(Sym("a"), 5) is None


def test_a_question_may_define_what_it_asks_about_but_states_no_fact():
    text = ("Why is the gradient of $f(x) = x^3$ equal to $3x^2$? Is $\\frac{dL}{dw} = x$?\n\n"
            "$$\\frac{d}{dx} f(x) = 3x^2$$\n\n$$\\frac{dL}{dw} \\cdot 2 = 2x$$")
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-2:] == ["holds", "undecided"]


@pytest.mark.parametrize("text, expected", [
    ("Many wrote $a = b$.", Act.QUOTED),
    ("Note that $a = b$.", Act.ASSERTED),
    ("The gradient is $a$, not $a = b$.", Act.QUOTED),
    ("Is $a = b$?", Act.ASKED),
    ("Since $a = b$, what is $c$?", Act.ASSERTED),
    ("For small $h$, $a \\approx b$.", Act.LIMIT),
    ("For small $h$, $a = b$.", Act.ASSERTED),  # an equality: exact, checked
    ("With $h = 0.1$, $a \\approx b$.", Act.ASSERTED),
    ("$a = b \\quad ✗$", Act.QUOTED),
    ("$a = b \\quad ✓$", Act.ASSERTED),
    # a subject cue quotes only what that subject writes; "所有人" is everyone, "没有人" no one
    ("所有人都应该记住：$a = b$。", Act.ASSERTED),
    ("没有人会怀疑 $a = b$。", Act.ASSERTED),
    ("학생들이 꼭 기억해야 할 공식은 $a = b$ 이다.", Act.ASSERTED),
    ("有人写成 $a = b$。", Act.QUOTED),
    ("有的同学把它写成 $a = b$。", Act.QUOTED),
    ("많은 학생이 $a = b$ 라고 쓴다.", Act.QUOTED),
    # introduced as the correct answer, after a wrong-answer heading
    ("오답 노트: 정답은 $a = b$ 이다.", Act.ASSERTED),
    ("오답 노트: $a = b$", Act.QUOTED),
    ("常见错误：正确的是 $a = b$。", Act.ASSERTED),
])
def test_acts(text, expected):
    formulas = read_math(text)[0]
    assert acts(formulas)[next(k for k, f in enumerate(formulas) if "b" in f.text)] is expected


@pytest.mark.parametrize("text, verdict", [
    ("$w = 5$ at the start. Setting the gradient to zero, $2(w - 3) = 0$, so $w - 3 = 0$.",
     "holds"),
    ("$w = 5$ at the start. Setting the gradient to zero, $2(w - 3) = 0$, so $w - 4 = 0$.",
     "undecided"),  # does not follow from that equation alone: it may use another condition
    ("$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$ 으로 두면 $2(w - 3) = 0$ 이므로 $w = 3$ 이다.",
     "holds"),
])
def test_a_consequence_of_an_equation_is_checked_as_following_from_it(text, verdict):
    step = [s for s in check_text(text).steps if "follow" in s.method][-1]
    assert step.verdict == verdict


# a cue misread as quoting a formula the text asserts: its values were rolled back, so a
# later correct step that uses them is undecided, never a false alarm; a step that fails under
# either reading still fails
@pytest.mark.parametrize("text, verdict", [
    (("Take $w = 2$ and $x = 1$.\n\nA common mistake is forgetting to update the weight, so "
     "after one step we take $w = 3$.\n\nThen $y = w x = 3$."), "holds"),
    (("Let $f(x)=x^2$, so $f'(x) = 2x$.\n\nTo avoid a common mistake with the chain rule, we "
     "now redefine $f(x) = x^3$. Then $f'(x) = 3x^2$."), "holds"),
    (("Take $w = 2$ and $x = 1$.\n\nA common mistake is to write $w = 3$ here.\n\n"
     "Then $y = w x = 3$."), "undecided"),
    ("取 $w = 2$, $x = 1$。\n\n常见错误：$w = 3$。\n\n于是 $y = w x = 3$。", "undecided"),
    (("Take $w = 2$ and $x = 1$.\n\nA common mistake is to write $w = 3$ here.\n\n"
     "Then $y = w x = 5$."), "fails"),  # wrong with w = 2 and with w = 3
    (("Take $w = 2$ and $x = 1$.\n\nA common mistake is to write $w = 3$ here.\n\n"
     "Then $y = w x = 2$ and $z = x + 1 = 3$."), "fails"),  # x was never quoted
])
def test_a_step_on_a_name_quoted_as_wrong_fails_only_under_either_reading(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


@pytest.mark.parametrize("text", [
    # an arrow in a superscript labels a direction (image to text), no limit: a wrong
    # approximation at the example's numbers fails (en, ko, zh)
    "Take $z = 2$.\n\n$$\\ell^{I\\to T} = \\log(1 + e^{-z}) \\approx 0.2$$",
    "$z = 2$ 일 때\n\n$$\\ell^{T\\to I} = \\log(1 + e^{-z}) \\approx 0.2$$",
    "取 $z = 2$。\n\n$$L^{s\\to t} = \\log(1 + e^{-z}) \\approx 0.2$$",
])
def test_an_arrow_in_a_superscript_is_no_limit(text):
    assert "fails" in _verdicts(text)


def test_the_arrow_under_a_limit_still_is_one():
    text = "Take $x = 2$.\n\n$$\\log(1 + e^x) \\approx x \\quad (\\lim_{x \\to \\infty})$$"
    assert "fails" not in _verdicts(text)


_HARMONIC = ("The mean $H = \\frac{2ab}{a + b}$; when $b \\gg a$, $H \\approx 2a$.\n\n"
             "With $a = 3$ and $b = 300$, $H = %s$.")


@pytest.mark.parametrize("value, verdict", [
    ("1800/303", "holds"),  # the exact definition, not the regime's approximation
    ("1800/330", "fails"),
])
def test_an_approximation_in_a_regime_keeps_the_definition(value, verdict):
    # "when b ≫ a, H ≈ 2a" approximates H in that regime (undecided there): no new meaning of H
    steps = check_text(_HARMONIC % value).steps
    assert steps[0].verdict == "undecided" and steps[-1].verdict == verdict, steps
