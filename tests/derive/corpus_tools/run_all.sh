#!/bin/sh
# Rebuilds a blind corpus's files and keys from its _verify/src/ and runs its verify scripts
# (usage: run_all.sh CORPUS/_verify; PY=... chooses the interpreter).
set -e
TOOLS=$(cd "$(dirname "$0")" && pwd)
cd "$1"
PY=${PY:-/work/venv/bin/python}
PYTHONPATH=$TOOLS $PY "$TOOLS/build.py"
for f in verify_*.py; do PYTHONPATH=$TOOLS $PY "$f"; done
