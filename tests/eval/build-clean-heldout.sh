#!/usr/bin/env bash
# Held-out clean corpus: legitimate applications nobody tuned the rules or the PHP layer against.
# Like ../shared/corpus/build-clean.sh (the tuning corpus, /var/tmp/clean-corpus), but only
# Debian 12 packages that are in neither that corpus nor tests/eval-scripts.sh's script set:
# web admin tools that once got high findings (Cacti, MediaWiki, GOsa), monitoring front ends,
# groupware, PHP libraries, and Perl/Python/shell-heavy admin packages.
# Packages are downloaded with `apt-get download` and unpacked with `dpkg-deb -x` into
# TARGET/<package>/ (never installed: no maintainer script runs, nothing is executed).
# The .debs are kept in TARGET.debs (or $HELDOUT_DEBS), so a second run works offline; packages
# already unpacked are kept (idempotent). TARGET/MANIFEST.tsv lists package, version and files.
# usage: tests/eval/build-clean-heldout.sh [TARGET]      (default /var/tmp/clean-heldout)
# Not part of `make test` (network, time); tests/eval-clean-heldout.sh scans the result.
set -eu
target=${1:-/var/tmp/clean-heldout}
target=${target%/}
cache=${HELDOUT_DEBS:-$target.debs}
# PHP applications (the issue names Cacti, MediaWiki extensions and GOsa)
php_apps="mediawiki mediawiki-classes mediawiki-extension-codemirror mediawiki-extension-youtube
mediawiki-skin-greystuff cacti gosa gosa-desktop gosa-plugins-ldapmanager gosa-plugins-mailaddress
gosa-plugins-netgroups gosa-plugins-pwreset gosa-plugins-sudo gosa-plugins-systems
icingaweb2 php-icinga icinga-php-library icinga-php-thirdparty icingaweb2-module-audit
icingaweb2-module-boxydash icingaweb2-module-businessprocess icingaweb2-module-cube
icingaweb2-module-director icingaweb2-module-eventdb icingaweb2-module-fileshipper
icingaweb2-module-generictts icingaweb2-module-graphite icingaweb2-module-idoreports
icingaweb2-module-incubator icingaweb2-module-map icingaweb2-module-monitoring
icingaweb2-module-nagvis icingaweb2-module-pdfexport icingaweb2-module-pnp
icingaweb2-module-reactbundle icingaweb2-module-reporting icingaweb2-module-statusmap
icingaweb2-module-toplevelview icingaweb2-module-x509 davical postfixadmin zabbix-frontend-php
zoneminder ocsinventory-reports ldap-account-manager"
# Horde: the applications and a broad sample of its libraries
horde="php-horde php-horde-imp php-horde-ingo php-horde-kronolith php-horde-turba php-horde-nag
php-horde-mnemo php-horde-gollem php-horde-passwd php-horde-whups php-horde-wicked php-horde-sesha
php-horde-trean php-horde-ansel php-horde-webmail php-horde-groupware php-horde-core
php-horde-activesync php-horde-imap-client php-horde-mime php-horde-mail php-horde-smtp
php-horde-vfs php-horde-compress php-horde-crypt php-horde-form php-horde-image php-horde-pdf
php-horde-rpc php-horde-syncml php-horde-text-filter php-horde-util php-horde-cli php-horde-db
php-horde-ldap php-horde-kolab-storage php-horde-service-facebook php-horde-service-twitter
php-horde-spellchecker php-horde-template php-horde-view php-horde-routes php-horde-test
php-horde-browser php-horde-http php-horde-socket-client php-horde-serialize php-horde-stream"
# PHP libraries
php_libs="php-letodms-core php-http-webdav-server php-league-flysystem php-mockery php-htmlawed
php-httpful php-klogger php-slim php-nikic-fast-route php-symfony-process
php-phpdocumentor-reflection-docblock php-phpspec-prophecy php-react-promise php-ramsey-uuid
php-webmozart-assert php-masterminds-html5 php-phpoption php-guzzlehttp-psr7 php-net-ldap2
php-net-smtp php-mail php-mail-mime php-auth-sasl php-crypt-gpg php-console-table
php-text-password php-net-sieve php-font-lib"
# Perl, Python and shell admin tools (sockets, SMTP, command runners: what the script rules read)
scripts="munin munin-node munin-plugins-extra awstats python3-certbot certbot ansible-core
python3-ansible-runner monitoring-plugins-contrib request-tracker5 backuppc sympa mailman3-web
xymon mailgraph pflogsumm amavisd-new spamassassin backupninja logcheck apticron needrestart
etckeeper debsecan lynis tiger gitweb"
pkgs="$php_apps $horde $php_libs $scripts"
mkdir -p "$target" "$cache"
# a fresh machine has no package lists yet
. "$(dirname "$0")/deb-set.sh"
# shellcheck disable=SC2086 # word lists
deb_fetch build-clean-heldout "$cache" $pkgs
manifest=$target/MANIFEST.tsv
printf 'package\tversion\tfiles\tphp_files\n' >"$manifest.tmp"
for p in $pkgs; do
	deb=$(deb_unpack "$target" "$cache" "$p") || continue
	printf '%s\t%s\t%d\t%d\n' "$p" "$(dpkg-deb -f "$deb" Version)" \
		"$(find "$target/$p" -type f | wc -l)" "$(find "$target/$p" -type f -name '*.php' | wc -l)" >>"$manifest.tmp"
done
mv "$manifest.tmp" "$manifest"
echo "packages: $(($(wc -l <"$manifest") - 1))"
echo "files: $(find "$target" -mindepth 2 -type f | wc -l)"
echo "php files: $(find "$target" -mindepth 2 -type f -name '*.php' | wc -l)"
