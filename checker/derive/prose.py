"""What the prose around the formulas establishes: labels that are one-hot ("label $\\mathbf{y}$
one-hot", "$\\mathbf{y}$는 원-핫 벡터", "标签 $y$ 采用 one-hot"). (Shapes declared in words:
declared.py.)

Only context is read here, never a claim: the cue words are vocabulary rows.
"""

from __future__ import annotations

from checker.derive import vocabulary
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
    """The label families the prose calls one-hot (their entries sum to 1)."""
    out = []
    for f in formulas:
        if f.display:
            continue
        near = f.before.split("$")[-1][-30:].lower() + " | " + f.after.split("$")[0][:30].lower()
        if any(cue in near for cue in vocabulary.CUES_ONE_HOT):
            sym = _name(f)
            if sym is not None and not sym.index and len(sym.base) == 1 and sym.base.isalpha():
                out.append(sym.stem)  # a label is a Latin letter: y, t, Y (not the ε beside it)
    return out
