"""Build corpus files + keys from annotated sources in _verify/src/<lang>/<name>.<ext>.src.
Markers at line end: ⟦W: why⟧ marks a wrong line, ⟦N: why⟧ marks a no-claim line.
Notebook sources use '%%CELL md' / '%%CELL code' separators. Header: %%STYLE, %%TOPIC."""
import os, re, json, glob, nbformat
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r'\s*⟦([WN]):\s*(.*?)⟧\s*$')
def parse_lines(lines):
    out, wrong, notc = [], [], []
    for i, ln in enumerate(lines, 1):
        m = MARK.search(ln)
        if m:
            ln = ln[:m.start()]
            (wrong if m.group(1) == 'W' else notc).append((i, m.group(2)))
        out.append(ln)
    return out, wrong, notc
def build(src):
    lang = src.split(os.sep)[-2]
    name = os.path.basename(src)[:-4]
    base, ext = os.path.splitext(name)
    raw = open(src, encoding='utf-8').read().split('\n')
    style = topic = None
    body = []
    for ln in raw:
        if ln.startswith('%%STYLE '): style = ln[8:]
        elif ln.startswith('%%TOPIC '): topic = ln[8:]
        else: body.append(ln)
    while body and body[-1] == '': body.pop()
    key = {"style": style, "topic": topic, "wrong": [], "not_claims": []}
    outdir = os.path.join(ROOT, lang)
    if ext == '.md':
        out, w, n = parse_lines(body)
        key['wrong'] = [{"line": i, "why": y} for i, y in w]
        key['not_claims'] = [{"line": i, "why": y} for i, y in n]
        open(os.path.join(outdir, name), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    else:
        cells, cur = [], None
        for ln in body:
            if ln.startswith('%%CELL '):
                cur = [ln[7:].strip(), []]; cells.append(cur)
            else:
                cur[1].append(ln)
        nb = nbformat.v4.new_notebook()
        nb.metadata['kernelspec'] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        for ci, (kind, lines) in enumerate(cells, 1):
            while lines and lines[-1] == '': lines.pop()
            while lines and lines[0] == '': lines.pop(0)
            out, w, n = parse_lines(lines)
            if kind == 'md':
                nb.cells.append(nbformat.v4.new_markdown_cell('\n'.join(out)))
                key['wrong'] += [{"cell": ci, "line": i, "why": y} for i, y in w]
                key['not_claims'] += [{"cell": ci, "line": i, "why": y} for i, y in n]
            else:
                assert not w and not n, src
                nb.cells.append(nbformat.v4.new_code_cell('\n'.join(out)))
        nbformat.validate(nb)
        nbformat.write(nb, os.path.join(outdir, name))
    json.dump(key, open(os.path.join(outdir, base + '.key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    return lang, name, len(key['wrong']), len(key['not_claims'])
if __name__ == '__main__':
    tot = {}
    for src in sorted(glob.glob(os.path.join(ROOT, '_verify', 'src', '*', '*.src'))):
        lang, name, w, n = build(src)
        t = tot.setdefault(lang, [0, 0, 0, 0]); t[0] += 1; t[1] += w; t[2] += n; t[3] += name.endswith('.ipynb')
    print(tot, 'files/wrong/notclaims/nb')
