"""The readings a failing step is tried under (alternative.READINGS): for each, short documents
in several styles and languages whose correct step fails as read and holds (or is undecided)
under the reading, and a wrong twin that must still fail, so that a reading can only ever
remove a false alarm, never hide a slip."""

import pytest

from checker.derive.alternative import READINGS
from checker.derive.document import check_text

# (reading, a document whose steps are all correct, the same with one slip, words the reason
# of the step the reading decided must contain)
ROWS = [
    # a divisor in scientific notation read whole (scientific.py)
    ("whole_numbers", "a ratio of two numbers in scientific notation, in ms, en",
     "Compute bound: $t \\approx 1.37\\times10^{11} / 3.12\\times10^{14} \\approx 0.44$ ms",
     "Compute bound: $t \\approx 1.37\\times10^{11} / 3.12\\times10^{14} \\approx 0.88$ ms",
     "one number in scientific notation"),
    ("whole_numbers", "a ratio of two numbers in scientific notation, ko",
     "대역폭 비: $3.2 \\times 10^{9} / 1.6 \\times 10^{9} = 2$ 배",
     "대역폭 비: $3.2 \\times 10^{9} / 1.6 \\times 10^{9} = 3$ 배",
     "one number in scientific notation"),
    # tuples read as columns when read as rows the shapes do not conform (tuples.py)
    ("as_columns", "an outer product of two tuples, zh",
     "外积：$$P = \\frac{u v^\\top}{\\mathbf 1^\\top u}$$\n\n$u = (1, 1)$，$v = (2, 4)$，所以\n\n"
     "$$P = \\begin{bmatrix}1 & 2\\\\ 1 & 2\\end{bmatrix}$$",
     "外积：$$P = \\frac{u v^\\top}{\\mathbf 1^\\top u}$$\n\n$u = (1, 1)$，$v = (2, 4)$，所以\n\n"
     "$$P = \\begin{bmatrix}1 & 2\\\\ 2 & 2\\end{bmatrix}$$",
     "read as columns"),
    # a name a chain passes through, never defined (placeholder.py); the wrong twin's name is
    # defined, so the chain is read with it
    ("passed_through", "the odds through the sigmoid's argument, en",
     "With $p = \\sigma(a + bx)$ and $1 - \\sigma(t) = e^{-t}/(1 + e^{-t})$:\n\n"
     "$$\\frac{p}{1 - p} = \\frac{1/(1+e^{-u})}{e^{-u}/(1+e^{-u})} = e^{u} = e^{a + bx}$$",
     "With $u = a + bx$, $p = \\sigma(u)$ and $1 - \\sigma(t) = e^{-t}/(1 + e^{-t})$:\n\n"
     "$$\\frac{p}{1 - p} = \\frac{1/(1+e^{-u})}{e^{-u}/(1+e^{-u})} = e^{u} = e^{a - bx}$$",
     "stands for what joins them"),
    ("passed_through", "a substitution on the way, zh",
     "设 $h(x) = x^3 + 2x^2 + x$。则\n\n$$h(x) = x t^2 = x(x + 1)^2$$",
     "设 $h(x) = x^3 + 2x^2 + x$，$t = x + 1$。则\n\n$$h(x) = x t^2 = x(x + 1)^2 + 1$$",
     "stands for what joins them"),
    ("passed_through", "a substitution on the way, ko",
     "$g(x) = 4x^3 + 4x^2 + x$ 이므로\n\n$$g(x) = x s^2 = x(2x + 1)^2$$",
     "$g(x) = 4x^3 + 4x^2 + x$, $s = 2x + 1$ 이므로\n\n$$g(x) = x s^2 = x(2x + 1)^2 + 1$$",
     "stands for what joins them"),
    # definitions stated after the step that uses them
    ("defined_below", "same display, en",
     "**Best step.**\n\n$$\\rho = \\frac{L - \\mu}{L + \\mu} = \\frac{\\kappa - 1}{\\kappa + 1},"
     "\\quad \\kappa = L/\\mu.$$",
     "**Best step.**\n\n$$\\rho = \\frac{L - \\mu}{L + \\mu} = \\frac{\\kappa + 1}{\\kappa - 1},"
     "\\quad \\kappa = L/\\mu.$$",
     "κ = L/μ as the text states it after this step, on line 3"),
    ("defined_below", "same paragraph, en",
     "The share is $\\frac{a}{a + b} = \\frac{1}{1 + t}$ with $t = b/a$, as before.",
     "The share is $\\frac{a}{a + b} = \\frac{1}{1 - t}$ with $t = b/a$, as before.",
     "t = b/a as the text states it after this step"),
    ("defined_below", "same paragraph, ko",
     "정리하면 $\\frac{e^z}{1 + e^z} = \\frac{q}{1 + q}$ 이고, $q = e^z$ 로 두었다.",
     "정리하면 $\\frac{e^z}{1 + e^z} = \\frac{1}{1 + q}$ 이고, $q = e^z$ 로 두었다.",
     "q = e^(z) as the text states it"),
    ("defined_below", "paragraph below a display, cued, en",
     "$$s = \\frac{u^2}{1 + u^2} = 1 - \\frac{1}{1 + r}$$\n\nwith $r = u^2$ the squared gain.",
     "$$s = \\frac{u^2}{1 + u^2} = 1 + \\frac{1}{1 + r}$$\n\nwith $r = u^2$ the squared gain.",
     "r = u^2 as the text states it"),
    # one side a quantity the text never defines (a set's size named in prose): undecided
    ("undefined_side", "a set's size, en",
     "where $S_g$ holds the $C/G$ channels of group $g$, so $|S_g| = (C/G)\\,H W$.",
     "where $S_g$ holds the $C/G$ channels of group $g$, so $|S_g| = (C/G)\\,H W + |S_g|$.",
     "written only with names the text never defines"),
    # sides in different names none of which the text defines (a schema put into another
    # equation): no identity can hold, undecided; a slip in one side's own names still fails
    ("unrelated_sides", "a schema at other indices, zh",
     "仿射量化 $r = s(q - z)$。代入：\n\n$$s_3(q_3 - z_3) = s_1 s_2 (q_1 - z_1)(q_2 - z_2)$$",
     "仿射量化 $r = s(q - z)$。展开：\n\n$$s_3(q_3 - z_3) = s_3 q_3 + s_3 z_3$$",
     "the sides share no name"),
    ("unrelated_sides", "a premise over two paths, en",
     "Suppose both paths agree:\n\n$$w_1 x_1 + b_1 = v_2 u_2$$",
     "Expanding the first path:\n\n$$w_1 (x_1 + b_1) = w_1 x_1 + b_1$$",
     "the sides share no name"),
    ("unrelated_sides", "a model per layer, ko",
     "두 층의 출력이 같으므로\n\n$$\\alpha_1 m_1 + 1 = \\beta_2 (n_2 - 1)$$",
     "두 층의 출력을 정리하면\n\n$$\\beta_2 (n_2 - 1) = \\beta_2 n_2 + \\beta_2$$",
     "the sides share no name"),
    # an equation the section states above, over the step's names only
    ("given_earlier_equation", "a stated constraint, en",
     "The constraint is $x + y = 1$.\n\nOn it, $x^2 - y^2 = x - y$.",
     "The constraint is $x + y = 1$.\n\nOn it, $x^2 - y^2 = y - x$.",
     "given line 1's equation x + y = 1"),
    ("given_earlier_equation", "on the same line, ko",
     "제약 조건 $uv = 4$ 아래에서 $\\frac{16}{u} = 4v$ 이다.",
     "제약 조건 $uv = 4$ 아래에서 $\\frac{16}{u} = 2v$ 이다.",
     "given line 1's equation u·v = 4"),
    ("given_earlier_equation", "a stationary point, zh",
     "令导数为零，得 $2w - 6 = 0$。\n\n因此 $w^2 = 3w$。",
     "令导数为零，得 $2w - 6 = 0$。\n\n因此 $w^2 = 4w$。",
     "given line 1's equation 2·w - 6 = 0"),
    ("given_earlier_equation", "an estimate solved from an equation, ko",
     "미분해서 0 으로 두면\n\n$$\\ell'(q) = \\frac{k}{q} - \\frac{m-k}{1-q} = 0 \\;\\Longrightarrow\\; "
     "\\hat q = \\frac{k}{m}$$\n\n$\\hat q$ 에서 $\\frac{k}{\\hat q^2} + \\frac{m - k}{(1 - \\hat q)^2} = "
     "\\frac{m}{\\hat q(1 - \\hat q)}$ 이다.",
     "미분해서 0 으로 두면\n\n$$\\ell'(q) = \\frac{k}{q} - \\frac{m-k}{1-q} = 0 \\;\\Longrightarrow\\; "
     "\\hat q = \\frac{k}{m}$$\n\n$\\hat q$ 에서 $\\frac{k}{\\hat q^2} + \\frac{m - k}{(1 - \\hat q)^2} = "
     "\\frac{m}{\\hat q(1 + \\hat q)}$ 이다.",
     "given line 3's equation q̂ = k/m"),
    # the case the step's own clause names: its conditions, a label at one of its values
    ("in_its_case", "a condition between names in the clause, en",
     "For $u < v$: $\\sqrt{(u - v)^2} + u = v$.",
     "For $u < v$: $\\sqrt{(u - v)^2} + u = 2v$.",
     "under u < v, as the clause before it states"),
    ("in_its_case", "a condition between names in a list item, ko",
     "- $a > b$ 인 경우: $\\sqrt{(a - b)^2} + b = a$",
     "- $a > b$ 인 경우: $\\sqrt{(a - b)^2} + b = 2a$",
     "under a > b, as the clause before it states"),
    ("in_its_case", "a bound label and a margin, en",
     "With label $y = 1$ for a match and $y = 0$ otherwise,\n\n"
     "$$\\ell = y s^2 + (1 - y)\\max(0, c - s)^2$$\n\n"
     "* matching pair: $\\frac{\\partial \\ell}{\\partial s} = 2s$\n"
     "* other pair, inside the margin ($s < c$): $\\frac{\\partial \\ell}{\\partial s} = -2(c - s)$\n",
     "With label $y = 1$ for a match and $y = 0$ otherwise,\n\n"
     "$$\\ell = y s^2 + (1 - y)\\max(0, c - s)^2$$\n\n"
     "* matching pair: $\\frac{\\partial \\ell}{\\partial s} = 2s$\n"
     "* other pair, inside the margin ($s < c$): $\\frac{\\partial \\ell}{\\partial s} = 2(c - s)$\n",
     "it does at y = 0"),
    ("in_its_case", "a bound label and a margin, zh",
     "标签：负类 $y = 0$，正类 $y = 1$。\n\n"
     "$$J = y\\,\\tfrac12 (1 - p)^2 + (1 - y)\\,\\tfrac12\\max(0, p - q)^2$$\n\n"
     "- 正类：$\\frac{\\partial J}{\\partial p} = p - 1$\n"
     "- 负类且 $p > q$ 时：$\\frac{\\partial J}{\\partial p} = p - q$\n",
     "标签：负类 $y = 0$，正类 $y = 1$。\n\n"
     "$$J = y\\,\\tfrac12 (1 - p)^2 + (1 - y)\\,\\tfrac12\\max(0, p - q)^2$$\n\n"
     "- 正类：$\\frac{\\partial J}{\\partial p} = p - 1$\n"
     "- 负类且 $p > q$ 时：$\\frac{\\partial J}{\\partial p} = q - p$\n",
     "it does at y = 0"),
    # sides over a max that agree on one piece only, with a case named near the step
    ("on_a_piece", "a bullet headed \"otherwise\", en",
     "Objective, with a label $t \\in \\{-1, 1\\}$: "
     "$$J = \\max(0, 1 - t\\, w^\\top x) + \\frac{\\mu}{2}\\lVert w\\rVert^2$$\n\n"
     "- if the margin holds ($t\\, w^\\top x \\ge 1$): $\\nabla_w J = \\mu w$\n"
     "- otherwise: $\\nabla_w J = -t x + \\mu w$\n",
     "Objective, with a label $t \\in \\{-1, 1\\}$: "
     "$$J = \\max(0, 1 - t\\, w^\\top x) + \\frac{\\mu}{2}\\lVert w\\rVert^2$$\n\n"
     "- if the margin holds ($t\\, w^\\top x \\ge 1$): $\\nabla_w J = \\mu w$\n"
     "- otherwise: $\\nabla_w J = t x + \\mu w$\n",
     "agree on part of the points and differ on the others"),
    ("on_a_piece", "\"否则\", zh",
     "$$h = \\max(0, 1 - u) + u^2$$\n\n否则：$\\frac{dh}{du} = -1 + 2u$。\n",
     "$$h = \\max(0, 1 - u) + u^2$$\n\n否则：$\\frac{dh}{du} = 1 + 2u$。\n",
     "agree on part of the points and differ on the others"),
    # a sum over examples in its matrix form, X, C never tied to the x_i, c_i (kinship.py)
    ("kin_reading", "rows, en",
     "$$\\sum_{i=1}^{n} (x_i^\\top w - y_i)\\, x_i = X^\\top(Xw - y)$$",
     "$$\\sum_{i=1}^{n} (x_i^\\top w - y_i)\\, x_i = X^\\top(y - Xw)$$",
     "reading X's rows as the x_iᵀ"),
    ("kin_reading", "weights, ko",
     "가중치 $c_i$ 로\n\n$$\\sum_{i=1}^{n} c_i (y_i - x_i^\\top w)^2 = (y - Xw)^\\top C\\,(y - Xw)$$",
     "가중치 $c_i$ 로\n\n$$\\sum_{i=1}^{n} c_i (y_i - x_i^\\top w)^2 = 2(y - Xw)^\\top C\\,(y - Xw)$$",
     "C as diag(c_i)"),
    # a step the prose places before the latest update: the values bound before it
    ("at_an_earlier_binding", "margin before the step, en",
     "## Current point\n\n$w = (1, -1)$, $\\eta = 0.3$, $g_w = (0.5, -0.5)$.\n\n"
     "## One step\n\n$$w \\leftarrow w - \\eta g_w = (0.85, -0.85)$$\n\n"
     "Margin before the step: $2/\\lVert w\\rVert = 2/\\sqrt 2$.",
     "## Current point\n\n$w = (1, -1)$, $\\eta = 0.3$, $g_w = (0.5, -0.5)$.\n\n"
     "## One step\n\n$$w \\leftarrow w - \\eta g_w = (0.85, -0.85)$$\n\n"
     "Margin before the step: $2/\\lVert w\\rVert = 2/\\sqrt 3$.",
     "had before the latest update"),
    ("at_an_earlier_binding", "the norm of the previous weight, ko",
     "## 현재\n\n$w = (1, -1)$.\n\n## 한 스텝\n\n$$w \\leftarrow 0.9w = (0.9, -0.9)$$\n\n"
     "이전 가중치의 노름은 $\\lVert w\\rVert = \\sqrt 2$ 이다.",
     "## 현재\n\n$w = (1, -1)$.\n\n## 한 스텝\n\n$$w \\leftarrow 0.9w = (0.9, -0.9)$$\n\n"
     "이전 가중치의 노름은 $\\lVert w\\rVert = \\sqrt 3$ 이다.",
     "had before the latest update"),
    # a name's 0th member left free: its plain name's first value
    ("at_the_initial_value", "w_0 after an initial w, ko",
     "학습률 $\\eta = 0.5$, 초기값 $w = 4$.\n\n$w_t = (1 - \\eta)^t w_0 = 0.5^t \\cdot 4$ 이다.",
     "학습률 $\\eta = 0.5$, 초기값 $w = 4$.\n\n$w_t = (1 - \\eta)^t w_0 = 0.5^t \\cdot 8$ 이다.",
     "w's first value"),
    ("at_the_initial_value", "θ_0 after a start value, en",
     "Start from $\\theta = 2$ with $\\eta = 0.1$.\n\n"
     "After $t$ steps $\\theta_t = (1 - 2\\eta)^t \\theta_0 = 2 \\cdot 0.8^t$.",
     "Start from $\\theta = 2$ with $\\eta = 0.1$.\n\n"
     "After $t$ steps $\\theta_t = (1 - 2\\eta)^t \\theta_0 = 2 \\cdot 0.9^t$.",
     "first value"),
    # a name the paragraph just gave another formula (restatement.py)
    ("restated_before", "entry by entry, en",
     "For $f(x) = x^\\top A x$ with $A \\in \\mathbb{R}^{n \\times n}$, "
     "$x \\in \\mathbb{R}^{n \\times 1}$.\n\n"
     "Entry by entry, $f = \\sum_i a_i x_i^2$ and $\\partial f/\\partial x_i = 2a_i x_i$.",
     "For $f(x) = x^\\top A x$ with $A \\in \\mathbb{R}^{n \\times n}$, "
     "$x \\in \\mathbb{R}^{n \\times 1}$.\n\n"
     "Entry by entry, $f = \\sum_i a_i x_i^2$ and $\\partial f/\\partial x_i = a_i x_i$.",
     "as the paragraph writes it just before"),
    ("restated_before", "entry by entry, zh",
     "设 $f(x) = x^\\top A x$，$A \\in \\mathbb{R}^{n \\times n}$，"
     "$x \\in \\mathbb{R}^{n \\times 1}$。\n\n"
     "逐项写出：$f = \\sum_i a_i x_i^2$，$\\partial f/\\partial x_i = 2a_i x_i$。",
     "设 $f(x) = x^\\top A x$，$A \\in \\mathbb{R}^{n \\times n}$，"
     "$x \\in \\mathbb{R}^{n \\times 1}$。\n\n"
     "逐项写出：$f = \\sum_i a_i x_i^2$，$\\partial f/\\partial x_i = 3a_i x_i$。",
     "as the paragraph writes it just before"),
    ("kin_reading", "bold, zh",
     "因此\n\n$$\\sum_i \\mathbf{x}_i \\mathbf{x}_i^\\top = \\mathbf{X}^\\top \\mathbf{X}$$",
     "因此\n\n$$\\sum_i \\mathbf{x}_i \\mathbf{x}_i^\\top = 3\\mathbf{X}^\\top \\mathbf{X}$$",
     "reading X's rows as the x_iᵀ"),
    # each labelled item its own variant (variant.py; more rows in test_variant.py)
    ("labelled_variant", "MLE and MAP items, en",
     "The ridge solution is $\\hat w = \\frac{\\sum x_i y_i}{\\sum x_i^2 + \\lambda}$.\n\n"
     "$x = (1, 2, 3)$, $y = (1, 3, 2)$, $\\lambda = 0.25$.\n\n"
     "- MLE: $\\hat w = 13/14$\n- MAP: $\\hat w = 13/14.25$\n",
     "The ridge solution is $\\hat w = \\frac{\\sum x_i y_i}{\\sum x_i^2 + \\lambda}$.\n\n"
     "$x = (1, 2, 3)$, $y = (1, 3, 2)$, $\\lambda = 0.25$.\n\n"
     "- MLE: $\\hat w = 13/14$\n- MAP: $\\hat w = 13/14.25 = 0.95$\n",
     "each labelled item is a variant of its own"),
    # a variant set against a defined name in the step's sentence (contrast.py; test_contrast.py)
    # a value changed in words in the step's sentence (contrast.after_a_change; rows in
    # test_contrast.py)
    ("after_a_change", "a spring's mass doubled in words, en",
     "A spring of stiffness $k = 50$ holds a mass $m = 2$; its period is "
     "$T = 2\\pi\\sqrt{m/k}$.\n\nIf $m$ doubles, $T = 2\\pi\\sqrt{4/50}$.",
     "A spring of stiffness $k = 50$ holds a mass $m = 2$; its period is "
     "$T = 2\\pi\\sqrt{m/k}$.\n\nSo $T = 2\\pi\\sqrt{4/50}$.",
     "the sentence changes m in words"),
    ("against_a_variant", "ridge compared with the lasso objective, en",
     "$J(w) = \\frac{1}{2}(wx - y)^2 + \\lambda |w|$ with $x = 2$, $y = 1$, $\\lambda = 0.3$, "
     "$w = 0.8$: $\\frac{dJ}{dw} = (1.6 - 1) \\cdot 2 + 0.3 = 1.5$.\n\n"
     "Compare ridge: $\\frac{dJ}{dw} = 1.2 + 0.24 = 1.44$.",
     "$J(w) = \\frac{1}{2}(wx - y)^2 + \\lambda |w|$ with $x = 2$, $y = 1$, $\\lambda = 0.3$, "
     "$w = 0.8$: $\\frac{dJ}{dw} = (1.6 - 1) \\cdot 2 + 0.3 = 1.5$.\n\n"
     "Then $\\frac{dJ}{dw} = 1.2 + 0.24 = 1.44$.",
     "the sentence sets a variant against it"),
    # members written with a superscript label (superscript.py; rows in test_superscript.py)
    ("unrelated_members", "closed form of superscript iterates, en",
     "Update $\\theta^{(t+1)} = \\theta^{(t)} - 2\\eta(\\theta^{(t)} - 3)$, $\\eta = 0.25$, "
     "$\\theta^{(0)} = 0$.\n\nClosed form: $\\theta^{(t)} - 3 = (1 - 2\\eta)^t(\\theta^{(0)} - 3)$.",
     "Update $\\theta^{(t+1)} = \\theta^{(t)} - 2\\eta(\\theta^{(t)} - 3)$, $\\eta = 0.25$, "
     "$\\theta^{(0)} = 0$.\n\nSo $\\theta^{(1)} = 0 - 0.5(0 - 3) = 1$.",
     "is read as a name of its own"),
    # a case supposed by an equation between quantities (supposition.py; test_supposition.py)
    # a name the text relates again after the step (lookahead.second_relations): a law above,
    # a definition below ("where", "其中")
    ("related_again_below", "stress by Hooke's law above, σ = F/A below, zh",
     "胡克定律 $\\sigma = E\\varepsilon$，应变 $\\varepsilon = \\Delta L / L$。所以\n\n"
     "$$\\Delta L = \\frac{\\sigma L}{E} = \\frac{F L}{A E}$$\n\n其中 $\\sigma = F/A$。",
     "胡克定律 $\\sigma = E\\varepsilon$，应变 $\\varepsilon = \\Delta L / L$。所以\n\n"
     "$$\\Delta L = \\frac{\\sigma L}{E} = \\frac{F A}{L E}$$\n\n其中 $\\sigma = F/A$。",
     "as the text relates it after this step"),
    ("related_again_below", "elongation by Hooke's law above, σ = P/A below, ko",
     "훅의 법칙 $\\sigma = E\\varepsilon$, 변형률 $\\varepsilon = \\delta / L$ 이다. 따라서\n\n"
     "$$\\delta = \\frac{\\sigma L}{E} = \\frac{P L}{A E}$$\n\n여기서 $\\sigma = P/A$ 이다.",
     "훅의 법칙 $\\sigma = E\\varepsilon$, 변형률 $\\varepsilon = \\delta / L$ 이다. 따라서\n\n"
     "$$\\delta = \\frac{\\sigma L}{E} = \\frac{P L}{E}$$\n\n여기서 $\\sigma = P/A$ 이다.",
     "as the text relates it after this step"),
    # names the prose says a partial derivative holds fixed (holding.py)
    ("held_as_said", "attention weights held, ko",
     "점수 $e_i = s h_i$, 가중치 $\\alpha_i = \\frac{\\exp(e_i)}{\\sum_j \\exp(e_j)}$, 문맥 "
     "$c = \\sum_i \\alpha_i h_i$.\n\n$\\alpha_i$ 를 고정하면 $\\frac{\\partial c}{\\partial h_1} "
     "= \\alpha_1$ 이다.",
     "점수 $e_i = s h_i$, 가중치 $\\alpha_i = \\frac{\\exp(e_i)}{\\sum_j \\exp(e_j)}$, 문맥 "
     "$c = \\sum_i \\alpha_i h_i$.\n\n$\\alpha_i$ 를 고정하면 $\\frac{\\partial c}{\\partial h_1} "
     "= \\alpha_1 h_1$ 이다.",
     "held fixed as the text says"),
    ("held_as_said", "a gate held, a display in its paragraph, en",
     "$g = \\sigma(x)$ and $y = g x$. Holding $g$ fixed,\n$$\\frac{\\partial y}{\\partial x} = g.$$",
     "$g = \\sigma(x)$ and $y = g x$. Holding $g$ fixed,\n$$\\frac{\\partial y}{\\partial x} = "
     "g x.$$",
     "held fixed as the text says"),
    ("held_as_said", "weights held, zh",
     "$o = \\sum_i a_i v_i$，其中 $a_i = \\frac{e^{v_i}}{\\sum_j e^{v_j}}$。\n\n固定 $a_i$ 时，"
     "$\\frac{\\partial o}{\\partial v_1} = a_1$。",
     "$o = \\sum_i a_i v_i$，其中 $a_i = \\frac{e^{v_i}}{\\sum_j e^{v_j}}$。\n\n固定 $a_i$ 时，"
     "$\\frac{\\partial o}{\\partial v_1} = a_1 v_1$。",
     "held fixed as the text says"),
    # a physical law the text takes as known (principle.py)
    ("under_a_law", "spring energy through the weight, Hooke's law unstated, zh",
     "物体静止时弹力等于重力 $F = mg$。\n\n弹性势能 $$E_p = \\frac{1}{2}kx^2 = \\frac{F^2}{2k}$$",
     "物体静止时弹力等于重力 $F = mg$。\n\n弹性势能 $$E_p = \\frac{1}{2}kx^2 = \\frac{F^2}{k}$$",
     "by Hooke's law, F = kx"),
    ("under_a_law", "kinetic energy by momentum, named, en",
     "A cart of mass $m$ has linear momentum $p$ at speed $v$, and its weight is $G = mg$.\n\n"
     "$$K = \\frac{1}{2}mv^2 = \\frac{p^2}{2m}$$",
     "A cart of mass $m$ has linear momentum $p$ at speed $v$, and its weight is $G = mg$.\n\n"
     "$$K = \\frac{1}{2}mv^2 = \\frac{p^2}{m}$$",
     "which the text cites"),
    ("unapplied_condition", "GAN optimum when the distributions agree, en",
     "$$D^*(x) = \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)}$$\n\nExample: $p_{data}(x) = 0.3$, "
     "$p_g(x) = 0.1$, so $D^*(x) = 0.75$.\n\nIf $p_g = p_{data}$, then $D^* = 1/2$.",
     "$$D^*(x) = \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)}$$\n\nExample: $p_{data}(x) = 0.3$, "
     "$p_g(x) = 0.1$, so $D^*(x) = 0.85$.\n\nIf $p_g = p_{data}$, then $D^* = 1/2$.",
     "a condition between two quantities"),
]


