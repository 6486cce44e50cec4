/* Round 4 of the webshell techniques: where the request enters code that
 * nothing in the file calls, and includes that run what the request sent.
 *
 * - WordPress entry points: a REST route's callback gets the request (a
 *   WP_REST_Request: get_param(), get_body(), $request['x'] are input);
 *   an option or transient the file stores from the request is the request
 *   when the file reads it back (update_option() in a wp_ajax_nopriv_ hook,
 *   get_option() then eval in an init hook), also when the reader runs
 *   first (ev_entry_late runs it again).
 * - Includes: through a wrapper (php://filter, zip://, phar://, expect://),
 *   of an upload's temp file, of a file the request's data was written to,
 *   of a stream_wrapper_register()ed class's stream (its stream_read()
 *   returns the code), and of a path with input in the middle of a fixed
 *   directory (../ walks out of it) unless the input went through
 *   basename() or was checked (in_array, preg_match...).
 *
 * Every table is small and fixed: what does not fit is not followed. */

#include "scan/php_ev.h"

#define ENT_OPTS  16
#define ENT_WRAPS 4
#define ENT_CHECK 16

struct ev_entry {
	struct {
		const unsigned char *s;
		uint32_t n;
		struct pv v; /* the stored value's input */
	} opt[ENT_OPTS];
	int nopt;
	struct {
		const unsigned char *s;
		uint32_t n;
	} read[ENT_OPTS]; /* options read before anything stored input there */
	int nread;
	bool late; /* input stored under a name read before: run the readers again */
	struct {
		char proto[16];
		char cls[64];
	} wrap[ENT_WRAPS];
	int nwrap;
	const char *checked[ENT_CHECK]; /* sources of input a validation looked at */
	int nchecked;
	/* the variable of the last fopen() for writing, for fwrite()'s data */
	const unsigned char *wvar;
	uint32_t wvarn;
	struct scope *wsc;
};

static struct ev_entry *ent(struct C *C)
{
	if (!C->ent)
		C->ent = amem(C, sizeof(*C->ent));
	return C->ent;
}

/* ---- WordPress */

static bool opt_setter(const char *l)
{
	return !strcmp(l, "update_option") || !strcmp(l, "add_option") ||
	       !strcmp(l, "update_site_option") || !strcmp(l, "add_site_option") ||
	       !strcmp(l, "set_transient") || !strcmp(l, "set_site_transient");
}

static bool opt_getter(const char *l)
{
	return !strcmp(l, "get_option") || !strcmp(l, "get_site_option") ||
	       !strcmp(l, "get_transient") || !strcmp(l, "get_site_transient");
}

static struct pv opt_get(struct P *P, const char *lname, const struct pv *name)
{
	struct C *C = P->C;
	struct ev_entry *E = ent(C);
	if (!is_str(name) || name->n == 0)
		return unk();
	for (int i = 0; i < E->nopt; i++)
		if (E->opt[i].n == name->n && !memcmp(E->opt[i].s, name->s, name->n)) {
			struct pv v = E->opt[i].v;
			v.via = afmt(C, "%s('%.*s')", lname, (int)(name->n > 32 ? 32 : name->n),
			             (const char *)name->s);
			return v;
		}
	for (int i = 0; i < E->nread; i++)
		if (E->read[i].n == name->n && !memcmp(E->read[i].s, name->s, name->n))
			return unk();
	if (E->nread < ENT_OPTS) {
		E->read[E->nread].s = name->s;
		E->read[E->nread].n = name->n;
		E->nread++;
	}
	return unk();
}

static void opt_set(struct P *P, const struct pv *name, const struct pv *val)
{
	struct ev_entry *E = ent(P->C);
	struct pv in = *val;
	if (in.k == K_ARR)
		in = arr_any(val);
	if (!is_str(name) || name->n == 0 || !(in.taint | val->taint))
		return;
	struct pv v = unk_like(val->taint ? val : &in);
	for (int i = 0; i < E->nread; i++)
		if (E->read[i].n == name->n && !memcmp(E->read[i].s, name->s, name->n))
			E->late = true;
	for (int i = 0; i < E->nopt; i++)
		if (E->opt[i].n == name->n && !memcmp(E->opt[i].s, name->s, name->n))
			return;
	if (E->nopt < ENT_OPTS) {
		E->opt[E->nopt].s = name->s;
		E->opt[E->nopt].n = name->n;
		E->opt[E->nopt].v = v;
		E->nopt++;
	}
}

