#!/usr/bin/env python3
"""The held-out set: malicious and benign files written WITHOUT reading the
detectors (rules/, signatures/, the PHP layer, gen_variants.py; see README.md).

    gen_heldout.py --out DIR [--seed N]

writes about 300 malicious files (webshell, mailer, phishing, bot) and 150
benign look-alikes under DIR/f/NNNN/<a realistic relative path>, and
DIR/heldout.tsv: file, class, category, technique, lang, container.
Seeded and deterministic (same seed, same bytes, whatever PYTHONHASHSEED).
DIR must be new or empty, under a temp dir, and not look like a web root.
Nothing it writes is ever run: files are 0644 and the addresses in them are
documentation ranges and example domains.
"""

import argparse
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benign  # noqa: E402
import php_mal as pm  # noqa: E402
import scripts_mal  # noqa: E402
from style import Style, sq  # noqa: E402

WEBROOT_PARTS = ("public_html", "www", "htdocs", "httpdocs", "html", "web", "wwwroot", "private_html")

# (category, technique, template, count)
PHP_TEMPLATES = [
    ("webshell", "eval_input", pm.ws_eval_input, 14), ("webshell", "assert_input", pm.ws_assert_input, 8),
    ("webshell", "exec_input", pm.ws_exec_input, 14), ("webshell", "backticks", pm.ws_backticks, 5),
    ("webshell", "callback", pm.ws_callback, 12), ("webshell", "sort_walk_callback", pm.ws_usort, 6),
    ("webshell", "variable_function", pm.ws_varfunc, 10), ("webshell", "input_as_callee", pm.ws_input_callee, 8),
    ("webshell", "variable_variables", pm.ws_varvar, 7), ("webshell", "create_function", pm.ws_create_function, 5),
    ("webshell", "preg_replace_e", pm.ws_preg_e, 5), ("webshell", "include_input", pm.ws_include_input, 9),
    ("webshell", "eval_layers", pm.ws_eval_layers, 14), ("webshell", "cookie_eval", pm.ws_cookie_eval, 6),
    ("webshell", "header_keyed", pm.ws_header_keyed, 6), ("webshell", "password_gated", pm.ws_password_gated, 7),
    ("webshell", "magic_method_gadget", pm.ws_gadget, 7), ("webshell", "reflection", pm.ws_reflection, 5),
    ("webshell", "closure", pm.ws_closure, 6), ("webshell", "goto_shuffle", pm.ws_goto, 5),
    ("webshell", "array_callee", pm.ws_array_trick, 6), ("webshell", "rare_callback", pm.ws_rare_callback, 8),
    ("webshell", "heredoc_payload", pm.ws_heredoc, 4), ("webshell", "uploader", pm.ws_uploader, 8),
    ("webshell", "file_manager", pm.ws_filemanager, 5), ("webshell", "dropper", pm.ws_dropper, 9),
    ("webshell", "ld_preload_bypass", pm.ws_ldpreload, 3), ("webshell", "wp_backdoor", pm.ws_wp_backdoor, 8),
    ("mailer", "mail_oneliner", pm.ml_oneline, 7), ("mailer", "mail_loop", pm.ml_loop_post, 6),
    ("mailer", "phpmailer_bulk", pm.ml_phpmailer, 5), ("mailer", "smtp_socket_bulk", pm.ml_smtp_socket, 4),
    ("mailer", "header_forging", pm.ml_header_forge, 5), ("mailer", "leaf_style_page", pm.ml_leaf_page, 4),
    ("mailer", "encoded_mailer", pm.ml_encoded, 4),
    ("phishing", "creds_to_mail", pm.ph_mail, 8), ("phishing", "creds_to_file", pm.ph_file, 6),
    ("phishing", "creds_to_telegram", pm.ph_telegram, 7), ("phishing", "creds_to_webhook", pm.ph_webhook, 3),
    ("phishing", "antibot", pm.ph_antibot, 7), ("phishing", "redirect_handler", pm.ph_redirect, 6),
    ("phishing", "login_clone", pm.ph_login_clone, 6),
]

WS_NAMES = ("about.php", "wp-cache.php", "admin-ajax2.php", "class-wp-page.php", "index2.php", "config.bak.php",
            "radio.php", "xl.php", ".cache.php", "wp-blog-header1.php", "licence.php", "options-media2.php",
            "wp-login-old.php", "db.php", "sitemap.php", "thumb.php", "style.php", "init.php", "mod_info.php",
            "error_log.php", "moon.php", "ini.php", "cong.php", "simple.php", "f.php")
WS_DIRS = ("wp-content/uploads/20%02d/%02d", "wp-includes", "wp-content/plugins/%s", "", "images", "wp-admin/css/colors",
           ".well-known", "wp-includes/js/tinymce/plugins", "wp-content/themes/%s/inc", "tmp", "cache", "assets/img")
PLUGINS = ("contact-form-7", "akismet", "wp-super-cache", "jetpack", "classic-editor", "hello-dolly", "elementor")
THEMES = ("twentytwentyone", "astra", "flavor", "oceanwp", "generatepress")
EXTS = (".php",) * 12 + (".phtml", ".php5", ".php7", ".pHp", ".inc", ".PHP", ".php.suspected", ".phar")


def _dir(r):
    d = r.choice(WS_DIRS)
    if "%02d" in d:
        d = d % (r.randint(15, 25), r.randint(1, 12))
    elif "plugins/%s" in d:
        d = d % r.choice(PLUGINS)
    elif "%s" in d:
        d = d % r.choice(THEMES)
    return d


def _relpath(r, cat, tech):
    if cat == "phishing":
        brand = r.choice(("office", "secure-login", "webmail", "verify", "account", "dhl", "apple", "bank", "owa"))
        base = r.choice(("wp-content/%s" % brand, brand, "wp-includes/%s" % brand, ".well-known/%s" % brand))
        name = {"antibot": r.choice(("antibot.php", "blocker.php", "bots/anti1.php", "netcraft_check.php", "a.php")),
                "redirect_handler": r.choice(("index.php", "go.php", "redirect.php", "start.php")),
                "login_clone": r.choice(("index.php", "login.php", "signin.php", "default.php"))}.get(
            tech, r.choice(("next.php", "post.php", "login.php", "verify.php", "send.php", "mail.php", "action.php",
                            "process.php", "ok.php")))
        return base + "/" + name
    if cat == "mailer":
        name = r.choice(("mail.php", "send.php", "m.php", "sender.php", "inbox.php", "wp-mail-smtp.php",
                         "cache-mail.php", "x.php", "contact2.php", "newsletter.php"))
        return (_dir(r) + "/" + name).lstrip("/")
    name = r.choice(WS_NAMES)
    if r.random() < 0.3:
        name = "".join(r.choice("abcdef0123456789") for _ in range(r.randint(4, 10))) + ".php"
    ext = r.choice(EXTS)
    name = name.rsplit(".php", 1)[0] + ext if name.endswith(".php") else name
    return (_dir(r) + "/" + name).lstrip("/")


# ---------------------------------------------------------------------------
# hosts: legitimate-looking files a payload is appended to or injected into


def host_functions(r):
    t = r.choice(THEMES)
    return ("<?php\n/**\n * %s functions and definitions\n *\n * @package %s\n */\n\n"
            "if (!function_exists('%s_setup')) {\n    function %s_setup() {\n        add_theme_support('title-tag');\n"
            "        add_theme_support('post-thumbnails');\n        register_nav_menus(array('primary' => __('Primary Menu', '%s')));\n"
            "    }\n}\nadd_action('after_setup_theme', '%s_setup');\n\nfunction %s_scripts() {\n"
            "    wp_enqueue_style('%s-style', get_stylesheet_uri(), array(), '1.%d');\n}\nadd_action('wp_enqueue_scripts', '%s_scripts');\n"
            % (t.title(), t.title(), t, t, t, t, t, t, r.randint(0, 9), t), "wp-content/themes/%s/functions.php" % t)


def host_wpconfig(r):
    return ("<?php\ndefine('DB_NAME', 'site_wp');\ndefine('DB_USER', 'site_wp');\ndefine('DB_PASSWORD', '%s');\n"
            "define('DB_HOST', 'localhost');\n$table_prefix = 'wp_';\ndefine('WP_DEBUG', false);\n"
            "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');\n"
            % "".join(r.choice("abcdefgh012345") for _ in range(12)), "wp-config.php")


def host_index(r):
    return ("<?php\n/**\n * Front to the WordPress application.\n */\ndefine('WP_USE_THEMES', true);\n"
            "require __DIR__ . '/wp-blog-header.php';\n", "index.php")


def host_plugin(r):
    p = r.choice(PLUGINS)
    return ("<?php\n/*\nPlugin Name: %s\nDescription: Adds features.\nVersion: %d.%d\nAuthor: %s\n*/\n\n"
            "defined('ABSPATH') || exit;\n\nfunction %s_init() {\n    load_plugin_textdomain('%s');\n}\nadd_action('plugins_loaded', '%s_init');\n"
            % (p.replace("-", " ").title(), r.randint(1, 6), r.randint(0, 9), r.choice(("Automattic", "Team", "WPDev")),
               p.replace("-", "_"), p, p.replace("-", "_")), "wp-content/plugins/%s/%s.php" % (p, p))


