/* Mail, interpreter and write sinks: mail() and its relatives, pipes to
 * sendmail or to an interpreter, proc_open() argument arrays, FFI and
 * writes other than file_put_contents. Separate: sinks added as one block
 * (mail3) with their own built-ins (more_builtin). */
#include "scan/php_ev.h"

/* ------------------------------------------- mail, interpreter and write sinks (mail3) */

/* The program a command line starts: the base name of its first word
 * ("/usr/sbin/sendmail -t" -> "sendmail"). Known text, or the known
 * beginning of an unknown command line. */
static bool cmd_program(const struct pv *v, char *out, size_t outlen)
{
	if (!(is_str(v) || (v->k == K_UNK && v->s)) || !v->n)
		return false;
	size_t i = 0, n = v->n;
	while (i < n && (v->s[i] == ' ' || v->s[i] == '\t'))
		i++;
	size_t e = i;
	while (e < n && v->s[e] != ' ' && v->s[e] != '\t' && v->s[e] != '\n')
		e++;
	size_t b = e;
	while (b > i && v->s[b - 1] != '/' && v->s[b - 1] != '\\')
		b--;
	if (e == b || e - b >= outlen)
		return false;
	lower_copy(out, outlen, v->s + b, e - b);
	return true;
}

/* popen('/usr/sbin/sendmail -t', 'w'): a message written to the handle is
 * mail, its recipients in the headers written with it. */
static bool mail_program(const struct pv *v)
{
	static const char *const progs[] = {
	    "sendmail", "exim",         "exim4",    "ssmtp", "msmtp",
	    "mailx",    "qmail-inject", "postdrop", "mail",  "nullmailer-inject"};
	char p[32];
	if (!cmd_program(v, p, sizeof(p)))
		return false;
	for (size_t i = 0; i < HS_ARRAY_LEN(progs); i++)
		if (!strcmp(p, progs[i]))
			return true;
	/* train9: the MTA at a later stage of a pipeline (printf '%s' "$msg" |
	 * /usr/sbin/sendmail -oi "$to") */
	for (size_t k = 0; k + 1 < v->n; k++) {
		if (v->s[k] != '|' || v->s[k + 1] == '|' || (k > 0 && v->s[k - 1] == '|'))
			continue;
		struct pv st = *v;
		st.s = v->s + k + 1;
		st.n = v->n - k - 1;
		if (!cmd_program(&st, p, sizeof(p)))
			continue;
		for (size_t i = 0; i < HS_ARRAY_LEN(progs); i++)
			if (!strcmp(p, progs[i]))
				return true;
	}
	return false;
}

/* The parentheses of the call at tok (its '(' within three tokens), when
 * they hold a short argument list: what lex_mta_arg() and lex_bcc_arg()
 * read the literals of. */
static bool call_parens(const struct php_lex *lx, size_t tok, size_t *open, size_t *close)
{
	size_t o = tok;
	while (o < lx->n && o < tok + 3 && !php_tok_op(lx, &lx->t[o], "("))
		o++;
	if (o >= lx->n || !php_tok_op(lx, &lx->t[o], "("))
		return false;
	size_t c = lx->t[o].match;
	if (c <= o || c >= lx->n || c - o > 400)
		return false;
	*open = o;
	*close = c;
	return true;
}

/* train9: a literal of the call's arguments names an MTA at a pipeline's
 * later stage (exec("printf '%s' " . escapeshellarg($m) . " | sendmail -oi
 * " . $to)): the value built with input keeps only its known ends. */
static bool lex_mta_arg(const struct php_lex *lx, size_t tok)
{
	size_t open, close;
	if (!call_parens(lx, tok, &open, &close))
		return false;
	for (size_t k = open + 1; k < close; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_STR || t->vlen < 6)
			continue;
		const unsigned char *v = php_tok_val(lx, t);
		if (!memchr(v, '|', t->vlen))
			continue;
		struct pv sv = str_ref(v, t->vlen, 0);
		if (mail_program(&sv))
			return true;
	}
	return false;
}

/* train9: a literal of the call's arguments holds a Bcc header ("From: "
 * . $f . "\r\nBcc: " . implode(',', $chunk)): the built value keeps only
 * its known ends. */
static bool lex_bcc_arg(const struct php_lex *lx, size_t from, size_t tok)
{
	size_t open, close;
	if (!call_parens(lx, tok, &open, &close))
		return false;
	if (from >= tok || tok - from > 2000)
		from = open + 1;
	for (size_t k = from; k < close; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_STR || t->vlen < 4)
			continue;
		if (find_nocase(php_tok_val(lx, t), t->vlen, "bcc:"))
			return true;
	}
	return false;
}

/* train9: the dot-files a script names beside it ($dir . '/.l', "$d/.m"):
 * the distinct hidden names, the site's own dot-files (.env, .htaccess,
 * .user.ini, .well-known, .git...) not counted. A kit run from cron keeps
 * its list, its letter and its offset so; a mail merge names its CSV. */
static int hidden_files(const struct php_lex *lx)
{
	static const char *const own[] = {".env",        ".htaccess", ".htpasswd",  ".user.ini",
	                                  ".well-known", ".git",      ".gitignore", ".maintenance"};
	const unsigned char *seen[4];
	size_t seenn[4];
	int n = 0;
	for (size_t k = 0; k < lx->n && n < 4; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_STR || t->vlen < 3 || t->vlen > 200)
			continue;
		const unsigned char *v = php_tok_val(lx, t);
		size_t b = t->vlen;
		while (b > 0 && v[b - 1] != '/')
			b--;
		if (!b || b >= t->vlen || v[b] != '.' || t->vlen - b < 2 || t->vlen - b > 17)
			continue;
		bool ok = true, mine = false;
		for (size_t i = b + 1; i < t->vlen; i++)
			if (!((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') ||
			      (v[i] >= '0' && v[i] <= '9') || v[i] == '_' || v[i] == '-'))
				ok = false;
		for (size_t i = 0; i < HS_ARRAY_LEN(own); i++)
			if (t->vlen - b == strlen(own[i]) && !memcmp(v + b, own[i], t->vlen - b))
				mine = true;
		if (!ok || mine)
			continue;
		bool dup = false;
		for (int i = 0; i < n; i++)
			if (seenn[i] == t->vlen - b && !memcmp(seen[i], v + b, seenn[i]))
				dup = true;
		if (!dup) {
			seen[n] = v + b;
			seenn[n++] = t->vlen - b;
		}
	}
	return n;
}

/* Is p a script interpreter's name (python3.11, perl5, php8.2 ...)? */
static bool interp_name(const char *p)
{
	static const char *const interps[] = {"python", "perl", "ruby",  "php",  "node",
	                                      "nodejs", "lua",  "tclsh", "pwsh", "osascript"};
	for (size_t i = 0; i < HS_ARRAY_LEN(interps); i++) {
		size_t l = strlen(interps[i]);
		if (strncmp(p, interps[i], l))
			continue;
		const char *r = p + l; /* a version: digits and dots, nothing else */
		while (*r && ((*r >= '0' && *r <= '9') || *r == '.'))
			r++;
		if (!*r)
			return true;
	}
	return false;
}

/* A command line that is an interpreter reading its program from standard
 * input: "perl", "python3 -", "php -q", "ruby -w -". What is written to its
 * pipe is a program, as with a bare shell. A job runner names its script. */
static bool interp_stdin(const struct pv *v)
{
	char p[32];
	if (!is_str(v) || v->n > 64 || !cmd_program(v, p, sizeof(p)) || !interp_name(p))
		return false;
	/* after the name: only options ("-", "-q", "-w", "-u"), no script */
	const unsigned char *s = v->s, *e = v->s + v->n;
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (s < e && *s != ' ' && *s != '\t')
		s++;
	while (s < e) {
		while (s < e && (*s == ' ' || *s == '\t' || *s == '\n'))
			s++;
		if (s == e)
			break;
		if (*s != '-')
			return false;
		const unsigned char *w = s;
		while (s < e && *s != ' ' && *s != '\t' && *s != '\n')
			s++;
		/* -c, -e, -r take the program as an argument: that is not stdin */
		if (s - w == 2 && memchr("ceErx", w[1], 5))
			return false;
	}
	return true;
}

/* proc_open(['python3', '-'], ...): the argument array as a command line,
 * when every element is known. */
static bool argv_line(struct C *C, const struct pv *a, struct pv *out)
{
	if (a->k != K_ARR || !a->a || !a->a->n || a->a->n > 8)
		return false;
	size_t n = 0;
	for (uint32_t i = 0; i < a->a->n; i++) {
		if (!is_str(&a->a->v[i].val))
			return false;
		n += a->a->v[i].val.n + 1;
	}
	unsigned char *p = astr(C, n);
	if (!p)
		return false;
	size_t k = 0;
	for (uint32_t i = 0; i < a->a->n; i++) {
		memcpy(p + k, a->a->v[i].val.s, a->a->v[i].val.n);
		k += a->a->v[i].val.n;
		p[k++] = ' ';
	}
	*out = str_ref(p, k - 1, 0);
	return true;
}

/* The known text before a value spliced into a command: an interpreter
 * with the flag that takes a program ("python3 -c ", "perl -e '", "php -r",
 * "node -e", "ruby -e"). What follows is code, escaped or not: escaping
 * makes it one argument, the program. */
bool interp_code_flag(const struct pv *a)
{
	char p[32];
	if (!is_str(a) || a->n < 4 || a->n > 256 || !cmd_program(a, p, sizeof(p)) ||
	    !interp_name(p))
		return false;
	size_t e = a->n;
	while (e > 0 && (a->s[e - 1] == ' ' || a->s[e - 1] == '\'' || a->s[e - 1] == '"'))
		e--;
	if (e < 3 || a->s[e - 2] != '-' || a->s[e - 3] != ' ')
		return false;
	/* each interpreter's own flag: python -E or -x is followed by a script */
	static const struct {
		const char *name, *flags;
	} code_flags[] = {{"python", "c"}, {"perl", "eE"}, {"php", "r"},       {"ruby", "e"},
	                  {"node", "ep"},  {"lua", "e"},   {"osascript", "e"}, {"pwsh", "c"}};
	for (size_t i = 0; i < HS_ARRAY_LEN(code_flags); i++)
		if (!strncmp(p, code_flags[i].name, strlen(code_flags[i].name)))
			return strchr(code_flags[i].flags, a->s[e - 1]) != NULL;
	return false;
}

