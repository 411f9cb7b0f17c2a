"""The ways people write derivatives: `\\frac{\\partial L}{\\partial w}`, `\\frac{d}{dx}(...)`,
`\\partial_x f`, `\\partial L / \\partial w`, `dL/dw`, `\\nabla_w L`, `\\nabla L(w)`. Functions of the
parser (`notation.Parser`); each returns a `Deriv` or refuses with the construct named. ∇ is
read in `gradient.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import vocabulary
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.render import render
from checker.derive.tree import Bin, Call, Const, Deriv, Neg, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def glued_denominator(p: Parser, num: list) -> list | None:
    """`\\frac n2`, `\\binom n2`: TeX's two one-token arguments, n and 2, that the lexer glued
    into the name n_2 (as `x2` is x_2): the digit is the denominator (a longer run of digits keeps
    the rest after the fraction, `\\frac n23` is (n/2)·3). None for any other fraction."""
    if len(num) != 1 or num[0].kind != "letter" or not p.at("op", "_"):
        return None
    glued = [p.peek(k) for k in range(4)]
    if any(t is None or t.pos != glued[0].pos for t in glued) or glued[2].kind != "num" or \
            "." in glued[2].value:
        return None
    for _ in range(4):
        p.take()
    digits = glued[2].value
    if len(digits) > 1:
        p.toks.insert(p.i, Token("num", digits[1:], glued[2].pos + 1))
    return [Token("num", digits[0], glued[2].pos)]


def fraction(p: Parser) -> Node:
    """`\\frac{a}{b}`, or a derivative: `\\frac{\\partial L}{\\partial w}`, `\\frac{d}{dx}` (applies to
    what follows), `\\frac{\\partial^2 L}{\\partial w^2}`."""
    num = p.script_tokens()
    if len(num) == 1 and num[0].kind == "num" and len(num[0].value) == 2 and \
            not p.at("open", "{"):  # \frac12
        return Bin("/", Num(num[0].value[0]), Num(num[0].value[1]))
    den = glued_denominator(p, num) or p.script_tokens()
    kind_num, kind_den = _derivative_head(num), _derivative_head(den)
    if kind_num is None and kind_den is None and _delta_head(num, alone=True) and \
            _delta_head(den):  # \frac{\delta L}{\delta a}: δ as the derivative's mark
        kind_num = kind_den = "partial"
    if kind_num == kind_den == "partial" and _mixed(den):
        return _mixed_partial(p, num, den)
    if kind_num and kind_den:
        by, order = _derivative_var(p, den)
        var = _one_name(by)
        rest = num[1:]
        written = 1  # the order on the numerator's ∂ (∂^2 L, d^{2} y)
        if rest and rest[0].kind == "op" and rest[0].value == "^":
            power = _power_at_end(rest[:4]) or _power_at_end(rest[:2])
            written, taken = power if power is not None else (0, 2)
            rest = rest[taken:]
        power = 1
        if order != written and written == 1:  # ∂x̂/∂σ^2: by σ², not a second derivative
            order, power = 1, order
        if order != written:
            raise Unreadable("a derivative whose order is written on both ∂ (∂^2 L/∂w^2), or a "
                             "variable that is a name", f"∂^{written or '?'}/∂{render(var)}^"
                             f"{order}: the orders differ")
        if not rest:
            operand = p.operand()
            return _by(at_point(Deriv(var, None, operand, order, spread=p.spread, power=power)),
                       by)
        numerator = _function_name(rest) or p.sub_parse(rest)
        if isinstance(numerator, Sym):
            return _by(of_function(p, Deriv(var, numerator, None, order, power=power)), by)
        return _by(Deriv(var, None, numerator, order, power=power), by)
    return Bin("/", p.sub_parse(num), p.sub_parse(den))


def _one_name(by: Node) -> Sym:
    """The variable of a derivative by `by`: by itself when it is a name; in an expression of
    one name (`\\log\\sigma^2`, `2w`), that name (_by takes the chain rule through it)."""
    if isinstance(by, Sym):
        return by
    names = {n for n in walk(by) if isinstance(n, Sym)}
    if not all(isinstance(n, (Sym, Num, Const, Neg)) or (isinstance(n, Bin) and n.op in "+-*/^")
               or (isinstance(n, Call) and len(n.args) == 1 and not n.order) for n in walk(by)):
        raise Unreadable("a variable after ∂ in the denominator, or a scalar expression of one "
                         "name (`\\partial \\log\\sigma^2`)", "an entry, a slice or a product of "
                         "arrays")
    if len(names) != 1:
        raise Unreadable("a variable after ∂ in the denominator, or an expression of one name "
                         "(`\\partial \\log\\sigma^2`)", "an expression of "
                         f"{len(names)} names")
    return names.pop()


def _by(d: Node, by: Node) -> Node:
    """∂z/∂ log σ², ∂L/∂(2w): the derivative by an expression u of one name v is the chain
    rule's (∂z/∂v)/(du/dv), exact wherever du/dv ≠ 0 (the log-variance of a VAE, log σ² of
    σ > 0); `d` is the derivative by v. By a name itself: `d` as it is."""
    if isinstance(by, Sym):
        return d
    if not isinstance(d, Deriv) or d.order != 1 or d.power != 1:
        raise Unreadable("a first derivative by an expression of one name", "another order")
    return Bin("/", d, Deriv(d.var, None, by))


def _function_name(rest: list[Token]) -> Sym | None:
    """`\\frac{\\partial \\mathrm{MSE}}{\\partial w}`, `\\frac{d \\tanh}{dx}`: a function's name
    alone over ∂ stands for its value, as ∂J/∂w does where the text defines J(w, b); not a
    call missing its argument. (A stray word, `hat`, stays refused by the parser.)"""
    if len(rest) == 1 and rest[0].kind == "word" and rest[0].value not in vocabulary.STRAY_WORDS:
        return Sym(rest[0].value)
    return None


def partial_subscript(p: Parser) -> Node:
    """`\\partial_x f`, `\\partial_{o_j} E`: ∂/∂x applied to what follows."""
    p.take("op", "_")
    var = p.subscript_symbol()
    if _name_then_product(p, var):  # ∇_w L · v: the gradient of L, then a product
        p.spread = False
        return Deriv(var, None, p.power())
    operand = p.operand()
    return at_point(Deriv(var, None, operand, spread=p.spread))


def _name_then_product(p: Parser, var: Sym) -> bool:
    """`\\nabla_w L \\cdot v`, `\\partial_x f \\times d`: one letter (not the variable itself)
    and then an explicit product sign: the derivative is of that letter, the product comes
    after it (as in ∇f · d, a directional derivative), not ∇ of the whole product."""
    t, after = p.peek(), p.peek(1)
    return t is not None and t.kind in {"letter", "greek"} and t.value != var.name and \
        after is not None and after.kind == "op" and after.value == "*"


def of_function(p: Parser, d: Deriv) -> Deriv:
    """dσ/dz, ∂f/∂x: the derivative of a function (σ, or f the text defines) at that variable,
    σ(z) differentiated, not a name the text never defines."""
    if d.num is not None and not d.num.index and not d.num.sup and not d.num.accents and \
            d.num.name not in p.known.plain and d.power == 1 and \
            ((d.num.name, d.var.name) in p.known.unary or
             (d.num.name in vocabulary.FUNCTIONS and len(d.num.name) > 1)):
        return Deriv(d.var, None, Call(d.num.name, (d.var,)), d.order)
    return d


def at_point(d: Deriv) -> Node:
    """∇_θ L(θ_{t-1}): the gradient by θ taken at θ_{t-1}, L'(θ_{t-1}), not the derivative
    of L(θ_{t-1}) by θ (which would be 0): the argument is θ's own family, at a point."""
    f = d.operand
    if d.num is None and isinstance(f, Call) and not f.order and len(f.args) == 1 and \
            isinstance(f.args[0], Sym) and f.args[0].stem == d.var.stem and \
            f.args[0] != d.var and not d.var.index:
        return Call(f.name, f.args, d.order)
    return d


