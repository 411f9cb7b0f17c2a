"""A reading that took a guess can hold but never fail (certainty.py): a property, and a table
of the guesses with the verdicts they lead to."""

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.derive.document import check_text

x, w, b = sp.symbols("x w b", real=True)
leaves = st.sampled_from([x, w, b, sp.Integer(2), sp.Rational(1, 2)])
expressions = st.recursive(
    leaves, lambda c: st.one_of(st.tuples(c, c).map(lambda p: p[0] + p[1]),
                                st.tuples(c, c).map(lambda p: p[0] * p[1]),
                                c.map(sp.exp)),
    max_leaves=5).filter(lambda e: e.free_symbols)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(expressions)
def test_a_step_read_with_a_guess_never_fails(e):
    # y, a variable so far, is given an expression: a step that reads y in its new meaning
    # took a guess (y may still be the variable), so it can hold but never fail
    text = ("$$(y + 1)^2 = y^2 + 2y + 1$$\n\n$$(y - 1)^2 = y^2 - 2y + 1$$\n\n"
            "$$y(y + 2) = y^2 + 2y$$\n\n$$y = 2w$$\n\n"
            f"$$y \\left({sp.latex(e)}\\right) = 2 y \\left({sp.latex(e)}\\right)$$")
    verdicts = [s.verdict for s in check_text(text).steps]
    assert verdicts[-1] == "undecided", (text, verdicts)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(expressions)
def test_the_same_step_without_the_guess_fails(e):  # the property above is not vacuous
    text = f"$${sp.latex(e)} = 2 \\left({sp.latex(e)}\\right)$$"
    assert [s.verdict for s in check_text(text).steps] == ["fails"], text


