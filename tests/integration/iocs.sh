#!/usr/bin/env bash
# Indicators across a fleet, on two servers laid out under --root (their
# FTP, web and SSH logs are fixtures in the real line formats).
# Server A: a webshell uploaded over FTP and POSTed to, quarantined by the
# sweep's policy; `iocs export` gives its SHA-256, the uploader's and the
# POSTers' addresses and its name, and nothing from an action that was
# undone or from a file that was only reported. Server B imports A's export
# ([scan] ioc_dirs): its copies of the file under other names are found by
# hash alone (not a byte-changed variant), a login from A's attacker address
# is a high `login` finding, a failed one low, other addresses nothing; a
# bad or hostile list line is skipped with a warning and bounded.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
now=$(date -u +%s)
ftpdate=$(LC_ALL=C date -u -d "@$((now - 3600))" +'%a %b %e %H:%M:%S %Y')
webdate=$(LC_ALL=C date -u -d "@$((now - 1800))" +'%d/%b/%Y:%H:%M:%S +0000')
sshdate=$(LC_ALL=C date -d "@$((now - 600))" +'%b %e %H:%M:%S')
# Content no shipped rule or signature names by hash: made here, one of a
# kind per run, so only an imported indicator can match it by hash.
salt=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
shell="<?php /* $salt */ @eval(\$_POST['k']); ?>"

mkroot() { # mkroot DIR USER UID
	mkdir -p "$1/etc" "$1/tmp" "$1/var/log" "$1/home/$2/domains/$2.example/public_html"
	printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\n%s:x:%s:%s::/home/%s:/bin/sh\nbob:x:2302:2302::/home/bob:/bin/sh\n' \
		"$2" "$3" "$3" "$2" >"$1/etc/passwd"
	mkdir -p "$1/home/bob"
}

# ---- server A ----
a=$t/a
mkroot "$a" alice 2301
echo web-a.example >"$a/etc/hostname"
docA=/home/alice/domains/alice.example/public_html
mkdir -p "$a$docA/wp-content/uploads"
printf '%s\n' "$shell" >"$a$docA/wp-content/uploads/cache.php"
printf '<?php @eval($_POST["x"]); /* reported, never acted on */ ?>\n' >"$a$docA/other.php"
chown -R 2301:2301 "$a/home/alice"
printf '%s 1 203.0.113.7 40 %s/wp-content/uploads/cache.php b _ i r alice ftp 0 * c\n' \
	"$ftpdate" "$docA" >"$a/var/log/xferlog"
mkdir -p "$a/var/log/httpd/domains"
for ip in 198.51.100.23 198.51.100.23 127.0.0.1; do
	printf '%s - - [%s] "POST /wp-content/uploads/cache.php HTTP/1.1" 200 5 "-" "x"\n' "$ip" "$webdate"
done >"$a/var/log/httpd/domains/alice.example.log"
printf '192.0.2.50 - - [%s] "GET /wp-content/uploads/cache.php HTTP/1.1" 200 5 "-" "crawler"\n' \
	"$webdate" >>"$a/var/log/httpd/domains/alice.example.log"
cat >"$t/a.conf" <<EOF
[general]
state_dir = $t/stateA
[scan]
docroots = /home/*/domains/*/public_html
tmp_dirs = /tmp
ioc_dirs = $t/none
[logs]
ftp_logs = /var/log/xferlog
auth_logs =
[policy]
apply = yes
allow_paths = */other.php
[policy.webshells]
action = quarantine
kind = file
min_severity = high
EOF
hs --root "$a" --config "$t/a.conf" --format json --full sweep
check "server A: sweep quarantines the uploaded webshell (exit 1)" sh -c \
	"[ $RC = 1 ] && [ ! -e '$a$docA/wp-content/uploads/cache.php' ] && [ -e '$a$docA/other.php' ]"
got=$(jq_py "$OUT" "[f.get('provenance',{}).get('upload',{}).get('client') for f in F if f['kind']=='file' and f['path'].endswith('cache.php')]")
check "server A: the finding carries the FTP uploader (got $got)" test "$got" = "['203.0.113.7']"

