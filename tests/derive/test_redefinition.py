"""A name given a value again (redefinition.py): a value that writes a name the text has not
read before gives the name a new meaning (a new curve), never a restatement to check."""

from checker.derive.document import check_text

_DISK = "Spin $w = \\sqrt{u}$ about the axis: $$w^2 = u$$\n\n"


def _verdicts(text):
    return [(s.line, s.verdict) for s in check_text(text).steps]


def test_a_value_with_a_new_name_is_a_new_meaning():
    text = _DISK + "Now spin $w = \\sqrt{a^2 - u^2}$ instead: $$w^2 = a^2 - u^2$$"
    assert _verdicts(text) == [(1, "holds"), (3, "holds")]


def test_a_value_in_names_already_read_is_still_a_restatement():
    # wrong twin: no new name, so the same shape of line restates w, and wrongly
    text = _DISK + "That is, $w = u^{1/2} + 1$."
    assert _verdicts(text) == [(1, "holds"), (3, "fails")]


def test_the_letters_of_its_indices_and_a_sums_index_are_no_new_names():
    # wrong twin: an unrolled rule writes t (v_t's index) and k (the sum's): a restatement
    text = ("The rule $v_t = c\\,v_{t-1} + (1 - c) g_t$ with $v_0 = 0$. Unrolled:\n\n"
            "$$v_t = (1 - c)\\sum_{k=1}^{t} c^{t-k+1} g_k$$")
    assert _verdicts(text) == [(3, "fails")]


def test_a_conclusion_with_a_new_name_is_still_a_restatement():
    # "So" concludes it from what precedes: still a step (with a free a, not decided), never
    # dropped as a new meaning
    assert _verdicts(_DISK + "So $w = \\sqrt{a^2 - u^2}$.") == [(1, "holds"), (3, "undecided")]


def test_a_range_and_a_derivative_definition_bring_no_new_meaning():
    # the size in a sum's bound is a range, not a new quantity: a restatement, checked
    text = "Let $w = u^2$.\n\n$$w = \\sum_{k=1}^{M} \\frac{u^2}{M}$$\n\n$$w = \\sum_{k=1}^{M} u^2$$"
    assert [v for _, v in _verdicts(text)] == ["holds", "fails"]
    # a name defined as a derivative is worked out in the model's names, new or not
    text = "Let $g = \\partial L/\\partial u$.\n\n$$g = 2(u - c)$$"
    assert _verdicts(text) != []


_HOOP = "Hoop: $J = m a^2$.\n\nTake $m = 2$ and $a = 0.5$:\n\n$J = 2 \\cdot 0.25 = 0.5$\n\n"


def test_another_objects_formula_at_the_examples_values_is_a_new_meaning():
    # the rod's J = m a^2/3 after the hoop's J = m a^2, read at m = 2, a = 0.5: the numbers
    # 0.5 and 1/6 are no usual slip apart, so the line may name another object: undecided
    text = _HOOP + "A rod spun about one end ($J = \\frac13 m a^2$) turns more easily."
    assert _verdicts(text)[-1] == (7, "undecided")
    text = _HOOP + "For a solid ball, $J = \\frac{2}{5} m a^2$."
    assert _verdicts(text)[-1] == (7, "undecided")


def test_a_restatement_off_by_a_usual_slip_at_the_examples_values_still_fails():
    # wrong twins: a factor of 2, a sign, a power of ten, or a value: a slip, not a new object
    for wrong in ("J = 2 m a^2", "J = m a^2 / 2", "J = -m a^2", "J = 10 m a^2", "J = 0.6"):
        assert _verdicts(_HOOP + f"So for the hoop ${wrong}$.")[-1] == (7, "fails"), wrong
