"""The checks a blind corpus's _verify/check.py makes of its documents' claims, recomputed with
NumPy/SymPy/SciPy, and the coverage report at its end (blind19 onwards; a corpus's check.py holds
only its checks: `from claims import *`, `corpus(__file__)`, the checks, `report()`).

Every check names the line it is about by a needle: a piece of text that must occur on exactly
one line of the document (in a notebook: of one Markdown cell). So the checks do not depend on
line numbers, and a check whose needle drifts fails loudly.

C(f, needle, computed, s)  a claim that must hold: the printed number s (default: the needle) must
        be part of the needle's line and match the recomputed value within 0.6 units of its last printed
        digit (or an explicit tol); the line must be keyed neither wrong nor as a non-claim.
W(f, needle, computed, s)  a keyed wrong claim: the line must be keyed wrong, and the recomputed
        value must differ from the printed one by more than 3 tolerances.
S(f, needle, expr, holds)  a symbolic identity claimed on that line (SymPy): expr simplifies to
        0 iff the claim holds; holds=False marks a keyed wrong line.
At the end: every keyed wrong line is covered by a W/S(holds=False) check, no wrong check sits on
an unkeyed line, every key entry points at a line holding a relation, every document is checked.
"""
import json
import math
import sys
from math import comb, cos, e, exp, factorial, floor, log, log2, pi, radians, sin, sqrt, tan, tanh
from pathlib import Path

import numpy as np
import sympy as sp
from scipy import stats

__all__ = ["C", "S", "W", "X", "comb", "corpus", "cos", "e", "exp", "factorial", "floor", "log",
           "log2", "math", "np", "pi", "radians", "report", "s_", "sin", "sp", "sqrt", "stats",
           "t", "tan", "tanh", "x", "y"]

ROOT = Path.cwd()  # the corpus folder (its en/ ko/ zh/): corpus() sets it
_lines, _keys = {}, {}
n_ok = n_wrong = n_sym = 0
fails, covered, checked = [], set(), set()
x, y, t, s_ = sp.symbols("x y t s", positive=True)  # the symbols every corpus's checks use
X = sp.symbols("X", real=True)

def corpus(script):
    """The checks that follow are of the documents of the corpus whose _verify/check.py is
    `script` (its `__file__`)."""
    global ROOT
    ROOT = Path(script).resolve().parents[1]

def lines(f):
    if f not in _lines:
        p = ROOT / f
        if p.suffix == ".md":
            _lines[f] = {None: p.read_text(encoding="utf-8").splitlines()}
        else:
            cells = json.loads(p.read_text(encoding="utf-8"))["cells"]
            _lines[f] = {i: "".join(c["source"]).splitlines() for i, c in enumerate(cells, 1)
                         if c["cell_type"] == "markdown"}
        _keys[f] = json.loads(p.with_name(p.stem + ".key.json").read_text(encoding="utf-8"))
    return _lines[f]

def where(f, needle):
    hits = [(c, i) for c, ls in lines(f).items() for i, l in enumerate(ls, 1) if needle in l]
    if len(hits) != 1:
        fails.append(f"{f}: needle {needle!r} found on {len(hits)} lines {hits[:4]}")
        return None
    checked.add((f, hits[0]))
    return hits[0]

def keyed_wrong(f, loc):
    return any(e_.get("cell") == loc[0] and e_["line"] == loc[1] for e_ in _keys[f]["wrong"])

def _val(s):
    return float(s.replace("{,}", "").replace(",", "").replace("−", "-"))

def _tol(s):
    s = s.replace("{,}", "").replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return 0.6 * 10 ** (-d) + 1e-12

def _printed(f, needle, s, tol, val):
    """The needle's line, the number printed there (default: the needle), its value and the
    tolerance it is read to; None when the needle is not on exactly one line."""
    loc = where(f, needle)
    if loc is None:
        return None
    s = needle if s is None else s
    return loc, s, _val(s) if val is None else val, _tol(s) if tol is None else tol

