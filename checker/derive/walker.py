"""The walk from a syntax tree to its SymPy value, in one reading (a Lowering): names are
replaced by their definitions, at the reading's index values; each node family is read
by a module of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import (
    application,
    approach,
    arithmetic,
    array,
    dependence,
    differentiation,
    element,
    function,
    inference,
    integral,
    layout,
    length,
    literal,
    membership,
    piecewise,
    prime,
    recall,
    span,
    summation,
    tuples,
)
from checker.derive.definition import family_key
from checker.derive.errors import Undecided, Unreadable
from checker.derive.family import restated_at
from checker.derive.quantity import real, shown
from checker.derive.tree import Compound, Node, Shift, Sym

if TYPE_CHECKING:
    from checker.derive.meaning import Lowering


class Walker:
    """One walk over a tree: the reading (`low`), index values (`env`), the names held fixed
    to differentiate by them (`hold`), the definitions under expansion (`stack`), and the
    line whose meanings apply (`as_of`); `meanings`, what the walk and its sub-walks found
    out about the text's names (recall.py)."""

    def __init__(self, low: Lowering, env: dict[str, int], hold: frozenset[str],
                 stack: tuple[str, ...], as_of: int | None = None,
                 meanings: dict | None = None) -> None:
        self.low, self.env, self.hold, self.stack = low, env, hold, stack
        self.as_of = low.line if as_of is None else as_of
        self.meanings = {} if meanings is None else meanings

    def sub(self, env: dict[str, int] | None = None, hold: frozenset[str] | None = None,
            stack: tuple[str, ...] | None = None, as_of: int | None = None) -> Walker:
        return Walker(self.low, self.env if env is None else env,
                      self.hold if hold is None else hold,
                      self.stack if stack is None else stack,
                      self.as_of if as_of is None else as_of, self.meanings)

    def concrete(self, sym: Sym) -> tuple[str, dict[str, int]]:
        """The SymPy name of sym at this reading, and the template bindings of its index."""
        here, values = self.instance(sym)
        return here.name, values

    def instance(self, sym: Sym) -> tuple[Sym, dict[str, int]]:
        """sym at this reading's index values (y_j at j = 2 is y_2, registered in the
        context so that reports show it as written), and the bindings of its index."""
        if not sym.index:
            return self.low.ctx.register(sym), {}
        if any(isinstance(i, str) and "_" in i for i in sym.index) and (
                self.low.ctx.lookup(sym, self.as_of) is not None or
                self.low.ctx.lookup(Sym(sym.base, (), sym.sup, sym.accents), self.as_of)
                is not None or self.low.ctx.bound({sym.base}, self.as_of)):
            raise Undecided(f"{shown(sym)} is the entry at the index another name gives "
                            "(the class y_i of sample i), which this checker does not look up "
                            "in the values or the definition of the family; write the entry "
                            "it is at one sample (`s_{2}` for y_1 = 2)")
        values = [str(i.value(self.offset_letter))
                  if isinstance(i, Compound) else  # x_{i+k} at i = 1, k = 2 is x_3
                  str(self.low.index_value(i.letter, self.env) + i.by)
                  if isinstance(i, Shift) else  # m_{t-1} at t = 2 is m_1
                  str(self.low.index_value(i, self.env)) if i.isalpha() and len(i) == 1
                  else i for i in sym.index]
        at = self.low.ctx.register(replace(sym, index=tuple(values)))
        at = literal.member_as_written(self, sym, at) or at  # c_{t-1} = 0.5 given for c_1
        return at, {i: int(v) for i, v in zip(sym.index, values) if v.isdigit()}

    def offset_letter(self, letter: str) -> int:
        """A letter's value in an index expression (x_{i+K}, y_{N-K}): the value a sum or the
        family being expanded gives it here; else the whole number the text gives it (K = 2);
        else, a count (Σ_{k=1}^{K}), the count's value; else a free index letter's value."""
        if letter in self.env:
            return self.env[letter]
        value = self.low.ctx.bound({letter}, self.low.line).get(letter)
        if getattr(value, "is_Integer", False):
            return int(value)
        if value is not None:
            raise Undecided(f"the index letter {letter} is given the value {value}, no whole "
                            "number")
        if letter in self.low.free_index:  # v_t = Σ_{k=1}^{t} ... θ_{t-k}: the one t of v_t
            return self.low.index_value(letter, self.env)
        if letter in self.low.sizes or self.low.ctx.is_dimension(letter):
            return layout.size(self.low, letter)
        return self.low.index_value(letter, self.env)

    def definition(self, sym: Sym):
        """The meaning a name had when the enclosing definition was written; a name defined
        only later (L in terms of a, then a = σ(z)) takes its meaning at this step's line."""
        ctx = self.low.ctx
        then = recall.meaning(self, sym, self.as_of)
        if then is not None and self.as_of < self.low.line:
            now = recall.meaning(self, sym, self.low.line)
            if now is not None and now.line > then.line and restated_at(then, now):
                return then  # a_1 = w h_0 + u x_1 after a_t = w h_{t-1} + u x_t: the same
            if now is not None and now.line > then.line and now.body != then.body and \
                    dependence.together(ctx, self.as_of, now.line):
                return now  # v_t and w_t in one system: each reads the other's meaning
            if now is not None and now.line > then.line and now.body != then.body:
                # "if instead ŷ = tanh(z)": does L = (ŷ - y)², written before, mean the new ŷ?
                found = inference.Doubt(
                    f"{ctx.shown(sym.name)} read as defined on line {then.line} inside a "
                    f"definition written before its new meaning (line {now.line})",
                    "write the formula that uses it again after the new definition")
                self.low.doubts.append(found)
                self.low.renewed[found] = (now.key, now.line, sym.name)
        return then or recall.meaning(self, sym, self.low.line)

    def symbol(self, sym: Sym) -> sp.Expr:
        alias = self.low.alias(sym.name)
        if alias is not None:
            sym = alias
        pair = span.as_pair(self.low.ctx.arity, sym)
        if pair is not None and span.pair_read(self.low.ctx, sym, pair, self.low.line):
            sym = pair  # w_{21} beside w_{ij}, w itself no matrix the text gives: w_{2,1}
        if not sym.index and not sym.accents and not sym.sup and sym.base in self.env:
            return sp.Integer(self.env[sym.base])  # β^{t-i} inside Σ_i: i's value there
        if not sym.index and not sym.accents and not sym.sup and \
                sym.base in self.low.free_index and self.definition(sym) is None and \
                sym.name not in self.low.ctx.tuples:  # (c = (2, 1) beside α_c: the vector c)
            return sp.Integer(self.low.free_index[sym.base])  # w_t = (1 - η)^t w_0: t's value
        found = element.entry(self, sym) if sym.base != "delta" else array.kronecker(self, sym)
        if found is None:
            found = array.sized_identity(self, sym)
        if found is None:
            found = tuples.tuple_vector(self, sym)
        if found is None:  # 𝐰 = 𝟎: a vector of zeros
            found = array.constant_vector(self, sym)
        if found is not None:
            return found
        component = element.component(self, sym)
        if component is not None:
            return component
        here, values = (self.low.ctx.register(sym), {}) if literal.declared_as_written(self, sym) \
            else self.instance(sym)  # (before its index letter takes a value: B in 1/B)
        if here != sym and literal.bound_as_written(self, sym, here):
            here, values = self.low.ctx.register(sym), {}  # d_k = 4 given: d_k, not d_2
        name = here.name
        if name in self.low.sizes or sym.name in self.low.sizes or \
                (self.low.ctx.is_dimension(name) and self.definition(here) is None and
                 not layout.counted_number(self.low, name)):
            size = layout.size(self.low, name)
            given = self.low.ctx.bound({name}, self.low.line, stale=False).get(name)
            if getattr(given, "is_Integer", False) and int(given) > size and \
                    int(given) > summation.LONGEST:
                self.low.shortened(name, given)
            if name in self.low.sizes and len(name) == 1 and name.islower() and \
                    name not in self.low.free_index:
                # Σ_{i=1}^{t} β^{t-i} g = v_t: the t the sum runs to is the t of v_t, read
                # later as a free index: one value for both, whichever comes first
                self.low.free_index[name] = size
                self.low.sized.add(name)
            return sp.Integer(size)
        held = sym.name in self.hold or family_key(sym) in self.hold or name in self.hold
        if held:  # (c_t defined as written, t free: released through that definition)
            self.low.held[name] = sym if here != sym and membership.as_written(self, sym) else here
            self.low.held_as_read[name] = (sym, dict(self.env))
            entries = array.held_matrix(self, here)
            if entries is not None:
                return entries
        definition = None
        # a value bound for a worked example (v_0 = 0) is substituted after reading: the name
        # is not expanded through a family (v_t = ρv_{t-1} + ...), nor below index 0
        bound = self.low.ctx.bound({name}, self.low.line) or \
            any(str(i).startswith("-") for i in here.index)
        family = bound and self.low.ctx.get(name, self.low.line) is None and \
            membership.through_family(self, here)
        if not held and not (bound and self.low.ctx.get(name, self.low.line) is None and
                             not family):
            # a_c at c = 1 is a_1; but δ_o defined as written is δ_o, whatever o would be
            exact = membership.as_written(self, sym)
            for candidate in ([here] if here != sym and not exact else []) + [sym]:
                definition = self.definition(candidate)
                if definition is not None:
                    if candidate is here and not definition.index:
                        values = {}
                    break
            if definition is not None and membership.initial_state(self, here, definition):
                return self.leaf(name)  # (a given start: a number, a function of nothing)
        # a family may use itself at other indices (v_t = βv_{t-1} + ...): its concrete
        # members are what must not repeat
        marker = name if definition is not None and definition.index else \
            getattr(definition, "key", None)
        if definition is None or marker in self.stack or definition.key in self.stack:
            shape = layout.shape_of(self.low, name)
            if shape is not None and len(shape) == 2:  # a declared matrix: concrete entries
                return sp.Matrix(shape[0], shape[1],
                                 lambda r, c: real(self.low.ctx.entry(name, r + 1, c + 1)))
            if held:
                return real(name)
            if definition is None and bound and membership.given_start(self, here):
                return self.leaf(name)  # h_0 = 0 given: a number, not a function of w
            return self.undefined(here) if definition is None else self.leaf(name)
        env = dict(self.env)
        if definition.index and len(definition.index) != len(sym.index):
            # P_j of the family P_{ik}: which index j stands for is a guess
            self.low.doubts.append(inference.Doubt(
                f"{self.low.ctx.shown(sym.stem)} written with {len(sym.index)} index(es) read as a member of the "
                f"family defined on line {definition.line} with {len(definition.index)}",
                "write every index, or give the one-index name its own definition"))
        for t, i in zip(definition.index, sym.index):  # y_k from the family y_j: j is k
            if i in values:  # (w_5 from the family w_{t+1}: t is 4)
                env[t.letter if isinstance(t, Shift) else t] = values[i] - getattr(t, "by", 0)
        if len(self.stack) > 60:
            raise Undecided("definitions that refer to each other more than 60 deep")
        self.low.note_ranges(definition.body)
        try:
            value = self.sub(env=env, stack=self.stack + (marker,) + tuple(definition.frozen),
                             as_of=definition.line).go(definition.body)
            if family and not membership.given_inputs(self, value):
                if not self.hold:  # beside a derivative: as an undefined name there
                    return self.undefined(here)
                if not membership.through_held(self, value):
                    self.low.leaves.add(name)  # (its inputs have no value here: the one given)
                    return real(name)
            return value
        except (Undecided, Unreadable):
            if self.hold:  # inside a derivative: a symbol of its own would have slope 0
                raise
            if family:  # beside a derivative: as an undefined name there
                return self.undefined(here)
            # a definition this checker cannot expand (g_t = ∇L(θ_{t-1})): the name stands
            # for itself, the same symbol wherever it appears
            self.low.leaves.add(name)
            return real(name)

    def undefined(self, here: Sym) -> sp.Expr:
        """A name with no definition to expand here: an unknown function of what the text
        differentiates it by, else a symbol of its own. (In a step without derivatives, a name
        the example gave a value is that value: `a ≈ 0.5498`, then `a - y ≈ -0.4502`, though
        ∂a/∂z makes a an unknown function.)"""
        if not (not self.low.wrt and self.low.ctx.bound({here.name}, self.low.line)):
            found = function.as_written_applied(self, here) if self.low.applied else None
            if found is None:
                found = application.applied(self, here)
            if found is not None:
                return found
        return self.leaf(here.name)

    def leaf(self, name: str) -> sp.Expr:
        self.low.leaves.add(name)
        return real(name)

    def go(self, node: Node) -> sp.Expr:
        handler = HANDLERS.get(type(node).__name__.lower())
        if handler is None:
            return getattr(self, "_" + type(node).__name__.lower())(node)
        return handler(self, node)


# a syntax node's type name → the function that reads it
HANDLERS = {
    "sym": Walker.symbol,
    "sum": summation.summation,
    "integral": integral.value,
    "lim": approach.value,
    "deriv": differentiation.derivative,
    "call": function.call,
    "prime": prime.prime,
    "num": arithmetic.number,
    "const": arithmetic.constant,
    "neg": arithmetic.negation,
    "bin": arithmetic.binary,
    "abs": length.absolute,
    "norm": length.norm,
    "at": arithmetic.at,
    "cases": piecewise.cases,
    "transpose": array.transpose,
    "matrix": array.matrix_of,
    "grid": array.grid,
    "shape": array.shape_value,
    "entry": array.entry_of,
}
