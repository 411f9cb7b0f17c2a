# Build corpus files + keys from marked sources in _verify/src.
# Markers at line end: ⟦W: why⟧ (wrong line), ⟦N: why⟧ (no claim).
# Notebook sources: cells start with a line '=== md' or '=== code'.
import os, re, json, glob, sys
import nbformat
ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(ROOT)
MK = re.compile(r'\s*⟦([WN]):\s*([^⟧]*)⟧\s*$')
def parse_lines(lines):
    clean, wrong, nc = [], [], []
    for i, ln in enumerate(lines, 1):
        m = MK.search(ln)
        if m:
            ln = ln[:m.start()]
            (wrong if m.group(1) == 'W' else nc).append((i, m.group(2).strip()))
        clean.append(ln.rstrip())
    return clean, wrong, nc
for src in sorted(glob.glob(os.path.join(ROOT, 'src', '*', '*.src'))):
    lang = os.path.basename(os.path.dirname(src))
    name = os.path.basename(src)[:-4]
    text = open(src, encoding='utf-8').read().split('\n')
    style = text[0].split(':', 1)[1].strip(); topic = text[1].split(':', 1)[1].strip()
    body = text[2:]
    while body and body[-1] == '': body.pop()
    key = {"style": style, "topic": topic, "wrong": [], "not_claims": []}
    base = os.path.join(OUT, lang, name.rsplit('.', 1)[0])
    if name.endswith('.md'):
        clean, w, n = parse_lines(body)
        open(base + '.md', 'w', encoding='utf-8').write('\n'.join(clean) + '\n')
        key['wrong'] = [{"line": i, "why": y} for i, y in w]
        key['not_claims'] = [{"line": i, "why": y} for i, y in n]
    else:
        nb = nbformat.v4.new_notebook()
        nb.metadata['kernelspec'] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        cells, cur = [], None
        for ln in body:
            if ln.startswith('=== '):
                cur = [ln[4:].strip(), []]; cells.append(cur)
            else:
                cur[1].append(ln)
        for ci, (kind, lines) in enumerate(cells, 1):
            while lines and lines[-1] == '': lines.pop()
            clean, w, n = parse_lines(lines)
            if kind == 'md':
                nb.cells.append(nbformat.v4.new_markdown_cell('\n'.join(clean)))
            else:
                assert not w and not n, src
                nb.cells.append(nbformat.v4.new_code_cell('\n'.join(clean)))
            key['wrong'] += [{"cell": ci, "line": i, "why": y} for i, y in w]
            key['not_claims'] += [{"cell": ci, "line": i, "why": y} for i, y in n]
        nbformat.write(nb, base + '.ipynb')
    json.dump(key, open(base + '.key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('built')
