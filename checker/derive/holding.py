"""Names the prose says a partial derivative holds fixed: "holding $\\alpha_i$ fixed, $\\partial
c/\\partial h_1 = \\alpha_1$", "with $p$, $i$ held constant", "treating $s$ as a constant",
"$\\alpha_i$ 를 고정하면", "固定 $a_i$ 时". Blogs differentiate by one input of a product with
the other factor (an attention weight, a gate) held, though the text defines that factor through
the same input: the writer's partial derivative is the one with those names as variables of
their own. `said_fixed` reads the names; `held_as_said`, a reading of alternative.READINGS,
rereads the step so.
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.attempt import Attempt, reread
from checker.derive.definition import family_key
from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.notation import parse_expression
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.tendency import filled, prose
from checker.derive.tree import Deriv, Sym, walk

_RUN = Regex(r"(?:\$[^$]+\$(?:\s*(?:,|and|및|와|과|、|，|和|及)\s*)?)+")
_BEFORE = Regex(r"(?:\b(?:holding|keeping|fixing|freezing|treating|for\s+(?:a\s+)?fixed|"
                r"with\s+fixed)|固定|保持|把|将)\s*$")
_AFTER = Regex(r"^\s*(?:(?:is|are)\s+)?(?:(?:held|kept)\s+)?(?:fixed|constant|frozen)\b|"
               r"^\s*(?:as\s+(?:a\s+)?constants?|as\s+given)\b|"
               r"^\s*(?:을|를|은|는)?\s*(?:고정|상수로)|"
               r"^\s*(?:固定|不变|保持不变|看作常数|看成常数|视为常数|为常数|当作常数)")


_TURN = Regex(r"[;；]|\b(?:while|whereas|but|however)\b|而|但|하지만|반면")


def _last_run(before: str):
    """The run of formulas that ends the prose before the formula, with no turn between it
    and the formula ("固定 $a_i$ 时，" yes; "固定 $a_i$ 时 $...$；而" for a later formula, no)."""
    runs = list(_RUN.finditer(before))
    if not runs or "$" in before[runs[-1].end():] or _TURN.search(before[runs[-1].end():]):
        return None
    return runs[-1]


def _first_run(after: str):
    """The run of formulas right after the formula in its sentence ("$$...$$ with $u$ held
    fixed"), with no turn between."""
    run = _RUN.search(after)
    if run is None or _TURN.search(after[:run.start()]):
        return None
    return run


def said_fixed(f: Formula, blocks: dict[int, list[str]]) -> tuple[Sym, ...]:
    """The names the prose around `f` says are held fixed: a run of formulas (`$p$, $i$ and $g$`) with a cue before it ("holding", "固定") or
    after it ("fixed", "held constant", "를 고정"), each formula one name. In `f`'s own
    sentence before it, or right after it."""
    texts = blocks.get(f.block, [])
    k = f.before.count("$")
    if f.display and k < len(texts) and texts[k] == f.text:  # `$$...$$` inside its paragraph
        before, after = filled(f.before, texts[:k]), filled(f.after, texts[k + 1:])
    else:
        before, _, after = prose(f, blocks).partition(" ¶ ")
    before = Regex(r"[.!?。！？]\s").split(before)[-1]
    after = Regex(r"[.!?。！？](?:\s|$)").split(after)[0]
    out: list[Sym] = []
    for run, cued in ((_last_run(before), lambda r: _BEFORE.search(before[:r.start()]) or
                       _AFTER.match(before[r.end():])),
                      (_first_run(after), lambda r: _AFTER.match(after[r.end():]))):
        if run is None or not cued(run):
            continue
        for text in Regex(r"\$([^$]+)\$").findall(run.group(0)):
            try:
                node = parse_expression(text)
            except (Unreadable, RecursionError):
                continue
            if isinstance(node, Sym) and node not in out:
                out.append(node)
    return tuple(out)


def keys(syms) -> frozenset[str]:
    """What a walker holds for these names: each name, and a member's family (`α_i`: all α)."""
    return frozenset(k for s in syms for k in ((s.name, family_key(s)) if s.index else (s.name,)))


def held_as_said(attempt: Attempt) -> tuple[str, str] | None:
    """"Holding $α_i$ fixed, $∂c/∂h_1 = α_1$" with α defined through h: a derivative the prose
    says is taken with some names held (holding.py); read with them as variables of their
    own, does it hold?"""
    derivs = [n for side in (attempt.left, attempt.right) for n in walk(side)
              if isinstance(n, Deriv)]
    own = {key for d in derivs for node in (d.num, d.operand, d.var) if isinstance(node, Sym)
           for key in (node.name, family_key(node))}  # (what is differentiated, or by)
    said = [s for s in said_fixed(attempt.f, attempt.state.blocks) if not keys((s,)) & own]
    names = keys(said) - attempt.held
    if not derivs or not names:
        return None
    again = reread(replace(attempt, held=attempt.held | names), attempt.ctx)
    if not again.agree:
        return None
    return "holds", f"{again.method}, with {', '.join(render(s) for s in said)} held fixed as " \
        "the text says"
