#!/usr/bin/env bash
# The second held-out set's generator (tests/eval/heldout2/): seeded and
# deterministic whatever PYTHONHASHSEED, every file it writes is labelled and
# every label names a file, the files of a sample share its directory, all
# four categories and both classes are there, names are not the labels, it
# refuses web roots, places outside the temp dirs and non-empty directories,
# and its files parse (when php and perl are here). make eval's section is
# checked on a scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
heldout_set_checks 2 two_file_store
exit $HS_FAILED
