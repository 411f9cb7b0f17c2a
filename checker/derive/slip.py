"""Diagnoses of a wrong number: the left side's value to the digits the text wrote, and the
slip that gives the written value when exactly one does (checked, never guessed): two digits
swapped, a decimal point moved, a sign, the complement 1 − x, or one edit of a side as
written (`edit.py`: a term or factor left out, a sign flipped, a square root not taken, the
log base 10). A vector or matrix of numbers: the first entry that differs, the same way.

Each signature is a pure function of the evidence (evidence.py), Evidence → message | None,
tried in the order of diagnosis.REFINEMENTS.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import sympy as sp

from checker.derive.edit import edits, first_unique
from checker.derive.evidence import Evidence
from checker.derive.render import render
from checker.derive.tree import Bin, Matrix, Neg, Node, Num, Shape, Sym, walk


def _decimals(node: Node) -> int:
    """The most decimals of a number written in node (`0.0832` → 4; `1920` → 0)."""
    digits = [len(n.text.split(".")[1]) if "." in n.text else 0
              for n in walk(node) if isinstance(n, Num)]
    return max(digits, default=0)


def _number(node: Node) -> str | None:
    """The text of a plain written number (`-0.431`), else None."""
    if isinstance(node, Neg) and isinstance(node.arg, Num):
        return "-" + node.arg.text
    return node.text if isinstance(node, Num) else None


def _scientific(node: Node) -> tuple[int, int] | None:
    """(decimals of the mantissa, exponent) of a number written `8.3·10^{-7}`, `-1.5·10^3`;
    else None."""
    node = node.arg if isinstance(node, Neg) else node
    if not (isinstance(node, Bin) and node.op == "*" and isinstance(node.left, Num) and
            isinstance(node.right, Bin) and node.right.op == "^" and
            node.right.left == Num("10")):
        return None
    power = node.right.right
    sign, power = (-1, power.arg) if isinstance(power, Neg) else (1, power)
    if not (isinstance(power, Num) and power.text.isdigit()):
        return None
    mantissa = node.left.text
    return (len(mantissa.split(".")[1]) if "." in mantissa else 0), sign * int(power.text)


def _tolerance(node: Node, value: float) -> float:
    """Half a unit of the last digit written (`8.3·10^{-7}`: of its mantissa's, at its
    power of ten); a side written with integers only (`1/64`, `27 + 1`) is exact."""
    scientific = _scientific(node)
    if scientific is not None:
        d, k = scientific
        return 0.5 * 10.0 ** (k - d) * (1 + 1e-9)
    d = _decimals(node)
    if d == 0 and _number(node) is None:
        return 1e-9 * max(abs(value), 1.0)
    nums = [abs(float(n.text)) for n in walk(node) if isinstance(n, Num) and
            n.text.replace(".", "", 1).isdigit()]
    scale = 1.0
    if _number(node) is None and nums and max(nums) > 0:
        scale = max(abs(value) / max(nums), 1.0)
    return 0.5 * 10.0 ** -d * scale * (1 + 1e-9) + 1e-12


def _shown(value: float, d: int, written: str | None = None) -> str:
    """value to d decimals, half up as a writer rounds (0.09315 → 0.0932); to as many
    significant digits as `written` has when d decimals would show fewer (0.00034)."""
    if d == 0 and abs(value - round(value)) > 1e-9:
        return f"{value:.4g}"
    if written is not None and value:
        digits = written.lstrip("-").replace(".", "").lstrip("0")
        d = max(d, len(digits) - 1 - int(np.floor(np.log10(abs(value)))))
    exact = Decimal(repr(round(value, 12)))
    return str(exact.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def _swapped(right: str, correct: str) -> bool:
    """Two adjacent digits swapped: `1.785` for `1.875`."""
    a, b = right.lstrip("-"), correct.lstrip("-")
    if len(a) != len(b) or a == b or right.startswith("-") != correct.startswith("-"):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and \
        a[diff[1]] == b[diff[0]] and a[diff[0]].isdigit() and a[diff[1]].isdigit()


def swapped_from(written: str, value: float) -> bool:
    """The number written is the value, to the decimals written, with two adjacent digits
    swapped (`1.05^2 = 1.1052` for 1.1025), of 3 or more significant digits: a slip, which
    the rounding of the step's inputs must not cover (rounding moves a value, it never swaps
    its digits)."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    if len(written.replace(".", "").lstrip("-0")) < 3 or not np.isfinite(value):
        return False
    correct = str(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals),
                                                       rounding=ROUND_HALF_UP))
    return _swapped(written, correct)


def result_slip(value: float, right: float, tol: float, written: str | None, correct: str
                ) -> str | None:
    """A slip read off the two numbers alone."""
    if written is not None and _swapped(written, correct):
        return "two digits swapped"
    if abs(value + right) <= tol and abs(right) > tol:
        return "the sign is flipped"
    for k in (1, -1, 2, -2, 3, -3):
        if abs(value * 10.0 ** k - right) <= tol and abs(right) > tol:
            return f"off by a factor of {10 ** abs(k)}: the decimal point moved"
    if abs(value + right - 1) <= tol and abs(value - right) > tol:
        shown = written if written is not None else f"{right:g}"
        return f"{shown} is 1 − {correct}: the complement (1 − x)"
    return None


