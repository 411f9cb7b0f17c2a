"""Functions applied (function.py): `diag(1, 10)` of numbers listed is the diagonal matrix
with them on its diagonal, and a function whose body transposes its parameter (`½ wᵀAw`)
applied to a tuple written with no orientation (`w_0 = (1, 1)`) reads it as the column the
body needs: the step is decided, right or wrong."""

import pytest

from checker.derive.document import check_text

_EN = ("$f(w) = \\tfrac12 w^\\top A w$ with $A = \\operatorname{{diag}}(1, 10)$.\n\n"
       "From $w_0 = (1, 1)$: $$f(w_0) = {rhs}$$")
_KO = ("$J(\\theta) = \\theta^\\top H \\theta$ 이고 $H = \\mathrm{{diag}}(2, 3)$ 이다.\n\n"
       "$\\theta_1 = (1, 2)$ 에서 $$J(\\theta_1) = {rhs}$$")
_ZH = ("设 $q(x) = x^\\top D x + 1$，$D = \\operatorname{{diag}}(0.5, 4)$。\n\n"
       "取 $x_0 = (2, 0.5)$，则 $$q(x_0) = {rhs}$$")


@pytest.mark.parametrize("text, verdict", [
    (_EN.format(rhs="\\tfrac12(1 + 10) = 5.5"), "holds"),
    (_EN.format(rhs="\\tfrac12 \\cdot 10"), "fails"),
    (_KO.format(rhs="2 + 12 = 14"), "holds"),
    (_KO.format(rhs="2 + 6"), "fails"),
    (_ZH.format(rhs="2 + 1 + 1 = 4"), "holds"),
    (_ZH.format(rhs="3"), "fails"),
])
def test_a_quadratic_form_with_a_diagonal_matrix_at_a_tuple(text, verdict):
    steps = [s for s in check_text(text).steps if s.line == text.count("\n") + 1]
    verdicts = {s.verdict for s in steps}
    assert verdicts == {verdict} if verdict == "holds" else verdict in verdicts, \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# a lowercase name applied to a letter at the head of a definition that does not name itself
# again (`q(t) = 3e^{-t}`) defines a function of it: q(0) is then its value, never q·0; a
# recurrence names itself again (`v(t) = βv(t-1) + g(t)`) and stays the family v_t
@pytest.mark.parametrize("text, verdicts", [
    ("Waiting times: $p(t) = \\lambda e^{-\\lambda t}$ with $\\lambda = 2$, so $p(0) = 2$.",
     ["holds"]),
    ("$q(t) = 3 e^{-t}$ 이므로 $q(1) = 3/e$ 이다.", ["holds"]),
    ("设 $r(t) = t^2 + 1$，则 $r(2) = 5$。", ["holds"]),
    ("Waiting times: $p(t) = \\lambda e^{-\\lambda t}$ with $\\lambda = 2$, so $p(0) = 1$.",
     ["fails"]),
    ("$v(t) = 0.5\\, v(t-1) + 1$ with $v_0 = 0$, so $v_1 = 1$ and $v_2 = 1.5$.",
     ["holds", "holds"]),
])
def test_a_function_of_a_letter_defined_in_prose(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# cos of two vectors: the cosine of the angle between them (cosine similarity); after a premise
# that holds at the example's values (implication.py), checked at those values too
@pytest.mark.parametrize("text, right, wrong", [
    ("Let $u = (1, 2, 2)$, $v = (2, 1, 2)$.\n\n$$\\|u\\| = 3 \\;\\Rightarrow\\; \\cos(u, v) = %s$$",
     "\\frac{8}{9}",
     "\\frac{8}{3}"),
    ("$a = (3, 4)$, $b = (4, 3)$ 일 때 $$\\|a\\| = 5 \\Rightarrow \\cos(a, b) = %s$$", "0.96",
     "0.69"),
    ("设 $p = (1, 0, 1)$，$q = (0, 1, 1)$，则 $$\\|p\\| = \\sqrt2 \\Rightarrow \\cos(p, q) = %s$$",
     "\\frac12", "\\frac13"),
])
def test_the_cosine_of_two_vectors(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps] == ["holds"]
    assert [s.verdict for s in check_text(text % wrong).steps] == ["fails"]


@pytest.mark.parametrize("text, verdict", [
    # max or min of one vector: its largest or smallest entry (an absmax scale), never a
    # vector beside a number
    ("With $w = (-0.5, 0.3)$, the scale is $\\max(|w|) / 127 \\approx 0.003937$.", "holds"),
    ("With $z = (4, -1, 2)$, $\\min(z) = -1$.", "holds"),
    # wrong twins: the wrong entry, or the entry before its absolute value
    ("With $w = (-0.5, 0.3)$, the scale is $\\max(|w|) / 127 \\approx 0.002362$.", "fails"),
    ("With $z = (4, -1, 2)$, $\\min(z) = 2$.", "fails"),
    # two arguments stay entry by entry
    ("With $z = (4, -1)$, $\\max(0, z) = (4,\\ 0)$.", "holds"),
])
def test_the_extreme_of_one_vector_is_an_entry(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1:] == [verdict]
