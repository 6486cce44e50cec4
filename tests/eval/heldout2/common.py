"""Shared bits of the second held-out set: addresses, names, the plumbing it
borrows from the first set (tests/eval/heldout/style.py: Style, hide(),
layers(), source(), sq()). Written blind (README.md): from knowledge of what
compromised shared hosts carry, without reading the detectors."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout"))

from style import Style, hide, layers, source, sq, dq_escape  # noqa: E402,F401

C2 = ("198.51.100.61", "203.0.113.88", "192.0.2.150", "static.example.net", "img.example.org",
      "api.example.com", "203.0.113.5")


def c2(r):
    return r.choice(C2)


def rword(r, n=8, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(al) for _ in range(n))


def hexname(r, n=8):
    return rword(r, n, "0123456789abcdef")


def php_in(r, S):
    """A payload string input, from the first set's sources plus a few it lacks."""
    k = r.random()
    key = sq(r.choice(("d", "k", "pg", "_wpnonce2", "s", "v", "lang", "ref", "cb", "token")))
    if k < 0.55:
        return source(r, S)
    return r.choice((
        "$_SERVER['HTTP_ACCEPT_LANGUAGE']",
        "%s($_SERVER['PATH_INFO'], 1)" % S.fn("substr"),
        "%s($_POST)" % S.fn("array_pop"),
        "%s($_COOKIE)" % S.fn("array_shift"),
        "$_FILES[%s]['name']" % key,
        "%s(%s(%s))" % (S.fn("gzinflate"), S.fn("base64_decode"), "$_POST[%s]" % key),
        "%s(%s('php://input', 'r'))" % (S.fn("stream_get_contents"), S.fn("fopen")),
        "%s($_REQUEST[%s])" % (S.fn("strrev"), key),
        "%s($_GET)[0]" % S.fn("array_values"),
        "%s($_SERVER['HTTP_X_%s'])" % (S.fn("base64_decode"), r.choice(("DATA", "CFG", "SIGN", "TRACE", "VIA2"))),
    ))
