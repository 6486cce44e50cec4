/* Less common writers and loaders: what they write, where, and what runs
 * it afterwards.
 *
 * - fputcsv($h, $fields): fwrite() of the fields joined; a PHP string in
 *   a field is code dropped like any other.
 * - new SplFileObject($path, 'w') then ->fwrite($data) / ->fputcsv():
 *   fopen() and fwrite().
 * - A file written from the request, remembered by its known name (at
 *   most WROTE_MAX), then: dl() of it (a native module: a shell that
 *   disable_functions does not stop), ZipArchive->extractTo() of it into a
 *   directory that is not a temp dir (the request's files unpacked into
 *   the site), or a .user.ini / .htaccess written with auto_prepend_file
 *   (the request's code run before every page).
 * - imap_open() whose server string holds -oProxyCommand (the IMAP
 *   library starts it through rsh/ssh: a command line), from input.
 * - Phar->setMetadata() of input, with a phar:// path in the file: the
 *   metadata is unserialized when the archive is opened (a gadget).
 * - session_save_path() into a served directory (not a temp dir) with PHP
 *   code stored in $_SESSION: the session file is code.
 * - fopen()/file_get_contents() of expect:// is a command.
 * - pathinfo() of input is input (a part of the name), without a
 *   directory, as basename() is.
 * - $HTTP_RAW_POST_DATA is the request's body. */

#include "scan/php_ev.h"

#define WROTE_MAX 8

struct ev_write {
	struct {
		const unsigned char *s;
		uint32_t n;
		bool input; /* request data, or data the file decoded */
	} wrote[WROTE_MAX];
	int nwrote;
	bool input_written;           /* some input went to a file */
	struct pv zip;                /* the path ZipArchive->open() got */
	bool sess_served;             /* session_save_path() outside the temp dirs */
	bool prepend, prepend_hit;    /* a .user.ini/.htaccess with auto_prepend_file */
	bool cgi, cgi_input, cgi_hit; /* an .htaccess that runs CGI; a script of input */
	bool gconv, gconv_hit;        /* a gconv-modules file written (ev_gconv_env) */
	/* the last known path fopen()ed for writing: fwrite() of decoded data to a
	 * handle records it as written (a dropped program, ev_run_dropped) */
	const unsigned char *opened;
	uint32_t openedn;
	/* train6: what was written to a php://memory / php://temp stream or a
	 * tmpfile() (one store for all of them): read back, or included by
	 * the path stream_get_meta_data() gives */
	struct pv mem;
	bool mem_set;
};

const char how_memstream[] = "a memory or temp stream";

static struct ev_write *W(struct C *C)
{
	if (!C->wr)
		C->wr = amem(C, sizeof(*C->wr));
	return C->wr;
}

static bool ends_nocase(const struct pv *v, const char *sfx)
{
	size_t l = strlen(sfx);
	const unsigned char *s = is_str(v) ? v->s : v->sfx;
	size_t n = is_str(v) ? v->n : v->sfxn;
	return s && n >= l && !strncasecmp((const char *)s + n - l, sfx, l);
}

static bool tmp_path(const struct pv *v)
{
	return starts_nocase(v, "/tmp") || starts_nocase(v, "/var/tmp") ||
	       starts_nocase(v, "/dev/shm") || starts_nocase(v, "/var/lib/php");
}

/* the last path component, for comparing a write with a later use */
static void last_part(const struct pv *v, const unsigned char **s, size_t *n)
{
	*s = NULL;
	*n = 0;
	const unsigned char *p = is_str(v) ? v->s : v->sfx;
	size_t l = is_str(v) ? v->n : v->sfxn;
	if (!p || !l)
		return;
	base_name(p, l, s, n);
}

static int wrote_find(struct C *C, const struct pv *path)
{
	struct ev_write *w = W(C);
	const unsigned char *b;
	size_t bn;
	last_part(path, &b, &bn);
	for (int i = 0; b && bn && i < w->nwrote; i++)
		if (w->wrote[i].n == bn && !memcmp(w->wrote[i].s, b, bn))
			return i;
	return -1;
}

