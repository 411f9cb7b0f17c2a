"""A case supposed by an equation between two quantities: "If $p_g = p_{data}$, then $D^* =
1/2$", "$\\hat y = y$ 이면 $L = 0$", "当 $\\mu_1 = \\mu_2$ 时 KL = 0". The checker applies a
clause's conditions only when they give a name a number (`y = 1`, `x > 0`); an equation between
two names or functions is not applied, so the step is read at the values the example bound
(p_g(x) = 0.1, p_{data}(x) = 0.3), a case the text has just left. A failure read so is no
finding: undecided, with what would let it be checked."""

from __future__ import annotations

import re

from checker.derive.attempt import Attempt
from checker.derive.case import clause, cued
from checker.derive.regex import Regex
from checker.derive.statement import single_statement
from checker.derive.tree import Call, Sym, walk

# a condition word right before the formula ("if $", "when $", "当 $", "若 $", "如果 $") or
# right after it ("$ 이면", "$ 일 때", "$ 时", "$ 的时候")
_IF_BEFORE = Regex(r"(?:(?<![a-z])(?:if|when|whenever|assuming)|当|若|如果|假设)\s*$",
                   re.IGNORECASE)
_IF_AFTER = Regex(r"\s*(?:이면|(?:이|일)\s*때|인\s*경우|时|的时候)")


def unapplied_condition(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step after a clause that names a case ("if", "이면", "当...时") by an equation
    whose sides are no numbers, and that the checker does not apply (case.conditions reads
    `name = number` only), about names or functions the step reaches."""
    words, formulas = clause(attempt.f, attempt.state.blocks)
    if not cued(words, formulas):
        return None
    reached = {s.name for s in attempt.state.reached((attempt.left, attempt.right),
                                                     attempt.line, functions=True)} | \
        {n.name for side in (attempt.left, attempt.right) for n in walk(side)
         if isinstance(n, (Sym, Call))}
    pieces = words.split("$")  # the words around each of the clause's formulas, in order
    for k, text in enumerate(formulas):
        if k + 1 >= len(pieces) or not (_IF_BEFORE.search(pieces[k]) or
                                        _IF_AFTER.match(pieces[k + 1])):
            continue  # (`so $ReLU(x) = x$ and ...`: a claim in the clause, no case)
        rel = single_statement(text)
        if rel is None or rel.ops != ("=",) or \
                not all(_quantity(m) for m in rel.members):  # (`y = 1`: applied)
            continue  # (`a_k = softmax(o)_k 이면`: a definition, not a case)
        names = {n.name for m in rel.members for n in walk(m) if isinstance(n, (Sym, Call))}
        if names & reached:
            return "undecided", (
                f"could not decide: the step is said to hold when ${text}$, a condition "
                "between two quantities this checker does not apply, so it was read at the "
                "values given before; to have it checked, give the case's values "
                "(`x = ...`) or write the step with the condition put in")
    return None


def _quantity(node) -> bool:
    """A name or a function of names, as a case compares two (`p_g`, `p_g(x)`, `μ_1`)."""
    if isinstance(node, Call):
        return all(isinstance(a, Sym) for a in node.args) and not node.order
    return isinstance(node, Sym)
