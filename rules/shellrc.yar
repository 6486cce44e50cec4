/*
 * hostsweep — shell start-up file persistence (written from the technique,
 * seen = "none"; docs/rules.md "Wave 3"): a line in a user's .bashrc /
 * .profile / .zshrc (or a script appending one) that starts a binary from
 * a temporary directory, or a hidden program, in the background at every
 * login (a download piped to a shell is bot.yar's bot_fetch_pipe_interpreter,
 * in any file). Real rc files source nvm/pyenv/conda,
 * start ssh-agent in the foreground (eval "$(ssh-agent)") and edit PATH.
 */

private rule shellrc__rc_file
{
    condition:
        filename == ".bashrc" or filename == ".bash_profile" or filename == ".bash_login" or
        filename == ".profile" or filename == ".zshrc" or filename == ".zprofile" or
        filename == ".zlogin" or filename == ".kshrc" or filename == ".mkshrc" or
        filename == "bash.bashrc" or filename == ".bash_logout" or
        extension == "bashrc" or extension == "bash_profile" or extension == "zshrc"
}

rule shellrc_background_implant : bot
{
    meta:
        description = "Shell start-up file starts a program from a temporary path, or a hidden program, in the background"
        severity = "high"
        technique = "nohup /tmp/.x/kworker >/dev/null 2>&1 & / ~/.cache/.s/.sshd >/dev/null & in ~/.bashrc or ~/.profile"
        seen = "none"
    strings:
        // a download piped to a shell is bot.yar's bot_fetch_pipe_interpreter (any file)
        $t1 = /(\/tmp|\/var\/tmp|\/dev\/shm)\/[^\n;|]{1,200}[^&\n]&[ \t]{0,4}(\)|;|\n|disown)/
        $h1 = /\b(nohup|setsid)\s{1,4}[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\s/
        $h3 = /\b(nohup|setsid)\s{1,4}[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\/[^\n]{0,200}&/
        $h2 = /\/\.[\w.-]{1,40}(\s[^\n;&|]{0,80})?\s{0,4}(>\s{0,2}\/dev\/null\s{0,2}2>&1|&>\s{0,2}\/dev\/null|>\s{0,2}\/dev\/null)\s{0,4}&\s{0,4}(\)|;|\n|disown)/
    condition:
        filesize < 256KB and shellrc__rc_file and any of them
}

rule shellrc_append_implant : bot
{
    meta:
        description = "Script that appends to a user's shell start-up file a line starting a temporary-path program or a nohup/setsid background job"
        severity = "high"
        technique = "echo 'nohup /tmp/.x &' >> ~/.bashrc; file_put_contents($h.'/.bashrc', \"/tmp/.x &\\n\", FILE_APPEND)"
        seen = "none"
    strings:
        $a = /(\/tmp\/|\/dev\/shm\/|\/var\/tmp\/|\bnohup\s|\bsetsid\s)[^\n]{0,300}(>>|FILE_APPEND|['"]a['"])[^\n]{0,120}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)\b/
        $b = /(>>|['"]a['"]\s{0,2}\))[^\n]{0,120}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)\b[^\n]{0,40}\n[^\n]{0,400}(\/tmp\/|\/dev\/shm\/|\bnohup\s[^\n]{0,100}&|\b(curl|wget)\s[^\n]{0,200}\|\s{0,2}(ba)?sh\b)/
        // round 7 (nonphp6): Python/Perl open of the rc file for appending, the
        // start-up line written on the next line: open(expanduser('~/.bashrc'), 'a')
        $c = /\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)['"]\s{0,2}\)?\s{0,2},\s{0,2}['"]a\+?['"]\s{0,2}\)[^\n]{0,80}\n[^\n]{0,300}(\/tmp\/|\/dev\/shm\/|\bnohup\s[^\n]{0,100}&|\b(curl|wget)\s[^\n]{0,200}\|\s{0,2}(ba)?sh\b)/
    condition:
        filesize < 2MB and any of them
}
