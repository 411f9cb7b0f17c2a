"""What the writer does with a formula: asserts it, quotes it as wrong, asks it, or states an
approximation that holds in a limit (the formula's speech act).

Notes are full of formulas their prose does not assert: a common mistake quoted to be
corrected ("Many wrote $...$: that is ...", "흔한 오답: $...$", "常见错误：$...$", "..., not
$...$", "$...$ 는 틀렸습니다", a ✗ or `\\text{(wrong)}` beside it), a formula asked about ("$...$
맞나요?", "is it $...$?", "对吗？"), an approximation for large or small values ("for large $x$,
$\\mathrm{softplus}(x) \\approx x$", "$x$ 가 클 때", "当 $x$ 很大时"). None of them is the writer's
claim, so none is reported as a wrong step: a quoted or asked formula is still checked, and
the report says whether it indeed does not hold (`undecided`, with that reason and the
counterexample) or holds; an approximation in a limit is not checked at sampled or the
example's values (`undecided` when it differs there). A quoted formula establishes nothing:
its definitions and values are not kept; an asked one states no fact (a derivative asked about
is not taken as given elsewhere), though a name it defines keeps its meaning ("why is the
gradient of $\\mathrm{LSE}(x) = ...$ the softmax?").

A cue counts only when it is about that formula: in the same sentence, before it with no other
formula in between (or right before it: "not", "instead of"), right after it ("is wrong"), or
at the end of the sentence before it when that sentence introduces it (ends with a colon, or the
formula follows "writing", "wrote"). The cue words are vocabulary rows; the marks inside or
around a formula (✗, ✓, a strikethrough) are `mark.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum

from checker.derive import phrase
from checker.derive.approximation import decided_in_limit
from checker.derive.mark import MARK_RIGHT, marked_wrong, struck
from checker.derive.markdown import Formula
from checker.derive.regex import Regex
from checker.derive.result import Step
from checker.derive.retraction import retracted


class Act(Enum):
    ASSERTED = "asserted"
    QUOTED = "quoted by the text as wrong"
    ASKED = "asked by the text, not stated"
    LIMIT = "an approximation for a limit"

    @property
    def asserts(self) -> bool:
        """The text establishes what the formula says (its definitions, values, facts)."""
        return self not in (Act.QUOTED, Act.ASKED)


_END = Regex(r"[.!?;:](?=\s|$)|[。！？；：]")  # where a sentence (or a clause before ":") ends
_LISTED = Regex(r"^[\s$,、，/]*(?:(?:and|or|및|과|와|或|和)[\s$,、，]*)*$")
_WRITING = Regex(r"(?:\b(?:writ(?:e|es|ing)|wrote|says?|said)|写成|写作|写)[\s:：,，]*$")
# a result the writer reports as their own, right before the formula: "I derived", "we got",
# "제가 구한 식은", "我推出": reported, so a check that disagrees later in the sentence doubts it
_OWN_RESULT = Regex(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:derived?|got|get|obtained?|computed?|calculated?|found|"
    r"end(?:ed)?\s+up\s+with|came\s+up\s+with)[\s:：,，]*$|"
    r"(?:제가|내가|저는|나는)\s*(?:구한|유도한|계산한|얻은)\s*(?:식|값|결과)?\s*(?:은|는|이|가)?\s*$|"
    r"我(?:们)?(?:推出|推导出|算出|得到|求出|算得|得出)(?:了|的是|的)?[\s:：,，]*$")
_BECAUSE = Regex(r"\b(?:since|because)\b|由于|因为|이므로|므로|니까")
_NEGATED = Regex(r"\b(?:not|never|isn't|wasn't)\s+(?:a\s+)?(?:wrong|incorrect|mistake)|아니라면")
_RAISED_CUE = Regex(r"\b(?:if|or|whether)\s+not$")  # "if not $x = 0$", "whether or not"
_NEAR = 10  # a cue after a formula starts within this many characters of it
# a cue that the sentence turns away from before the formula: "to avoid a common mistake, we
# write", "a common mistake is X, so we take", "为了避免常见错误，我们写", "흔한 실수를 피하기 위해"
_AVOIDED = Regex(r"\b(?:avoid(?:s|ing)?|prevent(?:s|ing)?|without)\s+(?:\w+\s+){0,2}$|避免|防止")
_AVOIDED_AFTER = Regex(r"^\s*(?:을|를|은|는)?\s*(?:피하|막)")
_ASSERTS = Regex(
    r"(?:[,;，；]|\b(?:so|then|thus|hence|therefore|instead)\b)[^,;，；]*?"
    r"\b(?:we|let's|let us)\s+(?:now\s+|then\s+|instead\s+)?(?:take|write|set|define|redefine|"
    r"use|let|put|choose|pick)\b|"
    r"(?:所以|因此|于是|那么|因而|[，,；;])\s*我们(?:现在|改|就)?(?:取|写|令|设|定义|重新定义|用|选)")
# (the writer's own choice only: "..., then we get $...$" may still tell the mistake's result)
# an adverb cue ("wrongly", "incorrectly") is about the formula only when it modifies the
# writer's act ("students wrongly write", "incorrectly cancel ... to get"), not a noun
# ("incorrectly normalised data gives $...$")
_ADVERB_ACT = Regex(
    r"^\s*(?:\w+\s+)?(?:writ\w*|wrote|claim\w*|conclud\w*|assum\w*|stat\w*|deriv\w*|"
    r"comput\w*|get|gets|got|simplif\w*|cancel\w*|appl\w*|us(?:e|es|ed|ing)|tak\w*|took|"
    r"drop\w*|expand\w*|differentiat\w*|cop\w*|put\w*|set|sets|treat\w*)\b")
# "To see whether it converges, note that $...$": a clause between the cue and the formula
_CLAUSE = Regex(r"[,;，；、]|\b(?:note|notice|recall|observe|remember)\b")
# "(why?)", "(why? see below)", "(왜?)", "(为什么？)": an aside, not the sentence's own question
_ASIDE = Regex(r"\(\s*(?:why|how|왜|어째서|为什么|為什麼)[^()$]{0,40}\)")
_WHY = Regex(r"^\W*(?:why|how come|how so|왜|为什么)\b", re.IGNORECASE)
# prose that goes on with the sentence of the display formula above it
_GOES_ON = Regex(r"[a-z,;.:)—–-]|(?:은|는|이|가|을|를|로|으로|라고|이라고|와|과|是|为)(?:\s|$)")
_APPROX = Regex(r"\\approx|≈|\\simeq|≃|\\sim\b")
_LIMIT_MATH = Regex(r"\\to\b|\\rightarrow|→|\\gg|\\ll|≫|≪")
_LIMIT_TEXT = Regex(r"\\text\w*\s*\{[^}]*(?:large|small|limit)[^}]*\}")


def _sentences(text: str) -> list[str]:
    """Pieces of prose between sentence ends (a piece keeps the mark that ends it)."""
    out, start = [], 0
    for m in _END.finditer(text):
        out.append(text[start:m.end()])
        start = m.end()
    out.append(text[start:])
    return out


def _found(text: str, cue: str) -> int:
    """Where `cue` last occurs in `text` as a whole phrase (a word cue not inside a word:
    "not" is not in "note", "nothing", "knot"), or -1."""
    end = len(text)
    while True:
        at = text.rfind(cue, 0, end)
        if at < 0:
            return -1
        before, after = text[at - 1:at] if at else "", text[at + len(cue):at + len(cue) + 1]
        if (not cue[:1].isascii() or not cue[:1].isalpha() or not before.isalpha()) and \
                (not cue[-1:].isascii() or not cue[-1:].isalpha() or not after.isalpha()):
            return at
        end = at + len(cue) - 1


# a cue that is only the subject of a sentence ("有人", "学生们", "학생들이") quotes the formula
# only when that subject writes it: a verb of writing, deriving or believing follows it
# ("有人写成", "有的同学把...写成", "많은 학생이 ... 라고 쓴다"), not "所有人都应该记住",
# "没有人会怀疑", "학생들이 꼭 기억해야 할 공식은"
_SUBJECT = Regex(r"(?:人|同学|学生|학생|학생이|학생들이|사람이|사람들이)$")
_NOT_SOMEONE = Regex(r"[所没沒还還]$")
_WRITES = Regex(r"写|算成|算出|认为|以为|记成|记作|当成|当作|得出|得到|推出|误|弄成|搞成|"
                r"쓰|쓴|썼|씁|적었|적는|적은|적어|라고|이라고|계산|착각|생각|유도|얻|구하|실수|틀리|틀린|잘못")
# the formula is introduced as the correct one ("오답 노트: 정답은 $...$", "正确的是 $...$")
_CORRECT = Regex(r"정답|올바른|옳은|正确|\b(?:the\s+)?(?:correct|right)\s+(?:answer|version|"
                 r"formula|form|result|expression|one|way|value|derivative|gradient)\b|"
                 r"\bthe correct\b")


def _cued_before(lead: str, cues: tuple[str, ...], object_only: bool = False,
                 tail: str = "") -> bool:
    """A cue in the sentence before the formula, with no other formula after it (or only
    formulas listed with this one: "common mistakes: $A$ and $B$"), that is about the formula:
    not turned away from ("to avoid a common mistake, we write"), not followed by a clause that
    asserts ("..., so we take $...$"); with `object_only`, the formula is the cue's object (no
    clause between: "whether $...$", not "whether it converges, note that $...$")."""
    for cue in cues:
        at = _found(lead, cue)
        if at < 0:
            continue
        rest = lead[at + len(cue):]
        if _SUBJECT.search(cue) and (_NOT_SOMEONE.search(lead[:at]) or
                                     not _WRITES.search(rest + " " + tail.split("$", 1)[0])):
            continue
        if _CORRECT.search(rest):
            continue
        if (_states_between(rest) and not _LISTED.match(rest)) or _AVOIDED.search(lead[:at]) or \
                _AVOIDED_AFTER.match(rest) or _ASSERTS.search(rest) or \
                object_only and _CLAUSE.search(rest) or \
                cue.endswith("ly") and cue.isascii() and not _ADVERB_ACT.match(rest):
            continue
        return True
    return False


_RELATION = Regex(r"=|<|>|≈|≤|≥|≠|\\(?:approx|le|ge|leq|geq|ne|neq|to|rightarrow)(?![a-z])")


def _states_between(rest: str) -> bool:
    """A formula stating something between a cue and the formula it may be about: a relation
    (`$P^- = P + Q$`), not a name alone ("forgetting $Q$ in the predict step (gives $P_1^- =
    4$)": the mistake's subject, the cue still about the formula after it)."""
    return any(_RELATION.search(m) for m in re.findall(r"\$([^$]*)\$", rest))


