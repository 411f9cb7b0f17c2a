"""Where the reading of a document stands: what the text has established (the Context), where
its sections start, which names it has used freely, and (for an exercise's answer) which names
its template fixed. Roles are decided over this state; handlers change it. (How long an
example's values hold: scope.py; the passages that bound them: passage.py.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from checker.derive import gaussian, scope
from checker.derive.context import Context, Definition
from checker.derive.definition import family_key
from checker.derive.meaning import Lowering
from checker.derive.tree import Bin, Call, Node, Relation, Sum, Sym, square_arguments, walk

END_OF_TEXT = 10**9  # a line after every line of a text
RECENT_LINES = 40  # a name defined this recently is a claim when written again


# the names a density or a probability of a variable goes by: p(w), q(z), P(x), π(θ)
_DENSITIES = frozenset({"p", "q", "P", "Q", "pi"})


@dataclass
class State:
    ctx: Context = field(default_factory=Context)
    levels: dict[int, int] = field(default_factory=dict)  # a heading's line → its level
    headings: list[int] = field(init=False)  # lines where sections start (levels' keys, in order)
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
    rivals: dict[str, Node] = field(default_factory=dict)  # the value that line gives them
    changed: dict[str, tuple[int, int]] = field(default_factory=dict)  # names given a new
    # meaning (a variable used freely, then defined): from which line, to which
    # defined names given a whole new definition that may be the old one restated
    # (roles.guessed_meaning): the line; a step reading them has two readings, new and older
    redefined: dict[str, int] = field(default_factory=dict)
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
    bracketed: set[str] = field(default_factory=set)  # bases indexed in brackets (x[n])
    # bases a formula indexes by one same letter, outside recurrences (`w_k = N/(K n_k)`: w, n)
    alike: list[frozenset[str]] = field(default_factory=list)
    stated_primes: dict[str, int] = field(default_factory=dict)  # Φ'(x) = φ(x): Φ -> line
    bounds: list[tuple[int, Relation]] = field(default_factory=list)  # `\qquad λ > 0`: line
    labelled: list[tuple[int, int]] = field(default_factory=list)  # labelled_paragraphs
    prose: str = ""  # the document's text: the words that say what a letter stands for
    # numbers a step showed exact (`0.9 × (1 − 0.25) = 0.675`, `1 − ηλ = 0.999` at η = 0.1,
    # λ = 0.01), as written → the lines: used nearby after it, such a number is no rounded value
    exact: dict[str, list[int]] = field(default_factory=dict)
    # numbers a step gave as a rounded value (`1/3 ≈ 0.33`) → the lines: used after it, such a
    # number carries that rounding even with 2 digits (`0.33 + 0.33 + 0.33 = 1`)
    approximated: dict[str, list[int]] = field(default_factory=dict)
    # a name a value reached pinned (`η_t = 0.05 가 되는 시점`: t) → (the formula's block, the
    # formulas before it there, its value)
    asked: dict[str, tuple[int, int, float]] = field(default_factory=dict)
    bound_names: dict[str, Sym] = field(default_factory=dict)  # every name bound, as written
    aside: int = 0  # the formula being read is in a counterfactual sentence ending before this
    alongside: frozenset[str] = frozenset()  # names the formulas listed after it give numbers
    values_after: tuple = ()  # and those numbers: (name, value) pairs (sequel.py)
    # an example's values a region or a general paragraph ended: (name, (line, value, until))
    released: list[tuple[str, tuple]] = field(default_factory=list)
    # a statistic's value a chain derived, every link holding (`E[y^2] = ... = x^2/p`):
    # (name, args) → [(line, value)], read by steps that hold only with it (consequence.py)
    derived: dict[tuple[str, tuple], list[tuple[int, Node]]] = field(default_factory=dict)
    # the number a `⇒` solved an unknown for (`ℓ_{11}^2 = 4 ⇒ ℓ_{11} = 2`): symbol → [(line,
    # value)], read by the implications after it in its section (implication.py)
    solved: dict[str, list[tuple[int, object]]] = field(default_factory=dict)
    # names a chain's end named the value of (`2x = λ`: λ), by line (system.py)
    named: dict[str, int] = field(default_factory=dict)
    # a named quantity's bare name its closed form defines (closure.py): name -> that line
    closures: dict[str, int] = field(default_factory=dict)
    # names an unreadable formula defines (`I = \\int e^x\\sin x\\,dx`): the line (omission.py)
    unread: dict[str, int] = field(default_factory=dict)
    # the equations of curves the prose names (`the circle $x^2 + y^2 = 25$`): (line, sides)
    curves: list[tuple[int, Node, Node]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.headings = sorted(self.levels)

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

    def scope_end(self, line: int) -> int | None:
        """Where values bound on `line` stop holding, by the headings: the end of its section,
        subsections included (`# Example` with its values, then `## Forward`, `## Backward`:
        the subsections go on with the example). Before any heading, at the first one."""
        start = max((h for h in self.headings if h <= line), default=None)
        level = self.levels.get(start) if start is not None else None
        if level is None:
            return self.section_end(line)
        later = [h for h in self.headings if h > line]
        end = next((h for h in later if self.levels.get(h, 0) <= level), None)
        if end is None and later:
            return END_OF_TEXT  # every later heading is a subsection: to the end
        return end if end is not None else self.section_end(line)

    def example_end(self, line: int) -> int | None:
        """Where values bound on `line` inside a numbered example or part ("Example 2", "Q3")
        stop holding: the next one's start. Values of a problem's setup, given before its
        first example, hold for every one (to the section's end)."""
        start = max((h for h in self.headings if h <= line), default=0)
        if not any(start <= e <= line for e in self.examples):
            return None
        return next((e for e in self.examples if e > line), None)

    def values_end(self, line: int) -> int:
        """Where values bound on `line` stop holding unless the text says: the section's
        (subsections included: scope_end) or the numbered example's end; without a heading,
        RECENT_LINES lines on."""
        return min((e for e in (self.scope_end(line), self.example_end(line)) if e),
                   default=line + RECENT_LINES)

    def bind(self, name: Sym, value: Node, line: int, until: int | None = None,
             approx: bool = False, vector: bool = False, case: bool = False) -> None:
        """`x = 3`: the value later steps are evaluated at (scope.bind)."""
        scope.bind(self, name, value, line, until, approx, vector, case)

    def release(self, bases: frozenset[str] | None, line: int,
                keeps: Callable[[object], bool] = lambda value: False) -> None:
        """The text moves on from a worked example at `line` (scope.release)."""
        scope.release(self, bases, line, keeps)

    def come_back(self, line: int) -> None:
        """"Back to our example" at `line` (scope.come_back)."""
        scope.come_back(self, line)

    def set_aside(self, names: set[str], line: int) -> None:
        """"$x = z$ 이면" at `line`: those names' values are set aside there (scope.set_aside)."""
        scope.set_aside(self, names, line)

    def carry_over(self, line: int) -> None:
        """"Same values as above" at `line` (scope.carry_over)."""
        scope.carry_over(self, line)

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

    def exact_numbers(self, line: int) -> frozenset[str]:
        """The numbers a step before this line, nearby in its section, showed exact."""
        return frozenset(text for text, lines in self.exact.items()
                         if any(at < line and self.recent(at, line) for at in lines))

    def approximated_numbers(self, line: int) -> frozenset[str]:
        """The numbers a step read before, on this line or nearby in its section, gave with `≈`."""
        return frozenset(text for text, lines in self.approximated.items()
                         if any(at <= line and self.recent(at, line) for at in lines))

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
        if isinstance(name, Sym) and any(c.isalpha() for i in name.index for c in str(i)):
            # a family's rule (w_{t+1} = ...): each member it gives, w_2 too
            self.changed[family_key(name)] = (line, sys.maxsize)

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

    def paragraph_end(self, line: int) -> int:
        """The first blank line after `line` (or the section's end, if sooner): where a case
        a sentence supposes (\"If the variance were $σ^2 = 4$, ...\") stops holding."""
        lines = self.prose.split("\n")
        blank = next((k + 1 for k in range(line, len(lines)) if not lines[k].strip()),
                     len(lines) + 1)
        section = self.section_end(line)
        return min(blank, section) if section is not None else blank

    def define(self, name: Node, body: Node, line: int, until: int | None = None) -> None:
        if isinstance(name, Bin) and name.op == "^" and isinstance(name.left, Sym):
            name, body = name.left, Call("sqrt", (body,))  # σ² = ... defines σ
        if isinstance(name, Call) and name.order:
            return  # u'(x) = ... states u's derivative: it never defines u itself
        if self.fixed(name, line):
            return
        if until is None and self.definition_of(name, line) is None and \
                self.used_freely(name):
            # y was the label, now y = w_1x_1 + ...: a new meaning for this passage only (to
            # the section's end, or RECENT_LINES without a heading), read as a guess
            until = self.section_end(line) or line + RECENT_LINES
            self.changed[name.name] = (line, until)  # type: ignore[union-attr]
        elif until is None:  # (`until` given: a case supposed, for its paragraph only)
            self.changed.pop(getattr(name, "name", ""), None)
        if isinstance(name, Sym):
            if any(c.isalpha() for i in name.index for c in str(i)):
                # a family's new rule (v_t = ...): its members' values computed so far end
                self.ctx.unbind_members(name.stem, line)
            normal = gaussian.density(body, lambda key: self.ctx.get(key, line) is not None)
            if normal is not None:  # p = N(μ, σ²): p(x) is the density at x
                self.ctx.define(name, normal, line, (gaussian.PARAMETER,), until=until)
                return
            self.ctx.define(name, body, line, until=until)
        elif isinstance(name, Call):
            squares = square_arguments(name)
            params = tuple(a.left if k in squares else a  # type: ignore[union-attr]
                           for k, a in enumerate(name.args) if isinstance(a, Sym) or k in squares)
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
            self.ctx.define(Sym(name.name), body, line, tuple(fixed), squares=squares)
            self._redistributed(name.name, fixed, line)
            if name.of is not None and name.of.index and \
                    self.ctx.lookup(Sym(name.of.stem), line) is None:
                self.ctx.function_stems[name.of.stem] = name.name  # p_i(T): p(2) applies it
