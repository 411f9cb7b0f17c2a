"""Prose cues: the phrases beside a formula that say what it is, one row per cue.

A formula right after "if" is a condition, one after "let" a definition, one after "many
wrote" is quoted as wrong, one before "을 풀면" an equation to solve. Each row of `ROWS` has the
kind `Kind.CUE`, the spellings in English, Korean and Chinese, and as its meaning what the cue
does; the spelling sets below are what `condition`, `stance`, `clause`, `declared` ... look
for (the writer's judgement of a formula, "many wrote", "no wait", is in `appraisal`). Adding a
cue is adding a spelling (and a test row); the math notation is `vocabulary`.
"""

from __future__ import annotations

from checker.derive import appraisal
from checker.derive.vocabulary import Kind, Row

_CONTEXT: tuple[Row, ...] = (
    # prose cues: a formula right after "if"/"when" (or before "이면", "일 때", "时") is a
    # condition, on the statement before it in its sentence, or on what follows
    Row("if", Kind.CUE, ("if", "when", "whenever", "unless", "only if", "provided", "provided that",
                         "as long as", "for", "若", "如果", "当", "假设", "만약"), "before"),
    Row("이면", Kind.CUE, ("이면", "이라면", "라면", "면", "일 때", "일때", "인 경우", "일 경우",
                         "인 경우에", "时", "的时候", "时,"), "after"),
    # a supposition, a case the writer picks for the sentence ("$p = 0.5$ 라고 하면", "$x = 1$ 로
    # 가정하면", "假定 $p = 0.5$"): a condition like "이면" / "若", never a claim about the name
    Row("라고 하면", Kind.CUE, ("라고 하면", "이라고 하면", "라 하면", "이라 하면", "라고 가정하면",
                            "이라고 가정하면", "로 가정하면", "으로 가정하면", "라고 치면",
                            "이라고 치면", "라 치면", "이라 치면", "로 잡으면", "으로 잡으면",
                            "라 두면", "이라 두면", "라고 할 때", "이라고 할 때", "라 할 때",
                            "이라 할 때", "로 가정할 때", "으로 가정할 때", "라고 가정할 때",
                            "이라고 가정할 때"), "after"),
    Row("假定", Kind.CUE, ("假定", "假使", "倘使", "设若", "万一"), "before"),
    # a constraint an optimisation is under ("maximise $xy$ subject to $x + 2y = 8$", "在约束
    # $x + 2y = 8$ 下", "제약 조건 $x + y = 2$ 에서"): a condition, like "if", never a claim
    # (not the noun alone: "substituting into the constraint: $2λ + 2λ = 8$" states an equation
    # the text solves, "代入约束：")
    Row("subject to", Kind.CUE, ("subject to", "s.t.", "under the constraint", "with the constraint",
                                 "在约束", "约束条件为", "约束条件是", "제약 조건", "제약조건"),
        "before"),
    # prose words after which a formula starting with `=` goes on with the formula before it
    # (after any other word, "mean $= 0.325$", it goes on with the prose's quantity)
    Row("so", Kind.CUE, ("so", "thus", "hence", "therefore", "then", "and", "which is", "i.e.",
                         "即", "所以", "则", "즉", "따라서", "그러면", "이므로", "이고", "이며"),
        "continues"),
    # prose right before a requirement ("same padding needs $O = N$", "we want $\mathrm{Var}(z)
    # = \sigma^2$", "令二者相等："): only when it ends right before the formula, never as words of
    # the sentence ("we want to show that", "matching coefficients")
    Row("needs", Kind.CUE, ("needs", "need", "requires", "require", "impose", "vanishes where", "vanishes when",
                            "vanishes at", "is zero where", "is zero when", "want", "we'd like",
                            "we would like", "matching", "equate", "要求", "需要", "希望",
                            "되려면", "같으려면", "성립하려면", "만족하려면", "유지하려면",
                            "0 으로", "0으로", "영으로"),  # "편미분을 0 으로:"
        "requirement"),  # ("려면" after a verb of holding only: not "경사를 구하려면")
    # ("set", "令" also introduce definitions: an equation to solve only when set to zero)
    Row("set", Kind.CUE, ("set", "令", "设", "놓으면"), "set to zero"),  # ("setting": below)
    # prose that announces a definition ("let $h' = h$", "令 $h' = h$", "$h' = h$로 두면"): the
    # name takes this value from here on, even right after another definition of it
    # (and "set", "令", "设" above, unless the value is 0: an equation to solve)
    # (and a new choice: "next, take $f(x) = x^3$", "consider", "instead", "换成", "改为",
    # "이번엔 $f(x) = x^3$ 로 하자": a redefinition, never a claim that the two agree)
    # ("say": a value picked for the argument's sake, "(say $F'(x) = 0.01$)")
    Row("let", Kind.CUE, ("let", "define", "redefine", "denote", "write", "put", "we write", "say",
                          "记", "取", "take", "consider", "instead", "换成", "换为", "改为", "改成"),
        "defines"),
    # a choice of another quantity anywhere in the sentence before the formula ("if you need it
    # smooth, use the pseudo-Huber loss $L_δ(r) = ...$", "대신 ... 를 사용하면", "改用"): the
    # formula presents the alternative, a redefinition, never a claim that the two agree
    # ("compare": another method's formula set beside this one's, "Compare ridge, $w^* = ...$")
    Row("use", Kind.CUE, ("use", "uses", "switch to", "replace it with", "alternatively", "compare",
                          "variant", "smooth version", "smoothed version", "대신", "사용하면",
                          "사용하자", "사용한다", "改用", "换用", "采用"), "chooses"),
    # words that name another variant of the model in the sentence before a formula ("the old
    # (non-inverted) version? Training uses $y = mx$", "원래 버전은", "原始版本中"): the formula
    # is that variant's definition, not a claim that it agrees with the current one
    Row("version", Kind.CUE, ("version", "versions", "vanilla", "original", "older",
                              "버전", "원래", "기존", "원본", "版本", "原始", "原来的", "旧的",
                              "另一种"), "chooses"),
    # a value changed in words since the example gave it ("one step moves $w$ to $(0.4, -0.7)$,
    # after which ...", "업데이트하면", "更新后"): the example's values may be stale there
    Row("moves", Kind.CUE, ("moves", "moved", "is updated", "are updated", "updated to",
                            "after the update", "after one step",
                            "after one update", "after the step", "업데이트", "갱신", "로 바뀌",
                            "으로 바뀌", "로 바꾸", "으로 바꾸", "로 바꿔", "으로 바꿔", "更新后",
                            "更新之后", "移动到", "change the", "changes the", "changed the",
                            "changing the"),
        "changes"),
    # a setting changed in words to a number the text writes bare ("若周长改为 $24$", "둘레를
    # 24 로 늘리면", "步长调整为 2"): the example's values may be stale there ("改为", "改成",
    # "换成" of the row "let" change too: CHANGING below)
    Row("调整为", Kind.CUE, ("调整为", "调成", "增大到", "增大为", "增加到",
                         "减小到", "减小为", "减少到", "提高到", "降低到", "로 늘리면", "으로 늘리면",
                         "로 줄이면", "으로 줄이면", "로 키우면", "으로 키우면", "로 변경하면",
                         "으로 변경하면", "로 늘어나면", "으로 늘어나면"), "changes"),
    # words that send a step back to the values before an update ("from the old parameters",
    # "with the weights before the step", "업데이트 전 가중치로", "用更新前的参数"): the example's
    # values in force, after the update, may not be the ones it is worked at
    Row("old parameters", Kind.CUE, ("old parameters", "old weights", "old values",
                                     "previous parameters", "previous weights", "original parameters",
                                     "original weights", "before the update", "before the step",
                                     "pre-update", "업데이트 전", "갱신 전", "이전 파라미터",
                                     "이전 가중치", "원래 파라미터", "원래 가중치", "更新前",
                                     "更新之前", "旧参数", "原来的参数", "原参数", "旧的参数",
                                     "原来的权重"), "earlier values"),
    # a verb of change whose complement may be the formula itself ("the loss becomes $L =
    # ...$", "损失变为 $...$"): right before the formula, it says what the step's value is
    Row("becomes", Kind.CUE, ("becomes", "become", "变为", "变成"), "changes into"),
    # words that list a formula beside the one before it ("for $R = ...$ and $R = ...$",
    # "$A$ 和 $B$", "$A$와 $B$"): alternatives, not a consequence of the first
    # ("and" and "or", rows of their own above and below, list too: LISTING)
    Row("respectively", Kind.CUE, ("respectively", "vs", "versus", "和", "与", "或", "及",
                                   "와", "과", "및", "또는"), "lists"),
    Row("두면", Kind.CUE, ("로 두면", "으로 두면", "로 놓으면", "으로 놓으면", "라 하자", "이라 하자",
                         "라고 하자", "이라고 하자", "로 정의하면", "으로 정의하면", "로 하자",
                         "으로 하자", "로 바꾸면", "으로 바꾸면", "로 바꾸자", "으로 바꾸자"),
        "defines after"),
    # words opening the sentence before a formula that conclude it from what precedes ("So
    # ...", "于是（...）", "따라서"): a name already defined, written again, is restated (a claim),
    # even in another section, never given a new meaning
    # (and "so", "thus", "hence", "therefore", "所以", "따라서" of the row "so" above)
    # ("Equivalently $dW^{[2]} = ...$": the same thing again in another form, a restatement)
    Row("consequently", Kind.CUE, ("consequently", "it follows that", "equivalently", "等价地",
                                   "于是", "因此", "因而",
                                   "从而", "그러므로", "그래서"), "concludes"),
    Row("we get", Kind.CUE, ("that is", "we get", "gives", "giving", "得", "得到", "에서"),
        "solved"),
    # words between an equation and its roots in one sentence ("$x^2 = 2$ has $x = \\pm\\sqrt
    # 2$"): the roots are the equation solved, not claims at an earlier example's values; the
    # formulas they join stay read as formulas (unlike "we get" after the word "equation")
    Row("has roots", Kind.CUE, ("has", "has roots", "has solutions", "has the roots",
                                "has the solution", "has the solutions", "has solution",
                                "is solved by", "solves to", "的解为",
                                "的解是", "的根为", "의 해는", "의 근은"), "states roots"),
    # prose that names a region ("for negative inputs", "음수 구간에서는"): a step beside it that
    # holds on one piece of a piecewise function only is about that piece
    Row("region", Kind.CUE, ("negative", "positive", "region", "interval", "piece", "branch",
                             "for x", "when x", "otherwise", "> 0", "< 0", "≥ 0", "≤ 0",
                             "음수", "양수", "구간", "负", "正", "区间", "分段"), "region"),
    # words that make a line prose, not a formula written without dollars ("Cost = 0 if y = 1")
    # (and the shape cues below: "is", "be", "shape", ...)
    Row("prose", Kind.CUE, ("or", "of", "to", "in", "at", "the", "on",
                            "as", "by", "we", "it", "an", "not", "with"), "prose"),
    # prose right before a formula that makes it an equation to solve, not an identity
    Row("equation", Kind.CUE, ("setting", "set to zero", "set it to zero", "equal to zero",
                               "set to 0", "set it to 0", "equal to 0", "equals 0",
                               "equating", "normal equation", "normal equations", "solve",
                               "solving", "solution satisfies", "minimizer satisfies",
                               "minimiser satisfies", "optimum satisfies", "minimum satisfies",
                               "asks for", "令二者相等", "令两者相等", "使二者相等", "使两者相等",
                               "等于零", "等于 0", "为 0", "为0", "0으로 두", "0으로 놓",
                               "0이 되는", "방정식",
                               # set to zero, in other words ("편미분을 0 으로:", "令导数为零")
                               "0 으로 두", "0 으로 놓", "为零",
                               "置零", "置为零", "设为0", "设为 0", "一阶条件", "驻点",
                               "first-order condition", "first-order conditions",
                               "first order condition", "first order conditions",
                               "stationary point", "stationary points", "critical point",
                               "vanishes", "vanish", "일계 조건", "1계 조건",
                               "정류점", "임계점",
                               # conditions a solution meets, named ("정류 조건:", "KKT 条件")
                               "stationarity condition", "stationarity conditions",
                               "optimality condition", "optimality conditions",
                               "kkt condition", "kkt conditions", "balance equation",
                               "balance equations", "정류 조건", "최적성 조건", "kkt 조건",
                               "平稳条件", "驻点条件", "最优性条件", "kkt条件", "kkt 条件",
                               # equations combined into another ("두 식을 빼면", "两式相减")
                               "subtracting the two", "subtract the two", "adding the two",
                               "add the two", "subtracting one from the other",
                               "두 식을 빼", "두 식을 더하", "두 식을 연립", "연립하면",
                               "两式相减", "两式相加", "两式联立", "联立"), "equation"),
    # an equation named as the thing solved, right before it ("the equation $x^2 = 3$ is solved
    # numerically", "方程 $x^2 = 5$ 的正根"): a step there that fails at the example's values is
    # a guess (certainty.py), never set aside as a condition (not "the update equation")
    Row("the equation", Kind.CUE, ("the equation", "an equation", "equation", "方程", "方程式",
                                   "等式",
                                   # a law named before it: "Bernoulli's law", "베르누이 식",
                                   # "연속 방정식", "能量守恒定律", "关系式"
                                   "law", "식", "법칙", "定律", "关系式"), "names an equation"),
    # prose right after an equation that solves it ("$\nabla_\theta J = 0$ 을 풀면", "解得")
    Row("solve after", Kind.CUE, ("을 풀면", "를 풀면", "을 풀어", "를 풀어", "을 풀자", "를 풀자",
                                  "을 만족하는", "를 만족하는", "을 만족시키는", "를 만족시키는",
                                  "解得", "求解", "的解", "可解得",
                                  # the roots it has, asked for ("求 $z^3 = 8$ 的全部根")
                                  "的根", "的全部根", "的所有根", "的实根", "의 근", "의 해",
                                  "의 모든 근"), "equation after"),
    # prose right below a display formula that says what its names are ("where $a_i = ...$"):
    # those definitions are read before it (clause.py)
    Row("where", Kind.CUE, ("where", "here", "in which", "여기서", "其中", "这里", "式中"),
        "defines the formula above"),
    # prose that says a label is one-hot (its entries sum to 1), and that gives a shape
    Row("one-hot", Kind.CUE, ("one-hot", "one hot", "onehot", "원-핫", "원핫", "独热"), "one-hot"),
    # prose after a family that says its entries sum to 1 ("since the $q_j$ sum to one")
    Row("sums to one", Kind.CUE, ("sum to one", "sum to 1", "sums to one", "sums to 1",
                                  "add up to one", "add up to 1", "adds up to one",
                                  "adds up to 1", "summing to one", "summing to 1",
                                  "합은 1", "합이 1", "합은 1이", "和为1", "和为 1", "之和为1",
                                  "之和为 1"), "sums to one"),
    # ("$X$ is $(m, n)$", "`x`: input of shape $(N, D)$", "$X$의 크기는 $(m, n)$": declared.py)
    Row("shape", Kind.CUE, ("is", "are", "be", "is now", "has shape", "of shape", "is of shape",
                            "shape", "shaped", "has size", "of size", "size", "dimension",
                            "dimensions", "has dimensions", ":", "의 크기는", "의 크기도",
                            "의 크기가", "의 크기", "크기는", "크기", "의 모양은", "의 형태는", "의 차원은",
                            "의 shape은", "는", "은", "的维度为", "的维度是", "的形状为",
                            "的形状是", "的大小为", "维度为", "形状为", "为", "是", "："), "shape"),
    # a quantity said to stay the same ("if the gradient is constant $g$", "모든 $g_i = g$ 로
    # 일정하면", "梯度恒为常数 $g$"): its family's members may all be that one value
    Row("constant", Kind.CUE, ("constant", "stays", "stay the same", "does not change",
                               "doesn't change", "unchanged", "fixed gradient", "same gradient",
                               "일정", "상수", "변하지 않", "같은 값", "常数", "恒为", "恒定", "不变"),
        "constant"),
    Row("for large", Kind.CUE, ("for large", "for very large", "for sufficiently large",
                                "for small", "for very small", "for sufficiently small",
                                "when large", "as large", "in the limit", "asymptotically",
                                "large positive", "large negative", "very large", "very small",
                                "클 때", "작을 때", "크면", "작으면", "커지면", "작아지면",
                                "커질 때", "작아질 때", "극한", "很大", "很小", "足够大", "足够小",
                                "充分大", "趋于", "趋近", "极限"), "limit"),
    # the last case of a `cases` environment, written in words (`\\text{그 외}`, `\\text{否则}`)
    Row("otherwise", Kind.CUE, ("else", "elsewhere", "else where", "그 외",
                                "그외", "그 외의 경우", "나머지", "나머지 경우", "그렇지 않으면",
                                "아니면", "기타", "否则", "其他", "其它", "其余", "其他情况",
                                "其它情况", "其余情况"), "otherwise"),
    # a Korean verb of working out in its -면 form ("정리하면", "대입하면": doing so gives), no
    # condition though it ends like one (이면, 하면)
    Row("정리하면", Kind.CUE, ("정리하면", "계산하면", "대입하면", "전개하면", "미분하면",
                              "적분하면", "풀면", "묶으면", "합치면", "넣으면", "적용하면",
                              "이용하면", "치환하면", "약분하면", "곱하면",
                              "나누면", "더하면", "빼면", "바꾸면", "쓰면", "고치면"),
        "works out"),
    # a caption that checks or concludes ("Check:", "검산:", "验证：") names no case of its own
    Row("check", Kind.CUE, ("check", "checking", "verify", "verification", "result", "answer",
                            "solution", "final", "finally", "total", "sanity", "검산", "확인",
                            "결과", "정답", "답", "최종", "해답", "풀이", "验证", "检验", "结果",
                            "答案", "答", "解答", "最终", "总计", "合计"), "concludes a caption"),
    # words before a formula that give a new case of the example ("For a second point with
    # $r = ...$", "다른 점에서", "另一个点"): the numbers after them are that case's
    Row("another", Kind.CUE, ("another", "second", "third", "new", "other", "다른", "두 번째",
                              "두번째", "새로운", "另一", "第二个", "换一个"), "gives a new case"),
    # words of a condition that changes a convention, not a place ("in bits", "with the 1/2",
    # "if we maximise instead", "비트로", "改用"): another definition by a constant factor, so
    # sides a fixed multiple of each other may still both be right (proportion.py)
    Row("bits", Kind.CUE, ("bit", "base", "log_2", "log2", "half", "1/2", "½", "factor",
                           "convention", "maximi", "maximu", "ascent", "rather", "scale",
                           "scaling", "normali", "per ", "sign", "unit", "비트", "밑", "절반",
                           "배", "계수", "규약", "관례", "최대화", "스케일", "정규화", "부호",
                           "음의", "단위", "比特", "底", "一半", "倍", "系数", "约定", "惯例",
                           "最大化", "代替", "缩放", "归一化", "符号", "单位"), "changes a convention"),
    # words that put a statement in a case of its own ("A special case: if the upstream
    # gradient is the same for every sample, ...", "特例：如果 …", "만약 …"): a value stated so,
    # below a general step, is that case's only (hindsight.py)
    # (and "if", "如果", "若", "假设", "만약" of the row "if" above: CASE)
    Row("special case", Kind.CUE, ("special case", "particular case", "suppose", "特例",
                                   "特殊情况", "特殊情形", "특수한 경우", "특별한 경우",
                                   "특수 경우", "만일"), "states a case"),
    # words of a condition that may place a step where its sides vanish ("at the optimum",
    # "when the gradient is zero", "최솟값에서", "在驻点处"): there a multiple of 0 is 0
    Row("zero", Kind.CUE, ("zero", "0", "optim", "minim", "extrem", "stationary", "critical",
                           "equilibri", "converge", "최소", "최솟", "최적", "최대", "극값",
                           "극소", "극대", "영이", "영일", "영에서", "수렴", "최적해", "最优",
                           "最小", "最大", "极", "零", "收敛", "解"), "places at a zero"),
)

