#!/usr/bin/env bash
# The policy of `sweep`: report-only by default, actions printed as dry-run
# until applied, allowlists by path, SHA-256, user and process name, fail-safe
# on unreadable files, errors in [policy.NAME] sections naming file and line.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/home/cara/public_html/up" "$r/home/dino/public_html"
printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\ncara:x:2201:2201::/home/cara:/bin/sh\ndino:x:2202:2202::/home/dino:/bin/sh\n' >"$r/etc/passwd"
shell='<?php @eval($_POST["z"]); ?>'
printf '%s\n' "$shell" >"$r/home/cara/public_html/up/a.php"
printf '%s // b\n' "$shell" >"$r/home/cara/public_html/up/b.php"
printf '%s // dino\n' "$shell" >"$r/home/dino/public_html/d.php"
printf '<?php echo 1;\n' >"$r/home/cara/public_html/index.php"
chown -R 2201:2201 "$r/home/cara"
chown -R 2202:2202 "$r/home/dino"
B_SHA=$(sha256sum <"$r/home/cara/public_html/up/b.php" | cut -d' ' -f1)

base="[general]
state_dir = $t/state
[scan]
tmp_dirs = /tmp
[policy.webshells]
action = quarantine
kind = file
min_severity = high
tags = webshell"

# Default policy: report only, nothing is touched, no action lines at all.
printf '[general]\nstate_dir = %s\n[scan]\ntmp_dirs = /tmp\n' "$t/state" >"$t/p0.conf"
hs --root "$r" --format json --config "$t/p0.conf" sweep
check "default policy: findings reported, exit 1" test "$RC" = 1
check "default policy: no action proposed" test "$(jq_py "$OUT" 'len([o for o in L if o.get("type")=="action"])')" = 0

# A policy rule without apply: every action printed as dry-run, none taken.
printf '%s\n' "$base" >"$t/p1.conf"
hs --root "$r" --format json --config "$t/p1.conf" sweep
check "policy without apply: quarantine proposed as dry-run for the 3 webshells" \
	test "$(jq_py "$OUT" 'sorted((o["result"], o["target"].rsplit("/",1)[1]) for o in L if o.get("type")=="action")')" = \
	"[('dry-run', 'a.php'), ('dry-run', 'b.php'), ('dry-run', 'd.php')]"
check "policy without apply: files untouched" test -e "$r/home/cara/public_html/up/a.php"

# Allowlists: by path glob, by sha256, by user.
printf '%s\n[policy]\nallow_paths = /home/cara/public_html/up/a.*\nallow_sha256 = %s\nallow_users = dino\n' "$base" "$B_SHA" >"$t/p2.conf"
hs --root "$r" --format json --config "$t/p2.conf" sweep --dry-run
check "allowlisted by path, sha256 and user: no action at all" \
	test "$(jq_py "$OUT" 'len([o for o in L if o.get("type")=="action"])')" = 0
check "allowlisted findings are still reported" test "$(jq_py "$OUT" 'len([f for f in F if f["kind"]=="file"])')" = 3

# --apply carries the policy out (but --dry-run wins).
hs --root "$r" --format json --config "$t/p1.conf" sweep --apply --dry-run
check "--dry-run wins over --apply" sh -c "[ -e '$r/home/cara/public_html/up/a.php' ] && ! grep -q '\"result\":\"ok\"' '$OUT'"
# Without DAC capabilities d.php cannot be read: not a finding, so never acted
# on. (up/ is world-writable, as upload directories often are, so the
# readable ones can still be moved without those capabilities.)
chmod 000 "$r/home/dino/public_html/d.php"
chmod 0777 "$r/home/cara/public_html/up"
rc=0
setpriv --bounding-set -dac_override,-dac_read_search "$HOSTSWEEP" --root "$r" --format json \
	--config "$t/p1.conf" sweep --apply >"$t/apply.json" 2>/dev/null || rc=$?
OUT=$t/apply.json
check "sweep --apply: the readable webshells are quarantined" \
	sh -c "[ ! -e '$r/home/cara/public_html/up/a.php' ] && [ ! -e '$r/home/cara/public_html/up/b.php' ]"
perm=$(jq_py "$OUT" 'S["permission_denied"]')
check "fail-safe: an unreadable file is an error, never an action" \
	sh -c "[ -e '$r/home/dino/public_html/d.php' ] && [ '$perm' -ge 1 ]"
check "the clean file stays" test -e "$r/home/cara/public_html/index.php"
chmod 644 "$r/home/dino/public_html/d.php"

# Errors in a policy section name file and line.
printf '%s\n[policy.bad]\naction = obliterate\n' "$base" >"$t/bad1.conf"
hs --root "$r" --config "$t/bad1.conf" sweep
check "unknown action: exit 2, names file:line" sh -c "[ $RC = 2 ] && grep -qF '$t/bad1.conf:11:' '$ERR' && grep -q obliterate '$ERR'"
printf '%s\n[policy.bad]\nkind = files\n' "$base" >"$t/bad2.conf"
hs --root "$r" --config "$t/bad2.conf" sweep
check "unknown kind: exit 2, names file:line" sh -c "[ $RC = 2 ] && grep -qF '$t/bad2.conf:11:' '$ERR'"
printf '%s\n[policy.noaction]\nkind = file\n' "$base" >"$t/bad3.conf"
hs --root "$r" --config "$t/bad3.conf" sweep
check "a rule without action: exit 2, named" sh -c "[ $RC = 2 ] && grep -q 'policy.noaction' '$ERR'"
hs --root "$r" scan --apply "$r/home"
check "--apply is refused for scan" test "$RC" = 2
exit 0
