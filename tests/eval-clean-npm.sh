#!/usr/bin/env bash
# False alarms on front-end code: scans the npm clean corpus (tests/eval/build-clean-npm.sh,
# default /var/tmp/clean-npm; CLEAN_NPM=DIR: jQuery, editors, highlighters that list PHP's
# functions, PDF viewers, bundles, fonts, locutus's PHP functions in JavaScript...) with
# this tree's rules and an empty config, and prints the files with any finding, by worst
# severity, by rule, by extension and by npm package, and every finding
# (tests/eval/scan-clean.sh). Every finding there is a false alarm. Targets: no high or
# critical, at most 0.02% of files with any finding. Skips (exit 0) when the tree is
# missing: the download is not part of make test. EVAL_STRICT=1: exit 1 when a target is missed.
# usage: tests/eval-clean-npm.sh        (from the repo root, after make)
set -eu
cd "$(dirname "$0")/.."
dir=${CLEAN_NPM:-/var/tmp/clean-npm}
if [ ! -d "$dir/public_html" ]; then
	echo "eval-clean-npm: $dir/public_html missing; build it with tests/eval/build-clean-npm.sh $dir"
	exit 0
fi
exec tests/eval/scan-clean.sh "npm clean corpus" "$dir/public_html" "$dir/public_html/node_modules"
