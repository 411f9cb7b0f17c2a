#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder's image: Python, then the grader
# (the wheel in this bundle, or the released package it names; dependencies from PyPI), then a
# check of its reference data.
# Paths are variables so the bundle can be tried against a fake /autograder tree.
set -euo pipefail
AUTOGRADER="${AUTOGRADER:-/autograder}"
SOURCE="${GRADER_SOURCE:-$AUTOGRADER/source}"
VENV="${GRADER_VENV:-$AUTOGRADER/venv}"
PYTHON="${GRADER_PYTHON:-python3}"

if ! "$PYTHON" -c 'import sys, venv; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    apt-get update
    apt-get install -y python3 python3-venv python3-pip
fi
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
# a released package (grader-requirement.txt, from --package) or the wheel in the bundle
if [ -f "$SOURCE/grader-requirement.txt" ]; then
    # shellcheck disable=SC2086  # GRADER_PIP_OPTIONS holds several options
    "$VENV/bin/python" -m pip install ${GRADER_PIP_OPTIONS:-} -r "$SOURCE/grader-requirement.txt"
else
    # shellcheck disable=SC2086
    "$VENV/bin/python" -m pip install ${GRADER_PIP_OPTIONS:-} "$SOURCE"/grader-*.whl
fi
"$VENV/bin/grader" refs verify
