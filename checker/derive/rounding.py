"""How far numbers written rounded may be off, and how far that moves a step's sides.

A number shown with 3 or more significant digits (`0.4621`), or given with `≈`, is taken as
rounded: anywhere within half a unit of its last digit. A step holds when its sides differ by
no more than the claimed number's own rounding plus what the rounding of its inputs can move
them (first order, summed): the inputs written in the step, and the values bound earlier in
the worked example (`ŷ ≈ 0.9242`, then `ŷ - y ≈ -0.0758`). Values given exactly (`w = 0.5`,
`x = 1`) allow nothing: a slip in them fails.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import sympy as sp

from checker.derive import layout
from checker.derive.equivalence import digits_tolerance
from checker.derive.tree import Bin, Matrix, Neg, Node, Num, Shape, Transpose, rewrite, walk

Value = Callable[[Node], "float | np.ndarray | None"]  # a side's number(s), or None
MOST = 12  # more rounded inputs than this: their rounding is not propagated (cost)


def tolerance(left: Node, right: Node, approx: bool, value: Value | None = None,
              exact: frozenset[str] = frozenset(),
              approximated: frozenset[str] = frozenset()) -> float:
    """How far the sides may differ for numbers shown rounded: half a unit in the last digit
    of a claimed number (`= 2.20` admits ±0.005; `≈ 0.532` ±0.0005, whatever the operands;
    a matrix of numbers: its least precise entry), plus what rounding the operands shown with
    3 or more significant digits can change (`-\\log 0.2689` for -log σ(-1)). `approx`: the
    step is written with `≈`. Tuples `(a, b) = (c, d)`: entry by entry, the largest. `exact`:
    numbers the text showed exact before (an operand `0.675` after `0.9 × 0.75 = 0.675`), which
    move nothing; `approximated`: numbers the text gave with `≈` before (`1/3 ≈ 0.33`), rounded
    whatever their digits."""
    size = next((len(n.dims) for side in (left, right) for n in walk(side)
                 if isinstance(n, Shape)), 0)
    if size > 1:  # (-2, -1, 3)/2.1602 = (-0.9258, -0.4629, 1.3887): each entry on its own
        return max(tolerance(_entry(left, k, size), _entry(right, k, size), approx, value,
                             exact, approximated) for k in range(size))
    bare = [s for s in (left, right) if written_number(s) is not None or (
        isinstance(s, Matrix) and all(written_number(c) is not None for r in s.rows for c in r))]
    texts = [written_number(c) for s in bare for c in
             (walk(s) if isinstance(s, Matrix) else (s,))]
    claimed = digits_tolerance([t for t in texts if t is not None])
    if approx and written_number(right) is not None:  # `≈ 0.532`, `≈ 57`, `≈ 60000`: the
        claimed = _rounded_to(written_number(right))  # value it is rounded to says how far
    if not bare and approx:  # `≈ 0.2536 × 0.5 × 0.4200`: to the rounded numbers' digits
        nums = [n.text for side in (left, right) if _numeric(side)
                for n in walk(side) if isinstance(n, Num)]
        claimed = digits_tolerance([t for t in nums if rounded(t)] or nums) or 1e-2
    if approx:  # `≈ 333 + 333 + 333`: each term rounded on its own, their roundings add up
        claimed = max(claimed, _terms_rounding(right), _percent_rounding(right))
    scientific = scientific_rounding(right)  # `≈ 1.5 × 10^{49}`: the 1.5's digits, scaled
    if scientific:
        claimed, bare = scientific, bare + [right]
    if value is None:
        return claimed
    if approx and written_number(left) is not None:  # a number said to be about 6h
        claimed = max(claimed, coefficient_rounding(right, value))
    return claimed + sum(written_rounding(side, value, exact, loose=approx and side is right,
                                          approximated=approximated)
                         for side in (left, right) if side not in bare)


def _terms_rounding(claim: Node) -> float:
    """A claimed value written as a sum of rounded numbers (`333 + 333 + 333`, `0.25 - 0.12`):
    the sum of each term's half unit; 0 for any other claim (a single number is `_rounded_to`'s)."""
    terms: list[str] = []

    def gather(node: Node) -> bool:
        if isinstance(node, Bin) and node.op in {"+", "-"}:
            return gather(node.left) and gather(node.right)
        text = written_number(node)
        if text is None:
            return False
        terms.append(text)
        return True

    if not (isinstance(claim, Bin) and claim.op in {"+", "-"}) or not gather(claim):
        return 0.0
    return sum(_rounded_to(t) for t in terms)


def _percent_rounding(claim: Node) -> float:
    """`0.8125 ≈ 81\\%`: a claimed percentage (read as 81/100) keeps its number's digits, half a
    percent here, whatever digits the other side shows; 0 for any other claim."""
    if isinstance(claim, Bin) and claim.op == "/" and written_number(claim.right) == "100" and \
            written_number(claim.left) is not None:
        return _rounded_to(written_number(claim.left)) / 100  # type: ignore[arg-type]
    return 0.0


def coefficient_rounding(claim: Node, value: Value) -> float:
    """`0.0601 ≈ 6h` (at h = 0.01): a claimed value written as a number times an expression
    keeps that number's digits, as `≈ 6` would (±0.5 on the 6, so ±0.005 here); 0 for any
    other claim. Only a leading coefficient of names is rounded: an exponent (`≈ h^2`) never
    is, nor a number times numbers (`≈ 2 × 0.3775` is a product to compute)."""
    if not (isinstance(claim, Bin) and claim.op == "*" and isinstance(claim.left, Num)) or \
            _numeric(claim.right):
        return 0.0
    rest = value(claim.right)
    if rest is None or np.ndim(rest):
        return 0.0
    return _rounded_to(claim.left.text) * abs(float(rest))


def scientific_rounding(claim: Node) -> float:
    """`1.5 \\times 10^{49}`, `-2.2 \\cdot 10^{-4}`: a number in scientific notation keeps its
    coefficient's digits, scaled (±0.05 × 10^49); 0 for any other claim."""
    sign = isinstance(claim, Neg)
    claim = claim.arg if sign else claim
    if not (isinstance(claim, Bin) and claim.op == "*" and isinstance(claim.left, Num) and
            isinstance(claim.right, Bin) and claim.right.op == "^" and
            isinstance(claim.right.left, Num) and claim.right.left.text == "10"):
        return 0.0
    exponent = claim.right.right
    negative = isinstance(exponent, Neg)
    exponent = exponent.arg if negative else exponent
    if not (isinstance(exponent, Num) and exponent.text.isdigit()):
        return 0.0
    return _rounded_to(claim.left.text) * 10.0 ** (-int(exponent.text) if negative
                                                    else int(exponent.text))


