#!/usr/bin/env bash
# Syntax-check a generated sixth held-out set (never the corpus) with the
# third set's checker (php -l, ast.parse, bash -n, perl -c, node --check,
# json.load, crontab commands), reading heldout6.tsv. Nothing is run.
#   tests/eval/heldout6/check-syntax.sh DIR    (DIR as given to --out)
d=${1:?usage: check-syntax.sh DIR}
HELDOUT_TSV=$d/heldout6.tsv exec "$(dirname "$0")/../heldout3/check-syntax.sh" "$d"
