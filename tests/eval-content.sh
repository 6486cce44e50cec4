#!/usr/bin/env bash
# Iteration helper for the detection content (rules/*.yar + signatures/patterns.pcre).
# It runs the yara CLI and pcre2grep (not the hostsweep binary) over
#   - the malicious corpus: per-category detection rate (any rule, any severity)
#   - the clean corpus:     files with findings, by highest severity
#
# usage: tests/eval-content.sh [-v] [MALICIOUS_DIR] [CLEAN_DIR]
#   defaults: ../shared/corpus/malicious and /var/tmp/clean-corpus
#   -v    also list undetected malicious files and every clean-corpus finding
#   env:  EVAL_SKIP_CLEAN=1 to skip the (slow) clean corpus
#
# Externals: malicious files get per-file filename/extension/filepath/mime (file --mime-type);
# clean files are scanned in groups of identical (extension, mime) with a generic filename and
# filepath, which is good enough for the rules shipped here. in_docroot=true, owner_web=false.
# The official figures come from the C scanner (make eval); this script is for iteration.
set -eu
verbose=0
[ "${1:-}" = "-v" ] && { verbose=1; shift; }
here=$(cd "$(dirname "$0")/.." && pwd)
mal=$(realpath -m "${1:-$here/../shared/corpus/malicious}")
clean=$(realpath -m "${2:-/var/tmp/clean-corpus}")
command -v yara >/dev/null && command -v yarac >/dev/null || { echo "need yara/yarac" >&2; exit 2; }
command -v pcre2grep >/dev/null || { echo "need pcre2grep (apt-get install pcre2-utils)" >&2; exit 2; }

work=$(mktemp -d /tmp/eval-content.XXXXXX)
trap 'rm -rf "$work"' EXIT
cat "$here"/rules/*.yar > "$work/all.yar"
yarac -d filename=x.php -d extension=php -d filepath=/x.php -d mime=text/x-php \
      -d owner_web=false -d in_docroot=true "$work/all.yar" "$work/all.yarc" 2> "$work/yarac.err" || {
  cat "$work/yarac.err" >&2; exit 2; }
if [ -s "$work/yarac.err" ]; then echo "yarac warnings:" >&2; cat "$work/yarac.err" >&2; fi

# findings file format: path<TAB>rule-id<TAB>severity
ext_of() { local b=${1##*/}; case "$b" in .*) b=${b#.};; esac
           case "$b" in *.*) printf '%s' "${b##*.}" | tr 'A-Z' 'a-z';; *) printf '';; esac; }

run_pcre() { # $1 = file list, $2 = output findings
  local id sev tags re
  while IFS=$'\t' read -r id sev tags re; do
    case "$id" in ''|'#'*) continue;; esac
    printf '%s\n' "$re" > "$work/pat"
    pcre2grep -l -M --buffer-size=1M --max-buffer-size=8M -f "$work/pat" --file-list="$1" 2>/dev/null \
      | awk -v id="$id" -v sev="$sev" '{print $0 "\t" id "\t" sev}' >> "$2" || true
  done < "$here/signatures/patterns.pcre"
}

parse_yara() { # stdin: yara -m output; stdout: findings
  sed -n 's/^\([A-Za-z0-9_]*\) \[.*severity="\([a-z]*\)".*\] \(\/.*\)$/\3\t\1\t\2/p'
}

