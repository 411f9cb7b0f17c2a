"""A correct step is never reported as failing (issue 9 §1): short documents in the styles that
produced false alarms (worked numbers rounded from unrounded values, distributions whose sum
to 1 the prose states, ∇ of a bare name, a function named without its arguments, a function
of a vector's entries applied to another vector, sums whose ranges are left open, ...), each
with its correct steps (no step may fail) and a wrong twin (some step must still fail), so the
certainty rules are shown to be general, not fitted to one file."""

import pytest

from checker.derive.document import check_text

# (what the row shows, a document whose steps are all correct, the same with one slip)
ROWS = [
    # a bound value shown rounded carries its rounding into later steps that use the name
    ("rounded bound value, en",
     "$\\sigma^2 = 14/3$, so $\\sigma \\approx 2.1602$.\n\n"
     "$$2 \\cdot \\frac{-2}{\\sigma} + 0.5 \\approx -1.3516$$",
     "$\\sigma^2 = 14/3$, so $\\sigma \\approx 2.1602$.\n\n"
     "$$2 \\cdot \\frac{-2}{\\sigma} + 0.5 \\approx -1.3556$$"),
    ("rounded bound vector, ko",
     "$\\hat{x} = \\frac{(-2, -1, 3)}{2.1602} \\approx (-0.9258, -0.4629, 1.3887)$ 이므로\n\n"
     "$y = 2\\hat{x} + 0.5 \\approx (-1.3516, -0.4258, 3.2775)$",
     "$\\hat{x} = \\frac{(-2, -1, 3)}{2.1602} \\approx (-0.9258, -0.4629, 1.3887)$ 이므로\n\n"
     "$y = 2\\hat{x} + 0.5 \\approx (-1.3516, -0.4258, 3.2975)$"),
    # the prose says a family sums to one: steps may use it
    ("sums to one, en",
     "Since the $q_j$ sum to one,\n\n"
     "$$\\sum_j q_j (\\delta_{ij} - p_i) = q_i - p_i$$",
     "Since the $q_j$ sum to one,\n\n"
     "$$\\sum_j q_j (\\delta_{ij} - p_i) = q_i + p_i$$"),
    ("sums to one, ko",
     "확률 $p_k$의 합은 1이므로\n\n$$\\sum_k p_k (a - b) = a - b$$",
     "확률 $p_k$의 합은 1이므로\n\n$$\\sum_k p_k (a - b) = a + b$$"),
    ("sums to one, zh",
     "注意 $w_k$ 之和为 1，于是\n\n$$\\sum_{k} w_k c = c$$",
     "注意 $w_k$ 之和为 1，于是\n\n$$\\sum_{k} w_k c = 2c$$"),
    # ∇ of a bare name: by its function's argument, never by the name itself
    ("nabla of a named function",
     "$J(w) = w^2 + 3w$\n\n$$\\nabla J = 2w + 3$$",
     "$J(w) = w^2 + 3w$\n\n$$\\nabla J = 2w$$"),
    # a function written without its arguments is its value there, not a new variable
    ("function named bare",
     "$$g(u, v) = \\frac{u^2 v}{1 + v^2}$$\n\nso $$\\frac{2u^2 v}{1 + v^2} = 2g$$",
     "$$g(u, v) = \\frac{u^2 v}{1 + v^2}$$\n\nso $$\\frac{2u^2 v}{1 + v^2} = 3g(u, v)$$"),
    ("function named bare, vectors",
     "$$c(\\mathbf{a}, \\mathbf{b}) = \\frac{\\mathbf{a}^\\top\\mathbf{b}}"
     "{\\|\\mathbf{a}\\|\\|\\mathbf{b}\\|}$$\n\n"
     "$$\\frac{\\mathbf{a}^\\top\\mathbf{b}}{\\|\\mathbf{a}\\|^2\\|\\mathbf{b}\\|} = "
     "\\frac{c}{\\|\\mathbf{a}\\|}$$",
     "<!-- grader: shape a (n, 1) -->\n<!-- grader: shape b (n, 1) -->\n\n"
     "$$c(\\mathbf{a}, \\mathbf{b}) = \\frac{\\mathbf{a}^\\top\\mathbf{b}}"
     "{\\|\\mathbf{a}\\|\\|\\mathbf{b}\\|}$$\n\n"
     "$$\\frac{\\mathbf{a}^\\top\\mathbf{b}}{\\|\\mathbf{a}\\|^2\\|\\mathbf{b}\\|} = "
     "\\frac{c(\\mathbf{a}, \\mathbf{b})}{\\|\\mathbf{a}\\|^2}$$"),
    # a function of a vector's entries applied to a shifted vector
    ("log-sum-exp shift",
     "Define $\\operatorname{LSE}(\\mathbf{x}) = \\log\\sum_{i=1}^{n} e^{x_i}$.\n\n"
     "$$\\operatorname{LSE}(\\mathbf{x} + c\\mathbf{1}) = "
     "\\log\\Big(e^{c}\\sum_{i=1}^{n} e^{x_i}\\Big) = c + \\operatorname{LSE}(\\mathbf{x})$$",
     "Define $\\operatorname{LSE}(\\mathbf{x}) = \\log\\sum_{i=1}^{n} e^{x_i}$.\n\n"
     "$$\\log\\Big(e^{c}\\sum_{i=1}^{n} e^{x_i}\\Big) = 2c + \\operatorname{LSE}(\\mathbf{x})$$"),
    # an open Σ_j beside a sum whose range a worked example bound to another length
    ("open range beside a bound range",
     "Write $S = \\sum_{i=1}^{n} e^{x_i}$ and $s_j = e^{x_j}/S$. For $n = 2$ the Hessian "
     "is a 2 by 2 matrix.\n\nEach row sums to zero: $$\\sum_j \\frac{\\partial s_j}"
     "{\\partial x_k} = 0$$",
     "Write $S = \\sum_{i=1}^{n} e^{x_i}$ and $s_j = e^{x_j}/S$. For $n = 2$ the Hessian "
     "is a 2 by 2 matrix.\n\nEach row sums to one: $$\\sum_{j=1}^{n} \\frac{\\partial s_j}"
     "{\\partial x_k} = 1$$"),
    # a subscript that names a quantity of the text (σ_w for the weights w_i) is a label
    ("label subscript",
     "We take $\\operatorname{Var}(a_k) = \\sigma_a^2$ for every weight $a_k$, and likewise "
     "$\\operatorname{Var}(b_k) = \\sigma_b^2$ for the inputs $b_k$, so "
     "$\\operatorname{Var}(a_k) + \\operatorname{Var}(b_k) = \\sigma_a^2 + \\sigma_b^2$.",
     "For the weights $a_k$: $$\\sum_{k=1}^{2} a_k^2 = a_1^2 + 2a_2^2$$"),
    ("label subscript, fan-in",
     "For $n$ inputs $x_1, \\dots, x_n$ we want $\\sigma^2 = 1/n$; Glorot averages the fans, "
     "$$\\sigma^2 = \\frac{2}{n_{in} + n_{out}}$$\n\nWith $n_{in} = 100$ and $n_{out} = 300$, "
     "$$\\frac{2}{n_{in} + n_{out}} = \\frac{1}{200}$$",
     "For $n$ inputs let $\\sigma = 1/n$; then $$\\sigma^2 = \\frac{2}{n}$$"),
    # a claim stated under a condition in words the checker cannot apply
    ("condition in words",
     "Let $\\mathbf{x} \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n \\times n}$.\n\n"
     "If $A$ is symmetric, $\\nabla_{\\mathbf{x}}(\\mathbf{x}^\\top A\\mathbf{x}) = "
     "2A\\mathbf{x}$.",
     "Let $\\mathbf{x} \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n \\times n}$.\n\n"
     "In general, $\\nabla_{\\mathbf{x}}(\\mathbf{x}^\\top A\\mathbf{x}) = "
     "2A\\mathbf{x}$."),
    ("condition in words, ko (its cue after the words)",
     "$x \\in \\mathbb{R}^n$ 이다.\n\n"
     "A가 대칭이면 $\\nabla_x (x^T A x) = 2Ax$ 이다.",
     "$x \\in \\mathbb{R}^n$ 이다.\n\n"
     "$x_k$ 로 미분하면 $\\nabla_x (x^T A x) = 2Ax$ 이다."),
    ("condition in words, zh (its cue after the words)",
     "$x \\in \\mathbb{R}^n$。\n\n"
     "A 对称时，$\\nabla_x (x^T A x) = 2Ax$。",
     "$x \\in \\mathbb{R}^n$。\n\n"
     "此时，$\\nabla_x (x^T A x) = 2Ax$。"),
    # an equation to solve, introduced as such, is no identity
    ("equation to solve, en",
     "Let $X \\in \\mathbb{R}^{m \\times n}$, $\\mathbf{y} \\in \\mathbb{R}^m$, "
     "$\\mathbf{w} \\in \\mathbb{R}^n$.\n\nSetting the gradient to zero gives\n\n"
     "$$X^\\top X\\mathbf{w} = X^\\top\\mathbf{y}$$",
     "Let $X \\in \\mathbb{R}^{m \\times n}$, $\\mathbf{y} \\in \\mathbb{R}^m$, "
     "$\\mathbf{w} \\in \\mathbb{R}^n$.\n\nExpanding,\n\n"
     "$$X^\\top (X\\mathbf{w} - \\mathbf{y}) = X^\\top X\\mathbf{w} + X^\\top\\mathbf{y}$$"),
    ("equation to solve, zh",
     "设 $X$ 的形状为 $(m, n)$，$\\theta$ 的形状为 $(n, 1)$，$y$ 的形状为 $(m, 1)$。\n\n"
     "展开：\n\n$$X^T (X\\theta - y) = X^T X\\theta - X^T y$$\n\n"
     "令梯度为 0：\n\n$$X^T X\\theta - X^T y = 0$$",  # (an equation to solve: no step)
     "设 $X$ 的形状为 $(m, n)$，$\\theta$ 的形状为 $(n, 1)$，$y$ 的形状为 $(m, 1)$。\n\n"
     "展开：\n\n$$X^T (X\\theta - y) = X^T X\\theta + X^T y$$"),
    # recurrences: a local derivative (earlier states held) beside a state read through time
    ("RNN local derivative",
     "$$a_t = w\\,h_{t-1} + u\\,x_t, \\qquad h_t = \\tanh(a_t)$$\n\n"
     "The weights are shared, so we add the local terms "
     "($\\frac{\\partial a_t}{\\partial w} = h_{t-1}$, "
     "$\\frac{\\partial a_t}{\\partial u} = x_t$).",
     "$$a_t = w\\,h_{t-1} + u\\,x_t, \\qquad h_t = \\tanh(a_t)$$\n\n"
     "The weights are shared ($\\frac{\\partial a_t}{\\partial u} = w\\,x_t$)."),
    ("RNN local derivative, ko",
     "$$z_t = v\\,s_{t-1} + b, \\qquad s_t = \\sigma(z_t)$$\n\n"
     "시점마다 $\\frac{\\partial z_t}{\\partial v} = s_{t-1}$ 이다.",
     "$$z_t = v\\,s_{t-1} + b, \\qquad s_t = \\sigma(z_t)$$\n\n"
     "시점마다 $\\frac{\\partial z_t}{\\partial b} = 2$ 이다."),
    # a product over k+1..T: the claim is about k < T, not about any index values
    ("product over a range of indices",
     "$$h_t = \\tanh(w\\,h_{t-1} + u\\,x_t)$$\n\n"
     "$$\\frac{\\partial h_T}{\\partial h_k} = \\prod_{t=k+1}^{T} w\\,(1 - h_t^2)$$",
     "$$h_t = \\tanh(w\\,h_{t-1} + u\\,x_t)$$\n\n"
     "$$\\prod_{t=1}^{2} w\\,(1 - h_t^2) = w^2 (1 - h_1^2)$$"),
    # a derivative stated above, of a loss whose definition reaches it only in words
    ("stated derivative beside the definition",
     "Scores $S = XW$ with $X \\in \\mathbb{R}^{N \\times D}$ and "
     "$W \\in \\mathbb{R}^{D \\times C}$; $P$ is the row-wise softmax of $S$.\n\n"
     "$$L = -\\frac{1}{N}\\sum_{i=1}^{N}\\sum_{c=1}^{C} Y_{ic}\\log P_{ic} + "
     "\\frac{\\lambda}{2}\\|W\\|_F^2$$\n\n"
     "For the scores, $$\\frac{\\partial L}{\\partial S} = \\frac{1}{N}(P - Y)$$\n\n"
     "so that $$\\frac{\\partial L}{\\partial W} = X^T \\frac{\\partial L}{\\partial S} + "
     "\\lambda W$$",
     "Let $W \\in \\mathbb{R}^{D \\times C}$.\n\n"
     "$$\\frac{\\partial}{\\partial W}\\frac{\\lambda}{2}\\|W\\|_F^2 = 2\\lambda W$$"),
    # an entry at index 0 of a vector the text binds from 1: a name of its own (or counting
    # from 0?): a derivative through it is no derivative through the vector
    ("an entry at index 0",
     "$$\\mathbf{z} = [2.0,\\ 1.0,\\ 0.1]$$\n\n$$\\mathbf{p} = \\mathrm{softmax}(\\mathbf{z})$$"
     "\n\n$$L = -\\ln p_0$$\n\n$$\\frac{\\partial L}{\\partial \\mathbf{z}} \\approx "
     "[-0.341,\\ 0.242,\\ 0.099]$$",
     "$$\\mathbf{z} = [2.0,\\ 1.0,\\ 0.1]$$\n\n$$\\mathbf{p} = \\mathrm{softmax}(\\mathbf{z})$$"
     "\n\n$$L = -\\ln p_1$$\n\n$$\\frac{\\partial L}{\\partial \\mathbf{z}} \\approx "
     "[-0.341,\\ 0.252,\\ 0.099]$$"),
    # a name written bold where its definition wrote it plain: perhaps the vector of them
    ("bold beside plain",
     "$$\\lambda = e^{\\theta^\\top x}$$\n\nOver a data set stacked in the rows of $X$, "
     "with $\\boldsymbol{\\lambda} = \\exp(X\\theta)$ element-wise, the gradient is a sum.",
     "$$\\lambda = e^{u}$$\n\nso $$\\lambda^2 = e^{3u}$$"),
    ("bold beside plain, ko",
     "$$p = \\sigma(z)$$\n\n배치 전체로는 $\\mathbf{p} = \\sigma(X\\mathbf{w})$ 로 쓰고, "
     "한 샘플에서 $$\\frac{\\partial p}{\\partial z} = p(1 - p)$$",
     "$$p = \\sigma(z)$$\n\n따라서 $$1 - p = \\sigma(z)$$"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    steps = check_text(right).steps
    assert steps and not [s for s in steps if s.verdict == "fails"], \
        [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    steps = check_text(wrong).steps
    assert any(s.verdict == "fails" for s in steps), \
        [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]
