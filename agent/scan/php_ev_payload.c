/* Payloads kept elsewhere, directory walks and fetched commands (the
 * payload concern of the PHP interpreter): data read from another file, an
 * option, a transient or the session (F_STORED) and decoded into eval; code
 * in a picture, its metadata or another asset (F_ASSET); this file's own
 * name (F_SELFPATH), so that a file decoding a payload from itself stays
 * php.obfuscated_eval; the writer of a two-file pair (decoded code stored
 * for another file to run); names a directory walk found (F_LISTED) and
 * code written into them (php.mass_infector); a command fetched from a URL
 * or a socket and run (php.remote_command). docs/php-analysis.md. */
#include "scan/php_ev.h"
#include "scan/php_gate.h"
#include "scan/php_fold.h"

#include <string.h>
#include <strings.h>

/* A picture, a style sheet, a font, a catalogue or a data blob: what a
 * server only serves or an application only parses (not a .tmp: caches
 * keep PHP there, as var_export() writes it). Code read from one,
 * decoded or not, is a payload hidden where nobody reads code. */
static bool pay_asset_path(const struct pv *v)
{
	static const char *const exts[] = {
	    "ico",   "png", "jpg", "jpeg", "gif", "bmp",  "webp", "tif", "tiff", "svg", "woff",
	    "woff2", "ttf", "eot", "css",  "js",  "json", "po",   "mo",  "map",  "dat", "bin"};
	return has_ext(v, exts, HS_ARRAY_LEN(exts));
}

/* What a read of the file at path gives, besides F_FILE: data kept outside
 * this file (F_STORED) unless path names the file itself (__FILE__,
 * SCRIPT_FILENAME, __DIR__ . '/' . basename(__FILE__)): a file decoding a
 * payload from itself is obfuscated, not a second file; the bytes of a
 * picture or another asset (F_ASSET); the file's own code (F_CODETXT: a copy of itself,
 * what a virus writes into the files it finds). */
uint32_t pay_read_flags(const struct pv *path)
{
	if (path->fl & F_SELFPATH)
		return F_CODETXT;
	return F_STORED | (pay_asset_path(path) ? F_ASSET : 0);
}

/* Text that is code to plant: PHP that runs something, a script that loads
 * or writes from elsewhere, a hidden frame, the directives that make a
 * server run a file it would only serve. A guard ("<?php // Silence is
 * golden", "Deny from all") or a URL is none of these. */
static bool pay_code_text_in(const unsigned char *s, size_t n, bool strong);
static bool pay_code_text(const unsigned char *s, size_t n)
{
	return pay_code_text_in(s, n, false);
}

/* strong: only what runs or plants something, not a page that reads the
 * request ($_GET['framed'] in a template a hotel application writes). */
static bool pay_code_text_in(const unsigned char *s, size_t n, bool strong)
{
	static const char *const marks[] = {"eval(",
	                                    "assert(",
	                                    "base64_decode(",
	                                    "gzinflate(",
	                                    "str_rot13(",
	                                    "system(",
	                                    "shell_exec(",
	                                    "passthru(",
	                                    "exec(",
	                                    "create_function(",
	                                    "$_post",
	                                    "$_get",
	                                    "$_request",
	                                    "$_cookie",
	                                    "@include",
	                                    "@require",
	                                    "<iframe",
	                                    "atob(",
	                                    "fromcharcode",
	                                    "document.write",
	                                    "unescape(",
	                                    "auto_prepend_",
	                                    "auto_append_",
	                                    "x-httpd-php",
	                                    "sethandler",
	                                    "addhandler",
	                                    "<script src=\"http",
	                                    "<script src='http",
	                                    "<script src=http",
	                                    "<script src=\"//",
	                                    "<script type=\"text/javascript\" src=\"http"};
	if (!s || n < 4)
		return false;
	if (n > 65536)
		n = 65536; /* a payload to plant is short; bounded work */
	for (size_t i = 0; i + 4 <= n; i++) {
		unsigned char c = s[i] >= 'A' && s[i] <= 'Z' ? (unsigned char)(s[i] | 0x20) : s[i];
		if (!c || !strchr("eabgspc$@<fdux", c))
			continue;
		for (size_t k = 0; k < HS_ARRAY_LEN(marks); k++) {
			size_t l = strlen(marks[k]);
			if ((unsigned char)marks[k][0] == c && i + l <= n &&
			    !strncasecmp((const char *)s + i, marks[k], l) &&
			    !(strong && marks[k][0] == '$'))
				return true;
		}
	}
	return false;
}

