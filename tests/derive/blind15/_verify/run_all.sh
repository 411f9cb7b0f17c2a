#!/bin/sh
# Re-run every numeric/symbolic check, rebuild notebooks, regenerate keys.
cd "$(dirname "$0")"
PY=/work/venv/bin/python
for f in check_*.py; do $PY -W ignore "$f" || { echo "FAIL $f"; exit 1; }; done
$PY build_nb.py
$PY make_keys.py
