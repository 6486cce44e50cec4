#!/usr/bin/env python3
"""The sixth held-out set: malicious and benign samples written WITHOUT
reading the detectors (README.md), with populations, techniques and file
shapes the first five sets (tests/eval/heldout/ to heldout5/) lack.

    gen_heldout6.py --out DIR [--seed N]

writes about 250 malicious samples (webshell, mailer, phishing, bot) and 130
benign look-alikes under DIR/f/NNNN/<realistic relative paths>, and
DIR/heldout6.tsv: file, class, category, technique, lang, container, sample
(the columns of sets 2 to 5). A sample is one incident and can be several
files under the same DIR/f/NNNN/; a scanner finds a sample when it flags any
of its files. Seeded and deterministic (whatever PYTHONHASHSEED). DIR must be
new or empty, under a temp dir, and not look like a web root. Nothing it
writes is ever run: files are 0644, addresses are documentation ranges and
example domains.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t6_benign  # noqa: E402
import t6_bot  # noqa: E402
import t6_mp  # noqa: E402
import t6_web  # noqa: E402
from common6 import Style, write_set  # noqa: E402


def _b(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


def generate(seed):
    """Yield samples: (class, category, technique, [(bytes, rel, lang, container)])."""
    r = random.Random(seed)
    groups = (("webshell", t6_web.TEMPLATES), ("mailer", t6_mp.MAILER), ("phishing", t6_mp.PHISHING),
              ("bot", t6_bot.TEMPLATES))
    for cat, templates in groups:
        for tech, fn, n in templates:
            for _ in range(n):
                files, cont = fn(r, Style(r))
                yield "malicious", cat, tech, [(_b(t), rel, lang, cont) for rel, t, lang in files]
    for tech, fn, n in t6_benign.TEMPLATES:
        for _ in range(n):
            files = fn(r, Style(r))
            yield "benign", "benign", tech, [(_b(t), rel, lang, "app") for rel, t, lang in files]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    write_set("gen_heldout6", a.out, "heldout6.tsv", a.seed, generate(a.seed))


if __name__ == "__main__":
    main()