/* The request a REST route's callback gets: every part of it is input. */
static struct pv rest_request(void)
{
	struct pv r = unk();
	r.taint = T_REQUEST;
	r.src = "WP_REST_Request";
	return r;
}

/* register_rest_route($ns, $route, ['callback' => cb, ...]) or a list of
 * such arrays (one endpoint per method). */
static void rest_route(struct P *P, const struct pv *a2, size_t tok)
{
	struct C *C = P->C;
	if (a2->k != K_ARR || !a2->a)
		return;
	struct pv key = str_ref((const unsigned char *)"callback", 8, 0);
	const struct parr *lists[9];
	int nl = 0;
	lists[nl++] = a2->a;
	for (uint32_t i = 0; i < a2->a->n && nl < 9; i++) {
		const struct pv *e = &a2->a->v[i].val;
		if (e->k == K_ARR && e->a)
			lists[nl++] = e->a;
	}
	for (int i = 0; i < nl && !C->stop; i++) {
		struct pel *cb = arr_get((struct parr *)lists[i], &key);
		if (!cb)
			continue;
		struct pv req = rest_request();
		invoke(P, &cb->val, &req, 1, tok, true);
	}
}

/* add_action($hook, cb) / add_filter / add_shortcode: the framework calls
 * cb with the request in the superglobals; its writes are not demoted as
 * code nothing in the file calls. */
static void hook_note(struct P *P, const struct pv *cb, uint8_t kind)
{
	struct C *C = P->C;
	struct fdef *f = NULL;
	char lname[64], cls[64] = "";
	if (cb->k == K_FUNC && cb->fn) {
		f = cb->fn;
	} else if (cb->k == K_ARR && cb->a && cb->a->n == 2 && is_str(&cb->a->v[1].val) &&
	           cb->a->v[1].val.n < 64) {
		const struct pv *o = &cb->a->v[0].val, *m = &cb->a->v[1].val;
		if (is_str(o) && o->n < 64)
			lower_copy(cls, sizeof(cls), o->s, o->n);
		else if (o->k == K_OBJ && o->s && o->n < 64)
			lower_copy(cls, sizeof(cls), o->s, o->n);
		lower_copy(lname, sizeof(lname), m->s, m->n);
		f = fn_find(C, lname, cls, true);
	} else if (is_str(cb) && cb->n && cb->n < 64) {
		const unsigned char *dc = memmem(cb->s, cb->n, "::", 2);
		if (dc) {
			lower_copy(cls, sizeof(cls), cb->s, (size_t)(dc - cb->s));
			lower_copy(lname, sizeof(lname), dc + 2, cb->n - (size_t)(dc + 2 - cb->s));
			f = fn_find(C, lname, cls, true);
		} else {
			lower_copy(lname, sizeof(lname), cb->s, cb->n);
			f = fn_find(C, lname, NULL, false);
		}
	}
	if (f && f->hooked < kind)
		f->hooked = kind;
}

/* What WordPress passes a shortcode's callback (its attributes, the text
 * it encloses) is what an author wrote in a post: input, for the uncalled
 * pass. Other hooks get WordPress's own objects (the REST server, the
 * query), not the request: tainting them made WordPress's own
 * rest-api.php call a callee "from input". */
void ev_hook_arg(struct pv *a)
{
	a->taint = T_REQUEST;
	a->src = "a hook callback's argument";
}

/* WP_Filesystem's put_contents($file, $data): file_put_contents */
void ev_method_sink(struct P *P, const char *m, struct pv *args, int nargs, size_t tok)
{
	if (!strcmp(m, "put_contents") && nargs >= 2)
		call_builtin(P, "file_put_contents", args, nargs, NULL, tok, false, NULL);
}

/* ---- includes through stream wrappers, of files holding input */

static void wrap_register(struct P *P, const struct pv *proto, const struct pv *cls)
{
	struct ev_entry *E = ent(P->C);
	if (!is_str(proto) || !is_str(cls) || proto->n == 0 || proto->n >= 16 || cls->n == 0 ||
	    cls->n >= 64 || E->nwrap >= ENT_WRAPS)
		return;
	lower_copy(E->wrap[E->nwrap].proto, 16, proto->s, proto->n);
	const unsigned char *b;
	size_t bn;
	base_name(cls->s, cls->n, &b, &bn);
	lower_copy(E->wrap[E->nwrap].cls, 64, b, bn);
	E->nwrap++;
}

