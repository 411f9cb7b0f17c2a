"""Functions applied: `J(w, b)`, `p(y \\mid x; θ)`, `\\tanh x`, `\\log_2 x`, `\\max_j z_j`,
`odds(p)`. (When a name before a bracket is no function at all, `a(1 - a)`, `w(t)` as w_t:
`juxtaposition.py`.) Functions of the parser (`notation.Parser`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import environment, vocabulary
from checker.derive.argument import unbracketed
from checker.derive.errors import Unreadable
from checker.derive.lexeme import matching
from checker.derive.tree import GIVEN, Bin, Call, Neg, Node, Num, Prime, Sum, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser

CALLABLE_LETTERS = {"f", "g", "h"}
# tokens after which a function word has no argument: `\\tanh' = 1 - \\tanh^2`, `\\mathrm{FL} = ...`
NO_ARGUMENT = {"rel", "close", "sep"}
NO_ARGUMENT_OPS = {"&", ",", "+", ";", "/", "*", "⊙", "∣"}  # not `-`: `\\ln -x` may be ln(-x)


def applies(p: Parser, sym: Sym) -> bool:
    """σ, a φ the text applies, f: a name that, before a bracket, is a function applied; f, g,
    h by convention, unless the formula uses the letter as a value (`valued`) or the text
    has given it a number (`$g = 9.8$ m/s²`) and never a function's definition."""
    return sym.name in vocabulary.FUNCTIONS or sym.name in p.functions or \
        (sym.base in CALLABLE_LETTERS and not sym.accents and not valued(p.toks, sym) and
         sym.name not in p.known.numbers)  # (g = 9.8 m/s² given: g(sin θ - μ cos θ) a product)


# what may stand before a letter that is not a factor (dg/dx, ∂g/∂w, ∇g, f ∘ g)
_OPERATOR_BEFORE = {"d", "partial", "nabla", "∂", "∇", "⊙", "∘", "circ"}
_FRACTIONS = {"frac", "dfrac", "tfrac"}


def valued(toks: list, sym: Sym) -> bool:
    """f, g, h used as a value in the same formula, as a factor no function can be: before a
    fraction, a Greek letter or a number (`g\\,\\frac{1 - β^t}{1 - β}`, `gβ`, `h2`): the gradient
    g, a height h, so `g(1 + β)` there is g times the bracket, not g applied to it. Not after
    d, ∂, ∇ or ∘ (dg/dx, f ∘ g); not after a number, nor divided: `2f(x)` and `(f/g)(x)` write
    functions as often as values."""
    if sym.name != sym.base:
        return False
    for k, t in enumerate(toks):
        if t.kind != "letter" or t.value != sym.base:
            continue
        before = toks[k - 1] if k else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if before is not None and before.value in _OPERATOR_BEFORE:
            continue
        if after is not None and ((after.kind == "cmd" and after.value in _FRACTIONS) or
                                  after.kind in {"greek", "num"}):
            return True
    return False


def inverse_unreadable(name: str) -> Unreadable:
    """`\\sigma^{-1}(p)`, `f^{-1}(y)`, `\\tanh^{-1}(x)`: by convention the inverse function
    (the logit, artanh), though the same marks also write 1/σ times a bracket: which one the
    writer means the text does not say, and the two differ."""
    return Unreadable("a function's inverse written by its name (`\\operatorname{logit}(p)`, "
                      "`\\operatorname{artanh}(x)`) or a reciprocal in brackets (`(1/f(y))`)",
                      f"`{name}^{{-1}}(…)`: the inverse function of {name}, or 1/{name}(…)?")


def call_args(p: Parser, opening: str = "(", closing: str = ")") -> tuple[Node, ...]:
    """(a, b), p(y \\mid x; θ), D(p \\parallel q): the arguments of a function (also in
    `\\max\\{0, x\\}` and `E[X]`); an event inside (P(y = 1 \\mid x)) is one opaque argument
    named by what it says. `D(p \\| q)`, `p(y | x)`: a `‖` or `|` that closes no norm or
    absolute value separates two."""
    start = p.i
    try:
        return _call_args(p, opening, closing)
    except Unreadable:
        p.i = start
        saved = p.abs_depth, p.norm_depth
        p.abs_depth = p.norm_depth = 1  # ‖, | between the arguments: p(y | x)
        try:
            return _call_args(p, opening, closing, ("‖", "|"))
        except Unreadable:
            p.i = start
            raise
        finally:
            p.abs_depth, p.norm_depth = saved


