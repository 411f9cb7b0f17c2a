"""Congruences in modular arithmetic (`20 \\equiv 2 \\pmod 3`, `2 \\times 2 = 4 \\equiv 1`): `≡`
between two numbers is a congruence, never an equality or a definition (`is_congruence`). With
the modulus written in the same formula (`\\pmod{m}`, `(\\mathrm{mod}\\ m)`, m a whole number)
the link is checked: it holds when m divides the difference of the sides (`checked`); without
it the link is no step. The annotation itself is blanked before reading (glyph.MODULUS)."""

from __future__ import annotations


import sympy as sp

from checker.derive.glyph import MODULUS
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Node

_MOD_WORDS = Regex(r"\\pmod|\\b?mod|\\mathrm\{mod\}|\\operatorname\{mod\}|\\text\{\s*mod\s*\}|"
                   r"\\[ ,;]|[\s(){}]")


def is_congruence(op: str, left: Node, right: Node, text: str = "") -> bool:
    """`4 \\equiv 1`: `≡` between two numbers; or any `≡` in a formula that writes a modulus
    (`17x \\equiv 1 \\pmod{43}`, `M_i t_i \\equiv 1 \\pmod{m_i}`: a congruence to solve, never
    the equation 17x = 1)."""
    return op == "≡" and ((is_numeric(left) and is_numeric(right)) or
                          MODULUS.search(text) is not None)


def modulus(text: str) -> int | None:
    """The one whole modulus a formula writes (`\\pmod 3`, `\\pmod{43}`, `(\\bmod 7)`); None for
    none, several different ones, or one that is no whole number above 1."""
    written = {_MOD_WORDS.sub("", m.group()) for m in MODULUS.finditer(text)}
    found = {int(w) for w in written if w.isdigit()}
    if len(written) != 1 or len(found) != 1:
        return None
    return next(iter(found)) if next(iter(found)) > 1 else None


def checked(state: State, left: Node, right: Node, f: Formula, line: int) -> Step | None:
    """The congruence `left ≡ right (mod m)` with m written in the formula: holds when m divides
    left - right (both whole numbers), fails when it does not; None when there is no modulus
    or a side is no whole number."""
    m = modulus(f.text)
    if m is None:
        return None
    try:
        low = Lowering(state.ctx, line)
        a, b = (sp.nsimplify(low.expr(side)) for side in (left, right))
    except Exception:  # noqa: BLE001 - a side not read is no congruence checked
        return None
    if not (a.is_Integer and b.is_Integer):
        return None
    lhs, rhs = render(left), render(right)
    if (a - b) % m == 0:
        return Step(line, "holds", lhs, rhs, f"congruent modulo {m}: {a} - {b} = {a - b} is a "
                    f"multiple of {m}", source=f.text, relation="≡")
    return Step(line, "fails", lhs, rhs, f"not congruent modulo {m}: {a} leaves {a % m} and "
                f"{b} leaves {b % m} (received {lhs} ≡ {rhs}; expected the same remainder)",
                source=f.text, relation="≡")