def _steps(text: str):
    return check_text(text).steps


@pytest.mark.parametrize(("reading", "what", "right", "wrong", "said"), ROWS,
                         ids=[f"{r[0]}: {r[1]}" for r in ROWS])
def test_the_correct_text_does_not_fail(reading, what, right, wrong, said):
    steps = _steps(right)
    assert not [s for s in steps if s.verdict == "fails"], steps
    assert any(said in s.method for s in steps), [s.method for s in steps]


@pytest.mark.parametrize(("reading", "what", "right", "wrong", "said"), ROWS,
                         ids=[f"{r[0]}: {r[1]}" for r in ROWS])
def test_the_wrong_twin_still_fails(reading, what, right, wrong, said):
    assert any(s.verdict == "fails" for s in _steps(wrong)), _steps(wrong)


# a label read at one of its values when the clause names that case in words, en/ko/zh; the
# same slip under a universal quantifier ("for every sample") names no case and still fails
_SQ = "$\\frac{\\partial}{\\partial p}(p - y)^2 = 2p$"
QUANTIFIED = [
    ("en", "The label is $y \\in \\{0, 1\\}$ and the prediction is $p$.\n\n",
     f"For negative samples: {_SQ}", f"For every sample in the batch: {_SQ}"),
    ("ko", "레이블 $y \\in \\{0, 1\\}$, 예측 $p$ 이다.\n\n",
     f"음성 샘플에 대해 {_SQ} 이다.", f"모든 샘플에 대해 {_SQ} 이다."),
    ("ko, each", "레이블 $y \\in \\{0, 1\\}$, 예측 $p$ 이다.\n\n",
     f"음성 샘플에 대해 {_SQ} 이다.", f"각 샘플에 대해 {_SQ} 이다."),
    ("zh", "标签 $y \\in \\{0, 1\\}$，预测为 $p$。\n\n",
     f"对负样本：{_SQ}。", f"对所有样本：{_SQ}。"),
]