def _call_args(p: Parser, opening: str, closing: str,
               also: tuple[str, ...] = ()) -> tuple[Node, ...]:
    p.take("open", opening)
    args = [argument(p)]
    while any(p.at("op", s) for s in (",", "∣", ";", "∥") + also):
        if p.take().value in ("∣", "|"):
            args.append(GIVEN)  # P(A ∣ B) is not P(A, B): the bar stays an argument of its own
        args.append(argument(p))
    p.take("close", closing)
    return tuple(args)


def argument(p: Parser) -> Node:
    signed = event(p)
    if signed is not None:
        return signed
    first = p.expr()
    if not p.at("rel"):
        return first
    rel = [render_args((first,))]
    while p.at("rel"):
        rel.append(p.take().value)
        rel.append(render_args((p.expr(),)))
    return Sym(" ".join(rel))  # y = 1: an event, a name for what it says


def event(p: Parser) -> Node | None:
    """Rule "a test's result as an event": a sign alone between a function's arguments
    (`P(+ \\mid D)`, `P(D | -)`, `P(+)`: a screening test positive, negative) names that
    outcome, and `\\neg D` (`P(\\neg D)`) the complement of D: opaque arguments, named by what
    they say, as an event `y = 1` is; nothing is taken otherwise (`f(-x)`, `p(+1 \\mid x)`)."""
    t, after = p.peek(), p.peek(1)
    if t is not None and t.kind == "op" and t.value in {"+", "-"} and (
            after is None or after.kind == "close" or
            after.kind == "op" and after.value in {"∣", ",", ";"} or
            after.kind == "op" and after.value == "|" and _one_bar(p.toks, p.i + 1)):
        p.take()
        return Sym(t.value)
    if t is not None and t.kind == "op" and t.value == "¬":
        p.take()
        return Sym("¬" + render_args((p.power(),)))
    return None


def _one_bar(toks: list, k: int) -> bool:
    """The `|` at token k is the only one before its bracket closes: a conditional bar
    (`P(+|D)`), not an absolute value opening (`\\exp(-|w|/b)`)."""
    depth = 0
    for t in toks[k + 1:]:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth < 0:
            return True
        if t.kind == "op" and t.value == "|":
            return False
    return True


def expectation_follows(p: Parser, node: Node) -> bool:
    """`E_q[`, `\\mathbb{E}_{z \\sim q}[`: an E with a subscript, then a bracket (at the `_`)."""
    if not (isinstance(node, Sym) and node.base == "E" and not node.index and not node.sup
            and not node.accents):
        return False
    k, depth = p.i + 1, 0
    while k < len(p.toks):
        t = p.toks[k]
        depth += (t.kind == "open" and t.value == "{") - (t.kind == "close" and t.value == "}")
        k += 1
        if depth <= 0:
            break
    if k < len(p.toks) and p.toks[k].kind in _NAME_STARTS and p.i > 0 and \
            p.toks[p.i - 1].kind == "word":
        return True  # \mathbb E_D\hat f(x): the expectation sign under D, of that name
    if not (k < len(p.toks) and p.toks[k].kind == "open" and p.toks[k].value == "["):
        return False
    script = p.unwrap(p.toks[p.i + 1:k])
    if any(t.kind == "op" and t.value == "∼" for t in script):
        return True  # E_{z \sim q}: what is averaged over, and under what
    if p.i > 0 and p.toks[p.i - 1].kind == "word":
        return True  # \mathbb{E}_t, \mathrm{E}_q: the expectation sign, whatever it is under
    # a letter E: E_q, E_x, E_{x, y} name what is averaged over; E_0, E_{t+1} are members of
    # a sequence, and E_t is one too where the text gives E_t a value (E_t = 0.5): then
    # `E_t[1 - r]` is that quantity times the bracket (E_D[...] beside E_in = ... is not)
    label = "".join(t.value for t in script)
    return f"E_{label}" not in p.known.scripted and _names(script)


