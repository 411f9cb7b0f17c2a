"""A name defined by a formula that could not be read (omission.py; a double integral here): read as a free variable
afterwards, a step in it may hold, never fail; a readable definition or value since settles
it."""

import pytest

from checker.derive.document import check_text
from checker.derive.omission import head


# solved for the unread integral, then named (the constant of integration added): the name
# has a readable definition only after the step
@pytest.mark.parametrize("text, verdicts", [
    ("Let $I = \\iint_D e^x\\sin y\\,dA$. Integrating by parts twice, "
     "$2I = e^x(\\sin x - \\cos x)$ and $I = \\tfrac12 e^x(\\sin x - \\cos x) + C$.",
     ["undecided"]),
    ("$I = \\iint_D e^x\\cos y\\,dA$ 라 하자. 두 번 부분적분하면 $2I = e^x(\\sin x + \\cos x)$ 이고 "
     "$I = \\tfrac12 e^x(\\sin x + \\cos x) + C$ 이다.", ["undecided"]),
    ("设 $J = \\iint_D e^{2x}\\sin y\\,dA$，分部积分两次得 $5J = e^{2x}(2\\sin x - \\cos x)$，"
     "故 $J = \\frac{1}{5}e^{2x}(2\\sin x - \\cos x) + C$。", ["undecided"]),
    # a definition that reads: the step is checked
    ("Let $I = \\int_0^1 x\\,dx$. Then $2I = 1$.", ["holds"]),
    ("Let $I = \\int_0^1 x\\,dx$. Then $2I = 3$.", ["fails"]),
    # a value given since the unread line: read with it
    ("Let $I = \\iint_D e^x\\sin y\\,dA$.\n\nNow take $I = 2$ instead. Then $2I = 5$.", ["fails"]),
])
def test_a_name_whose_definition_was_not_read(text, verdicts):
    steps = [s for s in check_text(text).steps if s.verdict != "unreadable" and
             s.lhs[:1].isdigit()]
    assert [s.verdict for s in steps] == verdicts, steps
    if verdicts == ["undecided"]:
        assert "could not be read" in steps[0].method, steps[0]


@pytest.mark.parametrize("text, name", [
    ("I = \\int e^x\\sin x\\,dx", "I"),
    ("I_n = \\int x^n e^x\\,dx", "I_n"),
    ("I_{n} := \\int x^n e^x\\,dx", "I_n"),
    ("\\alpha = \\lim_{n} a_n", "alpha"),
    ("f(x) = \\int_0^x g", None),  # a function: its argument is not read here
    ("x \\le 2", None),
    ("2I = \\int e^x", None),
])
def test_the_name_an_unreadable_formula_defines(text, name):
    assert head(text) == name


@pytest.mark.parametrize("left, right, guessed", [
    ("2I", "e^x(\\sin x - \\cos x)", True),  # I as a value
    # y only as the variable of a derivative: by y whatever y is defined as (no guess)
    ("\\frac{\\partial L}{\\partial x}", "P\\frac{\\partial L}{\\partial y}", False),
    ("\\frac{\\partial L}{\\partial y}", "2y", True),  # and as a value
])
def test_a_name_read_as_a_value_is_the_guess(left, right, guessed):
    from checker.derive.notation import parse_expression
    from checker.derive.omission import unread
    from checker.derive.state import State

    state = State()
    state.unread.update({"I": 1, "y": 1})
    sides = (parse_expression(left), parse_expression(right))
    assert bool(unread(sides, state, 3)) is guessed