/* file_put_contents($path, $data): remember a known name written with the
 * request's data (or data the file decoded: a module it carries); a
 * .user.ini/.htaccess that prepends a file */
void ev_wrote(struct P *P, const struct pv *path, const struct pv *data, size_t tok,
              const char *sink)
{
	struct C *C = P->C;
	struct ev_write *w = W(C);
	bool in = data->taint != 0;
	w->input_written |= in;
	if ((ends_nocase(path, ".user.ini") || ends_nocase(path, ".htaccess")) && data->s &&
	    (memmem(data->s, data->n, "auto_prepend_file", 17) ||
	     memmem(data->s, data->n, "auto_append_file", 16)))
		w->prepend = true;
	/* in either order: the configuration, and the request written */
	if (w->prepend && w->input_written && !w->prepend_hit) {
		w->prepend_hit = true;
		hit(P, "php.prepend_config_write", HS_SEV_HIGH, tok,
		    "%s(): a PHP configuration that runs another file first "
		    "(auto_prepend_file) written, and request data written to a file",
		    sink);
	}
	/* an .htaccess that makes a directory run CGI scripts (Options +ExecCGI,
	 * AddHandler/SetHandler cgi-script), and a script ("#!...") holding
	 * request data written: the request's commands run by the web server
	 * outside PHP and its disable_functions */
	if (ends_nocase(path, ".htaccess") && data->s &&
	    (memmem(data->s, data->n, "cgi-script", 10) || memmem(data->s, data->n, "ExecCGI", 7)))
		w->cgi = true;
	if (in && data->s && data->n >= 2 && data->s[0] == '#' && data->s[1] == '!')
		w->cgi_input = true;
	if (ends_nocase(path, "gconv-modules"))
		w->gconv = true;
	if (w->cgi && w->cgi_input && !w->cgi_hit) {
		w->cgi_hit = true;
		hit(P, "php.cgi_handler_write", HS_SEV_HIGH, tok,
		    "%s(): an .htaccess that runs CGI scripts written, and a script holding "
		    "request data written",
		    sink);
	}
	if (!in && !(data->fl & F_DECODED))
		return;
	drop_net_check(P, data); /* webhigh: a network shell written */
	const unsigned char *b;
	size_t bn;
	last_part(path, &b, &bn);
	if (!b || !bn || w->nwrote >= WROTE_MAX || wrote_find(C, path) >= 0)
		return;
	w->wrote[w->nwrote].s = b;
	w->wrote[w->nwrote].n = (uint32_t)bn;
	w->wrote[w->nwrote].input = in;
	w->nwrote++;
}

/* Was path (by its last component) written with the request's data? */
bool ev_wrote_input(struct P *P, const struct pv *path)
{
	if (!P->C->wr)
		return false;
	int i = wrote_find(P->C, path);
	return i >= 0 && W(P->C)->wrote[i].input;
}

/* putenv('GCONV_PATH=' . $dir) after the file wrote a gconv-modules file:
 * the next iconv() with the charset that file names loads the shared
 * object it points at, native code that disable_functions does not stop */
void ev_gconv_env(struct P *P, const struct pv *a0, size_t tok)
{
	struct C *C = P->C;
	if (!C->wr || !C->wr->gconv || C->wr->gconv_hit || !starts_nocase(a0, "GCONV_PATH="))
		return;
	C->wr->gconv_hit = true;
	hit(P, "php.gconv_module_load", HS_SEV_HIGH, tok,
	    "a gconv-modules file written, then putenv(GCONV_PATH=...): iconv() loads the shared "
	    "object it names");
}

/* fopen($path, 'w'): its known name, for ev_wrote_handle */
void ev_opened(struct P *P, const struct pv *path)
{
	struct ev_write *w = W(P->C);
	size_t bn;
	last_part(path, &w->opened, &bn);
	w->openedn = (uint32_t)bn;
}

/* fwrite()/fputs() of data the file decoded to a handle opened for writing:
 * the last path opened is written with it */
