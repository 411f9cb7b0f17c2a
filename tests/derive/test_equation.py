"""Equations the text solves (equation.py) and values in a named unit (unit.py): the correct
document has no failing step, its wrong twin (a wrong root, a dropped factor, a wrong
conversion) has one, in ko/en/zh."""

import pytest

from checker.derive.document import check_text
from checker.derive.notation import parse_expression
from checker.derive.unit import conversion, named_after

REGRESSION = ("$\\hat y = a x + b$, $S(a, b) = \\sum_{i=1}^n (y_i - a x_i - b)^2$.\n\n"
              "편미분을 0 으로:\n\n"
              "$$\\frac{\\partial S}{\\partial b} = -2\\sum_i (y_i - a x_i - b) = 0 \\;\\Rightarrow"
              "\\; b = %s$$\n\n"
              "$$\\frac{\\partial S}{\\partial a} = %s\\sum_i x_i(y_i - a x_i - b) = 0$$\n")
ENTROPY = ("$$H(p) = -p\\log_2 p - (1-p)\\log_2(1-p)$$\n\n"
           "nats 로 바꾸려면 $\\ln 2$ 를 곱하면 됨: $H(0.5) = %s$ nats.\n")
_BERNOULLI_HAT = ("Setting the derivative to zero,\n\n"
                  "$$\\frac{k}{q} - \\frac{m-k}{1-q} = 0 \\Longrightarrow \\hat q = %s$$")
_BINOMIAL = ("$$\\frac{\\partial \\ell}{\\partial p} = \\frac{s}{p} - \\frac{n-s}{1-p} = 0 "
             "\\Rightarrow p^* = %s$$")
_THETA = "$$\\frac{k}{\\theta} - \\frac{m-k}{1-\\theta} = 0 \\Rightarrow \\hat\\theta_{MLE} = %s$$"
_LEAST = "최소제곱: $\\sum_i x_i (y_i - w x_i) = 0$ 이므로 $\\hat w = %s$ 이다."

_BALANCE_EN = ("Take $\\mu = 1$, $L = 10$. With $\\eta = 0.21$: $|1 - 2.1| = 1.1 > 1$, it "
               "diverges.\n\nThe best step balances the two ends, $1 - \\eta\\mu = -(1 - \\eta L)$:"
               "\n\n$$\\eta^\\star = %s$$\n")
_BALANCE_KO = ("$\\mu = 1$, $L = 10$, $\\eta = 0.21$ 이면 발산한다.\n\n두 끝을 맞추면 "
               "$1 - \\eta\\mu = \\eta L - 1$:\n\n$$\\eta^* = %s$$\n")
_LOG_LINK = ("Data $y = (1, 2, 6)$, start at $\\theta_0 = 0$: $\\lambda = e^{\\theta_0} = 1$.\n\n"
             "Intercept only: $\\sum_i (y_i - e^{\\theta_0}) = 0 \\Rightarrow e^{\\hat\\theta_0} = %s$.\n")
_LOG_LINK_ZH = ("数据 $y = (1, 2, 6)$，初始 $\\theta = 0$。\n\n令梯度为零："
                "$\\sum_i (y_i - \\exp(\\theta)) = 0 \\Rightarrow \\exp(\\hat\\theta) = %s$。\n")

# an equation stated and solved in one sentence after an example bound its unknown: solved,
# not a claim at the example's root; both roots at once (`\\pm`) read at the upper sign
_ROOTS_EN = ("so $x = \\frac{1}{2}$ or $x = -2$; check: $2 \\cdot \\frac14 + \\frac32 - 2 = 0$.\n\n"
             "Likewise $x^2 = 2$ has $x = %s$.\n")
_ROOTS_GIVES = ("so $x = 3$ and $x^2 - 9 = 0$ holds: $9 - 9 = 0$.\n\n"
                "In the same way $x^2 = 4$ gives $x = %s$.\n")
_ROOTS_KO = ("$x = 1$ 또는 $x = -2$ 이고 $1 + 1 - 2 = 0$ 이다.\n\n"
             "마찬가지로 $x^2 = 9$ 의 해는 $x = %s$ 이다.\n")
