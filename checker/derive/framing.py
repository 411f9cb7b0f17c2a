"""Framing: what the prose around a formula says it is ("if", "when", "이면", "일 때", "时", "set
... to zero", "let", "we get"): a condition on the statement before it or on what follows, an
equation to solve or a requirement, a system of equations, a solved chain, a name announced or a
result concluded. What a condition then restricts is `condition.py`'s.
"""

from __future__ import annotations

import re
from enum import Enum

from checker.derive import phrase
from checker.derive.bound import worked_bound
from checker.derive.markdown import Formula
from checker.derive.regex import Regex

_SENTENCE_END = Regex(r"[.!?。:;]\s")
_ZERO = Regex(r"=\s*(?:\\(?:mathbf|boldsymbol|vec)\{0\}|0)\s*$")
# a plain name (w, \mathbf{w}, \theta_0, \hat{y}) set to zero: a value to start from (`令 $w = 0$`,
# "set $b = 0$"), never an equation to solve (`令 $\nabla J = 0$`, "set $2x - 4 = 0$")
_NAME_AT_ZERO = Regex(r"\s*(?:\\(?:mathbf|boldsymbol|vec|bm|hat|bar|tilde)\s*\{?\s*)?"
                      r"\\?[A-Za-z]+\s*\}?\s*(?:_\s*(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?\s*"
                      r"=\s*(?:\\(?:mathbf|boldsymbol|vec)\{0\}|0)\s*$")


class Prose(Enum):
    RESTRICTS_PREVIOUS = "restricts the statement before it"  # "L = ... when $y = 1$"
    RESTRICTS_FOLLOWING = "restricts what follows in its paragraph"  # "$x = 2$ 이면 ..."
    EQUATION = "an equation to solve or a requirement"  # "same padding needs $O = N$"


_SYSTEM = Regex(r"\s*\\begin\{cases\}(.*)\\end\{cases\}\s*[.,]?\s*", re.DOTALL)