def C(f, needle, computed, s=None, tol=None, val=None):
    global n_ok
    if (found := _printed(f, needle, s, tol, val)) is None:
        return
    loc, s, v, tol = found
    if s not in needle and s not in lines(f)[loc[0]][loc[1] - 1]:
        fails.append(f"{f}: {s!r} is not on the line of needle {needle!r}")
    if keyed_wrong(f, loc):
        fails.append(f"{f}:{loc}: C check on a line keyed wrong ({needle!r})")
    if any(e_.get("cell") == loc[0] and e_["line"] == loc[1] for e_ in _keys[f]["not_claims"]):
        fails.append(f"{f}:{loc}: C check on a line keyed as a non-claim ({needle!r})")
    if abs(computed - v) > tol:
        fails.append(f"{f}:{loc}: claim {s} but recomputed {computed!r} (tol {tol})")
    n_ok += 1

def W(f, needle, computed, s=None, tol=None, val=None):
    global n_wrong
    if (found := _printed(f, needle, s, tol, val)) is None:
        return
    loc, s, v, tol = found
    if not keyed_wrong(f, loc):
        fails.append(f"{f}:{loc}: W check on a line not keyed wrong ({needle!r})")
    if abs(computed - v) <= 3 * tol:
        fails.append(f"{f}:{loc}: keyed wrong {s} but recomputed {computed!r} agrees")
    covered.add((f, loc))
    n_wrong += 1

def S(f, needle, expr, holds=True):
    global n_sym, n_wrong
    loc = where(f, needle)
    if loc is None:
        return
    z = sp.simplify(expr) == 0
    if z != holds:
        fails.append(f"{f}:{loc}: symbolic claim expected holds={holds}, got {z} ({needle!r})")
    if holds:
        if keyed_wrong(f, loc):
            fails.append(f"{f}:{loc}: holding symbolic check on a line keyed wrong")
        n_sym += 1
    else:
        if not keyed_wrong(f, loc):
            fails.append(f"{f}:{loc}: symbolic wrong claim on an unkeyed line")
        covered.add((f, loc))
        n_wrong += 1

# ---------------------------------------------------------------- coverage
def all_docs():
    return sorted(p for p in ROOT.rglob("*") if p.suffix in (".md", ".ipynb") and "_verify" not in p.parts)

def report():
    """The coverage checks, the counts, PASS or the failures (exit 1); with --unchecked, the
    relation lines neither checked nor keyed (an eye-check aid)."""
    keyed_total = notc_total = 0
    for p in all_docs():
        rel = p.relative_to(ROOT).as_posix(); L = lines(rel)
        for e_ in _keys[rel]["wrong"]:
            keyed_total += 1
            if (rel, (e_.get("cell"), e_["line"])) not in covered:
                fails.append(f"{rel}: keyed wrong line {e_} has no W check")
        notc_total += len(_keys[rel]["not_claims"])
        for e_ in _keys[rel]["wrong"] + _keys[rel]["not_claims"]:
            Lc = L.get(e_.get("cell"), [])
            if not (1 <= e_["line"] <= len(Lc)) or not any(r_ in Lc[e_["line"] - 1] for r_ in ("=", "\\approx", "\\le", "\\leftarrow")):
                fails.append(f"{rel}: key entry {e_} does not point at a line with a relation")
    files_checked = set(_lines)
    for p in all_docs():
        if p.relative_to(ROOT).as_posix() not in files_checked:
            fails.append(f"{p}: no checks")
    print(f"documents: {len(all_docs())}  holding claims checked: {n_ok} numeric + {n_sym} symbolic")
    print(f"wrong-claim checks: {n_wrong} covering {len(covered)} keyed wrong lines (keys list {keyed_total}); not_claims: {notc_total}")
    if fails:
        print("FAILED:"); print("\n".join(fails)); sys.exit(1)
    print("PASS")
    if "--unchecked" in sys.argv:
        for p in all_docs():
            rel = p.relative_to(ROOT).as_posix()
            keyed = {(e_.get("cell"), e_["line"]) for e_ in _keys[rel]["wrong"] + _keys[rel]["not_claims"]}
            for c_, ls in lines(rel).items():
                for i, l in enumerate(ls, 1):
                    if ("=" in l or "\\approx" in l) and (rel, (c_, i)) not in checked and (c_, i) not in keyed:
                        print(f"  {rel} {c_ or ''}:{i}: {l.strip()[:150]}")
