"""Runs of formulas joined in one sentence: an equation, "i.e." another, "so" a solution
(`$A = B$, i.e. $C = D$, so at $t = w$`, `$...$ 즉 $x = 2$`, `$...$，得 $x = 2$`), told apart from
a point the text evaluates at ("so at $x = 0$ the slope is $1$", "$x = 0$ 일 때"), and the prose
that introduces a formula. Read from the prose between formulas only; whether a run's head is
an equation the text solves is equation.py's.
"""

from __future__ import annotations

import re

from checker.derive import phrase
from checker.derive.markdown import Formula
from checker.derive.regex import Regex

_PREPOSITION = Regex(r"\s+(?:at|for|where|when)$")
# words that list equations side by side (a system: `$x + y = 5$ and $x - y = 1$`), not derive
_LISTING = frozenset({"and", "then", "which is", "이고", "이며"})


# what follows a point the text evaluates at: "$x = 0$ 일 때", "$x = 0$ 时" (not "에서", "处":
# also where a maximum is, "즉 $p = 1/2$ 에서 최대")
_EVALUATED_AT = Regex(r"\s*(?:일\s*때|时|的时候)")
_SENTENCE_END = Regex(r"\s*(?:[.!?。！？:：;；]|$)")


# the words that make the formula after them a condition: "cross where $...$", "equal when"
_CONDITION = Regex(r"(?:(?:^|\s)(?:where|when|whenever|if|iff|such that|so that|once|"
                   r"until)|(?:만족|조건|令|当|若|如果|使)\S*)\s*\$", re.IGNORECASE)


# a Korean verb ending "-(으)므로" (so, hence) on any verb: "... 일 때 최소가 되므로", "같으므로"
_CAUSAL = Regex(r"[\uac00-\ud7a3]므로$")
# an equation's roots named with a qualifier ("has the positive solution", "has two real
# roots", "is satisfied only by"): longer than the cues of phrase.ROOTS, as whole words
_ROOTS = Regex(r"(?:^|\s)(?:ha(?:s|ve)\s+(?:(?:the|a|an|one|two|its|only|exactly|"
               r"unique|positive|negative|real|nonzero|non-zero|smallest|largest|single)"
               r"\s+){0,3}(?:solutions?|roots?|zeros?)(?:\s+at)?|is\s+(?:only\s+)?"
               r"(?:solved|satisfied)\s+(?:only\s+)?by|"
               r"的(?:正|负|实|唯一)?(?:根|解)(?:为|是)|의\s*(?:양의|음의|실|유일한)?\s*(?:해|근)[은는])$")


def evaluation_point(f: Formula, previous: Formula) -> bool:
    """`f` names a point the text evaluates something at, not a solution of `previous`: "The
    derivative is $...$, so at $x = 0$ the slope is $1$", "for $w = 1$, $x = 2$", "$x = 0$ 일
    때", "$x = 0$ 时". Not when the prose makes `previous` a condition ("cross where $x^2 =
    2x$, so at $x = 2$ ...", "equal when $...$, i.e. at $n = 5$": where it holds), nor a point
    the sentence ends on ("so at $t = w$.")."""
    if _CONDITION.search(re.split(r"[.!?](?:\s|$)|[。！？]", previous.before + "$")[-1]):
        return False  # (a condition set up anywhere in the sentence before it)
    between = f.before.rsplit("$", 1)[-1].rstrip().rstrip(",，、: ").lower()
    if _EVALUATED_AT.match(f.after):
        return True
    return bool(re.search(r"(?:^|\s)(?:at|for|when)$", between)) and \
        not _SENTENCE_END.match(f.after)


def joined(f: Formula, previous: Formula) -> bool:
    """`$A = B$, i.e. $C = D$`, `..., so at $t = w$`, `$...$ 즉 $x = 2$`, `$...$，得 $x = 2$`:
    `f` stands right after `previous` in its sentence, joined by a word that goes on with it
    (not a point the text evaluates at: `evaluation_point`)."""
    if previous.display or "$" not in f.before or evaluation_point(f, previous) or \
            not (f.block == previous.block and not f.display or _displayed_after(f, previous)):
        return False
    between = f.before.rsplit("$", 1)[-1].strip().lower().lstrip(",，、 ").rstrip(",，、: ")
    between = _PREPOSITION.sub("", between)
    if not between and f.display and _displayed_after(f, previous):
        return True  # "balances the two ends, $1 - ημ = ηL - 1$:" then $$η^⋆ = ...$$
    cues = set(phrase.SOLVED) | set(phrase.ROOTS) | (phrase.CONTINUING - _LISTING)
    if _ROOTS.search(between) and len(between) <= 48:
        return True  # "$x^2 = 2$ has the positive solution $x = \sqrt 2$"
    return bool(between) and len(between) <= 16 and (any(
        between == cue or between.endswith(" " + cue) or not cue.isascii() and
        between.endswith(cue) for cue in cues) or _CAUSAL.search(between) is not None)


def _displayed_after(f: Formula, previous: Formula) -> bool:
    """"Balance the two ends, $1 - ημ = ηL - 1$, giving $$η^⋆ = ...$$": a display right after
    the paragraph of an inline formula, its sentence going on into it (no full stop)."""
    tail = previous.after.strip()
    return f.display and tail == f.before.rsplit("$", 1)[-1].strip() and \
        not re.search(r"[.!?。！？]", tail) and tail.count("\n\n") == 0


def runs(formulas: list[Formula]) -> dict[int, tuple[int, ...]]:
    """Each formula followed by formulas joined to it in its sentence → their positions (an
    equation and what the text derives from it, if it is one: `recognise` decides)."""
    out: dict[int, tuple[int, ...]] = {}
    k = 0
    while k < len(formulas):
        j = k
        while j + 1 < len(formulas) and joined(formulas[j + 1], formulas[j]):
            j += 1
        if j > k:
            out[k] = tuple(range(k + 1, j + 1))
        k = j + 1
    return out


def introduction(formulas: list[Formula], k: int) -> str:
    """The prose that introduces formula k: its own, or, for a display right after displays
    with nothing between, the sentence ending in a colon before the first of them ("편미분을
    0 으로:" over both normal equations)."""
    j = k
    while j > 0 and formulas[j].display and formulas[j - 1].display and \
            not formulas[j].before.strip():
        j -= 1
    before = formulas[j].before
    return before if j == k or before.rstrip().endswith((":", "：")) else formulas[k].before
