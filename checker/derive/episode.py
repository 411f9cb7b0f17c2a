"""Where a worked example's values hold: the prose moves on from the example (a region of a
name, `$x > 0$`; a paragraph opening "In general"), comes back to it ("Back to our example",
"이 예에서", "回到例子"), or says an earlier section's values hold here ("same values as above").
setting.py records these per formula; state.py binds and releases the values.
"""

from __future__ import annotations

import re

from checker.derive.branch import FULL_STOP
from checker.derive.markdown import Formula
from checker.derive.regex import Regex

# a region of a name: `x > 0`, `z \le -1` (a name against a number, nothing bound)
REGION_OF = Regex(r"\s*\\?([A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*([<>≤≥]|\\[lg]eq?\b|\\[lg]t\b)"
                        r"\s*(-?\d+(?:\.\d+)?)\s*$")
_OPS = {"<": float.__lt__, ">": float.__gt__, "≤": float.__le__, "≥": float.__ge__,
        "\\lt": float.__lt__, "\\gt": float.__gt__, "\\le": float.__le__, "\\ge": float.__ge__,
        "\\leq": float.__le__, "\\geq": float.__ge__}
# the text comes back to its worked example: "Back to our example", "For our example", "이 예에서",
# "다시 예제로", "在这个例子中", "回到例子": the example's values, ended by a region or a general
# paragraph, hold again
_BACK = Regex(r"\b(?:back to (?:our|the|this) (?:worked )?example|for (?:our|this|the) example|"
              r"in (?:our|this) example|returning to (?:our|the|this) example|"
              r"(?:with|using) (?:our|the) example's values)\b|"
              r"이 예(?:제)?에서|우리 예(?:제)?에서|(?:다시 )?예제로 돌아|다시 예제로|예로 돌아|"
              r"在这个例子中|在这个例子里|在本例中|本例中|这个例子中|回到(?:这个|上面的|前面的)?例子|"
              r"对于这个例子", re.IGNORECASE)
# a paragraph that turns from the example to the general case
_GENERAL = Regex(r"\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:in general|generally|more generally|in the "
                 r"general case|for general|일반적으로|일반적인 경우|일반화하면|一般地|一般来说|"
                 r"一般情况|一般情形|一般而言)", re.IGNORECASE)


def moves_on(f: Formula, first_in_block: bool) -> frozenset[str] | None:
    """The names whose worked-example values end at `f`: a region of a name (`$x > 0$`: the
    text talks about every x there, not the example's), or None (every name) for the first
    formula of a paragraph that opens "In general", "일반적으로", "一般地"."""
    region = REGION_OF.fullmatch(f.text)
    if region is not None:
        return frozenset({region.group(1)})
    if first_in_block and _GENERAL.match(f.before.rsplit("\n\n", 1)[-1]):
        return None
    return frozenset()


def inside_region(f: Formula, value: object) -> bool:
    """The value an example gave a name lies in the region `f` states for it (`$z > 0$` with
    z = 1.5): what holds for every value there holds for it, so the example need not end."""
    region = REGION_OF.fullmatch(f.text)
    if region is None:
        return False
    try:
        return bool(_OPS[region.group(2)](float(value), float(region.group(3))))  # type: ignore[arg-type]
    except (TypeError, ValueError, KeyError):
        return False


def returns(f: Formula) -> bool:
    """The text before `f` in its sentence (or its paragraph's opening) comes back to the
    worked example."""
    lead = f.before.rsplit("\n\n", 1)[-1]
    return bool(_BACK.search(lead.split("$")[-1]) or _BACK.search(FULL_STOP.split(lead)[-1]))


# the text says an earlier section's values hold here: "same values as above", "the same data as
# in the previous example", "with the same numbers as before", "이전과 같은 값", "위와 같은 데이터",
# "앞의 예와 같은 설정", "数据同上", "沿用上面的数据", "与前面相同的参数" (not "the same weights are
# reused at every step": a value word, then where it was given)
_VALUE_WORD = (r"(?:values?|numbers?|data|inputs?|settings?|setup|config(?:uration)?|parameters?|"
               r"hyper-?parameters?|example|weights|initiali[sz]ation)")
_SAME = Regex(
    rf"\bsame\s+(?:\w+\s+)?{_VALUE_WORD}\s+as\s+(?:above|before|earlier|in\s+(?:the\s+)?"
    r"(?:previous|last|first|earlier|above)\b)|"
    rf"\b{_VALUE_WORD}\s+(?:as|from)\s+(?:above|before)\b|"
    r"(?:이전|앞|위|앞의\s*예(?:제)?)(?:과|와|에서와)\s*(?:같은|동일한|똑같은)\s*"
    r"(?:값|설정|데이터|입력|숫자|조건|파라미터|가중치|예(?:제)?)|"
    r"(?:数据|数值|参数|设置|取值|条件)同上|同上(?:的)?(?:数据|数值|参数|设置)|"
    r"沿用(?:上面|前面|上例|上一节|前例|之前)的?(?:数据|数值|参数|设置|取值)|"
    r"(?:与|和|同)(?:上面|前面|上例|上一节|前例|之前)(?:相同|一样)的(?:数据|数值|参数|设置|取值)|"
    # a definite reference to the text's small example by its kind: "for the toy schedule",
    # "on our running example", "토이 예제에서", "对这个玩具例子" (a toy example the text gave)
    rf"\b(?:for|in|on|with|using|to)\s+(?:the|our|this|that)\s+(?:toy|running)\s+"
    rf"(?:{_VALUE_WORD}|schedule|problem|case|network|model|dataset|matrix|graph|chain)\b|"
    r"(?:이|그|앞의|위의)?\s*(?:토이|장난감)\s*예(?:제|시)?(?:에서|에\s*대해|로)|"
    r"(?:这个|上面的|前面的|该)?玩具(?:例子|示例|算例)(?:中|里|上|来说)",
    re.IGNORECASE)


# what makes "the same values" not all of them, or not the latest ones: an exception or a
# change in words ("except that the rate is now 0.3", "학습률만 0.05로", "但权重改为 1"), a number
# in the prose, or an earlier example named by its place ("as in the first example", 첫 번째,
# 第一个)
_NOT_ALL = Regex(
    r"\bexcept\b|\bbut\b|\binstead\b|\bfirst\b|\bchang|\d|제외|만\s|말고|대신|바꾸|바뀌|"
    r"첫\s*번째|처음|但|除了|改为|改成|换成|第一", re.IGNORECASE)


def same_values(f: Formula) -> bool:
    """The prose before `f` (its paragraph; for a display, the paragraph above) says the values
    of the latest earlier section or example hold here, all of them (not when it names an
    exception, a change or another example: then which values hold stays a guess)."""
    prose = re.sub(r"\$[^$]*\$", " ", f.before)
    cue = _SAME.search(prose)
    return cue is not None and not _NOT_ALL.search(prose[cue.start():])
