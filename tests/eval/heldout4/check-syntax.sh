#!/usr/bin/env bash
# Syntax-check a generated fourth held-out set (never the corpus) with the
# third set's checker (php -l, ast.parse, bash -n, perl -c, node --check,
# json.load, crontab commands), reading heldout4.tsv. Nothing is run.
#   tests/eval/heldout4/check-syntax.sh DIR    (DIR as given to --out)
d=${1:?usage: check-syntax.sh DIR}
HELDOUT_TSV=$d/heldout4.tsv exec "$(dirname "$0")/../heldout3/check-syntax.sh" "$d"
