"""Syntax trees → SymPy expressions, in a context.

Names are replaced by what they were defined as; indexed families are instantiated at
concrete indices (free index letters get distinct small integers, unspecified ranges become
1..N), so sums expand to plain sums and ∂/∂y_j of Σ_j (...) picks the right term.
Derivatives are partial: the variable's own family is held fixed, everything defined in
terms of it is expanded, and a stated derivative of an undefined name (a fact) supplies
the missing chain-rule link.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import sympy as sp

from checker.derive import vocabulary
from checker.derive.context import Context, family_key
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.tree import (
    Abs,
    Bin,
    Call,
    Cases,
    Const,
    Deriv,
    Matrix,
    Neg,
    Node,
    Norm,
    Num,
    Prime,
    Relation,
    Shape,
    Shift,
    Sum,
    Sym,
    Transpose,
    walk,
)


def real(name: str) -> sp.Symbol:
    """Every quantity in these derivations is real: d|w|/dw = sign(w), not a complex limit."""
    return sp.Symbol(name, real=True)


N = 3  # the length of a range the text leaves open (Σ_j, Σ_{i=1}^{n})


@dataclass
class Lowering:
    """One reading of one step: fixed index values, the line it stands on."""

    ctx: Context
    line: int
    free_index: dict[str, int] = field(default_factory=dict)
    leaves: set[str] = field(default_factory=set)  # names used without a definition
    held: dict[str, Sym] = field(default_factory=dict)  # held symbols, to expand afterwards
    given: set[str] = field(default_factory=set)  # derivatives known only as stated facts
    terms: int = 0  # sum terms expanded so far in this reading (bounded)
    calls: frozenset[str] = frozenset()  # functions the step applies (aliases are theirs)

    def alias(self, name: str) -> Sym | None:
        found = self.ctx.aliases.get(name)
        return found[0] if found is not None and found[1] in self.calls else None
    sizes: set[str] = field(default_factory=set)  # symbols read as range lengths (n, m)

    # -- entry points --------------------------------------------------------------------
    def expr(self, node: Node, env: dict[str, int] | None = None,
             hold: frozenset[str] = frozenset(), stack: tuple[str, ...] = ()) -> sp.Expr:
        return _Walker(self, env or {}, hold, stack).go(node)

    def index_value(self, letter: str, env: dict[str, int]) -> int:
        if letter in env:
            return env[letter]
        if letter.isdigit():
            return int(letter)
        if letter not in self.free_index:
            # distinct values for distinct free letters: j -> 2, k -> 3, i -> 1, ...
            self.free_index[letter] = [2, 3, 1, 4, 5, 6][len(self.free_index) % 6]
        return self.free_index[letter]


class _Walker:
    def __init__(self, low: Lowering, env: dict[str, int], hold: frozenset[str],
                 stack: tuple[str, ...], as_of: int | None = None) -> None:
        self.low, self.env, self.hold, self.stack = low, env, hold, stack
        self.as_of = low.line if as_of is None else as_of

    def sub(self, env: dict[str, int] | None = None, hold: frozenset[str] | None = None,
            stack: tuple[str, ...] | None = None, as_of: int | None = None) -> _Walker:
        return _Walker(self.low, self.env if env is None else env,
                       self.hold if hold is None else hold,
                       self.stack if stack is None else stack,
                       self.as_of if as_of is None else as_of)

    # -- symbols -------------------------------------------------------------------------
    def concrete(self, sym: Sym) -> tuple[str, dict[str, int]]:
        """The SymPy name of sym at this reading, and the template bindings of its index."""
        return self.instance(sym)[0].name, self.instance(sym)[1]

    def instance(self, sym: Sym) -> tuple[Sym, dict[str, int]]:
        """sym at this reading's index values (y_j at j = 2 is y_2, registered in the
        context so that reports show it as written), and the bindings of its index."""
        if not sym.index:
            return self.low.ctx.register(sym), {}
        values = [str(self.low.index_value(i.letter, self.env) + i.by)
                  if isinstance(i, Shift) else  # m_{t-1} at t = 2 is m_1
                  str(self.low.index_value(i, self.env)) if i.isalpha() and len(i) == 1
                  else i for i in sym.index]
        at = self.low.ctx.register(replace(sym, index=tuple(values)))
        return at, {i: int(v) for i, v in zip(sym.index, values) if v.isdigit()}

    def symbol(self, sym: Sym) -> sp.Expr:
        alias = self.low.alias(sym.name)
        if alias is not None:
            sym = alias
        at, values = self.instance(sym)
        name = at.name
        if name in self.low.sizes or sym.name in self.low.sizes:
            return sp.Integer(N)
        held = sym.name in self.hold or family_key(sym) in self.hold or name in self.hold
        if held:
            self.low.held[name] = at
        # the meaning a name had when the enclosing definition was written; a name defined
        # only later (L in terms of a, then a = σ(z)) takes its meaning at this step's line
        definition = None
        if not held:
            ctx = self.low.ctx
            concrete = at if sym.index and name != sym.name else None
            for candidate in ([concrete] if concrete else []) + [sym]:  # a_c at c=1 is a_1
                definition = ctx.lookup(candidate, self.as_of) or \
                    ctx.lookup(candidate, self.low.line)
                if definition is not None:
                    if candidate is concrete and not definition.index:
                        values = {}
                    break
        # a family may use itself at other indices (v_t = βv_{t-1} + ...): its concrete
        # members are what must not repeat
        marker = name if definition is not None and definition.index else \
            getattr(definition, "key", None)
        if definition is None or marker in self.stack or definition.key in self.stack:
            shape = self.low.ctx.shape_of(name)
            if shape is not None and len(shape) == 2:  # a declared matrix: concrete entries
                return sp.Matrix(shape[0], shape[1],
                                 lambda r, c: real(f"{name}[{r + 1},{c + 1}]"))
            if not held:
                self.low.leaves.add(name)
            return real(name)
        env = dict(self.env)
        for t, i in zip(definition.index, sym.index):  # y_k from the family y_j: j is k
            if i in values:  # (w_5 from the family w_{t+1}: t is 4)
                env[t.letter if isinstance(t, Shift) else t] = values[i] - getattr(t, "by", 0)
        if len(self.stack) > 60:
            raise Undecided("definitions that refer to each other more than 60 deep")
        try:
            return self.sub(env=env, stack=self.stack + (marker,) + tuple(definition.frozen),
                            as_of=definition.line).go(definition.body)
        except (Undecided, Unreadable):
            # a definition this checker cannot expand (g_t = ∇L(θ_{t-1})): the name stands
            # for itself, the same symbol wherever it appears
            self.low.leaves.add(name)
            return real(name)

    # -- the walk ------------------------------------------------------------------------
    def go(self, node: Node) -> sp.Expr:
        method = getattr(self, "_" + type(node).__name__.lower())
        return method(node)

    def _num(self, node: Num) -> sp.Expr:
        return sp.Rational(node.text) if "." in node.text else sp.Integer(node.text)

    def _const(self, node: Const) -> sp.Expr:
        return vocabulary.BY_NAME[node.name].meaning  # type: ignore[return-value]

    def _sym(self, node: Sym) -> sp.Expr:
        return self.symbol(node)

    def _neg(self, node: Neg) -> sp.Expr:
        return -self.go(node.arg)

    def _bin(self, node: Bin) -> sp.Expr:
        if node.op == "^" and isinstance(node.left, Const) and node.left.name == "e":
            return sp.exp(self.go(node.right))
        left, right = _scalar(self.go(node.left)), _scalar(self.go(node.right))
        try:
            if node.op == "+":
                return left + right
            if node.op == "-":
                return left - right
            if node.op == "*":
                return left * right
            if node.op == "/":
                return left / right
            if node.op == "⊙":
                if isinstance(left, sp.MatrixBase) and isinstance(right, sp.MatrixBase):
                    return left.multiply_elementwise(right)
                return left * right
            if node.op == "^":
                if right.is_number and left.is_number and abs(float(right)) > 200:
                    raise Undecided("a number too large to evaluate (an exponent above 200)")
                return left ** right
        except sp.ShapeError as err:
            raise ShapeMismatch(f"the shapes do not conform: {err}") from err
        except TypeError as err:
            raise Undecided("a matrix combined with a name of unknown shape (declare it: "
                            "<!-- grader: shape y (m, 1) -->)") from err
        raise Unreadable("an operator", node.op)

    def _abs(self, node: Abs) -> sp.Expr:
        return sp.Abs(self.go(node.arg))

    def _norm(self, node: Norm) -> sp.Expr:
        p = self.go(node.p) if node.p is not None else sp.Integer(2)
        arg = node.arg
        if isinstance(arg, Sym) and not arg.index:
            # ‖w‖ of a plain name: w is the vector (w_1, ..., w_N)
            parts = [self.symbol(replace(arg, index=(str(k),))) for k in range(1, N + 1)]
            return sum(sp.Abs(v) ** p for v in parts) ** (1 / p)
        value = self.go(arg)
        if isinstance(value, sp.MatrixBase):
            return sum(sp.Abs(v) ** p for v in value) ** (1 / p)
        return sp.Abs(value)

    def _transpose(self, node: Transpose) -> sp.Expr:
        value = self.go(node.arg)
        if isinstance(value, sp.MatrixBase):
            return value.T
        raise Undecided("a transpose of a name whose entries are not written out: matrix "
                        "steps are checked when the matrices are given as bmatrix")

    def _matrix(self, node: Matrix) -> sp.Expr:
        m = sp.Matrix([[self.go(c) for c in row] for row in node.rows])
        return m

    def _shape(self, node: Shape) -> sp.Expr:
        raise Undecided("a shape tuple used as a value")

    def _cases(self, node: Cases) -> sp.Expr:
        pieces = []
        for value, cond in node.branches:
            pieces.append((self.go(value), self.condition(cond)))
        return sp.Piecewise(*pieces, (sp.nan, True))

    def condition(self, cond: Relation | None) -> sp.Basic:
        if cond is None:
            return sp.true
        if len(cond.members) == 2 and cond.ops[0] == "=":
            return sp.Eq(self.go(cond.members[0]), self.go(cond.members[1]))
        raise Unreadable("a condition such as y = 1", " ".join(cond.ops))

    def _sum(self, node: Sum) -> sp.Expr:
        idx = node.index
        if idx is None:
            raise Unreadable("a summation index", "a bare \\sum")
        uses = any(isinstance(n, Sym) and (idx in n.index or n.name == idx)
                   for n in walk(node.body))
        if node.hi is None or (isinstance(node.hi, Sym) and node.hi.name == idx):
            hi = N
            if not uses and node.op == "+" and node.skip is None:
                # Σ_c over the cases: this case's term plus the others'
                return self.go(node.body) + real(f"R_{idx}")
        else:
            if isinstance(node.hi, Sym):
                self.low.sizes.add(node.hi.name)
            hi_value = self.go(node.hi)
            if not hi_value.is_Integer or int(hi_value) > 12:
                raise Undecided(f"a sum up to {hi_value}, too long to expand")
            hi = int(hi_value)
        lo = 1 if node.lo is None else self.go(node.lo)
        if not getattr(lo, "is_Integer", isinstance(lo, int)):
            raise Undecided(f"a sum from {lo}")
        self.low.terms += max(hi - int(lo) + 1, 0)
        if self.low.terms > 5000:
            raise Undecided("sums with more than 5000 terms in all, too long to expand")
        skip = None
        if node.skip is not None:  # Σ_{k ≠ i}: i's value at this reading
            skip = self.low.index_value(node.skip.name, self.env) if isinstance(
                node.skip, Sym) and len(node.skip.name) == 1 else self.go(node.skip)
        total = sp.Integer(0 if node.op == "+" else 1)
        for k in range(int(lo), hi + 1):
            if skip is not None and k == skip:
                continue
            term = self.sub(env={**self.env, idx: k}).go(node.body)
            total = total + term if node.op == "+" else total * term
        return total

    def _call(self, node: Call) -> sp.Expr:
        if node.order:
            return self._derivative_at(node)
        args = [self.go(a) for a in node.args]
        definition = self.low.ctx.get(node.name, self.as_of) or \
            self.low.ctx.get(node.name, self.low.line)
        if definition is not None and definition.params and definition.key not in self.stack:
            if len(definition.params) != len(args):
                raise Undecided(f"{node.name} is defined with {len(definition.params)} "
                                f"argument(s), used with {len(args)}")
            params = [real(self.concrete(p)[0]) for p in definition.params]
            body = self.sub(stack=self.stack + (definition.key,), as_of=definition.line,
                            hold=self.hold | {p.name for p in definition.params}
                            | {str(p) for p in params}).go(definition.body)
            return body.xreplace(dict(zip(params, args)))
        known = vocabulary.apply(node.name, args)
        if known is not None:
            return known
        name = f"{node.name}({', '.join(map(str, args))})"
        self.low.leaves.add(name)
        return real(name)

    def _derivative_at(self, node: Call) -> sp.Expr:
        """f'(x), σ'(z), tanh''(z): the function's derivative, evaluated at the argument."""
        definition = self.low.ctx.get(node.name, self.as_of)
        t = sp.Dummy("t")
        if definition is not None and definition.params:
            param = real(self.concrete(definition.params[0])[0])
            body = self.sub(hold=self.hold | {definition.params[0].name, str(param)}
                            ).go(definition.body)
            inner = sp.diff(body, param, node.order)
            return inner.xreplace({param: self.go(node.args[0])})
        known = vocabulary.apply(node.name, [t])
        if known is not None:  # σ'(z), tanh'(z)
            inner = sp.diff(known, t, node.order)
            return inner.xreplace({t: self.go(node.args[0])})
        raise Undecided(f"{node.name}' where {node.name} is not defined")

    def _prime(self, node: Prime) -> sp.Expr:
        """(expr)': the derivative of the whole expression by its one variable."""
        unknown = [n.name for n in walk(node.arg) if isinstance(n, Call) and
                   n.name not in vocabulary.FUNCTIONS and self.low.ctx.get(n.name) is None]
        if unknown:
            raise Undecided(f"a prime on an expression of {unknown[0]}, a function the text "
                            "does not define")
        value = self.go(node.arg)
        free = sorted(value.free_symbols, key=str)
        if len(free) != 1:
            raise Undecided("a prime on an expression of several variables: which one?")
        return sp.diff(value, free[0], node.order)

    # -- derivatives ---------------------------------------------------------------------
    def _deriv(self, node: Deriv) -> sp.Expr:
        var_sym = self.low.alias(node.var.name) or node.var
        var_name, _ = self.concrete(var_sym)
        var = real(var_name)
        # ∂/∂y_j holds the whole family y fixed (other units are other variables); ∂/∂z_1
        # holds only z_1 (z_2 may be built from it: another layer)
        letters = var_sym.index and all(i.isalpha() for i in var_sym.index)
        hold = self.hold | {family_key(var_sym) if letters else var_sym.name, var_name}
        if node.num is None and node.operand is None:
            raise Unreadable("something to differentiate after ∂/∂" + var_sym.name,
                             "nothing")
        target = node.num if node.num is not None else node.operand
        walker = self.sub(hold=hold)
        value = _scalar(walker.go(target))
        matrix = self.low.ctx.shape_of(var_name)
        if matrix is not None and len(matrix) == 2:  # ∂J/∂W, entry by entry
            if isinstance(value, sp.MatrixBase):
                raise Undecided(f"the derivative of a matrix by the matrix {var_sym.name}")
            entries = self.symbol(var_sym)
            return entries.applyfunc(lambda e: sp.diff(value, e))
        value = self._componentwise(value, var_sym, var)
        new_leaves = {str(s) for s in value.free_symbols if str(s) in self.low.leaves}
        result = sp.diff(value, var, node.order) if node.order else value
        through = self._through_facts(value, (var_sym.name, var_name), new_leaves, node.order)
        result += through
        if node.num is not None and value.is_Symbol and str(value) in new_leaves and \
                through != 0:
            # ∂a/∂z with `a` never defined: its value is what the text states, not derived
            self.low.given.add(f"∂{node.num.name}/∂{var_sym.name}")
        # what was held fixed to differentiate now stands for its definition again
        swap = {}
        for s in result.free_symbols:
            held_sym = self.low.held.get(str(s))
            if held_sym is not None and str(s) not in self.hold:
                swap[s] = self.sub(env={}).symbol(held_sym)
        result = result.xreplace(swap) if swap else result
        if result == 0 and var not in value.free_symbols and \
                not self._family_present(value, var_sym) and (new_leaves or node.num):
            stated = None
            if node.num is not None:
                stated = self.link(self.concrete(node.num)[0], (var_sym.name, var_name), ())
            if stated is None and node.num is not None:
                stated = self.link(node.num.name, (var_sym.name, var_name), ())
            if stated is not None:
                self.low.given.add(f"∂{node.num.name}/∂{var_sym.name}")  # type: ignore[union-attr]
                return stated
            if new_leaves:
                what = node.num.name if node.num is not None else "the expression"
                raise Undecided(f"{what} does not depend on {var_sym.name} through any "
                                "definition in force; define the names it is built from")
        return result

    def _componentwise(self, value: sp.Expr, var_sym: Sym, var: sp.Symbol) -> sp.Expr:
        """∂/∂w of an expression in w_1..w_n: w stands for one component (w_1)."""
        if var_sym.index or var in value.free_symbols:
            return value
        component = real(self.instance(replace(var_sym, index=("1",)))[0].name)
        if component in value.free_symbols:
            return value.xreplace({component: var})
        return value

    def _family_present(self, value: sp.Expr, var_sym: Sym) -> bool:
        return any(self.low.ctx.family(str(s)) == var_sym.stem for s in value.free_symbols)

    def _through_facts(self, value: sp.Expr, var: tuple[str, str], leaves: set[str],
                       order: int) -> sp.Expr:
        """The chain-rule terms through undefined names whose derivatives the text states."""
        if order != 1:
            return sp.Integer(0)
        extra = sp.Integer(0)
        for leaf in sorted(leaves):
            if leaf in var:
                continue
            link = self.link(leaf, var, ())
            if link is not None:
                extra += sp.diff(value, real(leaf)) * link
        return extra

    def link(self, name: str, var: tuple[str, str], seen: tuple[str, ...]) -> sp.Expr | None:
        """∂name/∂var from stated facts, directly or through a chain of them."""
        if name in seen or len(seen) > 6 or f"∂{name}" in self.stack:
            return None
        ctx = self.low.ctx
        direct = ctx.fact(name, var[0], self.low.line) or ctx.fact(name, var[1], self.low.line)
        if direct is not None:
            return self.sub(stack=self.stack + (f"∂{name}",)).go(direct)
        total, found = sp.Integer(0), False
        for (num, mid) in list(ctx.facts):
            if num != name or mid in var:
                continue
            rest = self.link(mid, var, seen + (name,))
            if rest is not None:
                stated = ctx.fact(name, mid, self.low.line)
                first = self.sub(stack=self.stack + (f"∂{name}",)).go(stated)  # type: ignore
                total += first * rest
                found = True
        return total if found else None


def _scalar(value):
    """A 1×1 matrix ([x_1 x_2][w_1; w_2]) is a number: it adds to scalars."""
    if isinstance(value, sp.MatrixBase) and value.shape == (1, 1):
        return value[0, 0]
    return value
