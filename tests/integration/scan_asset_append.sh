#!/usr/bin/env bash
# PHP in front-end files: a PHP block appended to a served asset (the way an
# attacker edits jquery.min.js that a PHP file includes) is high from the
# rule and the PHP layer reads it (php.input_to_eval); the same sample
# quoted in any flavour of front-end source or document (.cjs, .jsx, .tsx,
# .vue, .svelte, .coffee, .mdx, .adoc, .po) is not PHP code: no php.* rule,
# and no YARA rule reads it as PHP source.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
site=$t/home/acct/public_html
mkdir -p "$site/js" "$site/css" "$site/src" "$site/docs"

printf '/*! lib v3 */\n!function(e){"use strict";var t=1;e.x=t}(window);\n<?php eval($_POST["k9"]); ?>\n' \
	>"$site/js/lib.min.js"
printf 'body{margin:0}\n.nav{color:#333}\n<?php @eval(base64_decode($_COOKIE["c"])); ?>\n' \
	>"$site/css/site.css"
# the sample in a template literal: quoted, not appended
printf 'const php = `\n<?php eval($_POST["k9"]); ?>\n`;\nhighlight(php);\n' >"$site/js/demo.js"
quoted='// how the filter sees it: <?php eval($_POST["k9"]); ?>
export const sample = "<?php system($_GET[\"c\"]); ?>";'
for e in cjs jsx tsx vue svelte coffee mdx adoc po; do
	printf '%s\n' "$quoted" >"$site/src/sample.$e"
done

hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t"
check "scan: exit 1" [ "$RC" = 1 ]
json_valid "$OUT" || not_ok "valid JSON" "$(head -c 300 "$OUT")"
for f in js/lib.min.js css/site.css; do
	sev=$(jq_py "$OUT" "[x['severity'] for x in F if x['path'].endswith('/$f')]")
	rules=$(jq_py "$OUT" "[r for x in F if x['path'].endswith('/$f') for r in x['rules']]")
	check "$f: high or critical ($sev)" sh -c "echo \"$sev\" | grep -Eq \"'(high|critical)'\""
	check "$f: misc_php_appended_to_asset" sh -c "echo \"$rules\" | grep -q misc.misc_php_appended_to_asset"
	check "$f: the PHP layer read it (php.input_to_eval)" sh -c "echo \"$rules\" | grep -q php.input_to_eval"
done
n=$(jq_py "$OUT" "len([x for x in F if x['path'].endswith('/js/demo.js')])")
check "template-literal sample in a .js: no finding ($n)" [ "$n" = 0 ]
for e in cjs jsx tsx vue svelte coffee mdx adoc po; do
	n=$(jq_py "$OUT" "len([r for x in F if x['path'].endswith('/sample.$e') for r in x['rules'] if r.startswith('php.')])")
	check ".$e quoting PHP: the PHP layer does not read it as code ($n)" [ "$n" = 0 ]
done
# The YARA rules read PHP source only (their __php_source rules leave these
# extensions out, like .js and .md): a quoted sample is never high there either.
for e in cjs jsx tsx vue svelte coffee mdx adoc po; do
	sev=$(jq_py "$OUT" "[x['severity'] for x in F if x['path'].endswith('/sample.$e')]")
	check ".$e quoting PHP: no high or critical finding ($sev)" sh -c "! echo \"$sev\" | grep -Eq \"'(high|critical)'\""
done
