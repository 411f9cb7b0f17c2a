"""Build corpus files + keys from tagged sources in _verify/src/*.src.
Tag at end of a line:  ⟦W: why⟧ (wrong line)  or  ⟦N: why⟧ (not a claim).
Header: @out: en/name.md|ipynb, @style:, @topic:. Notebook cells: '@cell md' / '@cell code'."""
import glob, json, os, re, sys
import nbformat
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = re.compile(r"\s*⟦([WN]): (.*?)⟧\s*$")

def parse(path):
    meta, body = {}, []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^@(out|style|topic): (.*)$", raw)
        if m and not body:
            meta[m.group(1)] = m.group(2).strip(); continue
        body.append(raw)
    while body and body[-1] == "":
        body.pop()
    while body and body[0] == "":
        body.pop(0)
    return meta, body

def strip(lines):
    out, tags = [], []
    for i, l in enumerate(lines, 1):
        m = TAG.search(l)
        if m:
            tags.append((i, m.group(1), m.group(2)))
            l = l[:m.start()]
        out.append(l)
    return out, tags

def build(path):
    meta, body = parse(path)
    out = meta["out"]
    key = {"style": meta["style"], "topic": meta["topic"], "wrong": [], "not_claims": []}
    dest = os.path.join(ROOT, out)
    if out.endswith(".md"):
        lines, tags = strip(body)
        for i, k, why in tags:
            key["wrong" if k == "W" else "not_claims"].append({"line": i, "why": why})
        open(dest, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        n = len(lines)
    else:
        cells, cur = [], None
        for l in body:
            m = re.match(r"^@cell (md|code)$", l)
            if m:
                cur = [m.group(1), []]; cells.append(cur); continue
            cur[1].append(l)
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        n = 0
        for ci, (kind, ls) in enumerate(cells, 1):
            while ls and ls[-1] == "":
                ls.pop()
            ls2, tags = strip(ls)
            n += len(ls2)
            for i, k, why in tags:
                assert kind == "md", (path, ci)
                key["wrong" if k == "W" else "not_claims"].append({"cell": ci, "line": i, "why": why})
            src = "\n".join(ls2)
            nb.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src))
        nbformat.validate(nb)
        nbformat.write(nb, dest)
    base = dest.rsplit(".", 1)[0]
    json.dump(key, open(base + ".key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return out, n, len(key["wrong"]), len(key["not_claims"])

if __name__ == "__main__":
    tot = [0, 0, 0]
    for p in sorted(glob.glob(os.path.join(ROOT, "_verify/src/*.src"))):
        out, n, w, nc = build(p)
        tot[0] += 1; tot[1] += w; tot[2] += nc
        print(f"{out:45s} lines={n:3d} wrong={w} not_claims={nc}")
    print("files", tot[0], "wrong", tot[1], "not_claims", tot[2])
