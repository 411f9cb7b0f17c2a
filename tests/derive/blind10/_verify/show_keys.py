"""Print each keyed line (wrong + not_claims) from the built files, for eyeballing."""
import json, glob, os, sys
for kp in sorted(glob.glob("/work/blind10/*/*.key.json")):
    key = json.load(open(kp))
    base = kp[:-9]
    if os.path.exists(base + ".md"):
        lines = open(base + ".md").read().split("\n")
        get = lambda e: lines[e["line"] - 1]
    else:
        nb = json.load(open(base + ".ipynb"))
        get = lambda e: "".join(nb["cells"][e["cell"] - 1]["source"]).split("\n")[e["line"] - 1]
    print("==", os.path.relpath(kp, "/work/blind10"))
    for tag in ("wrong", "not_claims"):
        if tag == "not_claims" and "-n" in sys.argv: continue
        for e in key[tag]:
            loc = (f"c{e['cell']}:" if "cell" in e else "") + str(e["line"])
            print(f"  {tag[0].upper()} {loc:>6} | {get(e)[:110]}")