def _rounded_to(text: str) -> float:
    """Half a unit in the last digit a claimed `≈ text` keeps: `0.532` ±0.0005, `57` ±0.5,
    `0` ±0.5, `60000` ±5000 (trailing zeros of a whole number are rounded away)."""
    if "." in text:
        return digits_tolerance([text])
    digits = text.lstrip("-")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return 0.5 * 10 ** zeros + 1e-12


def written_number(node: Node) -> str | None:
    """`0.25`, `-0.0758` as written, else None."""
    if isinstance(node, Neg):
        node = node.arg
    return node.text if isinstance(node, Num) else None


def half_unit(text: str) -> float:
    """Half a unit in the last digit of a decimal as written (`0.4621` → 0.00005); 0 for an
    integer."""
    return 0.5 * 10 ** -len(text.split(".")[1]) if "." in text else 0.0


def rounded(text: str) -> bool:
    """A decimal shown with 3 or more significant digits: a value rounded for display; but
    never a run of nines (`0.999`, `0.9999`: a decay rate such as Adam's β₂, 1 - 10^{-k}, is
    chosen, not computed: as an operand it is exact, and `1 - 0.999` is 0.001, not 0.001 ±
    0.0005)."""
    digits = text.replace(".", "").replace("-", "").lstrip("0")
    return "." in text and len(digits) >= 3 and set(digits) != {"9"}


