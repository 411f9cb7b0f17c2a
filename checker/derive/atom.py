"""The smallest pieces of a formula: a number, a letter (`dw`, `d\\hat{x}` as gradients' names; e as
Euler's number or a value), a Greek name, a constant, an accented symbol, `|x|`, `‖x‖`, a
derivative's ∂ or ∇, a bracket, a function word, a command (`\\frac`, `\\sqrt`, `\\sum`,
`\\begin`). Functions of the parser (`notation.Parser`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import approach, bracket, call, derivative, environment, gradient, increment, \
    integral
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token, matching
from checker.derive.tree import Abs, Bin, Call, Const, Node, Norm, Num, Sym

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def _valued_pair(p: Parser, letter: str) -> bool:
    """`2dm` after `d = 768` and `m = 64` (a bottleneck's sizes): d and the letter after it
    both have values in the text, so `dm` is their product, not a gradient's name `dm`."""
    valued = p.known.numbers | p.names
    return "d" in p.known.numbers and letter in valued


def primary(p: Parser) -> Node:
    t = p.peek()
    if t is None:
        raise Unreadable("an expression", "the end of the formula")
    if t.kind == "num":
        p.take()
        return Num(t.value)
    if t.kind == "letter":
        p.take()
        if t.value == "d" and "d" not in p.names:
            found = derivative.slash(p, t)  # dL/dw
            if found is not None:
                return found
            nxt = p.peek()
            if nxt is not None and nxt.kind == "letter" and nxt.pos == t.pos + 1 and \
                    _run_end(p, nxt) and not (nxt.value == "i" and p.known.imaginary) and \
                    not _valued_pair(p, nxt.value):
                p.take()  # dw, dZ: a gradient's name, as code-style notes write it
                return Sym("d" + nxt.value)
            if nxt is not None and nxt.kind == "accent" and nxt.pos == t.pos + 1:
                named = _accented_gradient(p)
                if named is not None:
                    return named
        if t.value == "e" and not p.at("op", "_") and \
                ("e" not in p.names or _exponential(p)) and \
                not (p.i == 1 and p.at("rel", "=")):  # `e = y - ŷ` names an error
            return Const("e")  # (e^{...} stays the exponential when e also names a value)
        if t.value == "i" and p.known.imaginary and not p.at("op", "_"):
            return Const("i")  # 2 + 3i, e^{iθ}: the unit, in a text about complex numbers
        return Sym(t.value)  # applied to (...) or not: decided in power()
    if t.kind == "greek":
        p.take()
        if t.value == increment.DELTA:
            found = increment.increment(p)  # Δθ, ΔW: the change of a name, one name
            if found is not None:
                return found
        return Sym(t.value)
    if t.kind == "const":
        p.take()
        if t.value == "pi" and (_policy(p) or _named_pi(p)):
            # π_θ(a ∣ s), π(a ∣ s): a policy, a function; π_1, π_k, or π bound to a tuple: a
            # vector (policy.named); never 3.14159... there
            return Sym("pi")
        return Const(t.value)
    if t.kind == "word" and t.value.lower() in {"argmax", "argmin"}:
        raise _position(t.value)  # \operatorname*{argmax}_k, \mathrm{argmin}_w
    if t.kind == "word":
        return call.word(p)
    if t.kind == "text":
        raise Unreadable("math", f"the text `{t.value}`")
    if t.kind == "accent":
        p.take()
        inner = p.group_or_token()
        if t.value == "bar" and (p.known.conjugates or isinstance(inner, Sym) and not
                                 inner.index and inner.name in p.known.complex_letters):
            return Call("conjugate", (inner,))  # \bar z, \overline{z w}: the conjugate
        if isinstance(inner, Const) and inner.name in {"e", "i"}:
            inner = Sym(inner.name)  # \hat e, \bar e_t: a quantity's name, never Euler's e
        ends = _points(inner) if t.value == "vec" else None
        if ends is not None:  # \vec{AB}, \overrightarrow{PQ}: from point A to point B
            return Bin("-", ends[1], ends[0])
        if not isinstance(inner, Sym):
            raise Unreadable("a symbol under an accent", "an expression")
        return replace(inner, accents=(t.value,) + inner.accents)
    if t.kind == "open":
        return bracket.bracket(p)
    if t.kind == "op" and t.value == "|":
        p.take()
        p.abs_depth += 1
        inner = p.expr()
        p.abs_depth -= 1
        p.take("op", "|")
        found = environment.determinant(inner)  # |[a b; c d]|: its determinant
        return found if found is not inner else Abs(inner)
    if t.kind == "op" and t.value == "‖":
        p.take()
        p.norm_depth += 1
        inner = p.expr()
        p.norm_depth -= 1
        p.take("op", "‖")
        return Norm(inner, None)
    if t.kind == "op" and t.value == "∂":
        p.take()
        if p.at("op", "_"):
            return derivative.partial_subscript(p)
        found = derivative.slash(p, t)
        if found is None:
            raise Unreadable("a derivative such as ∂L/∂w or \\partial_x", "a lone ∂")
        return found
    if t.kind == "op" and t.value == "∇":
        p.take()
        return gradient.nabla(p)
    if t.kind == "cmd":
        return command(p)
    if t.kind == "ellipsis":
        raise Unreadable("explicit terms", f"the elision `\\{t.value}`")
    raise Unreadable("an expression", f"`{t.value}`")


def _points(inner: Node) -> tuple[Sym, Sym] | None:
    """The two points a vector accent spans (`\\vec{AB}`: two capitals side by side, each a
    plain name): the vector from the first to the second is their difference; else None."""
    if isinstance(inner, Bin) and inner.op == "*" and all(
            isinstance(x, Sym) and len(x.base) == 1 and x.base.isupper() and x.base.isascii()
            and not x.index and not x.accents and not x.sup for x in (inner.left, inner.right)):
        return inner.left, inner.right  # type: ignore[return-value]
    return None


def command(p: Parser) -> Node:
    t = p.take("cmd")
    if t.value == "frac":
        return derivative.fraction(p)
    if t.value == "sqrt":
        if not p.at("open", "["):
            return Call("sqrt", (p.function_arg(),))
        p.take()
        degree = p.expr()
        p.take("close", "]")
        return Bin("^", p.group_or_token(), Bin("/", Num("1"), degree))
    if t.value == "binom":  # \binom{10}{5}; \binom n2, its arguments glued as \frac n2's
        top = p.script_tokens()
        bottom = derivative.glued_denominator(p, top) or p.script_tokens()
        return Call("binomial", (p.sub_parse(top), p.sub_parse(bottom)))
    if t.value == "int":  # \int_0^1 x^2\,dx
        return integral.integral(p)
    if t.value == "lim":  # \lim_{x \to 0} \frac{\sin x}{x}
        return approach.limit(p)
    if t.value in {"sum", "prod"}:
        return environment.summation(p, "+" if t.value == "sum" else "*")
    if t.value == "begin":
        return environment.environment(p, p.take("env").value)
    if t.value == "arg":
        extreme = p.peek()
        raise _position("\\arg" + (f"\\{extreme.value}" if extreme is not None and
                                   extreme.kind == "word" else ""))
    if t.value in _REFUSED:
        raise Unreadable("a formula this checker can read", f"`\\{t.value}`, " + _REFUSED[t.value])
    raise Unreadable("a formula this checker can read", f"`\\{t.value}`")


# why a refused command is not read, and what to write instead
_EMPTY = ("which is read neither as the empty set (sets are not modelled) nor as 0 (some notes "
          "write Ø for zero): write 0 for a number, or give the quantity at the empty set a name "
          "(`v_0 = v(\\varnothing) = 0` as `v_0 = 0`)")
_INTEGRAL = ("an integral (not evaluated): give its value as a number, or the antiderivative "
             "evaluated at the bounds (`[x^3/3]_0^1 = 1/3`)")
_SCALES = ("a temperature in degrees Celsius beside one in kelvin or Fahrenheit: the scales are "
           "an offset apart (273.15 K, 32 °F), which this checker does not convert, and comparing "
           "the numbers would be wrong: write the temperatures in one scale (`T = 323.15\\ "
           "\\text{K}`) to have the step checked")
_REFUSED = {"emptyset": _EMPTY, "varnothing": _EMPTY, "int": _INTEGRAL, "iint": _INTEGRAL,
            "oint": _INTEGRAL, "celsius": _SCALES}


def _position(shown: str) -> Unreadable:
    """`\\arg\\max_k p_k`, `\\operatorname*{argmin}_w J(w)`: where a function is largest or
    smallest, a position with no value a step could be compared by; refused by name."""
    return Unreadable("a value, not the point where one is largest or smallest (`\\arg\\max`, "
                      "`\\arg\\min` are not modelled: the step is not checked)", f"`{shown}`")


def _named_pi(p: Parser) -> bool:
    """π as a name, right after its token: with a subscript of digits or Latin letters (π_1,
    π_k, π_{ij}: an entry of a distribution, never of the constant), or bare in a text that
    binds π to a tuple (`π = (0.5, 0.3, 0.2)`: policy.named), unless a number multiplies it
    (`2π`, `\\sqrt{2\\pi}` stay the constant)."""
    if p.at("op", "_"):
        if p.at("num", None, 1) or p.at("letter", None, 1):
            return True
        k = 2
        while p.at("num", None, k) or p.at("letter", None, k):
            k += 1
        return p.at("open", "{", 1) and k > 2 and p.at("close", "}", k)
    before = p.toks[p.i - 2] if p.i >= 2 else None
    return "pi" in p.names and not (before is not None and before.kind == "num")


def _exponential(p: Parser) -> bool:
    """e^{-ke} where e also names a value (an epoch): an exponential, unless the exponent is
    a plain number (the error e squared: e^2)."""
    if not p.at("op", "^"):
        return False
    nxt, after = p.peek(1), p.peek(2)
    plain = (nxt is not None and nxt.kind == "num") or (
        nxt is not None and nxt.kind == "open" and after is not None and after.kind == "num"
        and p.at("close", None, 3))
    return not plain


def _accented_gradient(p: Parser) -> Sym | None:
    """`d\\hat{x}_i` right after `d` (written together): the gradient's name dx̂_i, as `dx`
    is dx, never d times x̂. None (nothing taken) when the accent holds no plain letter."""
    start = p.i
    accent = p.take()
    inner = p.group_or_token()
    if isinstance(inner, Sym) and not inner.index and not inner.sup and \
            len(inner.base) == 1 and inner.base.isalpha():
        return replace(inner, base="d" + inner.base, accents=(accent.value,) + inner.accents)
    p.i = start
    return None


def _run_end(p: Parser, t: Token) -> bool:
    """t ends its run of letters (`dw` then a space or an operator, not `dwx`)."""
    after = p.peek(1)
    return after is None or not (after.kind == "letter" and after.pos == t.pos + 1)


def _policy(p: Parser) -> bool:
    """After `\\pi`: brackets with a conditional bar at their level (`\\pi(a \\mid s)`), after a
    subscript or not (`\\pi_\\theta(a \\mid s)`): π names a policy. A subscript alone does not
    (`\\pi_1`, `\\pi_\\theta(a)`: an entry of a distribution, or the constant, read as before)."""
    k = p.i
    if k < len(p.toks) and p.toks[k].kind == "op" and p.toks[k].value == "_":
        k += 1
        if k < len(p.toks) and p.toks[k].kind == "open" and p.toks[k].value == "{":
            k = matching(p.toks, k)
            if k < 0:
                return False
        k += 1
    if k >= len(p.toks) or p.toks[k].kind != "open" or p.toks[k].value != "(":
        return False
    return call.conditioned_at(p.toks, k)