static bool pay_code_val(const struct pv *v)
{
	if (v->fl & F_CODETXT)
		return true;
	if (is_str(v))
		return pay_code_text(v->s, v->n);
	return v->k == K_UNK &&
	       (pay_code_text(v->s, v->s ? v->n : 0) || pay_code_text(v->sfx, v->sfxn));
}

/* a . b unknown: a path ending with this file's name is this file; known
 * code text in a part is carried (only once the file walks directories,
 * the only place it matters, so that concatenation stays cheap). */
void pay_concat(struct P *P, struct pv *r, const struct pv *a, const struct pv *b)
{
	if (b->fl & F_SELFPATH)
		r->fl |= F_SELFPATH;
	/* a fetched value escapeshellarg()ed is one argument of a command line
	 * ('git checkout ' . escapeshellarg($v)), not the command */
	if ((r->fl & F_REMOTE) && !((a->fl & F_REMOTE) && !(a->fl & F_SHESC)) &&
	    !((b->fl & F_REMOTE) && !(b->fl & F_SHESC)))
		r->fl &= ~(uint32_t)F_REMOTE;
	if (!P->C->walks || (r->fl & F_CODETXT))
		return;
	P->C->work += ((is_str(a) ? a->n : 0) + (is_str(b) ? b->n : 0)) / 64;
	if ((is_str(a) && pay_code_text(a->s, a->n)) || (is_str(b) && pay_code_text(b->s, b->n)))
		r->fl |= F_CODETXT;
}

/* str_replace('</body>', $js . '</body>', $page) on unknown text: the
 * result holds the replacement. */
void pay_replace(struct P *P, struct pv *r, const struct pv *to)
{
	if (P->C->walks && pay_code_val(to))
		r->fl |= F_CODETXT;
}

/* The names a directory walk finds. */
static bool pay_walk_class(const char *cls)
{
	static const char *const walkers[] = {"recursivedirectoryiterator", "directoryiterator",
	                                      "filesystemiterator", "globiterator"};
	for (size_t i = 0; i < HS_ARRAY_LEN(walkers); i++)
		if (!strcmp(cls, walkers[i]))
			return true;
	return false;
}

void pay_new(struct C *C, const char *cls, const struct pv *args, int nargs, struct pv *o)
{
	if (pay_walk_class(cls) ||
	    (!strcmp(cls, "recursiveiteratoriterator") && nargs > 0 && (args[0].fl & F_LISTED))) {
		o->fl |= F_LISTED;
		C->walks = true;
	}
}

/* $file->getPathname() on what a walk found is a name it found. */
void pay_method(const struct pv *obj, struct pv *v)
{
	if ((obj->fl & F_LISTED) && v->k == K_UNK && !is_str(v))
		v->fl |= F_LISTED;
}

/* webhigh: a row or a column read from a database (PDO's fetch/fetchColumn,
 * mysqli's fetch_assoc, $wpdb->get_var/get_row/get_results, Joomla's
 * loadResult, Doctrine's fetchOne; mysqli_fetch_*(), mysql_result(),
 * pg_fetch_*()): kept outside this file, as an option is (F_STORED), so a
 * payload the file decodes from it into eval is php.decoded_file_eval. */
void pay_db_read(const char *lname, struct pv *v)
{
	static const char *const methods[] = {"fetchcolumn",      "fetch",
	                                      "fetchall",         "fetchobject",
	                                      "fetch_assoc",      "fetch_row",
	                                      "fetch_array",      "fetch_object",
	                                      "fetch_all",        "get_var",
	                                      "get_row",          "get_col",
	                                      "get_results",      "loadresult",
	                                      "loadobject",       "loadassoc",
	                                      "loadrow",          "fetchone",
	                                      "fetchassociative", "fetchnumeric",
	                                      "fetchfirstcolumn", "fetchallassociative"};
	static const char *const funcs[] = {"mysqli_fetch_", "mysql_fetch_",  "mysql_result",
	                                    "pg_fetch_",     "sqlite_fetch_", "mysqli_result"};
	bool db = false;
	for (size_t i = 0; !db && i < HS_ARRAY_LEN(methods); i++)
		db = !strcmp(lname, methods[i]);
	for (size_t i = 0; !db && i < HS_ARRAY_LEN(funcs); i++)
		db = !strncmp(lname, funcs[i], strlen(funcs[i]));
	if (db && !v->taint && v->k == K_UNK)
		v->fl |= F_STORED;
}

/* A command line that lists a tree: find(1), ls -R. */
/* A fixed command that asks DNS for TXT records (dig +short TXT name,
 * host -t txt name, nslookup -q=txt name): its output is data from the
 * network, the channel a payload kept in DNS comes down (as a URL's body
 * is; dns_get_record() is modelled the same way). */
