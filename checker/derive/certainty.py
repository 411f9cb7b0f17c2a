"""Is a step's reading certain? A reading that involved a guess can hold, but never fail.

Every symbol's meaning should be fixed by the text or by the notation. When it was not (a
name whose meaning changed a few lines above, a δ_{ij} that may be the Kronecker delta, a
function applied to one symbol that may be a product), a step that does not hold as read is
reported `undecided`, with the guess and what the writer can add to settle it.

Each rule is one function from the step (its two sides as written) and the document's state
to the guesses it finds; adding a source of doubt is one row in RULES.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import (
    cardinality,
    newcomer,
    omission,
    phrase,
    policy,
    recurrence,
    rival,
    roots,
    supposition,
)
from checker.derive.argument import loose_arguments
from checker.derive.capital import entry_of_a_capital
from checker.derive.convention import conventions
from checker.derive.cycle import held_in_a_cycle
from checker.derive.definition import family_key
from checker.derive.example import (
    constant_member,
    derivative_through_numbers,
    prime_on_a_value,
    stated_prime,
    variant_in_force,
    whole_beside_entries,
)
from checker.derive.guess import Guess, written_symbols
from checker.derive.monomial import law_assumed
from checker.derive.parenthesis import called_as_product, defined_name_at_a_value
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.structure import (
    capitals_as_product,
    entry_of_a_whole,
    function_as_value,
    index_is_a_quantity,
    index_written_once,
    slash_before_product,
    used_both_ways,
)
from checker.derive.system import unsolved_row
from checker.derive.tree import Deriv, Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.attempt import Attempt


def _changed_meaning(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """y = w_1x_1 + ... after y was used as the label: later steps read y (also inside the
    definitions they use, such as a loss in terms of y) in its new meaning. A defined name
    given a whole new definition (ELU's f after Leaky ReLU's, `state.redefined`) has one other
    reading, its older definition: the guess carries it (`rival.older`)."""
    out = []
    for sym in state.reached(sides, line, functions=True):
        key = sym.name if sym.name in state.changed else \
            family_key(sym) if sym.index else sym.name
        since, until = state.changed.get(key, (None, 0))
        if since is not None and since <= line < until:
            older = rival.older(sides, state, key, since, line)
            out.append(Guess(f"{render(sym)} read with the meaning line {since} gave it",
                             f"if {render(sym)} keeps its earlier meaning, use a new name on "
                             f"line {since}", older[0] if older else (),
                             settled=older[1] if older else ""))
    return out


def _contested(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """o = ⌊(i + 2p - k)/s⌋ + 1, then o = (i - 1)s - 2p + k two lines below (another layer's
    row): which value a later step means is a guess; that value is its other reading
    (`rival.rival`)."""
    for sym in state.reached(sides, line, functions=True):
        since = state.contested.get(sym.name)
        definition = state.ctx.get(sym.name, line)
        if since is not None and since < line and definition is not None:
            other = rival.rival(sides, state, sym, since, line)
            return [Guess(f"{render(sym)} read as defined on line {definition.line}, though "
                          f"line {since} gives it another value",
                          f"use a new name on line {since}", (other[:3],) if other else (),
                          settled=other[3] if other else "")]
    return []


def _word_as_variable(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`\\operatorname{sech}^2 u`, `\\mathrm{Var} X`, `erf x`: a word of three or more letters the
    text never defines nor binds, read as one variable multiplied by what follows. It may be a
    function written without parentheses, or a quantity the text names elsewhere in words."""
    from checker.derive.vocabulary import GREEK_DISPLAY

    for sym in written_symbols(sides):
        word = sym.base
        if len(word) >= 3 and word.isascii() and word.isalpha() and word not in GREEK_DISPLAY \
                and state.ctx.lookup(sym, line) is None \
                and not state.ctx.bound({sym.name}, line, True):
            return [Guess(f"{render(sym)} read as one variable (it is not defined in the text)",
                          f"if {word} is a function, write its argument in parentheses "
                          f"(`\\operatorname{{{word}}}(u)`); if a quantity, define it")]
    return []


