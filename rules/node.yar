/*
 * hostsweep — Node.js backdoors (written from the technique, seen =
 * "none"; docs/rules.md "Wave 3"): a connect-back shell (a net socket
 * wired to a spawned shell) and a command poller (an HTTP(S) answer run by
 * child_process and the output posted back). bot.yar's bot_revshell_node
 * covers the CommonJS pipe form; these add ES modules, node: specifiers,
 * net.connect/new net.Socket with a shell from a variable or
 * process.env.SHELL, stdout 'data' handlers writing to the socket, and the
 * poller. Build scripts run fixed commands; health checks and dev servers
 * do not run what the network answers.
 */

private rule node__child_process
{
    strings:
        $c1 = /require\s{0,2}\(\s{0,2}['"`](node:)?child_process['"`]\s{0,2}\)/
        $c2 = /\bfrom\s{1,4}['"](node:)?child_process['"]/
        $c3 = /\bimport\s{0,2}\(\s{0,2}['"](node:)?child_process['"]\s{0,2}\)/
    condition:
        any of them
}

rule node_reverse_shell : bot
{
    meta:
        description = "Node.js connect-back shell: a net socket wired to a spawned shell's stdin/stdout, or socket data run as commands and written back"
        severity = "critical"
        technique = "net.connect/new net.Socket().connect(port, host) + spawn('/bin/sh'|process.env.SHELL|sh var) + sock.pipe(sh.stdin)/sh.stdout.on('data', d => sock.write(d)), or sock.on('data', c => exec(c, (e,o) => sock.write(o)))"
        seen = "none"
    strings:
        $n1 = /require\s{0,2}\(\s{0,2}['"`](node:)?net['"`]\s{0,2}\)/
        $n2 = /\bfrom\s{1,4}['"](node:)?net['"]/
        $n3 = /\bnet\s{0,2}\.\s{0,2}(connect|createConnection|Socket)\s{0,2}\(/
        $k1 = /\.connect\s{0,2}\(\s{0,2}(\d{2,5}|[A-Za-z_$][\w$]{0,30})\s{0,2},/
        $k2 = /\b(createConnection|connect)\s{0,2}\(\s{0,2}\{[^}]{0,120}\bport\b/
        // round 7: import { createConnection } from 'node:net'; createConnection(4444, host)
        $k3 = /\bcreateConnection\s{0,2}\(\s{0,2}(\d{2,5}|[A-Za-z_$][\w$]{0,30})\s{0,2},/
        $sh1 = /\b(spawn|exec|execFile)\s{0,2}\(\s{0,2}['"`](\/usr)?(\/bin\/)?(ba|z|k|da|a)?sh['"`]/
        $sh2 = /\b(spawn|execFile)\s{0,2}\(\s{0,2}process\s{0,2}\.\s{0,2}env\s{0,2}\.\s{0,2}SHELL/
        $sh3 = /\b(spawn|execFile)\s{0,2}\(\s{0,2}[A-Za-z_$][\w$]{0,30}\s{0,2},\s{0,2}\[\s{0,2}['"]-i['"]/
        $sh4 = /['"`]cmd\.exe['"`]/
        $p1 = /\.pipe\s{0,2}\(\s{0,2}[\w$.]{1,40}\.stdin\s{0,2}\)/
        $p2 = /\.stdout\s{0,2}\.\s{0,2}(pipe\s{0,2}\(|on\s{0,2}\(\s{0,2}['"]data['"])/
        $p3 = /\bstdio\s{0,2}:\s{0,2}\[\s{0,2}[A-Za-z_$][\w$]{0,30}\s{0,2},/
        $dt = /\.on\s{0,2}\(\s{0,2}['"]data['"]\s{0,2},/
        $ex = /\b(exec|execSync|spawn|spawnSync)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}(\s{0,2}\.\s{0,2}toString\s{0,2}\(\s{0,2}\)(\s{0,2}\.\s{0,2}trim\s{0,2}\(\s{0,2}\))?)?\s{0,2}[,)]/
        $wr = /\.write\s{0,2}\(/
    condition:
        filesize < 2MB and node__child_process and any of ($n*) and any of ($k*) and (
            (any of ($sh*) and any of ($p*))
            or for any i in (1..#dt) : ( $ex in (@dt[i] .. @dt[i] + 300) and $wr in (@dt[i] .. @dt[i] + 800) )
        )
}

rule node_c2_command_poller : bot
{
    meta:
        description = "Node.js command poller: fetches a command from a URL on a timer, runs it with child_process and posts the output back"
        severity = "high"
        technique = "setInterval(() => https.get(url, r => ... exec(body, (e, out) => fetch(url, {method:'POST', body: out})))); while(true){ const c = await (await fetch(u)).text(); execSync(c) ... }"
        seen = "none"
    strings:
        $t1 = /\bsetInterval\s{0,2}\(/
        $t2 = /\bsetTimeout\s{0,2}\(\s{0,2}[\w$]{1,40}\s{0,2},/
        $t3 = /\bwhile\s{0,2}\(\s{0,2}(true|1|!0)\s{0,2}\)/
        $t4 = /\bfor\s{0,2}\(\s{0,2};\s{0,2};\s{0,2}\)/
        $g1 = /\bhttps?\s{0,2}\.\s{0,2}(get|request)\s{0,2}\(/
        $g2 = /\bfetch\s{0,2}\(/
        $g3 = /\baxios\s{0,2}(\.\s{0,2}get)?\s{0,2}\(/
        $ex = /\b(exec|execSync|spawn|spawnSync)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,40}(\s{0,2}\(|(\s{0,2}\.\s{0,2}(toString|trim)\s{0,2}\(\s{0,2}\)){0,2}\s{0,2}[,)])/
        $b1 = /\bmethod\s{0,2}:\s{0,2}['"]POST['"]/ nocase
        $b2 = /\baxios\s{0,2}\.\s{0,2}post\s{0,2}\(/
        $b3 = /\.write\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,40}/
    condition:
        filesize < 1MB and node__child_process and any of ($t*) and any of ($g*) and
        for any i in (1..#ex) : ( for any of ($g*) : ( $ in (@ex[i] - 1500 .. @ex[i] + 1500) ) ) and
        // the output sent back: a POST, or another request right after the command
        (any of ($b*) or for any i in (1..#ex) : ( for any of ($g*) : ( $ in (@ex[i] + 1 .. @ex[i] + 800) ) ))
}

/* ---- round 8 (branch script8, seen = "none"): written from the
 * techniques on hand-written variants (tests/fixtures/scripts/{malicious,benign}/r8_*). */

/* A Node.js web shell: an HTTP server whose handler hands a request
 * parameter to child_process and writes the output into the answer. A dev
 * server runs fixed commands (npm run build, xdg-open of its own URL). */
rule node_http_command_shell : webshell bot
{
    meta:
        description = "Node.js HTTP server running a request parameter as a command and answering with its output"
        severity = "high"
        technique = "http.createServer((q, s) => exec(new URL(q.url, b).searchParams.get('c'), (e, o) => s.end(o))); app.get('/x', (q, s) => exec(q.query.c, ..))"
        seen = "none"
    strings:
        // a request parameter read (literals where they do: the cost follows the atoms)
        $q1 = "searchParams.get(" ascii
        $q2 = /\breq(uest)?\.(query|body|params)[.\[]/
        $q3 = /\.parse\s{0,2}\([^)\n]{0,40},\s{0,2}true\s{0,2}\)\s{0,2}\.query\b/
        // a command run on something that is not a literal
        $ex = /\b(exec|execSync|spawn|spawnSync)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,60}(\s{0,2}\(|\s{0,2}[,)|]|\s{0,2}\[)/
        $out = /\bres(ponse)?\.(end|send|write|json)\(/
    condition:
        filesize < 1MB and node__child_process and
        for any i in (1..#ex) : ( for any of ($q*) : ( for any j in (1..#) : ( @[j] > @ex[i] - 300 and @[j] < @ex[i] + 120 ) ) and
            $out in (@ex[i] .. @ex[i] + 600) )
}

private rule node__net_module
{
    strings:
        $n1 = /require\s{0,2}\(\s{0,2}['"`](node:)?net['"`]\s{0,2}\)/
        $n2 = /\bfrom\s{1,4}['"](node:)?net['"]/
    condition:
        any of them
}

/* A port forwarder that hides: accepts, connects each client to a fixed far
 * end and pipes both ways (an admin's tunnel does that much), and also
 * relaunches itself detached from the terminal, or takes a kernel thread's
 * or a daemon's name for ps. */
rule node_hidden_port_forward : bot
{
    meta:
        description = "Node.js TCP port forward that detaches and relaunches itself or disguises its process name"
        severity = "high"
        technique = "spawn(process.execPath, [__filename, 'w'], {detached: true, stdio: 'ignore'}).unref(); process.title = '[kworker/1:2]'; net.createServer(c => c.pipe(net.connect(P, H)).pipe(c)).listen(L)"
        seen = "none"
    strings:
        $ls = "createServer(" ascii
        $cn = /\bnet\.(connect|createConnection)\s{0,2}\(|\bcreateConnection\s{0,2}\(/
        $pp = /\.pipe\s{0,2}\(\s{0,2}[\w$]{1,30}\s{0,2}\)\s{0,2}\.pipe\s{0,2}\(|\.pipe\s{0,2}\(\s{0,2}[\w$]{1,30}\s{0,2}\)\s{0,2};\s{0,12}[\w$]{1,30}\s{0,2}\.pipe\s{0,2}\(/
        // hiding: a kernel thread's or a daemon's name
        $t1 = /\bprocess\s{0,2}\.\s{0,2}title\s{0,2}=\s{0,2}['"`](\[|-?bash\b|sshd|httpd|crond|systemd|kthreadd|kworker|php-fpm|apache2|nginx|dbus)/
        // or relaunched detached from the terminal, by itself
        $r1 = /\bspawn\s{0,2}\(\s{0,2}process\s{0,2}\.\s{0,2}(execPath|argv\s{0,2}\[\s{0,2}0\s{0,2}\])\s{0,2},\s{0,2}\[\s{0,2}(__filename|process\s{0,2}\.\s{0,2}argv\s{0,2}\[\s{0,2}1)/
        $r2 = /\bdetached\s{0,2}:\s{0,2}true\b/
        $r3 = /\.unref\s{0,2}\(\s{0,2}\)/
    condition:
        filesize < 1MB and node__net_module and $ls and $cn and $pp and ($t1 or ($r1 and $r2 and $r3))
}
