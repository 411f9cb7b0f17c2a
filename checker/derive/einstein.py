"""The summation convention (Einstein's), when the text declares it ("with summation over
repeated indices", "Einstein notation", "반복 첨자는 합", "重复指标求和"): an index letter
written twice in one product is summed over (`x_i x_i` is Σ_i x_i x_i, `W_{ij}x_j` is Σ_j
W_{ij}x_j), so `\\frac{\\partial (x_i x_i)}{\\partial x_k} = 2x_i\\delta_{ik} = 2x_k` holds as
the writer means it. Without the declaration a repeated index is no sum (`x_i x_i` is x_i²)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.derive.regex import Regex
from checker.derive.tree import Bin, Const, Node, Num, Sum, Sym, product_factors, walk

DECLARED = Regex(
    r"einstein(?:'s)?[ -](?:summation|notation|convention)|summation convention"
    r"|(?:summ(?:ation|ed|ing)|sums?) over (?:the |any )?repeated"
    r"|repeated ind(?:ex|ices) (?:are|is|implies|imply|means?) (?:summed|a sum)|implied sum"
    r"|아인슈타인 ?(?:표기|합|규약|노테이션)|반복(?:되는)? ?(?:첨자|인덱스)[^.\n]{0,12}합"
    r"|爱因斯坦(?:求和|记号|约定)|重复(?:的)?(?:指标|下标)[^。\n]{0,8}求和|求和约定", re.IGNORECASE)


@lru_cache(maxsize=8)
def declared(prose: str) -> bool:
    """Whether the text declares the summation convention anywhere in its prose (kept per
    text: every step of a document asks it of the same text, ~4 ms a search on a long one)."""
    return bool(DECLARED.search(prose))


def summed(node: Node | None, bound: frozenset[str] = frozenset()) -> Node | None:
    """node with each product that writes an index letter exactly twice (outside a sum over
    it: `bound`) summed over that letter, over the range the text leaves open."""
    if node is None or isinstance(node, (Num, Sym, Const, str, int)):
        return node
    if isinstance(node, Bin) and node.op == "*":
        factors = product_factors(node)
        out = summed(factors[0], bound)
        for f in factors[1:]:
            out = Bin("*", out, summed(f, bound))
        for letter in _repeated(factors, bound):
            out = Sum(out, letter, None, None)
        return out
    if isinstance(node, tuple):
        return tuple(summed(item, bound) for item in node)  # type: ignore[return-value]
    inner = bound | {node.index} if isinstance(node, Sum) and node.index else bound
    values = {k: summed(v, inner) if not isinstance(v, (str, int)) else v
              for k, v in vars(node).items()}
    return type(node)(**values)


def _repeated(factors: list[Node], bound: frozenset[str]) -> list[str]:
    """The index letters written exactly twice across the factors (one letter each), none
    of them the index of a sum around or among them."""
    counts: dict[str, int] = {}
    summing = set(bound)
    for f in factors:
        for n in walk(f):
            if isinstance(n, Sum) and n.index:
                summing.add(n.index)
            if isinstance(n, Sym):
                for letter in n.index:
                    if len(letter) == 1 and letter.isalpha():
                        counts[letter] = counts.get(letter, 0) + 1
    return sorted(k for k, c in counts.items() if c == 2 and k not in summing)
