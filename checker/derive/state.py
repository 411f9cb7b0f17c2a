"""Where the reading of a document stands: what the text has established (the Context), where
its sections start, which names it has used freely, and (for an exercise's answer) which names
its template fixed. Roles are decided over this state; handlers change it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from checker.derive.context import Context, Definition
from checker.derive.matrix import Sized
from checker.derive.meaning import Lowering
from checker.derive.rounding import half_unit, rounded, written_number, written_rounding
from checker.derive.tree import Bin, Call, Node, Relation, Sum, Sym, walk

RECENT_LINES = 40  # a name defined this recently is a claim when written again
# a line that starts a numbered example or part: "**Example 2.**", "Q3", "**Part 2**", "예 2.",
# "문제 3", "例 2", "题 1"
_EXAMPLE = re.compile(
    r"\s*(?:[-*+>]\s+)?(?:\*\*|__|\*|_)?\s*(?:(?:example|exercise|problem|question|part|case|"
    r"q)\s*\d+[a-z]?|(?:예제|예시|예|문제|例题|例|问题|题|练习)\s*\d+)(?=[\s.:)*_—–-]|$)",
    re.IGNORECASE)


# a paragraph opened by a bold run-in label: "**Inverted dropout**: ...", "**原始版本**：...",
# "**conv2.** ..." (the label's own colon or full stop, inside the bold or right after it)
_LABEL = re.compile(r"\s*(?:[-*+]\s+)?(\*\*|__)(?=\S)(?:(?!\1).){1,60}?(?:[.:：]\1|\1\s*[:：])")


def labelled_paragraphs(source: str) -> list[tuple[int, int]]:
    """The (first, last) 1-based lines of each paragraph a bold run-in label opens (it runs
    to a blank line or the next label: `- **Original**: ...` and `- **Inverted**: ...` are
    two, in one list)."""
    out, start = [], None
    for k, text in enumerate(source.splitlines() + [""], 1):
        label = bool(text.strip()) and _LABEL.match(text) is not None
        if start is not None and (label or not text.strip()):
            out.append((start, k - 1))
            start = None
        if label:
            start = k
    return out


def example_starts(source: str) -> list[int]:
    """The 1-based lines that start a numbered worked example or part (see _EXAMPLE). (Not
    "(a)", "(b)" nor a horizontal rule: an exam lists its parts' values, then solves each
    part below a rule, with those values.)"""
    return [k for k, text in enumerate(source.splitlines(), 1) if _EXAMPLE.match(text)]


# the names a density or a probability of a variable goes by: p(w), q(z), P(x), π(θ)
_DENSITIES = frozenset({"p", "q", "P", "Q", "pi"})


@dataclass
class State:
    ctx: Context = field(default_factory=Context)
    headings: list[int] = field(default_factory=list)  # lines where sections start
    examples: list[int] = field(default_factory=list)  # lines where examples, parts start
    # from this line on, names defined or used before it keep their meaning (an exercise's
    # answer under its template); locked_names are the names used before it
    locked: int = 0
    locked_names: set[str] = field(default_factory=set)
    # the functions each formula itself defines (`G(x) = xΦ(x), Φ(x) = ...`), by (line, text)
    heads: dict[tuple[int, str], frozenset[str]] = field(default_factory=dict)
    seen: dict[str, set[int]] = field(default_factory=dict)  # free variables → lines used on
    # names written again nearby with a value contradicting their definition: from which line
    contested: dict[str, int] = field(default_factory=dict)
    changed: dict[str, tuple[int, int]] = field(default_factory=dict)  # names given a new
    # meaning (a variable used freely, then defined): from which line, to which
    texts: dict[int, list[str]] = field(default_factory=dict)  # each line's formulas, as written
    # a display right after a display: the prose that introduced the run ("편미분을 0 으로:")
    introduced: dict[int, str] = field(default_factory=dict)
    math: dict[int, list[str]] = field(default_factory=dict)  # each block's formulas
    stated: dict[str, list[tuple[int, Node]]] = field(default_factory=dict)  # `ŷ = σ(wx) ≈
    # 0.622`: the rounded value a definition's chain states for its name, by line
    blocks: dict[int, list[str]] = field(default_factory=dict)  # every block's formulas, in
    # order: what each `$` in a formula's prose (Formula.before/after) stands for
    binary: set[str] = field(default_factory=set)  # r ~ Bernoulli(q), r ∈ {0, 1}: stems
    zero_based: set[str] = field(default_factory=set)  # bases written with index 0 (x_0)
    stated_primes: dict[str, int] = field(default_factory=dict)  # Φ'(x) = φ(x): Φ -> line
    bounds: list[tuple[int, Relation]] = field(default_factory=list)  # `\qquad λ > 0`: line
    labelled: list[tuple[int, int]] = field(default_factory=list)  # labelled_paragraphs
    bound_names: dict[str, Sym] = field(default_factory=dict)  # every name bound, as written
    aside: int = 0  # the formula being read is in a counterfactual sentence ending before this
    alongside: frozenset[str] = frozenset()  # names the formulas listed after it give numbers
    # an example's values a region or a general paragraph ended: (name, (line, value, until))
    released: list[tuple[str, tuple]] = field(default_factory=list)

    def definition_of(self, name: Node, line: int | None = None) -> Definition | None:
        """What `name` is defined as (at `line`, when given: a bound value's scope ends)."""
        if isinstance(name, Sym):
            return self.ctx.lookup(name, line)
        if isinstance(name, Call):
            return self.ctx.get(name.name, line)
        return None

    def reached(self, nodes: tuple[Node, ...], line: int, functions: bool = False) -> list[Sym]:
        """The symbols of `nodes`, and of the definitions they stand for (to a depth of 8);
        with `functions`, the names of the functions applied too (Mish(1): Mish)."""
        seen: dict[str, Sym] = {}
        todo = [(n, 0) for node in nodes for n in walk(node) if isinstance(n, (Sym, Call))]
        while todo:
            node, depth = todo.pop()
            key = node.name
            if key in seen:
                continue
            if isinstance(node, Sym):
                seen[key] = node
            elif functions:
                seen[key] = Sym(key)
            definition = self.ctx.lookup(node, line) if isinstance(node, Sym) else \
                self.ctx.get(node.name, line)
            if definition is not None and depth < 8:
                todo.extend((n, depth + 1) for n in walk(definition.body)
                            if isinstance(n, (Sym, Call)))
        return list(seen.values())

    def section_end(self, line: int) -> int | None:
        """The line of the next heading: where a worked example's bound values end."""
        return next((h for h in self.headings if h > line), None)

    def example_end(self, line: int) -> int | None:
        """Where values bound on `line` inside a numbered example or part ("Example 2", "Q3")
        stop holding: the next one's start. Values of a problem's setup, given before its
        first example, hold for every one (to the section's end)."""
        start = max((h for h in self.headings if h <= line), default=0)
        if not any(start <= e <= line for e in self.examples):
            return None
        return next((e for e in self.examples if e > line), None)

    def bind(self, name: Sym, value: Node, line: int, until: int | None = None,
             approx: bool = False, vector: bool = False) -> None:
        """`x = 3`, `m_0 = v_0 = 0`: the value later steps are evaluated at, up to `until`
        (else to the end of the section; without a heading, for RECENT_LINES lines), with the
        rounding it was written with (rounding.py): a number given `≈`, shown with 3 or more
        significant digits, or stated for a computed name, is off by up to half a unit in its
        last digit; an expression, by what its rounded numbers allow. `vector`: the value is
        written bold (`\\mathbf{0}`), a vector of that number as long as its use needs."""
        number = Lowering(self.ctx, line).expr(value)
        if isinstance(number, Sized):  # `\\mathbf{w} = \\mathbf{1}`: ones, as long as needed
            number, vector = number.factor, True
        end = min((e for e in (self.section_end(line), self.example_end(line)) if e),
                  default=line + RECENT_LINES)
        text = written_number(value)
        if text is not None:
            computed = approx or rounded(text) or self.definition_of(name, line) is not None
            off = half_unit(text) if computed else 0.0
        else:
            off = written_rounding(value, lambda v: self.value_at(v, line))
        defined = self.definition_of(name, line) is not None
        instead = defined and self.value_at(name, line) is None  # the definition gives none
        before = self.ctx.bound({name.name}, line, stale=False).get(name.name)
        earlier = next((b for b in reversed(self.ctx.bindings.get(name.name, []))
                        if b[0] <= line and (b[2] is None or line < b[2])), None)
        cut = []
        if before is not None and before != number:
            cut = self._supersede(name.name, line)
        self.bound_names[name.name] = name
        self.ctx.bind(name.name, number, line, min(until, end) if until else end, off, instead)
        if vector:
            self.ctx.constant_vectors.add((name.name, line))
        if line < self.aside and earlier is not None and before != number:
            self._restore([(name.name, earlier), *cut], self.aside)

    def _restore(self, values: list[tuple[str, tuple]], at: int) -> None:
        """`(With $w = 2$ instead, the output would be ...)`: a counterfactual aside gives its
        values for its own sentence; from `at` on, the values in force before it hold again (as
        written: their rounding, standing for their definition). The aside's value stays in
        force under them, so a step that holds only at it still holds there
        (binding.earlier_values), and none fails for it."""
        for name, (line, value, until) in values:
            if until is not None and until <= at:
                continue
            self.ctx.bind(name, value, at, until, self.ctx.rounding.get((name, line), 0.0),
                          (name, line) in self.ctx.instead)
            if (name, line) in self.ctx.constant_vectors:
                self.ctx.constant_vectors.add((name, at))

    def release(self, bases: frozenset[str] | None, line: int,
                keeps: Callable[[object], bool] = lambda value: False) -> None:
        """The text moves on from a worked example at `line`: "For $x > 0$ ...", a paragraph
        that opens "In general": the values bound before it for those names (by their base
        letter; None: every name) stop holding there -- unless `keeps` them (a value inside the
        region: "Since $z > 0$" with z = 1.5 checks the example, it does not leave it). They
        stay known as an earlier example's values, so a step that fails only on them is
        undecided, never failed; "Back to our example" brings them back (`come_back`)."""
        for name, found in self.ctx.bindings.items():
            base = self.bound_names.get(name, self.ctx.symbols.get(name, Sym(name))).base
            if bases is not None and base not in bases:
                continue
            ended = [(at, value, until) for at, value, until in found
                     if at < line and (until is None or line < until)]
            if any(keeps(value) for _, value, _ in ended):
                continue
            self.released.extend((name, (at, value, until)) for at, value, until in ended)
            found[:] = [(at, value, line) if at < line and (until is None or line < until)
                        else (at, value, until) for at, value, until in found]

    def come_back(self, line: int) -> None:
        """"Back to our example", "이 예에서", "在这个例子中" at `line`: the values the text
        ended by a region or a general paragraph hold again from there, for the names given
        no value since."""
        back = [(name, bound) for name, bound in self.released
                if not any(at < line and (until is None or line < until)
                           for at, _, until in self.ctx.bindings.get(name, []))]
        self.released = [r for r in self.released if r not in back]
        self._restore(back, line)

    def _supersede(self, changed: str, line: int) -> list[tuple[str, tuple]]:
        """`At $T = 1$: $p ≈ (0.665, ...)$`, then `At $T = 2$`: the values given for a quantity
        that depends on a name (a function of it, p_i(T); a definition that reaches it) were
        computed at that name's old value, so they end where it is given another (from here on
        they are an earlier example's values: a step that fails on them is undecided). The
        values ended, each with the binding it had."""
        cut = []
        for name, found in self.ctx.bindings.items():
            if name == changed or not found:
                continue
            at, value, until = found[-1]
            if at < line and (until is None or line < until) and \
                    self._depends(name, changed, line):
                cut.append((name, found[-1]))
                found[-1] = (at, value, line)
        return cut

    def _depends(self, name: str, on: str, line: int) -> bool:
        """The quantity `name` is a function of `on`, or defined through it (at `line`)."""
        sym = self.bound_names.get(name, Sym(name))
        definitions = [self.definition_of(sym, line)]
        key = self.ctx.function_stems.get(sym.stem)
        if key is not None:
            definitions.append(self.ctx.get(key, line))
        return any(on in {p.name for p in d.params} or
                   on in {s.name for s in self.reached((d.body,), line)}
                   for d in definitions if d is not None)

    def value_at(self, node: Node, line: int) -> float | np.ndarray | None:
        """A formula's number (a tuple's or matrix's numbers, entry by entry) at `line` with the
        example's values, or None."""
        try:
            got = self.ctx.at_bound_values(Lowering(self.ctx, line).expr(node), line)
            if getattr(got, "free_symbols", True):
                return None
            return np.array(got.evalf(), dtype=float) if getattr(got, "is_Matrix", False) \
                else float(got)
        except Exception:  # noqa: BLE001 - a value that cannot be read allows no rounding
            return None

    def recent(self, defined: int, line: int) -> bool:
        """A definition this close, in the same section, is what a restatement is checked
        against; after a heading, or far behind, the name may mean something new; so may a
        name defined inside a numbered example (`y = 2x̂ + 0.5` at example 1's γ and β), once
        the next example starts (`y = x̂` in example 2), and one defined in a paragraph a bold
        label opens, written again in another such paragraph (`**Original**: $h̃ = rh$`, then
        `**Inverted**: $h̃ = rh/(1 - p)$`: two variants, each defining it its way)."""
        there, here = (next((p for p in self.labelled if p[0] <= at <= p[1]), None)
                       for at in (defined, line))
        end = self.example_end(defined)
        return line - defined <= RECENT_LINES and (end is None or line < end) and \
            not any(defined < h <= line for h in self.headings) and \
            not (there is not None and here is not None and there != here)

    def renamable(self, name: Node, line: int) -> bool:
        """`... = z` may name the value: z is new, or its old meaning is far behind."""
        definition = self.definition_of(name)
        return definition is None or not self.recent(definition.line, line)

    def used_freely(self, name: Node) -> bool:
        """A variable the text has already used freely in several steps (the label y) is not
        redefined by `y = w_1x_1 + ...`; a name used once before its definition is defined."""
        return isinstance(name, Sym) and len(self.seen.get(name.name, ())) >= 3

    def fixed(self, name: Node, line: int) -> bool:
        """Under `locked`: a name the text defined or used before that line keeps its meaning."""
        if not self.locked or line < self.locked:
            return False
        definition = self.definition_of(name)
        if definition is not None and definition.line < self.locked:
            return True
        return isinstance(name, Sym) and name.name in self.locked_names

    def guessed(self, name: Node, line: int) -> None:
        """name's new meaning from line on was a guess (see roles.guessed_meaning): steps that
        read it there can hold but not fail, until the text defines it again."""
        if isinstance(name, (Sym, Call)):
            self.changed[name.name] = (line, sys.maxsize)

    def _redistributed(self, density: str, params: list[Sym], line: int) -> None:
        """`p(w_j) = e^{-|w_j|/b}/(2b)`, then "compare $w_j \\sim \\mathcal N(0, τ^2)$": a density
        p of a variable the text later gives a distribution: from there p may be that one's
        density, a guess (steps reading it hold or stay undecided, never fail)."""
        randomness = self.ctx.randomness
        if density not in _DENSITIES or randomness is None or len(params) != 1:
            return
        later = [d.line for d in randomness.declarations
                 if d.line > line and d.covers(params[0].name)]
        if later:
            self.changed[density] = (min(later), sys.maxsize)

    def use(self, names: set[str], line: int) -> None:
        for name in names:
            self.seen.setdefault(name, set()).add(line)

    def define(self, name: Node, body: Node, line: int) -> None:
        if isinstance(name, Bin) and name.op == "^" and isinstance(name.left, Sym):
            name, body = name.left, Call("sqrt", (body,))  # σ² = ... defines σ
        if isinstance(name, Call) and name.order:
            return  # u'(x) = ... states u's derivative: it never defines u itself
        if self.fixed(name, line):
            return
        until = None
        if self.definition_of(name, line) is None and self.used_freely(name):
            # y was the label, now y = w_1x_1 + ...: a new meaning for this passage only (to
            # the section's end, or RECENT_LINES without a heading), read as a guess
            until = self.section_end(line) or line + RECENT_LINES
            self.changed[name.name] = (line, until)  # type: ignore[union-attr]
        else:
            self.changed.pop(getattr(name, "name", ""), None)
        if isinstance(name, Sym):
            if any(c.isalpha() for i in name.index for c in str(i)):
                # a family's new rule (v_t = ...): its members' values computed so far end
                self.ctx.unbind_members(name.stem, line)
            self.ctx.define(name, body, line, until=until)
        elif isinstance(name, Call):
            params = tuple(a for a in name.args if isinstance(a, Sym))
            body_syms = {n.name: n for n in walk(body) if isinstance(n, Sym)}
            summed = {n.index for n in walk(body) if isinstance(n, Sum)}
            fixed = []
            for p in params:
                if p.name not in body_syms:  # f(x) = 1 + e^{-x_j}: x means x_j
                    # (LSE(x) = log Σ_i e^{x_i}: x_i under Σ_i is every entry, not one)
                    same = [s for s in body_syms.values() if s.stem == p.stem and s.index
                            and not set(s.index) & summed]
                    if len(same) == 1:
                        self.ctx.aliases[p.name] = (same[0], name.name)
                        p = same[0]
                fixed.append(p)
            self.ctx.define(Sym(name.name), body, line, tuple(fixed))
            self._redistributed(name.name, fixed, line)
            if name.of is not None and name.of.index and \
                    self.ctx.lookup(Sym(name.of.stem), line) is None:
                self.ctx.function_stems[name.of.stem] = name.name  # p_i(T): p(2) applies it
