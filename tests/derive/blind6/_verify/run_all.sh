#!/bin/sh
# Rebuilds the corpus files and keys from src/ and runs every verify script (the builder and
# the verify helpers are shared by the blind corpora: ../../corpus_tools).
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/venv/bin/python}
TOOLS=../../corpus_tools
PYTHONPATH=$TOOLS $PY $TOOLS/build.py
for f in verify_*.py; do PYTHONPATH=$TOOLS $PY "$f"; done
