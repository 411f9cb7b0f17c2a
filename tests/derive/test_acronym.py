"""Capitals written together as one name (acronym.py): `OH`, `FH` of conv-size notes are names
when one of their letters never stands alone; `XW` beside `X` and `W` stays a product."""

import pytest

from checker.derive import acronym
from checker.derive.document import check_text
from checker.derive.lexer import tokenize


@pytest.mark.parametrize("texts, runs", [
    # a name where the text gives it a value or a meaning as a name: first before `=`
    ([r"OH = \frac{H + 2P - FH}{S} + 1", "H = 4", "(FH, FW) = (3, 3)"], {"OH", "FH", "FW"}),
    ([r"TP = 40", r"FP = 10", r"P = \frac{TP}{TP + FP}", "F_1 = 0.8"], {"TP", "FP"}),
    ([r"OH = \frac{H + 2P - FH}{S} + 1", "H = 4"], {"OH"}),  # FH never given a value: F·H
    # products: letters each a name of their own, another order, never a head
    ([r"XW = 5", r"X = 2", r"W = 3"], set()),
    ([r"Z = XW", r"X = \begin{bmatrix} 1 & 2 \end{bmatrix}", r"W = 3"], set()),
    ([r"\frac{D_K^2 M + MN}{D_K^2 MN}", "M = 3", "N = 8"], set()),
    ([r"AB = BA"], set()),
    ([r"\mathrm{tr}(ABC) = \mathrm{tr}(CAB) = \mathrm{tr}(BCA)"], set()),
    ([r"(AB)^T = B^TA^T"], set()),
    ([r"D_{KL}(p \| q) = 0.2"], set()),  # in a script
    ([r"\text{MSE} = 0.5"], set()),  # in text
    # a function named by the run at the head of its definition (FL(p) = ..., KL(p, q) = ...):
    # one name, applied; unless its letters stand alone
    ([r"KL(p, q) = 1"], {"KL"}),
    ([r"FL(p) = -\alpha(1 - p)^\gamma \log p", r"\partial FL/\partial p"], {"FL"}),
    ([r"AB(x) = 1", "A = 2", "B = 3"], set()),
    ([r"N_{params} = FN \cdot C \cdot FH \cdot FW", "C = 3", "FN = 16"], {"FN"}),
    # a run with a subscript at the head: a family of names (SS_B, SS_W of an ANOVA table)
    ([r"SS_B = 12", r"SS_W = 4", r"SS_T = SS_B + SS_W"], {"SS"}),
    ([r"MS_{between} = \frac{SS_B}{2}"], {"MS"}),
    ([r"AB_1 = 3", "A = 2", "B = 3"], set()),  # its letters stand alone: a product
])
def test_names(texts, runs):
    assert acronym.names(texts) == runs


@pytest.mark.parametrize("text, runs, values", [
    ("OH + 1", {"OH"}, ["OH", "+", "1"]),
    ("OHX", {"OH"}, ["O", "H", "X"]),  # part of a longer run: left alone
    ("O H", {"OH"}, ["O", "H"]),  # written apart: two letters
    ("XW", set(), ["X", "W"]),
    # E and D before a random variable: the operator applied (EX^2 is E(X²), the second moment)
    ("EX^2 - (EX)^2", {"EX"}, ["E", "(", "X", "^", "2", ")", "-", "(", "E", "(", "X", ")", ")",
                               "^", "2"]),
    ("DX + EX^{2}", {"DX", "EX"}, ["D", "(", "X", ")", "+", "E", "(", "X", "^", "{", "2", "}",
                                   ")"]),
])
def test_joined(text, runs, values):
    assert [t.value for t in acronym.joined(tokenize(text), frozenset(runs))] == values


_KO = """출력 크기는 다음과 같다.

$$OH = \\frac{{H + 2P - FH}}{{S}} + 1, \\quad OW = \\frac{{W + 2P - FW}}{{S}} + 1$$

입력 $(H, W) = (4, 4)$, 패딩 $P = 1$, 스트라이드 $S = 1$, 필터 $(FH, FW) = (3, 3)$ 일 때

$$OH = \\frac{{4 + 2 \\cdot 1 - 3}}{{1}} + 1 = {oh}$$
"""
_EN = """For a conv layer with $FN$ filters of size $C \\times FH \\times FW$:

$$N = FN \\cdot (C \\cdot FH \\cdot FW + 1)$$

With $FN = 16$, $C = 3$ and $FH = FW = 5$: $N = 16 \\cdot (75 + 1) = {n}$.
"""
_ZH = """输出尺寸：$OH = (H + 2P - FH)/S + 1$。取 $H = 28$, $P = 0$, $FH = 5$, $S = 1$，

$$OH = (28 - 5)/1 + 1 = {oh}$$
"""

# a function named by capitals, defined at its head, then differentiated (focal loss, KL)
_FL_EN = """$$FL(p) = -\\alpha\\,(1-p)^{{\\gamma}}\\log p$$

$$\\frac{{\\partial FL}}{{\\partial p}} = \\alpha\\big(\\gamma(1-p)^{{\\gamma-1}}\\log p
- \\frac{{(1-p)^\\gamma}}{{p}}\\big){fl}$$
"""
_FL_KO = """초점 손실 $FL(p) = -(1-p)^{{2}}\\log p$ 에서 $p = 0.5$ 이면

$$FL(0.5) = {fl}\\log 2$$
"""
# the moments in E/D notation without brackets (a 0-1 variable, zh textbook style)
_MOMENTS_ZH = """设 $X$ 服从 0-1 分布，$EX = p$，$EX^2 = p$，所以 $DX = EX^2 - (EX)^2 = p - p^2 = {d}$。
"""
_KL_ZH = """定义 $KL(a, b) = a\\log\\frac{{a}}{{b}} + (1 - a)\\log\\frac{{1-a}}{{1-b}}$，则

$$KL(0.5, 0.5) = {kl}$$
"""


_ANOVA = """Between groups $SS_B = 24$ on 2 degrees of freedom, within $SS_W = 36$ on 12.

$$F = \\frac{{SS_B/2}}{{SS_W/12}} = {f}$$
"""


@pytest.mark.parametrize("text, right, wrong", [
    (_FL_EN, {"fl": ""}, {"fl": " + 1"}),
    (_FL_KO, {"fl": "0.25"}, {"fl": "0.5"}),
    (_KL_ZH, {"kl": "0"}, {"kl": "1"}),
    (_MOMENTS_ZH, {"d": "p(1 - p)"}, {"d": "p(1 + p)"}),
    (_KO, {"oh": "4"}, {"oh": "3"}),
    (_EN, {"n": "1216"}, {"n": "1200"}),
    (_ZH, {"oh": "24"}, {"oh": "23"}),
    (_ANOVA, {"f": "4"}, {"f": "3"}),
])
def test_documents(text, right, wrong):
    good = check_text(text.format(**right)).steps
    assert [s for s in good if s.verdict == "fails"] == []
    assert sum(s.verdict == "holds" for s in good) >= 1
    assert any(s.verdict == "fails" for s in check_text(text.format(**wrong)).steps)


@pytest.mark.parametrize("texts, letters", [
    (["F_1 = 0.8", "P(x) = 0.3", "P = 0.5"], {"P"}),  # F_1, P(x): other names
    ([r"(AB)^T = B^TA^T"], {"A", "B"}),  # transposed, each alone
    (["OH = 3"], set()),
])
def test_letters_written_alone(texts, letters):
    assert acronym.standing(texts) == letters
