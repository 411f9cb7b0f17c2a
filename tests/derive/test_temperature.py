"""K after a number (temperature.py): the kelvin in a text that speaks of temperatures (the value
bound as written, the steps after it checked at it), a thousand in any other text."""

import pytest

from checker.derive.document import check_text

_ENGINE = {
    "en": "A heat engine between $227^\\circ\\text{C}$ and $27^\\circ\\text{C}$: in kelvin "
          "$T_H = 500\\ \\text{K}$, $T_C = 300\\ \\text{K}$.\n\n$$\\eta = 1 - \\frac{T_C}{T_H} = %s$$",
    "ko": "켈빈으로 고온 열원 $T_H = 400\\ \\text{K}$, 저온 $T_C = 300\\ \\text{K}$.\n\n"
          "$$\\eta = 1 - \\frac{T_C}{T_H} = %s$$",
    "zh": "高温热源 $327^\\circ\\text{C}$，即 $T_H = 600\\ \\text{K}$，低温 $T_C = 300\\ \\text{K}$。\n\n"
          "$$\\eta = 1 - \\frac{T_C}{T_H} = %s$$",
}


@pytest.mark.parametrize("lang, value, verdict", [
    ("en", "1 - \\frac{300}{500}", "holds"),
    ("en", "1 - \\frac{300}{400}", "fails"),
    ("ko", "1 - \\frac{300}{400}", "holds"),
    ("ko", "1 - \\frac{300}{500}", "fails"),
    ("zh", "\\frac{1}{2}", "holds"),
    ("zh", "\\frac{1}{3}", "fails"),
])
def test_a_temperature_in_kelvin_is_bound_as_written(lang, value, verdict):
    steps = [s for s in check_text(_ENGINE[lang] % value).steps if s.line == 3]
    assert steps and steps[-1].verdict == verdict, steps


def test_the_values_given_again_in_kelvin_replace_the_earlier_ones():
    text = (_ENGINE["en"] % "1 - \\frac{300}{500}") + (
        "\n\n### A refrigerator\n\nNow $T_H = 300\\ \\text{K}$ and $T_C = 270\\ \\text{K}$.\n\n"
        "$$\\text{COP} = \\frac{T_C}{T_H - T_C} = \\frac{270}{30} = 9$$")
    steps = [s for s in check_text(text).steps if s.line == 9]
    assert steps and all(s.verdict == "holds" for s in steps), steps


@pytest.mark.parametrize("text, formula, verdict", [
    ("A context of tokens.", "4\\,\\text{K} = 4000", "holds"),  # a thousand tokens
    ("A context of tokens.", "4\\,\\text{K} = 400", "fails"),
    ("Sampling at temperature $T = 0.7$.", "4\\,\\text{K} = 4000", "holds"),  # a softmax's
])
def test_k_is_a_thousand_where_no_temperature_is_spoken_of(text, formula, verdict):
    steps = check_text(f"{text}\n\n$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps
