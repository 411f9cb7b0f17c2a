"""A name written as the exponent of a power of a complex number (`(\\cos\\theta +
i\\sin\\theta)^n = \\cos n\\theta + i\\sin n\\theta`, `(1 + i)^n`, `\\omega^k`): such a power is
many-valued at any exponent but an integer (its principal value is one branch), so the exponent
counts, as de Moivre's formula and the roots of unity take it. A step that differs at real
values of it is compared again with it at integers (`at_integers`): agreeing at every integer
tried, it holds there; a step wrong at integers too (`\\cos n\\theta - i\\sin n\\theta`) still
fails."""

from __future__ import annotations

import numpy as np
import sympy as sp

INTEGERS = np.array([-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 7.0])


def counted(left, right) -> set[sp.Symbol]:
    """The names written in the exponent of a power whose base is complex (it holds I) or a
    negative number, on either side."""
    out: set[sp.Symbol] = set()
    for side in (left, right):
        for power in getattr(side, "atoms", lambda *_: ())(sp.Pow):
            base, exp = power.as_base_exp()
            if exp.free_symbols and (base.has(sp.I) or base.is_negative):
                out |= exp.free_symbols
    return out


def at_integers(left, right, symbols, values: dict, evaluate, agree) -> int:
    """How many points agree when the `counted` names take integer values (the other names
    keep theirs); 0 when none is counted or some point disagrees or cannot be evaluated."""
    names = {str(s) for s in counted(left, right)} & {str(s) for s in symbols}
    if not names:
        return 0
    size = len(next(iter(values.values())))
    again = {n: (np.resize(INTEGERS, size) if n in names else v) for n, v in values.items()}
    lv, rv = evaluate(left, symbols, again), evaluate(right, symbols, again)
    ok = np.isfinite(lv) & np.isfinite(rv)
    if ok.sum() < 4 or not agree(lv[ok], rv[ok]).all():
        return 0
    return int(ok.sum())
