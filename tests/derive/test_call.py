"""Function words (call.py): a trace written as a word before a name, with no parentheses
(`\\operatorname{tr}A`, `\\mathrm{Tr}\\,\\Sigma`, `\\text{trace} A`), is the trace of that name,
as `\\det A` is its determinant; before a product (`tr A B`) the extent is a guess, not read."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression
from checker.derive.tree import Call

A = "Let $A = \\begin{bmatrix} 4 & 1\\\\ 2 & 3\\end{bmatrix}$.\n\n"


@pytest.mark.parametrize("tex", [r"\operatorname{tr}A", r"\mathrm{Tr}\,\Sigma", r"\text{trace} X",
                                 r"\operatorname{tr} \hat\Sigma"])
def test_a_trace_word_before_a_name_is_the_trace(tex):
    node = parse_expression(tex)
    assert isinstance(node, Call) and node.name == "tr"


@pytest.mark.parametrize("text, verdicts", [
    (A + "$$s = \\operatorname{tr}A = 4 + 3$$", ["holds"]),  # en
    ("행렬 $A = \\begin{bmatrix} 2 & 1\\\\ 1 & 3\\end{bmatrix}$ 의 대각합:\n\n"
     "$$t = \\mathrm{tr}\\,A = 5$$", ["holds"]),  # ko
    ("设 $A = \\begin{bmatrix} 4 & 1\\\\ 2 & 3\\end{bmatrix}$，迹\n\n"
     "$$t = \\text{Tr} A = 7$$", ["holds"]),  # zh
    # wrong twins: the trace read, a wrong value fails
    (A + "$$s = \\operatorname{tr}A = 8$$", ["fails"]),
    ("설정 $A = \\begin{bmatrix} 2 & 1\\\\ 1 & 3\\end{bmatrix}$:\n\n$$t = \\mathrm{tr}\\,A = 6$$",
     ["fails"]),
])
def test_the_trace_of_a_bound_matrix(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


def test_a_trace_before_a_product_is_not_read():
    with pytest.raises(Unreadable, match="tr"):
        parse_expression(r"\operatorname{tr} A B")


@pytest.mark.parametrize("text, verdicts", [
    # a function of t whose formula writes its numbered start (η_0): a call at a number after it
    ("The rate $\\eta(t) = \\frac{\\eta_0}{1 + t}$ with $\\eta_0 = 0.1$ gives $\\eta(0) = 0.1$ "
     "and $\\eta(4) = 0.02$.", ["holds", "holds"]),
    ("학습률 $r(t) = \\frac{r_{0}}{1 + t}$, $r_0 = 0.1$ 이면 $r(0) = 0.2$.", ["fails"]),
    ("衰减 $a(t) = a_0 e^{-t}$，$a_0 = 2$，则 $a(0) = 2$。", ["holds"]),
    # a recurrence names itself at another time: a family, not a function
    ("$v(t) = 0.9v(t-1) + 1$ with $v_0 = 0$ so $v(1) = 1$.", ["undecided"]),
])
def test_a_function_of_t_beside_its_numbered_start(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# f, g, h before a bracket are functions by convention, unless the same formula uses the
# letter as a value (before a fraction, a Greek letter or a number: `g\,\frac{1-β^t}{1-β}`,
# `gβ`): then `g(1 + β)` is g times the bracket. Each row: correct (holds) and a wrong twin
# that still uses the letter as a value (fails); an applied function stays one
_MOMENTUM_EN = "The gradient is the same $g$ at every step, so\n\n$$v_3 = g\\,(1 + \\beta + " \
    "\\beta^2) = {}$$\n"
_MOMENTUM_KO = "기울기가 매 단계 $g$ 로 같으므로\n\n$$v_2 = g(1 + \\beta) = {}$$\n"
_STEP_ZH = "步长为 $h$，于是\n\n$$h\\,(2 + \\alpha) = {}$$\n"

VALUED_LETTER_ROWS = [
    ("a constant gradient times a geometric sum, en", _MOMENTUM_EN,
     "g\\,\\frac{1 - \\beta^3}{1 - \\beta}", "g\\,\\frac{1 - \\beta^2}{1 - \\beta}"),
    ("a gradient times a bracket beside gβ, ko", _MOMENTUM_KO, "g + g\\beta", "2g + g\\beta"),
    ("a step size times a bracket beside hα, zh", _STEP_ZH, "2h + h\\alpha", "h + h\\alpha"),
]


@pytest.mark.parametrize("what, text, right, wrong", VALUED_LETTER_ROWS,
                         ids=[r[0] for r in VALUED_LETTER_ROWS])
def test_a_function_letter_used_as_a_value_multiplies_its_bracket(what, text, right, wrong):
    assert [s.verdict for s in check_text(text.format(right)).steps] == ["holds"]
    assert [s.verdict for s in check_text(text.format(wrong)).steps] == ["fails"]


# a letter f, g, h the text gives a number (gravity, a step size) and no function's
# definition: before a bracket it is that number times the bracket
_GRAVITY_ZH = ("取 $g = 9.8\\ \\text{m/s}^2$，$\\theta = 30^\\circ$，$\\mu = 0.2$。\n\n"
               "$$a = g(\\sin\\theta - \\mu\\cos\\theta) = 9.8 \\times (0.5 - 0.1732) \\approx @$$\n")
_SLOPE_EN = "Take $g = 10$ and $\\mu = 0.5$.\n\n$$a = g(1 - \\mu) = @$$\n"


@pytest.mark.parametrize("text, right, wrong", [
    (_GRAVITY_ZH, "3.20", "3.50"),
    (_SLOPE_EN, "5", "4"),
])
def test_a_function_letter_given_a_number_multiplies_its_bracket(text, right, wrong):
    assert "fails" not in [s.verdict for s in check_text(text.replace("@", right)).steps]
    assert check_text(text.replace("@", wrong)).steps[-1].verdict == "fails"


def test_a_function_letter_given_a_number_then_defined_is_applied():
    text = "Let $h = 0.5$.\n\nNow define $g(x) = x^2 + 1$, so\n\n$$g(2) = 5$$\n"
    assert [s.verdict for s in check_text(text).steps][-1] == "holds"


@pytest.mark.parametrize("tex", [r"2f(x) + f'(x)", r"\frac{dg}{dx} + g(x)", r"(f \circ g)(x) - g(x)",
                                 r"f(x) + 2"])
def test_a_function_letter_not_used_as_a_value_is_applied(tex):
    from checker.derive.tree import walk

    calls = [n for n in walk(parse_expression(tex)) if isinstance(n, Call)]
    assert calls, tex