/* A header list (a string or wp_mail's array) with a Bcc from input: a
 * message to a posted list of recipients at once. (A Cc to the visitor is
 * the "send me a copy" of a contact form.) */
static bool bcc_input(const struct pv *h)
{
	if (h->k == K_ARR && h->a) {
		for (uint32_t i = 0; i < h->a->n && i < 32; i++)
			if (bcc_input(&h->a->v[i].val))
				return true;
		return false;
	}
	if (!h->taint || !h->s || !h->n)
		return false;
	for (uint32_t i = 0; i < h->n; i++) {
		size_t r = h->n - i;
		if ((i == 0 || h->s[i - 1] == '\n') && r >= 4 &&
		    !strncasecmp((const char *)h->s + i, "bcc:", 4))
			return true;
	}
	return false;
}

/* $job == 'subscribe' ... $job == 'unsubscribe': a request field compared
 * with two words the file wrote is one of a list of choices. As a mail's
 * body it is one of the application's words (mlmmj's subscription form mails
 * 'subscribe' or 'unsubscribe' to the list's address), not a spammer's text.
 * One word is a guard (`if ($act == 'send')`, `if ($m == 'x') exit;`), not a
 * list. Control flow is not followed, as for the validations. */
void mail_word_compare(struct C *C, const struct pv *a, const struct pv *b)
{
	for (int k = 0; k < 2; k++) {
		const struct pv *v = k ? b : a, *w = k ? a : b;
		if (!v->taint || !v->src || !is_str(w) || w->taint || (w->fl & F_NUM) || w->n < 2 ||
		    w->n > 32)
			continue;
		/* one named field ($_POST['job']), not every variable extract()
		 * made or a whole array: those share one source name */
		if (!strstr(v->src, "['") || !strncmp(v->src, "extract(", 8))
			continue;
		bool word = true;
		for (uint32_t i = 0; i < w->n && word; i++)
			word = (w->s[i] >= 'a' && w->s[i] <= 'z') ||
			       (w->s[i] >= 'A' && w->s[i] <= 'Z') || w->s[i] == '_' ||
			       w->s[i] == '-';
		if (!word)
			continue;
		int i = 0;
		while (i < C->nmail_words && strcmp(C->mail_words[i].src, v->src))
			i++;
		if (i == C->nmail_words) {
			if (i == (int)HS_ARRAY_LEN(C->mail_words))
				continue;
			C->mail_words[i].src = v->src;
			C->mail_words[i].w = w->s;
			C->mail_words[i].wn = w->n;
			C->mail_words[i].two = false;
			C->nmail_words++;
		} else if (C->mail_words[i].wn != w->n || memcmp(C->mail_words[i].w, w->s, w->n)) {
			C->mail_words[i].two = true;
		}
	}
}

static bool one_of_words(const struct C *C, const struct pv *v)
{
	for (int i = 0; v->src && i < C->nmail_words; i++)
		if (C->mail_words[i].two && !strcmp(C->mail_words[i].src, v->src))
			return true;
	return false;
}

/* ------------------------------------------- lists queried and mailed (mail8) */

/* The request input in v, an array's elements included (wp_mail's header
 * list, PEAR Mail's header array). */
static uint16_t deep_taint(const struct pv *v)
{
	uint16_t t = v->taint;
	if (v->k == K_ARR && v->a) {
		t |= v->a->loose;
		for (uint32_t i = 0; i < v->a->n && i < 32; i++)
			t |= v->a->v[i].val.taint | v->a->v[i].key.taint;
	}
	return t;
}

/* A request field whole, no text of the file's around it ($_POST['s'],
 * trim($in['to']), the posted body with [tags] replaced): not 'New reply: '
 * . $title, not a template with the visitor's words in it. */
static bool whole_input(const struct pv *v)
{
	return v->taint && !is_str(v) && !(v->fl & F_KPREFIX) && !v->sfxn && v->k != K_ARR;
}

/* The name of an API that reads a list the site or a mailbox keeps: a
 * database query and its rows (mysqli, PDO, pg, $wpdb), WordPress's users
 * and commenters, WooCommerce's orders, a mailbox's messages; the number
 * of rows a query gave. */
static bool query_name(const struct php_lex *lx, const struct php_token *t)
{
	static const char *const names[] = {
	    "query",       "mysqli_query",  "mysql_query",     "pg_query",        "pg_query_params",
	    "pg_execute",  "sqlsrv_query",  "prepare",         "get_results",     "get_col",
	    "get_users",   "wp_user_query", "get_comments",    "wc_get_orders",   "imap_search",
	    "imap_sort",   "imap_headers",  "imap_num_msg",    "imap_headerinfo", "imap_header",
	    "imap_thread", "num_rows",      "mysqli_num_rows", "pg_num_rows",     "mysql_num_rows",
	    "rowcount"};
	if (t->type != PT_IDENT || t->vlen < 3 || t->vlen >= 48)
		return false;
	char w[48];
	lower_copy(w, sizeof(w), php_tok_val(lx, t), t->vlen);
	const char *b = strrchr(w, '\\');
	b = b ? b + 1 : w;
	if (!strncmp(b, "fetch", 5) || strstr(b, "_fetch_"))
		return true; /* fetch_assoc, fetchAll, mysqli_fetch_row, pg_fetch_array ... */
	for (size_t i = 0; i < HS_ARRAY_LEN(names); i++)
		if (!strcmp(b, names[i]))
			return true;
	return false;
}

static bool range_queries(struct C *C, const struct php_lex *lx, size_t b, size_t e)
{
	for (size_t k = b; k < e && k < lx->n; k++) {
		C->work++;
		if (query_name(lx, &lx->t[k]))
			return true;
	}
	return false;
}

/* The last assignment of the variable at lx->t[v] before token `before`
 * ($us = get_users(...); foreach ($us as $o)): does it read a query? Or,
 * a few steps back, do the variables it reads ($to = wp_list_pluck($users,
 * 'user_email'); $to = array_unique($to); foreach (array_chunk($to, 40) ..)):
 * a list kept by the site passes through filters and merges before the
 * loop walks it. */
static bool var_queried_n(struct C *C, const struct php_lex *lx, size_t v, size_t before, int depth)
{
	const struct php_token *vt = &lx->t[v];
	const unsigned char *name = php_tok_val(lx, vt);
	size_t lo = before > 4000 ? before - 4000 : 0;
	for (size_t k = before; k-- > lo;) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type != PT_VAR || t->vlen != vt->vlen ||
		    memcmp(php_tok_val(lx, t), name, t->vlen) || k + 1 >= lx->n)
			continue;
		/* train7: a list built row by row ($rows[] = $r; in a while over
		 * fetch_row()): each append is read, and the search goes on to the
		 * assignment that started the list */
		bool append = k + 3 < lx->n && php_tok_op(lx, &lx->t[k + 1], "[") &&
		              php_tok_op(lx, &lx->t[k + 2], "]") &&
		              php_tok_op(lx, &lx->t[k + 3], "=");
		if (!append && !php_tok_op(lx, &lx->t[k + 1], "="))
			continue;
		size_t rhs = append ? k + 4 : k + 2;
		size_t e = rhs;
		while (e < lx->n && e < k + 400 && !php_tok_op(lx, &lx->t[e], ";") &&
		       lx->t[e].type != PT_EOF) {
			if (lx->t[e].match > e && lx->t[e].match < lx->n)
				e = lx->t[e].match;
			e++;
		}
		if (range_queries(C, lx, rhs, e))
			return true;
		int nv = 0;
		for (size_t j = rhs; depth > 0 && j < e && nv < 4; j++)
			if (lx->t[j].type == PT_VAR) {
				nv++;
				if (var_queried_n(C, lx, j, k, depth - 1))
					return true;
			}
		if (!append)
			return false;
	}
	return false;
}

/* phpmail2: is the argument `argi` of the call at tok a variable whose last
 * assignment before it reads the request ($msg = wp_remote_retrieve_body(
 * wp_remote_get($base . $_GET['l'])))? A fetched value does not carry the
 * URL's input, so the statement is read. */
static bool arg_reads_request(struct C *C, const struct php_lex *lx, size_t tok, int argi)
{
	size_t o, c;
	if (!call_parens(lx, tok, &o, &c))
		return false;
	size_t a = o + 1;
	for (int i = 0; i < argi && a < c; a++) {
		if (lx->t[a].match > a && lx->t[a].match < c)
			a = lx->t[a].match;
		else if (php_tok_op(lx, &lx->t[a], ","))
			i++;
	}
	if (a >= c || lx->t[a].type != PT_VAR ||
	    !(php_tok_op(lx, &lx->t[a + 1], ",") || php_tok_op(lx, &lx->t[a + 1], ")")))
		return false;
	const struct php_token *vt = &lx->t[a];
	size_t lo = tok > 4000 ? tok - 4000 : 0;
	for (size_t k = tok; k-- > lo;) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type != PT_VAR || t->vlen != vt->vlen || k + 1 >= lx->n ||
		    memcmp(php_tok_val(lx, t), php_tok_val(lx, vt), t->vlen) ||
		    !php_tok_op(lx, &lx->t[k + 1], "="))
			continue;
		for (size_t e = k + 2; e < lx->n && e < k + 400 && !php_tok_op(lx, &lx->t[e], ";");
		     e++) {
			const struct php_token *u = &lx->t[e];
			const unsigned char *v = php_tok_val(lx, u);
			if (u->type == PT_VAR && ((u->vlen == 4 && !memcmp(v, "_GET", 4)) ||
			                          (u->vlen == 5 && !memcmp(v, "_POST", 5)) ||
			                          (u->vlen == 8 && !memcmp(v, "_REQUEST", 8)) ||
			                          (u->vlen == 7 && !memcmp(v, "_COOKIE", 7))))
				return true;
		}
		return false;
	}
	return false;
}

