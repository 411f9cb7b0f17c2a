"""Guesses a failing step's values show: where the sides agree and where they do not.

A step read exactly can still be decided only up to what the text leaves unsaid: a function it
never defines applied at different arguments, a sign it assumes, a piece of a max it means. Each
rule is one function of the two sides' values and their comparison (`equivalence.Comparison`)
to the guesses it finds; adding one is a row in VALUE_RULES.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import sympy as sp

from checker.derive import vocabulary
from checker.derive.guess import Guess
from checker.derive.unknown import Applied

# --- guesses seen in the values: the sides as read, and how they compared -------------------

def _applications(value) -> dict[str, set]:
    """Each function the text never defines (an unknown function: `L(w)`, `Var(x)`, `Φ(x)`),
    with the arguments it is applied at on this side, its derivatives' included."""
    out: dict[str, set] = {}
    if not isinstance(value, sp.Basic):
        return out
    for call in value.atoms(Applied):
        out.setdefault(call.signature.name, set()).add(call.args)
    return out


def _unknown_applied_apart(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """`Var(ab) = Σ_i Var(a_i b_i)`, `Φ(-x) = 1 - Φ(x)`, `GELU'(x) = Φ(x) + xφ(x)`: the sides
    apply a function the text never defines at different arguments, or one side uses a
    function the other does not. Whether they agree depends on what the function is (its
    linearity, a symmetry, φ = Φ'), which the text does not say: no counterexample is certain.
    Applications at the same arguments on both sides (`d/dx e^{g(x)} = g(x) e^{g(x)}`) decide."""
    left, right = _applications(lv), _applications(rv)
    apart = sorted(n for n in set(left) | set(right) if left.get(n) != right.get(n))
    if getattr(cmp, "method", "").startswith("expectation algebra"):  # E, Var: their rules
        apart = [n for n in apart if not vocabulary.statistic(n)]  # decided (expectation.py)
    if not apart:
        return []
    names = ", ".join(shown(n) for n in apart)
    return [Guess(f"{names} not defined in the text, and applied at different arguments on the "
                  "two sides (whether they agree depends on what it is)",
                  f"define {shown(apart[0])} (`<!-- grader: define ... -->`) or state the property "
                  "the step uses")]


def _agreement(cmp) -> tuple[np.ndarray, np.ndarray] | None:
    """(where the sides agree, where they have opposite signs) at the sample points."""
    if cmp is None or cmp.samples is None:
        return None
    left, right, _ = cmp.samples
    left, right = np.asarray(left, dtype=float), np.asarray(right, dtype=float)
    if left.shape != right.shape or left.ndim != 1 or not len(left):
        return None
    scale = np.maximum(np.maximum(np.abs(left), np.abs(right)), 1.0)
    return np.abs(left - right) <= 1e-7 * scale, np.abs(left + right) <= 1e-7 * scale


def _sign_of(cmp, same: np.ndarray) -> tuple[str, str] | None:
    """The name whose sign tells the points where the sides agree from the others, and that
    sign (`>` or `<`)."""
    for name, values in sorted(cmp.samples[2].items()):
        values = np.asarray(values, dtype=float)
        if values.shape != same.shape:
            continue
        if np.all((values > 0) == same):
            return name, ">"
        if np.all((values < 0) == same):
            return name, "<"
    return None


def _on_some_region(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """`ηg/√(tg²) = η/√t`, `√(w²) = w`: the sides agree at some points and have opposite signs
    at all the others (a square root of a square, an absolute value, a sign left out). Such a
    step holds where a name has one sign, which writers often assume without saying so. A step
    whose own cases name the regions (`{1 if r > 0; -1 if r < 0}`), or a piecewise function
    that differs otherwise (`max(0, z)` for `z`), still fails."""
    found = _agreement(cmp)
    if found is None:
        return []
    same, flipped = found
    if not (0 < same.sum() < len(same) and np.all(same | flipped)):
        return []
    if any(isinstance(v, sp.Basic) and v.has(sp.Piecewise) for v in (lv, rv)):
        return []
    sign = _sign_of(cmp, same)
    where = f"{shown(sign[0])} {sign[1]} 0" if sign else "a name has one sign"
    assume = f"{shown(sign[0])} {sign[1]} 0" if sign else "g > 0"
    return [Guess(f"the sides agree at {int(same.sum())} of {len(same)} points and have opposite "
                  f"signs at the others: the step holds where {where} only",
                  f"if the text assumes it, state it before the step (`<!-- grader: assume "
                  f"{assume} -->`)")]


def _inactive_piece(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """A hinge's gradient written for its active side (`∂/∂a max(0, d⁺ - d⁻ + m) = 2(a - p) -
    2(a - n)`), `ReLU'(z) = 1`: the sides agree at some points, and at all the others one side is
    0 where a max, a step or cases switch a piece off. The step holds where that piece is on,
    which such derivations often leave unsaid."""
    found = _agreement(cmp)
    if found is None or not any(isinstance(v, sp.Basic) and v.has(sp.Max, sp.Heaviside, sp.Piecewise)
                                for v in (lv, rv)):
        return []
    same, _ = found
    left, right = (np.asarray(v, dtype=float) for v in cmp.samples[:2])
    off = (np.abs(left) <= 1e-12) | (np.abs(right) <= 1e-12)
    if not (0 < same.sum() < len(same) and np.all(same | off)):
        return []
    return [Guess(f"the sides agree at {int(same.sum())} of {len(same)} points, and at the others "
                  "one side is 0 where a max or a step switches a piece off: the step holds "
                  "where that piece is on",
                  "state the condition beside the step (`\\quad \\text{if } z > 0`, with the "
                  "max's argument for z)")]


def on_binary_values(lv, rv, binary: set[str]) -> list[Guess]:
    """`r_i^2 = r_i` for a mask `r_i \\sim \\mathrm{Bernoulli}(q)`: the sides agree wherever the
    names the text says are 0 or 1 take those values (the step holds: sampled elsewhere, the
    sides differ, which proves nothing)."""
    if not binary or not all(isinstance(v, sp.Expr) for v in (lv, rv)):
        return []
    names = sorted((x for x in (lv - rv).free_symbols if str(x).split("_")[0] in binary), key=str)
    if not names or len(names) > 3:
        return []
    for values in itertools.product((0, 1), repeat=len(names)):
        if sp.simplify((lv - rv).subs(dict(zip(names, values)))) != 0:
            return []
    shown = ", ".join(sorted({str(x).split("_")[0] for x in names}))
    return [Guess(f"holds for {shown} in {{0, 1}}, the values the text gives it", "")]


ValueRule = Callable[..., list[Guess]]
VALUE_RULES: tuple[ValueRule, ...] = (_unknown_applied_apart, _on_some_region, _inactive_piece)


def value_guesses(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """The guesses a failing step's values show (`shown` renders a SymPy name in the text's
    notation)."""
    return [g for rule in VALUE_RULES for g in rule(lv, rv, cmp, shown)]
