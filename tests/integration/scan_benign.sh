#!/usr/bin/env bash
# What real applications do that looks like an attack, and the same shapes
# without the check (tests/eval/benigngen.py, session 15): every benign
# look-alike below high, every malicious counterpart high or critical (found, for the shapes the
# generator expects "any": an injection in an ssh line is not a back door). The
# generator's files have neutral names (a hash), so nothing is decided by a
# name. Spellings whose fix lies in code another part of the PHP layer owns
# are listed in OPEN below (technique, a transform the generator records, why):
# they are printed as TAP comments ("# open: ..."), with how many are still wrong,
# neither counted as passing nor as skipped (a skip is for a machine that lacks
# something); remove a line once its fix is in and the spelling passes.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
python3 "$SRC/tests/eval/benigngen.py" --out "$t/v" --seed 1 --per 10 >/dev/null
check "benigngen: variants written" test -s "$t/v/variants.tsv"
hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t/v"
check "scan: valid JSON" json_valid "$OUT"
python3 - "$OUT" "$t/v/variants.tsv" <<'PY' >"$t/res"
import collections, json, sys
OPEN = [  # technique, transform, reason
    ("image_magick", "esc:sprintf", "sprintf() with escapeshellarg() arguments merges every argument's input (php_ev_calls.c do_sprintf)"),
    ("image_magick", "bin:config", "$dir . '/convert' . ' ' . escapeshellarg($x): the known end of the unknown part is only ' ' (php_ev_ops.c concat)"),
    ("backup_tool", "backup:ssh_cmd", "sprintf() with escapeshellarg() arguments (php_ev_calls.c do_sprintf)"),
    ("config_installer", "install:str_replace", "str_replace() of input into a fixed template is input as a whole (php_ev_dispatch.c)"),
    ("template_compiler", "tpl:one", "a template named through basename() in a fixed directory is taken as a file the request wrote (php_ev_entry.c)"),
    ("escape_no_protect", "esc_bad:sh_c", "'sh -c ' . escapeshellarg($x) drops the input (php_ev_ops.c concat: only interpreters' code flags are kept)"),
    ("ssh_escaped_once", "", "'ssh host ' . escapeshellarg('ls ' . $x) drops the input: the remote shell parses it again (php_ev_ops.c concat)"),
]
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
worst = collections.Counter()
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        f = o["path"].rsplit("/", 1)[1]
        worst[f] = max(worst[f], rank[o["severity"]])
res = collections.OrderedDict()
for line in list(open(sys.argv[2]))[1:]:
    f, cls, tech, lang, expect, tr = line.rstrip("\n").split("\t")
    trs = set(tr.split(","))
    why = next((w for te, x, w in OPEN if te == tech and (not x or x in trs)), None)
    good = worst[f] >= (3 if expect == "high" else 1) if cls == "malicious" else worst[f] < 3
    key = (tech, cls + ("" if expect in ("high", "none") else ", " + expect), why)
    n, ok, bad = res.get(key, (0, 0, []))
    res[key] = (n + 1, ok + good, bad if good else bad + [f + " " + tr])
for (tech, cls, why), (n, ok, bad) in res.items():
    what = ("found" if "any" in cls else "high or critical") if cls.startswith("malicious") else "below high"
    name = "%s (%s): %d/%d %s" % (tech, cls, ok, n, what)
    if why:
        print("skip\t%s\topen, %d wrong: %s" % (name, n - ok, why))
    else:
        print("%s\t%s\t%s" % ("ok" if not bad else "not ok", name, "; ".join(bad[:4])))
PY
while IFS=$'\t' read -r st name why; do
	case $st in
	ok) ok "$name" ;;
	skip) printf '# open: %s: %s\n' "$name" "$why" ;;
	*) not_ok "$name" "$why" ;;
	esac
done <"$t/res"
check "every technique reported" test "$(grep -c . "$t/res")" -ge 18
exit $HS_FAILED
