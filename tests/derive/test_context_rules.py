"""What the text establishes, read in context (issue 9 §2): a statistic stated at an argument,
definitions announced in prose, primes and differentials as names, cases over indices, a name
redefined later, worked examples' values. Each row: a document whose steps are all correct
(none may fail) and a wrong twin with one slip where the reading is certain (a step must still
fail). Rows written in the styles of real notes, none copied."""

import pytest

from checker.derive.document import check_text

ROWS = [
    # 6. a statistic's value at one argument: E[m] = p is no function E of every argument
    ("expectation stated at its argument",
     "Each unit is kept with a mask $m \\sim \\mathrm{Bernoulli}(p)$ and scaled: "
     "$$\\tilde{h} = \\frac{m}{p} h$$\n\nSince $\\mathbb{E}[m] = p$,\n\n"
     "$$\\mathbb{E}[\\tilde{h}] = \\frac{\\mathbb{E}[m]}{p} h = \\frac{p}{p} h = h$$",
     "Each unit is kept with a mask $m \\sim \\mathrm{Bernoulli}(p)$ and scaled: "
     "$$\\tilde{h} = \\frac{m}{p} h$$\n\nSince $\\mathbb{E}[m] = p$,\n\n"
     "$$\\mathbb{E}[\\tilde{h}] = \\frac{\\mathbb{E}[m]}{p} h = \\frac{p}{2p} h$$"),
    ("a variance stated for a weight",
     "Let $\\mathrm{Var}(w) = \\frac{2}{n}$. Then $n\\,\\mathrm{Var}(w) = 2$ and "
     "$\\frac{n}{2}\\mathrm{Var}(w) = 1$.",
     "Let $\\mathrm{Var}(w) = \\frac{2}{n}$. Then $n\\,\\mathrm{Var}(w) = 2$ and "
     "$\\frac{n}{2}\\mathrm{Var}(w) = 2$."),
    ("E as an error function of w stays a function",
     "$$E(w) = \\frac{1}{2}(t - wx)^2$$\n\n$$\\frac{dE}{dw} = -(t - wx)x$$",
     "$$E(w) = \\frac{1}{2}(t - wx)^2$$\n\n$$\\frac{dE}{dw} = (t - wx)x$$"),
    # 4. a definition announced in prose ("let", "令", "로 두면") gives a name a new value
    ("let at test time, after a training-time definition",
     "During training $$h' = \\frac{r}{q} h$$ with $r$ the mask.\n\nAt test time we simply let "
     "$h' = h$, so that $\\frac{\\partial h'}{\\partial h} = 1$.",
     # (the twin restates h' with no cue: "At test time" would name another phase of the
     # model, a variant the text may define as it likes: contrast.PHASE)
     "During training $$h' = \\frac{r}{q} h$$ with $r$ the mask.\n\nHence "
     "$h' = \\frac{q}{r} h$."),
    ("令 in Chinese notes",
     "训练时 $$\\tilde{x} = \\frac{m}{p} x$$\n\n推理时令 $\\tilde{x} = x$，"
     "于是 $\\tilde{x} - x = 0$。",
     "训练时 $$\\tilde{x} = \\frac{m}{p} x$$\n\n于是 $\\tilde{x} = x$。"),
    ("로 두면 in Korean notes",
     "$$z = wx + b$$\n\n편향을 빼고 $z = wx$로 두면 $\\frac{\\partial z}{\\partial w} = x$ 이다.",
     "$$z = wx + b$$\n\n편향을 빼면 $\\frac{\\partial z}{\\partial w} = b$ 이다."),
    # a new choice announced ("next, take", "consider", "换成", "로 하자"): a redefinition, so
    # the derivative after it is of the new function; "hence"/"so" before it: a claim
    ("next, take a new function",
     "Let $f(x) = x^2$, so $f'(x) = 2x$.\n\nNext, take $f(x) = x^3$. Its derivative is "
     "$f'(x) = 3x^2$.",
     "Let $f(x) = x^2$, so $f'(x) = 2x$.\n\nHence $f(x) = x^3$. Its derivative is "
     "$f'(x) = 3x^2$."),
    ("consider a new function, and a claim after hence",
     "Let $f(x) = x^2$, so $f'(x) = 2x$.\n\nNow consider $f(x) = x^3$, with "
     "$f'(x) = 3x^2$.",
     "Let $f(x) = x^2$, so $f'(x) = 2x$.\n\nHence $f(x) = x^3$."),
    ("a claim after so", "Let $f(x) = x^2$, so $f'(x) = 2x$.\n\nInstead, $f(x) = x^3$.",
     "Let $f(x) = x^2$, so $f'(x) = 2x$, so $f(x) = x^3$."),
    ("로 하자 in Korean notes",
     "$f(x) = x^2$ 이면 $f'(x) = 2x$ 이다.\n\n이번엔 $f(x) = x^3$ 로 하자. 그러면 "
     "$f'(x) = 3x^2$ 이다.",
     "$f(x) = x^2$ 이면 $f'(x) = 2x$ 이다.\n\n따라서 $f(x) = x^3$ 이다."),
    ("换成 and 改为 in Chinese notes",
     "设 $f(x) = x^2$，则 $f'(x) = 2x$。\n\n现在换成 $f(x) = x^3$，则 $f'(x) = 3x^2$。"
     "\n\n再改为 $f(x) = x^4$，则 $f'(x) = 4x^3$。",
     "设 $f(x) = x^2$，则 $f'(x) = 2x$。\n\n所以 $f(x) = x^3$。"),
    # another variant of the model named in the sentence before the formula ("the old
    # version", "원래 버전", "原始版本", "vanilla ... uses"): its definition, not a claim that
    # it agrees with the current one; "so"/"따라서"/"所以" before it: a restatement, checked
    ("the old version of a model, after a question",
     "Inverted dropout: $y = \\frac{m\\,x}{p}$.\n\n**And the original version?** Training "
     "uses $y = m\\,x$, so there $\\frac{\\partial y}{\\partial x} = m$.",
     "Inverted dropout: $y = \\frac{m\\,x}{p}$.\n\nSo $y = m\\,x$ and testing scales by $p$."),
    ("an older initialisation, a factor apart",
     "He initialisation scales by $$s = \\sqrt{2/n}$$\n\nThe older vanilla scheme uses "
     "$s = \\sqrt{1/n}$ instead, so that $n s^2 = 1$.",
     "He initialisation scales by $$s = \\sqrt{2/n}$$\n\nHence $s = \\sqrt{1/n}$."),
    ("원래 버전 in Korean notes",
     "역드롭아웃은 $y = \\frac{m x}{p}$ 이다.\n\n원래 버전에서는 학습 때 $y = m x$ 이고, "
     "그러면 $\\frac{\\partial y}{\\partial x} = m$ 이다.",
     "역드롭아웃은 $y = \\frac{m x}{p}$ 이다.\n\n따라서 $y = m x$ 이다."),
    ("原始版本 in Chinese notes",
     "倒置 dropout：$y = \\frac{m x}{p}$。\n\n原始版本中训练时 $y = m x$，"
     "则 $\\frac{\\partial y}{\\partial x} = m$。",
     "倒置 dropout：$y = \\frac{m x}{p}$。\n\n所以 $y = m x$。"),
    # 3. primes and differentials as names
    ("an upstream gradient's name with an accent",
     "Write $d\\hat{y}_i$ for $\\partial L/\\partial \\hat{y}_i$. The squared error gives "
     "$$d\\hat{y}_i = 2(\\hat{y}_i - y_i)$$ and summed over the batch\n\n"
     "$$\\sum_i d\\hat{y}_i = 2\\sum_i \\hat{y}_i - 2\\sum_i y_i$$",
     "Write $d\\hat{y}_i$ for $\\partial L/\\partial \\hat{y}_i$. The squared error gives "
     "$$d\\hat{y}_i = 2(\\hat{y}_i - y_i)$$ and summed over the batch\n\n"
     "$$\\sum_i d\\hat{y}_i = 2\\sum_i \\hat{y}_i + 2\\sum_i y_i$$"),
    ("a primed loss after one step",
     "$$L = (w - 3)^2$$\n\nAt $w = 1$, $L = 4$. One step with rate $0.25$ gives "
     "$w' = 1 - 0.25 \\cdot 2(1 - 3) = 2$ and\n\n$$L' = (2 - 3)^2 = 1$$",
     "$$L = (w - 3)^2$$\n\nAt $w = 1$, $L = 4$. One step with rate $0.25$ gives "
     "$w' = 1 - 0.25 \\cdot 2(1 - 3) = 2$ and\n\n$$L' = (2 - 3)^2 = 2$$"),
    # 5. cases over indices (i = j, i ≠ j), the Kronecker delta, a matrix beside its entries
    ("softmax Jacobian by cases and with δ",
     "$$s_i = \\frac{e^{a_i}}{\\sum_{k=1}^{K} e^{a_k}}$$\n\n## Jacobian\n\nWhen $i = j$,\n\n"
     "$$\\frac{\\partial s_i}{\\partial a_i} = s_i(1 - s_i)$$\n\nWhen $i \\neq j$,\n\n"
     "$$\\frac{\\partial s_i}{\\partial a_j} = -s_i s_j$$\n\nTogether:\n\n"
     "$$\\frac{\\partial s_i}{\\partial a_j} = \\begin{cases} s_i(1 - s_i) & i = j \\\\ "
     "-s_i s_j & i \\neq j \\end{cases} = s_i(\\delta_{ij} - s_j)$$",
     "$$s_i = \\frac{e^{a_i}}{\\sum_k e^{a_k}}$$\n\n"
     "$$\\frac{\\partial s_i}{\\partial a_j} = \\begin{cases} -s_i s_j & i = j \\\\ "
     "s_i(1 - s_i) & i \\neq j \\end{cases}$$"),
    ("Frobenius norm as a double sum, the target without a shape",
     "The input $X$ is $(m, d)$, the weights $W$ are $(d, c)$ and the bias $b$ is $(1, c)$, "
     "added to every row.\n\n$$A = XW + b$$\n\nWith targets $T$ we take\n\n"
     "$$J = \\frac{1}{2m}\\|A - T\\|_F^2 = \\frac{1}{2m}\\sum_{i=1}^{m}\\sum_{j=1}^{c}"
     "(A_{ij} - T_{ij})^2$$",
     "The input $X$ is $(m, d)$, the weights $W$ are $(d, c)$ and the bias $b$ is $(1, c)$, "
     "added to every row; the targets $T$ are $(m, c)$.\n\n$$A = XW + b$$\n\n"
     "$$J = \\frac{1}{2m}\\|A - T\\|_F^2 = \\frac{1}{m}\\sum_{i=1}^{m}\\sum_{j=1}^{c}"
     "(A_{ij} - T_{ij})^2$$"),
    # 1. a name redefined for a region in a later paragraph (a piece of another function)
    ("leaky ReLU after ReLU, for negative inputs (Chinese notes)",
     "ReLU：$f(x) = \\max(0, x)$，负半轴导数为 0。\n\n"
     "Leaky ReLU：x < 0 时 $f(x) = 0.01x$，例如 $f(-2) = -0.02$，$f'(-2) = 0.01$。",
     "ReLU：$f(x) = \\max(0, x)$，负半轴导数为 0。\n\n"
     "Leaky ReLU：x < 0 时 $f(x) = 0.01x$，例如 $0.01 \\cdot (-2) = -0.2$。"),
    ("ELU's pieces after softplus, each for a region",
     "With $f(x) = \\ln(1 + e^{x})$, $$\\frac{d}{dx}\\ln(1 + e^{x}) = \\frac{1}{1 + e^{-x}}$$\n\n"
     "For ELU, $f(x) = x$ for $x > 0$ and $f(x) = \\alpha(e^{x} - 1)$ for $x \\le 0$, so on the "
     "negative side $f'(x) = \\alpha e^{x} = f(x) + \\alpha$.",
     "With $f(x) = \\ln(1 + e^{x})$, $$\\frac{d}{dx}\\ln(1 + e^{x}) = \\frac{1}{1 + e^{x}}$$\n\n"
     "For ELU, $f(x) = x$ for $x > 0$ and $f(x) = \\alpha(e^{x} - 1)$ for $x \\le 0$."),
    ("max pooling after average pooling, the same output name",
     "**Average pooling.** $y = \\frac{1}{n}\\sum_{i=1}^{n} x_i$, so "
     "$\\frac{\\partial y}{\\partial x_i} = \\frac{1}{n}$.\n\n**Max pooling.** $y = \\max_i x_i$, "
     "and only the largest input gets the gradient.",
     "**Average pooling.** $y = \\frac{1}{n}\\sum_{i=1}^{n} x_i$, so "
     "$\\frac{\\partial y}{\\partial x_i} = \\frac{1}{n}$.\n\nThat is, $y = \\frac{1}{2n}"
     "\\sum_{i=1}^{n} x_i$."),
    # 2. worked examples: a variant of a bound name (K' for K) may be put in its place
    ("dilated kernel substituted for K",
     "$$O = \\frac{N - K + 2P}{S} + 1$$\n\nTake $N = 32$, $K = 3$, $P = 0$, $S = 1$ and "
     "dilation $d = 2$: the kernel covers $K' = d(K - 1) + 1 = 5$ inputs, so "
     "$$O = 32 - 5 + 1 = 28$$",
     "$$O = \\frac{N - K + 2P}{S} + 1$$\n\nTake $N = 32$, $K = 3$, $P = 0$, $S = 1$: "
     "$$O = 32 - 5 + 1 = 28$$"),
]