_ROOTS_ZH = ("所以 $x = 1$ 或 $x = -2$，验算 $1 + 1 - 2 = 0$。\n\n"
             "同理 $x^2 = 16$ 的解为 $x = %s$。\n")

# (what the row shows, a document whose steps are all correct, the same with one slip)
ROWS = [
    ("en: an equation solved after an example's roots", _ROOTS_EN % "\\pm\\sqrt{2}",
     _ROOTS_EN % "\\pm 2"),
    ("en: gives both roots", _ROOTS_GIVES % "\\pm 2", _ROOTS_GIVES % "\\pm 4"),
    ("ko: 의 해는", _ROOTS_KO % "\\pm 3", _ROOTS_KO % "\\pm 9"),
    ("zh: 的解为", _ROOTS_ZH % "\\pm 4", _ROOTS_ZH % "\\pm 8"),
    ("zh: the pair and its list of roots",
     "方程 $x^2 - 6x + 8 = 0$ 的根为 $x = 3 \\pm 1 = 4, 2$。\n",
     "方程 $x^2 - 6x + 5 = 0$ 的根为 $x = 3 \\pm 2 = 5, 2$。\n"),
    ("a premise with its name on both sides, solved after ⇒, en",
     "Balance of state 1:\n\n$$p_1 = 0.9\\,p_1 + 0.5\\,p_2 \\;\\Rightarrow\\; p_1 = 5\\,p_2$$",
     "Balance of state 1:\n\n$$p_1 = 0.9\\,p_1 + 0.5\\,p_2 \\;\\Rightarrow\\; p_1 = 0.2\\,p_2$$"),
    ("a premise with its name on both sides, ⇒ twice, each from the one before, zh",
     "逐列写出：\n\n$$x_1 = 0.5\\,x_1 + 0.25\\,x_2 \\Rightarrow 0.5\\,x_1 = 0.25\\,x_2 "
     "\\Rightarrow x_1 = 0.5\\,x_2$$",
     "逐列写出：\n\n$$x_1 = 0.5\\,x_1 + 0.25\\,x_2 \\Rightarrow 0.5\\,x_1 = 0.25\\,x_2 "
     "\\Rightarrow x_1 = 2\\,x_2$$"),
    ("a premise with its name on both sides, ko",
     "첫 성분:\n\n$$q_2 = 0.3\\,q_1 + 0.7\\,q_2 \\implies q_2 = q_1$$",
     "첫 성분:\n\n$$q_2 = 0.3\\,q_1 + 0.7\\,q_2 \\implies q_2 = 0.3\\,q_1$$"),
    ("an equation in e solved after ⇒, e an epoch bound in a bullet before, zh",
     "$\\eta_e = \\eta_0\\gamma^{e}$。\n\n- $e = 10$:$0.95^{10} \\approx 0.599$\n"
     "- 半衰期:$0.95^{e} = 0.5 \\Rightarrow e = \\ln 0.5/\\ln 0.95 \\approx 13.5$\n",
     "$\\eta_e = \\eta_0\\gamma^{e}$。\n\n- $e = 10$:$0.95^{10} \\approx 0.599$\n"
     "- 半衰期:$0.95^{e} = 0.5 \\Rightarrow e = \\ln 0.95/\\ln 0.5 \\approx 0.074$\n"),
    ("an equation after a colon, its starred solution displayed, en (η bound earlier)",
     _BALANCE_EN % "\\frac{2}{\\mu + L}", _BALANCE_EN % "\\frac{1}{\\mu + L}"),
    ("an equation after a colon, its starred solution displayed, ko",
     _BALANCE_KO % "\\frac{2}{\\mu + L}", _BALANCE_KO % "\\frac{2}{L - \\mu}"),

    ("normal equation after ⇒, ko (x̄ the mean of the x_i)",
     REGRESSION % ("\\bar y - a\\bar x", "-2"), REGRESSION % ("\\bar y + a\\bar x", "-2")),
    ("a wrong derivative in the second normal equation, ko",
     REGRESSION % ("\\bar y - a\\bar x", "-2"), REGRESSION % ("\\bar y - a\\bar x", "2")),
    ("set to zero ⇒ the root, en",
     ("$S(w) = (w - 3)^2$. Setting the derivative to zero,\n\n"
      "$$S'(w) = 2(w - 3) = 0 \\Rightarrow w = 3$$"),
     ("$S(w) = (w - 3)^2$. Setting the derivative to zero,\n\n"
      "$$S'(w) = 2(w - 3) = 0 \\Rightarrow w = -3$$")),
    ("令导数为零 ⇒ the root, zh",
     "设 $f(x) = x^2 - 4x$。令导数为零：\n\n$$f'(x) = 2x - 4 = 0 \\Rightarrow x = 2$$",
     "设 $f(x) = x^2 - 4x$。令导数为零：\n\n$$f'(x) = 2x - 4 = 0 \\Rightarrow x = -2$$"),
    ("two branches cross, en (i.e., so at)",
     ("The two branches cross where $t^{-1/2} = t\\,w^{-3/2}$, i.e. $t^{3/2} = w^{3/2}$, "
      "so at $t = w$."),
     ("The two branches cross where $t^{-1/2} = t\\,w^{-3/2}$, i.e. $t^{3/2} = w^{3/2}$, "
      "so at $t = w^2$.")),
    ("a dropped factor between equations, en",
     "The weights balance where $2(x - 3) = 4$, i.e. $x - 3 = 2$, so $x = 5$.",
     "The weights balance where $2(x - 3) = 4$, i.e. $x - 3 = 4$, so $x = 5$."),
    ("equation, 이므로, 즉, ko",
     "균형점은 $3u + 1 = 7$ 이므로 $3u = 6$, 즉 $u = 2$ 이다.",
     "균형점은 $3u + 1 = 7$ 이므로 $3u = 6$, 즉 $u = 3$ 이다."),
    ("equation, 得, zh",
     "平衡时 $2v - 6 = 0$，得 $v = 3$。",
     "平衡时 $2v - 6 = 0$，得 $v = 2$。"),
    ("a derivative at zero, so the root, zh (no cue word)",
     "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$，所以 $w = 3$。",
     "$$J = (w - 3)^2$$\n\n$\\frac{dJ}{dw} = 0$，所以 $w = -3$。"),
    ("an identity claim before so stays a claim, en",
     "Here $(a + b)^2 = a^2 + 2ab + b^2$, so $c = a^2$.",
     "Here $(a + b)^2 = a^2 + b^2$, so $c = a^2$."),
    # a point the text evaluates at ("so at $x = 0$ the slope is ..."), never a solution: the
    # claim before it is checked as a claim
    ("a derivative claim, so at a point, en",
     "The derivative is $\\tanh'(x) = 1 - \\tanh^2(x)$, so at $x = 0$ the slope is $1$.",
     "The derivative is $\\tanh'(x) = 1 + \\tanh^2(x)$, so at $x = 0$ the slope is $1$."),
    ("a derivative claim, so at a point, sigmoid, en",
     "We get $\\sigma'(x) = \\sigma(x) - \\sigma(x)^2$, so at $x = 0$ the value is $0.25$.",
     "We get $\\sigma'(x) = \\sigma(x) + \\sigma(x)^2 - 0.5$, so at $x = 0$ the value is $0.25$."),
    ("d/dx of a function, so at a point, en",
     "We have $\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1 - \\sigma(x))$, so at $x = 0$ it is $0.25$.",
     "We have $\\frac{d}{dx}\\sigma(x) = \\sigma(x)^2$, so at $x = 0$ it is $0.25$."),
    ("a partial derivative, at a list of values, en",
     "Let $L = (wx - y)^2$. Then $\\frac{\\partial L}{\\partial w} = 2x(wx - y)$, so at $w = 1$, "
     "$x = 2$, $y = 3$ the gradient is $-4$.",
     "Let $L = (wx - y)^2$. Then $\\frac{\\partial L}{\\partial w} = x(wx - y)$, so at $w = 1$, "
     "$x = 2$, $y = 3$ the gradient is $-4$."),
    # ... but where the prose makes the formula a condition ("cross where", "equal when"), the
    # point after it is where it holds: a solution
    ("cross where, so at the solution, en",
     "The curves cross where $x^2 = 2x$, so at $x = 2$ they meet again.",
     "The curves cross where $x^2 = 2x$, so at $x = 3$ they meet again."),
    ("cross where, i.e., so at the solution before a colon, en",
     "The branches cross where $t^{-1/2} = t\\,w^{-3/2}$, i.e. $t^{3/2} = w^{3/2}$, so at $t = w$: "
     "the peak.",
     "The branches cross where $t^{-1/2} = t\\,w^{-3/2}$, i.e. $t^{3/2} = w^{3/2}$, so at "
     "$t = w^2$: the peak."),
    ("즉 ... 에서 최대: where the maximum is, a solution, ko",
     "$H'(p) = 0$ 이면 $\\frac{1-p}{p} = 1$, 즉 $p = \\tfrac12$ 에서 최대이다.",
     "$H'(p) = 0$ 이면 $\\frac{1-p}{p} = 1$, 즉 $p = \\tfrac13$ 에서 최대이다."),
    ("equal when, i.e. at the solution, en",
     "The two costs are equal when $3n + 10 = 5n$, i.e. at $n = 5$ both cost $25$.",
     "The two costs are equal when $3n + 10 = 5n$, i.e. at $n = 4$ both cost $25$."),
    # an expansion stated, then a consequence: a claim, not an equation its follower solves
    ("an expansion claim, so, en",
     "We have $(a+b)^2 = a^2 + 2ab + b^2$, so $a = 0$.",
     "We have $(a+b)^2 = a^2 + b^2$, so $a = 0$."),
    ("an expansion claim, 즉 ... 이므로, ko",
     "$(x+y)^2 = x^2 + 2xy + y^2$ 즉 $xy = 0$ 이므로 $x = 0$.",
     "$(x+y)^2 = x^2 + y^2$ 즉 $xy = 0$ 이므로 $x = 0$."),
    ("sides that differ by a number, 由 ... 得, zh",
     "由 $(x+1)^2 = x^2 + 2x + 1$，得 $x = 1$。",
     "由 $(x+1)^2 = x^2 + 2x + 2$，得 $x = 1$。"),
    # a derivative of a defined function set to zero by the prose: an equation
    ("a derivative set to zero gives the root, en",
     "$$L(w) = (w-3)^2$$\n\nThen $L'(w) = 0$ gives $w = 3$.",
     "$$L(w) = (w-3)^2$$\n\nThen $L'(w) = 0$ gives $w = -3$."),
    ("a derivative set to zero, 에서, ko",
     "손실 $L(w) = (w - 3)^2$ 을 미분하면 $L'(w) = 2(w-3)$ 이다.\n$2(w - 3) = 0$ 에서 $w = 3$.",
     "손실 $L(w) = (w - 3)^2$ 을 미분하면 $L'(w) = 2(w-3)$ 이다.\n$2(w - 3) = 0$ 에서 $w = -3$."),
    # a chain set to zero: its last link is the equation, its other links stay claims
    ("a chain set to zero gives the root, en",
     "Setting $\\frac{dL}{dw} = 2w - 4 = 0$ gives $w = 2$.",
     "Setting $\\frac{dL}{dw} = 2w - 4 = 0$ gives $w = 4$."),
    ("a chain set to zero keeps its derivative claim, en",
     "$$L(w) = (w-2)^2$$\n\nSetting $L'(w) = 2w - 4 = 0$ gives $w = 2$.",
     "$$L(w) = (w-2)^2$$\n\nSetting $L'(w) = 2w - 2 = 0$ gives $w = 1$."),
    ("a chain set to zero, 得, zh",
     "设 $f(x) = x^2 - 4x$。令 $f'(x) = 2x - 4 = 0$，得 $x = 2$。",
     "设 $f(x) = x^2 - 4x$。令 $f'(x) = 2x - 4 = 0$，得 $x = -2$。"),
    ("= 0 gives, en", "Setting the derivative to zero, $2w - 4 = 0$ gives $w = 2$.",
     "Setting the derivative to zero, $2w - 4 = 0$ gives $w = 4$."),
    ("= 0 에서, ko", "미분을 0으로 두면 $2w - 4 = 0$ 에서 $w = 2$ 이다.",
     "미분을 0으로 두면 $2w - 4 = 0$ 에서 $w = 4$ 이다."),
    ("= 0，得, zh", "令导数为零，$2w - 4 = 0$，得 $w = 2$。", "令导数为零，$2w - 4 = 0$，得 $w = 4$。"),
    # a consequence naming the unknown with a solution's mark (hat, star, opt, MLE): the
    # solution, checked by substitution, after ⟹ and after a cue word alike (solution.stated)
    ("Bernoulli MLE after ⟹, en", _BERNOULLI_HAT % "\\frac{k}{m}", _BERNOULLI_HAT % "\\frac{k}{m-k}"),
    ("Binomial MLE after a derivative set to zero, en", _BINOMIAL % "\\frac{s}{n}",
     _BINOMIAL % "\\frac{n}{s}"),
    ("MLE subscript and hat, en", _THETA % "\\frac{k}{m}", _THETA % "\\frac{m}{k}"),
    ("least squares in 1-D, 이므로, ko", _LEAST % "\\frac{\\sum_i x_i y_i}{\\sum_i x_i^2}",
     _LEAST % "\\frac{\\sum_i y_i}{\\sum_i x_i}"),
    ("ridge in 1-D, opt, en",
     "Ridge: $$-2x(y - wx) + 2\\lambda w = 0 \\implies w_{opt} = \\frac{xy}{x^2 + \\lambda}$$",
     "Ridge: $$-2x(y - wx) + 2\\lambda w = 0 \\implies w_{opt} = \\frac{xy}{x^2 - \\lambda}$$"),
    ("the step-size balance after ⇒, en",
     "Balance the two ends: $$1 - \\eta\\mu = \\eta L - 1 \\Rightarrow \\eta^* = \\frac{2}{L+\\mu}$$",
     "Balance the two ends: $$1 - \\eta\\mu = \\eta L - 1 \\Rightarrow \\eta^* = \\frac{2}{L-\\mu}$$"),
    ("Bernoulli MLE, 得, zh",
     "令 $\\frac{k}{q} - \\frac{m-k}{1-q} = 0$，得 $\\hat q = \\frac{k}{m}$。",
     "令 $\\frac{k}{q} - \\frac{m-k}{1-q} = 0$，得 $\\hat q = \\frac{m}{k}$。"),
    ("bits to nats, ko", ENTROPY % "\\ln 2", ENTROPY % "1/\\ln 2"),
    ("bits stated in bits, en",
     "$$H(p) = -p\\log_2 p - (1-p)\\log_2(1-p)$$\n\nSo $H(0.5) = 1$ bit.",
     "$$H(p) = -p\\log_2 p - (1-p)\\log_2(1-p)$$\n\nSo $H(0.5) = 2$ bits."),
    # a per cent outside the math, rounded: to the digits it shows
    ("rounded per cent, en", "The accuracy is $6/7 \\approx 85.7$%.",
     "The accuracy is $6/7 \\approx 86.7$%."),
    ("rounded relative change in per cent, en", "Gain: $(0.92 - 0.90)/0.90 = 2.2$%.",
     "Gain: $(0.92 - 0.90)/0.90 = 2.4$%."),
    # a side already multiplied by 100 is in per cent: no second conversion
    # a square solved for (σ̂² for the equation in σ²), with another estimate it names (μ̂)
    ("σ̂² with μ̂, zh",
     "$$\\frac{\\partial\\ell}{\\partial\\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^n(x_i-\\mu) = 0"
     " \\Rightarrow \\hat\\mu = \\frac1n\\sum_{i=1}^n x_i$$\n\n对 $\\sigma^2$ 求导并令其为零：\n\n"
     "$$-\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}\\sum_{i=1}^n(x_i-\\mu)^2 = 0 \\Rightarrow "
     "\\hat\\sigma^2 = \\frac1n\\sum_{i=1}^n(x_i-\\hat\\mu)^2$$",
     "$$\\frac{\\partial\\ell}{\\partial\\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^n(x_i-\\mu) = 0"
     " \\Rightarrow \\hat\\mu = \\frac1n\\sum_{i=1}^n x_i$$\n\n对 $\\sigma^2$ 求导并令其为零：\n\n"
     "$$-\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}\\sum_{i=1}^n(x_i-\\mu)^2 = 0 \\Rightarrow "
     "\\hat\\sigma^2 = \\frac{1}{n-1}\\sum_{i=1}^n(x_i-\\hat\\mu)^2$$"),
    ("a square solved for, en",
     "Setting it to zero, $$\\frac{m}{\\tau^2} - 4 = 0 \\Rightarrow \\hat\\tau^2 = \\frac{m}{4}$$",
     "Setting it to zero, $$\\frac{m}{\\tau^2} - 4 = 0 \\Rightarrow \\hat\\tau^2 = \\frac{4}{m}$$"),
    ("\\frac n2 as TeX reads it (n over 2), en",
     "$$\\ell = -\\frac n2\\log\\sigma^2 \\quad\\text{so}\\quad \\frac{\\partial \\ell}{\\partial"
     " \\sigma^2} = -\\frac{n}{2\\sigma^2}$$",
     "$$\\ell = -\\frac n2\\log\\sigma^2 \\quad\\text{so}\\quad \\frac{\\partial \\ell}{\\partial"
     " \\sigma^2} = -\\frac{n}{\\sigma^2}$$"),
    # a chain from a derivative ending in `= 0`: a first-order condition, its last link never
    # fails for not holding everywhere (the derivative link is checked: a wrong one fails)
    ("a derivative set to zero in one chain, en",
     "The loss is $L(w) = (w - 3)^2 + 1$.\n\n$$\\frac{d L}{d w} = 2(w - 3) = 0$$\n\n"
     "so the minimum is at $w = 3$.\n",
     "The loss is $L(w) = (w - 3)^2 + 1$.\n\n$$\\frac{d L}{d w} = 2(w + 3) = 0$$\n\n"
     "so the minimum is at $w = 3$.\n"),
    ("stationarity conditions named (정류 조건), ko",
     "라그랑지안: $\\mathcal L(x, y, \\lambda) = x^2 + y^2 - \\lambda(x + 2y - 5)$\n\n"
     "정류 조건:\n\n$$\\frac{\\partial\\mathcal L}{\\partial x} = 2x - \\lambda = 0$$\n",
     "라그랑지안: $\\mathcal L(x, y, \\lambda) = x^2 + y^2 - \\lambda(x + 2y - 5)$\n\n"
     "정류 조건:\n\n$$\\frac{\\partial\\mathcal L}{\\partial x} = 2x + \\lambda = 0$$\n"),
    ("a gradient set to zero, zh",
     "损失 $J(\\theta) = (\\theta - 1)^2 + 2\\theta$。\n\n"
     "$$\\frac{\\partial J}{\\partial \\theta} = 2(\\theta - 1) + 2 = 0$$\n\n故 $\\theta = 0$。\n",
     "损失 $J(\\theta) = (\\theta - 1)^2 + 2\\theta$。\n\n"
     "$$\\frac{\\partial J}{\\partial \\theta} = 2(\\theta - 1) - 2 = 0$$\n\n故 $\\theta = 0$。\n"),
    ("already in per cent, en", "The accuracy is $90 / 100 \\times 100 = 90$%.",
     "The accuracy is $90 / 100 \\times 100 = 9000$%."),
]


