#!/usr/bin/env python3
"""Writes the encoded-marker private rules of rules/phishing_html.yar
(phishing_html__enc_cred, __enc_form, __enc_offsite): each marker in base64,
%XX, character codes, HTML entities, \\xXX escapes and reversed.

    scripts/phishing-enc-markers.py rules/phishing_html.yar   (rewrites the three rules in place)
"""
def dec_re(s):
    return "/" + r",\s{0,2}".join(str(ord(c)) for c in s) + r"\b/"
def ent_re(s):
    return "/" + "".join("&#(%d|x%x);" % (ord(c), ord(c)) for c in s) + "/ nocase"
def pct(s):
    return '"' + "".join("%%%02X" % ord(c) for c in s) + '" ascii nocase'
def hexe(s):
    return '"' + "".join("\\\\x%02x" % ord(c) for c in s) + '" ascii nocase'
def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
def block(name, markers, extra, comment):
    out = ["/* %s */" % comment, "private rule %s" % name, "{", "    strings:"]
    for i, m in enumerate(markers):
        out.append("        // %s" % m)
        out.append("        $b%d = %s base64" % (i, yq(m)))
        out.append("        $p%d = %s" % (i, pct(m)))
        out.append("        $c%d = %s" % (i, dec_re(m)))
        out.append("        $e%d = %s" % (i, ent_re(m)))
        out.append("        $x%d = %s" % (i, hexe(m)))
        out.append("        $r%d = %s ascii" % (i, yq(m[::-1])))
    out += ["        " + e for e in extra]
    out += ["    condition:", "        any of them", "}", ""]
    return "\n".join(out)
cred = ['type="password"', "type='password'", 'name="pass', 'name="pw"', 'name="cvv', 'name="ssn', 'name="cc',
        'placeholder="Password', "recovery phrase"]
form = ["<form"]
send = ['action="http', 'action="//', "('http", "url:'http", ".src='http", "XMLHttpRequest", "sendBeacon", "api.telegram.org"]
txt = block("phishing_html__enc_cred", cred, [
    "// percent-escaped with the letters kept (encodeURIComponent, quote)",
    "$q1 = /type%3D(%22|%27)?password/ nocase", "$q2 = /name%3D(%22|%27)?(pass|pw%22|cvv|ssn)/ nocase"],
    "A password or credential field, encoded (the strings are written by\n * the generator quoted in docs/rules.md: base64, %XX, character codes,\n * entities, \\xXX and reversed text of each marker).")
txt += "\n" + block("phishing_html__enc_form", form, ["$q1 = /%3Cform/ nocase", "$q2 = \"\\\\u003cform\" ascii nocase",
    "$q3 = \"<FORM\" base64"], "A form, encoded.")
txt += "\n" + block("phishing_html__enc_offsite", send, ["$q1 = /action%3D(%22|%27)?(https?%3A)?%2F%2F/ nocase",
    "$q2 = /(%28|url%3A)(%27|%22)https?%3A/ nocase"],
    "Where the encoded page sends: an absolute form action, a send call or an\n * image beacon to an absolute address, XMLHttpRequest, a beacon, Telegram.")
import sys
p=sys.argv[1]
s=open(p).read()
a=s.index("/* A password or credential field, encoded")
b=s.index("/* What turns the blob into the page. */")
s=s[:a]+txt+"\n"+s[b:]
open(p,'w').write(s)
