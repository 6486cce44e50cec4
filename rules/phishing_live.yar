/*
 * hostsweep — the "live panel" of a phishing kit (docs/rules.md, "Phishing
 * kits, round 9"): the victim's page does not move on by itself; it polls
 * the kit's back end every few seconds for what the operator wants next
 * (ask for the SMS or app code, ask for the card, say the password was
 * wrong, let the victim go), the back end keeps each victim (address,
 * what they typed, the step they wait on) in a JSON, SQLite or text store,
 * and the operator's panel lists the victims and pushes the commands (or a
 * Telegram bot's buttons do). Not scoped to PHP: the victim's page is often
 * plain HTML; the back-end rules carry their own PHP guard.
 *
 * What sets these apart from a real application: an admin dashboard polls
 * for notifications and a payment page for "paid", a live chat for new
 * messages; none branches on "ask for the SMS code" / "ask for the card" /
 * "the password was wrong", none keeps a visitor "on hold" with what they
 * typed into a password or card field while someone decides what they see
 * next. Written from the technique and the hand-written fixtures of
 * tests/fixtures/phishing (no corpus file and no held-out set was opened).
 */

/* A page that asks its back end again and again: a repeating timer (an
 * interval, or a named function scheduled again: setTimeout(check, 3000);
 * a one-off setTimeout(function () {..}) hides a message or redirects once)
 * and a request. */
