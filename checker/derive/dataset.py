"""Tables of data: columns (or rows) headed by names, each number the value of that name for
one example. `| $i$ | $x_i$ | $y_i$ |` then `| 2 | 2 | 3 |` gives x_2 = 2 and y_2 = 3;
`| $x$ | $y$ |` then its third row `| 2 | 5 |` gives x_3 = 2 and y_3 = 5 (examples counted from
1 down the table); a table written across, `| $x$ | 1 | 2 | 3 |` over `| $y$ | 3 | 5 | 7 |`,
the same along its rows. A worked example then substitutes them (`∂L/∂w = 1/3(-1·1 - 1·2 -
2·3)` where L = 1/6 Σ(wx_i + b - y_i)^2): each value is read as the formula `x_{k} = v` on
its row's line, bound like a value the text writes (a name with a definition makes it a claim
checked there, as a table's formula column is: table.py).

The example's number comes from an index column or row when the table has one: a first cell
that is one letter (`$i$`, `$t$`) which another header uses as its subscript (`$\\eta_t$`),
with whole numbers under it; else the examples are counted from 1. Only cells holding a plain
number are values (a word, a tuple, a formula is none); only headers in math that are one name
(a letter, a Greek letter, an accented letter, with at most a letter subscript) name values.
A table of a variable and formulas in it (table.py) is left to that reading; a table with
fewer than two named columns, one besides an index, is no data table (`| $k$ | rate |`).
"""

from __future__ import annotations

import re

from checker.derive.declared import table_cells
from checker.derive.markdown import Formula
from checker.derive.regex import Regex
from checker.derive.table import claim_columns

BLOCKS = 2_000_000  # block numbers of the values read from tables: each a block of its own
_NAME = Regex(r"\$\s*((?:\\(?:hat|bar|tilde)\s*\{\s*[A-Za-z]\s*\}|\\(?:hat|bar|tilde)\s+"
              r"[A-Za-z]|\\[a-zA-Z]+|[A-Za-z]))\s*(?:_\s*\{?\s*([A-Za-z])\s*\}?)?\s*\$")
_LABELLED = Regex(r"[^$|]*?(\$[^$]+\$)\s*")  # `hidden $d$`: words, then one name in math
_BINDING = Regex(r"([A-Za-z]{1,3}(?:_[A-Za-z0-9])?)\s*=\s*(-?\d+(?:\.\d+)?)")  # TP = 45
_NUMBER = Regex(r"\$?\s*(-?\d+(?:\.\d+)?)\s*\$?")
_SEPARATOR = Regex(r"[-: ]+")
_WORDS = {"\\text", "\\mathrm", "\\mathbf", "\\operatorname", "\\cdot", "\\times", "\\quad"}


def data_values(source: str) -> list[Formula]:
    """The values the data tables of `source` give, one formula `name_{k} = v` per cell."""
    out: list[Formula] = []
    for rows in _tables(source):
        for line, name, index, number in _down(rows) or _across(rows):
            out.append(Formula(line, f"{name}_{{{index}}} = {number}", True,
                               BLOCKS + len(out)))
        for line, name, number in _settings(rows) + _cell_bindings(rows):
            out.append(Formula(line, f"{name} = {number}", True, BLOCKS + len(out)))
    return out


def _cell_bindings(rows: list[tuple[int, list[str]]]) -> list[tuple[int, str, str]]:
    """Cells whose whole text, outside math, binds a name (`| TP = 45 | FN = 5 |`, a
    confusion matrix's counts): each gives that name its value, as `$TP = 45$` would."""
    return [(line, found.group(1), found.group(2)) for line, cells in rows for cell in cells
            if (found := _BINDING.fullmatch(cell.strip()))]


