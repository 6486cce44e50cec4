#!/usr/bin/env bash
# `respond --account`: the summary counts each skipped path once. The
# incident's timeline walks the account's trees again after the sweep has
# walked them; its skips must not be counted a second time. One symlink
# more in the docroot makes the count grow by exactly one.
. "$(dirname "$0")/../lib.sh"
U=hs_t_rcnt
if id "$U" >/dev/null 2>&1; then userdel -r "$U" >/dev/null 2>&1; fi
useradd -m -s /bin/sh "$U"
at_exit "userdel -r $U >/dev/null 2>&1"
DOC=/home/$U/public_html
mkdir -p "$DOC"
printf '<?php echo "ok";\n' >"$DOC/index.php"
ln -s /etc/hostname "$DOC/a"
chown -R "$U:" "/home/$U"
# The temp dirs are the test's own: the machine's /tmp and /var/tmp hold
# whatever else runs there (a developer's corpora made this take > 15 min),
# and a file appearing in them between the two runs would change the count.
mkdir -p "$HS_TMP/rc-tmp"
printf '[general]\nstate_dir = %s\n[scan]\ntmp_dirs = %s\n' "$HS_TMP/rc-state" "$HS_TMP/rc-tmp" >"$HS_TMP/rc.conf"
symlinks() {
	hs --config "$HS_TMP/rc.conf" --format json respond --account "$U"
	jq_py "$OUT" "S['skipped']['symlinks']"
}
before=$(symlinks)
ln -s /etc/hostname "$DOC/b"
after=$(symlinks)
check "respond: one more symlink in the docroot counts once ($before -> $after)" \
	test "$after" = $((before + 1))
