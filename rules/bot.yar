/*
 * hostsweep — bots, reverse shells and script-level spam loops
 * (Perl/Python/shell/PHP processes started from a docroot or /tmp).
 */

rule bot_irc_script : bot
{
    meta:
        description = "IRC bot: registers with NICK/USER, joins channels and handles PRIVMSG commands"
        severity = "critical"
        technique = "Perl/Python/PHP IRC bot (C&C over IRC)"
    strings:
        $i1 = "PRIVMSG" ascii
        $i2 = "NICK " ascii
        $i3 = "JOIN " ascii
        $i4 = "USER " ascii
        $i5 = "PING" ascii
        $i6 = "PONG" ascii
        $s1 = "IO::Socket" ascii
        $s2 = "socket.socket" ascii
        $s3 = "fsockopen" ascii
        $s4 = "socket(" ascii
        $s5 = "/dev/tcp/" ascii
        $x1 = "system(" ascii
        $x2 = "exec(" ascii
        $x3 = "fork" ascii
        $x4 = "subprocess" ascii
        $x5 = "shell_exec" ascii
        $x6 = "os.popen" ascii
        $a1 = "portscan" ascii nocase
        $a2 = "udpflood" ascii nocase
        $a3 = "tcpflood" ascii nocase
        $a4 = "httpflood" ascii nocase
        $a5 = "!shell" ascii nocase
        $a6 = "back connect" ascii nocase
        $a7 = "backconnect" ascii nocase
        $a8 = "sendraw" ascii nocase
        $a9 = "\\001VERSION\\001" ascii
        $a10 = "$servidor" ascii
    condition:
        filesize < 2MB and $i1 and $i2 and any of ($i3, $i4) and any of ($i5, $i6) and any of ($s*)
        and (any of ($x*) or any of ($a*))
}

