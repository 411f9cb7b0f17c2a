# structural checks: every keyed line exists, holds math or a definition, W and N disjoint, notebook cells are markdown
import json, glob, os, nbformat
probs=[]; cnt={}
for kf in sorted(glob.glob('/work/blind11/*/*.key.json')):
    base=kf[:-9]; k=json.load(open(kf)); lang=base.split('/')[-2]
    assert set(k)=={'style','topic','wrong','not_claims'}
    if os.path.exists(base+'.md'):
        lines=open(base+'.md').read().split('\n'); get=lambda e: lines[e['line']-1]; kind='md'
        n=len([l for l in lines if l.strip()])
    else:
        nbo=nbformat.read(base+'.ipynb',4); nbformat.validate(nbo); kind='nb'
        for e in k['wrong']+k['not_claims']:
            if nbo.cells[e['cell']-1].cell_type!='markdown': probs.append((kf,'code cell',e))
        get=lambda e: nbo.cells[e['cell']-1].source.split('\n')[e['line']-1]
        n=sum(len(c.source.split('\n')) for c in nbo.cells)
    cnt.setdefault(lang,[0,0]); cnt[lang][0]+=1; cnt[lang][1]+= kind=='nb'
    if not (15<=n<=60): probs.append((kf,'length',n))
    W={(e.get('cell'),e['line']) for e in k['wrong']}; N={(e.get('cell'),e['line']) for e in k['not_claims']}
    if W&N: probs.append((kf,'overlap'))
    for e in k['wrong']+k['not_claims']:
        if '⟦' in get(e) or not get(e).strip(): probs.append((kf,'bad line',e))
        if '$' not in get(e): probs.append((kf,'no math',e))
print(cnt); print('problems:',probs)