ROWS: tuple[Row, ...] = _CONTEXT + appraisal.ROWS  # the judgement cues in `appraisal`


def _cues(meaning: str) -> tuple[str, ...]:
    """A meaning's cue spellings, longest first (so `and not` is tried before `not`)."""
    return tuple(sorted((s for r in ROWS if r.meaning == meaning for s in r.spellings),
                        key=len, reverse=True))


def _spellings(*meanings: str) -> frozenset[str]:
    return frozenset(s for r in ROWS if r.meaning in meanings for s in r.spellings)


CHANGING = _cues("changes") + _cues("changes into") + ("改为", "改成", "换成")  # (also "let":
# "若把 $x$ 改为 4" changes a value in words; "改为 $x = 4$" writes it)
CONSTANT = _cues("constant")
CHANGING_INTO = _cues("changes into")
EARLIER = _cues("earlier values")
LISTING = _cues("lists") + ("and", "or")
BEFORE = _cues("before")  # "if $x > 0$": a condition on what it is beside
AFTER = _cues("after")  # "$x > 0$ 이면"
SET = _cues("set to zero")
WHERE = tuple(s for r in ROWS if r.meaning == "defines the formula above" for s in r.spellings)
SOLVED = tuple(s for r in ROWS for s in r.spellings
               if r.meaning == "solved" or r.meaning == "continues" and s in {"i.e.", "即", "즉"})
