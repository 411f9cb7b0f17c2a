"""Builds the corpus files and their keys from the marked sources in src/.

A source line may end in ` @@W why` (the line is wrong) or ` @@N why` (no claim); the marker is
stripped. The first two lines of a source are `style: ...` and `topic: ...`. Notebook sources
(`name.ipynb.src`) split cells on lines `%% markdown` / `%% code` and are written with nbformat
(cell ids are fixed, so a rebuild is byte-identical); their keys give the cell (1-based) and the
line inside the cell (1-based)."""
import json
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def strip(line):
    for tag in ("@@W", "@@N"):
        if f" {tag} " in line:
            text, why = line.split(f" {tag} ", 1)
            return text.rstrip(), tag[-1], why.strip()
    return line, None, None


def build(src):
    lines = src.read_text(encoding="utf-8").splitlines()
    style = lines[0].removeprefix("style:").strip()
    topic = lines[1].removeprefix("topic:").strip()
    body = lines[2:]
    name = src.name.removesuffix(".src")
    lang = src.parent.name
    wrong, notc = [], []
    if name.endswith(".ipynb"):
        cells, cur = [], None
        for ln in body:
            if ln.startswith("%% "):
                cur = [ln[3:].strip(), []]
                cells.append(cur)
                continue
            cur[1].append(ln)
        nb = nbformat.v4.new_notebook()
        nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python",
                                      "name": "python3"}, "language_info": {"name": "python"}}
        for n, (kind, cl) in enumerate(cells, start=1):
            while cl and not cl[-1].strip():
                cl.pop()
            out = []
            for i, ln in enumerate(cl, start=1):
                text, tag, why = strip(ln)
                out.append(text)
                if tag:
                    (wrong if tag == "W" else notc).append({"cell": n, "line": i, "why": why})
            make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
            cell = make("\n".join(out))
            cell["id"] = f"cell-{n}"
            nb.cells.append(cell)
        nbformat.validate(nb)
        text = nbformat.writes(nb) + "\n"
    else:
        out = []
        for i, ln in enumerate(body, start=1):
            t, tag, why = strip(ln)
            out.append(t)
            if tag:
                (wrong if tag == "W" else notc).append({"line": i, "why": why})
        text = "\n".join(out) + "\n"
    assert "@@" not in text, src
    doc = OUT / lang / name
    doc.parent.mkdir(exist_ok=True)
    doc.write_text(text, encoding="utf-8")
    key = {"style": style, "topic": topic, "wrong": wrong, "not_claims": notc}
    (OUT / lang / (doc.stem + ".key.json")).write_text(
        json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(wrong)


if __name__ == "__main__":
    total = files = 0
    for src in sorted(HERE.glob("src/*/*.src")):
        total += build(src)
        files += 1
    print(f"{files} files, {total} wrong lines")
