"""The walk from a tree to its value (walker.py): rows about what a name stands for inside a
derivative. A member of a family the worked example gave a value (ŷ = (1, 2, 3) with
ŷ_i = wx_i + b) stands for its family's definition there, so ∂L/∂w reaches w through it and
the stated gradient is derived at the example's values, not taken as given; beside the
derivative, in the same step, it stands for that definition too (both sides speak of one s_1)."""

import pytest

from checker.derive.document import check_text

_MSE = ("The model is $\\hat{y}_i = w x_i + b$ and the loss "
        "$L = \\frac{1}{m}\\sum_i (\\hat{y}_i - y_i)^2$.\n\n"
        "Data: $x = (1, 2, 3)$, $y = (2, 3, 5)$, start at $w = 1$, $b = 0$, $m = 3$.\n\n"
        "Predictions: $\\hat{y} = (1, 2, 3)$.\n\n$$%s$$")
_KO = ("모델 $ŷ_i = w x_i + b$, 손실 $L = (1/m) Σ_i (ŷ_i - y_i)^2$\n\n"
       "데이터: $x = (1, 2, 3)$, $y = (2, 3, 5)$, 초기값 $w = 1$, $b = 0$, $m = 3$\n"
       "- 예측: $ŷ = (1, 2, 3)$\n- 손실: $L = (1 + 1 + 4)/3 = 2$\n- $%s$\n")
# the inputs' values were given in an earlier section only: the member's value is the one the
# text gives, its definition cannot be evaluated here (as before: taken as given, never fails)
_STALE = ("## Forward\n\n$z = (2, 1)$.\n\n$$p_i = \\frac{e^{z_i}}{e^{z_1} + e^{z_2}}$$\n\n"
          "$$p_1 = 0.731, \\quad p_2 = 0.269$$\n\nWith $y = (1, 0)$: "
          "$$L = -\\sum_i y_i \\log p_i$$\n\n## Backward\n\n$$%s$$")


@pytest.mark.parametrize("text, verdicts", [
    (_MSE % "\\frac{\\partial L}{\\partial w} = \\frac{2}{3}(-1 \\cdot 1 - 1 \\cdot 2 - 2 \\cdot 3)",
     ["holds"]),
    (_MSE % "\\frac{\\partial L}{\\partial w} = \\frac{1}{3}(-1 \\cdot 1 - 1 \\cdot 2 - 2 \\cdot 3)",
     ["fails"]),  # the 2 of the square dropped
    (_MSE % "\\frac{\\partial L}{\\partial b} = \\frac{2}{3}(-1 - 1 - 2)", ["holds"]),
    (_MSE % "\\frac{\\partial L}{\\partial b} = \\frac{2}{3}(-1 \\cdot 1 - 1 \\cdot 2 - 2 \\cdot 3)",
     ["fails"]),  # ∂L/∂w's value for ∂L/∂b
    (_KO % "∂L/∂w = (2/3)*(-1*1 - 1*2 - 2*3) = -6", ["holds", "holds", "holds", "holds"]),
    (_KO % "∂L/∂w = (1/3)*(-1*1 - 1*2 - 2*3) = -3", ["holds", "holds", "fails", "holds"]),
    (_STALE % "\\frac{\\partial L}{\\partial z_2} = 0.269", None),
    (_STALE % "\\frac{\\partial L}{\\partial z_2} = 0.5", None),
])
def test_a_member_given_a_value_stands_for_its_definition_inside_a_derivative(text, verdicts):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs] if verdicts is None or \
        len(verdicts) == 1 else list(check_text(text).steps)
    shown = [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]
    if verdicts is None:  # the inputs have no value here: never a failure
        assert steps and all(s.verdict != "fails" for s in steps), shown
        return
    assert [s.verdict for s in steps] == verdicts, shown


