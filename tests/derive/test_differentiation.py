"""The Hessian ∇² (gradient.hessian reads it, differentiation.hessian evaluates it): the
gradient of the gradient, by the variable ∇ would take. Of a scalar it is the second
derivative; by a vector of n entries it is the n × n matrix of second slopes, symmetric, so
the layout convention does not matter. Of a name the text never defines as a function of the
variable it is not known (never 0): undecided."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression

_LS = ("Let $X \\in \\mathbb{R}^{3 \\times 2}$, $y \\in \\mathbb{R}^{3}$, $w \\in \\mathbb{R}^{2}$ "
       "and $L(w) = \\frac{1}{2}\\|Xw - y\\|^2$.\n\nThe Hessian is $%s$.\n")
_KO = ("$A \\in \\mathbb{R}^{2 \\times 2}$ 이고 $g(w) = w^\\top A w$, $w \\in \\mathbb{R}^{2}$ "
       "라 하자.\n\n헤시안: $%s$\n")
_ZH = ("设 $X \\in \\mathbb{R}^{4 \\times 3}$，$\\theta \\in \\mathbb{R}^{3}$，"
       "$J(\\theta) = \\frac{1}{8}\\|X\\theta\\|^2$。\n\nHessian 为 $%s$。\n")


@pytest.mark.parametrize("text, verdict", [
    ("Let $f(x) = x^3 + 2x$. Then $\\nabla^2 f(x) = 6x$.\n", "holds"),
    ("Let $f(x) = x^3 + 2x$. Then $\\nabla^2 f(x) = 3x^2$.\n", "fails"),  # f' for f''
    (_LS % "\\nabla^2_w L = X^\\top X", "holds"),
    (_LS % "\\nabla^2_w L = 2X^\\top X", "fails"),  # the ½ dropped
    (_KO % "\\nabla^2 g(w) = A + A^\\top", "holds"),
    (_KO % "\\nabla^2 g(w) = 2A", "fails"),  # A is not said symmetric
    (_ZH % "\\nabla^2_\\theta J = \\frac{1}{4} X^\\top X", "holds"),
    (_ZH % "\\nabla^2_\\theta J = \\frac{1}{8} X^\\top X", "fails"),
])
def test_the_hessian_is_the_gradient_of_the_gradient(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


@pytest.mark.parametrize("text", [
    # ℓ is never defined: its Hessian is not known (never the 0 of an unknown name's slopes)
    ("Let $w \\in \\mathbb{R}^{2}$, $X \\in \\mathbb{R}^{3 \\times 2}$. The loss $\\ell$ has "
     "Hessian $\\nabla^2_w \\ell = X^\\top X$.\n"),
    "$W \\in \\mathbb{R}^{2 \\times 2}$, $L = \\|W\\|^2$, so $\\nabla^2_W L = 2$.\n",  # by a matrix
])
def test_a_hessian_not_known_is_undecided(text):
    assert [s.verdict for s in check_text(text).steps] == ["undecided"]


def test_a_higher_power_of_nabla_is_refused_by_name():
    with pytest.raises(Unreadable) as err:
        parse_expression("\\nabla^3 f(x)")
    assert "∇^3" in str(err.value)


_VAE = ("Let $z = \\mu + \\sigma\\varepsilon$.\n\n"
        "$$\\frac{\\partial z}{\\partial \\log\\sigma^2} = %s$$\n")


# by an expression of one name (the log-variance of a VAE, 2w): the chain rule through that
# name, (∂z/∂σ)/(d log σ²/dσ); by an expression of two names (q·k) it stays unread
@pytest.mark.parametrize("text, verdict", [
    (_VAE % "\\frac{1}{2}\\sigma\\varepsilon", "holds"),
    (_VAE % "\\sigma\\varepsilon", "fails"),
    ("$f = w^2$ 이면 $\\frac{\\partial f}{\\partial (2w)} = w$ 이다.\n", "holds"),
    ("$f = w^2$ 이면 $\\frac{\\partial f}{\\partial (2w)} = 2w$ 이다.\n", "fails"),
    ("设 $y = e^{x}$，则 $\\partial y/\\partial\\log x = x e^{x}$。\n", "holds"),
    ("设 $y = e^{x}$，则 $\\partial y/\\partial\\log x = e^{x}$。\n", "fails"),
    ("Let $s = q k$.\n\n$$\\frac{\\partial s}{\\partial (q k)} = 1$$\n", "unreadable"),
])
def test_a_derivative_by_an_expression_of_one_name(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


_COST = "Cost $J(u) = u_1^2 + 3u_2^2$ at $u = (1, 2)^\\top$, step $\\alpha = 0.2$.\n\n"
_RULE = _COST + "$$u_{k+1} = u_k - \\alpha\\,\\nabla J(u_k)$$\n\n"
_NORM = "The slope has length $\\|\\nabla J\\| = \\sqrt{%s}$.\n"


@pytest.mark.parametrize("text, verdict", [
    # beside an update rule, u_1 and u_2 read as iterates, not u's entries: J holds none of
    # u's entries, and its gradient by u is not known (never 0 entry by entry)
    (_RULE + _NORM % "4 + 144", "undecided"),
    # without the rule they are u's entries: the gradient is (2, 12), checked either way
    (_COST + _NORM % "4 + 144", "holds"),
    (_COST + _NORM % "4 + 100", "fails"),
    # wrong twin: a cost written with no indexed member of u is still derived beside the rule
    (_RULE.replace("u_1^2 + 3u_2^2", "u^\\top u") + _NORM % "4 + 100", "fails"),
    (_RULE.replace("u_1^2 + 3u_2^2", "u^\\top u") + _NORM % "4 + 16", "holds"),
])
def test_a_gradient_by_a_vector_whose_indexed_members_read_as_iterates(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


_UP = ("The upstream gradient is $$G = \\frac{\\partial L}{\\partial Y} = \\begin{bmatrix} 1 & 2 \\\\ "
       "-1 & 0 \\end{bmatrix}$$ and $K = \\begin{bmatrix} 1 & 2 \\\\ 0 & -1 \\end{bmatrix}$.\n\n")


@pytest.mark.parametrize("text, verdicts", [
    # an entry of a gradient the text states for the whole, of a loss it never defines: the
    # slope by one entry is not 0 (whichever entry the index names, from 0 or 1)
    (_UP + "- $G_{11} + G_{12} = 1 + 2 = 3$", ["holds"]),
    (_UP + "- $G_{00}K_{01} + G_{01}K_{00} = 1\\cdot2 + 2\\cdot1 = 4$", ["holds"]),
    (_UP + "- $\\partial L/\\partial X_{01} = G_{00}K_{01} + G_{01}K_{00} = 1\\cdot2 + 2\\cdot1 = 4$",
     ["undecided", "holds"]),
    # the arithmetic after it is still checked
    (_UP + "- $G_{00}K_{01} + G_{01}K_{00} = 1\\cdot2 + 2\\cdot1 = 5$", ["fails"]),
    (_UP + "- $G_{00}K_{11} + G_{01}K_{10} = -1 + 0 = -2$", ["undecided", "fails"]),
])
def test_an_entry_of_a_stated_gradient_is_not_zero(text, verdicts):
    steps = [s for s in check_text(text).steps if s.line > 1]
    assert [s.verdict for s in steps] == verdicts, steps


# by a gate the text defines through a name of its own (f_t = σ(a_f), no t in the body): a
# member of the gate's family met inside the recurrence (f_{t-1} in c_{t-1}) is held while
# differentiating by f_t, and stands for its definition again as it was read (alarm29)
_CELL = "Gates $f_t = \\sigma(a_f)$, $i_t = \\sigma(a_i)$, $g_t = \\tanh(a_g)$; the cell " \
    "$c_t = f_t c_{t-1} + i_t g_t$%s.\n\n$$%s$$\n"


@pytest.mark.parametrize("text, verdict", [
    (_CELL % ("", "\\frac{\\partial c_t}{\\partial f_t} = c_{t-1}"), "holds"),
    (_CELL % ("", "\\frac{\\partial c_t}{\\partial f_t} = c_t"), "fails"),
    (_CELL % (", $h_t = o_t \\tanh(c_t)$",
              "\\frac{\\partial h_t}{\\partial f_t} = o_t(1 - \\tanh^2 c_t) c_{t-1}"), "holds"),
    (_CELL % (", $h_t = o_t \\tanh(c_t)$",
              "\\frac{\\partial h_t}{\\partial f_t} = o_t(1 - \\tanh^2 c_t) c_t"), "fails"),
    (_CELL % ("", "\\frac{\\partial c_t}{\\partial g_t} = i_t"), "holds"),
    (_CELL % ("", "\\frac{\\partial c_t}{\\partial g_t} = g_t"), "fails"),
])
def test_a_derivative_by_a_gate_defined_as_written(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict
