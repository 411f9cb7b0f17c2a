"""The equation of a curve the prose names (curve.py): a relation stated, never an identity;
steps of its section hold on it (a difference that is a multiple of its equation, an implicit
derivative of it), and a step that agrees neither way is decided as read."""

import pytest

from checker.derive.document import check_text


def _verdicts(text):
    return [(s.line, s.verdict) for s in check_text(text).steps]


@pytest.mark.parametrize("text", [
    "The curve $u^3 + v^3 = 4uv$ has a loop.",
    "**ellipse** $p^2 + 4q^2 = 16$: its axes are 8 and 4.",
    "반지름이 3인 원 $a^2 + b^2 = 9$ 을 생각하자.",
    "考虑曲线 $s^2 = r^3 - r$。",
])
def test_the_equation_of_a_named_curve_is_no_step(text):
    assert _verdicts(text) == []


def test_an_equation_no_curve_names_is_still_checked():
    # wrong twin: "expanding" names no curve: the same shape of equation is an identity to check
    assert _verdicts("Expanding, $(u + v)^2 = u^2 + v^2$.") == [(1, "fails")]


_FOLIUM = "The curve $u^3 + v^3 = 4uv$. Differentiating in $u$:\n\n"


@pytest.mark.parametrize("formula, verdict", [
    ("3u^2 + 3v^2 v' = 4v + 4u v'", "holds"),
    ("(3v^2 - 4u)v' = 4v - 3u^2", "holds"),  # rearranged
    ("3u^2 + 3v^2 v' = 4v + 4 v'", "fails"),  # a factor u dropped
    ("3u^2 + 3v^2 v' = 4u v'", "fails"),  # a term dropped
])
def test_an_implicit_derivative_of_the_curve(formula, verdict):
    assert _verdicts(_FOLIUM + f"$${formula}$$") == [(3, verdict)]


@pytest.mark.parametrize("formula, verdict", [
    ("\\frac{p^2 + q^2}{q^3} = \\frac{9}{q^3}", "holds"),
    ("-\\frac{q - p q'}{q^2} = -\\frac{q + p^2/q}{q^2}", "holds"),  # q' = -p/q put in
    ("\\frac{p^2 + q^2}{q^3} = \\frac{8}{q^3}", "fails"),
    ("-\\frac{q - p q'}{q^2} = -\\frac{q - p^2/q}{q^2}", "fails"),
])
def test_a_step_that_holds_on_the_curve(formula, verdict):
    text = f"On the circle $p^2 + q^2 = 9$:\n\n$${formula}$$"
    assert _verdicts(text) == [(3, verdict)]


def test_a_curve_ends_at_the_next_labelled_paragraph():
    text = ("**circle** $p^2 + q^2 = 9$:\n\n$$\\frac{p^2 + q^2}{q^3} = \\frac{9}{q^3}$$\n\n"
            "**another problem** take any $p$, $q$:\n\n$$\\frac{p^2 + q^2}{q^3} = \\frac{9}{q^3}$$")
    assert _verdicts(text) == [(3, "holds"), (7, "fails")]


def test_derivatives_in_time_of_every_coordinate():
    text = "A point on the circle $x^2 + y^2 = 169$ moves; in time, $2x\\dot x + 2y\\dot y = 0$."
    assert _verdicts(text) == [(1, "holds")]
    wrong = "A point on the circle $x^2 + y^2 = 169$ moves; in time, $2x\\dot x + y\\dot y = 0$."
    assert all(v != "holds" for _, v in _verdicts(wrong))


def test_won_after_an_amount_names_no_circle():
    # 원 after a number is the currency, never a circle: the identity after it is checked
    assert _verdicts("가격은 5000원 $(a + b)^2 = a^2 + b^2$ 이다.") == [(1, "fails")]