# x, y solved for in terms of λ in the problem above: read as definitions, the combined
# equation of the next problem would differ from them
_SOLVED_ABOVE = ("## 1\n\n$$2x - \\lambda = 0, \\qquad 2y - 2\\lambda = 0$$\n\n"
                 "따라서 $x = \\lambda/2$, $y = \\lambda$.\n\n## 2\n\n"
                 "$$2(x - 2) + \\mu = 0,\\quad 2(y - 1) + \\mu = 0$$\n\n")


@pytest.mark.parametrize("text", [
    _SOLVED_ABOVE + "Subtracting the two equations gives $x - 2 = y - 1$.\n",
    _SOLVED_ABOVE + "두 식을 빼면 $x - 2 = y - 1$.\n",
    _SOLVED_ABOVE + "两式相减得 $x - 2 = y - 1$。\n",
])
def test_equations_combined_or_named_as_conditions_never_fail(text):
    assert "fails" not in _verdicts(text), [(s.lhs, s.rhs, s.method)
                                            for s in check_text(text).steps]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    verdicts = _verdicts(right)
    assert "fails" not in verdicts, [(s.line, s.lhs, s.rhs, s.method)
                                     for s in check_text(right).steps]
    assert "holds" in verdicts


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    assert "fails" in _verdicts(wrong)


