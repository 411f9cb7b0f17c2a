#!/bin/sh
# Rebuilds this corpus and runs its verify scripts with the blind corpora's shared tools.
here=$(dirname "$0")
exec sh "$here/../../corpus_tools/run_all.sh" "$here"
