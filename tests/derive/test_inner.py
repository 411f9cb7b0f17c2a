"""Statistics of dot products of random vectors (inner.py): the dimension the text gives,
read from a sum over the entries or a space; steps decided under the stated means, variances
and independence, in English, Korean and Chinese; wrong twins fail, unstated moments never."""

import pytest

from checker.derive.document import check_text
from checker.derive.inner import Inner, read_inner

SUM_EN = ("Assume the components of $q$ and $k$ are independent with mean 0 and variance 1. "
          "The score is a dot product:\n\n$$q \\cdot k = \\sum_{i=1}^{d_k} q_i k_i$$\n\n")
SPACE_EN = ("Take one query $q$ and one key $k$ in $\\mathbb{R}^{d}$ whose components are "
            "independent with mean $0$ and variance $1$.\n\n")
SUM_KO = ("$q$ 와 $k$ 의 각 성분은 서로 독립이고 평균이 0, 분산이 1 이다.\n\n"
          "$$q \\cdot k = \\sum_{j=1}^{n} q_j k_j$$\n\n")
SUM_ZH = ("设 $q$ 与 $k$ 的各分量相互独立，均值为 0，方差为 $\\sigma^2$。\n\n"
          "$$q \\cdot k = \\sum_{i=1}^{d} q_i k_i$$\n\n")
NAMED_EN = ("Assume the entries $q_i, k_i$ are independent with mean 0 and variance 1. The raw "
            "score is\n\n$$s = q^\\top k = \\sum_{i=1}^{d_k} q_i k_i$$\n\n")
# no independence said; no variance said
UNSAID = "Take $q$ and $k$ in $\\mathbb{R}^{d}$ with zero mean and variance 1.\n\n"
NO_VARIANCE = "Take $q$ and $k$ in $\\mathbb{R}^{d}$, independent with zero mean.\n\n"

# (preamble, formula, the verdicts of its steps); a statistic alone on the left of one `=` is
# a statement of its value, not a step: the steps here are chains or scaled statistics
ROWS = [
    (SUM_EN, ("$$\\operatorname{Var}\\left(\\frac{q \\cdot k}{\\sqrt{d_k}}\\right) = "
              "\\frac{d_k}{d_k} = 1$$"), {"holds"}),
    (SPACE_EN, "$$\\frac{1}{d}\\operatorname{Var}(q \\cdot k) = 1$$", {"holds"}),
    (SPACE_EN, "$$\\sqrt{d}\\,\\mathbb{E}[q \\cdot k] = 0$$", {"holds"}),
    (SUM_KO, "$$\\mathrm{Var}\\left(\\frac{q \\cdot k}{\\sqrt{n}}\\right) = \\frac{n}{n} = 1$$",
     {"holds"}),
    (SUM_ZH, "$$\\mathrm{Var}(q \\cdot k) / d = \\sigma^4$$", {"holds"}),
    (NAMED_EN, "$$\\frac{1}{d_k}\\operatorname{Var}(s) = 1$$", {"holds"}),
    # the example's value bound for the dimension
    (SPACE_EN + "With $d = 64$ the scores have std 8.\n\n",
     "$$\\frac{1}{d}\\operatorname{Var}(q \\cdot k) = 1$$",
     {"holds"}),
    # wrong twins: the variances not added, the scale not squared, σ² for σ⁴
    (SPACE_EN, "$$\\frac{1}{d}\\operatorname{Var}(q \\cdot k) = d$$", {"fails"}),
    (SUM_KO, "$$\\mathrm{Var}\\left(\\frac{q \\cdot k}{n}\\right) = \\frac{n}{n} = 1$$",
     {"fails", "holds"}),
    (SUM_ZH, "$$\\mathrm{Var}(q \\cdot k) / d = \\sigma^2$$", {"fails"}),
    (SPACE_EN + "With $d = 64$ the scores have std 8.\n\n",
     "$$\\frac{1}{d}\\operatorname{Var}(q \\cdot k) = \\frac{1}{64}$$",
     {"fails"}),
    # what the text does not say never makes a step fail
    (UNSAID, "$$\\frac{1}{d}\\operatorname{Var}(q \\cdot k) = d$$", {"undecided"}),
    (NO_VARIANCE, "$$\\frac{1}{d}\\operatorname{Var}(q \\cdot k) = 2$$", {"undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", ROWS)
def test_dot_product_statistics(preamble, formula, verdicts):
    steps = check_text(preamble + formula + "\n").steps
    last = [s for s in steps if s.line == max(t.line for t in steps)]
    assert {s.verdict for s in last} == verdicts, [(s.verdict, s.method) for s in last]


def test_statistics_stated_otherwise_leave_a_difference_undecided():
    # "if instead Var(q_i) = 2": the worded variance 1 is not the one meant there
    text = (SUM_EN + "With $d_k = 64$: if instead $\\operatorname{Var}(q_i) = "
            "\\operatorname{Var}(k_i) = 2$, then $\\operatorname{Var}(q_i k_i) = 4$ and "
            "$\\operatorname{Var}(q \\cdot k) = 4 \\cdot 64$.\n")
    steps = [s for s in check_text(text).steps if "dot product" in s.method]
    assert all(s.verdict != "fails" for s in steps)


READINGS = [
    ("$$q \\cdot k = \\sum_{i=1}^{d_k} q_i k_i$$", Inner(1, ("k", "q"), "d_k")),
    ("$$\\sum_{i=1}^{d}\\mathrm{Var}(q_i k_i) = d$$", Inner(1, ("k", "q"), "d")),
    ("$$z = \\sum_{j=1}^{n_{\\text{in}}} w_j x_j$$", Inner(1, ("w", "x"), "n_in", "z")),
    ("$$s = q^\\top k = \\sum_{i=1}^{d_k} q_i k_i$$", Inner(1, ("k", "q"), "d_k", "s")),
    ("Let $q$ and $k$ be in $\\mathbb{R}^{64}$.", Inner(1, ("k", "q"), "64")),
    ("设 $q, k \\in \\mathbb{R}^{d}$。", Inner(1, ("k", "q"), "d")),
]


@pytest.mark.parametrize("text,expected", READINGS)
def test_read_inner(text, expected):
    assert expected in read_inner(text)


@pytest.mark.parametrize("text", [
    "$Q \\in \\mathbb{R}^{n \\times d_k}$, $K \\in \\mathbb{R}^{m \\times d_k}$",  # matrices
    "$$\\sum_{i=1}^{n} x_i x_i$$",  # one vector
    "$x, y, z \\in \\mathbb{R}^{3}$",  # three names: which pair is not said
])
def test_no_inner_product_read(text):
    assert read_inner(text) == ()


def test_a_dimension_read_at_an_index_never_fails_and_says_so():
    # d_k beside a vector k: the reader may take k for an index (d_2); the dot product's
    # value then only makes a step hold, and a difference names the reading
    steps = check_text(SUM_EN + "$$\\operatorname{Var}\\left(\\frac{q \\cdot k}{\\sqrt{d_k}}"
                                "\\right) = \\frac{1}{d_k}$$\n").steps
    last = [s for s in steps if s.line == 5]
    assert last and all(s.verdict == "undecided" for s in last)
    assert any("d_k was read as" in s.method for s in last), [s.method for s in last]
