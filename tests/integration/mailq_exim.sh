#!/usr/bin/env bash
# Mail queue with a real exim: the exim4 binary of Debian's
# exim4-daemon-light, unpacked with dpkg-deb -x into a temp dir (the package
# conflicts with postfix, which may hold the MTA slot), run with a test
# config in queue-only mode (-odq, queue_only) on a spool in the temp dir.
# Nothing is delivered and nothing listens. The copy is not set-uid: each
# submitter runs exim as itself, with exim_user set to that user so that
# exim's chown of its spool files is a no-op. The -H files are exim's own.
#   300 as www-data with X-PHP-Originating-Script (split_spool_directory on)
#    40 as hs_t_mxbob
#    20 by root as an SMTP submission (-oMa, -oMai: authenticated id)
. "$(dirname "$0")/../lib.sh"

if [ "$(id -u)" != 0 ]; then
	skip "real exim" "needs root"
	exit 0
fi
W=$(mktemp_dir)
chmod 0755 "$W"
mkdir -p "$W/deb" "$W/x"
chmod 0777 "$W/deb"
pkgs=exim4-daemon-light
ldconfig -p | grep -q 'libidn\.so\.12 ' || pkgs="$pkgs libidn12"
# shellcheck disable=SC2086
if ! (cd "$W/deb" && apt-get download $pkgs >"$W/apt.log" 2>&1); then
	(cd "$W/deb" && apt-get update -qq >/dev/null 2>&1 && apt-get download $pkgs >"$W/apt.log" 2>&1)
fi
if ! ls "$W"/deb/exim4-daemon-light_*.deb >/dev/null 2>&1; then
	not_ok "exim4-daemon-light downloaded" "$(tail -n 3 "$W/apt.log")"
	exit 0
