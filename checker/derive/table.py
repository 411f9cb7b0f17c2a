"""Tables of values: a first column of a variable's values and columns headed by formulas in
that variable (`| $t$ | $1 - \\beta_1^t$ |`, then `| 10 | 0.3487 |`). Each number in such a
column is a claim: the header's formula at the row's value, `\\left. 1 - \\beta_1^t
\\right|_{t = 10} \\approx 0.3487`, checked to the digits written like any worked value. A
header that is a name alone, a relation, or anything but one formula in math is no column of
claims; a cell that is not a plain number (a word, a unit, a percentage) is no claim. A known
function of the variable is a formula too (`$\\sigma'(x)$`, `$\\tanh'(x)$`), and so is one
written in plain text (`σ′(x)`, `tanh(x)`): a column of sigmoid or tanh values is a claim per
cell; a function the checker does not know (`f(x)`, `S_{0.5}(v)`) heads no claim column.
"""

from __future__ import annotations

import re

from checker.derive.declared import table_cells
from checker.derive.markdown import Formula
from checker.derive.regex import Regex

_VARIABLE = Regex(r"\$\s*([A-Za-z]|\\[a-zA-Z]+)\s*\$|([A-Za-z])")
_MATH = Regex(r"\$([^$]+)\$")
_NUMBER = Regex(r"\$?\s*(-?\d+(?:\.\d+)?)\s*\$?")
_OPERATION = Regex(r"[-+/^]|\\frac|\\sqrt|\\log|\\exp|\\cdot|\\times")
# a known function (or its derivative) applied to a name: `\\sigma'(x)`, `\\tanh x`
_APPLIED = Regex(r"\\sigma\s*'?\s*\(|\\(?:tanh|sinh|cosh|sin|cos)\s*'?\s*(?:\(|[A-Za-z])")
_PLAIN = {"σ": "\\sigma", "′": "'", "’": "'", "tanh": "\\tanh", "sinh": "\\sinh",
          "cosh": "\\cosh"}
_PLAIN_FUNCTION = Regex(r"(?:σ|tanh|sinh|cosh)\s*['′’]?\s*\(\s*[A-Za-z]\s*\)")
_SEPARATOR = Regex(r"[-: ]+")
# indices and labels: `v_t`, `w_{t-1}`, `z^{(l)}`; a variable only there makes the header a
# family's member (a name), not a formula in it (`\\beta_1^t`: t is an exponent)
_INDICES = Regex(r"_\{[^{}]*\}|_\\?[A-Za-z0-9]+|\^\{\([^{}]*\)\}|\^\([^()]*\)")
BLOCKS = 1_000_000  # block numbers of table claims: each cell a block of its own


def table_claims(source: str) -> list[Formula]:
    """The claims of the tables of values in `source`, one display formula per cell, on the
    row's line."""
    out: list[Formula] = []
    header: list[tuple[int, str]] | None = None  # (column, formula) of the claim columns
    variable = ""
    for number, line in enumerate(source.split("\n"), start=1):
        cells = table_cells(line)
        if cells is None:
            header = None
            continue
        if header is None:
            variable, header = claim_columns(cells)
            continue
        if not header or all(_SEPARATOR.fullmatch(c) for c in cells):
            continue
        at = _NUMBER.fullmatch(cells[0])
        if at is None:
            continue
        for column, formula in header:
            value = _NUMBER.fullmatch(cells[column]) if column < len(cells) else None
            if value is not None:
                text = (f"\\left. {formula} \\right|_{{{variable} = {at.group(1)}}} "
                        f"\\approx {value.group(1)}")
                out.append(Formula(number, text, True, BLOCKS + len(out)))
    return out


def claim_columns(cells: list[str]) -> tuple[str, list[tuple[int, str]]]:
    """A header row: the variable its first cell names, and the columns headed by a formula
    in it; ("", []) when it is no table of values."""
    first = _VARIABLE.fullmatch(cells[0]) if cells else None
    if first is None:
        return "", []
    variable = first.group(1) or first.group(2)
    alone = re.compile(r"(?<![A-Za-z\\])" + re.escape(variable) + r"(?![A-Za-z])")
    columns = []
    for column, cell in enumerate(cells[1:], start=1):
        formula = _formula(cell)
        if formula is None:
            continue
        operation = _OPERATION.search(formula) or _APPLIED.search(formula)
        if alone.search(_INDICES.sub(" ", formula)) and operation and \
                not re.search(r"=|<|>|\\le|\\ge|\\approx|\\in", formula):
            columns.append((column, formula))
    return variable, columns


def _formula(cell: str) -> str | None:
    """The formula a header cell holds: its math, or a known function written in plain text
    (`σ′(x)` is `\\sigma'(x)`); None for words."""
    math = _MATH.fullmatch(cell)
    if math is not None:
        return math.group(1).strip()
    if _PLAIN_FUNCTION.fullmatch(cell.strip()) is None:
        return None
    return re.sub("|".join(_PLAIN), lambda m: _PLAIN[m.group(0)], cell.strip())
