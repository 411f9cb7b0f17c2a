"""Subscripts that name partial derivatives (partial.py): after a scalar defined in terms of
coordinates (`w = x^3 + xy`, `g(s, t) = ...`), `w_x` is ∂w/∂x, `w_{xy}` a second partial and
`w_x(1, 2)` its value at the point; a partial written without its point, beside numbers, holds
at particular values only. Each row with a wrong twin that must still fail."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

ROWS = [  # the correct text, its wrong twin
    pytest.param(
     "The surface $w = x^3 + xy$ has $w_x = 3x^2 + y$ and $w_y = x$.\n",
     "The surface $w = x^3 + xy$ has $w_x = 3x^2$ and $w_y = x$.\n",
     id="a surface's first partials (en)"),
    pytest.param(
     "设 $g(s, t) = s^2 t - t^3$，则 $g_s = 2st$，$g_s(2, 1) = 4$，$g_t(2, 1) = 1$。\n",
     "设 $g(s, t) = s^2 t - t^3$，则 $g_s = 2st$，$g_s(2, 1) = 4$，$g_t(2, 1) = 3$。\n",
     id="a function's partials at a point (zh)"),
    pytest.param(
     "$u = x^2 y^3$ 이면 $u_{xx} = 2y^3$, $u_{xy} = 6xy^2$ 이다.\n",
     "$u = x^2 y^3$ 이면 $u_{xx} = 2y^3$, $u_{xy} = 6x^2y$ 이다.\n",
     id="second and mixed partials (ko)"),
    pytest.param(
     "Let $h = x^2 + 5y$. At $(3, 1)$: $h_x(3, 1) = 6$ and $h_y(3, 1) = 5$.\n",
     "Let $h = x^2 + 5y$. At $(3, 1)$: $h_x(3, 1) = 2$ and $h_y(3, 1) = 5$.\n",
     id="a point in the order x, y (en)"),
]


@pytest.mark.parametrize("right,wrong", ROWS)
def test_twins(right, wrong):
    check_twins(right, wrong)  # the correct one never fails, its wrong twin does


def _steps(text):
    return [(s.lhs, s.verdict) for s in check_text(text, "doc.md").steps]


def test_partials_are_checked_and_shown_as_written():
    steps = _steps("Take $w = x^3 + xy$. Then $w_x = 3x^2 + y$.\n")
    assert steps == [("w_x", "holds")]


def test_a_partial_without_its_point_beside_numbers_is_undecided():
    # the normal (w_x, w_y, -1) at a point the prose named: not an identity in x and y
    text = ("Take $w = x^2 + 3y^2$; at $(1, 1)$ we get $w_x(1, 1) = 2$ and $w_y(1, 1) = 6$, "
            "so $(w_x, w_y, -1) = (2, 6, -1)$.\n")
    verdicts = dict(_steps(text))
    assert verdicts["w_x(1, 1)"] == verdicts["w_y(1, 1)"] == "holds"
    assert verdicts["(w_x, w_y, -1)"] == "undecided"


@pytest.mark.parametrize("text", [
    # a velocity's components: v is not defined in terms of x and y
    "Here $v_x = 3$, $v_y = 4$ and $|v| = \\sqrt{v_x^2 + v_y^2} = 5$.\n",
    # a family over i: x_i is no partial of anything
    "Let $s = x + y$ and $x_i = 2i$. Then $x_3 = 6$.\n",
])
def test_other_subscripts_stay_names(text):
    assert all(v != "fails" for _, v in _steps(text))
    assert not any("∂" in lhs for lhs, _ in _steps(text))


@pytest.mark.parametrize("text", [
    # w over a and b, no coordinates: which entry of (1, 2) is a is not said
    "Take $w = a^2 b$. Then $w_a(1, 2) = 4$ and $w_a = 2ab + 1$.\n",
    # a schedule in t beside its family η_t: no slope
    "Let $\\eta = 0.1/(1 + t)$. The schedule $\\eta_t = 0.1/(1 + 0.01t)$ gives $\\eta_0 = 0.1$.\n",
    # a sequence defined as a function of one parameter: a_n is the sequence
    "Let $a(n) = 1/n^2$, so $a_n = 1/n^2$ and $a_2 = 0.25$.\n",
])
def test_no_surface_no_partials(text):
    assert all(v != "fails" for _, v in _steps(text)), _steps(text)
    assert not any("∂" in lhs for lhs, _ in _steps(text))
