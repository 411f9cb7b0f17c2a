"""congruence.py: `≡` between two numbers with the modulus written in the formula (`\\pmod{m}`,
`(\\bmod m)`, `(\\mathrm{mod}\\ m)`) is checked modulo m; without a modulus it is no step; a
congruence of names (`x \\equiv 2 \\pmod 3`, a condition) is no step either."""

import pytest

from checker.derive.congruence import modulus
from checker.derive.document import check_text


@pytest.mark.parametrize("text, verdicts", [
    (r"The inverse of 5 modulo 7: $$5 \times 3 = 15 \equiv 1 \pmod{7}$$", ["holds", "holds"]),
    (r"The inverse of 5 modulo 7: $$5 \times 3 = 15 \equiv 2 \pmod{7}$$", ["fails", "holds"]),
    (r"검산: $11 \equiv 2 \pmod 3$ 이고 $11 \equiv 1 \pmod 5$.", ["holds", "holds"]),
    (r"검산: $11 \equiv 2 \pmod 3$ 이고 $11 \equiv 2 \pmod 5$.", ["holds", "fails"]),
    (r"验证：$23 \equiv 3 \ (\mathrm{mod}\ 4)$，$23 \equiv 2 \ (\bmod 7)$。", ["holds", "holds"]),
    (r"验证：$23 \equiv 3 \ (\mathrm{mod}\ 4)$，$23 \equiv 3 \ (\bmod 7)$。", ["holds", "fails"]),
    (r"Fermat: $$3^{6} \equiv 1 \pmod{7}$$", ["holds"]),
    (r"Fermat: $$3^{6} \equiv 2 \pmod{7}$$", ["fails"]),
    # no modulus in the formula, or names: no step on the congruence
    (r"Modulo 7, $15 \equiv 1$.", []),
    (r"Solve $$x \equiv 2 \pmod{3}$$ for the smallest x.", []),
])
def test_a_congruence_is_checked_modulo_its_modulus(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


def test_the_message_names_both_remainders():
    step = check_text(r"$$15 \equiv 2 \pmod{7}$$").steps[0]
    assert "modulo 7" in step.method and "leaves 1" in step.method and "leaves 2" in step.method


@pytest.mark.parametrize("text, expected", [
    (r"20 \equiv 2 \pmod 3", 3), (r"646 \equiv 1 \pmod{43}", 43), (r"9 \equiv 2 \ (\bmod 7)", 7),
    (r"4 \equiv 1", None), (r"a \equiv 1 \pmod{3},\ a \equiv 2 \pmod{5}", None),
    (r"x \equiv 0 \pmod{1}", None),
])
def test_the_modulus_written(text, expected):
    assert modulus(text) == expected


@pytest.mark.parametrize("text", [
    r"$17x \equiv 1 \pmod{43}$ 인 $x$ 를 찾는다.",
    r"求逆元 $t_i$，使 $M_i t_i \equiv 1 \pmod{m_i}$",
    r"Find $a$ with $$3a + 1 \equiv 0 \pmod{5}$$",
])
def test_a_congruence_of_names_is_no_equation(text):
    # with a modulus written, `≡` is a congruence to solve: never the equation 17x = 1
    assert check_text(text).steps == ()
