"""Print, from the built files, the line each key entry points at, plus per-file line counts and totals."""
import json, glob, os, nbformat
ROOT='/work/blind17'; W=N=0; nbs=0
for kp in sorted(glob.glob(ROOT+'/*/*.key.json')):
    base=kp[:-9]; key=json.load(open(kp))
    if os.path.exists(base+'.md'):
        p=base+'.md'; lines=open(p).read().split('\n'); get=lambda e: lines[e['line']-1]; n=len(open(p).read().splitlines())
    else:
        p=base+'.ipynb'; nb=nbformat.read(p,4); nbs+=1
        get=lambda e: nb.cells[e['cell']-1].source.split('\n')[e['line']-1]
        n=sum(len(c.source.splitlines()) for c in nb.cells)
        for e in key['wrong']+key['not_claims']: assert nb.cells[e['cell']-1].cell_type=='markdown'
    print(f"== {os.path.relpath(p,ROOT)}  lines={n}  wrong={len(key['wrong'])} nc={len(key['not_claims'])}")
    for e in key['wrong']: print('  W', e.get('cell',''), e['line'], '|', get(e)[:110])
    for e in key['not_claims']: print('  N', e.get('cell',''), e['line'], '|', get(e)[:110])
    W+=len(key['wrong']); N+=len(key['not_claims'])
print('TOTAL wrong', W, 'not_claims', N, 'notebooks', nbs)
