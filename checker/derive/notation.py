"""ML-course LaTeX notation → syntax trees (`tree.py`), or Unreadable with the reason.

A recursive-descent parser written for the notation of the course documents: hats on
indexed symbols, juxtaposition as product (`a(1-a)` unless `a` is a function), `e^{...}` as
exp, `x_1^{(2)}` as a labelled symbol, `\\frac{\\partial}{\\partial w}` applying to what
follows, `^T` as transpose, `||w||_1` as a norm. Anything left over is an error, never a
silently wrong expression.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checker.derive import vocabulary
from checker.derive.ellipsis import elided_sum
from checker.derive.errors import Unreadable
from checker.derive.lexer import CONDITION_WORDS, Token, tokenize
from checker.derive.tree import (
    Abs,
    Bin,
    Call,
    Cases,
    Const,
    Deriv,
    Elision,
    Grid,
    Matrix,
    Neg,
    Node,
    Norm,
    Num,
    Prime,
    Relation,
    Shape,
    Sum,
    Sym,
    Transpose,
)

CALLABLE_LETTERS = {"f", "g", "h"}
FACTOR_START = {"num", "letter", "word", "greek", "const", "accent", "open", "ellipsis"}


@dataclass(frozen=True)
class Names:
    """What the text has defined so far that changes how a formula is read."""

    functions: frozenset[str] = frozenset()  # J(w, b), f(x): J(...) is a call
    values: frozenset[str] = frozenset()  # letters defined as values: h(1-h) is a product,
    # and e a variable, not Euler's number


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
            raise Unreadable(f"`{want}`", f"`{t.value}`" if t else "the end of the formula")
        self.i += 1
        return t

    def done(self) -> bool:
        return self.i >= len(self.toks)

    # -- grammar -------------------------------------------------------------------------
    def relation(self) -> Relation:
        members, ops = [self.expr()], []
        while self.at("rel"):
            ops.append(self.take().value)
            members.append(self.expr())
        return Relation(tuple(members), tuple(ops))

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
        return node

    def starts_factor(self) -> bool:
        t = self.peek()
        if t is None:
            return False
        if t.kind in FACTOR_START:
            return not (t.kind == "open" and t.value == "\\{")
        if t.kind == "cmd":
            return t.value in {"frac", "sqrt", "sum", "begin"}
        if t.kind == "op":
            if t.value == "|":
                return self.abs_depth == 0
            if t.value == "‖":
                return self.norm_depth == 0
            return t.value == "∂"
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
        node = self.primary()
        while True:
            if self.at("op", "^"):
                self.take()
                node = self.superscript(node)
            elif self.at("op", "_"):
                self.take()
                node = self.subscript(node)
            elif self.at("op", "'"):
                order = 0
                while self.at("op", "'"):
                    self.take()
                    order += 1
                node = Prime(node, order)
                if self.at("open", "(") and isinstance(node.arg, Sym):
                    node = Prime(Call(node.arg.name, self.call_args()), order)
            elif self.at("op", "!"):
                raise Unreadable("no factorial in these derivations", "`!`")
            else:
                return node

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
        if t.kind == "num" and len(t.value) > 1 and "." not in t.value:  # x_12 means x_1 2
            self.toks.insert(self.i, Token("num", t.value[1:], t.pos + 1))
            return [Token("num", t.value[0], t.pos)]
        return [t]

    def superscript(self, node: Node) -> Node:
        toks = _unwrap(self.script_tokens())
        values = [t.value for t in toks]
        if values == ["T"]:
            return Transpose(node)
        if len(toks) >= 3 and toks[0].value == "(" and toks[-1].value == ")" and \
                isinstance(node, (Sym, Const)) and all(t.kind in {"num", "letter"}
                                                       for t in toks[1:-1]):
            label = "(" + "".join(values[1:-1]) + ")"
            return replace(node, sup=label) if isinstance(node, Sym) else Sym(node.name, (), label)
        if values == ["r"] and isinstance(node, Sym):  # w^r: the reversed kernel, a label
            return replace(node, sup="r")
        return Bin("^", node, _sub_parse(toks, self.known))

    def subscript(self, node: Node) -> Node:
        toks = _unwrap(self.script_tokens())
        if isinstance(node, Norm) and node.p is None:
            return Norm(node.arg, _sub_parse(toks, self.known))
        if isinstance(node, Abs) and isinstance(node.arg, Abs):
            return Norm(node.arg.arg, _sub_parse(toks, self.known))
        if isinstance(node, Const) and node.name == "e":
            node = Sym("e")
        if not isinstance(node, Sym):
            raise Unreadable("a subscript on a symbol", "a subscript on an expression")
        if all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value == ",") for t in toks):
            letters = [t.value for t in toks if t.value != ","]
            if all(t.kind == "num" for t in toks) and len(toks) == 1:
                index = (toks[0].value,)
            else:
                index = tuple(letters)
            return replace(node, index=node.index + index)
        if len(toks) == 1 and toks[0].kind in {"word", "greek"}:
            return replace(node, index=node.index + (toks[0].value,))
        raise Unreadable("a subscript made of letters or digits",
                         "`" + " ".join(t.value for t in toks) + "`")

    def call_args(self) -> tuple[Node, ...]:
        self.take("open", "(")
        args = [self.expr()]
        while self.at("op", ","):
            self.take()
            args.append(self.expr())
        self.take("close", ")")
        return tuple(args)

    def primary(self) -> Node:
        t = self.peek()
        if t is None:
            raise Unreadable("an expression", "the end of the formula")
        if t.kind == "num":
            self.take()
            return Num(t.value)
        if t.kind == "letter":
            self.take()
            if t.value == "e" and not self.at("op", "_") and "e" not in self.names and \
                    not (self.i == 1 and self.at("rel", "=")):  # `e = y - ŷ` names an error
                return Const("e")
            sym = Sym(t.value)
            if self.at("open", "(") and t.value not in self.names and self.is_call(t.value):
                return Call(t.value, self.call_args())
            return sym
        if t.kind == "greek":
            self.take()
            if self.at("open", "(") and (t.value in self.functions or
                                         t.value in vocabulary.FUNCTIONS):
                return Call(t.value, self.call_args())  # σ(z), or a φ(x) the text defines
            return Sym(t.value)
        if t.kind == "const":
            self.take()
            return Const(t.value)
        if t.kind == "word":
            return self.word()
        if t.kind == "text":
            raise Unreadable("math", f"the text `{t.value}`")
        if t.kind == "accent":
            self.take()
            inner = self.group_or_token()
            if not isinstance(inner, Sym):
                raise Unreadable("a symbol under an accent", "an expression")
            return replace(inner, accents=(t.value,) + inner.accents)
        if t.kind == "open":
            return self.bracket()
        if t.kind == "op" and t.value == "|":
            self.take()
            self.abs_depth += 1
            inner = self.expr()
            self.abs_depth -= 1
            self.take("op", "|")
            return Abs(inner)
        if t.kind == "op" and t.value == "‖":
            self.take()
            self.norm_depth += 1
            inner = self.expr()
            self.norm_depth -= 1
            self.take("op", "‖")
            return Norm(inner, None)
        if t.kind == "op" and t.value == "∂":
            self.take()
            self.take("op", "_")
            var = self.subscript_symbol()
            return Deriv(var, None, self.operand())
        if t.kind == "cmd":
            return self.command()
        if t.kind == "ellipsis":
            raise Unreadable("explicit terms", f"the elision `\\{t.value}`")
        raise Unreadable("an expression", f"`{t.value}`")

    def is_call(self, name: str) -> bool:
        if name in CALLABLE_LETTERS or name in self.functions:
            return True
        # J(w, b): a comma-separated argument list cannot be a product
        depth, j = 0, self.i
        while j < len(self.toks):
            tok = self.toks[j]
            if tok.kind == "open":
                depth += 1
            elif tok.kind == "close":
                depth -= 1
                if depth == 0:
                    return False
            elif tok.kind == "op" and tok.value == "," and depth == 1:
                return True
            j += 1
        return False

    def word(self) -> Node:
        t = self.take()
        name = t.value
        if name in vocabulary.STRAY_WORDS:
            raise Unreadable("LaTeX commands with their backslash", f"the stray word `{name}`")
        if name in vocabulary.FUNCTION_WORDS or name in self.functions:
            if self.at("op", "'"):  # \tanh'(z): the derivative of the function at z
                order = 0
                while self.at("op", "'"):
                    self.take()
                    order += 1
                return Prime(Call(name, (self.function_arg(),)), order)
            if self.at("op", "^") and name not in self.functions:  # \tanh^2 x, \log^2 x
                self.take()
                exponent = _sub_parse(_unwrap(self.script_tokens()), self.known)
                return Bin("^", Call(name, (self.function_arg(),)), exponent)
            if self.at("open", "("):
                return Call(name, self.call_args())
            return Call(name, (self.function_arg(),))
        if self.at("open", "("):  # a word before parentheses names a function: odds(p)
            return Call(name, self.call_args())
        return Sym(name)

    def function_arg(self) -> Node:
        """`\\log a`, `\\tanh x`: without parentheses the argument is the next factor."""
        if self.at("open", "("):
            return self.bracket()
        return self.power()

    def group_or_token(self) -> Node:
        return _sub_parse(_unwrap(self.script_tokens()), self.known)

    def subscript_symbol(self) -> Sym:
        node = self.group_or_token()
        if not isinstance(node, Sym):
            raise Unreadable("a variable to differentiate by", "an expression")
        return node

    def operand(self) -> Node | None:
        """What ∂/∂w applies to: the rest of the additive expression, as people write it."""
        t = self.peek()
        if t is None or t.kind in {"rel", "sep", "close"} or (t.kind == "op" and t.value in "&,"):
            return None
        return self.expr()

    def bracket(self) -> Node:
        t = self.take("open")
        closing = {"(": ")", "[": "]", "{": "}", "\\{": "\\}"}[t.value]
        saved = self.abs_depth, self.norm_depth
        self.abs_depth = self.norm_depth = 0
        first = self.expr()
        if t.value == "[" and self.at("sep"):  # [x_1 \quad x_2]: a row vector
            cells = [first]
            while self.at("sep"):
                self.take()
                cells.append(self.expr())
            self.take("close", "]")
            self.abs_depth, self.norm_depth = saved
            return Matrix((tuple(cells),))
        if t.value == "(" and self.at("op", ","):
            dims = [first]
            while self.at("op", ","):
                self.take()
                dims.append(self.expr())
            self.take("close", ")")
            self.abs_depth, self.norm_depth = saved
            return Shape(tuple(dims))
        self.take("close", closing)
        self.abs_depth, self.norm_depth = saved
        return first

    def command(self) -> Node:
        t = self.take("cmd")
        if t.value == "frac":
            return self.fraction()
        if t.value == "sqrt":
            if not self.at("open", "["):
                return Call("sqrt", (self.function_arg(),))
            self.take()
            degree = self.expr()
            self.take("close", "]")
            return Bin("^", self.group_or_token(), Bin("/", Num("1"), degree))
        if t.value == "sum":
            return self.summation()
        if t.value == "begin":
            return self.environment(self.take("env").value)
        raise Unreadable("a formula this checker can read", f"`\\{t.value}`")

    def fraction(self) -> Node:
        num = self.script_tokens()
        if len(num) == 1 and num[0].kind == "num" and len(num[0].value) == 2 and \
                not self.at("open", "{"):  # \frac12
            return Bin("/", Num(num[0].value[0]), Num(num[0].value[1]))
        den = self.script_tokens()
        kind_num, kind_den = _derivative_head(num), _derivative_head(den)
        if kind_num and kind_den:
            var, order = _derivative_var(den, self.known)
            rest = num[1:]
            if rest and rest[0].kind == "op" and rest[0].value == "^":
                rest = rest[2:]
            if not rest:
                return Deriv(var, None, self.operand(), order)
            numerator = _sub_parse(rest, self.known)
            if isinstance(numerator, Sym):
                return Deriv(var, numerator, None, order)
            return Deriv(var, None, numerator, order)
        return Bin("/", _sub_parse(num, self.known), _sub_parse(den, self.known))

    def summation(self) -> Node:
        index = lo = hi = None
        for _ in range(2):
            if self.at("op", "_"):
                self.take()
                toks = _unwrap(self.script_tokens())
                eq = next((k for k, tk in enumerate(toks) if tk.kind == "rel"), None)
                index_toks = toks[:eq] if eq is not None else toks
                if len(index_toks) != 1 or index_toks[0].kind not in {"letter", "greek"}:
                    raise Unreadable("a summation index such as i=1",
                                     " ".join(tk.value for tk in toks))
                index = index_toks[0].value
                if eq is not None:
                    lo = _sub_parse(toks[eq + 1:], self.known)
            elif self.at("op", "^"):
                self.take()
                hi = _sub_parse(_unwrap(self.script_tokens()), self.known)
        return Sum(self.term(), index, lo, hi)

    def environment(self, env: str) -> Node:
        if env not in {"bmatrix", "pmatrix", "matrix", "vmatrix", "Bmatrix", "cases",
                       "array"}:
            raise Unreadable("a matrix or cases environment", f"\\begin{{{env}}}")
        if env == "array" and self.at("open", "{"):
            self.script_tokens()  # column spec
        rows: list[list[Node | None]] = [[]]
        conds: list[Relation | None] = []
        while True:
            if self.at("cmd", "end"):
                self.take()
                self.take("env")
                break
            if self.done():
                raise Unreadable(f"\\end{{{env}}}", "the end of the formula")
            if self.at("sep", "\\"):
                self.take()
                if env == "cases" and len(conds) < len(rows):
                    conds.append(None)
                rows.append([])
                continue
            if self.at("ellipsis"):
                rows[-1].append(Elision(self.take().value))
            elif env == "cases" and self.at("op", "&"):
                self.take()
                while self.at("text") and self.peek().value.lower().strip() in CONDITION_WORDS:
                    self.take()
                conds.append(self.relation() if not self.at("sep") and not
                             self.at("cmd", "end") else None)
                continue
            else:
                rows[-1].append(self.expr())
                if env == "cases" and self.at("op", "&"):
                    continue
            if self.at("op", "&"):
                self.take()
            elif self.at("sep", "\\"):
                self.take()
                if env == "cases" and len(conds) < len(rows):
                    conds.append(None)
                rows.append([])
        if rows and not rows[-1]:
            rows.pop()
        if env == "cases":
            while len(conds) < len(rows):
                conds.append(None)
            return Cases(tuple((row[0], cond) for row, cond in zip(rows, conds) if row))
        if any(isinstance(cell, Elision) for row in rows for cell in row):
            return Grid(tuple(tuple(r) for r in rows))  # read by its pattern (ellipsis.py)
        width = {len(row) for row in rows}
        if len(width) != 1:
            raise Unreadable("matrix rows of equal length", f"rows of lengths {sorted(width)}")
        return Matrix(tuple(tuple(r) for r in rows))  # type: ignore


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


def _derivative_var(den: list[Token], known: Names) -> tuple[Sym, int]:
    rest = den[1:]
    order = 1
    if len(rest) >= 2 and rest[-2].kind == "op" and rest[-2].value == "^" and \
            rest[-1].kind == "num":
        order = int(rest[-1].value)
        rest = rest[:-2]
    var = _sub_parse(rest, known)
    if not isinstance(var, Sym):
        raise Unreadable("a variable after ∂ in the denominator", "an expression")
    return var, order


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
    return _sub_parse(tokenize(text), known)
