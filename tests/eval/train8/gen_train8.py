#!/usr/bin/env python3
"""train8: a blind development set of invented webshells, phishing kits,
mailers and bots, and benign look-alikes, for shared web hosting (written
blind in session 21). See README.md.

    python3 tests/eval/train8/gen_train8.py --out /tmp/t8 --seed 1
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t8_benign  # noqa: E402
import t8_mb  # noqa: E402
import t8_phish  # noqa: E402
import t8_web  # noqa: E402
from t8_common import check_out, write_set, rw, hx  # noqa: E402

PROG = "gen_train8"
# category, techniques (name, fn, spellings), samples wanted
PLAN = (("webshell", t8_web.TECHS, 130), ("phishing", t8_phish.TECHS, 60), ("mailer", t8_mb.MAIL_TECHS, 25),
        ("bot", t8_mb.BOT_TECHS, 25))
N_BENIGN = 120


def _vary_benign(r, files):
    """Benign samples repeat their technique's spellings: give each copy its
    own site directory and a revision comment so no two are byte-identical."""
    pre = r.choice(("", "", "site/", "%s/" % rw(r, 6), "apps/%s/" % rw(r, 5)))
    out = []
    for data, rel, lang, cont in files:
        if lang == "php" and data.startswith(b"<?php\n"):
            data = b"<?php\n// $Id: " + os.path.basename(rel).encode() + b" " + hx(r, 8).encode() + b" $\n" + data[6:]
        out.append((data, pre + rel, lang, cont))
    return out


def build(seed):
    samples = []
    for cat, techs, want in PLAN:
        r = random.Random("%d/%s" % (seed, cat))
        i = 0
        while i < want:
            for name, fn, nvar in techs:
                if i >= want:
                    break
                v = (i // len(techs) + seed) % nvar
                samples.append(("malicious", cat, name, fn(r, v)))
                i += 1
    r = random.Random("%d/benign" % seed)
    i = 0
    while i < N_BENIGN:
        for name, cat, fn, nvar in t8_benign.TECHS:
            if i >= N_BENIGN:
                break
            v = (i // len(t8_benign.TECHS) + seed) % nvar
            samples.append(("benign", cat, name, _vary_benign(r, fn(r, v))))
            i += 1
    # shuffle so sample numbers do not follow the labels
    random.Random("%d/order" % seed).shuffle(samples)
    return samples


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    check_out(PROG, a.out)
    write_set(PROG, a.out, "train8.tsv", a.seed, build(a.seed))


if __name__ == "__main__":
    main()
