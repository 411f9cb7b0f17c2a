"""Tiny helpers shared by the verify scripts."""
import os, json, nbformat
from decimal import Decimal
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAIL = []
def rounds_to(claimed, true):
    """True if `true` rounds to the displayed string `claimed` (half a unit of its last digit)."""
    d = Decimal(str(claimed)); exp = d.as_tuple().exponent
    half = Decimal(5) * Decimal(10) ** (exp - 1)
    return abs(Decimal(repr(float(true))) - d) <= half + Decimal('1e-12')
def ok(cond, label):
    if not cond: FAIL.append(label); print('FAIL', label)
def R(claimed, true, label):      # a correct rounded claim
    ok(rounds_to(claimed, true), f'{label}: {claimed} vs {true}')
def W(claimed, true, label):      # a keyed wrong claim must NOT hold
    ok(not rounds_to(claimed, true), f'WRONG-should-fail {label}: {claimed} vs {true}')
def E(a, b, label, tol=1e-9):     # exact equality
    ok(abs(a - b) <= tol, f'{label}: {a} vs {b}')
def line(path, entry):
    p = os.path.join(ROOT, path)
    if p.endswith('.md'):
        return open(p, encoding='utf-8').read().split('\n')[entry['line'] - 1]
    nb = nbformat.read(p, 4)
    return nb.cells[entry['cell'] - 1].source.split('\n')[entry['line'] - 1]
def keyed(path, snippets):
    """Each wrong entry of the key must sit on a line containing the matching snippet."""
    base = os.path.join(ROOT, os.path.splitext(path)[0])
    key = json.load(open(base + '.key.json', encoding='utf-8'))
    ok(len(key['wrong']) == len(snippets), f'{path}: {len(key["wrong"])} wrong entries, expected {len(snippets)}')
    for e, s in zip(key['wrong'], snippets):
        ok(s in line(path, e), f'{path}: wrong entry {e} does not contain {s!r}')
def done(name):
    print(name, 'FAILURES:', len(FAIL)) ; return len(FAIL)
