"""A capital name beside a sum with no range written (`With K classes, q_k = (1 - ε)y_k + ε/K`,
then `L = -Σ_k q_k log p_k`): the other reading of that guess, the name as the number of terms
the sum runs over (`as_terms`), and the names the prose itself calls a count (`counted`): for
them the text decides that reading, and a step holding under it holds. (One that differs
under it stays undecided: read in general, it may rest on another reading the text leaves
unstated, a label y one-hot only in words.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.tree import Num, walk

if TYPE_CHECKING:
    from checker.derive.meaning import Lowering

# what a count counts, after the name ("K classes", "N개의 클래스", "K 个类别") or before it
# ("the number of classes K", "클래스 수 K", "类别数 K"); plural nouns only in English, so
# that "K class" or "the K matrix" is not a count
_THINGS = r"(?:classes|categories|labels|examples|samples|tokens)"
_KO = r"(?:클래스|범주|카테고리|레이블|라벨|샘플|예제|토큰)"
_ZH = r"(?:类别|类|分类|样本|标签|词元)"
_AFTER = rf"\s*(?:{_THINGS}|개|个\s*{_ZH})"
_BEFORE = rf"(?:number\s+of\s+{_THINGS}|{_KO}\s*(?:의\s*)?(?:수|개수|갯수)|{_ZH}\s*(?:数|个数|数量))" \
    r"\s*(?:is\s+|는\s+|은\s+|为\s*|是\s*)?"


# a capital letter alone in its formula, or bound there (`$K$`, `$K = 4$`)
_NAME = r"\$\s*([A-Z])\s*(?:=\s*\d+\s*)?\$"


def counted(source: str) -> frozenset[str]:
    """The capital names the prose calls a count of things the sums run over: `$K$ classes`,
    `클래스가 $K$개`, `$K$ 个类别`, `the number of classes $K$`, `클래스 수 $K$`, `类别数 $K$` (the
    name alone in its formula, or bound there: `클래스 수 $K = 4$`)."""
    after = re.finditer(_NAME + _AFTER, source)
    before = re.finditer(_BEFORE + _NAME, source, re.IGNORECASE)
    return frozenset(m.group(1) for m in (*after, *before))


def as_terms(low: Lowering, name: str, terms: int, sides: tuple) -> tuple[tuple, ...]:
    """The step's `sides` read in general with `name` bound to `terms`, the number of terms
    the sum was read over: no worked example's values (an example's K = 4 beside a sum read
    over 3 terms is no reading of the text), as (left, right, context) (`Guess.stated`).
    Only for a step written in names (a number with digits after the point is an
    example's: read in general it would differ by that alone); () else."""
    if len(sides) != 2 or any(isinstance(n, Num) and not n.text.isdigit()
                              for side in sides for n in walk(side)):
        return ()
    bindings = {name: [(low.line, sp.Integer(terms), None)]}
    return (*sides, replace(low.ctx, bindings=bindings))
