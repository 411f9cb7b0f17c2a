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


def named_set(chunk: list[Token]) -> bool:
    """`V = \\{\\text{free}, \\text{win}\\}`, `A = \\{1, 2, 4\\}`, `B = \\{x_1, \\dots, x_m\\}`,
    `D = \\{(x, y) \\mid 0 \\le x \\le 1\\}`: a name given a set listed or built in braces (the
    one relation before it `=`, the braces its whole right side): the definition of a set, no
    claim (sets are not modelled, and a definition is not a step)."""
    rel = next((k for k, t in enumerate(chunk) if t.kind == "rel"), None)
    if rel is None or chunk[rel].value != "=" or rel + 3 > len(chunk) or \
            not all(_of_a_name(t) for t in chunk[:rel]):
        return False  # (A \cup B = \{...\}, f(\{1, 2\}) = 9: claims about sets)
    first, last = chunk[rel + 1], chunk[-1]
    if (first.kind, first.value) != ("open", "\\{") or (last.kind, last.value) != ("close", "\\}"):
        return False
    depth, listed = 0, False
    for k, t in enumerate(chunk[rel + 1:], start=rel + 1):
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 0 and k != len(chunk) - 1:
            return False  # \{1\} \cup \{2\}, \{a, b\} + c: more than one set
        listed |= depth == 1 and t.kind == "op" and t.value in {",", ":", "∣", "|"}
    return listed


def _of_a_name(t: Token) -> bool:
    """A token a name is written with (`V`, `R_{ij}`, `\\mathcal{D}`, `\\Omega`): no operator
    but its sub- or superscript, no set operation, no set braces, no brackets."""
    if t.kind == "op":
        return t.value in {"_", "^"}
    if t.kind in {"open", "close"}:
        return t.value in {"{", "}"}
    return t.kind != "cmd" or t.value not in SET_OPERATIONS
