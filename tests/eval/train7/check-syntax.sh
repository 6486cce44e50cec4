#!/usr/bin/env bash
# Syntax-check a generated train7 set: tests/eval/check-syntax-set.sh with its tsv.
#   tests/eval/train7/check-syntax.sh DIR    (DIR as given to --out)
exec "$(dirname "$0")/../check-syntax-set.sh" "${1:?usage: check-syntax.sh DIR}" train7.tsv
