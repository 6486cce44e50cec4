#!/usr/bin/env bash
# The layer order of agent/ (docs/hacking.md): no file includes a header of a
# higher layer, calls into one through a weak symbol, or declares what a
# higher layer defines; no include circles. The checker must also catch a
# violation (checked on a copy with one planted).
. "$(dirname "$0")/../lib.sh"
out=$("$SRC/scripts/check-layers.sh" "$SRC/agent" 2>&1)
check "agent/ keeps the layer order and has no include circles${out:+: $out}" test -z "$out"

t=$(mktemp_dir)
cp -r "$SRC/agent" "$t/agent"
sed -i '1i #include "act/policy.h"' "$t/agent/scan/walk.h"
printf '#include "scan/walk.h"\n' >>"$t/agent/scan/scanner.h"
printf '#include "scan/scanner.h"\n' >>"$t/agent/scan/walk.h"
out=$("$SRC/scripts/check-layers.sh" "$t/agent" 2>&1)
check "the checker reports an include of a higher layer" grep -q 'scan/walk.h (scan) includes act/policy.h' <<<"$out"
check "the checker reports an include circle" grep -q 'include circle' <<<"$out"
check "the checker fails on a violation" sh -c "! '$SRC/scripts/check-layers.sh' '$t/agent' >/dev/null"
