"""Case labels of a case analysis: "$k<1$: decreasing hazard, $k=1$: constant hazard, $k>1$:
wear-out", "- $x \\ge 0$: ... - $x < 0$: ...", "When $k = 1$, ... When $k > 1$, ...", "$k=1$ 인
경우 ... $k>1$ 인 경우", "当 $k=1$ 时 ... 当 $k>1$ 时". Lecture notes and textbooks split a
general statement into the cases of a parameter's range, each opened by a label that gives one
case of the name; the value written in one label is that case's, for its own text, and never
the value of the name in the general statements after the analysis (the Weibull shape k is not
1 in the slope h'(t) written under the list of cases).

What makes a label a case of an analysis, not a worked example's value: it stands where a
clause opens (a line, a list item, after a comma or a case word "case", "if", "when", "当",
"若", "경우") and is closed as a label (a colon with the case's text after it, a comma after a
condition word, "时", "일 때", "인 경우", "이면"), and the same name is given another case by
a label of the same kind in its section, at least one of them a range (`<`, `>`, `\\le`,
`\\ge`, `\\ne`): a problem that lists several values of x to work out ("(a) $x = 2$: ... (b)
$x = 3$: ...") lists examples, not a partition of x's range, and is left to the values'
ordinary reading. (`cases`: the line where a label's case ends.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.derive.regex import Regex
from checker.derive.tree import Node, Sym

if TYPE_CHECKING:
    from checker.derive.markdown import Formula
    from checker.derive.state import State

# where a clause opens: a line (a list marker, "(1)", "①", "**"), a punctuation mark, a case word
_OPEN = (r"(?:^|[,;.:!?，；。：！？(]|\*\*|^\s*(?:[-*+]|\d+[.)]|\(\w{1,3}\)|[①-⑩])|"
         r"\b(?:[Cc]ase|[Ss]ubcase|[Ii]f|[Ww]hen|[Ff]or|[Ww]here)\b(?:\s+\w{1,3}\s*[:.)]?)?|"
         r"当|若|如果|对于|경우|만약)\s*")
# how a label closes: a colon with text after it, a comma or "then", "时", "일 때", "인 경우"
_CLOSE = (r"\s*(?:\*\*)?\s*(?:[:：](?=\s*\S)|[,，](?=\s*\S)|\.\*\*|then\b|时|的时候|"
          r"일\s*때|인\s*경우|일\s*경우|이면|이라면|면\b)")
_WORDED = Regex(r"\b(?:[Cc]ase|[Ss]ubcase|[Ii]f|[Ww]hen|[Ff]or)\b|当|若|如果|경우|만약")
_LABEL = Regex(rf"(?P<open>{_OPEN})\$(?P<f>[^$\n]+)\$(?P<close>{_CLOSE})", re.MULTILINE)
# one case of a name: `k = 1`, `k < 1`, `x \ge 0`, `k≠1`
_CASE = Regex(r"^\s*(?P<name>[A-Za-z\\][A-Za-z0-9_{}\\^' ]*?)\s*"
              r"(?P<rel>=|<|>|≤|≥|≠|\\(?:leq?|geq?|neq?|lt|gt)\b)\s*(?P<value>[^=<>]+)$")
_RANGE = {"<", ">", "≤", "≥", "≠", "\\le", "\\leq", "\\ge", "\\geq", "\\ne", "\\neq", "\\lt",
          "\\gt"}


@dataclass(frozen=True)
class Label:
    line: int
    column: int
    text: str  # the formula, as written
    name: str  # as written, without spaces
    relation: str


@lru_cache(maxsize=8)
def labels(source: str) -> tuple[Label, ...]:
    """Every case label of the text, in order (a clause that opens on one case of a name and
    closes as a label). A comma closes a label only after a condition word ("When $k = 1$,"):
    "$x = 2$, $y = 1$" lists values."""
    out = []
    for number, text in enumerate(source.split("\n"), start=1):
        for m in _LABEL.finditer(text):
            case = _CASE.match(m["f"])
            if case is None:
                continue
            close = m["close"].strip(" *")
            if close in {",", "，"} and not _WORDED.search(m["open"]):
                continue
            out.append(Label(number, m.start("f"), m["f"], case["name"].replace(" ", ""),
                             case["rel"]))
    return tuple(out)


@dataclass(frozen=True)
class Case:
    until: int  # the first line the case no longer covers
    closed: bool  # another case of the name follows: this one certainly ends there


def case_end(source: str, headings: list[int], formula: str, line: int) -> Case | None:
    """Where the case ends that a label `formula` (`k = 1`) on `line` opens, when the label is
    one case of a case analysis over the name's range in its section (see the module's
    docstring): at the next label of the name, closed (on its own line: the case is the rest
    of the clause, up to there); the last label's case runs to the end of its paragraph, and
    may go on in displays below it (not closed). None when the value is no case of an
    analysis."""
    here = next((lab for lab in labels(source) if lab.line == line and lab.text == formula
                 and lab.relation == "="), None)
    if here is None:
        return None
    start = max((h for h in headings if h <= line), default=0)
    end = next((h for h in headings if h > line), None)
    found = [lab for lab in labels(source) if lab.name == here.name
             and start <= lab.line and (end is None or lab.line < end)]
    if len(found) < 2 or not any(lab.relation in _RANGE for lab in found):
        return None
    after = [lab for lab in found if (lab.line, lab.column) > (here.line, here.column)]
    if after:
        return Case(after[0].line + (after[0].line == line), True)
    lines = source.split("\n")
    blank = next((k + 1 for k in range(line, len(lines)) if not lines[k].strip()),
                 len(lines) + 1)
    return Case(min(blank, end) if end is not None else blank, False)


def case_of(state: State, chain: list[Node], f: Formula) -> Case | None:
    """A name given a number by an inline formula of its own (`$k=1$`) that is one case
    label of a case analysis: where its case ends (case_end); None otherwise."""
    if f.display or len(chain) != 2 or not isinstance(chain[0], Sym):
        return None
    return case_end(state.prose, state.headings, f.text, f.line)
