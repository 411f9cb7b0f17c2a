"""The checks of blind18's _verify/check.py, which name a claim's line by its number (`9`, or
`(cell, line)` in a notebook) where later corpora name it by a needle (claims.py); the state,
the tolerances and the coverage report are claims.py's.

C(f, loc, computed, s)  a claim that must hold: s must be on that line and match the recomputed
        value within 0.6 units of its last printed digit (or an explicit tolerance).
W(f, loc, computed, s)  a keyed wrong claim: s must be on that line, the line keyed as wrong, and
        the recomputed value must differ from the printed one by more than 3 tolerances.
S(f, loc, expr, holds, needle)  a symbolic identity claimed on that line (SymPy): expr simplifies
        to 0 iff the claim holds; holds=False marks a keyed wrong line.
"""
import math
from math import comb, e, exp, log, pi, sqrt

import claims
import numpy as np
import sympy as sp
from claims import _tol, _val, checked, corpus, covered, fails, lines, report

__all__ = ["C", "S", "W", "comb", "corpus", "e", "exp", "log", "math", "np", "pi", "report",
           "sp", "sqrt", "text_at"]

def _at(loc):
    return loc if isinstance(loc, tuple) else (None, loc)

def text_at(f, loc):
    cell, line = _at(loc)
    return lines(f)[cell][line - 1]

def keyed_wrong(f, loc):
    lines(f)
    return claims.keyed_wrong(f, _at(loc))

def _printed(f, loc, s, tol, val):
    """The line's text, the value of the number s printed there and its tolerance."""
    checked.add((f, _at(loc)))
    return text_at(f, loc), _val(s) if val is None else val, _tol(s) if tol is None else tol

def C(f, loc, computed, s, tol=None, val=None):
    t, v, tol = _printed(f, loc, s, tol, val)
    if s not in t:
        fails.append(f"{f}:{loc}: text {s!r} not on line: {t}")
    elif abs(computed - v) > tol:
        fails.append(f"{f}:{loc}: claim {s} but recomputed {computed!r} (tol {tol})")
    claims.n_ok += 1

def W(f, loc, computed, s, tol=None, val=None):
    t, v, tol = _printed(f, loc, s, tol, val)
    if s not in t:
        fails.append(f"{f}:{loc}: text {s!r} not on wrong line: {t}")
    if not keyed_wrong(f, loc):
        fails.append(f"{f}:{loc}: W check on a line not keyed wrong")
    if abs(computed - v) <= 3 * tol:
        fails.append(f"{f}:{loc}: keyed wrong {s} but recomputed {computed!r} agrees")
    covered.add((f, _at(loc)))
    claims.n_wrong += 1

def S(f, loc, expr, holds=True, needle=None):
    """expr: a SymPy expression that simplifies to 0 iff the claim holds."""
    checked.add((f, _at(loc)))
    if needle and needle not in text_at(f, loc):
        fails.append(f"{f}:{loc}: text {needle!r} not on line")
    z = sp.simplify(expr) == 0
    if z != holds:
        fails.append(f"{f}:{loc}: symbolic claim expected holds={holds}, got {z}")
    if not holds:
        if not keyed_wrong(f, loc):
            fails.append(f"{f}:{loc}: symbolic wrong claim on an unkeyed line")
        covered.add((f, _at(loc)))
        claims.n_wrong += 1
    else:
        claims.n_sym += 1
