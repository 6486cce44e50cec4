#!/usr/bin/env bash
# The Prometheus alert rules (docs/prometheus/): `promtool check rules`,
# `promtool test rules` on the series of hostsweep-alerts.test.yml, and that
# every metric the rules use is one hostsweep writes: the sweep's file is
# written by a real sweep here ([general] prometheus) and checked with
# `promtool check metrics`; its findings by severity are the sweep's own
# counts. promtool comes from Debian's prometheus package: when it is not
# installed, only promtool is taken out of the package (apt-get download),
# so that no Prometheus server is installed or started for a test.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
dir=$SRC/docs/prometheus
promtool=$(command -v promtool || true)
cache=/var/cache/hostsweep-test
if [ -z "$promtool" ] && [ -x "$cache/promtool" ]; then
	promtool=$cache/promtool
fi
if [ -z "$promtool" ]; then
	mkdir -p "$cache"
	if (cd "$t" && apt-get download -q prometheus >"$t/dl.log" 2>&1) &&
		dpkg-deb --fsys-tarfile "$t"/prometheus_*.deb | tar -C "$t" -x ./usr/bin/promtool &&
		mv "$t/usr/bin/promtool" "$cache/promtool"; then
		promtool=$cache/promtool
	else
		skip "Prometheus rules" "no promtool and Debian's prometheus package could not be fetched: $(tail -n 2 "$t/dl.log" 2>/dev/null)"
		exit 0
	fi
fi

if "$promtool" check rules "$dir/hostsweep-alerts.yml" >"$t/check" 2>&1; then
	ok "promtool check rules ($(grep -o '[0-9]* rules found' "$t/check"))"
else
	not_ok "promtool check rules" "$(cat "$t/check")"
fi
if (cd "$dir" && "$promtool" test rules hostsweep-alerts.test.yml) >"$t/test" 2>&1; then
	ok "promtool test rules hostsweep-alerts.test.yml"
else
	not_ok "promtool test rules hostsweep-alerts.test.yml" "$(head -n 40 "$t/test")"
fi
# every alert has a test that expects it to fire
for a in $(sed -n 's/^ *- alert: //p' "$dir/hostsweep-alerts.yml"); do
	n=$(awk -v a="$a" '$1=="alertname:" && $2==a {want=1; next} want && /exp_labels/ {c++; want=0} /eval_time/ {want=0} END {print c+0}' "$dir/hostsweep-alerts.test.yml")
	check "alert $a has a test where it fires ($n)" test "$n" -gt 0
done

# a real sweep's metrics file
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/var/www/html"
printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\n' >"$r/etc/passwd"
printf '<?php @eval($_POST["x"]); ?>\n' >"$r/var/www/html/a.php"
printf '<?php echo 1;\n' >"$r/var/www/html/index.php"
printf '[general]\nstate_dir = %s/state\nprometheus = %s/prom/hostsweep-sweep.prom\n[scan]\ntmp_dirs = /tmp\n' \
	"$t" "$t" >"$t/c.conf"
mkdir -p "$t/prom"
hs --root "$r" --config "$t/c.conf" --format json sweep
prom=$t/prom/hostsweep-sweep.prom
check "sweep writes [general] prometheus (exit 1: a finding)" sh -c "[ $RC = 1 ] && [ -s '$prom' ]"
check "...readable by the node_exporter user (0644)" test "$(stat -c %a "$prom")" = 644
if "$promtool" check metrics <"$prom" >"$t/lint" 2>&1; then
	ok "promtool check metrics on the sweep's file"
else
	not_ok "promtool check metrics on the sweep's file" "$(cat "$t/lint")"
fi
for s in low medium high critical; do
	want=$(jq_py "$OUT" "S['findings_by_severity']['$s']")
	got=$(sed -n "s/^hostsweep_sweep_findings{severity=\"$s\"} //p" "$prom")
	check "hostsweep_sweep_findings{severity=\"$s\"} is the sweep's count ($got = $want)" test "$got" = "$want"
done
check "hostsweep_sweep_success 1" grep -qx 'hostsweep_sweep_success 1' "$prom"
ts=$(sed -n 's/^hostsweep_sweep_last_run_timestamp_seconds //p' "$prom")
check "last run timestamp is now ($ts)" python3 -c "import sys,time; sys.exit(abs(time.time()-float('$ts'))>120)"
# a broken rule: the sweep fails, and its metrics say so
mkdir -p "$t/badrules"
echo 'rule broken {' >"$t/badrules/x.yar"
hs --root "$r" --config "$t/c.conf" --rules "$t/badrules" --format json sweep
check "a sweep that fails (broken rule, exit 2) writes hostsweep_sweep_success 0" \
	sh -c "[ $RC = 2 ] && grep -qx 'hostsweep_sweep_success 0' '$prom'"

# every metric of the rules is written by hostsweep (mail queue and sweep
# metrics: always; watch metrics: when this tree has the watch module)
for m in $(grep -o 'hostsweep_[a-z_]*' "$dir/hostsweep-alerts.yml" | sort -u); do
	case $m in
	hostsweep_watch_*)
		if [ ! -d "$SRC/agent/watch" ]; then
			skip "metric $m is written by hostsweep" "this tree has no agent/watch yet"
			continue
		fi
		;;
	esac
	check "metric $m is written by hostsweep" grep -rqF "\"$m\"" "$SRC/agent"
done
exit 0
