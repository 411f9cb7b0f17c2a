"""Subscripts (script.py): an index written as an expression in several letters (`x_{i+k}`,
`X_{i+a,j+b}`, `δ_{t-i+1}`, `b_{4-k}`) is an index expression on the family: at concrete
index values it names the member at the expression's value, so a sum over a known range
reaches concrete members and a correct step holds, its wrong twin fails."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression
from checker.derive.tree import Compound, Shift, Sym, walk


def index_of(tex: str) -> tuple[str, ...]:
    syms = [n for n in walk(parse_expression(tex)) if isinstance(n, Sym)]
    return syms[0].index


@pytest.mark.parametrize("tex, index, kinds", [
    ("x_{i+k}", ("i+k",), (Compound,)),
    ("X_{i+a, j+b}", ("i+a", "j+b"), (Compound, Compound)),
    ("X_{i+a,j}", ("i+a", "j"), (Compound, str)),  # a plain group beside stays plain
    ("X_{i+a,j-1}", ("i+a", "j-1"), (Compound, Shift)),
    (r"\delta_{t-i+1}", ("t-i+1",), (Compound,)),
    ("w_{m-i}", ("m-i",), (Compound,)),
    ("x_{2i+1}", ("2i+1",), (Compound,)),  # a stride
    ("x_{i+j-1}", ("i+j-1",), (Compound,)),
])
def test_an_index_expression_is_read_with_its_parts(tex, index, kinds):
    got = index_of(tex)
    assert got == index
    assert all(isinstance(i, k) for i, k in zip(got, kinds))


@pytest.mark.parametrize("tex", [
    "x_{i+i}",  # a letter twice: no index expression this reads
    "x_{ij+k}",  # a product of letters
    "x_{i^2}",
])
def test_what_is_no_linear_index_stays_unreadable(tex):
    with pytest.raises(Unreadable):
        index_of(tex)


_EN = ("Input $x = (1, 2, -1, 3)$, kernel $w = (2, -1)$, and "
       "$y_i = \\sum_{k=1}^{2} w_k x_{i+k-1}$.\n\nThen $%s$.\n")
_KO = ("입력 $x = (1, 2, -1, 3)$, 커널 $w = (2, -1)$ 이고 "
       "$y_i = \\sum_{k=1}^{2} w_k x_{i+k-1}$ 이다.\n\n$%s$\n")
_ZH = "设 $X = (1, 2, 3, 4)$，$s_t = \\sum_{j=1}^{2} X_{t-j+2}$。则 $%s$。\n"
_FLIP = "Let $a = (1, 2, 3)$ and $b = (4, 5, 6)$, and $c_k = a_k b_{4-k}$. So $%s$.\n"


@pytest.mark.parametrize("text, verdicts", [
    (_EN % "y_2 = 5", ["holds"]),
    (_EN % "y_1 = 1", ["fails"]),  # y_1 = 2·1 - 1·2 = 0
    (_KO % "y_2 = w_1 x_2 + w_2 x_3 = 5", ["holds", "holds"]),
    (_KO % "y_2 = w_1 x_3 + w_2 x_2", ["fails"]),  # the kernel flipped
    (_ZH % "s_3 = 7", ["holds"]),
    (_ZH % "s_1 = 4", ["fails"]),  # s_1 = X_2 + X_1 = 3
    (_FLIP % "c_1 = 6", ["holds"]),
    (_FLIP % "c_3 = 3", ["fails"]),  # c_3 = a_3 b_1 = 12
])
def test_a_family_through_an_index_expression_reaches_its_members(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("claim, verdict", [
    ("Y_{1,2} = X_{1,2} + X_{1,3}", "holds"),  # the window at (1, 2)
    ("Y_{1,2} = X_{1,2} + X_{2,2}", "fails"),  # the window slid down, not right
    ("Y_{2,1} = 4 + 5", "holds"),
    ("Y_{2,1} = 4 + 6", "fails"),
])
def test_an_index_expression_on_a_matrix_reaches_its_entries(claim, verdict):
    text = ("Input $X = \\begin{pmatrix} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{pmatrix}$ and "
            "$Y_{i,j} = \\sum_{b=0}^{1} X_{i,j+b}$.\n\nSo $%s$.\n" % claim)
    assert [s.verdict for s in check_text(text).steps] == [verdict]


_BOUND = ("Let $x = (1, 2, 3, 4)$ and $N = 4$, $K = 2$, $y_i = x_{i+K}$.\n\nThen $%s$.\n")


@pytest.mark.parametrize("text, verdict", [
    # a letter of an index expression the text gives a whole number takes it (never a free
    # value of its own: y_2 = x_4, whatever a free K would be)
    (_BOUND % "y_2 = x_{N-K+2}", "holds"),
    (_BOUND % "y_{N-K} = 4", "holds"),
    (_BOUND % "y_{N-K} = 3", "fails"),
    ("设 $a = (5, 6, 7)$，$s = 1$，$b_j = a_{j+s}$。则 $b_1 = 6$。\n", "holds"),
    ("设 $a = (5, 6, 7)$，$s = 1$，$b_j = a_{j+s}$。则 $b_1 = 5$。\n", "fails"),
])
def test_a_letter_the_text_gives_a_number_keeps_it_in_an_index(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


_MOMENTUM = ("classical momentum, with $v_0 = 0$:\n$$v_{t} = \\mu v_{t-1} - \\eta\\nabla f(\\theta_{t-1}),"
             "\\qquad \\theta_t = \\theta_{t-1} + v_t$$\ntest on $f(\\theta) = \\theta^2$. "
             "$\\theta_0 = 1$, $\\eta = 0.1$, $\\mu = 0.9$\n\n")


@pytest.mark.parametrize("text, verdict", [
    # the letter of an index expression that is also the step's free index (v_t beside
    # θ_{t-k}, Σ up to t): one t on both sides
    (_MOMENTUM + "$$v_t = -\\eta\\sum_{k=1}^{t}\\mu^{k-1}\\cdot 2\\theta_{t-k}$$", "holds"),
    (_MOMENTUM + "$$v_t = -\\eta\\sum_{k=0}^{t-1}\\mu^{k}\\nabla f(\\theta_{t-1-k})$$", "holds"),
    (_MOMENTUM + "$$v_t = -\\eta\\sum_{k=1}^{t}\\mu^{k}\\cdot 2\\theta_{t-k}$$", "fails"),
])
def test_a_free_letter_in_an_index_expression(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps[-1]


def test_a_redefinition_that_cannot_be_read_makes_the_old_meaning_a_guess():
    """Nesterov's v_t, unreadable (∇f at a point), after momentum's: a later v_2 that differs
    from momentum's is undecided, never failed against the meaning the text replaced."""
    text = ("momentum, with $v_0 = 0$:\n$$v_{t} = \\mu v_{t-1} - \\eta\\nabla f(\\theta_{t-1}),"
            "\\qquad \\theta_t = \\theta_{t-1} + v_t$$\nnesterov instead:\n$$v_{t} = \\mu v_{t-1}"
            " - \\eta\\nabla f(\\theta_{t-1} + \\mu v_{t-1})$$\ntest on $f(\\theta) = \\theta^2$. "
            "$\\theta_0 = 1$, $\\eta = 0.1$, $\\mu = 0.9$\n\n$$v_1 = -0.2$$\n\n"
            "$$v_2 = -0.18 - 0.1\\cdot 2\\cdot 0.62 = -0.304$$")
    assert [s.verdict for s in check_text(text).steps if s.lhs == "v_2"] == ["undecided"]


