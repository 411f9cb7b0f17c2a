"""Diagnoses of a sign flipped in a failed step: an exponent's (e^{x} for e^{-x}), one term's
in the text's names (`1 + a should be 1 - a`), one term's of the expanded right side.

Each signature is a pure function of the evidence (evidence.py), Evidence → message | None,
tried in the order of diagnosis.SIGNATURES.
"""

from __future__ import annotations

import sympy as sp

from checker.derive.evidence import Evidence
from checker.derive.ratio import close
from checker.derive.traversal import count_nodes, unique_nodes


def exponent_sign(e: Evidence) -> str | None:
    if e.matrix:
        return None
    nodes = [n for n in unique_nodes(e.right) if isinstance(n, sp.exp)]
    # e^{x} → e^{-x} is the likelier slip than the reverse: try positive exponents first
    nodes.sort(key=lambda n: sp.sstr(n.args[0]).startswith("-"))
    for node in nodes[:12]:
        flipped = e.right.xreplace({node: sp.exp(-node.args[0])})
        if close(e.at(flipped), e.lv):
            return (f"an exponent's sign is flipped: {e.write(node)} should be "
                    f"{e.write(sp.exp(-node.args[0]))}")
    return None


def named_term_sign(e: Evidence) -> str | None:
    """One term's sign flipped, found in the text's names: in a(1 + a), 1 + a should be 1 - a."""
    if e.named is None or e.matrix:
        return None
    shown, meaning = e.named
    sums = [n for n in unique_nodes(shown) if isinstance(n, sp.Add)]
    for node in sums[:12]:
        for t in sp.Add.make_args(node):
            fixed = node - 2 * t
            flipped = shown.xreplace({node: fixed})
            for _ in range(4):  # a name's value may use other names (a = σ(z), z = wx + b)
                flipped = flipped.xreplace(meaning)
            if close(e.at(flipped), e.lv):
                return _flipped(e, node, fixed, t)
    return None


def _flipped(e: Evidence, node, fixed, term) -> str:
    """`1 + a should be 1 - a`, written as the step has it (not simplified); the term alone
    when the sum is long."""
    whole, repaired = e.write(node), e.write(fixed)
    if len(whole) > 40 or node.has(sp.Piecewise):
        whole, repaired = e.write(term), e.write(-term)
    return f"one term's sign is flipped: {whole} should be {repaired}"


def _terms(expr) -> list[sp.Expr]:
    return list(sp.Add.make_args(sp.expand(expr))) if count_nodes(expr, 80) < 80 else []


def term_sign(e: Evidence) -> str | None:
    if e.matrix:
        return None
    terms = _terms(e.right)
    if len(terms) < 2:
        return None
    for t in terms:
        if close(e.at(e.right - 2 * t), e.lv):
            if isinstance(e.right, sp.Add) and len(e.right.args) == len(terms):
                return _flipped(e, e.right, e.right - 2 * t, t)  # 1 + tanh² → 1 - tanh²
            return f"one term's sign is flipped: {e.write(t)} should be {e.write(-t)}"
    return None
