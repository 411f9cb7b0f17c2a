"""The last term of a sum that approximates a number, written with the wrong sign: `\\ln 0.99
\\approx -0.01 + 0.00005` (the series gives -0.01 - 0.00005), `e^{0.1} \\approx 1 + 0.1 -
0.005`.

A `≈` whose right side is a sum of numbers, the leading ones and a smaller last term (a
correction: less than half of what precedes it), and whose left side is a function's value
(ln, exp, sin, a root: nothing in it a bare sum of numbers) claims that the correction brings
the sum towards that value. Read to the digits shown, such a step may pass whichever sign the
correction has (its leading term's rounding, ±0.005 for -0.01, swallows a term of 0.00005). The
reading here is certain only one way: when the sum with the last term's sign flipped agrees
with the value to a tenth of that term, the sum as written is off by about twice the term (the
correction moves it away from the value by all of its size), and no truncation of a series
that converges leaves that (its error after a term is of the next term's size, and smaller
than the term): the step fails, and says which sign. Anything else is left to the comparison."""

from __future__ import annotations

from checker.derive.claim import Claim
from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Call, Neg, Node, Sym, walk


def flipped(c: Claim) -> Step | None:
    """`f(a) ≈ s + t`, numbers, where f(a) agrees with s - t (to |t|/10): fails; else None."""
    if not c.written.approx or symbols_of(c.lv, c.rv) or not _valued(c.left):
        return None
    terms = _terms(c.right, 1)
    if terms is None or len(terms) < 2:
        return None
    try:
        value = float(c.lv)
        numbers = [sign * float(c.low.expr(node)) for sign, node in terms]
    except (TypeError, ValueError, AttributeError):
        return None
    last, lead = numbers[-1], sum(numbers[:-1])
    if last == 0 or abs(last) >= abs(lead) / 2:
        return None
    written, other = lead + last, lead - last
    if abs(value - other) > abs(last) / 10:
        return None
    shown = render(terms[-1][1])
    sign = "+" if terms[-1][0] > 0 else "-"
    step = c.verdict("fails", f"numeric: the left side is {value:.6g}, the sum {written:.6g} "
                              f"(off by {abs(value - written):.2g}, about twice its last term)")
    return Step(step.line, step.verdict, step.lhs, step.rhs, step.method,
                diagnosis=f"the last term has the wrong sign: with {'-' if sign == '+' else '+'}"
                          f" {shown} instead of {sign} {shown} the sum is {other:.6g}, the "
                          f"value to within a tenth of that term",
                source=step.source)


def _valued(node: Node) -> bool:
    """A function's value at numbers (`\\ln 0.99`, `e^{0.1}`, `\\sqrt{1.1}`), not arithmetic of
    plain numbers."""
    return any(isinstance(n, (Call, Sym)) or isinstance(n, Bin) and n.op == "^" for n in walk(node))


def _terms(node: Node, sign: int) -> list[tuple[int, Node]] | None:
    """The signed terms of a sum of numbers as written (`-0.01 + 0.00005`: (-1, 0.01),
    (+1, 0.00005)); None when a term is no number or there is no sum."""
    if isinstance(node, Bin) and node.op in {"+", "-"}:
        left = _terms(node.left, sign)
        right = _terms(node.right, sign if node.op == "+" else -sign)
        return None if left is None or right is None else left + right
    if isinstance(node, Neg):
        inner = _terms(node.arg, -sign)
        return inner if inner is not None and len(inner) == 1 else None
    return [(sign, node)] if is_numeric(node) else None
