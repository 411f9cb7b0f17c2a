"""What the prose around an approximation says of its variables: which it calls small or large
(`small $h$`, `$T$ is large`, `for very negative $x$`, `$η$ 가 작으면`, `$δ$ 足够小时`) or writes
tending to a limit (`$h \\to 0$`), read from the paragraphs around the formula with their
formulas written back in. The limits approximation.py expands the sides in.
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.notation import parse_expression
from checker.derive.regex import Regex
from checker.derive.tree import Sym

SMALL = ("small", "tiny", "close to 0", "close to zero", "near 0", "near zero", "작은", "작을",
         "작으면", "很小", "较小", "足够小", "趋于0", "趋于 0", "→ 0", "\\to 0")
LARGE = ("large", "big", "큰", "클 때", "크면", "很大", "较大", "足够大",
         "→ ∞", "\\to \\infty", "\\to\\infty")
NEGATIVE = ("very negative", "large negative", "매우 작은 음수", "很负", "→ -∞",
            "\\to -\\infty")
ARROW = Regex(r"^\s*(.+?)\s*(?:\\to|→|\\rightarrow)\s*(-?\s*\\infty|-?\s*∞|0)\s*$")


def prose(f: Formula, blocks: dict[int, list[str]]) -> str:
    """The prose around f with its formulas written back in (`If $T$ is large, $`): an inline
    formula's own paragraph; a display formula's paragraphs above and below (the nearest
    blocks holding as many formulas as they show; else their `$` stay empty)."""
    if not f.display:
        texts = blocks.get(f.block, [])
        k = f.before.count("$")
        return filled(f.before, texts[:k]) + " ¶ " + filled(f.after, texts[k + 1:])
    above = next((blocks[b] for b in sorted(blocks, reverse=True)
                  if f.block - 4 <= b < f.block), [])
    below = next((blocks[b] for b in sorted(blocks) if f.block < b <= f.block + 4), [])
    return filled(f.before, above) + " ¶ " + filled(f.after, below)


def filled(text: str, texts: list[str]) -> str:
    parts = text.split("$")
    if len(parts) - 1 != len(texts):
        return "".join(parts)
    return parts[0] + "".join(f"${t}${rest}" for t, rest in zip(texts, parts[1:]))


def named(prose: str) -> list[tuple[str, str, str]]:
    """(name as shown, limit, cue) for the variables the prose around the formula calls
    small or large (`small $h$`, `$T$ is large`, `for very negative $x$`) or writes tending
    to a limit (`$h \\to 0$`)."""
    out = []
    for match in re.finditer(r"\$([^$]+)\$", prose):
        inner = match.group(1)
        arrow = ARROW.match(inner)
        if arrow:
            name = _shown_name(arrow.group(1))
            target = arrow.group(2).replace(" ", "")
            to = "0" if target == "0" else ("-oo" if target.startswith("-") else "oo")
            if name:
                out.append((name, to, inner.strip()))
            continue
        name = _shown_name(inner)
        if not name:
            continue
        for cues, to in ((NEGATIVE, "-oo"), (SMALL, "0"), (LARGE, "oo")):
            cue = _describes(prose[:match.start()], prose[match.end():], cues)
            if cue is not None:
                out.append((name, to, cue))
                break
    return out


# between a name and the size word said of it (`$h$ is small`, `$T$ is large enough`, `$x$ and
# $y$ are small`, `$η$ 가 작으면`, `$δ$ 足够小时`), or between the word and the name it
# describes (`small $h$`, `a small learning rate $η$`, `very negative $x$`, `작은 학습률 $η$`)
_OTHERS = r"(?:\s*(?:,|and|or|및|와|과|和|或)\s*\$[^$]+\$)*"
_VERB = (r"(?:(?:is|are|be|being|becomes?|gets?|stays?|remains?|goes|taken|chosen|kept|made|"
         r"assumed|considered)\s+){0,2}")
_PARTICLE = r"(?:(?:이|가|은|는|을|를|도)(?=\s|[가-힣]))?"
_ADVERB = (r"(?:(?:very|sufficiently|quite|really|extremely|much|enough|매우|아주|충분히|꽤|"
           r"굉장히|상당히|非常|特别|相当)\s*){0,2}")
_BETWEEN = r"(?:(?:[a-z\-]+|[가-힣]+)\s+){0,3}|的\s*"
# a size word negated or excepted (`not too large`, `오차가 큰 경우는 제외`, `不够小`)
_NEGATION = Regex(r"\bnot\b|n't|\bexcept|않|아니|제외|除外|不")


def _describes(before: str, after: str, cues: tuple[str, ...]) -> str | None:
    """The cue of `cues` the prose says of the name between `before` and `after` (the name's
    predicate or an adjective before it), unless it is negated; None when the size word is
    about something else (`For $x$ near one (not too large)`)."""
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    said = re.match(rf"{_OTHERS}\s*{_PARTICLE}\s*{_VERB}{_ADVERB}({words})(?![a-z])",
                    after.lower())
    if said:
        rest = re.split(r"[,.;:()$，。；：、\n]", after.lower()[said.end():], maxsplit=1)[0]
        if not _NEGATION.search(rest):
            return said.group(1)
        return None
    said = re.search(rf"(?<![a-z\\])({words})(?![a-z])\s*(?:{_BETWEEN})$", before.lower())
    if said and not _NEGATION.search(before.lower()[max(0, said.start(1) - 8):said.start(1)]):
        return said.group(1)
    return None


def _shown_name(text: str) -> str:
    from checker.derive.render import render

    try:
        node = parse_expression(text.strip())
    except (Unreadable, RecursionError, Exception):  # noqa: BLE001 - not a name
        return ""
    return render(node) if isinstance(node, Sym) else ""
