"""Labels as one-hot distributions: families (y_1, y_2, y_3) or matrices (Y, one label per row)
that a step may need to sum to 1, the values made so at the sample points, and the assumption
in words.
"""

from __future__ import annotations

import numpy as np

from checker.derive.context import Context

LABELS = {"y", "t", "d", "Y", "T"}  # names of labels: one-hot when a step needs it


def normalise(values: dict[str, np.ndarray], family: str, ctx: Context) -> None:
    """Make the members of a family (y_1, y_2, y_3), or each row of a matrix of labels (Y),
    a one-hot-like distribution: they sum to 1."""
    groups: dict[object, list[str]] = {}
    column = _column(ctx, family)
    for k in values:
        if ctx.family(k) == family:
            groups.setdefault(family, []).append(k)
        elif k in ctx.entries and ctx.entries[k][0] == family:  # a row; a column vector whole
            groups.setdefault(family if column else ctx.entries[k][1], []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        stack = np.abs(np.stack([values[k] for k in members]))
        stack = stack / stack.sum(axis=0)
        for k, row in zip(members, stack):
            values[k] = row


def _column(ctx: Context, name: str) -> bool:
    """A matrix whose entries are all in one column: a column vector (one label vector)."""
    cols = {c for matrix, _, c in ctx.entries.values() if matrix == name}
    return cols == {1}


def labels_phrase(ctx: Context, family: str) -> str:
    """What `normalise` assumed of a family, in words."""
    if _column(ctx, family):
        return f"the entries of {ctx.shown(family)} sum to 1"
    if any(matrix == family for matrix, _, _ in ctx.entries.values()):
        return f"each row of {ctx.shown(family)} sums to 1"
    return f"the {family}_c sum to 1"


def label_families(ctx: Context, names: set[str]) -> list[str]:
    """Families that may be one-hot labels in a step: y_1, y_2, ... (two members or more), and
    matrices whose entries it uses (Y, one label per row), named as labels (LABELS) or stated
    to sum to 1."""
    members = [f for f in map(ctx.family, names) if f is not None]
    matrices = {ctx.entries[n][0] for n in names if n in ctx.entries}
    return sorted(f for f in {f for f in members if members.count(f) >= 2} | matrices
                  if f in LABELS or f in ctx.normalised)