static bool dns_txt_lookup(const unsigned char *s, size_t n)
{
	static const char *const tools[] = {"dig ", "host ", "nslookup ", "drill ", "kdig "};
	bool tool = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(tools) && !tool; i++) {
		const unsigned char *t = find_nocase(s, n, tools[i]);
		tool =
		    t && (t == s || t[-1] == ' ' || t[-1] == '/' || t[-1] == ';' || t[-1] == '(');
	}
	if (!tool)
		return false;
	for (const unsigned char *t = s; (t = find_nocase(t, n - (size_t)(t - s), "txt")); t += 3) {
		unsigned char b = t > s ? t[-1] : ' ', a = t + 3 < s + n ? t[3] : ' ';
		if ((b == ' ' || b == '=' || b == '-') &&
		    (a == ' ' || a == '\'' || a == '"' || t + 3 == s + n))
			return true;
	}
	return false;
}

void pay_cmd_walk(struct P *P, const struct pv *v, struct pv *out)
{
	const unsigned char *s = v->s;
	size_t n = (is_str(v) || v->k == K_UNK) && s ? v->n : 0;
	if (!n)
		return;
	if ((n >= 5 && !memcmp(s, "find ", 5)) || memmem(s, n, "; find ", 7) ||
	    memmem(s, n, "ls -R", 5) || memmem(s, n, "ls -laR", 7)) {
		P->C->walks = true;
		out->fl |= F_LISTED;
	}
	if (dns_txt_lookup(s, n))
		out->fl |= F_REMOTE;
}

/* A mass defacer: the home page of every site a directory walk found
 * (index.html, index.php...) replaced whole with a page the request sends,
 * or with a page that says the site was hacked. A directory guard writes an
 * empty index.html ("Silence is golden"), which is neither. */
static bool pay_deface(struct P *P, const struct pv *path, const struct pv *data, size_t tok,
                       const char *sink)
{
	static const char *const pages[] = {"index.php",    "index.html",  "index.htm",
	                                    "default.html", "default.htm", "home.html"};
	static const char *const words[] = {"hacked by", "defaced by", "owned by", "h4cked",
	                                    "hacked",    "pwned",      "defacer",  "was here"};
	bool home = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(pages) && !home; i++) {
		size_t l = strlen(pages[i]);
		home = path->sfx && path->sfxn >= l &&
		       name_eq(path->sfx + path->sfxn - l, l, (const unsigned char *)pages[i], l,
		               true);
	}
	if (!home)
		return false;
	bool sent = data->taint && !(data->fl & F_BYTEIN);
	bool says = false;
	const unsigned char *t = data->s;
	size_t n = is_str(data) || data->s ? data->n : 0;
	for (size_t i = 0; t && !sent && i < HS_ARRAY_LEN(words) && !says; i++)
		says = find_nocase(t, n, words[i]) != NULL;
	if (!sent && !says)
		return false;
	hit(P, "php.mass_deface", HS_SEV_HIGH, tok,
	    "%s -> %s(the home page of every site a directory walk found)",
	    sent ? trail(P, data) : "a \"hacked\" page", sink);
	return true;
}

/* A write into a file a directory walk found: code written into every file
 * found (prepended, appended, put after the open tag or before </body>, an
 * .htaccess directive) is a mass infector, whoever calls it. A look-alike
 * (a URL migration, a cache warmer, a directory guard) writes text that is
 * not code, or code that runs nothing. */
void pay_walk_write(struct P *P, const struct pv *path, const struct pv *data, bool append,
                    size_t tok, const char *sink)
{
	static const char *const targets[] = {"index.php", "wp-config.php", ".htaccess",
	                                      ".user.ini", "php.ini",       "index.html",
	                                      "index.htm"};
	struct C *C = P->C;
	if (!C->walks || is_str(path) || !((path->fl & F_LISTED) || path->k == K_UNK))
		return;
	if (!append && pay_deface(P, path, data, tok, sink))
		return;
	if (!pay_code_val(data))
		return;
	bool named = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(targets) && !named; i++) {
		size_t l = strlen(targets[i]);
		named = path->sfx && path->sfxn >= l &&
		        name_eq(path->sfx + path->sfxn - l, l, (const unsigned char *)targets[i], l,
		                true);
	}
	/* into the file itself: appended, or its own text rewritten with code */
	bool into = append || (data->fl & F_FILE) || (data->fl & F_CODETXT);
	if (!into && !named)
		return;
	/* a file written whole, not a name an infector aims at (hoteldruid
	 * lists its language folders, then writes a page template of its own
	 * to "$dir/$name"): a page that reads the request is not code to
	 * plant, and an infector keeps the page it infects (it prepends,
	 * appends or rewrites its text); only what runs or decodes something
	 * is (when the known text shows which) */
	if (!append && !(data->fl & F_FILE) && !named &&
	    (pay_code_text(data->s, is_str(data) || data->s ? data->n : 0) ||
	     pay_code_text(data->sfx, data->sfxn)) &&
	    !pay_code_text_in(data->s, is_str(data) || data->s ? data->n : 0, true) &&
	    !pay_code_text_in(data->sfx, data->sfxn, true))
		return;
	hit(P, "php.mass_infector", HS_SEV_HIGH, tok, "code -> %s(%s found by a directory walk)%s",
	    sink, named ? "a file named" : "every file", append ? ", appended" : "");
}

