#!/usr/bin/env bash
# The Debian package: `make deb` builds hostsweep_VERSION_ARCH.deb with
# debhelper (lintian: no error, no warning, each override justified), then
# on this machine: apt-get install ./hostsweep_*.deb, hostsweep --version,
# a scan with the installed config and rules, systemd-analyze verify on the
# installed units, an upgrade over the same version (the operator's edited
# conffile and the state kept), remove (config and state kept), purge
# (nothing of the package left; the operator's own rule file, which dpkg
# does not own, is all that stays, as Debian policy has it).
# What the test machine had at /etc/hostsweep, /var/lib/hostsweep or
# /usr/sbin/hostsweep is moved aside and put back afterwards.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
for tool in dpkg-buildpackage dh lintian apt-get systemd-analyze; do
	if ! command -v "$tool" >/dev/null; then
		skip "Debian package" "$tool not installed (scripts/deps.sh test installs it)"
		exit 0
	fi
done
if [ "$(id -u)" != 0 ]; then
	skip "Debian package" "installing a package needs root"
	exit 0
fi
if dpkg-query -W -f='${Status}' hostsweep 2>/dev/null | grep -q 'install ok'; then
	skip "Debian package" "a hostsweep package is installed on this machine: left alone"
	exit 0
fi
export DEBIAN_FRONTEND=noninteractive
ver=$(sed -n 's/^#define HS_VERSION "\(.*\)"$/\1/p' "$SRC/agent/version.h")
arch=$(dpkg --print-architecture)
deb=$SRC/hostsweep_${ver}_${arch}.deb

if ! make -s -C "$SRC" deb >"$t/build.log" 2>&1; then
	not_ok "make deb" "$(tail -n 30 "$t/build.log")"
	exit 0
fi
check "make deb: hostsweep_${ver}_${arch}.deb (version from agent/version.h)" test -s "$deb"
check "package version is agent/version.h's" test "$(dpkg-deb -f "$deb" Version)" = "$ver"
lintian --fail-on error,warning "$deb" >"$t/lintian" 2>&1
check "lintian: no error, no warning" sh -c "[ $? = 0 ] && ! grep -q '^[EW]:' '$t/lintian'"
# every override has its reason in a comment right above it
ov=$SRC/debian/hostsweep.lintian-overrides
unexplained=$(awk '/^[^#]/ && prev !~ /^#/ {print} {prev=$0}' "$ov" 2>/dev/null)
check "every lintian override is explained ($(grep -c '^[^#]' "$ov" 2>/dev/null || echo 0) overrides)" \
	test -z "$unexplained"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$t/files"
check "units under /lib/systemd/system (every unit of systemd/)" sh -c \
	"for u in $(cd "$SRC/systemd" && ls *.service *.timer | tr '\n' ' '); do grep -qx \"/lib/systemd/system/\$u\" '$t/files' || exit 1; done"
check "no state directory in the package (tmpfiles makes it)" sh -c "! grep -q '^/var/' '$t/files'"
dpkg-deb -e "$deb" "$t/ctl"
check "the config is a conffile" grep -qx /etc/hostsweep/hostsweep.conf "$t/ctl/conffiles"
check "installing never starts a sweep (no start of hostsweep.service)" sh -c \
	"! grep -q \"deb-systemd-invoke .*hostsweep.service\" '$t/ctl/postinst'"

# what the machine has is moved aside
saved=()
for p in /etc/hostsweep /var/lib/hostsweep /usr/sbin/hostsweep; do
	if [ -e "$p" ]; then
		mv "$p" "$p.deb-test-$$"
		saved+=("$p")
	fi
done
restore() {
	dpkg --purge hostsweep >/dev/null 2>&1
	rm -rf /etc/hostsweep
	local p
	for p in "${saved[@]}"; do
		rm -rf "$p"
		mv "$p.deb-test-$$" "$p"
	done
}
at_exit restore

if ! (cd "$(dirname "$deb")" && apt-get install -y -q "./$(basename "$deb")") >"$t/install.log" 2>&1; then
	not_ok "apt-get install ./$(basename "$deb")" "$(tail -n 20 "$t/install.log")"
	exit 0
