"""Small helpers for the verify scripts: exact/rounded agreement and symbolic equality."""
import sympy as sp


def same(a, b):
    d = sp.sympify(a) - sp.sympify(b)
    if sp.simplify(d) == 0 or sp.simplify(d.rewrite(sp.exp)) == 0:
        return
    free = sorted(d.free_symbols, key=str)  # fall back to many random points, all must vanish
    import random
    rnd = random.Random(1)
    for _ in range(30):
        val = complex(d.subs({s: rnd.uniform(0.1, 0.9) for s in free}).evalf())
        assert abs(val) < 1e-9, (a, b, val)


def near(value, written, digits):
    """`written` is right to `digits` decimals for the exact `value`."""
    assert abs(float(value) - float(written)) <= 0.5 * 10 ** (-digits) + 1e-12, (value, written)


def eq(a, b, tol=1e-12):
    assert abs(float(a) - float(b)) <= tol, (a, b)


def fails(a, b):
    """Numerically different at some point in (0.1, 0.9)."""
    import random
    d = sp.sympify(a) - sp.sympify(b)
    free = sorted(d.free_symbols, key=str)
    rnd = random.Random(2)
    vals = [abs(complex(d.subs({s: rnd.uniform(0.1, 0.9) for s in free}).evalf())) for _ in range(10)]
    assert max(vals) > 1e-6, (a, b)


def numgrad(f, M, h=1e-6):
    """Central finite differences of the scalar f at every entry of the array M."""
    import numpy as np
    out = np.zeros_like(M, dtype=float)
    for idx in np.ndindex(M.shape):
        E = np.zeros_like(M, dtype=float)
        E[idx] = h
        out[idx] = (f(M + E) - f(M - E)) / (2 * h)
    return out


def keyed_lines(name):
    """Texts of the keyed-wrong and not-claim lines of a built document (language from its prefix)."""
    import json
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / name[:2]
    doc = next(p for p in root.iterdir() if p.name.startswith(name) and not p.name.endswith(".json"))
    key = json.loads((root / (doc.stem + ".key.json")).read_text(encoding="utf-8"))
    if doc.suffix == ".ipynb":
        import nbformat
        nb = nbformat.reads(doc.read_text(encoding="utf-8"), as_version=4)
        get = lambda e: nb.cells[e["cell"] - 1].source.split("\n")[e["line"] - 1]
    else:
        lines = doc.read_text(encoding="utf-8").split("\n")
        get = lambda e: lines[e["line"] - 1]
    return [get(e) for e in key["wrong"]], [get(e) for e in key["not_claims"]]


def wrong_are(name, *snippets):
    """The keyed-wrong lines of `name` are exactly those containing the snippets, in order."""
    wrong, _ = keyed_lines(name)
    assert len(wrong) == len(snippets), (name, wrong)
    for text, snip in zip(wrong, snippets):
        assert snip in text, (name, text, snip)