/* include 'proto://...' of a registered wrapper: PHP opens the stream
 * through the class and runs what its stream_read() returns. */
static bool wrap_include(struct P *P, const struct pv *v, size_t tok, const char *what)
{
	struct C *C = P->C;
	struct ev_entry *E = C->ent;
	if (!E || !v->s || !E->nwrap)
		return false;
	for (int i = 0; i < E->nwrap; i++) {
		size_t pl = strlen(E->wrap[i].proto);
		if (v->n < pl + 3 ||
		    !name_eq(v->s, pl, (const unsigned char *)E->wrap[i].proto, pl, true) ||
		    memcmp(v->s + pl, "://", 3))
			continue;
		const char *cls = E->wrap[i].cls;
		struct fdef *op = fn_find(C, "stream_open", cls, true);
		struct fdef *rd = fn_find(C, "stream_read", cls, true);
		if (op && strcmp(op->cls, cls))
			op = NULL;
		if (rd && strcmp(rd->cls, cls))
			rd = NULL;
		if (!rd)
			return false;
		struct pv oargs[4] = {*v, str_ref((const unsigned char *)"rb", 2, 0), unk(), unk()};
		if (op)
			call_fdef(P, op, oargs, 4, NULL);
		struct pv n = num_of(C, 8192);
		struct pv code = call_fdef(P, rd, &n, 1, NULL);
		char sink[96];
		snprintf(sink, sizeof(sink), "%s of a %s:// stream (stream_wrapper_register)", what,
		         E->wrap[i].proto);
		const char *sk = afmt(C, "%s", sink);
		if (code.taint)
			hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s -> %s",
			    trail(P, &code), sk);
		else if (is_str(&code))
			decoded_layer(P, &code, tok, sk, false);
		else if ((code.fl & (F_FILE | F_STORED | F_REMOTE | F_ASSET)) && is_str(v) &&
		         strcmp(E->wrap[i].proto, "file"))
			/* fix8-web: a protocol of its own whose stream is another
			 * file's (or a URL's) bytes, included by a fixed name: the
			 * loader of code kept elsewhere, its path hidden from the
			 * include (an AOP or coverage loader wraps file:// itself) */
			hit(P, "php.wrapper_file_include", HS_SEV_HIGH, tok,
			    "%s: the class's stream returns %s", sk,
			    (code.fl & F_REMOTE) ? "data fetched from a URL"
			                         : "the bytes of another file");
		else if (code.fl & F_DECODED)
			hit(P, "php.obfuscated_eval", HS_SEV_MEDIUM, tok, "%s, decoded", sk);
		return true;
	}
	return false;
}

/* file_put_contents($path, input) with $path a plain variable: the
 * variable now names a file holding the request's data (an include of it
 * runs the request). */
static void written_var(struct scope *sc, const unsigned char *name, uint32_t n,
                        const struct pv *data)
{
	if (!name || !n)
		return;
	struct var *pv = map_find(&sc->vars, name, n, false, false);
	if (!pv || pv->v.taint)
		return;
	pv->v.fl |= F_HOLDSIN;
	pv->v.how = data->taint ? (data->src ? data->src : "input") : how_fetched_file;
}

const char how_fetched_file[] = "code fetched from a URL";

void ev_written_put(struct P *P, const struct lv *alv, const struct pv *data)
{
	if (!(data->taint || (data->fl & F_REMOTE)) || !alv || alv->kind != LV_VAR || alv->nkeys ||
	    alv->deep)
		return;
	written_var(alv->sc ? alv->sc : P->sc, alv->name, alv->nlen, data);
}

/* fopen($path, 'w') remembers $path; fwrite() of input to a handle
 * opened for writing marks it */
void ev_written_open(struct P *P, const struct lv *alv)
{
	struct ev_entry *E = ent(P->C);
	E->wvar = NULL;
	if (!alv || alv->kind != LV_VAR || alv->nkeys || alv->deep)
		return;
	E->wvar = alv->name;
	E->wvarn = alv->nlen;
	E->wsc = alv->sc ? alv->sc : P->sc;
}

void ev_written_fwrite(struct P *P, const struct pv *h, const struct pv *data)
{
	struct ev_entry *E = P->C->ent;
	if (!E || !E->wvar || !(h->fl & F_WHANDLE) || !(data->taint || (data->fl & F_REMOTE)) ||
	    E->wsc != P->sc)
		return;
	written_var(E->wsc, E->wvar, E->wvarn, data);
}

