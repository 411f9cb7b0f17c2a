"""SymPy values → readable math in the text's own names, for messages.

Never SymPy's syntax: `b + w*x` reads `b + w·x`, `exp(x)/(exp(x) + 1)**2` reads
`e^x/(e^x + 1)^2`, `2*lambda*w` reads `2λ·w`, `hat(y)_2` reads `ŷ_2`, an entry `X[1,2]`
reads `X_{12}`, an unknown function's derivative reads `∂L/∂ŷ` or `g'(x)`, the sigmoid reads
`σ(z)`, `-(x - 1)·x` reads `x(1 - x)`. Terms with a plus sign come first (`ŷ - y`, not
`-y + ŷ`); a factor in parentheses follows the others without a dot (`a(1 - a)`).
`names` overrides how single symbols are shown (the text's `ŷ` for a held value, `y_j` for
the instance `y_2` a step was checked at): see `naming.py`.
"""

from __future__ import annotations

import sympy as sp
from sympy.printing.precedence import PRECEDENCE, precedence
from sympy.printing.str import StrPrinter

from checker.derive.context import Context
from checker.derive.unknown import Applied

_MUL = PRECEDENCE["Mul"]
_POW = PRECEDENCE["Pow"]


class _Printer(StrPrinter):
    def __init__(self, ctx: Context | None, names: dict | None = None) -> None:
        super().__init__({"order": "none"})
        self.ctx = ctx
        self.names = names or {}

    def _name(self, name: str) -> str:
        if name in self.names:
            return self.names[name]
        if self.ctx is None:
            return name
        if name in self.ctx.entries:
            matrix, r, c = self.ctx.entries[name]
            return f"{self.ctx.shown(matrix)}_{{{r}{c}}}" if r < 10 and c < 10 else \
                f"{self.ctx.shown(matrix)}_{{{r},{c}}}"
        return self.ctx.shown(name)

    def _print_Symbol(self, expr: sp.Symbol) -> str:
        return self.names.get(expr, None) or self._name(expr.name)

    _print_Dummy = _print_Symbol

    # -- numbers ---------------------------------------------------------------------------
    def _print_Pi(self, expr) -> str:
        return "π"

    def _print_Exp1(self, expr) -> str:
        return "e"

    def _print_ImaginaryUnit(self, expr) -> str:
        return "i"

    def _print_RealPart(self, expr) -> str:  # imaginary.py's parts, as the text writes them
        return f"Re({self._print(expr.args[0])})"

    def _print_ImaginaryPart(self, expr) -> str:
        return f"Im({self._print(expr.args[0])})"

    def _print_Modulus(self, expr) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Conjugate(self, expr) -> str:
        return f"conj({self._print(expr.args[0])})"

    def _print_Modulus(self, expr) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Float(self, expr) -> str:
        return f"{float(expr):.4g}"

    def _print_Infinity(self, expr) -> str:
        return "∞"

    def _print_NegativeInfinity(self, expr) -> str:
        return "-∞"

    # -- sums and products -----------------------------------------------------------------
    def _print_Add(self, expr, order=None) -> str:
        terms = list(expr.args)
        first = [t for t in terms if not t.could_extract_minus_sign()]
        terms = first + [t for t in terms if t.could_extract_minus_sign()]  # ŷ - y
        out = ""
        for k, term in enumerate(terms):
            negative = term.could_extract_minus_sign()
            body = self._print(-term if negative else term)  # - (1 - y)/(1 - ŷ), as written
            if body.startswith("-"):  # a term SymPy cannot say the sign of
                negative, body = not negative, body[1:]
            if precedence(term) < PRECEDENCE["Add"]:
                body = f"({body})"
            if k == 0:
                out = ("-" if negative else "") + body
            else:
                out += (" - " if negative else " + ") + body
        return out

    def _print_Mul(self, expr: sp.Mul) -> str:
        sigmoid = _sigmoid_of(expr)
        if sigmoid is not None:
            return f"σ({self._print(sigmoid)})"
        expr = _tidy(expr)
        if not isinstance(expr, sp.Mul):
            return self._print(expr)
        coeff, rest = expr.as_coeff_Mul()
        sign = ""
        if coeff.is_Number and coeff < 0:
            sign, coeff = "-", -coeff
        top: list[sp.Expr] = []
        bottom: list[sp.Expr] = []
        if coeff.is_Rational and coeff != 1:
            if coeff.p != 1:
                top.append(sp.Integer(coeff.p))
            if coeff.q != 1:
                bottom.append(sp.Integer(coeff.q))
        elif coeff != 1:
            top.append(coeff)
        for f in sp.Mul.make_args(rest):
            if isinstance(f, sp.Pow) and f.exp.is_Number and f.exp < 0 and \
                    _sigmoid_of(f) is None:
                bottom.append(f.base if f.exp == -1 else sp.Pow(f.base, -f.exp))
            else:
                top.append(f)
        text = self._product(top) if top else "1"
        if bottom:
            under = self._product(bottom)
            if len(bottom) > 1 or not (bottom[0].is_Atom or isinstance(bottom[0], sp.Add) or
                                       isinstance(bottom[0], sp.Pow) or _called(bottom[0])):
                under = f"({under})"
            text = f"{text}/{under}"
        return sign + text

    def _product(self, factors: list[sp.Expr]) -> str:
        """Numbers first, then names and functions, then sums in parentheses: `2λ·w`,
        `σ(z)(1 - σ(z))`, `x(ŷ - y)`."""
        order = sorted(factors, key=lambda f: (0 if f.is_Number else
                                               2 if isinstance(f, sp.Add) else 1))
        out, number = "", False
        for f in order:
            text = self._print(f)
            if precedence(f) < _MUL or (text.startswith("-") and out):
                text = f"({text})"
            if not out:
                out = text
            elif number and not text[0].isdigit() and text[0] not in "./":
                out += text  # 2λ, 2(x + 1)
            elif text.startswith("("):
                out += text  # a(1 - a)
            else:
                out += "·" + text
            number = f.is_Integer
        return out

    def _print_Pow(self, expr: sp.Pow, rational: bool = False) -> str:
        sigmoid = _sigmoid_of(expr)
        if sigmoid is not None:
            return f"σ({self._print(sigmoid)})"
        base, exp = expr.args
        if exp == sp.Rational(1, 2):
            inner = self._print(base)
            return f"√{inner}" if base.is_Atom else f"√({inner})"
        if exp.is_Number and exp < 0:
            return self._print_Mul(sp.Mul(sp.Integer(1), expr, evaluate=False)) \
                if exp != -1 else f"1/{self._atom(base)}"
        shown = self._print(exp)
        if not ((exp.is_Symbol or exp.is_Integer) and not shown.startswith("-")):
            shown = f"({shown})"
        return f"{self._atom(base)}^{shown}"

    def _atom(self, base) -> str:
        """base as the base of a power or under a fraction bar: parenthesised unless atomic."""
        text = self._print(base)
        if base.is_Atom and not text.startswith("-") or isinstance(base, (sp.Function,
                                                                          Applied)):
            return text
        return f"({text})"

    def _print_exp(self, expr) -> str:
        inner = self._print(expr.args[0])
        return f"e^{inner}" if len(inner) == 1 else f"e^({inner})"

    def _print_Abs(self, expr) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Max(self, expr) -> str:
        return f"max({', '.join(self._print(a) for a in expr.args)})"

    def _print_Min(self, expr) -> str:
        return f"min({', '.join(self._print(a) for a in expr.args)})"

    def _print_Piecewise(self, expr) -> str:
        parts = []
        for value, cond in expr.args:
            where = "otherwise" if cond is sp.true else f"if {self._print(cond)}"
            parts.append(f"{self._print(value)} {where}")
        return "{" + "; ".join(parts) + "}"

    def _print_Relational(self, expr) -> str:
        op = {"<=": "≤", ">=": "≥", "!=": "≠", "==": "="}.get(expr.rel_op, expr.rel_op)
        return f"{self._print(expr.lhs)} {op} {self._print(expr.rhs)}"

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