def slash(p: Parser, head: Token) -> Node | None:
    """`\\partial L / \\partial w`, `dL/dw`, `d\\hat{y}/dz`, `\\partial^2 L/\\partial w^2`, or the
    operator `d/dx (...)`; None (nothing taken) when the tokens after `head` are not that."""
    start = p.i
    try:
        order = _order(p)
        numerator: Node | None = None
        if not p.at("op", "/"):
            grouped = p.at("open", "(")  # ∂(x^2)/∂x, ∂ log p_k/∂z_i: of the whole expression
            numerator = p.power()
            if not isinstance(numerator, Sym) and not grouped and \
                    not isinstance(numerator, Call):
                raise Unreadable("a name after d", "an expression")
        p.take("op", "/")
        if not _is_head(p.peek(), head):
            raise Unreadable("d or ∂ after /", "something else")
        p.take()
        var = p.power()
        power = 1
        if isinstance(var, Bin) and var.op == "^" and isinstance(var.left, Sym) and \
                var.right == Num(str(order)) and order > 1:
            var = var.left  # ∂w^2 under ∂^2 L
        elif isinstance(var, Bin) and var.op == "^" and isinstance(var.left, Sym) and \
                isinstance(var.right, Num) and var.right.text.isdigit() and order == 1:
            var, power = var.left, int(var.right.text)  # ∂L/∂σ^2: by σ²
        by, var = var, _one_name(var)
    except Unreadable:
        p.i = start
        return None
    if numerator is None:
        operand = p.operand()
        return _by(at_point(Deriv(var, None, operand, order, spread=p.spread, power=power)), by)
    if not isinstance(numerator, Sym):
        return _by(Deriv(var, None, numerator, order, power=power), by)
    return _by(of_function(p, Deriv(var, numerator, None, order, power=power)), by)


