"""A formula the writer takes back (retraction.py): the cue starts the next sentence, or comes
right after the formula, with no formula between (the document-level rows: test_stance.py)."""

import pytest

from checker.derive.retraction import retracted
from checker.derive.stance import _sentences


@pytest.mark.parametrize("after, found", [
    (" 이다. 아 틀렸다, 다시.", True),
    (" — no wait, that drops the chain rule.", True),
    ("。不对，重新算。", True),
    ("\n\noops, the power comes down.", True),
    (" 이다. 다시 정리하면 $y = 2$ 이다. 아 틀렸다.", False),  # about the later formula
    (", and the wait is over.", False),
    ("。不对称，所以 KL 不是距离。", False),  # asymmetric: a word of its own
    (" 이다. 틀렸다고 생각했지만 맞았다.", False),  # "I thought it wrong, but it was right"
    (" is the derivative we want, as the check confirms. No wait is needed.", False),
])
def test_retracted(after, found):
    assert retracted(_sentences(after.lower())) is found
