"""policy.py: π applied to arguments (a policy, a density) beside the constant π."""

import pytest

from checker.derive.document import check_text
from checker.derive.policy import applied, named

APPLIED = [
    ("$\\pi(a) = \\mathcal N(a; \\mu, \\sigma^2)$", True),
    ("$\\pi_\\theta(a_t \\mid s_t)$", True),
    ("정책 $\\pi_{\\theta}(a|s)$ 를 따른다", True),
    ("策略 $π(a|s)$", True),
    ("$\\sqrt{2\\pi}\\,\\sigma$", False),
    ("$V^{\\pi}$ and $2\\pi r$", False),
]


@pytest.mark.parametrize("text, expected", APPLIED)
def test_pi_applied_to_arguments(text, expected):
    assert applied(text) is expected


GAUSS = ("A Gaussian policy $\\pi(a) = \\mathcal N(a; \\mu, \\sigma^2)$:\n\n"
         "$$\\log\\pi(a) = -\\log\\sigma - \\frac{(a-\\mu)^2}{2\\sigma^2} - \\tfrac12\\log 2\\pi$$\n\n"
         "$$\\frac{\\partial \\log \\pi}{\\partial \\mu} = \\frac{a-\\mu}{\\sigma^2}$$\n\n%s")
_SCHEDULE = ("The policy $\\pi_\\theta(a \\mid s)$ is trained with a cosine learning rate "
             "$\\eta_t = \\tfrac12(1 + \\cos(\\pi t / T))$; at the step $$%s$$")
VERDICTS = [  # (text, verdicts of the steps that are not undecided)
    (GAUSS % "", []),  # the policy's steps: π may be the function, never a failure
    (GAUSS % "Then $0.3/0.04 = 7.5$ and $0.09/0.008 = 1.125$.", ["holds", "fails"]),
    ("가우시안 정책 $\\pi_\\theta(a|s) = \\mathcal N(a; \\mu_\\theta(s), 1)$ 에서\n\n"
     "$$\\log \\pi_\\theta(a|s) = -\\frac{(a - \\mu)^2}{2} - \\frac12\\log 2\\pi$$", []),
    ("策略 $\\pi(a|s)$ 的对数：\n\n$$\\frac{\\partial}{\\partial \\mu}\\log\\pi = a - \\mu$$", []),
    # π applied in the text, but this step uses it as the number (scaled by a number, an
    # angle): the constant, and a slip with it fails; π alone or beside letters stays a guess
    (_SCHEDULE % "\\cos\\frac{\\pi}{3} = 0.5", ["holds"]),
    (_SCHEDULE % "\\cos\\frac{\\pi}{3} = 0.6", ["fails"]),
    (_SCHEDULE % "\\cos\\pi = -1", ["holds"]),
    (_SCHEDULE % "\\cos\\pi = 1", ["fails"]),
    ("가우시안 정책 $\\pi(a|s)$ 의 상수항: $\\tfrac12\\log 2\\pi \\approx 0.9189$", ["holds"]),
    ("가우시안 정책 $\\pi(a|s)$ 의 상수항: $\\tfrac12\\log 2\\pi \\approx 0.8189$", ["fails"]),
    ("策略 $\\pi(a|s)$，归一化常数 $\\frac{1}{\\sqrt{2\\pi}} \\approx 0.3989$", ["holds"]),
    ("策略 $\\pi(a|s)$，归一化常数 $\\frac{1}{\\sqrt{2\\pi}} \\approx 0.4989$", ["fails"]),
    (_SCHEDULE % "\\log\\pi = 0.3", []),  # π alone: the policy's log-probability?
    (_SCHEDULE % "\\pi a = 0.3", []),  # π(a) written without its brackets?
    # a target density π applied to numbers (Metropolis-Hastings): π(1.2), never 1.2π
    ("Target $\\pi(x) \\propto e^{-x^2/2}$. $$\\frac{\\pi(1.2)}{\\pi(0.5)} = "
     "\\exp\\Big(-\\frac{1.44 - 0.25}{2}\\Big)$$", []),
    # no π applied anywhere: the constant, and a slip with it fails
    ("$$\\log(2\\pi) = \\log 2 + \\log \\pi$$\n\n$$\\log(2\\pi) = 2\\log \\pi$$", ["holds", "fails"]),
]


@pytest.mark.parametrize("text, verdicts", VERDICTS)
def test_a_step_with_pi_in_a_text_applying_it_never_fails_on_the_constant(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.verdict in ("holds", "fails")] == verdicts, [
        (s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]


NAMED = [
    ("a stationary distribution $\\pi = (5/6, 1/6)$", True),
    ("범주형 분포 $\\pi = (0.5, 0.3, 0.2)$ 에서", True),
    ("平稳分布 $π=\\begin{bmatrix}0.25 & 0.5\\end{bmatrix}$", True),
    ("$\\pi \\approx 3.14159$ and $\\pi_1 = 0.3$", False),
    ("$\\sqrt{2\\pi}\\,\\sigma$", False),
]


@pytest.mark.parametrize("text, expected", NAMED)
def test_pi_bound_to_a_tuple(text, expected):
    assert named(text) is expected


# π as a vector: bound to a tuple, its entries π_1, π_k (a stationary distribution, mixture
# weights, class probabilities); a correct document and its twin with one slip
_MARKOV_EN = ("Solve $\\pi = \\pi P$. So $\\pi = (5/6, 1/6)$.\n\n"
              "Check: $\\mu = (0.7, 0.3)$ and $\\mu - \\pi = (0.7 - 0.8333, 0.3 - 0.1667) = %s$.")
_MARKOV_ZH = ("平稳分布 $\\pi = (0.25, 0.5, 0.25)$。验证第一列：$0.5\\,\\pi_1 + 0.25\\,\\pi_2 = %s$。")
_GUMBEL_KO = ("범주형 분포 $\\pi = (0.5, 0.3, 0.2)$ 에서 $\\pi_1 + \\pi_2 + \\pi_3 = %s$ 이다.")
VECTOR = [
    ("en", _MARKOV_EN % "(-0.1333, 0.1333)", _MARKOV_EN % "(-0.1333, 0.2333)"),
    ("zh", _MARKOV_ZH % "0.25", _MARKOV_ZH % "0.45"),
    ("ko", _GUMBEL_KO % "1", _GUMBEL_KO % "1.1"),
]


@pytest.mark.parametrize("lang, right, wrong", VECTOR, ids=[r[0] for r in VECTOR])
def test_pi_bound_to_a_tuple_is_that_vector(lang, right, wrong):
    steps = check_text(right).steps
    assert "fails" not in [s.verdict for s in steps], [(s.lhs, s.rhs, s.method) for s in steps]
    assert any(s.verdict == "holds" and "π" in s.lhs + s.rhs for s in steps), [
        (s.lhs, s.rhs, s.method) for s in steps]
    assert "fails" in [s.verdict for s in check_text(wrong).steps]


ENTRIES = [  # π with a subscript names an entry, never the constant; 2π stays the constant
    ("$$\\pi_1 = 0.9\\,\\pi_1 + 0.5\\,\\pi_2 \\Rightarrow \\pi_1 = 5\\,\\pi_2$$", "holds"),
    ("$$\\pi_1 = 0.9\\,\\pi_1 + 0.5\\,\\pi_2 \\Rightarrow \\pi_1 = \\pi_2/5$$", "fails"),
    ("혼합 가중치 $\\pi_k$: $$\\pi_{k} + 1 - \\pi_{k} = 1$$", "holds"),
    ("$\\pi = (0.5, 0.5)$, and $$\\sqrt{2\\pi} \\approx 2.5066$$", "holds"),
]


@pytest.mark.parametrize("text, verdict", ENTRIES)
def test_pi_with_a_subscript_is_an_entry(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.verdict in ("holds", "fails")] == [verdict], [
        (s.lhs, s.rhs, s.verdict, s.method) for s in steps]


def test_pi_bound_and_applied_keeps_the_policy_a_call():
    text = ("A bandit policy $\\pi(a) = \\mathrm{softmax}(\\theta)_a$ with $\\theta = (0, 0)$, "
            "so $\\pi = (0.5, 0.5)$ and $\\pi_1 + \\pi_2 = 1$.\n\n"
            "$$\\log \\pi(a) = \\theta_a - \\log(e^{\\theta_1} + e^{\\theta_2})$$")
    steps = check_text(text).steps
    assert "fails" not in [s.verdict for s in steps], [(s.lhs, s.rhs, s.method) for s in steps]


# πP = π stated as the condition the unknown stationary π satisfies, before the text solves
# for π (its values given below): an equation for π, never failing; after the values, checked
_P = "$$P = \\begin{pmatrix} 0.9 & 0.1 \\\\ 0.5 & 0.5 \\end{pmatrix}$$\n"


@pytest.mark.parametrize("text, verdicts", [
    (_P + "The stationary $\\pi$ satisfies $\\pi P = \\pi$.\n\nSo $\\pi = (5/6, 1/6)$.\n",
     ["undecided"]),
    (_P + "정상분포는 $\\pi = \\pi P$ 를 만족한다.\n\n풀면 $\\pi = (5/6, 1/6)$.\n", ["undecided"]),
    (_P + "平稳分布满足 $\\pi P = \\pi$。\n\n解得 $\\pi = (5/6, 1/6)$。\n", ["undecided"]),
    # after its values: checked, and a wrong one fails
    (_P + "So $\\pi = (5/6, 1/6)$.\n\n$$\\pi P - \\pi = (0, 0)$$\n", ["holds"]),
    (_P + "So $\\pi = (5/6, 1/6)$.\n\n$$\\pi P - \\pi = (0.1, 0)$$\n", ["fails"]),
])
def test_a_stationary_condition_before_the_solution_is_an_equation(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