def _right_before(lead: str) -> bool:
    """"..., not $...$", "instead of $...$", "而不是 $...$": the cue ends the text before it."""
    words = lead.rstrip(" (\"“'‘")
    return not _RAISED_CUE.search(words) and any(
        words.endswith(cue) and _found(words, cue) == len(words) - len(cue)
        for cue in phrase.QUOTED_RIGHT_BEFORE)


def _called_wrong(tail: str) -> bool:
    """"$...$ is wrong", "$...$, which is not right", "$...$ 는 틀렸습니다": a cue right after
    it (within a few words; "$A$ 가 아니라" right at it: in "$A$ 은 미분이 아니라", A is not
    what is negated)."""
    words = tail.split("$", 1)[0].lstrip(" ,，、")
    return not _NEGATED.search(words) and any(
        0 <= _found(words[:_NEAR + len(cue)], cue) <= (0 if "아니" in cue else _NEAR)
        for cue in phrase.CALLED_WRONG)


_REPORTED_AFTER = Regex(r"^\s*(?:이?라고|이?라는)")  # "$...$ 라고 되어 있는데"
_CONTRAST = Regex(r"\b(?:but|yet|however|though|although)\b|하지만|그런데|는데|인데|지만|但|可是|"
                  r"不过|然而")


def _doubted(lead: str, tail: str) -> bool:
    """"My notes say $...$ but my gradient check disagrees", "책에는 $...$ 라고 되어 있는데
    검산하면 안 맞아요", "书上写 $...$，但我验算对不上": a formula the sentence reports from a
    source (a verb of saying or writing right before it, "라고" right after it) or as the
    writer's own result ("I derived", "제가 구한 식은", "我推出"), then turns
    against with a contrast and a check that disagrees, later in the same sentence. The
    writer doubts it: asked, not stated (a report with no doubt after it is asserted)."""
    if not (_WRITING.search(lead) or _OWN_RESULT.search(lead) or _REPORTED_AFTER.match(tail)):
        return False
    turn = _CONTRAST.search(tail)
    return turn is not None and any(_found(tail[turn.start():], cue) >= 0
                                    for cue in phrase.DOUBTING)