def _numeric(node: Node) -> bool:
    from checker.derive.tree import Deriv, Sym
    return all(not isinstance(n, (Sym, Deriv)) for n in walk(node))


def _entry(side: Node, k: int, size: int) -> Node:
    """Entry k of a side written with tuples of `size` entries (each tuple → its entry k; a
    transposed one too: `0.7311·(2, 1)^\top`, entry 1 is 0.7311·2)."""
    def entry(n: Node) -> Node | None:
        if isinstance(n, Transpose) and isinstance(n.arg, Shape) and len(n.arg.dims) == size:
            return n.arg.dims[k]
        return n.dims[k] if isinstance(n, Shape) and len(n.dims) == size else None
    return rewrite(side, entry)


def written_rounding(side: Node, value: Value, exact: frozenset[str] = frozenset(),
                     loose: bool = False, approximated: frozenset[str] = frozenset()) -> float:
    """How much `side` can move when each number in it shown with 3+ significant digits is
    anywhere within half a unit of its last digit (first order; a matrix entry by entry, its
    most moved entry); numbers in `exact` (shown exact before) do not move. `loose`: the side
    a `≈` approximates, where any decimal is rounded (`-\\ln δ ≈ -\\ln 0.25` after δ ≈ 0.2536:
    0.25 is δ to two digits)."""
    numbers = [n for n in walk(side) if isinstance(n, Num) and n.text not in exact and (
        rounded(n.text) or n.text in approximated or loose and "." in n.text and set(n.text.replace(".", "")) - {"0", "9"})]
    if not numbers or len(numbers) > MOST:
        return 0.0
    base = value(side)
    if base is None:
        return 0.0
    total = np.zeros(np.shape(base))
    for num in numbers:
        unit = half_unit(num.text)
        moved = value(rewrite(side, lambda n, num=num, unit=unit:
                              Num(repr(float(n.text) + unit)) if n is num else None))
        if moved is None or np.shape(moved) != np.shape(base):
            return 0.0
        total = total + np.abs(moved - base)
    return float(np.max(total, initial=0.0)) * 1.01 + 1e-12


def bound_rounding(sides: tuple, units: dict[str, float],
                   value: Callable[[object, dict[str, float]], float | np.ndarray | None]
                   ) -> float:
    """How much the sides (SymPy, with the example's names still in them) can move when each
    bound value that was written rounded (`units`: name → half a unit) is anywhere within its
    rounding (first order, summed over names and sides). `value(side, moved)`: the side's
    number(s) at the bound values, those in `moved` shifted by that much; None if it has none."""
    names = [n for n, u in units.items() if u > 0]
    if not names or len(names) > MOST:
        return 0.0
    total = 0.0
    for side in sides:
        present = {str(s) for s in getattr(side, "free_symbols", ())}
        if not present & set(names):
            continue
        base = value(side, {})
        if base is None:
            return 0.0
        for name in names:
            if name in present:
                moved = value(side, {name: units[name]})
                if moved is None or np.shape(moved) != np.shape(base):
                    return 0.0
                total += float(np.max(np.abs(np.asarray(moved) - base), initial=0.0))
    return total * 1.01 + 1e-12 if total else 0.0


