/*
 * hostsweep — WordPress persistence: code that creates an administrator
 * account the site owner did not make, and usually hides it from the
 * Users screen (written from the technique, seen = "none"; docs/rules.md
 * "Wave 3"). WordPress's own installer, a setup wizard or a WP-CLI command
 * create the first admin from values the operator typed, behind
 * WP_INSTALLING / WP_CLI; they neither hide the account nor carry its
 * password in the source.
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule wp_persistence__php_source
{
    strings:
        $o1 = "<?php" ascii nocase
        $o2 = "<?=" ascii
        $o3 = /<\?[ \t\r\n]/
    condition:
        any of them and (
            // the file starts with the tag (after a BOM and blanks): PHP whatever its
            // extension, as php_is_code and hs.php_in_text_file read it
            (for any of ($o*) : (@ == 0 or (@ <= 64 and for all i in (0..@ - 1) : (uint8(i) == 0x20 or
                uint8(i) == 0x09 or uint8(i) == 0x0a or uint8(i) == 0x0d or (i < 3 and uint16be(0) == 0xefbb and uint8(2) == 0xbf)))))
            or not (
            extension == "js" or extension == "mjs" or extension == "ts" or extension == "css" or
            extension == "md" or extension == "markdown" or extension == "rst" or
            extension == "txt" or extension == "text" or extension == "log" or
            extension == "json" or extension == "xml" or extension == "svg" or
            extension == "yml" or extension == "yaml" or extension == "po" or extension == "pot" or
            extension == "csv" or extension == "sql" or extension == "html" or extension == "htm"))
}

/* An administrator made: the user API with the administrator role, or raw
 * SQL into the users/usermeta tables with the capabilities meta. */
private rule wp_persistence__admin_created
{
    strings:
        $u1 = /\bwp_(insert|create)_user\s{0,2}\(/
        $a1 = /->\s{0,2}(set_role|add_role)\s{0,2}\(\s{0,2}['"]administrator['"]/
        $a2 = /['"]role['"]\s{0,12}=>\s{0,2}['"]administrator['"]/
        $s1 = /INSERT\s{1,4}INTO\s{1,4}[`'"]?(\{?\$[\w>-]{1,40}\}?|\w{1,20})?_?(users|usermeta)\b/ nocase
        $s2 = /capabilities['"`]?\s{0,4}[,=)]/
        $s3 = "administrator\";b:1" ascii
        $s4 = "administrator\\\";b:1" ascii
        // train6: rows inserted through $wpdb (->insert($wpdb->users / usermeta,
        // "{$wpdb->prefix}users", $wpdb->base_prefix . 'usermeta') with the
        // capabilities as an array the code serializes or WordPress does
        $w1 = /->\s{0,2}(insert|replace)\s{0,2}\(\s{0,2}(\$\w{1,20}\s{0,2}->\s{0,2}(users|usermeta)\b|['"]?\{?\$\w{1,20}\s{0,2}->\s{0,2}(base_)?prefix\}?\s{0,2}(\.\s{0,2}['"])?(users|usermeta)['"])/
        $k1 = /['"]administrator['"]\s{0,4}=>\s{0,4}(true|1)\b/ nocase
        $m1 = /\b(update|add)_user_meta\s{0,2}\([^;]{1,200}capabilities['"][^;]{0,60}['"]administrator['"]\s{0,4}=>\s{0,4}(true|1)\b/ nocase
    condition:
        ($u1 and ($a1 or $a2)) or ($s1 and $s2 and ($s3 or $s4)) or
        ($w1 and $s2 and $k1) or $m1
}

private rule wp_persistence__setup_context
{
    strings:
        $g1 = "WP_INSTALLING" ascii
        $g2 = "WP_CLI" ascii
        $g3 = /\bfunction\s{1,4}wp_install\s{0,2}\(/
    condition:
        any of them
}

rule wp_hidden_admin_creator : webshell
{
    meta:
        description = "WordPress code that creates an administrator and hides it from the Users list (pre_user_query / users_list_table_query_args / views_users)"
        severity = "high"
        technique = "wp_create_user/wp_insert_user + set_role(administrator) or INSERT INTO wp_users/wp_usermeta capabilities, + a pre_user_query/users_list_table_query_args/views_users hook that leaves the login or id out"
        seen = "none"
    strings:
        $h1 = /add_(action|filter)\s{0,2}\(\s{0,2}['"](pre_user_query|users_list_table_query_args|views_users|pre_get_users)['"]/
        // the hider leaves one login or id out (a role filter for non-admins is not that)
        $x1 = /user_login\s{0,2}(!=|<>|NOT\s{1,4}IN\b|NOT\s{1,4}LIKE\b)/ nocase
        $x2 = /\.ID\s{0,2}(!=|<>|NOT\s{1,4}IN\b)/ nocase
        $x3 = /query_where\s{0,2}=\s{0,2}str_replace\s{0,2}\(/
        $x4 = /\[\s{0,2}['"](exclude|login__not_in)['"]\s{0,2}\]\s{0,2}(\[\s{0,2}\])?\s{0,2}=/
        $x5 = /['"](exclude|login__not_in)['"]\s{0,2}=>/
    condition:
        filesize < 2MB and wp_persistence__php_source and wp_persistence__admin_created and $h1 and any of ($x*)
}

rule wp_backdoor_admin_creator : webshell
{
    meta:
        description = "WordPress code that creates an administrator with a password written in the source, or on a request parameter without a capability check, outside an installer"
        severity = "high"
        technique = "wp_create_user('name','pass',..) / 'user_pass' => 'literal' / INSERT INTO wp_users + administrator, or if(isset($_GET[..])) create admin with no current_user_can/nonce, and no WP_INSTALLING/WP_CLI"
        seen = "none"
    strings:
        $l1 = /\bwp_create_user\s{0,2}\(\s{0,2}['"][^'"\n]{1,60}['"]\s{0,2},\s{0,2}['"][^'"\n]{1,80}['"]/
        $l2 = /['"]user_pass['"]\s{0,12}=>\s{0,2}['"][^'"\n]{1,80}['"]/
        $l3 = /INSERT\s{1,4}INTO\s{1,4}[`'"]?(\{?\$[\w>-]{1,40}\}?|\w{1,20})?_?users\b[^;]{1,600}(MD5\s{0,2}\(\s{0,2}['"]|['"]\$P\$)/ nocase
        $q = /\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,2}\[\s{0,2}['"]HTTP_)/
        $c1 = "current_user_can" ascii
        $c2 = "wp_verify_nonce" ascii
        $c3 = "check_admin_referer" ascii
        $c4 = "check_ajax_referer" ascii
    condition:
        filesize < 2MB and wp_persistence__php_source and wp_persistence__admin_created and
        not wp_persistence__setup_context and
        (any of ($l*) or ($q and not any of ($c*)))
}
