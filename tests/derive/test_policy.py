"""policy.py: π applied to arguments (a policy, a density) beside the constant π."""

import pytest

from checker.derive.document import check_text
from checker.derive.policy import applied

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
VERDICTS = [  # (text, verdicts of the steps that are not undecided)
    (GAUSS % "", []),  # the policy's steps: π may be the function, never a failure
    (GAUSS % "Then $0.3/0.04 = 7.5$ and $0.09/0.008 = 1.125$.", ["holds", "fails"]),
    ("가우시안 정책 $\\pi_\\theta(a|s) = \\mathcal N(a; \\mu_\\theta(s), 1)$ 에서\n\n"
     "$$\\log \\pi_\\theta(a|s) = -\\frac{(a - \\mu)^2}{2} - \\frac12\\log 2\\pi$$", []),
    ("策略 $\\pi(a|s)$ 的对数：\n\n$$\\frac{\\partial}{\\partial \\mu}\\log\\pi = a - \\mu$$", []),
    # no π applied anywhere: the constant, and a slip with it fails
    ("$$\\log(2\\pi) = \\log 2 + \\log \\pi$$\n\n$$\\log(2\\pi) = 2\\log \\pi$$", ["holds", "fails"]),
]


@pytest.mark.parametrize("text, verdicts", VERDICTS)
def test_a_step_with_pi_in_a_text_applying_it_never_fails_on_the_constant(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.verdict in ("holds", "fails")] == verdicts, [
        (s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]
