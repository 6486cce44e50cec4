# Shared helpers for integration tests (sourced). Each test prints TAP-style
# lines that tests/run.sh counts: "ok - NAME", "not ok - NAME", "ok - NAME # SKIP why".
# Environment from run.sh: HOSTSWEEP (the ASan build), SRC (repo top).
set -u
: "${SRC:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${HOSTSWEEP:=$SRC/build-asan/hostsweep}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:exitcode=99}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=98}"
HS_TEST_NAME=$(basename "$0" .sh)
HS_FAILED=0
_hs_cleanups=()

ok() { echo "ok - $HS_TEST_NAME: $1"; }
not_ok() {
	echo "not ok - $HS_TEST_NAME: $1"
	[ $# -gt 1 ] && printf '#   %s\n' "${@:2}"
	HS_FAILED=1
}
skip() { echo "ok - $HS_TEST_NAME: $1 # SKIP $2"; }
# check NAME COMMAND...: passes when the command succeeds.
check() {
	local name=$1
	shift
	if "$@"; then ok "$name"; else not_ok "$name" "command failed: $*"; fi
}
# generator_verdicts LABEL COUNT COMMAND...: run a generator's --check mode,
# which prints a "PASS what" or "FAIL what" line per technique and look-alike
# and exits 1 when any failed; each becomes a TAP line under LABEL, then the
# count of verdicts and the exit code are checked.
generator_verdicts() {
	local label=$1 want=$2 out rc n=0 line
	shift 2
	out=$(TMPDIR=$HS_TMP "$@")
	rc=$?
	while IFS= read -r line; do
		case "$line" in
		"PASS "*) ok "$label ${line#PASS }" ;;
		"FAIL "*) not_ok "$label ${line#FAIL }" ;;
		*) continue ;;
		esac
		n=$((n + 1))
	done <<<"$out"
	check "$label: all $want verdicts printed" test "$n" = "$want"
	check "$label: exit code agrees with the verdicts" test "$rc" = "$(grep -q '^FAIL ' <<<"$out" && echo 1 || echo 0)"
}
# Run at exit, last registered first.
at_exit() { _hs_cleanups+=("$1"); }
_hs_run_cleanups() {
	local i
	for ((i = ${#_hs_cleanups[@]} - 1; i >= 0; i--)); do eval "${_hs_cleanups[$i]}" || true; done
}
trap _hs_run_cleanups EXIT
# Everything temporary of this test lives under one directory, removed at
# exit. (It is created here, in the test's own shell: a cleanup registered
# inside $(...) would be lost with the subshell.)
HS_TMP=$(mktemp -d "${TMPDIR:-/tmp}/hstest.XXXXXX")
chmod 0755 "$HS_TMP"
at_exit "rm -rf '$HS_TMP'"
# A fresh temporary directory (under HS_TMP, so removed at exit).
mktemp_dir() {
	mktemp -d "$HS_TMP/d.XXXXXX"
}
# copy_fixtures FXDIR DEST [PREFIX]: copy every file FXDIR/EXPECTED.tsv lists
# (first column, relative to FXDIR; comments and blank lines skipped) under a
# neutral name, so nothing is found because of what the file is called:
# DEST/dN/PREFIXN.EXT keeps only the extension (PREFIXN when there is none);
# a dot-file (.htaccess, .bashrc) and bash.bashrc keep their name, which is a
# rule's scope. PREFIX defaults to f. Prints one line per file:
# DST<TAB>the row's other columns<TAB>REL.
copy_fixtures() {
	local fx=$1 dest=$2 p=${3:-f} n=0 rel rest base ext dst
	while IFS=$'\t' read -r rel rest; do
		case "$rel" in '#'* | '') continue ;; esac
		n=$((n + 1))
		base=$(basename "$rel")
		ext=${base##*.}
		case "$base" in
		.* | bash.bashrc) dst=$dest/d$n/$base ;;
		"$ext") dst=$dest/d$n/$p$n ;;
		*) dst=$dest/d$n/$p$n.$ext ;;
		esac
		mkdir -p "$dest/d$n"
		cp "$fx/$rel" "$dst"
		printf '%s\t%s\t%s\n' "$dst" "$rest" "$rel"
	done <"$fx/EXPECTED.tsv"
}
# hs ARGS...: run hostsweep, stdout to $OUT, stderr to $ERR, status to $RC.
hs() {
	OUT=$(mktemp "$HS_TMP/out.XXXXXX") ERR=$(mktemp "$HS_TMP/err.XXXXXX")
	RC=0
	"$HOSTSWEEP" "$@" >"$OUT" 2>"$ERR" || RC=$?
	if [ "$RC" -ge 90 ]; then
		not_ok "sanitizer clean: hostsweep $*" "$(tail -n 20 "$ERR")"
	fi
}
# Every stdout line parses as JSON (python3 is in the base image).
json_valid() {
	python3 -c 'import json,sys
for n,l in enumerate(open(sys.argv[1],"rb"),1):
    json.loads(l)' "$1"
}
# jq-like query with python: jget FILE 'expression over list L of objects'
jq_py() {
	python3 -c 'import json,sys
L=[json.loads(l) for l in open(sys.argv[1],"rb")]
F=[o for o in L if o.get("type")=="finding"]
S=[o for o in L if o.get("type")=="summary"]
S=S[-1] if S else {}
print(eval(sys.argv[2]))' "$1" "$2"
}