fi
for d in "$W"/deb/*.deb; do dpkg-deb -x "$d" "$W/x"; done
EXIM=$W/x/usr/sbin/exim4
chmod u-s "$EXIM"
export LD_LIBRARY_PATH=$W/x/usr/lib/x86_64-linux-gnu
# the compiled-in exim user must exist for exim to start at all
if ! getent passwd Debian-exim >/dev/null; then
	useradd -r -M -s /usr/sbin/nologin -d /nonexistent Debian-exim
	at_exit "userdel Debian-exim >/dev/null 2>&1; groupdel Debian-exim >/dev/null 2>&1"
fi
check "exim binary runs" sh -c '"$1" -bV -C /dev/null 2>/dev/null | grep -q "^Exim version"' - "$EXIM"

for u in hs_t_mxalice hs_t_mxbob; do
	if id "$u" >/dev/null 2>&1; then userdel -r "$u" >/dev/null 2>&1; fi
	useradd -m -s /bin/sh "$u"
	at_exit "userdel -r $u >/dev/null 2>&1"
done
ALICE_UID=$(id -u hs_t_mxalice)

S=$W/spool
mkdir -p "$S/input" "$S/msglog" "$S/db" "$W/log"
chmod 0777 "$S" "$W/log"
chmod 1777 "$S/input" "$S/msglog" "$S/db"
conf() { # conf NAME EXIM_USER SPLIT
	cat >"$W/$1.conf" <<EOF
exim_user = $2
exim_group = $(id -gn "$2")
spool_directory = $S
log_file_path = $W/log/%slog
primary_hostname = hs-test.invalid
queue_only = true
split_spool_directory = $3
untrusted_set_sender = *
local_from_check = false
keep_environment = LD_LIBRARY_PATH
begin routers
defer_all:
  driver = redirect
  allow_defer
  data = :defer: all delivery deferred in the hostsweep test
begin transports
begin retry
* * F,1d,1d
EOF
	chmod 0644 "$W/$1.conf"
}
conf www www-data true
conf bob hs_t_mxbob false
conf root Debian-exim false

msg() { printf 'To: victim%s@example.com\nSubject: offer\n%s\nbuy now\n' "$RANDOM" "${1:+X-PHP-Originating-Script: $1
}"; }
fails=0
for i in $(seq 1 300); do
	msg "$ALICE_UID:mailer.php" | runuser -u www-data -- env LD_LIBRARY_PATH="$LD_LIBRARY_PATH" \
		"$EXIM" -C "$W/www.conf" -odq -f promo@alice-shop.test -t 2>>"$W/exim.err" || fails=$((fails + 1))
done
for i in $(seq 1 40); do
	msg | runuser -u hs_t_mxbob -- env LD_LIBRARY_PATH="$LD_LIBRARY_PATH" \
		"$EXIM" -C "$W/bob.conf" -odq -f news@bob-site.test -t 2>>"$W/exim.err" || fails=$((fails + 1))
done
for i in $(seq 1 20); do
	msg | "$EXIM" -C "$W/root.conf" -odq -oMa 192.0.2.7 -oMaa plain -oMai hs_t_mxbob \
		-oMr esmtpa -f news@bob-site.test -t 2>>"$W/exim.err" || fails=$((fails + 1))
done
check "360 messages queued by exim" test "$fails" = 0
nh=$(find "$S/input" -name '*-H' | wc -l)
check "exim wrote 360 -H files (some in split subdirectories)" \
	test "$nh/$(find "$S/input" -mindepth 2 -name '*-H' | wc -l)" = "360/300"

check "exim's own count agrees (exim -bpc, split spool)" test "$("$EXIM" -C "$W/www.conf" -bpc 2>/dev/null)" = 360

cat >"$W/hs.conf" <<EOF
[general]
state_dir = $W/state
[mailq]
mta = exim
queue_dir = $S
EOF
hs --config "$W/hs.conf" --format json mailq
check "mailq: JSON" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
top() { q "[(e['value'],e['messages']) for e in S['mailq']['attribution']['top_$1']]"; }
check "input 360" test "$(q 'S["mailq"]["queues"]["input"]')" = 360
check "no unreadable" test "$(q 'S["mailq"]["unreadable"]')" = 0
check "senders exact" test "$(top sender)" = "[('promo@alice-shop.test', 300), ('news@bob-site.test', 60)]"
check "users exact (local submissions only)" \
	test "$(top user)/$(q 'S["mailq"]["attribution"]["no_user"]')" = "[('www-data', 300), ('hs_t_mxbob', 40)]/20"
check "auth users exact" test "$(top auth_user)" = "[('hs_t_mxbob', 20)]"
check "scripts exact" test "$(top script)" = "[('$ALICE_UID:mailer.php', 300)]"
check "accounts exact (script owner; submitter; SMTP login)" \
	test "$(top account)" = "[('hs_t_mxalice', 300), ('hs_t_mxbob', 60)]"
check "oldest age from the message ids: small" \
	test "$(q '0 <= S["mailq"]["oldest_age_seconds"] < 3600')" = True

# auto-detection under --root: a copy of the spool where Debian keeps it
R=$W/root
mkdir -p "$R/var/spool/exim4" "$R/usr/sbin" "$R/etc"
cp -a "$S/input" "$R/var/spool/exim4/"
: >"$R/usr/sbin/exim4"
getent passwd root www-data hs_t_mxalice hs_t_mxbob >"$R/etc/passwd"
printf '[general]\nstate_dir = %s/state2\n' "$W" >"$W/auto.conf"
hs --config "$W/auto.conf" --root "$R" --format json mailq
check "--root: exim detected at /var/spool/exim4" \
	test "$(q '(S["mailq"]["mta"], S["mailq"]["spool"], S["mailq"]["total"])')" = "('exim', '/var/spool/exim4', 360)"
check "--root: accounts from the root's passwd" \
	test "$(top account)" = "[('hs_t_mxalice', 300), ('hs_t_mxbob', 60)]"

hs --config "$W/hs.conf" check mailq --warning 100 --critical 1000
check "check: WARNING, exit 1" test "$RC" = 1
check "check: one line with perfdata" \
	grep -qE "^MAILQ WARNING - exim: 360 messages \(count warning\).*\| 'messages'=360;100;1000;0; 'oldest_age'=[0-9]+s;14400;86400;0; 'input'=360;;;0; 'unreadable'=0;;;0;$" "$OUT"
exit 0
