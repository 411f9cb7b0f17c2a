"""What the prose around a formula says about it (`settings`): a condition of the statement
before it ("L = ... when $y = 1$"), an equation to solve, a definition announced ("let"), the
conditions it is checked under, a piece of a definition stated for a region."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.derive.branch import FULL_STOP, case_conditions, same_sentence
from checker.derive.condition import INTERVAL
from checker.derive.conjunction import arrowed, follows_on, solved_on
from checker.derive.episode import REGION_OF, moves_on, returns, same_values
from checker.derive.errors import Unreadable
from checker.derive.framing import (
    HEAD_NAME,
    Prose,
    announced,
    applied_head,
    concluded,
    prose,
    region_after,
    region_before,
    set_to_zero,
    solved_chain,
)
from checker.derive.markdown import Formula
from checker.derive.regex import Regex
from checker.derive.stance import Act, acts
from checker.derive.statement import parse_statements, single_statement
from checker.derive.threshold import quoted_threshold
from checker.derive.tree import Node, Relation, Sym, walk


@dataclass(frozen=True)
class Setting:
    """What the prose says about a formula: it is a condition of the statement before it;
    conditions it is checked under."""

    condition: bool = False
    equation: bool = False  # the condition is an equation the prose sets up to solve
    given: tuple[Relation, ...] = ()
    announced: bool = False  # "let $h' = h$": a definition from here on, never a restatement
    concluded: bool = False  # "So ...", "于是": a defined name written again is restated
    piece: bool = False  # stated under a condition on a variable ("x < 0 时", "for $x > 0$")
    act: Act = Act.ASSERTED  # quoted as wrong, asked, an approximation for a limit (stance.py)
    premise: Formula | None = None  # the equation to solve it follows from ("= 0$, so $...$")
    aside: int = 0  # in a counterfactual sentence: the line its values stop holding (aside_ends)
    # the text moves on from a worked example here: the base letters whose example values end
    # (`x > 0`: a region of x), or every name ("In general, ..."): `moves_on`
    moves_on: frozenset[str] | None = frozenset()
    returns: bool = False  # "Back to our example", "이 예에서": the ended values hold again
    # "Same values as above.", "이전과 같은 값으로", "数据同上": an earlier section's values hold
    same: bool = False
    region: Formula | None = None  # the region `moves_on` comes from (`$x > 0$`)
    # "with $\delta = 1.5$, $r = -2$": the names the formulas listed right after it in its
    # sentence give numbers (`alongside`): the same case's values (binding.rebound_alongside)
    alongside: frozenset[str] = frozenset()
    values_after: tuple = ()  # and those names with their numbers (sequel.py)
    # "$\alpha_t = \alpha$ or $1 - \alpha$": the value is one of those listed after it
    alternatives: bool = False
    # "当 $\mu = 0$ 时", "if $\mu = 0$", "$\mu = 0$ 이면": values supposed for what follows
    supposes: bool = False
    # its condition by the list it stands in ("when $w = 0.5$, $2w - 1 = 0$"), not its own cue
    listed: bool = False
    sentence_end: int = 0  # the line after its sentence's last formula (sentence_end)


_APPLIED_HEAD = Regex(HEAD_NAME + r"'*\s*\([^=]*\)\s*=")  # f(x) = ..., not y = 1
_INEQUALITY = Regex(r"[<>≤≥]|\\(?:le|ge|leq|geq|lt|gt)\b")
_LISTED = Regex(r"\$\s*(,|and|or|그리고|및|와|과|、|，)\s*$")
# the values a step is about, given right after it by "where" ("$L = 0.36$이다. 여기서 $y = 0$",
# "$ab + 1 = 13$，其中 $a = 3$", "$z = 2.5$, where $w = 1$"): in its sentence or the next one
_WHERE = Regex(r"\$\s*(?:이다|입니다|이고|이며|이므로)?\s*[,.;:。，；]?\s*(?:where|here|with|"
               r"여기서|이때|이 때|단|其中|这里|此处|式中)\s*[,:，：]?\s*$", re.IGNORECASE)


# a sentence that says what WOULD be at other values, not what the example is: "(With $w = 2$
# instead, the output would be ...)", "if $w$ had been 2", "만약 $w = 2$ 였다면", "假如 ...",
# "如果 ... 的话" (not "Now use $w = 2$ instead.": a real switch)
_UNREAL = Regex(
    r"\bwould\b|\b(?:you|we|it|i|they|one)['’]d\b|\bwithout\s+(?:it|this|that|the)\b|"
    r"\bhad\s+been\b|\bif\b.*\bwere\b|\b(?:if|suppose|with|say)\b.*\binstead\b|"
    r"\bhypothetical|counterfactual|[였었]다면|[였었]더라면|만약.*(?:라면|다면)|假如|假设.*的话|"
    r"如果.*的话|要是|换成|改为|改成|"
    # "if there were no ...": "잔차 연결이 없다면 ($y = F(x)$)", "스케일링하지 않으면", "如果没有残差"
    r"없다면|없으면|않는다면|않으면|(?:如果|若|要是)(?:没有|不)|"
    # another convention's formula: "Some texts scale it differently: $L = r^2/(2\beta)$"
    r"\b(?:some|other|many|certain)\s+(?:texts|books|authors|papers|courses|references|"
    r"sources|libraries|frameworks|textbooks|implementations)\b|\bdifferently\b|"
    r"\b(?:another|other|a different)\s+convention\b|"
    r"다른\s*(?:책|교재|문헌|자료|논문|구현)|어떤\s*(?:책|교재|문헌|자료|논문|구현)|"
    r"有些(?:书|教材|文献|资料|作者|论文|实现)|有的(?:书|教材|文献|资料|论文)|另一种(?:写法|定义|约定)|"
    # a value changed to see what happens ("Halving the lift to $\delta = 0.01$ quadruples n",
    # "if we double the batch to $B = 64$", "η를 0.01로 줄이면", "若把学习率减半为"): a case
    # considered, never a claim that the quantity has the new value
    # (verbs of size only: "changing/바꾸면 ... to $z = μ + σε$" may give a new model, whose
    # steps in the sentence are claims)
    r"\b(?:halv|doubl|tripl|quadrupl|rais|lower|reduc|increas|decreas|cutt|dropp|"
    r"bump|shrink|grow)ing\b[^.$]*?\bto\s*\$|"
    r"\b(?:if|when|suppose)\s+(?:we|you|one|i)\s+(?:halve|double|triple|raise|lower|reduce|"
    r"increase|decrease|cut|drop|bump|shrink)\b[^.$]*?\bto\s*\$|"
    r"(?:로|으로)\s*(?:줄이|늘리|낮추|높이|올리|내리)(?:면|다면|는\s*경우)|"
    r"(?:若|如果|假如|要是)[^。$]*?(?:减半|加倍|翻倍|降到|降至|降低到|提高到|增加到|增大到|"
    r"减小到|减少到|调到|调整为|调为)|"
    # another configuration of the system ("if we put two in parallel", "병렬로 두면",
    # "如果把两个并联"): the values of another system, considered
    r"\b(?:if|when|with)\b[^.$]*?\bin\s+(?:parallel|series)\b|"
    r"(?:병렬|직렬)\s*로\s*(?:두|놓|연결하|배치하|묶)(?:으면|면)|"
    r"(?:如果|若|要是|把)[^。$]*?(?:并联|串联)",
    re.IGNORECASE)


def _sentence(f: Formula) -> str:
    """The prose of the sentence `f` stands in (formulas shown as $)."""
    return FULL_STOP.split(f.before)[-1] + " $ " + FULL_STOP.split(f.after)[0]


def aside_ends(formulas: list[Formula]) -> dict[int, int]:
    """The formulas that stand in a counterfactual sentence ("(With $w = 2$ instead, the output
    would be $\\sigma(2) \\approx 0.881$.)", "만약 $w = 2$ 였다면 ..."): formula → the line after
    the sentence's last formula, where the values it gives stop holding (what the example gave
    before holds again: State.bind)."""
    return {k: sentence_end(formulas, k) for k, f in enumerate(formulas)
            if not f.display and _UNREAL.search(_sentence(f))}


def sentence_end(formulas: list[Formula], k: int) -> int:
    """The line after the last formula of the sentence formula k stands in (its own line's
    next, for a displayed formula): where what the sentence supposes stops holding."""
    j = k
    while j + 1 < len(formulas) and same_sentence(formulas[k], formulas[j + 1]):
        j += 1
    return formulas[j].line + 1


def alongside(formulas: list[Formula], k: int) -> frozenset[str]:
    """"with $\\delta = 1.5$, $r = -2$: ...": the names given a number by the formulas listed
    right after formula k in its sentence (only a comma or "and" between them)."""
    return frozenset(name.name for name, _ in listed_values(formulas, k))


# a consequence's value right after a step in its sentence: "$\\sin\\theta = 0.48$, so $\\theta
# \\approx 28.9^\\circ$", "이므로", "所以", "即": the step is about that value
_SO = Regex(r"\$\s*,?\s*(?:so|thus|hence|giving|i\.e\.|이므로|이니까|所以|故|即)\s*,?\s*$",
            re.IGNORECASE)


def listed_values(formulas: list[Formula], k: int) -> tuple[tuple[Sym, Node], ...]:
    """The (name, number) pairs of the formulas listed right after formula k in its sentence
    (`$v_1 + v_2 = 0$, $v = (1, -1)$`: v and its numbers)."""
    pairs = []
    j = k
    while j + 1 < len(formulas) and ((same_sentence(formulas[j], formulas[j + 1]) and
                                      (_LISTED.search(formulas[j + 1].before) or
                                       _SO.search(formulas[j + 1].before))) or (
            j == k and _where(formulas[j], formulas[j + 1]))):
        found = single_statement(formulas[j + 1].text)
        if found is None or len(found.members) != 2 or not isinstance(found.members[0], Sym) or \
                any(isinstance(n, Sym) for n in walk(found.members[1])):
            break
        pairs.append((found.members[0], found.members[1]))
        j += 1
    return tuple(pairs)


def _where(step: Formula, first: Formula) -> bool:
    """`first` gives the values `step` is about, by "where" / 여기서 / 其中 right after it, in
    its paragraph (its sentence or the next)."""
    if step.display or first.display or step.block != first.block:
        return False
    between = "$".join(first.before.split("$")[step.before.count("$") + 1:])
    return bool(_WHERE.search("$" + between)) and between.count(".") + between.count("。") <= 1


def _in_table(f: Formula) -> bool:
    return not f.display and f.before.lstrip().startswith("|") and "|" in f.after


def table_labels(formulas: list[Formula]) -> set[int]:
    """Cells of a Markdown table that give one name several numbers (`| $X=0$ | ... |`, `|
    $X=1$ | ... |`, a distribution's rows and columns, an iteration's rows): labels of its
    rows and columns, never values for the steps after the table (H(X) is no entropy at 1)."""
    values: dict[tuple[int, str], set[str]] = {}
    cells: dict[int, tuple[int, str]] = {}
    for k, f in enumerate(formulas):
        found = single_statement(f.text) if _in_table(f) else None
        if found is None or len(found.members) != 2 or not isinstance(found.members[0], Sym) or \
                any(isinstance(n, Sym) for n in walk(found.members[1])):
            continue
        key = (f.block, found.members[0].name)
        values.setdefault(key, set()).add(repr(found.members[1]))
        cells[k] = key
    return {k for k, key in cells.items() if len(values[key]) > 1}


_OR = Regex(r"\$\s*,?\s*(?:or|또는|혹은|或者|或)\s*$", re.IGNORECASE)


def alternatives(formulas: list[Formula], k: int) -> bool:
    """"likewise $\\alpha_t = \\alpha$ or $1 - \\alpha$", "$\\alpha_t = \\alpha$ 또는 $1 - \\alpha$": an
    equation followed, in its sentence, by "or" and a bare expression gives one of several
    values (by a case the text leaves to the reader), not the name's only one."""
    if k + 1 >= len(formulas) or not same_sentence(formulas[k], formulas[k + 1]):
        return False
    after = formulas[k + 1]
    return formulas[k].text.count("=") == 1 and "=" not in after.text and \
        bool(_OR.search(after.before)) and not _INEQUALITY.search(after.text)


