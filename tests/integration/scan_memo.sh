#!/usr/bin/env bash
# The content memo reuses a "YARA matched nothing" verdict for identical
# copies of a file, but only where every external the rules read has the
# same value. Each case puts many copies of one content in places that
# differ in one external; only the copies where the rule applies may be
# flagged, and all of them must be, whatever order the threads take.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)

flagged() { # RULE-SUBSTRING -> sorted paths of $OUT's findings with that rule
	python3 - "$OUT" "$1" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding" and any(sys.argv[2] in r for r in o["rules"]):
        print(o["path"])
PY
}

# 1. in_uploads (the shipped misc_php_in_uploads_dir): the same plain PHP
# file in 20 accounts' wp-content/uploads and in 20 accounts' theme dirs.
top=$t/www
for i in $(seq 1 20); do
	mkdir -p "$top/u$i/wp-content/uploads/2024" "$top/u$i/wp-content/themes/x"
	printf '<?php echo "hello";\n' >"$top/u$i/wp-content/themes/x/page.php"
	printf '<?php echo "hello";\n' >"$top/u$i/wp-content/uploads/2024/page.php"
done
for n in 1 2; do
	hs --format json --threads $n scan "$top"
	flagged misc_php_in_uploads_dir | sort >"$t/got"
	find "$top" -path '*/uploads/*' -name page.php | sort >"$t/want"
	if cmp -s "$t/got" "$t/want"; then
		ok "$n thread(s): the 20 copies under uploads flagged, the 20 elsewhere not"
	else
		not_ok "$n thread(s): the 20 copies under uploads flagged, the 20 elsewhere not" \
			"got $(wc -l <"$t/got"), want 20" "$(diff "$t/got" "$t/want" | head -3)"
	fi
done

# [scan] upload_dirs is the operator's: a Magento-style media directory.
cat >"$t/hs.conf" <<EOF
[scan]
upload_dirs = */pub/media/*
EOF
mkdir -p "$top/u1/pub/media"
printf '<?php echo "hello";\n' >"$top/u1/pub/media/page.php"
hs --config "$t/hs.conf" --format json scan "$top"
check "upload_dirs from the config: only pub/media is an uploads directory" \
	test "$(flagged misc_php_in_uploads_dir)" = "$top/u1/pub/media/page.php"

# 2. filename (the shipped .htaccess handler rule): one content as .htaccess
# and as notes.txt (other extension), and as .user.ini and copy.ini (same
# extension, other name), 10 directories each.
top=$t/names
for i in $(seq 1 10); do
	mkdir -p "$top/a$i"
	for f in notes.txt .htaccess .user.ini copy.ini; do
		printf 'AddType application/x-httpd-php .jpg\n' >"$top/a$i/$f"
	done
done
hs --format json --threads 2 scan "$top"
flagged misc_php_webuser_htaccess_handler | sed 's|.*/||' | sort | uniq -c | tr -s ' ' >"$t/got"
check "same content: every .htaccess and .user.ini flagged, no notes.txt or copy.ini" \
	test "$(cat "$t/got")" = "$(printf ' 10 .htaccess\n 10 .user.ini')"

# 3. An operator's rule that reads filepath: no reuse across paths at all.
mkdir -p "$t/rules"
cat >"$t/rules/local.yar" <<'EOF'
rule local_marker_in_evil_dir
{
    meta:
        severity = "high"
    strings:
        $m = "hostsweep-test-marker"
    condition:
        $m and filepath contains "/evil/"
}
EOF
top=$t/paths
for i in $(seq 1 10); do
	mkdir -p "$top/good$i" "$top/evil/x$i"
	echo "hostsweep-test-marker" >"$top/good$i/m.txt"
	echo "hostsweep-test-marker" >"$top/evil/x$i/m.txt"
done
hs --rules "$t/rules" --format json --threads 2 scan "$top"
check "a rule reading filepath: the 10 copies under /evil/ flagged, none elsewhere" \
	test "$(flagged local_marker_in_evil_dir | grep -c /evil/)/$(flagged local_marker_in_evil_dir | wc -l)" = "10/10"

# 4. The memo is what makes copies cheap: -v says how many YARA scans it saved.
hs -v --format json --threads 1 scan "$t/www"
check "-v reports YARA verdicts reused from identical copies" \
	grep -qE 'YARA: [1-9][0-9]* of [0-9]+ files were identical copies' "$ERR"
# 5. The PHP layer's verdict depends on the extension too: a Markdown page that
# quotes PHP below its title is not code, the same bytes saved as page.php are.
# A "nothing found" kept for the .md must not be reused for the .php copy.
top=$t/md
for i in $(seq 1 10); do
	mkdir -p "$top/d$i"
	printf '# Notes\n\n<?php $f = "sys"."tem"; $f($_GET["q"]); ?>\n' >"$top/d$i/notes.md"
	cp "$top/d$i/notes.md" "$top/d$i/page.php"
done
for n in 1 2; do
	hs --format json --threads $n scan "$top"
	check "$n thread(s): every page.php copy of a .md gets the PHP layer's finding, no .md is flagged" \
		test "$(flagged php.input_to_command | sed 's|.*/||' | sort | uniq -c | tr -s ' ')" = " 10 page.php"
done
exit 0