/* ---- checked input */

void ev_checked(struct C *C, const struct pv *args, int nargs)
{
	for (int i = 0; i < nargs && i < 2; i++) {
		if (!args[i].taint || !args[i].src)
			continue;
		struct ev_entry *E = ent(C);
		if (E->nchecked < ENT_CHECK)
			E->checked[E->nchecked++] = args[i].src;
	}
}

static bool was_checked(const struct C *C, const struct pv *v)
{
	if (!C->ent || !v->src)
		return false;
	for (int i = 0; i < C->ent->nchecked; i++)
		if (C->ent->checked[i] == v->src || !strcmp(C->ent->checked[i], v->src))
			return true;
	return false;
}

/* ---- the include sink */

static bool prefix_is(const struct pv *v, const char *p)
{
	size_t l = strlen(p);
	return v->s && v->n >= l && name_eq(v->s, l, (const unsigned char *)p, l, true);
}

/* a php://filter chain that decodes what it reads */
static bool filter_decodes(const struct pv *v)
{
	static const char *const dec[] = {"base64-decode", "rot13", "inflate",
	                                  "quoted-printable-decode", "uudecode"};
	size_t n = v->n;
	const unsigned char *r = memmem(v->s, n, "resource=", 9);
	if (r)
		n = (size_t)(r - v->s);
	for (size_t i = 0; i < HS_ARRAY_LEN(dec); i++)
		if (memmem(v->s, n, dec[i], strlen(dec[i])))
			return true;
	return false;
}

/* A capability or nonce check before tok: WordPress's own admin screens
 * include what an administrator picked (wp-admin/update.php: a plugin's
 * file), an administrator's screen composes the newsletter it mails. With
 * in_function, only in the same function (or file). */
bool ev_authz_before(struct C *C, const struct php_lex *lx, size_t tok, bool in_function)
{
	static const char *const names[] = {"current_user_can",   "check_admin_referer",
	                                    "check_ajax_referer", "wp_verify_nonce",
	                                    "user_can",           "is_super_admin"};
	/* bounded, and paid from the work budget: an include in a loop or a
	 * function evaluated again scans again */
	size_t lo = tok > 8000 ? tok - 8000 : 0;
	for (size_t k = tok < lx->n ? tok : lx->n; k-- > lo;) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type != PT_IDENT)
			continue;
		if (in_function && php_tok_word(lx, t, "function"))
			return false;
		for (size_t i = 0; i < HS_ARRAY_LEN(names); i++)
			if (php_tok_word(lx, t, names[i]))
				return true;
	}
	return false;
}

/* fix8-web: include 'zip://' . __DIR__ . '/x.tmp#data/cfg.bin' /
 * 'phar://' . __DIR__ . '/backup.zip/readme.txt': code packed in an
 * archive beside the file, run from a member that is no PHP file, or from
 * an archive named as something else (a font, a picture, a .tmp). A
 * phar:// include of lib.phar/autoload.php (a packaged library) is not. */
