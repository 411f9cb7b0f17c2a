"""Likely mistakes behind a step that does not hold.

Each test compares the two sides at the sample points already drawn: a constant ratio
(a sign flipped, a factor 2 or 1/m dropped), a ratio that is a simple expression (a
chain-rule factor missing), one term whose sign is flipped, an exponent whose sign is
flipped, one side the square of the other, a short difference.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import sympy as sp

from checker.derive.equivalence import Comparison, Timeout, evaluate, time_limit
from checker.derive.render import GREEK


def _close(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.all(np.abs(a - b) <= 1e-7 * np.maximum(np.maximum(abs(a), abs(b)), 1)))


def _show(e: sp.Expr) -> str:
    """SymPy's text with the document's names: `hat(y)` → ŷ, `lambda` → λ, `**` → ^."""
    text = sp.sstr(e).replace("**", "^")
    return re.sub(r"hat\((\w+)\)|\b([A-Za-z]+)\b", _name, text)


def _name(m: re.Match) -> str:
    if m.group(1):
        return m.group(1) + "\u0302"
    return GREEK.get(m.group(2), m.group(2))


def _named_factor(lv, rv, factors) -> str | None:
    """left = right × a(1-a), with a a name of the text: a chain-rule factor missing."""
    if np.any(np.abs(rv) < 1e-12) or np.allclose(rv, rv[0]):
        return None  # against a constant every expression is "a factor"
    ratio = lv / rv
    for label, values in factors:
        values = np.asarray(values, dtype=float)
        if values.shape == ratio.shape and _close(ratio, values):
            return (f"the sides differ by the factor {label} (left = right × {label}): "
                    "a chain-rule factor missing")
        if values.shape == ratio.shape and np.all(np.abs(values) > 1e-12) and \
                _close(ratio, 1 / values):
            return (f"the sides differ by the factor 1/({label}) (right = left × {label}): "
                    "an extra chain-rule factor")
    return None


def diagnose(left, right, cmp: Comparison, factors=(), derivative: bool = False,
             named: tuple[sp.Expr, dict] | None = None) -> str | None:
    """named: the right side in the text's own names (a(1 + a)) and what they stand for, so a
    mistake can be shown as written rather than expanded."""
    if cmp.note:
        return cmp.note
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase):
        if cmp.samples is not None:
            lv, rv, _ = cmp.samples
            found = _constant_ratio(np.ravel(lv), np.ravel(rv)) or _transposed(left, right)
            if found:
                return found
            return _matrix_rows(left, right, lv, rv)
        return None
    if cmp.samples is None:
        return None
    lv, rv, values = cmp.samples
    symbols = sorted(set(left.free_symbols) | set(right.free_symbols), key=str)
    token = None
    try:
        with time_limit(0.3) as token, np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return (_constant_ratio(lv, rv) or _named_factor(lv, rv, factors)
                    or _exponent_sign(left, right, symbols, values, lv)
                    or _named_term_sign(named, symbols, values, lv)
                    or _term_sign(left, right, symbols, values, lv)
                    or _difference(left, right, short=True) or _ratio(left, right, derivative)
                    or _square(lv, rv) or _difference(left, right))
    except Timeout as fired:
        if fired.token is not token:
            raise
        return None
    except Exception:  # noqa: BLE001 - a diagnosis is a bonus; its failure must not hide the verdict
        return None


def _constant_ratio(lv, rv) -> str | None:
    usable = (np.abs(rv) > 1e-12) & (np.abs(lv) > 1e-12)  # points where a ratio means something
    if usable.sum() < 3:
        return None
    ratio = lv[usable] / rv[usable]
    if np.allclose(ratio, ratio[0], rtol=1e-7):
        c = sp.nsimplify(float(ratio[0]), rational=True, tolerance=1e-9)
        if c == 1:
            return None  # equal wherever both are non-zero: they differ only where one is 0
        if c == -1:
            return "sign flipped: the left side is −1 × the right side"
        return (f"a constant factor: the left side is {_show(c)} × the right side "
                "(a factor dropped or added)")
    return None


def _ratio(left, right, derivative: bool = False) -> str | None:
    try:
        q = sp.factor(sp.cancel(left / right))
    except Exception:  # noqa: BLE001
        return None
    num, den = sp.fraction(q)
    if num.is_Add and den.is_Add:
        return None  # (x_1 + … + x_4)/(x_1 + … + x_3) is a missing term, not a factor
    if sp.count_ops(q) <= 6 and not q.is_number and not q.has(sp.zoo, sp.oo, sp.nan):
        hint = ": a chain-rule factor missing or extra?" if derivative else ""
        return f"the sides differ by the factor {_show(q)} (left = {_show(q)} × right){hint}"
    return None


def _terms(e: sp.Expr) -> list[sp.Expr]:
    return list(sp.Add.make_args(sp.expand(e))) if sp.count_ops(e) < 60 else []


def _term_sign(left, right, symbols, values, lv) -> str | None:
    terms = _terms(right)
    if len(terms) < 2:
        return None
    for t in terms:
        fixed = evaluate(right - 2 * t, symbols, values).real
        if _close(fixed, lv):
            return f"one term's sign is flipped: {_show(t)} should be {_show(-t)}"
    return None


def _named_term_sign(named, symbols, values, lv) -> str | None:
    """One term's sign flipped, found in the text's names: in a(1 + a), 1 + a should be 1 - a."""
    if named is None:
        return None
    shown, meaning = named
    try:
        sums = [n for n in sp.preorder_traversal(shown) if isinstance(n, sp.Add)]
        for node in sums[:12]:
            for t in sp.Add.make_args(node):
                fixed = node - 2 * t
                flipped = shown.xreplace({node: fixed}).xreplace(meaning)
                if _close(evaluate(flipped, symbols, values).real, lv):
                    return f"one term's sign is flipped: {_show(node)} should be {_show(fixed)}"
    except Exception:  # noqa: BLE001 - the expanded form is tried next
        return None
    return None


def _exponent_sign(left, right, symbols, values, lv) -> str | None:
    nodes = [n for n in sp.preorder_traversal(right) if isinstance(n, sp.exp)]
    # e^{x} → e^{-x} is the likelier slip than the reverse: try positive exponents first
    nodes.sort(key=lambda n: sp.sstr(n.args[0]).startswith("-"))
    for node in nodes:
        flipped = right.xreplace({node: sp.exp(-node.args[0])})
        if _close(evaluate(flipped, symbols, values).real, lv):
            return (f"an exponent's sign is flipped: {_show(node)} should be "
                    f"{_show(sp.exp(-node.args[0]))}")
    return None


def _square(lv, rv) -> str | None:
    if _close(lv ** 2, rv):
        return "the right side is the square of the left side"
    if _close(rv ** 2, lv):
        return "the left side is the square of the right side"
    return None


def _difference(left, right, short: bool = False) -> str | None:
    d = sp.expand(left - right)
    if short:  # a one-term difference says more than any ratio: a term dropped or added
        return f"left − right = {_show(d)}" if len(sp.Add.make_args(d)) == 1 and \
            sp.count_ops(d) <= 4 else None
    if sp.count_ops(d) > 8:
        d = sp.cancel(d)
    if sp.count_ops(d) <= 8:
        return f"left − right = {_show(d)}"
    return None


def _transposed(left, right) -> str | None:
    if isinstance(left, sp.MatrixBase) and isinstance(right, sp.MatrixBase) and \
            left.shape == right.shape[::-1] and left.shape != right.shape and \
            sp.expand(left - right.T) == sp.zeros(*left.shape):
        return "the right side is the transpose of the left side"
    return None


def _matrix_rows(left, right, lv, rv) -> str | None:
    """The first row whose entries differ at the sample points."""
    if not isinstance(left, sp.MatrixBase) or not isinstance(right, sp.MatrixBase) or \
            left.shape != right.shape:
        return None
    lv, rv = np.asarray(lv), np.asarray(rv)
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1.0)
    differs = (np.abs(lv - rv) > 1e-7 * scale).any(axis=0)
    if differs.ndim != 1 or len(differs) != left.rows * left.cols or not differs.any():
        return None
    k = int(np.argmax(differs))
    rows = sorted({i // left.cols + 1 for i in np.flatnonzero(differs)})
    which = f"row {rows[0]}" if len(rows) == 1 else f"rows {', '.join(map(str, rows))}"
    return f"{which} differ{'s' if len(rows) == 1 else ''} (first at entry " \
        f"({k // left.cols + 1}, {k % left.cols + 1}))"