HOSTS = (host_functions, host_wpconfig, host_index, host_plugin)

IMAGE_HEADS = {
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xfe\x00\x40",
    "ico": b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00\x68\x04\x00\x00\x16\x00\x00\x00",
}


def finish(r, text, lang="php"):
    """Line endings and indentation styles (applied to text files; no CRLF
    for shell, which would not run it, no tabs for Python, whose blocks are
    its indentation)."""
    k = r.random()
    if k < 0.12 and lang != "sh":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    elif k < 0.25 and lang != "python":
        text = "\n".join(("\t" * ((len(l) - len(l.lstrip(" "))) // 4) + l.lstrip(" ")) if l.startswith("    ") else l
                         for l in text.split("\n"))
    if r.random() < 0.04 and text.startswith("<?php"):
        text = "\ufeff" + text
    return text


def can_flatten(S, code):
    return S.comments in ("none", "block") and "<<<" not in code and not any(
        l.lstrip().startswith(("//", "#")) for l in code.split("\n"))


def wrap_php(r, S, code, cat, tech):
    """Put PHP code in a container; returns (bytes, relpath, container)."""
    rel = _relpath(r, cat, tech)
    if code.startswith("<"):  # a whole file (a page with HTML)
        return finish(r, code).encode("utf-8"), rel, "page"
    k = r.random()
    tag = S.php_open()
    if k < 0.48 or cat == "phishing":
        body = code
        if r.random() < 0.25 and can_flatten(S, code):
            body = " ".join(l.strip() for l in code.split("\n"))
            cont = "plain-oneline"
        else:
            cont = "plain"
        tail = r.choice(("", "", "\n?>", "\n?>\n"))
        pre = r.choice(("", "", "/* %s */\n" % r.choice(("Silence is golden.", "WordPress cache", "generated")),
                        "error_reporting(0);\n", "@ini_set('display_errors', 0);\n", "set_time_limit(0);\n"))
        return finish(r, "%s\n%s%s%s\n" % (tag, pre, body, tail)).encode("utf-8"), rel, cont
    if k < 0.66:
        host, hrel = r.choice(HOSTS)(r)
        where = r.choice(("end", "top", "padded", "middle"))
        if where == "end":
            text = host.rstrip("\n") + "\n" + ("?>\n<?php " if r.random() < 0.4 else "") + code + "\n"
        elif where == "top":
            flat = " ".join(l.strip() for l in code.split("\n")) if can_flatten(S, code) else code
            text = "%s %s ?>%s" % (tag, flat, host)
        elif where == "padded":
            flat = " ".join(l.strip() for l in code.split("\n")) if can_flatten(S, code) else code
            text = host.replace("<?php\n", "<?php" + " " * r.randint(180, 400) + flat + "\n", 1)
        else:
            lines = host.split("\n")
            cut = r.randint(2, max(2, len(lines) - 2))
            # only at top level: after a line that closes a block or ends a statement there
            while cut < len(lines) and not (lines[cut - 1].startswith(("}", "add_action", "define", "require"))):
                cut += 1
            lines.insert(cut, code)
            text = "\n".join(lines)
        return finish(r, text).encode("utf-8"), hrel, "injected-" + where
    if k < 0.84:
        kind = r.choice(tuple(IMAGE_HEADS))
        ext = r.choice((kind, kind, "php")) if kind != "ico" else "ico"
        head = IMAGE_HEADS[kind]
        payload = ("%s %s ?>" % (tag, code)).encode("utf-8")
        junk = bytes(r.randint(0, 255) for _ in range(r.randint(16, 400)))
        data = head + payload + junk if r.random() < 0.6 else head + junk.replace(b"<", b"(") + payload
        d = _dir(r)
        name = r.choice((".thumb", "favicon", ".%s" % "".join(r.choice("0123456789abcdef") for _ in range(8)), "logo",
                         "img_%d" % r.randint(100, 999), "cache"))
        return data, ((d + "/") if d else "") + name + "." + ext, "image-" + kind
    ext = r.choice((".txt", ".txt", ".inc", ".dat", "", ".bak", ".log", ".tpl"))
    d = _dir(r)
    name = r.choice(("readme", "license", ".sess", "wp-cache", "data", "robots", ".config", "tmp%d" % r.randint(1, 99)))
    return finish(r, "%s\n%s\n" % (tag, code)).encode("utf-8"), ((d + "/") if d else "") + name + ext, "text-ext"


def prepend_configs(r, S, n):
    """.htaccess / .user.ini that make an image run as PHP or prepend it."""
    out = []
    for i in range(n):
        img = "/home/%s/public_html/wp-content/uploads/20%02d/%02d/%s" % (
            r.choice(("alice", "shop", "u1234", "client7")), r.randint(18, 25), r.randint(1, 12),
            r.choice((".thumb.png", "favicon_16.ico", ".cache.jpg", "banner.gif")))
        k = i % 5
        if k == 0:
            out.append(("php_value auto_prepend_file \"%s\"\n" % img, ".htaccess", "htaccess-prepend"))
        elif k == 1:
            out.append(("AddType application/x-httpd-php .png .jpg .gif .ico\n", "wp-content/uploads/.htaccess",
                        "htaccess-addtype"))
        elif k == 2:
            out.append(("<FilesMatch \"\\.(ico|png)$\">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n",
                        "wp-content/uploads/20%02d/.htaccess" % r.randint(18, 25), "htaccess-sethandler"))
        elif k == 3:
            out.append(("auto_prepend_file = %s\n" % img, ".user.ini", "userini-prepend"))
        else:
            out.append(("; cache\nauto_append_file=\"%s\"\nallow_url_include = On\n" % img, "wp-admin/.user.ini",
                        "userini-append"))
    return out


# ---------------------------------------------------------------------------


def check_out(out):
    real = os.path.realpath(out)
    roots = {os.path.realpath(p) for p in (tempfile.gettempdir(), "/tmp", "/var/tmp")}
    if not any(real == t or real.startswith(t + os.sep) for t in roots):
        sys.exit("gen_heldout: --out must be under a temp dir (%s), not %s" % (", ".join(sorted(roots)), real))
    if any(p in WEBROOT_PARTS for p in real.split(os.sep)):
        sys.exit("gen_heldout: %s looks like a web root; refusing" % real)
    if os.path.exists(real) and (not os.path.isdir(real) or os.listdir(real)):
        sys.exit("gen_heldout: %s exists and is not an empty directory" % real)
    return real


def generate(seed):
    """Yield (bytes, relpath, class, category, technique, lang, container)."""
    r = random.Random(seed)
    for cat, tech, fn, n in PHP_TEMPLATES:
        for _ in range(n):
            S = Style(r)
            code = fn(r, S)
            data, rel, cont = wrap_php(r, S, code, cat, tech)
            yield data, rel, "malicious", cat, tech, "php", cont
    S = Style(r)
    for text, rel, cont in prepend_configs(r, S, 6):
        yield text.encode(), rel, "malicious", "webshell", "prepend_config", "conf", cont
    for lang, tech, fn, n in scripts_mal.TEMPLATES:
        ext = {"perl": (".pl", ".pl", ".cgi", ""), "python": (".py", ".py", ""), "sh": (".sh", ".sh", ""),
               "php": (".php", ".php", "")}[lang]
        for _ in range(n):
            S = Style(r)
            text = fn(r, S)
            d = r.choice(("tmp", ".cache", "cgi-bin", "wp-content/uploads/20%02d/%02d" % (r.randint(18, 25), r.randint(1, 12)),
                          "wp-includes/images", ".config/htop", "bin", "public/.well-known", "var/tmp"))
            name = r.choice(("x", "httpd", ".b", "sess", "kworker", "cron", "update", "a", "bot", "s", ".sys", "init"))
            yield (finish(r, text, lang).encode(), "%s/%s%s" % (d, name, r.choice(ext)), "malicious", "bot", tech, lang,
                   "script")
    for tech, fn, n in benign.TEMPLATES:
        for _ in range(n):
            S = Style(r)
            text, lang, rel = fn(r, S)
            data = text if isinstance(text, bytes) else finish(r, text, lang).encode("utf-8")
            yield data, rel, "benign", "benign", tech, lang, "plain"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    out = check_out(a.out)
    os.makedirs(out, exist_ok=True)
    rows = []
    for i, (data, rel, cls, cat, tech, lang, cont) in enumerate(generate(a.seed)):
        rel = "f/%04d/%s" % (i, rel.strip("/"))
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        os.chmod(p, 0o644)
        rows.append((rel, cls, cat, tech, lang, cont))
    with open(os.path.join(out, "heldout.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tclass\tcategory\ttechnique\tlang\tcontainer\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    mal = sum(1 for r in rows if r[1] == "malicious")
    print("gen_heldout: seed %d: %d malicious, %d benign in %s" % (a.seed, mal, len(rows) - mal, out))


if __name__ == "__main__":
    main()
