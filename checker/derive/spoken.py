"""A number said in words beside a step read at an example's values.

"With the larger learning rate of 0.2, $\\eta g = 0.2 g$" (η = 0.1 bound above), "배치 크기가
1일 때 $\\frac{1}{B} g = g$" (B = 32), "当温度为 1 时，$\\frac{z}{T} = z$" (T = 2), "At the first
iteration, $\\frac{\\eta}{t} g = 0.1 g$" (t = 3): the sentence gives one of the step's names a
new value in words, which the checker does not bind. Read at the example's value the step
differs; read with the number the words give, it holds. Which the writer means is a guess, so
the step is undecided (never failed), naming both values and what to write. A step that differs
with every number of its sentence is decided as read: the words do not rescue a slip.
"""

from __future__ import annotations

import re

import sympy as sp

from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.equivalence import compare
from checker.derive.guess import Guess

# a number written in the words of the sentence (formulas are shown as `$`): 0.2, 1, 5
_NUMBER = re.compile(r"(?<![\w.$^_])(\d+(?:\.\d+)?)(?![\w.]*\$)(?!\.\d)")
# ordinal words: the first step, the second iteration (첫 번째, 두 번째; 第一, 第二)
_ORDINALS = ((re.compile(r"\bfirst\b|첫|第一"), 1), (re.compile(r"\bsecond\b|두\s*번째|第二"), 2),
             (re.compile(r"\bthird\b|세\s*번째|第三"), 3))
_SENTENCE = re.compile(r"(?:[.!?。！？]\s|\n\s*\n)")
_MOST = 6  # numbers tried, names tried: a sentence of figures is no change of one value


def said(before: str) -> list[sp.Expr]:
    """The numbers the last sentence of `before` says in words (not in its formulas)."""
    sentence = _SENTENCE.split(before)[-1]
    out: list[sp.Expr] = []
    for m in _NUMBER.finditer(sentence):
        value = sp.nsimplify(m.group(1))
        if value not in out:
            out.append(value)
    lowered = sentence.lower()
    for pattern, value in _ORDINALS:
        if pattern.search(lowered) and sp.Integer(value) not in out:
            out.append(sp.Integer(value))
    return out[:_MOST]


def in_words(ctx: Context, raw: tuple, before: str, line: int, atol: float) -> list[Guess]:
    """The guess that the sentence's words give one of the step's bound names another value:
    the step (its sides `raw`, before any bound value) holds with that name at a number of the
    sentence and the others at the example's values."""
    numbers = said(before)
    if not numbers or len(raw) != 2:
        return []
    names = {str(s): s for v in raw for s in getattr(v, "free_symbols", ())}
    bound = ctx.bound(set(names), line)
    for name, old in sorted(bound.items())[:_MOST]:
        if not isinstance(old, sp.Expr) or not old.is_number:
            continue
        for number in numbers:
            if sp.simplify(old - number) == 0:
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
