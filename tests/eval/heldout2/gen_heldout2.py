#!/usr/bin/env python3
"""The second held-out set: malicious and benign samples written WITHOUT
reading the detectors (README.md), with techniques and styles the first set
(tests/eval/heldout/) does not have.

    gen_heldout2.py --out DIR [--seed N]

writes about 270 malicious samples (webshell, mailer, phishing, bot) and 135
benign look-alikes under DIR/f/NNNN/<realistic relative paths>, and
DIR/heldout2.tsv: file, class, category, technique, lang, container, sample.
A sample is one incident: some are several files (a loader and the payload it
reads, an .htaccess and the image it maps to PHP, a writer and a reader), all
under the same DIR/f/NNNN/ and sharing the `sample` column; a scanner finds a
sample when it flags any of its files. Seeded and deterministic. DIR must be
new or empty, under a temp dir, and not look like a web root. Nothing it
writes is ever run: files are 0644, addresses are documentation ranges and
example domains.
"""

import argparse
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t_benign  # noqa: E402
import t_php as tp  # noqa: E402
import t_scripts  # noqa: E402
from common import Style, hexname, rword  # noqa: E402

WEBROOT_PARTS = ("public_html", "www", "htdocs", "httpdocs", "html", "web", "wwwroot", "private_html")

# (category, technique, template, samples)
PHP_TEMPLATES = [
    ("webshell", "two_file_store", tp.ws_two_file_store, 8), ("webshell", "asset_payload", tp.ws_asset_payload, 9),
    ("webshell", "pop_chain", tp.ws_pop_chain, 8), ("webshell", "keyed_callee", tp.ws_keyed_callee, 9),
    ("webshell", "registered_vars", tp.ws_registered_vars, 6), ("webshell", "session_staged", tp.ws_session_staged, 6),
    ("webshell", "shutdown_ob_callee", tp.ws_shutdown_cookie, 6), ("webshell", "wp_hook_plugin", tp.ws_wp_hooks, 9),
    ("webshell", "split_layers", tp.ws_split_layers, 9), ("webshell", "preg_e_runtime", tp.ws_preg_e_runtime, 6),
    ("webshell", "assert_string", tp.ws_assert_string, 5), ("webshell", "wrapper_include", tp.ws_wrapper_include, 7),
    ("webshell", "handler_pair", tp.ws_handler_pair, 8), ("webshell", "interp_wrapper", tp.ws_interp_wrapper, 6),
    ("webshell", "disable_functions_bypass", tp.ws_disable_functions_bypass, 7),
    ("webshell", "mass_infector", tp.ws_mass_infector, 4), ("webshell", "remote_payload", tp.ws_dns_payload, 5),
    ("webshell", "cms_injection", tp.ws_cms_injection, 7), ("webshell", "packer", tp.ws_packer, 6),
    ("webshell", "file_writer", tp.ws_file_writer, 6), ("webshell", "exif_payload", tp.ws_exif_payload, 5),
    ("webshell", "auth_gated_shell", tp.ws_basic_auth_shell, 4),
    ("mailer", "smtp_rotation", tp.ml_smtp_rotation, 5), ("mailer", "fsock_587_auth", tp.ml_fsock_587, 5),
    ("mailer", "sleep_batches", tp.ml_sleep_batches, 5), ("mailer", "sendmail_pipe", tp.ml_sendmail_pipe, 4),
    ("mailer", "wp_ajax_mailer", tp.ml_wp_nopriv, 4), ("mailer", "attachment_bulk", tp.ml_attachment_bulk, 4),
    ("mailer", "encoded_mailer", tp.ml_encoded, 4),
    ("phishing", "session_steps", tp.ph_session_steps, 9), ("phishing", "telegram_get", tp.ph_tg_get, 5),
    ("phishing", "json_webhook", tp.ph_discord_webhook, 5), ("phishing", "blocklist_gate", tp.ph_blocklist_gate, 5),
    ("phishing", "html_only_form", tp.ph_html_form, 6), ("phishing", "card_bin_lookup", tp.ph_bin_lookup, 5),
]

NAMES = ("wp-tmp.php", "class-wp-xmlrpc2.php", "options-cache.php", "admin-header2.php", "ms-config.php", "load.php",
         "about-us.php", "gallery.php", "wp-stats.php", "block-patterns.php", "feed-rss3.php", "health.php",
         "update-core2.php", "tmpl.php", "lib.php", "ajax.php")
DIRS = ("wp-content/uploads/%d/%02d", "wp-content/mu-plugins", "wp-includes/Requests/src", "wp-includes/blocks/%s",
        "wp-content/themes/%s", "wp-admin/includes", "administrator/components/com_%s", "modules/%s", "media/system/js",
        "sites/default/files", "vendor/%s/src", "wp-content/plugins/%s/includes", "")
PARTS = ("search", "archives", "cover", "astra", "content", "forms", "psr", "akismet", "gallery")


def _dir(r):
    d = r.choice(DIRS)
    if "%d" in d:
        return d % (r.randint(2016, 2025), r.randint(1, 12))
    return d % r.choice(PARTS) if "%s" in d else d


def _name(r):
    if r.random() < 0.25:
        return hexname(r, r.randint(5, 12)) + ".php"
    n = r.choice(NAMES)
    return n[:-4] + r.choice((".php",) * 8 + (".phtml", ".php8", ".inc.php", ".shtml.php")) if r.random() < 0.3 else n


