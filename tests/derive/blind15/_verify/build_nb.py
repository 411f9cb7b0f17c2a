"""Build notebooks from nb_src/*.py (each defines CELLS = [("md"|"code", text), ...] and OUT)."""
import os, glob, nbformat
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for f in sorted(glob.glob(os.path.join(HERE, "nb_src", "*.py"))):
    g = {}
    exec(open(f, encoding="utf-8").read(), g)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, text in g["CELLS"]:
        text = text.strip("\n")
        nb.cells.append(nbformat.v4.new_markdown_cell(text) if kind == "md" else nbformat.v4.new_code_cell(text))
    out = os.path.join(ROOT, g["OUT"])
    nbformat.write(nb, out)
    print("wrote", out, len(nb.cells), "cells")
