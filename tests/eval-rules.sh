#!/usr/bin/env bash
# Detection figures for the rule content (rules/*.yar, signatures/patterns.pcre),
# per category and per source collection, with a leave-one-collection-out
# (LOCO) column, plus the benign stress fixtures and the clean corpus.
#
# usage: tests/eval-rules.sh [-v] [-r RULE] [-x]
#   -v       list the missed files of each collection, the files only rules that saw
#            their collection find (the LOCO misses), and every benign/clean finding
#   -r RULE  list the files (and their collections) a rule id matches
#   -x       content only: count only YARA rules and PCRE patterns
#            (ignore hs.* built-ins, sha256.* and any other component)
#   env:     CORPUS (default ../shared/corpus), CLEAN (default /var/tmp/clean-corpus),
#            EVAL_SKIP_CLEAN=1, HOSTSWEEP (default ./hostsweep)
#
# LOCO for hand-written rules: every YARA rule carries meta `seen`, every PCRE
# pattern a preceding comment "# seen: ...": the collections its author looked
# at while writing or tuning it ("none", "pre" = every collection but
# for-just-we, or the owners of source_repo: JohnTroony, bediger4000,
# for-just-we, jvoisin, nikicat, packetrat, shipcod3, tennc). The LOCO rate of a collection counts only findings of
# rules that did not see it. Rule ids outside rules/ and signatures/ (built-in
# checks, the PHP layer) count as unseen unless -x.
set -eu
cd "$(dirname "$0")/.."
verbose=0 rule="" content_only=0
while getopts "vr:x" o; do
	case $o in
	v) verbose=1 ;;
	r) rule=$OPTARG ;;
	x) content_only=1 ;;
	*) exit 2 ;;
	esac
done
corpus=$(realpath "${CORPUS:-../shared/corpus}")
clean=$(realpath -m "${CLEAN:-/var/tmp/clean-corpus}")
hs=${HOSTSWEEP:-./hostsweep}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$hs" -q --full --format json scan "$corpus/malicious" >"$out/mal.json" || [ $? = 1 ]
"$hs" -q --full --format json scan tests/fixtures/benign >"$out/benign.json" || [ $? = 1 ]
if [ "${EVAL_SKIP_CLEAN:-0}" != 1 ] && [ -d "$clean" ]; then
	"$hs" -q --full --format json scan "$clean" >"$out/clean.json" || [ $? = 1 ]
else
	: >"$out/clean.json"
fi
python3 - "$corpus/malicious" "$out" "$verbose" "$rule" "$content_only" <<'PY'
import collections, glob, json, os, re, sys
mal, out, verbose, want_rule, content_only = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4], sys.argv[5] == "1"

# --- what each rule saw
colls = set()
manifest = {}
for line in open(os.path.join(mal, "MANIFEST.tsv"), encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] == "file":
        continue
    manifest[os.path.join(mal, f[0])] = (f[2], f[3])
    colls.add(f[3])
short = {c: c.split("/", 1)[0] for c in colls}

def resolve(seen):
    names = [s.strip() for s in seen.split(",") if s.strip()]
    got = set()
    for n in names:
        # a generated development set (held-out 5, train6) is not a corpus
        # collection: a rule tuned on it saw none of the corpus
        if n == "none" or re.match(r"^(heldout\d*|train\d+)$", n):
            continue
        if n == "pre":
            got |= {c for c in colls if short[c] != "for-just-we"}
            continue
        m = [c for c in colls if short[c] == n or c == n]
        if len(m) != 1:
            sys.exit("eval-rules: seen name %r matches %d collections" % (n, len(m)))
        got |= set(m)
    return got

seen = {}
for path in sorted(glob.glob("rules/*.yar")):
    ns = os.path.basename(path)[:-4]
    txt = open(path, encoding="utf-8").read()
    for m in re.finditer(r"^(private\s+)?rule\s+(\w+)[^{]*\{(.*?)^\}", txt, re.M | re.S):
        if m.group(1):
            continue
        s = re.search(r'^\s*seen\s*=\s*"([^"]*)"', m.group(3), re.M)
        seen["%s.%s" % (ns, m.group(2))] = resolve(s.group(1)) if s else set(colls)
