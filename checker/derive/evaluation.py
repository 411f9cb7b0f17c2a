"""SymPy expressions evaluated at all sample points at once, each distinct subexpression once.

A matrix step expands into entries that share most of their subexpressions (the softmax
denominator of a row, the sigmoid of a hidden unit); SymPy keeps them as one object each, and
this walk evaluates each object once for all points (NumPy, float64). Printing such an
expression for `lambdify` cost more than the whole check. Points where a side is not real
(log of a negative number) come out NaN, and the comparison drops them.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable

import numpy as np
import sympy as sp

from checker.derive import elementary, imaginary
from checker.derive.errors import Undecided
from checker.derive.realisation import numeric
from checker.derive.traversal import symbols_of
from checker.derive.unknown import Applied

_FUNCTIONS: dict[type, Callable[[np.ndarray], np.ndarray]] = {
    sp.exp: np.exp, sp.log: np.log, sp.sin: np.sin, sp.cos: np.cos, sp.tan: np.tan,
    sp.tanh: np.tanh, sp.sinh: np.sinh, sp.cosh: np.cosh, sp.asin: np.arcsin,
    sp.acos: np.arccos, sp.atan: np.arctan, sp.Abs: np.abs, sp.sign: np.sign,
    sp.floor: np.floor, sp.ceiling: np.ceil, sp.sech: lambda a: 1 / np.cosh(a),
    sp.csch: lambda a: 1 / np.sinh(a), sp.coth: lambda a: 1 / np.tanh(a),
    sp.erf: np.vectorize(math.erf, otypes=[float]),
    sp.factorial: np.vectorize(lambda a: _gamma(a + 1), otypes=[float]),  # `\log y!`: Γ(y + 1)
    elementary.Round: elementary.round_half_unset,
}
# d f(a)/da from a's value and f(a)'s
_LOCAL: dict[type, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    sp.exp: lambda a, v: v, sp.log: lambda a, v: 1 / a, sp.sin: lambda a, v: np.cos(a),
    sp.cos: lambda a, v: -np.sin(a), sp.tan: lambda a, v: 1 + v * v,
    sp.tanh: lambda a, v: 1 - v * v, sp.sinh: lambda a, v: np.cosh(a),
    sp.cosh: lambda a, v: np.sinh(a), sp.asin: lambda a, v: 1 / np.sqrt(1 - a * a),
    sp.acos: lambda a, v: -1 / np.sqrt(1 - a * a), sp.atan: lambda a, v: 1 / (1 + a * a),
    sp.Abs: lambda a, v: np.sign(a), sp.sech: lambda a, v: -v * np.tanh(a),
    sp.coth: lambda a, v: 1 - v * v, sp.erf: lambda a, v: 2 / np.sqrt(np.pi) * np.exp(-a * a),
}
_RELATIONS: dict[type, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    sp.Eq: np.equal, sp.Ne: np.not_equal, sp.Lt: np.less, sp.Le: np.less_equal,
    sp.Gt: np.greater, sp.Ge: np.greater_equal,
}


class Slope(sp.Function):
    """∂expr/∂var left to the evaluation: a gradient by a whole matrix differentiates a large
    expression by each entry, which SymPy does slowly; one backward pass over the evaluated
    expression gives every entry's slope at every point (reverse mode), exactly as SymPy's
    derivative would evaluate there."""

    nargs = (2, 4)  # (expr, var) or (expr, var, names, values): at names = values
    binds_names = True  # the names of (expr, var, names, values) are not free (traversal)

    @classmethod
    def eval(cls, expr, var, *at):  # never evaluated symbolically (see differentiation.derivative for 0)
        return None

    @staticmethod
    def at(expr, var, swap: dict) -> Slope:
        """∂expr/∂var taken first, then the names in swap standing for their values."""
        keys = tuple(k for k in swap if k in symbols_of(expr))
        if not keys:
            return Slope(expr, var)
        return Slope(expr, var, sp.Tuple(*keys), sp.Tuple(*(swap[k] for k in keys)))

    def _eval_is_extended_real(self) -> bool:
        return True

    def _eval_is_real(self) -> bool:
        return True

    def _sympystr(self, printer) -> str:
        show = getattr(printer, "_print_Slope", None)
        return show(self) if show is not None else \
            f"Slope({printer._print(self.args[0])}, {printer._print(self.args[1])})"


class Evaluation:
    """One set of sample points: symbol name → values (all of one length)."""

    def __init__(self, values: dict[str, np.ndarray], size: int) -> None:
        self.values = values
        self.size = size
        self.memo: dict[sp.Basic, np.ndarray] = {}
        self.slopes: dict[sp.Basic, dict[sp.Basic, np.ndarray]] = {}
        self.substituted: dict[tuple, Evaluation] = {}

    def __call__(self, expr: sp.Basic) -> np.ndarray:
        found = self.memo.get(expr)
        if found is None:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = np.broadcast_to(np.asarray(self._value(expr), dtype=float), (self.size,))
            self.memo[expr] = found
        return found

    def _value(self, e: sp.Basic):  # one case per kind of node
        if e.is_Symbol:
            try:
                return self.values[str(e)]
            except KeyError:
                raise Undecided(f"no value for {e}") from None
        if e.is_Number or e.is_NumberSymbol or e in (sp.zoo, sp.oo, sp.nan):
            return _number(e)
        if isinstance(e, sp.Add):
            return sum((self(a) for a in e.args), np.zeros(self.size))
        if isinstance(e, sp.Mul):
            out = np.ones(self.size)
            for a in e.args:
                out = out * self(a)
            return out
        if isinstance(e, sp.Pow):
            base, exp = e.args
            if exp == -1:
                return 1.0 / self(base)
            if exp == sp.Rational(1, 2):
                return np.sqrt(self(base))
            return np.power(self(base), self(exp))
        if isinstance(e, Slope):
            at = self
            if len(e.args) == 4:  # held names at their values: one reading per substitution
                key = (e.args[2], e.args[3])
                at = self.substituted.get(key)
                if at is None:
                    values = dict(self.values)
                    values.update({str(k): self(v) for k, v in zip(*key)})
                    at = self.substituted[key] = Evaluation(values, self.size)
            return at.gradient(e.args[0]).get(e.args[1], np.zeros(self.size))
        if isinstance(e, Applied):
            return numeric(e.signature)(*[self(a) for a in e.args]).real
        func = _FUNCTIONS.get(e.func)
        if func is not None and len(e.args) == 1:
            return func(self(e.args[0]))
        if isinstance(e, (sp.Max, sp.Min)):
            reduce = np.maximum if isinstance(e, sp.Max) else np.minimum
            out = self(e.args[0])
            for a in e.args[1:]:
                out = reduce(out, self(a))
            return out
        if isinstance(e, sp.Piecewise):
            return self._piecewise(e)
        if type(e) in _RELATIONS:
            return _RELATIONS[type(e)](self(e.args[0]), self(e.args[1])).astype(float)
        if e is sp.true or e is sp.false:
            return float(bool(e))
        if isinstance(e, sp.Heaviside):
            return np.heaviside(self(e.args[0]), 0.5)
        return self._fallback(e)

    # -- reverse mode ----------------------------------------------------------------------
    def gradient(self, expr: sp.Basic) -> dict[sp.Basic, np.ndarray]:
        """∂expr/∂s for every symbol s in expr, at every point: one backward pass."""
        found = self.slopes.get(expr)
        if found is not None:
            return found
        self(expr)
        order: list[sp.Basic] = []
        seen: set[sp.Basic] = set()
        stack: list[tuple[sp.Basic, bool]] = [(expr, False)]
        while stack:  # post-order over the shared subexpressions, each once
            node, done = stack.pop()
            if done:
                order.append(node)
                continue
            if node in seen:
                continue
            seen.add(node)
            stack.append((node, True))
            stack.extend((a, False) for a in node.args if isinstance(a, sp.Expr))
        adjoint: dict[sp.Basic, np.ndarray] = {expr: np.ones(self.size)}
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for node in reversed(order):
                bar = adjoint.get(node)
                if bar is None or node.is_Symbol or node.is_Number or node.is_NumberSymbol:
                    continue
                for arg, local in self._partials(node):
                    adjoint[arg] = adjoint.get(arg, 0.0) + bar * local
        found = {s: np.broadcast_to(adjoint[s], (self.size,)) for s in order
                 if s.is_Symbol and s in adjoint}
        self.slopes[expr] = found
        return found

    def _partials(self, e: sp.Basic):  # the local derivative of e by each argument
        value = self(e)
        args = [a for a in e.args if isinstance(a, sp.Expr)]
        if isinstance(e, sp.Add):
            return [(a, 1.0) for a in args]
        if isinstance(e, sp.Mul):
            values = [self(a) for a in args]
            out = []
            for k, a in enumerate(args):
                rest = np.ones(self.size)
                for j, v in enumerate(values):
                    if j != k:
                        rest = rest * v
                out.append((a, rest))
            return out
        if isinstance(e, sp.Pow):
            base, exp = e.args
            b, x = self(base), self(exp)
            out = [(base, x * np.power(b, x - 1))]
            if exp.free_symbols:
                out.append((exp, value * np.log(b)))
            return out
        if isinstance(e, Applied):
            return [(a, numeric(e.signature.derivative(k))(*[self(v) for v in e.args]).real)
                    for k, a in enumerate(e.args)]
        if isinstance(e, (sp.Max, sp.Min)):  # at a tie (ReLU at exactly 0) the slope is a (kink.py)
            # convention (0 in most frameworks, 1 or ½ elsewhere): no number, the point unread
            hits = [(self(a) == value) for a in args]
            tie = sum(h.astype(int) for h in hits) > 1
            return [(a, np.where(tie, np.nan, h.astype(float))) for a, h in zip(args, hits)]
        if isinstance(e, sp.Piecewise):
            return self._piecewise_partials(e)
        local = _LOCAL.get(e.func)
        if local is not None and len(args) == 1:
            return [(args[0], local(self(args[0]), value))]
        if type(e) in _RELATIONS or e.func in {sp.sign, sp.floor, sp.ceiling, sp.Heaviside}:
            return []
        raise Undecided(f"a slope through {e.func} cannot be taken numerically")

    def _piecewise_partials(self, e: sp.Piecewise):
        done = np.zeros(self.size, dtype=bool)
        out = []
        for branch, cond in e.args:
            hit = (self(cond) != 0) & ~done
            out.append((branch, hit.astype(float)))
            done |= hit
        return out

    def _piecewise(self, e: sp.Piecewise) -> np.ndarray:
        out = np.full(self.size, np.nan)
        done = np.zeros(self.size, dtype=bool)
        for value, cond in e.args:
            hit = (self(cond) != 0) & ~done
            out = np.where(hit, self(value), out)
            done |= hit
        return out

    def _fallback(self, e: sp.Basic) -> np.ndarray:
        if e.has(sp.Derivative):
            raise Undecided("a derivative SymPy leaves unevaluated (of sign, |x| or max at a "
                            "kink?)")
        symbols = sorted(e.free_symbols, key=str)
        plain = [sp.Symbol(f"v{i}", real=True) for i in range(len(symbols))]
        try:
            fn = sp.lambdify(plain, e.xreplace(dict(zip(symbols, plain))),
                             modules=[imaginary.NUMPY, np], dummify=False)
            return np.asarray(fn(*[self(s) for s in symbols]), dtype=complex).real
        except Exception:  # noqa: BLE001 - SymPy printers raise many types
            from checker.derive.printer import spoken

            shown = spoken(e)
            raise Undecided(f"the expression {shown if len(shown) <= 60 else shown[:59] + '…'} "
                            "cannot be evaluated numerically") from None


def _gamma(a: float) -> float:
    """Γ(a), the factorial's continuation (y! = Γ(y + 1)); NaN at its poles or where it
    overflows (that point is dropped)."""
    try:
        return math.gamma(a)
    except (ValueError, OverflowError):
        return float("nan")


def _number(e: sp.Basic) -> float:
    if e in (sp.zoo, sp.nan):
        return float("nan")
    try:
        value = complex(e)
    except (TypeError, ValueError):
        return float("nan")
    return value.real if abs(value.imag) < 1e-300 else float("nan")
