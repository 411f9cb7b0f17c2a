"""How the prose joins a formula to the one right before it: "i.e." or "we get" (solved on that
equation), "so", "hence", "따라서", "所以" (follows from it), "and", "和", "와" (another
item of a list). Read from the words between the two formulas, in any of the languages of
`phrase.py`.
"""

from __future__ import annotations


from checker.derive import phrase
from checker.derive.markdown import Formula
from checker.derive.regex import Regex


def solved_on(f: Formula, previous: Formula | None) -> bool:
    """`needs $O = N$, i.e. $N + 2P - K + 1 = N$`, `令 $∇J = 0$，得 $X^TXw = X^Ty$`: a formula
    right after an equation to solve, in the same sentence, joined by "i.e." or "we get", is
    that equation solved on (not an identity either)."""
    between = f.before.rsplit("$", 1)[-1].strip().lower().lstrip(",，、 ")
    return previous is not None and previous.block == f.block and "$" in f.before and \
        any(between == cue or between.endswith(" " + cue) or not cue.isascii() and
            between.endswith(cue) for cue in phrase.SOLVED)


def follows_on(f: Formula, previous: Formula | None) -> bool:
    """`$2x(wx - y) = 0$, so $wx = y$`, "... = 0$$\n\nhence\n\n$$...": a formula joined to the
    equation right before it by "so", "hence", "따라서", "所以" (in its sentence, or alone in the
    paragraph between two display formulas) states what follows from that equation."""
    if previous is None:
        return False
    if f.display and previous.display:
        between = f.before.strip().lower().rstrip(",:，：")
    elif previous.block == f.block and "$" in f.before:
        between = f.before.rsplit("$", 1)[-1].strip().lower().lstrip(",，、 ").rstrip(",，、 ")
    elif _next_paragraph(f, previous):
        between = f.before.strip().lower().rstrip(",:，：")
        if not between or between in _BECAUSE:
            return True  # "$J'(w) = 2w - 4 = 0$\n\n$7(1-p) = 3p$ 이므로": the next line solves on
    else:
        return False
    return any(between == cue or between.endswith(" " + cue) or not cue.isascii() and
               between.endswith(cue) for cue in phrase.CONTINUING |
               set(phrase.EQUATION_AFTER) | set(phrase.DEFINING_AFTER) |
               set(phrase.AFTER))  # "$\\ell'(p) = 0$ 일 때 $k(1 - p) = (n - k)p$"


# an implication arrow opening a formula: `\\Rightarrow`, `\\implies`, `⟹` (not `\\therefore`,
# read as a plain statement)
_ARROW = Regex(r"^\s*(?:\\(?:Rightarrow|Longrightarrow|implies|Leftrightarrow|"
               r"Longleftrightarrow|iff)(?![A-Za-z])|[⇒⟹⇔⟺])")


def arrowed(f: Formula, previous: Formula | None) -> bool:
    """`$$-\\frac{a}{x^2} + \\frac{b}{2} = 0$$` then `$$\\Rightarrow x^* = \\sqrt{2a/b}$$`: a formula
    that opens with an implication arrow, with nothing but blank space between it and the
    formula before it (display after display, or right after it in its line or the paragraph
    below), states what follows from that formula: the arrow says in the math what "so"
    says in prose, as if both were written in one formula."""
    if previous is None or not _ARROW.match(f.text):
        return False
    if f.display and previous.display:
        return not f.before.strip(" \n,:，：")
    if previous.block == f.block and "$" in f.before:
        return not f.before.rsplit("$", 1)[-1].strip(" ,，")
    return _next_paragraph(f, previous) and not f.before.strip()


# a paragraph opening on the reason for what it concludes ("Since $7(1 - p) = 3p$, ...")
_BECAUSE = {"since", "because", "as", "由于", "因为", "由"}


def _next_paragraph(f: Formula, previous: Formula) -> bool:
    """`previous` ends its paragraph (or is a display) and `f`, in math within its line,
    opens the paragraph right below it (one blank line between): nothing else is between."""
    end = previous.line + previous.text.count("\n") + (2 if previous.display else 0)
    return previous.block != f.block and not f.display and "$" not in f.before and \
        (previous.display or not previous.after.strip(" .,，。")) and 0 < f.line - end <= 2


def listed_after(before: str) -> bool:
    """The prose right before a formula joins it to the one before as another item of a list
    ("For $R(w) = ...$ and $R(w) = ...$", "$A$ 和 $B$", "$A$와 $B$"): it ends in a listing word,
    right after a formula."""
    end = before.rstrip().lower()
    for cue in phrase.LISTING:
        rest = end[:-len(cue)]
        if end.endswith(cue) and not (cue.isascii() and rest[-1:].isalpha()) and \
                rest.rstrip().endswith("$"):
            return True
    return False
