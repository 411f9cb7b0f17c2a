"""What the prose establishes (prose.py): one-hot labels, names it calls an activation. (Shapes
given in words: test_declared.)"""

import pytest

from checker.derive.document import check_text, read_text
from checker.derive.markdown import read_math
from checker.derive.prose import called_functions, one_hot


@pytest.mark.parametrize("text, families", [
    ("The label $\\mathbf{y}$ is one-hot.", ["y"]),
    ("정답 레이블 $\\mathbf{y}$는 원-핫 벡터이다.", ["y"]),
    ("标签 $y$ 采用 one-hot 编码。", ["y"]),
    ("With smoothing $\\varepsilon$, the one-hot target $\\mathbf{y}$ is replaced", ["y"]),
    ("The label $y$ is 1 or 0.", []),
])
def test_one_hot_labels(text, families):
    assert one_hot(read_math(text)[0]) == families


def test_a_one_hot_label_stated_in_prose_is_assumed():
    text = ("The label $\\mathbf{y}$ is one-hot.\n\n"
            "$$-y_1(1 - a_1) + y_2 a_1 + y_3 a_1 = a_1 - y_1$$")
    step = check_text(text).steps[0]
    assert step.verdict == "holds" and "does not state it" not in step.method
    _, state = read_text(text)
    assert "y" in state.ctx.normalised


_D = "\\frac{\\partial %s}{\\partial z}"


@pytest.mark.parametrize("prose, claim, verdict", [
    # a name the prose calls an activation is read so (prose.called_functions): a correct
    # derivative holds; a wrong one is undecided with the reason (the reading is a guess from
    # prose), never "fails"
    ("Let $p$ be the sigmoid of $z$.", f"{_D % 'p'} = p(1 - p)", "holds"),
    ("Let $p$ be the sigmoid of $z$.", f"{_D % 'p'} = p(1 + p)", "undecided"),
    ("where $\\hat{y}$ denotes the sigmoid output $\\sigma(z)$.",
     "\\frac{\\partial \\hat{y}}{\\partial z} = \\hat{y}(1 - \\hat{y})", "holds"),
    ("$f$가 시그모이드이면", "f'(z) = f(z)(1 - f(z))", "holds"),
    ("$f$가 시그모이드이면", "f'(z) = f(z)(1 + f(z))", "undecided"),
    ("激活函数 $h$ 为 tanh，", f"{_D % 'h'} = 1 - h^2", "holds"),
    ("激活函数 $h$ 为 tanh，", f"{_D % 'h'} = 1 - h", "undecided"),
    # the prose announces what the math then defines: the math's definition, certain
    ("Let $p$ be the sigmoid of $z$:\n\n$$p = \\sigma(z)$$", f"{_D % 'p'} = p(1 + p)", "fails"),
    ("Let $p$ be the sigmoid of $z$:\n\n$$p = \\sigma(z)$$", f"{_D % 'p'} = p(1 - p)", "holds"),
    # not the function itself: its derivative has a name of its own; nothing is defined
    ("Let $g$ be the sigmoid derivative at $z$.", f"{_D % 'g'} = g(1 - g)", "undecided"),
])
def test_a_name_the_prose_calls_an_activation(prose, claim, verdict):
    steps = check_text(f"{prose}\n\n$${claim}$$").steps
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
    assert verdict != "undecided" or all("taken as given" not in s.method for s in steps) or \
        "derivative" in prose


@pytest.mark.parametrize("text, called", [
    ("Let $p$ be the sigmoid of $z$.", [("p", "sigma", "z")]),
    ("$a$ is the ReLU of $x$ here.", [("a", "relu", "x")]),
    ("$f$가 시그모이드이면", [("f", "sigma", None)]),
    ("Let $g$ be the sigmoid's derivative.", []),
    ("$p$ is the probability.", []),
])
def test_which_names_the_prose_calls_an_activation(text, called):
    found = called_functions(read_math(text)[0])
    assert [(c.name.name, c.function, c.arg.name if c.arg is not None else None)
            for c in found] == called


_SOFTMAX = ("$$\\operatorname{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n"
            "%s\n\n$$\\frac{\\partial S_i}{\\partial z_i} = %s$$")