CASES = [pytest.param(doc, twin, id=f"{what} ({'wrong twin' if twin else 'correct'})")
         for what, right, wrong in ROWS for doc, twin in ((right, False), (wrong, True))]


@pytest.mark.parametrize("doc, twin", CASES)
def test_no_correct_step_fails_and_the_twin_is_caught(doc, twin):
    """A correct document: no step fails (and some step is reported). Its wrong twin: the
    slip is still flagged."""
    verdicts = [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]
    failing = [v for v in verdicts if v[3] == "fails"]
    assert verdicts and bool(failing) is twin, verdicts


# a vocabulary function the text's definitions square as a bare name (`s = \log\sigma^2`): σ is
# a standard deviation there, not the sigmoid, so ∂σ/∂s is never the sigmoid's derivative: never
# a failure (undecided until σ is defined in s); the sigmoid is still read where σ is called
@pytest.mark.parametrize("doc, verdicts", [
    ("Encoders output $s = \\log\\sigma^2$, so $\\sigma = e^{s/2}$ and "
     "$\\partial\\sigma/\\partial s = \\sigma/2$.\n", {"undecided"}),
    ("인코더는 $s = \\log\\sigma^2$ 를 내므로 $\\sigma = e^{s/2}$, "
     "$\\frac{\\partial \\sigma}{\\partial s} = \\frac{\\sigma}{2}$ 이다.\n", {"undecided"}),
    ("编码器输出 $s = \\log\\sigma^2$，于是 $\\frac{d\\sigma}{ds} = \\frac{\\sigma}{2}$。\n",
     {"undecided"}),
    ("Let $a = \\sigma(z)$.\n\n$$\\frac{d\\sigma}{dz} = \\sigma(z)(1 + \\sigma(z))$$\n",
     {"fails"}),
])
def test_a_squared_function_name_is_a_quantity(doc, verdicts):
    assert {s.verdict for s in check_text(doc).steps} >= verdicts and \
        ("fails" in verdicts or all(s.verdict != "fails" for s in check_text(doc).steps))
