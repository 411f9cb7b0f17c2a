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