for path in sorted(glob.glob("signatures/*.pcre")):
    last = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# seen:"):
            last = line[7:]
        elif line and not line.startswith("#"):
            pid = line.split("\t", 1)[0]
            pid = pid if pid.startswith("pcre.") else "pcre." + pid
            seen[pid] = resolve(last) if last is not None else set(colls)
            last = None

def load(name):
    F = []
    for line in open(os.path.join(out, name), encoding="utf-8"):
        o = json.loads(line)
        if o["type"] == "finding":
            F.append(o)
    return F

def rules_of(f):
    return [r for r in f["rules"] if not content_only or r in seen]

hit = collections.defaultdict(set)
for f in load("mal.json"):
    hit[f["path"]] |= set(rules_of(f))

tot = collections.Counter(); det = collections.Counter(); loco = collections.Counter()
per_rule = collections.defaultdict(collections.Counter)
missed = collections.defaultdict(list)
seen_only = collections.defaultdict(list)  # found, but only by rules that saw the collection
for p, (cat, src) in sorted(manifest.items()):
    rs = hit.get(p, set())
    unseen = {r for r in rs if src not in seen.get(r, set())}
    for k in ("category " + cat, src, "ALL"):
        tot[k] += 1
        det[k] += bool(rs)
        loco[k] += bool(unseen)
    for r in rs:
        per_rule[r][src] += 1
    if not rs:
        missed[src].append(p)
    elif not unseen:
        seen_only[src].append((p, sorted(rs)))

print("malicious corpus: %s%s" % (mal, "  (content rules only)" if content_only else ""))
print("%-42s %6s %6s %7s %7s" % ("", "files", "found", "rate", "LOCO"))
for k in sorted(tot, key=lambda k: (not k.startswith("category"), k != "ALL", k)):
    if k == "ALL":
        continue
    print("%-42s %6d %6d %6.1f%% %6.1f%%" % (k, tot[k], det[k], 100.0 * det[k] / tot[k], 100.0 * loco[k] / tot[k]))
print("%-42s %6d %6d %6.1f%% %6.1f%%" % ("ALL", tot["ALL"], det["ALL"], 100.0 * det["ALL"] / tot["ALL"], 100.0 * loco["ALL"] / tot["ALL"]))
print("  (LOCO: a collection counted with only the rules that did not see it)")

print("\nrule hits per collection (files):")
for r in sorted(per_rule, key=lambda r: -sum(per_rule[r].values())):
    c = per_rule[r]
    print("  %5d %-58s %s" % (sum(c.values()), r, " ".join("%s=%d" % (short[s], n) for s, n in c.most_common())))

sev_order = ["critical", "high", "medium", "low"]
for name, label in (("benign.json", "benign stress fixtures (tests/fixtures/benign)"), ("clean.json", "clean corpus")):
    F = [f for f in load(name) if rules_of(f)]
    if name == "clean.json" and not os.path.getsize(os.path.join(out, name)):
        continue
    by = collections.Counter(f["severity"] for f in F)
    print("\n%s: %d files with a finding: %s" % (label, len({f["path"] for f in F}), ", ".join("%s %d" % (s, by[s]) for s in sev_order)))
    for f in sorted(F, key=lambda f: (sev_order.index(f["severity"]), f["path"])):
        if verbose or f["severity"] in ("critical", "high"):
            print("  %-8s %s  %s" % (f["severity"], f["path"], ",".join(rules_of(f))))

if want_rule:
    print("\nfiles matched by %s:" % want_rule)
    for p in sorted(hit):
        if want_rule in hit[p]:
            print("  %s  %s" % (manifest.get(p, ("?", "?"))[1], p))
if verbose:
    for src in sorted(missed):
        print("\nmissed in %s (%d):" % (src, len(missed[src])))
        for p in missed[src]:
            print("  " + p)
    for src in sorted(seen_only):
        print("\nfound in %s only by rules that saw it (LOCO misses, %d):" % (src, len(seen_only[src])))
        for p, rs in seen_only[src]:
            print("  %s  %s" % (p, ",".join(rs)))
PY
