"""Values given in a prefixed physical unit (prefix.py): bound as written, and a step may read
each of them in the unit itself; sides that agree in neither unit fail."""

import pytest

from checker.derive.document import check_text

_CIRCUIT = "Circuit: $R = 10\\ \\text{k}\\Omega$ and $C = 47\\ \\mu\\text{F}$ in series.\n\n$$%s$$"
_TAP = "A hose fills at $q = 3\\ \\text{L/s}$ through a nozzle of area $S = 4\\ \\text{cm}^2$.\n\n$$%s$$"
_BOTTLE = "A bottle holds $V = 1.5\\ \\text{L}$ of water of density $\\rho = 1000$.\n\n$$%s$$"
_LENS = "A lens: $f = 10\\ \\text{cm}$, an object at $d_o = 15\\ \\text{cm}$.\n\n$$%s$$"


@pytest.mark.parametrize("text, formula, verdict", [
    # computed in the SI units: R in Ω and C in F together
    (_CIRCUIT, "\\tau = RC = 10^{4} \\times 47 \\times 10^{-6}", "holds"),
    (_CIRCUIT, "\\tau = RC = 10^{4} \\times 74 \\times 10^{-6}", "fails"),  # digits swapped
    (_CIRCUIT, "I = \\frac{5}{R} = \\frac{5}{10^{4}}", "holds"),
    (_CIRCUIT, "I = \\frac{5}{R} = \\frac{5}{2 \\cdot 10^{4}}", "fails"),
    # computed in the units as given (cm), or in metres
    (_LENS, "\\frac{1}{f} - \\frac{1}{d_o} = \\frac{1}{10} - \\frac{1}{15}", "holds"),
    (_LENS, "\\frac{1}{f} - \\frac{1}{d_o} = \\frac{1}{10} - \\frac{1}{5}", "fails"),
    (_LENS, "P = \\frac{1}{f} = \\frac{1}{0.10}", "holds"),
    (_LENS, "P = \\frac{1}{f} = \\frac{1}{0.20}", "fails"),
    # off by a power of ten: a slip (as unit.in_base reads a value given after the formula)
    (_LENS, "P = \\frac{1}{f} = \\frac{1}{100}", "fails"),
    (_CIRCUIT, "\\tau = RC = 10^{4} \\times 47 \\times 10^{-5}", "fails"),
    # the litre is 10⁻³ m³, and a rate or a density built on units that rescale their SI
    # ones (L/s, mL/min) rescales its own: read as given or in SI units; a slip fails in both
    (_TAP, "u = \\frac{q}{S} = \\frac{3 \\times 10^{-3}}{4 \\times 10^{-4}} = 7.5", "holds"),
    (_TAP, "u = \\frac{q}{S} = \\frac{3 \\times 10^{-3}}{4 \\times 10^{-5}}", "fails"),
    (_TAP, "2q = 6", "holds"),  # in L/s, as given
    (_TAP, "2q = 8", "fails"),
    (_BOTTLE, "m = \\rho V = 1000 \\times 1.5 \\times 10^{-3} = 1.5", "holds"),
    (_BOTTLE, "m = \\rho V = 1000 \\times 1.5 \\times 10^{-2}", "fails"),
])
def test_a_value_in_a_prefixed_unit_reads_in_either_unit(text, formula, verdict):
    steps = [s for s in check_text(text % formula).steps if s.line == 3]
    assert steps and steps[0].verdict == verdict, steps
    assert all(s.verdict in ("holds", verdict) for s in steps), steps


# an angle given in degrees: bound as written, a step may use it in radians (a trigonometric
# function of it); a slip still fails (a bare number beside degrees stays undecided, as before)
_ROW = ("\\begin{bmatrix}\\cos 2\\theta & \\sin 3\\theta\\end{bmatrix} = "
        "\\begin{bmatrix}\\tfrac12 & %s\\end{bmatrix}")
_BALL = "A ball leaves at $\\theta = 30^\\circ$ with $v_0 = 20$.\n\n$$%s$$"


@pytest.mark.parametrize("formula, verdict", [
    ("v_x = v_0\\cos\\theta = 20\\cos 30^\\circ", "holds"),
    ("v_x = v_0\\cos\\theta = 20\\cos 60^\\circ", "fails"),
    ("\\tan\\theta = \\frac{\\sqrt{3}}{3}", "holds"),
    ("\\tan\\theta = \\sqrt{3}", "fails"),
    ("2\\theta = 60^\\circ", "holds"),  # in degrees, as given
    ("2\\theta = 50^\\circ", "fails"),  # 60 degrees, not 50, in either unit
    # a matrix or a tuple of the angle's functions, entry by entry
    (_ROW % "1", "holds"),
    (_ROW % "-1", "fails"),
    ("(\\cos 3\\theta, \\sin 3\\theta) = (0, 1)", "holds"),
    ("(\\cos 3\\theta, \\sin 3\\theta) = (1, 0)", "fails"),
    # close in radians (a small-angle approximation): never a failure; far in every reading: fails
    ("\\sin\\theta \\approx \\theta", "undecided"),  # 4.7 % off in radians
    ("\\sin\\theta = \\theta", "fails"),
    ("\\sin\\theta \\approx 20\\theta", "fails"),
])
def test_an_angle_in_degrees_reads_in_degrees_or_radians(formula, verdict):
    steps = [s for s in check_text(_BALL % formula).steps if s.line == 3]
    assert steps and steps[-1].verdict == verdict, steps


# a value worked out in a prefixed unit (`I = 31.25 + 22.22 = 53.47\ \text{mA}`) may be used in
# the unit itself (0.05347 A) later; another power of ten is a slip
@pytest.mark.parametrize("value, verdict", [
    ("0.05347", "holds"),
    ("53.47", "holds"),
    ("0.5347", "fails"),
])
def test_a_value_worked_out_in_a_prefixed_unit(value, verdict):
    text = ("With $V = 10\\ \\text{V}$, the total is $I = 31.25 + 22.22 = 53.47\\ \\text{mA}$.\n\n"
            f"$$P = VI = 10 \\times {value}$$")
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps


# inductance and capacitance given after the formula, in mH and μF: LC in H·F (alarm29)
@pytest.mark.parametrize("formula, verdict", [
    ("LC = 10^{-9}", "holds"),
    ("LC = 10^{-8}", "fails"),
])
def test_henries_and_farads_given_after_the_value(formula, verdict):
    text = f"With $L = 1$ mH and $C = 1$ μF, ${formula}$."
    assert [s.verdict for s in check_text(text).steps][-1] == verdict
