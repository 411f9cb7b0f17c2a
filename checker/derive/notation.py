"""ML-course LaTeX notation → syntax trees (`tree.py`), or Unreadable with the reason.

A recursive-descent parser written for the notation of the course documents: hats on
indexed symbols, juxtaposition as product (`a(1-a)` unless `a` is a function), `e^{...}` as
exp, `x_1^{(2)}` as a labelled symbol, `\\frac{\\partial}{\\partial w}` applying to what
follows, `^T` as transpose, `||w||_1` as a norm. Anything left over is an error, never a
silently wrong expression.

The Parser holds the tokens and the operators' precedence (relation, sum, product, power);
what it reads lives beside it, as functions of the parser: `atom.py` (numbers, letters,
accents, bars, commands), `script.py` (superscripts and subscripts), `call.py` (functions
applied), `juxtaposition.py` (a name against a bracket: applied, or times it), `bracket.py`
(brackets, indicators, evaluation bars), `derivative.py`, `gradient.py` (∇), `environment.py`
(sums, matrices, cases), `postfix.py` (what follows a factor: scripts, primes, a call).
`shorthand.py` reads `σ' = σ(1 - σ)`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from checker.derive import acronym, bracket, imaginary, postfix
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token, matching
from checker.derive.lexer import tokenize
from checker.derive.progression import elided_sum
from checker.derive.tree import Bin, Neg, Node, Relation, Sym

if TYPE_CHECKING:
    from checker.derive.partial import Surface

# a conditional bar where it is not read: only between a function's arguments (p(y ∣ x))
CONDITIONAL = ("`∣`, a conditional bar outside a function's arguments (`\\mathrm{Var}[θ \\mid k]`, "
               "`θ \\mid \\text{data} \\sim \\mathrm{Beta}(...)`): conditionals are read only as "
               "`p(y \\mid x)`; name the conditional quantity (`\\mathrm{Var}_{post}`) to have the step "
               "checked")
FACTOR_START = {"num", "letter", "word", "greek", "const", "accent", "open", "ellipsis"}


@dataclass(frozen=True)
class Names:
    """What the text has defined so far that changes how a formula is read."""

    functions: frozenset[str] = frozenset()  # J(w, b), f(x): J(...) is a call
    unary: frozenset[tuple[str, str]] = frozenset()  # (s, z) for s(z): ds/dz is d/dz s(z)
    # (f, (x, y)) for f(x, y) defined with several parameters: ∇f is (∂f/∂x, ∂f/∂y)
    several: frozenset[tuple[str, tuple[Sym, ...]]] = frozenset()
    plain: frozenset[str] = frozenset()  # every name defined as a value (σ = 1/u: not σ(·))
    values: frozenset[str] = frozenset()  # letters defined as values: h(1-h) is a product,
    # and e a variable, not Euler's number
    # (L, w) when the text applies L to w and to nothing else (`J(w) = L(w) + ...`): ∇L is by w
    applied: frozenset[tuple[str, str]] = frozenset()
    # names with a subscript the text gives a value (`E_t = 0.5`, `E_0 = ...`): members of a
    # sequence, so `E_t[1 - r]` is a product, never an expectation (call.expectation_follows)
    scripted: frozenset[str] = frozenset()
    # capitals written together that the document uses as one name (`OH`, `FH`: acronym.py)
    runs: frozenset[str] = frozenset()
    # the text writes complex numbers and this formula uses no i as an index: i is the unit
    imaginary: bool = False
    # ... and the formula writes i or Re/Im: a bar over a name is its conjugate, not a mean
    conjugates: bool = False
    complex_letters: frozenset[str] = frozenset()  # z = a + bi: \bar z is z's conjugate anywhere
    # the unknowns of the differential equations the text writes (`y' = -2y`): y(0) is y at 0
    solved: frozenset[str] = frozenset()
    kelvin: bool = False  # the text speaks of temperatures: K after a number is the kelvin
    # names the text has bound to a number (`η = 0.1`): `η\,(2, 8)` is η times a tuple
    numbers: frozenset[str] = frozenset()
    # scalars defined in terms of variables (`z = x^2 + 2y^2`, `f(x, y) = ...`): `z_x` is
    # ∂z/∂x (partial.py)
    surfaces: frozenset[Surface] = frozenset()
    # the document writes Δ before no name somewhere: Δ is a letter of its own (increment.py)
    delta_alone: bool = False


NOTHING = Names()  # a formula read on its own, before any definition


class Parser:
    def __init__(self, tokens: list[Token], known: Names = NOTHING) -> None:
        self.toks = tokens
        self.i = 0
        self.known = known
        self.functions = known.functions
        self.names = known.values
        self.abs_depth = 0
        self.norm_depth = 0
        self.spread = False  # set by operand()
        self.operands = 0  # inside what ∂/∂w applies to: an evaluation bar is the derivative's

    # -- token helpers -------------------------------------------------------------------
    def peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def at(self, kind: str, value: str | None = None, k: int = 0) -> bool:
        t = self.peek(k)
        return t is not None and t.kind == kind and (value is None or t.value == value)

    def take(self, kind: str | None = None, value: str | None = None) -> Token:
        t = self.peek()
        if t is None or (kind and t.kind != kind) or (value is not None and t.value != value):
            want = value or kind or "a token"
            found = "the end of the formula" if t is None else CONDITIONAL if \
                t.value == "∣" else f"`{t.value}`"
            raise Unreadable(f"`{want}`", found)
        self.i += 1
        return t

    def done(self) -> bool:
        return self.i >= len(self.toks)

    def sub_parse(self, toks: list[Token]) -> Node:
        """A group of tokens (a subscript, a numerator) read as one whole expression."""
        return _sub_parse(toks, self.known)

    def sub_relation(self, toks: list[Token]) -> Relation:
        """A group of tokens (a condition, an evaluation point) read as one whole relation."""
        return _relation_of(toks, self.known)

    @staticmethod
    def unwrap(toks: list[Token]) -> list[Token]:
        return _unwrap(toks)

    # -- grammar -------------------------------------------------------------------------
    def relation(self) -> Relation:
        """a = b = c: members, the relation symbols between them, and where each symbol is
        (a position in the text; statement.py makes it a line)."""
        members, ops, at = [self.expr()], [], []
        while self.at("rel"):
            t = self.take()
            ops.append(t.value)
            at.append(t.pos)
            members.append(self.expr())
        return Relation(tuple(members), tuple(ops), tuple(at))

    def expr(self) -> Node:
        if self.at("op", "-") or self.at("op", "+"):
            sign = self.take().value
            node = self.term()
            node = Neg(node) if sign == "-" else node
        else:
            node = self.term()
        terms = [node]
        while self.at("op", "+") or self.at("op", "-") or self.at("op", "±"):
            op = self.take().value
            if op == "±":
                raise Unreadable("a single-valued expression", "`\\pm`")
            if op == "+" and self.at("ellipsis") and self.at("op", "+", 1):
                # y_1 \log a_1 + y_2 \log a_2 + \dots + y_c \log a_c: a sum written out
                self.take()
                self.take()
                last = self.term()
                node = elided_sum(terms, last)
                terms = [node]
                continue
            right = self.term()
            terms.append(right)
            node = Bin(op, node, right)
        if self.abs_depth == 0 and self.operands == 0 and self.at("op", "|") and \
                self.at("op", "_", 1):
            self.take()  # f \Big|_{x = 0}: what comes before the bar, evaluated there
            self.take()
            return bracket.evaluated(self, node)
        return node

    def starts_factor(self) -> bool:
        t = self.peek()
        if t is None:
            return False
        if t.kind in FACTOR_START:
            return not (t.kind == "open" and t.value == "\\{")
        if t.kind == "cmd":
            return t.value in {"frac", "sqrt", "sum", "prod", "begin", "int", "binom", "lim"}
        if t.kind == "op":
            if t.value == "|":  # an absolute value, not an evaluation bar `|_{x=0}`
                return self.abs_depth == 0 and not self.at("op", "_", 1)
            if t.value == "‖":
                return self.norm_depth == 0
            return t.value in {"∂", "∇"}
        return False

    def term(self) -> Node:
        node = self.unary()
        while True:
            if self.at("op", "*") or self.at("op", "/") or self.at("op", "⊙"):
                op = self.take().value
                node = Bin(op, node, self.unary())
            elif self.starts_factor():
                node = Bin("*", node, self.power())
            else:
                return node

    def unary(self) -> Node:
        if self.at("op", "-"):
            self.take()
            return Neg(self.unary())
        if self.at("op", "+"):
            self.take()
        return self.power()

    def power(self) -> Node:
        """A factor and what follows it: scripts, primes, a call (postfix.power)."""
        return postfix.power(self)

    def primes(self) -> int:
        order = 0
        while self.at("op", "'"):
            self.take()
            order += 1
        return order

    def script_tokens(self) -> list[Token]:
        """The tokens of a `{...}` group or a single token after `^` or `_`."""
        if self.at("open", "{"):
            start = self.i
            depth = 0
            while True:
                t = self.take()
                if t.kind == "open" and t.value == "{":
                    depth += 1
                elif t.kind == "close" and t.value == "}":
                    depth -= 1
                    if depth == 0:
                        return self.toks[start + 1:self.i - 1]
                if self.done():
                    raise Unreadable("a matching `}`", "unbalanced braces")
        t = self.take()
        # the token is split where it stands, so that a reading that backs up over it and
        # reads it again meets the same pieces (`d(r - \tfrac12 d)`, read as a call first,
        # then as a product: 1/2 once, never 1/2·2·2)
        if t.kind == "num" and len(t.value) > 1 and "." not in t.value:  # x_12 means x_1 2
            first = Token("num", t.value[0], t.pos)
            self.toks[self.i - 1:self.i] = [first, Token("num", t.value[1:], t.pos + 1)]
            return [first]
        if t.kind == "word" and t.bare and len(t.value) > 1:  # t_ilog(q_i): t_i log(q_i)
            rest = [Token(k.kind, k.value, k.pos + t.pos + 1, k.bare)
                    for k in tokenize(t.value[1:])]
            first = Token("letter", t.value[0], t.pos)
            self.toks[self.i - 1:self.i] = [first, *rest]
            return [first]
        return [t]

    def function_arg(self) -> Node:
        """`\\log a`, `\\tanh x`: without parentheses the argument is the next factor."""
        if self.at("open", "("):
            return bracket.bracket(self)
        return self.power()

    def group_or_token(self) -> Node:
        return _sub_parse(_unwrap(self.script_tokens()), self.known)

    def subscript_symbol(self) -> Sym:
        node = self.group_or_token()
        if not isinstance(node, Sym):
            raise Unreadable("a variable to differentiate by", "an expression")
        return node

    def operand(self) -> Node | None:
        """What ∂/∂w applies to: the rest of the additive expression, as people write it
        (`self.spread`: it is a sum not in one pair of brackets, so the writer may have meant
        only its first term)."""
        self.spread = False
        t = self.peek()
        if t is None or t.kind in {"rel", "sep", "close"} or (t.kind == "op" and t.value in "&,"):
            return None
        start = self.i
        self.operands += 1
        try:
            node = self.expr()
        finally:
            self.operands -= 1
        braced = t.kind == "open" and t.value == "(" and \
            matching(self.toks, start) == self.i - 1
        self.spread = isinstance(node, Bin) and node.op in "+-" and not braced
        return node


def _relation_of(toks: list[Token], known: Names) -> Relation:
    p = Parser(list(toks), known)
    rel = p.relation()
    if not p.done():
        raise Unreadable("a condition such as x > 0", f"`{p.peek().value}`")  # type: ignore
    return rel


def _unwrap(toks: list[Token]) -> list[Token]:
    """Drop the braces a font command left around a whole group: {{y}} -> y."""
    while len(toks) >= 2 and toks[0].kind == "open" and toks[0].value == "{" and \
            toks[-1].kind == "close" and toks[-1].value == "}" and _balanced(toks[1:-1]):
        toks = toks[1:-1]
    return toks


def _balanced(toks: list[Token]) -> bool:
    depth = 0
    for t in toks:
        if t.kind == "open" and t.value == "{":
            depth += 1
        elif t.kind == "close" and t.value == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _sub_parse(toks: list[Token], known: Names) -> Node:
    if not toks:
        raise Unreadable("an expression", "an empty group `{}`")
    p = Parser(list(toks), known)
    node = p.expr()
    if not p.done():
        raise Unreadable("the end of the group", f"`{p.peek().value}`")  # type: ignore
    return node


def parse_expression(text: str, known: Names = NOTHING) -> Node:
    """One expression, all of it: the stray-token guard rejects anything left over."""
    tokens = acronym.joined(tokenize(text), known.runs)
    return _sub_parse(tokens, unit(known, tokens))


def unit(known: Names, tokens: list[Token]) -> Names:
    """What a formula reads i as: the unit in a text about complex numbers, unless the formula
    itself uses i as an index (imaginary.indexed)."""
    if not known.imaginary:
        return known
    if imaginary.indexed(tokens):
        return replace(known, imaginary=False, conjugates=False, complex_letters=frozenset())
    return replace(known, conjugates=imaginary.complex_formula(tokens))
