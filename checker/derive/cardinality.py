"""Sets, which this checker does not model: `I = |A \\cap B|`, `|A| + |B| = U + I`,
`\\sum_{(c,h,w) \\in S_g}` then `|S_g| = (C/G) H W`.

A formula with a set operation (∩, ∪, \\setminus, set-builder or listed braces) cannot be read
(statement.py says which construct). Two readings it leaves behind would be wrong, and a step
read through them must never fail: a name defined by such a formula (`I = |A \\cap B|`) is not
free, only unread; and `|X|` of a set X (an operand of a set operation, or what something is
`\\in`) is its size, not the absolute value of a number. Each is a guess (`guesses`): a step
that reads one holds when it holds, and is otherwise undecided, naming the construct. What
the text binds in numbers is still checked (`|A \\cup B| = 40 + 50 - 30 = 60`)."""

from __future__ import annotations

from functools import lru_cache

from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Abs, Node, Sym, walk

_OPERATOR = (r"\\(?:cap|cup|setminus|bigcap|bigcup|emptyset|varnothing|subseteq|subset|"
             r"supseteq|supset|triangle)(?![A-Za-z])|[∩∪∖∅⊂⊆⊃⊇]")
# `\{1, 3\}`, `\{x : x > 0\}`, `\{i \mid y_i = 1\}`: a set written out or built
_BRACES = r"\\\{[^{}]*(?:\\mid|:|,)[^{}]*\\\}"
SET = Regex(f"{_OPERATOR}|{_BRACES}")
_NAME = r"(?:\\math(?:cal|bb|rm|bf)\{[A-Za-z]\}|[A-Za-z])(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?"
_BINARY = r"\\(?:cap|cup|setminus|subseteq|subset|supseteq|supset)(?![A-Za-z])|[∩∪∖⊂⊆⊃⊇]"
# a set's name: an operand of a set operation, or what a tuple or index is `\in`
_OPERAND = Regex(rf"(?P<left>{_NAME})\s*(?=(?P<op>{_BINARY}))|(?:{_BINARY}|\\in(?![A-Za-z])|∈)"
                 rf"\s*(?P<right>{_NAME})(?![A-Za-z0-9_^{{])")
# `I = |A \cap B|`: the name a formula defines, and the rest of its statement
_DEFINED = Regex(rf"(?:^|[,;]|\\q?quad)\s*({_NAME})\s*(?::=|=)\s*([^=,;]*)")


def guesses(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """The step's readings that pass through a set: the size `|X|` of a set X, a name defined
    through a set operation (directly, or through the definitions the step reaches)."""
    texts = tuple(t for block in state.blocks.values() for t in block)
    sets, defined = _sets(texts)
    out: list[Guess] = []
    for node in (n for side in sides for n in walk(side)):
        if isinstance(node, Abs) and isinstance(node.arg, Sym) and node.arg.name in sets:
            shown = render(node.arg)
            out.append(Guess(f"|{shown}| is the size of the set {shown} (the text writes "
                             f"`{sets[node.arg.name]}`); sets are not modelled",
                             f"give |{shown}| as a number, or in named quantities"))
    for sym in state.reached(sides, line):
        if sym.name in defined:
            out.append(Guess(f"{render(sym)} is defined through a set operation "
                             f"(`{defined[sym.name]}`), which this checker does not read",
                             f"give {render(sym)}'s value as a number, or define it "
                             f"without set notation"))
    return out


@lru_cache(maxsize=64)
def _sets(texts: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """The document's set names (name → the text that shows it is a set) and the names its
    formulas define through a set operation (name → the construct)."""
    sets: dict[str, str] = {}
    defined: dict[str, str] = {}
    for text in texts:
        if not SET.search(text) and "\\in" not in text and "∈" not in text:
            continue
        for found in _OPERAND.finditer(text):
            written = found.group("left") or found.group("right")
            name = _symbol(written)
            if name is not None and not written.startswith("\\mathbb"):
                shown = f"{written} {found.group('op')}" if found.group("left") else \
                    found.group(0)
                sets.setdefault(name, shown.strip())
        for found in _DEFINED.finditer(text):
            construct = SET.search(found.group(2))
            name = _symbol(found.group(1))
            if construct is not None and name is not None:
                defined.setdefault(name, construct.group(0))
    return sets, defined


def _symbol(written: str) -> str | None:
    """The symbol a name as written reads as (`S_g`, `S_{g}` → S_g), or None."""
    from checker.derive.statement import parse_statements

    try:
        segments = parse_statements(f"{written} = 0")
    except Exception:  # noqa: BLE001 - what cannot be read names no set
        return None
    head = segments[0].relation.members[0] if segments and segments[0].error is None and \
        segments[0].relation.members else None
    return head.name if isinstance(head, Sym) else None
