"""Scratch kit for checking the blind2 corpus by hand (not a test module, not the checker).

    eq(a, b)               SymPy: a - b is 0 (simplify, else random points)
    neq(a, b)              the opposite: the two differ (for keyed-wrong lines)
    near(text, exact)      a number written with d decimals lies within half a unit of exact
    far(text, exact)       the opposite (for keyed-wrong numbers)
    key(doc, style, topic, wrong={substring: why}, plain={substring: why})
                           writes doc's .key.json; every substring must match exactly one line
"""
from __future__ import annotations

import json
import random
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import sympy as sp

PROBLEMS: list[str] = []
HERE = Path(__file__).resolve().parent


def _zero(d, pos=()):
    d = sp.sympify(d)
    if sp.simplify(d) == 0:
        return True
    syms = sorted(d.free_symbols, key=str)
    for _ in range(20):
        vals = {s: (random.uniform(0.1, 0.9) if (s in pos or s.is_positive) else random.uniform(-2, 2))
                for s in syms}
        v = complex(sp.N(d.subs(vals)))
        if abs(v) > 1e-9:
            return False
    return True


def eq(a, b, label="", pos=()):
    if not _zero(sp.sympify(a) - sp.sympify(b), pos):
        PROBLEMS.append(f"eq {label}: {a}  !=  {b}")


def neq(a, b, label="", pos=()):
    if _zero(sp.sympify(a) - sp.sympify(b), pos):
        PROBLEMS.append(f"neq {label}: {a} == {b} but keyed wrong")


def _ok(text, exact, digits):
    c = Decimal(text)
    d = -c.as_tuple().exponent if digits is None else digits
    return abs(float(c) - float(exact)) <= 0.5 * 10 ** (-d) + 1e-12


def near(text, exact, label="", digits=None):
    if not _ok(text, exact, digits):
        PROBLEMS.append(f"near {label}: wrote {text}, exact {float(exact)!r}")


def far(text, exact, label="", digits=None):
    if _ok(text, exact, digits):
        PROBLEMS.append(f"far {label}: wrote {text} and it is right ({float(exact)!r}) but keyed wrong")


def same(a, b, label="", tol=1e-9):
    if not np.allclose(np.asarray(a, float), np.asarray(b, float), atol=tol, rtol=tol):
        PROBLEMS.append(f"same {label}: {a} vs {b}")


def fd(f, X, h=1e-6):
    X = np.array(X, float)
    G = np.zeros_like(X)
    for i in np.ndindex(X.shape):
        E = np.zeros_like(X)
        E[i] = h
        G[i] = (f(X + E) - f(X - E)) / (2 * h)
    return G


def jac(f, X, h=1e-6):
    """Jacobian of a vector function by central differences: rows are outputs."""
    X = np.array(X, float)
    cols = []
    for i in np.ndindex(X.shape):
        E = np.zeros_like(X)
        E[i] = h
        cols.append((np.asarray(f(X + E)) - np.asarray(f(X - E))) / (2 * h))
    return np.array(cols).T


def _lines(doc: Path):
    text = doc.read_text(encoding="utf-8")
    if doc.suffix != ".ipynb":
        return [(None, n, l) for n, l in enumerate(text.splitlines(), 1)]
    out = []
    for c, cell in enumerate(json.loads(text)["cells"], 1):
        if cell["cell_type"] == "markdown":
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            out += [(c, n, l) for n, l in enumerate(src.splitlines(), 1)]
    return out


def key(doc, style, topic, wrong=None, plain=None):
    doc = (HERE / doc).resolve()
    places = _lines(doc)

    def rows(spec):
        out = []
        for sub, why in (spec or {}).items():
            hits = [(c, n) for c, n, l in places if sub in l]
            if len(hits) != 1:
                sys.exit(f"{doc.name}: {sub!r} matches {hits}")
            c, n = hits[0]
            out.append({"line": n, "why": why} if c is None else {"cell": c, "line": n, "why": why})
        where = [(e.get("cell"), e["line"]) for e in out]
        if len(set(where)) != len(where):
            sys.exit(f"{doc.name}: two entries on one line: {sorted(where, key=str)}")
        return sorted(out, key=lambda e: (e.get("cell", 0), e["line"]))

    k = {"style": style, "topic": topic, "wrong": rows(wrong)}
    if plain:
        k["not_claims"] = rows(plain)
        both = {(e.get("cell"), e["line"]) for e in k["wrong"]} & {(e.get("cell"), e["line"]) for e in k["not_claims"]}
        if both:
            sys.exit(f"{doc.name}: lines keyed both wrong and not_claims: {both}")
    doc.with_name(doc.stem + ".key.json").write_text(
        json.dumps(k, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def done(name):
    if PROBLEMS:
        print(f"{name}: {len(PROBLEMS)} PROBLEMS")
        for p in PROBLEMS:
            print("   ", p)
        sys.exit(1)
    print(f"{name}: ok")
