"""Likely mistakes behind a step that does not hold, named in the text's own notation.

The evidence is built once (both sides, their values at the sample points, the text's own
names for candidate factors, the sizes its ranges were checked at, what the left side
differentiates); each diagnosis is a small pure function of it, tried in the order of
SIGNATURES, the first that recognises the step saying what went wrong. A new diagnosis is
one function and one row of `tests/derive/test_diagnosis.py`.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np
import sympy as sp

from checker.derive.deadline import Timeout, time_limit
from checker.derive.equivalence import Comparison
from checker.derive.evidence import Evidence, gather
from checker.derive.repair import factor_dropped, index_changed, missing_slope, product_order
from checker.derive.sample import evaluate
from checker.derive.traversal import count_nodes, unique_nodes


def _close(a, b) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        return False
    return bool(np.all(np.abs(a - b) <= 1e-7 * np.maximum(np.maximum(abs(a), abs(b)), 1)))


def _ratio_constant(e: Evidence) -> sp.Expr | None:
    lv, rv = np.ravel(e.lv), np.ravel(e.rv)
    usable = (np.abs(rv) > 1e-12) & (np.abs(lv) > 1e-12)  # points where a ratio means something
    if usable.sum() < 3:
        return None
    ratio = lv[usable] / rv[usable]
    if not np.allclose(ratio, ratio[0], rtol=1e-7):
        return None
    return sp.nsimplify(float(ratio[0]), rational=True, tolerance=1e-9)


# -- the signatures: Evidence → message | None ----------------------------------------------
def _compared(e: Evidence) -> str | None:
    """What the comparison itself found: shapes that do not conform, a transposed side."""
    if e.note and "transpose" in e.note and e.variable is not None:
        name, shape = e.variable
        return (f"transposed: {e.derivative} must have {name}'s shape {shape}; the right side "
                f"has the transposed shape {shape[::-1]}")
    return e.note


def _sign(e: Evidence) -> str | None:
    c = _ratio_constant(e)
    return "sign flipped: the left side is −1 × the right side" if c == -1 else None


def _range_factor(e: Evidence) -> str | None:
    """A constant factor that is a range's length: 1/m dropped or added."""
    c = _ratio_constant(e)
    if c is None or c in (1, -1, 0):
        return None
    for name, size in sorted(e.sizes.items()):
        if c == size:
            return (f"an extra factor 1/{name} on the right (the left side is {name} × the "
                    f"right side; {name} is checked at {size})")
        if c == sp.Rational(1, size):
            return (f"a factor 1/{name} missing on the right (the right side is {name} × the "
                    f"left side; {name} is checked at {size})")
    return None


def _constant(e: Evidence) -> str | None:
    c = _ratio_constant(e)
    if c is None or c in (1, -1, 0):
        return None
    return (f"a constant factor: the left side is {e.show(c)} × the right side (a factor "
            "dropped or added)")


def _named_factor(e: Evidence) -> str | None:
    """left = right × a(1 - a) (entry by entry for matrices), a a name of the text: a
    chain-rule factor missing, or an extra one."""
    lv, rv = e.lv, e.rv
    if np.any(np.abs(rv) < 1e-12) or np.allclose(rv, np.ravel(rv)[0]):
        return None  # against a constant every expression is "a factor"
    ratio = lv / rv
    for label, values in e.factors:
        values = np.asarray(values, dtype=float)
        if values.shape != ratio.shape:
            continue
        missing = "⊙ " + label if e.matrix else label
        if _close(ratio, values):
            return f"a chain-rule factor missing: left = right {'' if e.matrix else '× '}" \
                   f"{missing}"
        if np.all(np.abs(values) > 1e-12) and _close(ratio, 1 / values):
            return f"an extra chain-rule factor: right = left {'' if e.matrix else '× '}{missing}"
    return None


def _exponent_sign(e: Evidence) -> str | None:
    if e.matrix:
        return None
    nodes = [n for n in unique_nodes(e.right) if isinstance(n, sp.exp)]
    # e^{x} → e^{-x} is the likelier slip than the reverse: try positive exponents first
    nodes.sort(key=lambda n: sp.sstr(n.args[0]).startswith("-"))
    for node in nodes[:12]:
        flipped = e.right.xreplace({node: sp.exp(-node.args[0])})
        if _close(e.at(flipped), e.lv):
            return (f"an exponent's sign is flipped: {e.write(node)} should be "
                    f"{e.write(sp.exp(-node.args[0]))}")
    return None


