#!/usr/bin/env bash
# Front-end clean corpus: what a web root on a shared host carries besides PHP. Minified
# bundles, rich-text and code editors, syntax highlighters (they list every PHP function
# name and quote code), PDF viewers, map and chart libraries, polyfills, source maps,
# fonts, template engines, JavaScript ports of PHP functions (locutus: `exec`, `eval`,
# `base64_decode` everywhere), JavaScript PHP parsers, file-manager and upload widgets.
# None of that is in the Debian-based clean corpora; every finding on this tree is a
# false alarm (tests/eval-clean-npm.sh scans it; docs/detection-eval.md has the figures).
#
# The packages below are pinned. They are installed with npm from the registry into a
# project TARGET/public_html (package.json written from the list, package-lock.json,
# node_modules/; `npm install --ignore-scripts`: no install script, no package code is ever
# run), laid out like a site that deploys its node_modules. Idempotent: when the tree was
# built from the same list nothing is done; otherwise npm brings it to the list.
# TARGET/MANIFEST.tsv lists package, version, files and bytes (top-level packages).
# Transitive dependencies are resolved by npm on the first build (the lock file is kept in
# the tree): two builds on different days may differ in those.
# usage: tests/eval/build-clean-npm.sh [TARGET]      (default /var/tmp/clean-npm)
# Not part of `make test` (network, about 1.3 GB and 110,000 files, 5-10 minutes the first time).
set -eu
target=${1:-/var/tmp/clean-npm}
target=${target%/}
# name@version; an alias name@npm:real@version installs an older major beside the current one
pins="
jquery@3.7.1 jquery1@npm:jquery@1.12.4 jquery-ui@1.13.2 jquery-migrate@3.4.1 jquery-validation@1.20.0
bootstrap@5.3.3 bootstrap3@npm:bootstrap@3.4.1 @popperjs/core@2.11.8 lodash@4.17.21 underscore@1.13.6
backbone@1.6.0 angular@1.8.3 @angular/core@17.3.0 rxjs@7.8.1 zone.js@0.14.4 vue@3.4.21 react@18.2.0
react-dom@18.2.0 preact@10.19.6 svelte@4.2.12 alpinejs@3.13.5 htmx.org@1.9.10
moment@2.30.1 moment-timezone@0.5.45 dayjs@1.11.10 chart.js@4.4.1 d3@7.8.5 three@0.160.0
echarts@5.5.0 apexcharts@3.46.0 leaflet@1.9.4 ol@9.0.0 mermaid@10.9.0 gsap@3.12.5
tinymce@6.8.3 @ckeditor/ckeditor5-build-classic@41.2.0 ckeditor4@4.22.1 summernote@0.8.20 quill@1.3.7
froala-editor@4.1.4 trix@2.0.10
codemirror@5.65.16 @codemirror/lang-php@6.0.1 ace-builds@1.32.7 monaco-editor@0.47.0
highlight.js@11.9.0 prismjs@1.29.0 xterm@5.3.0
pdfjs-dist@4.0.379 mathjax@3.2.2 katex@0.16.9 video.js@8.10.0 plyr@3.7.8
swiper@11.0.7 select2@4.1.0-rc.0 datatables.net@1.13.8 datatables.net-dt@1.13.8 jstree@3.3.16
sortablejs@1.15.2 toastr@2.1.4 sweetalert2@11.10.6 clipboard@2.0.11 lightbox2@2.11.4
slick-carousel@1.8.1 flatpickr@4.6.13 cropperjs@1.6.1 fullcalendar@6.1.11
dropzone@5.9.3 blueimp-file-upload@10.32.0 fine-uploader@5.16.2 @syncfusion/ej2-filemanager@25.1.35
font-awesome@4.7.0 @fortawesome/fontawesome-free@6.5.1 bootstrap-icons@1.11.3
socket.io-client@4.7.5 axios@1.6.7 core-js@3.36.0 @babel/standalone@7.24.0 typescript@5.4.2
esprima@4.0.1 acorn@8.11.3 uglify-js@3.17.4 terser@5.29.1 js-beautify@1.15.1 source-map@0.7.4
marked@12.0.0 showdown@2.1.0 dompurify@3.0.9 handlebars@4.7.8 mustache@4.2.0 ejs@3.1.9 pug@3.0.2
php-parser@3.1.5 @prettier/plugin-php@0.22.2 locutus@2.0.16
crypto-js@4.2.0 node-forge@1.3.1 jsencrypt@3.3.2 jszip@3.10.1 pako@2.1.0 xlsx@0.18.5
papaparse@5.4.1 sql.js@1.10.2
tinymce4@npm:tinymce@4.9.11 ckeditor@4.12.1 jodit@4.15.13 kindeditor@4.1.10 wangeditor@4.7.15
layui@2.13.6 editor.md@1.5.0 easymde@2.21.0 plupload@2.3.9 mediaelement@7.1.0 swagger-ui-dist@5.35.0
@wordpress/block-library@8.35.0 curlconverter@4.12.0 @lezer/php@1.0.6 @cspell/dict-php@4.1.3
php-serialize@5.1.3 php-date-formatter@1.3.7 striptags@3.2.0 phpjs@1.3.2 hls.js@1.7.4 fabric@7.4.0
jquery-ui-dist@1.13.2
"
docroot=$target/public_html
stamp=$target/.pins
# shellcheck disable=SC2086 # the list is split into words on purpose
want=$(printf '%s\n' $pins)
# name of a pin: up to the version's @ (a scope's leading @ is part of the name)
pin_name() {
	case $1 in
	@*) rest=${1#@} && echo "@${rest%%@*}" ;;
	*) echo "${1%%@*}" ;;
	esac
}
if [ -d "$docroot/node_modules" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
	echo "build-clean-npm: $docroot is up to date"
else
	command -v npm >/dev/null || { echo "build-clean-npm: npm missing (apt-get install npm)" >&2; exit 2; }
	mkdir -p "$docroot"
	rm -f "$stamp"
	# package.json from the list; `npm install` then adds what is missing and removes what is
	# no longer listed, so a re-run after a change of the list is incremental, and a run
	# interrupted half-way is finished by the next one (the stamp is written last)
	{
		printf '{\n  "name": "clean-npm-docroot",\n  "version": "1.0.0",\n  "private": true,\n  "dependencies": {'
		sep=
		for p in $pins; do
			name=$(pin_name "$p")
			spec=${p#"$name"@}
			printf '%s\n    "%s": "%s"' "$sep" "$name" "$spec"
			sep=,
		done
		printf '\n  }\n}\n'
	} >"$docroot/package.json"
	# --legacy-peer-deps: the list mixes majors whose peer ranges disagree; nothing runs either way
	(cd "$docroot" && npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps --loglevel=error)
	printf '%s\n' "$want" >"$stamp"
fi
manifest=$target/MANIFEST.tsv
printf 'package\tversion\tfiles\tbytes\n' >"$manifest.tmp"
for p in $pins; do
	name=$(pin_name "$p")
	d=$docroot/node_modules/$name
	[ -d "$d" ] || { echo "build-clean-npm: $name missing from the tree" >&2; continue; }
	ver=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$d/package.json" | head -1)
	printf '%s\t%s\t%d\t%d\n' "$name" "$ver" "$(find "$d" -type f | wc -l)" \
		"$(find "$d" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')" >>"$manifest.tmp"
done
mv "$manifest.tmp" "$manifest"
echo "packages: $(($(wc -l <"$manifest") - 1)) listed, $(find "$docroot/node_modules" -name package.json -path '*/node_modules/*/package.json' -not -path '*/node_modules/*/node_modules/*' | wc -l) installed with dependencies"
echo "files: $(find "$docroot" -type f | wc -l)"
echo "bytes: $(find "$docroot" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')"
