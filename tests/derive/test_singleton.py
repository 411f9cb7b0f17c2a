"""A singleton sample (singleton.py): with the count bound to 1 a sum's members x_1, y_1 are
the plain letters the example binds (x, y); a step that holds so holds, one that differs so
stays undecided (never fails: the example may have moved on), and without the count at 1
nothing changes."""

import pytest

from checker.derive.document import check_text

MODEL = ("$$p_k = a t_k + c$$\n\n"
         "$$J(a, c) = \\frac{1}{2n}\\sum_{k=1}^{n}(p_k - q_k)^2$$\n\n")


def _last(text: str):
    return check_text(text).steps[-1]


@pytest.mark.parametrize("text, verdict, said", [
    # one sample (n = 1), bound by its plain letters t, q: t_1 is t, q_1 is q
    (MODEL + "Take one point only, $n = 1$, with $t = 2$, $q = 1$, and $a = 3$, $c = -1$.\n\n"
     "$$\\frac{\\partial J}{\\partial a} = (at + c - q)t$$", "holds", "t_1 as t = 2"),
    (MODEL + "只有一个样本 $n = 1$：$t = 2$，$q = 1$，$a = 3$，$c = -1$。\n\n"
     "$$\\frac{\\partial J}{\\partial c} = at + c - q$$", "holds", "q_1 as q = 1"),
    # wrong twins: differ under the reading, so it is no reading of them: undecided as before
    (MODEL + "Take one point only, $n = 1$, with $t = 2$, $q = 1$, and $a = 3$, $c = -1$.\n\n"
     "$$\\frac{\\partial J}{\\partial a} = (at - q)t$$", "undecided", "particular values"),
    (MODEL + "只有一个样本 $n = 1$：$t = 2$，$q = 1$，$a = 3$，$c = -1$。\n\n"
     "$$\\frac{\\partial J}{\\partial c} = at - q$$", "undecided", "particular values"),
    # two samples (n = 2): t, q name no single member, nothing is read so
    (MODEL + "Take $n = 2$, with $t = 2$, $q = 1$, and $a = 3$, $c = -1$.\n\n"
     "$$\\frac{\\partial J}{\\partial a} = (at + c - q)t$$", "undecided", "particular values"),
])
def test_the_one_sample_of_an_example(text, verdict, said):
    step = _last(text)
    assert (step.verdict, said in step.method) == (verdict, True), step
