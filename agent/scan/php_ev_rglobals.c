/* register_globals (PHP before 5.4 filled a global variable for every
 * request field): old shells call ekse($cmd) after isset($_GET['cmd'])
 * and never assign $cmd. An undefined variable of the global scope stands
 * for the request field of the same literal name that the file reads or
 * checks ($_GET/$_POST/$_REQUEST/$_COOKIE['name']), when the file never
 * assigns that variable itself (=, .=..., foreach's as, global, static).
 * Applications assign what they read ($page = $_GET['page']), so this
 * only speaks for files written for register_globals. */
#include "scan/php_ev.h"

#include <string.h>
#include <strings.h>

#define RG_MAX 16

struct ev_rglob {
	const struct php_lex *lx; /* the layer the keys were collected from */
	struct {
		const unsigned char *s;
		uint32_t n;
		int which; /* superglobal() index */
	} key[RG_MAX];
	int nkey;
	bool undef_gate; /* the third reading applies to this layer (undef_gate_of) */
};

static bool tok_is(const struct php_lex *lx, size_t k, const char *o)
{
	return k < lx->n && lx->t[k].type == PT_OP && php_tok_op(lx, &lx->t[k], o);
}

static bool undef_gate_of(const struct php_lex *lx);

/* the literal keys of $_GET['x'] & co in the layer, once */
static void collect(struct ev_rglob *g, const struct php_lex *lx)
{
	g->lx = lx;
	g->nkey = 0;
	g->undef_gate = undef_gate_of(lx);
	for (size_t k = 0; k + 2 < lx->n && g->nkey < RG_MAX; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_VAR)
			continue;
		int sg = superglobal(php_tok_val(lx, t), t->vlen);
		if (sg < 0 || sg > 3 || !tok_is(lx, k + 1, "[") || lx->t[k + 2].type != PT_STR)
			continue;
		const struct php_token *s = &lx->t[k + 2];
		if (!s->vlen || s->vlen > 64)
			continue;
		g->key[g->nkey].s = php_tok_val(lx, s);
		g->key[g->nkey].n = s->vlen;
		g->key[g->nkey].which = sg;
		g->nkey++;
	}
}

/* $name assigned anywhere in the layer */
static bool assigned(const struct php_lex *lx, const unsigned char *name, size_t n)
{
	static const char *const ops[] = {
	    "=", ".=", "+=", "-=", "*=", "/=", "|=", "&=", "^=", "?\?=", "%="};
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_VAR || t->vlen != n || memcmp(php_tok_val(lx, t), name, n))
			continue;
		for (size_t o = 0; o < HS_ARRAY_LEN(ops); o++)
			if (tok_is(lx, k + 1, ops[o]))
				return true;
		if (k > 0 && (tok_is(lx, k - 1, "=>") || tok_is(lx, k - 1, "&") ||
		              (lx->t[k - 1].type == PT_IDENT &&
		               (php_tok_word_n(lx, &lx->t[k - 1], "as") ||
		                php_tok_word_n(lx, &lx->t[k - 1], "global") ||
		                php_tok_word_n(lx, &lx->t[k - 1], "static")))))
			return true;
	}
	return false;
}

/* An undefined global variable read: the request field it stands for, or
 * -1. Sets *src to a label for the trail. */
int rglobal_source(struct P *P, const unsigned char *name, size_t n, const char **src)
{
	struct C *C = P->C;
	if (P->sc != &C->global || !n || n > 64 || P->lx->n > 500000)
		return -1;
	if (!C->rg)
		C->rg = amem(C, sizeof(*C->rg));
	struct ev_rglob *g = C->rg;
	if (g->lx != P->lx)
		collect(g, P->lx);
	for (int i = 0; i < g->nkey; i++) {
		if (g->key[i].n != n || memcmp(g->key[i].s, name, n))
			continue;
		if (assigned(P->lx, name, n))
			return -1;
		*src = afmt(C, "$%.*s (register_globals: %s['%.*s'])", (int)n, (const char *)name,
		            src_names[g->key[i].which], (int)n, (const char *)name);
		return g->key[i].which;
	}
	return -1;
}

/* ------------------------------------- never assigned (webhigh, third reading) */

