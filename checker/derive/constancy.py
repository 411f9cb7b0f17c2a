"""A family the text says is constant: "if the gradient is constant $g$", "모든 $g_i = g$ 로
일정하면", "梯度恒为常数 $g$". A step that writes the bare name (`v_t = (1 - β^t)g`) while its
definitions reach the family (`v_t = βv_{t-1} + (1 - β)g_t`) is read with every member equal to
that name (as the directive `define g_t = g` would say); it holds when it agrees so. Without
the text's word for it the step stays undecided (example.constant_member), and a step that
differs under this reading too is decided as before: the reading may only show that it holds.
"""

from __future__ import annotations

import re

from checker.derive import phrase
from checker.derive.attempt import Attempt, reread, widened
from checker.derive.example import constant_pair
from checker.derive.render import render
from checker.derive.tree import Sym


def said(attempt: Attempt, sym: Sym) -> str | None:
    """The words that say the family is constant, in the formula's prose (its paragraph, the
    prose around it) or its own text (`g_t = g` written in it, or before it); None without."""
    f = attempt.f
    prose = f"{attempt.state.introduced.get(f.line, '')} {f.before} {f.after}".lower()
    found = next((cue for cue in phrase.CONSTANT if cue in prose), None)
    if found is not None:
        return f"“{found}”"
    written = re.compile(r"=\s*" + re.escape(sym.base) + r"(?![\w{\\])")  # `g_i = g`, not `= g_t`
    return f"`{sym.base}_i = {sym.base}`" if written.search(f.before.replace("$", " ")) else None


def constant_reading(attempt: Attempt) -> tuple[str, str] | None:
    """("holds", why) when the step agrees with every member of the family it reaches read as
    the bare name it writes, and the text says the family is constant; None otherwise."""
    found = constant_pair((attempt.left, attempt.right), attempt.state, attempt.line)
    if found is None:
        return None
    sym, member = found
    words = said(attempt, sym)
    if words is None:
        return None
    family = Sym(member.base, ("t",), member.sup, member.accents)
    ctx = widened(attempt.ctx)
    ctx.define(family, sym, attempt.line)
    cmp = reread(attempt, ctx)
    if not cmp.agree:
        return None
    return "holds", (f"{cmp.method}, reading every {render(member)} as {render(sym)}, as the "
                     f"text says ({words})")
