#!/usr/bin/env bash
# make demo: copy the bundled demo host tree (three hosting accounts, two of
# them compromised, a bot in /tmp) to a temporary root with real owners and
# modes, and run the nightly job on it with --root.
set -eu
cd "$(dirname "$0")/.."
# Everything the demo makes lives in one temporary directory, removed at
# exit: the host tree (root/) and hostsweep's state (scan cache, compiled
# rules, sweep lock, mail queue reading).
work=$(mktemp -d /tmp/hostsweep-demo.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir "$root"
{
	cat demo/hostsweep.conf
	printf '[general]\nstate_dir = %s\n' "$work/state"
} >"$work/hostsweep.conf"
cp -a demo/hostroot/. "$root/"
mkdir -p "$root/home/bob/public_html/mail" "$root/var/tmp" "$root/dev/shm"
while read -r path owner mode; do
	case "$path" in '#'* | '') continue ;; esac
	chown -h "$owner" "$root/$path"
	chmod "$mode" "$root/$path"
done <demo/owners.txt
# a symlink from Carol's docroot to Alice's config: the classic symlink attack
ln -s /home/alice/public_html/config.php "$root/home/carol/public_html/backup.txt"
chown -h 1003:1003 "$root/home/carol/public_html/backup.txt"
echo "hostsweep demo: sweeping the demo host tree at $root (--root)"
echo
set +e
./hostsweep --root "$root" --config "$work/hostsweep.conf" sweep "$@"
rc=$?
set -e
echo
echo "hostsweep exited with status $rc (0 nothing found, 1 findings, 2 error)"
[ "$rc" -le 1 ]