def _named_term_sign(e: Evidence) -> str | None:
    """One term's sign flipped, found in the text's names: in a(1 + a), 1 + a should be 1 - a."""
    if e.named is None or e.matrix:
        return None
    shown, meaning = e.named
    sums = [n for n in unique_nodes(shown) if isinstance(n, sp.Add)]
    for node in sums[:12]:
        for t in sp.Add.make_args(node):
            fixed = node - 2 * t
            flipped = shown.xreplace({node: fixed})
            for _ in range(4):  # a name's value may use other names (a = σ(z), z = wx + b)
                flipped = flipped.xreplace(meaning)
            if _close(e.at(flipped), e.lv):
                return _flipped(e, node, fixed, t)
    return None


def _flipped(e: Evidence, node, fixed, term) -> str:
    """`1 + a should be 1 - a`, written as the step has it (not simplified); the term alone
    when the sum is long."""
    whole, repaired = e.write(node), e.write(fixed)
    if len(whole) > 40 or node.has(sp.Piecewise):
        whole, repaired = e.write(term), e.write(-term)
    return f"one term's sign is flipped: {whole} should be {repaired}"


def _terms(expr) -> list[sp.Expr]:
    return list(sp.Add.make_args(sp.expand(expr))) if count_nodes(expr, 80) < 80 else []


def _term_sign(e: Evidence) -> str | None:
    if e.matrix:
        return None
    terms = _terms(e.right)
    if len(terms) < 2:
        return None
    for t in terms:
        if _close(e.at(e.right - 2 * t), e.lv):
            if isinstance(e.right, sp.Add) and len(e.right.args) == len(terms):
                return _flipped(e, e.right, e.right - 2 * t, t)  # 1 + tanh² → 1 - tanh²
            return f"one term's sign is flipped: {e.write(t)} should be {e.write(-t)}"
    return None


def _short_difference(e: Evidence) -> str | None:
    """A one-term difference says more than any ratio: a term dropped or added."""
    if e.matrix or count_nodes(e.left - e.right, 80) >= 80:
        return None
    d = sp.expand(e.left - e.right)
    if _opaque_number(d):
        return None
    if len(sp.Add.make_args(d)) == 1 and sp.count_ops(d) <= 4:
        return f"left − right = {e.show(d)}"
    return None


def _arithmetic(e: Evidence) -> str | None:
    """Two numbers: a complement (0.3487 written for 1 - 0.9^10 = 0.6513: 0.3487 is 1 minus
    the value), or a difference of decimals as a decimal (not 3026215599/10000000000)."""
    if e.matrix or e.symbols:
        return None
    left, right = complex(sp.N(e.left)), complex(sp.N(e.right))
    if left.imag or right.imag or not all(np.isfinite([left.real, right.real])):
        return None
    value, written = left.real, right.real
    if abs(value + written - 1) < 1e-3 and abs(value - written) > 1e-3:
        return (f"the value is {value:.4g}; {written:.4g} is 1 − {value:.4g}: the complement "
                "(1 − x) taken or left out")
    d = sp.expand(e.left - e.right)
    if not d.is_Rational or d.is_Integer:
        return None  # σ(2) - 0.95: the counterexample's two values say it
    if set(sp.factorint(d.q)) <= {2, 5}:  # a decimal, exactly: -0.008, not -1/125
        return f"left − right = {float(d):.10g}"
    return f"left − right = {float(d):.4g}" if d.q > 1000 else None  # 13/30 as it is


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
        if where.sum() < 2 or _close(e.lv[where], e.rv[where]):
            continue
        pieces = e.left.args if isinstance(e.left, sp.Piecewise) else ((e.left, sp.true),)
        should = next((x for x, _ in pieces if not x.has(sp.nan) and _close(
            evaluate(x, symbols, e.values).real[where], e.lv[where])), None)
        if should is None:
            return None
        return f"the piece for {e.write(cond)} is wrong: {e.write(expr)} should be " \
               f"{e.show(should)}"
    return None


def _opaque_number(d) -> bool:
    """`σ(2) ≈ 0.95`: the difference of two numbers written as `-19/20 + 1/(exp(-2) + 1)` says
    nothing the counterexample's two values do not (a plain fraction such as -1/2 does)."""
    return isinstance(d, sp.Basic) and not d.free_symbols and not d.is_Rational


