"""Builds corpus files from content modules; markers ⟦W:why⟧ / ⟦N:why⟧ at line end
are stripped and turned into key entries, so line numbers are always right."""
import json, re, sys, importlib, os
import nbformat
ROOT = "/work/blind10"
MARK = re.compile(r"[ \t]*⟦([WN]):(.*?)⟧")

def strip(text):
    lines = text.strip("\n").split("\n")
    out, wrong, nc = [], [], []
    for i, ln in enumerate(lines, 1):
        for m in MARK.finditer(ln):
            (wrong if m.group(1) == "W" else nc).append((i, m.group(2).strip()))
        ln = MARK.sub("", ln).rstrip()
        out.append(ln)
    return out, wrong, nc

def build(rel, meta, body):
    base = os.path.join(ROOT, rel)
    key = {"style": meta["style"], "topic": meta["topic"], "wrong": [], "not_claims": []}
    if isinstance(body, str):
        lines, w, n = strip(body)
        open(base, "w").write("\n".join(lines) + "\n")
        key["wrong"] = [{"line": l, "why": y} for l, y in w]
        key["not_claims"] = [{"line": l, "why": y} for l, y in n]
        nlines = len(lines)
    else:
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nlines = 0
        for ci, (kind, text) in enumerate(body, 1):
            lines, w, n = strip(text)
            src = "\n".join(lines)
            nlines += len(lines)
            if kind == "md":
                nb.cells.append(nbformat.v4.new_markdown_cell(src))
            else:
                nb.cells.append(nbformat.v4.new_code_cell(src))
            key["wrong"] += [{"cell": ci, "line": l, "why": y} for l, y in w]
            key["not_claims"] += [{"cell": ci, "line": l, "why": y} for l, y in n]
        nbformat.write(nb, base)
    kp = re.sub(r"\.(md|ipynb)$", ".key.json", base)
    json.dump(key, open(kp, "w"), ensure_ascii=False, indent=1)
    return nlines, len(key["wrong"]), len(key["not_claims"])

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    tot = [0, 0, 0]
    for mod in sys.argv[1:]:
        M = importlib.import_module(mod)
        for rel, (meta, body) in M.FILES.items():
            nl, nw, nn = build(rel, meta, body)
            flag = "" if 15 <= nl <= 60 else "  <-- LINE COUNT"
            print(f"{rel:45s} lines={nl:3d} wrong={nw} nc={nn}{flag}")
            tot[0] += 1; tot[1] += nw; tot[2] += nn
    print("files", tot[0], "wrong", tot[1], "not_claims", tot[2])
