"""observation.py: a step whose only free name is the counting letter (n, N, m), beside data
tuples of one length, is read with the letter at that length: it holds when it agrees so, and
stays undecided otherwise (the letter may count something else), never failing."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, right, wrong", [
    ("Data: $x = (1, 2, 3, 4, 5)$, $y = (2, 3, 4, 5, 7)$.\n\n"
     "$$s^2 = \\frac{0.6}{n - 2} = \\frac{0.6}{%s}$$", "3", "4"),
    ("관측값 $y = (3, 5, 7, 9)$ 에 대해 표본분산의 분모는 $$N - 1 = %s$$", "3", "2"),
    ("数据 $a = (2, 4, 6)$，$b = (1, 1, 4)$，平均值 $$\\frac{1}{m}\\cdot 12 = %s$$", "4", "6"),
])
def test_the_counting_letter_at_the_data_length(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps][-1] == "holds"
    assert [s.verdict for s in check_text(text % wrong).steps][-1] == "undecided"


def test_data_of_different_lengths_give_no_count():
    text = "$x = (1, 2, 3)$, $y = (1, 2)$.\n\n$$n - 1 = 2$$"
    assert [s.verdict for s in check_text(text).steps] == ["undecided"]
