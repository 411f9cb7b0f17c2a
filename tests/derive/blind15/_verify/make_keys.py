"""Build name.key.json from SPECS (substring-located lines) and print each keyed line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPECS = {}
exec(open(os.path.join(HERE, "specs.py"), encoding="utf-8").read())

def md_lines(path):
    return open(path, encoding="utf-8").read().split("\n")

def nb_cells(path):
    nb = json.load(open(path, encoding="utf-8"))
    return nb["cells"]

def find(lines, sub, where):
    hits = [i for i, l in enumerate(lines) if sub in l]
    if len(hits) != 1:
        sys.exit(f"[{where}] substring {sub!r} matched {len(hits)} lines")
    return hits[0] + 1

total_w = total_n = 0
for rel, s in sorted(SPECS.items()):
    path = os.path.join(ROOT, rel)
    key = {"style": s["style"], "topic": s["topic"], "wrong": [], "not_claims": []}
    if rel.endswith(".md"):
        lines = md_lines(path)
        for kind, lst in (("wrong", s.get("wrong", [])), ("not_claims", s.get("nc", []))):
            for sub, why in lst:
                ln = find(lines, sub, rel)
                key[kind].append({"line": ln, "why": why})
                print(f"{rel}:{ln} [{kind}] {lines[ln-1]}")
        n = len(lines) - (1 if lines[-1] == "" else 0)
    else:
        cells = nb_cells(path)
        for kind, lst in (("wrong", s.get("wrong", [])), ("not_claims", s.get("nc", []))):
            for cell, sub, why in lst:
                c = cells[cell - 1]
                assert c["cell_type"] == "markdown", (rel, cell)
                src = c["source"] if isinstance(c["source"], str) else "".join(c["source"])
                lines = src.split("\n")
                ln = find(lines, sub, f"{rel} cell {cell}")
                key[kind].append({"cell": cell, "line": ln, "why": why})
                print(f"{rel}:c{cell}:{ln} [{kind}] {lines[ln-1]}")
        n = sum(len(("".join(c["source"]) if not isinstance(c["source"], str) else c["source"]).split("\n")) for c in cells)
    total_w += len(key["wrong"]); total_n += len(key["not_claims"])
    print(f"  -> {rel}: {n} lines, {len(key['wrong'])} wrong, {len(key['not_claims'])} not_claims")
    kp = os.path.splitext(path)[0] + ".key.json"
    json.dump(key, open(kp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("FILES", len(SPECS), "WRONG", total_w, "NOT_CLAIMS", total_n)