static bool var_queried(struct C *C, const struct php_lex *lx, size_t v, size_t before)
{
	return var_queried_n(C, lx, v, before, 2);
}

static bool loop_word(const struct php_lex *lx, const struct php_token *t)
{
	return php_tok_word(lx, t, "foreach") || php_tok_word(lx, t, "while") ||
	       php_tok_word(lx, t, "for");
}

/* The loop statement whose body holds token tok, as written (a block, a
 * single statement or the alternative syntax): the index of its keyword,
 * or lx->n. Lexical: a function called from a loop is not in it. */
static size_t enclosing_loop(struct C *C, const struct php_lex *lx, size_t tok)
{
	bool ended = false; /* a statement ended between here and tok */
	int alt = 0;        /* endforeach/endwhile/endfor passed */
	size_t lo = tok > 8000 ? tok - 8000 : 0;
	for (size_t k = tok < lx->n ? tok : lx->n; k-- > lo;) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type == PT_IDENT &&
		    (php_tok_word(lx, t, "function") || php_tok_word(lx, t, "fn")))
			return lx->n;
		if (t->type == PT_IDENT &&
		    (php_tok_word(lx, t, "endforeach") || php_tok_word(lx, t, "endwhile") ||
		     php_tok_word(lx, t, "endfor"))) {
			alt++;
			ended = true;
			continue;
		}
		if (t->type != PT_OP)
			continue;
		bool close =
		    php_tok_op(lx, t, ")") || php_tok_op(lx, t, "]") || php_tok_op(lx, t, "}");
		if (close && t->match < k) {
			size_t m = t->match;
			if (php_tok_op(lx, t, ")") && !ended && m > 0 &&
			    loop_word(lx, &lx->t[m - 1]))
				return m - 1; /* foreach (...) mail(...); */
			if (php_tok_op(lx, t, "}"))
				ended = true;
			k = m;
			continue;
		}
		if (php_tok_op(lx, t, ";")) {
			ended = true;
			continue;
		}
		if (php_tok_op(lx, t, ":") && k > 0 && php_tok_op(lx, &lx->t[k - 1], ")")) {
			size_t m = lx->t[k - 1].match;
			if (m < k - 1 && m > 0 && loop_word(lx, &lx->t[m - 1])) {
				if (!alt)
					return m - 1;
				alt--;
			}
			continue;
		}
		if (php_tok_op(lx, t, "{") && t->match > tok) {
			const struct php_token *pt = k > 0 ? &lx->t[k - 1] : NULL;
			if (pt && php_tok_word(lx, pt, "do"))
				return k - 1;
			if (pt && php_tok_op(lx, pt, ")") && pt->match < k - 1 && pt->match > 0 &&
			    loop_word(lx, &lx->t[pt->match - 1]))
				return pt->match - 1;
			ended = false; /* the block's own head: if (...) { */
		}
	}
	return lx->n;
}

/* Is token tok in a loop (or a loop in a loop) over a list a query read:
 * its header names the query (while ($r = mysqli_fetch_assoc($q)),
 * foreach ($st->fetchAll() as $e)) or walks a variable assigned from one
 * ($all = $wpdb->get_col(...); foreach ($all as $e)) or its body fetches
 * before the mail. */
static bool loop_queried(struct C *C, const struct php_lex *lx, size_t tok, size_t *loop)
{
	size_t at = tok;
	for (int depth = 0; depth < 3; depth++) {
		size_t h = enclosing_loop(C, lx, at);
		if (h >= lx->n)
			return false;
		size_t open = h + 1;
		if (php_tok_word(lx, &lx->t[h], "do")) {
			size_t bc = lx->t[h + 1].match;
			open = bc + 2;
			if (bc <= h + 1 || open >= lx->n ||
			    !php_tok_word(lx, &lx->t[bc + 1], "while"))
				return false;
		}
		if (open >= lx->n || !php_tok_op(lx, &lx->t[open], "("))
			return false;
		size_t close = lx->t[open].match;
		if (close <= open || close >= lx->n)
			return false;
		/* the header, or the body before the mail: a counted loop that
		 * fetches a row each time (for (...) { $r = pg_fetch_row($q, $i); */
		*loop = h;
		if (range_queries(C, lx, open + 1, close) ||
		    (tok > close && tok - close < 2000 && range_queries(C, lx, close + 1, tok)))
			return true;
		int nv = 0;
		for (size_t k = open + 1; k < close && nv < 4; k++)
			if (lx->t[k].type == PT_VAR) {
				nv++;
				if (var_queried(C, lx, k, h))
					return true;
			}
		at = h;
	}
	return false;
}

/* A way to unsubscribe written in the loop (a link, a List-Unsubscribe
 * header): the site's newsletter to its subscribers. From the loop's
 * keyword h to the end of its body, or some way past tok. */
static bool unsub_text(struct C *C, const struct php_lex *lx, size_t h, size_t tok)
{
	static const char *const words[] = {"unsub", "opt-out", "opt out", "optout"};
	size_t e = tok + 400;
	size_t open = h + 1;
	if (open < lx->n && php_tok_op(lx, &lx->t[open], "(") && lx->t[open].match > open &&
	    lx->t[open].match + 1 < lx->n) {
		const struct php_token *b = &lx->t[lx->t[open].match + 1];
		if (php_tok_op(lx, b, "{") && b->match > tok)
			e = b->match;
	} else if (open < lx->n && php_tok_op(lx, &lx->t[open], "{") && lx->t[open].match > tok) {
		e = lx->t[open].match; /* do { ... } */
	}
	for (size_t k = h; k < e && k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type != PT_STR || t->vlen < 5)
			continue;
		const unsigned char *v = php_tok_val(lx, t);
		for (size_t w = 0; w < HS_ARRAY_LEN(words); w++)
			if (find_nocase(v, t->vlen, words[w]))
				return true;
	}
	return false;
}

/* PHP_SAPI or php_sapi_name() compared with 'cli' before tok: a program
 * for the command line, which no visitor reaches. */
static bool cli_guard(struct C *C, const struct php_lex *lx, size_t tok)
{
	size_t lo = tok > 8000 ? tok - 8000 : 0;
	for (size_t k = lo; k < tok && k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type != PT_IDENT ||
		    !(php_tok_word(lx, t, "php_sapi") || php_tok_word(lx, t, "php_sapi_name")))
			continue;
		for (size_t j = k + 1; j < k + 8 && j < tok; j++) {
			const struct php_token *s = &lx->t[j];
			if (s->type == PT_STR && s->vlen == 3 &&
			    !strncasecmp((const char *)php_tok_val(lx, s), "cli", 3))
				return true;
		}
	}
	return false;
}

/* Is the block opened at lx->t[open] ('{') the body of a function, a
 * method, a closure or a class (function f($a) use ($b): ?array {,
 * class X extends Y implements Z {)? */
static bool decl_body(const struct php_lex *lx, size_t open)
{
	if (open == 0 || open >= lx->n)
		return false;
	size_t q = open - 1;
	/* a return type: ): ?\Foo\Bar | null { */
	size_t lo = q > 12 ? q - 12 : 0;
	if (lx->t[q].type == PT_IDENT) {
		while (q > lo &&
		       (lx->t[q].type == PT_IDENT || php_tok_op(lx, &lx->t[q], "?") ||
		        php_tok_op(lx, &lx->t[q], "|") || php_tok_op(lx, &lx->t[q], "\\")))
			q--;
		if (!php_tok_op(lx, &lx->t[q], ":")) {
			/* class Name extends Base implements A, B { */
			for (size_t k = open; k-- > lo;) {
				const struct php_token *t = &lx->t[k];
				if (t->type == PT_OP && !php_tok_op(lx, t, ",") &&
				    !php_tok_op(lx, t, "\\"))
					return false;
				if (php_tok_word(lx, t, "class") || php_tok_word(lx, t, "trait") ||
				    php_tok_word(lx, t, "interface") || php_tok_word(lx, t, "enum"))
					return true;
			}
			return false;
		}
		if (q == 0)
			return false;
		q--;
	}
	if (!php_tok_op(lx, &lx->t[q], ")") || lx->t[q].match >= q)
		return false;
	size_t m = lx->t[q].match;
	if (m >= 2 && php_tok_word(lx, &lx->t[m - 1], "use") &&
	    php_tok_op(lx, &lx->t[m - 2], ")") && lx->t[m - 2].match < m - 2)
		m = lx->t[m - 2].match;
	if (m == 0)
		return false;
	if (php_tok_word(lx, &lx->t[m - 1], "function"))
		return true;
	size_t f = m - 1; /* function name(, function &name( */
	if (lx->t[f].type != PT_IDENT || f == 0)
		return false;
	f--;
	if (f > 0 && php_tok_op(lx, &lx->t[f], "&"))
		f--;
	return php_tok_word(lx, &lx->t[f], "function");
}

/* A capability or nonce check before tok in the code that runs it: the
 * statements before it in its own function and around it, not the bodies of
 * other functions and classes (a plugin's AJAX handler checks its nonce; a
 * sender injected further down the same file is not behind it). */
static bool mail_authz(struct C *C, const struct php_lex *lx, size_t tok)
{
	static const char *const names[] = {"current_user_can",   "check_admin_referer",
	                                    "check_ajax_referer", "wp_verify_nonce",
	                                    "user_can",           "is_super_admin"};
	size_t lo = tok > 8000 ? tok - 8000 : 0;
	for (size_t k = tok < lx->n ? tok : lx->n; k-- > lo;) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (php_tok_op(lx, t, "}") && t->match < k && decl_body(lx, t->match)) {
			k = t->match; /* another function's body, closed before tok */
			continue;
		}
		if (t->type != PT_IDENT)
			continue;
		for (size_t i = 0; i < HS_ARRAY_LEN(names); i++)
			if (php_tok_word(lx, t, names[i]))
				return true;
	}
	return false;
}

