"""Which definitions of an indexed name hold for every value of its index: `y_j = σ(x_j)`,
`v_t = βv_{t-1} + g_t`, a partial sum `S_n = Σ_{k=1}^{n} a_k` (a family, read again at `y_3`,
`S_5`), and which name one thing: `δ_o = (a - y)`, `E_A = 1/(1 + 10^{(R_B - R_A)/400})` (player
A's expected score beside player B's rating: a label, never E_B by the same formula)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive.tree import Compound, Entry, Node, Shift, Sum, Sym, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.definition import Definition


def runs_over_index(sym: Sym, body: Node) -> bool:
    """y_j = σ(x_j), v_t = βv_{t-1} + g_t, w_{t+1} = w_t - ηg_t, p_i = softmax(z)_i: the
    definition holds for every value of the index letter, which the body uses (also as the
    index of an entry of an expression); δ_o = (a - y) names one δ."""
    letters = [i.letter if isinstance(i, Shift) else i for i in sym.index]
    if not letters or not all(len(i) == 1 and i.isalpha() for i in letters):
        return False
    used = {str(i) for n in walk(body) if isinstance(n, Sym | Entry) for i in n.index} | \
        {i.letter for n in walk(body) if isinstance(n, Sym) for i in n.index
         if isinstance(i, Shift)} | \
        {letter for n in walk(body) if isinstance(n, Sym) for i in n.index
         if isinstance(i, Compound) for letter in i.letters} | \
        _bounds(body)  # y_i = Σ_k w_k x_{i+k}; ᾱ_t = ∏_{s=1}^{t}(1 - β_s)
    # (as an index: δ_o = ∂L/∂o names one δ; softmax(z)_i)
    return any(letter in used for letter in letters) and not _labels(letters, body)


def _labels(letters: list, body: Node) -> bool:
    """`E_A = 1/(1 + 10^{(R_B - R_A)/400})`: capitals that name two things the body compares
    (player A's rating beside player B's, R_A and R_B): labels of one definition, not an
    index letter that runs (E_B is not this formula at B)."""
    if len(letters) != 1 or not letters[0].isupper():
        return False
    stems: dict[str, set[str]] = {}
    for n in walk(body):
        if isinstance(n, Sym) and len(n.index) == 1 and isinstance(n.index[0], str) and \
                len(n.index[0]) == 1 and n.index[0].isupper():
            stems.setdefault(n.stem, set()).add(n.index[0])
    return any(letters[0] in found and len(found) > 1 for found in stems.values())


def at_number(sym: Sym, definitions: Iterable[Definition]) -> Definition | None:
    """`a_3` where the text defines `a_n = n^2 + 1` (one name, its index a letter the body
    uses as a number, `plain`) and nothing for a_3 itself: that definition, which gives a_3
    at n = 3 as every reader takes it (a definition in the letter defines each member, never
    a name of its own). None for any other index, or when no such definition is in force."""
    if len(sym.index) != 1 or not str(sym.index[0]).isdigit():
        return None
    return next((d for d in definitions if d.name.stem == sym.stem and d.name.sup == sym.sup
                 and not d.params and not d.index and len(d.name.index) == 1 and
                 str(d.name.index[0]) in plain(d.name, d.body) and
                 start_member(d.name, d.body) != str(sym.index[0])), None)  # (a_1: given)


def numbered(ctx, d: Definition, number: str, line: int) -> bool:
    """d's body, its index letter set to `number`, names only what has a value or a definition
    by `line` (`X_k = Σ_n x_n e^{-2πikn/N}` at k = 2 needs x_n to have values): the member is
    then a number the text determines."""
    letter = str(d.name.index[0])
    names = {n.name for n in walk(d.body) if isinstance(n, Sym) and n.base != letter}
    return all(ctx.bound({name}, line) or ctx.get(name, line) is not None for name in names)


def start_member(sym: Sym, body: Node) -> str | None:
    """The one index the body reads its own family at, a number below 2 (a_1 of `a_n = a_1 +
    (n - 1)d`, x_0 of `x_n = x_0 + nv`): the member the closed form starts from; else None."""
    own = {n.index for n in walk(body) if isinstance(n, Sym) and n.base == sym.base and
           n.sup == sym.sup and not n.accents}
    if any(isinstance(n, Sym) and n.base == sym.base and (n.sup != sym.sup or n.accents)
           for n in walk(body)) or len(own) != 1:
        return None
    index = next(iter(own))
    return index[0] if len(index) == 1 and str(index[0]) in {"0", "1"} else None


def plain(sym: Sym, body: Node) -> set[str]:
    """The letters the body uses as numbers of their own (`a_n = n^2 + 1`, `X_k = Σ_n x_n
    e^{-2πikn/N}`): the definition gives the member at each value of the letter, as every
    reader takes `a_3` or `X_2` after it; never a letter a sum or product in the body runs
    over or to (`σ_n² = (1/n)Σ_{i=1}^{n}...`, beside which σ_{n-1} is a name of its own),
    nor in a body that reads the name itself (`β_t = β_1 + (t-1)/(T-1)(β_T - β_1)`: between
    members given, whose own values it does not define), unless at its start alone (`a_n = a_1
    + (n - 1)d`, `a_n = a_1 r^{n-1}`: a sequence's closed form from its first member)."""
    if any(isinstance(n, Sym) and n.base == sym.base for n in walk(body)) and \
            start_member(sym, body) is None:
        return set()
    summed = {s.index for s in walk(body) if isinstance(s, Sum)} | \
        {n.base for s in walk(body) if isinstance(s, Sum) for bound in (s.lo, s.hi)
         if bound is not None for n in walk(bound) if isinstance(n, Sym)}
    return {n.base for n in walk(body) if isinstance(n, Sym) and not n.index and
            not n.accents and len(n.base) == 1 and n.base.isalpha()} - summed


def _bounds(body: Node) -> set[str]:
    """The letters a sum or product in the body runs to or from (`ᾱ_t = ∏_{s=1}^{t}(1 - β_s)`,
    `S_n = Σ_{k=1}^{n} a_k`): a partial sum or product is a family in its bound, as every
    reader takes `ᾱ_T` or `S_3` after it, never a name of its own."""
    bounds = {id(n) for s in walk(body) if isinstance(s, Sum)
              for bound in (s.lo, s.hi) if bound is not None for n in walk(bound)}
    letters = {n.base for s in walk(body) if isinstance(s, Sum)
               for bound in (s.lo, s.hi) if bound is not None
               for n in walk(bound) if isinstance(n, Sym) and not n.index and not n.accents and
               len(n.base) == 1 and n.base.isalpha()}
    # a letter also used outside the bounds (σ_n² = (1/n)Σ_{i=1}^{n}...: a statistic of n
    # samples, beside which σ_{n-1} is a name of its own) makes no family
    elsewhere = {n.base for n in walk(body) if isinstance(n, Sym) and id(n) not in bounds}
    return letters - elsewhere


def restated_at(family: Definition, member: Definition) -> bool:
    """`a_1 = w h_0 + u x_1` after `a_t = w h_{t-1} + u x_t`: the member's formula is the
    family's written out at the member's index (t = 1), so it gives the member no new meaning.
    Only index letters alone or shifted by a whole number (t, t-1, t+1) are read; any other
    index of the family's letter (2t, t/2) is not."""
    values = member.name.index
    if not family.index or len(values) != len(family.index) or \
            not all(isinstance(i, str) and len(i) == 1 and i.isalpha() for i in family.index) or \
            not all(isinstance(v, str) and v.isdigit() for v in values):
        return False
    env = {letter: int(v) for letter, v in zip(family.index, values)}
    unread = []

    def at(index):
        text = str(index).replace(" ", "")
        found = re.fullmatch(r"([A-Za-z])([+-]\d+)?", text)
        if found and found[1] in env:
            return str(env[found[1]] + int(found[2] or 0))
        if set(re.findall(r"[A-Za-z]", text)) & set(env):
            unread.append(text)
        return index

    def change(node):
        if isinstance(node, Sym) and node.index:
            return replace(node, index=tuple(at(i) for i in node.index))
        return None

    written = rewrite(family.body, change)
    return not unread and written == member.body
