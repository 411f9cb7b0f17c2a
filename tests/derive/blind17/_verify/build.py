"""Build /work/blind17 files and keys from files_{en,ko,zh}.py (markers @@W:..@@ / @@N:..@@ at line end)."""
import re, json, os, sys, nbformat
sys.path.insert(0, os.path.dirname(__file__))
ROOT = '/work/blind17'
MARK = re.compile(r'\s*@@([WN]):(.*?)@@\s*$')
def strip(text):
    out, wrong, nc = [], [], []
    for i, line in enumerate(text.split('\n'), 1):
        m = MARK.search(line)
        if m:
            line = line[:m.start()]
            (wrong if m.group(1) == 'W' else nc).append((i, m.group(2).strip()))
        assert '@@' not in line, line
        out.append(line)
    return '\n'.join(out), wrong, nc
allfiles = []
for lang in ('en', 'ko', 'zh'):
    mod = __import__('files_' + lang)
    allfiles += mod.FILES
for f in allfiles:
    key = {"style": f['style'], "topic": f['topic'], "wrong": [], "not_claims": []}
    path = os.path.join(ROOT, f['name'])
    if 'text' in f:
        body, w, n = strip(f['text'])
        if not body.endswith('\n'): body += '\n'
        open(path, 'w').write(body)
        key['wrong'] = [{"line": i, "why": y} for i, y in w]
        key['not_claims'] = [{"line": i, "why": y} for i, y in n]
    else:
        nbk = nbformat.v4.new_notebook()
        nbk.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                        "language_info": {"name": "python"}}
        for ci, (kind, src) in enumerate(f['cells'], 1):
            if kind == 'md':
                body, w, n = strip(src)
                nbk.cells.append(nbformat.v4.new_markdown_cell(body))
                key['wrong'] += [{"cell": ci, "line": i, "why": y} for i, y in w]
                key['not_claims'] += [{"cell": ci, "line": i, "why": y} for i, y in n]
            else:
                assert '@@' not in src
                nbk.cells.append(nbformat.v4.new_code_cell(src))
        nbformat.validate(nbk)
        nbformat.write(nbk, path)
    kp = re.sub(r'\.(md|ipynb)$', '.key.json', path)
    json.dump(key, open(kp, 'w'), ensure_ascii=False, indent=1)
print(len(allfiles), 'files built')
