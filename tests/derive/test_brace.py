"""A term named by the brace under or over it defines that name (brace.py): the label's
later uses are read through the term, a label in words stays a remark."""

import pytest

from checker.derive.brace import labelled_terms
from checker.derive.document import check_text
from checker.derive.markdown import Formula


def _verdicts(text):
    return [(s.line, s.verdict) for s in check_text(text).steps]


# (style, formula, the names its braces define)
LABELS = [
    ("under, primed name", "y = \\underbrace{\\frac{\\gamma}{s} w}_{w'} x", ["w^'"]),
    ("over, plain letter", "L = \\overbrace{(y - \\hat y)^2}^{E} + \\lambda w^2", ["E"]),
    ("two labels", "\\underbrace{a b}_{c} + \\underbrace{a + b}_{d}", ["c", "d"]),
    ("a label in words", "\\underbrace{(y - \\hat y)^2}_{\\text{data term}} + R", []),
    ("a label with a relation", "\\underbrace{x^2 + 1}_{= 5} + 2", []),
    ("a label that is a number", "\\underbrace{2 + 3}_{5} = 5", []),
    ("no label", "\\underbrace{a + b} + c", []),
]


@pytest.mark.parametrize("style, tex, names", LABELS, ids=[r[0] for r in LABELS])
def test_which_labels_define(style, tex, names):
    found = labelled_terms([Formula(1, tex, True, 0)])
    assert [str(name.name) for _, name, _ in found] == names


# (style, document, the verdicts by line)
DOCUMENTS = [
    ("en, loss split into data term and penalty",
     ("$$L = \\underbrace{(y - \\hat y)^2}_{E} + \\underbrace{\\lambda w^2}_{R}$$\n\n"
     "With $y = 1$, $\\hat y = 0.5$, $\\lambda = 0.1$, $w = 2$: $E + R = 0.65$."),
     [(3, "holds")]),
    ("ko, 배치 정규화 합치기",
     ("$$y = \\underbrace{\\frac{\\gamma}{s} w}_{v} x + \\beta$$\n\n"
     "$\\gamma = 2$, $s = 0.5$, $w = 0.5$, $\\beta = 0.1$ 일 때 $x = 1$ 이면 "
     "$v x + \\beta = 2.1$ 이다."), [(3, "holds")]),
    ("zh, 合并项",
     ("$$f = \\underbrace{a + b}_{c} + \\underbrace{a b}_{d}$$\n\n"
     "取 $a = 2$，$b = 3$，则 $c d = 30$。"), [(3, "holds")]),
    # the wrong twin: the term read, a wrong value of the labels fails
    ("en, wrong sum of the labelled terms",
     ("$$L = \\underbrace{(y - \\hat y)^2}_{E} + \\underbrace{\\lambda w^2}_{R}$$\n\n"
     "With $y = 1$, $\\hat y = 0.5$, $\\lambda = 0.1$, $w = 2$: $E + R = 0.75$."),
     [(3, "fails")]),
]


@pytest.mark.parametrize("style, text, expected", DOCUMENTS, ids=[r[0] for r in DOCUMENTS])
def test_labelled_terms_in_a_document(style, text, expected):
    assert _verdicts(text) == expected, [(s.line, s.verdict, s.method)
                                         for s in check_text(text).steps]