def _settings(rows: list[tuple[int, list[str]]]) -> list[tuple[int, str, str]]:
    """A table of settings, two columns under a header of words (`| item | value |`): each
    row whose first cell is a label ending in one name in math (`hidden $d$`) and whose second
    is one number gives that name its value (d = 768), as `$d = 768$` would; a row of words
    alone (`| layers | 12 |`) names nothing. A table whose every first cell is a name alone is
    a data table written across (`_across`), not this."""
    if len(rows) < 2 or any(len(cells) != 2 for _, cells in rows) or \
            "$" in "".join(rows[0][1]) or all(_name(cells[0]) for _, cells in rows[1:]):
        return []
    out = []
    for line, (label, value) in rows[1:]:
        found = _LABELLED.fullmatch(label)
        name = _name(found.group(1)) if found else None
        number = _number(value)
        if name is not None and number is not None:
            out.append((line, name[0] + (f"_{{{name[1]}}}" if name[1] else ""), number))
    return out


def _tables(source: str) -> list[list[tuple[int, list[str]]]]:
    """Each Markdown table: its rows (line, cells), the separator row left out."""
    tables: list[list[tuple[int, list[str]]]] = []
    current: list[tuple[int, list[str]]] = []
    for number, line in enumerate(source.split("\n"), start=1):
        cells = table_cells(line)
        if cells is None:
            if current:
                tables.append(current)
            current = []
            continue
        if not all(_SEPARATOR.fullmatch(c) for c in cells if c) or not any(cells):
            current.append((number, cells))
    if current:
        tables.append(current)
    return tables


def _name(cell: str) -> tuple[str, str] | None:
    """A header cell that is one name: (the name, its letter subscript or ''), else None."""
    found = _NAME.fullmatch(cell.strip())
    if found is None or found.group(1).strip() in _WORDS:
        return None
    name = re.sub(r"\\(hat|bar|tilde)\s+([A-Za-z])", r"\\\1{\2}", found.group(1))
    return re.sub(r"\s+", "", name), found.group(2) or ""


def _number(cell: str) -> str | None:
    found = _NUMBER.fullmatch(cell.strip())
    return None if found is None else found.group(1)


def _index(names: list[tuple[str, str] | None]) -> bool:
    """The first header is an index: one letter another header uses as its subscript."""
    first = names[0] if names else None
    return first is not None and not first[1] and len(first[0]) == 1 and \
        any(n is not None and n[1] == first[0] for n in names[1:])


def _down(rows: list[tuple[int, list[str]]]) -> list[tuple[int, str, str, str]]:
    """The values of a table with names across its header and one example per row."""
    if len(rows) < 2 or claim_columns(rows[0][1])[1]:
        return []
    names = [_name(c) for c in rows[0][1]]
    indexed = _index(names)
    columns = [(c, n[0]) for c, n in enumerate(names) if n is not None and
               not (indexed and c == 0)]
    if len(columns) < (1 if indexed else 2):
        return []
    out = []
    for k, (line, cells) in enumerate(rows[1:], start=1):
        at = _number(cells[0]) if indexed and cells else str(k)
        if at is None or not at.isdigit():
            return []  # an index column that holds no whole number: no data table
        out += [(line, name, at, number) for c, name in columns
                if c < len(cells) and (number := _number(cells[c])) is not None]
    return out


def _across(rows: list[tuple[int, list[str]]]) -> list[tuple[int, str, str, str]]:
    """The values of a table written across: each row a name, then one example per column."""
    names = [_name(cells[0]) if cells else None for _, cells in rows]
    if any(n is None for n in names) or len(names) < 2:
        return []
    indexed = _index(names)
    width = max(len(cells) for _, cells in rows)
    at = [str(k) for k in range(1, width)]
    if indexed:
        at = [_number(c) or "" for c in rows[0][1][1:]]
        if not all(a.isdigit() for a in at):
            return []
    out = []
    for (line, cells), n in list(zip(rows, names))[1 if indexed else 0:]:
        out += [(line, n[0], at[c - 1], number) for c in range(1, len(cells))
                if c - 1 < len(at) and (number := _number(cells[c])) is not None]
    return out