fi
ok "apt-get install ./$(basename "$deb")"
check "installed: hostsweep --version says $ver" sh -c "/usr/sbin/hostsweep --version | grep -qx 'hostsweep $ver.*'"
mode=$(stat -c %a /var/lib/hostsweep 2>/dev/null)
check "state directory made by tmpfiles, mode 0700 (got $mode)" test "$mode" = 700
check "timer enabled" test -L /etc/systemd/system/timers.target.wants/hostsweep.timer

# a scan with the installed config, rules and signatures
mkdir -p "$t/site/uploads"
printf '<?php @eval($_POST["p"]); ?>\n' >"$t/site/uploads/x.php"
printf '<?php echo "hello";\n' >"$t/site/index.php"
rc=0
/usr/sbin/hostsweep --format json scan "$t/site" >"$t/scan.json" 2>"$t/scan.err" || rc=$?
got=$(jq_py "$t/scan.json" "sorted(f['path'].rsplit('/',1)[1] for f in F)")
check "installed scan: the webshell found, the clean file not (exit $rc, got $got)" \
	sh -c "[ $rc = 1 ] && [ \"$got\" = \"['x.php']\" ]"
check "installed scan: no warning (config, rules, signatures as shipped)" test ! -s "$t/scan.err"

units=$(grep '^/lib/systemd/system/' "$t/files" | grep -v '/$' | tr '\n' ' ')
if systemd-analyze verify $units >"$t/verify" 2>&1; then
	ok "systemd-analyze verify on the installed units ($units)"
else
	not_ok "systemd-analyze verify on the installed units" "$(cat "$t/verify")"
fi

# upgrade over the same version: the edited conffile and the state stay
printf '\n# edited by the operator\n[scan]\nmax_file_size = 8M\n' >>/etc/hostsweep/hostsweep.conf
cp /etc/hostsweep/hostsweep.conf "$t/mine.conf"
echo state >/var/lib/hostsweep/marker
if (cd "$(dirname "$deb")" && apt-get install -y -q --reinstall "./$(basename "$deb")") >"$t/up.log" 2>&1; then
	ok "upgrade over the same version (apt-get install --reinstall)"
else
	not_ok "upgrade over the same version" "$(tail -n 20 "$t/up.log")"
fi
check "upgrade: the operator's conffile kept as edited" cmp -s "$t/mine.conf" /etc/hostsweep/hostsweep.conf
check "upgrade: the state kept" test -f /var/lib/hostsweep/marker
check "upgrade: still runs" sh -c "/usr/sbin/hostsweep --version >/dev/null"

# remove: the program goes, the config and the state stay
echo 'rule local_test { condition: false }' >/etc/hostsweep/rules.d/local.yar
apt-get remove -y -q hostsweep >"$t/rm.log" 2>&1
check "remove: the program is gone" test ! -e /usr/sbin/hostsweep
check "remove: the config and the state stay" test -f /etc/hostsweep/hostsweep.conf -a -f /var/lib/hostsweep/marker

# purge: nothing of the package is left
apt-get purge -y -q hostsweep >"$t/purge.log" 2>&1
check "purge succeeds" sh -c "! dpkg-query -W -f='\${Status}' hostsweep 2>/dev/null | grep -q installed"
left=$(while read -r f; do
	case $f in */) continue ;; esac
	[ -e "$f" ] && echo "$f"
done <"$t/files")
check "purge: no file of the package is left (${left:-none})" test -z "$left"
check "purge: the config is gone" test ! -e /etc/hostsweep/hostsweep.conf
check "purge: the state directory is gone" test ! -e /var/lib/hostsweep
check "purge: the timer's enablement is gone" sh -c \
	"[ ! -e /etc/systemd/system/timers.target.wants/hostsweep.timer ] && ! ls /var/lib/systemd/deb-systemd-helper-enabled/ 2>/dev/null | grep -q hostsweep"
check "purge: the operator's own rule file (not the package's) is kept" test -f /etc/hostsweep/rules.d/local.yar
exit 0