# a name with a letter index given a value as written (`d_k = 4`, `T_w = 500`, `n_{in} = 3`)
# is that name in the steps after it, not the member its index letter would pick (d_2);
# inside a sum over the letter, x_i stays the family's member
@pytest.mark.parametrize("text, verdicts", [
    ("Three tokens, $d_k = 4$. We scale by $1/\\sqrt{d_k} = 1/2$.", ["holds"]),
    ("Three tokens, $d_k = 4$. We scale by $1/\\sqrt{d_k} = 1/4$.", ["fails"]),
    ("워밍업 $T_w = 500$, 전체 $T = 10500$ 이면 $T - T_w = 10000$ 이다.", ["holds"]),
    ("워밍업 $T_w = 500$, 전체 $T = 10500$ 이면 $T - T_w = 1000$ 이다.", ["fails"]),
    ("设 $\\sigma_B = 2$，$\\epsilon = 0$，则 $\\sqrt{\\sigma_B^2 + \\epsilon} = 2$。", ["holds"]),
    ("设 $\\sigma_B = 2$，$\\epsilon = 0$，则 $\\sqrt{\\sigma_B^2 + \\epsilon} = 4$。", ["fails"]),
    ("Let $x_i = 3$. Then $\\sum_{i=1}^{3} x_i = 9$.", ["undecided"]),  # members: no values
    # so even when the member a stand-in letter would pick has a value (R_L is no R_2)
    (("Take $R_1 = 4$, $R_2 = 10$ and a load $R_L = 5$, $V_L = 10$.\n\n"
     "Power: $P = V_L^2 / R_L = 100/5 = 20$."), ["holds", "holds"]),
    (("Take $R_1 = 4$, $R_2 = 10$ and a load $R_L = 5$, $V_L = 10$.\n\n"
     "Power: $P = V_L^2 / R_L = 100/4 = 25$."), ["fails", "holds"]),
    ("저항 $R_1 = 2$, $R_2 = 3$, 부하 $R_L = 6$ 이면 $R_L / R_1 = 3$ 이다.", ["holds"]),
    ("저항 $R_1 = 2$, $R_2 = 3$, 부하 $R_L = 6$ 이면 $R_L / R_1 = 1.5$ 이다.", ["fails"]),
])
def test_a_name_bound_with_its_index_letter_is_that_name(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


def test_a_tuple_bound_with_its_index_letter_stays_unoriented():
    # y_B = (2, 5) has no orientation; read as a row beside the column X_B w it would not
    # conform: the step must not fail (it stays as before, undecided)
    text = ("$X_{\\mathcal{B}} = \\begin{bmatrix} 1 & 1 \\\\ 1 & 3 \\end{bmatrix}$, "
            "$y_{\\mathcal{B}} = (2, 5)$, $w = (0, 1)$.\n\n"
            "残差 $X_{\\mathcal{B}}w - y_{\\mathcal{B}} = (-1, -2)$。")
    assert "fails" not in [s.verdict for s in check_text(text).steps]


# a name with a letter index declared with a shape of its own (a minibatch X_B ∈ ℝ^{B×d}, a
# layer's W_1, a class's w_k) is that matrix as written, not the member its index letter
# would pick (X_2, of no shape), and its index letter stays the size it names (1/B)
BATCH = ("For a minibatch $X_B \\in \\mathbb{R}^{B \\times d}$ with targets "
         "$\\mathbf{y}_B \\in \\mathbb{R}^{B}$ and weights $\\mathbf{w} \\in \\mathbb{R}^{d}$, "
         "$$\\mathcal{L}(\\mathbf{w}) = \\frac{1}{B}\\lVert X_B\\mathbf{w} - "
         "\\mathbf{y}_B\\rVert^2$$\n\n")
LAYER = ("设 $W_1 \\in \\mathbb{R}^{n \\times h}$，$X \\in \\mathbb{R}^{m \\times n}$，"
         "$Z_1 = XW_1$。\n\n")
TEST = ("테스트 집합 $X_T \\in \\mathbb{R}^{T \\times d}$, 가중치 $w \\in \\mathbb{R}^{d}$.\n\n")
# a lowercase index is a family's (e_k one-hot at k beside E_{k,:}): never read as one
# generic declared vector, which would fail a correct lookup
EMBEDDING = ("词表大小 $V$，嵌入矩阵 $E\\in\\mathbb{R}^{V\\times d}$。第 $k$ 个词的 one-hot 向量"
             "记为 $\\boldsymbol{e}_k\\in\\mathbb{R}^{V}$，则\n\n")
EXAMPLE = ("一个小批量含 $b$ 个样本，$X_{\\mathcal{B}} \\in \\mathbb{R}^{b \\times d}$，"
           "$y_{\\mathcal{B}} \\in \\mathbb{R}^{b}$。\n\n## 手算一步\n\n"
           "$X_{\\mathcal{B}} = \\begin{bmatrix} 1 & 1 \\\\ 1 & 3 \\end{bmatrix}$，"
           "$y_{\\mathcal{B}} = (2, 5)$，$w = (0, 1)$。\n\n")
EXAMPLE_EN = ("For a batch $X_S \\in \\mathbb{R}^{n \\times 2}$ with targets $t_S \\in "
              "\\mathbb{R}^{n}$.\n\n## Example\n\n$X_S = \\begin{bmatrix} 2 & 0 \\\\ 1 & 1 "
              "\\\\ 0 & 1 \\end{bmatrix}$, $t_S = (1, 1, 2)$, $w = (1, -1)$.\n\n")
NORMAL = ("令 $X \\in \\mathbb{R}^{m \\times 2}$，$y \\in \\mathbb{R}^m$。\n\n"
          "取 4 个样本：$x = (1, 2, 3, 4)$，$y = (3, 4, 8, 9)$。拟合直线为 $\\hat{y} = 0.5 + 2.2x$。\n\n")


@pytest.mark.parametrize("text, verdicts", [
    (BATCH + "$$\\nabla_{\\mathbf{w}}\\mathcal{L} = \\frac{2}{B}X_B^\\top(X_B\\mathbf{w} - "
     "\\mathbf{y}_B)$$", ["holds"]),
    (BATCH + "$$\\nabla_{\\mathbf{w}}\\mathcal{L} = \\frac{2}{B}X_B^\\top(X_B\\mathbf{w} + "
     "\\mathbf{y}_B)$$", ["fails"]),
    (BATCH + "Expanding, $\\lVert X_B\\mathbf{w} - \\mathbf{y}_B\\rVert^2 = "
     "\\mathbf{w}^\\top X_B^\\top X_B\\mathbf{w} - 2\\mathbf{y}_B^\\top X_B\\mathbf{w} + "
     "\\mathbf{y}_B^\\top\\mathbf{y}_B$", ["holds"]),
    (BATCH + "Expanding, $\\lVert X_B\\mathbf{w} - \\mathbf{y}_B\\rVert^2 = "
     "\\mathbf{w}^\\top X_B^\\top X_B\\mathbf{w} - \\mathbf{y}_B^\\top X_B\\mathbf{w} + "
     "\\mathbf{y}_B^\\top\\mathbf{y}_B$", ["fails"]),
    (LAYER + "$$Z_1^\\top = W_1^\\top X^\\top$$", ["holds"]),
    (LAYER + "$$Z_1^\\top = X^\\top W_1^\\top$$", ["fails"]),
    (TEST + "$$\\frac{\\partial}{\\partial w} \\lVert X_T w\\rVert^2 = 2X_T^\\top X_T w$$",
     ["holds"]),
    (TEST + "$$\\frac{\\partial}{\\partial w} \\lVert X_T w\\rVert^2 = 2X_T X_T^\\top w$$",
     ["fails"]),
    (EMBEDDING + "$$\\boldsymbol{e}_k^\\top E = E_{k,:}$$", ["undecided"]),
    # a name declared a column (y_B ∈ ℝ^b) and given as a row for the example is that
    # column (the declared shape wins), beside the declared matrix
    (EXAMPLE + "残差 $X_{\\mathcal{B}}w - y_{\\mathcal{B}} = (-1, -2)$。", ["holds"]),
    (EXAMPLE + "残差 $X_{\\mathcal{B}}w - y_{\\mathcal{B}} = (-1, -3)$。", ["fails"]),
    (EXAMPLE_EN + "Residual $X_S w - t_S = (1, -1, -3)$.", ["holds"]),
    (EXAMPLE_EN + "Residual $X_S w - t_S = (1, 1, -3)$.", ["fails"]),
    # a tuple bound to a declared column keeps no orientation beside another tuple (ŷ =
    # 0.5 + 2.2x with x = (1, 2, 3, 4)): entry by entry, never broadcast to a square
    (NORMAL + "残差 $y - \\hat{y} = (0.3, -0.9, 0.9, -0.3)$。", ["holds"]),
    (NORMAL + "残差 $y - \\hat{y} = (0.3, -0.9, 0.9, 0.3)$。", ["fails"]),
])
def test_a_declared_name_is_read_at_its_declared_shape(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


# s_i = e^{z_i}/Σ_k e^{z_k}, then the example's s ≈ (0.659, 0.242, 0.099): in a step that
# differentiates, s_1 beside the derivative is read through the family's definition as inside
# it (walker.beside_derivative), so the Jacobian's entries are derived, not left undecided
_JAC_EN = ("Write $s_i = \\dfrac{e^{z_i}}{\\sum_k e^{z_k}}$. With $z = (2, 1, 0.1)$: "
           "$s \\approx (0.659, 0.242, 0.099)$, and $%s$.")
_JAC_KO = ("소프트맥스 $p_i = \\frac{e^{z_i}}{e^{z_1} + e^{z_2}}$, 로짓 $z = (1, 0)$ 에서 "
           "$p \\approx (0.731, 0.269)$ 이고 $%s$ 이다.")
_JAC_ZH = ("令 $a_j = \\frac{e^{o_j}}{\\sum_k e^{o_k}}$，取 $o = (0, 0, 0)$，则 "
           "$a = (1/3, 1/3, 1/3)$，且 $%s$。")


@pytest.mark.parametrize("text, verdict", [
    (_JAC_EN % "\\partial s_1/\\partial z_1 = s_1(1 - s_1)", "holds"),
    (_JAC_EN % "\\partial s_1/\\partial z_2 = -s_1 s_2", "holds"),
    (_JAC_EN % "\\partial s_1/\\partial z_2 = s_1 s_2", "fails"),
    (_JAC_KO % "\\frac{\\partial p_2}{\\partial z_2} = p_2(1 - p_2)", "holds"),
    (_JAC_KO % "\\frac{\\partial p_2}{\\partial z_2} = p_2(1 + p_2)", "fails"),
    (_JAC_ZH % "\\frac{\\partial a_1}{\\partial o_3} = -a_1 a_3", "holds"),
    (_JAC_ZH % "\\frac{\\partial a_1}{\\partial o_3} = -a_1", "fails"),
])
def test_a_member_given_a_value_stands_for_its_definition_beside_a_derivative(text, verdict):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


# the start of a recurrence the text gives a value (h_0 = 0, v_0 = 1, s_0 = 2) is a number of
# its own, not an unknown function of what the text differentiates its family by (∂h_t/∂a_t
# with a letter index makes every member of h "differentiated"): steps through it are decided
_RNN = ("Scalar RNN: $$h_t = \\tanh(w\\,h_{t-1} + u\\,x_t),\\qquad h_0 = 0$$\n\n"
        "Let $a_t = w h_{t-1} + u x_t$, so $\\partial h_t/\\partial a_t = 1 - h_t^2$.\n\n"
        "Chain rule: $$%s$$\n")
_MOMENTUM = ("모멘텀: $v_t = \\beta v_{t-1} + g_t$, 초기값 $v_0 = 1$ 이다.\n\n"
             "$$\\frac{\\partial v_t}{\\partial g_t} = 1$$\n\n그러면 $%s$ 이다.\n")
_GATE = ("递推 $s_t = \\sigma(a s_{t-1} + b x_t)$，初始 $s_0 = 2$。\n\n"
         "$$\\frac{\\partial s_t}{\\partial s_{t-1}} = a s_t (1 - s_t)$$\n\n于是 $$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_RNN % "\\frac{\\partial h_1}{\\partial w} = (1 - h_1^2) h_0", "holds"),
    (_RNN % "\\frac{\\partial h_1}{\\partial w} = (1 - h_1^2) x_1", "fails"),
    (_RNN % "\\frac{\\partial h_2}{\\partial u} = (1 - h_2^2)(x_2 + w(1 - h_1^2)x_1)", "holds"),
    (_RNN % "\\frac{\\partial h_2}{\\partial u} = (1 - h_2^2)(x_2 + (1 - h_1^2)x_1)",
     "fails"),  # the path through h_1 carries w
    (_MOMENTUM % "\\frac{\\partial v_2}{\\partial \\beta} = v_1 + \\beta v_0", "holds"),
    (_MOMENTUM % "\\frac{\\partial v_2}{\\partial \\beta} = v_1", "fails"),  # β v_0 dropped
    (_GATE % "\\frac{\\partial s_1}{\\partial a} = s_1 (1 - s_1) s_0", "holds"),
    (_GATE % "\\frac{\\partial s_2}{\\partial b} = s_2 (1 - s_2)(x_2 + a s_1 (1 - s_1) x_1)",
     "holds"),
    (_GATE % "\\frac{\\partial s_2}{\\partial b} = s_2 (1 - s_2)(x_2 + s_1 (1 - s_1) x_1)",
     "fails"),
    # a loss the text never defines stays undecided, its start given or not
    (("RNN $h_t = \\tanh(W h_{t-1} + U x_t)$, with $h_0 = 0$.\n\n"
     "$$\\frac{\\partial L}{\\partial h_0} = W \\frac{\\partial L}{\\partial h_1}$$\n"), "undecided"),
])
def test_a_given_start_of_a_recurrence_is_a_number_of_its_own(text, verdict):
    _last_step_is(text, verdict)


def _last_step_is(text: str, verdict: str) -> None:
    """The text's last step gets `verdict`, every step before it holds."""
    steps = check_text(text).steps
    assert steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]
    assert all(s.verdict == "holds" for s in steps[:-1]), [(s.lhs, s.verdict) for s in steps]


