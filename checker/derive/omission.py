"""A name the text defines by a formula that could not be read: `Let $I = \\int e^x\\sin x\\,dx$`
(an indefinite integral), then `2I = e^x(\\sin x - \\cos x)`.

The definition's line is reported unreadable, but the name is still the text's: read as a free
variable afterwards, a step in it compares an unknown with a formula and fails at every point,
although the writer only solved for what the unread line defined. Such a reading is a guess
(certainty.RULES): the step may hold, never fail, until a readable definition of the name
follows. The names are read from the unreadable formula's text alone: the plain name (a letter
or a Greek letter, with a simple subscript) before its first `=` (or `:=`, `\\coloneqq`)."""

from __future__ import annotations

from collections import Counter

from checker.derive.guess import Guess, written_symbols
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.tree import Deriv, Node, walk

_HEAD = Regex(r"^\s*(?:\\(?:mathrm|mathit|operatorname)\s*\{\s*)?(\\[A-Za-z]+|[A-Za-z])\}?"
              r"(?:_(?:\{([A-Za-z0-9]+)\}|([A-Za-z0-9])))?\s*(?:=|:=|\\coloneqq|\\equiv)"
              r"(?!=)")


def head(text: str) -> str | None:
    """The name `text` (an unreadable formula) defines, as the checker names it (`I`, `I_n`,
    `alpha`), or None when it does not open with `name =`."""
    m = _HEAD.match(text)
    if m is None:
        return None
    base = m.group(1).lstrip("\\")
    index = m.group(2) or m.group(3)
    return f"{base}_{index}" if index else base


def unread(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """A name of the step (as a value: not only the variable of a derivative) that an earlier
    formula defines by a formula that could not be read,
    with no readable definition since (one written on this line, after the step, is not
    one: `so $2I = ...$ and $I = ...$`)."""
    valued = Counter(written_symbols(sides))
    for side in sides:  # (∂L/∂y: a derivative by y is by y whatever y is defined as)
        valued.subtract(n.var for n in walk(side) if isinstance(n, Deriv))
    for sym in [s for s, k in valued.items() if k > 0]:
        since = state.unread.get(sym.name)
        if since is None or state.ctx.bound({sym.name}, line):  # (recorded before the step:
            continue  # read in document order, on an earlier line or earlier on this one)
        later = state.ctx.lookup(sym, line)
        if later is not None and since < later.line < line:
            continue
        return [Guess(f"{sym.name} read as a variable: line {since} defines it by a formula "
                      "that could not be read", f"write {sym.name}'s definition in a form "
                      "that reads (a definite integral with bounds, say), or check the step by "
                      "its derivative")]
    return []
