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
        extension == "bashrc" or extension == "bash_profile" or extension == "zshrc" or
        // round 10 (seen = "heldout5"): the files the start-up files source.
        // Debian's and Ubuntu's skeleton .bashrc sources ~/.bash_aliases; zsh
        // reads .zshenv in every shell; oh-my-zsh users keep .zsh_aliases, others
        // .aliases, .bash_functions, .shrc (round 9 named the start-up files only,
        // so an alias file was read as nothing at all)
        filename == ".bash_aliases" or filename == ".bash_functions" or filename == ".aliases" or
        filename == ".zsh_aliases" or filename == ".zshenv" or filename == ".zlogout" or
        filename == ".shrc" or filename == ".bash_logout" or filename == "zshrc" or filename == "zshenv" or
        extension == "bash_aliases" or extension == "zsh_aliases" or extension == "aliases" or
        extension == "zshenv" or extension == "profile"
}

rule shellrc_background_implant : bot
{
    meta:
        description = "Shell start-up file starts a program from a temporary path, or a hidden program, in the background"
        severity = "high"
        technique = "nohup /tmp/.x/kworker >/dev/null 2>&1 & / ~/.cache/.s/.sshd >/dev/null & in ~/.bashrc or ~/.profile; (cd ~/.x && nohup ./d >/dev/null 2>&1 &)"
        seen = "heldout5"
    strings:
        // a download piped to a shell is bot.yar's bot_fetch_pipe_interpreter (any file)
        $t1 = /(\/tmp|\/var\/tmp|\/dev\/shm)\/[^\n;|]{1,200}[^&\n]&[ \t]{0,4}(\)|;|\n|disown)/
        $h1 = /\b(nohup|setsid)\s{1,4}[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\s/
        $h3 = /\b(nohup|setsid)\s{1,4}[^\n;&|\s]{0,60}\/\.[\w.-]{1,40}\/[^\n]{0,200}&/
        $h2 = /\/\.[\w.-]{1,40}(\s[^\n;&|]{0,80})?\s{0,4}(>\s{0,2}\/dev\/null\s{0,2}2>&1|&>\s{0,2}\/dev\/null|>\s{0,2}\/dev\/null)\s{0,4}&\s{0,4}(\)|;|\n|disown)/
        // round 10 (seen = "heldout5"): the shell first enters the hidden or temp
        // directory and starts the program there by a relative path:
        // (cd ~/.x && nohup ./d -c c.json >/dev/null 2>&1 &)
        $c1 = /\bcd\s{1,4}["']?[^\n;&|"' ]{0,80}(\/tmp|\/var\/tmp|\/dev\/shm)(\/[^\n;&|"' ]{0,80})?["']?\s{0,4}(&&|;)\s{0,4}((nohup|setsid|exec)\s{1,4})?\.\/[^\n]{0,200}&\s{0,4}(\)|;|\n|disown)/
        // (a hidden directory only with nohup/setsid: `(cd ~/.dotfiles && ./install.sh &)` updates a user's own files)
        $c2 = /\bcd\s{1,4}["']?[^\n;&|"' ]{0,80}\/\.[\w.-]{1,40}\/?["']?\s{0,4}(&&|;)\s{0,4}(nohup|setsid)\s{1,4}\.\/[^\n]{0,200}&\s{0,4}(\)|;|\n|disown)/
    condition:
        filesize < 256KB and shellrc__rc_file and any of them
}