# a letter that is a label's index in one name (the rate η_v of a velocity v) and the name of
# a vector bound to a tuple elsewhere: inside a formula that writes both, v is the vector,
# never the stand-in value an index letter takes
_LABEL = ("Points $u_1 = (2, 0)$, $u_2 = (0, 4)$, velocity $v = (1, 3)$, rate $\\eta_v = 0.5$.\n\n"
          "$$s = \\frac{\\sum_i (v - u_i)}{2} = (0,\\ 1)$$\n\n$$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_LABEL % "\\eta_v s = (0,\\ 0.5)", "holds"),
    (_LABEL % "\\eta_v s = (0,\\ 1)", "fails"),
    (_LABEL % "v - \\eta_v s = (1,\\ 2.5)", "holds"),
    (_LABEL % "v - \\eta_v s = (1,\\ 2)", "fails"),
])
def test_a_vector_named_by_a_labels_letter_stays_the_vector(text, verdict):
    _last_step_is(text, verdict)


# -- the meanings one walk finds (Walker.meaning): asked once per name and line, read anew by
# the next formula's walk, after the text has given the name another meaning
def test_one_walk_asks_each_meaning_once(monkeypatch):
    from checker.derive import dependence

    asked = []
    real = dependence.definition
    monkeypatch.setattr(dependence, "definition",
                        lambda ctx, sym, *rest, **kw: asked.append(sym.name) or
                        real(ctx, sym, *rest, **kw))
    steps = check_text("Let $a = 2x$ and $b = a^2$. Then $a b + a = 8x^3 + 2x$.\n").steps
    assert [s.verdict for s in steps] == ["holds"]
    # a at the step's line and at b's (inside b's body), however often written or visited
    # (19 questions, 4 of them a's, before each walk kept what it found)
    assert asked.count("a") == 2 and asked.count("b") == 1 and len(asked) <= 8, asked


