#!/usr/bin/env bash
# Shared by the clean-corpus scans (tests/eval-clean-heldout.sh, tests/eval-clean-npm.sh):
# scans DIR with this tree's rules and signatures, an empty config and --full, and prints
# the files with any finding, by worst severity, by rule, by extension and by package (the
# first path component under GROUP_ROOT, two for an npm @scope, node_modules/ skipped), then every finding.
# Targets (issue 12): no high or critical, at most 0.02% of files with any finding.
# EVAL_STRICT=1: exit 1 when a target is missed. EVAL_HOSTSWEEP: the binary (./hostsweep).
# usage: tests/eval/scan-clean.sh LABEL DIR [GROUP_ROOT]    (from the repo root, after make)
set -eu
label=$1
dir=$2
group=${3:-$2}
hs=${EVAL_HOSTSWEEP:-./hostsweep}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
: >"$out/empty.conf"
nice "$hs" -q --full --format json --config "$out/empty.conf" --rules rules --signatures signatures \
	scan "$dir" >"$out/f.json" || [ $? = 1 ]
python3 - "$out/f.json" "$dir" "$group" "$label" "${EVAL_STRICT:-0}" <<'PY'
import collections, json, os, sys
path, root, group, label, strict = sys.argv[1], sys.argv[2].rstrip("/") + "/", sys.argv[3].rstrip("/") + "/", sys.argv[4], sys.argv[5] == "1"
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
F, S = [], {}
for line in open(path, encoding="utf-8"):
    o = json.loads(line)
    if o["type"] == "finding":
        F.append(o)
    elif o["type"] == "summary":
        S = o
files = {}
for f in F:
    if rank[f["severity"]] > rank.get(files.get(f["path"]), 0):
        files[f["path"]] = f["severity"]
def package(p):
    if not p.startswith(group):
        return "(other)"
    parts = p[len(group):].split("/")
    # an npm tarball stored under GROUP_ROOT/node_modules/ (tests/eval/build-clean-apps3.sh)
    if parts[0] == "node_modules" and len(parts) > 1:
        parts = parts[1:]
    return "/".join(parts[:2]) if parts[0].startswith("@") and len(parts) > 1 else parts[0]
def extension(p):
    base = os.path.basename(p)
    return base.rsplit(".", 1)[1].lower() if "." in base.lstrip(".") else "(none)"
n = S.get("files_scanned", 0)
sev = collections.Counter(files.values())
rules = collections.Counter(r for f in F for r in set(f["rules"]))
pkgs = collections.Counter(package(p) for p in files)
exts = collections.Counter(extension(p) for p in files)
rate = 100.0 * len(files) / n if n else 0.0
print("%s %s: %d files scanned, %d with any finding (%.4f%%)" % (label, root, n, len(files), rate))
sk = {k: v for k, v in S.get("skipped", {}).items() if v}
print("not scanned: " + (", ".join("%s %d" % kv for kv in sorted(sk.items())) or "none") +
      "; %.1f MB in %.1f s" % (S.get("bytes_scanned", 0) / 1e6, S.get("elapsed_seconds", 0)))
print("by worst severity: " + ", ".join("%s %d" % (k, sev[k]) for k in ("critical", "high", "medium", "low")))
print("by rule: " + (", ".join("%s %d" % kv for kv in rules.most_common()) or "none"))
print("by extension: " + (", ".join("%s %d" % kv for kv in exts.most_common()) or "none"))
print("by package: " + (", ".join("%s %d" % kv for kv in pkgs.most_common()) or "none"))
for f in sorted(F, key=lambda f: (-rank[f["severity"]], f["path"])):
    print("  FP %-8s %s %s" % (f["severity"], ",".join(f["rules"]), f["path"][len(root):]))
ok_hi = sev["critical"] + sev["high"] == 0
ok_rate = rate <= 0.02
print("target no high/critical: %s; target <= 0.02%% with any finding: %s" %
      ("met" if ok_hi else "MISSED", "met" if ok_rate else "MISSED"))
sys.exit(1 if strict and not (ok_hi and ok_rate) else 0)
PY
