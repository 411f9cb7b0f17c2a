"""A per-cent sign that labels a value already multiplied by 100: `$5.85/250 \\times 100 =
2.34\\%$`, `$\\frac{30}{120} \\times 100 = 25\\%$`. The sign is read as a hundredth (`25\\%` is
0.25), and the side computed multiplies by 100 itself, so as read the sides differ by exactly
100; the writer states the number in per cent, its unit. The step holds when the side computed
(with its `× 100` written) is the number before the sign, to the digits that number shows; any
other ratio is checked as read (`\\frac{30}{120} \\times 100 = 2.5\\%` fails).

So too for a side made of numbers the text stated in per cent before (`3.6\\%` and `0.53\\%`,
then `0.53 + 3.6 = 4.13\\%`): per cents added, the sign labels their sum (`restated`); and for a sum that starts from a per
cent stated before and adds percentage points computed to it (rates of 8 % and 10 %, then the
interpolated `8 + 2 \\times 0.854 \\approx 9.71\\%`): the sign labels the rate the sum
reaches (`points`). A side of fractions (`0.08 + 0.017 = 9.7\\%`) is none of these."""

from __future__ import annotations

import math

import sympy as sp

from checker.derive.regex import Regex
from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Node, Num, walk

_HUNDRED = Num("100")
_STATED = Regex(r"(\d+(?:\.\d+)?)\s*(?:\\%|%|％|퍼센트)")


def labelled(lv, rv, left: Node, right: Node) -> str | None:
    """How `left = right` (values `lv`, `rv`, numbers that differ as read) holds with the per
    cent sign of one side a label of the other's `× 100` (see the module), or None."""
    return _either(lv, rv, left, right, _times_hundred, lambda got, number: (
        f"holds in per cent: the side computed multiplies by 100 itself ({got:.6g}), and the % "
        f"after {number} labels that number, no hundredth of it"))


def restated(lv, rv, left: Node, right: Node, prose: str, line: int) -> str | None:
    """How `left = right` (numbers that differ as read) holds as a sum or difference of per
    cents the text stated before `line` (`prose`: the document) whose value is the number
    before the other side's per-cent sign; None otherwise (see the module)."""
    stated = {float(m.group(1)) for m in _STATED.finditer("\n".join(prose.split("\n")[:line]))}

    def per_cents(computed: Node) -> bool:
        terms = [n for n in walk(computed) if isinstance(n, Num)]
        return len(terms) >= 2 and not _times_hundred(computed) and all(
            isinstance(n, Num) or isinstance(n, Bin) and n.op in "+-" for n in walk(computed)) \
            and all(float(n.text) in stated for n in terms)
    return _either(lv, rv, left, right, per_cents, lambda got, number: (
        f"holds in per cent: {got:.6g} adds per cents the text stated before, and the % after "
        f"{number} labels their sum"))


def _either(lv, rv, left: Node, right: Node, fits, says) -> str | None:
    """`says(value, number)` for the first side that `fits` and whose value is the number
    before the other side's per-cent sign (neither side in per cent itself); else None."""
    if symbols_of(lv) or symbols_of(rv):
        return None
    for computed, stated, value, sign in ((left, right, lv, rv), (right, left, rv, lv)):
        number = _per_cent(stated)
        if number is None or _per_cent(computed) is not None or not fits(computed):
            continue
        got = _in_per_cent(value, sign, number)
        if got is not None:
            return says(got, number.text)
    return None


def _in_per_cent(value, sign, number: Num) -> float | None:
    """The computed side's value when it is the number before the per-cent sign (`sign`, read
    as that number over 100), to the digits that number shows; else None."""
    try:
        got, shown = float(sp.N(value)), float(sp.N(sign)) * 100
    except (TypeError, ValueError):
        return None
    decimals = len(number.text.partition(".")[2])
    return got if math.isfinite(got) and math.isclose(
        got, shown, rel_tol=1e-9, abs_tol=0.5 * 10.0 ** -decimals) else None


def _per_cent(side: Node) -> Num | None:
    """The number of a side that is a number with a per-cent sign (`25\\%`, read 25/100)."""
    if isinstance(side, Bin) and side.op == "/" and side.right == _HUNDRED and \
            isinstance(side.left, Num):
        return side.left
    return None


def _times_hundred(side: Node) -> bool:
    """The side multiplies by a written 100 (`\\times 100`, `100 \\cdot`)."""
    return any(isinstance(n, Bin) and n.op == "*" and _HUNDRED in (n.left, n.right)
               for n in walk(side))


def points(lv, rv, left: Node, right: Node, prose: str, line: int) -> str | None:
    """How `left = right` (numbers that differ as read) holds as a per cent the text stated
    before `line` plus or minus percentage points (`8 + 2 \\times 0.854 \\approx 9.71\\%`
    after rates of 8 % and 10 %): a sum whose first term is that stated number and whose value
    is the number before the other side's per-cent sign; None otherwise (see the module)."""
    stated = {float(m.group(1)) for m in _STATED.finditer("\n".join(prose.split("\n")[:line]))}

    def from_rate(computed: Node) -> bool:
        first = computed
        while isinstance(first, Bin) and first.op in "+-":
            first = first.left
        return first is not computed and isinstance(first, Num) and \
            float(first.text) in stated and not _times_hundred(computed)
    return _either(lv, rv, left, right, from_rate, lambda got, number: (
        f"holds in per cent: {got:.6g} adds percentage points to a per cent the text stated "
        f"before, and the % after {number} labels the rate it reaches"))
