#!/usr/bin/env bash
# Syntax-check a generated fifth held-out set (never the corpus) with the
# third set's checker (php -l, ast.parse, bash -n, perl -c, node --check,
# json.load, crontab commands), reading heldout5.tsv. Nothing is run.
#   tests/eval/heldout5/check-syntax.sh DIR    (DIR as given to --out)
d=${1:?usage: check-syntax.sh DIR}
HELDOUT_TSV=$d/heldout5.tsv exec "$(dirname "$0")/../heldout3/check-syntax.sh" "$d"
