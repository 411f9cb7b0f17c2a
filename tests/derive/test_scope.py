"""How far a worked example's values reach, by the headings (state.scope_end): a section with
its subsections (`# Example`, then `## Forward`, `## Backward`) is one example; a sibling
section, or a text before any heading, ends it. Rows in the styles of real notes, none copied."""

import pytest

from checker.derive.document import check_text

TITLE_THEN_PARTS = ("# 손으로 해보는 역전파\n\n값: $x = 2$, $w = 0.5$, $b = 1$, $y = 1$\n\n## 순전파\n\n"
                    "- $z = 0.5 \\times 2 + 1 = 2$\n\n## 역전파\n\n"
                    "- $\\partial L/\\partial w = (wx + b - y) x = {}$\n")
SIBLINGS = ("## Example 1\n\nTake $x = 2$, $w = 0.5$.\n\n$$wx = 1$$\n\n## Example 2\n\n"
            "Here the input is doubled, so $$wx + 1 = {}$$\n")
PREAMBLE = ("Take $x = 2$ and $w = 0.5$.\n\n# Forward\n\n$$wx + 1 = {}$$\n")


@pytest.mark.parametrize("doc, line, verdict", [
    # the subsections go on with the title's example: checked at its values
    (TITLE_THEN_PARTS.format("2"), 11, "holds"),
    (TITLE_THEN_PARTS.format("3"), 11, "fails"),
    # a sibling section is another example: the first one's values are a guess there (a step
    # that holds at them holds; one that differs is undecided)
    (SIBLINGS.format("2"), 9, "holds"),
    (SIBLINGS.format("7"), 9, "undecided"),
    # values before any heading end at the first one, as before
    (PREAMBLE.format("2"), 5, "holds"),
    (PREAMBLE.format("3"), 5, "undecided"),
], ids=["subsection holds", "subsection slip fails", "sibling section, right",
        "sibling section, other value", "preamble then heading, right",
        "preamble then heading, other value"])
def test_values_reach_the_subsections_of_their_section(doc, line, verdict):
    found = [(s.line, s.verdict, s.method) for s in check_text(doc).steps if s.line == line]
    assert found and found[-1][1] == verdict, found  # (the last step of the line: its value)
