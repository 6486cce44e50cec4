#!/usr/bin/env bash
# Second clean script set, for the mailer/phishing/bot rules: legitimate Perl, Python, shell,
# Node and PHP code that does what those rules look for (IRC clients and bot frameworks, SMTP
# libraries and senders, mass-sending list managers, SSH fan-out tools, network scanners and
# brute-force auditors, monitoring plugins, deploy and backup tools; PHP mailer transports and
# login/security components). Only Debian 12 packages that are in none of
# /var/tmp/clean-corpus, /var/tmp/clean-heldout and tests/eval-scripts.sh's set.
# Packages are downloaded with `apt-get download` and unpacked with `dpkg-deb -x` into
# TARGET/<package>/ (never installed: no maintainer script runs, nothing is executed). The
# .debs stay in TARGET.debs, so a second run works offline; TARGET/MANIFEST.tsv lists them.
# usage: tests/eval/build-script-clean2.sh [TARGET]      (default /var/tmp/script-clean2)
# Scan: ./hostsweep -q --full --format json scan TARGET   (any finding is a false alarm)
set -eu
target=${1:-/var/tmp/script-clean2}
target=${target%/}
cache=$target.debs
# IRC clients, bouncers, bot frameworks, notifiers
irc="epic5 libbot-basicbot-perl libanyevent-irc-perl znc-perl weechat-python irker python3-pydle
hexchat-perl bitlbee python3-slixmpp"
# mail: list managers, senders, SMTP/IMAP libraries, MTA helper scripts
mail="mailman3 python3-aiosmtpd getmail6 offlineimap3 libemail-sender-perl libmime-lite-perl
libemail-mime-perl libmail-dkim-perl sendemail libnet-smtps-perl libmail-box-perl
libmail-sendeasy-perl libnet-server-mail-perl libmail-spf-perl libmail-imapclient-perl
libauthen-sasl-perl mailagent mb2md node-nodemailer postfix exim4-base"
# SSH fan-out, deploy, remote admin
deploy="libnet-ssh2-perl clusterssh pssh python3-asyncssh python3-fabric python3-invoke
libnet-openssh-perl ruby-net-ssh rsnapshot duply"
# network scanners and auditors (brute force by design), packet tools
net="hydra medusa patator nmap wapiti sqlmap python3-scapy fping python3-twisted"
# monitoring
mon="nagios-plugins-contrib monitoring-plugins-basic nagios-snmp-plugins libmonitoring-plugin-perl
nagios-plugins-rabbitmq check-postgres collectd-core"
# PHP: mailer transports, notifier, login and rate-limit components, IMAP
php="php-symfony-notifier php-symfony-mailgun-mailer php-symfony-amazon-mailer
php-symfony-google-mailer php-symfony-sendgrid-mailer php-symfony-mailchimp-mailer
php-symfony-postmark-mailer php-symfony-http-client php-symfony-security-http
php-symfony-security-csrf php-symfony-rate-limiter php-net-imap"
pkgs="$irc $mail $deploy $net $mon $php"
mkdir -p "$target"
. "$(dirname "$0")/deb-set.sh"
# shellcheck disable=SC2086 # word lists
deb_fetch build-script-clean2 "$cache" $pkgs
: >"$target/MANIFEST.tsv.tmp"
for p in $pkgs; do
	deb=$(deb_unpack "$target" "$cache" "$p") || continue
	printf '%s\t%s\t%s\n' "$p" "$(basename "$deb")" "$(find "$target/$p" -type f | wc -l)" >>"$target/MANIFEST.tsv.tmp"
done
mv "$target/MANIFEST.tsv.tmp" "$target/MANIFEST.tsv"
echo "build-script-clean2: $(wc -l <"$target/MANIFEST.tsv") packages, $(find "$target" -type f | wc -l) files in $target"
