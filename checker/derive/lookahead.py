"""Definitions the text states after the step that uses them: later in the same formula
(`ρ = (L - μ)/(L + μ) = (κ - 1)/(κ + 1), \\quad κ = L/μ`), later in the same paragraph ("using
$∂d/∂a = (a - b)/d$ with $b = f(x_2)$"), or in the paragraph right below a display that opens
with a cue ("where", "with", "여기서"). A step read before them uses those names freely; the
writer meant them as defined."""

from __future__ import annotations

from checker.derive import phrase
from checker.derive.attempt import Attempt, reread, widened
from checker.derive.equivalence import Comparison
from checker.derive.render import render
from checker.derive.errors import Unreadable
from checker.derive.statement import parse_statements
from checker.derive.traversal import symbols_of
from checker.derive.tree import Node, Relation, Sym

CUES = tuple(dict.fromkeys(phrase.WHERE + ("with", "for", "and", "using", "taking")))


def _relations(text: str, known) -> list[Relation]:
    try:
        return [s.relation for s in parse_statements(text, known)
                if s.error is None and not s.condition]
    except (Unreadable, RecursionError):
        return []


def _opens_with_cue(prose: str) -> bool:
    """"where $...$", "with $...$", "여기서", or a formula right away ("($κ = L/μ$).")."""
    words = prose.strip().lstrip("(,:;").strip().lower()
    return words.startswith("$") or any(
        words.startswith(cue) and not words[len(cue):len(cue) + 1].isalpha() for cue in CUES)


def later_relations(attempt) -> list[tuple[int, Relation]]:
    """The statements written after the step: the rest of its formula, the formulas after it
    in its paragraph, and a cued paragraph right below a display; each with the line it is
    on when known (else 0: later in the paragraph)."""
    f, state, known = attempt.f, attempt.state, attempt.ctx.known
    out: list[tuple[int, Relation]] = []
    own = _relations(f.text, known)
    mine = next((k for k, rel in enumerate(own) if _holds_step(rel, attempt.left, attempt.right)),
                None)
    if mine is not None:
        out += [(f.line, rel) for rel in own[mine + 1:]]
    block = state.blocks.get(f.block, [])
    if f.text in block:
        later = block[block.index(f.text) + 1:]
        out += [(0, rel) for text in later for rel in _relations(text, known)]
    below = min((k for k in state.blocks if k > f.block), default=None)
    if f.display and below is not None and _opens_with_cue(f.after):
        out += [(0, rel) for text in state.blocks[below] for rel in _relations(text, known)]
    return out


def _holds_step(rel: Relation, left: Node, right: Node) -> bool:
    members = rel.members
    return any(members[k] == left and members[k + 1] == right for k in range(len(members) - 1))


def _later_equalities(attempt, keep) -> list[tuple[int, Sym, Node]]:
    """The statements after the step that give one name a body of other names by one `=`
    (`κ = L/μ`), each with its line (0: later in the paragraph), whose name `keep` accepts;
    not the step's own left side, a name bound or differentiated by here, an update (`x = x +
    1`) or a number ("so at $x = 0$": a point, not a meaning). The first for each name."""
    ctx, line = attempt.ctx, attempt.line
    wrt = {v.name for v in attempt.low.wrt}
    out: dict[str, tuple[int, Sym, Node]] = {}
    for at, rel in later_relations(attempt):
        if rel.ops not in (("=",), (":=",)) or len(rel.members) != 2:
            continue
        head, body = rel.members
        if not isinstance(head, Sym) or head == attempt.left or head.name in out or \
                head.name in wrt or ctx.bound({head.name}, line) or not keep(head):
            continue
        if head.name in {n.name for n in _syms(body)} or not _syms(body):
            continue
        out[head.name] = (at, head, body)
    return list(out.values())


def forward_definitions(attempt) -> list[tuple[int, Sym, Node]]:
    """The names the step's values use freely that a statement after it defines (`κ = L/μ`),
    not a name defined here (_later_equalities)."""
    free = {str(s) for s in symbols_of(attempt.lv, attempt.rv)}
    return _later_equalities(attempt, lambda head: head.name in free and
                             attempt.ctx.lookup(head, attempt.line) is None)


def second_relations(attempt) -> list[tuple[int, Sym, Node]]:
    """Names the step writes that the text defines before it (a law: `σ = Eε`, Hooke's) and
    relates again by one `=` after it (`其中 σ = F/A`, "where P = VI"): two stated relations
    for one quantity, each true; the later one is the one the step may lean on
    (_later_equalities)."""
    from checker.derive.tree import walk

    written = {n.name for side in (attempt.left, attempt.right) for n in walk(side)
               if isinstance(n, Sym)}
    return _later_equalities(attempt, lambda head: head.name in written and
                             attempt.ctx.lookup(head, attempt.line) is not None)


def _syms(node: Node) -> list[Sym]:
    from checker.derive.tree import walk

    return [n for n in walk(node) if isinstance(n, Sym)]


def _with_later(attempt: Attempt, found) -> tuple[Comparison, str] | None:
    """The step read again with the statements after it (line, name, body) as the names'
    definitions: how it agrees and the statements as shown, or None when it does not."""
    if not found:
        return None
    ctx = widened(attempt.ctx)
    for _, head, body in found:
        ctx.define(head, body, attempt.line)
    again = reread(attempt, ctx)
    if not again.agree:
        return None
    return again, ", ".join(f"{render(head)} = {render(body)}" for _, head, body in found)


def defined_below(attempt: Attempt) -> tuple[str, str] | None:
    """`(L - μ)/(L + μ) = (κ - 1)/(κ + 1), \\quad κ = L/μ`: names the step uses freely that
    the text defines after it (same formula, same paragraph, a cued paragraph below a display):
    read with those definitions, does it hold?"""
    found = forward_definitions(attempt)
    read = _with_later(attempt, found)
    if read is None:
        return None
    again, said = read
    where = {at for at, _, _ in found}
    at = f"on line {min(where)}" if where != {0} and 0 not in where else \
        "further on in the same paragraph"
    return "holds", f"{again.method}, with {said} as the text states it after this step, {at}"


def related_again_below(attempt: Attempt) -> tuple[str, str] | None:
    """`σ = Eε` stated, then `ΔL = σL/E = FL/(AE)` and "where σ = F/A": the step uses a name
    the text relates to others twice (a law above, a definition after); read with the later
    relation, does it hold? Both relations are the text's, so a step true under one of them
    holds where the text's quantities are."""
    read = _with_later(attempt, second_relations(attempt))
    if read is None:
        return None
    again, said = read
    return "holds", (f"{again.method}, with {said} as the text relates it after this step "
                     "(besides its relation above)")
