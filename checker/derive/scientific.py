"""A number in scientific notation after a division: `1.37\\times10^{11} / 3.12\\times10^{14}
\\approx 0.44` ms, `3.36 \\times 10^{7} / 2 \\times 10^{12} \\approx 16.8` μs, `6{,}000 /
1.5\\times 10^{3} = 4`.

Read strictly left to right, `a / m \\times 10^{k}` is `(a/m)·10^k`; written between numbers,
`m \\times 10^{k}` (a mantissa times a power of ten) is one number in scientific notation, and
the writer divides by it. Which of the two is meant the text does not say, so a step that
fails read strictly but holds with each such number read whole (or holds so in the unit named
after the formula: `$... \\approx 0.44$ ms`, unit.py) holds under that reading, which the step
names. A step that differs under both readings is decided as read."""

from __future__ import annotations

from dataclasses import replace

from checker.derive import unit
from checker.derive.attempt import Attempt, sides
from checker.derive.equivalence import compare
from checker.derive.render import render
from checker.derive.rounding import tolerance
from checker.derive.tree import Bin, Neg, Node, Num


def _power_of_ten(node: Node) -> bool:
    """`10^{k}` with k a whole number written out (`10^{14}`, `10^{-3}`)."""
    if not (isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Num) and
            node.left.text == "10"):
        return False
    k = node.right.arg if isinstance(node.right, Neg) else node.right
    return isinstance(k, Num) and k.text.isdigit()


def _mantissa(node: Node) -> bool:
    """A number written in digits (`3.12`, `2`), the front of scientific notation."""
    return isinstance(node, Num) and node.text.replace(".", "", 1).replace(",", "").isdigit()


def regrouped(node: Node) -> tuple[Node, tuple[str, ...]]:
    """`node` with every `(a / m) · 10^k` (m a mantissa) read as `a / (m · 10^k)`, and the
    numbers so read whole, as written (none: node unchanged)."""
    if isinstance(node, Bin):
        left, named_left = regrouped(node.left)
        right, named_right = regrouped(node.right)
        named = named_left + named_right
        if node.op == "*" and _power_of_ten(right) and isinstance(left, Bin) and \
                left.op == "/" and _mantissa(left.right):
            whole = Bin("*", left.right, right)
            return Bin("/", left.left, whole), named + (render(whole),)
        if (left, right) != (node.left, node.right):
            return replace(node, left=left, right=right), named
        return node, named
    return node, ()


def whole_numbers(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step whose division by `m × 10^k` was read strictly: ("holds", how) when it
    holds with each such number read whole, as it is or in the unit named after the formula;
    None otherwise (and when the step divides by no such number)."""
    if "/" not in attempt.f.text:
        return None  # (`\frac{6}{2} \times 10^{3}`: the fraction bar closes the division)
    left, named_left = regrouped(attempt.left)
    right, named_right = regrouped(attempt.right)
    named = named_left + named_right
    if not named:
        return None
    ctx, lv, rv = sides(replace(attempt, left=left, right=right), attempt.ctx)

    def number(side: Node) -> float | None:  # (the rounding of the numbers read whole)
        try:
            return float(sides(replace(attempt, left=side, right=side), attempt.ctx)[1])
        except (TypeError, ValueError):
            return None

    approx = "≈" in attempt.f.text or "\\approx" in attempt.f.text
    atol = tolerance(left, right, approx, number, attempt.state.exact_numbers(attempt.line))
    said = ", ".join(f"`{n}`" for n in dict.fromkeys(named))
    reading = f"reading {said} as one number in scientific notation (the divisor)"
    cmp = compare(lv, rv, ctx, atol=atol)
    if cmp.agree:
        return "holds", f"{cmp.method}, {reading}"
    converted = unit.conversion(lv, rv, attempt.f.after, atol=atol, written=left)
    if converted is not None:
        return "holds", f"{converted}, {reading}"
    return None
