"""Writes the blind25 corpus from docs_*.py (corpus_tools/marks.py: a line ending in ⟦W:why⟧ is
keyed as wrong, ⟦N:why⟧ as a non-claim; the marker is stripped from the written file)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "corpus_tools"))
from marks import build

if __name__ == "__main__":
    build(HERE)
