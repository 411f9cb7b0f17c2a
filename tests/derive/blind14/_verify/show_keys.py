# Print every keyed line (wrong + not_claims) from the built files, plus size stats.
import json, glob, os, sys
import nbformat
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tw = tn = 0
for key in sorted(glob.glob(os.path.join(OUT, '*', '*.key.json'))):
    base = key[:-9]
    k = json.load(open(key, encoding='utf-8'))
    if os.path.exists(base + '.md'):
        lines = open(base + '.md', encoding='utf-8').read().split('\n')
        get = lambda e: lines[e['line'] - 1]
        n = len(lines) - 1; txt = '\n'.join(lines)
    else:
        nb = nbformat.read(base + '.ipynb', as_version=4)
        cells = [c.source.split('\n') for c in nb.cells]
        get = lambda e: (cells[e['cell'] - 1][e['line'] - 1] if nb.cells[e['cell']-1].cell_type == 'markdown' else 'CODE CELL!')
        n = sum(len(c) for c in cells); txt = '\n'.join(c.source for c in nb.cells)
    assert '⟦' not in txt, base
    print(f"== {os.path.relpath(base, OUT)}  lines={n}  wrong={len(k['wrong'])} nc={len(k['not_claims'])}")
    if not (15 <= n <= 60): print('   !! size out of range')
    for tag in ('wrong', 'not_claims'):
        for e in k[tag]:
            loc = f"c{e['cell']}:l{e['line']}" if 'cell' in e else f"l{e['line']}"
            if '-q' not in sys.argv or tag == 'wrong':
                print(f"  {tag[0].upper()} {loc}: {get(e)[:110]}")
    tw += len(k['wrong']); tn += len(k['not_claims'])
print('TOTAL wrong', tw, 'not_claims', tn)
