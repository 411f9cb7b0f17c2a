"""An increment written with a capital delta before a name: `\\Delta\\theta_t`, `\\Delta W`,
`\\Delta T = 25` K, `\\Delta G` (a gain). The writer names one quantity, the change of the
name after Δ (its step, its difference between two states), as `dw` names a gradient: never Δ
times θ. A careful reader takes Δθ as a name of its own, defined or bound where the text
gives it a formula or a value.

Δ stays a letter of its own (a product, a variable) when the text gives Δ itself a value or
a formula (`\\Delta = 1` as a margin, `\\Delta = b^2 - 4ac`), when the document's math writes
Δ before no name anywhere (`f(w + \\Delta) \\approx f(w) + g^\\top\\Delta`; "call this
$\\Delta$", then `X^T\\Delta` and `\\Delta W^T`: Δ is a variable, a matrix), and before a
symbol that is no plain name (`\\Delta^2`, `\\Delta\\hat\\theta`, `\\Delta(x)`, `\\Delta\\delta`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.lexer import tokenize
from checker.derive.tree import Sym
from checker.derive.vocabulary import display

if TYPE_CHECKING:
    from checker.derive.notation import Parser

DELTA = "Delta"


def _names(t: Token | None) -> bool:
    """A plain name a Δ can stand before: a Latin letter, or a Greek letter other than δ/Δ."""
    return t is not None and (t.kind == "letter" or t.kind == "greek" and
                              t.value not in {"delta", DELTA})


def _every_delta_named(tokens: list[Token]) -> bool:
    """Each Δ of the formula stands before a plain name (no Δ alone: a variable)."""
    return all(_names(tokens[k + 1] if k + 1 < len(tokens) else None)
               for k, t in enumerate(tokens) if t.kind == "greek" and t.value == DELTA)


def standing(texts: Iterable[str]) -> bool:
    """The document's math writes Δ somewhere before no plain name: Δ is a letter of its own
    everywhere in it (never the start of an increment's name)."""
    for text in texts:
        if "Delta" not in text and "Δ" not in text:
            continue
        try:
            tokens = tokenize(text)
        except Unreadable:
            continue
        if not _every_delta_named(tokens):
            return True
    return False


def increment(p: Parser) -> Sym | None:
    """Right after a Δ token: the increment's name (Δθ, ΔW), its name token taken; None
    (nothing taken) when Δ is a letter of its own (see the module's docstring)."""
    nxt, after = p.peek(), p.peek(1)
    if not _names(nxt) or after is not None and after.kind == "open" and after.value == "(":
        return None  # ΔL(w): a function's value, not a name
    known = p.known
    if known.delta_alone or DELTA in known.plain | known.values | known.numbers | \
            known.functions or not _every_delta_named(p.toks):
        return None
    p.take()
    return Sym("Δ" + display(nxt.value))
