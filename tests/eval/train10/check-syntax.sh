#!/usr/bin/env bash
# Syntax-check a generated train10 set: tests/eval/check-syntax-set.sh with its tsv.
#   tests/eval/train10/check-syntax.sh DIR    (DIR as given to --out)
exec "$(dirname "$0")/../check-syntax-set.sh" "${1:?usage: check-syntax.sh DIR}" train10.tsv
