"""What the prose around the formulas establishes: labels that are one-hot ("label $\\mathbf{y}$
one-hot", "$\\mathbf{y}$는 원-핫 벡터", "标签 $y$ 采用 one-hot"). (Shapes declared in words:
declared.py.)

Only context is read here, never a claim: the cue words are vocabulary rows.
"""

from __future__ import annotations

from checker.derive import phrase
from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.notation import parse_expression
from checker.derive.tree import Sym


def _name(f: Formula) -> Sym | None:
    try:
        node = parse_expression(f.text)
    except (Unreadable, RecursionError):
        return None
    return node if isinstance(node, Sym) else None


def one_hot(formulas: list[Formula]) -> list[str]:
    """The families the prose says sum to 1: labels it calls one-hot ("label $y$ one-hot"),
    and families it says sum to one ("since the $q_j$ sum to one", "$p_k$의 합은 1")."""
    out = []
    for f in formulas:
        if f.display:
            continue
        before = f.before.split("$")[-1][-30:].lower()
        after = f.after.split("$")[0][:30].lower()
        sym = _name(f)
        if sym is None or len(sym.base) != 1 or not sym.base.isalpha():
            continue
        if any(cue in before + " | " + after for cue in phrase.ONE_HOT):
            if not sym.index:
                out.append(sym.stem)  # a label is a Latin letter: y, t, Y (not the ε beside it)
        elif any(after.lstrip(" ,").startswith(cue) or f" {cue}" in after[:16]
                 for cue in phrase.SUM_ONE) and len(sym.index) <= 1:
            out.append(sym.stem)  # q_j, p (a distribution's entries): their sum is 1
    return out
