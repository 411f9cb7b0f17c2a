"""Sums worked in the middle of a prose line: the arithmetic a sentence carries outside math.

Notes typed without math delimiters (and prose beside delimited math) mix words and sums on
one line (`in bits divide by ln 2:
0.5108 / ln 2 ≈ 0.709 bits`, `예: n = 512 → std = √(2/512) ≈ 0.0884`, `4) 다시 계산: ŷ = 1.6·2
+ 0.3 = 3.5 → L = (3.5 − 5)² = 2.25`, `dense 128: 9216 × 128 + 128 = 1,179,776`). Such a line
is no formula as a whole (notes.py reads it as prose), but each sum in it is a claim the writer
makes, and a slip in one is a wrong line nobody reports unless the sum is read on its own.

A sum is read only where nothing around it can belong to it: a run of numbers, operators,
`ln`/`log`/`exp`/`sqrt`/`√` and `=`/`≈` with

- an operator or a function in it (`3 = 3.0` states nothing),
- before it the start of the line, a relation (`=`, `≈`, `←`, `→`, `⇒`), a colon or comma, an
  opening bracket, or a word (`is`, `이고`, `最大는`), or an aside in words closed right before
  the relation (`total (max pool, no S params) = 156 + 850 = 1006`: `aside_closed`); never a
  letter of a name (`x + 2 = 5` is no claim `2 = 5`), an operator, a subscript or a number
  before a colon (a ratio `1:2`), nor an open bracket of the prose (`(−5, −11) = ...`,
  `min(1, 10/5) = 1`: entries, arguments); after a word, more than a lone number on its left
  (`layer 2 = 64` names a layer),
- after it the end of the line, punctuation, an arrow or a word (`bits`, `nat`, `이고`); never
  a letter or a sign glued to it (`2.71g`, `50%`), a lone letter (`= 3 x`), or an operator,
- no grouping plain text leaves open (notes.py: `e^2x`, `1/2m`; a whole-number exponent is
  braced, `0.9^50`).

A sum keeps the prose around it (`before`, `after`, other sums shown as `$...$`) so that a
sum quoted as wrong (`not 13 + 1 = 15`) is read as such (stance.py).
"""

from __future__ import annotations

import re

from checker.derive import vocabulary
from checker.derive.markdown import Formula, as_dollars, read_plain
from checker.derive.notes import _AMBIGUOUS, braced
from checker.derive.regex import Regex

_FUNCTION = r"(?<![A-Za-z])(?:ln|log|exp|sqrt)(?![A-Za-z])"
_RUN = Regex(r"(?:\d+(?:\.\d+)?|" + _FUNCTION +
             r"|[-−+×·*/()^²³⁰¹⁴⁵⁶⁷⁸⁹√=≈ \t])+")
