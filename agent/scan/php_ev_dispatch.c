/* call_builtin(): what each modelled built-in does to its arguments and
 * which sink it is. Separate: one large dispatch over enum bid that the
 * rest of the interpreter only calls. */
#include "scan/php_ev.h"

#include <openssl/evp.h>

/* iconv($from, $to, $s): the text is $s. UTF-16LE/UCS-2LE text of ASCII
 * letters to UTF-8 folds (a name spelled with a zero after each letter). */
static struct pv iconv_fold(struct P *P, const struct pv *from, const struct pv *s)
{
	if (!is_str(s) || !is_str(from) || s->n < 2 || s->n % 2 || s->n > 4096 ||
	    !(starts_nocase(from, "UTF-16LE") || starts_nocase(from, "UCS-2LE")))
		return unk_like(s);
	unsigned char buf[2048];
	for (uint32_t i = 0; i < s->n; i += 2) {
		if (s->s[i + 1] || !s->s[i] || s->s[i] >= 0x80)
			return unk_like(s);
		buf[i / 2] = s->s[i];
	}
	struct pv r = str_of(P->C, buf, s->n / 2, F_FOLDED | F_DECODED);
	r.how = "iconv";
	return r;
}

/* Call the builtin lname (already known not to be a user function).
 * dynamic: called through a variable, an expression or a callback;
 * callee: that value (to tell a folded name from a plain one). */
/* popen() or proc_open() of a bare command interpreter (/bin/sh, bash -i,
 * cmd.exe, $_SERVER['COMSPEC']) with no script: an interactive shell whose
 * commands are written to its pipe, so no command string ever reaches a
 * sink. Programs an application runs are named with their arguments. */
static bool shell_spawn(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	static const char *const shells[] = {"sh",      "bash",       "dash",          "zsh",
	                                     "ksh",     "csh",        "tcsh",          "cmd",
	                                     "cmd.exe", "powershell", "powershell.exe"};
	bool bare = (v->fl & F_SHELLVAR) != 0;
	if (!bare && is_str(v) && v->n && v->n < 64) {
		size_t n = v->n;
		const unsigned char *s = v->s;
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
			n--;
		/* an interactive flag is still a bare shell */
		if (n > 3 && (!memcmp(s + n - 3, " -i", 3) || !memcmp(s + n - 3, " /k", 3) ||
		              !memcmp(s + n - 3, " /q", 3)))
			n -= 3;
		size_t b = n;
		while (b && s[b - 1] != '/' && s[b - 1] != '\\')
			b--;
		for (size_t i = 0; i < HS_ARRAY_LEN(shells) && !bare; i++)
			bare = n - b == strlen(shells[i]) &&
			       !strncasecmp((const char *)s + b, shells[i], n - b) &&
			       memchr(s, ' ', b) == NULL;
	}
	if (bare)
		hit(P, "php.shell_spawn", HS_SEV_MEDIUM, tok,
		    "%s() starts a bare command interpreter%s", sink,
		    (v->fl & F_SHELLVAR) ? " (COMSPEC/SHELL)" : "");
	return bare;
}

/* Is this preg_match() pattern a whitelist of one word: anchored at both
 * ends, one repeated atom of letters, digits, '_', '-' or '.' ("/^\\w+$/",
 * "/^([a-zA-Z0-9_]+)$/", "~^[a-z0-9.-]{1,64}$~i")? Not with /m, where ^ and
 * $ match at every line. */
/* train6: does the negated class of this stripping pattern ("[^\w.\-]",
 * "[^a-z0-9._-]") keep both '.' and letters? Not when it keeps '/' too:
 * such a pattern is no name sanitizer either way. */
static bool class_keeps_name(const unsigned char *b, size_t n)
{
	const unsigned char *c = memmem(b, n, "[^", 2);
	if (!c)
		return false;
	size_t i = (size_t)(c - b) + 2;
	bool dot = false, letters = false;
	for (; i < n && b[i] != ']'; i++) {
		if (b[i] == '\\' && i + 1 < n) {
			i++;
			if (b[i] == '.')
				dot = true;
			else if (b[i] == 'w')
				letters = true;
			continue;
		}
		if (b[i] == '.')
			dot = true;
		if ((b[i] == 'a' || b[i] == 'A') && i + 2 < n && b[i + 1] == '-')
			letters = true;
	}
	return dot && letters;
}

static bool word_whitelist(const struct pv *pat)
{
	if (!is_str(pat) || pat->n < 5 || pat->n > 128)
		return false;
	const unsigned char *s = pat->s;
	size_t n = pat->n;
	unsigned char d = s[0];
	if (d == '(')
		d = ')';
	else if (d == '{')
		d = '}';
	else if (d == '[')
		d = ']';
	else if (d == '<')
		d = '>';
	if ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') ||
	    d == '\\' || d == ' ')
		return false;
	size_t e = n - 1;
	while (e > 0 && s[e] != d)
		e--;
	if (e < 2)
		return false;
	for (size_t i = e + 1; i < n; i++)
		if (!strchr("iDuS", s[i]))
			return false;
	size_t i = 1, end = e;
	if (s[i++] != '^')
		return false;
	bool grp = false;
	if (i < end && s[i] == '(') {
		grp = true;
		i++;
		if (i + 1 < end && s[i] == '?' && s[i + 1] == ':')
			i += 2;
	}
	/* the atom */
	if (i + 1 < end && s[i] == '\\' && (s[i + 1] == 'w' || s[i + 1] == 'd')) {
		i += 2;
	} else if (i < end && s[i] == '[') {
		i++;
		if (i < end && s[i] == '^')
			return false;
		bool any = false;
		while (i < end && s[i] != ']') {
			unsigned char c = s[i];
			if (c == '\\' && i + 1 < end && strchr("wd-._", s[i + 1])) {
				i += 2;
			} else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			           (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '.') {
				i++;
			} else {
				return false;
			}
			any = true;
		}
		if (i >= end || !any)
			return false;
		i++;
	} else {
		return false;
	}
	/* the repeat */
	if (i < end && (s[i] == '+' || s[i] == '*')) {
		i++;
	} else if (i < end && s[i] == '{') {
		i++;
		while (i < end && ((s[i] >= '0' && s[i] <= '9') || s[i] == ','))
			i++;
		if (i >= end || s[i] != '}')
			return false;
		i++;
	} else {
		return false;
	}
	if (grp) {
		if (i >= end || s[i] != ')')
			return false;
		i++;
	}
	if (i + 1 == end && s[i] == '$')
		return true;
	return i + 2 == end && s[i] == '\\' && s[i + 1] == 'z';
}

/* The functions whose third argument receives the pattern's groups, and
 * whether their pattern has delimiters (preg) or not (ereg, mb_ereg). */
static int regex_captures(const char *lname)
{
	static const char *const preg[] = {"preg_match", "preg_match_all"};
	static const char *const bare[] = {"ereg", "eregi", "mb_ereg", "mb_eregi"};
	return name_in(lname, preg, HS_ARRAY_LEN(preg))   ? 1
	       : name_in(lname, bare, HS_ARRAY_LEN(bare)) ? 2
	                                                  : 0;
}

/* Can only word characters match here: letters, digits, '_', '-', '.',
 * classes of them, \w \d, literal word text, repeats, '|' and groups? */
static bool words_only(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c == '_' || c == '-' || strchr("+*?{},|()^$", c))
			continue;
		if (c == '\\' && i + 1 < n && strchr("wd-._", s[i + 1])) {
			i++;
			continue;
		}
		if (c == '[') {
			if (i + 1 < n && s[i + 1] == '^')
				return false;
			for (i++; i < n && s[i] != ']'; i++) {
				unsigned char k = s[i];
				if (k == '\\' && i + 1 < n && strchr("wd-._", s[i + 1]))
					i++;
				else if (!((k >= '0' && k <= '9') || (k >= 'a' && k <= 'z') ||
				           (k >= 'A' && k <= 'Z') || k == '_' || k == '-' ||
				           k == '.'))
					return false;
			}
			if (i >= n)
				return false;
			continue;
		}
		return false; /* '.', \s, \S, any other class or escape */
	}
	return true;
}