void ev_wrote_handle(struct P *P, const struct pv *data)
{
	struct C *C = P->C;
	struct ev_write *w = W(C);
	drop_net_check(P, data); /* webhigh: a network shell written */
	if (data->taint || !(data->fl & F_DECODED) || !w->opened || !w->openedn ||
	    w->nwrote >= WROTE_MAX)
		return;
	for (int i = 0; i < w->nwrote; i++)
		if (w->wrote[i].n == w->openedn && !memcmp(w->wrote[i].s, w->opened, w->openedn))
			return;
	w->wrote[w->nwrote].s = w->opened;
	w->wrote[w->nwrote].n = w->openedn;
	w->wrote[w->nwrote].input = false;
	w->nwrote++;
}

/* a program built from a decoded source (gcc -o PATH): written decoded */
void ev_wrote_prog(struct P *P, const unsigned char *s, size_t n)
{
	struct ev_write *w = W(P->C);
	if (w->nwrote >= WROTE_MAX || !n || n > 256)
		return;
	unsigned char *b = astr(P->C, n);
	if (!b)
		return;
	memcpy(b, s, n);
	w->wrote[w->nwrote].s = b;
	w->wrote[w->nwrote].n = (uint32_t)n;
	w->wrote[w->nwrote].input = false;
	w->nwrote++;
}

/* Is this word (a path or a name) the last part of a file written with data
 * the file decoded? */
static void file_part(const unsigned char *s, size_t n, const unsigned char **b, size_t *bn)
{
	const unsigned char *p = s + n;
	while (p > s && p[-1] != '/' && p[-1] != '\\')
		p--;
	*b = p;
	*bn = (size_t)(s + n - p);
}

bool ev_wrote_decoded(struct C *C, const unsigned char *s, size_t n)
{
	if (!C->wr || !C->wr->nwrote || !s || !n)
		return false;
	const unsigned char *b, *wb;
	size_t bn, wbn;
	file_part(s, n, &b, &bn);
	for (int i = 0; bn && i < C->wr->nwrote; i++) {
		if (C->wr->wrote[i].input)
			continue;
		file_part(C->wr->wrote[i].s, C->wr->wrote[i].n, &wb, &wbn);
		if (wbn == bn && !memcmp(wb, b, bn))
			return true;
	}
	return false;
}

/* a literal of the file holding text (case-insensitive): for shapes whose
 * pieces are rarely in one expression (a ProxyCommand, a phar:// path) */
static bool file_literal(const struct P *P, const char *needle)
{
	size_t l = strlen(needle);
	const struct php_lex *lx = P->lx;
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_STR || t->vlen < l)
			continue;
		const unsigned char *v = php_tok_val(lx, t);
		for (size_t i = 0; i + l <= t->vlen; i++)
			if (!strncasecmp((const char *)v + i, needle, l))
				return true;
	}
	return false;
}

/* The arguments of the call at token tok name the site's own directory:
 * __DIR__, __FILE__, DOCUMENT_ROOT, getcwd(). */
static bool site_path_arg(const struct P *P, size_t tok)
{
	const struct php_lex *lx = P->lx;
	if (tok + 1 >= lx->n || !php_tok_op(lx, &lx->t[tok + 1], "("))
		return false;
	size_t close = lx->t[tok + 1].match;
	for (size_t k = tok + 2; k < close && k < lx->n && k < tok + 64; k++) {
		const struct php_token *t = &lx->t[k];
		if ((t->type == PT_IDENT &&
		     (php_tok_word(lx, t, "__dir__") || php_tok_word(lx, t, "__file__") ||
		      php_tok_word(lx, t, "getcwd"))) ||
		    (t->type == PT_STR && t->vlen == 13 &&
		     !memcmp(php_tok_val(lx, t), "DOCUMENT_ROOT", 13)))
			return true;
	}
	return false;
}

