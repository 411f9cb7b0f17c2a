"""False alarms by class (issue 9 §1, §2): short documents of our own in the styles of a fresh
held-out corpus. Each row: a document whose steps are all correct (none may fail) and a wrong
twin (the same with one slip, where the reading is certain: some step must still fail).

Classes: shapes written with `\\times` after or instead of a formula; a name used both as a
function and as a value; a prime naming a new quantity; conditions and equations to solve;
worked examples whose values change; tuples compared with column vectors; and review23's (a
value given with ≈, rounded shares added, a value reached, a named equation, a case for a defined
name, conjugates, a prime given a new meaning, a new case with "instead")."""

import pytest

from checker.derive.document import check_text

ROWS = [
    # 1. shapes written with \times: an align's annotation column, a shape product
    ("align annotation column",
     "$$y = x^3$$\n\n\\begin{align}\n\\frac{dy}{dx} &= 3x^2 && (n \\times 1) \\\\\n"
     "\\frac{d^2y}{dx^2} &= 6x && (n \\times 1)\n\\end{align}",
     "$$y = x^3$$\n\n\\begin{align}\n\\frac{dy}{dx} &= 3x^2 && (n \\times 1) \\\\\n"
     "\\frac{d^2y}{dx^2} &= 3x && (n \\times 1)\n\\end{align}"),
    ("shape product with times",
     "The gradient has shape \\( (d \\times m)(m \\times K) = d \\times K \\).",
     "The gradient has shape \\( (d \\times m)(m \\times K) = d \\times m \\)."),
    ("shape product with subscripted sizes (layer l, batch as columns)",
     "- $dW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1]\\top}$, shape "
     "$(n_l\\times m)(m\\times n_{l-1}) = n_l \\times n_{l-1}$",
     "- $dW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1]\\top}$, shape "
     "$(n_l\\times m)(m\\times n_{l-1}) = n_l \\times m$"),
    ("shape product with word subscripts, in Korean",
     "가중치 기울기의 크기: $(d_{in} \\times h)(h \\times d_{out}) = (d_{in} \\times d_{out})$",
     "가중치 기울기의 크기: $(d_{in} \\times h)(h \\times d_{out}) = (h \\times d_{out})$"),
    # an equation to solve announced with an arrow after the words ("set to 0 → ...")
    ("normal equations after 'set to 0 →'",
     "gradient: $\\nabla J = 2X^\\top(Xw - y) + 2\\lambda w$\n\n"
     "set to 0 → $X^\\top X w + \\lambda w = X^\\top y$",
     "gradient: $\\nabla J = 2X^\\top(Xw - y) + 2\\lambda w$\n\n"
     "so → $X^\\top X w + \\lambda w = X^\\top y$"),
    ("parameters counted, with the unit inside the formula",
     "$$3 \\cdot 3 \\cdot 64 \\cdot 64 + 64 = 36{,}928 \\text{ params}$$",
     "$$3 \\cdot 3 \\cdot 64 \\cdot 64 + 64 = 36{,}864 \\text{ params}$$"),
    ("a time and a count in Korean and Chinese notes",
     "한 배치에 $2 \\times 5 = 10\\,\\mathrm{ms}$, 위치는 $56 \\times 56 = 3136 \\text{개}$, "
     "共 $4 \\times 8 = 32 \\text{个}$",
     "한 배치에 $2 \\times 5 = 10\\,\\mathrm{ms}$, 위치는 $56 \\times 56 = 3126 \\text{개}$"),
    ("a measure word with what it counts, in Chinese; elements in English",
     "输出共有 $$16 \\times 28 \\times 28 = 12{,}544\\ \\text{个元素}$$ 即 "
     "$$3 \\times 4 = 12 \\text{ elements}$$",
     "输出共有 $$16 \\times 28 \\times 28 = 12{,}454\\ \\text{个元素}$$"),
    # 2. a name used both as a function and as a value
    ("sigma as a function and a value",
     "$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$\n\nFrom $\\sigma (1 + e^{-x}) = 1$ we get "
     "$\\sigma' (1 + e^{-x}) - \\sigma e^{-x} = 0$, so $\\sigma' = \\sigma \\cdot "
     "\\frac{e^{-x}}{1 + e^{-x}} = \\sigma (1 - \\sigma)$.",
     "$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$\n\nHence $\\sigma'(x) = \\sigma(x)(1 + \\sigma(x))$."),
    ("normal CDF typed in Unicode",
     "$\\mathrm{GELU}(x) = xΦ(x)$，$\\mathrm{GELU}′(x) = Φ(x) + xφ(x)$",
     "$g(x) = x^2$, $\\frac{d}{dx}\\left[x g(x)\\right] = 2x^2$"),
    # 3. a prime on a name the text does not define: a new name, not a derivative
    ("folded weights",
     "Write $s = \\sqrt{v + \\epsilon}$. The folded layer has\n\n"
     "$$W' = \\frac{\\gamma}{s}\\,W, \\qquad b' = \\frac{\\gamma\\,(b - \\mu)}{s} + \\beta$$\n\n"
     "## Numbers\n\n$W = 2$, $b = 1$, $\\mu = 3$, $\\gamma = 0.5$, $\\beta = 1$, $s = 2$:\n\n"
     "$$W' = \\frac{0.5}{2} \\cdot 2 = 0.5, \\qquad b' = \\frac{0.5\\,(1 - 3)}{2} + 1 = 0.5$$\n\n"
     "For $x = 4$: $W'x + b' = 0.5 \\cdot 4 + 0.5 = 2.5$.",
     "Write $s = \\sqrt{v + \\epsilon}$. The folded layer has\n\n"
     "$$W' = \\frac{\\gamma}{s}\\,W, \\qquad b' = \\frac{\\gamma\\,(b - \\mu)}{s} + \\beta$$\n\n"
     "## Numbers\n\n$W = 2$, $b = 1$, $\\mu = 3$, $\\gamma = 0.5$, $\\beta = 1$, $s = 2$:\n\n"
     "$$W' = \\frac{0.5}{2} \\cdot 2 = 0.5, \\qquad b' = \\frac{0.5\\,(1 - 3)}{2} + 1 = 1.5$$"),
    ("kept unit, ko",
     "유지 확률 $p$, 마스크 $r$ 에 대해 $$h' = \\frac{r}{p}\\, h$$ 이다.\n\n"
     "$p = 0.8$, $h = 4$, $r = 1$ 이면 $h' = 5$.",
     "유지 확률 $p$, 마스크 $r$ 에 대해 $$h' = \\frac{r}{p}\\, h$$ 이다.\n\n"
     "$p = 0.8$, $h = 4$, $r = 1$ 이면 $h' = 3.2$."),
    ("a derivative of a defined value keeps its prime",
     "$y = x^3$, so $y' = 3x^2$.", "$y = x^3$, so $y' = 2x^2$."),
    # 4. requirements and equations to solve are not identities
    ("same padding needs",
     "$$O = \\frac{N + 2P - K}{S} + 1$$\n\n\"Same\" padding at stride 1 needs $O = N$, i.e. "
     "$N + 2P - K + 1 = N$, so $P = \\frac{K - 1}{2}$.\n\nAt $S = 1$: $\\frac{N + 2P - K}{1} + 1 = N + 2P - K + 1$.",
     "$$O = \\frac{N + 2P - K}{S} + 1$$\n\n\"Same\" padding at stride 1 needs $O = N$, i.e. "
     "$N + 2P - K + 1 = N$, so $P = \\frac{K - 1}{2}$.\n\nAt $S = 1$: $\\frac{N + 2P - K}{1} + 1 = N + 2P - K$."),
    ("a requirement: we want",
     "$$\\operatorname{Var}(z) = n\\,\\sigma_w^2\\sigma_x^2$$\n\nTo keep the variance we want "
     "$\\operatorname{Var}(z) = \\sigma_x^2$, which requires $$\\sigma_w^2 = \\frac{1}{n}$$\n\n"
     "At $n = 4$: $$\\frac{1}{n} = 0.25$$",
     "$$\\operatorname{Var}(z) = n\\,\\sigma_w^2\\sigma_x^2$$\n\nTo keep the variance we want "
     "$\\operatorname{Var}(z) = \\sigma_x^2$, which requires $$\\sigma_w^2 = \\frac{1}{n}$$\n\n"
     "At $n = 4$: $$\\frac{1}{n} = 0.5$$"),
    ("stationarity, zh",
     "$$J(w) = (w - 3)^2 + 1$$\n\n令 $\\frac{dJ}{dw} = 0$，得 $2(w - 3) = 0$，所以 $w = 3$。"
     "\n\n$$\\frac{dJ}{dw} = 2(w - 3)$$",
     "$$J(w) = (w - 3)^2 + 1$$\n\n令 $\\frac{dJ}{dw} = 0$，得 $2(w - 3) = 0$，所以 $w = 3$。"
     "\n\n$$\\frac{dJ}{dw} = 2(w - 4)$$"),
    ("a Bernoulli mask squared",
     "Each unit is kept by a mask $r_i \\sim \\mathrm{Bernoulli}(q)$.\n\n"
     "Since $r_i^2 = r_i$, $$r_i^3 = r_i$$",
     "Each unit is kept by a mask $r_i \\sim \\mathrm{Bernoulli}(q)$.\n\n"
     "Since $r_i^2 = r_i$, $$r_i^3 = 2r_i - 1$$"),
    # 5. an update is checked at the values before it
    ("update at the old value",
     "Data $x = 1$, $y = 3$, start at $w = 1$:\n\n$$\\frac{\\partial J}{\\partial w} = "
     "2(wx - y)x = -4$$\n\nWith $\\alpha = 0.05$:\n\n$$w \\leftarrow w - \\alpha "
     "\\frac{\\partial J}{\\partial w} = 1 + 0.05 \\cdot 4 = 1.2$$",
     "Data $x = 1$, $y = 3$, start at $w = 1$:\n\n$$\\frac{\\partial J}{\\partial w} = "
     "2(wx - y)x = -4$$\n\nWith $\\alpha = 0.05$:\n\n$$w \\leftarrow w - \\alpha "
     "\\frac{\\partial J}{\\partial w} = 1 + 0.05 \\cdot 4 = 1.3$$"),
    # 6. a tuple against a column vector: entry by entry
    ("tuple against a column",
     "Take $X = \\begin{pmatrix} 1 & 0 \\\\ 0 & 2 \\end{pmatrix}$, $\\mathbf{y} = (1, 2)^\\top$, "
     "$\\mathbf{w} = \\begin{pmatrix} 1/3 \\\\ 2/3 \\end{pmatrix}$.\n\n"
     "Check: $X\\mathbf{w} - \\mathbf{y} = (1/3 - 1,\\ 4/3 - 2) = (-2/3,\\ -2/3)$.",
     "Take $X = \\begin{pmatrix} 1 & 0 \\\\ 0 & 2 \\end{pmatrix}$, $\\mathbf{y} = (1, 2)^\\top$, "
     "$\\mathbf{w} = \\begin{pmatrix} 1/3 \\\\ 2/3 \\end{pmatrix}$.\n\n"
     "Check: $X\\mathbf{w} - \\mathbf{y} = (1/3 - 1,\\ 4/3 - 1) = (-2/3,\\ 1/3)$."),
    ("GitHub inline math with backticks",
     "Forward: $`a = \\tanh(z)`$.\n\n```math\n\\frac{d}{dz}\\tanh(z) = 1 - \\tanh^2(z) = "
     "1 - a^2\n```",
     "Forward: $`a = \\tanh(z)`$.\n\n```math\n\\frac{d}{dz}\\tanh(z) = 1 - \\tanh^2(z) = "
     "1 + a^2\n```"),
    ("where a derivative vanishes",
     "$$G(x) = x^2 e^{-x}$$\n\nThe derivative vanishes where $2x e^{-x} = x^2 e^{-x}$, at "
     "$x = 2$.\n\n$$G'(x) = 2x e^{-x} - x^2 e^{-x}$$",
     "$$G(x) = x^2 e^{-x}$$\n\nThe derivative vanishes where $2x e^{-x} = x^2 e^{-x}$, at "
     "$x = 2$.\n\n$$G'(x) = 2x e^{-x} + x^2 e^{-x}$$"),
    ("a continuation after an unread line",
     "$$h' = \\frac{r}{p}\\, h$$\n\n\\begin{align}\n\\mathbb{E}[h'] &= \\frac{\\mathbb{E}[r]}{p}"
     "\\, h \\\\\n&= \\frac{p}{p}\\, h \\\\\n&= h\n\\end{align}",
     "$$h' = \\frac{r}{p}\\, h$$\n\n\\begin{align}\n\\mathbb{E}[h'] &= \\frac{\\mathbb{E}[r]}{p}"
     "\\, h \\\\\n&= \\frac{p}{p}\\, h \\\\\n&= 2h\n\\end{align}"),
    # 7. (round 14) a value picked for the argument's sake ("say"), another method's formula
    # set beside ("compare"), tuples combined with each other against a column vector
    ("a value picked with 'say' for a defined function",
     "$y = x + F(x)$ with $F(x) = wx^2$, $w = 0.5$: at $x = 2$, $F'(x) = 2wx = 2$.\n\n"
     "Even if $F'$ is tiny (say $F'(x) = 0.01$), $dy/dx = 1 + 0.01 = 1.01$.",
     "$y = x + F(x)$ with $F(x) = wx^2$, $w = 0.5$: at $x = 2$, $F'(x) = 2wx = 2$.\n\n"
     "Even if $F'$ is tiny (say $F'(x) = 0.01$), $dy/dx = 1 + 0.01 = 1.02$."),
    ("another method's solution after 'compare'",
     "Lasso: $w^* = z - \\lambda$ for $z > \\lambda$. With $\\lambda = 0.3$, $z = 0.8$: "
     "$w^* = 0.8 - 0.3 = 0.5$.\n\n"
     "Compare ridge, $w^* = z/(1 + \\lambda)$: here $0.8/1.3 \\approx 0.6154$.",
     "Lasso: $w^* = z - \\lambda$ for $z > \\lambda$. With $\\lambda = 0.3$, $z = 0.8$: "
     "$w^* = 0.8 - 0.3 = 0.5$.\n\n"
     "Compare ridge, $w^* = z/(1 + \\lambda)$: here $0.8/1.3 \\approx 0.6514$."),
    ("'say' in Korean notes is not read as a cue",
     "$a = 3$ 이고 $b = 2a = 6$ 이다.",
     "$a = 3$ 이고 $b = 2a = 5$ 이다."),
    # a prime on a name bound to a number, of no formula (the loss L_δ written L in an example):
    # not the name's derivative by itself
    ("a prime on a name bound in the example, the function defined with a subscript",
     "$$L_\\delta(r) = \\frac12 r^2$$\n\nWith $\\delta = 1$, $r = 0.5$: $L = 0.125$, "
     "$L' = r = 0.5$, and $0.5 \\cdot 2 = 1$.",
     "$$L_\\delta(r) = \\frac12 r^2$$\n\nWith $\\delta = 1$, $r = 0.5$: $L = 0.125$, "
     "$L' = r = 0.5$, and $0.5 \\cdot 2 = 1.5$."),
    ("a prime on a value named in Korean notes",
     "$f(x) = x^2$ 이고 $x = 3$ 에서 $y = 9$, $y' = 2x = 6$.",
     "$f(x) = x^2$ 이고 $x = 3$ 에서 $y = 9$, $y' = 2x = 5$."),
    ("a difference of tuples against a column vector",
     "$X = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$, "
     "$w = \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}$, "
     "$y = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$.\n\n"
     "Residual $Xw - y = (1, 3) - (1, 2) = (0, 1)$.",
     "$X = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$, "
     "$w = \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}$, "
     "$y = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$.\n\n"
     "Residual $Xw - y = (1, 3) - (2, 1) = (-1, 2)$."),
    ("a sum of tuples against a column vector (zh)",
     "$A = \\begin{pmatrix} 2 & 0 \\\\ 0 & 4 \\end{pmatrix}$，"
     "$v = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$，则 $v + Av = (1, 1) + 2(1, 2) = (3, 5)$。",
     "$A = \\begin{pmatrix} 2 & 0 \\\\ 0 & 4 \\end{pmatrix}$，"
     "$v = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$，则 $v + Av = (1, 1) + 2(2, 1) = (5, 3)$。"),
]

