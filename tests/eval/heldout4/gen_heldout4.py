#!/usr/bin/env python3
"""The fourth held-out set: malicious and benign samples written WITHOUT
reading the detectors (README.md), with populations, techniques and file
shapes the first three sets (tests/eval/heldout/, heldout2/, heldout3/) lack.

    gen_heldout4.py --out DIR [--seed N]

writes about 250 malicious samples (webshell, mailer, phishing, bot) and 130
benign look-alikes under DIR/f/NNNN/<realistic relative paths>, and
DIR/heldout4.tsv: file, class, category, technique, lang, container, sample
(the columns of sets 2 and 3). A sample is one incident and can be several
files under the same DIR/f/NNNN/; a scanner finds a sample when it flags any
of its files. Seeded and deterministic. DIR must be new or empty, under a
temp dir, and not look like a web root. Nothing it writes is ever run: files
are 0644, addresses are documentation ranges and example domains.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t4_benign  # noqa: E402
import t4_bot  # noqa: E402
import t4_mp  # noqa: E402
import t4_web  # noqa: E402
from common4 import Style, place  # noqa: E402
from common3 import write_set  # noqa: E402

# bodies that need their newlines (heredoc) are never minified
NO_MINIFY = ("heredoc_blob",)


def _b(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


def _files(out):
    return [(_b(t), rel, lang) for rel, t, lang in out]


def generate(seed):
    """Yield samples: (class, category, technique, container, [(bytes, rel, lang)])."""
    r = random.Random(seed)
    for tech, fn, n in t4_web.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            out = fn(r, S)
            if isinstance(out, str):
                force = "plain" if tech in NO_MINIFY else None
                data, rel, cont = place(r, S, out, force)
                yield "malicious", "webshell", tech, cont, [(data, rel, "php")]
            else:
                yield "malicious", "webshell", tech, "legacy-app", _files(out)
    for cat, templates in (("mailer", t4_mp.mailer_templates()), ("phishing", t4_mp.phishing_templates())):
        for tech, fn, n in templates:
            for _ in range(n):
                S = Style(r)
                out = fn(r, S)
                if isinstance(out, tuple):  # phishing: (files, "brand/antibot/channel")
                    out, what = out
                    cont = "kit:" + what.split("/")[0]
                else:
                    cont = "multi" if len(out) > 1 else "app-file"
                yield "malicious", cat, tech, cont, _files(out)
    for tech, fn, n in t4_bot.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            out = fn(r, S)
            yield "malicious", "bot", tech, "script" if len(out) == 1 else "multi", _files(out)
    for tech, fn, n in t4_benign.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            yield "benign", "benign", tech, "app", _files(fn(r, S))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    write_set("gen_heldout4", a.out, "heldout4.tsv", a.seed, ((cls, cat, tech, [(d, rel, lang, cont) for d, rel, lang in files]) for cls, cat, tech, cont, files in generate(a.seed)))


if __name__ == "__main__":
    main()
