"""Σ_i, Π_i, max_i over a range the text never gives, and ∂/∂u_o beside Σ_k over u_k: readings
that are guesses, so a step may hold or stay undecided, and fails only when it fails for every
reading (summation.range_doubts, summation.outside_member)."""

import pytest

from checker.derive.document import check_text

EIGEN = "Let $A$ be symmetric with eigenvalues $0 < \\mu = \\lambda_{\\min} \\le " \
    "\\lambda_{\\max} = L$.\n\n"
SGNS = "Center vector $v_c$, true context vector $u_o$, negatives $u_1,\\dots,u_K$.\n\n" \
    "$$J = -\\log\\sigma(u_o^\\top v_c) - \\sum_{k=1}^{K}\\log\\sigma(-u_k^\\top v_c)$$\n\n"
APART = "$$J = -\\log\\sigma(u_o^\\top v_c) - \\sum_{k \\ne o}\\log\\sigma(-u_k^\\top v_c)$$\n\n"
D = "\\frac{\\partial J}{\\partial u_o}"


@pytest.mark.parametrize("text, verdict, why", [
    # the family on one side, names the text ties to its members in words on the other
    (EIGEN + "$$\\rho = \\max_i\\lvert 1 - \\eta\\lambda_i\\rvert = "
     "\\max(\\lvert 1-\\eta\\mu\\rvert, \\lvert 1 - \\eta L\\rvert)$$", "undecided",
     "one side only"),
    (EIGEN + "$$\\rho = \\max_i\\lvert 1 - \\eta\\lambda_i\\rvert = "
     "\\max_i (1 - \\eta\\lambda_i)^2 + 1$$", "fails", None),
    # the step holds over 2 members (or 4): the range read (3) is a guess
    ("$$\\sum_i x_i = x_1 + x_2$$", "undecided", "holds over 2"),
    ("$$\\prod_i x_i = x_1 x_2$$", "undecided", "holds over 2"),
    ("$$\\sum_i x_i = x_1 + x_2 + x_3$$", "holds", None),
    ("$$\\sum_i x_i = x_1 + \\sum_{i=2}^{n} x_i$$", "holds", None),
    # fails over 2, 3 and 4 members (over 1, no family: not tried)
    ("$$\\sum_i x_i^2 = 2\\left(\\sum_i x_i\\right)^2$$", "fails", None),
    ("$$\\sum_i x_i = x_1 - x_2$$", "fails", None),
    ("$$\\sum_k p_k (a - b) = a + b$$", "fails", None),  # no max: other names, no guess
    ("$$\\sum_i x_i^2 = \\left(\\sum_i x_i\\right)^2$$", "fails", None),
    # a written range is no guess
    ("$$\\sum_{i=1}^{3} x_i = x_1 + x_2$$", "fails", None),
])
def test_open_ranges(text, verdict, why):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if why:
        assert why in step.method, step


@pytest.mark.parametrize("text, verdict, why", [
    # u_o among the u_k (as read) or not (word2vec's negatives): holds in one reading
    (SGNS + f"$${D} = (\\sigma(u_o^\\top v_c) - 1)\\,v_c$$", "undecided", "outside that range"),
    (SGNS + f"$${D} = (\\sigma(u_o^\\top v_c) - 1)\\,v_c + \\sigma(u_o^\\top v_c)\\,v_c$$",
     "holds", None),
    # fails in both readings
    (SGNS + f"$${D} = \\sigma(u_o^\\top v_c)\\,v_c$$", "fails", None),
    (SGNS + f"$${D} = (1 - \\sigma(u_o^\\top v_c))\\,v_c$$", "fails", None),
    # written apart: no guess
    (APART + f"$${D} = (\\sigma(u_o^\\top v_c) - 1)\\,v_c$$", "holds", None),
])
def test_member_beside_a_sum(text, verdict, why):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if why:
        assert why in step.method, step