/* A random function: what a sender calls to make each message look new. */
static bool rand_call(const struct php_lex *lx, size_t k)
{
	static const char *const names[] = {"mt_rand",      "rand",      "random_int",
	                                    "array_rand",   "uniqid",    "str_shuffle",
	                                    "random_bytes", "lcg_value", "mt_getrandmax"};
	const struct php_token *t = &lx->t[k];
	if (t->type != PT_IDENT || k + 1 >= lx->n || !php_tok_op(lx, &lx->t[k + 1], "("))
		return false;
	if (k > 0 && (php_tok_op(lx, &lx->t[k - 1], "->") || php_tok_op(lx, &lx->t[k - 1], "::") ||
	              php_tok_word(lx, &lx->t[k - 1], "function")))
		return false;
	for (size_t i = 0; i < HS_ARRAY_LEN(names); i++)
		if (php_tok_word(lx, t, names[i]))
			return true;
	return false;
}

/* The header a literal starts on its last line ("From: ", "\r\nSubject: ",
 * an array key 'Reply-To'): 1 the sender or the subject, 2 another header
 * (Message-ID, a MIME boundary's Content-Type), 0 none. */
static int header_lit(const unsigned char *v, size_t n, bool key)
{
	static const char *const ours[] = {"from", "subject", "sender", "reply-to", "return-path"};
	size_t b = n;
	while (b > 0 && v[b - 1] != '\n')
		b--;
	while (b < n && (v[b] == ' ' || v[b] == '\t' || v[b] == '\r'))
		b++;
	size_t e = b;
	while (e < n &&
	       ((v[e] >= 'a' && v[e] <= 'z') || (v[e] >= 'A' && v[e] <= 'Z') || v[e] == '-'))
		e++;
	if (e == b || e - b > 30 || !(e < n ? v[e] == ':' : key))
		return 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(ours); i++)
		if (strlen(ours[i]) == e - b && !strncasecmp((const char *)v + b, ours[i], e - b))
			return 1;
	return 2;
}

/* Does a random call at k make the sender or the subject (From: news-'
 * . mt_rand(1, 999) . '@..., 'Subject' => 'Invoice #' . rand(), setFrom(..
 * rand() ..), mail($to, 'Re: ' . uniqid(), ...), ->Subject = $subjects[
 * array_rand($subjects)])? Walks back from it through the expression it
 * sits in, to the literal, the method, the property or the mail()
 * argument it is part of. */
static bool rand_ident(const struct php_lex *lx, size_t k)
{
	static const char *const setters[] = {"setfrom", "setsubject", "subject",
	                                      "from",    "fromname",   "setsender",
	                                      "sender",  "addreplyto", "setreplyto"};
	int commas = 0;
	size_t lo = k > 60 ? k - 60 : 0;
	for (size_t j = k; j-- > lo;) {
		const struct php_token *t = &lx->t[j];
		if (php_tok_op(lx, t, ";") || php_tok_op(lx, t, "{") || php_tok_op(lx, t, "}"))
			return false;
		if ((php_tok_op(lx, t, ")") || php_tok_op(lx, t, "]")) && t->match < j) {
			j = t->match;
			continue;
		}
		if (php_tok_op(lx, t, ",")) {
			commas++;
			continue;
		}
		if (t->type == PT_STR) {
			bool key = j + 1 < lx->n && php_tok_op(lx, &lx->t[j + 1], "=>");
			int h = header_lit(php_tok_val(lx, t), t->vlen, key);
			if (h)
				return h == 1;
			continue;
		}
		if (t->type == PT_IDENT && j > 0 && php_tok_op(lx, &lx->t[j - 1], "->")) {
			char w[16];
			if (t->vlen >= sizeof(w))
				continue;
			lower_copy(w, sizeof(w), php_tok_val(lx, t), t->vlen);
			for (size_t i = 0; i < HS_ARRAY_LEN(setters); i++)
				if (!strcmp(w, setters[i]))
					return true;
			continue;
		}
		if (php_tok_op(lx, t, "(") && j > 0) {
			const struct php_token *f = &lx->t[j - 1];
			if (commas == 1 &&
			    (php_tok_word(lx, f, "mail") || php_tok_word(lx, f, "wp_mail") ||
			     php_tok_word(lx, f, "mb_send_mail")))
				return true; /* the subject argument */
			commas = 0;
		}
	}
	return false;
}

/* A sender or subject made new for every message by a random number or a
 * random pick, in the loop (from its keyword h to the end of the statement
 * of tok): a spam run rotating its identity past the filters. A site's
 * mailing has one sender and its own subject (an order number, a title). */
static bool rotated_ident(struct C *C, const struct php_lex *lx, size_t h, size_t tok)
{
	size_t e = tok;
	while (e < lx->n && e < tok + 400 && !php_tok_op(lx, &lx->t[e], ";") &&
	       lx->t[e].type != PT_EOF) {
		if (lx->t[e].match > e && lx->t[e].match < lx->n)
			e = lx->t[e].match;
		e++;
	}
	for (size_t k = h; k < e && k < lx->n; k++) {
		C->work++;
		if (rand_call(lx, k) && rand_ident(lx, k))
			return true;
	}
	return false;
}

/* A mail sent in a loop over a list a query read (the site's database, its
 * users, a mailbox), its body a request field whole and its subject too or
 * its sender from the request: a spam run over harvested addresses. The
 * site's own mailings take their text from a stored template or mail a
 * fixed subject; behind a capability check, or with a way to unsubscribe,
 * it is an administrator's newsletter (no finding, as before). to: the recipient when known
 * (mail()). */
static void list_mail(struct P *P, size_t tok, const char *what, const struct pv *to, uint16_t body,
                      bool body_whole, uint16_t subj, bool subj_whole, uint16_t from,
                      uint32_t body_fl, bool kit)
{
	struct C *C = P->C;
	bool text = body && body_whole;
	/* the letter fetched from a URL (the operator's panel), as the
	 * request's text is: not the site's words */
	bool fetched = (body_fl & F_REMOTE) != 0;
	bool named = from || (subj && subj_whole);
	if (!text && !fetched)
		return;
	if (to && (is_str(to) || to->taint))
		return; /* a fixed address; a recipient from input is the relay's */
	size_t loop = P->lx->n;
	bool queried = loop_queried(C, P->lx, tok, &loop);
	/* the sender and the subject the code makes up, a random one for each
	 * message, over a queried list (PEAR Mail's headers(array('From' =>
	 * 'billing-' . mt_rand(..) ..)), mail($r['email'], 'Invoice #' .
	 * rand(), $tpl)) */
	bool rotated = queried && !(text && named) && rotated_ident(C, P->lx, loop, tok);
	/* phpmail2: the letter fetched from a URL the request names
	 * (wp_remote_get('http://../letters/' . $_GET['l'])) over a queried
	 * list: the operator picks the letter of each run, a plugin's own
	 * template is at a fixed address */
	if (queried && fetched && !(text && named) && !rotated &&
	    (body || (to && arg_reads_request(C, P->lx, tok, 2)))) {
		if (mail_authz(C, P->lx, tok) || unsub_text(C, P->lx, loop, tok))
			return;
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list read by a query (database, site users, mailbox), the letter "
		    "fetched from a URL the request names -> %s",
		    what);
		return;
	}
	if (!(text && named) && !rotated)
		return;
	if (rotated) {
		if (mail_authz(C, P->lx, tok) || unsub_text(C, P->lx, loop, tok))
			return;
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list read by a query (database, site users, mailbox), %s, sender "
		    "or subject made random for each message -> %s",
		    text ? "body from the request" : "body fetched from a URL", what);
		return;
	}
	/* any other list (harvested from a mailbox, a page, a file...) when the
	 * request gives the body, the subject and the sender all three: the
	 * operator's spam run, whatever the list */
	if (!queried && from && subj && subj_whole)
		loop = enclosing_loop(C, P->lx, tok);
	if (!queried && (loop >= P->lx->n || !from || !subj || !subj_whole))
		return;
	if (mail_authz(C, P->lx, tok) || unsub_text(C, P->lx, loop, tok))
		return;
	if (queried && kit)
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list read by a query (database, site users, mailbox) in a script "
		    "that loads the site by hand, the letter read from a file, fetched, decoded or "
		    "from the request -> %s",
		    what);
	else if (queried)
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list read by a query (database, site users, mailbox), body and %s "
		    "from the request -> %s",
		    from ? "sender" : "subject", what);
	else
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list, body, subject and sender from the request -> %s", what);
}

/* Does the file make an SMTP client object (new Net_SMTP, new SMTP, new
 * \PHPMailer\PHPMailer\SMTP, new Smtp_Client ...)? */
static bool smtp_client(struct C *C, const struct php_lex *lx)
{
	for (size_t k = 0; k + 1 < lx->n; k++) {
		const struct php_token *t = &lx->t[k], *c = &lx->t[k + 1];
		C->work++;
		if (t->type != PT_IDENT || !php_tok_word(lx, t, "new") || c->type != PT_IDENT)
			continue;
		char nm[64];
		lower_copy(nm, sizeof(nm), lx->src + c->off, c->len < 63 ? c->len : 63);
		if (strstr(nm, "smtp"))
			return true;
	}
	return false;
}

/* A URL of an HTTP mail API: a delivery provider's host, a path that
 * sends mail, or a host named for mail with a path that sends or posts
 * messages. Known text, or the known beginning of an unknown URL
 * ("https://api.mailgun.net/v3/" . $domain). */
