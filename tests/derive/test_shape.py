"""shape.py: when the declared shapes decide a step its values could not (by_shapes), and when
they do not: a chain rule written as a product of derivatives has no shape in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker.derivations as lib
from checker.derive import check_many, step
from checker.derive.shape import _chain_written
from checker.derive.statement import parse_statements


def _side(text: str):
    (statement,) = parse_statements(text)
    return statement.relation.members[-1]


@pytest.mark.parametrize("text, chain", [
    (r"g = \frac{\partial L}{\partial Z_2} \frac{\partial Z_2}{\partial A_1} \frac{\partial A_1}{\partial Z_1}", True),
    (r"g = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial z}", True),
    (r"g = X^T \frac{\partial L}{\partial Z}", False),  # one derivative: a matrix product
    (r"g = X^T (A - Y) W^T", False),
])
def test_a_product_of_derivatives_is_a_chain_written_out(text, chain):
    assert _chain_written(_side(text)) is chain


def test_a_step_starved_of_time_never_fails_where_it_holds(monkeypatch):
    """Under load a step can run out of its CPU time: it is then undecided, and its shapes may
    still decide it, but only as they are written: the lecture's chain rule ∂L/∂W_1 = ∂L/∂Z_2
    ∂Z_2/∂A_1 ∂A_1/∂Z_1 ∂Z_1/∂W_1 once failed as "(m, ·), whatever the shapes left open"."""
    names = ["two_layer_backprop", "matrix_forms", "cross_entropy_gradient"]
    items = [(Path(f"checker/derivations/{n}.md"), lib.text(n)) for n in names]
    full = check_many(items, jobs=1)
    monkeypatch.setattr(step, "STEP_SECONDS", 0.05)
    starved = check_many(items, jobs=1)
    for name, a, b in zip(names, full, starved):
        verdicts = {(s.line, s.lhs, s.rhs): s.verdict for s in a.steps}
        flipped = [(s.line, s.lhs, s.rhs, s.diagnosis) for s in b.steps if s.verdict == "fails"
                   and verdicts.get((s.line, s.lhs, s.rhs)) != "fails"]
        assert not flipped, (name, flipped)
