"""`A = B ⇒ C = D` (implication.py): a ⇒ chain solving one unknown after another goes on from
the numbers the lines above it solved (State.solved), in its section; a number for an unknown
whose solution still depends on an unknown no line above confirmed is undecided, never a
failure; messages name the unknowns as the text writes them. Each row: a correct document (no
step fails, some step holds) and a wrong twin (some step fails), ko/en/zh."""

import pytest

from checker.derive.document import check_text

_CHOLESKY = ("matching entries of $LL^\\top$ with $A$:\n\n"
             "- $\\ell_{{11}}^2 = 9 \\Rightarrow \\ell_{{11}} = 3$\n"
             "- $\\ell_{{21}}\\ell_{{11}} = 6 \\Rightarrow \\ell_{{21}} = {}$\n"
             "- $\\ell_{{21}}^2 + \\ell_{{22}}^2 = 8 \\Rightarrow \\ell_{{22}} = \\sqrt{{8 - 4}} = 2$\n")
_ORDER_KO = ("순서대로 풀면:\n\n$$2b = 4 \\Rightarrow b = 2$$\n\n"
             "$$a b = 6 \\Rightarrow a = 3$$\n\n$$c \\cdot a = 12 \\Rightarrow c = {}$$\n")
_ORDER_ZH = ("先由 $3u = 6 \\Rightarrow u = 2$，再由 $u v = 10 \\Rightarrow v = {}$，"
             "最后 $u + 5 + w = 10 \\Rightarrow w = 3$。\n")

ROWS = [
    ("Cholesky entries solved one after another, en", _CHOLESKY.format(2), _CHOLESKY.format(3)),
    ("unknowns solved in order over displays, ko", _ORDER_KO.format(4), _ORDER_KO.format(6)),
    ("several ⇒ on one line, zh", _ORDER_ZH.format(5), _ORDER_ZH.format(4)),
]


