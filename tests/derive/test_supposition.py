"""Suppositions (`supposition.py`, and the readings beside it in `square.py`,
`conjunction.py`, `phrase.py`): correct steps under a case the prose considers, found by the
round-15 hunt (hunt19) in Korean and Chinese notes and notebooks, each with a wrong twin whose
reading is certain (some step must still fail).

Classes: an expression of names the example gives values, set to another value in a condition
on what follows ("if $x + y = 11$"); the square of a name the example gave a value, supposed
("当 $\\sigma^2 = e$ 时"); an equation solved on a first-order condition written as one chain
(`\\ell'(p) = 7/p - 3/(1 - p) = 0`) in the paragraph right below it (`$7(1 - p) = 3p$ 이므로`);
another method's value of a name after a condition in words ("Ridge 이면 해는 $w = ...$"); a
value changed in Korean words ("으로 바꾸면", "로 바꿔"; the Chinese "换成", "改为" already
announce a new choice, phrase.py). Round 20 (alarm20): a case supposed in words before its
formula ("If the noise variance were $\\sigma^2 = 4$", "如果噪声方差为", condition.py), which ends
with its paragraph (state.paragraph_end); two names set equal in a sentence that goes on into
the display below it (scope.display_after_colon)."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import failing
from checker.derive.supposition import worded_case

_XY = "그러므로 $x = 4$, $y = 2$, $xy = 8$ 이다.\n\n"
_XY_EN = "Then $x = 4$, $y = 2$, $xy = 8$.\n\n"
_XY_ZH = "所以 $x = 4$,$y = 2$,$xy = 8$。\n\n"
_KL = "$$\\mathrm{KL} = \\frac12\\left(\\mu^2 + \\sigma^2 - \\log\\sigma^2 - 1\\right)$$\n\n"
_LOGLIK = "$\\ell(p) = 7\\log p + 3\\log(1-p)$\n\n$\\ell'(p) = \\frac{7}{p} - \\frac{3}{1-p}"
_LASSO = "$w > 0$ 일 때 미분하면 $w - z + \\lambda = 0$ 이므로 $w = z - \\lambda$ 이다.\n\n"
_LASSO_ZH = "当 $w > 0$ 时,$w = z - \\lambda$。\n\n"
_LASSO_EN = "For the lasso, $w = z - \\lambda$ when $z > \\lambda$.\n\n"
_NOISE = "The noise has standard deviation $\\sigma = 1$, so $3\\sigma = 3$.\n\n"
_NOISE_ZH = "噪声标准差为 $\\sigma = 1$，所以 $3\\sigma = 3$。\n\n"
_NOISE_KO = "잡음의 표준편차는 $\\sigma = 1$ 이므로 $3\\sigma = 3$ 이다.\n\n"
_LINE = "직선은 $\\hat y = 0.5 + 1.5x$ 이고, $x = 2$ 에서 $\\hat y = 3.5$ 이다.\n\n"
_LINE_ZH = "直线为 $\\hat y = 0.5 + 1.5x$,在 $x = 2$ 处 $\\hat y = 3.5$。\n\n"

ROWS = [
    ("another constraint supposed (ko)",
     _XY + "첫 번째 예제에서 $x + y = 11$ 이면 최댓값은 $5.5^2 = 30.25$ 이다.",
     _XY + "첫 번째 예제에서 $x + y = 11$ 이면 최댓값은 $5.5^2 = 31.25$ 이다."),
    ("another constraint supposed (en)",
     _XY_EN + "If $x + y = 11$, the maximum is $5.5^2 = 30.25$.",
     _XY_EN + "So $x + y = 11$ and the maximum is $5.5^2 = 30.25$."),
    ("another constraint supposed (zh)",
     _XY_ZH + "当 $x + y = 11$ 时,最大值为 $5.5^2 = 30.25$。",
     _XY_ZH + "因此 $x + y = 11$,最大值为 $5.5^2 = 30.25$。"),
    ("another variance supposed by its square (zh)",
     _KL + "1. $\\mu = 1$,$\\sigma = 1$ 时,$\\mathrm{KL} = \\frac12(1 + 1 - 0 - 1) = 0.5$。\n"
     "2. $\\mu = 0$,$\\sigma^2 = e$ 时,$\\mathrm{KL} = \\frac12(e - 1 - 1) \\approx 0.359$。",
     _KL + "1. $\\mu = 1$,$\\sigma = 1$ 时,$\\mathrm{KL} = \\frac12(1 + 1 - 0 - 1) = 0.5$。\n"
     "2. $\\mu = 0$,$\\sigma^2 = e$ 时,$\\mathrm{KL} = \\frac12(e - 1)$。"),
    ("another variance supposed by its square (en)",
     _KL + "With $\\mu = 1$, $\\sigma = 1$: $\\mathrm{KL} = 0.5$.\n\n"
     "When $\\mu = 0$, $\\sigma^2 = 4$: $\\mathrm{KL} = \\frac12(4 - \\log 4 - 1) \\approx 0.807$.",
     _KL + "With $\\mu = 1$, $\\sigma = 1$: $\\mathrm{KL} = 0.5$.\n\n"
     "When $\\mu = 0$, $\\sigma^2 = 4$: $\\mathrm{KL} = \\frac12(4 - 1) = 1.5$."),
    ("another variance supposed by its square (ko)",
     _KL + "$\\mu = 1$, $\\sigma = 1$ 일 때 $\\mathrm{KL} = 0.5$ 이다.\n\n"
     "$\\mu = 0$, $\\sigma^2 = 4$ 이면 $\\mathrm{KL} = \\frac12(3 - \\log 4) \\approx 0.807$ 이다.",
     _KL + "$\\mu = 1$, $\\sigma = 1$ 일 때 $\\mathrm{KL} = 0.5$ 이다.\n\n"
     "$\\mu = 0$, $\\sigma^2 = 4$ 이면 $\\mathrm{KL} = \\frac12(3 + \\log 4)$ 이다."),
    ("solved on the chain's equation, next paragraph (ko)",
     _LOGLIK + " = 0$\n\n$7(1-p) = 3p$ 이므로 $10p = 7$, $\\hat p = 0.7$.",
     _LOGLIK + "$\n\n$7(1-p) = 3p$ 이므로 $10p = 7$."),
    ("solved on the chain's equation, next paragraph (en)",
     _LOGLIK + " = 0$\n\nSince $7(1-p) = 3p$, we get $10p = 7$.",
     _LOGLIK + "$\n\nSince $7(1-p) = 3p$, we get $10p = 7$."),
    ("solved on the chain's equation, same sentence (zh)",
     _LOGLIK + " = 0$,所以 $7(1-p) = 3p$,$10p = 7$。",
     _LOGLIK + "$,所以 $7(1-p) = 3p$。"),
    ("another method after a condition in words (ko)",
     _LASSO + "Ridge ($\\frac{\\lambda}{2}w^2$) 이면 해는 $w = \\frac{z}{1 + \\lambda}$ 이다.",
     _LASSO + "따라서 해는 $w = \\frac{z}{1 + \\lambda}$ 이다."),
    ("another method after a condition in words (zh)",
     _LASSO_ZH + "若改用 L2 正则,则 $w = \\frac{z}{1 + \\lambda}$。",
     _LASSO_ZH + "所以 $w = \\frac{z}{1 + \\lambda}$。"),
    ("another method after a condition in words (en)",
     _LASSO_EN + "If we use ridge instead, the solution is $w = \\frac{z}{1 + \\lambda}$.",
     _LASSO_EN + "So the solution is $w = \\frac{z}{1 + \\lambda}$."),
    ("a variance supposed in words, then back to the example (en)",
     _NOISE + "If the noise variance were $\\sigma^2 = 4$, the band would be $3\\sigma = 6$.\n\n"
     "For the noise we started with, the band is again $3\\sigma = 3$.",
     _NOISE + "If the noise variance were $\\sigma^2 = 4$, the band would be $3\\sigma = 9$.\n\n"
     "For the noise we started with, the band is again $3\\sigma = 3$."),
    ("a variance supposed in words, then back to the example (zh)",
     _NOISE_ZH + "如果噪声方差为 $\\sigma^2 = 9$，则 $3\\sigma = 9$。\n\n回到原来的噪声：$3\\sigma = 3$。",
     _NOISE_ZH + "如果噪声方差为 $\\sigma^2 = 9$，则 $3\\sigma = 9$。\n\n回到原来的噪声：$3\\sigma = 9$。"),
    ("a variance supposed (ko), the case ends with its paragraph",
     _NOISE_KO + "잡음 분산이 $\\sigma^2 = 4$ 라면 $3\\sigma = 6$ 이다.\n\n원래 잡음에서는 $3\\sigma = 3$ 이다.",
     _NOISE_KO + "잡음 분산이 $\\sigma^2 = 4$ 라면 $3\\sigma = 6$ 이다.\n\n원래 잡음에서는 $3\\sigma = 6$ 이다."),
    ("two names set equal, the display after the sentence under it (en)",
     "Means $\\mu_1 = 1$ and $\\mu_2 = 3$: $\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$.\n\n" "If $\\mu_1 = \\mu_2$, the two distributions coincide:\n\n" "$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$\n\n"
     "Back to the example: $\\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$.",
     "Means $\\mu_1 = 1$ and $\\mu_2 = 3$: $\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$.\n\n" "If $\\mu_1 = \\mu_2$, the two distributions coincide:\n\n" "$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$\n\n"
     "Back to the example: $\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$."),
    ("two names set equal, the display after the sentence under it (ko)",
     "$\\mu_1 = 1$, $\\mu_2 = 3$이면 $\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$이다.\n\n" "$\\mu_1 = \\mu_2$이면 두 분포가 같으므로\n\n" "$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$\n\n"
     "원래 예에서는 $\\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$.",
     "$\\mu_1 = 1$, $\\mu_2 = 3$이면 $\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$이다.\n\n" "$\\mu_1 = \\mu_2$이면 두 분포가 같으므로\n\n" "$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$\n\n"
     "원래 예에서는 $\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$."),
    ("two names set equal, the display after the sentence under it (zh)",
     "均值 $\\mu_1 = 1$，$\\mu_2 = 3$：$\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$。\n\n" "若 $\\mu_1 = \\mu_2$，两个分布相同，于是\n\n" "$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$\n\n"
     "回到例子：$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$.",
     "均值 $\\mu_1 = 1$，$\\mu_2 = 3$：$\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2} = 2$。\n\n" "若 $\\mu_1 = \\mu_2$，两个分布相同，于是\n\n" "$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$\n\n"
     "回到例子：$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$."),
    ("a value changed in Korean words",
     _LINE + "타깃을 $y = (1, 2, 3)$ 으로 바꾸면 $\\theta = (0, 1)$ 이고 직선 $\\hat y = x$ 가 된다.",
     _LINE + "그러므로 $\\theta = (0, 1)$ 이고 직선 $\\hat y = x$ 가 된다."),
    ("a value changed in Chinese words",
     _LINE_ZH + "把截距换成 $0$,斜率换成 $1$,则 $\\hat y = x$。",
     _LINE_ZH + "所以 $\\hat y = x$。"),
]


def _failing(doc: str) -> list:
    return [(s.line, s.lhs, s.rhs, s.method) for s in check_text(doc).steps
            if s.verdict == "fails"]


@pytest.mark.parametrize("what,right,wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    assert not _failing(right)


@pytest.mark.parametrize("what,right,wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    assert _failing(wrong)


@pytest.mark.parametrize("clause,expected", [
    ("Ridge ($) 이면 해는 ", True),
    ("If we use ridge, the solution is ", True),
    ("若改用 L2 正则,则 ", True),
    ("L2 正则时,", True),
    ("양수일 때 ", True),
    ("만약 학습률이 크면, ", True),
    ("$ 이면 ", False),  # a condition in math: applied, not a case in words
    ("$y$ 가 0 이면", False),
    ("If $ is large, ", False),
    ("If the noise variance were ", False),  # a supposition in words (condition.py): no method
    ("此时 ", False),  # at this point: no condition
    ("so ", False),
    ("When using ridge: ", False),  # a caption (caption.py)
])
def test_a_condition_in_words(clause, expected):
    assert worded_case(clause) is expected


# words of change ("after the update", 갱신한 뒤, 更新后) with a number written in the sentence
# for a name the step does not use (the learning rate "unchanged"): the changed value is still
# not written, so a step at the old values proves nothing
@pytest.mark.parametrize("text", [
    "One step on $f(w) = (w - 3)^2$. Start at $w = 0$ with $\\eta = 0.1$: $f'(0) = -6$.\n\n"
    "After the update, with the learning rate $\\eta = 0.1$ unchanged, the loss is "
    "$f(w) = (w - 3)^2 = 5.76$.\n",
    "$f(w) = (w - 3)^2$, 시작점 $w = 0$, 학습률 $\\eta = 0.1$이면 $f'(0) = -6$이다.\n\n"
    "가중치를 갱신한 뒤 (학습률은 그대로 $\\eta = 0.1$) 손실은 $f(w) = (w - 3)^2 = 5.76$이다.\n",
    "$f(w) = (w - 3)^2$，从 $w = 0$ 出发，学习率 $\\eta = 0.1$：$f'(0) = -6$。\n\n"
    "更新后（学习率仍为 $\\eta = 0.1$），损失为 $f(w) = (w - 3)^2 = 5.76$。\n",
])
def test_a_number_for_another_name_does_not_write_the_change(text):
    assert "fails" not in [s.verdict for s in check_text(text).steps]


# one change written as a formula, another in words ("the padding to $p = 1$ and the stride to
# 2"): the value in words is not written, so a step at the example's old stride proves nothing;
# with every change written, the step is checked at the new values and a wrong one fails
_CONV = "Input $n = 31$, kernel $k = 3$, padding $p = 0$, stride $s = 1$: $O = (n + 2p - k)/s + 1 = 29$.\n\n"
_CONV_KO = "입력 $n = 31$, 커널 $k = 3$, 패딩 $p = 0$, 스트라이드 $s = 1$이면 $O = (n + 2p - k)/s + 1 = 29$이다.\n\n"
_CONV_ZH = "输入 $n = 31$，卷积核 $k = 3$，填充 $p = 0$，步幅 $s = 1$：$O = (n + 2p - k)/s + 1 = 29$。\n\n"


@pytest.mark.parametrize("text", [
    _CONV + "After we change the padding to $p = 1$ and the stride to 2, $O = (n + 2p - k)/s + 1 = 16$.\n",
    _CONV + "Changing the padding to $p = 1$ and the stride to 2 gives $O = (n + 2p - k)/s + 1 = 16$.\n",
    _CONV_KO + "패딩을 $p = 1$로 바꾸고 스트라이드도 2로 바꾸면 $O = (n + 2p - k)/s + 1 = 16$이다.\n",
    _CONV_ZH + "更新后，填充为 $p = 1$，步幅为 2，$O = (n + 2p - k)/s + 1 = 16$。\n",
])
def test_a_change_in_words_beside_a_written_one(text):
    assert "fails" not in [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text", [
    _CONV + "After we change the padding to $p = 1$ and the stride to $s = 2$, "
    "$O = (n + 2p - k)/s + 1 = 17$.\n",
    _CONV_ZH + "更新后，填充为 $p = 1$，步幅为 $s = 2$，$O = (n + 2p - k)/s + 1 = 17$。\n",
])
def test_every_change_written_is_checked(text):
    assert "fails" in [s.verdict for s in check_text(text).steps]


# a constraint announced by "let" (arithmetic of plain names set to a number) is supposed for
# another problem, never a claim at the example's values; without the cue it is still claimed
_LET = [
    ("Maximise $xy$ with $x + y = 10$: $x = y = \\lambda$, $2\\lambda = 10$, so $\\lambda = 5$ "
     "and $x = y = 5$.\n\nNow let $x + 2y = 8$. Then $y = \\lambda$, $x = 2\\lambda$, "
     "$4\\lambda = 8$, so $\\lambda = 2$."),
    ("在 $x + y = 10$ 下最大化 $xy$：$x = y = \\lambda$，$2\\lambda = 10$，所以 $\\lambda = 5$，"
     "$x = y = 5$。\n\n再设 $x + 2y = 8$。则 $y = \\lambda$，$x = 2\\lambda$，$4\\lambda = 8$，"
     "所以 $\\lambda = 2$。"),
    ("제약 $x + y = 10$ 에서 $xy$ 를 최대화하면 $y = \\lambda$, $x = \\lambda$ 이고 대입하면 "
     "$\\lambda = 5$, $x = y = 5$.\n\n이번엔 $x + 2y = 8$ 이라고 하자. 그러면 $y = \\lambda$, "
     "$x = 2\\lambda$ 이고 $2\\lambda + 2\\lambda = 8$, 즉 $\\lambda = 2$."),
]


@pytest.mark.parametrize("text", _LET)
def test_a_constraint_announced_by_let_is_supposed(text):
    assert not failing(text), failing(text)


def test_the_same_constraint_without_the_cue_is_claimed():
    text = ("Maximise $xy$ with $x + y = 10$: $x = y = \\lambda$, $2\\lambda = 10$, so "
            "$\\lambda = 5$ and $x = y = 5$.\n\nThen $x + 2y = 8$.")
    assert failing(text)


@pytest.mark.parametrize("text", [
    "원래 입력은 $10 \\times 3 \\times 7 = 220$ 바이트이다.",
    "Let $2 \\times 3 = 7$ be the count.",
    "设 $2 \\times 3 = 7$。",
])
def test_arithmetic_of_numbers_after_a_cue_is_still_claimed(text):
    assert failing(text)


# a matrix property supposed in words (supposition.under_property): "If $A$ is symmetric, ..."
# is applied to the step under it, as `assume A symmetric` is; a step that holds so holds, one
# that differs so stays undecided (a case of the text's, never failed on that reading)
_SQUARE = "Here $\\mathbf{x} \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n \\times n}$.\n\n"
_FORM = "\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top A \\mathbf{x})"


@pytest.mark.parametrize("clause, expected", [
    ("If $A$ is symmetric, ", ("A", "symmetric")),
    ("when $Q$ is orthogonal, ", ("Q", "orthogonal")),
    ("$A$ 가 대칭이면 ", ("A", "symmetric")),
    ("当 $A$ 对称时，", ("A", "symmetric")),
    ("If we use ridge, ", None),
    ("Since $A$ is symmetric, ", None),  # not a case: what the text says of A (declared.py)
])
def test_a_property_supposed_in_words(clause, expected):
    from checker.derive.supposition import property_supposed
    assert property_supposed(clause) == expected


@pytest.mark.parametrize("text, verdict", [
    (_SQUARE + f"If $A$ is symmetric, ${_FORM} = 2A\\mathbf{{x}}$.", "holds"),
    (_SQUARE + f"$A$ 가 대칭이면 ${_FORM} = 2A\\mathbf{{x}}$ 이다.", "holds"),
    (_SQUARE + f"当 $A$ 对称时，${_FORM} = 2A^\\top\\mathbf{{x}}$。", "holds"),
    # wrong twins: not so under the property, or under another one
    (_SQUARE + f"If $A$ is symmetric, ${_FORM} = A\\mathbf{{x}}$.", "undecided"),
    (_SQUARE + f"当 $A$ 对称时，${_FORM} = A^\\top\\mathbf{{x}}$。", "undecided"),
    (_SQUARE + f"If $A$ is diagonal, ${_FORM} = 2\\mathbf{{x}}$.", "undecided"),
])
def test_a_step_under_a_supposed_matrix_property(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


def test_a_step_with_doubts_of_another_kind_is_read_as_before():
    # an inferred shape's doubt (inference.Doubt) beside the property rule: no error
    text = ("For example $i$, $s_i = \\mathbf{v}_i^\\top\\mathbf{u} + c$. Since "
            "$\\partial s_i / \\partial u_k = V_{ik}$, the rest follows.")
    assert all("not supported" not in s.method for s in check_text(text).steps)


_PUT = ("Let $B, Y \\in \\mathbb{R}^{2\\times 2}$ and $h(Y) = \\operatorname{tr}(BY)$. %s\n\n"
        "Now $B = \\begin{pmatrix} 2 & 0 \\\\ 1 & 1 \\end{pmatrix}$ and "
        "$Y = \\begin{pmatrix} 1 & 1 \\\\ 0 & 3 \\end{pmatrix}$, so "
        "$BY = \\begin{pmatrix} 2 & 2 \\\\ 1 & %s \\end{pmatrix}$.")


@pytest.mark.parametrize("said, entry, verdict", [
    # a value put into a formula for a special case ("take B = I in it", "取 B = I 代入",
    # "B = I 를 대입하면"): no new meaning of B, so the example's B is read later
    ("Taking $B = I$ in it gives $h(Y) = \\operatorname{tr}(Y)$.", "4", "holds"),
    ("取 $B = I$ 代入上式得 $h(Y) = \\operatorname{tr}(Y)$。", "4", "holds"),
    ("$B = I$ 를 위 식에 대입하면 $h(Y) = \\operatorname{tr}(Y)$ 이다.", "4", "holds"),
    # wrong twin: an entry off at the example's B still fails
    ("Taking $B = I$ in it gives $h(Y) = \\operatorname{tr}(Y)$.", "3", "fails"),
    ("取 $B = I$ 代入上式得 $h(Y) = \\operatorname{tr}(Y)$。", "3", "fails"),
])
def test_a_value_put_into_a_formula_is_a_special_case(said, entry, verdict):
    steps = [s for s in check_text(_PUT % (said, entry)).steps if s.line == 3]
    assert [s.verdict for s in steps] == [verdict], steps


@pytest.mark.parametrize("text, verdict", [
    # values "substituted" with no formula named (`를 대입하면`, then the computation): the
    # example's own values, kept for the computation the next block shows
    ("$a = 3$, $c = 0.5$ 를 대입하면\n\n$$2a - c = 5.5$$", "holds"),
    ("$a = 3$, $c = 0.5$ 를 대입하면\n\n$$2a - c = 6.5$$", "fails"),
])
def test_values_substituted_into_no_named_formula_are_the_examples(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1:] == [verdict], check_text(text).steps