@pytest.mark.parametrize("text, verdict, reason", [
    # the label y, used freely, then given an expression: later steps read it as a guess
    ("$$(y + 1)^2 = y^2 + 2y + 1$$\n\n$$(y - 1)^2 = y^2 - 2y + 1$$\n\n"
     "$$y(y + 2) = y^2 + 2y$$\n\n$$y = 2w$$\n\n$$y^2 = 4w^2 + 1$$", "undecided",
     "meaning line"),
    ("# A\n\n$x = 2$\n\n# B\n\n$$x^2 = 5$$", "undecided", "earlier section"),
    ("$$1 - 2\\eta = 0$$", "undecided", "particular values"),
    # a bare g beside the family g_t the step reaches: "every gradient equals g" is a guess
    ("$$r_t = r_{t-1} + g_t^2, \\qquad r_0 = 0$$\n\nWith the same $g$ each step, $r_t = t g^2$.",
     "undecided", "may be g at every index"),
    ("$$r_t = r_{t-1} + g_t^2, \\qquad r_0 = 0$$\n\n$$r_2 = g_1^2 + 2 g_2^2$$", "fails", None),
    # the same with g given a value by the example, and the text's word that it stays the
    # same: every g_t read as g, it holds (constancy.py)
    ("$$m_t = 0.9 m_{t-1} + 0.1 g_t, \\qquad m_0 = 0$$\n\nTake $g = 2$, so $m_1 = 0.2$. If the "
     "gradient stays the same, $m_2 = 0.9 m_1 + 0.1 g$.", "holds", None),
    ("$$m_t = 0.9 m_{t-1} + 0.1 g_t, \\qquad m_0 = 0$$\n\nTake $g_1 = 2$, $g_2 = 2$, so "
     "$m_1 = 0.2$ and $m_2 = 0.9 m_1 + 0.2 g_2$.", "fails", None),
    # a value changed in words since the example gave it ("moves w to", "업데이트하면"): the
    # example's old values are a guess; without the words, the step is checked at them
    ("Take $w = 2$, $x = 3$: $wx + 1 = 7$. One step moves $w$ to $1.5$, after which "
     "$wx + 1 = 5.5$.", "undecided", "says a value changed"),
    ("$w = 2$, $x = 3$ 일 때 $wx + 1 = 7$ 이고, 한 번 업데이트하면 $wx + 1 = 5.5$ 이다.",
     "undecided", "says a value changed"),
    ("Take $w = 2$, $x = 3$: $wx + 1 = 7$. Then $wx + 1 = 5.5$.", "fails", None),
    # Chinese and Korean verbs that change a setting to a number written bare ("若把 x 改为 4",
    # "x 를 4 로 늘리면", "调整为"): the example's values are a guess there
    ("$w = 2$，$x = 3$，$wx + 1 = 7$。若把 $x$ 改为 4，则 $wx + 1 = 9$。", "undecided",
     "says a value changed"),
    ("$w = 2$, $x = 3$ 일 때 $wx + 1 = 7$ 이고, $x$ 를 4 로 늘리면 $wx + 1 = 9$ 이다.",
     "undecided", "says a value changed"),
    ("$w = 2$，$x = 3$，$wx + 1 = 7$。学习率调整为 0.05 后 $wx + 1 = 9$。", "undecided",
     "says a value changed"),
    ("$w = 2$，$x = 3$，$wx + 1 = 7$。则 $wx + 1 = 9$。", "fails", None),
    # an equation of the names written after the change (the normal equations of new data)
    # leaves their values unwritten: still a guess; a name written equal to a number is the
    # new value, and the step is checked at it
    ("$a = 1$, $b = 2$ 이면 $3a + 5b = 13$.\n\n데이터가 $(2, 6)$ 으로 바뀌면 $3a + 3b = 10$, "
     "$3a + 5b = 15$ 가 된다.", "undecided", "says a value changed"),
    ("Take $a = 1$, $b = 2$: $3a + 5b = 13$. After the update the equations are $3a + 3b = 10$ "
     "and $3a + 5b = 15$.", "undecided", "says a value changed"),
    ("$a = 1$，$b = 2$，$3a + 5b = 13$。数据更新后，方程为 $3a + 3b = 10$，$3a + 5b = 15$。",
     "undecided", "says a value changed"),
    ("Take $a = 1$, $b = 2$: $3a + 5b = 13$. After the update $a = 2$, so $3a + 5b = 17$.",
     "fails", None),
    # a numbered entry of a function defined entry by entry (f(z)_j = ...): a value claimed
    # for that entry (f is read as unknown: undecided), never a new definition left silent
    ("Define $f(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$.\n\nFor $z = (0, 0)$, "
     "$f(z)_1 = 0.7$.", "undecided", "not defined"),
    ("$$g(x)_i = 2x_i$$\n\n$x = (1, 2)$ 일 때 $g(x)_2 = 5$ 이다.", "undecided", None),
    # a verb of change right before the formula says what the step's value becomes, worked
    # out from the values before it: checked at them ("becomes $L = ...$", "变为 $...$")
    ("Let $w = 2$ and $x = 3$. The loss becomes $L = (wx - 1)^2 = 16$.", "fails", None),
    ("设 $w = 2$, $x = 3$。损失变为 $L = (wx - 1)^2 = 16$。", "fails", None),
    ("Let $w = 2$, $x = 3$ and $g = wx$. The gradient becomes $g = 7$.", "fails", None),
    ("Let $w = 2$ and $x = 3$. The loss becomes $L = (wx - 1)^2 = 25$.", "holds", None),
    ("Take $w = 2$, $x = 3$: $wx + 1 = 7$. After one step $w$ becomes $1.5$, and "
     "$wx + 1 = 5.5$.", "undecided", "says a value changed"),
    # a vector defined as a whole (not a softmax) earlier on the step's own line: its entry
    # a_k is a guess
    ("If $a = \\tanh(Wz)$ then $\\log a_k = z_k + \\log\\sum_j e^{z_j}$.",
     "undecided", "defined as a whole on line 1"),
    # a name written again nearby with another formula (a table row for another layer):
    # which one a later step means is a guess; a number claimed for it is still checked
    ("| conv | $o = \\frac{i + 2p - k}{s} + 1$ |\n| transposed | $o = (i - 1)s - 2p + k$ |\n\n"
     "With $i = 4$, $k = 4$, $s = 2$, $p = 1$: $o = (4 - 1) \\cdot 2 - 2 + 4$.", "undecided",
     "line 2 gives it another value"),
    ("$$o = \\frac{i + 2p - k}{s} + 1$$\n\n$$o = 9$$\n\n"
     "With $i = 4$, $k = 4$, $s = 2$, $p = 1$: $o = 3 \\cdot 2$.", "fails", None),
    # capitals written together (output height OH, filter height FH) may be one name
    ("$$\\frac{32 + 2 \\cdot 2 - 5}{1} + 1 = 30$$", "fails", None),  # numbers only: decided
    ("Let $X = 2$, $W = 3$.\n\n$$XW + 1 = 5$$", "fails", None),  # numbers bound to each
    ("$X \\in \\mathbb{R}^{2 \\times 2}$, $W \\in \\mathbb{R}^{2 \\times 2}$\n\n"
     "$$XW = WX$$", "fails", None),  # declared matrices: a product, as written
    # `1/2m` is (1/2)·m by precedence, 1/(2m) as writers mean it: a guess, here and in a
    # definition the step reaches; an explicit \\frac or a spaced `1/2 \\sum` decides
    ("$J(w) = (1/2m) \\sum_{i=1}^{m} (w x_i - y_i)^2$\n\n"
     "$$\\frac{dJ}{dw} = (1/m) \\sum_{i=1}^{m} (w x_i - y_i) x_i$$", "undecided", "read as (1/2)·m"),
    ("With $m = 2$: $1/2m = 0.25$", "undecided", "if it means 1/(2m)"),
    ("$J(w) = \\frac{1}{2m} \\sum_{i=1}^{m} (w x_i - y_i)^2$\n\n"
     "$$\\frac{dJ}{dw} = \\frac{2}{m} \\sum_{i=1}^{m} (w x_i - y_i) x_i$$", "fails", None),
    ("$$\\frac{d}{dw} 1/2 \\sum_{i=1}^{3} (w x_i - y_i)^2 = 2 \\sum_{i=1}^{3} (w x_i - y_i) x_i$$",
     "fails", None),
    # the step's one `a/2m` read both ways (its only slash before a number, no \\frac): a step
    # that differs either way fails, and says so; one that holds the other way stays a guess
    ("With $m = 4$: $1/2m = 0.5$", "fails", None),
    ("With $m = 4$: $1/2m = 0.125$", "undecided", "if it means 1/(2m)"),
    ("$$\\nabla_w J = (1/2m)\\cdot 2X^\\top(Xw - y) = X^\\top(y - Xw)/m$$", "fails", None),
    ("$$\\nabla_w J = (1/2m)\\cdot 2X^\\top(Xw - y) = X^\\top(Xw - y)/m$$", "undecided",
     "if it means 1/(2m)"),
    ("$\\sigma = 2$ 이면 $1/2\\sigma^2 = 3$ 이다.", "fails", None),
    ("当 $\\sigma = 2$ 时 $1/2\\sigma^2 = 0.125$。", "undecided", "if it means"),
    # another slash before a number, or a \\frac, in the step: the other reading is not
    # written out, so the guess stays one
    ("With $m = 4$: $1/2m + (1/2)m = 0.5$", "undecided", "if it means 1/(2m)"),
    # a relation or a spacing command right after the number is no factor: nothing to guess
    ("即平均每步缩放到 $1/2.6\\approx 0.42$ 倍。", "fails", None),
    ("so each step is scaled by $1/2.6\\approx 0.38$.", "holds", None),
    ("배율은 $1/5\\simeq 0.3$ 이다.", "fails", None),
    ("where $\\sigma = 0.5$: $1/2\\sigma = 1$", "undecided", "if it means 1/(2\\sigma)"),
    # a side written only with names the text never gives a meaning, none on the other side:
    # what that side is (a set's size, a count named in prose), not a claim about any values
    ("where $S_g$ holds the $C/G$ channels of group $g$, so $|S_g| = (C/G)\\,H W$.",
     "undecided", "never defines"),
    ("그룹의 원소 수는 $\\lVert G \\rVert = m k$ 이다.", "undecided", "never defines"),
    ("每组元素个数：所以 $|T| = n/2$。", "undecided", "never defines"),
    # a name shared with the other side, or a name with a value, keeps the claim
    ("so $|x| = x + 1$", "fails", None),
    ("$C = 4$, $G = 2$, $H = W = 3$. So $(C/G) H W = 19$.", "fails", None),
])
def test_guessed_readings_are_undecided(text, verdict, reason):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if reason:
        assert reason in step.method, step.method