@pytest.mark.parametrize("prose, claim, verdict", [
    # the name the prose gives the formula right above (prose.named_formulas): a guess, so a
    # correct step holds and a wrong one is undecided with the reason, never "fails" ...
    ("Let me call it $S$.", "S_i(1 - S_i)", "undecided"),
    ("We compute it next. Let me call it $S_i$.", "S_i(1 + S_i)", "undecided"),
    # ... unless "it" comes in the first sentence after the display and the name carries the
    # index letters of the quantity the display defines (softmax(z)_i, S_i): then certain
    ("Let me call it $S_i$.", "S_i(1 - S_i)", "holds"),
    ("Let me call it $S_i$.", "S_i(1 + S_i)", "fails"),
    ("Let me call it $S_i$ and go on.", "-S_i(1 - S_i)", "fails"),
    ("이를 $S_i$ 라 하자.", "S_i(1 - S_i)", "holds"),
    ("记为 $S_i$。", "S_i(1 - S_i)", "holds"),
    # no name given to it: S_i stays undefined (taken as given)
    ("Here $S_i$ is the score.", "S_i(1 - S_i)", "undecided"),
])
def test_a_name_the_prose_gives_the_formula_above(prose, claim, verdict):
    steps = check_text(_SOFTMAX % (prose, claim)).steps[1:]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
    assert ("taken as given" in steps[0].method) == ("score" in prose)


# a name the prose says is the loss's gradient ("let $dY$ denote the upstream gradient",
# "$dZ$ 를 상류 기울기라 하자", "记 $dY$ 为上游梯度"; by the derivative written after the words,
# or `d` + a name: dY is ∂L/∂Y) is defined as `dY = ∂L/∂Y` would define it: the backward
# step through it is derived at the example's numbers it is given later (was: taken as given)
_DENSE_EN = ("A linear layer computes $Y = XW$ with $X = \\begin{bmatrix} 1 & 2 \\\\ 0 & 1 "
             "\\end{bmatrix}$ and $W = \\begin{bmatrix} 1 & 0 \\\\ 2 & 1 \\end{bmatrix}$. Let $dY$ "
             "denote the upstream gradient%s.\n\nIn this example $dY = \\begin{bmatrix} 1 & -1 "
             "\\\\ 0 & 2 \\end{bmatrix}$.\n\n$$\\frac{\\partial L}{\\partial W} = %s$$\n")
_DENSE_KO = ("선형층 $Z = XW$ 에서 $X = \\begin{bmatrix} 2 & 1 \\\\ 0 & 3 \\end{bmatrix}$, "
             "$W = \\begin{bmatrix} 1 & 1 \\\\ 0 & 2 \\end{bmatrix}$ 이다. $dZ$ 를 상류 기울기라 "
             "하자.%s\n\n예제 값은 $dZ = \\begin{bmatrix} 1 & 0 \\\\ -1 & 2 \\end{bmatrix}$ 이다."
             "\n\n$$\\frac{\\partial L}{\\partial X} = %s$$\n")
_DENSE_ZH = ("全连接层 $Y = XW$，其中 $X = \\begin{bmatrix} 1 & 0 \\\\ 3 & 1 \\end{bmatrix}$，"
             "$W = \\begin{bmatrix} 2 & 1 \\\\ 1 & 0 \\end{bmatrix}$。记 $dY$ 为上游梯度%s。\n\n"
             "本例中 $dY = \\begin{bmatrix} 0 & 1 \\\\ 1 & 1 \\end{bmatrix}$。\n\n"
             "$$\\frac{\\partial L}{\\partial W} = %s$$\n")


@pytest.mark.parametrize("text, verdict", [
    (_DENSE_EN % ("", "X^\\top dY"), "holds"),
    (_DENSE_EN % ("", "X\\, dY"), "fails"),  # X not transposed
    (_DENSE_EN % (" $\\partial L/\\partial Y$", "X^\\top dY"), "holds"),
    (_DENSE_EN % (" $\\partial L/\\partial Y$", "dY^\\top X"), "fails"),
    (_DENSE_KO % ("", "dZ\\, W^\\top"), "holds"),
    (_DENSE_KO % ("", "dZ\\, W"), "fails"),  # W not transposed
    (_DENSE_ZH % ("", "X^\\top dY"), "holds"),
    (_DENSE_ZH % ("", "dY X^\\top"), "fails"),  # the factors swapped
])
def test_a_name_the_prose_calls_the_upstream_gradient(text, verdict):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text", [
    # numbers for it in the same sentence: bound as before, decided by them
    ("Let $dY$ denote the upstream gradient, here $dY = \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 "
     "\\end{bmatrix}$ and $X = \\begin{bmatrix} 1 & 2 \\\\ 0 & 1 \\end{bmatrix}$.\n\n"
     "Then $dW = X^\\top dY = \\begin{bmatrix} 1 & 0 \\\\ 2 & 1 \\end{bmatrix}$.\n"),
    # "the gradient of f": no loss's derivative named, nothing defined
    "Let $g$ be the gradient of $f$ and $f = x^2$.\n\nThen $g = 2x$.\n",
])
def test_a_name_called_a_gradient_otherwise_reads_as_before(text):
    assert [s.verdict for s in check_text(text).steps] == \
        [s.verdict for s in check_text(text.replace("gradient", "thing")).steps]
