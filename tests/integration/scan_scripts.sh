#!/usr/bin/env bash
# Script backdoors beyond PHP (rules/bot.yar, rules/script.yar) on the
# hand-written, inert variants of tests/fixtures/scripts: every malicious one
# found with its category and at least its severity, every benign look-alike
# below high (most without any finding). Each file is copied under a neutral
# name that keeps only its extension, so nothing is found because of what it
# is called. Then a --root sweep: the same scripts are reached in a docroot
# and in the temp dirs.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/scripts
t=$(mktemp_dir)
map=$t/map.tsv
copy_fixtures "$fx" "$t" s >"$map"
n=$(wc -l <"$map")
check "fixtures: at least 30 malicious variants and 10 look-alikes" \
	test "$(grep -c '^malicious/' "$fx/EXPECTED.tsv")" -ge 30 -a "$(grep -c '^benign/' "$fx/EXPECTED.tsv")" -ge 10
check "fixtures: every file is listed" \
	test "$(find "$fx/malicious" "$fx/benign" -type f | wc -l)" = "$n"

hs --format json scan "$t"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
python3 - "$OUT" "$map" <<'PY'
import json, sys
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
found = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
for line in open(sys.argv[2]):
    path, want, rel = line.rstrip("\n").split("\t")
    f = found.get(path)
    got = f and "%s %s %s" % (f["severity"], f["tags"], f["rules"])
    if want == "clean":
        ok, what = f is None, "no finding"
    elif want.startswith("max "):
        ok, what = f is None or rank[f["severity"]] <= rank[want[4:]], "at most " + want[4:]
    else:
        tags, sev = want.split()
        wanted = {t.replace("_", "-") for t in tags.split(",")}
        ok = f is not None and bool(wanted & set(f["tags"])) and rank[f["severity"]] >= rank[sev]
        what = "%s, %s or more" % ("/".join(sorted(wanted)), sev)
    print("%s - scan_scripts: %s: %s" % ("ok" if ok else "not ok", what, rel))
    if not ok:
        print("#   got %s" % got)
PY

