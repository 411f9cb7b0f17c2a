"""The other value a name may have at a step: the older definition of a name the text gave a
whole new one (`older`: ELU's f after Leaky ReLU's, in a later section), or the value a later
line gives a defined name (`rival`: another layer's row, a special case). Each is the step's
sides in a context where that value is in force, with the words a diagnosis adds when the
step differs under it too: `certainty` carries them as a guess's other reading, so a step
wrong under both fails (certainty.differs_every_way), one right under either stays a guess.
Neither is offered when a formula after the new value starts with the name itself (a third
value the text may give it, or the step restating one: `written_again`)."""

from __future__ import annotations

from checker.derive.definition import family_key
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node


def older(sides: tuple[Node, ...], state: State, key: str, since: int, line: int
          ) -> tuple | None:
    """The step's other readings when line `since` gave a defined name a whole new definition
    that may instead restate an old one (`state.redefined`): for each older definition (the
    latest first; a name given one curve per section, r = 1 + cos θ, r = 2 sin θ, r = cos 2θ,
    may be meant in any of them: "back to the cardioid"), its sides in a context where that
    definition is in force at `line`; with that reading in words, as (readings, words). None
    when the definition in force is not the one made at `since`, or no different older one
    would be in force at `line` without it."""
    from checker.derive.attempt import widened
    from checker.derive.definition import get

    ctx = state.ctx
    now = get(ctx, key, line)
    if state.redefined.get(key) != since or now is None or now.line != since or \
            written_again(state, key, since, line):
        return None
    kept = [d for d in ctx.history.get(key, []) if d.line < since]
    if not kept or kept[-1].body == now.body or not _formula(kept[-1].body) or \
            not _formula(now.body):
        return None  # (H = 1.5, then H = log_2 8: an example's values, a third may follow)
    readings, lines, seen = [], [], [now.body]
    for k in range(len(kept) - 1, -1, -1):
        if not _formula(kept[k].body) or kept[k].body in seen:
            continue
        before = widened(ctx)
        before.history[key] = kept[:k + 1]
        before.definitions[key] = kept[k]
        then = get(before, key, line)
        if then is None or then.body in seen:
            continue
        seen.append(then.body)
        readings.append((*sides[:2], before))
        lines.append(then)
    if not readings:
        return None
    shown = ctx.shown(key)
    said = [f"line {d.line}" + (f" as {render(d.body)}" if len(render(d.body)) <= 40 else "")
            for d in lines]
    words = (f"it does not hold either with {shown} as defined on {' or '.join(said)} "
             f"(before line {since} defined {shown} again): it fails under "
             f"{'both readings' if len(said) == 1 else 'every reading'}")
    return tuple(readings), words


def rival(sides: tuple[Node, ...], state: State, sym, since: int, line: int
          ) -> tuple | None:
    """The step's other reading when line `since` gave a defined name another value (a special
    case, another layer's row): its sides with the name at that value from there on, as
    (left, right, context, words). Only a plain name (no parameters, no family) written
    nowhere again after `since` (`_written_again`); None else."""
    from checker.derive.attempt import widened
    from checker.derive.definition import get
    from checker.derive.tree import Sym

    value = state.rivals.get(sym.name)
    now = get(state.ctx, sym.name, line)
    if value is None or not isinstance(sym, Sym) or sym.index or now is None or \
            now.params or now.index or now.line >= since or not _formula(now.body) or \
            written_again(state, sym.name, since, line):
        return None
    other = widened(state.ctx)
    other.define(now.name, value, since)
    if get(other, sym.name, line) is None or get(other, sym.name, line).body != value:
        return None
    shown, body = state.ctx.shown(sym.name), render(value)
    said = f" ({body})" if len(body) <= 40 else ""
    words = (f"it does not hold either with {shown} as line {since} gives it{said}: it fails "
             "under both readings")
    return (*sides[:2], other, words)


def written_again(state: State, key: str, since: int, line: int) -> bool:
    """A formula after line `since`, up to `line` (the step's own included), that starts with
    the name itself (`η(e) = η_0γ^e`, `h' = 0`; not at a value, `f(-1) = ...`): a third meaning the text may give it, or the
    step restating one, so the two definitions are not its only readings. (Unreadable
    formulas count too: what they write is not known.)"""
    from checker.derive.statement import parse_statements
    from checker.derive.tree import Call, Sym

    for at in sorted(state.texts):
        if not since < at <= line:
            continue
        for text in state.texts[at]:
            try:
                segments = parse_statements(text, state.ctx.known)
            except Exception:  # noqa: BLE001 - not read: it may write the name
                return True
            for seg in segments:
                if seg.error is not None:
                    return True
                first = seg.relation.members[0] if seg.relation.members else None
                if isinstance(first, Sym) and key in (first.name, family_key(first)) or \
                        isinstance(first, Call) and first.name == key and not first.order \
                        and all(isinstance(a, Sym) for a in first.args):  # (f(-1): a value)
                    return True
    return False


def _formula(body: Node) -> bool:
    """A definition in names (ELU's α(e^x - 1)), not a value (`H = 1.5`, `H = log_2 8`): names
    bound to numbers change with every example, and the text may mean yet another value."""
    from checker.derive.tree import Sym, walk

    return any(isinstance(n, Sym) for n in walk(body))