# ---------- malicious ----------
find "$mal" -type f ! -name MANIFEST.tsv ! -name '*.tsv' | sort > "$work/mal.list"
: > "$work/mal.find"
while IFS= read -r f; do
  b=${f##*/}; e=$(ext_of "$f"); m=$(file --mime-type -b "$f")
  yara -w -C -m -d filename="$b" -d extension="$e" -d filepath="$f" -d mime="$m" \
       -d owner_web=false -d in_docroot=true "$work/all.yarc" "$f" 2>/dev/null | parse_yara >> "$work/mal.find"
done < "$work/mal.list"
run_pcre "$work/mal.list" "$work/mal.find"

echo "== malicious corpus: $mal"
python3 - "$work/mal.list" "$work/mal.find" "$mal" "$verbose" <<'EOF'
import sys, collections
lst, fnd, root, verbose = sys.argv[1], sys.argv[2], sys.argv[3].rstrip('/'), sys.argv[4] == '1'
files = [l.rstrip('\n') for l in open(lst) if l.strip()]
hits = collections.defaultdict(set)
for l in open(fnd):
    p, rid, sev = l.rstrip('\n').split('\t')
    hits[p].add((rid, sev))
cat = lambda p: p[len(root)+1:].split('/')[0]
tot = collections.Counter(); det = collections.Counter(); yonly = collections.Counter()
for p in files:
    c = cat(p); tot[c] += 1
    if hits.get(p): det[c] += 1
    if any(not r.startswith('pcre.') for r, _ in hits.get(p, ())): yonly[c] += 1
for c in sorted(tot):
    print(f"  {c:10s} {det[c]:4d}/{tot[c]:<4d} {100.0*det[c]/tot[c]:6.1f}%   (yara alone {yonly[c]})")
T = sum(tot.values()); D = sum(det.values())
print(f"  {'ALL':10s} {D:4d}/{T:<4d} {100.0*D/T:6.1f}%")
rc = collections.Counter(r for p in hits for r, _ in hits[p])
print("  rule hit counts:", ", ".join(f"{r}={n}" for r, n in rc.most_common()))
if verbose:
    for p in files:
        if not hits.get(p): print("  MISS", p[len(root)+1:])
EOF

[ "${EVAL_SKIP_CLEAN:-0}" = 1 ] && exit 0
[ -d "$clean" ] || { echo "no clean corpus at $clean (run ../shared/corpus/build-clean.sh $clean)"; exit 0; }

# ---------- clean ----------
find "$clean" -type f | sort > "$work/clean.list"
file --mime-type -N -F $'\t' -f "$work/clean.list" > "$work/clean.mime"
: > "$work/clean.find"
# group by (extension, mime, special name)
python3 - "$work/clean.mime" "$work" <<'EOF'
import sys, os, collections
groups = collections.defaultdict(list)
for l in open(sys.argv[1], encoding='utf-8', errors='surrogateescape'):
    p, _, m = l.rstrip('\n').rpartition('\t')
    m = m.strip()
    b = os.path.basename(p)
    special = b if b in ('.htaccess', '.user.ini') else ''
    bb = b[1:] if b.startswith('.') else b
    e = bb.rsplit('.', 1)[1].lower() if '.' in bb else ''
    if not e.replace('_','').replace('-','').isalnum(): e = 'weird'
    groups[(e, m, special)].append(p)
with open(os.path.join(sys.argv[2], 'groups.tsv'), 'w', encoding='utf-8', errors='surrogateescape') as g:
    for i, ((e, m, s), ps) in enumerate(sorted(groups.items())):
        fn = os.path.join(sys.argv[2], f'g{i}.list')
        with open(fn, 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write('\n'.join(ps) + '\n')
        g.write(f"{fn}\t{e}\t{m}\t{s}\n")
EOF
while IFS=$'\t' read -r lf e m s; do
  fnm=${s:-x.$e}
  yara -w -C -m --scan-list -d filename="$fnm" -d extension="$e" -d filepath="/var/www/html/$fnm" \
       -d mime="$m" -d owner_web=false -d in_docroot=true "$work/all.yarc" "$lf" 2>/dev/null \
       | parse_yara >> "$work/clean.find"
done < "$work/groups.tsv"
run_pcre "$work/clean.list" "$work/clean.find"

echo "== clean corpus: $clean"
python3 - "$work/clean.list" "$work/clean.find" "$clean" "$verbose" <<'EOF'
import sys, collections
lst, fnd, root, verbose = sys.argv[1], sys.argv[2], sys.argv[3].rstrip('/'), sys.argv[4] == '1'
n = sum(1 for l in open(lst, encoding='utf-8', errors='surrogateescape') if l.strip())
order = {'low': 0, 'medium': 1, 'high': 2, 'critical': 3}
worst = {}; rules = collections.defaultdict(list)
for l in open(fnd, encoding='utf-8', errors='surrogateescape'):
    p, rid, sev = l.rstrip('\n').split('\t')
    if p not in worst or order[sev] > order[worst[p]]: worst[p] = sev
    rules[p].append(rid)
c = collections.Counter(worst.values())
print(f"  files: {n}   with any finding: {len(worst)} ({100.0*len(worst)/max(n,1):.3f}%)")
print("  by highest severity: " + ", ".join(f"{s}={c.get(s,0)}" for s in ('critical','high','medium','low')))
rc = collections.Counter(r for p in rules for r in set(rules[p]))
print("  rules:", ", ".join(f"{r}={k}" for r, k in rc.most_common()) or "-")
if verbose:
    for p in sorted(worst):
        print(f"  FP {worst[p]:8s} {p[len(root)+1:]}  {','.join(sorted(set(rules[p])))}")
EOF
