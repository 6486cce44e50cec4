#!/usr/bin/env bash
# sweep: scripts in hosting accounts' home directories outside the docroots
# (~/.config/x, ~/bin/*.pl) are scanned; mail stores, package trees and
# non-runnable files are not; docroot files are reported once; [homes]
# enabled = no turns it off. The bots are the hand-written inert fixtures of
# tests/fixtures/scripts (never run), under neutral names.
. "$(dirname "$0")/../lib.sh"
fx="$SRC/tests/fixtures/scripts/malicious"
r=$(mktemp_dir)
mkdir -p "$r/etc" "$r/tmp" "$r/var/tmp" "$r/dev/shm" "$r/home/alice/public_html" \
	"$r/home/alice/.config" "$r/home/alice/bin" "$r/home/alice/Maildir/cur" \
	"$r/home/alice/notes" "$r/home/bob/public_html"
cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
alice:x:2101:2101::/home/alice:/bin/bash
bob:x:2102:2102::/home/bob:/bin/bash
P
cp "$fx/connect_back_classic.pl" "$r/home/alice/.config/x"        # no extension
cp "$fx/irc_bot_dispatch.pl" "$r/home/alice/bin/update.pl"         # script extension
cp "$fx/py_revshell_loopdup.py" "$r/home/alice/notes/data.dat"     # not runnable: not read
chmod 0644 "$r/home/alice/notes/data.dat"
cp "$fx/connect_back_classic.pl" "$r/home/alice/Maildir/cur/1700000000.M1.host:2,S"
printf '<?php @eval($_POST["x"]); ?>\n' >"$r/home/alice/public_html/x.php"
printf 'just notes\n' >"$r/home/alice/notes/todo"
chown -R 2101:2101 "$r/home/alice"
chown -R 2102:2102 "$r/home/bob"

hs --root "$r" --format json sweep
check "sweep exits 1 with findings" test "$RC" = 1
absent() { ! grep -qF -- "$1" <<<"$2"; }
paths() { jq_py "$OUT" "sorted(f['path'] for f in F if f['kind']=='file')"; }
p=$(paths)
check "a bot without extension in ~/.config is found (got: $p)" grep -q "'/home/alice/.config/x'" <<<"$p"
check "a bot in ~/bin is found" grep -q "'/home/alice/bin/update.pl'" <<<"$p"
check "the finding is attributed to the account" \
	test "$(jq_py "$OUT" "[f['account'] for f in F if f['path']=='/home/alice/.config/x']")" = "['alice']"
check "a mail store (Maildir) is not read" absent Maildir "$p"
check "a file that is not runnable (data.dat, 0644) is not read" absent data.dat "$p"
check "the docroot file is reported once" \
	test "$(jq_py "$OUT" "len([f for f in F if f['path']=='/home/alice/public_html/x.php'])")" = 1
check "the summary counts the homes walked" test "$(jq_py "$OUT" "S.get('homes')")" = 2

printf '[homes]\nenabled = no\n' >"$r/off.conf"
hs --config "$r/off.conf" --root "$r" --format json sweep
p=$(paths)
check "[homes] enabled = no: home scripts are not scanned" absent .config/x "$p"
check "[homes] enabled = no: the docroot still is" grep -q "x.php" <<<"$p"
printf '[homes]\nenabled = perhaps\n' >"$r/bad.conf"
hs --config "$r/bad.conf" --root "$r" sweep
check "a bad [homes] value is an error naming the file and line" grep -q "bad.conf:2" "$ERR"
