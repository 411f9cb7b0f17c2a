"""A section that goes on with the example of the section before it (continuation.py): once a
step there held at the earlier section's values, they are in force there, and a slip fails."""

import pytest

from checker.derive.document import check_text

_FORWARD = "## Forward\n\nTake $p = 4$ and $q = 3$, so $r = pq = 12$.\n\n## Backward\n\n"


@pytest.mark.parametrize("text, verdicts", [
    # the backward section first uses r and q at the forward values, and that holds: the
    # section goes on with the example, so a slip after it fails
    (_FORWARD + "$$r - q = 9$$\n\n$$r \\cdot p = 48$$", ["holds", "holds", "holds"]),
    (_FORWARD + "$$r - q = 9$$\n\n$$r \\cdot p = 84$$", ["holds", "holds", "fails"]),
    # no such step: the values of an earlier section are a guess (a new example may start)
    (_FORWARD + "$$r \\cdot p = 84$$", ["holds", "undecided"]),
    # a step that only differs at the earlier values shows nothing
    (_FORWARD + "$$r - q = 7$$\n\n$$r \\cdot p = 84$$", ["holds", "undecided", "undecided"]),
    # a heading after the step that held ends what it showed
    (_FORWARD + "$$r - q = 9$$\n\n## Another case\n\n$$r \\cdot p = 84$$",
     ["holds", "holds", "undecided"]),
])
def test_a_section_that_goes_on_with_the_earlier_example(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps
