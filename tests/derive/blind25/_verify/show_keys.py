"""Prints every keyed line (wrong / not_claim) of every blind25 document, for eye-checking."""
import json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent

def lines_of(doc):
    if doc.suffix == ".md":
        return {None: doc.read_text(encoding="utf-8").splitlines()}
    cells = json.loads(doc.read_text(encoding="utf-8"))["cells"]
    return {i: "".join(c["source"]).splitlines() for i, c in enumerate(cells, 1)}

def main():
    only = sys.argv[1] if len(sys.argv) > 1 else None
    for doc in sorted(p for p in ROOT.rglob("*") if p.suffix in (".md", ".ipynb") and "_verify" not in p.parts):
        if only and only not in str(doc):
            continue
        key = json.loads(doc.with_name(doc.stem + ".key.json").read_text(encoding="utf-8"))
        L = lines_of(doc)
        print(f"== {doc.relative_to(ROOT)}")
        for tag in ("wrong", "not_claims"):
            for e in key[tag]:
                text = L[e.get("cell")][e["line"] - 1]
                where = f"c{e['cell']} " if "cell" in e else ""
                print(f"  {tag[:5]:5} {where}l{e['line']}: {text.strip()[:110]}")
                print(f"        why: {e['why']}")

if __name__ == "__main__":
    main()