def _factor(e: Evidence) -> str | None:
    if e.matrix or count_nodes(e.left, 60) >= 60 or count_nodes(e.right, 60) >= 60 or \
            len(e.symbols) > 8:  # factoring a polynomial in many names costs seconds
        return None
    q = sp.factor(sp.cancel(e.left / e.right))
    num, den = sp.fraction(q)
    if num.is_Add and den.is_Add:
        return None  # (x_1 + … + x_4)/(x_1 + … + x_3) is a missing term, not a factor
    if sp.count_ops(q) <= 6 and not q.is_number and not q.has(sp.zoo, sp.oo, sp.nan):
        hint = ": a chain-rule factor missing or extra?" if e.derivative else ""
        return f"the sides differ by the factor {e.show(q)} (left = {e.show_factor(q)} × " \
               f"right){hint}"
    return None


def _square(e: Evidence) -> str | None:
    if _close(e.lv ** 2, e.rv):
        return "the right side is the square of the left side"
    if _close(e.rv ** 2, e.lv):
        return "the left side is the square of the right side"
    return None


def _difference(e: Evidence) -> str | None:
    if e.matrix or count_nodes(e.left - e.right, 80) >= 80:
        return None
    d = sp.expand(e.left - e.right)
    if sp.count_ops(d) > 8:
        d = sp.cancel(d)
    if _opaque_number(d):
        return None
    return f"left − right = {e.show(d)}" if sp.count_ops(d) <= 8 else None


def _rows(e: Evidence) -> str | None:
    """The rows whose entries differ, and the first such entry."""
    if not (isinstance(e.left, sp.MatrixBase) and isinstance(e.right, sp.MatrixBase)) or \
            e.left.shape != e.right.shape:
        return None
    lv, rv = np.asarray(e.lv), np.asarray(e.rv)
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1.0)
    differs = (np.abs(lv - rv) > 1e-7 * scale).any(axis=0)
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
    if not _close(e.at(value), e.rv):
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
    ("a flipped sign: the sides are opposite", _sign),
    ("a range's length dropped or added: 1/m", _range_factor),
    ("a constant factor: 2, 1/2", _constant),
    ("a chain-rule factor in the text's names missing or extra", _named_factor),
    ("an exponent's sign flipped", _exponent_sign),
    ("a term's sign flipped, in the text's names", _named_term_sign),
    ("a term's sign flipped", _term_sign),
    ("cases wrong on one piece", _piece),
    ("two numbers: the difference as a decimal, a complement", _arithmetic),
    ("a one-term difference: a term dropped or added", _short_difference),
    ("the activation's slope dropped (⊙ A ⊙ (1 - A))", missing_slope),
    ("a product in the wrong order", product_order),
    ("an index that changed (x_k for x_j)", index_changed),
    ("a factor dropped: the learning rate", factor_dropped),
    ("a simple factor between the sides", _factor),
    ("one side the square of the other", _square),
    ("a short difference", _difference),
    ("the rows of a matrix that differ", _rows),
)


_SLIPS = tuple(row for row in SIGNATURES[3:] if row[1] is not _rows)


def diagnose(evidence: Evidence, seconds: float = 0.3) -> str | None:
    """The first signature that recognises the failed step (within `seconds`), or None."""
    token = None
    try:
        with time_limit(seconds) as token, np.errstate(all="ignore"), \
                warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for _, signature in SIGNATURES:
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


def explain(low, left_node, right_node, lv, rv, cmp: Comparison, named=None) -> str | None:
    """Why `left = right` does not hold (evidence.gather: from the lowering that read it),
    and, for a derivative, what it is when that is short (`∂J/∂ŷ = ŷ - y`); within
    EXPLAIN_SECONDS (what was found by then)."""
    found = None
    token = None
    try:
        with time_limit(EXPLAIN_SECONDS) as token:
            e = gather(low, left_node, right_node, lv, rv, cmp, named)
            found = diagnose(e, seconds=EXPLAIN_SECONDS)
            return with_expected(e, found)
    except Timeout as fired:
        if fired.token is not token:
            raise
    return found


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
    if len(text) > 48 or text == e.claim or not getattr(e.left, "free_symbols", None):
        return found  # a number: the counterexample's values say it
    return "; ".join(filter(None, [found, f"{e.claim} = {text}"]))
