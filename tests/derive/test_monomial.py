"""A step between monomials of quantities that holds only through a proportional law among them
(monomial.py): undecided when the text gives some of the law's names numbers and not others,
never failed; a different number in front, or a quotient no single law makes 1, still fails."""

import pytest

from checker.derive.document import check_text
from checker.derive.monomial import law_between
from checker.derive.tree import Bin, Num, Sym

# a weight given in numbers, then the formula of a spring's energy in its general letters
_LOAD = {
    "en": "A crate of $m = 3$ kg hangs from a spring; with $g = 10$ the pull is $F = mg = 30$ N.",
    "ko": "질량 $m = 3$ kg 인 상자를 용수철에 매단다. $g = 10$ 이면 힘은 $F = mg = 30$ N 이다.",
    "zh": "质量 $m = 3$ kg 的箱子挂在弹簧上，取 $g = 10$，拉力 $F = mg = 30$ N。",
}


@pytest.mark.parametrize("lang, energy, verdict", [
    ("en", "\\frac{F^2}{2k}", "undecided"),  # holds through F = kx
    ("en", "\\frac{F^2}{k}", "fails"),  # the ½ dropped: no law mends a number in front
    ("ko", "\\frac{1}{2} F x", "undecided"),  # through F = kx, to the first power
    ("ko", "\\frac{F^2}{2k^2}", "fails"),  # k³x²/F²: no single law among them
    ("zh", "\\frac{F^2}{2k}", "undecided"),
    ("zh", "\\frac{F x}{4}", "fails"),
])
def test_a_formula_of_quantities_through_an_unwritten_law(lang, energy, verdict):
    steps = check_text(f"{_LOAD[lang]}\n\n$$E = \\frac12 k x^2 = {energy}$$").steps
    last = steps[-1]
    assert last.verdict == verdict, steps
    if verdict == "undecided":
        assert "through a law F = k·x" in last.method, last


@pytest.mark.parametrize("law, energy, verdict", [
    ("F = kx", "\\frac{F^2}{2k}", "holds"),  # the law written: decided through it
    ("F = kx", "\\frac{F^2}{k}", "fails"),
])
def test_a_written_law_decides_the_step(law, energy, verdict):
    text = f"{_LOAD['en']} By Hooke's law ${law}$.\n\n$$E = \\frac12 k x^2 = {energy}$$"
    assert check_text(text).steps[-1].verdict == verdict


@pytest.mark.parametrize("claim, verdict", [
    ("\\frac{a^2 b}{c} = a", "fails"),  # no name has a number: plain algebra, decided
    ("(ab)^2 = a b^2", "fails"),  # a quotient of one name is no law
])
def test_algebra_in_free_letters_is_decided(claim, verdict):
    assert check_text(f"Simplify: $${claim}$$").steps[-1].verdict == verdict


def test_the_law_read_from_the_quotient():
    k, x, f = Sym("k"), Sym("x"), Sym("F")
    left = Bin("*", Bin("*", Num("0.5"), k), Bin("^", x, Num("2")))
    right = Bin("/", Bin("^", f, Num("2")), Bin("*", Num("2"), k))
    assert law_between(left, right) == {k: 1, x: 1, f: -1}
    assert law_between(left, Bin("/", Bin("^", f, Num("2")), k)) is None