/* dl($module) */
static void dl_call(struct P *P, const struct pv *a0, size_t tok)
{
	struct C *C = P->C;
	int i = wrote_find(C, a0);
	if (a0->taint || ((a0->fl & F_HOLDSIN) && a0->how != how_fetched_file) ||
	    (i >= 0 && W(C)->wrote[i].input))
		hit(P, "php.native_module_load", HS_SEV_CRITICAL, tok,
		    "dl() of a module written from the request");
	else if (i >= 0)
		hit(P, "php.native_module_load", HS_SEV_HIGH, tok,
		    "dl() of a module the file decoded and wrote");
}

static void imap_call(struct P *P, struct pv *args, int nargs, size_t tok)
{
	const struct pv *a0 = argp(args, nargs, 0);
	bool proxy =
	    (a0->s && memmem(a0->s, a0->n, "roxyCommand", 11)) || file_literal(P, "-oProxyCommand");
	if (!proxy)
		return;
	if (args_input(args, nargs) || a0->taint)
		hit(P, "php.imap_proxy_command", HS_SEV_CRITICAL, tok,
		    "%s -> imap_open() with -oProxyCommand (a command line)", trail(P, a0));
	else
		hit(P, "php.imap_proxy_command", HS_SEV_HIGH, tok,
		    "imap_open() with -oProxyCommand (a command line the IMAP library runs)");
}

/* fwrite() to a memory stream: keep what it holds */
void ev_mem_write(struct P *P, const struct pv *h, const struct pv *data)
{
	if (h->how != how_memstream)
		return;
	struct ev_write *w = W(P->C);
	if (!w->mem_set) {
		w->mem = *data;
		w->mem_set = true;
	} else {
		uint16_t t = w->mem.taint;
		uint32_t fl = w->mem.fl & (F_REMOTE | F_DECODED);
		const char *src = w->mem.src;
		w->mem = unk_like(data);
		w->mem.taint |= t;
		w->mem.fl |= fl;
		if (!w->mem.src)
			w->mem.src = src;
	}
}

/* fread()/stream_get_contents() of a memory stream: what was written */
bool ev_mem_read(struct P *P, const struct pv *h, struct pv *r)
{
	if (h->how != how_memstream || !P->C->wr || !P->C->wr->mem_set)
		return false;
	*r = P->C->wr->mem;
	return true;
}

/* stream_get_meta_data() of a tmpfile(): ['uri' => its path], a file
 * holding what was written (an include of it runs that) */
static void mem_meta(struct P *P, const struct pv *h, struct pv *r)
{
	struct C *C = P->C;
	if (h->how != how_memstream || !C->wr || !C->wr->mem_set)
		return;
	const struct pv *m = &C->wr->mem;
	struct pv uri = unk();
	if (m->taint) {
		uri.fl |= F_HOLDSIN;
		uri.how = m->src ? m->src : "input";
	} else if (m->fl & F_REMOTE) {
		uri.fl |= F_HOLDSIN;
		uri.how = how_fetched_file;
	} else {
		return;
	}
	r->k = K_ARR;
	r->a = arr_new(C);
	struct pv key = str_ref((const unsigned char *)"uri", 3, 0);
	arr_set(C, r->a, &key, &uri);
}

/* webhigh: a function the file calls but neither PHP nor the file defines,
 * given a file name and a long literal that is an encoded program (an ELF,
 * a script with #!, C source, a network shell; base64, once or twice):
 * the writer helper of the shell this fragment was cut from (c99's
 * cf("backc", $blob) with cf() left behind). The name is remembered as a
 * file written with decoded data, so starting it is what starting a
 * dropped program is (dropped_prog_text, drop_run). */