def _names(script: list) -> bool:
    """A subscript that names variables or a distribution (q, x, (x, y), p_θ), not a number
    or an index expression (0, t+1, 2k)."""
    depth, after_script = 0, False
    for t in script:
        if depth == 0 and not after_script and (
                t.kind == "num" or (t.kind == "op" and t.value in {"+", "-", "±", "*", "·"})):
            return False
        depth += (t.kind == "open") - (t.kind == "close")
        after_script = t.kind == "op" and t.value in {"_", "^"}
    return any(t.kind in {"letter", "greek", "word"} for t in script)


def expectation(p: Parser) -> Call:
    """`E_q[X]`, `E_{z \\sim q}[f(z)]`, `E_{x, y}[...]`: an expectation under what its subscript
    names (a distribution, or the variables averaged over), kept in its name (E_q), so that it
    is a statistic (vocabulary.statistic) but never the plain E whose algebra
    (expectation.py) reads every name inside it as random."""
    p.take("op", "_")
    label = "".join(t.value for t in p.unwrap(p.script_tokens()))
    if not label:
        raise Unreadable("an expectation's subscript (`E_q[...]`)", "an empty subscript")
    args = call_args(p, "[", "]") if p.at("open", "[") else (_unbracketed(p, "E"),)
    return Call(f"E_{{{label}}}", args, of=Sym("E", (label,)))


def word(p: Parser) -> Node:
    t = p.take()
    name = t.value
    first = p.i == 1  # the formula's first token
    if name in vocabulary.STRAY_WORDS:
        raise Unreadable("LaTeX commands with their backslash", f"the stray word `{name}`")
    if name in vocabulary.FUNCTION_WORDS or name in p.functions or \
            (name in _PARTS and p.known.imaginary):  # \mathrm{Re}[z]: its real part
        if name in {"max", "min"} and p.at("op", "_"):  # \max_j z_j: over an index
            return _over_index(environment.summation(p, name))
        if name in {"max", "min"} and p.at("open", "\\{"):  # \max\{0, 1 - s\}
            return Call(name, call_args(p, "\\{", "\\}"))
        if no_argument(p, first):  # \mathrm{FL} = ...: the function's name, standing alone
            return Sym(name)
        if p.at("op", "'"):  # \tanh'(z): the derivative of the function at z
            order = p.primes()
            if no_argument(p, first) or p.at("op", "-"):
                return Prime(Sym(name), order)  # \tanh' = 1 - \tanh^2
            return argued(p, name, order)
        if name == "log" and p.at("op", "_"):  # \log_2 x, \log_{10} x
            p.take()
            base = p.group_or_token()
            return Bin("/", argued(p, name), Call(name, (base,)))
        if p.at("op", "^") and name not in p.functions:  # \tanh^2 x, \log^2 x
            p.take()
            exponent = p.sub_parse(p.unwrap(p.script_tokens()))
            if no_argument(p, first) or p.at("op", "-"):
                return Bin("^", Sym(name), exponent)  # 1 - \tanh^2: its value squared
            if exponent == Neg(Num("1")):  # \tanh^{-1} x, \sin^{-1}(x): artanh, arcsin
                raise inverse_unreadable(name)
            return Bin("^", argued(p, name), exponent)
        if p.at("open", "("):
            return Call(name, call_args(p))
        if p.at("open", "[") and name in vocabulary.STATISTICS and \
                not _conditioned(p):  # Cov[X, Y]: two arguments, never the row [X, Y]
            return Call(name, call_args(p, "[", "]"))  # (E[θ ∣ k]: refused by name, as before)
        return argued(p, name)
    if p.at("open", "("):  # a word before parentheses names a function: odds(p)
        found = Call(name, call_args(p))
        if name in vocabulary.STATISTICS and p.at("op", "^"):
            raise Unreadable("a statistic's argument in brackets (`\\mathbb{E}[(X - \\mu)^2]`)",
                             f"`{name}(…)^…`: the {name} of a power, or a power of the {name}")
        return found
    if p.at("open", "[") and name in vocabulary.STATISTICS:  # \mathrm{Var}[X], \mathbb{E}[X]
        return Call(name, call_args(p, "[", "]"))
    if name in _OF_NAME and p.peek() is not None and p.peek().kind in _NAME_STARTS:
        # \mathbb E\hat\theta, \operatorname{Var}\hat\mu_c: the statistic of that name, as
        # \log x is the log of x; E X Y (of a product?) is not read
        return Call(name, (_unbracketed(p, name),))
    if name in _TRACES and p.peek() is not None and p.peek().kind in _NAME_STARTS:
        # \operatorname{tr}A, \mathrm{Tr}\,\Sigma: the trace of that matrix, as \det A is
        # its determinant; tr A B (of the product, or times B?) is not read
        return Call("tr", (_unbracketed(p, name, "()"),))
    return Sym(name)


