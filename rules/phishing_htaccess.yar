/*
 * hostsweep — a phishing kit's .htaccess gate (docs/rules.md, "Phishing
 * kits, round 6"): the kit's directory turns away security vendors'
 * scanners, crawler networks and cloud hosts (by user agent, address or
 * reverse host name) with a 403/404 or a redirect to a big site, so that
 * the reporting services see nothing. An SEO bad-bot block names SEO
 * crawlers (AhrefsBot, SemrushBot, MJ12bot); a hotlink rule names the
 * site itself. Not scoped to PHP: .htaccess holds no PHP tag. Written from
 * the technique and tests/eval/phishgen2.py's invented gates.
 */

rule phishing_htaccess_vendor_gate : phishing
{
    meta:
        description = ".htaccess that turns away security vendors' scanners (two or more named in a user-agent condition), cloud hosts by reverse name, or four or more search-crawler networks"
        severity = "medium"
        technique = "RewriteCond %{HTTP_USER_AGENT} (phishtank|netcraft|urlscan|..) [NC] / RewriteCond %{REMOTE_HOST} (amazonaws|googleusercontent) / deny from 66.249. 64.233. 157.55. 40.77.; RewriteRule .* https://www.google.com/ [R,L]"
        seen = "none"
        tuned_on = "phishgen2"
    strings:
        $v = /RewriteCond\s{1,8}%\{HTTP_USER_AGENT\}[^\n]{0,300}(phishtank|netcraft|urlscan|virustotal|kaspersky|trendmicro|bitdefender|forcepoint|sophos|avast|fortinet|paloalto|mcafee|symantec|norton|phishlabs|opendns|spamhaus)[^\n]{0,300}(phishtank|netcraft|urlscan|virustotal|kaspersky|trendmicro|bitdefender|forcepoint|sophos|avast|fortinet|paloalto|mcafee|symantec|norton|phishlabs|opendns|spamhaus)/ nocase
        $h = /RewriteCond\s{1,8}%\{REMOTE_HOST\}[^\n]{0,200}(amazonaws|googleusercontent|digitalocean|linode|hetzner|ovh)/ nocase
        $n = /(deny\s{1,4}from|Require\s{1,4}not\s{1,4}ip|REMOTE_ADDR\}\s{1,8}\^?)\s{0,4}(66\.249|64\.233|74\.125|66\.102|72\.14|216\.239|157\.55|207\.46|40\.77|65\.52|131\.253)\b/ nocase
        $rule = /RewriteRule\s{1,8}\S{1,40}\s{1,8}(https?:\/\/|-\s{1,8}\[[^\]\n]{0,20}(F|R=40[34]))/
        $deny = /deny\s{1,4}from/ nocase
    condition:
        (filename == ".htaccess" or extension == "htaccess") and filesize < 64KB and
        (($v or $h) and ($rule or $deny) or #n >= 4)
}
