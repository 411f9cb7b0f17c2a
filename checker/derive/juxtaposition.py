"""A name written against a bracket: a function applied (`σ(z)`, `J(w, b)`, `q(t) = 3e^{-t}`
defined), a time index (`w(t)` as w_t), or a value times a bracket (`a(1 - a)`): which one,
read from the name, its argument and the rest of the formula. Functions of the parser
(`notation.Parser`), beside `call.py`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import trajectory
from checker.derive.call import applies, call_args, render_args
from checker.derive.errors import Unreadable
from checker.derive.tree import Bin, Call, Const, Neg, Node, Num, Shift, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def applied(p: Parser, sym: Sym, start: int) -> Node | None:
    """`name(...)`: a function applied, a time index (`w(t)` is w_t), or None: a product
    (`a(1 - a)`), and nothing is taken. `start`: where the name began."""
    if sym.name in p.names:
        return None  # h(1 - h) after h = ...: a value times a bracket
    at = p.i
    try:
        args = call_args(p)
    except Unreadable:
        p.i = at
        return None
    own = any(isinstance(n, Sym) and n.name == sym.name for a in args for n in walk(a))
    if own:
        p.i = at  # σ(1 - σ), a(1 - a): the name times a bracket (see `shorthand`)
        return None
    of = sym if sym.name != sym.base else None
    if len(args) > 1 and sym.name in p.known.numbers and not applies(p, sym) and \
            not any(isinstance(n, Sym) for a in args for n in walk(a)):  # (numbers only)
        p.i = at  # η\,(2, 8) after η = 0.1: a number times a tuple, no function of two
        return None
    if applies(p, sym) or len(args) > 1:  # σ(z), J(w, b), f(x), a φ(x) the text defines
        return Call(sym.name, args, of=of, at_point=_semicolon_first(p.toks[at:p.i]))
    arg = args[0]
    if trajectory.at_number(sym, arg, p.known.solved) and (
            sym.base in p.known.solved or sym.name not in p.known.plain):
        # (a name the text defined as a value, `H = X^T S X` then `H(0)`: a guess between a
        # product and the quantity at a point, which `structure` reads and never fails)
        return Call(sym.name, args, of=of)  # y(0) = 1 after y' = -2y: y at 0, never y·0
    time = _time_index(arg)
    if time is not None and isinstance(arg, Sym) and start == 0 and p.at("rel") and \
            not _mentioned_after(p, sym):
        # q(t) = 3e^{-t}, p(t) = λe^{-λt}: a function of t defined (q(0) is then its value);
        # a recurrence names itself again (v(t) = βv(t-1) + g(t): v_t, a family)
        return Call(sym.name, args, of=of)
    if time is not None and sym.base.islower() and not own:
        return replace(sym, index=sym.index + (time,))  # w(t+1), g(t): w_{t+1}, g_t
    symbol_like = isinstance(arg, (Sym, Num)) or (isinstance(arg, Neg) and
                                                  isinstance(arg.arg, (Sym, Num)))
    head = start == 0 and p.at("rel") and (  # J(θ) = ...: defines J; η(e) = ...
        isinstance(arg, Sym) or (isinstance(arg, Const) and arg.name == "e"))
    if (symbol_like or head) and not own and (head or _function_like(sym)) and (
            head or isinstance(arg, Sym) or sym.base[:1].isupper() or sym.base == "ell"):
        # (p(x), φ(z) at a name; p(1), p(2) at a number: p times it, as a probability is)
        return Call(sym.name, args, of=of)  # L(w), J(\theta), \tilde{L}(w), ℓ(ŷ)
    if sym.base == "O" and not sym.index and not symbol_like:
        raise Unreadable("an exact equation", f"the order term O({render_args(args)}): "
                         "the equation holds up to it")
    p.i = at
    return None


def _mentioned_after(p: Parser, sym: Sym) -> bool:
    """Is the name written again after the parser's position (in the rest of the formula), other
    than at a numbered start (`η(t) = η_0/(1 + t)`: η_0 the initial value, a constant, while
    `v(t) = βv(t-1) + g(t)` names v again, a recurrence)?"""
    toks = p.toks
    return any(t.value == sym.base and t.kind in {"letter", "greek", "word"} and not
               _numbered(toks, k) for k, t in enumerate(toks) if k >= p.i)


def _numbered(toks: list, k: int) -> bool:
    """Token k is followed by a subscript of digits only (`η_0`, `r_{0}`, `x_{10}`)."""
    if k + 1 >= len(toks) or toks[k + 1].value != "_":
        return False
    rest = toks[k + 2:]
    if rest and rest[0].kind == "num":
        return True
    return len(rest) >= 3 and rest[0].kind == "open" and rest[1].kind == "num" and \
        rest[2].kind == "close"


def _time_index(arg: Node) -> str | None:
    """t, t+1, t-1 as an argument: a time step (`w(t+1) = w(t) - \\eta g(t)`)."""
    if isinstance(arg, Sym) and arg.name == "t":
        return "t"
    if isinstance(arg, Bin) and arg.op in "+-" and isinstance(arg.left, Sym) and \
            arg.left.name == "t" and isinstance(arg.right, Num) and arg.right.text.isdigit():
        return Shift("t", int(arg.right.text) * (1 if arg.op == "+" else -1))
    return None


def _function_like(sym: Sym) -> bool:
    """Names that stand for functions when applied to one symbol: capitals (L, J, E, C),
    ℓ, the letters of distributions (p(x), q(x), p_θ(x): a density at x, never p times x) and
    of functions (φ(x), ψ(x): an activation, a feature map, a density),
    and any of them under an accent or with an index (L̃, L_i, f_λ)."""
    return (len(sym.base) == 1 and sym.base.isupper()) or \
        sym.base in {"ell", "p", "q", "phi", "varphi", "psi"}


def _semicolon_first(tokens: list) -> bool:
    """The bracket's tokens (opening to closing): its first argument ends at a `;` at the top
    level (`(x; \mu, \sigma^2)`, `(a; 0, 1)`), the others at commas."""
    depth, seps = 0, []
    for t in tokens:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 1 and t.kind == "op" and t.value in {",", ";"}:
            seps.append(t.value)
    return len(seps) >= 1 and seps[0] == ";" and ";" not in seps[1:]
