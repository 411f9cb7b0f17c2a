"""SymPy values → readable math in the text's own names, for messages.

Never SymPy's syntax: `b + w*x` reads `b + w·x`, `exp(x)/(exp(x) + 1)**2` reads
`e^x/(e^x + 1)^2`, `hat(y)_2` reads `ŷ_2`, an entry `X[1,2]` reads `X_{12}`, an unknown
function's derivative reads `∂L/∂ŷ` or `g'(x)`, the sigmoid reads `σ(z)`.
"""

from __future__ import annotations

import sympy as sp
from sympy.printing.precedence import precedence
from sympy.printing.str import StrPrinter

from checker.derive.context import Context
from checker.derive.unknown import Applied


class _Printer(StrPrinter):
    def __init__(self, ctx: Context | None) -> None:
        super().__init__({"order": "none"})
        self.ctx = ctx

    def _name(self, name: str) -> str:
        if self.ctx is None:
            return name
        if name in self.ctx.entries:
            matrix, r, c = self.ctx.entries[name]
            return f"{self.ctx.shown(matrix)}_{{{r}{c}}}" if r < 10 and c < 10 else \
                f"{self.ctx.shown(matrix)}_{{{r},{c}}}"
        return self.ctx.shown(name)

    def _print_Symbol(self, expr: sp.Symbol) -> str:
        return self._name(expr.name)

    _print_Dummy = _print_Symbol

    def _print_Mul(self, expr: sp.Mul) -> str:
        sigmoid = _sigmoid_of(expr)
        if sigmoid is not None:
            return f"σ({self._print(sigmoid)})"
        return super()._print_Mul(expr).replace("*", "·")

    def _print_Pow(self, expr: sp.Pow, rational: bool = False) -> str:
        sigmoid = _sigmoid_of(expr)
        if sigmoid is not None:
            return f"σ({self._print(sigmoid)})"
        base, exp = expr.args
        if exp == sp.Rational(1, 2):
            return f"√({self._print(base)})"
        if exp.is_negative and exp != -1 and exp.is_Number:
            return f"1/{self.parenthesize(base, precedence(expr))}^{self._print(-exp)}"
        text = super()._print_Pow(expr, rational)
        return text.replace("**", "^").replace("*", "·")

    def _print_exp(self, expr) -> str:
        arg = expr.args[0]
        inner = self._print(arg)
        return f"e^{inner}" if len(inner) == 1 else f"e^({inner})"

    def _print_Abs(self, expr) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Applied(self, expr: Applied) -> str:
        sig = expr.signature
        name = self._name(sig.name) if self.ctx is not None else sig.name
        args = ", ".join(self._print(a) for a in expr.args)
        if all(p.startswith("#") for p in sig.params):  # g(x): any function g
            return f"{name}{chr(39) * len(sig.orders)}({args})"
        if not sig.orders:
            return name
        parts = "".join(f"∂{self._name(sig.params[k])}" for k in sig.orders)
        top = f"∂{'^' + str(len(sig.orders)) if len(sig.orders) > 1 else ''}{name}"
        return f"{top}/{parts}"

    def _print_Slope(self, expr) -> str:
        return f"∂({self._print(expr.args[0])})/∂{self._print(expr.args[1])}"

    def _print_MatrixBase(self, expr: sp.MatrixBase) -> str:
        rows = ["  ".join(self._print(e) for e in expr.row(r)) for r in range(expr.rows)]
        return "[" + "; ".join(rows) + "]"

    _print_MutableDenseMatrix = _print_MatrixBase
    _print_ImmutableDenseMatrix = _print_MatrixBase


def _sigmoid_of(expr) -> sp.Expr | None:
    """z if expr is 1/(1 + e^{-z}) as SymPy writes it, else None."""
    if isinstance(expr, sp.Pow) and expr.exp == -1 and isinstance(expr.base, sp.Add) and \
            len(expr.base.args) == 2 and sp.Integer(1) in expr.base.args:
        other = next(a for a in expr.base.args if a != 1)
        if isinstance(other, sp.exp):
            return -other.args[0]
    return None


def spoken(expr, ctx: Context | None = None) -> str:
    """expr as the text would write it (see the module docstring)."""
    return _Printer(ctx).doprint(expr)