_QUOTE_OPEN = ("\"", "“", "「", "『")
_QUOTED_BACK = Regex(r"^[^$\"”」』]*[\"”」』]\s*(?:←|<-|⟵|<--)")


def _quoted_back(lead: str, tail: str) -> bool:
    """`- "$∂L/∂z_k = -1/p_k$ 이다" ← 이건 ∂L/∂p_k`: a formula in quotation marks, an arrow after
    them pointing back at it with a comment: someone's claim, annotated, not the writer's."""
    return lead.rstrip().endswith(_QUOTE_OPEN) and bool(_QUOTED_BACK.match(tail))


_QUESTION = Regex(r"^[\W_]*(?:q|question|질문|问|問|提问)\s*\d*\s*[:.：)）]")
_ANSWER = Regex(r"^[\W_]*(?:a|answer|reply|답변|답|答|回答)\s*\d*\s*[:.：)）][\W_]*")


_REPORTED = Regex(r"\b(?:you|i|we|someone|somebody|they|he|she)\s+(?:\w+\s+)?(?:wrote|write|"
                  r"got|think|thought|claim(?:ed)?|said|derived|computed|believe[ds]?)\b|"
                  r"你写|你算|你得到|我算的|我写的|我觉得|我认为|제가 구한|제 풀이|라고 썼|"
                  r"라고 적|라고 생각")


def _answered_against(f: Formula) -> bool:
    """`> I think $...$` then "You forgot the inner derivative.", "**Question.** Someone wrote
    $...$" then "**Answer.** That is wrong: ...", "You wrote $...$." then "No — ...": a
    formula in a block quote, a labelled question, or a sentence that reports someone's claim
    ("you wrote", "I got", "我算的是"), and the answer right below turns it down as it opens:
    the claim, quoted to be corrected, not the writer's."""
    lead = _sentences(f.before.lower())[-1]
    if not (f.quoted or _QUESTION.match(f.before.lower()) or _REPORTED.search(lead)):
        return False
    reply = f.after if f.display else f.reply
    opening = _ANSWER.sub("", reply.lower().lstrip(), count=1).lstrip(" *_>")
    return any(opening.startswith(cue) and not opening[len(cue):len(cue) + 1].isalpha()
               for cue in phrase.REJECTING)


def _continues(f: Formula) -> bool:
    """The prose after a display formula goes on with its sentence ("$$...$$ which is
    wrong", "$$...$$ 는 틀렸다"), rather than starting a new one (or being a heading)."""
    return bool(_GOES_ON.match(f.after.lstrip()))


def act(f: Formula, earlier: list[Formula]) -> Act:
    """The act of `f`, from the marks inside it and the prose around it (`earlier`: the
    formulas before it in its block, nearest last, for the limits written as math)."""
    if marked_wrong(f.text):
        return Act.QUOTED  # `... \quad \text{(wrong)}`, `... ✗`
    if struck(f):
        return Act.QUOTED  # `~~$v_1 = 0.01 \cdot 4$~~ wait, that's wrong`
    pieces = _sentences(_ASIDE.sub(" ", f.before.lower()))
    lead = pieces[-1]
    previous = pieces[-2] if len(pieces) > 1 else ""
    after = _ASIDE.sub(" ", f.after.lower()) if not f.display or _continues(f) else ""
    if _WHY.match(after):
        after = ""  # "$$...$$ why? Because ...": a question about why it holds, asserted
    tail = _sentences(after)[0] if after else ""
    # (formulas of the sentence before this one that state nothing, names alone: "Common
    # mistakes: forgetting $Q$ in the predict step (gives $P_1^- = 4$)")
    named_only = not any(_RELATION.search(g.text) for g in earlier[:lead.count("$")])
    introduced = named_only and (previous.rstrip().endswith((":", "：")) or
                                 bool(_WRITING.search(lead)))  # "...: writing $...$"
    if _called_wrong(tail) or retracted(_sentences(f.after.lower())) or \
            _cued_before(lead, phrase.QUOTED, tail=tail) or \
            _quoted_back(lead, tail) or _right_before(lead) or _answered_against(f) or \
            introduced and not _CORRECT.search(lead) and _cued_before(previous, phrase.QUOTED):
        return Act.QUOTED
    since = bool(_BECAUSE.search(lead))
    if not since and (tail.rstrip().endswith(("?", "？")) or _doubted(lead, tail) or
                      _cued_before(lead, phrase.ASKING, object_only=True) or
                      any(_found(tail.split("$", 1)[0], cue) >= 0
                          for cue in phrase.ASKING)):
        return Act.ASKED
    if _APPROX.search(f.text) and _in_limit(f, lead, tail, earlier):
        return Act.LIMIT
    return Act.ASSERTED


