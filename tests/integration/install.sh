#!/usr/bin/env bash
# make install into a DESTDIR: the tree, the modes, the installed config
# parses with the real binary (as shipped, and with every default
# uncommented), an existing config is never overwritten, and make uninstall
# leaves the config and the state.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
d=$t/dest
if ! make -s -C "$SRC" install DESTDIR="$d" >"$t/install.log" 2>&1; then
	not_ok "make install DESTDIR" "$(tail -n 20 "$t/install.log")"
	exit 0
fi
ok "make install DESTDIR"

mode() { stat -c %a "$1" 2>/dev/null; }
has_mode() { [ -e "$1" ] && [ "$(mode "$1")" = "$2" ]; }
check "binary /usr/sbin/hostsweep, 0755" has_mode "$d/usr/sbin/hostsweep" 755
check "installed binary runs (--version)" sh -c "'$d/usr/sbin/hostsweep' --version | grep -q '^hostsweep '"
n_src=$(ls "$SRC"/rules/*.yar | wc -l)
n_dst=$(ls "$d"/usr/share/hostsweep/rules/*.yar 2>/dev/null | wc -l)
check "every shipped rule file in /usr/share/hostsweep/rules ($n_src)" test "$n_src" = "$n_dst"
check "signatures in /usr/share/hostsweep/signatures" \
	test -f "$d/usr/share/hostsweep/signatures/sha256.txt" -a -f "$d/usr/share/hostsweep/signatures/patterns.pcre"
check "config /etc/hostsweep/hostsweep.conf, 0644" has_mode "$d/etc/hostsweep/hostsweep.conf" 644
check "pristine copy /usr/share/hostsweep/hostsweep.conf.default, same content" \
	cmp -s "$d/etc/hostsweep/hostsweep.conf" "$d/usr/share/hostsweep/hostsweep.conf.default"
check "operator rules directory /etc/hostsweep/rules.d" test -d "$d/etc/hostsweep/rules.d"
check "state directory /var/lib/hostsweep, 0700" has_mode "$d/var/lib/hostsweep" 700
check "man page hostsweep(8)" test -s "$d/usr/share/man/man8/hostsweep.8"
check "man page hostsweep.conf(5)" test -s "$d/usr/share/man/man5/hostsweep.conf.5"
check "units in /usr/lib/systemd/system, 0644" sh -c \
	"[ \"\$(stat -c %a '$d/usr/lib/systemd/system/hostsweep.service')\" = 644 ] && [ \"\$(stat -c %a '$d/usr/lib/systemd/system/hostsweep.timer')\" = 644 ]"
check "tmpfiles entry creates the state dir 0700" \
	grep -q '^d /var/lib/hostsweep 0700 root root' "$d/usr/lib/tmpfiles.d/hostsweep.conf"
check "service runs /usr/sbin/hostsweep sweep" grep -q '^ExecStart=/usr/sbin/hostsweep .*sweep$' \
	"$d/usr/lib/systemd/system/hostsweep.service"
check "operator guide and Ansible example in /usr/share/doc/hostsweep" \
	test -s "$d/usr/share/doc/hostsweep/operator-guide.md" -a -s "$d/usr/share/doc/hostsweep/ansible/hostsweep.yml"
# nothing outside the expected top-level directories
extra=$(cd "$d" && find . -type f | grep -Ev '^\./(usr/sbin|usr/share/(hostsweep|man|doc/hostsweep)|usr/lib/(systemd/system|tmpfiles\.d)|etc/hostsweep)/' || true)
check "nothing installed elsewhere" test -z "$extra"

# the installed config parses with the real binary
rules=$d/usr/share/hostsweep/rules sigs=$d/usr/share/hostsweep/signatures
hs --config "$d/etc/hostsweep/hostsweep.conf" --rules "$rules" --signatures "$sigs" scan /dev/null
check "installed config parses (scan /dev/null exits 0)" test "$RC" = 0
check "...without a warning" test ! -s "$ERR"
# every commented default, uncommented, parses too and changes nothing
sed -e 's/^#\([a-z_]* =\)/\1/' -e 's/^#\t/\t/' "$d/etc/hostsweep/hostsweep.conf" |
	sed -e "s|/usr/share/hostsweep|$d/usr/share/hostsweep|g" -e "s|/var/lib/hostsweep|$t/state|g" \
		-e "s|/etc/hostsweep|$d/etc/hostsweep|g" >"$t/uncommented.conf"
nset=$(grep -cE '^[a-z_]+ =' "$t/uncommented.conf")
ncom=$(grep -cE '^#[a-z_]+ =' "$d/etc/hostsweep/hostsweep.conf")
check "every commented default uncommented ($nset settings)" test "$nset" = "$ncom" -a "$nset" -gt 15
hs --config "$t/uncommented.conf" scan /dev/null
check "uncommented defaults parse (exit 0)" test "$RC" = 0
# same result as the built-in defaults on a small tree
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/var/tmp" "$r/dev/shm" "$r/home/alice/public_html/img" "$r/var/www/html"
printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\nalice:x:2001:2001::/home/alice:/bin/sh\n' >"$r/etc/passwd"
printf '<?php @eval($_POST["x"]); ?>\n' >"$r/home/alice/public_html/img/a.php"
printf '<?php echo 1; ?>\n' >"$r/var/www/html/index.php"
chown 33:33 "$r/var/www/html/index.php"
printf '#!/bin/sh\n' >"$r/tmp/.x"
printf '[general]\nstate_dir = %s/state\n' "$t" >"$t/builtin.conf"
# timings differ between two runs: the summary's elapsed_seconds and the
# log readers' logs.seconds
strip() { python3 -c 'import json,sys
for l in open(sys.argv[1]):
    o=json.loads(l); o.pop("elapsed_seconds",None)
    if isinstance(o.get("logs"),dict): o["logs"].pop("seconds",None)
    print(json.dumps(o,sort_keys=True))' "$1"; }
hs --config "$t/builtin.conf" --rules "$rules" --signatures "$sigs" --root "$r" --format json --full sweep
strip "$OUT" >"$t/a.json"
hs --config "$t/uncommented.conf" --root "$r" --format json --full sweep
strip "$OUT" >"$t/b.json"
check "uncommented defaults sweep exactly like the built-in defaults" cmp -s "$t/a.json" "$t/b.json"

# a second install keeps the operator's config
printf '\n[scan]\nmax_file_size = 32M\n' >>"$d/etc/hostsweep/hostsweep.conf"
cp "$d/etc/hostsweep/hostsweep.conf" "$t/mine.conf"
touch "$d/var/lib/hostsweep/cache.db"
make -s -C "$SRC" install DESTDIR="$d" >"$t/install2.log" 2>&1
check "second make install succeeds" test $? = 0
check "existing config not overwritten" cmp -s "$t/mine.conf" "$d/etc/hostsweep/hostsweep.conf"
check "...and make install says so" grep -q "keeping .*hostsweep.conf" "$t/install2.log"

# uninstall: program, data, man pages, units gone; config and state kept
make -s -C "$SRC" uninstall DESTDIR="$d" >"$t/uninstall.log" 2>&1
check "make uninstall succeeds" test $? = 0
check "binary removed" test ! -e "$d/usr/sbin/hostsweep"
check "rules, signatures, docs removed" test ! -e "$d/usr/share/hostsweep" -a ! -e "$d/usr/share/doc/hostsweep"
check "man pages removed" test ! -e "$d/usr/share/man/man8/hostsweep.8" -a ! -e "$d/usr/share/man/man5/hostsweep.conf.5"
check "units and tmpfiles entry removed" test ! -e "$d/usr/lib/systemd/system/hostsweep.service" \
	-a ! -e "$d/usr/lib/systemd/system/hostsweep.timer" -a ! -e "$d/usr/lib/tmpfiles.d/hostsweep.conf"
check "config kept" cmp -s "$t/mine.conf" "$d/etc/hostsweep/hostsweep.conf"
check "state kept" test -f "$d/var/lib/hostsweep/cache.db" -a "$(mode "$d/var/lib/hostsweep")" = 700

# PREFIX: the paths make install would use (dry run: the shared build is not rebuilt)
make -n -C "$SRC" install PREFIX=/usr/local DESTDIR=/DEST >"$t/prefix.log" 2>&1
check "PREFIX=/usr/local: binary in /usr/local/sbin, data in /usr/local/share/hostsweep, man in /usr/local/share/man" \
	sh -c "grep -q '/DEST/usr/local/sbin/hostsweep' '$t/prefix.log' && grep -q '/DEST/usr/local/share/hostsweep/rules' '$t/prefix.log' && grep -q '/DEST/usr/local/share/man/man8/hostsweep.8' '$t/prefix.log'"
check "PREFIX=/usr/local: the unit's ExecStart follows" grep -q "s|/usr/sbin/hostsweep|/usr/local/sbin/hostsweep|g" "$t/prefix.log"
check "PREFIX=/usr/local: config stays in /etc/hostsweep, state in /var/lib/hostsweep" \
	sh -c "grep -q '/DEST/etc/hostsweep/rules.d' '$t/prefix.log' && grep -q '/DEST/var/lib/hostsweep' '$t/prefix.log'"
exit 0