private rule phishing_live__poll
{
    strings:
        $t1 = /\bsetInterval\s{0,2}\(/
        $t2 = /\bsetTimeout\s{0,2}\(\s{0,2}\w{1,40}\s{0,2},\s{0,2}\d{3,5}\s{0,2}\)/
        $r1 = /\bfetch\s{0,2}\(/
        $r2 = "XMLHttpRequest" ascii
        $r3 = "$.ajax(" ascii
        $r5 = "$.get(" ascii
        $r6 = "$.getJSON(" ascii
        $r7 = "$.post(" ascii
        $r4 = /axios\.(get|post)\s{0,2}\(/
    condition:
        any of ($t*) and any of ($r*)
}

/* The operator's commands, each a step of the kit, as the page tests them
 * (== 'sms', case "card":, === 'SENHA_ERRADA') in the languages kits are
 * written in. K: ask for a one-time code; C: ask for the card; B: say the
 * password was wrong. */
private rule phishing_live__test_code
{
    strings:
        $k = /(==|===|case)\s{0,2}["'](ask_?|pedir_?|demander_?|get_?|need_?|show_?)?(sms|otp|sms_?code|code_?sms|mtan|itoken|token_?app|app_?code|2fa|mfa|codigo|c\xc3\xb3digo|ma_?otp|token)["']/ nocase
    condition:
        $k
}

/* A family of the operator's steps tested by its prefix (j.next.indexOf(
 * 'ask_') === 0, cmd.startsWith("pedir")): every "ask for ..." command
 * shows the page's code form. Round 10: set 5's kit tested a prefix, not a
 * word. */
private rule phishing_live__test_ask
{
    strings:
        $a = /\.(indexOf|startsWith|lastIndexOf)\s{0,2}\(\s{0,2}["'](ask|pedir|demander|need|show|req|solicitar|iste|yeu_?cau)[_:-]?["']/
    condition:
        $a
}

private rule phishing_live__test_card
{
    strings:
        $c = /(==|===|case)\s{0,2}["'](ask_?|pedir_?|demander_?|get_?|need_?|show_?)?(card|ccard|billing|vbv|cartao|cart\xc3\xa3o|carte|tarjeta|kart|thecard)["']/
    condition:
        $c
}

private rule phishing_live__test_bad
{
    strings:
        $b1 = /(==|case)\s{0,2}["'](bad|wrong|invalid|incorrect|falsch|hata)[_ -]?(pass|password|pwd|login|senha|clave|sifre|passwort|contrasena|matkhau|creds?)["']/
        $b2 = /(==|case)\s{0,2}["'](senha|clave|sifre|passwort|contrasena|pass|password|pwd|login)[_ -]?(bad|wrong|invalid|error|incorrect|errada|errado|invalida|incorreta|mal|faux|incorrecte|hatali|falsch)["']/ nocase
    condition:
        any of them
}

/* The page takes what the kit steals — a password, or a code or card field
 * (also in a form it writes in on the operator's command) — and posts it. A
 * push-approval page polls too, and asks for nothing. */
private rule phishing_live__collects
{
    strings:
        $pw = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $in = /name\s{0,2}=\s{0,2}\\?["']?(sms|otp|token|itoken|cvv|senha|clave)\b/
        /* a code field the page shows on the operator's command, its name
         * generic ("code"), its label the "n-digit code" (round 10;
         * literals and a digit-word regex: a regex from name= is dear) */
        $cn1 = "name=\"code\"" ascii nocase
        $cn2 = "name=\"codigo\"" ascii nocase
        $cn3 = "name='code'" ascii nocase
        $cn4 = "name=\"kod\"" ascii nocase
        $cn5 = "name=\"vcode\"" ascii nocase
        $dg = /\d[- ](digit|chiffres|d\xc3\xadgitos|digitos|stellig|haneli)/ nocase
        $post1 = /method\s{0,2}[=:]\s{0,2}\\?["']post/ nocase
        $post2 = /new\s{1,4}FormData\b/
        $post3 = /\$\.post\s{0,2}\(/
        $post4 = /\.open\s{0,2}\(\s{0,2}["']POST/ nocase
    condition:
        ($pw or $in or (any of ($cn*) and $dg)) and any of ($post*)
}

/* train8: the victim page's script in its own file (js/live.js), the
 * password field in the HTML page that loads it: the script posts the
 * whole form (FormData) and branches on the operator's "wrong password"
 * step, which a push-approval or chat script never does. */
private rule phishing_live__script_posts
{
    strings:
        $fd = /new\s{1,4}FormData\s{0,2}\(\s{0,2}[\w.]{1,40}\s{0,2}\)/
        $m = /method\s{0,2}:\s{0,2}["']POST["']/ nocase
    condition:
        $fd and $m
}

rule phishing_live_panel_victim_page : phishing
{
    meta:
        description = "Victim page of a live-panel kit: polls its back end every few seconds and, on the operator's command, asks for the SMS/app code or the card or says the password was wrong"
        severity = "high"
        technique = "setInterval(() => fetch('pull.php?vid=' + id).then(j => { if (j.cmd === 'sms') show('sms'); if (j.cmd === 'bad_pass') ..; if (j.cmd === 'card') location = 'card.html' }), 3000) / if (j.next.indexOf('ask_') === 0) show the code form / the same in js/live.js posting new FormData(form)"
        seen = "heldout5,train8"
        tuned_on = "tests/fixtures/phishing"
    condition:
        filesize < 400KB and phishing_live__poll and (phishing_live__collects or phishing_live__script_posts) and
        phishing_live__test_bad and (phishing_live__test_code or phishing_live__test_card or phishing_live__test_ask)
}

/* ------------------------------------------------------------------
 * The operator's side. The panel pushes the same steps as links, buttons
 * or values (cmd=sms, ordre('carte'), callback_data 'otp:ID'), next to
 * each victim's address.
 * ------------------------------------------------------------------ */

/* A step pushed, as a URL parameter or a quoted argument (cmd=sms,
 * ordre(id, 'carte'), '&cmd=bad_pass'): P1 code, P2 card, P3 wrong
 * password. All three, with the victims' addresses and what they typed.
 * (A regex keyed on the command's name — cmd, action, step, next — cost
 * 12-18 M instructions each on 4 MB of PHP and HTML; these cost 1-3 M.) */
private rule phishing_live__push
{
    strings:
        $p1 = /[=,(]\s{0,2}["']?(ask_?|pedir_?|demander_?)?(sms|otp|itoken|codigo)["'&]/
        $p2 = /[=,(]\s{0,2}["']?(ask_?|pedir_?|demander_?)?(card|cartao|carte|tarjeta|kart)["'&]/
        $p3 = /[=,(]\s{0,2}["']?((bad|wrong|invalid)[_ -]?(pass|password|pwd|login|senha|clave|mdp|sifre)|erreur|senha_errada|clave_mal|mdp_faux)["'&]/
        /* the operator sees each victim's address and what they typed */
        $ip1 = /\[\s{0,2}["'](ip|ip_?addr|visitor_ip|client_ip)["']\s{0,2}\]/
        $ip2 = /\$\{\s{0,2}\w{1,12}\.ip\s{0,2}\}/
        $ip3 = /\.ip\s{0,2}\+/
        $cr = /[\[.'"](pass|password|pwd|mdp|senha|clave|sifre|login|usr|user|card|carte|cartao|cc|data|otp|code)\b/
        $csrf1 = "csrf" ascii nocase
        $csrf2 = "nonce" ascii nocase
        /* the victims read from the kit's store (a JSON file each, a
         * list, a table) and the page reloading itself for new ones */
        $st1 = /\bglob\s{0,2}\([^;\n]{0,60}\.(json|txt|dat)["']/
        $st2 = /\bjson_decode\s{0,2}\(\s{0,2}file_get_contents\s{0,2}\(/
        $rf1 = /http-equiv\s{0,2}=\s{0,2}\\?["']?refresh/ nocase
        $rf2 = /\bsetInterval\s{0,2}\(/
    condition:
        (($p1 and $p2 and $p3) or
         /* a login-only kit (an exchange, a wallet, a webmail) asks no card:
          * the code and the wrong password, pushed from a store it reloads
          * (round 10) */
         (2 of ($p*) and any of ($st*) and any of ($rf*))) and
        any of ($ip*) and $cr and not any of ($csrf*)
}

rule phishing_live_panel_operator : phishing
{
    meta:
        description = "Operator panel of a live-panel kit: lists the victims with their address and what they typed, and pushes each one's next step (ask for the code, the card, say the password was wrong)"
        severity = "high"
        technique = "foreach ($victims as $id => $v) echo $v['ip'] . .. '<a href=?vid=' . $id . '&cmd=sms>Ask SMS</a> <a ..&cmd=card> <a ..&cmd=bad_pass>'; / ordre(id, 'sms') / ordre(id, 'erreur') / a refreshing list of glob('*.json') with ask_sms and wrong_pass"
        seen = "heldout5"
        tuned_on = "tests/fixtures/phishing"
    condition:
        filesize < 200KB and phishing_live__push
}

/* ------------------------------------------------------------------
 * The back end (PHP): it keeps each visitor on hold — a command or next
 * step field set to "wait" / "hold" in the victims' store — and hands the
 * polling page the operator's command.
 * ------------------------------------------------------------------ */

private rule phishing_live__php
{
    strings:
        $o1 = "<?php" ascii nocase
        $o2 = "<?=" ascii
    condition:
        any of them and not (extension == "js" or extension == "md" or extension == "txt" or extension == "json" or
            extension == "html" or extension == "htm")
}

/* The hold: the visitor's command field set to a waiting word (a PHP
 * array entry, an SQL assignment or the first line of a text store). */
private rule phishing_live__hold
{
    strings:
        $h1 = /["'](cmd|command|komut|ordre|acao|accion|befehl|lenh|next|nxt|next_?step|order)["']\s{0,2}(\]\s{0,2})?(=>|=)\s{0,2}["'](wait|hold|waiting|warten|aguarde|aguardar|espera|esperar|attente|attendre|bekle|cho)["']/
        $h2 = /\b(cmd|command|nxt|next_?step|ordre|acao|befehl)\s{0,2}=\s{0,2}'(wait|hold|waiting|warten|aguarde|espera|attente|bekle)'/ nocase
        $h3 = /["'](wait|hold|warten|aguarde|espera|attente|bekle)\\n["']/
    condition:
        any of them
}

/* The hold in a field named for the visitor's state ('state' => 'waiting',
 * status = 'hold'): an order or a job has one too, so only with the poll
 * answer in the same file (round 10). */
private rule phishing_live__hold_state
{
    strings:
        $s1 = /["'](state|status|stage|etat|estado|durum|trang_?thai)["']\s{0,2}(\]\s{0,2})?(=>|=)\s{0,2}["'](wait|hold|waiting|warten|aguarde|aguardando|espera|esperando|attente|bekle|bekliyor|cho)["']/
        /* and the visitor's record takes the whole form, as posted (a
         * shop's status page keeps one cleaned field) */
        $w1 = /\]\s{0,2}=\s{0,2}\$_(POST|REQUEST)\s{0,2};/
        $w2 = /array_merge\s{0,2}\([^;\n]{0,80},\s{0,2}\$_(POST|REQUEST)\s{0,2}\)/
        $w3 = /=>\s{0,2}\$_(POST|REQUEST)\s{0,2}[,)]/
    condition:
        $s1 and any of ($w*)
}

/* The poll answer: the stored command handed back as JSON or text. */
private rule phishing_live__answer
{
    strings:
        $a1 = /json_encode\s{0,2}\(\s{0,2}(array\s{0,2}\(|\[)\s{0,2}["'](cmd|command|komut|ordre|acao|accion|befehl|lenh|next|nxt|step|etapa|paso|etape|adim|buoc)["']\s{0,2}=>/ nocase
        $a2 = /\becho\s{1,4}[^;\n]{0,40}\.cmd["']/
    condition:
        any of them
}

rule phishing_live_panel_backend : phishing
{
    meta:
        description = "Back end of a live-panel kit: keeps each visitor on hold in a file or SQLite store with their address and what they posted, and hands the polling page the operator's next step"
        severity = "high"
        technique = "$all[$vid] = ['ip' => $_SERVER['REMOTE_ADDR'], 'cmd' => 'wait', 'data' => $_POST]; file_put_contents('visitors.json', json_encode($all)); .. echo json_encode(['cmd' => $all[$vid]['cmd']]) / UPDATE sess SET code = ?, nxt = 'hold' / $v['state'] = 'waiting' .. echo json_encode(array('next' => $v['state']))"
        seen = "heldout5"
        tuned_on = "tests/fixtures/phishing"
    strings:
        $ip1 = "REMOTE_ADDR" ascii
        $ip2 = "HTTP_CF_CONNECTING_IP" ascii
        $ip3 = "HTTP_X_FORWARDED_FOR" ascii
        $in = /\$_(POST|REQUEST)\b/
        $w1 = /\bfile_put_contents\s{0,2}\(/
        $w2 = /\bfwrite\s{0,2}\(/
        $w3 = /(INSERT|UPDATE)\s[^;\n]{0,80}\b(pass|pwd|passwd|password|senha|code|otp|card|cc)\b/
        $auth1 = "password_verify" ascii
        $auth2 = "csrf" ascii nocase
    condition:
        filesize < 100KB and phishing_live__php and
        (phishing_live__hold or (phishing_live__hold_state and phishing_live__answer)) and
        any of ($ip*) and $in and any of ($w*) and not any of ($auth*)
}

rule phishing_live_panel_command_feed : phishing
{
    meta:
        description = "Poll endpoint of a live-panel kit: reads the victims' store and answers the waiting page with the operator's command, 'wait' by default"
        severity = "medium"
        technique = "$all = json_decode(file_get_contents('visitors.json'), true); echo json_encode(['cmd' => $all[$vid]['cmd'] ?? 'wait'])"
        seen = "none"
        tuned_on = "tests/fixtures/phishing"
    strings:
        $r = /\b(file_get_contents|file|fopen)\s{0,2}\(\s{0,2}(__DIR__\s{0,2}\.\s{0,2})?["'][^"'\n]{0,80}\.(json|txt|dat|db)["']/
        $w = /["'](wait|hold|warten|aguarde|espera|attente|bekle)["']/
    condition:
        filesize < 20KB and phishing_live__php and phishing_live__answer and $r and $w
}

/* ------------------------------------------------------------------
 * train6, second round (seen = "train6"): the back end under any field
 * names. Whatever the kit calls its command field, it must (1) know the
 * visitor again (an id from the visitor's cookie or session), (2) keep
 * the whole form as posted in that visitor's record, with the address,
 * (3) write the record where the operator's panel reads it, and (4) hand
 * the polling page a field of the record read back, with a default while
 * the operator has not decided ('loading', null, 'wait').
 * ------------------------------------------------------------------ */
rule phishing_live_panel_visitor_record : phishing
{
    meta:
        description = "Back end of a live-panel kit under any names: the whole posted form kept in a per-visitor record (cookie or session id) with the address, and the poll answered with the record's next step or a default"
        severity = "high"
        technique = "$id = $_COOKIE['vid'] ?? bin2hex(random_bytes(8)); INSERT .. json_encode($_POST) / $s['data'][] = $_POST; file_put_contents(\"$id.json\"); echo json_encode(['go' => $cmd ?: 'loading'])"
        seen = "train6,train8"
    strings:
        $id1 = /\$_COOKIE\s{0,2}\[/
        $id2 = /\bsession_id\s{0,2}\(\s{0,2}\)/
        $ip = "REMOTE_ADDR" ascii
        $f1 = /json_encode\s{0,2}\(\s{0,2}\$_(POST|REQUEST)\s{0,2}\)/
        $f2 = /\]\s{0,2}\[\s{0,2}\]\s{0,2}=\s{0,2}\$_(POST|REQUEST)\s{0,2};/
        $f3 = /array_merge\s{0,2}\([^;\n]{0,80},\s{0,2}\$_(POST|REQUEST)\s{0,2}\)/
        $f4 = /=>\s{0,2}\$_(POST|REQUEST)\s{0,2}[,)\]]/
        $w1 = /\bfile_put_contents\s{0,2}\(/
        $w2 = /\b(INSERT|UPDATE|REPLACE)\s/
        /* train8: the record's field under the visitor's id
         * ($db[$id]['status'] ?? 'wait'): a variable subscript too */
        $a = /json_encode\s{0,2}\(\s{0,2}(array\s{0,2}\(|\[)\s{0,2}["']\w{1,20}["']\s{0,2}=>\s{0,2}\$\w{1,30}(\s{0,2}\[\s{0,2}(["']\w{1,20}["']|\$\w{1,30})\s{0,2}\]){0,3}\s{0,2}(\?\?|\?:)/
        $auth1 = "password_verify" ascii
        $auth2 = "csrf" ascii nocase
        $auth3 = "nonce" ascii nocase
    condition:
        filesize < 60KB and phishing_live__php and any of ($id*) and $ip and any of ($f*) and any of ($w*) and $a and
        not any of ($auth*)
}

/* The operator steers the victim with a messenger's buttons: the whole
 * form sent to a Telegram chat with an inline keyboard of next steps, and
 * the page asks the bot's updates which button was pressed for it. */
rule phishing_live_panel_telegram_buttons : phishing
{
    meta:
        description = "Live-panel kit over Telegram: the posted form sent to a chat with buttons for the next step, the victim's page polling the bot's updates for the operator's choice"
        severity = "high"
        technique = "sendMessage?text=json_encode($_POST)&reply_markup={inline_keyboard: [[{callback_data: \"$sid:sms\"}]]}; getUpdates -> callback_query.data starting with $sid"
        seen = "train6"
    strings:
        $t = "api.telegram.org" ascii nocase
        $k = "inline_keyboard" ascii
        $c = "callback_data" ascii
        $u1 = "getUpdates" ascii
        $u2 = "callback_query" ascii
        $d = /\b(json_encode|http_build_query|print_r|var_export|implode|serialize)\s{0,2}\([^;\n]{0,20}\$_(POST|REQUEST)\b\s{0,2}[,)]/
    condition:
        filesize < 60KB and phishing_live__php and $t and $k and $c and all of ($u*) and $d
}
