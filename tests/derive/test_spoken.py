"""A number said in words beside a step read at an example's values (spoken.py): the step that
holds with one of its names at that number is undecided, never failed; a step that differs
with every number of its sentence is decided as read."""

import pytest

from checker.derive.document import check_text
from checker.derive.spoken import said

ROWS = [
    # (language, document, verdict of the last line)
    ("en", "We use $\\eta = 0.1$, so the step is $\\eta g = 0.1 g$.\n\n"
           "With the larger learning rate of 0.2, the step is $\\eta g = 0.2 g$.\n", "undecided"),
    ("en", "We use $\\eta = 0.1$, so the step is $\\eta g = 0.1 g$.\n\n"
           "With the larger learning rate of 0.2, the step is $\\eta g = 0.3 g$.\n", "fails"),
    ("ko", "배치 크기는 $B = 32$ 이고 평균 기울기는 $\\frac{1}{B} g$ 이다.\n\n"
           "배치 크기를 1로 바꾸면 $\\frac{1}{B} g = g$ 이다.\n", "undecided"),
    ("ko", "배치 크기는 $B = 32$ 이고 평균 기울기는 $\\frac{1}{B} g$ 이다.\n\n"
           "배치 크기를 1로 바꾸면 $\\frac{1}{B} g = 2 g$ 이다.\n", "fails"),
    ("zh", "温度取 $T = 2$，于是 $\\frac{z}{T} = 0.5 z$。\n\n"
           "把温度设成 1，得到 $\\frac{z}{T} = z$。\n", "undecided"),
    ("zh", "温度取 $T = 2$，于是 $\\frac{z}{T} = 0.5 z$。\n\n"
           "把温度设成 1，得到 $\\frac{z}{T} = 3 z$。\n", "fails"),
    # a multiplier said in words is no value: the slip (η dropped) still fails
    ("ko", "$\\eta = 0.1$, $\\lambda = 0.01$ 이면 감쇠 계수는 $1 - \\eta\\lambda = 0.999$ 이다.\n\n"
           "λ 를 0.1 로 10배 키우면 감쇠 계수는 $1 - \\eta\\lambda = 1 - 0.1$ 이다.\n", "fails"),
    ("en", "At step $t = 3$ the rate is $\\frac{\\eta}{t}$ with $\\eta = 0.3$, so "
           "$\\frac{\\eta}{t} = 0.1$.\n\nAt the first step it is $\\frac{\\eta}{t} = 0.3$.\n",
     "undecided"),
]


@pytest.mark.parametrize("lang, document, verdict", ROWS)
def test_a_number_in_words_beside_a_step_read_at_the_examples_values(lang, document, verdict):
    line = len(document.splitlines())
    steps = [s for s in check_text(document).steps if s.line == line]
    assert steps and steps[-1].verdict == verdict, (lang, steps)


@pytest.mark.parametrize("before, numbers", [
    ("With the larger learning rate of 0.2, the step is $", [0.2]),
    ("배치 크기가 1일 때 $", [1]),
    ("当温度为 1 时，$", [1]),
    ("At the first iteration the step is $", [1]),
    ("Then $ and $ give", []),  # numbers in formulas are not words
    ("Layer2 output: $", []),  # a digit inside a word
    ("λ 를 0.1 로 10배 키우면 감쇠 계수는 $", [0.1]),  # a multiplier is no value
    ("把学习率扩大 2 倍，步长为 $", []),
    ("Scaling it by 10 times, or 5%, gives $", []),
])
def test_the_numbers_a_sentence_says(before, numbers):
    assert [float(n) for n, _ in said(before)] == numbers