_LIST = Regex(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")  # `- `, `3. `, `4) `: a list item's marker
_OPERATOR = Regex(r"[-−+×·*/^²³⁰¹⁴⁵⁶⁷⁸⁹√]|" + _FUNCTION)
_RELATION = Regex(r"=|≈")
_LONE_NUMBER = Regex(r"^\s*\d+(?:\.\d+)?\s*$")
_BOUNDARY = set("=≈←→⇒:：,，、;；([（")
_WORD_END = Regex(r"(?:[A-Za-z]{2,}|[" + vocabulary.HANGUL_CJK + r"])\s*$")
_WORD_START = Regex(r"^\s*(?:[A-Za-z]{2,}|[" + vocabulary.HANGUL_CJK + r"])")
_MATH = Regex(r"\$\$.*?\$\$|\$[^$]+\$", re.DOTALL)
_CLOSING = set(",.;:!?，。；：！？→⇒←)）]✔✓|") | {""}


def plain_sums(source: str, read: list[Formula]) -> list[Formula]:
    """The sums in the prose lines of a file (lines without `$` or code), each an inline
    formula with the prose around it; the lines of the formulas `read` already (a line of notes
    read whole) and the lines math spans (a display over several lines) are left alone."""
    taken = {f.line for f in read} | _math_lines(source)
    out: list[Formula] = []
    for line, raw in read_plain(source):
        if line in taken:
            continue
        text = _LIST.sub(lambda m: " " * len(m.group()), raw, count=1)
        spans = [s for s in (_sum(text, m) for m in _RUN.finditer(text)) if s is not None]
        for k, (start, end) in enumerate(spans):
            shown = [f"${text[a:b]}$" if j != k else "" for j, (a, b) in enumerate(spans)]
            before = _shown(text, spans[:k], shown[:k], 0, start)
            after = _shown(text, spans[k + 1:], shown[k + 1:], end, len(text))
            out.append(Formula(line, braced(text[start:end]), False, -line, before=before,
                               after=after))
    return out


def _shown(text: str, spans: list[tuple[int, int]], shown: list[str], lo: int, hi: int) -> str:
    """`text[lo:hi]` with the sums in it wrapped in dollars, as a reader sees them."""
    parts, at = [], lo
    for (a, b), s in zip(spans, shown):
        parts += [text[at:a], s]
        at = b
    return ("".join(parts) + text[at:hi]).strip()


def _sum(text: str, m: re.Match) -> tuple[int, int] | None:
    """The span of the sum a run of math characters is, or None (see the module's docstring)."""
    start, end = m.start(), m.end()
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    opened_by_relation = False
    closed = aside_closed(text, start)
    if closed is not None:  # `total (max pool) = 156 + 850 = ...`: the sum starts at the `=`
        start = closed
        while start < end and text[start] in " \t":
            start += 1
        if text[start:start + 1] not in ("=", "≈"):
            return None
    while start < end and text[start] in "=≈":  # `std = √(2/512) ≈ ...`: the name is not in it
        opened_by_relation = True
        start += 1
        while start < end and text[start] in " \t":
            start += 1
    while start < end and text[start] == "(" and \
            text[start:end].count("(") > text[start:end].count(")"):
        start += 1  # `(0.5108 ≠ ...`, `(14 − 2)/2 + 1 = 7)`: a bracket of the prose
    while end > start and text[end - 1] == ")" and \
            text[start:end].count(")") > text[start:end].count("("):
        end -= 1
    while text[start:start + 1] == "(" and text[end - 1:end] == ")" and \
            _nested(text[start + 1:end - 1]):
        start, end = start + 1, end - 1  # `(0.3681 / ln 2 ≈ 0.531)`: an aside in brackets
    body = text[start:end]
    aside = text[:start].rstrip().endswith(("(", "（")) and text[end:].lstrip()[:1] in ")）"
    if not _nested(body) or _depth(text[:start]) > int(aside):
        return None  # `(−5, −11) = (−5/3, −11/3)`: a tuple's entries, cut at its commas
    if not body or not _RELATION.search(body) or not _OPERATOR.search(body) or \
            _AMBIGUOUS.search(braced(body)) or body[-1] in "-−+×·*/^=≈(√" or \
            body[0] in "+×·*/^=≈)" or "==" in body:
        return None
    left = text[:start].rstrip()
    prev = left[-1:] if left else ""
    if opened_by_relation or prev == "" or prev in _BOUNDARY:
        if prev in ":：" and left[-2:-1].isdigit() and text[len(left):start].strip() == "" \
                and len(left) == start:
            return None  # a ratio, `1:2`
    elif not _WORD_END.search(left) or left.endswith(tuple(vocabulary.FUNCTIONS)) or \
            _LONE_NUMBER.match(_RELATION.split(body)[0]):
        return None
    rest = text[end:]
    following = rest.lstrip()[:1]
    glued = rest[:1] not in (" ", "\t", "")  # `2.71g`, `50%`: a unit or a sign of the number
    if following not in _CLOSING and (glued or not _WORD_START.match(rest)):
        return None
    return start, end


# a word of an aside: three letters or more, or a character of Hangul or CJK
_ASIDE_WORD = Regex(r"[A-Za-z]{3,}|[" + vocabulary.HANGUL_CJK + r"]")
# an aside that says the value after it is rounded, approximate or on another scale (`total
# (rounded) = 3.14 * 4 = 13`, `accuracy (in percent) = 46 / 50 = 92`, `평균 (반올림)`, `(四舍五入)`):
# the writer's figures are not exact arithmetic
_LOOSE_ASIDE = Regex(
    r"(?i)round|approx|about|rough|estimat|percent|per cent|%|％|thousand|million|billion|"
    r"반올림|근사|대략|어림|퍼센트|백분|(?:^|\s)약(?:\s|$)|(?:^|\s)(?:천|만|억)(?:\s|$|\s?단위)|"
    r"四舍五入|约|近似|大概|百分|千|万|亿")


def aside_closed(text: str, at: int) -> int | None:
    """Where the sum may start when `text[at]` closes an aside in words that follows the word
    naming the quantity (`modern total (max pool, no S params) = ...`, `현대 합계 (맥스 풀) =
    ...`): right after the bracket; None for an aside saying the value is rounded or scaled
    (`total (rounded) = ...`, `정확도 (퍼센트) = ...`) and for any other bracket (`f(x) = ...`, `min(1, 2) =
    ...`: arguments; `(14 − 2)/2 = 6`: a group of the sum)."""
    if text[at:at + 1] != ")":
        return None
    opened = text.rfind("(", 0, at)
    inside = text[opened + 1:at]
    if opened < 0 or "(" in inside or "=" in inside or not _ASIDE_WORD.search(inside) or \
            not text[:opened].endswith((" ", "\t")) or not _WORD_END.search(text[:opened]) or \
            text[:opened].rstrip().endswith(tuple(vocabulary.FUNCTIONS)) or \
            _LOOSE_ASIDE.search(inside):
        return None
    return at + 1


def _depth(text: str) -> int:
    """How many brackets are open at the end of `text` (0 when more closed than opened)."""
    depth = 0
    for c in text:
        depth = depth + 1 if c in "([（" else max(depth - 1, 0) if c in ")]）" else depth
    return depth


def _nested(text: str) -> bool:
    """Brackets that close in the order they open, all of them closed (`(1 − 0.9)/(2)`; not
    `−11) = (−5/3`)."""
    depth = 0
    for c in text:
        depth += 1 if c == "(" else -1 if c == ")" else 0
        if depth < 0:
            return False
    return depth == 0


def _math_lines(source: str) -> set[int]:
    """The 1-based lines any delimited math spans (`$$` on its own line, the formula on the
    lines after it: those have no `$` of their own)."""
    text = as_dollars(source)
    return {line for m in _MATH.finditer(text)
            for line in range(text.count("\n", 0, m.start()) + 1,
                              text.count("\n", 0, m.end()) + 2)}