# Round 2 (the r2_* fixtures): each behaviour is found by the rule written for
# it, whatever else fires (the copies of the first loop, by their neutral names).
for pair in r2_php_irc_sockets.php:bot_irc_command_dispatch r2_py_irc_ssl.py:bot_irc_command_dispatch \
	r2_udp_flood.pl:bot_udp_flood_loop r2_udp_flood.php:bot_udp_flood_loop r2_udp_flood.py:bot_udp_flood_loop \
	r2_sshkey.sh:bot_sshkey_persistence r2_sshkey.php:bot_sshkey_persistence r2_sshkey.py:bot_sshkey_persistence \
	r2_cron_braces.sh:bot_cron_install_payload r2_cron_d.py:bot_cron_install_payload r2_cron.php:bot_cron_install_payload \
	r2_dropper.sh:bot_dropper_tmp_exec r2_dropper.php:bot_dropper_tmp_exec \
	r2_dropper_fg.sh:bot_dropper_tmp_exec r2_dropper_lwp.pl:bot_dropper_tmp_exec r2_crontab_file:bot_crontab_file_payload r2_crontab_file_env:bot_crontab_file_payload \
	r2_miner.py:bot_miner_launch_code r2_miner.php:bot_miner_launch_code; do
	f=${pair%%:*} rule=${pair#*:}
	dst=$(awk -F'\t' -v r="malicious/$f" '$3 == r { print $1 }' "$map")
	got=$(jq_py "$OUT" "any(x['path']=='$dst' and 'bot.$rule' in x['rules'] for x in F)")
	check "scan_scripts: round 2: $f found by bot.$rule" test "$got" = True
done

# Round 3 (the r3_* fixtures): HTTP C2 pollers, preload rootkit installs,
# encoded stagers and Basic-auth guessing, each found by the rule written for it.
for pair in r3_c2_poll.php:bot_http_c2_poll r3_c2_poll_curl.php:bot_http_c2_poll r3_c2_requests.py:bot_http_c2_poll \
	r3_c2_urllib.py:bot_http_c2_poll r3_c2_getoutput.py:bot_http_c2_poll r3_perl_lwp_bot.pl:bot_http_c2_poll \
	r3_perl_iosock_bot.pl:bot_http_c2_poll r3_ldpreload_gcc.sh:bot_ld_preload_install \
	r3_ldpreload_fetch.sh:bot_ld_preload_install r3_ldpreload_var.sh:bot_ld_preload_install \
	r3_stager_xxd.sh:bot_encoded_stager r3_stager_printf.sh:bot_encoded_stager r3_stager_printf_eval.sh:bot_encoded_stager \
	r3_stager_split.sh:bot_encoded_stager r3_stager_split2.sh:bot_encoded_stager r3_stager_devtcp.sh:bot_encoded_stager \
	r3_stager_devtcp2.sh:bot_encoded_stager r3_stager_printf_var.sh:bot_encoded_stager \
	r3_stager_ansi_c.sh:bot_encoded_stager r3_stager_gzip_chain.sh:bot_encoded_stager r3_stager_devtcp_group.sh:bot_encoded_stager \
	r3_stager_b64_file.sh:bot_encoded_stager r3_stager_crontab_comments:bot_encoded_stager \
	r3_stager_cmdword.sh:bot_encoded_stager r3_stager_openssl.sh:bot_encoded_stager r3_stager_busybox.sh:bot_encoded_stager \
	r3_stager_eval_hex.sh:bot_encoded_stager r3_stager_rev_herestring.sh:bot_encoded_stager r3_cpanel_brute.pl:bot_http_basic_bruteforce \
	r3_whm_brute.pl:bot_http_basic_bruteforce r3_cpanel_brute.py:bot_http_basic_bruteforce; do
	f=${pair%%:*} rule=${pair#*:}
	dst=$(awk -F'\t' -v r="malicious/$f" '$3 == r { print $1 }' "$map")
	got=$(jq_py "$OUT" "any(x['path']=='$dst' and 'bot.$rule' in x['rules'] for x in F)")
	check "scan_scripts: round 3: $f found by bot.$rule" test "$got" = True
done

# An embedded key alone is how an owner adds a deploy key (clean); the same
# script saved under a dot-file name (/tmp/.k.sh) hides itself, and that is
# the key's sign of hiding (held-out set 4's Python implanters were .a.py).
dk=$(mktemp_dir)/deploykey
mkdir -p "$dk"
cp "$SRC/tests/fixtures/scripts/benign/t6b_sh_owner_deploy_key.sh" "$dk/add-ci-key.sh"
cp "$SRC/tests/fixtures/scripts/benign/t6b_sh_owner_deploy_key.sh" "$dk/.k.sh"
hs --format json scan "$dk"
got=$(jq_py "$OUT" "any(x['path']=='$dk/.k.sh' and 'bot.bot_sshkey_persistence' in x['rules'] for x in F)")
check "scan_scripts: an embedded key in a dot-file script (.k.sh) is bot_sshkey_persistence" test "$got" = True
got=$(jq_py "$OUT" "any(x['path']=='$dk/add-ci-key.sh' for x in F)")
check "scan_scripts: the same deploy-key script under its own name has no finding" test "$got" = False

# The third set (tests/eval/botgen.py: PHP CLI IRC bots, UDP floods, SSH key
# and cron persistence, droppers and miners from code, with their look-alikes),
# drawn with a seed its rules were not tuned on (seeds 1-4 were used).
g3=$(mktemp_dir)/gen3
seed3=21
python3 "$SRC/tests/eval/botgen.py" --out "$g3" --seed "$seed3" --per 4 >/dev/null
hs --format json scan "$g3"
python3 - "$OUT" "$g3" "$seed3" <<'PY'
import json, sys, os
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
worst = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        worst[o["path"]] = max(worst.get(o["path"], 0), rank[o["severity"]])
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(sys.argv[2], "variants.tsv"))][1:]
for fname, cls, tech, lang, expect, tr in rows:
    w = worst.get(os.path.join(sys.argv[2], fname), 0)
    ok = w >= 3 if cls == "malicious" else w == 0
    print("%s - scan_scripts: botgen seed %s: %s %s (%s) %s" % ("ok" if ok else "not ok", sys.argv[3], cls, tech, lang,
          "high or more" if cls == "malicious" else "no finding"))