def settings(formulas: list[Formula]) -> list[Setting]:
    """Each formula's setting, from the cues around it ("L = ... when $y = 1$": y = 1 is a
    condition of L = ..., not a value for what follows)."""
    cues = [prose(f) for f in formulas]
    listed = set()
    for k in range(1, len(formulas)):  # "if $y = 1$, $\hat{y} = 1$": one list of conditions
        if cues[k] is None and cues[k - 1] is not None and \
                formulas[k].block == formulas[k - 1].block and _LISTED.search(formulas[k].before) \
                and not _APPLIED_HEAD.match(formulas[k].text):  # "and $f(x) = ...$": a piece
            cues[k] = cues[k - 1]
            listed.add(k)
    premise: dict[int, int] = {}  # a consequence of an equation to solve → that equation
    for k in range(1, len(formulas)):
        if cues[k - 1] is Prose.EQUATION and solved_on(formulas[k], formulas[k - 1]):
            cues[k] = Prose.EQUATION  # needs $O = N$, i.e. $N + 2P - K + 1 = N$
        elif cues[k] is None and arrowed(formulas[k], formulas[k - 1]) and (
                cues[k - 1] is Prose.EQUATION or k - 1 in premise or
                solved_chain(formulas[k - 1].text) or set_to_zero(formulas[k - 1].text)):
            premise[k] = k - 1  # `$$... = 0$$ $$\Rightarrow x^* = ...$$`: from the one above
        elif (cues[k - 1] is Prose.EQUATION or k - 1 in premise or
              solved_chain(formulas[k - 1].text)) and cues[k] is None and \
                follows_on(formulas[k], formulas[k - 1]) and not applied_head(formulas[k].text):
            premise[k] = premise.get(k - 1, k - 1)  # = 0$, so $wx = y$ and $w = y/x$
    # "若 $w^* < 0$：... 即 $w^* = u + \lambda$": an inequality the prose makes a case ("if",
    # "若", "当"): what its paragraph states after it is stated for that case
    cased = {j for k, f in enumerate(formulas) if cues[k] is Prose.RESTRICTS_FOLLOWING and
             _INEQUALITY.search(f.text) and "=" not in f.text
             for j in range(k + 1, len(formulas)) if same_sentence(f, formulas[j])}
    given: dict[int, list[Relation]] = case_conditions(formulas)  # "if $x > 0$: ...", "otherwise"
    out = []
    labels = table_labels(formulas)
    for k, (f, cue) in enumerate(zip(formulas, cues)):
        if k in labels:
            out.append(Setting(condition=True))  # a table's row or column label
        elif cue is Prose.EQUATION:
            out.append(Setting(condition=True, equation=True))  # not an identity
        elif cue is Prose.RESTRICTS_PREVIOUS:
            target = next((j for j in range(k - 1, -1, -1) if cues[j] is not
                           Prose.RESTRICTS_PREVIOUS), None)
            if target is not None and formulas[target].block == f.block:
                try:
                    given.setdefault(target, []).extend(
                        s.relation for s in parse_statements(f.text) if s.error is None)
                except (Unreadable, RecursionError):
                    pass
            out.append(Setting(condition=True))
        elif quoted_threshold(f):
            out.append(Setting(condition=True))  # "far above $Re ≈ 2300$": a threshold quoted
        elif k in premise:
            out.append(Setting(premise=formulas[premise[k]]))
        else:  # values given for what follows ("$x = 2$ 이면", "For $w = 1$:") or plainly
            out.append(Setting(announced=announced(f), concluded=concluded(f),
                               supposes=cue is Prose.RESTRICTS_FOLLOWING, listed=k in listed))
    asides = aside_ends(formulas)
    following = formulas[1:] + [None]
    return [replace(s, given=tuple(given.get(k, ())), aside=asides.get(k, 0),
                    moves_on=moves_on(f, not k or formulas[k - 1].block != f.block),
                    returns=returns(f), same=same_values(f), region=f if REGION_OF.fullmatch(f.text) else None,
                    piece=region_before(f) or region_after(f, following[k]) or k in cased or
                    any(set(r.ops) & set(INTERVAL) for r in given.get(k, ())),
                    act=how, alongside=alongside(formulas, k),
                    values_after=listed_values(formulas, k),
                    alternatives=alternatives(formulas, k),
                    sentence_end=sentence_end(formulas, k))
            for k, (s, f, how) in enumerate(zip(out, formulas, acts(formulas)))]
