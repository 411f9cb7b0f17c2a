"""An output size of a sliding window (a convolution, a pooling) written without its + 1:
"출력: $(14 - 2)/2 = 6$" after "입력 14×14×16, 2×2 max pool, stride 2".

A window of size K moved by S over N entries (padded by P on each side) fits
⌊(N − K + 2P)/S⌋ + 1 times: (N − K + 2P)/S counts the moves, and the first position is one
more. So where the words right before the formula, on its own line, say it is an output size,
and the formula is the count of moves alone, `(N − K [+ 2P])/S` with whole numbers each of
which the text states nearby (the input, the window, the stride), the size is one short,
whatever its arithmetic. A formula with the + 1 anywhere, a count of moves the words say is
one (no output word), or a line that adds to it after the formula ("+ 1", "plus one", "1을
더하면") is not read here; nor is `28/2` (a stride-2 pooling's halving, no subtraction)."""

from __future__ import annotations

import math
import re

from checker.derive.regex import Regex
from checker.derive.tree import Bin, Call, Node, Num

_OUTPUT = Regex(r"\boutput|\bout\b|출력|输出", re.I)
_ADDS = Regex(r"\+|plus|\badd|더하|더해|더하면|加", re.I)
_INDEX = Regex(r"\bindex|\blast\b|\bposition|인덱스|마지막|위치|索引|最后|位置", re.I)
_MOVES = Regex(r"^\W*(?:strides?|steps?|moves?|shifts?|slides?|times|번|회|次|步)", re.I)
_NUMBER = Regex(r"(?<![\d.])\d+(?![\d.])")


def moves(node: Node) -> tuple[int, int, int, int] | None:
    """(N, K, 2P, S) of a count of moves `(N − K + 2P)/S` (floored or not) written with whole
    numbers, else None."""
    if isinstance(node, Call) and node.name == "floor" and len(node.args) == 1:
        node = node.args[0]
    if not (isinstance(node, Bin) and node.op == "/" and _whole(node.right)):
        return None
    terms = _terms(node.left, 1)
    if terms is None or not 2 <= len(terms) <= 3 or terms[0][0] != 1:
        return None
    negative = [v for sign, v in terms if sign < 0]
    positive = [v for sign, v in terms if sign > 0]
    if len(negative) != 1:
        return None
    padding = positive[1] if len(positive) == 2 else 0
    return positive[0], negative[0], padding, int(node.right.text)  # type: ignore[union-attr]


def _whole(node: Node) -> bool:
    return isinstance(node, Num) and node.text.isdigit() and int(node.text) > 0


def _terms(node: Node, sign: int) -> list[tuple[int, int]] | None:
    """The signed whole-number terms of a sum, in order, or None."""
    if _whole(node):
        return [(sign, int(node.text))]  # type: ignore[union-attr]
    if isinstance(node, Bin) and node.op in ("+", "-"):
        left, right = _terms(node.left, sign), _terms(node.right,
                                                       sign if node.op == "+" else -sign)
        return left + right if left is not None and right is not None else None
    return None


def one_short(found: tuple[int, int, int, int], lead: str, after: str, nearby: str
              ) -> str | None:
    """Why the count of moves `found`, introduced by `lead` (the words before it on its line)
    and followed by `after` (the rest of the line), is an output size one short; None when it
    is not read as one: no output word, something added after it, a number the text `nearby`
    does not state, or a window longer than the input; nor when the words before it name an
    index or a position ("the last output index (0-based) is": (N − K)/S is that index), the
    word right after it names moves ("= 14 strides", "14번"), or the term added is odd (no 2P:
    `(N − K + 1)/S` is TensorFlow's `valid` size, ⌈(N − K + 1)/S⌉)."""
    n, k, pad, s = found
    stated = {int(x) for x in _NUMBER.findall(nearby)}
    if not _OUTPUT.search(lead) or _INDEX.search(lead) or _ADDS.search(after) or \
            _MOVES.search(after) or k > n + pad or pad % 2 or not {n, k, s} <= stated:
        return None
    padded = f" + {pad}" if pad else ""
    size = math.floor((n - k + pad) / s) + 1
    return (f"an output size without its + 1: a window of {k} moved by {s} over {n}{padded} "
            f"fits ⌊({n} - {k}{padded})/{s}⌋ + 1 = {size} times (expected); "
            f"({n} - {k}{padded})/{s} counts its moves only (received): add the 1 for its "
            f"first position")
