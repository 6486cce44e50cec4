#!/bin/sh
# Install the Debian 12 packages hostsweep needs to build, test or run its demo,
# but only those that are missing. Usage: scripts/deps.sh build|test|bench|deb|fuzz
set -eu
build="gcc make pkg-config libyara-dev libmagic-dev libmagic-mgc libpcre2-dev libproc2-dev
libjansson-dev libinih-dev libssl-dev libsystemd-dev libsqlite3-dev zlib1g-dev"
test="$build libcmocka-dev cron procps perl python3 iproute2 acl attr man-db groff-base
systemd apache2 libapache2-mod-php vsftpd openssh-server openssh-client rsyslog curl
dovecot-core swaks nftables yara
debhelper lintian dpkg-dev ansible-core clang libclang-rt-dev"
fuzz="$build clang libclang-rt-dev"
bench="$test time"
# make deb (tests/integration/deb.sh has them from the test list)
deb="$build debhelper lintian dpkg-dev"
case "${1:-build}" in
build) want=$build ;;
test) want=$test ;;
bench) want=$bench ;;
deb) want=$deb ;;
fuzz) want=$fuzz ;;
*) echo "usage: $0 build|test|bench|deb|fuzz" >&2; exit 2 ;;
esac
missing=
for p in $want; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "hostsweep: missing Debian packages:$missing (run as root, or apt-get install them)" >&2
	exit 1
fi
echo "hostsweep: installing Debian packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || true
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
