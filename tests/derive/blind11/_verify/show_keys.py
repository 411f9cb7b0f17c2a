import json, glob, os, nbformat
tw=tn=0
for kf in sorted(glob.glob('/work/blind11/*/*.key.json')):
    base=kf[:-9]; k=json.load(open(kf))
    if os.path.exists(base+'.md'):
        lines=open(base+'.md').read().split('\n'); get=lambda e: lines[e['line']-1]
    else:
        nbo=nbformat.read(base+'.ipynb',4)
        get=lambda e: nbo.cells[e['cell']-1].source.split('\n')[e['line']-1] if nbo.cells[e['cell']-1].cell_type=='markdown' else 'CODE?!'
    print('==',os.path.relpath(base,'/work/blind11'))
    for e in k['wrong']: print('  W',e.get('cell',''),e['line'],'|',get(e)[:110])
    for e in k['not_claims']: print('  N',e.get('cell',''),e['line'],'|',get(e)[:70])
    tw+=len(k['wrong']); tn+=len(k['not_claims'])
print('total wrong',tw,'not_claims',tn)
