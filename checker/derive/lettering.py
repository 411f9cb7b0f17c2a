"""Small letters written together as a function's parameter: `PE(pos) = [\\sin pos, \\cos
pos]`, `g(len) = 2\\,len + 1`. Read letter by letter, `pos` is the product p·o·s, and the
function is defined at a product, which no later value (`PE(1)`) can be read through. A run of
two or three small letters that a formula writes as the one argument of the name it defines
(right before `=`) and again, written the same way, on the right of that `=` is the
parameter's name: one name wherever the document writes it.

Reading the run as one name changes nothing a product reading would decide about that
definition (both sides write the run alike); a run the definition's right side does not write
(`\\log(ab) = \\log a + \\log b`: a claim about a product) stays letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.derive import vocabulary
from checker.derive.regex import Regex

# a function name (letters, a subscript), its one argument a run of small letters, then `=`
_HEAD = Regex(r"(?:^|\\quad|\\qquad|,|;|&|\\\\)\s*(?:\\(?:mathrm|operatorname|text)\s*)?"
                   r"\{?[A-Za-z]{1,4}\}?(?:_\s*(?:\{[^{}=]*\}|[A-Za-z0-9]))?\s*"
                   r"\(\s*([a-z]{2,3})\s*\)\s*(?::=|=)")
_WORDS = vocabulary.FUNCTION_WORDS | vocabulary.NAME_WORDS | vocabulary.STRAY_WORDS


def parameters(texts: Iterable[str]) -> frozenset[str]:
    """The runs of small letters the document's math writes as a defined function's
    parameter (see the module's docstring)."""
    out = set()
    for text in texts:
        for m in _HEAD.finditer(text.strip()):
            run = m.group(1)
            body = text.strip()[m.end():]
            if run not in _WORDS and re.search(rf"(?<![A-Za-z\\]){run}(?![A-Za-z])", body):
                out.add(run)
    return frozenset(out)