def argued(p: Parser, name: str, order: int = 0) -> Call:
    """`\\sin 2\\theta`, `\\log(x)`: a function word applied to what follows it."""
    if p.at("open", "("):
        return Call(name, (p.function_arg(),), order)
    arg, loose = unbracketed(p)
    return Call(name, (arg,), order, loose=loose)


def _unbracketed(p: Parser, name: str, brackets: str = "[]") -> Node:
    """A statistic's (a trace's) argument written without brackets: the next factor
    (`\\mathbb E\\hat f`, a hatted function at its point: `\\mathbb E_D \\hat f(x)`), unless
    a product follows (`E X Y`, `E X (1 - p)`): E[XY] or E[X]·Y is then a guess, not read."""
    found = p.power()
    if isinstance(found, Sym) and p.at("open", "(") and found.accents:
        found = Call(found.name, call_args(p))  # \mathbb E_D \hat f(x): f̂ at x
    if p.peek() is not None and (p.peek().kind in _NAME_STARTS or p.at("open", "(")):
        raise Unreadable(f"the argument of {name} in brackets "
                         f"(`{name}{brackets[0]}XY{brackets[1]}`)",
                         f"`{name}` before a product written without brackets")
    return found


_PARTS = frozenset({"Re", "Im"})  # read as functions in a text about complex numbers
_OF_NAME = frozenset({"E", "Var", "var", "Std", "std"})  # statistics of one argument
_TRACES = frozenset({"tr", "Tr", "trace"})  # a matrix's trace, written as a word
_NAME_STARTS = frozenset({"letter", "greek", "accent"})


def no_argument(p: Parser, first: bool) -> bool:
    """Nothing that can be an argument follows (a relation, a closing bracket, an operator,
    the end after other tokens): a function word there is the function's name. (`$\\tanh'$`
    alone is a name in prose, not a value a `$\\approx 0.42$` after it could be about.)"""
    t = p.peek()
    if t is None:
        return not first
    return t.kind in NO_ARGUMENT or (t.kind == "op" and t.value in
                                     NO_ARGUMENT_OPS)


def render_args(args) -> str:
    from checker.derive.render import arguments
    return arguments(args)


def _over_index(node: Node) -> Node:
    """`\\max_j z_j`: the largest entry, read when the index only indexes (z_j); `\\min_w J(w)`
    is an optimisation over a variable, not a max over values of an index: refused."""
    if isinstance(node, Sum) and node.index is not None and node.lo is None and \
            node.skip is None and all(not (isinstance(n, Sym) and n.name == node.index)
                                      for n in walk(node.body)) and \
            any(isinstance(n, Sym) and node.index in n.index for n in walk(node.body)):
        return node
    raise Unreadable("a max or min over an index (`\\max_j z_j`)",
                     "a max or min over a variable (an optimisation)")


def _conditioned(p: Parser) -> bool:
    """The bracket at the parser holds a conditional bar at its own level (`E[θ ∣ k]`)."""
    return conditioned_at(p.toks, p.i)


def conditioned_at(toks: list, k: int) -> bool:
    """The bracket opening at token k holds a conditional bar at its own level (`E[θ ∣ k]`,
    `π(a ∣ s)`), not inside a nested group."""
    end = matching(toks, k)
    if end < 0:
        return False
    depth = 0
    for t in toks[k:end]:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 1 and t.kind == "op" and t.value == "∣":
            return True
    return False