/* Do the groups a regex captures hold only words (so what it copies out of
 * input cannot carry code or a command line)? Every capturing group is
 * checked; a pattern without one captures only the whole match, so then the
 * whole pattern is. A text that is not a literal pattern cannot be judged. */
static bool groups_are_words(const struct pv *pat, bool delimited)
{
	if (!is_str(pat) || pat->n == 0 || pat->n > 512)
		return false;
	const unsigned char *s = pat->s;
	size_t b = 0, e = pat->n;
	if (delimited) {
		unsigned char d = s[0];
		d = d == '(' ? ')' : d == '{' ? '}' : d == '[' ? ']' : d == '<' ? '>' : d;
		while (e > 1 && s[e - 1] != d)
			e--;
		if (e < 2)
			return false;
		b = 1;
		e--;
	}
	bool any = false;
	for (size_t i = b; i < e; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (s[i] != '(' || (i + 1 < e && s[i + 1] == '?'))
			continue;
		size_t depth = 1, j = i + 1;
		for (; j < e && depth; j++) {
			if (s[j] == '\\')
				j++;
			else if (s[j] == '(')
				depth++;
			else if (s[j] == ')')
				depth--;
		}
		if (depth)
			return false;
		if (!words_only(s + i + 1, j - 1 - (i + 1)))
			return false;
		any = true;
	}
	return any || words_only(s + b, e - b);
}

