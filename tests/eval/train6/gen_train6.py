#!/usr/bin/env python3
"""train6: a blind development set (not held out) of invented malicious
samples and benign look-alikes for shared web hosting. See README.md.

    python3 tests/eval/train6/gen_train6.py --out /tmp/t6 --seed 1
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t6_benign  # noqa: E402
import t6_bot  # noqa: E402
import t6_mail  # noqa: E402
import t6_phish  # noqa: E402
import t6_web  # noqa: E402
from t6_common import check_out, write_set  # noqa: E402

PROG = "gen_train6"
# category, techniques, samples wanted
PLAN = (("webshell", t6_web.TECHS, 110), ("mailer", t6_mail.TECHS, 60), ("phishing", t6_phish.TECHS, 60),
        ("bot", t6_bot.TECHS, 72))
N_BENIGN = 120


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
    cats = {"file-manager-auth": "webshell", "fixed-admin-commands": "webshell", "validated-upload": "webshell",
            "plugin-rest-ajax": "webshell", "app-config-files": "webshell", "embedded-base64-template-cache": "webshell",
            "newsletter-contact": "mailer", "smtp-check": "mailer", "nodemailer-receipts": "mailer", "perl-contact-cgi": "mailer",
            "own-login-page": "phishing", "fixed-upstream-proxy": "phishing", "stripe-checkout-js": "phishing",
            "intranet-login-html": "phishing", "telegram-notify": "phishing"}
    i = 0
    while i < N_BENIGN:
        for name, fn in t6_benign.TECHS:
            if i >= N_BENIGN:
                break
            samples.append(("benign", cats.get(name, "bot"), name, fn(r, i // len(t6_benign.TECHS))))
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
    write_set(PROG, a.out, "train6.tsv", a.seed, build(a.seed))


if __name__ == "__main__":
    main()