static bool mail_api_url(const struct pv *v)
{
	static const char *const hosts[] = {
	    "sendgrid",  "mailgun",      "sendinblue",  "brevo.com",  "postmarkapp", "mailjet",
	    "sparkpost", "elasticemail", "mandrillapp", "mailersend", "resend.com",  "smtp2go",
	    "sendpulse", "zeptomail",    "socketlabs",  "mailtrap",   "pepipost",    "mailchannels",
	    "sendlayer", "turbo-smtp",   "moosend"};
	static const char *const paths[] = {
	    "mail/send",  "email/send", "smtp/email", "messages/send", "send-email",
	    "send_email", "sendemail",  "sendmail",   "send-mail",     "send_mail"};
	if (!v->s || !v->n || !(is_str(v) || v->k == K_UNK))
		return false;
	char u[256];
	lower_copy(u, sizeof(u), v->s, v->n < sizeof(u) - 1 ? v->n : sizeof(u) - 1);
	char *h = strstr(u, "://");
	if (!h || h != u + strspn(u, "abcdefghijklmnopqrstuvwxyz"))
		return false;
	h += 3;
	char *path = strchr(h, '/');
	if (path)
		*path++ = 0;
	else
		path = (char *)"";
	for (size_t i = 0; i < HS_ARRAY_LEN(hosts); i++)
		if (strstr(h, hosts[i]))
			return true;
	if (strstr(h, "amazonaws.com") && strstr(h, "email"))
		return true; /* SES */
	for (size_t i = 0; i < HS_ARRAY_LEN(paths); i++)
		if (strstr(path, paths[i]))
			return true;
	return strstr(h, "mail") && (strstr(path, "messages") || strstr(path, "emails") ||
	                             !strncmp(path, "send", 4) || strstr(path, "/send"));
}

/* Mail that is not mail(): an HTTP mail API's request (curl, a stream, the
 * WordPress HTTP API) and an MTA run by exec()/system() for each recipient,
 * in a loop over a list from the request or a file. Called for every
 * built-in (train6). */
void ev_mail_net(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok)
{
	static const char *const opens[] = {
	    "curl_init",      "file_get_contents", "fopen",
	    "wp_remote_post", "wp_remote_request", "wp_safe_remote_post"};
	static const char *const sends[] = {
	    "curl_exec",      "file_get_contents", "fopen",
	    "wp_remote_post", "wp_remote_request", "wp_safe_remote_post"};
	static const char *const runs[] = {"exec", "system", "shell_exec", "passthru"};
	struct C *C = P->C;
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	const struct pv *a1 = argp((struct pv *)args, nargs, 1);
	bool named = false;
	if (name_in(lname, opens, HS_ARRAY_LEN(opens)))
		named = mail_api_url(a0);
	else if (!strcmp(lname, "curl_setopt") && pv_is_word(a1, "CURLOPT_URL"))
		named = mail_api_url(argp((struct pv *)args, nargs, 2));
	else if (!strcmp(lname, "curl_setopt_array") && a1->k == K_ARR && a1->a)
		for (uint32_t i = 0; i < a1->a->n; i++)
			if (pv_is_word(&a1->a->v[i].key, "CURLOPT_URL"))
				named |= mail_api_url(&a1->a->v[i].val);
	C->ml.api |= named;
	if (C->input_loops <= 0)
		return;
	const char *what = NULL;
	if (name_in(lname, sends, HS_ARRAY_LEN(sends)) &&
	    (named || (!strcmp(lname, "curl_exec") && C->ml.api)))
		what = afmt(C, "%s(a mail API)", lname);
	else if (name_in(lname, runs, HS_ARRAY_LEN(runs)) &&
	         (mail_program(a0) || lex_mta_arg(P->lx, tok)))
		what = afmt(C, "%s(an MTA for each recipient)", lname);
	if (!what)
		return;
	/* a command-line run over a file's lines, as mail()'s merge */
	if (C->loop_src && !strcmp(C->loop_src, "lines of a file") && cli_guard(C, P->lx, tok))
		hit(P, "php.mass_mail_loop", HS_SEV_MEDIUM, tok,
		    "a command-line run over the lines of a file -> %s", what);
	else
		sink_mail(P, tok, what);
}

/* A mailer object's parts (PHPMailer, Swift, Symfony Mime, PEAR Mail ...),
 * then its send(): judged as mail() is, in a loop over a queried list and
 * as an open relay. Called for every method nothing in the file defines. */
void mail_method(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok)
{
	static const char *const rcpt[] = {"addaddress", "setto", "addto", "to"};
	static const char *const body[] = {"msghtml",     "setbody",    "html",    "text",
	                                   "addpart",     "body",       "sethtml", "settext",
	                                   "sethtmlbody", "settextbody"};
	static const char *const subj[] = {"subject", "setsubject"};
	static const char *const from[] = {"setfrom", "from", "setsender", "sender"};
	static const char *const sends[] = {"send", "sendmail", "smtpsend", "mailsend"};
	struct C *C = P->C;
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	if (!nargs && strcmp(lname, "send"))
		return;
	/* a low-level SMTP client (Net_SMTP, PHPMailer's SMTP class) told a
	 * recipient in a loop over a list: the envelope, one RCPT at a time
	 * (train6) */
	static const char *const verbs[] = {"rcptto", "recipient", "rcpt", "addrcpt"};
	if (C->input_loops > 0 && name_in(lname, verbs, HS_ARRAY_LEN(verbs)) &&
	    smtp_client(C, P->lx)) {
		sink_mail(P, tok, afmt(C, "->%s() of an SMTP client", lname));
		return;
	}
	/* phpmail2: recipients added in a loop over a list from the request or
	 * a file (addAddress, AddBCC ... per element), one message sent after
	 * the loop: the list mailed at once */
	static const char *const copies[] = {"addbcc", "addcc", "bcc", "cc", "setbcc", "setcc"};
	if (nargs && C->input_loops > 0 && !(is_str(a0) && !a0->taint) &&
	    (name_in(lname, rcpt, HS_ARRAY_LEN(rcpt)) ||
	     name_in(lname, copies, HS_ARRAY_LEN(copies))))
		C->ml.rcpt_loop = C->loop_src ? C->loop_src : "a list";
	for (size_t i = 0; nargs && i < HS_ARRAY_LEN(rcpt); i++)
		if (!strcmp(lname, rcpt[i])) {
			C->ml.to |= a0->taint;
			C->ml.to_whole |= whole_input(a0);
			if (is_str(a0) && !a0->taint && memchr(a0->s, '@', a0->n))
				C->ml.fixed_to = true;
			return;
		}
	for (size_t i = 0; i < HS_ARRAY_LEN(body); i++)
		if (!strcmp(lname, body[i])) {
			C->ml.body |= a0->taint;
			C->ml.body_whole |= whole_input(a0);
			if (!is_str(a0))
				C->ml.body_fl |= a0->fl & F_REMOTE;
			return;
		}
	for (size_t i = 0; i < HS_ARRAY_LEN(subj); i++)
		if (!strcmp(lname, subj[i])) {
			C->ml.subj |= a0->taint;
			C->ml.subj_whole |= whole_input(a0);
			return;
		}
	for (size_t i = 0; i < HS_ARRAY_LEN(from); i++)
		if (!strcmp(lname, from[i])) {
			C->ml.from |= a0->taint;
			return;
		}
	size_t i = 0;
	while (i < HS_ARRAY_LEN(sends) && strcmp(lname, sends[i]))
		i++;
	if (i == HS_ARRAY_LEN(sends))
		return;
	uint16_t b = C->ml.body, s = C->ml.subj, f = C->ml.from, t = C->ml.to;
	bool bw = C->ml.body_whole, sw = C->ml.subj_whole, tw = C->ml.to_whole;
	uint32_t bfl = C->ml.body_fl;
	/* PHPMailer's properties */
	static const struct {
		const char *name;
		char part;
	} props[] = {{"Body", 'b'}, {"AltBody", 'b'},  {"Subject", 's'},
	             {"From", 'f'}, {"FromName", 'f'}, {"Sender", 'f'}};
	for (size_t k = 0; k < HS_ARRAY_LEN(props); k++) {
		struct var *pv = map_find(&C->props, (const unsigned char *)props[k].name,
		                          strlen(props[k].name), false, false);
		if (!pv || !(pv->v.taint || (props[k].part == 'b' && (pv->v.fl & F_REMOTE))))
			continue;
		if (props[k].part == 'b')
			b |= pv->v.taint, bw |= whole_input(&pv->v),
			    bfl |= is_str(&pv->v) ? 0 : pv->v.fl & F_REMOTE;
		else if (props[k].part == 's')
			s |= pv->v.taint, sw |= whole_input(&pv->v);
		else
			f |= pv->v.taint;
	}
	/* PEAR Mail: send($recipients, $headers, $body) */
	if (nargs >= 3) {
		uint16_t h = deep_taint(&args[1]);
		b |= args[2].taint;
		bw |= whole_input(&args[2]);
		bfl |= is_str(&args[2]) ? 0 : args[2].fl & F_REMOTE;
		s |= h;
		sw |= h != 0;
		f |= h;
		t |= a0->taint;
		tw |= whole_input(a0);
	}
	if (C->input_loops > 0)
		return; /* sink_mail's */
	if (C->ml.rcpt_loop && (b || (bfl & F_REMOTE)) && !mail_authz(C, P->lx, tok))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "recipients added in a loop over %s, one message, %s -> ->send()",
		    C->ml.rcpt_loop, b ? "body from the request" : "body fetched from a URL");
	list_mail(P, tok, "->send()", NULL, b, bw, s, sw, f, bfl, false);
	if (t && tw && s && sw && b && bw && !C->ml.fixed_to)
		hit(P, "php.mail_relay", HS_SEV_HIGH, tok,
		    "a mailer's recipient, subject and body each a request field -> ->send()");
}

/* fwrite() to an SMTP socket or a sendmail pipe: the envelope sender and
 * the message's headers and body, one write at a time. */
