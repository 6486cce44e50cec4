#!/usr/bin/env bash
# A third clean PHP set, nobody tuned against: the PHP of customers' docroots on shared hosts
# that neither the clean corpus (../shared/corpus/build-clean.sh) nor the held-out clean corpus
# (tests/eval/build-clean-heldout.sh) holds, nor the script sets (tests/eval-scripts.sh,
# tests/eval/build-script-clean2.sh).
#
# 1. Every Debian 12 (bookworm main) package with PHP code that those scripts do not use. The
#    list below was made once (session 14) from the package index: the Architecture: all
#    packages in Section php, named php-* or wordpress*, or depending on php-common, php, php-cli,
#    libapache2-mod-php or another php-* package, closed over "depends on such a package"
#    (roundcube skins, gosa-dev, icinga modules...), plus ckeditor and libjs-jquery-file-upload
#    (their PHP samples and upload handler); then those without a .php/.inc/.phtml file or a
#    `<?php` tag outside /usr/share/doc were dropped (metapackages, C extensions' -all-dev).
#    454 packages: web applications (arcanist, zoph, hoteldruid, shaarli, rss-bridge, tweeper,
#    icingadb-web, mlmmj's web admin, nagvis demos, phpqrcode, phpwebcounter, WordPress plugins),
#    mail and SMS notifiers (Symfony's transports, Laravel's mail and notifications), Horde's
#    libraries, test tooling (PHPUnit's parts, vfsStream, php-mock, cache integration tests) and
#    small libraries of every kind (captcha, OTP, RADIUS, FTP, NNTP, whois, gettext, minifiers,
#    Snoopy, nusoap, ADOdb, pclzip).
# 2. PHP that npm packages ship: upload handlers and their examples (jquery-file-upload's php/,
#    jquery.filer's class.uploader.php, simple-ajax-uploader's Uploader.php, WebUploader's
#    server/, Jcrop's demos), PHP runners of JS tool chains (php-express's page_runner.php,
#    exec-php, node-phpfpm, gulp-connect-php, vite-plugin-php's router.php), WordPress block
#    code (@wordpress/style-engine, @wordpress/widgets), an eslint plugin's PHP fixtures, a PHP
#    app template (create-prisma-php-app), AdminLTE 2 with its bower_components. Fetched with
#    `npm pack NAME@VERSION` (the registry's tarball; nothing is installed, no script runs) and
#    stored as they ship under TARGET/node_modules/NAME/. The packages already in
#    tests/eval/build-clean-npm.sh are not repeated.
#
# Debian packages are fetched with `apt-get download` and unpacked with `dpkg-deb -x` into
# TARGET/<package>/ (never installed: no maintainer script runs, nothing is executed). The .debs
# and .tgz files are kept in TARGET.debs (or $APPS3_DEBS), so a second run works offline; what
# is already unpacked is kept (idempotent). TARGET/MANIFEST.tsv lists source, package, version,
# files and PHP files (.php, .inc, .phtml).
# usage: tests/eval/build-clean-apps3.sh [TARGET]      (default /var/tmp/clean-apps3)
# Not part of `make test` (network, time); tests/eval-clean-apps3.sh scans the result.
set -eu
target=${1:-/var/tmp/clean-apps3}
target=${target%/}
cache=${APPS3_DEBS:-$target.debs}
apps_and_libs="arcanist ckeditor eiskaltdcpp-scripts freedombox gosa-dev hoteldruid icingacli icingadb-web
icingaweb2-common icingaweb2-module-doc jsonlint kcachegrind-converters libawl-php
libjs-jquery-file-upload libjs-jquery-jfeed libmarkdown-php libnusoap-php libownet-php
libphp-adodb libphp-jabber libphp-snoopy mlmmj-php-web mlmmj-php-web-admin nagvis-demos
nordugrid-arc-monitor oar-web-status openstack-cluster-installer phing php-amphp-amp
php-arthurhoaro-web-thumbnailer php-async-aws-core php-async-aws-ses php-async-aws-sns
php-async-aws-sqs php-brick-math php-brick-varexporter php-cache-integration-tests
php-cache-tag-interop php-christianriesen-base32 php-christianriesen-otp
php-code-lts-u2f-php-server php-console-commandline php-constant-time php-dapphp-radius
php-dasprid-enum php-date php-dflydev-dot-access-data php-directory-scanner php-dompdf-svg-lib
php-dragonmantank-cron-expression php-eluceo-ical php-email-validator php-embed php-fdomdocument
php-fig-http-message-util php-fxsl php-getallheaders php-gettext-languages php-google-protobuf
php-google-recaptcha php-graham-campbell-result-type php-gregwar-captcha php-guzzlehttp-promises
php-image-text php-json-schema php-laravel-lumen-framework php-laravel-serializable-closure
php-lorenzo-pinky php-malkusch-lock php-mariadb-mysql-kbs php-matthiasmullie-minify
php-matthiasmullie-path-converter php-mdb2-driver-mysql php-mdb2-driver-pgsql php-mf2 php-ml-iri
php-ml-json-ld php-net-dime php-net-ftp php-net-ldap3 php-net-nntp php-net-publicsuffix
php-net-socket php-net-url php-net-url2 php-net-whois php-netscape-bookmark-parser
php-nette-schema php-nette-utils php-nyholm-psr7 php-opis-closure php-oscarotero-gettext
php-oscarotero-html-parser php-parsedown php-parsedown-extra php-pclzip php-pda-pheanstalk
php-php-gettext php-phpmyadmin-motranslator php-phpmyadmin-shapefile php-pimple php-proxy-manager
php-pubsubhubbub-publisher php-ramsey-collection php-random-compat php-roundcube-rtf-html-php
php-seclib php-seld-signal-handler php-shellcommand php-slim-psr7 php-sql-formatter php-symfony
php-text-captcha php-text-figlet php-text-languagedetect php-tijsverkoyen-css-to-inline-styles
php-validate php-vlucas-phpdotenv php-voku-portable-ascii php-xml-svg php-zend-eventmanager
php-zend-stdlib php-zeta-base php-zeta-unit-test php-zumba-json-serializer phpab phpcpd phpdox
phpliteadmin-themes phploc phpqrcode phpwebcounter pkg-php-tools raintpl rss-bridge shaarli
slbackup-php smarty-lexer smarty-validate tsmarty2c tweeper wordpress-plugin-http-authentication
wordpress-shibboleth wordpress-xrds-simple zoph"
horde="php-horde-alarm php-horde-argv php-horde-auth php-horde-autoloader php-horde-cache
php-horde-compress-fast php-horde-constraint php-horde-content php-horde-controller
php-horde-crypt-blowfish php-horde-css-parser php-horde-cssminify php-horde-data php-horde-date
php-horde-date-parser php-horde-dav php-horde-editor php-horde-elasticsearch php-horde-exception
php-horde-feed php-horde-group php-horde-hashtable php-horde-history php-horde-icalendar
php-horde-idna php-horde-imsp php-horde-injector php-horde-itip php-horde-javascriptminify
php-horde-kolab-format php-horde-kolab-server php-horde-kolab-session php-horde-listheaders
php-horde-lock php-horde-log php-horde-logintasks php-horde-mail-autoconfig php-horde-mapi
php-horde-memcache php-horde-mime-viewer php-horde-nls php-horde-notification php-horde-oauth
php-horde-openxchange php-horde-pack php-horde-perms php-horde-prefs php-horde-queue
php-horde-rdo php-horde-role php-horde-scheduler php-horde-scribe php-horde-secret
php-horde-service-gravatar php-horde-service-urlshortener php-horde-service-weather
php-horde-sessionhandler php-horde-share php-horde-stream-filter php-horde-stream-wrapper
php-horde-support php-horde-text-diff php-horde-text-flowed php-horde-thrift
php-horde-timeobjects php-horde-timezone php-horde-token php-horde-translation php-horde-tree
php-horde-url php-horde-xml-element php-horde-xml-wbxml"
symfony="php-symfony-all-my-sms-notifier php-symfony-amazon-sns-notifier php-symfony-amazon-sqs-messenger
php-symfony-amqp-messenger php-symfony-asset php-symfony-beanstalkd-messenger
php-symfony-browser-kit php-symfony-cache php-symfony-cache-contracts
php-symfony-clickatell-notifier php-symfony-config php-symfony-contracts
php-symfony-crowdin-translation-provider php-symfony-css-selector php-symfony-debug-bundle
php-symfony-deprecation-contracts php-symfony-discord-notifier php-symfony-doctrine-bridge
php-symfony-doctrine-messenger php-symfony-dom-crawler php-symfony-dotenv
php-symfony-error-handler php-symfony-esendex-notifier php-symfony-event-dispatcher
php-symfony-event-dispatcher-contracts php-symfony-expo-notifier php-symfony-expression-language
php-symfony-fake-chat-notifier php-symfony-fake-sms-notifier php-symfony-filesystem
php-symfony-finder php-symfony-firebase-notifier php-symfony-free-mobile-notifier
php-symfony-gateway-api-notifier php-symfony-gitter-notifier php-symfony-google-chat-notifier
php-symfony-http-client-contracts php-symfony-http-foundation php-symfony-inflector
php-symfony-infobip-notifier php-symfony-iqsms-notifier php-symfony-ldap
php-symfony-light-sms-notifier php-symfony-linked-in-notifier php-symfony-lock
php-symfony-loco-translation-provider php-symfony-lokalise-translation-provider
php-symfony-mailjet-mailer php-symfony-mailjet-notifier php-symfony-mattermost-notifier
php-symfony-mercure php-symfony-mercure-notifier php-symfony-message-bird-notifier
php-symfony-message-media-notifier php-symfony-messenger php-symfony-microsoft-teams-notifier
php-symfony-mobyt-notifier php-symfony-monolog-bridge php-symfony-nexmo-notifier
php-symfony-octopush-notifier php-symfony-oh-my-smtp-mailer php-symfony-one-signal-notifier
php-symfony-options-resolver php-symfony-ovh-cloud-notifier php-symfony-password-hasher
php-symfony-phpunit-bridge php-symfony-polyfill php-symfony-polyfill-apcu
php-symfony-polyfill-ctype php-symfony-polyfill-iconv php-symfony-polyfill-intl-grapheme
php-symfony-polyfill-intl-icu php-symfony-polyfill-intl-idn
php-symfony-polyfill-intl-messageformatter php-symfony-polyfill-intl-normalizer
php-symfony-polyfill-mbstring php-symfony-polyfill-php72 php-symfony-polyfill-php73
php-symfony-polyfill-php74 php-symfony-polyfill-php80 php-symfony-polyfill-php81
php-symfony-polyfill-php82 php-symfony-polyfill-php83 php-symfony-polyfill-util
php-symfony-polyfill-uuid php-symfony-polyfill-xml php-symfony-property-access
php-symfony-property-info php-symfony-proxy-manager-bridge php-symfony-redis-messenger
php-symfony-rocket-chat-notifier php-symfony-routing php-symfony-runtime php-symfony-security-acl
php-symfony-security-bundle php-symfony-security-guard php-symfony-semaphore
php-symfony-sendinblue-mailer php-symfony-sendinblue-notifier php-symfony-serializer
php-symfony-service-contracts php-symfony-sinch-notifier php-symfony-slack-notifier
php-symfony-sms-biuras-notifier php-symfony-sms77-notifier php-symfony-smsapi-notifier
php-symfony-smsc-notifier php-symfony-spot-hit-notifier php-symfony-stopwatch php-symfony-string
php-symfony-telegram-notifier php-symfony-telnyx-notifier php-symfony-templating
php-symfony-translation php-symfony-translation-contracts php-symfony-turbo-sms-notifier
php-symfony-twig-bridge php-symfony-twig-bundle php-symfony-twilio-notifier php-symfony-uid
php-symfony-var-dumper php-symfony-var-exporter php-symfony-vonage-notifier php-symfony-web-link
php-symfony-web-profiler-bundle php-symfony-workflow php-symfony-yaml
php-symfony-yunpian-notifier php-symfony-zulip-notifier"
laravel="php-illuminate-auth php-illuminate-broadcasting php-illuminate-bus php-illuminate-cache
php-illuminate-collections php-illuminate-config php-illuminate-console php-illuminate-container
php-illuminate-contracts php-illuminate-cookie php-illuminate-encryption php-illuminate-events
php-illuminate-filesystem php-illuminate-hashing php-illuminate-http php-illuminate-log
php-illuminate-macroable php-illuminate-mail php-illuminate-notifications
php-illuminate-pagination php-illuminate-pipeline php-illuminate-queue php-illuminate-redis
php-illuminate-routing php-illuminate-session php-illuminate-support php-illuminate-testing
php-illuminate-translation php-illuminate-validation php-illuminate-view"
tooling="php-codecoverage php-composer-ca-bundle php-composer-class-map-generator
php-composer-metadata-minifier php-composer-pcre php-composer-semver php-composer-spdx-licenses
php-composer-xdebug-handler php-deepcopy php-doctrine-annotations php-doctrine-cache
php-doctrine-collections php-doctrine-common php-doctrine-data-fixtures php-doctrine-deprecations
php-doctrine-event-manager php-doctrine-inflector php-doctrine-instantiator php-doctrine-lexer
php-doctrine-persistence php-file-iterator php-hamcrest php-http-httplug
php-http-interop-http-factory-tests php-http-message-factory php-http-promise
php-http-psr7-integration-tests php-invoker php-league-config php-league-html-to-markdown
php-league-mime-type-detection php-mikey179-vfsstream php-mock php-mock-integration
php-mock-phpunit php-phar-io-manifest php-phar-io-version php-phpdocumentor-reflection-common
php-phpdocumentor-type-resolver php-phpspec-prophecy-phpunit php-phpstan-phpdoc-parser
php-psr-cache php-psr-container php-psr-event-dispatcher php-psr-http-client php-psr-http-factory
php-psr-http-message php-psr-link php-psr-log php-psr-simple-cache php-text-template php-timer
php-tokenizer php-twig-cache-extra php-twig-cssinliner-extra php-twig-extra-bundle
php-twig-html-extra php-twig-i18n-extension php-twig-inky-extra php-twig-intl-extra
php-twig-markdown-extra php-twig-string-extra phpunit-cli-parser phpunit-code-unit
phpunit-code-unit-reverse-lookup phpunit-comparator phpunit-complexity phpunit-diff
phpunit-environment phpunit-exporter phpunit-global-state phpunit-lines-of-code
phpunit-object-enumerator phpunit-object-reflector phpunit-recursion-context
phpunit-resource-operations phpunit-type phpunit-version"
debs="$apps_and_libs $horde $symfony $laravel $tooling"
# name@version, pinned (the version that was current when the set was made)
npm_pins="jquery-file-upload@4.0.11 jquery.filer@1.3.0 simple-ajax-uploader@2.6.7 webuploader@0.1.8
jquery-jcrop@0.9.15 php-express@0.0.3 exec-php@0.0.6 node-phpfpm@1.0.1 gulp-connect-php@1.0.3
php@1.2.0 vite-plugin-php@2.0.4 eslint-plugin-php-markup@6.0.0 create-prisma-php-app@5.0.3
@wordpress/style-engine@2.56.0 @wordpress/widgets@4.55.0 admin-lte@2.4.18"
mkdir -p "$target" "$cache"
. "$(dirname "$0")/deb-set.sh"
# shellcheck disable=SC2086 # word lists
deb_fetch build-clean-apps3 "$cache" $debs
(
	cd "$cache"
	for pin in $npm_pins; do
		name=${pin%@*}
		tgz=$(echo "$name" | sed 's,^@,,; s,/,-,')-${pin##*@}.tgz
		[ -f "$tgz" ] && continue
		command -v npm >/dev/null || { echo "build-clean-apps3: npm missing (apt-get install npm); skip $pin" >&2; continue; }
		npm pack --silent "$pin" >/dev/null 2>&1 || echo "build-clean-apps3: skip $pin (npm pack failed)" >&2
	done
)
count() { # files, PHP files under $1
	printf '%d\t%d' "$(find "$1" -type f | wc -l)" \
		"$(find "$1" -type f \( -iname '*.php' -o -iname '*.inc' -o -iname '*.phtml' \) | wc -l)"
}
manifest=$target/MANIFEST.tsv
printf 'source\tpackage\tversion\tfiles\tphp_files\n' >"$manifest.tmp"
for p in $debs; do
	deb=$(deb_unpack "$target" "$cache" "$p") || continue
	printf 'deb\t%s\t%s\t%s\n' "$p" "$(dpkg-deb -f "$deb" Version)" "$(count "$target/$p")" >>"$manifest.tmp"
done
for pin in $npm_pins; do
	name=${pin%@*}
	ver=${pin##*@}
	tgz=$cache/$(echo "$name" | sed 's,^@,,; s,/,-,')-$ver.tgz
	[ -f "$tgz" ] || continue
	d=$target/node_modules/$name
	if [ ! -d "$d" ]; then
		rm -rf "$d.tmp"
		mkdir -p "$d.tmp"
		# an npm tarball holds one top directory (package/); GNU tar drops leading / and
		# refuses .. members, and keeps no owner or set-id bits
		tar -xzf "$tgz" -C "$d.tmp" --strip-components=1 --no-same-owner --no-same-permissions \
			--warning=no-unknown-keyword &&
			mv "$d.tmp" "$d"
	fi
	printf 'npm\t%s\t%s\t%s\n' "$name" "$ver" "$(count "$d")" >>"$manifest.tmp"
done
mv "$manifest.tmp" "$manifest"
echo "packages: $(grep -c '^deb' "$manifest") Debian, $(grep -c '^npm' "$manifest") npm"
echo "files: $(find "$target" -mindepth 2 -type f | wc -l)"
echo "php files: $(awk -F'\t' 'NR > 1 {s += $5} END {print s + 0}' "$manifest")"
