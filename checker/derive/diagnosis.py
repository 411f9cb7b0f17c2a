"""Likely mistakes behind a step that does not hold, named in the text's own notation.

The evidence is built once (both sides, their values at the sample points, the text's own
names for candidate factors, the sizes its ranges were checked at, what the left side
differentiates); each diagnosis is a small pure function of it, tried in the order of
SIGNATURES, the first that recognises the step saying what went wrong. A new diagnosis is
one function and one row of `tests/derive/test_diagnosis.py`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import sympy as sp

from checker.derive.deadline import Timeout, spare, time_limit
from checker.derive.edit import one_edit
from checker.derive.equivalence import Comparison
from checker.derive.evidence import Evidence, gather
from checker.derive.ratio import close, constant, factor, named_factor, range_factor, sign, square
from checker.derive.recheck import Reading
from checker.derive.regex import Regex
from checker.derive.remainder import arithmetic, difference, short_difference
from checker.derive.repair import (
    factor_dropped,
    index_changed,
    missing_slope,
    product_order,
    symmetric_only,
)
from checker.derive.sample import evaluate
from checker.derive.sign import exponent_sign, named_term_sign, term_sign
from checker.derive.slip import entry, number


# -- the signatures: Evidence → message | None ----------------------------------------------
def _compared(e: Evidence) -> str | None:
    """What the comparison itself found: shapes that do not conform, a transposed side."""
    if e.note and "transpose" in e.note and e.variable is not None:
        name, shape = e.variable
        return (f"transposed: {e.derivative} must have {name}'s shape {shape}; the right side "
                f"has the transposed shape {shape[::-1]}")
    return e.note


def _piece(e: Evidence) -> str | None:
    """Cases written on the right that are wrong on one piece (`α(e^x - 1)` for x < 0 where
    ELU' is αe^x): that piece, and what it should be there."""
    if e.matrix or not isinstance(e.right, sp.Piecewise) or e.lv.ndim != 1:
        return None
    symbols = e.symbols
    for expr, cond in e.right.args:
        if expr.has(sp.nan) or cond is sp.true:
            continue
        where = evaluate(sp.Piecewise((1, cond), (0, True)), symbols, e.values).real > 0.5
        if where.sum() < 2 or close(e.lv[where], e.rv[where]):
            continue
        pieces = e.left.args if isinstance(e.left, sp.Piecewise) else ((e.left, sp.true),)
        should = next((x for x, _ in pieces if not x.has(sp.nan) and close(
            evaluate(x, symbols, e.values).real[where], e.lv[where])), None)
        if should is None:
            return None
        return f"the piece for {e.write(cond)} is wrong: {e.write(expr)} should be " \
               f"{e.show(should)}"
    return None


def _rows(e: Evidence) -> str | None:
    """The rows whose entries differ, and the first such entry."""
    if not (isinstance(e.left, sp.MatrixBase) and isinstance(e.right, sp.MatrixBase)) or \
            e.left.shape != e.right.shape:
        return None
    lv, rv = np.asarray(e.lv), np.asarray(e.rv)
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1.0)
    if lv.ndim != 2 or lv.shape != rv.shape:
        return None
    gap = (np.abs(lv - rv) / scale).max(axis=0)
    # numbers only (one point): entries off by a small part of the largest gap are the
    # rounding of numbers written to their digits (½(0.5065, …) ≈ (0.2532, …)), not the slip
    least = float(np.max(gap, initial=0.0)) / 10 if len(lv) == 1 else 0.0
    differs = gap > max(1e-7, least)
    if differs.ndim != 1 or len(differs) != e.left.rows * e.left.cols or not differs.any():
        return None
    k = int(np.argmax(differs))
    cols = e.left.cols
    rows = sorted({i // cols + 1 for i in np.flatnonzero(differs)})
    which = f"row {rows[0]}" if len(rows) == 1 else f"rows {', '.join(map(str, rows))}"
    entry = f"({k // cols + 1}, {k % cols + 1})"
    if len(rows) == e.left.rows and e.left.rows > 1:
        which = "every row"
    return f"{which} differ{'' if 1 < len(rows) < e.left.rows else 's'} (first at entry {entry})"


def _function_itself(e: Evidence) -> str | None:
    """∂J/∂ŷ = ½(ŷ - y)²: the right side is the function differentiated, not its derivative
    (then a factor or a difference between the two means nothing)."""
    if e.target is None or e.matrix:
        return None
    name, value = e.target
    if not close(e.at(value), e.rv):
        return None
    return f"the right side is {name} itself, not its derivative; {e.claim} = {e.show(e.left)}"


_SLIPS: tuple = ()  # the signatures that say how a derivative of a common function is wrong


def _common_derivative(e: Evidence) -> str | None:
    """σ'(z) = σ(z)(1 + σ(z)), tanh' = 1 + tanh², (log x)' = x, a softmax Jacobian without
    its δ: the derivative of a common function, wrong; what it is, and the slip when one of
    the other signatures names it."""
    if e.function is None or e.claim is None or e.matrix:
        return None
    slip = next((found for _, signature in _SLIPS if (found := _tried(signature, e))), None)
    expected = f"{e.claim} = {e.show(e.left)}"
    return f"the derivative of {e.function} is not this: {expected}" + \
        (f"; {slip}" if slip else "")


def _tried(signature, e: Evidence) -> str | None:
    try:
        return signature(e)
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - a diagnosis is a bonus
        return None


Signature = tuple[str, Callable[[Evidence], str | None]]
SIGNATURES: tuple[Signature, ...] = (
    ("what the comparison found: shapes, a transposed result", _compared),
    ("the function itself instead of its derivative", _function_itself),
    ("the wrong derivative of a common function (σ, tanh, log, softmax)", _common_derivative),
    ("a flipped sign: the sides are opposite", sign),
    ("a range's length dropped or added: 1/m", range_factor),
    ("a constant factor: 2, 1/2", constant),
    ("a chain-rule factor in the text's names missing or extra", named_factor),
    ("an exponent's sign flipped", exponent_sign),
    ("a term's sign flipped, in the text's names", named_term_sign),
    ("a term's sign flipped", term_sign),
    ("cases wrong on one piece", _piece),
    ("two numbers: the difference as a decimal, a complement", arithmetic),
    ("a one-term difference: a term dropped or added", short_difference),
    ("the activation's slope dropped (⊙ A ⊙ (1 - A))", missing_slope),
    ("a product in the wrong order", product_order),
    ("an index that changed (x_k for x_j)", index_changed),
    ("a factor dropped: the learning rate", factor_dropped),
    ("a simple factor between the sides", factor),
    ("one side the square of the other", square),
    ("a short difference", difference),
    ("the rows of a matrix that differ", _rows),
)


_SLIPS = tuple(row for row in SIGNATURES[3:] if row[1] is not _rows)


# -- refinements: what names the slip where SIGNATURES said only a difference -------------
# run after SIGNATURES, and only when they found nothing or a bare difference (`left − right
# = 0.01`, `row 2 differs`); what SIGNATURES found alone decides (difference.py), so a
# refinement only changes the message, never a verdict
REFINEMENTS: tuple[Signature, ...] = (
    ("a wrong number: its value to the digits written, and the slip", number),
    ("a wrong entry among numbers: its value to the digits written, and the slip", entry),
    ("a matrix that must be symmetric (2Ax for (A + Aᵀ)x), or transposed", symmetric_only),
    ("one edit of the right side as written makes the step hold", one_edit),
)
_BARE = Regex(r"left − right = -?[\d.]+(e[+-]\d+)?$|(rows? [\d, ]+|every row) differs? \(first at "
              r"entry")


def bare(found: str | None) -> bool:
    """A message that shows a difference without naming a slip: none, two numbers' difference
    (`left − right = 0.01`), the rows that differ (`x` in `left − right = x` names a term)."""
    return found is None or bool(_BARE.match(found))


def diagnose(evidence: Evidence, seconds: float = 0.3, table=SIGNATURES) -> str | None:
    """The first signature of `table` that recognises the failed step (within `seconds`),
    or None."""
    token = None
    try:
        with time_limit(seconds) as token, np.errstate(all="ignore"), \
                warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for _, signature in table:
                try:
                    found = signature(evidence)
                except Timeout:
                    raise
                except Exception:  # noqa: BLE001 - a diagnosis is a bonus: the next one is tried
                    continue
                if found:
                    return found
    except Timeout as fired:
        if fired.token is not token:
            raise
    return None


EXPLAIN_SECONDS = 1.2  # CPU seconds for a failed step's evidence and diagnosis: a bonus that
# must never make the step itself run out of its time (step.STEP_SECONDS)
REFINE_SECONDS = 0.6  # CPU seconds more for a refinement, when the diagnosis is bare: twice
# what the slowest refinement in tests/derive/test_diagnosis.py takes here alone (0.2 s), since a
# long-lived process pays its garbage collections inside the limit too (CI ran out at 0.3)
RESERVE_SECONDS = 0.3  # CPU seconds both leave to the step's own limit, for what follows a
# diagnosis (alternative.confirmed, convention.introduced: 0.05 s on the slowest test row here)
MIN_SECONDS = 0.05  # less than this left: no diagnosis is tried


@dataclass(frozen=True)
class Explained:
    """Why a step does not hold: `first`, what SIGNATURES found (what a verdict may depend
    on), and `text`, the message (a refinement in place of a bare difference)."""

    first: str | None
    text: str | None


def explain(low, left_node, right_node, lv, rv, cmp: Comparison, named=None,
            reading: Reading | None = None) -> Explained:
    """Why `left = right` does not hold (evidence.gather: from the lowering that read it),
    and, for a derivative, what it is when that is short (`∂J/∂ŷ = ŷ - y`); within
    EXPLAIN_SECONDS (what was found by then), then REFINE_SECONDS for a bare one, whose
    repairs are checked as the step was (`reading`: under its conditions, at the values the
    text bound)."""
    found = None
    token = None
    e = None
    seconds = spare(EXPLAIN_SECONDS, RESERVE_SECONDS)
    if seconds <= MIN_SECONDS:  # (the step's verdict is reached: it must not be lost to this)
        return Explained(None, None)
    try:
        with time_limit(seconds) as token:
            e = gather(low, left_node, right_node, lv, rv, cmp, named)
            found = diagnose(e, seconds=seconds)
            text = with_expected(e, found)
    except Timeout as fired:
        if fired.token is not token:
            raise
        return Explained(found, found)
    if not bare(found):
        return Explained(found, text)
    if reading is not None and cmp.reduced is None:
        e = replace(e, holds_as=reading.holds(e.left, number=len(e.lv) == 1))
    seconds = spare(REFINE_SECONDS, RESERVE_SECONDS)
    better = diagnose(e, seconds=seconds, table=REFINEMENTS) if seconds > MIN_SECONDS else None
    return Explained(found, with_expected(e, better) if better else text)


def with_expected(e: Evidence, found: str | None) -> str | None:
    """found, and what the left side's derivative is when it is short and not said yet."""
    if e.claim is None or e.matrix or (found and f"{e.claim} =" in found):
        return found
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = e.show(e.left)
    except Exception:  # noqa: BLE001 - an extra hint must never hide the verdict
        return found
    if len(text) > 48 or text == e.claim or not getattr(e.left, "free_symbols", None) or \
            (e.sizes and _expanded(text)):
        return found  # a number: the counterexample's values say it; a range expanded at the
        # size it was checked at (ŷ_1 + ŷ_2 + ŷ_3): not the text's general form
    return "; ".join(filter(None, [found, f"{e.claim} = {text}"]))


def _expanded(text: str) -> bool:
    """A value shown with one name at two or more numbered indices (`ŷ_1 + ŷ_2 + ŷ_3`): a sum
    expanded at the size it was checked at."""
    seen: dict[str, set[str]] = {}
    for name, index in re.findall(r"([^\W\d_]\W?)_(\d+)", text):
        seen.setdefault(name, set()).add(index)
    return any(len(indices) > 1 for indices in seen.values())