_SENTENCE = Regex(r"(?:[.!?。！？]\s|\n\s*\n)")
# a condition in words, its cue after them ("A가 대칭이면", "양수일 때", "A 对称时"): a word, not a
# formula (`$x > 0$ 이면` is read as math), and a state, not a procedure ("미분하면": "이면" only;
# not "此时", "同时": at this point, at once); a topic particle after the cue ("1일 때는",
# "음수인 경우에는") keeps it a condition, and so does a number before 时 ("当 $k$ 取 1 时")
_WORD_CONDITION = Regex(r"[가-힣A-Za-z\d](?:이면|이라면|일\s*때(?:는|에는?|엔)?|"
                        r"인\s*경우(?:는|에는?|엔)?)(?![가-힣])|"
                        r"(?:(?![此这那同及平暂随届])[\u4e00-\u9fff]|\d\s?)(?:时|的时候)"
                        r"(?![\u4e00-\u9fff])")


def said_in_words(sides: tuple[Node, ...], before: str, conditions: bool,
                  prior: str = "") -> list[Guess]:
    """What the prose right before a formula says it is, when that is no identity: a claim
    stated under a condition in words ("If $A$ is symmetric, ..."; `conditions`: whether a
    condition the checker can apply was read), or an equation to solve ("Setting the
    gradient to zero gives", "令梯度为 0"). As an identity, a failing step proves nothing.
    `prior`: the formula right before the step in its paragraph (a function's value it may
    suppose: supposition.value_supposed)."""
    sentence = _SENTENCE.split(before)[-1].strip()
    words = sentence.replace("$", " ").lower()  # (formulas are shown as `$`)
    first = re.match(r"\W*(\w+(?: if)?)", words)
    if (first and first.group(1) in phrase.BEFORE and
            re.search(r"[^\W\d_]{2,}", words[first.end():]) or
            _WORD_CONDITION.search(sentence) or
            supposition.value_supposed(sentence, prior)) and not conditions:
        shown = sentence.replace("$", "…")
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        return [Guess(f"stated under a condition in words (\u201c{shown}\u201d), which this "
                      "checker cannot apply", "state it as a directive (`<!-- grader: assume "
                      "... -->`) or write the general case",
                      condition=sentence.replace("$", " "))]
    derivative = any(isinstance(n, Deriv) for side in sides for n in walk(side))
    if not derivative and _equation_cue(sentence.lower()):
        return [Guess("the text introduces it as an equation to solve (a condition on its "
                      "unknowns), not an identity", "if it is meant as an identity, say so; "
                      "else nothing to do")]
    return []


def named_equation(before: str) -> list[Guess]:
    """"Next we solve the equation $x^2 = 3$", "方程 $x^2 = 5$ 的正根": the formula right after
    words that name it an equation is the thing solved, not a claim at the example's values
    (x bound by an earlier system's solution): a step that differs there is a guess."""
    end = _SENTENCE.split(before)[-1].strip().lower().rstrip(" ,(:：")
    if not _named(end):
        return []
    return [Guess("the text names it an equation to solve (a condition on its unknowns), not "
                  "a claim at the example's values", "if it is meant as a claim, say so")]


def _named(end: str) -> tuple[str, ...]:
    """"the equation $x^2 = 3$", "方程 $x^2 = 5$": a name for the formula right before it, unless
    another word names which equation ("the update equation", "更新方程": a definition)."""
    return tuple(cue for cue in phrase.NAMED_EQUATION if end.endswith(cue) and (
        cue.startswith(("the ", "an ")) or not re.search(r"(?:update|loss|model|regression|"
                                                         r"recurrence|更新|回归|递推)\s*$",
                                                         end[:-len(cue)])))