def _steps(text: str):
    return [(s.line, s.verdict, s.lhs, s.rhs, s.method) for s in check_text(text).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_hold_and_never_fail(what, right, wrong):
    steps = _steps(right)
    assert "fails" not in [s[1] for s in steps], steps
    assert "holds" in [s[1] for s in steps], steps


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    assert "fails" in [s[1] for s in _steps(wrong)]


@pytest.mark.parametrize("text", [
    # ℓ_{21} = 3 is wrong (it fails): ℓ_{22} after it has no confirmed ℓ_{21} to go on from
    _CHOLESKY.format(3),
    "First $3u = 6 \\Rightarrow u = 2$, then $u + v + w = 10 \\Rightarrow w = 3$.\n",
    "먼저 $x + y + z = 6 \\Rightarrow z = 1$ 이다.\n",
])
def test_a_number_whose_solution_keeps_an_unknown_is_undecided(text):
    steps = check_text(text).steps
    last = [s for s in steps if s.line == max(s.line for s in steps) and s.lhs != "sqrt(8 - 4)"]
    assert [s.verdict for s in last][-1:] == ["undecided"], [(s.lhs, s.rhs, s.method)
                                                           for s in last]


def test_messages_name_unknowns_as_written():
    steps = check_text(_CHOLESKY.format(3)).steps
    said = " ".join(str(s.method) + str(s.diagnosis) for s in steps)
    assert "ℓ_{21}" in said and "ell_" not in said


# a premise over names the worked example gives values, holding there: a number checked, not
# an equation to solve for one of those names; the consequence holds when it does at the values
# too. One that differs there is decided as before (by solving), never held
@pytest.mark.parametrize("text, right, wrong", [
    ("Let $x = (3, 4)$.\n\n$$\\|x\\| = 5 \\;\\Rightarrow\\; x^\\top x = %s$$", "25", "24"),
    ("$w = (1, 1)$ 일 때 $$\\|w\\|^2 = 2 \\Rightarrow \\frac{w}{\\|w\\|} = %s$$",
     "\\frac{1}{\\sqrt2}(1, 1)", "\\frac{1}{2}(1, 1)"),
    ("设 $a = (2, 0)$，$$\\|a\\| = 2 \\Rightarrow a_1 \\|a\\| = %s$$", "4", "2"),
])
def test_a_premise_that_holds_at_the_example(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps] == ["holds"]
    assert [s.verdict for s in check_text(text % wrong).steps] != ["holds"]


_DIFFERENTIATED = "The curve $u^2 + v^2 = 4$; its slope $v'$ at a point.\n\n"


@pytest.mark.parametrize("formula, verdict", [
    # v read as v(u) (the text differentiates it): solved as the names v and v'
    ("2u + 2v\\,v' = 0 \\Rightarrow \\frac{dv}{du} = -\\frac{u}{v}", "holds"),
    ("2u + 2v\\,v' = 0 \\Rightarrow \\frac{dv}{du} = \\frac{u}{v}", "fails"),
    ("v - 1 = 2(u - 3) \\Rightarrow v = 2u - 5", "holds"),
    ("v - 1 = 2(u - 3) \\Rightarrow v = 2u - 7", "fails"),
])
def test_an_implication_in_a_differentiated_name(formula, verdict):
    steps = check_text(_DIFFERENTIATED + f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


_OPTIMUM = r'''For a fixed generator $G$ the value is
$$V(D,G) = \mathbb E_{x\sim p_{r}}[\log D(x)] + \mathbb E_{z\sim p_z}[\log(1 - D(G(z)))]$$
Substituting $x = G(z)$:
$$V = \int_x \big[p_r(x)\log D(x) + p_f(x)\log(1 - D(x))\big]\,dx.$$
At each $x$ we maximise $h(y) = u\log y + v\log(1-y)$ with $u = p_r(x)$, $v = p_f(x)$:
$$h'(y) = \frac{u}{y} - \frac{v}{1-y} = 0 \;\Longrightarrow\; y^\ast = %s$$'''


@pytest.mark.parametrize("optimum", [r"\frac{u}{u+v}", r"\frac{v}{u+v}"])
def test_a_new_name_in_the_consequence_is_no_slip(optimum):
    # y* appears in the consequence only: solving the premise for another of its names (p_f)
    # says nothing of y*, so the step is never failed that way (it failed before)
    steps = [s for s in check_text(_OPTIMUM % optimum).steps if s.lhs == "y^*"]
    assert steps and all(s.verdict != "fails" for s in steps), steps
    assert all("solved for p" not in (s.method or "") for s in steps), steps


@pytest.mark.parametrize("text, verdict", [
    # a rounded value given for the unknown: a solution to the digits shown, whichever branch
    ("$$e^{u} = 5 \\Rightarrow u \\approx 1.609$$", "holds"),
    ("$$t^2 = 3 \\Longrightarrow t \\approx 1.732$$", "holds"),
    ("$$\\cos\\varphi = 0.5 \\ \\Rightarrow\\ \\varphi \\approx 60.0^\\circ$$", "holds"),
    ("$$\\cos\\varphi = 0.3 \\ \\Rightarrow\\ \\varphi \\approx 72.54^\\circ$$", "holds"),
    # wrong twins: off by more than the digits allow, or the complementary angle
    ("$$e^{u} = 5 \\Rightarrow u \\approx 1.619$$", "fails"),
    ("$$t^2 = 3 \\Longrightarrow t \\approx 1.74$$", "fails"),
    ("$$\\cos\\varphi = 0.3 \\ \\Rightarrow\\ \\varphi \\approx 17.46^\\circ$$", "fails"),
])
def test_a_rounded_solution_follows_to_its_digits(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1:] == [verdict]


# an equation rearranged after ⇒ / ⟺ (its sides' difference a nonzero multiple of the premise's)
# follows, even where a name in it has another meaning defined (z of a surface, z of its tangent
# plane); a consequence that is not the same equation is still solved and checked
@pytest.mark.parametrize("text, verdict", [
    ("Surface $z = x^2 + 2y^2$.\n\n$$z - 3 = 2(x - 1) + 4(y - 1) \\iff z = 2x + 4y - 3$$",
     "holds"),
    ("Surface $z = x^2 + 2y^2$.\n\n$$z - 3 = 2(x - 1) + 4(y - 1) \\iff z = 2x + 4y - 5$$",
     "fails"),
    ("$$3u - 6v = 9 \\implies u - 2v = 3$$", "holds"),
    ("$$3u - 6v = 9 \\implies u - 2v = 4$$", "fails"),
])
def test_an_equation_rearranged_follows(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps


# a formula that opens with an implication arrow right after an equation (display after
# display, nothing between; or the next inline formula): checked as if both were one formula
# `... = 0 ⇒ x = e` (conjunction.arrowed): a solution of the unknown, or a starred name for it
@pytest.mark.parametrize("text, right, wrong", [
    ("Setting the slope to zero:\n\n$$C'(r) = -\\frac{m}{r^2} + 4k = 0$$\n\n"
     "$$\\Rightarrow\\ r^* = %s$$\n", "\\frac{1}{2}\\sqrt{\\frac{m}{k}}", "\\sqrt{\\frac{m}{k}}"),
    ("기울기가 0 인 점:\n\n$$3u - 12 = 0$$\n\n$$\\implies u = %s$$\n", "4", "3"),
    ("驻点满足：\n\n$$\\frac{p}{t} - q = 0$$\n\n$$\\Longrightarrow \\hat t = %s$$\n",
     "\\frac{p}{q}", "\\frac{q}{p}"),
    ("Here $5v - 15 = 0$ $\\Rightarrow v = %s$.\n", "3", "5"),
    ("Setting the slope to zero:\n\n$$C'(r) = -\\frac{m}{r^2} + 4k = 0$$\n\n"
     "$$\\Leftrightarrow r^2 = %s$$\n", "\\frac{m}{4k}", "\\frac{m}{2k}"),
])
def test_an_arrow_opening_the_next_formula_takes_the_equation_before(text, right, wrong):
    last = lambda t: [s.verdict for s in check_text(t).steps][-1]
    assert last(text % right) == "holds", _steps(text % right)
    assert last(text % wrong) == "fails", _steps(text % wrong)


@pytest.mark.parametrize("text", [
    # prose between the two: no arrow joins them (read as before)
    "We have $$3u - 12 = 0$$ and, separately, $$\\Rightarrow u^2 = 16$$\n",
    # an identity before the arrow, no equation to solve: the arrow's formula read as before
    "$$(a + 1)^2 = a^2 + 2a + 1$$\n\n$$\\Rightarrow (2 + 1)^2 = 9$$\n",
])
def test_an_arrow_after_no_equation_is_read_as_before(text):
    assert "fails" not in [s.verdict for s in check_text(text).steps], _steps(text)