def finish(r, text, lang):
    """CRLF or tab indentation for some files (never CRLF for shell or
    crontab, never tabs for Python)."""
    k = r.random()
    if k < 0.1 and lang in ("php", "perl", "html"):
        return text.replace("\r\n", "\n").replace("\n", "\r\n")
    if k < 0.22 and lang in ("php", "perl", "sh"):
        return "\n".join("\t" * ((len(l) - len(l.lstrip(" "))) // 2) + l.lstrip(" ") if l.startswith("  ") else l
                         for l in text.split("\n"))
    return text


LICENSE = ("/**\n * %s\n *\n * @package    %s\n * @copyright  (C) 20%02d Open Source Matters, Inc.\n * @license    GNU General Public License version 2 or later\n */\n")


def host_class(r):
    cls = r.choice(("WP_Object_Cache_Ext", "Requests_Transport_Stream", "JCacheStorageFile2", "Theme_Customizer_Fonts"))
    head = "<?php\n" + LICENSE % (cls.replace("_", " "), cls.split("_")[0], r.randint(10, 24))
    body = ("class %s {\n    protected $store = array();\n\n    public function get($k, $d = null) {\n        return isset($this->store[$k]) ? $this->store[$k] : $d;\n    }\n\n"
            "    public function set($k, $v) {\n        $this->store[$k] = $v;\n        return true;\n    }\n\n"
            "    public function flush() {\n        $this->store = array();\n    }\n}\n" % cls)
    return head, body


def wrap(r, S, code):
    """Put single-file PHP code in a container; returns (bytes, rel, container)."""
    toplevel = "__halt_compiler" in code or "\nclass " in "\n" + code or "declare(" in code
    k = r.random()
    rel = (_dir(r) + "/" + _name(r)).lstrip("/")
    if k < 0.4 or (toplevel and k < 0.7):
        pre = r.choice(("", "", "@error_reporting(0);\n", "@ini_set('log_errors', 0);\n", "/* Cache */\n"))
        return ("<?php\n%s%s\n" % (pre, code)), rel, "plain"
    if k < 0.55 and not toplevel:
        # inside a try block of a legitimate-looking class file
        head, body = host_class(r)
        return (head + body + "\ntry {\n" + "\n".join("    " + l for l in code.split("\n")) + "\n} catch (\\Throwable $e) {\n}\n",
                rel, "in-try")
    if k < 0.7:
        # after a licence block, as if it belonged to the file
        head, body = host_class(r)
        return head + "\n" + code + "\n\n" + body, rel, "after-license"
    if k < 0.85:
        # far below the end of a legitimate file, after a closing tag and blank lines
        head, body = host_class(r)
        return head + body + "?>" + "\n" * r.randint(40, 200) + "<?php " + code + "\n", rel, "below-fold"
    # a conditional function block, as injectors add to functions.php
    fn = "_%s_cache_check" % rword(r, 5)
    if toplevel:
        return "<?php\n" + code + "\n", rel, "plain"
    return ("<?php\nif (!function_exists('%s')) {\n    function %s() {\n%s\n    }\n}\n%s();\n" % (
        fn, fn, "\n".join("        " + l for l in code.split("\n")), fn), rel, "in-function")


def check_out(out):
    real = os.path.realpath(out)
    roots = {os.path.realpath(p) for p in (tempfile.gettempdir(), "/tmp", "/var/tmp")}
    if not any(real == t or real.startswith(t + os.sep) for t in roots):
        sys.exit("gen_heldout2: --out must be under a temp dir (%s), not %s" % (", ".join(sorted(roots)), real))
    if any(p in WEBROOT_PARTS for p in real.split(os.sep)):
        sys.exit("gen_heldout2: %s looks like a web root; refusing" % real)
    if os.path.exists(real) and (not os.path.isdir(real) or os.listdir(real)):
        sys.exit("gen_heldout2: %s exists and is not an empty directory" % real)
    return real


def _b(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


def generate(seed):
    """Yield samples: (class, category, technique, [(bytes, rel, lang, container)])."""
    r = random.Random(seed)
    for cat, tech, fn, n in PHP_TEMPLATES:
        for _ in range(n):
            S = Style(r)
            out = fn(r, S)
            if isinstance(out, str):
                text, rel, cont = wrap(r, S, out)
                yield "malicious", cat, tech, [(_b(finish(r, text, "php")), rel, "php", cont)]
            else:
                cont = "multi" if len(out) > 1 else "plugin-file"
                yield "malicious", cat, tech, [(_b(finish(r, t, lang) if isinstance(t, str) else t), rel, lang, cont)
                                               for rel, t, lang in out]
    for lang, tech, fn, n in t_scripts.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            yield "malicious", "bot", tech, [(_b(finish(r, t, l)), rel, l, "script") for rel, t, l in fn(r, S)]
    for tech, fn, n in t_benign.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            yield "benign", "benign", tech, [(_b(finish(r, t, l) if isinstance(t, str) else t), rel, l, "app")
                                             for rel, t, l in fn(r, S)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    out = check_out(a.out)
    os.makedirs(out, exist_ok=True)
    rows, nmal, nben = [], 0, 0
    for i, (cls, cat, tech, files) in enumerate(generate(a.seed)):
        sample = "%04d" % i
        nmal += cls == "malicious"
        nben += cls == "benign"
        for data, rel, lang, cont in files:
            rel = "f/%s/%s" % (sample, rel.strip("/"))
            p = os.path.join(out, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data)
            os.chmod(p, 0o644)
            rows.append((rel, cls, cat, tech, lang, cont, sample))
    with open(os.path.join(out, "heldout2.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tclass\tcategory\ttechnique\tlang\tcontainer\tsample\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("gen_heldout2: seed %d: %d malicious and %d benign samples (%d files) in %s" % (a.seed, nmal, nben, len(rows), out))


if __name__ == "__main__":
    main()
