"""Suppositions: a formula the prose puts under a case it considers, not a claim about the
example under way. Two readings the role table (`roles.py`) asks for:

- an expression of names the example gives values, set in a condition on what follows to
  another value ("if $x + y = 11$", "$x + y = 11$ 이면", "当 $a - b = 1$ 时"): another case;
- a formula whose sentence opens on a condition in words only ("Ridge 이면 해는 $w = ...$",
  "若改用 L2 正则，则 $w = ...$", "if we use ridge instead"): the value of that case, which may
  differ from the name's value in the paragraph before (another method, another model).
A condition written in math (`$y = 1$ 이면`) is applied to the formula instead (`condition.py`).
"""

from __future__ import annotations

import re

from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.link import Link
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.regex import Regex
from checker.derive.square import a_square
from checker.derive.tree import Bin, Num, Sym, walk

_CLAUSE = Regex(r"[.!?。！？;；:：\n]")
# a condition in words, its cue written after them ("Ridge 이면", "L2 正则时", "양수일 때"; not
# "此时", "同时": at this point, at once)
_WORD_AFTER = Regex(r"(?<=[가-힣A-Za-z\d\u4e00-\u9fff])(?<![此这那同及平暂随届])\s*"
                    r"(?:이면|이라면|라면|일\s*때|인\s*경우|의\s*경우|的时候|时)"
                    r"(?![가-힣\u4e00-\u9fff])")
# a condition in words before its case: "if we use ridge", "若改用 L2", "如果换成", "만약 ... "
_WORD_BEFORE = Regex(r"(?:^|[\s,，、(（])(?:if|when|若|如果|假如|假设|만약)(?![A-Za-z])([^$]*)$",
                     re.IGNORECASE)
_ASIDE = Regex(r"[(（][^()（）]*[)）]")


# a value put into a formula for a special case: "取 $A = I$ 代入公式 2", "take $A = I$ in (2)",
# "substituting $x = 3$ into $f$", "$A = I$ 를 식 (2) 에 대입하면": the verb before, the formula
# it goes into after (Korean: the verb after, a few words on)
_PUT_BEFORE = Regex(r"(?:\b(?:take|taking|put|putting|set|setting|with|substitute|"
                    r"substituting|plug|plugging)|取|令|设|把|将)\s*$", re.IGNORECASE)
_PUT_AFTER = Regex(r"^\s*(?:(?:into|in)\s+(?:it\b|this\b|that\b|(?:the\s+)?above\b|eq\.?|"
                   r"equation|formula|\(|\$|\\eqref|the\s+(?:formula|equation|identity|"
                   r"expression|result))|代入|带入|代进)", re.IGNORECASE)
# (Korean: into a formula named between the value and the verb, "를 위 식에 대입하면", "를 (2)에
# 대입하면"; a bare "$b = 0.1$ 를 대입하면" opens the example's own computation, its values kept)
_PUT_KO = Regex(r"^\s*(?:을|를|이|가)?[^.!?。\n$]{0,20}?(?:식|공식|\(\d+\))[^.!?。\n$]{0,8}?대입")


def put_into_formula(before: str, after: str) -> bool:
    """A value put into a formula for a special case (`_PUT_BEFORE`, `_PUT_AFTER`, `_PUT_KO`):
    the formula that case gives follows in its sentence; the name keeps its meaning after it."""
    return bool(_PUT_BEFORE.search(before) and _PUT_AFTER.search(after) or
                _PUT_KO.search(after))


def worded_case(before: str) -> bool:
    """The clause before a formula (its sentence up to it, formulas shown as `$`) opens on a
    condition in words, with no formula in the condition itself: "Ridge ($\\frac{λ}{2}w^2$) 이면
    해는" (an aside in parentheses is allowed), "若改用 L2 正则,则", "If we use ridge, the
    solution is"."""
    clause = _ASIDE.sub(" ", _CLAUSE.split(before)[-1])
    opening = _WORD_BEFORE.search(clause)
    if opening is not None:
        condition = re.split(r"[,，、]", opening.group(1), maxsplit=1)[0]
        if condition.strip() and "$" not in condition and len(opening.group(1)) > len(condition):
            return True
    cue = _WORD_AFTER.search(clause)
    return cue is not None and "$" not in re.split(r"[,，、]", clause[:cue.start()])[-1]