/* Code from a picture or an asset, or decoded data kept in another file (an .ico, a
 * .dat, an option, a transient, the session), given to eval: the payload
 * kept beside its loader. True when it reported. */
bool pay_code_sink(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	if (v->fl & F_ASSET) {
		hit(P, "php.asset_payload_eval", HS_SEV_HIGH, tok,
		    "%s(code read from a picture, its metadata or an asset file%s)", sink,
		    (v->fl & F_DECODED) ? ", decoded" : "");
		return true;
	}
	if ((v->fl & F_DECODED) && (v->fl & F_STORED)) {
		hit(P, "php.decoded_file_eval", HS_SEV_HIGH, tok,
		    "%s(%s(data kept in another file))", sink, v->how ? v->how : "decoded");
		return true;
	}
	return false;
}

/* A command fetched from a URL or read from a connection, then run:
 * download-and-execute, an HTTP poller. A fixed program given a fetched
 * argument (a version to check out) is not that. */
bool pay_cmd_sink(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	if (!(v->fl & F_REMOTE) || (v->fl & (F_KPREFIX | F_SHESC)))
		return false;
	hit(P, "php.remote_command", HS_SEV_HIGH, tok,
	    "command fetched from a URL or read from a socket -> %s()", sink);
	return true;
}

/* The writer of a two-file pair: code it decoded (no open tag: the reader
 * evals it) written to a cache file, an option or a transient, maybe
 * base64_encode()d again. The text is analysed as the code the reader will
 * run; a layer that runs input or a command makes the write as sure as
 * it. Text with an open tag is drop_code's; data is not code. */
void pay_store_write(struct P *P, const struct pv *data, size_t tok, const char *sink)
{
	struct C *C = P->C;
	struct php_result *r = C->res;
	if (!is_str(data) || data->taint || !(data->fl & BUILT) || data->n < 8 ||
	    P->layer >= PHP_MAX_LAYERS || C->nlex >= PHP_MAX_LAYERS + 1 || C->stop ||
	    php_has_open_tag(data->s, data->n))
		return;
	const unsigned char *s = data->s;
	size_t n = data->n;
	/* base64_encode($code): the reader decodes it first */
	bool b64 = n >= 16;
	for (size_t i = 0; i < n && b64; i++)
		b64 = (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '/' || s[i] == '=';
	struct pv dec = unk();
	if (b64) {
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		if (!fold_base64(fb, s, n))
			return;
		dec = from_fb(P, F_DECODED, "base64_decode", NULL);
		if (!is_str(&dec) || php_has_open_tag(dec.s, dec.n))
			return;
		s = dec.s;
		n = dec.n;
	}
	struct php_lex pre = {0};
	php_lex_run(&pre, s, n, true, C->max_tokens);
	bool any = php_gate(&pre);
	php_lex_free(&pre);
	if (!any)
		return;
	size_t h0 = r->nhits;
	struct scope sc = {0};
	sc.global = &sc;
	eval_layer(C, s, n, true, P->layer + 1, &sc);
	map_free(&sc.vars);
	size_t worst = SIZE_MAX;
	for (size_t i = h0; i < r->nhits; i++)
		if (r->hits[i].layer > P->layer &&
		    (worst == SIZE_MAX || r->hits[i].sev > r->hits[worst].sev))
			worst = i;
	if (worst == SIZE_MAX || r->hits[worst].sev < HS_SEV_HIGH)
		return;
	char inner[sizeof(r->hits[0].evidence)];
	memcpy(inner, r->hits[worst].evidence, sizeof(inner));
	hit(P, "php.stored_code_drop", r->hits[worst].sev, tok,
	    "decoded code -> %s() for another file to run, layer %d: %s", sink,
	    r->hits[worst].layer, inner);
}