/* The fragments of the register_globals era that collections keep (a
 * shell's command box cut out of c99 or r57: ekse($cmd), cmd.exe's pipe
 * written with $command, execute($p1)) read the request field as a plain
 * global and carry neither a $_GET key nor a form naming it. In a layer
 * that runs commands (a command function is called) with the tell of a
 * shell (a command function's name checked with function_exists() or
 * is_callable(), as wrappers that try one after another do, or a command
 * interpreter named: cmd.exe, COMSPEC, /bin/sh) and includes nothing,
 * a global variable read undefined that the layer never assigns in any
 * form is that request field. Not assigned: =, the compound operators,
 * ++/--, foreach's as/=>, global, static, & (a reference), an element or a
 * property written ($x[..], $x->..: any use of either counts), or an
 * argument after the first of a call (an out parameter: exec($c, $out),
 * preg_match($p, $s, $m), proc_open(.., $pipes)). A layer that names
 * variables at run time ($$, ${, extract, parse_str, list, compact,
 * get_defined_vars, import_request_variables) is not read so. PHP's own
 * globals (argv, argc, php_errormsg, http_response_header, this) are
 * defined. */
static bool undef_gate_of(const struct php_lex *lx)
{
	static const char *const cmds[] = {"system", "exec",      "shell_exec", "passthru",
	                                   "popen",  "proc_open", "pcntl_exec"};
	static const char *const dyn[] = {
	    "extract",     "parse_str",        "list",
	    "compact",     "get_defined_vars", "import_request_variables",
	    "include",     "include_once",     "require",
	    "require_once"};
	static const char *const shells[] = {"cmd.exe",   "cmd",     "/bin/sh",
	                                     "/bin/bash", "COMSPEC", "command.com"};
	bool cmd = false, tell = false;
	if (lx->n > 200000)
		return false;
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type == PT_DOLLAR)
			return false; /* $$name, ${expr} */
		if (t->type == PT_STR) {
			/* an interactive shell started (cmd.exe's pipe, /bin/sh) */
			for (size_t i = 0; !tell && i < HS_ARRAY_LEN(shells); i++)
				tell = t->vlen == strlen(shells[i]) &&
				       !strncasecmp((const char *)php_tok_val(lx, t), shells[i],
				                    t->vlen);
			continue;
		}
		if (t->type != PT_IDENT)
			continue;
		/* the tell of a command wrapper: function_exists('passthru') */
		if ((php_tok_word_n(lx, t, "function_exists") ||
		     php_tok_word_n(lx, t, "is_callable")) &&
		    tok_is(lx, k + 1, "(") && k + 2 < lx->n && lx->t[k + 2].type == PT_STR)
			for (size_t i = 0; !tell && i < HS_ARRAY_LEN(cmds); i++)
				tell = lx->t[k + 2].vlen == strlen(cmds[i]) &&
				       !memcmp(php_tok_val(lx, &lx->t[k + 2]), cmds[i],
				               strlen(cmds[i]));
		for (size_t i = 0; i < HS_ARRAY_LEN(dyn); i++)
			if (php_tok_word_n(lx, t, dyn[i]))
				return false;
		for (size_t i = 0; !cmd && i < HS_ARRAY_LEN(cmds); i++)
			if (php_tok_word_n(lx, t, cmds[i]) && tok_is(lx, k + 1, "("))
				cmd = true;
	}
	return cmd && tell;
}

/* $x[..][..] at k (its first '['): followed by an assignment, ++ or --, or
 * given by reference (&$x[..])? An element read is a read ($_GP['cmd']). */
static bool elem_written(const struct php_lex *lx, size_t k)
{
	static const char *const ops[] = {
	    "=", ".=", "+=", "-=", "*=", "/=", "|=", "&=", "^=", "?\?=", "%=", "++", "--"};
	if (k >= 2 && tok_is(lx, k - 2, "&"))
		return true;
	while (k < lx->n && tok_is(lx, k, "[")) {
		int depth = 0;
		size_t j = k;
		for (; j < lx->n && j < k + 4096; j++) {
			if (tok_is(lx, j, "["))
				depth++;
			else if (tok_is(lx, j, "]") && --depth == 0)
				break;
		}
		if (j >= lx->n || depth)
			return true; /* unclosed: say written */
		k = j + 1;
	}
	if (k < lx->n && tok_is(lx, k, "->"))
		return true;
	for (size_t o = 0; o < HS_ARRAY_LEN(ops); o++)
		if (tok_is(lx, k, ops[o]))
			return true;
	/* an argument after the first of a call: an out parameter */
	return false;
}