def _mixed(den: list[Token]) -> bool:
    """∂θ_j ∂θ_k: more than one ∂ in a denominator."""
    return sum(t.kind == "op" and t.value == "∂" for t in den) > 1


def _mixed_partial(p: Parser, num: list[Token], den: list[Token]) -> Node:
    """`\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k}`: ∂/∂θ_j of ∂ℓ/∂θ_k
    (the order written must count the variables); `\\frac{\\partial^2}{\\partial x \\partial y} f`
    applies to what follows."""
    groups: list[list[Token]] = []
    for t in den:
        if t.kind == "op" and t.value == "∂":
            groups.append([])
        else:
            groups[-1].append(t)
    variables = [p.sub_parse(g) for g in groups]
    order = int(num[2].value) if len(num) > 2 and num[1].kind == "op" and num[1].value == "^" \
        and num[2].kind == "num" and num[2].value.isdigit() else 1
    if order != len(variables) or not all(isinstance(v, Sym) for v in variables):
        raise Unreadable("a mixed derivative whose order counts its variables "
                         "(`\\partial^2 f / \\partial x \\partial y`)",
                         f"order {order} over {len(variables)} variables")
    rest = num[3:] if order > 1 else num[1:]
    inner: Node
    if not rest:
        inner = Deriv(variables[-1], None, p.operand(), spread=p.spread)
    else:
        numerator = p.sub_parse(rest)
        inner = of_function(p, Deriv(variables[-1], numerator)) \
            if isinstance(numerator, Sym) else Deriv(variables[-1], None, numerator)
    for var in reversed(variables[:-1]):
        inner = Deriv(var, None, inner)  # type: ignore[arg-type]
    return inner


def _order(p: Parser) -> int:
    if p.at("op", "^"):
        p.take()
        t = p.take("num")
        return int(t.value)
    return 1


def _is_head(t: Token | None, head: Token) -> bool:
    return t is not None and t.kind == head.kind and t.value == head.value


def _derivative_head(toks: list[Token]) -> str | None:
    if not toks:
        return None
    if toks[0].kind == "op" and toks[0].value == "∂":
        return "partial"
    if toks[0].kind == "letter" and toks[0].value == "d":
        if len(toks) == 1 or toks[1].kind in {"letter", "greek", "accent", "open", "word"} \
                or (toks[1].kind == "op" and toks[1].value == "^"):
            return "d"
    return None


def _delta_head(toks: list[Token], alone: bool = False) -> bool:
    """`\\delta L` over `\\delta a`: notes (and notebooks) that write the derivative's mark as
    δ, over and under the bar alike. Only a δ followed by a name (or alone, over δ a): `δ_1`,
    `δ^{[2]}` (a backprop error) are names of their own."""
    if not toks or toks[0].kind != "greek" or toks[0].value != "delta":
        return False
    if len(toks) == 1:
        return alone
    return toks[1].kind in {"letter", "greek", "accent", "word", "open"} and \
        not (toks[1].kind == "greek" and toks[1].value == "delta")


def _power_at_end(tokens: list[Token]) -> tuple[int, int] | None:
    """`^2` or `^{2}` ending `tokens`: (the power, how many tokens it takes)."""
    values = [(t.kind, t.value) for t in tokens[-4:]]
    if len(values) >= 2 and values[-2] == ("op", "^") and values[-1][0] == "num":
        return int(values[-1][1]), 2
    if len(values) == 4 and values[0] == ("op", "^") and values[1][1] == "{" and \
            values[2][0] == "num" and values[3][1] == "}":
        return int(values[2][1]), 4
    return None


def _derivative_var(p: Parser, den: list[Token]) -> tuple[Node, int]:
    """What a derivative is by (`∂w`, `∂w^2`: w, of order 2) and the order; after an expression
    (`∂\\log\\sigma^2`) the power is the expression's own, of a first derivative."""
    rest = den[1:]
    power = _power_at_end(rest)
    if power is not None:
        order, taken = power
        var = p.sub_parse(rest[:-taken])
        if isinstance(var, Sym):
            return var, order
    return p.sub_parse(rest), 1
