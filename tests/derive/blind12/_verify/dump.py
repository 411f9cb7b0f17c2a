import json, sys
for f in sys.argv[1:]:
    print("===", f)
    if f.endswith(".ipynb"):
        nb = json.load(open(f))
        for ci, c in enumerate(nb["cells"], 1):
            src = "".join(c["source"]).split("\n")
            print(f"--- cell {ci} ({c['cell_type']})")
            for i, l in enumerate(src, 1): print(f"{i:3d}| {l}")
    else:
        for i, l in enumerate(open(f).read().split("\n"), 1): print(f"{i:3d}| {l}")