@pytest.mark.parametrize("after, unit", [
    (" nats.", "nats"), ("비트, KL 은", "bits"), (" 比特。", "bits"), ("% of the", "percent"),
    (" natural", None), (" bitwise", None), (", so", None),
])
def test_unit_named_after(after, unit):
    assert named_after(after) == unit


@pytest.mark.parametrize("text, verdicts", [
    # a unit word ending the formula is its unit, as if written after it
    ("$$-2 \\cdot 0.5 \\log_2 0.5 = 1\\ \\text{bits}$$", ["holds"]),
    ("$$-2 \\cdot 0.5 \\log_2 0.5 = 2\\ \\text{bits}$$", ["fails"]),
    ("$$H = -\\log_2 0.25 = 2 \\text{ bits}$$ 이다.", ["holds"]),
    ("交叉熵 $-\\log_2 0.5 = 0.6931\\,\\mathrm{nats}$。", ["holds"]),  # 1 bit, in nats
    ("$$1.4979 / \\ln 2 \\approx 2.161\\ \\text{bits/token}$$", ["holds"]),
    ("$$1.4979 / \\ln 2 \\approx 2.261\\ \\text{bits/token}$$", ["fails"]),
])
def test_a_unit_word_ending_the_formula(text, verdicts):
    assert _verdicts(text) == verdicts