static bool written_somehow(const struct php_lex *lx, const unsigned char *name, size_t n)
{
	if (assigned(lx, name, n))
		return true;
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_VAR || t->vlen != n || memcmp(php_tok_val(lx, t), name, n))
			continue;
		if (tok_is(lx, k + 1, "[") && elem_written(lx, k + 1))
			return true;
		if (tok_is(lx, k + 1, "->") || tok_is(lx, k + 1, "++") || tok_is(lx, k + 1, "--") ||
		    (k > 0 && (tok_is(lx, k - 1, "++") || tok_is(lx, k - 1, "--"))))
			return true;
		if (k > 0 && tok_is(lx, k - 1, ",") &&
		    (tok_is(lx, k + 1, ",") || tok_is(lx, k + 1, ")")))
			return true;
	}
	return false;
}

int rglobal_undefined(struct P *P, const unsigned char *name, size_t n, const char **src)
{
	static const char *const predef[] = {
	    "argv", "argc", "php_errormsg", "http_response_header", "this", "GLOBALS"};
	struct C *C = P->C;
	if (P->sc != &C->global || !n || n > 64 || P->lx->n > 200000)
		return -1;
	for (size_t i = 0; i < HS_ARRAY_LEN(predef); i++)
		if (strlen(predef[i]) == n && !memcmp(predef[i], name, n))
			return -1;
	if (!C->rg)
		C->rg = amem(C, sizeof(*C->rg));
	struct ev_rglob *g = C->rg;
	if (g->lx != P->lx)
		collect(g, P->lx);
	if (!g->undef_gate || written_somehow(P->lx, name, n))
		return -1;
	*src = afmt(C, "$%.*s (never assigned in a shell fragment: register_globals)", (int)n,
	            (const char *)name);
	return 2; /* $_REQUEST */
}

/* ------------------------------------------------ form fields (session 16) */

/* The second reading: the form fields of the page as variables.
 *
 * PHP before 5.4 (register_globals=On, the default before 4.2 and common on
 * shared hosts long after) made every request parameter a global variable.
 * The pages written for it never read $_POST: the form says
 * <input name="command"> and the code runs system($command). Old shells and
 * mailers of that era are still dropped and still copied into collections,
 * and a scanner that only knows the superglobals sees a fixed, undefined
 * variable. A variable that is undefined where it is read at file scope and
 * whose name is a field of a form in the same file (or a key of a query
 * string the page links to) is request input here. Only file scope: a
 * function's locals were never filled, and templates that a controller
 * includes read variables their includer defined, and a page that
 * includes other files may get them from there, so a file with an include
 * or require keeps to the superglobals. */

#define FIELDS_MAX 64
#define FIELD_LEN  32

struct ev_fields {
	int n;
	uint8_t len[FIELDS_MAX];
	unsigned char name[FIELDS_MAX][FIELD_LEN];
};

/* ASCII only: a form of that era names its fields in ASCII, and bytes
 * >= 0x80 would turn every image's noise into "fields" */