static bool archive_member_payload(struct P *P, const struct pv *v, size_t tok, const char *what)
{
	bool zip = prefix_is(v, "zip://"), phar = prefix_is(v, "phar://");
	if (!zip && !phar)
		return false;
	const unsigned char *e = is_str(v) ? v->s : v->sfx;
	size_t n = is_str(v) ? v->n : v->sfxn;
	if (!e || n < 5)
		return false;
	/* the member: after '#' (zip://), else after the archive's extension */
	const unsigned char *hash = memchr(e, '#', n);
	size_t mb = 0;
	if (hash) {
		mb = (size_t)(hash - e) + 1;
	} else {
		static const char *const exts[] = {".phar/", ".zip/", ".tar/", ".tgz/", ".gz/"};
		for (size_t k = 0; k < HS_ARRAY_LEN(exts) && !mb; k++) {
			const unsigned char *x = memmem(e, n, exts[k], strlen(exts[k]));
			if (x)
				mb = (size_t)(x - e) + strlen(exts[k]);
		}
		/* phar:// of any file name: the first "name.ext/" is the archive */
		for (size_t i = 0; phar && !mb && i + 3 < n; i++) {
			if (e[i] != '.')
				continue;
			size_t j = i + 1;
			while (j < n && j - i <= 5 &&
			       ((e[j] >= 'a' && e[j] <= 'z') || (e[j] >= 'A' && e[j] <= 'Z') ||
			        (e[j] >= '0' && e[j] <= '9')))
				j++;
			if (j < n && e[j] == '/' && j - i >= 3)
				mb = j + 1;
		}
	}
	if (!mb || mb >= n)
		return false;
	const unsigned char *m = e + mb;
	size_t ml = n - mb;
	/* a member with no extension is a phar's command (phar://composer.phar/bin/composer,
	 * the stub of every packaged tool) */
	const unsigned char *base = m + ml;
	while (base > m && base[-1] != '/')
		base--;
	bool php_member = (ml >= 4 && !strncasecmp((const char *)m + ml - 4, ".php", 4)) ||
	                  (ml >= 4 && !strncasecmp((const char *)m + ml - 4, ".inc", 4)) ||
	                  (base < m + ml && !memchr(base, '.', (size_t)(m + ml - base)));
	size_t al = mb - 1; /* the archive's name ends before '#' or '/' */
	bool plain_archive = (al > 5 && !strncasecmp((const char *)e + al - 5, ".phar", 5)) ||
	                     (al > 4 && !strncasecmp((const char *)e + al - 4, ".zip", 4)) ||
	                     (phar && !hash);
	if (php_member && plain_archive)
		return false;
	hit(P, "php.archive_payload_include", HS_SEV_HIGH, tok,
	    "%s of %.*s: code packed in an archive beside the file%s", what, n > 60 ? 60 : (int)n,
	    (const char *)e,
	    php_member ? " (an archive disguised by its name)"
	               : ", in a member that is no PHP file");
	return true;
}

/* Returns true when the include was judged here. */
bool ev_include(struct P *P, const struct pv *v, size_t tok, const char *what)
{
	struct C *C = P->C;
	if ((v->fl & F_HOLDSIN) && v->how == how_fetched_file) {
		hit(P, "php.remote_code_exec", HS_SEV_HIGH, tok,
		    "code fetched from a URL written to a file, then %s of that file", what);
		return true;
	}
	if (v->fl & F_HOLDSIN) {
		hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok,
		    "%s written to a file, then %s of that file", v->how ? v->how : "input", what);
		return true;
	}
	if (prefix_is(v, "data:") || prefix_is(v, "php://input"))
		return false; /* sink_include's own */
	if (wrap_include(P, v, tok, what))
		return true;
	if (prefix_is(v, "expect://")) {
		if (v->taint)
			hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
			    "%s -> %s of expect://", trail(P, v), what);
		else
			hit(P, "php.obfuscated_command", HS_SEV_MEDIUM, tok, "%s of expect://",
			    what);
		return true;
	}
	if (prefix_is(v, "php://filter")) {
		if (v->taint)
			hit(P, "php.input_to_include", HS_SEV_HIGH, tok, "%s -> %s of php://filter",
			    trail(P, v), what);
		else if (filter_decodes(v))
			hit(P, "php.obfuscated_include", HS_SEV_HIGH, tok,
			    "%s of a file decoded by php://filter (%.*s)", what,
			    v->n > 60 ? 60 : (int)v->n, (const char *)v->s);
		else
			return false;
		return true;
	}
	if (!v->taint && archive_member_payload(P, v, tok, what))
		return true;
	if (!v->taint)
		return false;
	bool archive = prefix_is(v, "zip://") || prefix_is(v, "phar://") ||
	               prefix_is(v, "compress.zlib://") || prefix_is(v, "compress.bzip2://") ||
	               prefix_is(v, "rar://");
	/* the request brings the code: an upload included (through an archive
	 * wrapper or as it is) */
	if ((v->taint & T_FILES) && (archive || !(v->fl & F_KPREFIX))) {
		hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s -> %s of the uploaded file%s",
		    trail(P, v), what, archive ? " (an archive wrapper)" : "");
		return true;
	}
	if (archive || prefix_is(v, "http://") || prefix_is(v, "https://") ||
	    prefix_is(v, "ftp://")) {
		hit(P, "php.input_to_include", HS_SEV_HIGH, tok, "%s -> %s of %.*s", trail(P, v),
		    what, v->n > 24 ? 24 : (int)v->n, (const char *)v->s);
		return true;
	}
	/* a bare file name (basename()), or input a validation looked at */
	if ((v->fl & F_BASENAME) || was_checked(C, v))
		return true;
	if (!(v->fl & F_KPREFIX))
		return false;
	/* input in the middle of a fixed path: ../ walks out of the directory;
	 * the host name of a multi-site config is not a path (servers refuse a
	 * Host with /) */
	if (!(v->taint & ~(uint16_t)T_SERVER) || ev_authz_before(C, P->lx, tok, true))
		return true;
	hit(P, "php.input_to_include", HS_SEV_HIGH, tok,
	    "%s -> %s of a path built around it (\"%.*s...\")", trail(P, v), what,
	    v->n > 40 ? 40 : (int)v->n, v->s ? (const char *)v->s : "");
	return true;
}