void mail_write(struct P *P, const struct pv *h, const struct pv *data, size_t tok)
{
	struct C *C = P->C;
	if (!(h->fl & (F_SOCKET | F_MAILPIPE)))
		return;
	if ((h->fl & F_SOCKET) && (data->fl & F_SMTP))
		C->ml.smtp = true;
	if (!data->taint || ((h->fl & F_SOCKET) && !C->ml.smtp))
		return;
	const unsigned char *s = data->s;
	size_t n = s ? data->n : 0;
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	if (n >= 9 && !strncasecmp((const char *)s, "MAIL FROM", 9)) {
		C->ml.from |= data->taint;
		return;
	}
	if (n >= 4 &&
	    (!strncasecmp((const char *)s, "RCPT", 4) || !strncasecmp((const char *)s, "HELO", 4) ||
	     !strncasecmp((const char *)s, "EHLO", 4) || !strncasecmp((const char *)s, "AUTH", 4)))
		return;
	if (n >= 5 && !strncasecmp((const char *)s, "From:", 5))
		C->ml.from |= data->taint;
	else if (n >= 8 && !strncasecmp((const char *)s, "Subject:", 8))
		C->ml.subj |= data->taint, C->ml.subj_whole = true;
	/* what follows DATA, or the message written to the pipe */
	C->ml.body |= data->taint;
	C->ml.body_whole = true;
	if (C->input_loops > 0)
		return;
	list_mail(P, tok,
	          h->fl & F_SOCKET ? "SMTP commands written to a socket"
	                           : "a message written to a sendmail pipe",
	          NULL, C->ml.body, true, C->ml.subj, C->ml.subj_whole, C->ml.from, 0, false);
}

/* mail(), wp_mail(), mb_send_mail(), imap_mail(): besides the loop
 * (sink_mail), recipients as a list from input in one call, a Bcc from
 * input, and the sendmail arguments: input there, or -X (sendmail writes a
 * log of the message to a file of the caller's choosing: a file write). */
/* A script that loads WordPress by hand (require of wp-load.php,
 * wp-blog-header.php or wp-config.php): it runs outside the site's own
 * code, as a dropped tool does. A plugin runs inside it. */
static bool loads_site(const struct php_lex *lx)
{
	/* WordPress; Joomla's configuration (JConfig), Drupal's bootstrap,
	 * Magento's, OpenCart's and PrestaShop's config (train6) */
	static const char *const boots[] = {"wp-load.php",
	                                    "wp-blog-header.php",
	                                    "wp-config.php",
	                                    "/configuration.php",
	                                    "includes/bootstrap.inc",
	                                    "app/Mage.php",
	                                    "app/bootstrap.php",
	                                    "config/config.inc.php",
	                                    "admin/config.php",
	                                    "app/config/parameters.php"};
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		/* train9: OpenCart's config constants used by a script of its own
		 * (new mysqli(DB_HOSTNAME, DB_USERNAME, ..)) */
		if (t->type == PT_IDENT &&
		    (php_tok_word(lx, t, "jconfig") || php_tok_word(lx, t, "drupalkernel") ||
		     php_tok_word(lx, t, "db_hostname")))
			return true;
		if (t->type != PT_STR)
			continue;
		const unsigned char *v = php_tok_val(lx, t);
		/* a Laravel/Symfony-style .env read by hand for the database's
		 * login (train7: parse_ini_file(dirname(__DIR__) . '/.env')); the
		 * framework reads it through its own loader, no literal path */
		if ((t->vlen == 4 && !memcmp(v, ".env", 4)) ||
		    (t->vlen >= 5 && !memcmp(v + t->vlen - 5, "/.env", 5)))
			return true;
		if (t->vlen < 10)
			continue;
		for (size_t i = 0; i < HS_ARRAY_LEN(boots); i++) {
			size_t l = strlen(boots[i]);
			if ((t->vlen >= l && !memcmp(v + t->vlen - l, boots[i], l)) ||
			    (boots[i][0] == '/' && t->vlen == l - 1 &&
			     !memcmp(v, boots[i] + 1, l - 1)))
				return true;
		}
	}
	return false;
}

/* The message read from a file (a spam kit's letter uploaded beside it),
 * fetched, or the request's text however decoded or personalised, not the
 * database's or a literal, in a script that loads the site by hand: the
 * text is the kit operator's. The subject may be the kit's own literal
 * (train6: session 19 wanted it read from a file too). */
/* train9: the database login parsed out of the site's config by hand (a
 * pattern naming DB_PASSWORD read from wp-config.php): the site's own code
 * uses the constant, a stealer the string. */
static bool config_parsed(const struct php_lex *lx)
{
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_STR || t->vlen < 16)
			continue;
		const unsigned char *v = php_tok_val(lx, t);
		if (memmem(v, t->vlen, "DB_PASSWORD", 11) && memmem(v, t->vlen, "define", 6))
			return true;
	}
	return false;
}

static bool kit_text(struct P *P, const struct pv *msg, const struct pv *subj)
{
	(void)subj;
	/* train9: any letter of a script that steals the site's database login
	 * to mail its customers (the list is required queried by the caller) */
	if (config_parsed(P->lx) && loads_site(P->lx))
		return true;
	/* train7: the letter decoded from the file's own literal (base64,
	 * gzinflate...), personalised or not: a site's own mailing keeps its
	 * words readable or in a template, a kit hides them */
	if ((msg->fl & F_DECODED) && loads_site(P->lx))
		return true;
	/* phpmail2: a letter kept in an option or a transient (get_option()) of a
	 * script that loads the site by hand: the kit stored it there */
	return !is_str(msg) && ((msg->fl & (F_FILE | F_REMOTE | F_STORED)) || msg->taint) &&
	       loads_site(P->lx);
}

/* phpmail2: a callback that walks a list (array_map, array_walk,
 * array_filter, array_reduce, iterator_apply, usort ...) runs once per
 * element: a loop over the list, as a foreach is. Over a list from the
 * request or a file, a mail the callback sends is a mail loop's (mail_call:
 * not to a recipient the code fixes, a report to the admin per line). */
struct pv cb_walk(struct P *P, const struct pv *list, const struct pv *callee, struct pv *args,
                  int nargs, size_t tok)
{
	struct C *C = P->C;
	bool over = list->taint || (list->fl & F_FILE);
	const char *was = C->loop_src;
	if (over) {
		C->input_loops++;
		C->ml.cb_walks++;
		C->loop_src = list->taint ? "a list walked by a callback" : "lines of a file";
	}
	struct pv r = invoke(P, callee, args, nargs, tok, true);
	if (over) {
		C->input_loops--;
		C->ml.cb_walks--;
		C->loop_src = was;
	}
	return r;
}

static bool name_tok_in(const struct php_lex *lx, const struct php_token *t,
                        const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (php_tok_word(lx, t, names[i]))
			return true;
	return false;
}

/* phpmail2: a mail queue drained by visitors' page views. The mail at tok
 * sits in a loop that takes its recipients off a list (array_shift,
 * array_pop, array_splice), the function stores what is left (an option, a
 * post's meta, a transient), and the function is hooked to an action that
 * runs on every page view (add_action('wp' | 'init' | ..., function ..)):
 * a spam run spread over the site's visits. A site's own queue runs from
 * its cron event or its own worker. */
static bool pageview_drain(struct C *C, const struct php_lex *lx, size_t tok)
{
	static const char *const takes[] = {"array_shift", "array_pop", "array_splice"};
	static const char *const stores[] = {"update_post_meta", "update_option",
	                                     "set_transient",    "update_user_meta",
	                                     "update_term_meta", "set_site_transient"};
	static const char *const views[] = {
	    "wp",        "init",     "wp_loaded",    "template_redirect", "wp_head",
	    "wp_footer", "shutdown", "send_headers", "parse_request"};
	size_t loop = enclosing_loop(C, lx, tok);
	if (loop >= lx->n)
		return false;
	/* the innermost function around the loop */
	const struct fdef *in = NULL;
	for (size_t i = 0; i < C->nfn; i++) {
		const struct fdef *f = C->fn[i];
		if (f->lx == lx && f->body_b < loop && tok < f->body_e &&
		    (!in || f->body_b > in->body_b))
			in = f;
	}
	if (!in)
		return false;
	bool take = false, store = false;
	for (size_t k = loop; k < in->body_e && k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		C->work++;
		if (t->type != PT_IDENT)
			continue;
		take |= name_tok_in(lx, t, takes, HS_ARRAY_LEN(takes));
		store |= name_tok_in(lx, t, stores, HS_ARRAY_LEN(stores));
	}
	if (!take || !store)
		return false;
	/* the hook: add_action('wp', function () {...}) before the body, or
	 * add_action('init', 'name') anywhere for a named function */
	for (size_t k = 0; k + 4 < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (!php_tok_word(lx, t, "add_action") || !php_tok_op(lx, &lx->t[k + 1], "(") ||
		    lx->t[k + 2].type != PT_STR || !php_tok_op(lx, &lx->t[k + 3], ","))
			continue;
		const struct php_token *h = &lx->t[k + 2], *cb = &lx->t[k + 4];
		bool view = false;
		for (size_t i = 0; i < HS_ARRAY_LEN(views); i++)
			view |= h->vlen == strlen(views[i]) &&
			        !memcmp(php_tok_val(lx, h), views[i], h->vlen);
		if (!view)
			continue;
		bool ours = false;
		if (php_tok_word(lx, cb, "function") || php_tok_word(lx, cb, "static"))
			ours = !in->name[0] && k + 4 < in->body_b && in->body_b < k + 24;
		else if (cb->type == PT_STR && in->name[0])
			ours = cb->vlen == strlen(in->name) &&
			       !strncasecmp((const char *)php_tok_val(lx, cb), in->name, cb->vlen);
		if (ours)
			return true;
	}
	return false;
}

/* phpmail2: a for loop whose bound was counted before it (`$n =
 * count($list); for ($i = 0; $i < $n; $i++) mail($list[$i], ..)`) walks
 * that list: the list's input and file origin, for the header [b, e). */