def to_digits(ctx, low, sides: tuple[Node, Node], line: int) -> str:
    """`-η·0.1·g/(\\sqrt{0.001}|g|) ≈ -3.16η·sign(g)`: a `≈` between expressions with
    variables holds when, at random values of them, the sides differ by no more than the
    numbers written rounded (3 or more significant digits) can move them, first order (each
    within half a unit of its last digit). How it held, or '' (not shown to hold: then the
    claim may be about particular values, and is not decided)."""
    import sympy as sp

    from checker.derive.equivalence import within
    from checker.derive.meaning import Lowering
    from checker.derive.tree import Sym

    units: dict[str, float] = {}

    def mark(n: Node) -> Node | None:
        if isinstance(n, Num) and rounded(n.text):
            name = f"rounded{len(units)}"
            units[name] = half_unit(n.text)
            marks[name] = n
            return Sym(name)
        return None

    marks: dict[str, Num] = {}
    marked = tuple(rewrite(side, mark) for side in sides)
    if not units or len(units) > MOST:
        return ""
    again = Lowering(ctx, line, calls=low.calls, wrt=low.wrt, free_index=dict(low.free_index))
    layout.infer_shapes(again, marked)
    values = [ctx.at_bound_values(again.expr(side), line) for side in marked]
    if any(getattr(v, "is_Matrix", False) for v in values):
        return ""
    symbols = {name: sp.Symbol(name, real=True) for name in units}
    slack = sum((abs(sp.diff(v, symbols[name])) * sp.Float(unit)
                 for v in values for name, unit in units.items()), sp.Integer(0))
    at = {symbols[name]: sp.Float(float(marks[name].text), 15) for name in units}
    left, right, slack = (sp.sympify(e).xreplace(at) for e in (*values, slack))
    if not (left.free_symbols | right.free_symbols):
        return ""
    points = within(left, right, slack, ctx)
    return f"numeric agreement at {points} random points, to the digits shown" if points else ""


def truncated(lv, rv, left: Node, right: Node) -> str | None:
    """`e^{0.5} ≈ 1.648`, `π ≈ 3.1415`: a number written with its digits cut after the last one
    shown, not rounded (1.6487... → 1.648), as many writers do: the step holds to the digits
    written. Only a written decimal against a computed number, the cut one unit toward zero
    from the rounded value (never a digit further), and only a decimal shown with 3 or more
    significant digits (`rounded`), as a calculator's digits are: with one or two, the cut is
    up to a tenth or a half of the value (0.5 × 0.38 = 0.1, 2/3 = 0.6), a slip a reader
    flags rather than a display."""
    for value, side in ((lv, right), (rv, left)):
        text = written_number(side)
        if text is None or not rounded(text) or getattr(value, "free_symbols", True):
            continue
        try:
            number = float(sp.N(value))
        except (TypeError, ValueError):
            continue
        places = len(text.split(".", 1)[1])
        claimed = -float(text) if isinstance(side, Neg) else float(text)
        scale = 10 ** places
        cut = math.trunc(number * scale) / scale
        if math.isfinite(number) and math.isclose(cut, claimed, rel_tol=0, abs_tol=0.1 / scale) \
                and not math.isclose(round(number * scale) / scale, claimed, rel_tol=0,
                                     abs_tol=0.1 / scale):
            return (f"numeric evaluation: {claimed:.{places}f} is the value "
                    f"{number:.{places + 3}g} cut after the digits written (not rounded)")
    return None


def shown_exact(right: Node, lv, rv, left: Node, roundings: dict[str, float],
                exact: frozenset[str]) -> str | None:
    """The number a step shows exact, as written, or None: `left = 0.675` whose left side,
    of numbers not rounded (or shown exact before) and of values given exactly, is that number
    exactly (`0.9 × (1 − 0.25)`; `1 − ηλ` at η = 0.1, λ = 0.01)."""
    text = written_number(right)
    if text is None or not rounded(text) or any(u > 0 for u in roundings.values()) or any(
            isinstance(n, Num) and rounded(n.text) and n.text not in exact for n in walk(left)):
        return None
    try:
        same = sp.nsimplify(lv) == sp.nsimplify(rv) if lv.is_number and rv.is_number else False
    except (AttributeError, TypeError, ValueError, sp.SympifyError):
        return None
    return text if same and lv.is_Rational else None
