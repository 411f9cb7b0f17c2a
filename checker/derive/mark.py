"""Marks a writer puts on a formula to say it is wrong or right: a ✗ or ✓ (`\\xmark`,
`\\checkmark`), `\\text{(wrong)}`, `\\text{틀림}`, `\\text{错误}` inside it, or a strikethrough
around it (`~~$...$~~`, `<del>$...$</del>`). What the marks make of the formula's act (quoted
as wrong, asserted) is `stance.py`'s.
"""

from __future__ import annotations

import re

from checker.derive.markdown import Formula
from checker.derive.regex import Regex

MARK_WRONG = Regex(r"[✗✘❌]|\\xmark|\\text\w*\s*\{\s*\(?\s*(?:wrong|incorrect|false|mistake|"
                   r"틀림|틀린|오답|错误|错|不对)\s*!?\s*\)?\s*\}", re.IGNORECASE)
MARK_RIGHT = Regex(r"[✓✔✅]|\\checkmark|\\text\w*\s*\{\s*\(?\s*(?:right|correct|ok|맞음|正确|对)"
                   r"\s*!?\s*\)?\s*\}", re.IGNORECASE)


def marked_wrong(text: str) -> bool:
    """A wrong mark in `text` and no right one."""
    return bool(MARK_WRONG.search(text)) and not MARK_RIGHT.search(text)


def marked_both(text: str) -> bool:
    """Marks of both kinds in `text` (`a = b ✗ \\qquad a = c ✓`): each statement its own."""
    return bool(MARK_WRONG.search(text) and MARK_RIGHT.search(text))


_STRIKE_OPEN = Regex(r"<(?:del|s|strike)>", re.IGNORECASE)
_STRIKE_CLOSE = Regex(r"</(?:del|s|strike)>", re.IGNORECASE)


def struck(f: Formula) -> bool:
    """`~~$v_1 = 0.01 \\cdot 4 = 0.04$~~`, `<del>$...$</del>`: a formula inside a Markdown
    strikethrough (an odd number of `~~` before it in its paragraph, closed after it), or an
    HTML one, is crossed out by the writer: withdrawn, quoted as wrong, never asserted."""
    if f.display:
        return False
    paragraph = f.before.rsplit("\n\n", 1)[-1]
    if paragraph.count("~~") % 2 == 1 and "~~" in f.after.split("\n\n", 1)[0]:
        return True
    return len(_STRIKE_OPEN.findall(paragraph)) > len(_STRIKE_CLOSE.findall(paragraph)) and \
        bool(_STRIKE_CLOSE.search(f.after.split("\n\n", 1)[0]))
