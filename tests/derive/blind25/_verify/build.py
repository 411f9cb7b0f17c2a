"""Writes the blind25 corpus from docs_*.py. A line ending in ⟦W:why⟧ is keyed as wrong,
⟦N:why⟧ as a non-claim; the marker is stripped from the written file."""
import json, re, sys
from pathlib import Path
import nbformat
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
MARK = re.compile(r"⟦([WN]):([^⟧]*)⟧")

def strip(text, cell=None):
    out, wrong, notc = [], [], []
    for i, line in enumerate(text.split("\n"), 1):
        ms = MARK.findall(line)
        line = MARK.sub("", line)
        assert "⟦" not in line and "⟧" not in line, line
        for kind, why in ms:
            e = ({"cell": cell} if cell else {}) | {"line": i, "why": why.strip()}
            (wrong if kind == "W" else notc).append(e)
        out.append(line)
    return "\n".join(out), merge(wrong), merge(notc)

def merge(entries):
    seen = {}
    for e in entries:
        k = (e.get("cell"), e["line"])
        if k in seen:
            seen[k]["why"] += "; " + e["why"]
        else:
            seen[k] = e
    return list(seen.values())

def main():
    docs = []
    for mod in ("docs_en", "docs_ko", "docs_zh"):
        docs += __import__(mod).DOCS
    for name, lang, style, topic, body in docs:
        path = ROOT / lang / name
        path.parent.mkdir(parents=True, exist_ok=True)
        wrong, notc = [], []
        if name.endswith(".md"):
            text, wrong, notc = strip(body.lstrip("\n"))
            path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        else:
            nbk = nbformat.v4.new_notebook()
            nbk.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                            "language_info": {"name": "python"}}
            for ci, (kind, src) in enumerate(body, 1):
                src, w, n = strip(src.strip("\n"), cell=ci)
                assert kind == "markdown" or not (w or n)
                wrong += w; notc += n
                nbk.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "markdown" else nbformat.v4.new_code_cell(src))
            for c in nbk.cells:
                c.pop("id", None)
            nbk.nbformat_minor = 4
            nbformat.write(nbk, str(path))
        key = {"style": style, "topic": topic, "wrong": wrong, "not_claims": notc}
        path.with_name(path.stem + ".key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(docs), "documents written")

if __name__ == "__main__":
    main()
