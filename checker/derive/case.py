"""The case a step's own clause names: "- dissimilar pair, inside margin ($d < m$): $...$",
"For negative samples, $...$", "$y = 0$ 인 경우 $...$". What the clause before the formula (in
its sentence, list item or line) says: the conditions written there as formulas (`d < m`,
`y = 0`), and whether it names a case in words at all (`cued`), which lets a label-like name
(one the text gives the values {0, 1} or ±1) be read at one of its values."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import sympy as sp

from checker.derive import phrase
from checker.derive.condition import INTERVAL, Restriction, restriction
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.statement import single_statement
from checker.derive.tree import Neg, Node, Num, Relation, Sym

# a sentence ends; a list item's text starts with its own clause
_SENTENCE = Regex(r"(?:[.!?。！？]\s|\n|[;；]\s*)")
# a condition in words after its subject: "y 가 0 이면", "양성일 때", "正样本时", "对于"
_AFTER = Regex(r"(?:(?:이|하|되|으|라|니|않으)면(?![가-힣])|이라면|일\s*때|인\s*경우|의\s*경우|"
               r"에서는|时|的时候|情况|否则)")
# words that say which values a case is about: a class or label value, a side of a margin, an
# order, a case's negation ("for negative samples", "dissimilar pair:", "정답 클래스", "负样本")
_VALUE_WORDS = {"positive", "negative", "similar", "dissimilar", "correct", "incorrect",
                "correctly", "incorrectly", "wrong", "true", "false", "misclassified",
                "inside", "outside", "within", "beyond", "above", "below", "greater", "larger",
                "smaller", "less", "exceeds", "nonzero", "zero", "active", "inactive",
                "violated", "satisfied", "otherwise", "else", "other", "same", "different",
                "matching", "match", "mismatched", "genuine", "impostor", "target"}
_VALUE_SPELLINGS = ("양성", "음성", "양수", "음수", "양의", "음의", "정답", "오답", "오분류",
                    "잘못", "틀린", "맞은", "유사", "비유사", "같은", "다른", "안쪽", "바깥",
                    "내부", "외부", "이내", "초과", "미만", "이상", "이하", "아니면", "그렇지",
                    "나머지", "만족", "위반", "正样本", "负样本", "正类", "负类", "正例", "负例",
                    "正确", "错误", "误分类", "相似", "同类", "异类", "以内", "之外", "大于",
                    "小于", "超过", "满足", "违反", "否则", "其余", "其他")
# a condition word: the clause states a condition (not which values: "when", "경우", "时")
_CONDITION_WORDS = {"if", "when", "whenever", "unless", "case", "cases", "만약", "경우", "若",
                    "如果"}  # (not 当 alone: 相当, 适当; 当…时 is read by 时)
# a universal quantifier: the step is said to hold for every value, which names no case
_QUANTIFIER = Regex(r"(?<![a-z])(?:every|each|all|any|arbitrary|both|either|regardless|"
                    r"general|generally|always)(?![a-z])|모든|(?<![가-힣])각(?:각)?(?![가-힣])|"
                    r"임의|어떤|所有|每个|每一|任意|任何|一切|全部|各个|一般", re.IGNORECASE)
LABEL_VALUES = ({0, 1}, {-1, 1})  # the values a label-like name takes


def clause(f, blocks: dict[int, list[str]]) -> tuple[str, list[str]]:
    """The words of the clause right before formula `f` (its sentence or list item, up to the
    formula; formulas shown as `$`) and the formulas written in it, in order."""
    words = _SENTENCE.split(f.before)[-1].strip()
    block = blocks.get(f.block, [])
    count = words.count("$")
    at = block.index(f.text) if f.text in block else 0
    return words, block[max(0, at - count):at] if count else []


def cued(words: str, formulas: list[str]) -> bool:
    """Whether a clause names a case: a condition written as a formula in it (`d < m`,
    `y = 0`), a word that says which values ("negative samples", "dissimilar pair:", "정답",
    "正样本"), or a condition word ("if", "when", "경우", "时") with no universal quantifier
    beside it. A quantifier ("for every sample", "모든 샘플에 대해", "对所有样本") says the step
    holds for all values: it names no case, nor does "for" or a run-in label alone."""
    if any(conditions(formulas)):
        return True
    plain = words.replace("$", " ").strip()
    tokens = {t.lower() for t in re.findall(r"\w+", plain)}
    if tokens & _VALUE_WORDS or any(w in plain for w in _VALUE_SPELLINGS):
        return True
    if _QUANTIFIER.search(plain):
        return False
    return bool(tokens & _CONDITION_WORDS or _AFTER.search(plain) or
                any(not w.isascii() and w in plain for w in _CONDITION_WORDS) or
                any(plain.lower().startswith(c + " ") for c in phrase.BEFORE if c != "for"))


# a case named anywhere near a formula: a condition word, or its negation ("otherwise")
_NEAR = Regex(r"(?<![a-z])(?:if|when|whenever|otherwise|else|unless|case|cases|only|"
              r"inside|outside|region|piece)(?![a-z])|(?:이|하|되|으|라|니|않으)면(?![가-힣])|"
              r"일\s*때|경우|否则|时|若|如果|情况", re.IGNORECASE)


# the formula's own words name a case: `\\text{if } x > 0`, `\\quad\\text{otherwise}`
_CASE_IN_TEXT = Regex(r"\\(?:text|mathrm|quad)\s*\{?\s*(?:if|otherwise|for|when)")


def near(f) -> bool:
    """Whether the prose around formula `f` (its paragraph, the paragraphs beside a display,
    the formula's own text words) names a case or its negation."""
    return bool(_NEAR.search(f"{f.before} {f.after}")) or \
        bool(_CASE_IN_TEXT.search(f.text))


def beside(f) -> bool:
    """Whether the prose right beside formula `f` (from the formula before it to the one after
    it on its line, and its own text words) names a case or its negation: "$p_t = p$ if
    $y = 1$, and $p_t = 1 - p$ otherwise", "$y = 0$ 이면 $p_t = 1 - p$"; not a condition on
    another formula of the sentence ("$f(x) = x^2$ 이면 ... 정리하면 $x^{t+1} = ...$")."""
    tight = _tight(f)
    return bool(_NEAR.search(tight)) or \
        bool(_CASE_IN_TEXT.search(f.text))


# words that leave a piece's region to the reader ("$L = |r| - \\frac{1}{2}$ beyond",
# "elsewhere", "for $|r| \\le 1$")
_PIECE_WORDS = Regex(r"(?<![a-z])(?:beyond|elsewhere)(?![a-z])|(?<![a-z])for\s+\$",
                     re.IGNORECASE)


def piece_near(f) -> bool:
    """The prose right beside formula `f` names a case (`beside`) or a piece's region in
    words ("beyond", "elsewhere", "for $|r| \\le 1$")."""
    return beside(f) or bool(_PIECE_WORDS.search(_tight(f)))


def _tight(f) -> str:
    """The prose from the formula before `f` to the one after it, without the Korean verbs of
    working out that end like a condition ("정리하면": rearranging gives)."""
    text = f"{f.before.rsplit('$', 1)[-1]} {f.after.split('$', 1)[0]}"
    for verb in phrase.WORKING_OUT:
        text = text.replace(verb, " ")
    return text


def in_part(lv, rv, cmp) -> bool:
    """Sides over max, |·| or pieces (numbers, or matrices entry by entry) that agree at some
    of the sample points and differ at the others (`region.on_one_piece`, for matrices too)."""
    from checker.derive.region import PIECEWISE

    if cmp is None or cmp.samples is None:
        return False
    exprs = [e for v in (lv, rv) for e in (v if isinstance(v, sp.MatrixBase) else [v])]
    if not any(isinstance(e, sp.Basic) and e.has(*PIECEWISE) for e in exprs):
        return False
    left, right = (np.asarray(x, dtype=complex) for x in cmp.samples[:2])
    if left.shape != right.shape or not left.size:
        return False
    scale = np.maximum(np.maximum(np.abs(left), np.abs(right)), 1.0)
    close = np.abs(left - right) <= 1e-7 * scale
    agree = int(close.reshape(len(close), -1).all(axis=1).sum())
    return 3 <= agree < len(close)


def conditions(formulas: list[str]) -> tuple[list[Relation], list[Relation]]:
    """The clause's formulas that are conditions: (bounds and values a Restriction applies:
    `x > 0`, `y = 0`; orders between two names: `d < m`)."""
    plain, between = [], []
    for text in formulas:
        rel = single_statement(text)
        if rel is None or len(rel.members) < 2:
            continue
        if all(op in INTERVAL for op in rel.ops):
            names = [m for m in rel.members if not isinstance(m, Num)]
            (between if len(names) == 2 and len(rel.members) == 2 and
             all(isinstance(m, Sym) for m in names) else plain).append(rel)
        elif rel.ops == ("=",) and isinstance(rel.members[0], Sym) and \
                _number(rel.members[1]) is not None:
            plain.append(rel)
    return plain, between


def _number(node: Node) -> float | None:
    if isinstance(node, Num):
        return float(node.text)
    if isinstance(node, Neg) and isinstance(node.arg, Num):
        return -float(node.arg.text)
    return None


def written(rel: Relation) -> str:
    """A condition as the text writes it: `d < m`."""
    return " ".join(f"{render(m)} {op}" if op else render(m)
                    for m, op in zip(rel.members, (*rel.ops, "")))


def joined(limits: Restriction | None, rels: list[Relation]) -> Restriction:
    """The step's own conditions and the clause's, as one Restriction."""
    extra = restriction(tuple(rels))
    if limits is None:
        return extra
    return Restriction({**limits.indices, **extra.indices}, {**limits.values, **extra.values},
                       {**limits.intervals, **extra.intervals},
                       limits.unapplied + extra.unapplied)


def ordered(rels: list[Relation], low, free: set) -> tuple[dict, set[str]]:
    """`d < m` between two names of the step: one of them written as the other plus (or
    minus) a positive gap, (the substitution, the gaps' names)."""
    swap, gaps = {}, set()
    for k, rel in enumerate(rels):
        a, b = (low.expr(m) for m in rel.members)
        gap = sp.Symbol(f"gap_{k}", real=True)
        less = rel.ops[0] in ("<", "≤")  # a < b
        if b in free and b not in swap:
            swap[b] = a + gap if less else a - gap
        elif a in free and a not in swap:
            swap[a] = b - gap if less else b + gap
        else:
            continue
        gaps.add(gap.name)
    return swap, gaps


def label_values(ctx, names: set[str]) -> dict[str, tuple]:
    """The label-like names among `names`: each with the values the text gives it ({0, 1} or
    ±1: `y ∈ {0, 1}`, or `y = 1` and `y = 0` both bound)."""
    out = {}
    for name in sorted(names):
        given = set(ctx.discrete.get(name, ()))
        bound = {float(v) for _, v, _ in ctx.bindings.get(name, ())
                 if getattr(v, "is_number", False)}
        for values in (given, bound if len(bound) >= 2 else set()):
            if values and {float(v) for v in values} in LABEL_VALUES:
                out[name] = tuple(sorted(values))
                break
    return out


def rebound(ctx, name: str, value, line: int):
    """ctx with `name` bound to `value` at `line` (a copy: ctx is left as it was)."""
    bindings = dict(ctx.bindings)
    bindings[name] = list(bindings.get(name, [])) + [(line, sp.sympify(value), None)]
    return replace(ctx, bindings=bindings)