@pytest.mark.parametrize("right, wrong", [
    pytest.param(
     "Let $a = 2x$, so $a + a^2 = 2x + 4x^2$.\n\n## Next\n\n"
     "Let $a = 3x$, so $a + a^2 = 3x + 9x^2$.\n",
     "Let $a = 2x$, so $a + a^2 = 2x + 4x^2$.\n\n## Next\n\n"
     "Let $a = 3x$, so $a + a^2 = 3x + 6x^2$.\n",
     id="a name given a new meaning: the next walk reads it (en)"),
    pytest.param(
     "令 $u = x + 1$，则 $u^2 - u = x^2 + x$。\n\n## 下一节\n\n"
     "令 $u = x - 1$，则 $u^2 - u = x^2 - 3x + 2$。\n",
     "令 $u = x + 1$，则 $u^2 - u = x^2 + x$。\n\n## 下一节\n\n"
     "令 $u = x - 1$，则 $u^2 - u = x^2 - x$。\n",
     id="a name given a new meaning: the next walk reads it (zh)"),
])
def test_a_new_meaning_is_read_by_the_next_walk(right, wrong):
    from tests.derive.twins import check_twins

    check_twins(right, wrong)  # the correct one never fails, its wrong twin does


def test_one_walk_asks_an_unknowns_arguments_once(monkeypatch):
    from checker.derive import application, dependence

    asked, walk = [], [None]
    real, params = dependence.arguments, application.parameters

    def parameters(w, sym, stack):  # (each walk keeps its answers in its own table)
        walk[0] = id(w.meanings)
        return params(w, sym, stack)

    monkeypatch.setattr(application, "parameters", parameters)
    monkeypatch.setattr(dependence, "arguments", lambda ctx, sym, *rest: asked.append(
        (walk[0], sym.name)) or real(ctx, sym, *rest))
    text = ("Let $\\hat{y} = wx + b$.\n\n"
            "$$\\frac{\\partial L}{\\partial w} + \\frac{\\partial L}{\\partial b} = "
            "\\frac{\\partial L}{\\partial \\hat{y}}(x + 1)$$\n")
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == ["holds"], [(s.lhs, s.method) for s in steps]
    assert asked and len(asked) == len(set(asked)), asked  # L three times: asked once a walk


