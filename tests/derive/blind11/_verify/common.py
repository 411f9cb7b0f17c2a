import json, re, os, nbformat
ROOT = '/work/blind11'
PAT = re.compile(r'\s*⟦([WN]):(.*?)⟧\s*$')
def parse(text):
    lines = text.strip('\n').split('\n'); out=[]; W=[]; N=[]
    for i, l in enumerate(lines, 1):
        m = PAT.search(l)
        if m:
            l = l[:m.start()]
            (W if m.group(1)=='W' else N).append((i, m.group(2).strip()))
        out.append(l)
    return out, W, N
from tails import TAILS
def md(lang, name, style, topic, text):
    out, W, N = parse(text)
    out += TAILS.get((lang, name), [])
    with open(f'{ROOT}/{lang}/{name}.md', 'w') as f: f.write('\n'.join(out)+'\n')
    key = {"style": style, "topic": topic,
           "wrong": [{"line": i, "why": w} for i, w in W],
           "not_claims": [{"line": i, "why": w} for i, w in N]}
    json.dump(key, open(f'{ROOT}/{lang}/{name}.key.json', 'w'), ensure_ascii=False, indent=1)
def nb(lang, name, style, topic, cells):
    nbo = nbformat.v4.new_notebook(); W=[]; N=[]
    for ci, (kind, text) in enumerate(cells, 1):
        if kind == 'code':
            nbo.cells.append(nbformat.v4.new_code_cell(text.strip('\n'))); continue
        out, w, n = parse(text)
        nbo.cells.append(nbformat.v4.new_markdown_cell('\n'.join(out)))
        W += [(ci, i, x) for i, x in w]; N += [(ci, i, x) for i, x in n]
    if (lang, name) in TAILS: nbo.cells.append(nbformat.v4.new_markdown_cell('\n'.join(TAILS[(lang, name)])))
    nbo.metadata['kernelspec'] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nbo, f'{ROOT}/{lang}/{name}.ipynb')
    key = {"style": style, "topic": topic,
           "wrong": [{"cell": c, "line": i, "why": w} for c, i, w in W],
           "not_claims": [{"cell": c, "line": i, "why": w} for c, i, w in N]}
    json.dump(key, open(f'{ROOT}/{lang}/{name}.key.json', 'w'), ensure_ascii=False, indent=1)
