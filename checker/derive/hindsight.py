"""A step that holds only with a value the text states below it, for what may be a special
case: `∂L/∂y_i = c` in a closing remark ("if the upstream gradient is the same for every
sample, ..."), read by an earlier general step about ∂L/∂y_i (application.stated_fact). A
constant upstream slope can make both sides of a wrong step equal (Σ_i c(x_i - μ) = 0 makes
any factor after it vanish), so an agreement found with it proves nothing about the step as
written. The step is read again as the text stood at its own line (the later statements
not read): it holds if it holds so too, or cannot be compared so; if its sides differ so, it
is undecided: which reading the writer meant is a guess the text does not settle.

Unless the text itself puts the value below in a case of its own ("A special case: if the
upstream gradient is the same for every sample, $\\partial L/\\partial y_i = c$", "特例：如果
…", "만약 …", `phrase.CASE` on the value's line): then it is that case's only, the general step
above it means no such value, and the step is judged as the text stands at its line (a
failure there is the verdict)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from checker.derive import phrase
from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.errors import Undecided
from checker.derive.inference import Doubt
from checker.derive.result import Step

# how difference.differs words a step undecided only for the guesses it lists
GUESSED = "could not decide: the sides differ as read, but reading them took a guess: "


def confirmed(step: Step, later: list[Doubt], ctx: Context, again: Callable[[], Step],
              case: Callable[[int], str | None] = lambda _: None) -> Step:
    """`step` as judged with the values of `later` (the readings of statements below it); when
    it holds with them, `again` judges it once more with `ctx` reading no statement from the
    line after it on. A step that holds without them, or cannot be read or compared without
    them (an unknown function's slope then left on one side), holds; one whose sides differ
    without them is undecided, saying which value it leans on, or fails when every value it
    leans on is stated for a case of its own (`case(line)`: the words that say so, or None).
    A step whose sides differ with them, undecided for that guess alone, is judged so too
    (`both_ways`)."""
    if step.verdict == "undecided" and later and step.method == GUESSED + "; ".join(
            f"{d.what} ({d.advice})" for d in dict.fromkeys(later)):
        return both_ways(step, later, ctx, again)
    if step.verdict != "holds" or not later:
        return step
    other = _without_later(step, ctx, again)
    if other is None or other.verdict == "holds":
        return step  # (not read without them: no difference shown, the agreement stands)
    first = later[0]
    cases = [case(d.line) if d.line else None for d in later]
    if other.verdict == "fails" and all(cases):
        words = (f"the value line {first.line} states below is a case's own "
                 f"(\u201c{cases[0]}\u201d): as the text stands at this step, the sides differ")
        return replace(other, diagnosis="; ".join(filter(None, [other.diagnosis, words])))
    return replace(step, verdict="undecided", method=(
        f"could not decide: it holds with {first.what} (a value that may be a special case's "
        f"only), but not as the text stands at this step; {first.advice}, or write the step "
        "for that case"))


def both_ways(step: Step, later: list[Doubt], ctx: Context, again: Callable[[], Step]) -> Step:
    """`w ← w - η(∇J + λw) = (1 - λ)w - η∇J` beside `∇J = 0.5` two lines below: the sides
    differ with the value stated below, and the step was undecided for that reading alone. As
    the text stands at its line (∇J any slope), does it fail too? Then it fails under both
    readings, and says so; else it stays undecided."""
    other = _without_later(step, ctx, again)
    if other is None or other.verdict != "fails":
        return step
    first = later[0]
    words = f"it does not hold either with {first.what}: it fails whichever value the step means"
    return replace(other, diagnosis="; ".join(filter(None, [other.diagnosis, words])))


def _without_later(step: Step, ctx: Context, again: Callable[[], Step]) -> Step | None:
    """The step judged once more with `ctx` reading no statement from the line after it on;
    None when it cannot be read or compared so."""
    saved = ctx.facts_before
    ctx.facts_before = step.line + 1 if saved is None else min(saved, step.line + 1)
    try:
        other: Step | None = again()
    except Timeout:
        raise
    except Undecided:
        other = None
    except Exception:  # noqa: BLE001 - not readable without them: no agreement shown
        other = None
    finally:
        ctx.facts_before = saved
    return other


def stated_for_a_case(prose: str, line: int) -> str | None:
    """The words on `line` of the text (1-based) that put what it states in a case of its own
    ("特例", "special case", "if", "만약": `phrase.CASE`), shown as written; None when none.
    Only the prose outside math is read (`$x$ if` in a formula is no such word)."""
    lines = prose.split("\n")
    if not 0 < line <= len(lines):
        return None
    text = re.sub(r"\$\$?[^$]*\$?\$", " ", lines[line - 1])
    for cue in phrase.CASE:
        found = re.search(r"(?<![A-Za-z])" + re.escape(cue) + r"(?![A-Za-z])", text,
                          re.IGNORECASE)
        if found:
            shown = " ".join(text[found.start():].split())
            return shown if len(shown) <= 30 else shown[:27] + "..."
    return None