REGION = _spellings("region")
PROSE = _spellings("prose", "continues", "before", "shape")  # words that make a line prose
ONE_HOT = _spellings("one-hot")
# an equation to solve: cues right before the formula (both rows), and cues that may stand
# anywhere in the sentence introducing it ("Setting the gradient to zero gives $...$")
EQUATION = _spellings("equation", "requirement")
REQUIREMENT = _spellings("requirement")  # "we want $Var(z) = 1$", "需要", "되려면"
SUM_ONE = _spellings("sums to one")
SHAPE = _spellings("shape")
DEFINING = tuple(sorted((s for r in ROWS if r.meaning in {"defines", "set to zero"}
                         for s in r.spellings), key=len, reverse=True))
CHOOSING = tuple(s for r in ROWS if r.meaning == "chooses" for s in r.spellings)
CONCLUDING = _cues("concludes") + ("therefore", "hence", "thus", "so", "所以", "따라서")
DEFINING_AFTER = tuple(s for r in ROWS if r.meaning == "defines after" for s in r.spellings)
CONTINUING = _spellings("continues")
ROOTS = _spellings("states roots")
EQUATION_AFTER = _cues("equation after")
NAMED_EQUATION = _cues("names an equation")
EQUATION_SENTENCE = _cues("equation")
QUOTED = _cues("quotes as wrong")
QUOTED_RIGHT_BEFORE = _cues("quotes as wrong right before") + _cues("marked wrong")
CALLED_WRONG = _cues("called wrong") + _cues("marked wrong")
# (不对, 错了 are the "is wrong" row's spellings too: right after a formula, or opening the next
# sentence, where they take it back)
RETRACTING = _cues("retracts") + ("不对", "错了")
ASKING = _cues("asks")
# (with the spellings the "is wrong" and "retracts" rows own, opening an answer)
REJECTING = _cues("answers against") + ("that is wrong", "that's wrong", "this is wrong",
                                        "wrong:", "incorrect:", "틀렸", "틀립니다", "不对", "不是",
                                        "不正确", "有误", "并非")
DOUBTING = _cues("doubts")
LIMIT = _cues("limit")
CAPTION_CONCLUDING = _spellings("concludes a caption")
NEW_CASE = _cues("gives a new case")
# (with the spellings other rows own: "instead" also defines, "negative" also names a region)
CONVENTION = _cues("changes a convention") + ("instead", "negative", "대신", "改用", "换成", "负")
AT_A_ZERO = _cues("places at a zero") + ("vanish", "solution", "영으로", "驻点")
WORKING_OUT = _cues("works out") + ("사용하면",)  # (also a choice: the use row)
CASE = _cues("states a case") + ("if", "如果", "若", "假设", "만약")
OTHERWISE = _spellings("otherwise") | {"otherwise"}  # (also a region word: its row above)