def _equation_cue(sentence: str) -> bool:
    """The sentence introducing a formula calls it an equation to solve: a cue of the sentence
    ("Setting the gradient to zero gives", "the normal equations are", "令梯度为0") as whole
    words, or a requirement cue right before the formula ("we want", "needs")."""
    end = sentence.rstrip(" ,(:：→⇒⟹>-")  # "set to 0 →": an arrow after the words
    return any(end.endswith(cue) and (not cue.isascii() or not end[:-len(cue)][-1:].isalpha())
               for cue in (*phrase.EQUATION, *_named(end))) or \
        any(cue in sentence if not cue.isascii() else
            re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", sentence)
            for cue in phrase.EQUATION_SENTENCE)


_BOLD = r"\\(?:mathbf|boldsymbol|bm|pmb|vec)\s*\{\s*%s\s*\}"


def _bold(sym: Sym, text: str) -> bool | None:
    """Whether `text` writes sym's base in bold (`\\boldsymbol{\\lambda}`), plain, or not at
    all (None)."""
    spelling = re.escape(("\\" + sym.base) if len(sym.base) > 1 else sym.base)
    bold = re.search(_BOLD % spelling, text) is not None
    plain = re.search(spelling + r"(?![A-Za-z])", re.sub(_BOLD % spelling, " ", text))
    return True if bold else (False if plain else None)


def typeface_changed(sides: tuple[Node, ...], state: State, line: int, text: str) -> list[Guess]:
    """`\\boldsymbol{\\lambda} = \\exp(X\\theta)` after `\\lambda = e^{\\theta^\\top x}`: the
    defined name written in bold here and plain in its definition (or the other way round).
    Bold marks a vector (the λ of every example), plain a number: the reading drops the font,
    so whether this restates the definition or names another quantity is a guess."""
    head = sides[0]
    definition = state.ctx.lookup(head, line) if isinstance(head, Sym) else None
    if definition is None or definition.line >= line:
        return []
    here = _bold(head, text)  # type: ignore[arg-type]
    there = {_bold(head, t) for t in state.texts.get(definition.line, [])} - {None}  # type: ignore[arg-type]
    if here is None or not there or here in there:
        return []
    shown = render(head)
    return [Guess(f"{shown} written {'bold' if here else 'plain'} here and "
                  f"{'plain' if here else 'bold'} where line {definition.line} defines it: "
                  "perhaps another quantity (a vector of them)",
                  f"use another name, or the same typeface as on line {definition.line}")]