PY

# The second set of invented variants (tests/eval/scriptgen.py: other styles,
# languages and encodings, written before the rules were read), drawn with a
# seed the rules were not tuned on (make eval uses seed 1): every malicious
# one high or critical, every look-alike below high.
g=$(mktemp_dir)/gen
seed=11
python3 "$SRC/tests/eval/scriptgen.py" --out "$g" --seed "$seed" --per 3 >/dev/null
hs --format json scan "$g"
python3 - "$OUT" "$g" "$seed" <<'PY'
import json, sys, os
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
worst = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        worst[o["path"]] = max(worst.get(o["path"], 0), rank[o["severity"]])
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(sys.argv[2], "variants.tsv"))][1:]
for fname, cls, tech, lang, expect, tr in rows:
    w = worst.get(os.path.join(sys.argv[2], fname), 0)
    ok = w >= 3 if cls == "malicious" else w < 3
    print("%s - scan_scripts: scriptgen seed %s: %s %s (%s) %s" % ("ok" if ok else "not ok", sys.argv[3], cls, tech, tr,
          "high or more" if cls == "malicious" else "below high"))
PY

# Reached where a sweep looks: a customer's docroot and /tmp (the tmp
# inspector), under --root.
r=$(mktemp_dir)
mkdir -p "$r/etc" "$r/tmp/.ICE-unix" "$r/var/tmp" "$r/dev/shm" "$r/home/alice/public_html/cgi-bin"
cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
alice:x:2001:2001::/home/alice:/bin/bash
P
cp "$fx/malicious/py_cgi_shell.py" "$r/home/alice/public_html/cgi-bin/s.py"
cp "$fx/malicious/irc_bot_dispatch.pl" "$r/tmp/.ICE-unix/a"
cp "$fx/malicious/sh_mkfifo_nc.sh" "$r/dev/shm/b"
cp "$fx/benign/monitor.sh" "$r/home/alice/public_html/cgi-bin/monitor.sh"
# the same detaching SOCKS relay in a hidden directory and in a home (in_hidden_dir)
mkdir -p "$r/tmp/.X11-unix"
cp "$fx/placed/socks_relay.py" "$r/tmp/.X11-unix/relay"
cp "$fx/placed/socks_relay.py" "$r/home/alice/relay.py"
chown -R 2001:2001 "$r/home/alice"
chown 33:33 "$r/tmp/.ICE-unix/a" "$r/dev/shm/b"
hs --root "$r" --format json sweep
check "sweep: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
has() { jq_py "$OUT" "any(f['path']=='$1' and any(r.startswith('$2') for r in f['rules']) for f in F)"; }
check "sweep: CGI shell in alice's docroot, account alice" \
	test "$(jq_py "$OUT" "[(f['account'], f['severity']) for f in F if f['path']=='/home/alice/public_html/cgi-bin/s.py']")" = "[('alice', 'critical')]"
check "sweep: IRC bot hidden in /tmp/.ICE-unix found by the YARA rule" test "$(has /tmp/.ICE-unix/a bot.bot_irc_script)" = True
check "sweep: netcat pipe shell in /dev/shm found by the YARA rule" test "$(has /dev/shm/b bot.bot_revshell_netcat_pipe)" = True
check "sweep: a detaching SOCKS relay in /tmp/.X11-unix is a hidden proxy (in_hidden_dir)" \
	test "$(has /tmp/.X11-unix/relay bot.bot_hidden_proxy_daemon)" = True
check "sweep: the same relay under an ordinary name in a home is not" \
	test "$(has /home/alice/relay.py bot.bot_hidden_proxy_daemon)" = False
check "sweep: the monitoring script in the docroot stays quiet" \
	test "$(jq_py "$OUT" "[f['path'] for f in F if f['path'].endswith('monitor.sh')]")" = "[]"
exit 0