# review23's classes: a value given with ≈; numbers given rounded, added up; a value reached at
# a time asked about; an equation named as the thing solved; a case for a defined name; a + bi
# and its conjugate; a prime given a meaning in words; a new case with "instead"
ROWS += [
    # 1. a value bound with ≈ carries its rounding into exact steps at it
    ("an exact step at a value given with approx",
     "We find $p \\approx 0.33$ numerically.\n\nSo $3p = 1$.",
     "We find $p \\approx 0.33$ numerically.\n\nSo $3p = 1.5$."),
    ("an exact step at a root given with approx, ko",
     "뉴턴 방법으로 구한 근은 $z \\approx 1.41$ 이다. 따라서 $z^2 = 2$ 이다.",
     "뉴턴 방법으로 구한 근은 $z \\approx 1.41$ 이다. 따라서 $z^2 = 3$ 이다."),
    ("a value given exactly allows nothing",
     "Take $p = 0.25$. Then $4p = 1$.",
     "Take $p = 0.33$. Then $3p = 1$."),
    # 5. numbers the text gave rounded keep their rounding when added up
    ("shares rounded, then added",
     "Three people split 1 equally: each gets $1/3 \\approx 0.33$.\n\n"
     "Check: $0.33 + 0.33 + 0.33 = 1$ up to rounding.",
     "Three people split 1 equally: each gets $1/3 \\approx 0.33$.\n\n"
     "Check: $0.33 + 0.33 + 0.33 = 1.2$ up to rounding."),
    ("shares rounded, then added, zh",
     "三个类别的概率都是 $\\frac{1}{3} \\approx 0.33$，所以 $0.33 \\times 3 = 1$（四舍五入）。",
     "三个类别的概率都是 $\\frac{1}{3} \\approx 0.33$，所以 $0.33 \\times 3 = 0.9$（四舍五入）。"),
    ("a one-digit value given with approx is too coarse to carry",
     "Here $\\sigma(0) \\approx 0.5$.\n\nThen $0.5 \\times 4 = 2$.",
     "Here $\\sigma(0) \\approx 0.5$.\n\nThen $0.5 \\times 4 = 2.1$."),
    ("two-digit numbers never given rounded are exact",
     "The weights are $0.25 + 0.25 + 0.5 = 1$.",
     "The weights are $0.33 + 0.33 + 0.33 = 1$."),
    # 3. a value reached at a time the text asks about: a question, its answer checked
    ("the time a decayed rate is reached, ko",
     "학습률은 $\\eta_t = \\frac{0.1}{1 + t}$ 로 줄어든다.\n\n"
     "$\\eta_t = 0.05$ 가 되는 시점은 $t = 1$ 이다.",
     "학습률은 $\\eta_t = \\frac{0.1}{1 + t}$ 로 줄어든다.\n\n"
     "$\\eta_t = 0.05$ 가 되는 시점은 $t = 2$ 이다."),
    ("a rate reaches a value at a step",
     "The rate decays as $\\eta_t = \\frac{0.1}{1 + t}$.\n\n"
     "It reaches $\\eta_t = 0.02$ at $t = 4$.",
     "The rate decays as $\\eta_t = \\frac{0.1}{1 + t}$.\n\n"
     "It reaches $\\eta_t = 0.02$ at $t = 5$."),
    ("the moment a value is reached, zh",
     "学习率按 $\\eta_t = 0.2 \\cdot 0.5^t$ 衰减。\n\n"
     "学习率 $\\eta_t = 0.05$ 的时刻是 $t = 2$。",
     "学习率按 $\\eta_t = 0.2 \\cdot 0.5^t$ 衰减。\n\n"
     "学习率 $\\eta_t = 0.05$ 的时刻是 $t = 3$。"),
    ("a plain name's value after words of reaching is still its value",
     "We train until $T = 100$ steps, so twice as long is $2T = 200$ steps.",
     "We train until $T = 100$ steps, so twice as long is $2T = 210$ steps."),
    # 4. an equation named as the thing solved, after an example bound its unknown
    ("the equation solved after a system's solution",
     "The system gives $x = 2$ and $y = 1$.\n\n"
     "Next we solve the equation $x^2 = 3$ numerically: $x \\approx 1.732$.",
     "The system gives $x = 2$ and $y = 1$, so $x + y = 4$.\n\n"
     "Next we solve the equation $x^2 = 3$ numerically: $x \\approx 1.732$."),
    ("an equation with a qualified root",
     "First $x = \\frac{\\pi}{4}$ solves $\\tan x = 1$.\n\n"
     "The equation $x^2 = 2$ has the positive solution $x = \\sqrt{2}$.",
     "First $x = \\frac{\\pi}{4}$ solves $\\tan x = 1$.\n\n"
     "The equation $x^2 = 2$ has the positive solution $x = \\sqrt{3}$."),
    ("an equation named, zh",
     "由方程组得 $x = 2$，$y = 1$。\n\n方程 $x^2 = 5$ 的正根是 $x = \\sqrt{5}$。",
     "由方程组得 $x = 2$，$y = 1$。\n\n方程 $x^2 = 5$ 的正根是 $x = \\sqrt{6}$。"),
    # 6. a case given for a defined name sets its inputs' example values aside
    ("a case for a mean, zh",
     "设 $a = 4$，$b = 8$，则 $m = \\frac{a + b}{2} = 6$。\n\n当 $m = 10$ 时，$2m = 20$，即 $a + b = 20$。",
     "设 $a = 4$，$b = 8$，则 $m = \\frac{a + b}{2} = 6$。\n\n当 $m = 10$ 时，$2m = 25$，即 $a + b = 20$。"),
    ("a case for a mean, ko",
     "$a = 4$, $b = 8$ 이고 $m = \\frac{a + b}{2} = 6$ 이다.\n\n$m = 5$ 일 때 $2m = 10$ 이므로 $a + b = 10$ 이다.",
     "$a = 4$, $b = 8$ 이고 $m = \\frac{a + b}{2} = 6$ 이다.\n\n$m = 5$ 일 때 $2m = 12$ 이므로 $a + b = 10$ 이다."),
    # 7. a + bi with its conjugate: a, b real, the bar a conjugate
    ("a complex number and its conjugate, ko",
     "$z = a + bi$ 이고 $\\bar{z} = a - bi$ 이면 $z\\bar{z} = a^2 + b^2$ 이다.",
     "$z = a + bi$ 이고 $\\bar{z} = a - bi$ 이면 $z\\bar{z} = a^2 - b^2$ 이다."),
    ("x + iy and its conjugate",
     "Let $w = x + iy$, so $\\bar w = x - iy$ and $w + \\bar w = 2x$.",
     "Let $w = x + iy$, so $\\bar w = x - iy$ and $w + \\bar w = 2y$."),
    # 2. a prime given a meaning of its own in words
    ("a prime given a new meaning",
     "Let $y = x^2$, so $y' = 2x$.\n\nBelow, $y'$ instead denotes the shifted output, $y' = y + 1$.",
     "Let $y = x^2$, so $y' = 3x$.\n\nBelow, $y'$ instead denotes the shifted output, $y' = y + 1$."),
    ("a prime on a value without such words is the derivative",
     "Let $a = \\sigma(z)$. Then $a' = a(1 - a)$.",
     "Let $a = \\sigma(z)$. Then $a' = a(1 + a)$."),
    # 8. a case given with "instead" after the example computed the name
    ("a new case with instead",
     "Let $a = 4$, $b = 8$ and $m = \\frac{a + b}{2} = 6$.\n\nWith $m = 10$ instead, the doubled mean is $2m = 20$.",
     "Let $a = 4$, $b = 8$ and $m = \\frac{a + b}{2} = 6$.\n\nWith $m = 10$ instead, the doubled mean is $2m = 25$."),
    # a percentage claimed with ≈ keeps its own digits, whatever the other side shows
    ("a percentage after a precise decimal",
     "On the second split, $\\frac{52}{64} = 0.8125 \\approx 81\\%$.",
     "On the second split, $\\frac{52}{64} = 0.8125 \\approx 85\\%$."),
    ("a percentage after a precise decimal, ko",
     "정확도는 $\\frac{45}{64} = 0.703125 \\approx 70\\%$ 이다.",
     "정확도는 $\\frac{45}{64} = 0.703125 \\approx 73\\%$ 이다."),
    # a size written without the floor of its formula
    ("a stride-2 output size",
     "$N = 64$, $K = 3$, $P = 1$, $S = 2$: $O = \\frac{64 + 2 - 3}{2} + 1 = 32$.",
     "$N = 64$, $K = 3$, $P = 1$, $S = 2$: $O = \\frac{64 + 2 - 3}{2} + 1 = 34$."),
    ("a wrong value restated after with",
     "Let $a = 4$, $b = 8$ and $m = \\frac{a + b}{2} = 6$.\n\nWith $m = 6$, the doubled mean is $2m = 12$.",
     "Let $a = 4$, $b = 8$ and $m = \\frac{a + b}{2} = 7$.\n\nWith $m = 7$, the doubled mean is $2m = 14$."),
]


