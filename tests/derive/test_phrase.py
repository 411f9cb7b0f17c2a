"""Cues in the prose around a formula (phrase.py)."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, verdicts", [
    # an equation whose roots the prose asks for is an equation to solve: no step; the
    # arithmetic after it is still checked
    ("求 $w^3 = 27$ 的全部根：$w_0 = 3$，且 $3^3 = 27$。", ["holds"]),
    ("求 $w^3 = 27$ 的全部根：$w_0 = 3$，且 $3^3 = 28$。", ["fails"]),
    ("$q^2 = 49$ 의 근은 $q = \\pm 7$ 이다.", []),
    # wrong twin: with no cue, the equation is still read (and left undecided, not dropped)
    ("Then $w^3 = 27$.", ["undecided"]),
])
def test_an_equation_whose_roots_are_asked_for(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps
