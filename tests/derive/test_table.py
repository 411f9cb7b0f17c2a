"""Tables of values (table.py): a column of a variable's values and columns headed by formulas
in it; each number is the header's formula at the row's value. Each row: a table whose cells
all hold, and a wrong twin of one cell that must fail; then tables that hold no claim."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.table import table_claims

ADAM = ("With $\\beta_1 = 0.9$ and $\\beta_2 = 0.999$:\n\n"
        "| $t$ | $1 - \\beta_1^t$ | $1 - \\beta_2^t$ |\n"
        "|---|---|---|\n"
        "| 1 | 0.1 | 0.001 |\n"
        "| 10 | 0.6513 | 0.009955 |\n")
DECAY = ("The rate decays as $\\eta_0 \\gamma^k$ with $\\eta_0 = 0.1$, $\\gamma = 0.5$.\n\n"
         "| epoch $k$ | rate |\n|---|---|\n| 1 | 0.05 |\n\n"
         "| $k$ | $\\eta_0 \\gamma^k$ |\n|:-:|:-:|\n| 0 | 0.1 |\n| 3 | 0.0125 |\n")

SIGMOID = ("| $x$ | $\\sigma(x)$ | $\\sigma'(x)$ | $\\tanh'(x)$ |\n|---|---|---|---|\n"
           "| 0 | 0.5 | 0.25 | 1 |\n| 2 | 0.881 | 0.105 | 0.071 |\n| 5 | 0.993 | 0.0066 | 0.00018 |\n")
PLAIN = "| x | σ(x) | σ′(x) |\n|---|---|---|\n| 0 | 0.5 | 0.25 |\n| -1 | 0.2689 | 0.1966 |\n"

ROWS = [  # (text, the line of the changed row, the row as written, its wrong twin)
    (ADAM, 6, "| 10 | 0.6513 | 0.009955 |", "| 10 | 0.3487 | 0.009955 |"),
    (ADAM, 5, "| 1 | 0.1 | 0.001 |", "| 1 | 0.1 | 0.01 |"),
    (DECAY, 10, "| 3 | 0.0125 |", "| 3 | 0.025 |"),
    (SIGMOID, 5, "| 5 | 0.993 | 0.0066 | 0.00018 |", "| 5 | 0.993 | 0.0066 | 0.0018 |"),
    (SIGMOID, 4, "| 2 | 0.881 | 0.105 | 0.071 |", "| 2 | 0.881 | 0.21 | 0.071 |"),
    (PLAIN, 4, "| -1 | 0.2689 | 0.1966 |", "| -1 | 0.7311 | 0.1966 |"),
]


@pytest.mark.parametrize("text, line, row, wrong", ROWS)
def test_the_cells_hold(text, line, row, wrong):
    steps = check_text(text).steps
    assert steps and all(s.verdict == "holds" for s in steps), steps
    assert line in [s.line for s in steps]


@pytest.mark.parametrize("text, line, row, wrong", ROWS)
def test_the_wrong_cell_fails(text, line, row, wrong):
    steps = check_text(text.replace(row, wrong)).steps
    assert [s.line for s in steps if s.verdict == "fails"] == [line], steps


@pytest.mark.parametrize("table", [
    "| $t$ | $\\hat{m}_t$ |\n|---|---|\n| 1 | 0.5 |\n",  # a name, no formula: no claim
    "| $l$ | $z^{(l)}$ | $\\sigma'(z^{(l)})$ |\n|---|---|---|\n| 1 | 0 | 0.25 |\n",  # members
    "| $t$ | $v_t^{(A)}$ | $f'(w_{t-1})$ |\n|---|---|---|\n| 1 | 0.2 | 4 |\n",  # of families
    "| $x$ | $y = 2x$ |\n|---|---|\n| 1 | 2 |\n",  # a relation in the header
    "| layer | $3 \\cdot 3 \\cdot C$ |\n|---|---|\n| 1 | 27 |\n",  # a word, not a variable
    "| $t$ | $1 - 0.9^t$ |\n|---|---|\n| 1 | 10 % |\n",  # a cell that is not a plain number
    "| $n$ | $n^2$ |\n|---|---|\n| a | 4 |\n",  # a row with no value of the variable
    "| $x$ | $f(x)$ | $f'(x)$ |\n|---|---|---|\n| 1 | 2 | 3 |\n",  # a function not known
    "| $v$ | $S_{0.5}(v)$ |\n|---|---|\n| 1 | 0.5 |\n",  # nor a family of functions
    "| $x$ | $\\sigma x$ | $\\sigma_x$ |\n|---|---|---|\n| 1 | 2 | 3 |\n",  # σ a number
    "| x | f(x) | sigmoid |\n|---|---|---|\n| 1 | 2 | 0.7 |\n",  # plain words
])
def test_tables_without_claims(table):
    assert table_claims(table) == []
