"""The kept values of proof.py and naming.py: a side's 30-digit value at a point
(`proof._precise_at`) and a folded form's rewritings (`naming._rewritings`) are the values
computed afresh, errors and time limits are never kept, and a document checked again in the same
process (every value then found kept) reads exactly as it did the first time."""

from __future__ import annotations

import pytest
import sympy as sp

from checker.derive import naming, proof, unknown
from checker.derive.deadline import Timeout
from checker.derive.document import check_text

x, y, z = sp.symbols("x y z", real=True)
L = unknown.apply(unknown.Signature("L", ("x",)), [x])  # an unknown function of x


@pytest.mark.parametrize("expr, point", [
    (x**2 + 3 * x * y - 1, {"x": 0.7, "y": -1.3}),  # a polynomial
    (1 / (1 + sp.exp(-z)), {"z": 28.7}),  # σ where float64 loses its digits
    (sp.log(x) / (x - 1), {"x": 1.0000001}),  # a cancellation near a removable point
    (L * x + y, {"x": 0.4, "y": 2.0}),  # an unknown function at its realisation
])
def test_a_kept_value_is_the_value_computed_afresh(expr, point) -> None:
    subs = {s: sp.Float(point[str(s)], 30) for s in sorted(expr.free_symbols, key=str)}
    fresh = proof._evaluated(expr, subs)
    assert proof._precise(expr, subs) == fresh
    assert proof._precise(expr, subs) == fresh  # the second time from the kept values


def test_the_same_side_at_another_point_is_computed_again() -> None:
    at = {x: sp.Float(0.5, 30), y: sp.Float(2, 30)}
    other = {x: sp.Float(0.25, 30), y: sp.Float(2, 30)}
    assert proof._precise(x * y, at) == pytest.approx(1.0)
    assert proof._precise(x * y, other) == pytest.approx(0.5)


def test_an_error_is_raised_again_each_time_never_kept() -> None:
    f = sp.Function("f")(x)  # an undefined function: no number, complex() refuses it
    before = proof._precise_at.cache_info().currsize
    for _ in range(2):
        with pytest.raises(TypeError):
            proof._precise(f, {x: sp.Float(1, 30)})
    assert proof._precise_at.cache_info().currsize == before
    assert proof.agree_precisely(f, f, [x], {"x": 1.0}, 0.0) is False


def test_a_time_limit_inside_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    expr, subs = x**3 - y, {x: sp.Float(1.5, 30), y: sp.Float(0.125, 30)}
    real = proof._evaluated

    def runs_out(*args):
        raise Timeout(object())

    monkeypatch.setattr(proof, "_evaluated", runs_out)
    with pytest.raises(Timeout):
        proof._precise(expr, subs)
    monkeypatch.setattr(proof, "_evaluated", real)
    assert proof._precise(expr, subs) == pytest.approx(3.25)


def test_the_stated_derivatives_in_force_are_part_of_the_key() -> None:
    subs = {x: sp.Float(2, 30)}
    plain = proof._precise(x**2, subs)
    with unknown.resolving(lambda applied, var: None):
        assert unknown.resolver() is not None
        assert proof._precise(x**2, subs) == plain
    assert unknown.resolver() is None


@pytest.mark.parametrize("expr", [
    sp.exp(-z) / (1 + sp.exp(-z))**2,  # σ'(z) expanded
    (x**2 - 1) / (x - 1),  # a fraction that cancels
    (x + y)**2 - x**2,  # an expansion that shortens
])
def test_rewritings_are_those_computed_afresh(expr) -> None:
    assert naming._rewritings(expr) == naming._rewritings.__wrapped__(expr)
    assert naming._rewritings(expr) == naming._rewritings.__wrapped__(expr)


SIGMOID = ("Let $y_j = \\sigma(x_j)$ and $E = \\frac{1}{2}\\sum_j (y_j - d_j)^2$.\n\n"
           "$$\\frac{\\partial E}{\\partial x_j} = (y_j - d_j)$$\n")
WORKED = ("With $w = 0.5$, $x = 2$ and $b = 1$: $\\hat{y} = wx + b$.\n\n"
          "$$\\hat{y} = 0.5 \\cdot 2 + 1 = 3$$\n")
KOREAN = ("손실 함수는 $L = (wx - y)^2$ 이다.\n\n"
          "$$\\frac{\\partial L}{\\partial w} = 2(wx - y)$$\n\n"
          "$$\\frac{\\partial L}{\\partial w} = -2(wx - y)x$$\n")


@pytest.mark.parametrize("text", [SIGMOID, WORKED, KOREAN])
def test_a_document_checked_again_reads_as_it_did(text: str) -> None:
    """The second check finds the first one's values kept: same verdicts, diagnoses, methods."""
    first, again = check_text(text).steps, check_text(text).steps
    assert first
    assert [(s.verdict, s.diagnosis, s.method, s.counterexample) for s in again] == \
        [(s.verdict, s.diagnosis, s.method, s.counterexample) for s in first]
