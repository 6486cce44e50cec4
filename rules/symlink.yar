/*
 * hostsweep — the shared-hosting symlink attack (written from the
 * technique, seen = "none"; docs/rules.md "Wave 3"): a script reads the
 * server's user list (/etc/passwd, /etc/named.conf, /var/cpanel/users,
 * /etc/userdomains) and symlinks every account's CMS configuration
 * (wp-config.php, configuration.php, ...) into a directory it serves,
 * usually with an .htaccess that follows symlinks and lists or shows PHP
 * as text. Deploy tools symlink their own releases (current -> releases/N)
 * and never read another user's home. Any language: PHP, Perl, Python,
 * shell.
 */

rule symlink_mass_config_linker : webshell
{
    meta:
        description = "Mass symlinker: reads the server's user list and symlinks other accounts' CMS config files (wp-config.php, configuration.php ...)"
        severity = "high"
        technique = "file('/etc/passwd')/named.conf/var/cpanel/users + foreach user: symlink('/home/'.$u.'/public_html/wp-config.php', $dir.$u.'.txt'); ln -s; os.symlink"
        seen = "none"
    strings:
        $u1 = "/etc/passwd" ascii
        $u2 = "/etc/named.conf" ascii
        $u3 = "/var/cpanel/users" ascii
        $u4 = "/etc/userdomains" ascii
        $u5 = "/etc/valiases" ascii
        $u6 = "/etc/trueuserdomains" ascii
        $l1 = /\bsymlink\s{0,2}\(/
        $l2 = "ln -s" ascii
        $l3 = "ln -fs" ascii
        $l4 = "ln -nfs" ascii
        $f1 = "wp-config.php" ascii nocase
        $f2 = "configuration.php" ascii nocase
        $f3 = "config.php" ascii nocase
        $f4 = "settings.php" ascii nocase
        $f5 = "config.inc.php" ascii nocase
        $f6 = "/.my.cnf" ascii
        $f7 = "/.accesshash" ascii
        $f8 = "/.env" ascii
        $f9 = "LocalSettings.php" ascii
        $f10 = "conf_global.php" ascii
        $p1 = "public_html" ascii
        $p2 = "/home/" ascii
    condition:
        filesize < 2MB and any of ($u*) and any of ($l*) and any of ($p*) and 2 of ($f*)
}

rule symlink_bypass_htaccess : webshell
{
    meta:
        description = ".htaccess that follows symlinks, lists the directory and serves PHP as plain text (the symlink attack's reading room)"
        severity = "medium"
        technique = "Options +FollowSymLinks/+Indexes (or Options all) + AddType text/plain .php / AddHandler txt .php / ReadmeName / IndexOptions"
        seen = "none"
    strings:
        $o1 = /Options\s[^\n]{0,60}(\+?FollowSymLinks|\+?SymLinksIfOwnerMatch|\ball\b)/ nocase
        $o2 = /Options\s[^\n]{0,60}\+?Indexes/ nocase
        $t1 = /(AddType|ForceType)\s{1,8}text\/plain(\s{1,8}\.?(php|phtml|html|txt)){0,4}/ nocase
        $t2 = /AddHandler\s{1,8}(txt|text)\s{1,8}\.?php/ nocase
        $t3 = /ReadmeName\s{1,8}\S/ nocase
        $t4 = /DirectoryIndex\s{1,8}[\w.-]{1,40}\.(txt|htm|html)\b/ nocase
    condition:
        filesize < 64KB and $o1 and $o2 and any of ($t1, $t2) or
        filesize < 64KB and $o1 and $o2 and $t3 and $t4
}

/* The same attack without the links: the page reads the server's user list,
 * walks every account's public_html for CMS configuration files and prints
 * (or tries over FTP/mail) the passwords it pulls out of them. A hosting
 * panel that reads other accounts' configs runs as root outside any
 * docroot and is not a PHP page that opens /etc/passwd. PHP pages only:
 * a root backup script may loop over users' configs for mysqldump. */
rule symlink_cross_account_config_reader : webshell
{
    meta:
        description = "Config harvester page: reads the server's user list, opens other accounts' CMS config files under /home/*/public_html and pulls the passwords out"
        severity = "high"
        technique = "fopen('/etc/passwd') + foreach user: readdir('/home/'.$u.'/public_html/') + if ($file == 'wp-config.php' || 'config.php' ...) fgets/strstr($line, 'pass') + echo / ftp_login"
        seen = "JohnTroony"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $u1 = "/etc/passwd" ascii
        $u2 = "/etc/named.conf" ascii
        $u3 = "/var/cpanel/users" ascii
        $u4 = "/etc/userdomains" ascii
        $u5 = "/etc/trueuserdomains" ascii
        $h1 = "public_html" ascii
        $h2 = /['"]\/home\d?\/['"]?\s{0,3}\./
        $h3 = /['"]\/home\d?\/\$\w/
        $f1 = "wp-config.php" ascii nocase
        $f2 = "configuration.php" ascii nocase
        $f3 = "config.php" ascii nocase
        $f4 = "settings.php" ascii nocase
        $f5 = "config.inc.php" ascii nocase
        $f6 = "db.php" ascii nocase
        $f7 = "LocalSettings.php" ascii
        $f8 = "conf_global.php" ascii
        $f9 = "configure.php" ascii nocase
        $r1 = /\b(fopen|file_get_contents|file|readfile|highlight_file|show_source)\s{0,3}\(\s{0,3}\$/
        $r2 = /\b(fgets|fread)\s{0,3}\(/
        $k1 = /\b(DB_|db_?)?pass(word)?\b/ nocase
    condition:
        filesize < 1MB and $php and any of ($u*) and any of ($h*) and 3 of ($f*) and
        any of ($r*) and $k1
}
