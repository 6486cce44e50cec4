#!/usr/bin/env bash
# The third held-out set's generator (tests/eval/heldout3/): seeded and
# deterministic whatever PYTHONHASHSEED, every file it writes is labelled and
# every label names a file, the files of a sample share its directory, all
# four categories and both classes are there, names are not the labels, it
# refuses web roots, places outside the temp dirs and non-empty directories,
# and its files parse (when php and perl are here). make eval's section is
# checked on a scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
# set 3's own: its file-manager shells are big, as real ones are
heldout_set_extra() {
	big=$(awk -F'\t' 'NR>1 && $4 ~ /^fm_big/ {print $1}' "$tsv" | (cd "$d/g1" && xargs stat -c %s) | awk '$1 >= 30000 && $1 <= 160000' | wc -l)
	check "the file-manager shells are 30-160 KB ($big of 11)" test "$big" = 11
}
heldout_set_checks 3 fm_big_layered
exit $HS_FAILED
