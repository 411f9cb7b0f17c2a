"""Physical laws a worked example takes as known (principle.py): a link that holds by one is
never failed; it holds when the text names the law, and is undecided otherwise. A link that
holds by no law still fails. Rows written for this table, none copied."""

import pytest
import sympy as sp

from checker.derive.document import check_text
from checker.derive.principle import LAWS, leaned_on, named_in, render_law
from checker.derive.quantity import real

F, k, x, m, g, V, I, R = (real(n) for n in "F k x m g V I R".split())


def _agree(a, b):
    return sp.simplify(a - b) == 0


def test_hookes_law_joins_the_two_forms_of_a_springs_energy():
    found = leaned_on({"E", "k", "x", "F"}, lambda n: real(n), k * x**2 / 2, F**2 / (2 * k),
                      _agree)
    assert found is not None and found[0].name == "Hooke's law"


def test_the_law_is_read_through_the_texts_definitions():
    read = {"F": m * g}  # F = mg in the text
    found = leaned_on({"k", "x", "F"}, lambda n: read.get(n, real(n)), k * x**2 / 2,
                      (m * g)**2 / (2 * k), _agree)
    assert found is not None and render_law(found[0]) == "F = kx"


def test_no_law_joins_sides_that_differ_by_any():
    assert leaned_on({"E", "k", "x", "F"}, lambda n: real(n), k * x**2 / 2, F**2 / k,
                     _agree) is None
    assert leaned_on({"P", "V", "R"}, lambda n: real(n), V**2 / R, V / R**2, _agree) is None


def test_a_law_needs_all_its_letters_written():
    assert leaned_on({"E", "k", "x"}, lambda n: real(n), k * x**2 / 2, F**2 / (2 * k),
                     _agree) is None


def test_named_in_words_en_ko_zh():
    ohm = next(law for law in LAWS if law.left == "V")
    assert named_in(ohm, "By Ohm's law the current is") and named_in(ohm, "由欧姆定律")
    assert named_in(ohm, "옴의 법칙에 의해") and not named_in(ohm, "the resistor heats up")


@pytest.mark.parametrize("text, verdict", [
    ("已知 $F = mg$。\n\n$$E_p = \\frac{1}{2}kx^2 = \\frac{F^2}{2k}$$", "undecided"),
    ("已知 $F = mg$。\n\n$$E_p = \\frac{1}{2}kx^2 = \\frac{F^2}{k}$$", "fails"),
    ("By Hooke's law, with $F = mg$,\n\n$$E = \\frac{1}{2}kx^2 = \\frac{F^2}{2k}$$", "holds"),
    ("By Hooke's law, with $F = mg$,\n\n$$E = \\frac{1}{2}kx^2 = \\frac{2F^2}{k}$$", "fails"),
    ("운동량 $p$, 무게 $G = mg$ 인 수레:\n\n$$K = \\frac{1}{2}mv^2 = \\frac{p^2}{2m}$$", "holds"),
    ("운동량 $p$, 무게 $G = mg$ 인 수레:\n\n$$K = \\frac{1}{2}mv^2 = \\frac{p^2}{m}$$", "fails"),
])
def test_a_link_by_a_law(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if "v^2" in s.source or "kx^2" in s.source][-1] == verdict