def _before_this_line(k: Link, node) -> bool:
    """Every name in `node` has the value an earlier line gave it (the example's), none a value
    given in this very sentence ("When $w = 0.5$, $2w - 1 = 1$": a consequence, checked)."""
    names = {n.name for n in walk(node) if isinstance(n, Sym)}
    latest = [next((at for at, _, _ in reversed(k.state.ctx.bindings.get(name, []))
                    if at <= k.line), None) for name in names]
    return bool(names) and all(at is not None and at < k.line for at in latest)


def square_supposed(k: Link) -> bool:
    """"当 $\\sigma^2 = e$ 时", "when $\\sigma^2 = 4$:" after an example gave σ a value (σ = 1) on
    an earlier line: a condition on what follows supposes another variance, written by its
    square, as "当 $\\mu = 0$ 时" supposes another mean; the next steps are worked at its root,
    never at the old σ."""
    head = k.head
    return k.supposed and len(k.rest) == 1 and isinstance(head, Bin) and head.op == "^" and \
        isinstance(head.left, Sym) and head.right == Num("2") and is_numeric(k.value) and \
        _before_this_line(k, head.left) and a_square(k.expansion)


def supposes_other_values(k: Link) -> bool:
    """The head, at the example's values, is a number, and the value another number (x = 4, y =
    2, then "if $x + y = 11$"): the text supposes other values than the example's, a case it
    considers; read at the example's values it would be a claim it never makes."""
    if not is_numeric(k.value) or isinstance(k.expansion, Exception) or \
            k.by_list and not _before_this_line(k, k.head):
        return False  # ("when $w = 0.5$, $2w - 1 = 1$": a consequence of the case, checked)
    try:
        head = k.state.ctx.at_bound_values(Lowering(k.state.ctx, k.line).expr(k.head), k.line)
        value = k.state.ctx.at_bound_values(k.expansion, k.line)
        return not getattr(head, "free_symbols", True) and \
            not getattr(value, "free_symbols", True) and bool(abs(head - value) > 1e-9)
    except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError, RecursionError):
        return False


# a sentence that is only a cue, the supposed formula (`$`) and a joiner, before the step:
# "When $,", "If $, then", "若 $，则", "如果 $，那么", "当 $ 时，", "$ 이면", "$ 일 때"
_CUE_THEN = Regex(r"\W*(?:if|when|whenever|suppose|assuming|若|如果|假如|假设|当|만약)\s*\$\s*"
                  r"(?:时|的时候)?\s*[,，、]?\s*(?:then|则|那么|就)?\s*|"
                  r"\W*(?:만약\s*)?\$\s*(?:이면|이라면|라면|일\s*때|인\s*경우)\s*[,，]?\s*")
# the supposed formula: a value for a function's application (`\sigma(z) = 0.9`, `P(A) = 0.3`,
# `f'(x) = 0`): it binds no name, so the checker cannot apply it to the steps after it
_APPLIED_VALUE = Regex(r"\s*\\?[A-Za-z]+'*\s*(?:_\{?[A-Za-z0-9]+\}?)?\s*"
                       r"\((?:[^()=]|\([^()]*\))*\)\s*=\s*[^=<>]+")


def value_supposed(sentence: str, prior: str) -> bool:
    """Rule "a function's value supposed": the step's sentence opens on a condition in math
    that gives a function's application a value ("When $\\sigma(z) = 0.9$, $\\sigma'(z) =
    0.9 \\times 0.1$", "若 $\\sigma(z) = 0.9$，则 ...", "$\\sigma(z) = 0.9$ 이면 ..."): the step
    holds at the arguments where that value is taken, which the checker does not solve for, so
    a difference as read is a guess, never a failure."""
    return bool(_CUE_THEN.fullmatch(sentence.strip().lower())) and \
        bool(_APPLIED_VALUE.fullmatch(prior))