/* the input part of a concatenation went through basename() */
uint32_t ev_basename_join(const struct pv *a, const struct pv *b)
{
	bool any = (a->fl | b->fl) & F_BASENAME;
	if (!any || (a->taint && !(a->fl & F_BASENAME)) || (b->taint && !(b->fl & F_BASENAME)))
		return 0;
	return F_BASENAME;
}

/* ---- built-ins of this file (more_builtin) */

bool ev_entry_more(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok,
                   struct pv *r)
{
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1),
	                *a2 = argp(args, nargs, 2);
	if (opt_getter(lname)) {
		*r = opt_get(P, lname, a0);
		return true;
	}
	if (opt_setter(lname)) {
		opt_set(P, a0, a1);
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "add_action") || !strcmp(lname, "add_filter") ||
	    !strcmp(lname, "add_shortcode")) {
		hook_note(P, a1, lname[4] == 's' ? 2 : 1);
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "wp_parse_args") || !strcmp(lname, "map_deep") ||
	    !strcmp(lname, "esc_sql")) {
		/* the arguments merged over defaults; a mapped or escaped copy */
		*r = unk_like(a0);
		if (a0->k == K_ARR)
			r->taint |= arr_any(a0).taint;
		/* map_deep($x, 'absint'): numbers; other callbacks keep the text */
		if (!strcmp(lname, "map_deep") && is_str(a1) &&
		    (name_eq(a1->s, a1->n, (const unsigned char *)"absint", 6, true) ||
		     name_eq(a1->s, a1->n, (const unsigned char *)"intval", 6, true) ||
		     name_eq(a1->s, a1->n, (const unsigned char *)"floatval", 8, true)))
			*r = unk();
		return true;
	}
	if (!strcmp(lname, "shortcode_atts")) {
		/* the defaults, overridden by the attributes the shortcode got */
		*r = a0->k == K_ARR ? arr_copy(P->C, a0) : unk();
		merge_taint(r, a1);
		return true;
	}
	if (!strcmp(lname, "get_query_var")) {
		/* WordPress's query variables: the request's */
		*r = unk();
		r->taint = T_GET;
		r->src = is_str(a0) ? afmt(P->C, "get_query_var('%.*s')",
		                           (int)(a0->n > 32 ? 32 : a0->n), (const char *)a0->s)
		                    : "get_query_var()";
		return true;
	}
	if (!strcmp(lname, "register_rest_route")) {
		rest_route(P, a2, tok);
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "stream_wrapper_register") ||
	    !strcmp(lname, "stream_register_wrapper")) {
		wrap_register(P, a0, a1);
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "file_exists") || !strcmp(lname, "is_file") ||
	    !strcmp(lname, "is_readable") || !strcmp(lname, "stream_resolve_include_path")) {
		/* an application looks before it includes what the request named */
		ev_checked(P->C, args, 1);
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "realpath")) {
		ev_checked(P->C, args, 1);
		*r = unk_like(a0);
		r->fl |= a0->fl & F_SELFPATH; /* php_ev_payload.c: this very file */
		return true;
	}
	if (!strcmp(lname, "basename") || !strcmp(lname, "sanitize_file_name")) {
		*r = unk_like(a0);
		if (lname[0] == 'b' && nargs < 2)
			r->fl |= a0->fl & F_SELFPATH; /* php_ev_payload.c: this very file */
		if (a0->k == K_ARR)
			r->taint |= arr_any(a0).taint;
		if (r->taint)
			r->fl |= F_BASENAME;
		return true;
	}
	return false;
}

/* A method of an object that is input (a decoded JSON object, a REST
 * request, an object unserialized from the request) returns input; a
 * property of one is input. */