# a name with a free index letter defined as written, no family (`c_t = f p + i g`: one step t
# of a cell), and differentiated by: once the slope is taken, it stands for that definition
# again at the example's values (it was read as c_2, a member with no value: undecided)
_CELL_EN = ("Cell: $c_t = f\\, p + i\\, g$ and $h = o \\tanh(c_t)$.\n\n"
            "Numbers: $p = 0.5$, $f = 0.8$, $i = 0.6$, $g = 0.4$, $o = 0.9$.\n\n$%s$\n")
_CELL_KO = ("셀 상태 $s_k = a u + b$, 출력 $y = 2\\sigma(s_k)$ 이다. 값은 $a = 2$, $u = 0.5$, "
            "$b = -1$ 이다.\n\n그러면 $%s$ 이다.\n")
_CELL_ZH = ("令 $m_j = w x + 1$，$q = m_j^3$。取 $w = 0.5$，$x = 2$。\n\n于是 $%s$。\n")


@pytest.mark.parametrize("text, verdict", [
    (_CELL_EN % "\\partial h/\\partial c_t \\approx 0.9\\,(1 - 0.5649^2)", "holds"),
    (_CELL_EN % "\\partial h/\\partial c_t \\approx 0.9\\,(1 - 0.5649)", "fails"),  # not squared
    (_CELL_KO % "\\frac{\\partial y}{\\partial s_k} = 2 \\cdot 0.5 \\cdot 0.5", "holds"),
    (_CELL_KO % "\\frac{\\partial y}{\\partial s_k} = 0.5 \\cdot 0.5", "fails"),  # the 2 dropped
    (_CELL_ZH % "\\frac{\\partial q}{\\partial m_j} = 3 \\cdot 2^2", "holds"),
    (_CELL_ZH % "\\frac{\\partial q}{\\partial m_j} = 2^3", "fails"),  # q's value for the slope
])
def test_a_name_defined_with_its_index_letter_is_released_through_that_definition(text, verdict):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
