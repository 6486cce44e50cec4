#!/usr/bin/env bash
# False-positive check for the script rules (rules/bot.yar, rules/script.yar)
# on legitimate Perl, Python and shell: IRC clients and bot frameworks, SMTP
# tools, monitoring plugins, rootkit checkers (which name backdoors), admin
# scripts. The PHP clean corpus holds only a few dozen scripts, too few to
# say anything about these rules.
# The packages are unpacked from Debian 12 .debs (never installed, never run)
# into SCRIPT_CLEAN (default /var/tmp/script-clean); the .debs stay beside it,
# so a second run works offline. Then the tree, the system's own Perl and
# Python libraries, and the PHP clean corpus' scripts are scanned; every
# finding is listed (any finding here is a false positive).
# usage: tests/eval-scripts.sh            (from the repo root, after make)
set -eu
cd "$(dirname "$0")/.."
target=${SCRIPT_CLEAN:-/var/tmp/script-clean}
cache=$target.debs
pkgs="irssi-scripts weechat-scripts limnoria python3-irc libnet-irc-perl libpoe-component-irc-perl znc
git-email swaks libmail-sendmail-perl munin-plugins-core monitoring-plugins-standard fail2ban rkhunter
chkrootkit devscripts logwatch python3-paramiko libnet-server-perl"
mkdir -p "$target" "$cache"
ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1 || apt-get update -qq >/dev/null 2>&1 || true
(
	cd "$cache"
	for p in $pkgs; do
		ls ./"${p}"_*.deb >/dev/null 2>&1 && continue
		apt-get download "$p" >/dev/null 2>&1 || echo "eval-scripts: skip $p (not downloadable)" >&2
	done
)
for p in $pkgs; do
	deb=$(ls "$cache/${p}"_*.deb 2>/dev/null | sort | tail -1)
	[ -n "$deb" ] || continue
	[ -d "$target/$p" ] || { dpkg-deb -x "$deb" "$target/$p.tmp" && mv "$target/$p.tmp" "$target/$p"; }
done
trees="$target"
for d in /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl /usr/lib/x86_64-linux-gnu/perl5 \
	/usr/share/perl /usr/lib/python3 /usr/lib/python3.11; do
	[ -d "$d" ] && trees="$trees $d"
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rules=${EVAL_RULES:-}
set -- ./hostsweep -q --full --format json
[ -n "$rules" ] && set -- "$@" --rules "$rules"
# shellcheck disable=SC2086
nice "$@" scan $trees >"$out/f.json" || [ $? = 1 ]
python3 - "$out/f.json" <<'PY'
import json, sys, collections
F, S = [], {}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if o["type"] == "finding": F.append(o)
    elif o["type"] == "summary": S = o
sev = collections.Counter(f["severity"] for f in F)
print("script clean set: %d files scanned, %d with any finding" % (S.get("files_scanned", 0), len(F)))
print("by severity: " + ", ".join("%s %d" % (k, sev[k]) for k in ("critical", "high", "medium", "low")))
for f in sorted(F, key=lambda f: f["path"]):
    print("  FP %-8s %s %s" % (f["severity"], ",".join(f["rules"]), f["path"]))
PY
