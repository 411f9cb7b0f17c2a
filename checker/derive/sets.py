"""Set notation, which the checker does not model (cardinality.py reads the sizes): the set
operations a formula may write (∩, ∪, \\setminus, ⊂ ...) and why a statement with one, or with
a set written in braces, is not read."""

from __future__ import annotations

from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token

# sets are not modelled (cardinality.py): a formula with a set operation is not read
SET_OPERATIONS = {"cap": "∩", "cup": "∪", "setminus": "∖", "bigcap": "⋂", "bigcup": "⋃",
                  "subseteq": "⊆", "subset": "⊂", "supseteq": "⊇", "supset": "⊃",
                  "triangle": "△"}


SET_NAMES = {c: n for n, c in SET_OPERATIONS.items()}


def set_operation(tokens: list[Token], err: Unreadable) -> Unreadable | None:
    """Why a statement with a set operation among its tokens cannot be read (the parser meets
    it as an unknown command, or, `err`, ends a brace it opened at a `,`), or None when it has
    none."""
    found = next((t for t in tokens if t.kind == "cmd" and t.value in SET_OPERATIONS), None)
    if found is None:
        return _set_braces(tokens) if "\\}" in err.expected else None
    return Unreadable("a formula without set operations (sets are not modelled, so the "
                      "step is not checked; the sizes it gives in numbers still are)",
                      f"the set operation `\\{found.value}`")


def _set_braces(tokens: list[Token]) -> Unreadable | None:
    """`\\{1, 3\\}`, `\\{x : x > 0\\}`, `\\{i \\mid y_i = 1\\}`: a set listed or built in braces
    (a `,`, `:` or `|` directly inside them), or None."""
    depth = 0
    for t in tokens:
        if t.kind == "open" and t.value == "\\{":
            depth += 1
        elif t.kind == "close" and t.value == "\\}":
            depth = max(0, depth - 1)
        elif depth and t.kind == "op" and t.value in {",", ":", "∣", "|"}:
            return Unreadable("a formula without sets (sets are not modelled, so the step is "
                              "not checked)", "a set written in braces (`\\{ ... \\}`)")
    return None
