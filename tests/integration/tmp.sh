#!/usr/bin/env bash
# hostsweep tmp against a real temp dir (configured as the only one):
# ELF and scripts of web users and hosting accounts, hidden and look-alike
# names, a non-socket in .X11-unix, a file run by a live process, and
# what must stay quiet (root's text files, real sockets, the exact names).
. "$(dirname "$0")/../lib.sh"

D=$(mktemp_dir)
T="$D/tmp"
mkdir -m 1777 "$T"
pids=()
at_exit 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done'
U=hs_t_tmpu
if id "$U" >/dev/null 2>&1; then
	skip "users" "$U exists already"
	exit 0
fi
useradd -M -d /nonexistent -s /usr/sbin/nologin "$U"
at_exit "userdel $U 2>/dev/null"
cat >"$D/hs.conf" <<EOF
[scan]
tmp_dirs = $T
EOF

# web user: a hidden directory with an ELF in it
mkdir "$T/.cache-x"
cp /bin/true "$T/.cache-x/kswapd0"
chown -R www-data: "$T/.cache-x"
# hosting account: a Perl script
printf '#!/usr/bin/perl\nprint "hi\\n";\n' >"$T/x.pl"
chown "$U:" "$T/x.pl"
# names made to be overlooked
mkdir "$T/..." "$T/ " "$T/.X11-unix " "$T/.X1l-unix" "$T/.X11-unix"
echo junk >"$T/.X11-unix/X0"
python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$T/.X11-unix/X1"
chmod 1777 "$T/.X11-unix"
# quiet: root's plain text, a root-owned normal directory
echo "hello" >"$T/notes.txt"
mkdir "$T/systemd-private-abc"
# a copy of sleep that a live www-data process runs
cp /bin/sleep "$T/runme"
chmod 755 "$T/runme"
(cd / && exec setpriv --reuid=33 --regid=33 --clear-groups "$T/runme" 600) &
RUN=$!
pids+=($RUN)
sleep 0.3

hs --config "$D/hs.conf" --format json tmp
check "exit status 1" test "$RC" = 1
check "JSON lines" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
r() { q "[sorted(f['reasons']) for f in F if f['kind']=='tmp' and f['path']=='$1']"; }
check "ELF of the web user" test "$(r "$T/.cache-x/kswapd0")" = "[['elf', 'executable']]"
check "ELF severity high" test "$(q "[f['severity'] for f in F if f['path']=='$T/.cache-x/kswapd0']")" = "['high']"
check "ELF owner class" test "$(q "[f['owner_class'] for f in F if f['path']=='$T/.cache-x/kswapd0']")" = "['web']"
check "hidden dir of the web user" test "$(r "$T/.cache-x")" = "[['hidden_owned']]"
check "script of a hosting account" test "$(r "$T/x.pl")" = "[['script']]"
check "script owner" test "$(q "[f['owner'] for f in F if f['path']=='$T/x.pl']")" = "['$U']"
check "'...' directory" test "$(r "$T/...")" = "[['hidden_name']]"
check "' ' directory" test "$(r "$T/ ")" = "[['hidden_name']]"
check "'.X11-unix ' look-alike" test "$(r "$T/.X11-unix ")" = "[['hidden_name', 'lookalike_name']]"
check "'.X1l-unix' look-alike" test "$(r "$T/.X1l-unix")" = "[['lookalike_name']]"
check "regular file in .X11-unix" test "$(r "$T/.X11-unix/X0")" = "[['not_a_socket']]"
check "real socket in .X11-unix quiet" test "$(r "$T/.X11-unix/X1")" = "[]"
check "real .X11-unix quiet" test "$(r "$T/.X11-unix")" = "[]"
check "root's text file quiet" test "$(r "$T/notes.txt")" = "[]"
check "root's directory quiet" test "$(r "$T/systemd-private-abc")" = "[]"
check "file run by a live process" test "$(r "$T/runme")" = "[['elf', 'executable', 'running']]"
check "running: the pid" test "$(q "[f['pids'] for f in F if f['path']=='$T/runme']")" = "[[$RUN]]"
check "files went through the scanner" test "$(q "S['files_scanned'] >= 5")" = True
# text output escapes the odd names
hs --config "$D/hs.conf" tmp
check "text output: exit 1" test "$RC" = 1
check "text output names the look-alike" grep -qF "$T/.X1l-unix" "$OUT"
exit $HS_FAILED