@pytest.mark.parametrize("text, verdict, reason", [
    # a function the text never defines, applied at different arguments on the two sides
    (r"$$\mathrm{Var}(a b) = \sum_{i=1}^{d} \mathrm{Var}(a_i b_i)$$", "undecided", None),
    (r"$$\mathrm{score}(a + b) = \mathrm{score}(a) + \mathrm{score}(b)$$", "undecided",
     "different arguments"),
    # a letter that usually names a function, before parentheses, read as a product (Φ is the
    # normal CDF, as σ the sigmoid: the density φ, and Ψ, stay unknown)
    (r"$$\Phi(-x) = 1 - \Phi(x)$$", "holds", None),
    (r"$$\Psi(-x) = 1 - \Psi(x)$$", "undecided", "read as Ψ times"),
    # (φ beside Φ in a step is the normal density: G' = Φ + xφ holds, test_notation)
    (r"$$G(x) = x \Phi(x)$$" "\n\n" r"$$G'(x) = \Phi(x) + x \phi(x)$$", "holds", None),
    # ... also in a definition the step reaches: the derivative at a point, by a definition
    # written with Ψ(x); a lower-case value times a bracket is read as written
    (r"$$\mathrm{GELU}(x) = x\,\Phi(x)$$" "\n\n" r"$$\mathrm{GELU}'(0) = 0.5$$", "holds", None),
    (r"$$G(x) = x\,\Psi(x)$$" "\n\n" r"$$G'(0) = 0.5$$", "undecided",
     "on line 1 read as Ψ times"),
    (r"$$G(x) = x\,\Phi(x)$$" "\n\n" r"$$G(2) = 2\Phi(2)$$", "holds", None),
    # (against 2a, not a number: G'(0) = 0.5 holds at a = 0.5, a claim at particular values)
    (r"$$G(x) = x\,a(x + 1)$$" "\n\n" r"$$G'(0) = 2a$$", "fails", None),
    (r"$$P(a + b) = 2 P(a)$$", "undecided", None),
    (r"$$a(1 - a) = a - 2a^2$$", "fails", None),  # a lower-case variable: a product, as written
    # the same arguments on both sides: wrong for a generic g, and said so
    (r"$$\frac{d}{dx} e^{g(x)} = g(x) e^{g(x)}$$", "fails", None),
    # a word read as one variable
    (r"$$1 - \tanh^2(u) = \operatorname{sech}^2 u$$", "holds", None),  # a known function word
    (r"$$\frac{u}{1 + |u|} = \operatorname{softsign} u + 1$$", "undecided", "one variable"),
    # agreeing at some points, opposite in sign at the others: holds where g > 0
    (r"$$\frac{\eta g}{\sqrt{t g^2}} = \frac{\eta}{\sqrt{t}}$$", "undecided", "g > 0"),
    ("With $g > 0$:\n\n" r"$$\frac{\eta g}{\sqrt{t g^2}} = \frac{\eta}{\sqrt{t}}$$", "holds",
     None),
    # cases that name the regions decide; so does a piecewise function that differs otherwise
    (r"$$\frac{d}{dr}|r| = \begin{cases} 1 & r > 0 \\ 1 & r < 0 \end{cases}$$", "fails", None),
    (r"$$\log(1 + e^{z}) = \max(0, z) + \log(1 + e^{-z})$$", "fails", None),
    # a gradient written for the active side of a hinge: undecided, naming why; a sign slip fails
    (r"$$L = \max(0, (a - p)^2 - (a - n)^2 + m)$$" "\n\n"
     r"$$\frac{\partial L}{\partial a} = 2(a - p) - 2(a - n)$$", "undecided", "switches a piece off"),
    (r"$$L = \max(0, (a - p)^2 - (a - n)^2 + m)$$" "\n\n"
     r"$$\frac{\partial L}{\partial p} = 2(a - p)$$", "fails", None),
    (r"$$\frac{d}{dz}\max(0, z) = 1$$", "undecided", "switches a piece off"),
    # a value bound earlier does not apply to a step whose cases range over the name
    ("For $r = 2$:\n\n$$r^2 = 4$$\n\nIn general,\n\n"
     r"$$\frac{d}{dr}|r| = \begin{cases} 1 & r > 0 \\ 1 & r < 0 \end{cases}$$", "fails", None),
])
def test_guesses_seen_in_the_values(text, verdict, reason):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if reason:
        assert reason in step.method, step.method


