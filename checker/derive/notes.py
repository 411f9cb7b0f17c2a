"""Notes typed without math delimiters: the formula lines of a file that has no math at all.

Learners transcribe hand notes as plain text with Unicode math (`∂L/∂w = (a − y)·x`,
`⇒ ∇J = (1/2m)·2Xᵀ(Xw − y)`). In a file with no `$`, `\\(`, `\\[`, environment or math fence
anywhere, a line is read as a display formula when, once a leading step number (`①`, `(2)`),
arrow (`⇒`, `→`) and label (`chain:`, `numbers:`) are set aside, all of it reads exactly as
statements with a relation. In a list of definitions, a word in Hangul or CJK naming the
quantity right before its name (`z = w·x + b, 손실 L = ...`) is set aside too. A leading name in Hangul or CJK words before a chain (`look-ahead 위치 = w + β·v
= 1.45`) is set aside too when the rest holds a relation of its own. A line with words in it, a
check mark or anything else the notation does not read stays prose: it gets no step, so a
sentence is never reported as a formula.

Plain text has no braces to group with, so a line whose grouping a reader could take two ways
is not read at all (it gets no step, never a verdict on one guess): an exponent of several
characters (`e^2x`, `x^2n`; a whole number ending where nothing could go on with it is one
exponent: `0.9^50 ≈ 0.00515`, `braced`), a number and a letter after a slash (`1/2m`, `a/2b`),
units (`1 km = 1000 m`), asymptotic notation (`O(n)`), a blockquote (a quote is not the
writer's claim). A label is kept as the prose before the formula, so `wrong: 2 + 3 = 6` is
quoted (stance.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.derive import vocabulary
from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula, read_plain
from checker.derive.notation import NOTHING, Names
from checker.derive.regex import Regex
from checker.derive.statement import parse_statements
from checker.derive.tree import Call, Sym

_ARROW = Regex(r"^\s*(?:[-*+]\s+)?(?:[①-⑳]\s*|\(\d{1,2}\)\s+)?"  # `① `, `(2) `: a step's number
               r"(?:⇒|→|=>|->|∴|\\Rightarrow|\\therefore)?\s*")
_LABEL = Regex(r"^([A-Za-z][A-Za-z ]{1,20}|[" + vocabulary.HANGUL_CJK + r"]+)\s*:\s+")
# `출력 크기 = ...`, `look-ahead 위치 = ...`: words in a script (and Latin words, hyphens) naming
# what the chain after them computes; the chain must hold a relation of its own
_NAMED = Regex(r"^([A-Za-z\- ]*[" + vocabulary.HANGUL_CJK + r"][A-Za-z\-" +
               vocabulary.HANGUL_CJK + r" ]*?)\s*=\s+(?=.*(?:=|≈|←))")
# `z = w·x + b, ŷ = σ(z), 손실 L = ...`: a word in a script naming the quantity a listed
# definition gives, right before its name
_NAMED_ITEM = Regex(r"(?:(?<=^)|(?<=,\s))[" + vocabulary.HANGUL_CJK + r"]+\s+"
                    r"(?=[^\s,=]{1,4}\s*=)")
_WORDS = Regex(r"(?<![A-Za-z_\\])[A-Za-z]+(?![A-Za-z])")  # not `\\frac`, not `y_hat`
_TWO_WORDS = Regex(r"(?<![A-Za-z_\\])[A-Za-z]{2,}\s+[A-Za-z]{2,}(?![A-Za-z(])")
# short words of prose (`d/dx x^2 = 2x, so dL/dw = ...`): a line with one is a sentence
_SHORT_PROSE = Regex(r"(?<![\w\\])(?:so|is|as|if|we|by|to|of|or|an|be|it|at|in|on)(?![\w(])",
                     re.IGNORECASE)
_SCRIPT = Regex(f"[{vocabulary.HANGUL_CJK}]")  # Hangul, CJK
_RELATION = Regex(r"=|≈|←|:=")
# groupings plain text leaves open (see the module's docstring)
_AMBIGUOUS = Regex(
    r"\^\s*[-+]?[A-Za-z0-9.]{2,}"  # 2^10, e^2x, x^2n: which characters does the exponent take?
    r"|\^[-+]?[A-Za-z0-9.]+[-+*/][A-Za-z0-9(]"  # x^n+1, x^2-1 written tight: x^(n+1)?
    r"|/\s*\d+(?:\.\d+)?\s*[A-Za-z(\u0370-\u03ff]"  # 1/2m, a/2b, 1/2(x + y): 1/(2m) or m/2?
    r"|\d\s*(?:km|kg|cm|mm|mg|ms|min|sec|[KMGT]i?B)\b"  # units, not products
    r"|(?<![A-Za-z])[OoΘΩ]\s*\(")  # O(n): a set of functions, not a value


# a number as a whole exponent (`0.9^50`, `e^-0.5`, `(1 + 1/100)^100`): digits that end where
# nothing could go on with them -- the end, a relation, a closing bracket or punctuation, or a
# space before an operator or a word (`0.9^20 ≈ 0.1216`, `1.1^50 ≈ 117.4, which`); never a
# letter, a bracket or an operator glued to them (`e^2x`, `2^10(...)`, `x^2+1`: ambiguous)
_WHOLE_EXPONENT = Regex(
    r"\^\s*([-+−]?\d+(?:\.\d+)?)(?=\s*(?:$|[=≈≤≥<>)\]},;:，。；：]|\.(?!\d))|"
    r"\s+(?:[-+−×·*/]\s|[A-Za-z]{2,}|[" + vocabulary.HANGUL_CJK + r"]))")


def braced(text: str) -> str:
    """Plain text with each whole-number exponent in braces (`0.9^50` → `0.9^{50}`), as LaTeX
    needs it; any other exponent of several characters is left as written (and stays
    ambiguous: `_AMBIGUOUS`)."""
    return _WHOLE_EXPONENT.sub(lambda m: "^{" + m.group(1).replace("−", "-") + "}", text)


def plain_formulas(source: str) -> list[Formula]:
    """The formula lines of a file written without math delimiters, each a display formula
    on its own line (its text stripped of a leading arrow and label); [] when any math is
    delimited in `source`: then the delimiters say what is math."""
    if "$" in source or "\\(" in source or "\\[" in source or "```math" in source or \
            "\\begin{" in source:
        return []
    out: list[Formula] = []
    known = NOTHING
    for line, text in read_plain(source):
        read = _formula(text, known)
        if read is not None:
            body, label, known = read
            out.append(Formula(line, body, True, len(out), before=label))
    return out


def _prose(body: str) -> bool:
    """Words in a line: a word of three letters or more that is no function's name (`lr =
    0.01 works best`; not `sigmoid(z)`, `MSE(y, ŷ)`), or two words in a row (`ab = ba here`)."""
    words = [(m.group(), m.end()) for m in _WORDS.finditer(body)]
    if any(len(w) >= 3 and w not in vocabulary.FUNCTIONS and
           w.lower() not in vocabulary.FUNCTIONS and not body[end:].startswith("(")
           for w, end in words):
        return True
    return bool(_TWO_WORDS.search(body))


def _formula(text: str, known: Names) -> tuple[str, str, Names] | None:
    """The formula a line of notes is, its label (`wrong:`, '' without one) and `known` with
    the functions it defines added (`J(w) = ...`: ∇J is by w on the lines after it), or None
    when the line is (also) prose, a quote, or grouped in a way plain text leaves open."""
    if text.lstrip().startswith(">"):
        return None
    body = _ARROW.sub("", text, count=1)
    label = _LABEL.match(body) or _NAMED.match(body)
    body = braced(body[label.end():].strip() if label else body.strip())
    body = _NAMED_ITEM.sub("", body)
    if not _RELATION.search(body) or _SCRIPT.search(body) or _AMBIGUOUS.search(body) or \
            _SHORT_PROSE.search(body) or _prose(body):
        return None
    try:
        segments = parse_statements(body, known)
    except (Unreadable, RecursionError):
        return None
    if not segments or any(s.error is not None for s in segments):
        return None
    for s in segments:
        head = s.relation.members[0] if s.relation.ops[:1] == ("=",) else None
        if isinstance(head, Call) and len(head.args) == 1 and isinstance(head.args[0], Sym):
            known = replace(known, functions=known.functions | {head.name},
                            unary=known.unary | {(head.name, head.args[0].name)})
    return body, (label.group(0).strip() if label else ""), known