static bool encoded_program(const unsigned char *s, size_t n, bool *net)
{
	struct fbuf b = {0}, b2 = {0};
	bool r = false;
	*net = net_shell_text(s, n);
	fbuf_reset(&b, n);
	if (fold_base64(&b, s, n) && b.n >= 4) {
		const unsigned char *d = b.p;
		size_t dn = b.n;
		fbuf_reset(&b2, dn);
		if (!(dn >= 4 && !memcmp(d,
		                         "\x7f"
		                         "ELF",
		                         4)) &&
		    !(d[0] == '#' && d[1] == '!') && fold_base64(&b2, d, dn) && b2.n >= 4) {
			d = b2.p;
			dn = b2.n;
		}
		*net = *net || net_shell_text(d, dn);
		r = (dn >= 4 && !memcmp(d,
		                        "\x7f"
		                        "ELF",
		                        4)) ||
		    (d[0] == '#' && d[1] == '!') ||
		    find_nocase(d, dn < 512 ? dn : 512, "#include <") != NULL || *net;
	}
	fbuf_free(&b);
	fbuf_free(&b2);
	return r;
}

static void undefined_writer(struct P *P, const char *lname, struct pv *args, int nargs)
{
	struct C *C = P->C;
	if (nargs != 2 || fn_find(C, lname, NULL, false))
		return;
	const struct pv *a0 = &args[0], *a1 = &args[1];
	if (!is_str(a0) || !a0->n || a0->n > 128 || a0->taint || !is_str(a1) || a1->taint ||
	    a1->n < 256)
		return;
	for (uint32_t i = 0; i < a0->n; i++)
		if (a0->s[i] <= ' ' || a0->s[i] == '<' || a0->s[i] >= 0x7f)
			return;
	bool net;
	if (!encoded_program(a1->s, a1->n, &net))
		return;
	const unsigned char *b;
	size_t bn;
	last_part(a0, &b, &bn);
	if (!b || !bn)
		return;
	ev_wrote_prog(P, b, bn);
	if (net && !C->drop_net)
		C->drop_net = P->layer + 1;
	if (drop_path(a0) && !C->drop_dec)
		C->drop_dec = "base64_decode (in a helper the file calls but does not define)";
}

/* A function call_builtin does not model (B_NONE). */
void ev_none(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok, struct pv *r)
{
	struct C *C = P->C;
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1);
	if (ev_fw_func(C, lname, args, nargs, r))
		return;
	undefined_writer(P, lname, args, nargs);
	pay_db_read(lname, r); /* webhigh: mysqli_fetch_*() and co */
	/* webhigh: a part of the request's array is the request's
	 * (extract(array_intersect_key($_REQUEST, array_flip([..])))) */
	if (nargs >= 1 && (a0->taint || (a0->fl & F_SUPER)) &&
	    (!strcmp(lname, "array_intersect_key") || !strcmp(lname, "array_intersect_assoc") ||
	     !strcmp(lname, "array_intersect") || !strcmp(lname, "array_diff_key") ||
	     !strcmp(lname, "array_diff_assoc"))) {
		*r = *a0;
		return;
	}
	switch (lname[0]) {
	case 'f':
		if (!strcmp(lname, "fputcsv") && nargs >= 2) {
			struct pv sep = str_ref((const unsigned char *)",", 1, 0);
			struct pv line = a1->k == K_ARR ? do_implode(P, &sep, a1) : *a1;
			if (a1->k == K_ARR)
				line.taint |= arr_any(a1).taint;
			struct pv wargs[2] = {*a0, line};
			call_builtin(P, "fwrite", wargs, 2, NULL, tok, false, NULL);
		}
		return;
	case 'd':
		if (!strcmp(lname, "dl"))
			dl_call(P, a0, tok);
		return;
	case 'i':
		if (!strcmp(lname, "imap_open") || !strcmp(lname, "imap_mail_compose"))
			imap_call(P, args, nargs, tok);
		return;
	case 't':
		if (!strcmp(lname, "tmpfile")) {
			*r = unk();
			r->fl |= F_WHANDLE;
			r->how = how_memstream;
		}
		return;
	case 's':
		if (!strcmp(lname, "stream_get_meta_data") && nargs >= 1) {
			mem_meta(P, a0, r);
			return;
		}
		if (!strcmp(lname, "session_save_path") && nargs >= 1 && !tmp_path(a0) &&
		    (is_str(a0) || site_path_arg(P, tok)))
			W(C)->sess_served = true;
		return;
	default:
		return;
	}
}

