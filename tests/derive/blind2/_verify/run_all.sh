#!/usr/bin/env bash
# Re-checks every claim of the blind2 corpus with SymPy/NumPy and rewrites each file's key.
cd "$(dirname "$0")" && for f in v_*.py; do /work/venv/bin/python "$f" | tail -3; done