def _steps(doc: str):
    return [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    steps = _steps(right)
    assert steps and not [s for s in steps if s[3] == "fails"], steps


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    steps = _steps(wrong)
    assert any(s[3] == "fails" for s in steps), steps


@pytest.mark.parametrize("requirement", [
    "To keep the variance unchanged we want $\\operatorname{Var}(z) = \\sigma_x^2$.",
    "For same padding we would like $O = N$.",
    "我们希望 $\\operatorname{Var}(z) = \\sigma_x^2$。",
])
def test_a_requirement_is_not_a_claim(requirement):
    doc = "$$\\operatorname{Var}(z) = n\\sigma_w^2\\sigma_x^2$$\n\n$$O = N + 2P - K + 1$$\n\n" + requirement
    assert not [s for s in check_text(doc).steps if s.line == 5], check_text(doc).steps


# words of a requirement only count right before the formula; words of an equation to solve
# only as whole words of the sentence introducing it: a wrong identity near them still fails
@pytest.mark.parametrize("prose", [
    "We want to show that the derivative is",
    "We want to minimize the squared error, so we expand it first:\n\n",
    "To remove the unwanted bias of the first steps, note that\n\n",
    "希望读者跟着推导一遍。展开：\n\n",
    "Matching coefficients of the two expansions:\n\n",
    "A first-order expansion is adequate for small steps:\n\n",
    "把两种写法分别展开，可以验证二者相等：\n\n",
    "Expanding both and matching them term by term, the two forms agree:\n\n",
])
def test_words_near_a_wrong_identity_do_not_make_it_an_equation(prose):
    steps = _steps(prose + " $$(1 + h)^2 = 1 + h^2$$")
    assert [s for s in steps if s[3] == "fails"], steps


@pytest.mark.parametrize("prose", [
    "Setting the gradient to zero gives\n\n",
    "令二者相等：",
    "The normal equations of this problem are\n\n",
])
def test_an_equation_to_solve_is_not_an_identity(prose):
    assert not [s for s in _steps(prose + " $$X^T X w = X^T y$$") if s[3] == "fails"]


# a law named right before it ("Bernoulli's law", "베르누이 식", "连续性方程", "能量守恒定律"): a
# relation its quantities obey, stated to be used, never an identity in them; the arithmetic
# worked from it is still checked
@pytest.mark.parametrize("prose, failing", [
    ("For a level pipe, Bernoulli's law $P_1 + \\tfrac12\\rho v_1^2 = P_2 + \\tfrac12\\rho v_2^2$ "
     "with $\\rho = 1000$.", False),
    ("수평관이므로 베르누이 식 $P_1 + \\tfrac12\\rho v_1^2 = P_2 + \\tfrac12\\rho v_2^2$ 로부터", False),
    ("由能量守恒定律 $mgh = \\tfrac12 m v^2$ 得", False),
    ("By Bernoulli's law $P_1 + \\tfrac12\\rho v_1^2 = P_2 + \\tfrac12\\rho v_2^2$, the drop is "
     "$\\tfrac12 \\cdot 1000 \\cdot (64 - 4) = 3000$ Pa.", True),
])
def test_a_law_named_before_it_is_no_identity(prose, failing):
    steps = check_text(prose).steps
    assert any(s.verdict == "fails" for s in steps) == failing, steps
