"""Print the text of every keyed line (wrong + not_claims) so line numbers can be eyeballed."""
import json, glob, sys
for kp in sorted(glob.glob('/work/blind16/*/*.key.json')):
    base = kp[:-len('.key.json')]
    k = json.load(open(kp))
    try:
        lines = open(base + '.md', encoding='utf-8').read().split('\n'); nb = None
    except FileNotFoundError:
        nb = json.load(open(base + '.ipynb'))
    n_total = len(lines) if nb is None else sum(len(''.join(c['source']).split('\n')) for c in nb['cells'])
    print(f'== {kp[14:]}  lines={n_total}')
    for tag in ('wrong', 'not_claims'):
        for e in k[tag]:
            if nb is None:
                t = lines[e['line'] - 1]
            else:
                c = nb['cells'][e['cell'] - 1]; assert c['cell_type'] == 'markdown'
                t = ''.join(c['source']).split('\n')[e['line'] - 1]
            print(f"  {tag[0].upper()} {e.get('cell','')}:{e['line']}: {t[:110]}")
