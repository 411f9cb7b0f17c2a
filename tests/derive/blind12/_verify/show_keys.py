"""Print the file line for every keyed entry (wrong + not_claims)."""
import glob, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
flt = sys.argv[1] if len(sys.argv) > 1 else ""
for kp in sorted(glob.glob(os.path.join(ROOT, "*/*.key.json"))):
    if flt not in kp: continue
    key = json.load(open(kp, encoding="utf-8"))
    base = kp[:-len(".key.json")]
    if os.path.exists(base + ".md"):
        lines = open(base + ".md", encoding="utf-8").read().split("\n"); cells = None
    else:
        nb = json.load(open(base + ".ipynb", encoding="utf-8"))
        cells = ["".join(c["source"]).split("\n") for c in nb["cells"]]
    print("==", os.path.relpath(kp, ROOT))
    for kind in ("wrong", "not_claims"):
        for e in key[kind]:
            ls = cells[e["cell"] - 1] if cells else lines
            where = f'c{e["cell"]}:l{e["line"]}' if cells else f'l{e["line"]}'
            print(f'  {kind[0].upper()} {where:8s} | {ls[e["line"]-1].strip()[:110]}  <- {e["why"][:60]}')
