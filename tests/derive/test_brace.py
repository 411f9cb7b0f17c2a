"""A part of a formula named under a brace (brace.py): `\\underbrace{...}_{w'}` and
`\\overbrace{...}^{R}` define the name as the part; labels in words, numbers, shapes and counts
name nothing."""

import pytest

from checker.derive.brace import named_parts
from checker.derive.document import check_text
from checker.derive.notation import NOTHING
from checker.derive.render import render

# (formula, the (name, part) pairs it names)
PARTS = [
    ("y = \\underbrace{\\frac{\\gamma}{\\sigma}\\, w}_{w'} x + \\underbrace{\\beta - \\mu}_{b'}",
     [("w'", "γ/σ·w"), ("b'", "β - μ")]),
    ("L = \\overbrace{\\lambda w^2}^{R} + (y - wx)^2", [("R", "λ·w^2")]),
    ("J = \\underbrace{\\tfrac12 \\|w\\|^2}_{=: \\Omega} + C", [("Ω", "1/2·‖w‖^2")]),
    ("z = \\underbrace{w_1 x_1 + w_2 x_2}_{s_{12}} + b", [("s_{12}", "w_1·x_1 + w_2·x_2")]),
    # words, numbers, shapes, counts, a lone name, an expression: nothing named
    ("z = \\underbrace{w^\\top x}_{\\text{score}} + b", []),
    ("p = \\underbrace{(1 - 0.9)}_{0.1} q", []),
    ("Y = \\underbrace{X}_{n \\times d} W", []),
    ("s = \\underbrace{1 + 1 + \\cdots + 1}_{n}", []),
    ("f = \\underbrace{a}_{m} + 1", []),
    ("g = \\underbrace{\\sigma(z)(1 - \\sigma(z))}_{\\sigma'(z)} x", []),
    ("v = \\underbrace{v + g}_{v}", []),
]


@pytest.mark.parametrize("tex, expected", PARTS, ids=[p[0][:40] for p in PARTS])
def test_a_braced_part_names(tex, expected):
    assert [(render(n), render(b)) for n, b in named_parts(tex, NOTHING)] == expected


def _steps(text):
    return [(s.line, s.verdict) for s in check_text(text).steps]


_EN = ("Fold BN into the weight:\n\n$$y = \\underbrace{\\frac{\\gamma}{\\sigma}\\, w}_{w'} x + "
       "\\underbrace{\\beta - \\frac{\\gamma \\mu}{\\sigma}}_{b'}$$\n\n"
       "With $\\gamma = 2$, $\\sigma = 0.5$, $w = 0.5$, $\\beta = 0.1$, $\\mu = 0.6$: "
       "$w' = %s$ and $b' = 0.1 - 2.4 = -2.3$.\n")
_KO = ("정리하면\n\n$$L = \\underbrace{(y - wx)^2}_{D} + \\overbrace{\\lambda w^2}^{R}$$\n\n"
       "$y = 3$, $x = 1$, $w = 2$, $\\lambda = 0.5$ 이면 $D = 1$, $R = %s$.\n")
_ZH = ("整理得\n\n$$f = \\underbrace{2a + b}_{=: c} + 1$$\n\n取 $a = 1$, $b = 2$，则 $c = %s$。\n")

# (style, document, the verdicts by line): each right, then its wrong twin
DOCUMENTS = [
    ("en, folded weight", _EN % "2", [(5, "holds"), (5, "holds"), (5, "holds")]),
    ("en, folded weight wrong", _EN % "4", [(5, "fails"), (5, "holds"), (5, "holds")]),
    ("ko, overbrace penalty", _KO % "2", [(5, "holds"), (5, "holds")]),
    ("ko, overbrace penalty wrong", _KO % "3", [(5, "holds"), (5, "fails")]),
    ("zh, =: label", _ZH % "4", [(5, "holds")]),
    ("zh, =: label wrong", _ZH % "5", [(5, "fails")]),
]


@pytest.mark.parametrize("style, text, expected", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_a_braced_name_is_defined_for_the_steps_after(style, text, expected):
    assert _steps(text) == expected, [(s.line, s.verdict, s.lhs, s.rhs, s.method)
                                      for s in check_text(text).steps]


def test_a_name_the_text_defines_keeps_its_definition():
    text = ("Let $z = wx + b$.\n\n$$y = \\underbrace{wx}_{z} + b$$\n\n"
            "With $w = 2$, $x = 3$, $b = 1$: $z = 7$.\n")
    assert _steps(text)[-1] == (5, "holds")