@pytest.mark.parametrize(("what", "head", "named", "quantified"), QUANTIFIED,
                         ids=[r[0] for r in QUANTIFIED])
def test_a_quantifier_names_no_case(what, head, named, quantified):
    steps = _steps(head + named)
    assert [s.verdict for s in steps] == ["undecided"], steps
    assert "it does at y = 0" in steps[0].method
    assert [s.verdict for s in _steps(head + quantified)] == ["fails"]


# wrong steps that no reading may rescue: a value given further on is a point, not a meaning;
# a derivative claimed above is an identity, never an equation to lean on (a label read at
# one value needs a case named in the clause: test_case.py)
NEVER = [
    "The derivative is $\\tanh'(x) = 1 + \\tanh^2(x)$, so at $x = 0$ the slope is $1$.",
    "$E = \\frac{1}{2}(y - d)^2$\n\n$$\\frac{\\partial E}{\\partial y} = y + d$$\n\n"
    "$$\\frac{\\partial}{\\partial y} \\frac{1}{2}(y - d)^2 = 2d$$",
]


@pytest.mark.parametrize("wrong", NEVER)
def test_no_reading_rescues_these(wrong):
    assert any(s.verdict == "fails" for s in _steps(wrong)), _steps(wrong)


def test_every_reading_has_rows():
    assert {r.__name__ for r in READINGS} <= {row[0] for row in ROWS}