rule shellrc_append_implant : bot
{
    meta:
        description = "Script that appends to a user's shell start-up file a line starting a temporary-path program or a nohup/setsid background job"
        severity = "high"
        technique = "echo 'nohup /tmp/.x &' >> ~/.bashrc; file_put_contents($h.'/.bashrc', \"/tmp/.x &\\n\", FILE_APPEND); cat >> ~/.bashrc <<'EOF' (alias ps='ps | grep -v ..', PROMPT_COMMAND='(nohup ~/.x &)')"
        seen = "none,train6"
    strings:
        $a = /(\/tmp\/|\/dev\/shm\/|\/var\/tmp\/|\bnohup\s|\bsetsid\s)[^\n]{0,300}(>>|FILE_APPEND|['"]a['"])[^\n]{0,120}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)\b/
        $b = /(>>|['"]a['"]\s{0,2}\))[^\n]{0,120}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)\b[^\n]{0,40}\n[^\n]{0,400}(\/tmp\/|\/dev\/shm\/|\bnohup\s[^\n]{0,100}&|\b(curl|wget)\s[^\n]{0,200}\|\s{0,2}(ba)?sh\b)/
        // round 7 (nonphp6): Python/Perl open of the rc file for appending, the
        // start-up line written on the next line: open(expanduser('~/.bashrc'), 'a')
        $c = /\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile)['"]\s{0,2}\)?\s{0,2},\s{0,2}['"]a\+?['"]\s{0,2}\)[^\n]{0,80}\n[^\n]{0,300}(\/tmp\/|\/dev\/shm\/|\bnohup\s[^\n]{0,100}&|\b(curl|wget)\s[^\n]{0,200}\|\s{0,2}(ba)?sh\b)/
        // train6: a heredoc appended to the start-up file (cat >> ~/.bashrc <<'EOF'),
        // whose body hides a tool's output or starts a hidden or temp-dir program
        $hd = /(>>|\btee\s{1,4}(-a|--append))\s{0,4}["']?[^\n;|&<]{0,80}\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|bash_aliases|zshenv|aliases)["']?\s{0,4}<<-?\s{0,2}['"]?\w{1,20}/
        $hb1 = /alias\s{1,4}(ls|ps|netstat|ss|top|htop|lsof|pstree|find|who|w|last|du|ip|crontab|pgrep|systemctl)=["'][^\n]{0,200}\|\s{0,4}(command\s{1,4})?(\/usr)?(\/bin\/)?(e|f)?grep\s{1,4}(-[a-zA-Z]{1,4}\s{1,4}){0,3}(-[a-zA-Z]{0,4}v|--invert-match)/
        $hb2 = /\b(nohup|setsid)\s{1,4}[^\n;&|\s]{0,60}(\/\.[\w.-]{1,40}|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)[^\n]{0,200}&/
        $hb3 = /PROMPT_COMMAND\s{0,2}=[^\n]{0,300}&/
    condition:
        filesize < 2MB and (any of ($a, $b, $c) or
            for any i in (1..#hd) : ( for any of ($hb*) : ( $ in (@hd[i] .. @hd[i] + 1500) ) ))
}

/* ---- round 9 (branch script9, seen = "none"): written from the
 * techniques on hand-written variants (tests/fixtures/scripts/{malicious,benign}/r9_*). */

/* A start-up file that hides a process, a file or a connection: an alias or
 * a function named after the tool an administrator looks with (ls, ps,
 * netstat, ss, top, lsof, pstree, find, who...) that pipes the real tool's
 * output through `grep -v`. People write `alias psg='ps aux | grep -v grep
 * | grep'` or `pss() { ps .. | grep -v ..; }`: their own names, never the
 * tool's. */
rule shellrc_hiding_alias : bot
{
    meta:
        description = "Shell start-up file redefines ls/ps/netstat/ss/top/lsof (alias or function) to filter the real tool's output through grep -v: hides a process, file or connection"
        severity = "high"
        technique = "alias ps='ps \"$@\" | grep -v -E \"xmrig|\\.x\"'; ls() { command ls \"$@\" | grep -v .hidden; }; function lsof { /usr/bin/lsof \"$@\" | grep -v 198.51.100.4; }"
        seen = "heldout5"
    strings:
        // the name, then (on the same line) the output through an inverted grep
        $a = /alias\s{1,4}(ls|ps|netstat|ss|top|htop|lsof|pstree|find|who|w|last|du|ip|crontab|pgrep|systemctl)=["'][^\n]{0,200}\|\s{0,4}(command\s{1,4})?(\/usr)?(\/bin\/)?(e|f)?grep\s{1,4}(-[a-zA-Z]{1,4}\s{1,4}){0,3}(-[a-zA-Z]{0,4}v|--invert-match)/
        $f = /\b(ls|ps|netstat|ss|top|htop|lsof|pstree|find|who|last|du|crontab|pgrep)\s{0,2}\(\)\s{0,2}\{[^\n}]{0,200}\|\s{0,4}(command\s{1,4})?(\/usr)?(\/bin\/)?(e|f)?grep\s{1,4}(-[a-zA-Z]{1,4}\s{1,4}){0,3}(-[a-zA-Z]{0,4}v|--invert-match)/
        // ksh style, `function lsof { .. }` (keyed on the name: "function" is in every PHP file, +20 M)
        $k = /\b(ls|ps|netstat|ss|top|htop|lsof|pstree|find|who|last|du|crontab|pgrep) ?\{[^\n}]{0,200}\|\s{0,4}(command\s{1,4})?(\/usr)?(\/bin\/)?(e|f)?grep\s{1,4}(-[a-zA-Z]{1,4}\s{1,4}){0,3}(-[a-zA-Z]{0,4}v|--invert-match)/
    condition:
        filesize < 256KB and shellrc__rc_file and any of them
}

/* sudo shadowed in a start-up file by a program in a hidden or temporary
 * directory (an alias or a function that calls it): every sudo the user
 * types, with its password, goes to that program first. A helper that
 * calls `command sudo -e` for vim is the real sudo. */
rule shellrc_sudo_shadow : bot
{
    meta:
        description = "Shell start-up file points sudo (alias or function) at a program in a hidden or temporary directory"
        severity = "high"
        technique = "alias sudo=\"$HOME/.local/share/.s/sudo\"; sudo() { /var/tmp/.pk/sudo-wrap \"$@\"; }"
        seen = "none"
    strings:
        $a = /alias\s{1,4}sudo=["']?[^\n"' ]{0,80}(\/\.[\w.-]{1,40}\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)/
        $f = /sudo\s{0,2}\(\)\s{0,2}\{\s{0,4}(command\s{1,4}|exec\s{1,4})?["']?[^\n"' ;]{0,80}(\/\.[\w.-]{1,40}\/|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/)/
    condition:
        filesize < 256KB and shellrc__rc_file and any of them
}
