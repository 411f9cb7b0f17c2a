"""Do two SymPy expressions agree? Numeric first, symbolic second, three-way answers.

Both sides are evaluated at random points drawn from each symbol's domain (probabilities
and arguments of log in (0, 1), stated discrete values such as y ∈ {0, 1}, other symbols
in [-2, 2]); a disagreement is a counterexample. Agreement everywhere is followed by a
time-limited symbolic proof.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import sympy as sp

from checker.derive import vocabulary
from checker.derive.context import Context
from checker.derive.deadline import Timeout, time_limit
from checker.derive.errors import Undecided
from checker.derive.evaluation import Evaluation
from checker.derive.traversal import count_nodes, symbols_of, unique_nodes
from checker.derive.unknown import flatten, realised, signatures, undecidable

POINTS = 16
RTOL = 1e-7
PROBABILITY_NAMES = {"p", "a", "hat(y)", "q"}
LABELS = {"y", "t", "d", "Y", "T"}  # names of labels: one-hot when a step needs it


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


def _domain(name: str, ctx: Context, in_log: set[str], strategy: int, rng: np.random.Generator,
            size: int) -> np.ndarray:
    sym = ctx.symbols.get(name)
    base = sym.stem if sym is not None else name
    if name in ctx.discrete or base in ctx.discrete:
        values = ctx.discrete.get(name) or ctx.discrete[base]
        return rng.choice(np.array(values, dtype=float), size=size)
    if name in ctx.intervals or base in ctx.intervals:
        lo, hi = ctx.intervals.get(name) or ctx.intervals[base]
        if np.isinf(lo) != np.isinf(hi):  # g > 0, x < 0: magnitudes 0.2..5 on that side
            magnitude = np.exp(rng.uniform(np.log(0.2), np.log(5.0), size))
            return lo + magnitude if np.isinf(hi) else hi - magnitude
        lo, hi = max(lo, -1e3), min(hi, 1e3)
        return rng.uniform(lo + 0.05 * (hi - lo), hi - 0.05 * (hi - lo), size)
    if name.startswith("R_"):
        return rng.uniform(0.5, 2.0, size)
    if base in PROBABILITY_NAMES and strategy < 2:
        return rng.uniform(0.05, 0.95, size)  # a, p, ŷ: probabilities by the course's notation
    if strategy == 0 or (strategy == 1 and name not in in_log):
        # both signs, magnitudes 0.2..5 (log-uniform): points where a side is not real are
        # dropped, so log(x) still gets its positive points, and an identity that holds only
        # for x > 0 is caught at the negative ones
        magnitude = np.exp(rng.uniform(np.log(0.2), np.log(5.0), size))
        return magnitude * rng.choice([-1.0, 1.0], size)
    if strategy == 1:
        return rng.uniform(0.05, 0.95, size)
    return rng.uniform(1.1, 3.0, size)


def _log_arguments(*exprs: sp.Expr) -> set[str]:
    """The names under a log or a root: sampled where those are real, too."""
    names: set[str] = set()
    for node in unique_nodes(*exprs):
        if isinstance(node, sp.log) or (isinstance(node, sp.Pow) and not node.exp.is_integer):
            names |= {str(s) for s in symbols_of(node)}
    return names


def _as_scalar(e):
    if isinstance(e, sp.MatrixBase) and e.shape == (1, 1):
        return e[0, 0]
    return e


def evaluate(expr, symbols: list[sp.Symbol], values: dict[str, np.ndarray]) -> np.ndarray:
    """An expression (or a matrix: its entries along the last axis) at the sample points;
    unknown functions at their realisation (see unknown.py). `symbols` are the expression's
    free symbols (kept for the callers; the values are looked up by name)."""
    size = len(next(iter(values.values()))) if values else 1
    at = Evaluation(values, size)
    if isinstance(expr, sp.MatrixBase):
        return np.stack([at(e).astype(complex) for e in expr], axis=-1)
    return at(sp.sympify(expr)).astype(complex)


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
    if (not lmat and (left.has(sp.oo, sp.zoo, sp.nan) and not left.has(sp.Piecewise))) or \
            (not rmat and (right.has(sp.oo, sp.zoo, sp.nan) and not right.has(sp.Piecewise))):
        raise Undecided("a side is infinite or undefined")
    symbols = sorted(symbols_of(left, right), key=str)
    in_log = _log_arguments(*(left if lmat else [left]), *(right if rmat else [right]))
    rng = np.random.default_rng(seed)
    for strategy in range(3):
        values = {str(s): _domain(str(s), ctx, in_log, strategy, rng, POINTS) for s in symbols}
        for family in sorted(ctx.normalised | ({extra_constraint} if extra_constraint else set())):
            _normalise(values, family, ctx)  # stated (or tried) one-hot labels: sum to 1
        lv = evaluate(left, symbols, values)
        rv = evaluate(right, symbols, values)
        ok = np.isfinite(lv) & np.isfinite(rv) & (np.abs(lv.imag) < 1e-9) & \
            (np.abs(rv.imag) < 1e-9)
        if ok.ndim > 1:
            ok = ok.all(axis=-1)
        if ok.sum() >= (4 if symbols else 1):
            break
    else:
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
            if _agree_precisely(left, right, symbols, {n: v[k] for n, v in kept.items()}, atol):
                close[k] = True
            else:
                break
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
            raise Undecided(f"{statistic} is a statistic (a variance, an expectation): its rules "
                            "(scaling, sums of independent terms) rest on assumptions this "
                            "checker does not model")
        name = undecidable(left, right)
        if name is not None:
            shown = ctx.shown(name)
            raise Undecided(f"it depends on what {shown} is: one side uses a derivative or "
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
            return Comparison(True, "exact arithmetic" if _exact(left, right) else how)
        return Comparison(True, how + (f" (to ±{atol:.3g}, the digits shown)" if atol else ""))
    if _proved(left, right, symbolic_seconds):
        return Comparison(True, f"symbolic proof (and numeric agreement at {n} points)")
    return Comparison(True, f"numeric agreement at {n} random points")


def _statistically(left, right, ctx: Context, atol: float, seed: int,
                   extra_constraint: str | None) -> Comparison | None:
    """The step in the algebra of expectations (expectation.py), or None outside it."""
    from checker.derive.expectation import decide

    stems = {name: sym.stem for name, sym in ctx.symbols.items()}
    verdict, lhs, rhs, how = decide(left, right, ctx.randomness, stems, bool(ctx.statistics))
    if verdict is None:
        return None
    if verdict:
        return Comparison(True, how)
    found = _compare(lhs, rhs, ctx, atol, seed, 0.0, extra_constraint)
    if found.agree:  # the reduced sides agree after all (a domain the algebra ignores)
        return None
    return Comparison(False, how, found.point, found.left, found.right, found.samples,
                      reduced=(lhs, rhs))


def within(left, right, slack, ctx: Context, seed: int = 0) -> int:
    """At how many random points the sides (numbers, with variables) differ by no more than
    `slack` there (an expression: how far numbers written rounded can move them); 0 when they
    differ by more at some point, or too few points can be evaluated."""
    symbols = sorted(symbols_of(left, right, slack), key=str)
    rng = np.random.default_rng(seed)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        in_log = _log_arguments(left, right)
        values = {str(s): _domain(str(s), ctx, in_log, 0, rng, POINTS) for s in symbols}
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


def _agree_precisely(left, right, symbols, point: dict[str, float], atol: float) -> bool:
    subs = {s: sp.Float(point[str(s)], 30) for s in symbols}
    try:
        lval = complex(_precise(left, subs))
        rval = complex(_precise(right, subs))
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    scale = max(abs(lval), abs(rval), 1.0)
    return abs(lval - rval) <= 1e-12 * scale + atol


def _entries(value) -> list:
    return list(value) if isinstance(value, sp.MatrixBase) else [value]


def _precise(expr, subs: dict) -> complex:
    """expr in 30-digit arithmetic at one point (unknown functions at their realisation)."""
    (flat,), order = flatten([expr])
    subs = dict(subs)
    for placeholder, signature, args in order:
        params, body = realised(signature)
        value = body.xreplace(dict(zip(params, (a.xreplace(subs) for a in args))))
        subs[placeholder] = sp.Float(value.evalf(30), 30)
    return complex(flat.evalf(30, subs=subs))


def _exact(left, right) -> bool:
    if any(getattr(n, "binds_names", False) for n in unique_nodes(left, right)) or \
            count_nodes(sp.Tuple(*(_entries(left) + _entries(right))), 400) >= 400:
        return False  # a slope is evaluated, never simplified; a large side is not tried
    try:
        return sp.simplify(left - right) == 0
    except Exception:  # noqa: BLE001 - any SymPy failure just means "not proven exactly"
        return False


def _proved(left, right, seconds: float) -> bool:
    d = left - right
    if sp.count_ops(d) > 60:
        return False  # large expressions: the numeric agreement stands on its own
    token = None
    try:
        with time_limit(seconds) as token:
            if sp.expand(d) == 0:
                return True
            d = sp.together(sp.expand(d.rewrite(sp.exp)))
            return sp.cancel(d) == 0
    except Timeout as fired:
        if fired.token is not token:
            raise  # an enclosing limit: not ours to swallow
        return False
    except Exception:  # noqa: BLE001 - any SymPy failure just means "not proven"
        return False


def _normalise(values: dict[str, np.ndarray], family: str, ctx: Context) -> None:
    """Make the members of a family (y_1, y_2, y_3), or each row of a matrix of labels (Y),
    a one-hot-like distribution: they sum to 1."""
    groups: dict[object, list[str]] = {}
    column = _column(ctx, family)
    for k in values:
        if ctx.family(k) == family:
            groups.setdefault(family, []).append(k)
        elif k in ctx.entries and ctx.entries[k][0] == family:  # a row; a column vector whole
            groups.setdefault(family if column else ctx.entries[k][1], []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        stack = np.abs(np.stack([values[k] for k in members]))
        stack = stack / stack.sum(axis=0)
        for k, row in zip(members, stack):
            values[k] = row


def _column(ctx: Context, name: str) -> bool:
    """A matrix whose entries are all in one column: a column vector (one label vector)."""
    cols = {c for matrix, _, c in ctx.entries.values() if matrix == name}
    return cols == {1}


def labels_phrase(ctx: Context, family: str) -> str:
    """What `_normalise` assumed of a family, in words."""
    if _column(ctx, family):
        return f"the entries of {ctx.shown(family)} sum to 1"
    if any(matrix == family for matrix, _, _ in ctx.entries.values()):
        return f"each row of {ctx.shown(family)} sums to 1"
    return f"the {family}_c sum to 1"


def label_families(ctx: Context, names: set[str]) -> list[str]:
    """Families that may be one-hot labels in a step: y_1, y_2, ... (two members or more), and
    matrices whose entries it uses (Y, one label per row), named as labels (LABELS) or stated
    to sum to 1."""
    members = [f for f in map(ctx.family, names) if f is not None]
    matrices = {ctx.entries[n][0] for n in names if n in ctx.entries}
    return sorted(f for f in {f for f in members if members.count(f) >= 2} | matrices
                  if f in LABELS or f in ctx.normalised)


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
