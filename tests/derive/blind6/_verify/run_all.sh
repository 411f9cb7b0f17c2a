#!/bin/sh
# Rebuilds the corpus files and keys from src/ and runs every verify script.
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/venv/bin/python}
$PY build.py
for f in verify_*.py; do $PY "$f"; done