def stated_beside_definition(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`∂L/∂S = (P - Y)/N` stated, L defined in terms of P and Y only (P is the softmax of S's
    rows in words): a step reading L by its definition, and ∂L/∂S by the statement, reads L two
    ways, and the path through S is missing from one of them. So does a step that reaches
    such a derivative through a definition (`δ = ∂L/∂a ⊙ 1[z > 0]`, then `δxᵀ = ...`)."""
    bodies = [d.body for d in (state.ctx.lookup(s, line) for s in state.reached(sides, line))
              if d is not None]
    for d in (n for side in (*sides, *bodies) for n in walk(side) if isinstance(n, Deriv)):
        if not isinstance(d.num, Sym) or state.ctx.lookup(d.num, line) is None:
            continue
        if not any(at < line for at, _ in state.ctx.facts.get((d.num.name, d.var.name), ())):
            continue  # stated above this line (this line's own claim is what is checked)
        syms = state.reached((d.num,), line)
        wholes = tuple(Sym(s.base, (), s.sup, s.accents) for s in syms if s.index)
        reached = {s.stem for s in syms + state.reached(wholes, line)}  # E_i: E's entry
        if d.var.stem not in reached:
            shown = f"∂{render(d.num)}/∂{render(d.var)}"
            return [Guess(f"{render(d.num)} as defined does not reach {render(d.var)}, though "
                          f"the text states {shown}: the text relates them in words",
                          f"write how {render(d.num)} depends on {render(d.var)} as a formula")]
    return []


def differs_every_way(doubts: list, attempt: Attempt) -> bool:
    """A step that differs as read and took one guess, whose other readings are all known
    (`Guess.readings`): does it differ under each of them too? Then the guess cannot matter
    and the step is decided as read (its diagnosis from the reading as written); when it
    holds, or cannot be read or compared, under any of them, it stays undecided."""
    from checker.derive.attempt import reread

    readings = getattr(doubts[0], "readings", ()) if len(doubts) == 1 else ()
    if not readings:
        return False  # (other kinds of doubt, inference.Doubt, carry no readings)
    try:
        if reread(attempt, attempt.ctx).agree:
            return False  # read again as the step was, it does not differ: not comparable
        for left, right, *context in readings:  # (a context of its own, or the step's)
            if reread(replace(attempt, left=left, right=right),
                      context[0] if context else attempt.ctx).agree:
                return False
    except Exception:  # noqa: BLE001 - a reading not evaluated (or not in time): a guess
        return False
    return True


def held_as_stated(doubts: list, attempt: Attempt) -> str | None:
    """A step that differs as read and took one guess, which the text itself decides for
    another reading (`Guess.stated`: "With $K$ classes" for Σ_k beside ε/K): how it holds
    under that reading, or None when it does not (or cannot be read so)."""
    from checker.derive.attempt import reread

    guess = doubts[0] if len(doubts) == 1 else None
    if guess is None or not getattr(guess, "stated", ()):
        return None
    left, right, context = guess.stated
    # (a length the reading binds is no index letter left free at the value read: the m of
    # Σ_{i=1}^{m} read over 3 terms takes the value bound)
    bound = {k for k, v in context.bindings.items() if v is not attempt.ctx.bindings.get(k)}
    low = replace(attempt.low, free_index={k: v for k, v in attempt.low.free_index.items()
                                           if k not in bound})
    try:
        again = reread(replace(attempt, left=left, right=right, low=low), context)
    except Exception:  # noqa: BLE001 - a reading not evaluated (or not in time): undecided
        return None
    return f"{again.method}, reading it as {guess.why}" if again.agree else None


Rule = Callable[[tuple[Node, ...], State, int], list[Guess]]
# (δ_{ij} undefined is read as the Kronecker delta by the lowering (meaning.kronecker), and a
# step with two free indices is checked with them equal and apart: no guess left)
RULES: tuple[Rule, ...] = (_changed_meaning, _word_as_variable, constant_member,
                          _contested, derivative_through_numbers, prime_on_a_value,
                          variant_in_force, stated_prime, conventions, policy.as_constant,
                          policy.unsolved, unsolved_row, recurrence.unstated, omission.unread,
                          roots.swapped, law_assumed)


def guesses(sides: tuple[Node, ...], state: State, line: int, text: str = "",
            free: frozenset[str] = frozenset(), indices: frozenset[str] = frozenset(),
            around: list[str] | None = None) -> list[Guess]:
    """The guesses the reading of a step (its sides as written, its formula's text, the names
    left free in its values, the index letters it gave values to) involved."""
    return [g for rule in RULES for g in rule(sides, state, line)] + \
        typeface_changed(sides, state, line, text) + \
        called_as_product(sides, state, line, text) + \
        defined_name_at_a_value(sides, state, line, text) + \
        loose_arguments(sides, state, line, text) + \
        used_both_ways(sides, state, line, text, around or []) + \
        capitals_as_product(sides, state, line, text) + \
        slash_before_product(sides, state, line, text) + \
        entry_of_a_whole(sides, state, line, set(free)) + \
        entry_of_a_capital(sides, state, line, set(free)) + \
        whole_beside_entries(sides, state, line, set(free)) + \
        function_as_value(sides, state, line, set(free)) + \
        index_is_a_quantity(sides, state, line, set(indices)) + \
        index_written_once(sides, state, line, set(indices)) + \
        held_in_a_cycle(sides, state, line, set(free)) + \
        stated_beside_definition(sides, state, line) + \
        cardinality.guesses(sides, state, line) + \
        newcomer.unexplained(sides, state, line, set(free))
