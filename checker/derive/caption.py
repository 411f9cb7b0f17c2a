"""The caption a line gives its formula: "Xavier uniform: $a = ...$", "**He:** $a = ...$",
"- 均匀分布：$a = ...$", the prose on the formula's own line before it, ending in a colon.

A name defined under one caption and given another value under another caption is an item of
a list of cases ("Xavier: $σ = \\sqrt{2/384}$", then "He: $σ = \\sqrt{2/256}$"): a new
meaning, never a claim that the two agree. Captions that only number the items ("Step 1:",
"Step 2:") or conclude ("so:", "검산:", "验证：") name no new case.
"""

from __future__ import annotations


from checker.derive import phrase
from checker.derive.regex import Regex

_MATH = Regex(r"\$[^$]*\$|\$")  # a formula shown as $ (Formula.lead), or written
_BULLET = Regex(r"^\s*(?:[-*+>]|\d+[.)]|\(\w\))\s+")
_WORD = Regex(r"[^\W\d_]+")
# captions that conclude or check, never a new case: the cues that continue a derivation,
# and the words of a check or an answer (rows of `phrase`)
_CONCLUDING = frozenset(phrase.CONTINUING) | phrase.CAPTION_CONCLUDING
_PARTICLES = ("은", "는", "이", "가", "을", "를", "으로", "로")


# a line that opens with a caption and its colon, then formulas: "- Adam (step 1): $m_1 = 2$, $w_1"
_OPENING = Regex(r"^([^$:：]{1,40})[:：](?=[^:：]*\$)[^:：]*$")


def of(lead: str) -> str | None:
    """The caption of a formula whose prose before it on its own line (`Formula.lead`) ends in
    a colon, or opens with a caption and its colon before the line's formulas, in the
    caption's words (math dropped); None without one."""
    text = lead.replace("**", "").replace("__", "").strip()
    text = _BULLET.sub("", text)
    opening = _OPENING.match(text)
    if opening is not None:  # "方法二(Adam):$m_1 = 2$,$w_1 = ...$": the line's own caption
        text = opening.group(1) + ":"
    if not text.endswith((":", "：")):
        return None
    words = " ".join(_WORD.findall(_MATH.sub(" ", text[:-1]).lower()))
    return words or None


def another(now: str | None, then: str | None) -> bool:
    """`now` and `then` are captions of two different cases: both present, neither
    concluding, their words (numbers aside) not the same."""
    if not now or not then:
        return False
    for caption in (now, then):
        if concluding(caption):
            return False
    return set(now.split()) != set(then.split())


def concluding(caption: str) -> bool:
    """The caption checks or concludes: one of its words is a concluding word (a Korean word
    also with its particle: "답은", "결과는"), or (Korean and Chinese write words without spaces:
    "최종결과", "验证一下") a word begins or ends with a concluding word of two or more
    characters. A one-character word (답, 答) counts only alone: inside a longer word it is often
    part of another ("대답", "回答问题")."""
    words = caption.split()
    bare = {w[:-len(p)] for w in words for p in _PARTICLES if w.endswith(p) and len(w) > len(p)}
    if (set(words) | bare) & _CONCLUDING:
        return True
    return any(len(c) > 1 and not c.isascii() and (w.startswith(c) or w.endswith(c))
               for w in words for c in _CONCLUDING)
