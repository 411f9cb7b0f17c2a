"""The passages of a source that bound how far a value or a definition holds: numbered worked
examples and parts ("**Example 2.**", "Q3", "예 2.", "例 2") and paragraphs opened by a bold
run-in label ("**Inverted dropout**: ..."). Read from the source's lines alone, before any
formula (State.examples, State.labelled).
"""

from __future__ import annotations

import re

from checker.derive.regex import Regex

# a line that starts a numbered example or part: "**Example 2.**", "Q3", "**Part 2**", "예 2.",
# "문제 3", "例 2", "题 1"
_EXAMPLE = Regex(
    r"\s*(?:[-*+>]\s+)?(?:\*\*|__|\*|_)?\s*(?:(?:example|exercise|problem|question|part|case|"
    r"q)\s*\d+[a-z]?|(?:예제|예시|예|문제|例题|例|问题|题|练习)\s*\d+)(?=[\s.:)*_—–-]|$)",
    re.IGNORECASE)


# a paragraph opened by a bold run-in label: "**Inverted dropout**: ...", "**原始版本**：...",
# "**conv2.** ..." (the label's own colon or full stop, inside the bold or right after it), or
# a bold label whose line goes on to end with a colon, introducing the formulas below it
# ("**SARSA** (on-policy, bootstraps on the action taken):")
_LABEL = Regex(r"\s*(?:[-*+]\s+)?(\*\*|__)(?=\S)(?:(?!\1).){1,60}?(?:[.:：]\1|\1\s*[:：]|"
               r"\1(?![^\n]*\$\$)[^\n]*[:：]\s*$)")


def labelled_paragraphs(source: str) -> list[tuple[int, int]]:
    """The (first, last) 1-based lines of each paragraph a bold run-in label opens (it runs
    to a blank line or the next label: `- **Original**: ...` and `- **Inverted**: ...` are
    two, in one list)."""
    out, start = [], None
    for k, text in enumerate(source.splitlines() + [""], 1):
        label = bool(text.strip()) and _LABEL.match(text) is not None
        if start is not None and (label or not text.strip()):
            out.append((start, k - 1))
            start = None
        if label:
            start = k
    return out


def example_starts(source: str) -> list[int]:
    """The 1-based lines that start a numbered worked example or part (see _EXAMPLE). (Not
    "(a)", "(b)" nor a horizontal rule: an exam lists its parts' values, then solves each
    part below a rule, with those values.)"""
    return [k for k, text in enumerate(source.splitlines(), 1) if _EXAMPLE.match(text)]
