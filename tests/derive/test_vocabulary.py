"""The vocabulary table: every spelling of every row is read as its row says."""

import pytest
import sympy as sp

from checker.derive import phrase, vocabulary
from checker.derive.errors import Unreadable
from checker.derive.lexer import tokenize
from checker.derive.vocabulary import ROWS, Kind

TOKEN_KIND = {Kind.LETTER: "greek", Kind.FUNCTION: "word", Kind.CONSTANT: "const",
              Kind.RELATION: "rel", Kind.OPERATOR: "op", Kind.ACCENT: "accent",
              Kind.SEPARATOR: "sep", Kind.ELLIPSIS: "ellipsis", Kind.LAYOUT: "cmd",
              Kind.REFUSED: "cmd", Kind.NAME: "word"}
SPELLED = [(row, s) for row in ROWS for s in row.spellings
           if row.kind in TOKEN_KIND and s not in {"begin", "end"}]


@pytest.mark.parametrize("row, spelling", SPELLED, ids=[s for _, s in SPELLED])
def test_every_spelling_reads_as_its_row(row, spelling):
    text = spelling + ("{x}" if row.kind is Kind.ACCENT else "")
    text += "{bmatrix}" if row.name in {"begin", "end"} else ""
    first = tokenize(text)[0]
    assert first.kind == TOKEN_KIND[row.kind], (spelling, first)


@pytest.mark.parametrize("prose", [False, True])
def test_spellings_are_unique(prose):
    spellings = [s for row in (phrase.ROWS if prose else ROWS) for s in row.spellings]
    assert spellings and len(spellings) == len(set(spellings))


@pytest.mark.parametrize("name, args, expected", [
    ("sigma", [sp.Symbol("z")], 1 / (1 + sp.exp(-sp.Symbol("z")))),
    ("sigmoid", [sp.Symbol("z")], 1 / (1 + sp.exp(-sp.Symbol("z")))),
    ("ReLU", [sp.Symbol("z")], sp.Max(0, sp.Symbol("z"))),
    ("max", [sp.Integer(0), sp.Symbol("z"), sp.Integer(2)], sp.Max(2, sp.Symbol("z"))),
    ("log", [sp.Symbol("z"), sp.Symbol("b")], None),  # a one-argument function, two given
    ("softmax", [sp.Symbol("z")], None),  # a word without a meaning of its own
    ("alpha", [sp.Symbol("z")], None),
])
def test_apply(name, args, expected):
    assert vocabulary.apply(name, args) == expected


@pytest.mark.parametrize("name, shown", [("alpha", "α"), ("sigma", "σ"), ("sigmoid", "σ"),
                                         ("pi", "π"), ("infty", "∞"), ("log", "log"),
                                         ("w", "w")])
def test_display(name, shown):
    assert vocabulary.display(name) == shown


@pytest.mark.parametrize("text", [r"\foo", "sum_i x_i", "hat y", "frac12", "x \\unknown"])
def test_unknown_commands_and_stray_words_are_refused(text):
    from checker.derive.notation import parse_expression
    with pytest.raises(Unreadable):
        parse_expression(text)