void for_count_list(struct P *P, size_t b, size_t e, uint16_t *ht, uint16_t *hf)
{
	const struct php_lex *lx = P->lx;
	for (size_t v = b + 1; v < e && v < lx->n; v++) {
		const struct php_token *vt = &lx->t[v];
		/* the bound: the variable a `<` or `<=` compares with */
		if (vt->type != PT_VAR ||
		    !(php_tok_op(lx, &lx->t[v - 1], "<") || php_tok_op(lx, &lx->t[v - 1], "<=")))
			continue;
		size_t lo = b > 600 ? b - 600 : 0;
		for (size_t k = b; k-- > lo;) {
			const struct php_token *t = &lx->t[k];
			P->C->work++;
			if (t->type != PT_VAR || t->vlen != vt->vlen || k + 5 >= lx->n ||
			    memcmp(php_tok_val(lx, t), php_tok_val(lx, vt), t->vlen) ||
			    !php_tok_op(lx, &lx->t[k + 1], "="))
				continue;
			const struct php_token *f = &lx->t[k + 2], *l = &lx->t[k + 4];
			if ((php_tok_word(lx, f, "count") || php_tok_word(lx, f, "sizeof")) &&
			    php_tok_op(lx, &lx->t[k + 3], "(") && l->type == PT_VAR &&
			    php_tok_op(lx, &lx->t[k + 5], ")")) {
				struct pv x = get_var(P, php_tok_val(lx, l), l->vlen);
				*ht |= x.taint;
				*hf |= (uint16_t)(x.fl & F_FILE);
			}
			break;
		}
	}
}

/* phpmail2: is the call at tok in a named function that consumes a list
 * (array_shift, array_pop, array_slice, array_splice) and calls itself
 * (function drain($l) { $a = array_shift($l); mail($a, ..); drain($l); }):
 * a loop written as recursion. */
static bool recursive_consumer(struct C *C, const struct php_lex *lx, size_t tok)
{
	static const char *const takes[] = {"array_shift", "array_pop", "array_slice",
	                                    "array_splice"};
	for (size_t i = 0; i < C->nfn; i++) {
		const struct fdef *f = C->fn[i];
		if (f->lx != lx || !f->name[0] || tok < f->body_b || tok >= f->body_e)
			continue;
		size_t nl = strlen(f->name);
		bool self = false, take = false;
		for (size_t k = f->body_b; k + 1 < f->body_e && k + 1 < lx->n; k++) {
			const struct php_token *t = &lx->t[k];
			C->work++;
			if (t->type != PT_IDENT || !php_tok_op(lx, &lx->t[k + 1], "("))
				continue;
			if (t->vlen == nl &&
			    !strncasecmp((const char *)php_tok_val(lx, t), f->name, nl))
				self = true;
			for (size_t j = 0; j < HS_ARRAY_LEN(takes); j++)
				take |= php_tok_word(lx, t, takes[j]);
		}
		if (self && take)
			return true;
	}
	return false;
}

void mail_call(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok)
{
	struct C *C = P->C;
	const struct pv *to = argp(args, nargs, 0);
	const struct pv *subj = argp(args, nargs, 1), *msg = argp(args, nargs, 2);
	const struct pv *hdr = argp(args, nargs, 3);
	bool body_in = argp(args, nargs, 1)->taint || argp(args, nargs, 2)->taint;
	size_t bloop = P->lx->n;
	/* A command-line mail merge: a loop over the lines of a file (argv's
	 * list, a CSV), the subject and the headers fixed, behind a check that
	 * PHP runs from the command line. No visitor reaches it, and no spammer
	 * fixes his subject in the code (medium). */
	bool fixed_hdr = nargs < 4 || (is_str(hdr) && !hdr->taint && !(hdr->fl & F_FILE));
	/* a letter fetched from a URL is the panel's, not a merge (train6) */
	bool fetched = !is_str(msg) && (msg->fl & F_REMOTE);
	if (C->input_loops > 0 && C->loop_src && !strcmp(C->loop_src, "lines of a file") &&
	    is_str(subj) && !subj->taint && !(subj->fl & F_FILE) && fixed_hdr && !fetched &&
	    cli_guard(C, P->lx, tok)) {
		if (hidden_files(P->lx) >= 3)
			hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
			    "a command-line run over the lines of a file, the list, the letter and "
			    "the "
			    "state in dot-files named beside it -> %s",
			    lname);
		else
			hit(P, "php.mass_mail_loop", HS_SEV_MEDIUM, tok,
			    "a command-line mail merge (lines of a file, fixed subject and "
			    "headers) -> %s",
			    lname);
	} else if (C->input_loops > 0 &&
	           !(((C->loop_src && !strcmp(C->loop_src, "a list walked by goto")) ||
	              C->ml.cb_walks > 0) &&
	             is_str(to) && !to->taint))
		sink_mail(P, tok, lname);
	else if ((to->fl & F_DECODED) && !(to->fl & F_PLAIN) &&
	         enclosing_loop(C, P->lx, tok) < P->lx->n && !mail_authz(C, P->lx, tok))
		/* train7: the addresses themselves hidden in the file
		 * (explode("\n", base64_decode('...'))) and walked by a loop: a
		 * site's own code keeps its recipients readable or in its data */
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list of addresses decoded from the file itself -> %s", lname);
	else if (!is_str(to) && (to->taint || (to->fl & F_FILE)) &&
	         recursive_consumer(C, P->lx, tok) && !mail_authz(C, P->lx, tok))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "a list from %s consumed by a function that calls itself -> %s",
		    to->taint ? trail(P, to) : "a file", lname);
	else if (!is_str(to) && !to->taint && pageview_drain(C, P->lx, tok) &&
	         !mail_authz(C, P->lx, tok) &&
	         !unsub_text(C, P->lx, enclosing_loop(C, P->lx, tok), tok))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "a list of recipients taken a few at a time, the rest stored back, in a hook "
		    "run by every page view -> %s",
		    lname);
	else if (kit_text(P, msg, subj))
		/* the kit's own message files beside it, the site loaded by hand */
		list_mail(P, tok, lname, to, T_INPUT, true, T_INPUT, true, 0, 0, true);
	else
		list_mail(P, tok, lname, to, msg->taint, whole_input(msg), subj->taint,
		          whole_input(subj), deep_taint(hdr), is_str(msg) ? 0 : msg->fl & F_REMOTE,
		          false);
	/* a list of unknown length (explode, preg_split of input), not an
	 * array literal of the one address the visitor typed */
	if (body_in && to->k == K_ARR && (!to->a || !to->a->n) && to->taint)
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok, "a list of recipients from %s -> %s",
		    trail(P, to), lname);
	else if (body_in && bcc_input(argp(args, nargs, 3)))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok, "Bcc from input -> %s", lname);
	/* train9: a queried list mailed a chunk at a time in Bcc, the letter
	 * from the request (foreach (array_chunk($emails, 50) as $ch) mail('undisclosed',
	 * .., $_POST['html'], "Bcc: " . implode(',', $ch))) */
	else if (msg->taint && !is_str(hdr) && loop_queried(C, P->lx, tok, &bloop) &&
	         lex_bcc_arg(P->lx, bloop, tok) && !mail_authz(C, P->lx, tok) &&
	         !unsub_text(C, P->lx, bloop, tok))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "loop over a list read by a query, each chunk in Bcc, body from the request -> "
		    "%s",
		    lname);
	/* A job fetched from a URL (curl_exec, file_get_contents of http://)
	 * names the recipient, the subject and the body: the panel-driven
	 * sender of a spam run, whatever loop it sits in. A plugin that
	 * fetches a notice from its vendor mails it to the site's own admin
	 * (a recipient it knows). */
	else if ((to->fl & F_REMOTE) && !is_str(to) && (argp(args, nargs, 1)->fl & F_REMOTE) &&
	         (argp(args, nargs, 2)->fl & F_REMOTE))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok,
		    "recipient, subject and body fetched from a URL -> %s", lname);
	/* An open relay (a remailer): the recipient, the subject, the body and
	 * the headers (the forged From) all from the request; the spammer's
	 * sender posts one request per recipient. A contact form mails a fixed
	 * owner; a "send to a friend" form fixes the subject or the headers. */
	else if (to->taint && argp(args, nargs, 1)->taint && argp(args, nargs, 2)->taint &&
	         argp(args, nargs, 3)->taint && !one_of_words(P->C, argp(args, nargs, 2)))
		hit(P, "php.mail_relay", HS_SEV_HIGH, tok,
		    "recipient, subject, body and headers from %s -> %s", trail(P, to), lname);
	/* The same without the headers: the recipient, the subject and the body
	 * each a request field whole (a JSON endpoint's members). A contact
	 * form's copy to the visitor follows its message to the owner (a fixed
	 * address); a page sent to a friend has the site's subject or text. */
	else if (whole_input(to) && whole_input(subj) && whole_input(msg) && !C->ml.fixed_to &&
	         !one_of_words(C, msg))
		hit(P, "php.mail_relay", HS_SEV_HIGH, tok,
		    "recipient, subject and body each a request field (%s) -> %s", trail(P, to),
		    lname);
	if (is_str(to) && !to->taint)
		C->ml.fixed_to = true;
	if (strcmp(lname, "mail") && strcmp(lname, "mb_send_mail"))
		return;
	const struct pv *prm = argp(args, nargs, 4);
	bool x = prm->s && prm->n >= 2 && (is_str(prm) || prm->k == K_UNK) &&
	         (memmem(prm->s, prm->n, "-X", 2) || memmem(prm->s, prm->n, "-C", 2) ||
	          memmem(prm->s, prm->n, "-OQueueDirectory", 16));
	if (x || (prm->taint && !(prm->fl & F_SHESC)))
		hit(P, "php.sendmail_args", HS_SEV_HIGH, tok, "%s -> %s(.., additional parameters)",
		    x ? "sendmail -X/-C (a log or config file)" : trail(P, prm), lname);
}