# a distribution over a finite set given as a vector of probabilities, written as a function of
# the outcome under Σ_x (entropy, cross entropy, KL): P(x) is P's x-th entry, x over its length
@pytest.mark.parametrize("text, verdict", [
    ("Let $P = (0.5, 0.25, 0.25)$.\n\n$$H(P) = -\\sum_x P(x)\\log_2 P(x) = 1.5$$", "holds"),
    ("Let $P = (0.5, 0.25, 0.25)$.\n\n$$H(P) = -\\sum_x P(x)\\log_2 P(x) = 1.25$$", "fails"),
    ("分布 $P = (0.5, 0.5)$，$Q = (0.9, 0.1)$：\n\n$$\\sum_x P(x)\\ln\\frac{P(x)}{Q(x)} "
     "= 0.5\\ln\\frac{0.5}{0.9} + 0.5\\ln\\frac{0.5}{0.1}$$", "holds"),
    ("분포 $P = (0.5, 0.5)$，$Q = (0.9, 0.1)$：\n\n$$\\sum_x P(x)\\ln\\frac{P(x)}{Q(x)} "
     "= 0.5\\ln\\frac{0.5}{0.1} + 0.5\\ln\\frac{0.5}{0.9} + 0.1$$", "fails"),
    # the entropy, then the cross entropy under the same name H with two arguments
    ("$P = (0.5, 0.5)$, $Q = (0.75, 0.25)$.\n\n$$H(P) = -\\sum_x P(x)\\log_2 P(x)$$\n\n"
     "$$H(P, Q) = -\\sum_x P(x)\\log_2 Q(x) = H(P) + 0.2075$$", "holds"),
    ("$P = (0.5, 0.5)$, $Q = (0.75, 0.25)$.\n\n$$H(P) = -\\sum_x P(x)\\log_2 P(x)$$\n\n"
     "$$H(P, Q) = -\\sum_x P(x)\\log_2 Q(x) = 1.5$$", "fails"),  # 1.2075
    # P written as a function the text never gives values for: no entries to read
    ("$$H(P) = -\\sum_x P(x)\\log_2 P(x) = 1.5$$", "undecided"),
])
def test_a_distribution_given_as_a_vector(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step


_GRID = ("$$G = \\begin{bmatrix}1&0.5\\\\-1&2\\end{bmatrix},\\qquad "
         "K = \\begin{bmatrix}1&0\\\\-1&2\\end{bmatrix}$$\n\n$%s$\n")


@pytest.mark.parametrize("text, verdicts", [
    # a bare Σ over a summand with no index: the sum of a given vector's or matrix's entries
    (_GRID % "(\\sum G)(\\sum K) = 2.5 \\times 2", ["holds"]),
    (_GRID % "(\\sum G)(\\sum K) = 3 \\times 2", ["fails"]),
    ("One-hot 레이블 $y = (0, 1, 0)$ 이므로 $\\sum y = 1$.\n", ["holds"]),
    ("One-hot 레이블 $y = (0, 1, 0)$ 이므로 $\\sum y = 2$.\n", ["fails"]),
    ("概率 $q = (0.2, 0.3, 0.5)$，$\\sum q^2 = 0.38$。\n", ["holds"]),  # entry by entry
    ("概率 $q = (0.2, 0.3, 0.5)$，$\\sum q^2 = 1$。\n", ["fails"]),
    # G defined by a formula, then given: which G the sum is of is not settled
    ("Let $G = \\partial L/\\partial Y$.\n\n" + _GRID % "(\\sum G)(\\sum K) = 2.5 \\times 2",
     ["unreadable"]),
])
def test_a_bare_sum_of_a_given_vector_adds_its_entries(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text, verdict", [
    # B (the batch) labels μ_B and σ_B: the sum runs over the one lowercase index, i
    ("Batch: $\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i$, "
     "$\\sigma_B^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu_B)^2$.\n\n"
     "$$\\frac{1}{m-1}\\sum (x_i - \\mu_B)^2 = \\frac{m}{m-1}\\sigma_B^2$$\n", "holds"),
    ("Batch: $\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i$, "
     "$\\sigma_B^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu_B)^2$.\n\n"
     "$$\\frac{1}{m-1}\\sum (x_i - \\mu_B)^2 = \\frac{m-1}{m}\\sigma_B^2$$\n", "fails"),
])
def test_a_capital_index_is_a_label_beside_the_summed_letter(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


_SPREAD = ("Let $\\mu = \\frac{1}{m}\\sum_{i=1}^{m} x_i$ and "
           "$\\sigma^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu)^2$.\n\n$$%s$$\n")


@pytest.mark.parametrize("text, verdict", [
    # the m of 1/(m-1), read before the definitions' sums to m: one m for both (this failed)
    (_SPREAD % "\\frac{1}{m-1}\\sum (x_i - \\mu)^2 = \\frac{m}{m-1}\\sigma^2", "holds"),
    (_SPREAD % "\\frac{1}{m-1}\\sum_{i=1}^{m} (x_i - \\mu)^2 = \\frac{m}{m-1}\\sigma^2", "holds"),
    (_SPREAD % "\\frac{1}{m-1}\\sum_{i=1}^{m} (x_i - \\mu)^2 = \\frac{m-1}{m}\\sigma^2", "fails"),
    ("设 $\\bar x = \\frac{1}{n}\\sum_{k=1}^{n} x_k$，"
     "$s^2 = \\frac{1}{n}\\sum_{k=1}^{n} (x_k - \\bar x)^2$。\n\n"
     "$$n s^2 = \\sum_{k=1}^{n} x_k^2 - n \\bar x^2$$\n", "holds"),
])
def test_a_count_in_the_step_is_the_limit_of_the_sums_it_reaches(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


# a sum whose limit the example gives a number too large to expand (T = 1000): read at a small
# size of the limit, as a limit of no value is; an identity in the limit still holds, a number
# for the sum at T = 1000 is undecided (never compared with the sum of 3 terms)
@pytest.mark.parametrize("text, verdict", [
    ("With $T = 1000$ steps: $$\\sum_{t=0}^{T-1} 1 = 1000$$", "undecided"),
    ("$N = 100$ 일 때 $$\\sum_{n=1}^{N} n = 5050$$", "undecided"),
    ("当 $K = 50$，$\\beta = 0.9$ 时 $$\\sum_{k=0}^{K-1} \\beta^k = \\frac{1 - \\beta^K}{1 - \\beta}$$",
     "holds"),
    # within reach: the example's value is used (and a wrong total fails)
    ("With $T = 4$: $$\\sum_{t=1}^{T} t = 10$$", "holds"),
    ("With $T = 4$: $$\\sum_{t=1}^{T} t = 12$$", "fails"),
])
def test_a_limit_the_example_gives_a_number(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict


@pytest.mark.parametrize("text, verdict", [
    # ranges written with inequalities on the index
    ("$$\\sum_{1 \\le i \\le 3} i = 6$$", "holds"),
    ("$$\\sum_{0 < i < 4} i^2 = 14$$", "holds"),
    ("$$\\sum_{1 \\le i \\le 3} i = 7$$", "fails"),
    ("$$\\sum_{i \\le n} i = 6$$", "unreadable"),  # no start: 0 or 1?
    # geometric series, to infinity, summed in closed form
    ("지수평활의 가중치: $$\\sum_{k\\ge0} \\alpha(1-\\alpha)^k = 1$$", "holds"),
    ("$$\\sum_{k > 0} 2^{-k} = 1$$", "holds"),
    ("折扣回报：$$\\sum_{t=0}^{\\infty} 0.9^t = 10$$", "holds"),
    ("$$\\sum_{t=0}^{\\infty} \\gamma^t r = \\frac{r}{1-\\gamma}$$", "holds"),
    ("$$\\sum_{k\\ge0} 2^{-k} = 3$$", "fails"),
    ("$$\\sum_{t=0}^{\\infty} \\gamma^t = \\frac{\\gamma}{1-\\gamma}$$", "fails"),
    # a summand that is a formula in its index alone, summed where it converges (series.closed)
    ("$$\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}$$", "holds"),
    ("$$\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{3}$$", "fails"),
    ("$$\\sum_{j \\ge 1} j\\,r^{j-1} = \\frac{1}{(1-r)^2}$$", "holds"),  # |r| < 1
    ("$$\\sum_{j \\ge 1} j\\,r^{j-1} = \\frac{1}{1-r}$$", "fails"),
    ("期望：$$\\sum_{m=1}^{\\infty} m (1-a)^{m-1} a = \\frac{1}{a}$$", "holds"),
    ("$$\\sum_{m=1}^{\\infty} m (1-a)^{m-1} a = \\frac{1}{a^2}$$", "fails"),
    ("홀수 항: $$\\sum_{i=0}^{\\infty} \\frac{1}{(2i+1)^2} = \\frac{\\pi^2}{8}$$", "holds"),
    ("$$\\sum_{i=0}^{\\infty} \\frac{1}{(2i+1)^2} = \\frac{\\pi^2}{6}$$", "fails"),
    ("$$\\sum_{n \\ge 1} \\frac{(-1)^{n+1}}{n} = \\ln 2$$", "holds"),
    ("$$\\sum_{n \\ge 1} \\frac{n^2}{2^n} = 6$$", "holds"),
    ("$$\\sum_{n \\ge 1} \\frac{n^2}{2^n} = 4$$", "fails"),
    ("$$\\sum_{n=1}^{\\infty} 2^n = -2$$", "undecided"),  # diverges: no value to compare
    ("Take $r = 3$. $$\\sum_{t=0}^{\\infty} r^t = -\\frac{1}{2}$$", "undecided"),  # |r| > 1
    ("$$\\sum_{n=1}^{\\infty} \\frac{1}{n} = 2$$", "undecided"),  # diverges
    # the terms are a family's entries, not a formula in the index: not summed
    ("$$\\sum_{l \\ge 0} \\beta^l g_{l} = \\frac{g_0}{1-\\beta}$$", "undecided"),
])
def test_inequality_ranges_and_geometric_series(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


# a sum whose range is not written, beside a series summed to ∞: its index may run to ∞ too (a
# guess, never a failure); the series' own value is still checked
@pytest.mark.parametrize("claim, failing", [
    ("\\sum c_n^2 = \\sum_{k \\ge 1} \\frac{1}{k^2}", False),
    ("\\sum_{k=1}^{\\infty} \\frac{1}{k^2} = \\frac{\\pi^2}{6}", False),
    ("\\sum_{k=1}^{\\infty} \\frac{1}{k^2} = \\frac{\\pi^2}{8}", True),
])
def test_an_unwritten_range_beside_an_endless_series_may_be_endless(claim, failing):
    text = f"Let $c_n = 1/n$ for every $n$.\n\n$${claim}$$"
    steps = check_text(text).steps
    assert any(s.verdict == "fails" for s in steps) == failing, steps


# a sum with no range whose index is added to another one (a sliding window, P_{r+u,s+v}): where
# the offset counts from (0 or 1) is a convention, so a member worked out differently from the
# reading taken is undecided; the arithmetic beside it, and a written range, are still checked
WINDOW = ("$$P = \\begin{pmatrix} 2 & 1 & 0 \\\\ 1 & 3 & 1 \\\\ 0 & 2 & 1 \\end{pmatrix}, \\quad "
          "G = \\begin{pmatrix} 1 & -1 \\\\ 0 & 1 \\end{pmatrix}$$\n\n"
          "The map is $Q_{rs} = \\sum_{u,v} P_{r+u,\\,s+v} G_{uv}$.\n\n")


@pytest.mark.parametrize("text, verdicts", [
    (WINDOW + "$Q_{11} = 2 - 1 + 0 + 3 = 4$", ["undecided", "holds"]),  # counted from 0
    (WINDOW + "$Q_{11} = 2 - 1 + 0 + 3 = 5$", ["undecided", "fails"]),  # its arithmetic: wrong
    # the range written: checked as read (from 1: P_22 - P_23 + 0 + P_33 = 3 - 1 + 1)
    (WINDOW.replace("\\sum_{u,v}", "\\sum_{u=1}^{2}\\sum_{v=1}^{2}") + "$Q_{11} = 4$", ["fails"]),
    (WINDOW.replace("\\sum_{u,v}", "\\sum_{u=1}^{2}\\sum_{v=1}^{2}") + "$Q_{11} = 3$", ["holds"]),
])
def test_an_offset_index_without_a_range(text, verdicts):
    steps = [s for s in check_text(text).steps if s.line == len(text.splitlines())]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.verdict, s.method)
                                                    for s in steps]
