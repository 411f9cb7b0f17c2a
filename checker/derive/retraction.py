"""The writer taking back a formula they just wrote (stance.py's retraction cue): "$f'(x) =
3(2x+1)^2$ 이다. 아 틀렸다, 다시.", "$$...$$ No wait, that forgets the chain rule.",
"$...$。不对，重新算。". Learner notes correct themselves as they go; the formula taken back is
not the writer's claim, so it is never reported as a wrong step (it is still checked)."""

from __future__ import annotations

from checker.derive import phrase
from checker.derive.regex import Regex

_OPENING = Regex(r"^[\s—–\-*_.…,，、(（]*")  # before the first word of a sentence
# a cue is a whole word: `不对称` (asymmetric) and `틀렸다고 생각했지만` retract nothing
_WORD_GOES_ON = Regex(r"[A-Za-z가-힣\u4e00-\u9fff]")
_SHORT_REST = 12  # "이다.", "이고,", " — ": what may end the formula's sentence before the cue


def retracted(pieces: list[str]) -> bool:
    """"$f' = 3(2x+1)^2$ 이다. 아 틀렸다, 다시.", "$$...$$ No wait, that forgets the chain
    rule.", "$...$……不对，重新算": the writer takes the formula back at the start of the next
    sentence (or right after it), with no other formula between: a retraction, not a claim.
    `pieces`: the prose after the formula, cut at each sentence's end."""
    rest = pieces[0] if len(pieces) > 1 else ""
    for text in ([pieces[0]] + ([pieces[1]] if len(pieces) > 1 and "$" not in rest and
                                len(rest.strip()) <= _SHORT_REST else [])):
        start = _OPENING.sub("", text.split("$", 1)[0])
        if any(start.startswith(cue) and not _WORD_GOES_ON.match(start[len(cue):])
               for cue in phrase.RETRACTING):
            return True
    return False
