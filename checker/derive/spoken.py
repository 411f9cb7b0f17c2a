"""A number said in words beside a step read at an example's values.

"With the larger learning rate of 0.2, $\\eta g = 0.2 g$" (η = 0.1 bound above), "배치 크기가
1일 때 $\\frac{1}{B} g = g$" (B = 32), "当温度为 1 时，$\\frac{z}{T} = z$" (T = 2), "At the first
iteration, $\\frac{\\eta}{t} g = 0.1 g$" (t = 3): the sentence gives one of the step's names a
new value in words, which the checker does not bind. Read at the example's value the step
differs; read with the number the words give, it holds. Which the writer means is a guess, so
the step is undecided (never failed), naming both values and what to write. A step that differs
with the number of its sentence is decided as read: the words do not rescue a slip. A
sentence that says several numbers may change several values at once (worded.py reads those):
one changed at a time could rescue a slip by chance, so none is tried.
"""

from __future__ import annotations

import sympy as sp

from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.equivalence import compare
from checker.derive.guess import Guess
from checker.derive.regex import Regex

# a number written in the words of the sentence (formulas are shown as `$`): 0.2, 1, 5
# (not a multiplier or a share: "10배 키우면", "扩大 2 倍", "twice", "10 times", "5%")
_NUMBER = Regex(r"(?<![\w.$^_])(\d+(?:\.\d+)?)(?![\d.])(?![\w.]*\$)"
                r"(?!\s*(?:배|倍|times\b|x\b|×|%|퍼센트|percent))")
# ordinal words: the first step, the second iteration (첫 번째, 두 번째; 第一, 第二)
_ORDINALS = ((Regex(r"\bfirst\b|첫|第一"), 1), (Regex(r"\bsecond\b|두\s*번째|第二"), 2),
             (Regex(r"\bthird\b|세\s*번째|第三"), 3))
_SENTENCE = Regex(r"(?:[.!?。！？]\s|\n\s*\n)")
# the names words change so: a plain letter (η, B, T, k), never an entry or a decorated name
# (v̂_1, w_0: a number in words beside them is their index or another quantity's)
_PLAIN = Regex(r"[^\W\d_]|alpha|beta|gamma|delta|epsilon|eta|theta|lambda|mu|sigma|tau|rho")
_COUNTERS = {"t", "k", "n", "i", "j", "l", "T", "K", "N", "L", "s"}  # what an ordinal counts
_MOST = 6  # numbers tried, names tried: a sentence of figures is no change of one value


def said(before: str) -> list[tuple[sp.Expr, bool]]:
    """The numbers the last sentence of `before` says in words (not in its formulas), each
    with whether it was an ordinal (the first step: a count)."""
    sentence = _SENTENCE.split(before)[-1]
    out: list[tuple[sp.Expr, bool]] = []
    for m in _NUMBER.finditer(sentence):
        value = sp.nsimplify(m.group(1))
        if all(value != v for v, _ in out):
            out.append((value, False))
    lowered = sentence.lower()
    for pattern, value in _ORDINALS:
        if pattern.search(lowered) and all(sp.Integer(value) != v for v, _ in out):
            out.append((sp.Integer(value), True))
    return out[:_MOST]


def in_words(ctx: Context, raw: tuple, before: str, line: int, atol: float) -> list[Guess]:
    """The guess that the sentence's words give one of the step's bound names another value:
    the step (its sides `raw`, before any bound value) holds with that name at a number of the
    sentence and the others at the example's values."""
    numbers = said(before)
    if len(numbers) != 1 or len(raw) != 2:
        return []  # (several numbers: several values may change at once, worded.py's reading)
    names = {str(s): s for v in raw for s in getattr(v, "free_symbols", ())
             if _PLAIN.fullmatch(str(s))}
    bound = ctx.bound(set(names), line)
    for name, old in sorted(bound.items())[:_MOST]:
        if not isinstance(old, sp.Expr) or not old.is_number:
            continue
        for number, ordinal in numbers:
            if sp.simplify(old - number) == 0 or ordinal and name not in _COUNTERS:
                continue
            try:
                lv, rv = (ctx.at_bound_values(sp.sympify(v).subs(names[name], number), line)
                          for v in raw)
                if compare(lv, rv, ctx, atol=atol).agree:
                    shown = ctx.shown(name)
                    return [Guess(f"read at {shown} = {old}, the example's value, though the "
                                  f"sentence says {number} in words (with {shown} = {number} "
                                  "the step holds)",
                                  f"write the new value as `${shown} = {number}$`")]
            except Timeout:
                raise
            except Exception:  # noqa: BLE001 - not read with that number: no evidence
                continue
    return []