hs --root "$a" --config "$t/a.conf" iocs export
check "iocs export: exit 0, valid JSON lines" sh -c "[ $RC = 0 ] && [ -s '$OUT' ]" && json_valid "$OUT"
cp "$OUT" "$t/a.jsonl"
ioc() { python3 -c 'import json,sys
L=[json.loads(l) for l in open(sys.argv[1])]
print(eval(sys.argv[2]))' "$t/a.jsonl" "$1"; }
sha=$(printf '%s\n' "$shell" | sha256sum | cut -d' ' -f1)
got=$(ioc "sorted(o['value'] for o in L if o['kind']=='sha256')")
check "export: the quarantined file's SHA-256, and only it" test "$got" = "['$sha']"
got=$(ioc "sorted((o['value'],o['via']) for o in L if o['kind']=='ip')")
check "export: the FTP uploader and the POSTer, not loopback nor a GET-only client (got $got)" \
	test "$got" = "[('198.51.100.23', 'web-post'), ('203.0.113.7', 'ftp-upload')]"
got=$(ioc "sorted(o['value'] for o in L if o['kind']=='filename')")
check "export: the file name (got $got)" test "$got" = "['cache.php']"
got=$(ioc "sorted(set((o['host'], o['account'], o['action_kind']) for o in L))")
check "export: host, account and action on every line (got $got)" \
	test "$got" = "[('web-a.example', 'alice', 'quarantine')]"
hs --root "$a" --config "$t/a.conf" iocs export
check "export: the same journal gives the same bytes" cmp -s "$OUT" "$t/a.jsonl"
hs --root "$a" --config "$t/a.conf" --since 1s iocs export
sleep 2
hs --root "$a" --config "$t/a.conf" --since 1s iocs export
check "export --since: actions before the window are left out" test ! -s "$OUT"

# an undone action is a false positive: nothing of it is exported
hs --root "$a" --config "$t/a.conf" --format json actions
qid=$(jq_py "$OUT" "[o['id'] for o in L if o.get('action')=='quarantine'][0]")
hs --root "$a" --config "$t/a.conf" undo "$qid"
hs --root "$a" --config "$t/a.conf" iocs export
check "export after undo (the file restored): nothing" sh -c "[ $RC = 0 ] && [ ! -s '$OUT' ]"

# two confirmed files uploaded from one address: one ip line, the first
# action's; one sha256 line per file
a2=$t/a2
mkroot "$a2" alice 2301
mkdir -p "$a2$docA/wp-content/uploads"
for n in 1 2; do
	printf '<?php /* %s-%s */ @eval($_POST["k"]); ?>\n' "$salt" "$n" >"$a2$docA/wp-content/uploads/s$n.php"
	printf '%s 1 203.0.113.7 40 %s/wp-content/uploads/s%s.php b _ i r alice ftp 0 * c\n' \
		"$ftpdate" "$docA" "$n" >>"$a2/var/log/xferlog"
done
chown -R 2301:2301 "$a2/home/alice"
sed -e "s|$t/stateA|$t/stateA2|" "$t/a.conf" >"$t/a2.conf"
hs --root "$a2" --config "$t/a2.conf" --format json --full sweep
hs --root "$a2" --config "$t/a2.conf" iocs export
got=$(python3 -c 'import json,sys
L=[json.loads(l) for l in open(sys.argv[1])]
ips=[o for o in L if o["kind"]=="ip"]
first=min(o["action"] for o in L if o["kind"]=="sha256")
print(len([o for o in L if o["kind"]=="sha256"]), [(o["value"], o["action"]==first) for o in ips])' "$OUT")
check "two files from one address: 2 hashes, 1 address line with the first action (got $got)" \
	test "$got" = "2 [('203.0.113.7', True)]"

# ---- server B ----
b=$t/b
mkroot "$b" carol 2303
docB=/home/carol/domains/carol.example/public_html
mkdir -p "$b$docB/images" "$b/home/bob/public_html" "$t/iocs"
printf '%s\n' "$shell" >"$b$docB/images/logo.php"       # the copy, under another name
printf '%s\n' "$shell" >"$b$docB/images/thumbs.db"       # and without any script extension
printf '%s \n' "$shell" >"$b$docB/images/variant.php"    # one byte changed: not a copy
printf '<?php echo "cache";\n' >"$b$docB/cache.php"      # the same name, other content
printf 'GIF89a %s\n' "$salt" >"$b$docB/images/pixel.gif" # harmless content
chown -R 2303:2303 "$b/home/carol"
cat >"$b/var/log/auth.log" <<EOF
$sshdate web-b sshd[100]: Accepted password for bob from 203.0.113.7 port 50000 ssh2
$sshdate web-b sshd[101]: Failed password for carol from 198.51.100.23 port 50001 ssh2
$sshdate web-b sshd[102]: Accepted password for carol from 192.0.2.99 port 50002 ssh2
EOF
cat >"$t/b.conf" <<EOF
[general]
state_dir = $t/stateB
[scan]
docroots = /home/*/domains/*/public_html
tmp_dirs = /tmp
ioc_dirs = $t/iocs $t/missing
[logs]
auth_logs = /var/log/auth.log
ftp_logs =
EOF
hs --root "$b" --config "$t/b.conf" --format json --full sweep
base=$(jq_py "$OUT" "sorted((f['path'],f['rules']) for f in F if 'ioc.sha256' in f['rules'])")
check "without imported lists: no ioc finding" test "$base" = "[]"

# A's export from before the undo (the quarantined file)
cp "$t/a.jsonl" "$t/iocs/fleet.jsonl"
hs --root "$b" --config "$t/b.conf" --format json --full sweep
check "server B: sweep with the fleet list (exit 1, valid JSON)" sh -c "[ $RC = 1 ]" && json_valid "$OUT"
got=$(jq_py "$OUT" "sorted(f['path'].rsplit('/',1)[1] for f in F if 'ioc.sha256' in f['rules'])")
check "B: both copies found by hash, whatever their names; not the variant nor the same name (got $got)" \
	test "$got" = "['logo.php', 'thumbs.db']"
got=$(jq_py "$OUT" "sorted(set((f['account'], 'ioc' in f['tags']) for f in F if (f['path'] or '').endswith('thumbs.db')))")
check "B: a copy is a finding of its account, tagged ioc (got $got)" test "$got" = "[('carol', True)]"
got=$(jq_py "$OUT" "sorted((f['rules'][0], f['severity'], f['user'], f['ip'], f['listed_by']) for f in F if f['kind']=='login')")
check "B: the listed address's login is high, its failed login low, others nothing (got $got)" \
	test "$got" = "[('ioc.ip_login', 'high', 'bob', '203.0.113.7', 'web-a.example'), ('ioc.ip_login_failed', 'low', 'carol', '198.51.100.23', 'web-a.example')]"
got=$(jq_py "$OUT" "(S['iocs']['hashes'], S['iocs']['addresses'], S['iocs']['logins_flagged'])")
check "B: the summary counts the imported indicators (got $got)" test "$got" = "(1, 2, 2)"
hs --root "$b" --config "$t/b.conf" sweep
check "B: text report names the login finding" grep -q 'login .*-$\|ioc.ip_login' "$OUT"

# plain lists, CIDR prefixes, and hostile lines
rm "$t/iocs/fleet.jsonl"
{
	echo "# plain list"
	echo "$sha  cache.php from web-a"
	echo "$(sha256sum <"$b$docB/images/pixel.gif" | cut -d' ' -f1) content no rule flags"
	echo "not-a-hash"
	printf '%s\0x\n' "$sha"
} >"$t/iocs/intel.sha256"
{
	echo "203.0.113.0/24 a whole range"
	echo "300.1.1.1"
	echo "2001:db8::/32"
	python3 -c 'print("9" * 70000)'
	echo "::1/200"
} >"$t/iocs/intel.ips"
printf '{"kind":"sha256","value":"zz"}\n{"kind":"ip","value":"198.51.100.23","kind":"ip"}\n{\n[1,2]\n{"kind":"filename","value":"x.php"}\n' >"$t/iocs/broken.jsonl"
printf '%s\n' "$sha" >"$t/iocs/ignored.txt"
hs --root "$b" --config "$t/b.conf" --format json --full sweep
got=$(jq_py "$OUT" "sorted(f['path'].rsplit('/',1)[1] for f in F if 'ioc.sha256' in f['rules'])")
check "plain .sha256 list: the copies found (got $got)" test "$got" = "['logo.php', 'pixel.gif', 'thumbs.db']"
got=$(jq_py "$OUT" "[(f['severity'], f['rules']) for f in F if (f['path'] or '').endswith('pixel.gif')]")
check "a file found by its listed hash alone is high, never critical (got $got)" \
	test "$got" = "[('high', ['ioc.sha256'])]"
got=$(jq_py "$OUT" "sorted((f['user'], f['ip']) for f in F if f['kind']=='login')")
check "CIDR prefix in a .ips list matches the login (got $got)" test "$got" = "[('bob', '203.0.113.7')]"
nbad=$(grep -c 'line skipped' "$ERR")
check "bad lines warned once each, naming file:line (got $nbad)" sh -c \
	"[ $nbad = 9 ] && grep -q 'intel.sha256:4: expected a hex SHA-256' '$ERR' && grep -q 'intel.ips:4: line longer than 64 KiB' '$ERR' && grep -q 'intel.sha256:5: NUL byte' '$ERR'"
hs --root "$b" --config "$t/b.conf" --format json iocs status
got=$(jq_py "$OUT" "(L[0]['lists'], L[0]['hashes'], L[0]['addresses'], L[0]['ignored'])")
check "iocs status: 3 lists (.txt is not one), 2 hashes, 2 prefixes, 1 ignored name (got $got)" \
	test "$got" = "(3, 2, 2, 1)"

# the cache: an unchanged tree is rescanned when the lists change
rm -f "$t/iocs/"*
hs --root "$b" --config "$t/b.conf" --format json sweep
hs --root "$b" --config "$t/b.conf" --format json sweep
check "repeat sweep without lists: no ioc finding" sh -c "! grep -q ioc.sha256 '$OUT'"
cp "$t/a.jsonl" "$t/iocs/fleet.jsonl"
hs --root "$b" --config "$t/b.conf" --format json sweep
got=$(jq_py "$OUT" "len([f for f in F if 'ioc.sha256' in f['rules']])")
check "repeat sweep (scan cache) after the list arrives: the copies found (got $got)" test "$got" = 2

# an unreadable list directory is an error, a missing one is not
mkdir -p "$t/noperm" && chmod 000 "$t/noperm"
printf '[scan]\nioc_dirs = %s/noperm\n[general]\nstate_dir = %s/stateC\n' "$t" "$t" >"$t/c.conf"
if [ "$(id -u)" = 0 ]; then
	skip "unreadable ioc_dirs is an error" "root reads a mode-000 directory"
else
	hs --config "$t/c.conf" scan /dev/null
	check "unreadable ioc_dirs: exit 2" test "$RC" = 2
fi
exit 0
