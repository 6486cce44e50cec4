#!/usr/bin/env python3
"""The third held-out set: malicious and benign samples written WITHOUT
reading the detectors (README.md), with techniques, styles and file shapes
the first two sets (tests/eval/heldout/, tests/eval/heldout2/) lack.

    gen_heldout3.py --out DIR [--seed N]

writes about 250 malicious samples (webshell, mailer, phishing, bot) and 135
benign look-alikes under DIR/f/NNNN/<realistic relative paths>, and
DIR/heldout3.tsv: file, class, category, technique, lang, container, sample
(the same columns as set 2's heldout2.tsv). A sample is one incident and can
be several files under the same DIR/f/NNNN/; a scanner finds a sample when it
flags any of its files. Seeded and deterministic. DIR must be new or empty,
under a temp dir, and not look like a web root. Nothing it writes is ever run:
files are 0644, addresses are documentation ranges and example domains.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t3_benign  # noqa: E402
import t3_bot  # noqa: E402
import t3_mp  # noqa: E402
import t3_web  # noqa: E402
from common3 import Style, big_plugin, write_set, hexname, rword, slug, theme, wp_filler  # noqa: E402

NAMES = ("class-wp-rest-cache.php", "wp-blog-post.php", "admin-bar-ext.php", "widgets-init.php", "options-media2.php",
         "template-loader.php", "compat.php", "helpers.php", "bootstrap.php", "cron.php", "sitemap.php", "footer.php",
         "thumb.php", "embed.php", "license.php", "xmlrpc-ext.php", "default.php", "about.php")
DIRS = ("wp-content/uploads/%d/%02d", "wp-content/plugins/%s", "wp-content/plugins/%s/includes", "wp-content/themes/%s/inc",
        "wp-includes/SimplePie/Cache", "wp-includes/IXR", "wp-admin/css/colors/%s", "wp-content/cache/%s", "images",
        "templates/%s/html", "libraries/vendor/%s", "includes", "cache", "")


def _dir(r):
    d = r.choice(DIRS)
    if "%d" in d:
        return d % (r.randint(2017, 2025), r.randint(1, 12))
    if "%s" in d:
        return d % r.choice((slug(r), theme(r), "ectoplasm", "midnight", rword(r, 6, "abcdefghij")))
    return d


def _name(r):
    if r.random() < 0.2:
        return hexname(r, r.randint(6, 10)) + r.choice((".php", ".php", ".phtml", ".inc"))
    return r.choice(NAMES)


def wrap(r, tech, code):
    """Put single-file PHP code in a container; returns (text, rel, container)."""
    rel = (_dir(r) + "/" + _name(r)).lstrip("/")
    ui = "?>" in code
    k = r.random()
    if tech == "inject_middle" or (not ui and k < 0.3):
        p = slug(r)
        return (big_plugin(r, p.replace("-", "_"), r.randint(18, 30), inject=code),
                "wp-content/plugins/%s/%s.php" % (p, p), "mid-plugin")
    if ui or k < 0.55:
        pre = r.choice(("", "", "@error_reporting(0);\n", "@ini_set('display_errors', '0');\n"))
        return "<?php\n%s%s\n" % (pre, code), rel, "plain"
    if k < 0.7:
        # appended after the closing tag of a legitimate file
        p = slug(r).replace("-", "_")
        return (big_plugin(r, p, r.randint(6, 14)) + "\n?>\n" + "<?php\n" + code + "\n",
                rel if "plugins" in rel else "wp-content/plugins/%s/%s" % (p.replace("_", "-"), _name(r)), "after-close")
    if k < 0.85:
        # at the top of a theme's functions.php, above the real code
        t = theme(r)
        return ("<?php\n" + code + "\n\n/**\n * Theme functions and definitions\n *\n * @package %s\n */\n\n" % t +
                "\n".join(wp_filler(r, t.replace("-", "_"), r.randint(6, 14))),
                "wp-content/themes/%s/functions.php" % t, "functions-top")
    # inside an HTML template (a footer), as a one-line PHP block
    t = theme(r)
    return ("<?php\n/**\n * The template for displaying the footer\n *\n * @package %s\n */\n?>\n"
            "\t<footer id=\"colophon\" class=\"site-footer\">\n\t\t<div class=\"site-info\">\n"
            "\t\t\t<?php printf(esc_html__('Proudly powered by %%s', '%s'), 'WordPress'); ?>\n\t\t</div>\n\t</footer>\n"
            "<?php\n%s\n?>\n<?php wp_footer(); ?>\n</body>\n</html>\n" % (t, t, code),
            "wp-content/themes/%s/footer.php" % t, "template")


def finish(r, text, lang):
    """CRLF for a few PHP/HTML files (never for shell, Python or crontab)."""
    if r.random() < 0.08 and lang in ("php", "html"):
        return text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text


def _b(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


def generate(seed):
    """Yield samples: (class, category, technique, [(bytes, rel, lang, container)])."""
    r = random.Random(seed)
    for tech, fn, n in t3_web.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            out = fn(r, S)
            if isinstance(out, str):
                text, rel, cont = wrap(r, tech, out)
                yield "malicious", "webshell", tech, [(_b(finish(r, text, "php")), rel, "php", cont)]
            else:
                cont = "multi" if len(out) > 1 else "app-file"
                yield "malicious", "webshell", tech, [(_b(finish(r, t, l)), rel, l, cont) for rel, t, l in out]
    for cat, tech, fn, n in t3_mp.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            out = fn(r, S)
            cont = "multi" if len(out) > 1 else "app-file"
            yield "malicious", cat, tech, [(_b(finish(r, t, l)), rel, l, cont) for rel, t, l in out]
    for tech, fn, n in t3_bot.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            yield "malicious", "bot", tech, [(_b(t), rel, l, "script") for rel, t, l in fn(r, S)]
    for tech, fn, n in t3_benign.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            yield "benign", "benign", tech, [(_b(finish(r, t, l)), rel, l, "app") for rel, t, l in fn(r, S)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    write_set("gen_heldout3", a.out, "heldout3.tsv", a.seed, generate(a.seed))


if __name__ == "__main__":
    main()