@pytest.mark.parametrize("text, verdicts", [
    # w_{<t}: the tokens before t, a name of its own (the context of a language model)
    ("$$\\mathrm{PPL} = \\exp\\left(-\\frac{1}{N}\\sum_{t=1}^{N}\\log p(w_t \\mid w_{<t})\\right) "
     "= \\left(\\prod_{t=1}^{N} p(w_t \\mid w_{<t})\\right)^{-1/N}$$", ["holds"]),
    ("$$\\mathrm{PPL} = \\exp\\left(-\\frac{1}{N}\\sum_{t=1}^{N}\\log p(w_t \\mid w_{<t})\\right) "
     "= \\left(\\prod_{t=1}^{N} p(w_t \\mid w_{<t})\\right)^{1/N}$$", ["fails"]),
    ("문장의 로그 확률은 $$\\sum_{i=1}^{n} \\log p(x_i \\mid x_{\\le i-1}) = "
     "\\log \\prod_{i=1}^{n} p(x_i \\mid x_{\\le i-1})$$ 이다.", ["holds"]),
    ("$$-\\log \\prod_{t=1}^{T} q(y_t \\mid y_{<t}) = -\\sum_{t=1}^{T} \\log q(y_t \\mid y_{<t})$$",
     ["holds"]),
])
def test_a_context_before_an_index_is_a_name(text, verdicts):
    from checker.derive.document import check_text

    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("tex, names", [
    ("w^\\top x_+ + b", ["w", "x_+", "b"]),  # the positive sample, then a sum
    ("x_+ - x_-", ["x_+", "x_-"]),
    ("e^{s_+/\\tau}", ["s_+", "tau"]),
    ("x_{+} + x_{-}", ["x_+", "x_-"]),
])
def test_a_sign_at_the_feet_names_the_positive_or_negative_one(tex, names):
    assert [n.name for n in walk(parse_expression(tex)) if isinstance(n, Sym)] == names


