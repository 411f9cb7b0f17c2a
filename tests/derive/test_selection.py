"""Entries selected by another name's value (selection.py): f_{y_i}, s_{y_i} read as a number
of their own when the family is given, so that a step holds whichever entry the index selects;
a derivative, a sum that skips the entry, a sum over the sample, and a step that does not hold
so keep the lookup and stay undecided (never fail)."""

import pytest

from checker.derive.document import check_text
from checker.derive.notation import parse_expression
from checker.derive.selection import opaque

SCORES_EN = "The scores are $s = (3.2, 5.1, -1.7)$ for the three classes.\n\n"
SCORES_KO = "세 클래스의 점수는 $s = (3.2, 5.1, -1.7)$ 이다.\n\n"
SCORES_ZH = "三类，分数 $f = Wx_i$，正确类别为 $y_i$。\n\n"


@pytest.mark.parametrize("text, verdicts", [
    (SCORES_EN + "$$\\frac{e^{s_{y_i}}}{\\sum_j e^{s_j}} = \\frac{C e^{s_{y_i}}}{C \\sum_j "
     "e^{s_j}}$$", ["holds"]),
    (SCORES_KO + "$$-\\log\\frac{e^{s_{y_i}}}{\\sum_j e^{s_j}} = -s_{y_i} + \\log\\sum_j "
     "e^{s_j}$$", ["holds"]),
    (SCORES_ZH + "$$\\frac{C e^{f_{y_i}}}{C \\sum_j e^{f_j}} = \\frac{e^{f_{y_i} + \\log C}}"
     "{\\sum_j e^{f_j + \\log C}}$$", ["holds"]),
    ("设 $f = (1, 2, 3)$，$y = (1, 3)$，则 $f_{y_i} - f_{y_i} = 0$。", ["holds"]),
    # not an identity in the entry: undecided, as before (the selected entry might make it so)
    (SCORES_EN + "$$\\frac{e^{s_{y_i}}}{\\sum_j e^{s_j}} = \\frac{C e^{s_{y_i}}}{\\sum_j "
     "e^{s_j}}$$", ["undecided"]),
    (SCORES_KO + "$$-\\log\\frac{e^{s_{y_i}}}{\\sum_j e^{s_j}} = s_{y_i} - \\log\\sum_j "
     "e^{s_j}$$", ["undecided"]),
    (SCORES_ZH + "$$e^{f_{y_i}} \\sum_j e^{f_j} = e^{3.2} \\sum_j e^{f_j}$$", ["undecided"]),
    # a sum over the sample: a different entry at each i
    (SCORES_EN + "$$\\sum_{i=1}^{m} s_{y_i} = m\\, s_{y_1}$$", ["undecided"]),
])
def test_an_identity_in_the_selected_entry_holds(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps
    if verdicts == ["holds"]:
        assert "read as a number of its own" in steps[0].method


@pytest.mark.parametrize("tex, read", [
    ("-\\log(e^{f_{y_i}}) + f_{y_i}", True),
    ("P_{i,y_i} + 1", True),
    ("x_i + 1", False),  # no entry selected by another name
    ("\\frac{\\partial L_i}{\\partial s_j} - s_{y_i}", False),  # a derivative: j = y_i too
    ("\\sum_{j \\ne y_i} s_j - s_{y_i}", False),  # the sum leaves the entry out
    ("\\sum_{i=1}^{m} s_{y_i}", False),  # another entry at each i
])
def test_which_steps_read_the_entry_as_its_own_number(tex, read):
    node = parse_expression(tex)
    assert (opaque((node,)) is not None) is read
