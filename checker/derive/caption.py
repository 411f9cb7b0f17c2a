"""The caption a line gives its formula: "Xavier uniform: $a = ...$", "**He:** $a = ...$",
"- 均匀分布：$a = ...$", the prose on the formula's own line before it, ending in a colon.

A name defined under one caption and given another value under another caption is an item of
a list of cases ("Xavier: $σ = \\sqrt{2/384}$", then "He: $σ = \\sqrt{2/256}$"): a new
meaning, never a claim that the two agree. Captions that only number the items ("Step 1:",
"Step 2:") or conclude ("so:", "검산:", "验证：") name no new case.
"""

from __future__ import annotations

import re

from checker.derive import phrase

_MATH = re.compile(r"\$[^$]*\$|\$")  # a formula shown as $ (Formula.lead), or written
_BULLET = re.compile(r"^\s*(?:[-*+>]|\d+[.)]|\(\w\))\s+")
_WORD = re.compile(r"[^\W\d_]+")
# captions that conclude or check, never a new case: the cues that continue a derivation,
# and the words of a check or an answer
_CONCLUDING = frozenset(phrase.CONTINUING) | {
    "check", "checking", "verify", "verification", "result", "answer", "solution", "final",
    "finally", "total", "sanity", "검산", "확인", "결과", "정답", "답", "최종", "验证", "检验",
    "结果", "答案", "答", "最终", "总计", "合计"}


# a line that opens with a caption and its colon, then formulas: "- Adam (step 1): $m_1 = 2$, $w_1"
_OPENING = re.compile(r"^([^$:：]{1,40})[:：](?=[^:：]*\$)[^:：]*$")


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
        words = set(caption.split())
        if words & _CONCLUDING or any(not w.isascii() and w in caption
                                      for w in _CONCLUDING):
            return False
    return set(now.split()) != set(then.split())
