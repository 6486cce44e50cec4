#!/usr/bin/env python3
"""Score a scan of generated variants against their variants.tsv, one TAP
line per (class, technique, expectation): the shared scorer of the
integration tests that draw a generator (scan_mail.sh, scan_nonphp.sh).

usage: score_variants.py FINDINGS.json GENDIR LABEL TEST_NAME

A malicious variant passes with a finding at high or more where its
technique expects "high", with any finding otherwise; a look-alike passes
with nothing high where it expects "below-high", with no finding at all
otherwise."""
import collections
import json
import os
import sys

findings, gen, label, test = sys.argv[1:5]
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
worst = {}
for line in open(findings):
    o = json.loads(line)
    if o["type"] == "finding":
        worst[o["path"]] = max(worst.get(o["path"], 0), rank[o["severity"]])
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(gen, "variants.tsv"))][1:]
res = collections.OrderedDict()
for fname, cls, tech, lang, expect, tr in rows:
    w = worst.get(os.path.join(gen, fname), 0)
    if cls == "malicious":
        ok = w >= 3 if expect == "high" else w >= 1
    else:
        ok = w < 3 if expect == "below-high" else w == 0
    res.setdefault((cls, tech, expect), []).append(ok)
want = {"high": "high or more", "any": "a finding", "none": "no finding", "below-high": "nothing high"}
for (cls, tech, expect), oks in res.items():
    print("%s - %s: %s: %s %s: %d of %d with %s" % (
        "ok" if all(oks) else "not ok", test, label, cls, tech, sum(oks), len(oks), want[expect]))