/* Writes that are not file_put_contents: error_log($msg, 3, $path) appends
 * the message to the file, copy('php://input', $dst) writes the request's
 * body. Input written as PHP code to a script path is a dropper whatever
 * names the path. */
void write_more(struct P *P, const char *what, const struct pv *path, const struct pv *data,
                size_t tok)
{
	if (!data->taint)
		return;
	bool code = data->s && data->n >= 2 && memmem(data->s, data->n, "<?", 2);
	if (path->taint)
		hit(P, "php.input_to_file_write", write_sev(P), tok, "%s -> %s, path from %s%s",
		    trail(P, data), what, trail(P, path), write_where(P));
	else if (is_script_path(path) || code)
		hit(P, "php.input_to_file_write", write_sev(P), tok, "%s -> %s, %s%s",
		    trail(P, data), what, code ? "as PHP code" : "to a .php path", write_where(P));
}

/* FFI::cdef('int system(const char *);') / FFI::load(): the C functions it
 * declares are methods of the object; the libc ones that run a command are
 * command sinks (disable_functions does not cover FFI). */
static const unsigned char ffi_class[] = "ffi";

struct pv ffi_object(void)
{
	struct pv o = unk();
	o.k = K_OBJ;
	o.s = ffi_class;
	o.n = 3;
	return o;
}

bool ffi_sink(struct P *P, const char *m, struct pv *args, int nargs, size_t tok)
{
	static const char *const cmds[] = {"system", "popen",  "execl",  "execlp",     "execle",
	                                   "execv",  "execvp", "execve", "posix_spawn"};
	for (size_t i = 0; i < HS_ARRAY_LEN(cmds); i++)
		if (!strcmp(m, cmds[i])) {
			struct pv a = *argp(args, nargs, 0);
			for (int k = 1; k < nargs && k < 4; k++)
				merge_taint(&a, &args[k]);
			char label[40];
			snprintf(label, sizeof(label), "FFI->%s", cmds[i]);
			sink_cmd(P, &a, tok, label);
			return true;
		}
	return false;
}

/* popen()/proc_open() of sendmail (F_MAILPIPE) or of an interpreter that
 * reads its program from standard input (F_SHELLVAR, as a bare shell, but no
 * finding of its own: what is written to it decides). r: the handle; for
 * proc_open the pipes, assigned to the third argument. */
bool pipe_more(struct P *P, const char *lname, const struct pv *a0, int nargs, struct lv *alv,
               struct pv *r)
{
	struct pv line = *a0;
	if (a0->k == K_ARR && !argv_line(P->C, a0, &line))
		return false;
	uint32_t fl;
	if (mail_program(&line))
		fl = F_MAILPIPE;
	else if (interp_stdin(&line))
		fl = F_SHELLVAR;
	else
		return false;
	*r = unk();
	r->fl |= fl;
	if (!strcmp(lname, "proc_open") && nargs >= 3 && alv && alv[2].kind != LV_NONE) {
		struct pv pipes = {.k = K_ARR, .a = arr_new(P->C)};
		struct pv k0 = num_of(P->C, 0);
		arr_set(P->C, pipes.a, &k0, r);
		assign(P, &alv[2], &pipes);
	}
	return true;
}

/* A write of data to the handle h: a sendmail pipe's message, an SMTP
 * socket's commands (as fwrite() in php_ev_dispatch.c). */
static void mail_pipe_write(struct P *P, const struct pv *h, const struct pv *data, size_t tok)
{
	if ((h->fl & F_SOCKET) && (data->fl & F_SMTP))
		sink_mail(P, tok, "SMTP commands written to a socket");
	if (h->fl & F_MAILPIPE)
		sink_mail(P, tok, "a message written to a sendmail pipe");
	mail_write(P, h, data, tok);
}

/* Built-ins of this block, from more_builtin(). */
static bool sink_more(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok,
                      struct pv *ret)
{
	const struct pv *a0 = argp(args, nargs, 0);
	/* phpmail2: fprintf()/vfprintf() to a sendmail pipe or an SMTP socket
	 * write the message as fwrite() does (its text the format filled in);
	 * stream_copy_to_stream() into one copies a message read elsewhere */
	if ((!strcmp(lname, "fprintf") || !strcmp(lname, "vfprintf")) &&
	    (a0->fl & (F_MAILPIPE | F_SOCKET)) && nargs >= 2) {
		struct pv sargs[16];
		int n = 0;
		const struct pv *a2 = argp(args, nargs, 2);
		sargs[n++] = args[1];
		if (lname[0] == 'v' && a2->k == K_ARR && a2->a && !(a2->fl & F_SUPER))
			for (uint32_t i = 0; i < a2->a->n && n < 16; i++)
				sargs[n++] = a2->a->v[i].val;
		else if (lname[0] == 'v')
			sargs[n++] = unk_like(a2);
		else
			for (int i = 2; i < nargs && n < 16; i++)
				sargs[n++] = args[i];
		struct pv data = do_sprintf(P, sargs, n);
		for (int i = 1; i < n; i++)
			merge_taint(&data, &sargs[i]);
		mail_pipe_write(P, a0, &data, tok);
		*ret = num_of(P->C, (long long)data.n);
		return true;
	}
	if (!strcmp(lname, "stream_copy_to_stream") &&
	    (argp(args, nargs, 1)->fl & (F_MAILPIPE | F_SOCKET)))
		mail_pipe_write(P, argp(args, nargs, 1), a0, tok); /* and fetch_stream_copy */
	if (!strcmp(lname, "parse_ini_file")) {
		/* the settings of a file beside the script: its values are the
		 * file's (a sender's list of recipients, its subject) */
		*ret = unk();
		ret->fl |= F_FILE;
		return true;
	}
	if (!strcmp(lname, "error_log")) {
		bool ok;
		long long type = to_int(argp(args, nargs, 1), &ok);
		if (ok && type == 1 && nargs >= 3) {
			/* phpmail2: type 1 mails the message to the third argument,
			 * the fourth the headers: mail() */
			struct pv margs[4] = {args[2], unk(), args[0], *argp(args, nargs, 3)};
			mail_call(P, "error_log(type 1)", margs, 4, tok);
		}
		if (ok && type == 3 && nargs >= 3)
			write_more(P, "error_log(type 3)", &args[2], a0, tok);
		*ret = unk();
		return true;
	}
	return false;
}

struct pv more_builtin(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok)
{
	struct C *C = P->C;
	const struct pv *a0 = argp(args, nargs, 0);
	struct pv r = unk();
	if (sink_more(P, lname, args, nargs, tok, &r))
		return r;
	if (ev_entry_more(P, lname, args, nargs, tok, &r))
		return r;
	if (!strcmp(lname, "str_pad"))
		return do_str_pad(P, args, nargs);
	if (!strcmp(lname, "vsprintf")) {
		/* vsprintf('%s%s', ['sy', 'stem']): sprintf with the elements */
		const struct pv *a1 = argp(args, nargs, 1);
		struct pv sargs[16];
		int n = 0;
		sargs[n++] = *a0;
		if (a1->k == K_ARR && a1->a && !(a1->fl & F_SUPER))
			for (uint32_t i = 0; i < a1->a->n && n < 16; i++)
				sargs[n++] = a1->a->v[i].val;
		else
			sargs[n++] = unk_like(a1);
		return do_sprintf(P, sargs, n);
	}
	if (!strcmp(lname, "stream_copy_to_stream")) {
		fetch_stream_copy(P, args, nargs, tok);
		return r;
	}
	if (!strcmp(lname, "ceil") || !strcmp(lname, "floor")) {
		long long x;
		bool frac, neg;
		C->validations++; /* a number: nothing of the input is left (as B_KILL) */
		if (!to_dec(a0, &x, &frac, &neg))
			return r;
		if (frac && lname[0] == 'c' && !neg)
			x++;
		else if (frac && lname[0] == 'f' && neg)
			x--;
		return num_of(C, x);
	}
	if (!strcmp(lname, "array_flip") || !strcmp(lname, "array_keys")) {
		if (nargs > 1 && lname[6] == 'k')
			return unk_like(a0); /* array_keys($a, $search): a search */
		return do_keys(P, a0, lname[6] == 'f');
	}
	if (!strcmp(lname, "get_defined_functions")) {
		r.k = K_ARR;
		r.a = arr_new(C);
		struct pv all = unk();
		all.k = K_ARR;
		all.a = arr_new(C);
		all.how = how_gdf;
		struct pv k = str_ref((const unsigned char *)"internal", 8, 0);
		arr_set(C, r.a, &k, &all);
		r.how = how_gdf;
		return r;
	}
	if (!strcmp(lname, "header_register_callback")) {
		later_cb(P, a0, tok, 0);
		return r;
	}
	if (!strcmp(lname, "session_set_save_handler")) {
		/* open, close, read, write, destroy, gc (or an object: its methods
		 * are evaluated anyway) */
		for (int i = 0; i < nargs && i < 6; i++)
			later_cb(P, &args[i], tok, i == 3 ? 2 : 1);
		return r;
	}
	if (!strcmp(lname, "yaml_parse") || !strcmp(lname, "yaml_parse_file") ||
	    !strcmp(lname, "yaml_parse_url")) {
		yaml_callbacks(P, a0, argp(args, nargs, 3), tok);
		return unk_like(a0);
	}
	if (!strcmp(lname, "set_error_handler")) {
		C->err_handler = *a0;
		later_cb(P, a0, tok, 2);
		return r;
	}
	if (!strcmp(lname, "trigger_error") || !strcmp(lname, "user_error")) {
		/* the handler set before gets the message */
		if (C->err_handler.k != K_UNK || C->err_handler.taint) {
			struct pv cargs[2] = {num_of(C, 1024), *a0};
			invoke(P, &C->err_handler, cargs, 2, tok, true);
		}
		return r;
	}
	return r;
}
