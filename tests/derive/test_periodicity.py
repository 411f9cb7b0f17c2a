"""Solutions over an integer parameter (periodicity.py): `x = kπ` solves sin x = 0 at every
integer k; a family that misses at some integer (`x = kπ/2`) still fails. en, ko, zh; each
row with its wrong twin."""

import pytest

from tests.derive.twins import check_twins

ROWS = [
    ("en", "The equation $\\cos x = 1$ has the solution $x = 2k\\pi$, $k$ an integer.",
     "The equation $\\cos x = 1$ has the solution $x = k\\pi$, $k$ an integer."),
    ("ko", "$\\sin x = 0$ 의 해는 $x = n\\pi$ ($n$ 은 정수) 이다.",
     "$\\sin x = 0$ 의 해는 $x = \\frac{n\\pi}{2}$ ($n$ 은 정수) 이다."),
    ("zh", "方程 $\\sin x = 0$ 的解为 $x = k\\pi$，$k$ 为整数。",
     "方程 $\\sin x = 0$ 的解为 $x = \\frac{k\\pi}{2}$，$k$ 为整数。"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_a_family_of_solutions_over_the_integers(what, right, wrong):
    check_twins(right, wrong)


@pytest.mark.parametrize("right, wrong", [
    ("The equation $e^x = 2$ has the solution $x = \\ln 2$.",
     "The equation $e^x = 2$ has the solution $x = \\ln 3$."),
    ("The equation $x^3 = 8$ has solution $x = 2$.",
     "The equation $x^3 = 8$ has solution $x = 3$."),
])
def test_has_the_solution_states_a_root(right, wrong):  # (phrase.py's "has roots" row)
    check_twins(right, wrong)