@pytest.mark.parametrize("left, right, after, holds", [
    (1.0, 0.6931471805599453, " nats", True),  # 1 bit in nats
    (1.0, 1.4426950408889634, " nats", False),  # the conversion the wrong way round
    (0.6931471805599453, 1.0, " bits", True),  # ln 2 nats in bits
    (0.25, 25.0, "%", True),
    (0.25, 2.5, "%", False),
    (6 / 7, 85.7, "%", False),  # to 1e-6 unless the digits shown are given (below)
    (1.0, 0.6931471805599453, ".", False),  # no unit named: checked as read
])
def test_conversion(left, right, after, holds):
    assert (conversion(left, right, after) is not None) is holds


def test_conversion_to_the_digits_shown_and_not_twice():
    assert conversion(6 / 7, 85.7, "%", atol=0.05) is not None
    assert conversion(6 / 7, 86.7, "%", atol=0.05) is None
    assert conversion(90, 9000, "%", written=parse_expression("90 / 100 \\times 100")) is None
    assert conversion(0.9, 90, "%", written=parse_expression("90 / 100")) is not None
    assert conversion(1.0, 0.6931471805599453, " nats",
                      written=parse_expression("1 \\cdot \\ln 2")) is None


@pytest.mark.parametrize("text", [
    # two equations listed side by side (a system): the second is no consequence of the first
    "The point satisfies $x + y = 5$ and $x - y = 1$.",
    # a value for one unknown that another equation of the text fixes
    "The sum is $x + y = 5$, so $x = 2$ once $y = 3$.",
])
def test_equations_the_text_does_not_derive_stay_unfailed(text):
    assert "fails" not in _verdicts(text)


