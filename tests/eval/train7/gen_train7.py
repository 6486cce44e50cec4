#!/usr/bin/env python3
"""train7: a blind development set (not held out) of invented mass mailers,
script bots, webshells of unusual shapes and benign look-alikes of the same
APIs, for shared web hosting. See README.md.

    python3 tests/eval/train7/gen_train7.py --out /tmp/t7 --seed 1
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t7_benign  # noqa: E402
import t7_bot  # noqa: E402
import t7_mail  # noqa: E402
import t7_web  # noqa: E402
from t7_common import check_out, write_set  # noqa: E402

PROG = "gen_train7"
# category, techniques, samples wanted
PLAN = (("mailer", t7_mail.TECHS, 90), ("bot", t7_bot.TECHS, 90), ("webshell", t7_web.TECHS, 25))
N_BENIGN = 80


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
        for name, fn in t7_benign.TECHS:
            if i >= N_BENIGN:
                break
            samples.append(("benign", t7_benign.KIND_CAT[name], name, fn(r, i // len(t7_benign.TECHS) + seed)))
            i += 1
    # a PHP file's place, not its spelling, says whether it is in an uploads dir
    samples = [(c, cat, t, [(d, rel, lang, ("uploads" if "/uploads/" in rel else "plain") if cont in ("plain", "uploads") else cont)
                            for d, rel, lang, cont in files]) for c, cat, t, files in samples]
    # shuffle so sample numbers do not follow the labels
    random.Random("%d/order" % seed).shuffle(samples)
    return samples


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    check_out(PROG, a.out)
    write_set(PROG, a.out, "train7.tsv", a.seed, build(a.seed))


if __name__ == "__main__":
    main()
