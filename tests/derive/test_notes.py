"""Notes typed without math delimiters (notes.py): in a file with no math delimited anywhere,
a line that reads wholly as formulas is a formula; a line with prose in it is not. Each row:
notes whose steps all hold, and a wrong twin of one line that must fail."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.notes import plain_formulas

NEURON = ("single neuron, my notes\n\n"
          "z = w·x + b,  a = σ(z),  L = ½(a − y)²\n\n"
          "∂L/∂a = a − y\n"
          "∂a/∂z = a(1 − a)\n\n"
          "⇒ ∂L/∂w = (a − y)·a(1 − a)·x\n")
NUMBERS = ("numbers: x = 2, w = 0.5, b = −0.5, y = 1\n\n"
           "z = 0.5·2 − 0.5 = 0.5\n"
           "a = σ(0.5) ≈ 0.6225\n"
           "∂L/∂w ≈ −0.0887·2 ≈ −0.1774\n")
MATRIX = ("J(w) = (1/2)‖Xw − y‖²\n\n"
          "⇒ ∇J = Xᵀ(Xw − y)\n\n"
          "example: X = [[1,1],[1,2],[1,3]], y = (1, 2, 2)ᵀ, w = (0, 0)ᵀ\n\n"
          "Xw − y = (−1, −2, −2)ᵀ\n")

LOOKAHEAD = ("예: 지금 w = 1, v = 0.5 (이전 스텝에서 움직이던 중), β = 0.9\n\n"
             "비교) 모멘텀이면 v = 0.45 − 0.2 = 0.25 이다\n\n"
             "look-ahead 위치 = w + β·v = 1 + 0.45 = 1.45\n"
             "다음 위치 = w + v = 1 + 0.5 = 1.5\n")

ROWS = [  # (notes, the line to change, its wrong twin)
    ("a chain rule with a dropped factor", NEURON, 8, "⇒ ∂L/∂w = (a − y)·x"),
    ("a multiplication slip among bound values", NUMBERS, 5, "∂L/∂w ≈ −0.0887·2 ≈ −0.1694"),
    ("a gradient with a flipped sign, a matrix as nested lists", MATRIX, 3,
     "⇒ ∇J = Xᵀ(y − Xw)"),
    ("a residual of the nested-list matrix", MATRIX, 7, "Xw − y = (−1, −2, −3)ᵀ"),
    ("a chain named in Hangul, on values given in a sentence", LOOKAHEAD, 5,
     "look-ahead 위치 = w + β·v = 1 − 0.45 = 0.55"),
    ("the same chain after a value with an operator (no value)", LOOKAHEAD, 6,
     "다음 위치 = w + v = 1 + 0.45 = 1.45"),
]


# a whole number as an exponent (notes.braced): one exponent, read, whatever surrounds it
POWERS = ("powers, my notes\n\n"
          "2^10 = 1024\n\n"
          "v = 0.9^10 ≈ 0.3487\n\n"
          "(1 + 1/100)^100 ≈ 2.7048\n\n"
          "e^-0.5 ≈ 0.6065\n")
# numbered steps (`①`, `(2)`) and definitions listed under a label, one named in words
NUMBERED = ("표기: z = w·x + b, ŷ = σ(z), 손실 L = −[y·log ŷ + (1−y)·log(1−ŷ)]\n"
            "① ∂L/∂ŷ = −y/ŷ + (1−y)/(1−ŷ)\n"
            "② ∂ŷ/∂z = ŷ(1−ŷ)\n"
            "(3) ∂L/∂w = (ŷ − y)·x\n"
            "예제) x = 3, y = 1, w = 0.2, b = −0.1\n"
            "z = 0.2×3 − 0.1 = 0.5\n"
            "∂L/∂b = ŷ − y\n")
ROWS += [
    ("a circled step number", NUMBERED, 2, "① ∂L/∂ŷ = y/ŷ − (1−y)/(1−ŷ)"),
    ("a bracketed step number", NUMBERED, 4, "(3) ∂L/∂w = ŷ − y"),
    ("a loss named in words in a listed definition", NUMBERED, 7, "∂L/∂b = y − ŷ"),
    ("a whole-number exponent", POWERS, 3, "2^10 = 1000"),
    ("a decimal base to a whole exponent", POWERS, 5, "v = 0.9^10 ≈ 0.3874"),
    ("a bracket to a whole exponent", POWERS, 7, "(1 + 1/100)^100 ≈ 2.7248"),
    ("a negative decimal exponent", POWERS, 9, "e^-0.5 ≈ 0.6565"),
]


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_text(text).steps]


@pytest.mark.parametrize("what, notes, line, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_notes_hold(what, notes, line, wrong):
    got = _verdicts(notes)
    assert got and "fails" not in [v for _, v in got], got
    assert (line, "holds") in got, got


@pytest.mark.parametrize("what, notes, line, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_fails(what, notes, line, wrong):
    lines = notes.split("\n")
    lines[line - 1] = wrong
    assert (line, "fails") in _verdicts("\n".join(lines))


@pytest.mark.parametrize("text, lines", [
    # a label before a colon is set aside; an arrow leading the line too
    ("chain: ∂L/∂w = ∂L/∂a · ∂a/∂z\n", [1]),
    ("⇒ z = 2x + 1\n", [1]),
    # prose in the line, a check mark, Hangul: not a formula, no step
    ("so the output is 15 × 15 = 225 in total\n", []),
    ("(n×m)(m×1) = n×1 ✓ same shape as w\n", []),
    ("look-ahead 위치 = w + β·v = 1 − 0.45 = 0.55\n", [1]),  # a chain named in words
    ("출력 크기 = 28 − 3 + 1\n", []),  # a name in words and one expression: nothing claimed
    ("손실 = 예측 − 정답 = ŷ − y\n", []),  # words in the chain too
    ("출력은 (28 − 3)/1 + 1 = 26 이다\n", []),
    ("X : m×n (rows = examples), w : n×1\n", []),
    ("Note that ab = ba here\n", []),  # two words in a row
    ("lr = 0.01 works best\n", []),  # a word that names no function
    ("a = sigmoid(z),  L = ½(a − y)²\n", [1]),  # a function's name is no word
    ("① x = 2 + 3\n(2) y = 4 - 1\n", [1, 2]),  # a step's number is set aside
    ("손실 L = (a - y)^2, 출력 a = σ(z)\n", [1]),  # a word naming a listed definition
    ("① 출력 크기 = 28 - 3 + 1\n", []),  # words that are the name itself stay prose
    ("(2)x = 4\n", [1]),  # a number glued to the formula is a factor, read with it
    # math delimited anywhere: the delimiters say what is math, plain lines stay prose
    ("z = 2x + 1\n\n$$y = 3$$\n", []),
])
def test_which_lines_are_formulas(text, lines):
    assert [f.line for f in plain_formulas(text)] == lines


@pytest.mark.parametrize("text", [
    # plain text has no braces: an exponent or a divisor a reader could group two ways
    "d/dx e^2x = 2e^2x\n", "2^10x = 1024x\n", "2^10(x + 1) = 1024\n",
    "x^2n = (x^2)^n\n", "x^n+1 = x·x^n\n",
    "1/2x = 1/(2x)\n", "a/2b = a/(2b)\n", "J = 1/2m · Σ(Xw − y)²\n",
    # units, asymptotic notation, a quote: not the writer's arithmetic
    "1 km = 1000 m\n", "100 cm = 1 m\n", "1 KB = 1024 B\n", "O(n) + O(n) = O(n)\n",
    "> 2 + 2 = 5\n",
])
def test_a_line_plain_text_cannot_group_exactly_is_not_read(text):
    assert plain_formulas("notes\n\n" + text) == []


@pytest.mark.parametrize("text", [
    "wrong: 2 + 3 = 6\n", "mistake: ∂L/∂w = x\n", "오답: 2 + 3 = 6\n", "错误: 2 + 3 = 7\n",
])
def test_a_line_labelled_wrong_is_quoted_not_failed(text):
    steps = check_text("notes\n\n" + text).steps
    assert steps and all(s.verdict == "undecided" and "quoted" in s.method for s in steps), steps


@pytest.mark.parametrize("text, verdict", [
    ("x^2 + 1 = 1 + x^2\n", "holds"),  # a one-character exponent and spaced terms: exact
    ("x^2 + 1 = 2 + x^2\n", "fails"),
    ("x^2 · x^3 = x^5\n", "holds"),
    ("check: 2 + 3 = 6\n", "fails"),  # a label that is no cue stays a plain claim
])
def test_unambiguous_plain_lines_are_still_checked(text, verdict):
    assert [s.verdict for s in check_text("notes\n\n" + text).steps] == [verdict]


@pytest.mark.parametrize("text", [
    "d/dx x^2 = 2x, so dL/dw = 2(w - y)\n", "a = 3 if x = 1\n", "z = 0 at w = 0\n",
])
def test_a_line_with_a_short_prose_word_is_a_sentence(text):
    assert plain_formulas("notes\n\n" + text) == []
