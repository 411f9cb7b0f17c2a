"""Statistics that differ whatever the distributions, or under the text's stated assumptions
(variance.py): a wrong factor in a variance derivation (Xavier/He, attention's 1/√d, a sum of
i.i.d. terms) fails; what rests on an assumption the text does not state stays undecided."""

import pytest
import sympy as sp

from checker.derive.document import check_text
from checker.derive.moment import Reduction
from checker.derive.randomness import read_randomness
from checker.derive.variance import always_differ, integrated

IID_EN = ("Let $z = \\sum_{i=1}^{n} w_i x_i$, where the $w_i$ and $x_i$ are independent, "
          "identically distributed and zero-mean.\n\n")
IID_KO = "$w_i$ 와 $x_i$ 는 서로 독립이고 같은 분포를 따르며 평균이 0 이다.\n\n"
IID_ZH = "设 $w_i$ 独立同分布，均值为0，方差为 $\\sigma^2$。\n\n"
IID_ONLY = "The $x_i$ are i.i.d.\n\n"
ATTENTION = "Take $q$ and $k$ whose components are independent with mean $0$ and variance $1$.\n\n"
ATTENTION_KO = "$q_i$ 와 $k_i$ 는 서로 독립이고 평균이 0, 분산이 1 이다.\n\n"
VECTORS_KO = ("쿼리와 키 벡터 $q, k \\in \\mathbb{R}^{d_k}$ 의 각 성분이 서로 독립이고 평균 0, 분산 1 "
              "이라고 가정합니다.\n\n")
NO_MEANS = "The $w_i$ and $x_i$ are i.i.d. and independent of each other.\n\n"
UNSTATED = "Take weights $w_i$ and inputs $x_i$.\n\n"
LAW = ("Let $p = \\mathcal N(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal N(\\mu_2, \\sigma_2^2)$, "
       "two densities of $x$.\n\n")
MEAN_KO = ("각 $x_i$ 는 서로 독립이고 평균이 0, 분산이 $\\sigma^2$ 이며, "
           "$\\bar x = \\frac{1}{n}\\sum_{i=1}^n x_i$ 이다.\n\n")
DROPOUT = "Let $m \\sim \\mathrm{Bernoulli}(1-p)$, $h$ fixed, and $\\tilde h = \\frac{m h}{1-p}$.\n\n"
BIAS = ("Let $y = \\sum_{i=1}^n w_i x_i + b$ where the $w_i$ are i.i.d. with zero mean, "
        "independent of the $x_i$.\n\n")
TWO_MEANS = "Let $x$ have mean $\\mu$, and the noise $\\varepsilon$ zero mean.\n\n"

