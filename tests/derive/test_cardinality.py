"""Sets (cardinality.py): set operations are not read, and a step read through one (a name
defined by a set operation, the size |X| of a set X) never fails; numbers still are checked."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text", [
    # inclusion-exclusion on names defined by set operations (Korean, English, Chinese prose)
    "$I = |A\\cap B|$, $U = |A\\cup B|$ 로 두면 $|A| + |B| = U + I$ 이므로",
    "Let $I = |A \\cap B|$ and $U = |A \\cup B|$; then $|A| + |B| = U + I$.",
    "设 $I = |P ∩ Q|$，$U = |P ∪ Q|$，则 $|P| + |Q| = U + I$。",
    # the size of a set a sum runs over, stated in the set's terms
    "$$\\mu = \\frac{1}{|S_g|}\\sum_{(c,h,w)\\in S_g} x_{chw}$$\n\nso $|S_g| = (C/G)\\,H W$.",
    "Each index $i \\in \\mathcal{B}_t$ is drawn, and $|B_t| = m n$ with $m = 4$.",
    "$D = A \\setminus B$, so $|D| = |A| - |B|$ when $B \\subseteq A$.",
    "$$J = \\frac{|X \\cap Y|}{|X \\cup Y|}, \\qquad |X \\cup Y| = |X| + |Y| - |X \\cap Y|$$",
])
def test_a_step_read_through_a_set_never_fails(text):
    steps = check_text(text).steps
    assert not any(s.verdict == "fails" for s in steps), steps


@pytest.mark.parametrize("formula", [
    "|A \\cap B| = 3", "|A ∪ B| = 3", "A \\setminus B = C", "|A \\cup B| = |A| + |B| - 2",
])
def test_a_set_operation_is_unreadable_and_named(formula):
    steps = check_text(f"$${formula}$$").steps
    assert steps and all(s.verdict == "unreadable" for s in steps), steps
    assert all("set operation" in s.method for s in steps), steps


@pytest.mark.parametrize("text, verdicts", [
    # numbers the text gives for the sizes are still checked
    ("$|A| = 40$, $|B| = 50$, $|A\\cap B| = 30$. $|A \\cup B| = 40 + 50 - 30 = 60$",
     ["holds"]),
    ("$|A| = 40$, $|B| = 50$, $|A\\cap B| = 30$. $|A \\cup B| = 40 + 50 - 30 = 70$",
     ["fails"]),
    ("$I = |A\\cap B|$. $\\text{IoU} = \\frac{30}{60} = 0.5$", ["holds"]),
])
def test_arithmetic_on_the_sizes_given_in_numbers_is_checked(text, verdicts):
    steps = [s for s in check_text(text).steps if s.verdict != "unreadable"]
    assert [s.verdict for s in steps if s.verdict in ("holds", "fails")] == verdicts, steps


def test_the_guess_names_the_set_construct():
    steps = check_text("$I = |A\\cap B|$, $U = |A\\cup B|$, so $2I/(U + I) = 3$.").steps
    undecided = [s for s in steps if s.verdict == "undecided"]
    assert undecided and "set operation" in undecided[0].method, steps


def test_an_absolute_value_of_a_number_is_still_checked():
    steps = check_text("Let $x = -3$. Then $|x| = 2$.").steps
    assert [s.verdict for s in steps] == ["fails"], steps