def _in_limit(f: Formula, lead: str, tail: str, earlier: list[Formula]) -> bool:
    """"for large $x$, ...", "... for small $h$", "$x$ 가 클 때", "当 $x$ 很大时", "as $n \\to
    \\infty$", `\\quad (x \\gg 1)`: the sentence states the approximation for a limit."""
    if _limit_math(f.text) or _LIMIT_TEXT.search(f.text):
        return True
    cues = phrase.LIMIT
    if any(_found(lead, cue) >= 0 for cue in cues) or \
            any(_found(tail.split("$", 1)[0], cue) >= 0 for cue in cues):
        return True
    inline = [g for g in earlier if not g.display][:lead.count("$")]  # this sentence's formulas
    return any(_limit_math(g.text) for g in inline)


_SUPERSCRIPT = Regex(r"\^\{[^{}]*\}")


def _limit_math(text: str) -> bool:
    """An arrow or ≫ in the formula, outside a superscript (`ℓ^{I\\to T}` labels a direction;
    the arrow of a limit is written on the line or under `\\lim`)."""
    return bool(_LIMIT_MATH.search(_SUPERSCRIPT.sub("", text)))


def acts(formulas: list[Formula]) -> list[Act]:
    """Each formula's act, in document order."""
    out = []
    for k, f in enumerate(formulas):
        earlier = [g for g in formulas[k - 1::-1] if g.block == f.block] if k else []
        out.append(act(f, earlier))
    return out


def segment_act(formula_act: Act, source: str) -> Act:
    """One statement's act: in a formula that marks some statements right and others wrong
    (`a = b ✗ \\qquad a = c ✓`), the mark after the statement decides."""
    if marked_wrong(source):
        return Act.QUOTED
    if MARK_RIGHT.search(source) and formula_act is Act.QUOTED:
        return Act.ASSERTED
    return formula_act


_LIMIT_REASON = ("could not decide: an approximation for a limit (the text states it for large or "
                 "small values, or as a variable tends to a limit): it is not checked at sampled "
                 "or the example's values")


def reported(step: Step, how: Act) -> Step:
    """A step of a formula the text does not assert, as the report shows it: never `fails`."""
    if how is Act.ASSERTED:
        return step
    if how is Act.LIMIT:
        if step.verdict != "fails" or decided_in_limit(step.method):  # checked in that limit
            return step
        return replace(step, verdict="undecided", method=f"{_LIMIT_REASON} ({step.method})",
                       counterexample=None, diagnosis=None, recovers=None)
    said = how.value
    if step.verdict == "fails":
        return replace(step, verdict="undecided", recovers=None,
                       method=f"{said}; as read it indeed does not hold: {step.method}")
    if step.verdict == "holds":
        note = "the text calls it wrong, yet as read it holds" if how is Act.QUOTED else \
            "as read it holds"
        return replace(step, method=f"{step.method} ({said}: {note})")
    return replace(step, method=f"{said}; {step.method}")