@pytest.mark.parametrize("text, verdicts", [
    ("Positive $x_+ = (1, 1)$, negative $x_- = (0, 0)$.\n\n$$\\lVert x_+ - x_-\\rVert^2 = 2$$",
     ["holds"]),
    ("양성 $x_+ = (1, 1)$, 음성 $x_- = (0, 0)$\n\n$$\\lVert x_+ - x_-\\rVert^2 = 1$$",
     ["fails"]),
    ("设正样本相似度 $s_+ = 0.8$，温度 $\\tau = 0.1$。\n\n$$s_+/\\tau = 8$$", ["holds"]),
    ("Let $p_+ = 0.99$ and $\\tau = 0.1$.\n\n$$(p_+ - 1)/\\tau = -1$$", ["fails"]),
])
def test_names_with_a_sign_at_their_feet_take_values(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# an index that has its own index: the class y_i of sample i (`s_{y_i}`, `P_{i,y_i}`), kept
# whole as one label; a sign on a name's shoulder (`s^+`, `p_k^-`): the positive or negative
# one, a label, while `x^-1` (an exponent) and `(x)^+` (a positive part) are no names
@pytest.mark.parametrize("tex, index, sup", [
    ("s_{y_i}", ("y_i",), ""),
    ("f_{y_{i}}", ("y_i",), ""),
    ("P_{i, y_i}", ("i", "y_i"), ""),
    ("s^+", (), "+"),
    ("s^{-}", (), "-"),
    ("p_k^-", ("k",), "-"),
    ("e^{s^+/\\tau}", (), "+"),
])
def test_a_nested_index_and_a_sign_mark_are_labels(tex, index, sup):
    syms = [n for n in walk(parse_expression(tex)) if isinstance(n, Sym) and n.base != "tau"]
    assert (syms[0].index, syms[0].sup) == (index, sup)


@pytest.mark.parametrize("tex", ["x^-1", "s_{y_i^2}", "s_{y_{ij}k}"])
def test_what_is_no_label_stays_unreadable(tex):
    with pytest.raises(Unreadable):
        parse_expression(tex)


_SVM = {
    "en": "The hinge loss $L_i = \\sum_{j \\ne y_i} \\max(0, s_j - s_{y_i} + 1)$. So $%s$.\n",
    "ko": "다중 클래스 SVM 손실은 $L_i = \\sum_{j \\neq y_i}\\max(0,\\ s_j - s_{y_i} + 1)$ 이다."
          " 따라서 $$%s$$\n",
    "zh": "多类 SVM 损失 $L_i = \\sum_{j\\neq y_i}\\max\\big(0,\\ s_j - s_{y_i} + 1\\big)$，"
          "于是 $%s$。\n",
}
_SIGN = ("Example: $s^+ = 0.8$, $s^- = 0.2$, $\\tau = 0.1$.\n\n"
         "$$p^+ = \\frac{e^{s^+/\\tau}}{e^{s^+/\\tau} + e^{s^-/\\tau}} %s$$\n")


@pytest.mark.parametrize("text, verdicts", [
    (_SVM["en"] % "\\frac{\\partial L_i}{\\partial s_{y_i}} = -\\sum_{j \\ne y_i} "
     "\\mathbb{1}[s_j - s_{y_i} + 1 > 0]", ["holds"]),
    (_SVM["ko"] % "\\frac{\\partial L_i}{\\partial s_{y_i}} = -\\sum_{j \\neq y_i} "
     "(s_j - s_{y_i} + 1)", ["fails"]),  # the margins, not their indicators
    (_SVM["zh"] % "s_{y_i} - s_{y_i} = 0", ["holds"]),
    (_SIGN % "= \\frac{e^{8}}{e^{8} + e^{2}}", ["holds"]),
    (_SIGN % "= \\frac{e^{2}}{e^{8} + e^{2}}", ["fails"]),  # s^+ and s^- swapped
])
def test_steps_with_nested_indices_and_sign_marks_are_checked(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# an entry at a nested index of a family the text defines or gives values (s = Wx, P = 2Z,
# f = (1, 2, 3)) is not looked up through y's values: undecided, unless the step holds for every
# value of it (f_{y_i} - f_{y_i} = 0: test_selection.py)
@pytest.mark.parametrize("text", [
    "Let $s = W x$ and $L = \\max(0, s_j - s_{y_i} + 1)$.\n\n"
    "$$\\frac{\\partial L}{\\partial s_j} = 1$$\n",
    "$y = (0, 2)$ 이고 $P = 2Z$, $L = -\\sum_{i=1}^{2} \\log P_{i, y_i}$ 이다. "
    "$$\\frac{\\partial L}{\\partial Z} = 0$$\n",
    "设 $f = (1, 2, 3)$，$y = (1, 3)$，则 $f_{y_i} - f_1 = 0$。\n",
])
def test_a_nested_index_into_a_known_family_is_undecided(text):
    assert [s.verdict for s in check_text(text).steps] == ["undecided"]


# `_*` marks the test point's quantity (a GP's k_*, K_{**}, μ_*): a name of its own, shown as
# written, never an unreadable subscript
@pytest.mark.parametrize("text, verdict", [
    ("With $k_* = 0.5$ and $K = 2$: $$k_*^2 / K = 0.125$$", "holds"),
    ("$\\mu_* = 0.29$ 이고 $\\sigma_*^2 = 0.25$ 일 때 $$\\mu_* + \\sigma_*^2 = 0.54$$", "holds"),
    ("设 $K_{**} = 1$，$v = 0.75$，则 $$K_{**} - v = 0.25$$", "holds"),
    ("With $k_* = 0.5$: $$2 k_* = 1.5$$", "fails"),
])
def test_a_star_subscript_is_a_name(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-1] == verdict
    assert "*" in steps[-1].lhs


@pytest.mark.parametrize("tex, index", [
    ("x_{(i,j)}", ("i", "j")),
    ("x_{(t, 2i+1)}", ("t", "2i+1")),
    (r"E_{(pos,\,2i)}", ("pos", "2i")),  # a word of letters: one index, never p·o·s
    ("a_{(1, 2)}", ("1", "2")),
])
def test_an_index_tuple_in_brackets_is_read_as_the_indices(tex, index):
    assert index_of(tex) == index


@pytest.mark.parametrize("tex", [r"W_{(128 \times 576)}", r"X_{(m \times n)}",
                                 r"Y_{(2\times 3\times 4)}"])
def test_a_shape_written_as_a_subscript_is_an_annotation(tex):
    assert parse_expression(tex) == Sym(tex[0])


@pytest.mark.parametrize("tex", ["p_{(0.5)}", "x_{(i^2, j)}", "x_{(i, (j))}", r"W_{(128 + 576)}"])
def test_what_is_no_index_tuple_stays_unreadable(tex):
    with pytest.raises(Unreadable):
        parse_expression(tex)


@pytest.mark.parametrize("text, verdicts", [
    ("Let $a_{(1, 2)} = 3$ and $a_{(2, 1)} = 4$.\n\n$$a_{(1, 2)} + a_{(2, 1)} = 7$$\n",
     ["holds"]),
    ("$a_{(1, 2)} = 3$, $a_{(2, 1)} = 4$ 이면\n\n$$a_{(1,2)} + a_{(2,1)} = 8$$\n", ["fails"]),
    ("设 $h_{(t, j)} = 2$，则 $$3 h_{(t,j)} = 6$$\n", ["holds"]),
    ("# 卷积\n\n$$Y_{(2 \\times 3)} = W_{(2\\times 4)}\\, X_{(4\\times 3)}$$\n\n"
     "$$2 \\times 4 \\times 3 = 25$$\n", ["fails"]),
])
def test_steps_with_index_tuples_and_shape_notes_are_checked(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# a direction written in a script (`\ell^{I\to T}`, CLIP's image-to-text loss) and a subscript
# of numbers and Greek letters (`z_{1-\alpha/2}`, a quantile; `S_{\eta\lambda}`, an operator's
# parameter) are one label of the name; a Latin letter in it may be an index: not a label
@pytest.mark.parametrize("tex, name", [
    (r"\ell^{I\to T}_i", "ell_i^I→T"),
    (r"\ell^{T \rightarrow I}", "ell^T→I"),
    (r"L_{s \to t}", "L_{s→t}"),
    (r"z_{1-\alpha/2}", "z_{1-α/2}"),
    (r"z_{1-\beta}", "z_{1-β}"),
    (r"S_{\eta\lambda}", "S_{ηλ}"),
    (r"t_{1/2}", "t_{1/2}"),  # a fraction of numbers: a half-life
    (r"Q_{3/4}", "Q_{3/4}"),  # a quartile
])
def test_a_direction_or_a_parameter_in_a_script_is_a_label(tex, name):
    syms = [n for n in walk(parse_expression(tex)) if isinstance(n, Sym)]
    assert len(syms) == 1 and syms[0].name.replace("\\", "") == name


@pytest.mark.parametrize("tex", [
    r"x_{n \to \infty}",  # no name after the arrow
    r"x_{i/2}",  # a Latin letter: an index a sum may run over
    r"z_{1-a/2}",
])
def test_what_is_no_direction_or_parameter_stays_unreadable(tex):
    with pytest.raises(Unreadable):
        parse_expression(tex)


@pytest.mark.parametrize("tex, sup", [
    (r"\ell^{I\to T}_1", "I→T"),
    (r"m^{s \rightarrow t}", "s→t"),
    (r"L^{\text{img}\to\text{txt}}", "img→txt"),
])
def test_an_arrow_between_names_in_a_superscript_is_a_label(tex, sup):
    node = parse_expression(tex)
    assert isinstance(node, Sym) and node.sup == sup


@pytest.mark.parametrize("tex", [r"x^{\to}", r"x^{a \to b \to c}", r"x^{2 + a \to b}"])
def test_what_is_no_direction_stays_unreadable(tex):
    with pytest.raises(Unreadable):
        parse_expression(tex)


@pytest.mark.parametrize("text, verdicts", [
    (r"With $z_{1-\alpha/2} = 1.96$ and $z_{1-\beta} = 0.8416$: $$z_{1-\alpha/2} + z_{1-\beta} "
     r"= 2.8016$$", ["holds"]),
    (r"$z_{1-\alpha/2} = 1.96$, $z_{1-\beta} = 0.8416$ 이면 $$(z_{1-\alpha/2} + z_{1-\beta})^2 "
     r"\approx 9.85$$", ["fails"]),
    (r"设 $\ell^{I\to T}_1 = 0.2$，$\ell^{T\to I}_1 = 0.4$，则 $$\frac{1}{2}(\ell^{I\to T}_1 + "
     r"\ell^{T\to I}_1) = 0.3$$", ["holds"]),
    (r"Let $\ell^{I\to T}_1 = 0.2$ and $\ell^{T\to I}_1 = 0.4$. $$\frac{1}{2}(\ell^{I\to T}_1 + "
     r"\ell^{T\to I}_1) = 0.6$$", ["fails"]),
    (r"半衰期 $T_{1/2} = 8$ 天，$$\lambda = \frac{\ln 2}{T_{1/2}} \approx 0.0866$$", ["holds"]),
    (r"With a half-life $T_{1/2} = 8$: $$\frac{\ln 2}{T_{1/2}} \approx 0.0693$$", ["fails"]),
])
def test_labelled_names_take_values(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text, verdicts", [
    # en: the image-to-text loss of a row, a label, not a power of ℓ
    ("$$\\ell^{I\\to T}_i = -\\log\\frac{e^{z_{ii}}}{\\sum_{j=1}^{2} e^{z_{ij}}}$$\n\n"
     "With $z_{11} = 2$, $z_{12} = 0$:\n\n$$\\ell^{I\\to T}_1 = \\log(1 + e^{-2}) \\approx 0.127$$",
     ["holds"]),
    # ko: the text-to-image one; wrong twin (the value of the log misread)
    ("$$\\ell^{T\\to I}_j = -\\log\\frac{e^{z_{jj}}}{\\sum_{i=1}^{2} e^{z_{ij}}}$$\n\n"
     "$z_{11} = 2$, $z_{21} = 0$ 이면\n\n$$\\ell^{T\\to I}_1 = \\log(1 + e^{-2}) \\approx 0.2$$",
     ["fails"]),
    # zh: a label beside the same name at a power: the two are different names
    ("设 $a^{s\\to t} = 3$，$a = 2$。\n\n$$a^{s\\to t} + a^2 = 7$$", ["holds"]),
])
def test_a_direction_label_is_checked_as_a_name(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("tex, index", [("s_{(17)}", ("(17)",)), ("x_{( 1 )}", ("(1)",))])
def test_an_order_statistic_is_a_name_of_its_own(tex, index):
    assert index_of(tex) == index and index_of(tex) != index_of("s_{17}")


@pytest.mark.parametrize("text, verdicts", [
    ("Sorted: $x_{(1)} = 0.2$, $x_{(2)} = 0.5$, $x_{(3)} = 0.9$, so the range is "
     "$x_{(3)} - x_{(1)} = 0.7$.", ["holds"]),
    ("정렬하면 $s_{(1)} = 0.2$, $s_{(2)} = 0.5$ 이고 $s_{(2)} - s_{(1)} = 0.4$.", ["fails"]),
    # the 1st smallest is no x_1, the 1st drawn
    ("排序后 $x_{(1)} = 0.2$，而 $x_1 = 3$，$x_{(1)} + x_1 = 3.2$。", ["holds"]),
])
def test_order_statistics_take_values(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


_RMS_EN = ("$$E[g^2]_t = 0.9\\, E[g^2]_{t-1} + 0.1\\, g_t^2$$\n\n"
           "With $E[g^2]_0 = 0$ and $g_1 = 2$: $E[g^2]_1 = %s$.\n")
_RMS_KO = ("$$\\mathbb{E}[g^2]_t = \\rho\\, \\mathbb{E}[g^2]_{t-1} + (1 - \\rho)\\, g_t^2$$\n\n"
           "$\\rho = 0.9$, $\\mathbb{E}[g^2]_0 = 0$, $g_1 = 2$ 이면 $\\mathbb{E}[g^2]_1 = %s$.\n")
_RMS_ZH = ("$$E[g^2]_t = \\rho E[g^2]_{t-1} + (1-\\rho)g_t^2$$\n\n"
           "取 $\\rho = 0.5$，$E[g^2]_0 = 1$，$g_1 = 3$，则 $E[g^2]_1 = %s$。\n")


@pytest.mark.parametrize("text, verdict", [
    (_RMS_EN % "0.4", "holds"), (_RMS_EN % "0.04", "fails"),
    (_RMS_KO % "0.4", "holds"), (_RMS_KO % "0.04", "fails"),
    (_RMS_ZH % "5", "holds"), (_RMS_ZH % "4.5", "fails"),
])
def test_a_subscripted_expectation_is_a_running_average(text, verdict):
    """E[g²]_t (RMSprop, Adadelta): a family named by what it averages, its recurrence the
    rule the example's members follow."""
    assert [s.verdict for s in check_text(text).steps] == [verdict]


def test_a_running_average_is_named_by_what_it_averages():
    assert parse_expression("E[g^2]_{t-1}") == Sym("E[g^2]", ("t-1",))


@pytest.mark.parametrize("claim, verdict", [
    # a subscript naming parts joined (B∥C: B and C in parallel): a name of its own
    ("0.98", "holds"),
    ("0.72", "fails"),
])
def test_a_subscript_joining_parts_is_a_name(claim, verdict):
    text = ("$$Q_{B\\parallel C} = 1 - (1 - Q_B)(1 - Q_C)$$\n\nWith $Q_B = 0.9$, $Q_C = 0.8$: "
            f"$Q_{{B\\parallel C}} = {claim}$.")
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], steps


# a prime on an indexed name the text neither defines nor applies (R_A', h_i'): the updated
# quantity's own name, as W' is; of an indexed function the text applies (F_l'(x)), or a
# family it defines, the derivative
_ELO = ("Ratings $R_A = 1600$, expected score $E_A = 0.76$, $K = 32$. A loses:\n\n"
        "$$R_A' = R_A + K \\cdot (0 - E_A) = 1600 - 24.32 = %s$$")
_ELO_ZH = ("评分 $R_B = 1400$，$K = 32$，$E_B = 0.24$，B 赢：\n\n"
           "$$R_B' = R_B + K \\cdot (1 - E_B) = %s$$")


@pytest.mark.parametrize("text, verdicts", [
    (_ELO % "1575.68", ["holds", "holds"]),
    (_ELO % "1565.68", ["holds", "fails"]),
    (_ELO_ZH % "1424.32", ["holds"]),
    (_ELO_ZH % "1434.32", ["fails"]),
])
def test_a_prime_on_an_indexed_name_of_no_formula_names_the_new_value(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("tex", ["R_A'", "h_i'"])
def test_an_indexed_primed_name_is_one_name(tex):
    node = parse_expression(tex)
    assert isinstance(node, Sym) and node.sup == "'", node


def test_a_primed_family_member_the_text_defines_stays_a_derivative():
    steps = check_text("$$y_j = x_j^3$$\n\nso $$y_j' = 3x_j^2$$ and $$y_j' = 2x_j^2$$").steps
    assert [s.verdict for s in steps][-2:] == ["holds", "fails"], [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# a power written on a function the text defines, before its argument (`f^2(x)`): the square of
# its value (∫ f^2(x) dx) or the function applied twice (an iterate): never f^2 times x, so
# never decided; written out (`f(x)^2`), it is checked as usual
_SQUARE = "# Square\n\nLet $f(x) = x + 1$.\n\nThen $%s$."


@pytest.mark.parametrize("claim, verdict", [
    ("\\int_0^1 f^2(x)\\,dx = \\frac{7}{3}", "unreadable"),  # read as f²·x, this failed
    ("\\int_0^1 f^2(x)\\,dx = 3", "unreadable"),
    ("f^2(2) = 9", "unreadable"),
    ("\\int_0^1 f(x)^2\\,dx = \\frac{7}{3}", "holds"),
    ("\\int_0^1 f(x)^2\\,dx = 3", "fails"),
    ("f(2)^2 = 9", "holds"),
    ("f(2)^2 = 8", "fails"),
])
def test_a_power_on_a_defined_function_before_its_argument_is_not_read(claim, verdict):
    steps = check_text(_SQUARE % claim).steps
    assert [s.verdict for s in steps] == [verdict], steps


# a subscript in Chinese or Korean script (`R_并`, `x_串`, `v_{나중}`) is a word, a label naming a
# quantity of its own, never an index letter: R_并 is not R at an index beside R_1 and R_2 given
# numbers, and a formula stated for one label (x_串 = F/k_串) says nothing of another (x_并)
_PARTS = {
    "zh": "两个电阻 $R_1 = 4$、$R_2 = 12$，电压 $U = 6$。串联时 $R_串 = R_1 + R_2 = 16$，"
          "电流 $I_串 = U/R_串 = 6/16$。\n\n并联时 $R_并 = %s$，电流 $I_并 = 6/3 = 2$。",
    "ko": "두 저항 $R_1 = 4$, $R_2 = 12$, 전압 $U = 6$ 이다. 직렬이면 $R_{직렬} = R_1 + R_2 = 16$, "
          "전류 $I_{직렬} = U/R_{직렬} = 6/16$.\n\n병렬이면 $R_{병렬} = %s$, 전류 $I_{병렬} = 6/3 = 2$.",
}


@pytest.mark.parametrize("lang, total, verdicts", [
    ("zh", "3", ["holds", "holds", "holds", "holds"]),  # main: U/R_串 failed (R_串 read as R_2)
    ("zh", "4", ["holds", "holds", "fails", "holds"]),
    ("ko", "3", ["holds", "holds", "holds", "holds"]),  # main: the parallel step undecided
    ("ko", "2", ["holds", "holds", "fails", "holds"]),
])
def test_a_subscript_in_chinese_or_korean_script_is_a_label(lang, total, verdicts):
    steps = check_text(_PARTS[lang] % f"\\frac{{R_1 R_2}}{{R_1 + R_2}} = {total}").steps
    assert [s.verdict for s in steps] == verdicts, steps


@pytest.mark.parametrize("tex, base", [
    ("k_串", "k_{串}"),
    ("v_{나중}", "v_{나중}"),
    ("k_{串联}", "k_{串联}"),
])
def test_the_label_is_part_of_the_name(tex, base):
    syms = [n for n in walk(parse_expression(tex)) if isinstance(n, Sym)]
    assert [(s.base, s.index) for s in syms] == [(base, ())]
