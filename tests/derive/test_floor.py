"""floor.py: a size written as the whole part of its formula (`(64 + 2 - 3)/2 + 1 = 32`) is
undecided, never failing; other divisions written as whole numbers are still checked."""

import pytest

from checker.derive.document import check_text


def _verdicts(doc: str) -> list[str]:
    return [s.verdict for s in check_text(doc).steps]


@pytest.mark.parametrize("doc", [
    "$$O = \\frac{64 + 2 - 3}{2} + 1 = 32$$",
    "출력 크기: $(224 + 6 - 7)/2 + 1 = 112$",
    "输出尺寸 $\\frac{32 - 3}{2} + 1 = 15$。",
])
def test_a_size_without_its_floor_is_not_failed(doc):
    assert "fails" not in _verdicts(doc) and "undecided" in _verdicts(doc)


@pytest.mark.parametrize("doc", [
    "$$O = \\frac{64 + 2 - 3}{2} + 1 = 33$$",  # off by more than the floor
    "$$\\frac{7}{2} = 3$$",  # a division alone: a slip
    "$$\\frac{64 + 2 - 3}{2} + 1 = 32.5$$",  # not whole: checked as written
    "$$\\frac{64 + 2 - 3}{2} + 2 = 33$$",  # not the size's + 1
])
def test_other_whole_numbers_are_checked(doc):
    verdicts = _verdicts(doc)
    assert ("holds" in verdicts) if doc.endswith("32.5$$") else ("fails" in verdicts), verdicts
