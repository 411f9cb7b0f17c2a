"""Documents in pairs: a correct one (none of its steps may fail) and its wrong twin (one slip,
where the reading is certain: some step must still fail). Shared by the tables of the rules
that keep correct steps from failing (test_orthogonality, test_tense, test_restatement)."""

from checker.derive.document import check_text


def failing(text: str) -> list[tuple[int, str, str]]:
    """The steps of `text` that fail, as (line, left, right)."""
    return [(s.line, s.lhs, s.rhs) for s in check_text(text, "doc.md").steps
            if s.verdict == "fails"]


def check_twins(right: str, wrong: str) -> None:
    """The correct document has no failing step; its wrong twin has one."""
    assert not failing(right), failing(right)
    assert failing(wrong)
