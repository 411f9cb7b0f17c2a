"""A parameter count the text says includes the biases, written as a product of the layer's
sizes alone: "파라미터 (편향 포함): $3·3·8·16 = 1152$", "params with bias: $784 \\times 10 =
7840$".

A product of the sizes (kernel, channels, inputs and outputs) counts the weights; the biases
add one per output unit, a term no product of those sizes has. So where the words right before
the formula, on its own line, say the count includes the biases, and the count is written as
a product of whole numbers each of which the text states nearby (the layer's sizes: a factor
such as 785 = 784 + 1 that folds the bias in is no size the text states), the count leaves the
biases out, whatever its arithmetic. A formula with a sum (`3·3·8·16 + 16`), words saying the
biases are left out or added after it ("plus 16 biases"), or a factor the text does not state
is not read here."""

from __future__ import annotations

import re

from checker.derive.regex import Regex
from checker.derive.tree import Bin, Node, Num

_WITH = Regex(
    r"(?:with|incl(?:uding|uded|\.)?|plus|and)\s+(?:the\s+|their\s+|all\s+)?bias(?:es)?\b|"
    r"bias(?:es)?\s+(?:included|incl\.?)|(?:편향|바이어스|bias)\s*(?:을|를)?\s*포함|"
    r"(?:含|包括|包含|加上|带)\s*偏置", re.I)
_WITHOUT = Regex(
    r"(?:without|excluding|no|not|w/o|except)\s+(?:the\s+)?bias|bias[- ]?free|bias\s*=\s*false|"
    r"(?:편향|바이어스|bias)\s*(?:은|는|을|를)?\s*(?:제외|없|빼)|(?:不含|无|不带|不包括|除去)\s*偏置",
    re.I)
# words after it that add to it or say it counts the weights: the biases come after it
_LATER = Regex(r"\+|plus|\badd|\bweights?\b|더하|더해|가중치|加|权重", re.I)
# a normalisation's or an affine layer's own bias: the shift β beside a scale γ, both counted
# per channel in its product (2 × 64)
_AFFINE = Regex(r"norm|\bBN\b|\bLN\b|\bscale|\bgain|\\gamma|γ|정규화|스케일|归一化|缩放|"
                r"正規化", re.I)
_BIAS_WORD = Regex(r"bias|편향|바이어스|偏置", re.I)
_END = Regex(r"[.!?](?:\s|$)|[。！？]")
_NUMBER = Regex(r"(?<![\d.])\d+(?![\d.])")


def factors(node: Node) -> list[int] | None:
    """The whole-number factors of a product written with `·`, `\\times` (`3·3·8·16`), or
    None when `node` is anything else."""
    if isinstance(node, Num):
        return [int(node.text)] if node.text.isdigit() else None
    if isinstance(node, Bin) and node.op == "*":
        left, right = factors(node.left), factors(node.right)
        return left + right if left is not None and right is not None else None
    return None


def claims_bias(lead: str, after: str) -> bool:
    """The words right before the formula on its line (`lead`), in its sentence, say the
    count includes the biases ("Weights and biases are counted apart. Weights: ..." says it of
    no count), and neither they nor the rest of the line after it (`after`) leave them out or add
    them separately (a bias word, "+ 1", "plus", "더해", "加", or the product called the
    weights: "= 432 weights, then 432 + 16")."""
    said = list(_WITH.finditer(lead))
    return bool(said) and not _END.search(lead[said[-1].end():]) and \
        not _WITHOUT.search(lead) and not _BIAS_WORD.search(after) and \
        not _WITHOUT.search(after) and not _LATER.search(after)


def leaves_out(product: list[int], nearby: str) -> bool:
    """A product of at least two sizes, each a number greater than 1 written in the text
    `nearby` (the layer's description): it counts the weights only. Not when a factor is stated
    in the words (not a formula) of a line that names a bias and is one more than a number
    stated ("784 pixels plus a
    bias, i.e. 785 inputs": the bias folded into it; "편향 8개를 빼먹은 경우" beside 8 channels
    folds nothing), nor
    when the text nearby says a layer has no bias (`bias=False`: its count with biases is its
    weights), nor beside a normalisation or a scale (BatchNorm's γ and β: 2 × 64 counts the
    bias as one of its two parameters per channel)."""
    stated = {int(n) for n in _NUMBER.findall(nearby.replace(",", " "))}
    words = (re.sub(r"\$[^$]*\$", " ", line) for line in nearby.split("\n"))
    with_bias = {int(n) for line in words if _BIAS_WORD.search(line)
                 for n in _NUMBER.findall(line.replace(",", " "))}
    folded = {n for n in with_bias if n - 1 in stated}
    return len(product) >= 2 and all(n > 1 and n in stated and n not in folded
                                     for n in product) and not _WITHOUT.search(nearby) and \
        not _AFFINE.search(nearby)


def line_of(text: str, before: bool) -> str:
    """The part of the formula's line in `text` (the prose before it, or after it, formulas
    shown as `$`) that stands next to it: after the last line break and `$` before it, up to
    the first line break after it."""
    if before:
        return re.split(r"\n|\$", text)[-1]
    return text.split("\n")[0]