def _called(expr) -> bool:
    return isinstance(expr, (sp.Function, Applied))


def _tidy(expr: sp.Mul) -> sp.Expr:
    """(-1 - t)(t - 1) as (1 + t)(1 - t), -(x - 1)·x as x(1 - x): sums whose terms are all
    negative turned round, and a leading minus sign taken into a sum that then leads with a
    plus sign."""
    coeff, rest = expr.as_coeff_Mul()
    factors = list(sp.Mul.make_args(rest))
    negative = bool(coeff.is_Number and coeff < 0)
    changed = False

    def turn(k: int) -> None:
        f = factors[k]
        base, power = (f.base, f.exp) if isinstance(f, sp.Pow) else (f, sp.Integer(1))
        factors[k] = sp.Pow(sp.expand(-base), power, evaluate=False) if power != 1 \
            else sp.expand(-base)

    def odd_sum(f) -> sp.Add | None:
        base, power = (f.base, f.exp) if isinstance(f, sp.Pow) else (f, sp.Integer(1))
        return base if isinstance(base, sp.Add) and power.is_Integer and power % 2 == 1 \
            and power > 0 else None

    for k, f in enumerate(factors):
        base = odd_sum(f)
        if base is not None and all(t.could_extract_minus_sign() for t in base.args):
            turn(k)
            negative, changed = not negative, True
    if negative:
        for k, f in enumerate(factors):
            base = odd_sum(f)
            if base is not None and \
                    2 * sum(t.could_extract_minus_sign() for t in base.args) >= len(base.args):
                turn(k)
                negative, changed = False, True
                break
    if not changed:
        return expr
    size = abs(coeff) if coeff.is_Number else coeff
    return sp.Mul(-size if negative else size, *factors, evaluate=False)


def _sigmoid_of(expr) -> sp.Expr | None:
    """z if expr is 1/(1 + e^{-z}) as SymPy writes it, else None."""
    if isinstance(expr, sp.Pow) and expr.exp == -1 and isinstance(expr.base, sp.Add) and \
            len(expr.base.args) == 2 and sp.Integer(1) in expr.base.args:
        other = next(a for a in expr.base.args if a != 1)
        if isinstance(other, sp.exp):
            return -other.args[0]
    return None


def spoken(expr, ctx: Context | None = None, names: dict | None = None) -> str:
    """expr as the text would write it (see the module docstring); `names`: symbols (or
    their names) → how to show them."""
    return _Printer(ctx, names).doprint(expr)