static bool ident_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* A file that includes or requires another gets its undefined variables from
 * there (a config, a register_globals emulation such as HotelDruid's): its
 * form fields are not evidence. */
static bool includes_other_file(const struct php_lex *lx)
{
	for (size_t i = 0; i < lx->n; i++) {
		const struct php_token *t = &lx->t[i];
		if (t->type == PT_IDENT &&
		    (php_tok_word(lx, t, "include") || php_tok_word(lx, t, "include_once") ||
		     php_tok_word(lx, t, "require") || php_tok_word(lx, t, "require_once")))
			return true;
	}
	return false;
}

static void add_field(struct ev_fields *f, const unsigned char *s, size_t n)
{
	if (!n || n >= FIELD_LEN || f->n >= FIELDS_MAX || (s[0] >= '0' && s[0] <= '9'))
		return;
	for (int i = 0; i < f->n; i++)
		if (f->len[i] == n && !memcmp(f->name[i], s, n))
			return;
	memcpy(f->name[f->n], s, n);
	f->len[f->n++] = (uint8_t)n;
}

/* The identifier at s (after an optional quote, escaped or not); its length. */
static size_t quoted_ident(const unsigned char *s, const unsigned char *end,
                           const unsigned char **start)
{
	while (s < end && (*s == '\\' || *s == '"' || *s == '\'' || *s == ' '))
		s++;
	const unsigned char *b = s;
	while (s < end && ident_char(*s))
		s++;
	*start = b;
	return (size_t)(s - b);
}

/* Is p inside the tag that opened at lt (the last '<' before p with no '>'
 * after it, or NULL), at most 512 bytes back, and is it named one of tags?
 * The caller tracks lt as it walks forward, so the test costs no scan back
 * (a file of "name=" without any tag would make a scan back quadratic). */
static bool in_tag(const unsigned char *lt, const unsigned char *p, const char *const *tags,
                   size_t ntags)
{
	if (!lt || p - lt >= 512)
		return false;
	size_t back = (size_t)(p - lt);
	for (size_t t = 0; t < ntags; t++) {
		size_t k = strlen(tags[t]);
		if (back > k && !strncasecmp((const char *)lt + 1, tags[t], k) &&
		    !ident_char(lt[1 + k]))
			return true;
	}
	return false;
}

static const char *const control_tags[] = {"input", "textarea", "select", "button"};
static const char *const link_tags[] = {"a", "form", "frame", "iframe"};

/* A query string that a page links to: in an <a href>/<form action> tag, or
 * right after a script's own name ($PHP_SELF?x=, .php?x=). */
static bool in_link(const unsigned char *buf, const unsigned char *lt, const unsigned char *p)
{
	size_t at = (size_t)(p - buf);
	if ((at >= 4 && !strncasecmp((const char *)p - 4, ".php", 4)) ||
	    (at >= 4 && !strncasecmp((const char *)p - 4, "SELF", 4)))
		return true;
	return in_tag(lt, p, link_tags, sizeof(link_tags) / sizeof(*link_tags));
}

static struct ev_fields *fields_of(struct C *C)
{
	if (C->fields)
		return C->fields;
	struct ev_fields *f = amem(C, sizeof(*f));
	C->fields = f;
	if (includes_other_file(C->lex[0]) || memchr(C->src0, 0, C->src0_len))
		return f; /* binary data (an image) has no forms either */
	const unsigned char *buf = C->src0, *end = C->src0 + C->src0_len;
	const unsigned char *lt = NULL; /* the tag p is in: its '<' */
	for (const unsigned char *p = buf; p + 5 < end && f->n < FIELDS_MAX; p++) {
		const unsigned char *s;
		size_t n;
		if (*p == '<' || *p == '>') {
			lt = *p == '<' ? p : NULL;
		} else if ((*p == 'n' || *p == 'N') && !strncasecmp((const char *)p, "name", 4) &&
		           (p == buf || !ident_char(p[-1]))) {
			const unsigned char *q = p + 4;
			while (q < end && *q == ' ')
				q++;
			if (q >= end || *q != '=' ||
			    !in_tag(lt, p, control_tags,
			            sizeof(control_tags) / sizeof(*control_tags)))
				continue;
			n = quoted_ident(q + 1, end, &s);
			add_field(f, s, n);
		} else if ((*p == '?' || *p == '&') && p + 1 < end && ident_char(p[1])) {
			/* a query string the page links to or posts to: ?act=ls&d=/ */
			const unsigned char *q = p + 1;
			if (*p == '&' && end - q > 4 && !memcmp(q, "amp;", 4))
				q += 4;
			n = quoted_ident(q, end, &s);
			if (s != q || s + n >= end || s[n] != '=' || !in_link(buf, lt, p))
				continue;
			add_field(f, s, n);
		}
	}
	return f;
}

bool ev_form_field(struct P *P, const unsigned char *name, size_t n)
{
	struct C *C = P->C;
	if (P->sc != &C->global || !C->src0 || n >= FIELD_LEN)
		return false;
	struct ev_fields *f = fields_of(C);
	for (int i = 0; i < f->n; i++)
		if (f->len[i] == n && !memcmp(f->name[i], name, n))
			return true;
	return false;
}