# a matrix property supposed in words: "If $A$ is symmetric,", "when Q is orthogonal", "$A$ 가
# 대칭이면", "当 $A$ 对称时", "若 $A$ 为对称矩阵": the property and the name it is said of
_PROPERTY = {"symmetric": "symmetric", "orthogonal": "orthogonal", "diagonal": "diagonal",
             "idempotent": "idempotent", "대칭": "symmetric", "직교": "orthogonal",
             "대각": "diagonal", "对称": "symmetric", "正交": "orthogonal", "对角": "diagonal"}
_NAME = r"\\?([A-Za-z])(?:_\{?([A-Za-z0-9]+)\}?)?"
_SAID = Regex(
    r"(?:^|\W)(?:if|when|whenever|suppose|assuming)\s+(?:the\s+matrix\s+)?" + _NAME +
    r"\s+is\s+(?:an?\s+)?(symmetric|orthogonal|diagonal|idempotent)\b|" +
    _NAME + r"\s*(?:가|이)\s*(대칭|직교|대각)(?:\s*행렬)?(?:이면|이라면|일\s*때|인\s*경우)|"
    r"(?:当|若|如果|假设)\s*" + _NAME + r"\s*(?:为|是)?\s*(对称|正交|对角)(?:矩阵)?", re.IGNORECASE)


def property_supposed(condition: str) -> tuple[str, str] | None:
    """The matrix property a condition in words supposes ("If $A$ is symmetric": the name
    `A`, "symmetric"); None for any other condition. The property can be applied as the
    directive `assume A symmetric` is (assumption.assumes), for the step under it only."""
    found = _SAID.search(condition.replace("$", " ").replace("\\mathbf{", "").replace("}", " "))
    if found is None:
        return None
    groups = found.groups()
    for at in (0, 3, 6):
        if groups[at] is not None:
            index = f"_{{{groups[at + 1]}}}" if groups[at + 1] else ""
            return groups[at] + index, _PROPERTY[groups[at + 2].lower()]
    return None


def filled(before: str, earlier: list[str]) -> str:
    """The last sentence of `before` (formulas shown as `$`) with its formulas written back in,
    the last of `earlier` (the paragraph's formulas before the step) in the last `$`."""
    sentence = _CLAUSE.split(before)[-1]
    marks = sentence.count("$")
    if not marks or marks > len(earlier):
        return sentence
    parts = sentence.split("$")
    texts = earlier[len(earlier) - marks:]
    return "".join(p + (f" {texts[k]} " if k < marks else "") for k, p in enumerate(parts))


def under_property(doubts: list, ctx, sides: tuple, state, f) -> list:
    """The doubts of a step, the one that says it is stated under a condition in words made
    decidable when that condition supposes a matrix property ("If $A$ is symmetric,
    $\\nabla_x x^T A x = 2Ax$"): the step read again with A so (`Guess.stated`), where it
    may hold (certainty.held_as_stated); one that differs so stays undecided."""
    from dataclasses import replace

    from checker.derive.assumption import assumes

    block = state.math.get(f.block, [])
    before = filled(state.introduced.get(f.line, f.before),
                    block[:block.index(f.text)] if f.text in block else [])
    out = []
    for guess in doubts:
        found = property_supposed(before) if getattr(guess, "condition", "") else None
        if found is not None and not getattr(guess, "stated", ()):
            case = replace(ctx, symmetric=set(ctx.symmetric), orthogonal=set(ctx.orthogonal),
                           diagonal=set(ctx.diagonal), idempotent=set(ctx.idempotent),
                           discrete=dict(ctx.discrete), scales=dict(ctx.scales))
            if assumes(f"{found[0]} {found[1]}", case):
                guess = replace(guess, stated=(*sides, case),
                                why=f"{found[0]} {found[1]}, as the condition says")
        out.append(guess)
    return out
