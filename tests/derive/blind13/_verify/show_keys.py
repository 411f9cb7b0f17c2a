"""Print the line of the built file for each keyed entry (sanity check of line numbers)."""
import os, sys, json, glob, nbformat
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pat = sys.argv[1] if len(sys.argv) > 1 else '*'
for kf in sorted(glob.glob(os.path.join(ROOT, '*', pat + '.key.json'))):
    base = kf[:-9]
    key = json.load(open(kf, encoding='utf-8'))
    if os.path.exists(base + '.md'):
        lines = open(base + '.md', encoding='utf-8').read().split('\n'); get = lambda e: lines[e['line'] - 1]
        nl = len(lines) - 1
    else:
        nb = nbformat.read(base + '.ipynb', 4); get = lambda e: nb.cells[e['cell'] - 1].source.split('\n')[e['line'] - 1]
        nl = sum(len(c.source.split('\n')) for c in nb.cells)
    print('==', os.path.relpath(base, ROOT), 'lines:', nl)
    for tag in ('wrong', 'not_claims'):
        for e in key[tag]:
            print(' ', tag[0].upper(), e.get('cell', ''), e['line'], '|', get(e)[:110])