rule bot_process_masquerade : bot
{
    meta:
        description = "Script renames its own process to look like a system daemon"
        severity = "high"
        technique = "$0 / prctl process-name masquerading (fake httpd/sshd/crond)"
    strings:
        $p1 = /\$0\s{0,4}=\s{0,4}["']?\$?[\w]{0,20}["']?\s{0,4};/
        $d1 = "/usr/sbin/httpd" ascii
        $d2 = "/usr/local/apache/bin/httpd" ascii
        $d3 = "[kswapd" ascii
        $d4 = "/usr/sbin/sshd" ascii
        $d5 = "[kworker" ascii
        $d6 = "/sbin/syslogd" ascii
        $d7 = "crond" ascii
        $d8 = "-bash" ascii
        $d9 = "httpd -DSSL" ascii
        $d10 = "[migration" ascii
        $d11 = "/usr/sbin/apache2" ascii
        $f1 = "fork" ascii
        $f2 = "setsid" ascii
        $f3 = "IO::Socket" ascii
        $f4 = "SIG{" ascii
    condition:
        filesize < 2MB and $p1 and any of ($d*) and 2 of ($f*)
}

rule bot_reverse_shell_python : bot
{
    meta:
        description = "Python reverse/bind shell: socket duplicated onto stdio and a shell spawned"
        severity = "critical"
        technique = "python socket + os.dup2 + /bin/sh or pty.spawn"
    strings:
        $s = "socket.socket(" ascii
        $d1 = "os.dup2(" ascii
        $d2 = "pty.spawn(" ascii
        $d3 = "subprocess.call([\"/bin/" ascii
        $d4 = "subprocess.Popen(" ascii
        $c1 = ".connect((" ascii
        $c2 = ".bind((" ascii
        $sh1 = "/bin/sh" ascii
        $sh2 = "/bin/bash" ascii
        $sh3 = "cmd.exe" ascii
        $sh4 = "stdin=" ascii
    condition:
        filesize < 1MB and $s and any of ($c*) and any of ($d*) and any of ($sh*)
}

rule bot_reverse_shell_perl : bot
{
    meta:
        description = "Perl connect-back/bind shell: socket attached to STDIN/STDOUT and a shell executed"
        severity = "critical"
        technique = "perl socket + open(STDIN,\">&SOCK\") + exec /bin/sh"
    strings:
        $o1 = /open\s{0,4}\(\s{0,4}STD(IN|OUT|ERR)\s{0,4},\s{0,4}["']\s{0,2}[<>+]{1,3}\s{0,2}&/
        $o2 = /open\s{0,4}\(\s{0,4}STD(IN|OUT|ERR)\s{0,4},\s{0,4}["'][<>+]{1,3}&\s{0,2}\w{1,20}["']/
        $s1 = "socket(" ascii
        $s2 = "IO::Socket" ascii
        $sh1 = "/bin/sh" ascii
        $sh2 = "/bin/bash" ascii
        $sh3 = "exec" ascii
        $sh4 = "system(" ascii
    condition:
        filesize < 1MB and any of ($o*) and any of ($s*) and any of ($sh*)
}

rule bot_reverse_shell_oneliners : bot
{
    meta:
        description = "Shell reverse-shell idioms (/dev/tcp redirection, nc -e, socat exec, mkfifo pipe)"
        severity = "high"
        technique = "bash -i >& /dev/tcp/HOST/PORT 0>&1, nc -e /bin/sh, mkfifo + nc"
    strings:
        $r1 = /(bash|sh)\s{1,4}-i\s{0,4}[>&]{1,2}\s{0,4}\/dev\/tcp\//
        $r2 = /\/dev\/tcp\/[\w.$-]{1,64}\/[\w$]{1,8}\s{0,4}0\s{0,2}>\s{0,2}&\s{0,2}1/
        $r3 = /\bnc(at)?\s{1,4}(-[a-z]{1,4}\s{1,4}){0,3}-e\s{1,4}\/bin\/(ba)?sh/
        $r4 = /socat\s{1,4}[^\n]{0,60}exec:['"]?(\/bin\/)?(ba)?sh/ nocase
        $r5 = /mkfifo\s{1,4}\/tmp\/[^\n]{0,80}\|\s{0,4}(\/bin\/)?(ba)?sh\s{1,4}-i/
        $r6 = /fsockopen\s{0,4}\([^)]{1,80}\)\s{0,4};[^;]{0,200}(exec|shell_exec|system|proc_open|passthru|popen)\s{0,4}\(\s{0,4}["']\/bin\/(ba)?sh\s{1,4}-i/
    condition:
        any of them
}

rule bot_php_back_connect : bot
{
    meta:
        description = "PHP back-connect shell: socket opened and a shell bound to it"
        severity = "critical"
        technique = "fsockopen/socket_create + proc_open/popen of /bin/sh"
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
        $sh4 = "cmd.exe" ascii
        $sh5 = "/bin/sh\"" ascii
        $sh6 = "'/bin/sh'" ascii
        $fp = /(fputs|fwrite|socket_write)\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}(\$\w{1,20}\s{0,4}\.\s{0,4})?(system|shell_exec|exec|passthru)\s{0,4}\(/
    condition:
        $fp and any of ($s*) or
        filesize < 500KB and any of ($s*) and any of ($p*) and any of ($sh1, $sh2, $sh3)
        or (filesize < 500KB and any of ($s*) and $p1 and any of ($sh5, $sh6))
}

rule bot_smtp_spam_loop_script : bot
{
    meta:
        description = "Shell/Perl/Python script speaking SMTP or calling sendmail in a loop over a list file"
        severity = "high"
        technique = "script SMTP spam loop (while read rcpt; do ... sendmail/nc/Net::SMTP)"
    strings:
        $sb = "#!" ascii
        $l1 = "while read" ascii
        $l2 = "for rcpt in" ascii
        $l3 = "foreach" ascii
        $l4 = "for line in" ascii
        $l5 = "readlines()" ascii
        $l6 = "while (<" ascii
        $l7 = "while(<" ascii
        $m1 = "RCPT TO" ascii nocase
        $m2 = "MAIL FROM" ascii nocase
        $m3 = "sendmail -t" ascii
        $m4 = "sendmail -f" ascii
        $m5 = "Net::SMTP" ascii
        $m6 = "smtplib" ascii
        $m7 = "mail -s" ascii
        $m8 = "EHLO" ascii
        $m9 = "HELO" ascii
        $m10 = "sendmail -oi" ascii
        $c1 = "/dev/tcp/" ascii
        $c2 = "| nc " ascii
        $c3 = "IO::Socket" ascii
        $c4 = "Subject:" ascii nocase
        $c5 = "sleep" ascii
        $c6 = "| /usr/sbin/sendmail" ascii
        $c7 = "|/usr/sbin/sendmail" ascii
    condition:
        filesize < 500KB and $sb at 0 and any of ($l*) and 2 of ($m*) and 2 of ($c*)
}

rule bot_perl_flooder_scanner : bot
{
    meta:
        description = "Perl/Python DDoS flooder or mass scanner"
        severity = "high"
        technique = "UDP/TCP/HTTP flood or range scanner script"
    strings:
        $sb = "#!" ascii
        $f1 = "udpflood" ascii nocase
        $f2 = "tcpflood" ascii nocase
        $f3 = "httpflood" ascii nocase
        $f4 = "synflood" ascii nocase
        $f5 = "SOCK_RAW" ascii
        $f6 = "PROTO_UDP" ascii
        $f7 = "getprotobyname('udp')" ascii
        $f8 = "portscan" ascii nocase
        $f9 = "flood" ascii nocase
        $s1 = "socket(" ascii
        $s2 = "IO::Socket" ascii
        $s3 = "send(" ascii
    condition:
        filesize < 1MB and $sb at 0 and 2 of ($f*) and 2 of ($s*)
}
