"""Definitions given after the formula that uses them ("$$...$$ where $a = ...$": clause.py)."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text


def verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_text(text).steps]


@pytest.mark.parametrize("text, expected", [
    # English, Korean, Chinese: the formula above is derived from the clause's definition
    ("$$\\frac{da}{dz} = a(1 - a)$$\n\nwhere $a = \\sigma(z)$.", [(1, "holds")]),
    ("$$\\frac{da}{dz} = a(1 + a)$$\n\nwhere $a = \\sigma(z)$.", [(1, "fails")]),
    ("$$\\frac{\\partial p_i}{\\partial z_i} = p_i(1 - p_i)$$\n\n"
     "여기서 $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ 이다.", [(1, "holds")]),
    ("$$\\frac{\\partial L}{\\partial w} = 2(wx - y)x$$\n\n其中，$L = (wx - y)^2$。",
     [(1, "holds")]),
    ("$$\\frac{\\partial L}{\\partial w} = (wx - y)x$$\n\n其中，$L = (wx - y)^2$。",
     [(1, "fails")]),
    # several definitions in the clause, and a later step that uses them
    ("$$\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) x$$\n\n"
     "where $L = \\frac{1}{2}(\\hat{y} - y)^2$ and $\\hat{y} = wx + b$.\n\n"
     "$$\\frac{\\partial L}{\\partial b} = \\hat{y} - y$$", [(1, "holds"), (5, "holds")]),
    # without the cue the order is the text's: the formula is taken as given
    ("$$\\frac{da}{dz} = a(1 + a)$$\n\nNow $a = \\sigma(z)$.", [(1, "undecided")]),
    # a name the text has defined already is not moved: the clause's line is checked there
    ("$a = \\sigma(z)$\n\n$$\\frac{da}{dz} = a(1 - a)$$\n\nwhere $a = \\frac{1}{1 + e^{-z}}$.",
     [(3, "holds"), (5, "holds")]),
    # a chain in the clause is a claim: checked on its own line, not moved
    ("$$y = 2x$$\n\nwhere $x = 1 + 1 = 3$.", [(3, "fails")]),
    # the clause in the sentence of a formula in the line, or in a display's own paragraph
    ("Let $J = \\frac12(wx + b - y)^2$.\n\nThen $\\frac{\\partial J}{\\partial b} = e$, where "
     "$e = wx + b - y$.", [(3, "holds")]),
    ("Let $J = \\frac12(wx + b - y)^2$.\n\nThen $\\frac{\\partial J}{\\partial b} = 2e$, where "
     "$e = wx + b - y$.", [(3, "fails")]),
    ("令 $J = \\frac{1}{2n}\\sum_{i=1}^{n}(w x_i + b - y_i)^2$。\n\n则 $\\frac{\\partial J}{\\partial w} "
     "= \\frac{1}{n}\\sum_{i=1}^{n} e_i x_i$,$\\frac{\\partial J}{\\partial b} = \\frac{1}{n}"
     "\\sum_{i=1}^{n} e_i$,其中 $e_i = w x_i + b - y_i$ 为残差。", [(3, "holds"), (3, "holds")]),
    ("$L = (wx - y)^2$ 이다.\n\n$\\frac{\\partial L}{\\partial w} = 2rx$ 이고, 여기서 $r = wx - y$ "
     "이다.", [(3, "holds")]),
    ("$$\\frac{\\partial J}{\\partial w} = \\frac{1}{n}\\sum_{i=1}^{n} r_i x_i$$ where "
     "$r_i = w x_i - y_i$ and $J = \\frac{1}{2n}\\sum_{i=1}^{n}(w x_i - y_i)^2$.", [(1, "holds")]),
    # the sentence ends before the cue: a later sentence's "where" is no clause of this formula
    ("Then $\\frac{da}{dz} = a(1 + a)$. Where $a = \\sigma(z)$, this is wrong.",
     [(1, "undecided")]),
])
def test_where_clauses(text, expected):
    assert verdicts(text) == expected
