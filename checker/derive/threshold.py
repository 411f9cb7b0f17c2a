"""A reference value quoted in a comparison: "far above $\\mathrm{Re} \\approx 2300$", "well
below $p = 0.05$", "more than $T = 30$", "$\\mathrm{Re} \\approx 2300$ 보다 훨씬 크므로", "远大于
$\\mathrm{Re} \\approx 2300$". The formula names the threshold the text measures its own value
against (the transition Reynolds number, a significance level), not the value of that name in
the example (the example's Re is 5 × 10⁴): a condition, neither a claim nor a binding.

Only a name set to a number (`Re ≈ 2300`); an expression (`against the ideal $1/\\beta = 100$`)
is still a claim, checked as written.
"""

from __future__ import annotations

import re

from checker.derive.markdown import Formula
from checker.derive.regex import Regex

# the words of a comparison right before the formula (an adverb of degree may come first)
# ("over", "under", "past" only after such an adverb: "over $m = 2$ samples" is a range, "under
# $T = 300$ K" a condition on what follows, both giving the name its value)
_BEFORE = Regex(r"(?:\b(?:far|well|much|way|just|slightly|significantly|comfortably)\s+)?"
                r"\b(?:above|below|beyond|exceeds?|exceeding|than)\s*$|"
                r"\b(?:far|well|much|way|just|slightly|significantly|comfortably)\s+"
                r"(?:over|under|past)\s*$|"
                r"(?:远|远远|略|稍|明显)?(?:大于|小于|高于|低于|超过|超出|不到|未达)\s*$",
                re.IGNORECASE)
# Korean puts the comparison after the formula: "$Re ≈ 2300$ 보다", "$p = 0.05$ 를 넘어"
_AFTER = Regex(r"^\s*(?:보다|을\s*넘|를\s*넘|을\s*초과|를\s*초과|에\s*못\s*미)")
# a name (letters, a subscript, \mathrm{Re}) set to a number (digits, a decimal point, ×10^k)
_NAMED_NUMBER = Regex(r"^\s*(?:\\(?:mathrm|operatorname|text|mathit)\{[A-Za-z]+\}|[A-Za-z]"
                      r"(?:_\{?\w+\}?)?|\\[A-Za-z]+(?:_\{?\w+\}?)?)\s*(?:=|\\approx|≈)\s*"
                      r"-?[\d.,]+(?:\s*(?:\\times|×|\\cdot)\s*10\^\{?-?\d+\}?)?\s*$")


def quoted_threshold(f: Formula) -> bool:
    """Is `f` a name set to a number that the prose around it compares against?"""
    if f.display or not _NAMED_NUMBER.match(f.text):
        return False
    return bool(_BEFORE.search(f.before) or _AFTER.match(f.after))