@pytest.mark.parametrize("text, verdict", [
    # an entry of a name defined as a whole, never defined itself: a guess
    (r"$$q = \tanh(Wz)$$" "\n\n" r"$$\log q_k = z_k - \log \sum_j e^{z_j} + 1$$",
     "undecided"),
    # a softmax defined as a whole: its entries are the vector's (definition.entry_of_whole)
    (r"$$q = \operatorname{softmax}(z)$$" "\n\n" r"$$\log q_k = z_k - \log \sum_j e^{z_j} + 1$$",
     "fails"),
    (r"$$q = \operatorname{softmax}(z)$$" "\n\n" r"$$\log q_k = z_k - \log \sum_j e^{z_j}$$",
     "holds"),
    # entries defined as a family: read exactly, so a wrong step fails
    (r"$$q_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$$" "\n\n" r"$$\log q_k = z_k - \log \sum_j e^{z_j} + 1$$",
     "fails"),
    (r"$$q_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$$" "\n\n" r"$$\log q_k = z_k - \log \sum_j e^{z_j}$$",
     "holds"),
])
def test_entries_of_a_whole(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


SWISH = ("$$f(x) = \\frac{x}{1 + e^{-x}}$$\n\n# Without the fraction\n\n"
         "$$f(x) = x e^{x} (1 + e^{x})$$\n\n# Values\n\n")


@pytest.mark.parametrize("text, expected", [
    # f given another closed form in a later section: a new meaning or a (wrong) restatement?
    # Steps that read f there can hold but not fail, and say which line's meaning they used
    (SWISH + "$$f(1) = 0.7311$$", ["undecided"]),
    (SWISH + "$$f(0) = 0$$", ["holds"]),  # both meanings agree
    (SWISH + "$$2 \\times 0.7311 = 1.6$$", ["fails"]),  # a step without f still fails
    # the same restatement in the same section is checked: the wrong form fails there
    ("$$f(x) = \\frac{x}{1 + e^{-x}}$$\n\n$$f(x) = x e^{x} (1 + e^{x})$$", ["fails"]),
    # restated nearby in the section that gave the new meaning: checked against it
    (SWISH + "$$g(x) = x$$\n\n$$g(2) = 3$$", ["fails"]),
])
def test_a_meaning_given_in_a_later_section_is_a_guess(text, expected):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == expected, steps
    if expected == ["undecided"]:
        assert "meaning line 5" in steps[0].method, steps[0].method


_SOFT = ("$$J(w) = \\frac{1}{2}(w - u)^2 + \\lambda |w|, \\qquad \\lambda > 0$$\n\n")
_CASES = ("\\begin{cases} u - \\lambda & u > \\lambda \\\\ 0 & |u| \\le \\lambda \\\\ "
          "u + \\lambda & u < -\\lambda \\end{cases}")


@pytest.mark.parametrize("text, verdict", [
    # cases whose conditions overlap where λ < 0 (u > λ and u < -λ) mean nothing there: the
    # sides agree wherever the cases are a partition, with the bound stated beside or not
    (_SOFT + f"$$S(u) = {_CASES} = \\mathrm{{sign}}(u)\\max(|u| - \\lambda, 0)$$", "holds"),
    (f"$$S(u) = {_CASES} = \\mathrm{{sign}}(u)\\max(|u| - \\lambda, 0)$$", "holds"),
    # a bound stated beside another formula (λ > 0): sides that agree only under it are a guess
    (_SOFT + "$$|\\lambda| + \\max(u, \\lambda) = \\lambda + \\max(u, |\\lambda|)$$", "undecided"),
    # without the bound in the text, the same step is decided as read
    ("$$|\\lambda| + \\max(u, \\lambda) = \\lambda + \\max(u, |\\lambda|)$$", "fails"),
    # and a step wrong under the bound too still fails
    (_SOFT + f"$$S(u) = {_CASES} = \\mathrm{{sign}}(u)\\max(|u| + \\lambda, 0)$$", "fails"),
])
def test_a_bound_stated_beside_another_formula(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


_RELU = ("## 1. Leaky ReLU\n\n$$f(x) = \\begin{cases} x & x > 0 \\\\ a x & x \\le 0 \\end{cases}, "
         "\\qquad a = 0.01$$\n\n## 2. ELU ($\\alpha = 1$)\n\n$$f(x) = \\begin{cases} x & x > 0 "
         "\\\\ \\alpha(e^{x} - 1) & x \\le 0 \\end{cases}$$\n\nAt $x = -2$: ")
_CUBE = "## 1. 제곱\n\n$$g(x) = x^2$$\n\n$g(3) = 9$ 이다.\n\n## 2. 세제곱\n\n$$g(x) = x^3$$\n\n예: "
_SQUARE = "## 一、线性模型\n\n$$h(w) = 2w + 1$$\n\n## 二、二次模型\n\n$$h(w) = w^2 + 1$$\n\n代入 $w = 3$ 得 "


@pytest.mark.parametrize("text, verdict, older", [
    # a name given a whole new definition in a later section: the new meaning, or the old
    # one restated? A step wrong under both fails, and says it was read both ways
    (_RELU + "$f(-2) = e^{-2}$.", "fails", "line 3"),
    (_RELU + "$f(-2) = e^{-2} - 1$.", "holds", None),  # the new meaning (ELU)
    (_RELU + "$f(-2) = -0.02$.", "undecided", None),  # the old one (Leaky ReLU)
    (_CUBE + "$g(2) = 6$.", "fails", "line 3 as x^2"),
    (_CUBE + "$g(2) = 8$.", "holds", None),
    (_CUBE + "$g(2) = 4$.", "undecided", None),
    (_SQUARE + "$h(3) = 9$。", "fails", "line 3 as 2·w + 1"),
    (_SQUARE + "$h(3) = 10$。", "holds", None),
    (_SQUARE + "$h(3) = 7$。", "undecided", None),
    # the name written again as a whole after the new definition (a third meaning, or the
    # step restating one): the two definitions are not its only readings
    ("## Step decay\n\n$$\\eta(e) = \\eta_0 \\cdot 0.5^{e}$$\n\n## Exponential decay\n\n"
     "$$\\eta(e) = \\eta_0 e^{-k e}$$\n\nA per-epoch factor $\\gamma$ gives the same shape, "
     "$\\eta(e) = \\eta_0\\gamma^e$; with $\\eta_0 = 0.1$, $\\gamma = 0.95$ we get "
     "$\\eta(20) = 0.1 \\cdot 0.95^{20}$.", "undecided", None),
    ("## 1. 제곱\n\n$$g(x) = x^2$$\n\n## 2. 세제곱\n\n$$g(x) = x^3$$\n\n같은 모양을 "
     "$g(x) = 3x$ 로도 쓰면 $g(2) = 3 \\cdot 2$.", "undecided", None),
    ("## 一、线性\n\n$$h(w) = 2w + 1$$\n\n## 二、二次\n\n$$h(w) = w^2 + 1$$\n\n换成同样形状的 "
     "$h(w) = 3w$ 时 $h(3) = 3 \\cdot 3$。", "undecided", None),
    (_SQUARE + "$h(w) = 3w$。", "undecided", None),  # the step is itself a definition's shape
    # a name used freely, then defined: its older reading is no definition, so no failure
    ("$$(y + 1)^2 = y^2 + 2y + 1$$\n\n$$(y - 1)^2 = y^2 - 2y + 1$$\n\n"
     "$$y(y + 2) = y^2 + 2y$$\n\n$$y = 2w$$\n\n$$y^2 = 4w^2 + 1$$", "undecided", None),
])
def test_a_step_wrong_under_both_meanings_fails(text, verdict, older):
    step = check_text(text).steps[-1]
    assert step.verdict in verdict.split(), step
    if older:
        assert "either with" in step.diagnosis and older in step.diagnosis, step.diagnosis
        assert "fails under both readings" in step.diagnosis, step.diagnosis


_LAYER = ("$$o = (i + 2p - k)/s + 1$$\n\nFor the transposed layer, $$o = (i - 1)s - 2p + k$$\n\n"
          "With $i = 5$, $k = 3$, $p = 1$, $s = 2$: ")
_SPECIAL = "$$n = a + b$$\n\n특수한 경우 $$n = a - b$$\n\n$a = 5$, $b = 2$ 이면 "
_RESTATED = "$$r = 2q + 1$$\n\n$$r = q + 4$$\n\n取 $q = 1$，则 "


@pytest.mark.parametrize("text, verdict", [
    # a defined name given another value further on (another layer's row, a special case, a
    # restatement that fails): later steps may mean either; wrong under both, they fail
    (_LAYER + "$2o + 1 = 15$.", "fails"),
    (_LAYER + "$2o + 1 = 7$.", "holds"),  # the definition
    (_LAYER + "$2o + 1 = 19$.", "undecided"),  # the other row's value
    (_SPECIAL + "$n^2 = 16$ 이다.", "fails"),
    (_SPECIAL + "$n^2 = 49$ 이다.", "holds"),
    (_SPECIAL + "$n^2 = 9$ 이다.", "undecided"),
    (_RESTATED + "$3r = 10$。", "fails"),
    (_RESTATED + "$3r = 9$。", "holds"),
    (_RESTATED + "$3r = 15$。", "undecided"),
    # the name itself written again after the contested line: a value of its own, no verdict
    (_LAYER + "$o = 7$, so $2o + 1 = 15$.", "holds undecided"),
])
def test_a_step_wrong_under_both_values_fails(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict in verdict.split(), step
    if verdict == "fails":
        assert "gives it" in step.diagnosis and "fails under both readings" in step.diagnosis, \
            step.diagnosis


@pytest.mark.parametrize("before, condition", [
    ("온도가 1일 때", True),
    ("온도가 1일 때는", True),  # a topic particle after the cue
    ("입력이 음수인 경우에는", True),
    ("배치 크기가 1인 경우엔", True),
    ("미분하면", False),  # a procedure, not a state
    ("이때는", False),
    ("当 $k$ 取 1 时，", True),  # a number before 时
    ("当 $x$ 为 0 的时候，", True),
    ("当模型对称时，", True),
    ("此时", False),
])
def test_conditions_in_words(before, condition):
    from checker.derive.certainty import said_in_words
    assert bool(said_in_words((), before, False)) is condition


# one curve per section for the same name (q = 1 + sin t, q = 3 cos t, q = sin 3t): a later
# section may go back to any of them, so a step holding under any older meaning is a guess,
# and one wrong under every meaning still fails
_CURVES = ("## 1. First curve $q = 1 + \\sin t$\n\nIts area.\n\n## 2. Second curve $q = 3\\cos t$"
           "\n\nIts area.\n\n## 3. Third curve $q = \\sin 3t$\n\nIts area.\n\n"
           "## 4. Back to the first curve\n\n")


@pytest.mark.parametrize("text, verdict", [
    (_CURVES + "$q' = \\cos t$, so $q^2 + q'^2 = 2 + 2\\sin t$.", "undecided"),
    (_CURVES + "$q' = 3\\cos 3t$.", "holds"),  # the meaning in force
    (_CURVES + "$q' = -3\\sin t$.", "undecided"),  # the second curve's
    (_CURVES + "$q' = 2\\cos t$.", "fails"),  # no curve's
])
def test_a_step_is_read_under_every_older_meaning(text, verdict):
    steps = check_text(text).steps
    assert steps and all(s.verdict == verdict for s in steps), steps
    if verdict == "fails":
        assert "every reading" in steps[-1].diagnosis, steps[-1].diagnosis


_THROUGH = ("The loss is $L = \\frac12(\\hat y - y)^2$ and $h \\in \\mathbb{R}^2$. We are told "
            "$\\frac{\\partial L}{\\partial h} = (-1,\\ 3)$, and we set $g = \\frac{\\partial L}"
            "{\\partial h} \\odot m$ with $m = (0,\\ 1)$.\n\n$$%s$$")


@pytest.mark.parametrize("formula, verdicts", [
    # a stated ∂L/∂h that L's definition does not reach, read through g's definition: a guess
    # (as read, ∂L/∂h is 0), never a failure; the arithmetic after it is still checked
    ("2g = (0,\\ 6)", ["undecided"]),
    ("2g = (0,\\ 6) = (0,\\ 5)", ["undecided", "fails"]),
])
def test_a_stated_derivative_reached_through_a_definition(formula, verdicts):
    steps = [s for s in check_text(_THROUGH % formula).steps if s.line == 3]
    assert [s.verdict for s in steps] == verdicts, steps


@pytest.mark.parametrize("right, verdict", [("(0,\\ 6)", "holds"), ("(0,\\ 5)", "fails")])
def test_a_derivative_the_definition_reaches_is_checked_through_it(right, verdict):
    # wrong twin: L defined in terms of h, so g's ∂L/∂h is derived, no guess: 2g is (0, 6)
    text = ("The loss is $L = \\frac12 h^\\top h$ with $h \\in \\mathbb{R}^2$ and $h = (-1,\\ 3)$, "
            "and we set $g = \\frac{\\partial L}{\\partial h} \\odot m$ with $m = (0,\\ 1)$.\n\n"
            f"$$2g = {right}$$")
    assert [s.verdict for s in check_text(text).steps if s.line == 3] == [verdict]