def system_of_equations(text: str) -> bool:
    """`\\begin{cases} 12 = 2I_1 + 6I_3 \\\\ 6 = 4I_2 + 6I_3 \\end{cases}`: a brace around rows that
    are each one equation in letters (one `=`, no condition after `&`, no derivative): the
    system the text goes on to solve, its rows equations, never identities (partition._system
    reads the rows; a row that works something out, `L_x = y - λ = 0`, leaves it to be read)."""
    found = _SYSTEM.fullmatch(text)
    if found is None:
        return False
    rows = [r for r in re.split(r"\\\\", found.group(1)) if r.strip()]
    return len(rows) >= 2 and all(
        _single(r) and _RELATIONS.search(r) and not re.search(r"&\s*(?!=)", r) and
        not re.search(r"\\partial|\\nabla|'|\\frac\{d", r) and
        re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", r)) for r in rows)


def prose(f: Formula) -> Prose | None:
    """What a formula's prose cue says it is: a condition on the statement before it in the
    same sentence, on what follows in its paragraph, or nothing (None)."""
    if system_of_equations(f.text):
        return Prose.EQUATION  # a system written in a brace: equations to solve
    before = _SENTENCE_END.split(f.before + " ")[-1].strip().lower().rstrip(" ,(:：")
    after = f.after.lstrip(" ,)，、")
    if any(before.endswith(cue) and (_HANGUL.match(cue) or not before[:-len(cue)][-1:].isalpha())
           for cue in phrase.EQUATION) and _single(f.text) and not worked_bound(f.text) or \
            _ZERO.search(f.text) and \
            not _NAME_AT_ZERO.fullmatch(f.text) and \
            any(before.endswith(cue) and not before[:-len(cue)][-1:].isalpha()
                for cue in phrase.SET) or \
            _SET_TO_ZERO.search(before) and _single(f.text) or \
            any(after.startswith(cue) for cue in phrase.EQUATION_AFTER) or \
            _ZERO.search(f.text) and _expression_head(f.text) and \
            any(after.startswith(cue) for cue in phrase.DEFINING_AFTER) or \
            _ZERO.search(f.text) and _expression_head(f.text) and _single(f.text) and \
            "$" in after and any(after.startswith(cue) for cue in _SOLVED_FROM):
        return Prose.EQUATION  # "needs $O = N$", "令 $\nabla J = 0$" (not "令 $u = e^x$"),
        # "$\nabla_\theta J = 0$ 을 풀면", "$\nabla J = 0$ 으로 두면" (not "$u = 0$ 으로 두면"),
        # "$\partial\ell/\partial s = 0$ 에서 $e^s = ...$", "$\nabla J = 0$ gives $w = ...$"
    for cue in phrase.BEFORE:
        if before.endswith(cue) and not before[:-len(cue)][-1:].isalpha() or \
                before.endswith(cue) and not cue.isascii():
            earlier = before[:-len(cue)]
            return Prose.RESTRICTS_PREVIOUS if ("$" in earlier or "=" in earlier) and \
                not _opens_clause(earlier) else _supposed(f.text)
    if any(after.startswith(cue) for cue in phrase.AFTER) or _WORDED_SUPPOSITION.search(before):
        return _supposed(f.text)
    if not f.before.strip() and _LABEL_END.match(f.after) and _expression_head(f.text) and \
            _single(f.text) and _NUMBER_VALUE.search(f.text):
        return Prose.RESTRICTS_FOLLOWING  # `- $t/T = 0.5$: $0.4 \cdot 0.25 = 0.1$`: a case
    return None


def _opens_clause(earlier: str) -> bool:
    """The words right before the condition's cue conclude from what precedes ("..., so for
    $x = 0.01$ we get", "then when", "따라서", "所以当"): the condition opens a new clause and
    restricts what follows it, never the statement before it in the sentence."""
    words = earlier.split("$")[-1].strip(" ,;，、").lower()
    return any(words.endswith(cue) and (not cue.isascii() or
                                        not words[:-len(cue)][-1:].isalpha())
               for cue in phrase.CONCLUDING + ("then",))


# a sentence that opens on a supposition and names the quantity in words, the formula its
# value ("If the noise variance were $\sigma^2 = 4$", "Had the stride been $s = 2$", "Suppose
# the rate is $\eta = 0.5$", "如果噪声方差为 $\sigma^2 = 4$"): a case supposed for what follows,
# as "if $\sigma^2 = 4$" is; words only between the cue and the formula (no formula, no
# full stop), ending on a copula
_WORDED_SUPPOSITION = Regex(
    r"(?:^|[,;:]\s)(?:if|suppose|supposing|assume|assuming|had|were)\s[^$=.]*?"
    r"\b(?:were|was|is|are|be|been|equals?|equal to|became|becomes)$|"
    r"(?:^|[，；：。])(?:如果|假如|假设|若|要是)[^$=。，]*?(?:为|是|等于|变为|改为|取)$")


# a formula that opens its line and ends at a colon: the label of the case its line works out
_LABEL_END = Regex(r"\s*(?:\*\*|__)?\s*[:：]")


# an expression set to zero, then "gives" / "에서" / "得" and a formula in its sentence: an
# equation the next formula is solved from (not "$u = 0$ 에서": a name at a point)
_SOLVED_FROM = tuple(c for c in phrase.SOLVED if c not in {"i.e.", "即", "즉"})


def solved_chain(text: str) -> bool:
    """`J'(w) = 2w - 4 = 0`, `\\ell'(p) = \\frac{7}{p} - \\frac{3}{1-p} = 0`: a chain worked out
    to an expression of unknowns set to zero, whose last link is an equation to solve (the
    first-order condition written in one line): the formula right after it may be solved on
    it (`7(1 - p) = 3p`), never an identity."""
    if not _ZERO.search(text) or _single(text) or re.search(r"[<>≤≥]|\\[lg]eq?\b", text):
        return False
    last = _RELATIONS.split(text)[-2]
    return bool(re.search(r"[A-Za-z]", re.sub(r"\\(?:frac|cdot|left|right|times)", "", last)))


def set_to_zero(text: str) -> bool:
    """`x^2 - 4 = 0`, `-\\frac{a}{x^2} + \\frac{b}{2} = 0`: one relation, an expression set to
    zero (not a plain name, `w = 0`: a value to start from; no inequality): an equation in its
    unknowns, when what follows is derived from it (an arrow opening the next formula)."""
    return bool(_ZERO.search(text)) and _single(text) and not _NAME_AT_ZERO.fullmatch(text) \
        and not re.search(r"[<>≤≥]|\\[lg]eq?\b", text)


def _supposed(text: str) -> Prose:
    """What a condition on what follows is: `$x = 2$ 이면`, "when $y = 1$" give values; "when
    $\\ell'(p) = 0$", "$\\nabla J = 0$ 일 때", "若 $2(w - 3) = 0$" state an equation on the
    unknowns (an expression set to zero), which what follows is derived from, never a value
    of the expression's name for the steps after it."""
    if _ZERO.search(text) and _single(text) and not _NAME_AT_ZERO.fullmatch(text):
        return Prose.EQUATION
    return Prose.RESTRICTS_FOLLOWING


# "set the gradient to zero", "equating each derivative to 0" (not "goes to zero", "close to 0")
_SET_TO_ZERO = Regex(r"\b(?:set|sets|setting|equal|equals|equate|equates|equated|equating)\b"
                     r"[^.$]*\bto (?:zero|0)$|"
                     r"(?:令|设|让|使)[^.$。，,]*(?:为|等于)\s*(?:0|零)\s*，?$|"  # "令梯度为 0："
                     r"(?:을|를)\s*0\s*(?:으로|로)\s*(?:놓으면|두면|놓고|두고|하면)$")
_HANGUL = Regex(r"[\uac00-\ud7a3]")  # a Korean ending is written onto its verb: "유지되려면"
_RELATIONS = Regex(r"(?<![<>!:\\])=|\\approx|≈")


def _single(text: str) -> bool:
    """One relation: an equation to solve (`\\frac{n}{2}\\mathrm{Var}[w] = 1`), not a value
    worked out in a chain (`z_1 = -\\log(1/0.8 - 1) = 1.39`), whose steps are still checked."""
    return len(_RELATIONS.findall(text)) <= 1


# the head of a formula that starts with a name (a letter run or a command: `\theta`)
HEAD_NAME = r"\s*\\?[A-Za-z]+"
_NAME_HEAD = Regex(HEAD_NAME + r"(?:_\{?[A-Za-z0-9]+\}?)?\s*=")


def _expression_head(text: str) -> bool:
    """`\nabla_\theta J = 0`, `X^TX\theta - X^Ty = 0`: not a plain name set to a value."""
    return not _NAME_HEAD.match(text)


# a formula ending in a number (`s = 8`): a value worked out, whatever words choose before it
_NUMBER_VALUE = Regex(r"=\s*-?\d+(?:\.\d+)?\s*$")


# after a defining word, the name it defines and what it is called, up to the formula: "redefine
# $ℓ$ as the logistic loss,", "let $f$ be the ReLU:", "define $g$ to be its gradient"
_NAMED_AS = r"\s+\$\s*(?:as|to be|be)\s[^$.;]{0,60}$"


def announced(f: Formula) -> bool:
    """"Let $h' = h$", "令 $h' = h$", "$h' = h$로 두면", "use the pseudo-Huber loss $L = ...$":
    the prose announces a definition or a choice (the name takes this value from here on),
    not a claim about an earlier meaning. A choice is of a formula: a number after the words
    that choose ("이 값들을 사용하면 $s = 8$", "采用上面的数值，$s = 8$") is the value they give,
    checked."""
    before = _SENTENCE_END.split(f.before + " ")[-1].strip().lower().rstrip(" ,(")
    if any(before.endswith(cue) and (not cue.isascii() or not before[:-len(cue)][-1:].isalpha())
           for cue in phrase.DEFINING):
        return True
    if any(re.search(r"(?<![a-z])" + re.escape(cue) + _NAMED_AS, before)
           for cue in phrase.DEFINING if cue.isascii()):
        return True  # "now redefine $\ell$ as the logistic loss, $\ell(m) = ...$"
    clause = before or _introducing(f.before)  # "Compare with ridge (...): $\hat w = ...$"
    if not _NUMBER_VALUE.search(f.text) and any(
            re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", clause) if cue.isascii()
            else cue in clause for cue in phrase.CHOOSING):
        return True  # "if you need C^∞, use the pseudo-Huber loss $L_δ(r) = ...$"
    return any(f.after.lstrip().startswith(cue) for cue in phrase.DEFINING_AFTER)


def _introducing(before: str) -> str:
    """The clause a colon right before the formula closes ("Compare with ridge (...): $...$",
    "改用岭回归：$...$"): the words that introduce it, lower-cased; empty when no colon ends
    the prose before the formula."""
    text = before.rstrip()
    if not text.endswith((":", "：")):
        return ""
    return re.split(r"[.!?。;]\s", text[:-1] + " ")[-1].strip().lower()


def concluded(f: Formula) -> bool:
    """"So ...", "于是（$u - 1 = e^x$）", "따라서": the sentence before the formula opens with
    words that conclude it from what precedes (before any formula of that sentence), and
    chooses, announces or changes nothing: a
    name already defined, written again there, is a restatement of its meaning (perhaps a
    wrong one), never a new meaning."""
    before = _SENTENCE_END.split(f.before + " ")[-1].strip().lower()
    # (a formula before the words is the sentence's opening: in "$u = \ln x$, $dv = x\,dx$, so
    # $v = x^2/2$" the "so" gives what the choices just made imply, no earlier meaning)
    opening = re.sub(r"^[^\w$]+", "", before)
    if not any(opening.startswith(cue) and (not cue.isascii() or
                                            not opening[len(cue):len(cue) + 1].isalpha())
               for cue in phrase.CONCLUDING):
        return False
    return not any(re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", before)
                   if cue.isascii() else cue in before
                   for cue in phrase.DEFINING + phrase.CHOOSING + phrase.CHANGING +
                   phrase.DEFINING_AFTER)


_REGION = Regex(r"(?<![A-Za-z\\])[a-z]\s*(?:[<>≤≥]|\\[lg]e(?:q)?\b|\\[lg]t\b)\s*-?\d")


def region_before(f: Formula) -> bool:
    """"x < 0 时 $f(x) = 0.1x$", "$f(x) = x$ (x > 0)": the sentence before the formula, or the
    words right after it, restrict a variable to a region (an inequality with a number), so
    the formula is stated for that region only (a piece of a piecewise function)."""
    before = _SENTENCE_END.split(f.before + " ")[-1]
    after = re.split(r"[,;.，。$]", f.after, maxsplit=1)[0]  # "$f(x) = x$ (x > 0), ..."
    return bool(_REGION.search(before.replace("$", " ")) or _REGION.search(after))


_OPENS_MATH = Regex(r"\s*[(（]\s*\$\s*[)）]")  # "$f'(x) = 1$（$x>0$）": math in a parenthesis


def region_after(f: Formula, following: Formula | None) -> bool:
    """"$f'(x) = 1$（$x>0$）", "$f(x) = x$ ($x > 0$)": a parenthesis right after the formula
    holding only an inequality in math restricts a variable to a region, as in prose."""
    return following is not None and following.block == f.block and \
        bool(_OPENS_MATH.match(f.after)) and bool(_REGION.search(following.text)) and \
        not re.search(r"(?<![<>!])=", following.text)


_APPLIED = Regex("(" + HEAD_NAME + r")'*\s*\([^=]*\)\s*=")  # f(x) = ..., not y = 1


def applied_head(text: str) -> bool:
    """`f(x) = ...`: the formula defines a function by its values, unless its head's name is a
    quantity of the same formula (`k(1 - p) = (n - k)p`: k times (1 - p))."""
    head = _APPLIED.match(text)
    if head is None:
        return False
    name = head.group(1).strip()
    return not re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z(])", text[head.end():])


_BINARY = Regex(r"(?<![A-Za-z\\])(\\?[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*(?:\\sim\s*\\"
                r"(?:mathrm|operatorname|text)\{Bernoulli\}|(?:\\in|∈)\s*\\\{\s*0\s*,\s*1\s*\\\})")


def binary_names(text: str) -> set[str]:
    """`r_i \\sim \\mathrm{Bernoulli}(q)`, `m \\in \\{0, 1\\}`: the names (their letters) whose
    values are 0 or 1 only."""
    return {m.group(1).lstrip("\\") for m in _BINARY.finditer(text)}