/* $_SESSION[...] = $v (assign): PHP code kept in a session file saved into
 * the site. Request data stored in a session is not enough: every login
 * form does that, and applications keep their sessions in a private
 * directory of their own (ldap-account-manager's "../../sess"); the file is
 * a drop only when the script itself puts PHP code in it. */
void ev_session_store(struct P *P, const struct pv *v, size_t tok)
{
	if (!W(P->C)->sess_served)
		return;
	if (is_str(v) && v->n >= 5 && memmem(v->s, v->n, "<?", 2))
		hit(P, "php.session_code_drop", HS_SEV_HIGH, tok,
		    "PHP code stored in a session saved into the site (session_save_path)");
}

/* Methods of SplFileObject, ZipArchive, Phar (method_more). */
bool ev_write_method(struct P *P, const struct pv *obj, const char *m, struct pv *args, int nargs,
                     size_t tok, struct pv *ret)
{
	struct C *C = P->C;
	const struct pv *a0 = argp(args, nargs, 0);
	if (obj->k != K_OBJ || !obj->s || obj->n == 0 || obj->n > 20)
		return false;
	char oc[24];
	lower_copy(oc, sizeof(oc), obj->s, obj->n);
	if ((!strcmp(oc, "splfileobject") || !strcmp(oc, "spltempfileobject")) &&
	    (!strcmp(m, "fwrite") || !strcmp(m, "fputcsv")) && obj->a && obj->a->n >= 1) {
		struct pv oargs[2] = {obj->a->v[0].val,
		                      obj->a->n > 1 ? obj->a->v[1].val
		                                    : str_ref((const unsigned char *)"r", 1, 0)};
		struct pv h = call_builtin(P, "fopen", oargs, 2, NULL, tok, false, NULL);
		struct pv wargs[2] = {h, *a0};
		if (m[1] == 'p')
			ev_none(P, "fputcsv", wargs, 2, tok, ret);
		else
			call_builtin(P, "fwrite", wargs, 2, NULL, tok, false, NULL);
		*ret = unk();
		return true;
	}
	if (!strcmp(oc, "ziparchive")) {
		if (!strcmp(m, "open"))
			W(C)->zip = *a0;
		if (!strcmp(m, "extractto")) {
			struct ev_write *w = W(C);
			int i = wrote_find(C, &w->zip);
			if (((w->zip.fl & F_HOLDSIN) && w->zip.how != how_fetched_file) ||
			    (i >= 0 && w->wrote[i].input)) {
				if (!tmp_path(a0))
					hit(P, "php.input_to_file_write", HS_SEV_HIGH, tok,
					    "a zip written from the request -> "
					    "ZipArchive->extractTo() into the site");
			}
		}
		*ret = unk();
		if (!strcmp(m, "getfromname") || !strcmp(m, "getfromindex")) {
			/* fix8-web: a member of an archive kept beside the file,
			 * inflated: eval of it is php.decoded_file_eval (pay_code_sink) */
			ret->fl |= F_FILE | F_STORED | F_DECODED;
			ret->how = "ZipArchive->getFromName";
			return true;
		}
		return !strcmp(m, "open") || !strcmp(m, "extractto");
	}
	if ((!strcmp(oc, "phar") || !strcmp(oc, "phardata")) && !strcmp(m, "setmetadata")) {
		if (a0->taint && file_literal(P, "phar://"))
			hit(P, "php.phar_metadata_input", HS_SEV_HIGH, tok,
			    "%s -> Phar->setMetadata(), then a phar:// path (unserialized "
			    "when opened)",
			    trail(P, a0));
		*ret = unk();
		return true;
	}
	return false;
}

/* new SplFileObject($path, $mode): keep both for ->fwrite() */
void ev_write_new(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o)
{
	if (nargs < 1 || (strcmp(cls, "splfileobject") && strcmp(cls, "spltempfileobject")))
		return;
	o->a = arr_new(C);
	arr_set(C, o->a, NULL, &args[0]);
	if (nargs > 1)
		arr_set(C, o->a, NULL, &args[1]);
}