_BERNOULLI = "$$\\frac{k}{q} - \\frac{m-k}{1-q} = 0 \\Longrightarrow %s$$"


@pytest.mark.parametrize("text, verdict", [
    # a new name, no variant of the premise's: a definition, never a failure
    (_BERNOULLI % "r = \\frac{k}{m-k}", "undecided"),
    # a decoration that may name something else (an initial value): holds when it solves,
    # never fails when it does not
    (_BERNOULLI % "q_0 = \\frac{k}{m}", "holds"),
    (_BERNOULLI % "q_0 = \\frac{k}{m-k}", "undecided"),
    # another unknown the solution leaves (n): it may come from another equation
    ("$$x + n = 5 \\Rightarrow x^* = 2$$", "undecided"),
    # the premise a definition, not an equation to solve
    ("$$p(x) = q^x (1 - q)^{1-x} \\Rightarrow \\hat q = \\frac{1}{2}$$", "undecided"),
])
def test_a_consequence_naming_something_new(text, verdict):
    assert _verdicts(text)[-1:] == [verdict], [(s.lhs, s.rhs, s.verdict, s.method)
                                             for s in check_text(text).steps]


@pytest.mark.parametrize("text, verdict", [
    # a case named, then numbers: the numbers are a claim of their own
    ("expanding gives $2^L$ paths; $L = 10 \\Rightarrow 2^{10} = 1024$ paths", "holds"),
    ("$r = -1 \\Rightarrow \\operatorname{round}(-63.75) + 64 = 0$", "holds"),
    ("$r = 1.5 \\Rightarrow 1.5/0.023622 = 63.5 $", "holds"),  # to the digits shown
    ("当 $n = 3$ 时：$n = 3 \\implies 3^2 + 1 = 10$", "holds"),
    ("$L = 10 \\Rightarrow 2^{10} = 1000$", "fails"),
    ("$k = 4 \\Longrightarrow 4! = 20$", "fails"),
])
def test_a_consequence_in_numbers_only_is_checked_as_numbers(text, verdict):
    steps = [s for s in check_text(text).steps if "\\Rightarrow" in s.source or
             "implies" in s.source or "Longrightarrow" in s.source]
    assert [s.verdict for s in steps][-1:] == [verdict], steps