def _at(e: Evidence, expr) -> float | None:
    if expr is None or isinstance(expr, sp.MatrixBase):
        return None
    try:
        out = np.ravel(e.at(expr))
    except Exception:  # noqa: BLE001 - an edit that cannot be evaluated does not hold
        return None
    return float(out[0]) if out.size == 1 and np.isfinite(out[0]) else None


def _edit_slip(e: Evidence, value: float, right: float, tol: float) -> str | None:
    """One edit of the left side as written gives the written value, or one edit of the right
    side as written gives the left's value (`θ_2 = 0.8 + 0.1·3.4` for 0.8 − 0.1·3.4)."""
    if e.value_of is None:
        return None

    def left_gives(node) -> bool:
        got = _at(e, e.value_of(node))
        return got is not None and abs(got - right) <= tol

    def right_gives(node) -> bool:  # the right side's numbers are the values it computed with
        got = _at(e, e.value_of(node))
        return got is not None and abs(got - value) <= 1e-9 * max(abs(value), 1.0)

    def tried():
        if e.written_left is not None and _digits(_number(e.written)) >= SURE_DIGITS:
            yield from ((kind, what, (node, left_gives))
                        for kind, what, node in edits(e.written_left))
        if _number(e.written) is None:
            yield from ((kind, f"on the right, {what}", (node, right_gives))
                        for kind, what, node in edits(e.written))

    return first_unique(tried(), lambda pair: pair[1](pair[0]))


def number(e: Evidence) -> str | None:
    """A number (or a side at the example's values) that is wrong: the left side's value to
    the digits written, and the slip when exactly one gives the written value."""
    if e.matrix or e.written is None or len(e.lv) != 1 or \
            not any(isinstance(n, Num) for n in walk(e.written)):
        return None
    value, right = float(np.real(e.lv[0])), float(np.real(e.rv[0]))
    if not (np.isfinite(value) and np.isfinite(right)):
        return None
    tol = _tolerance(e.written, right)
    d = _decimals(e.written)
    if d == 0 and _number(e.written) is not None and abs(value - right) <= tol:
        tol = 1e-9 * max(abs(right), 1.0)  # `= 1` for 0.5: an integer the step got wrong
    if abs(value - right) <= tol:
        return None  # equal to the digits written: not this checker's business here
    written = _number(e.written)
    if _scientific(e.written) is not None:  # `8.3·10^{-7}`: the value as the writer writes it
        d, correct = 0, _plain(value)
    else:
        correct = _shown(value, d, written) if written is not None else _plain(value)
    if correct == written:  # 0.5 shown with no decimals is the 1 written: show it as it is
        correct = _plain(value)
    if written is not None:
        said = f"the left side is {correct}" + (" to the digits written" if d else "") + \
            f", not {written}"
    elif any(isinstance(n, Sym) for n in walk(e.written)):  # at the example's values
        said = f"the left side is {correct}, the right side {render(e.written)} is {_plain(right)}"
    else:
        said = f"the left side is {correct}, not {render(e.written)}"
    slip = result_slip(value, right, tol, written, correct) or \
        _edit_slip(e, value, right, tol)
    return f"{said}: {slip}" if slip else said


SURE_DIGITS = 3  # a one-edit slip is named only for a value written with this many digits:
# small numbers (9, 0.25, -3) are reached by too many edits by chance


def _digits(written: str | None) -> int:
    """Significant digits of a written number (`0.0832` → 3, `884736` → 6); 0 for none."""
    if written is None:
        return 0
    return len(written.lstrip("-").replace(".", "").lstrip("0"))


def _plain(value: float) -> str:
    """value to 4 significant digits, as a writer writes it (`2.93·10^7`, not 2.93e+07)."""
    if value and not 1e-4 <= abs(value) < 1e6:
        exponent = int(np.floor(np.log10(abs(value))))
        return f"{value / 10 ** exponent:.3g}·10^{exponent}"
    return f"{value:.4g}"


def _entries(node: Node) -> list[Node] | None:
    if isinstance(node, Shape):
        return list(node.dims)
    if isinstance(node, Matrix) and not node.elided_rows:
        return [x for row in node.rows for x in row]
    return None


def entry(e: Evidence) -> str | None:
    """Numbers in a vector or matrix: the first entry that differs beyond the digits written,
    its value to those digits, and the slip when one is read off the two numbers."""
    if not (isinstance(e.left, sp.MatrixBase) and isinstance(e.right, sp.MatrixBase)) or \
            e.left.shape != e.right.shape or len(e.lv) != 1 or e.written is None:
        return None
    written = _entries(e.written)
    lv, rv = np.ravel(np.real(e.lv)), np.ravel(np.real(e.rv))
    if written is None or len(written) != lv.size or rv.size != lv.size:
        return None
    rows, cols = e.left.shape
    for k, node in enumerate(written):
        tol = _tolerance(node, rv[k])
        if not np.isfinite(lv[k]) or abs(lv[k] - rv[k]) <= tol:
            continue
        d = _decimals(node)
        correct = _shown(float(lv[k]), d, _number(node))
        text = _number(node) or render(node)
        where = f"entry {k + 1}" if 1 in (rows, cols) else f"entry ({k // cols + 1}, " \
            f"{k % cols + 1})"
        said = f"{where} is {correct}" + (" to the digits written" if d else "") + \
            f", not {text}"
        slip = result_slip(float(lv[k]), float(rv[k]), tol, _number(node), correct)
        return f"{said}: {slip}" if slip else said
    return None
