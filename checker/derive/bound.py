"""A requirement's bound worked out to a number in the same formula.

"We need $k \\ge \\frac{\\ln 10^6}{\\ln 2} \\approx 19.9$", "需要 $n \\ge \\frac{1}{2 \\cdot
0.05^2}\\ln 40 \\approx 738$", "$k \\ge \\log_2 1000 \\approx 9.97$ 이어야 한다": the cue ("need",
"需要", "되려면") makes the inequality a requirement on the unknown, but what follows the
inequality is arithmetic the writer does on the bound: numbers and functions of numbers, then a
relation and the number they come to. (A formula of numbers alone after such a cue has no
unknown to solve for: it is arithmetic too, and so is one whose numbers carry units: `8 \\times 2
= 18\\ \\text{GiB}` after "needs", the unit word no unknown.) That link is a claim like any other and is
checked; only the inequality stays a requirement (inequalities are never steps).

A bound with a name in it (`\\eta < 2/L = 0.5`) is left to the cue: whether `L` has a value
there, or the link is a second requirement, is not settled by the formula alone.
"""

from __future__ import annotations

import re

from checker.derive.lexeme import Token
from checker.derive.marking import unit_named
from checker.derive.regex import Regex

# the first inequality of a formula, written as a command or a glyph
_INEQUALITY = Regex(r"\\(?:geq?|leq?|geqslant|leqslant|gt|lt)(?![A-Za-z])|[<>≤≥]")
_WORKED = Regex(r"(?<![<>!:\\])=|\\approx|≈")
# the notation of arithmetic on numbers: commands and function names that are no unknowns
_ARITHMETIC = Regex(r"\\(?:frac|dfrac|tfrac|ln|log|exp|sqrt|cdot|times|left|right|big|Big|"
                    r"bigg|Bigg|,|;|!|quad|qquad)(?![A-Za-z])|(?<![A-Za-z])(?:ln|log|exp|sqrt)"
                    r"(?![A-Za-z])|\\approx")


def worked_bound(text: str) -> bool:
    """An inequality first, then its bound worked out to a number: `k \\ge (numbers) \\approx
    19.9`; the numbers between the inequality and the last relation carry no name. (With no
    inequality, numbers alone, `\\frac{\\ln 10^6}{\\ln 2} \\approx 19.9`: no unknown to solve
    for, so no requirement either.)"""
    text = _UNIT_AFTER_NUMBER.sub(_unit_dropped, text)
    first = _INEQUALITY.search(text)
    head, tail = (text[:first.start()], text[first.end():]) if first else ("", text)
    if _WORKED.search(head) or _INEQUALITY.search(tail) or not _WORKED.search(tail):
        return False
    *worked, last = _WORKED.split(tail)
    if not re.fullmatch(r"\s*-?\s*\d+(?:\.\d+)?\s*", last):
        return False
    return not re.search(r"[A-Za-z\u0370-\u03ff]", _ARITHMETIC.sub(" ", "".join(worked)))


# a unit word typed upright right after a number (`2\\ \\text{GiB}`, `150\\,\\mathrm{ms}`)
_UNIT_AFTER_NUMBER = Regex(r"(?<=[\d}])\s*(?:\\[ ,;:]\s*)*\\(?:text|mathrm)\{([^{}]*)\}")


def _unit_dropped(m: re.Match) -> str:
    """The unit word after a number dropped (the number's unit, no unknown); any other text
    kept."""
    return "" if unit_named(Token("text", m.group(1), 0)) is not None else m.group()
