"""Do two SymPy expressions agree? Numeric first, symbolic second, three-way answers.

Both sides are evaluated at random points drawn from each symbol's domain (probabilities
and arguments of log in (0, 1), stated discrete values such as y ∈ {0, 1}, other symbols
in [-2, 2]); a disagreement is a counterexample. Agreement everywhere is followed by a
time-limited symbolic proof. The points are drawn in sample.py, labels made one-hot in
label.py, the proof and 30-digit checks are proof.py.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import sympy as sp

from checker.derive import imaginary, kink, magnitude, orthogonality, vocabulary
from checker.derive.conformance import identity_as_one, zero_beside
from checker.derive.context import Context
from checker.derive.errors import Undecided, Unknown
from checker.derive.onehot import label_families, normalise
from checker.derive.proof import agree_precisely, exact, proved
from checker.derive.dichotomy import split_on
from checker.derive.sample import POINTS, domain, evaluate, log_arguments
from checker.derive.traversal import symbols_of
from checker.derive.unknown import signatures, undecidable

RTOL = 1e-7


@dataclass(frozen=True)
class Comparison:
    agree: bool
    method: str
    point: dict[str, float] | None = None  # a counterexample, when they disagree
    left: float | None = None
    right: float | None = None
    samples: tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]] | None = None
    note: str | None = None
    # the sides as the comparison read them when that differs from the step's (expectation
    # algebra: E[a x + b] is a E[x] + b): the difference a diagnosis shows
    reduced: tuple[sp.Expr, sp.Expr] | None = None


def _as_scalar(e):
    if isinstance(e, sp.MatrixBase) and e.shape == (1, 1):
        return e[0, 0]
    return e


def _matrix_beside_number(number, ctx: Context) -> str:
    """Which names of the number side have no declared shape, and the directive that would
    declare the first (in the text's names, never a placeholder the text does not use)."""
    from checker.derive.quantity import unshaped_names

    names = unshaped_names(ctx, {str(s) for s in symbols_of(number)})
    if not names:
        return ("one side is a matrix, the other a number: declare the shapes of the names "
                "involved (<!-- grader: shape NAME (rows, columns) -->)")
    return (f"one side is a matrix, the other a number ({', '.join(names[:4])} of no declared "
            f"shape): declare {'its' if len(names) == 1 else 'their'} shape "
            f"(<!-- grader: shape {names[0]} (rows, columns) -->)")


UNDEFINED = "a side is infinite or undefined"  # (pole.identity_at_pole)


def compare(left, right, ctx: Context, *, atol: float = 0.0, seed: int = 0,
            symbolic_seconds: float = 0.03, extra_constraint: str | None = None) -> Comparison:
    """Compare two expressions (or two matrices of the same shape)."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # overflow at a sample point only drops that point
        return _compare(left, right, ctx, atol, seed, symbolic_seconds, extra_constraint)


def _compare(left, right, ctx: Context, atol: float, seed: int, symbolic_seconds: float,
             extra_constraint: str | None) -> Comparison:
    left, right = _as_scalar(left), _as_scalar(right)
    lmat, rmat = isinstance(left, sp.MatrixBase), isinstance(right, sp.MatrixBase)
    if lmat != rmat:
        zero = zero_beside(left, right)  # `Xᵀ(y - Xθ) = 0`: the zero matrix, only ever to hold
        if zero is not None:  # (a 0 may be a derivative whose link the text did not give)
            found = _compare(*zero, ctx, atol, seed, symbolic_seconds, extra_constraint)
            if found.agree:
                return found
        raise Undecided(_matrix_beside_number(right if lmat else left, ctx))
    if lmat and left.shape != right.shape and left.shape == right.shape[::-1] and \
            _transposed(left, right, ctx, atol, seed, extra_constraint):
        return Comparison(False, "shapes", note=f"the right side is the transpose of the left "
                                                f"side ({left.shape} vs {right.shape})")
    if lmat and left.shape != right.shape:
        from checker.derive.quantity import unshaped_names
        unshaped = unshaped_names(ctx, {str(s) for s in symbols_of(left, right)})
        if unshaped:
            raise Undecided(f"shapes {left.shape} and {right.shape}, with {', '.join(unshaped)} "
                            "of no declared shape (read as a number)")
        return Comparison(False, "shapes", note=f"shapes do not conform: {left.shape} vs "
                                                f"{right.shape}")
    if not lmat and ctx.imaginary and imaginary.complex_valued(left, right):  # 2 + 3i, e^{iθ}
        return imaginary.decide(left, right, ctx, atol, seed, RTOL)
    if lmat and ctx.imaginary and imaginary.complex_valued(*left, *right):  # (6, -2-2i) ⊙ ...
        return imaginary.entries(left, right, ctx, atol, seed, RTOL)
    if (not lmat and kink.undefined(left) and not left.has(sp.Piecewise)) or \
            (not rmat and kink.undefined(right) and not right.has(sp.Piecewise)):
        raise Undecided(UNDEFINED)
    ctx = split_on(ctx, *(left if lmat else [left]), *(right if rmat else [right]))
    symbols = sorted(symbols_of(left, right), key=str)
    in_log = log_arguments(*(left if lmat else [left]), *(right if rmat else [right]))
    rng = np.random.default_rng(seed)
    for strategy in range(3):
        values = {str(s): domain(str(s), ctx, in_log, strategy, rng, POINTS) for s in symbols}
        for family in sorted(ctx.normalised | ({extra_constraint} if extra_constraint else set())):
            normalise(values, family, ctx)  # stated (or tried) one-hot labels: sum to 1
        wide = orthogonality.respect(values, ctx, rng)  # Q orthogonal, Λ diagonal, as said
        lv = evaluate(left, symbols, values)
        rv = evaluate(right, symbols, values)
        ok = np.isfinite(lv) & np.isfinite(rv) & (np.abs(lv.imag) < 1e-9) & \
            (np.abs(rv.imag) < 1e-9)
        if ok.ndim > 1:
            ok = ok.all(axis=-1)
        if ok.sum() >= (4 if symbols else 1):
            break
    else:
        wide = None if symbols else magnitude.entries_beyond_float(left, right, RTOL, atol) \
            if lmat else magnitude.beyond_float(left, right, RTOL, atol)
        if wide is not None and (wide[0] or math.isfinite(wide[2] + wide[3])):
            return Comparison(wide[0], wide[1], None if wide[0] else {}, wide[2], wide[3],
                              None if wide[0] else (np.array([wide[2]]), np.array([wide[3]]), {}))
        if wide is not None:  # e^{1000}·2 = e^{1000}·3: no float to show nor to diagnose with
            raise Undecided("in 30-digit arithmetic the sides differ, at values past float64's "
                            "range, where this checker cannot show nor explain the difference")
        raise Undecided("the two sides could not be evaluated at enough points of their domain")
    lv, rv = lv[ok].real, rv[ok].real
    kept = {k: v[ok] for k, v in values.items()}
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1.0)
    close = np.abs(lv - rv) <= RTOL * scale + atol
    if close.ndim > 1:
        close = close.all(axis=-1)
    if not close.all() and not lmat:
        # float64 can lose everything at an ill-conditioned point (σ(28.7) = 1 - 1e-13, then
        # 1/(1 - a)): a disagreement counts only if 30-digit arithmetic confirms it there
        for k in np.flatnonzero(~close)[:4]:
            if agree_precisely(left, right, symbols, {n: v[k] for n, v in kept.items()}, atol):
                close[k] = True
            else:
                break
    if not close.all() and wide:
        raise Undecided(f"{', '.join(sorted(map(ctx.shown, wide)))}, said orthogonal, is checked "
                        "wider than tall (its sizes are letters, given small values here), where "
                        "its columns cannot be orthonormal; declare its shape in numbers "
                        "(<!-- grader: shape NAME (rows, columns) -->)")
    if not close.all():
        statistic = next((s.name for s in sorted(signatures(left) | signatures(right), key=repr)
                          if vocabulary.statistic(s.name)), None)
        if statistic is not None:  # Var(aX) = a²Var(X): true of variances, not of any function
            decided = _statistically(left, right, ctx, atol, seed, extra_constraint)
            if decided is not None:
                return decided
            if statistic not in vocabulary.STATISTICS:  # E_{q}: E_q[f(z)], E_{z ~ q}[f(z)]
                raise Undecided(f"{statistic} is an expectation under {statistic[3:-1]}, a "
                                "distribution whose moments the text does not give in a form "
                                "this checker reads (only linearity is decided)")
            from checker.derive.expectation import wanted

            raise Undecided(f"{statistic} is a statistic (a variance, an expectation): its rules "
                            "(scaling, sums of independent terms) rest on assumptions this "
                            "checker does not model" + wanted(
                                left, right, ctx.randomness, ctx.shown,
                                {name: sym.stem for name, sym in ctx.symbols.items()}))
        ones = identity_as_one(left, right)  # (I - ηA)e_k: I the identity, read as a number
        if ones is not None and _compare(*ones, ctx, atol, seed, 0.0, extra_constraint).agree:
            raise Undecided("it holds with I the identity, read here as the number 1: "
                            "declare the shapes of its matrices to have it checked as matrices")
        name = undecidable(left, right)
        if name is not None:
            shown = ctx.shown(name)
            raise Unknown(f"it depends on what {shown} is: one side uses a derivative or "
                            f"value of {shown} that the other does not, and the text does not "
                            f"define {shown}")
        k = int(np.argmin(close))
        point = {name: float(v[k]) for name, v in kept.items()}
        lval = lv[k] if lv.ndim == 1 else lv[k][np.argmax(np.abs(lv[k] - rv[k]))]
        rval = rv[k] if rv.ndim == 1 else rv[k][np.argmax(np.abs(lv[k] - rv[k]))]
        how = f"numeric: the sides differ at {int((~close).sum())} of {len(close)} points"
        return Comparison(False, how, point, float(lval), float(rval), (lv, rv, kept))
    n = len(lv)
    if atol or lmat or not symbols:
        how = "numeric evaluation" if not symbols else f"numeric agreement at {n} points"
        if not symbols and not atol:
            return Comparison(True, "exact arithmetic" if exact(left, right) else how)
        return Comparison(True, how + (f" (to ±{atol:.3g}, the digits shown)" if atol else ""))
    if proved(left, right, symbolic_seconds):
        return Comparison(True, f"symbolic proof (and numeric agreement at {n} points)")
    return Comparison(True, f"numeric agreement at {n} random points")


def _statistically(left, right, ctx: Context, atol: float, seed: int,
                   extra_constraint: str | None) -> Comparison | None:
    """The step in the algebra of expectations (expectation.py), or None outside it."""
    from checker.derive.expectation import decide_here

    stems = {name: sym.stem for name, sym in ctx.symbols.items()}
    verdict, lhs, rhs, how = decide_here(left, right, ctx, stems)
    if verdict:
        return Comparison(True, how)
    valued = _at_values(left, right, ctx, atol, seed, extra_constraint)
    if valued is not None:
        return valued
    if verdict is None:
        return None
    found = _compare(lhs, rhs, ctx, atol, seed, 0.0, extra_constraint)
    if found.agree:  # the reduced sides agree after all (a domain the algebra ignores)
        return None
    return Comparison(False, how, found.point, found.left, found.right, found.samples,
                      reduced=(lhs, rhs))


def _at_values(left, right, ctx: Context, atol: float, seed: int,
               extra_constraint: str | None) -> Comparison | None:
    """The step's statistics at the example's bound values (statistic.py): holds when the
    numbers agree; fails only when one side is numbers as written (the writer's arithmetic
    there); else None."""
    from checker.derive.statistic import at_values, numeric

    stems = {name: sym.stem for name, sym in ctx.symbols.items()}
    valued = at_values(left, right, ctx, stems)
    if valued is None:
        return None
    found = _compare(valued.left, valued.right, ctx, atol, seed, 0.0, extra_constraint)
    how = f"expectation algebra (linearity, moments) at the example's values {valued.said(ctx)}"
    if found.agree:
        return Comparison(True, how)
    if not (numeric(left) or numeric(right)):
        return None
    return Comparison(False, how, found.point, found.left, found.right, found.samples,
                      reduced=(valued.left, valued.right))


def within(left, right, slack, ctx: Context, seed: int = 0) -> int:
    """At how many random points the sides (numbers, with variables) differ by no more than
    `slack` there (an expression: how far numbers written rounded can move them); 0 when they
    differ by more at some point, or too few points can be evaluated."""
    symbols = sorted(symbols_of(left, right, slack), key=str)
    rng = np.random.default_rng(seed)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        in_log = log_arguments(left, right)
        values = {str(s): domain(str(s), ctx, in_log, 0, rng, POINTS) for s in symbols}
        lv, rv, sv = (evaluate(e, symbols, values) for e in (left, right, slack))
    ok = np.isfinite(lv) & np.isfinite(rv) & np.isfinite(sv) & \
        (np.abs(lv.imag) < 1e-9) & (np.abs(rv.imag) < 1e-9)
    if ok.sum() < 8:
        return 0
    lv, rv, sv = lv[ok].real, rv[ok].real, np.abs(sv[ok].real)
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1.0)
    return int(ok.sum()) if bool(np.all(np.abs(lv - rv) <= sv * 1.01 + RTOL * scale)) else 0


def _transposed(left, right, ctx: Context, atol: float, seed: int,
                extra_constraint: str | None) -> bool:
    """right is left's transpose (also if the labels must be one-hot for it)."""
    names = {str(s) for s in symbols_of(left, right)}
    for constraint in [extra_constraint] + label_families(ctx, names):
        if _compare(left, right.T, ctx, atol, seed, 0.0, constraint).agree:
            return True
    return False


def digits_tolerance(texts: list[str]) -> float:
    """Half a unit in the last digit shown: `2.20` admits 2.195..2.205."""
    decimals = [len(t.split(".")[1]) for t in texts if "." in t]
    if not decimals:
        return 0.0
    return 0.5 * 10 ** (-min(decimals)) + 1e-12


def fmt(value: float) -> str:
    if value == 0 or (1e-3 <= abs(value) < 1e5):
        return f"{value:.4g}"
    if math.isfinite(value):
        return f"{value:.3e}"
    return str(value)