void ev_member_input(struct C *C, const struct pv *obj, const char *what, struct pv *v)
{
	/* WP_REST_Request's own accessors: the request, whoever holds it (a
	 * route callback registered in another file of the plugin) */
	static const char *const rest[] = {"get_param",       "get_params",       "get_json_params",
	                                   "get_body_params", "get_query_params", "get_file_params",
	                                   "get_url_params"};
	for (size_t i = 0;
	     what && !v->taint && !obj->taint && obj->k == K_UNK && i < HS_ARRAY_LEN(rest); i++)
		if (!strcmp(what, rest[i])) {
			v->taint = T_REQUEST;
			v->src = afmt(C, "WP_REST_Request->%s()", what);
			return;
		}
	if (v->taint || !obj->taint || v->k == K_FUNC)
		return;
	merge_taint(v, obj);
	if (obj->src && what)
		v->src = afmt(C, "%s->%s", obj->src, what);
}

/* unserialize($x, ['allowed_classes' => false or a list]): no gadget */
bool ev_no_classes(const struct pv *opts)
{
	if (opts->k != K_ARR || !opts->a)
		return false;
	struct pv key = str_ref((const unsigned char *)"allowed_classes", 15, 0);
	struct pel *e = arr_get(opts->a, &key);
	if (!e)
		return false;
	if (e->val.k == K_ARR)
		return true;
	return is_str(&e->val) &&
	       (e->val.n == 0 || (e->val.n == 1 && e->val.s[0] == '0') ||
	        name_eq(e->val.s, e->val.n, (const unsigned char *)"false", 5, true));
}

/* fix8-web: ['allowed_classes' => ['C', ...]] naming a class of this file
 * with a magic method PHP calls on an unserialized object (__destruct,
 * __wakeup, __toString, __unserialize, __call, __get): the allow-list lets
 * exactly that gadget in. */
bool ev_allowed_gadget(struct C *C, const struct pv *opts)
{
	static const char *const magic[] = {"__destruct",    "__wakeup", "__tostring",
	                                    "__unserialize", "__call",   "__get"};
	struct pv key = str_ref((const unsigned char *)"allowed_classes", 15, 0);
	struct pel *e = opts->k == K_ARR && opts->a ? arr_get(opts->a, &key) : NULL;
	if (!e || e->val.k != K_ARR || !e->val.a)
		return false;
	for (uint32_t i = 0; i < e->val.a->n && i < 16; i++) {
		const struct pv *c = &e->val.a->v[i].val;
		if (!is_str(c) || !c->n || c->n >= 64)
			continue;
		char cls[64];
		lower_copy(cls, sizeof(cls), c->s, c->n);
		const char *b = strrchr(cls, '\\');
		b = b ? b + 1 : cls;
		for (size_t k = 0; k < HS_ARRAY_LEN(magic); k++) {
			struct fdef *f = fn_find(C, magic[k], b, true);
			if (f && !strcmp(f->cls, b))
				return true;
		}
	}
	return false;
}

/* After the uncalled pass: input stored under an option name that code
 * read before (the reader ran first): run the readers again, once; and
 * the closures reading options that the pass did not run. */
static bool reads_option(const struct fdef *f)
{
	for (size_t k = f->body_b; k < f->body_e && k < f->lx->n; k++) {
		const struct php_token *t = &f->lx->t[k];
		if (t->type == PT_IDENT && (php_tok_word(f->lx, t, "get_option") ||
		                            php_tok_word(f->lx, t, "get_transient") ||
		                            php_tok_word(f->lx, t, "get_site_option") ||
		                            php_tok_word(f->lx, t, "get_site_transient")))
			return true;
	}
	return false;
}

void ev_entry_late(struct P *P, size_t first_fn)
{
	struct C *C = P->C;
	if (!C->ent || !C->ent->nopt)
		return;
	bool late = C->ent->late;
	C->ent->late = false;
	for (size_t i = first_fn; i < C->nfn && !C->stop && late; i++) {
		struct fdef *f = C->fn[i];
		if (!reads_option(f))
			continue;
		call_fdef(P, f, NULL, 0, NULL);
	}
	/* closures the uncalled pass left (nothing in them looked like a
	 * source) read what was stored */
	for (int i = 0; i < C->nclosures && !C->stop; i++) {
		struct pv *c = &C->closures[i];
		if ((!late && c->fn->evals > 0) || !reads_option(c->fn))
			continue;
		call_fdef(P, c->fn, NULL, 0, c->a ? c : NULL);
	}
}