@pytest.mark.parametrize("text", [_LOG_LINK % "\\bar y", _LOG_LINK_ZH % "\\bar y"])
def test_a_log_links_solution_solves_the_equation(text):
    # = 0 ⇒ e^{θ̂} = ȳ: solved as θ̂ = log ȳ, at θ_0 bound earlier too (a wrong root is not
    # failed: the data's entries are read as unknowns of the residual, so "other" is possible)
    steps = check_text(text).steps
    assert not [s for s in steps if s.verdict == "fails"], steps
    assert any("solves" in s.method for s in steps), [s.method for s in steps]


# a solution written with rounded decimals solves its equation to the digits shown (half a unit
# in each decimal's last digit); a value off by more is still no solution
@pytest.mark.parametrize("text, verdict", [
    ("$\\sin\\theta_c = 1/1.5$, so $\\theta_c = \\arcsin(0.6667)$.", "no failure"),
    ("$\\sin\\theta_c = 1/1.5$, so $\\theta_c = \\arcsin(0.6557)$.", "fails"),
    ("由 $\\cos A = 0.6$，得 $A = \\arccos(0.6000)$。", "no failure"),
    ("$x^2 = 2$ 이므로 $x = 1.4124$ 이다.", "fails"),
])
def test_a_solution_with_rounded_decimals_solves_to_the_digits_shown(text, verdict):
    verdicts = [s.verdict for s in check_text(text).steps]
    assert ("fails" in verdicts) == (verdict == "fails"), check_text(text).steps
