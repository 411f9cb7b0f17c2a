"""A formula → its statements: split at `\\quad`, `,`, `\\\\` and text such as `if`.

Each statement is a relation chain (`a = b = c`, `A ⇒ B`); a statement that starts with a
relation symbol continues the previous formula; one after `\\text{if}` is only a condition.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.derive.errors import Unreadable
from checker.derive.lexer import Token, tokenize
from checker.derive.notation import CONDITION_WORDS, NOTHING, Names, Parser
from checker.derive.tree import Relation


@dataclass(frozen=True)
class Segment:
    """One statement of a formula: a relation chain, and whether it is only a condition."""

    relation: Relation
    condition: bool = False
    continues: bool = False  # the segment started with a relation symbol (`= ...`)
    offset: int = 0  # lines from the formula's first line to this statement's


def parse_statements(text: str, known: Names = NOTHING) -> list[Segment]:
    """A formula → its statements, split at `\\quad`, `,`, `\\\\` and text such as `if`."""
    tokens = _drop_aligned(tokenize(text))
    if tokens and tokens[0].kind == "open" and tokens[0].value == "\\{" and \
            tokens[-1].kind == "close" and tokens[-1].value == "\\}":
        tokens = tokens[1:-1]  # { w = w - \alpha ... }: an update rule in set braces
    segments: list[Segment] = []
    for chunk, condition in _split(tokens):
        if not chunk:
            continue
        continues = chunk[0].kind == "rel"
        p = Parser(chunk[1:] if continues else chunk, known)
        rel = p.relation()
        if not p.done():
            t = p.peek()
            raise Unreadable("an operator or the end of the formula", f"`{t.value}`")  # type: ignore
        if continues:
            rel = Relation((None,) + rel.members, (chunk[0].value,) + rel.ops)  # type: ignore
        segments.append(Segment(rel, condition, continues, text[:chunk[0].pos].count("\n")))
    return segments


ALIGNED = {"aligned", "align", "gathered", "gather", "split", "eqnarray", "multline"}


def _drop_aligned(tokens: list[Token]) -> list[Token]:
    """`\\begin{aligned}` ... `\\end{aligned}` only lays out steps: without it, `&` is skipped
    and `\\\\` separates rows (a row that starts with `=` continues the one before)."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.kind == "cmd" and t.value in {"begin", "end"} and k + 1 < len(tokens) and \
                tokens[k + 1].kind == "env" and tokens[k + 1].value in ALIGNED:
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _split(tokens: list[Token]) -> list[tuple[list[Token], bool]]:
    parts: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    condition = False
    depth = 0
    env_depth = 0
    # a spacing command beside a relation (`\quad \Longrightarrow \quad`) only spaces it
    tokens = [t for k, t in enumerate(tokens) if not (
        t.kind == "sep" and t.value != "\\" and (
            (k > 0 and tokens[k - 1].kind == "rel")
            or (k + 1 < len(tokens) and tokens[k + 1].kind == "rel")))]
    for t in tokens:
        if t.kind == "cmd" and t.value == "begin":
            env_depth += 1
        elif t.kind == "cmd" and t.value == "end":
            env_depth -= 1
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
        top = depth == 0 and env_depth == 0
        if top and (t.kind == "sep" or (t.kind == "op" and t.value in {",", "&", ";", "."})):
            if t.kind == "op" and t.value == "&":
                continue
            parts.append((current, condition))
            current, condition = [], False
            continue
        if top and t.kind == "text":
            parts.append((current, condition))
            current = []
            condition = t.value.lower().strip() in CONDITION_WORDS
            continue
        current.append(t)
    parts.append((current, condition))
    return parts