# (preamble, formula, the verdicts of the formula's steps)
ROWS = [
    # Xavier / He: n terms of one distribution, zero means stated (en, ko)
    (IID_EN, "$\\mathrm{Var}(z) = n\\,\\mathrm{Var}(w)\\,\\mathrm{Var}(x)$", {"holds"}),
    (IID_EN, "$\\mathrm{Var}(z) = n^2\\,\\mathrm{Var}(w)\\,\\mathrm{Var}(x)$", {"fails"}),
    (IID_EN, "$\\mathrm{Var}(z) = 2n\\,\\mathrm{Var}(w)\\,\\mathrm{Var}(x)$", {"fails"}),
    (IID_KO, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i x_i) = n\\,\\mathrm{Var}(w)\\mathrm{Var}(x)$",
     {"holds"}),
    (IID_KO, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i x_i) = \\mathrm{Var}(w)\\mathrm{Var}(x)$",
     {"fails"}),  # the factor n dropped
    # a variance stated in words with the zero mean (zh): σ² a positive number
    (IID_ZH, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i) = n\\sigma^2$", {"holds"}),
    (IID_ZH, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i) = n^2\\sigma^2$", {"fails"}),
    # a sum of i.i.d. terms: n Var(x) whatever the mean; n^2 Var(x) for no distribution
    (IID_ONLY, "$\\mathrm{Var}(\\sum_{i=1}^{n} x_i) = n\\,\\mathrm{Var}(x)$", {"holds"}),
    (IID_ONLY, "$\\mathrm{Var}(\\sum_{i=1}^{n} x_i) = n^2\\,\\mathrm{Var}(x)$", {"fails"}),
    # attention: unit variances and zero means in words (en, ko)
    (ATTENTION, "$\\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 1$", {"holds"}),
    (ATTENTION, "$\\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 2$", {"fails"}),
    (ATTENTION_KO, "$\\mathrm{Var}(q_i k_i) = \\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 1$",
     {"holds"}),
    (ATTENTION_KO, "$\\mathrm{Var}(q_i k_i) = \\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] = 2$",
     {"holds", "fails"}),
    # the entries of declared vectors (q ∈ R^d): what is said of their components is said of them
    (VECTORS_KO, ("$\\operatorname{Var}(q_i k_i) = \\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] - "
                   "(\\mathbb{E}[q_i]\\mathbb{E}[k_i])^2 = 1\\cdot 1 - 0$"), {"holds"}),
    (VECTORS_KO, ("$\\operatorname{Var}(q_i k_i) = \\mathbb{E}[q_i^2]\\,\\mathbb{E}[k_i^2] - "
                   "(\\mathbb{E}[q_i]\\mathbb{E}[k_i])^2 = 2\\cdot 1 - 0$"), {"holds", "fails"}),
    # zero means not stated: Var(w x) = Var(w)Var(x) needs them, so neither twin is decided
    (NO_MEANS, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i x_i) = n\\,\\mathrm{Var}(w)\\mathrm{Var}(x)$",
     {"undecided"}),
    (NO_MEANS, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i x_i) = n^2\\,\\mathrm{Var}(w)\\mathrm{Var}(x)$",
     {"undecided"}),
    # independence not stated: the cross terms are not known
    (UNSTATED, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i x_i) = n^2\\,\\mathrm{Var}(w)\\mathrm{Var}(x)$",
     {"undecided"}),
    # a Greek name declared (`\\varepsilon \\sim \\mathcal N(0, I)`: unit variance per component)
    ("Let $z = \\mu + \\sigma\\varepsilon$ with $\\varepsilon \\sim \\mathcal{N}(0, I)$.\n\n",
     "$\\mathbb{E}[z] = \\mu + \\sigma\\,\\mathbb{E}[\\varepsilon] = \\mu$", {"holds"}),
    ("Let $z = \\mu + \\sigma\\varepsilon$ with $\\varepsilon \\sim \\mathcal{N}(0, I)$.\n\n",
     "$\\operatorname{Var}[z] = \\sigma^2\\operatorname{Var}[\\varepsilon] = \\sigma^2$", {"holds"}),
    ("令 $\\epsilon \\sim \\mathcal{N}(0, 1)$，$\\mu$、$\\sigma$ 为常数。\n\n",
     "$\\mathbb{E}[(\\mu + \\sigma\\epsilon)^2] = \\mu^2 + \\sigma^2$", {"holds"}),
    ("令 $\\epsilon \\sim \\mathcal{N}(0, 1)$，$\\mu$、$\\sigma$ 为常数。\n\n",
     "$\\mathbb{E}[(\\mu + \\sigma\\epsilon)^2] = \\mu^2 + \\sigma$", {"fails"}),
    # an expectation under a distribution given a name (KL between Gaussians)
    (LAW, "$\\mathbb{E}_p[(x - \\mu_2)^2] = \\sigma_1^2 + (\\mu_1 - \\mu_2)^2$", {"holds"}),
    (LAW, "$\\mathbb{E}_p[(x - \\mu_2)^2] = \\sigma_1^2 + \\mu_1^2 - \\mu_2^2$", {"fails"}),
    (LAW, "$\\mathbb{E}_q[(x - \\mu_2)^2] = \\mathbb{E}_q[x^2] - \\mu_2^2 = \\sigma_2^2$",
     {"holds"}),
    # the mean of n terms (ko): Var(x̄) = σ²/n, not σ²/n²
    (MEAN_KO, ("$\\mathrm{Var}(\\bar x) = \\frac{1}{n^2}\\sum_{i=1}^n \\mathrm{Var}(x_i) = "
                "\\frac{\\sigma^2}{n}$"), {"holds"}),
    (MEAN_KO, ("$\\mathrm{Var}(\\bar x) = \\frac{1}{n^2}\\sum_{i=1}^n \\mathrm{Var}(x_i) = "
                "\\frac{\\sigma^2}{n^2}$"), {"holds", "fails"}),
    # inverted dropout: E[h̃²] - h² = p h²/(1 - p), not p h²/(1 - p)²
    (DROPOUT, "$\\mathrm{Var}(\\tilde h) = \\mathbb{E}[\\tilde h^2] - h^2 = \\frac{p}{1-p}h^2$",
     {"holds"}),
    (DROPOUT, "$\\mathrm{Var}(\\tilde h) = \\mathbb{E}[\\tilde h^2] - h^2 = \\frac{p}{(1-p)^2}h^2$",
     {"fails"}),
    # a sentence with two means ("mean μ", "zero mean"): whose zero mean is not read
    (TWO_MEANS, ("$\\mathbb{E}[2x + \\varepsilon] = 2\\mathbb{E}[x] + \\mathbb{E}[\\varepsilon] = "
                  "2\\mu$"), {"holds", "undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", ROWS)
def test_variance_steps(preamble, formula, verdicts):
    steps = [s for s in check_text(preamble + formula + "\n").steps
             if s.line == preamble.count("\n") + 1]
    assert steps and {s.verdict for s in steps} == verdicts, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# steps whose truth rests on a reading (b a constant, x's mean): never failed
NEVER_FAILS = [
    # q·k of vectors read as a product: what is said of q's components is not said of q
    ("Assume the components of a query $q$ and a key $k$ are independent with mean 0 and "
     "variance 1.\n\nWith $d_k = 64$ the scores have std $8$.\n\n",
     "$\\operatorname{Var}\\!\\left(\\frac{q\\cdot k}{\\sqrt{d_k}}\\right) = \\frac{d_k}{d_k} = 1$"),
    # a requirement (Var(z) = Var(x)), the x_i not said identically distributed: one moment
    # could meet it
    (("$z = \\sum_{i=1}^{n} w_i x_i$. Assume the $w_i$ and $x_i$ are all independent, and that "
      "$w_i$ and $x_i$ have zero mean.\n\n"), "$\\mathrm{Var}(z) = \\mathrm{Var}(x)$"),
    # i.i.d. said of the w_i only: x_1 and x_2 are not one distribution
    ("The $w_i$ are i.i.d. with zero mean.\n\nThe inputs $x_i$ have means $\\mu_i$.\n\n",
     "$\\mathbb{E}[x_1] - \\mathbb{E}[x_2] + \\mathbb{E}[w_1] = \\mu_1 - \\mu_2$"),
    (BIAS, "$\\mathrm{Var}(y) = n\\,\\mathrm{Var}(w)\\,\\mathbb{E}[x^2]$"),
    (TWO_MEANS, "$\\mathbb{E}[x + \\varepsilon] + 1 = \\mu + 1$"),
    ("The inputs $x_i$ are i.i.d. with mean $\\mu$ and variance $\\sigma^2$.\n\n",
     "$\\mathrm{Var}(\\frac{1}{n}\\sum_{i=1}^n x_i) = \\frac{\\sigma^2}{n}$"),
]


@pytest.mark.parametrize("preamble,formula", NEVER_FAILS)
def test_a_step_resting_on_a_reading_never_fails(preamble, formula):
    steps = check_text(preamble + formula + "\n").steps
    assert all(s.verdict != "fails" for s in steps), [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("preamble,formula,said", [
    (NO_MEANS, "$\\mathrm{Var}(\\sum_{i=1}^{n} w_i x_i) = n\\,\\mathrm{Var}(w)\\mathrm{Var}(x)$",
     "it holds if w, x have zero mean"),
    ("가중치 $w$ 와 입력 $x$ 는 서로 독립이다.\n\n",
     "$\\mathrm{Var}(w x) = \\mathrm{Var}(w)\\,\\mathrm{Var}(x)$", "it holds if w, x have zero mean"),
])
def test_an_unstated_zero_mean_is_named(preamble, formula, said):
    (step,) = [s for s in check_text(preamble + formula + "\n").steps
               if s.line == preamble.count("\n") + 1]
    assert step.verdict == "undecided" and said in step.method, step.method


def test_a_failure_under_stated_assumptions_names_them():
    (step,) = [s for s in check_text(IID_EN + "$\\mathrm{Var}(z) = n^2\\,\\mathrm{Var}(w)\\,"
                                     "\\mathrm{Var}(x)$\n").steps if s.line == 3]
    assert step.verdict == "fails" and "stated zero means" in step.method, step.method


def _moments(*spec):
    red = Reduction(set(), True, False, {})
    return red, [red.moment(sp.Symbol(name, real=True), k) for name, k in spec]


@pytest.mark.parametrize("build,differ", [
    (lambda w2, w1: -6 * (w2 - w1 ** 2), True),  # -6 Var(w): negative for every distribution
    (lambda w2, w1: w2 - w1 ** 2 + 1, True),  # Var(w) + 1
    (lambda w2, w1: w2 - 1, False),  # E[w^2] = 1 for some distribution
    (lambda w2, w1: w1 ** 2, False),  # zero when the mean is
    (lambda w2, w1: sp.Symbol("n") * (w2 - w1 ** 2), False),  # n = 0 makes them agree
])
def test_always_differ(build, differ):
    red, (w2, w1) = _moments(("w", 2), ("w", 1))
    assert always_differ(sp.expand(build(w2, w1)), red, {"w"}) is differ


def test_a_name_maybe_constant_may_have_no_variance():
    """b in Var(Σ w_i x_i + b), read as random but never alone in a statistic: Var(b) may be 0."""
    red, (b2, b1) = _moments(("b", 2), ("b", 1))
    assert not always_differ(b2 - b1 ** 2, red, set())
    assert always_differ(b2 - b1 ** 2 + 1, red, set())
    red, (b2, b1, x2, x1) = _moments(("b", 2), ("b", 1), ("x", 2), ("x", 1))
    assert not always_differ(b2 - b1 ** 2 - x2 + x1 ** 2, red, {"x"})  # Var(b) = Var(x) may be


def test_names_only_inside_statistics_are_integrated():
    from checker.derive.unknown import Signature, function

    q, a = sp.Symbol("q", real=True), sp.Symbol("a", real=True)
    stat = function(Signature("E", ("#1",)))(q ** 2)
    assert integrated((a * stat,)) == {"q"} and integrated((q * stat,)) == set()


@pytest.mark.parametrize("text,centred", [
    ("The $w_i$ are i.i.d. with mean 0 and variance $\\sigma^2$.", {"w_i"}),
    ("$q$ 와 $k$ 는 평균이 0 이다.", {"q", "k"}),
    ("设 $x$ 的均值为0。", {"x"}),
    ("Let $x$ have mean $\\mu$, and $y$ zero mean.", set()),  # two means: not read
])
def test_names_said_zero_mean(text, centred):
    assert read_randomness(text).centred == frozenset(centred)


@pytest.mark.parametrize("text,name,params", [
    ("$\\varepsilon \\sim \\mathcal{N}(0, I)$", "varepsilon", ("0", "1")),
    ("$\\varepsilon\\sim\\mathcal{N}(0,\\sigma^2 I)$", "varepsilon", ("0", "\\sigma^2")),
    ("$w \\sim \\mathcal{N}(0, \\tau^2 \\mathbf{I}_d)$", "w", ("0", "\\tau^2")),
    ("$\\epsilon_i \\sim N(0, 1)$", "epsilon_i", ("0", "1")),
])
def test_declared_greek_names_and_identity_covariances(text, name, params):
    (declared,) = read_randomness(text).declarations
    assert (declared.name, declared.params) == (name, params)


def test_a_normal_of_sigma_unsquared_has_no_moments_read():
    """N(0, σ): σ a standard deviation to some writers, a variance to others."""
    (declared,) = read_randomness("$x \\sim \\mathcal{N}(0, \\sigma)$").declarations
    assert declared.family == ""


