"""A statistic of variables whose law the text declares in numbers: `X \\sim \\mathcal N(0, 1)`,
`m \\sim \\mathrm{Bernoulli}(0.3)`, then `\\mathbb E[X^2] = 2`, `\\mathrm{Var}(X) = 2`,
`\\mathbb E[m] = 0.5`. Stated of a variable whose distribution is left open (`E[r_i] = q`), a
statistic's value is a premise the steps after it use; but once every variable inside it has
a law with numbers for parameters, declared before the line in its section (and nowhere
declared otherwise), the law fixes that value: the statement is a claim, checked by the
expectation algebra (expectation.py), which fails it only as certainly as any step. A law with
a name for a parameter (N(0, σ^2)) leaves the statement a premise (`Var(w) = 2/n` may choose
σ^2), and so does one on a line that speaks of a requirement (`we want Var(z) = 1, so Var(w)
= 1`: the text is choosing what the law will be)."""

from __future__ import annotations

import re

from checker.derive import phrase
from checker.derive.link import Link, stated_statistic
from checker.derive.member import is_numeric
from checker.derive.regex import Regex
from checker.derive.tree import Sym, walk

_NUMBER = Regex(r"-?\s*\d+(?:\.\d+)?")


def fixed_by_law(k: Link) -> bool:
    """A number stated for a statistic (E, Var, ...) of variables that each have a law declared
    before the line with numbers for all its parameters."""
    if not (stated_statistic(k.head, k.value) and is_numeric(k.value)):
        return False
    randomness = k.state.ctx.randomness
    names = {n.name for a in getattr(k.head, "args", ()) for n in walk(a) if isinstance(n, Sym)}
    if randomness is None or not names or randomness.doubtful(names):
        return False
    headings = k.state.headings
    laws = [d for d in randomness.declarations if d.line <= k.line and d.family and d.params and
            all(_NUMBER.fullmatch(p.strip()) for p in d.params) and
            not any(d.line < h <= k.line for h in headings)]
    return all(any(d.covers(n) for d in laws) for n in names) and not _required(k)


def _required(k: Link) -> bool:
    """The formula's line speaks of a requirement (`we want Var(z) = 1, so Var(w) = 1`, "needs",
    "希望", "되려면"): the text is choosing what the law will be, and the statement stays a
    premise."""
    lines = k.state.prose.split("\n")
    text = lines[k.line - 1].lower() if 0 < k.line <= len(lines) else ""
    return any(re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", text) if cue.isascii()
               else cue in text for cue in phrase.REQUIREMENT)