struct pv call_builtin(struct P *P, const char *lname, struct pv *args, int nargs, struct lv *alv,
                       size_t tok, bool dynamic, const struct pv *callee)
{
	struct C *C = P->C;
	enum bid id = builtin_id(lname);
	bool is_eval = !strcmp(lname, "eval");
	if (dynamic && callee && (dangerous(id) || is_eval)) {
		bool data_in = false;
		for (int i = 0; i < nargs; i++)
			data_in |= args[i].taint != 0;
		if (callee->fl & BUILT)
			hit(P, "php.obfuscated_callee", data_in ? HS_SEV_CRITICAL : HS_SEV_HIGH,
			    tok, "'%s' built by %s, called dynamically", lname,
			    callee->how ? callee->how : "folding");
		else if (!data_in && nargs > 0 && !is_str(&args[0]))
			hit(P, "php.dynamic_dangerous_call", HS_SEV_MEDIUM, tok,
			    "'%s' called through a variable or callback", lname);
	} else if (dynamic && callee && (callee->fl & (F_DECODED | F_ESCAPED)) && sensitive(id)) {
		hit(P, "php.obfuscated_callee", HS_SEV_MEDIUM, tok,
		    "'%s' built by %s, called dynamically", lname,
		    callee->how ? callee->how : "folding");
	}
	if (is_eval) {
		sink_code(P, argp(args, nargs, 0), tok, "eval");
		return unk();
	}
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1),
	                *a2 = argp(args, nargs, 2);
	struct pv r = unk();
	ev_arr_inplace(P, lname, args, nargs, alv);
	switch (id) {
	case B_NONE: {
		/* not modelled: a result that carries no input, but for a
		 * framework's request (php_ev_fw.c) */
		ev_none(P, lname, args, nargs, tok, &r); /* php_ev_write.c */
		return r;
	}
	case B_ASSERT:
		if (is_str(a0) || a0->taint ||
		    (a0->fl & (F_DECODED | F_REMOTE | F_ASSET | F_KEYIN)))
			sink_code(P, a0, tok, "assert");
		return r;
	case B_CREATE_FUNCTION: {
		sink_code(P, a1, tok, "create_function");
		if (is_str(a1) && !a1->taint && C->nlex < PHP_MAX_LAYERS + 1 &&
		    P->layer < PHP_MAX_LAYERS) {
			/* a callable whose body is the code, its parameters from a0 */
			struct fdef *f = amem(C, sizeof(*f));
			f->layer = P->layer + 1;
			struct php_lex *bl = xcalloc(1, sizeof(*bl));
			php_lex_run(bl, a1->s, a1->n, true, C->max_tokens);
			C->lex[C->nlex++] = bl;
			f->lx = bl;
			f->body_b = 0;
			f->body_e = bl->n ? bl->n - 1 : 0;
			if (is_str(a0) && C->nlex < PHP_MAX_LAYERS + 1) {
				struct php_lex *pl = xcalloc(1, sizeof(*pl));
				php_lex_run(pl, a0->s, a0->n, true, 256);
				C->lex[C->nlex++] = pl;
				for (size_t i = 0; i < pl->n && f->np < 16; i++)
					if (pl->t[i].type == PT_VAR) {
						f->p[f->np].name = php_tok_val(pl, &pl->t[i]);
						f->p[f->np].nlen = pl->t[i].vlen;
						f->np++;
					}
			}
			r.k = K_FUNC;
			r.fn = f;
		}
		return r;
	}
	case B_CMD:
		sink_cmd(P, a0, tok, sink_label(lname));
		if ((!strcmp(lname, "popen") || !strcmp(lname, "proc_open")) &&
		    pipe_more(P, lname, a0, nargs, alv, &r))
			return r;
		if ((!strcmp(lname, "popen") || !strcmp(lname, "proc_open")) &&
		    shell_spawn(P, a0, tok, lname)) {
			/* the shell's handle, or its pipes: what is written there is a command */
			r = unk();
			r.fl |= F_SHELLVAR;
			if (!strcmp(lname, "proc_open") && nargs >= 3 && alv &&
			    alv[2].kind != LV_NONE) {
				struct pv pipes = {.k = K_ARR, .a = arr_new(C)};
				struct pv k0 = num_of(C, 0);
				arr_set(C, pipes.a, &k0, &r);
				assign(P, &alv[2], &pipes);
			}
			return r;
		}
		r = unk_like(a0);
		pay_cmd_walk(P, a0, &r);
		return r;
	case B_GETENV:
		if (ev_env_get(P, a0, &r)) /* set by putenv() before (php_ev_flows.c) */
			return r;
		if (is_str(a0) &&
		    ((a0->n == 7 && !strncasecmp((const char *)a0->s, "COMSPEC", 7)) ||
		     (a0->n == 5 && !memcmp(a0->s, "SHELL", 5))))
			r.fl |= F_SHELLVAR;
		/* under CGI and FPM the request headers are the environment */
		if (http_header_name(a0)) {
			r.taint = T_HEADERS;
			r.src = afmt(C, "getenv('%.*s')", a0->n > 40 ? 40 : (int)a0->n,
			             (const char *)a0->s);
		}
		return r;
	case B_FILTER_INPUT:
		return filter_input_value(P, lname, a0, a1, a2, nargs);
	case B_PCNTL_EXEC: {
		struct pv x = *a0;
		merge_taint(&x, a1);
		merge_taint(&x, &(struct pv){.taint = arr_any(a1).taint});
		sink_cmd(P, &x, tok, "pcntl_exec");
		return r;
	}
	case B_PREG_REPLACE: {
		const unsigned char *body;
		size_t blen;
		char mods[16];
		/* a pattern from a picture's metadata: its /e modifier is not seen */
		if ((a0->fl & F_ASSET) && !is_str(a0))
			pay_code_sink(P, a0, tok, "preg_replace");
		if (preg_parts(a0, &body, &blen, mods, sizeof(mods)) && strchr(mods, 'e')) {
			struct pv code = *a1;
			if (code.k == K_ARR)
				code = arr_any(a1);
			sink_code(P, &code, tok, "preg_replace/e");
			/* /e runs the replacement with the matches of the subject in it */
			if (!code.taint && a2->taint && is_str(&code) &&
			    memchr(code.s, '\\', code.n))
				hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok,
				    "%s -> preg_replace/e()", trail(P, a2));
			return unk_like(a2);
		}
		struct pv o;
		if (fold_preg(P, a0, a1, a2, &o))
			return o;
		/* preg_replace('/[^a-z0-9_]/', '', $x): what is left cannot carry code */
		if (is_str(a0) && is_str(a1) && a1->n == 0 &&
		    preg_parts(a0, &body, &blen, mods, sizeof(mods)) &&
		    (memmem(body, blen, "[^", 2) || memmem(body, blen, "\\W", 2))) {
			/* train6: a class that keeps '.' with letters ('/[^\\w.\\-]/')
			 * leaves `x.php`: a name still, one that may end in a PHP
			 * extension; kept as input holding no directory */
			if (a2->taint && class_keeps_name(body, blen)) {
				r = unk_like(a2);
				r.fl |= F_BASENAME;
				return r;
			}
			return unk();
		}
		r = unk_like(a2);
		merge_taint(&r, a1);
		return r;
	}
	case B_MB_EREG_REPLACE:
		if (is_str(argp(args, nargs, 3)) && memchr(args[3].s, 'e', args[3].n))
			sink_code(P, a1, tok, lname);
		return unk_like(a2);
	case B_CB0: {
		struct pv cargs[8];
		int n = 0;
		for (int i = 1; i < nargs && n < 8; i++)
			cargs[n++] = args[i];
		return invoke(P, a0, cargs, n, tok, true);
	}
	case B_CB0ARR: {
		struct pv cargs[8];
		int n = 0;
		if (a1->k == K_ARR && a1->a && !a1->taint) {
			for (uint32_t i = 0; i < a1->a->n && n < 8; i++)
				cargs[n++] = a1->a->v[i].val;
		} else {
			cargs[n++] = cb_elem(a1);
		}
		return invoke(P, a0, cargs, n, tok, true);
	}
	case B_ARRAY_MAP: {
		/* array_map('chr', [115, 121, ...]): folded element by element */
		if (is_str(a0) && a1->k == K_ARR && a1->a && nargs == 2) {
			char fname[32];
			lower_copy(fname, sizeof(fname), a0->s, a0->n);
			enum bid fid = builtin_id(fname);
			if (!fn_find(C, fname, NULL, false) &&
			    (fid == B_CHR || fid == B_STRREV || fid == B_ROT13 || fid == B_TRIM ||
			     fid == B_BASE64_DECODE || fid == B_LOWER || fid == B_UPPER ||
			     fid == B_ORD || fid == B_UCFIRST || fid == B_LCFIRST ||
			     fid == B_UCWORDS || fid == B_LTRIM || fid == B_RTRIM ||
			     fid == B_HEX2BIN || fid == B_URLDECODE || fid == B_RAWURLDECODE ||
			     fid == B_STRVAL)) {
				struct pv out = unk();
				out.k = K_ARR;
				out.a = arr_new(C);
				for (uint32_t i = 0; i < a1->a->n; i++) {
					struct pv e = a1->a->v[i].val;
					struct pv x =
					    call_builtin(P, fname, &e, 1, NULL, tok, false, NULL);
					x.fl |= F_FOLDED;
					arr_set(C, out.a, &a1->a->v[i].key, &x);
				}
				merge_taint(&out, a1);
				return out;
			}
		}
		/* a closure over a literal array: its results (php_ev_arrays.c) */
		if (nargs == 2 && ev_map_closure(P, a0, a1, tok, &r))
			return r;
		struct pv cargs[4];
		int n = 0;
		for (int i = 1; i < nargs && n < 4; i++)
			cargs[n++] = cb_elem(&args[i]);
		struct pv x = cb_walk(P, a1, a0, cargs, n, tok);
		r.k = K_UNK;
		merge_taint(&r, &x);
		return r;
	}
	case B_CB1: {
		if (!strcmp(lname, "iterator_apply")) {
			/* iterator_apply($it, $f, $args): $f gets the elements of $args */
			struct pv cargs[8];
			int n = 0;
			if (a2->k == K_ARR && a2->a)
				for (uint32_t i = 0; i < a2->a->n && n < 8; i++)
					cargs[n++] = a2->a->v[i].val;
			cb_walk(P, a0, a1, cargs, n, tok); /* a loop (php_ev_mail.c) */
			return r;
		}
		if (nargs == 1 && !strcmp(lname, "array_filter") && ev_filter_plain(P, a0, &r))
			return r; /* no callback: the truthy elements (php_ev_arrays.c) */
		struct pv e = cb_elem(a0);
		struct pv cargs[2] = {e, e};
		cb_walk(P, a0, a1, cargs, 1, tok);
		if (!strcmp(lname, "array_filter") && a0->k == K_ARR)
			return *a0; /* some of the same elements: still a list */
		return unk_like(a0);
	}
	case B_USORT: {
		struct pv e = cb_elem(a0);
		struct pv cargs[2] = {e, e};
		cb_walk(P, a0, a1, cargs, 2, tok);
		return r;
	}
	case B_ARRAY_WALK: {
		struct pv e = cb_elem(a0);
		struct pv cargs[3] = {e, unk_like(a0), *a2};
		cb_walk(P, a0, a1, cargs, nargs > 2 ? 3 : 2, tok);
		return r;
	}
	case B_ARRAY_REDUCE: {
		if (ev_reduce_closure(P, a0, a1, a2, tok, &r)) /* php_ev_arrays.c */
			return r;
		struct pv cargs[2] = {*a2, cb_elem(a0)};
		return cb_walk(P, a0, a1, cargs, 2, tok);
	}
	case B_PREG_CB: {
		if (!strcmp(lname, "preg_replace_callback_array")) {
			/* [pattern => callback, ...], subject: each callback gets
			 * the matches of the subject */
			struct pv m = unk_like(a1);
			m.k = K_UNK;
			for (uint32_t i = 0; a0->k == K_ARR && a0->a && i < a0->a->n && i < 16;
			     i++) {
				struct pv cargs[1] = {m};
				invoke(P, &a0->a->v[i].val, cargs, 1, tok, true);
			}
			return unk_like(a1);
		}
		struct pv m = unk_like(a2);
		m.k = K_UNK;
		struct pv cargs[1] = {m};
		invoke(P, a1, cargs, 1, tok, true);
		return unk_like(a2);
	}
	case B_OB_START:
	case B_SET_HANDLER: {
		struct pv cargs[1] = {unk()};
		if (!strcmp(lname, "set_exception_handler"))
			cargs[0] = ev_thrown_input(P); /* php_ev_objects.c */
		if (!strcmp(lname, "spl_autoload_register") && a0->k != K_UNK)
			C->autoload = *a0; /* webhigh: run by new (php_ev_expr.c) */
		if (a0->k != K_UNK || a0->taint)
			invoke(P, a0, cargs, 1, tok, true);
		return r;
	}
	case B_FILE_PUT: {
		struct pv data = a1->k == K_ARR ? arr_any(a1) : *a1;
		pay_walk_write(P, a0, &data,
		               (is_str(a2) && memmem(a2->s, a2->n, "APPEND", 6)) ||
		                   (is_str(a2) && a2->n == 1 && a2->s[0] == '8'),
		               tok, lname);
		fetch_drop(P, a0, &data, false, tok, lname);
		if (drop_path(a0))
			drop_write(P, &data);
		if (data.fl & F_DECODED)
			keep_layer(P, &data);
		drop_code(P, &data, a0, tok, "file_put_contents");
		ev_wrote(P, a0, &data, tok, lname); /* php_ev_write.c */
		if (!is_script_path(a0))
			pay_store_write(P, &data, tok, "file_put_contents");
		if (data.s && (data.k == K_STR || data.k == K_UNK) && (data.fl & F_DECODED) &&
		    is_script_path(a0) && memmem(data.s, data.n, "<?", 2))
			hit(P, "php.remote_code_drop", HS_SEV_HIGH, tok,
			    "decoded PHP (%s) -> file_put_contents(a .php path)",
			    data.how ? data.how : "decoded");
		if ((data.fl & (F_STORED | F_DECODED)) == (F_STORED | F_DECODED) &&
		    !(data.fl & F_REMOTE) && is_script_path(a0))
			/* a reinfector: the loader rewritten from a copy the file
			 * keeps encoded in an option, a transient or another file */
			hit(P, "php.stored_code_drop", HS_SEV_HIGH, tok,
			    "code decoded (%s) from a stored copy -> file_put_contents(a .php "
			    "path)",
			    data.how ? data.how : "decoded");
		if ((data.fl & F_REMOTE) && is_script_path(a0))
			hit(P, "php.remote_code_drop", HS_SEV_HIGH, tok,
			    "code fetched from a URL -> file_put_contents(\"%.*s\")",
			    a0->n > 60 ? 60 : (int)a0->n, (const char *)a0->s);
		if (a0->taint && data.taint && !(P->sc->name_allow && !is_script_path(a0)))
			hit(P, "php.input_to_file_write", write_sev(P), tok,
			    "%s -> file_put_contents(path from %s)%s", trail(P, &data),
			    trail(P, a0), write_where(P));
		ev_written_put(P, alv, &data);
		return r;
	}
	case B_FWRITE: {
		if ((a0->fl & (F_WHANDLE | F_LISTED)) == (F_WHANDLE | F_LISTED))
			pay_walk_write(P, a0, a1, (a0->cred & CR_APPEND) != 0, tok, lname);
		if ((a0->fl & F_WHANDLE) && !(a0->fl & F_WSCRIPT))
			pay_store_write(P, a1, tok, lname);
		if (a0->fl & F_WSCRIPT)
			fetch_drop(P, a0, a1, true, tok, lname);
		if ((a0->fl & F_WHANDLE) && C->drop_open)
			drop_write(P, a1);
		if (a0->fl & F_WHANDLE)
			ev_wrote_handle(P, a1);
		if (a1->fl & F_DECODED)
			keep_layer(P, a1);
		if (a0->fl & F_WHANDLE)
			drop_code(P, a1, &(struct pv){0}, tok, lname);
		if (a0->wtaint && a1->taint && !P->sc->name_allow)
			hit(P, "php.input_to_file_write", write_sev(P), tok,
			    "%s -> %s(handle on a path from input)%s", trail(P, a1), lname,
			    write_where(P));
		ev_mem_write(P, a0, a1);
		if ((a0->fl & F_SHELLVAR) && a1->taint)
			hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
			    "%s -> %s(the pipe of a shell)", trail(P, a1), lname);
		if ((a0->fl & F_SOCKET) && (a1->fl & F_SMTP))
			sink_mail(P, tok, "SMTP commands written to a socket");
		if (a0->fl & F_MAILPIPE)
			sink_mail(P, tok, "a message written to a sendmail pipe");
		mail_write(P, a0, a1, tok);
		ev_written_fwrite(P, a0, a1);
		return r;
	}
	case B_MOVE_UPLOADED:
	case B_COPY: {
		if (id == B_COPY &&
		    ((a0->fl & F_REMOTE) || starts_nocase(a0, "http://") ||
		     starts_nocase(a0, "https://") || starts_nocase(a0, "ftp://")) &&
		    is_script_path(a1))
			hit(P, "php.remote_code_drop", HS_SEV_HIGH, tok, "a URL copied to \"%.*s\"",
			    a1->n > 60 ? 60 : (int)a1->n, (const char *)a1->s);
		if (id == B_COPY)
			drop_copy_data(P, a0, a1, tok);
		if (id == B_COPY && !(a0->taint & T_FILES))
			fetch_drop(P, a1, a0, false, tok, lname);
		if (id == B_COPY && starts_nocase(a0, "php://input")) {
			struct pv body = unk();
			body.taint = T_INPUT;
			body.src = src_names[7];
			write_more(P, lname, a1, &body, tok);
		}
		/* a chunked uploader: the request's data written to a part file,
		 * then renamed to the name the request gives */
		if (!strcmp(lname, "rename") && a1->taint && !a0->taint && !P->sc->type_check &&
		    ev_wrote_input(P, a0))
			hit(P, "php.input_to_file_write", write_sev(P), tok,
			    "request data written to a part file -> rename(to a name from %s)%s",
			    trail(P, a1), write_where(P));
		bool from_upload = id == B_MOVE_UPLOADED || (a0->taint & T_FILES);
		if (from_upload && a1->taint && !P->sc->type_check)
			hit(P, "php.upload_write", write_sev(P), tok,
			    "upload -> %s(destination from %s), no type check%s", lname,
			    trail(P, a1), write_where(P));
		return r;
	}
	case B_FOPEN: {
		r = unk();
		if (starts_nocase(a0, "expect://"))
			ev_include(P, a0, tok, lname); /* a command */
		if (starts_nocase(a0, "php://input")) {
			r.taint = T_INPUT;
			r.src = src_names[7];
		} else if (starts_nocase(a0, "http://") || starts_nocase(a0, "https://") ||
		           starts_nocase(a0, "ftp://")) {
			r.fl |= F_REMOTE | F_FILE;
		} else {
			r.fl |= F_FILE | pay_read_flags(a0);
			merge_taint(&r, a0);
		}
		if (starts_nocase(a0, "php://memory") || starts_nocase(a0, "php://temp")) {
			r = unk();
			r.fl |= F_WHANDLE;
			r.how = how_memstream;
			return r;
		}
		if (is_str(a1) && a1->n && memchr("waxc", a1->s[0], 4)) {
			r.wtaint = a0->taint;
			r.fl |= F_WHANDLE;
			r.fl &= ~(uint32_t)(F_FILE | F_ORIGIN);
			/* a handle on a name a walk found, for pay_walk_write */
			if ((a0->fl & F_LISTED) || (C->walks && !is_str(a0))) {
				r.fl |= F_LISTED;
				r.sfx = is_str(a0) ? a0->s : a0->sfx;
				r.sfxn = is_str(a0) ? a0->n : a0->sfxn;
			}
			if (is_script_path(a0))
				r.fl |= F_WSCRIPT;
			r.taint = 0;
			C->drop_open |= drop_path(a0);
			ev_written_open(P, alv);
			ev_opened(P, a0); /* php_ev_write.c: a dropped program */
		}
		return r;
	}
	case B_FSOCKOPEN:
		r.fl = F_SOCKET;
		return r;
	case B_MAIL:
		mail_call(P, lname, args, nargs, tok); /* the loop too (sink_mail) */
		return r;
	case B_GETALLHEADERS:
		r.k = K_ARR;
		r.a = arr_new(C);
		r.taint = T_HEADERS;
		r.src = src_names[6];
		return r;
	case B_FILE_GET_CONTENTS:
	case B_FILE: {
		if (starts_nocase(a0, "expect://"))
			ev_include(P, a0, tok, lname); /* a command */
		if (starts_nocase(a0, "php://input")) {
			r.taint = T_INPUT;
			r.src = src_names[7];
			return r;
		}
		r.fl = F_FILE;
		if (starts_nocase(a0, "http://") || starts_nocase(a0, "https://") ||
		    starts_nocase(a0, "ftp://"))
			r.fl |= F_REMOTE;
		else
			r.fl |= pay_read_flags(a0);
		/* the content of a file the request names (an upload, a URL) */
		merge_taint(&r, a0);
		r.fl &= ~F_KEYIN; /* a cache file named by a hash of the request */
		if (id == B_FILE) {
			struct pv a = unk();
			a.k = K_ARR;
			a.a = arr_new(C);
			a.fl = r.fl;
			merge_taint(&a, &r);
			return a;
		}
		return r;
	}
	case B_FREAD:
		if (ev_mem_read(P, a0, &r))
			return r;
		r = unk_like(a0);
		r.fl |= a0->fl & (F_FILE | F_REMOTE | F_ORIGIN);
		if (a0->fl & F_SOCKET)
			r.fl |= F_REMOTE; /* code read from a connection */
		return r;
	case B_CURL_EXEC:
		r.fl = F_REMOTE;
		return r;
	case B_STORE_GET: {
		/* an option the file stored from input is input (php_ev_entry.c) */
		struct pv o;
		if (ev_entry_more(P, lname, args, nargs, tok, &o) && o.taint)
			r = o;
		r.fl |= F_STORED;
		return r;
	}
	case B_STORE_PUT: {
		struct pv o;
		ev_entry_more(P, lname, args, nargs, tok, &o);
		pay_store_write(P, a1, tok, lname);
		return r;
	}
	case B_DECRYPT: {
		/* the cipher text: openssl_decrypt's first argument, mcrypt's third */
		const struct pv *ct = lname[0] == 'm' ? a2 : a0;
		if (ev_cipher_fold(P, lname, args, nargs, &r))
			return r; /* the key is in the file (php_ev_cipher.c) */
		r = unk_like(ct);
		r.fl |= F_DECODED;
		r.how = lname[0] == 'm' ? "mcrypt_decrypt" : "openssl_decrypt";
		if (lname[0] == 's')
			r.how = "a sodium decryption"; /* fix8-web */
		if (strstr(lname, "public_") || strstr(lname, "private_")) {
			/* openssl_public_decrypt($data, &$out, $key): the plain text
			 * goes to $out, the return value is a success flag */
			r.how =
			    lname[9] == 'u' ? "openssl_public_decrypt" : "openssl_private_decrypt";
			if (nargs >= 2 && alv && alv[1].kind != LV_NONE)
				assign(P, &alv[1], &r);
			return unk();
		}
		return r;
	}
	case B_IMGMETA:
		r.k = K_ARR;
		r.a = arr_new(C);
		r.fl = F_STORED | F_ASSET;
		return r;
	case B_LISTDIR:
		C->walks = true;
		if (strcmp(lname, "readdir")) {
			r.k = K_ARR;
			r.a = arr_new(C);
		}
		r.fl = F_LISTED;
		return r;
	case B_EXTRACT:
	case B_IMPORT_REQ: {
		const struct pv *src = id == B_EXTRACT ? a0 : &(struct pv){.taint = T_REQUEST};
		uint16_t t = src->taint ? src->taint : (src->k == K_ARR ? arr_any(src).taint : 0);
		if (id == B_IMPORT_REQ)
			t = T_REQUEST;
		if (t) {
			P->sc->extract_taint |= t;
			P->sc->extract_src =
			    afmt(C, "%s(%s)", lname, src->src ? src->src : "input");
			if (id == B_EXTRACT)
				ev_extract_overwrite(P, args, nargs,
				                     t); /* webhigh (php_ev_vars.c) */
		} else if (src->k == K_ARR && src->a) {
			for (uint32_t i = 0; i < src->a->n; i++) {
				const struct pv *k = &src->a->v[i].key;
				if (is_str(k) && k->n && k->n < 64)
					set_var(P, P->sc, k->s, k->n, &src->a->v[i].val);
			}
		}
		return r;
	}
	case B_PARSE_STR: {
		struct pv qs;
		if (!a0->taint && ev_parse_str_known(P, a0, &qs)) {
			/* a known query string: its variables (php_ev_arrays.c) */
			if (nargs >= 2 && alv && alv[1].kind != LV_NONE)
				assign(P, &alv[1], &qs);
			else if (nargs < 2)
				for (uint32_t i = 0; i < qs.a->n && i < 64; i++)
					if (is_str(&qs.a->v[i].key) && qs.a->v[i].key.n)
						set_var(P, P->sc, qs.a->v[i].key.s,
						        qs.a->v[i].key.n, &qs.a->v[i].val);
			return r;
		}
		if (a0->taint) {
			if (nargs >= 2 && alv && alv[1].kind != LV_NONE) {
				struct pv t = unk();
				t.k = K_ARR;
				t.a = arr_new(C);
				merge_taint(&t, a0);
				/* its elements are input as $_GET's are (index_val) */
				t.fl |= F_SUPER;
				assign(P, &alv[1], &t);
			} else {
				P->sc->extract_taint |= a0->taint;
				P->sc->extract_src =
				    afmt(C, "parse_str(%s)", a0->src ? a0->src : "input");
			}
		}
		return r;
	}
	case B_FUNC_GET_ARGS: {
		r.k = K_ARR;
		r.a = arr_new(C);
		for (int i = 0; i < P->sc->nargs; i++)
			arr_set(C, r.a, NULL, &P->sc->args[i]);
		return r;
	}
	case B_FUNC_GET_ARG: {
		bool ok;
		long long k = to_int(a0, &ok);
		if (ok && k >= 0 && k < P->sc->nargs)
			return P->sc->args[k];
		return r;
	}
	case B_DEFINE:
		if (is_str(a0) && a0->n < 128) {
			struct var *v = map_find(&C->consts, a0->s, a0->n, false, true);
			v->v = *a1;
		}
		return r;
	case B_CONSTANT:
		if (is_str(a0)) {
			struct var *v = map_find(&C->consts, a0->s, a0->n, false, false);
			if (v)
				return v->v;
			/* constant('K::F'): class constants are kept by their name */
			const unsigned char *dc = memmem(a0->s, a0->n, "::", 2);
			if (dc && dc + 2 < a0->s + a0->n) {
				size_t off = (size_t)(dc + 2 - a0->s);
				v = map_find(&C->consts, dc + 2, a0->n - off, false, false);
				if (v)
					return v->v;
			}
		}
		return r;
	case B_TYPECHECK:
		P->sc->type_check = true;
		C->validations++;
		ev_checked(C, args, nargs);
		/* train6: the name matched against an allow-list of extensions
		 * (the if around it decides whether it guards: stmt_inner) */
		if ((!strcmp(lname, "preg_match") && nargs >= 2 && a1->taint &&
		     ext_allowlist(a0)) ||
		    (!strcmp(lname, "in_array") && nargs >= 2 && a0->taint &&
		     ext_list(a1, (a0->fl & F_BASENAME) != 0)))
			C->allow_guards++;
		if (!strcmp(lname, "pathinfo") && a0->taint) {
			/* a part of the name the request sent: still input; one
			 * part (nargs 2) holds no directory, as basename()'s */
			r = unk_like(a0);
			if (nargs >= 2)
				r.fl |= F_BASENAME;
			return r;
		}
		if (!strcmp(lname, "getimagesize") && nargs >= 2 && alv && alv[1].kind != LV_NONE) {
			/* getimagesize($f, $info): $info holds the APP segments (IPTC...) */
			struct pv m = {.k = K_ARR, .a = arr_new(C), .fl = F_STORED | F_ASSET};
			assign(P, &alv[1], &m);
		}
		/* preg_match('/^[a-zA-Z0-9_]+$/', $key): after the check the variable
		 * holds one word of letters and digits, which no quote, operator or
		 * blank can follow into code or a command line: not free input any
		 * more (whichever branch tests it: control flow is not followed) */
		int rx = regex_captures(lname);
		bool whitelist = rx == 1 && word_whitelist(a0);
		if (rx && nargs >= 2 && a1->taint && alv && alv[1].kind == LV_VAR &&
		    alv[1].nkeys == 0 && !alv[1].deep && whitelist) {
			struct pv t = *a1;
			t.taint = 0;
			t.src = t.via = NULL;
			assign(P, &alv[1], &t);
		}
		/* preg_match('/^(.*)$/s', $_POST['d'], $m): the groups are pieces
		 * of the subject, so as much input as it was, unless the pattern
		 * lets only words through */
		if (rx && nargs >= 3 && alv && alv[2].kind != LV_NONE &&
		    (a1->taint || (a1->fl & (F_REMOTE | F_FILE | F_ORIGIN)) || a1->xf) &&
		    !whitelist && !groups_are_words(a0, rx == 1)) {
			/* (or of a fetched page, a file, an asset: a payload cut out
			 * of a style sheet's comment) */
			struct pv m = unk_like(a1);
			m.fl |= a1->fl & (F_REMOTE | F_FILE | F_ORIGIN);
			assign(P, &alv[2], &m);
		}
		return r;
	case B_KILL:
		/* train6: md5()/sha1() of known text folded (a key built as
		 * substr(md5('x'), 0, 0) . 'k'); of input it stays a hash */
		if ((!strcmp(lname, "md5") || !strcmp(lname, "sha1")) && nargs == 1 && is_str(a0) &&
		    !a0->taint && a0->n <= 65536) {
			unsigned char md[EVP_MAX_MD_SIZE];
			unsigned int ml = 0;
			char hex[2 * EVP_MAX_MD_SIZE + 1];
			if (EVP_Digest(a0->s, a0->n, md, &ml,
			               lname[0] == 'm' ? EVP_md5() : EVP_sha1(), NULL) == 1) {
				for (unsigned int i = 0; i < ml; i++)
					snprintf(hex + 2 * i, 3, "%02x", md[i]);
				return str_of(C, hex, 2 * ml, F_FOLDED);
			}
		}
		/* fix8-web: strpos() of known text in a known alphabet: the index
		 * (a base32/base58 decoder's strpos($alphabet, $ch)) */
		if (!strcmp(lname, "strpos") && nargs == 2 && is_str(a0) && is_str(a1) && a1->n &&
		    !a0->taint && !a1->taint && a0->n <= 4096) {
			const unsigned char *hitp = memmem(a0->s, a0->n, a1->s, a1->n);
			if (hitp)
				return num_of(C, (long long)(hitp - a0->s));
		}
		C->validations++;
		ev_checked(C, args, nargs);
		if (hash_of_input(lname, args, nargs))
			r.fl |= F_KEYIN;
		return r;
	case B_URLENC:
		C->validations++;
		if (a0->taint)
			r.fl |= F_URLENC;
		return r;
	case B_INTVAL: {
		bool ok;
		long long x = to_int(a0, &ok);
		return ok ? num_of(C, x) : r;
	}
	case B_STRLEN:
		return is_str(a0) ? num_of(C, a0->n) : r;
	case B_COUNT:
		return a0->k == K_ARR && a0->a && !(a0->fl & F_SUPER) ? num_of(C, a0->a->n) : r;
	case B_SHESC:
		r = unk_like(a0);
		/* escaping keeps the input where it was: after a fixed program it is
		 * still only that program's argument */
		r.fl |= F_SHESC | (a0->fl & F_KPREFIX);
		return r;
	case B_STRREV:
	case B_ROT13:
	case B_LOWER:
	case B_UPPER:
	case B_UCFIRST:
	case B_LCFIRST:
	case B_UCWORDS:
	case B_BASE64_DECODE:
	case B_BASE64_ENCODE:
	case B_HEX2BIN:
	case B_BIN2HEX:
	case B_URLDECODE:
	case B_RAWURLDECODE:
	case B_UUDECODE:
	case B_GZINFLATE:
	case B_GZUNCOMPRESS:
	case B_GZDECODE:
	case B_STRIPSLASHES:
	case B_ENTITY_DECODE:
		return fold1(P, a0, id);
	case B_TRIM:
	case B_LTRIM:
	case B_RTRIM: {
		if (!is_str(a0) || (nargs > 1 && !is_str(a1)))
			return unk_like(a0);
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		char w = id == B_TRIM ? 'b' : id == B_LTRIM ? 'l' : 'r';
		if (!fold_trim(fb, a0->s, a0->n, nargs > 1 ? a1->s : NULL, nargs > 1 ? a1->n : 0,
		               w))
			return unk_like(a0);
		return from_fb(P, (a0->fl & (BUILT)), a0->how, a0);
	}
	case B_PACK: {
		if (is_str(a0) && a0->n >= 1 && (a0->s[0] == 'H' || a0->s[0] == 'h') &&
		    is_str(a1)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			if (a0->s[0] == 'H' && fold_hex2bin(fb, a1->s, a1->n & ~1u))
				return from_fb(P, F_FOLDED | F_DECODED, "pack", a1);
			return unk_like(a1);
		}
		if (is_str(a0) && a0->n >= 1 && (a0->s[0] == 'C' || a0->s[0] == 'c')) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			for (int i = 1; i < nargs; i++) {
				bool ok;
				long long x = to_int(&args[i], &ok);
				unsigned char c = (unsigned char)x;
				if (!ok || !fbuf_put(fb, &c, 1))
					return unk();
			}
			return from_fb(P, F_FOLDED | F_DECODED, "pack", NULL);
		}
		return unk_like(a1);
	}
	case B_STR_REPLACE:
	case B_STR_IREPLACE: {
		if (!is_str(a2)) {
			r = unk_like(a2);
			merge_taint(&r, a1);
			pay_replace(P, &r, a1);
			return r;
		}
		struct pv cur = *a2;
		bool nocase = id == B_STR_IREPLACE;
		if (a0->k == K_ARR && a0->a) {
			for (uint32_t i = 0; i < a0->a->n; i++) {
				const struct pv *from = &a0->a->v[i].val;
				const struct pv *to = a1;
				if (a1->k == K_ARR && a1->a)
					to = i < a1->a->n
					         ? &a1->a->v[i].val
					         : &(struct pv){.k = K_STR,
					                        .s = (const unsigned char *)"",
					                        .n = 0};
				if (!is_str(from) || !is_str(to))
					return unk_like(a2);
				struct fbuf *fb = &C->fb;
				fbuf_reset(fb, fold_room(C));
				if (!fold_replace(fb, cur.s, cur.n, from->s, from->n, to->s, to->n,
				                  nocase))
					return unk_like(a2);
				cur = from_fb(P, (F_FOLDED | (a2->fl & BUILT)), "str_replace", a2);
				if (!is_str(&cur))
					return cur;
			}
			return cur;
		}
		if (!is_str(a0) || !is_str(a1)) {
			r = unk_like(a2);
			merge_taint(&r, a1);
			return r;
		}
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		if (!fold_replace(fb, a2->s, a2->n, a0->s, a0->n, a1->s, a1->n, nocase))
			return unk_like(a2);
		return from_fb(P, (F_FOLDED | (a2->fl & BUILT)), "str_replace", a2);
	}
	case B_SUBSTR: {
		bool ok1, ok2 = true;
		long long st = to_int(a1, &ok1), ln = nargs > 2 ? to_int(a2, &ok2) : 0;
		if (!is_str(a0) || !ok1 || !ok2)
			return unk_like(a0);
		long long n = a0->n;
		if (st < 0)
			st = n + st < 0 ? 0 : n + st;
		if (st > n)
			st = n;
		long long e =
		    nargs > 2 && a2->k == K_STR && a2->n ? (ln < 0 ? n + ln : st + ln) : n;
		if (e > n)
			e = n;
		if (e < st)
			e = st;
		struct pv o = str_of(C, a0->s + st, (size_t)(e - st),
		                     (F_FOLDED | (a0->fl & (F_DECODED | F_ESCAPED))));
		o.how = "substr";
		merge_taint(&o, a0);
		return o;
	}
	case B_STR_REPEAT: {
		bool ok;
		long long k = to_int(a1, &ok);
		if (!is_str(a0) || !ok || k < 0 || (unsigned long long)k * a0->n > fold_room(C))
			return unk_like(a0);
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		for (long long i = 0; i < k; i++)
			if (!fbuf_put(fb, a0->s, a0->n))
				return unk();
		return from_fb(P, F_FOLDED, "str_repeat", a0);
	}
	case B_SPRINTF:
		return do_sprintf(P, args, nargs);
	case B_IMPLODE:
		if (nargs == 1)
			return do_implode(
			    P, &(struct pv){.k = K_STR, .s = (const unsigned char *)"", .n = 0},
			    a0);
		if (a0->k == K_ARR)
			return do_implode(P, a1, a0);
		return do_implode(P, a0, a1);
	case B_EXPLODE: {
		r.k = K_ARR;
		r.a = arr_new(C);
		merge_taint(&r, a1);
		r.fl |= a1->fl & (F_FILE | F_REMOTE | F_ORIGIN);
		if (is_str(a0) && a0->n && is_str(a1)) {
			uint32_t st = 0;
			for (uint32_t i = 0; i + a0->n <= a1->n && r.a->n < ARR_MAX;) {
				if (!memcmp(a1->s + i, a0->s, a0->n)) {
					struct pv e = str_ref(a1->s + st, i - st,
					                      (F_FOLDED | (a1->fl & BUILT)));
					arr_set(C, r.a, NULL, &e);
					i += a0->n;
					st = i;
				} else {
					i++;
				}
			}
			struct pv e =
			    str_ref(a1->s + st, a1->n - st, (F_FOLDED | (a1->fl & BUILT)));
			arr_set(C, r.a, NULL, &e);
		}
		return r;
	}
	case B_CHR: {
		bool ok;
		long long x = to_int(a0, &ok);
		if (!ok)
			return unk_like(a0);
		unsigned char c = (unsigned char)(((x % 256) + 256) % 256);
		struct pv o = str_of(C, &c, 1, F_FOLDED);
		o.how = "chr";
		return o;
	}
	case B_ORD:
		if (is_str(a0) && a0->n)
			return num_of(C, a0->s[0]);
		/* a decryptor's loop: chr(ord($data[$i]) ^ ord($key[$j])) keeps
		 * where the data came from, the request included (a cookie-keyed
		 * XOR agent decrypts its input byte by byte before eval) */
		r = unk_like(a0);
		r.fl =
		    (a0->fl & (F_FILE | F_REMOTE | F_ORIGIN | F_KEYIN)) | (r.taint ? F_BYTEIN : 0u);
		return r;
	case B_STRVAL:
		return *a0;
	case B_STR_SPLIT: {
		bool ok = true;
		long long k = nargs > 1 ? to_int(a1, &ok) : 1;
		r.k = K_ARR;
		r.a = arr_new(C);
		merge_taint(&r, a0);
		if (is_str(a0) && ok && k > 0)
			for (uint32_t i = 0; i < a0->n && r.a->n < ARR_MAX; i += (uint32_t)k) {
				uint32_t l = (uint32_t)k < a0->n - i ? (uint32_t)k : a0->n - i;
				struct pv e = str_ref(a0->s + i, l, (F_FOLDED | (a0->fl & BUILT)));
				arr_set(C, r.a, NULL, &e);
			}
		return r;
	}
	case B_ARRAY_REVERSE:
	case B_ARRAY_VALUES:
	case B_ARRAY_SLICE: {
		if ((a0->fl & F_SERVER) && id != B_ARRAY_REVERSE)
			return server_list(a0);
		if (a0->k != K_ARR || !a0->a || (a0->fl & F_SUPER))
			return unk_like(a0);
		r.k = K_ARR;
		r.a = arr_new(C);
		r.taint = a0->taint;
		r.src = a0->src;
		/* a batch of a list read from a file or a URL is still that list
		 * (array_slice($lines, $off, 300): a mailer's cron batch) */
		r.fl |= a0->fl & (F_FILE | F_REMOTE | F_ORIGIN | F_DECODED);
		uint32_t n = a0->a->n, b = 0, e = n;
		if (id == B_ARRAY_SLICE) {
			bool ok;
			long long o = to_int(a1, &ok);
			if (!ok)
				return unk_like(a0);
			b = o < 0 ? (uint32_t)(n + o > 0 ? n + o : 0) : (uint32_t)(o > n ? n : o);
			if (nargs > 2) {
				long long l = to_int(a2, &ok);
				if (ok)
					e = l < 0 ? (uint32_t)(n + l > b ? n + l : b)
					          : (uint32_t)(b + l > n ? n : b + l);
			}
		}
		for (uint32_t i = b; i < e; i++) {
			uint32_t j = id == B_ARRAY_REVERSE ? n - 1 - i : i;
			arr_set(C, r.a, NULL, &a0->a->v[j].val);
		}
		return r;
	}
	case B_END:
	case B_RESET:
	case B_ARRAY_POP:
	case B_ARRAY_SHIFT:
		if (a0->k == K_ARR && a0->a && a0->a->n && !(a0->fl & F_SUPER)) {
			bool last = id == B_END || id == B_ARRAY_POP;
			struct pv e = a0->a->v[last ? a0->a->n - 1 : 0].val;
			merge_taint(&e, a0);
			return e;
		}
		return arr_any(a0);
	case B_STRTR: {
		if (nargs == 3 && is_str(a0) && is_str(a1) && is_str(a2)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			uint32_t m = a1->n < a2->n ? a1->n : a2->n;
			for (uint32_t i = 0; i < a0->n; i++) {
				unsigned char c = a0->s[i];
				for (uint32_t k = 0; k < m; k++)
					if (a1->s[k] == c) {
						c = a2->s[k];
						break;
					}
				if (!fbuf_put(fb, &c, 1))
					return unk();
			}
			return from_fb(P, (F_FOLDED | F_DECODED), "strtr", a0);
		}
		if (nargs == 2 && is_str(a0) && a1->k == K_ARR && a1->a) {
			struct pv cur = *a0;
			for (uint32_t i = 0; i < a1->a->n && i < 64; i++) {
				const struct pv *from = &a1->a->v[i].key, *to = &a1->a->v[i].val;
				if (!is_str(from) || !is_str(to))
					return unk_like(a0);
				struct fbuf *fb = &C->fb;
				fbuf_reset(fb, fold_room(C));
				if (!fold_replace(fb, cur.s, cur.n, from->s, from->n, to->s, to->n,
				                  false))
					return unk();
				cur = from_fb(P, (F_FOLDED | (a0->fl & BUILT)), "strtr", a0);
				if (!is_str(&cur))
					return cur;
			}
			return cur;
		}
		return unk_like(a0);
	}
	case B_ARRAY_MERGE: {
		r.k = K_ARR;
		r.a = arr_new(C);
		for (int i = 0; i < nargs; i++) {
			merge_taint(&r, &args[i]);
			if (args[i].k == K_ARR && args[i].a && !(args[i].fl & F_SUPER))
				for (uint32_t k = 0; k < args[i].a->n; k++) {
					merge_taint(&r, &args[i].a->v[k].val);
					bool ok;
					to_int(&args[i].a->v[k].key, &ok);
					arr_set(C, r.a,
					        (args[i].a->v[k].key.fl & F_NUM)
					            ? NULL
					            : &args[i].a->v[k].key,
					        &args[i].a->v[k].val);
				}
		}
		return r;
	}
	case B_COMPACT:
		ev_flow_more(P, lname, args, nargs, &r); /* php_ev_flows.c */
		return r;
	case B_SUBSTR_REPLACE: {
		bool ok1, ok2 = true;
		long long st = to_int(a2, &ok1);
		long long ln = nargs > 3 ? to_int(&args[3], &ok2) : a0->n;
		if (!is_str(a0) || !is_str(a1) || !ok1 || !ok2) {
			r = unk_like(a0);
			merge_taint(&r, a1);
			return r;
		}
		long long n = a0->n;
		if (st < 0)
			st = n + st < 0 ? 0 : n + st;
		if (st > n)
			st = n;
		long long e = ln < 0 ? n + ln : st + ln;
		if (e > n)
			e = n;
		if (e < st)
			e = st;
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		if (!fbuf_put(fb, a0->s, (size_t)st) || !fbuf_put(fb, a1->s, a1->n) ||
		    !fbuf_put(fb, a0->s + e, (size_t)(n - e)))
			return unk();
		return from_fb(P, (F_FOLDED | ((a0->fl | a1->fl) & BUILT)), "substr_replace", a0);
	}
	case B_CBLAST: {
		/* array_intersect_uassoc($a, $b, 'cb'): the callee is the last argument */
		if (nargs < 2)
			return r;
		struct pv e = cb_elem(a0);
		struct pv k = unk_like(a0);
		if (a0->k == K_ARR && a0->a && a0->a->n == 1)
			k = a0->a->v[0].key;
		struct pv cargs[2] = {k, e};
		if (strstr(lname, "udiff") || strstr(lname, "uintersect"))
			cargs[0] = e; /* a value comparator: two elements */
		invoke(P, &args[nargs - 1], cargs, 2, tok, true);
		return r;
	}
	case B_FILTER_VAR: {
		/* FILTER_CALLBACK: ['options' => callee], maybe one level down */
		struct pv okey = str_ref((const unsigned char *)"options", 7, 0);
		const struct pv *opts = nargs > 2 ? a2 : a1;
		struct pv cb = unk();
		if (opts->k == K_ARR && opts->a) {
			struct pel *o = arr_get(opts->a, &okey);
			if (o)
				cb = o->val;
			for (uint32_t i = 0; !o && i < opts->a->n; i++) {
				const struct pv *sub = &opts->a->v[i].val;
				if (sub->k == K_ARR && sub->a && (o = arr_get(sub->a, &okey)))
					cb = o->val;
			}
		}
		if (cb.k != K_UNK || cb.taint) {
			struct pv e = a0->k == K_ARR ? cb_elem(a0) : *a0;
			invoke(P, &cb, &e, 1, tok, true);
		}
		return unk_like(a0);
	}
	case B_UNPACK:
		/* fix8-web: unpack('C*', $s) / ('c*'): the bytes of a known string
		 * as numbers keyed from 1, a decryptor's input (chr($c ^ $k)) */
		if (is_str(a0) && a0->n == 2 && (a0->s[0] == 'C' || a0->s[0] == 'c') &&
		    a0->s[1] == '*' && is_str(a1) && !(a1->fl & F_NUM) && a1->n <= ARR_MAX) {
			r.k = K_ARR;
			r.a = arr_new(C);
			for (uint32_t i = 0; i < a1->n; i++) {
				int b = a0->s[0] == 'c' ? (int)(signed char)a1->s[i] : a1->s[i];
				struct pv k = num_of(C, (long long)i + 1), e = num_of(C, b);
				e.fl |= F_FOLDED | (a1->fl & BUILT);
				arr_set(C, r.a, &k, &e);
			}
			r.fl |= a1->fl & BUILT;
			return r;
		}
		return unk_like(a1);
	case B_UNSERIALIZE:
		if (nargs > 1 && ev_no_classes(a1) && !ev_allowed_gadget(C, a1))
			return unk_like(a0); /* no objects: no gadget */
		/* objects from the request: their properties are the attacker's
		 * (a gadget's __destruct or __toString runs on them) */
		if (a0->taint && !C->props_taint) {
			C->props_taint = a0->taint;
			C->props_src = afmt(C, "unserialize(%s)", a0->src ? a0->src : "input");
		}
		if (a0->taint)
			magic_unserialize(P, a0);
		return unk_like(a0);
	case B_SPLIT:
		/* preg_split('/[\r\n,;]+/', $_POST['emails']): a list of input */
		r.k = K_ARR;
		r.a = arr_new(C);
		merge_taint(&r, a1);
		r.fl |= a1->fl & (F_FILE | F_REMOTE);
		return r;
	case B_SOCKET_READ:
		r = unk();
		if (a0->fl & F_SOCKET)
			r.fl |= F_REMOTE;
		/* socket_recv($s, $buf, ...) and socket_recvfrom(): the data goes
		 * to the second argument */
		if (!strncmp(lname, "socket_recv", 11) && nargs >= 2 && alv &&
		    alv[1].kind != LV_NONE)
			assign(P, &alv[1], &r);
		return r;
	case B_MORE:
		if (!strcmp(lname, "putenv"))
			ev_gconv_env(P, a0, tok); /* php_ev_write.c */
		/* train6: hexdec('7f'), octdec, bindec of known digits: a number
		 * (a table of character codes decoded by chr(hexdec($h) ^ k)) */
		if ((!strcmp(lname, "hexdec") || !strcmp(lname, "octdec") ||
		     !strcmp(lname, "bindec")) &&
		    nargs == 1 && is_str(a0) && !a0->taint && a0->n > 0 && a0->n <= 15) {
			int base = lname[0] == 'h' ? 16 : lname[0] == 'o' ? 8 : 2;
			long long x = 0;
			for (uint32_t i = 0; i < a0->n; i++) {
				int c = a0->s[i] | 0x20, d = c >= '0' && c <= '9'   ? c - '0'
				                             : c >= 'a' && c <= 'f' ? c - 'a' + 10
				                                                    : 99;
				if (d < base) /* PHP ignores what is no digit of the base */
					x = x * base + d;
			}
			r = num_of(C, x);
			r.fl |= F_FOLDED;
			return r;
		}
		if (ev_str_more(P, lname, args, nargs, &r) ||
		    ev_flow_more(P, lname, args, nargs, &r) ||
		    ev_arr_more(P, lname, args, nargs, &r))
			return r;
		return more_builtin(P, lname, args, nargs, tok);
	case B_PASS: {
		if (!strcmp(lname, "session_id")) {
			/* the session cookie's value (no argument: the getter) */
			r = unk();
			if (nargs == 0) {
				r.taint = T_COOKIE;
				r.src = "session_id() (the session cookie)";
			}
			return r;
		}
		if (!strcmp(lname, "iconv"))
			return iconv_fold(P, a0, a2); /* the text is the third argument */
		r = unk_like(a0);
		if (!strcmp(lname, "sscanf")) {
			/* sscanf($_GET['x'], "%s %s", $a, $b): the pieces of the
			 * subject go to the variables after the format */
			for (int i = 2; alv && i < nargs; i++)
				if (alv[i].kind != LV_NONE)
					assign(P, &alv[i], &r);
			return r;
		}
		if ((!strcmp(lname, "basename") && nargs < 2) || !strcmp(lname, "realpath"))
			r.fl |= a0->fl & F_SELFPATH;
		if (a0->k == K_ARR)
			r.taint |= arr_any(a0).taint;
		return r;
	}
	}
	return r;
}
