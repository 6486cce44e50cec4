#!/usr/bin/env python3
"""train10: a blind development set (not held out) of invented mass mailers,
script bots and webshells in the shapes small tidy samples miss (inside big
files, in classes and callbacks, in many runtimes, fed from odd inputs), and
hard benign look-alikes. See README.md.

    python3 tests/eval/train10/gen_train10.py --out /tmp/t9 --seed 1
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t10_benign  # noqa: E402
import t10_bot  # noqa: E402
import t10_mail  # noqa: E402
import t10_web  # noqa: E402
from t10_common import check_out, write_set, LABELWORDS  # noqa: E402

PROG = "gen_train10"
# category, techniques, samples wanted
PLAN = (("mailer", t10_mail.TECHS, 80), ("bot", t10_bot.TECHS, 80),
        ("webshell", t10_web.TECHS, 60))
N_BENIGN = 104 if t10_benign.TECHS else 0


def clean_names(cls, files):
    """A malicious file's path never spells a label word (a drop's real
    names do not say what it is)."""
    if cls != "malicious":
        return files
    out = []
    for data, rel, lang, cont in files:
        low = rel.lower()
        for w in LABELWORDS:
            if w in low:
                i = low.index(w)
                rel = rel[:i] + "x" + rel[i + 1:]
                low = rel.lower()
        out.append((data, rel, lang, cont))
    return out


def build(seed):
    samples = []
    for cat, techs, want in PLAN:
        r = random.Random("%d/%s" % (seed, cat))
        i = 0
        while techs and i < want:
            for name, fn, nvar in techs:
                if i >= want:
                    break
                v = (i // len(techs) + seed) % nvar
                samples.append(("malicious", cat, name, fn(r, v)))
                i += 1
    r = random.Random("%d/benign" % seed)
    i = 0
    while i < N_BENIGN:
        for name, fn, nvar in t10_benign.TECHS:
            if i >= N_BENIGN:
                break
            v = (i // len(t10_benign.TECHS) + seed) % nvar
            samples.append(("benign", t10_benign.KIND_CAT[name], name, fn(r, v)))
            i += 1
    # a PHP file's place, not its spelling, says whether it is in an uploads dir
    # (and a path is written as listed: "a/../b" is listed as "b")
    samples = [(c, cat, t, clean_names(c, [(d, os.path.normpath(rel), lang,
                                            "uploads" if cont == "plain" and "/uploads/" in rel else cont)
                                           for d, rel, lang, cont in files])) for c, cat, t, files in samples]
    # shuffle so sample numbers do not follow the labels
    random.Random("%d/order" % seed).shuffle(samples)
    return samples


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    check_out(PROG, a.out)
    write_set(PROG, a.out, "train10.tsv", a.seed, build(a.seed))


if __name__ == "__main__":
    main()
