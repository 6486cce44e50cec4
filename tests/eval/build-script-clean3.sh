#!/usr/bin/env bash
# Third clean script set, for the bot, script and mailer rules: legitimate code of the kinds that
# look most like bots, back-connects and mass mailers. IRC bots, bouncers, servers and commit
# notifiers (KGB, eggdrop's Tcl scripts, Bot::BasicBot::Pluggable), mail tools that send per
# recipient or per feed entry (rss2email, cron-apt, unattended-upgrades, listadmin, mhonarc,
# sendxmpp), monitoring daemons and probes that open sockets (smokeping, mon, ddclient), admin
# tools that fan out over SSH or tunnel (GNU parallel, sshuttle, autossh), backup scripts that
# fetch and run (backup-manager, duplicity), and the Perl/Python network libraries and their
# examples (SOCKS, DNS, telnet, expect/pexpect, AnyEvent, POE, SFTP). Only Debian 12 packages in
# none of /var/tmp/clean-corpus, /var/tmp/clean-heldout, tests/eval-scripts.sh's set and
# build-script-clean2.sh's set.
# Packages are downloaded with `apt-get download` and unpacked with `dpkg-deb -x` into
# TARGET/<package>/ (never installed: no maintainer script runs, nothing is executed). The
# .debs stay in TARGET.debs, so a second run works offline; TARGET/MANIFEST.tsv lists them.
# usage: tests/eval/build-script-clean3.sh [TARGET]      (default /var/tmp/script-clean3)
# Scan: ./hostsweep -q --full --format json scan TARGET   (any high or critical is a false alarm)
set -eu
target=${1:-/var/tmp/script-clean3}
target=${target%/}
cache=$target.debs
# IRC bots, bouncers, servers, statistics, notifiers
irc="kgb-client kgb-bot pisg irclog2html libnet-async-irc-perl libirc-utils-perl
libbot-basicbot-pluggable-perl eggdrop ngircd inspircd bip sendxmpp"
# mail: archivers, list admin, filters, per-entry senders, SMTP libraries
mail="mhonarc listadmin postgrey libmail-milter-perl libemail-stuffer-perl libnet-smtp-ssl-perl
libnet-smtp-tls-perl python3-aiosmtplib libmail-mboxparser-perl mailutils fetchmail rss2email
cron-apt unattended-upgrades mailfilter"
# monitoring and dynamic-DNS daemons that open sockets and run probes
mon="smokeping mon ddclient"
# admin: SSH fan-out and tunnels, backups that fetch and run
admin="parallel sshuttle autossh sslh stunnel4 backup-manager duplicity"
# Perl/Python network libraries and their examples
netlib="python3-socks libio-socket-socks-perl libnet-dns-perl libanyevent-perl libpoe-perl
libnet-telnet-perl python3-pexpect libexpect-perl libnet-cli-interact-perl libnet-sftp-foreign-perl
libsocket6-perl libio-socket-ip-perl python3-dnspython fwknop-client proxytunnel socat ncat"
pkgs="$irc $mail $mon $admin $netlib"
mkdir -p "$target"
. "$(dirname "$0")/deb-set.sh"
# shellcheck disable=SC2086 # word lists
deb_fetch build-script-clean3 "$cache" $pkgs
: >"$target/MANIFEST.tsv.tmp"
for p in $pkgs; do
	deb=$(deb_unpack "$target" "$cache" "$p") || continue
	printf '%s\t%s\t%s\n' "$p" "$(basename "$deb")" "$(find "$target/$p" -type f | wc -l)" >>"$target/MANIFEST.tsv.tmp"
done
mv "$target/MANIFEST.tsv.tmp" "$target/MANIFEST.tsv"
echo "build-script-clean3: $(wc -l <"$target/MANIFEST.tsv") packages, $(find "$target" -type f | wc -l) files in $target"
