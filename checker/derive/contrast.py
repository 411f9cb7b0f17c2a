"""A step the prose sets against a variant of what the text defined: "Compare ridge (L2) with
$\\frac{\\lambda}{2}w^2$: ..., so $\\frac{dJ}{dw} = 1.2 + 0.24$", "With MSE instead, $\\frac{
\\partial L}{\\partial z} = ...$", "L1 대신 L2 를 쓰면", "若改用交叉熵". The writer speaks of another
objective, loss or setting under the same name (J, L), which the text never defines: read with
the definition in force the step differs, but it is about the variant, so it is undecided,
never failing.

Not cued by "in place of" or "rather than": they more often say what a slip put where ("writes
the function in place of its derivative") than which variant the step is about.

Cued by the step's sentence (its paragraph's prose since the last sentence end before it,
formulas shown as $): CUE. Only a step whose left side is a name the text defines (J, J(w)) or
a derivative of one, the reading that rests on the definition; the links after it (`1.2 +
0.24 = 1.44`) are still checked as arithmetic."""

from __future__ import annotations

import re

from checker.derive.attempt import Attempt
from checker.derive.regex import Regex
from checker.derive.tree import Call, Deriv, Node, Sym

# another phase of the same model than the one its definitions describe: dropout's h̃ = m⊙h/p
# in training, "at test time h̃ = h"; batch norm's batch statistics, "at inference ... the
# running mean"
PHASE = (r"\b(?:at|during)\s+(?:test(?:ing)?|inference|evaluation|eval|prediction)(?:\s+time)?\b|"
         r"\bin\s+eval(?:uation)?\s+mode\b|테스트\s*(?:시|때|할\s*때)|추론\s*(?:시|때|할\s*때)|"
         r"평가\s*(?:시|때)|测试时|推理时|预测时|测试阶段|推理阶段")
# a contrastive conjunction that opens the variant's sentence: "whereas for ridge", "L1 과
# 달리", "반면", "而 L2 的解" (而 before a name; not 从而, 因而, 然而, 进而, 反而)
WHEREAS = (r"\bwhereas\b|\b(?:by|in)\s+contrast\b|\bunlike\b|반면|(?:와|과)\s*달리|"
           r"(?<![然从因进反继])而(?=\s*\$?\s*[A-Za-z])")
CUE = Regex(
    r"\b(?:compare[ds]?|comparing|comparison|instead|"
    r"if\s+we\s+(?:had\s+)?(?:use[ds]?|chose|choose|switch(?:ed)?)|had\s+we|"
    r"switch(?:ing)?\s+to|swap(?:ping)?\s+in)\b|대신|비교하|바꾸면|바꿔\s*(?:쓰|넣)|"
    r"换成|改用|若用|如果用|如果换|相比|对比|改为|" + PHASE + "|" + WHEREAS, re.IGNORECASE)
_SENTENCE_END = Regex(r"[.!?。！？]\s|\n\s*\n")


def sentence(before: str) -> str:
    """The prose of the step's own sentence: `before` since its last sentence end."""
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


# a value the sentence changes in words: "let $A$ fall by half", "if $k$ doubles", "halving
# $\\eta$", "$A$ 가 절반으로 줄면", "若 $A$ 减半", "$\\beta$ 翻倍时" (the name's $…$ captured)
_CHANGED = Regex(
    r"\b(?:let|if|when|suppose|once|as)\s+\$([^$]+)\$\s+(?:(?:is|were|was)\s+)?(?:"
    r"falls?|fell|drops?|dropped|rises?|rose|grows?|grew|doubles?|doubled|halves|halved|"
    r"triples?|tripled|increases?|increased|decreases?|decreased|changes?|changed|shrinks?|"
    r"goes\s+(?:up|down)|raised|lowered|reduced|cut)\b|"
    r"\b(?:halving|doubling|tripling|raising|lowering|reducing|increasing|decreasing|"
    r"changing)\s+\$([^$]+)\$|"
    r"\$([^$]+)\$\s*(?:가|이|를|을|의\s*값이)?\s*(?:절반|반으로|두\s*배|세\s*배|\d\s*배|"
    r"늘어나|늘면|줄어들|줄면|증가하|감소하|바뀌|커지|작아지)|"
    r"\$([^$]+)\$\s*(?:减半|翻倍|加倍|增大|减小|增加|减少|变为|降为|降到|升到|下降|上升|变成)",
    re.IGNORECASE)


def defined_head(attempt: Attempt) -> str | None:
    """The name the step's left side is, or differentiates, when the text defines it by
    this line (J in `dJ/dw`, `J(w)`, `∂J/∂w`); None otherwise."""
    left: Node = attempt.left
    if isinstance(left, Deriv):
        left = left.num if left.num is not None else left.operand
    name = left.name if isinstance(left, (Sym, Call)) else None
    if name is None or attempt.ctx.get(name, attempt.line) is None:
        return None
    return name


def against_a_variant(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step about a defined name, in a sentence that sets a variant against it
    ("compare", "instead", "대신", "改用") or another phase of the model ("at test time",
    "추론 시", "测试时"): undecided, with the cue."""
    cue = CUE.search(sentence(attempt.f.before))
    name = defined_head(attempt)
    if cue is None or name is None or any(  # `if x were 2 instead`: a value changed, read
            b[0] == attempt.line for v in attempt.ctx.bindings.values() for b in v):
        return None
    shown = attempt.ctx.shown(name)
    line = attempt.ctx.get(name, attempt.line).line
    return "undecided", (
        f"could not decide: read with {shown} as defined on line {line} the sides differ, "
        f"but the sentence sets a variant against it (\u201c{cue.group(0)}\u201d), which the "
        f"step may be about; define the variant under a name of its own (`{shown}_2 = ...`) "
        "to have it checked")


def after_a_change(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step in a sentence that changes in words a value the example bound ("Let
    $A$ fall by half: $G = 5 \\times 10^4/501$", "$k$ 가 두 배가 되면", "若 $\\beta$ 减半"), whose
    reading uses that name (itself or through a definition) at its old value: the step is
    about the new value, which the text does not bind, so it is undecided, never failing.
    The sentence only: the text goes back to the example's value after it."""
    from checker.derive.notation import parse_expression

    lines = attempt.state.prose.split("\n")
    raw = lines[attempt.line - 1] if 0 < attempt.line <= len(lines) else ""
    at = raw.find(attempt.f.text)
    if at < 0 or any(b[0] == attempt.line for v in attempt.ctx.bindings.values() for b in v):
        return None  # (a line that binds the new value is read at it)
    words = re.split(r"[.!?。！？]\s", raw[:at])[-1]
    reached = {s.name for s in attempt.state.reached((attempt.left, attempt.right),
                                                     attempt.line)}
    for cue in _CHANGED.finditer(words):
        text = next(g for g in cue.groups() if g)
        try:
            name = parse_expression(text.strip())
        except Exception:  # noqa: BLE001 - prose math that does not read names nothing
            name = None
        if isinstance(name, Sym) and name.name in reached and \
                attempt.ctx.bound({name.name}, attempt.line):
            shown = attempt.ctx.shown(name.name)
            return "undecided", (
                f"could not decide: the sentence changes {shown} in words (\u201c"
                f"{cue.group(0)}\u201d), and read at the value the example bound for {shown} "
                f"the sides differ; give the new value (`{shown} = ...`) to have it checked")
    return None
