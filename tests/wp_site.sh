# A WordPress site to inject into, shared by the WordPress site tests
# (tests/integration/scan_wp_injections.sh, scan_wp_site.sh): the WordPress
# of the clean corpus (Debian's package and its themes) copied into a
# customer's docroot under a fake --root, injections written into it, the
# site scanned, and each injected file judged against what it must get.
# usage (after tests/lib.sh):
#   wp_site_setup || exit 0     # skips (and says why) without a WordPress
#   inject PATH EXPECT MODE WHAT [TECHNIQUE] <<'EOF' ... EOF
#   wp_site_scan_check NAME      # WP_SITE_KEEP=DIR keeps the site there
# PATH is relative to the docroot ($site). EXPECT: `high` (found, high or
# critical), `any` (found at any severity), `benign` (a look-alike of real
# plugin code: no high or critical finding). MODE: new, append or prepend
# (to the file of the real WordPress). TECHNIQUE groups the per-technique
# figures printed at the end.
clean=${CLEAN:-/var/tmp/clean-corpus}
wp_site_setup() {
	local wp=$clean/wordpress/usr/share/wordpress t
	if [ ! -f "$wp/wp-settings.php" ]; then
		skip "WordPress site with injections" "no WordPress in the clean corpus ($wp); build it with ../shared/corpus/build-clean.sh $clean"
		return 1
	fi
	r=$(mktemp_dir)
	mkdir -p "$r/etc" "$r/home/alice"
	cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
alice:x:2001:2001::/home/alice:/bin/bash
P
	site=$r/home/alice/public_html
	cp -a "$wp" "$site"
	for t in "$clean"/wordpress-theme-*/usr/share/wordpress/wp-content/themes/*; do
		[ -d "$t" ] && cp -a "$t" "$site/wp-content/themes/"
	done
	# Debian links some files to other packages: a real install has the files.
	# Take them from the clean corpus when it has them, drop the link otherwise.
	python3 - "$site" "$clean" <<'PY'
import glob, os, shutil, sys
site, clean = sys.argv[1:]
for d, dirs, files in os.walk(site):
    for n in dirs + files:
        p = os.path.join(d, n)
        if not os.path.islink(p):
            continue
        t = os.readlink(p)
        logical = "/usr/share/wordpress/" + os.path.relpath(p, site)
        t = t if t.startswith("/") else os.path.normpath(os.path.join(os.path.dirname(logical), t))
        os.unlink(p)
        for c in sorted(glob.glob(os.path.join(clean, "*", t.lstrip("/")))):
            if os.path.isfile(c) and not os.path.islink(c):
                shutil.copyfile(c, p)
                break
PY
	find "$site" -type f -printf '%P\n' | sort >"$r/untouched.list"
	inj=$r/injections.tsv
	: >"$inj"
}

# inject PATH EXPECT MODE WHAT [TECHNIQUE]: the text on stdin
inject() {
	local p=$site/$1
	mkdir -p "$(dirname "$p")"
	case "$3" in
	new) cat >"$p" ;;
	append) cat >>"$p" ;;
	prepend) { cat; cat "$p"; } >"$p.new" && mv "$p.new" "$p" ;;
	esac
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$4" "${5:-}" >>"$inj"
}

# Scan the site and print one TAP line per injection, one for the untouched
# files, and the figures per technique.
wp_site_scan_check() {
	local name=$1
	chown -R 2001:2001 "$site"
	hs --root "$r" --full --format json scan /home/alice/public_html
	check "scan exits 1 (findings), valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
	python3 - "$OUT" "$inj" "$r/untouched.list" "$name" <<'PY'
import json, sys
out, inj, untouched, name = sys.argv[1:]
rank = {"low": 0, "medium": 1, "high": 2, "critical": 3}
docroot = "/home/alice/public_html/"
worst = {}
for line in open(out):
    o = json.loads(line)
    if o.get("type") == "finding" and (o.get("path") or "").startswith(docroot):
        p = o["path"][len(docroot):]
        if p not in worst or rank[o["severity"]] > rank[worst[p]["severity"]]:
            worst[p] = o
missed, injected, tech = [], set(), {}
for line in open(inj):
    p, expect, what, t = line.rstrip("\n").split("\t")
    injected.add(p)
    f = worst.get(p)
    got = f["severity"] if f else "nothing"
    rules = ",".join(f["rules"]) if f else ""
    if expect == "benign":
        good = not f or rank[f["severity"]] < 2
        want = "look-alike, no high or critical"
    else:
        good = bool(f) and (expect == "any" or rank[f["severity"]] >= 2)
        want = "found" if expect == "any" else "found high or critical"
        s = tech.setdefault(t or "-", [0, 0, 0])
        s[0] += 1
        s[1] += bool(f)
        s[2] += bool(f) and rank[f["severity"]] >= 2
    if good:
        print("ok - %s: %s: %s (%s%s)" % (name, want, what, got, ": " + rules if rules else ""))
    else:
        missed.append(what)
        print("not ok - %s: %s: %s -- %s (got %s%s)" % (name, want, what,
              "FALSE ALARM" if expect == "benign" else "MISSED", got, ": " + rules if rules else ""))
        print("#   %s" % p)
fps = sorted(p for p in worst if p not in injected)
known = {l.strip() for l in open(untouched)}
if fps:
    print("not ok - %s: no finding on any untouched WordPress file (%d of %d files have one)" % (name, len(fps), len(known)))
    for p in fps[:30]:
        print("#   FP %s %s %s" % (worst[p]["severity"], ",".join(worst[p]["rules"]), p))
else:
    print("ok - %s: no finding on any untouched WordPress file (%d files)" % (name, len(known - injected)))
if len(tech) > 1:
    print("# per technique: injected / found / high+")
    for t in sorted(tech):
        print("#   %-28s %3d %3d %3d" % (t, *tech[t]))
    tot = [sum(v[i] for v in tech.values()) for i in range(3)]
    print("#   %-28s %3d %3d %3d" % ("ALL", *tot))
print("# injections judged: %d; wrong: %s" % (len(injected), "; ".join(missed) if missed else "none"))
PY
	# WP_SITE_KEEP=DIR keeps the site and the scan's output for a look
	if [ -n "${WP_SITE_KEEP:-}" ]; then
		rm -rf "$WP_SITE_KEEP" && mkdir -p "$WP_SITE_KEEP" && cp -a "$r"/. "$WP_SITE_KEEP"/ && cp "$OUT" "$WP_SITE_KEEP/scan.jsonl"
	fi
}
