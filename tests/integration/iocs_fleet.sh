#!/usr/bin/env bash
# The fleet playbook (docs/ansible/hostsweep-iocs.yml) with
# `ansible-playbook -c local` against this machine: two servers, each a
# system under --root with its own config and state. web-a quarantined a
# webshell; the playbook collects both exports, merges them, copies the
# merged list into each server's ioc_dirs, and checks every line was read.
# Then web-b's sweep finds its copy of the file by hash. A second run
# changes nothing (the list is the same bytes: the scan caches stay valid);
# an excluded server's export is left out.
. "$(dirname "$0")/../lib.sh"
if ! command -v ansible-playbook >/dev/null; then
	skip "fleet playbook" "ansible-playbook not installed (scripts/deps.sh test installs ansible-core)"
	exit 0
fi
t=$(mktemp_dir)
salt=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
shell="<?php /* $salt */ @eval(\$_POST['k']); ?>"
sha=$(printf '%s\n' "$shell" | sha256sum | cut -d' ' -f1)
server() { # server NAME USER UID
	local r=$t/$1
	mkdir -p "$r/etc" "$r/tmp" "$r/home/$2/public_html/up"
	printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\n%s:x:%s:%s::/home/%s:/bin/sh\n' \
		"$2" "$3" "$3" "$2" >"$r/etc/passwd"
	echo "$1" >"$r/etc/hostname"
	cat >"$t/$1.conf" <<EOF
[general]
state_dir = $t/state-$1
[scan]
docroots = /home/*/public_html
tmp_dirs = /tmp
ioc_dirs = $t/iocs-$1
[logs]
enabled = no
[policy.webshells]
action = quarantine
kind = file
min_severity = critical
tags = webshell
EOF
}
server web-a alice 2401
server web-b bob 2402
printf '%s\n' "$shell" >"$t/web-a/home/alice/public_html/up/x.php"
printf '%s\n' "$shell" >"$t/web-b/home/bob/public_html/up/notes.txt"
chown -R 2401:2401 "$t/web-a/home/alice"
chown -R 2402:2402 "$t/web-b/home/bob"
hs --root "$t/web-a" --config "$t/web-a.conf" --apply sweep
check "web-a quarantines its webshell" test ! -e "$t/web-a/home/alice/public_html/up/x.php"

cat >"$t/inventory" <<EOF
[hosting]
web-a hostsweep_options="--root $t/web-a --config $t/web-a.conf" hostsweep_ioc_dir=$t/iocs-web-a
web-b hostsweep_options="--root $t/web-b --config $t/web-b.conf" hostsweep_ioc_dir=$t/iocs-web-b
[all:vars]
ansible_python_interpreter=/usr/bin/python3
EOF
play() {
	ANSIBLE_NOCOLOR=1 ANSIBLE_HOST_KEY_CHECKING=0 ANSIBLE_RETRY_FILES_ENABLED=0 \
		ANSIBLE_LOCAL_TEMP=$t/ansible-tmp ANSIBLE_REMOTE_TEMP=$t/ansible-tmp \
		ansible-playbook -c local -i "$t/inventory" "$SRC/docs/ansible/hostsweep-iocs.yml" \
		-e hostsweep_bin="$HOSTSWEEP" -e hostsweep_iocs_store="$t/store" -e ansible_become=false "$@"
}
if play >"$t/play1.log" 2>&1; then
	ok "ansible-playbook -c local hostsweep-iocs.yml"
else
	not_ok "ansible-playbook -c local hostsweep-iocs.yml" "$(tail -n 30 "$t/play1.log")"
	exit 0
fi
check "web-a's export collected on the controller" grep -q "\"value\":\"$sha\"" "$t/store/hosts/web-a.jsonl"
check "web-b's (empty) export collected" test -e "$t/store/hosts/web-b.jsonl" -a ! -s "$t/store/hosts/web-b.jsonl"
check "merged list on both servers" sh -c \
	"cmp -s '$t/store/fleet.jsonl' '$t/iocs-web-a/fleet.jsonl' && cmp -s '$t/store/fleet.jsonl' '$t/iocs-web-b/fleet.jsonl'"
hs --root "$t/web-b" --config "$t/web-b.conf" --format json sweep
got=$(jq_py "$OUT" "sorted((f['path'], 'ioc.sha256' in f['rules']) for f in F)")
check "web-b's next sweep finds its copy by hash (got $got)" \
	test "$got" = "[('/home/bob/public_html/up/notes.txt', True)]"

play >"$t/play2.log" 2>&1
check "second run: nothing changed on any server" sh -c \
	"grep -Eq '^web-a +: ok=[0-9]+ +changed=0 ' '$t/play2.log' && grep -Eq '^web-b +: ok=[0-9]+ +changed=0 ' '$t/play2.log'"

play -e '{"hostsweep_iocs_exclude": ["web-a"]}' >"$t/play3.log" 2>&1
check "an excluded server's export is left out of the merged list" sh -c \
	"[ ! -e '$t/store/hosts/web-a.jsonl' ] && ! grep -q '$sha' '$t/iocs-web-b/fleet.jsonl'"
exit 0
