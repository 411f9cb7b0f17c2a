"""Scratch helpers for verifying the blind corpus's keys by hand (not a test module).

    same(a, b)          SymPy: a - b simplifies to 0 (or agrees at random points)
    num(claimed, exact) a number shown with d decimals is within half a unit of the exact value
    mk(doc, style, topic, wrong={substr: why}, not_claims={substr: why}, cell_of=None)
                        writes doc's key, finding each line by a substring that must be unique
"""
from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import numpy as np
import sympy as sp

FAILS: list[str] = []


def same(a, b, label="", subs_pos=(), expect=True):
    d = sp.simplify(sp.expand(a - b))
    ok = d == 0
    if not ok:  # numeric fallback at random points
        syms = sorted(d.free_symbols | sp.sympify(a).free_symbols | sp.sympify(b).free_symbols, key=str)
        ok = True
        for _ in range(12):
            vals = {s: (random.uniform(0.1, 0.9) if s in subs_pos else random.uniform(-2, 2))
                    for s in syms}
            v = complex(d.evalf(subs=vals))
            if abs(v) > 1e-9 * (1 + abs(complex(a.evalf(subs=vals)))):
                ok = False
                break
    if ok != expect:
        FAILS.append(f"same {label}: expected {'equal' if expect else 'different'}: {a} vs {b}")
    return ok


def num(claimed: str, exact, label="", expect=True, approx_digits=None):
    """claimed as written ('0.7311'); exact a number. Tolerance: half a unit of the last digit."""
    c = Decimal(claimed)
    digits = -c.as_tuple().exponent if approx_digits is None else approx_digits
    tol = 0.5 * 10 ** (-digits) + 1e-12
    ok = abs(float(c) - float(exact)) <= tol
    if ok != expect:
        FAILS.append(f"num {label}: claimed {claimed}, exact {float(exact)!r} "
                     f"(tol {tol}) expected {'ok' if expect else 'wrong'}")
    return ok


def close(a, b, label="", expect=True, tol=1e-9):
    ok = np.allclose(np.asarray(a, float), np.asarray(b, float), atol=tol, rtol=tol)
    if ok != expect:
        FAILS.append(f"close {label}: {a} vs {b}, expected {'equal' if expect else 'different'}")
    return ok


def fd_grad(f, X, h=1e-6):
    X = np.array(X, float)
    G = np.zeros_like(X)
    for idx in np.ndindex(X.shape):
        E = np.zeros_like(X)
        E[idx] = h
        G[idx] = (f(X + E) - f(X - E)) / (2 * h)
    return G


def _places(doc: Path):
    if doc.suffix != ".ipynb":
        return [(None, i, l) for i, l in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1)]
    out = []
    for c, cell in enumerate(json.loads(doc.read_text(encoding="utf-8"))["cells"], 1):
        if cell["cell_type"] == "markdown":
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            out.extend((c, i, l) for i, l in enumerate(src.splitlines(), 1))
    return out


def _find(doc, sub):
    hits = [(c, i) for c, i, l in _places(doc) if sub in l]
    if len(hits) != 1:
        raise SystemExit(f"{doc.name}: {sub!r} found {len(hits)} times: {hits}")
    return hits[0]


def mk(doc, style, topic, wrong=None, not_claims=None):
    doc = Path(doc)
    def entries(spec):
        out = []
        for sub, why in (spec or {}).items():
            c, i = _find(doc, sub)
            e = {"line": i, "why": why} if c is None else {"cell": c, "line": i, "why": why}
            out.append(e)
        return sorted(out, key=lambda e: (e.get("cell", 0), e["line"]))
    key = {"style": style, "topic": topic, "wrong": entries(wrong),
           "not_claims": entries(not_claims)}
    if not key["not_claims"]:
        del key["not_claims"]
    doc.with_name(doc.stem + ".key.json").write_text(
        json.dumps(key, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def report(name):
    if FAILS:
        print(f"{name}: {len(FAILS)} PROBLEMS")
        for f in FAILS:
            print("  ", f)
        raise SystemExit(1)
    print(f"{name}: all checks as expected")
