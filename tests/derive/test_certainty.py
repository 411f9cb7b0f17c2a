"""A reading that took a guess can hold but never fail (certainty.py): a property, and a table
of the guesses with the verdicts they lead to."""

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.derive.document import check_text

x, w, b = sp.symbols("x w b", real=True)
leaves = st.sampled_from([x, w, b, sp.Integer(2), sp.Rational(1, 2)])
expressions = st.recursive(
    leaves, lambda c: st.one_of(st.tuples(c, c).map(lambda p: p[0] + p[1]),
                                st.tuples(c, c).map(lambda p: p[0] * p[1]),
                                c.map(sp.exp)),
    max_leaves=5).filter(lambda e: e.free_symbols)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(expressions)
def test_a_step_read_with_a_guess_never_fails(e):
    # y, a variable so far, is given an expression: a step that reads y in its new meaning
    # took a guess (y may still be the variable), so it can hold but never fail
    text = ("$$(y + 1)^2 = y^2 + 2y + 1$$\n\n$$(y - 1)^2 = y^2 - 2y + 1$$\n\n"
            "$$y(y + 2) = y^2 + 2y$$\n\n$$y = 2w$$\n\n"
            f"$$y \\left({sp.latex(e)}\\right) = 2 y \\left({sp.latex(e)}\\right)$$")
    verdicts = [s.verdict for s in check_text(text).steps]
    assert verdicts[-1] == "undecided", (text, verdicts)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(expressions)
def test_the_same_step_without_the_guess_fails(e):  # the property above is not vacuous
    text = f"$${sp.latex(e)} = 2 \\left({sp.latex(e)}\\right)$$"
    assert [s.verdict for s in check_text(text).steps] == ["fails"], text


@pytest.mark.parametrize("text, verdict, reason", [
    # the label y, used freely, then given an expression: later steps read it as a guess
    ("$$(y + 1)^2 = y^2 + 2y + 1$$\n\n$$(y - 1)^2 = y^2 - 2y + 1$$\n\n"
     "$$y(y + 2) = y^2 + 2y$$\n\n$$y = 2w$$\n\n$$y^2 = 4w^2 + 1$$", "undecided",
     "meaning line"),
    ("# A\n\n$x = 2$\n\n# B\n\n$$x^2 = 5$$", "undecided", "earlier section"),
    ("$$1 - 2\\eta = 0$$", "undecided", "particular values"),
])
def test_guessed_readings_are_undecided(text, verdict, reason):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if reason:
        assert reason in step.method, step.method
