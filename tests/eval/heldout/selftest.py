#!/usr/bin/env python3
"""Round trips of the generator's own hiding tricks, checked with PHP itself:
every hide() expression must give back its string and every layers() stack
must run its code. The payloads are harmless (string comparisons and an
`echo`), written to a temp dir; nothing of the corpus or of the held-out set
is run. Without php on PATH it says so and exits 0.

    tests/eval/heldout/selftest.py [--n 300]
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from style import Style, hide, layers, sq  # noqa: E402

WORDS = ("system", "base64_decode", "_POST", "/.*/e", "https://api.telegram.org/bot", "shell_exec", "assert",
         "QUJDZGVm+/==", "create_function", "passthru")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if not shutil.which("php"):
        print("selftest: no php, skipped")
        return 0
    r = random.Random(a.seed)
    d = tempfile.mkdtemp(prefix="hs-heldout-selftest.")
    bad = 0
    try:
        lines = []
        for i in range(a.n):
            S = Style(r)
            w = r.choice(WORDS)
            pre, e = hide(r, S, w)
            lines.append("%s if ((%s) !== %s) echo 'BAD hide %d ', %s, \"\\n\";" % (" ".join(pre), e, sq(w), i, sq(w)))
        p = os.path.join(d, "hide.php")
        open(p, "w").write("<?php\n" + "\n".join(lines) + "\necho 'done';\n")
        out = subprocess.run(["php", "-n", p], capture_output=True, text=True).stdout
        if not out.endswith("done") or "BAD" in out:
            print(out[-2000:])
            bad += 1
        for i in range(a.n):
            S = Style(r)
            p = os.path.join(d, "layer%d.php" % i)
            open(p, "w").write("<?php\n" + layers(r, S, 'echo "L-OK %d";' % i, r.randint(1, 4)) + "\n")
            out = subprocess.run(["php", "-n", "-d", "allow_url_include=1", "-d", "error_reporting=0", p],
                                 capture_output=True, text=True).stdout
            if "L-OK %d" % i not in out:
                print("selftest: layers %d does not run its code: %s" % (i, p))
                bad += 1
    finally:
        if not bad:
            shutil.rmtree(d, ignore_errors=True)
    print("selftest: %d hide() expressions, %d layer stacks: %s" % (a.n, a.n, "ok" if not bad else "%d FAILED" % bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
