#include "scan/php_quoted.h"
#include "scan/php_analyze.h"
#include "scan/php_lex.h"
#include "util.h"

#include <string.h>

/* ------------------------------------------------------------ regions */

static void region_add(struct php_quoted_regions *r, const unsigned char *src, uint32_t b,
                       uint32_t e)
{
	if (r->n) {
		/* 'a' . 'b': a chain joined by the concatenation operator alone
		 * holds no code between its pieces (comments are not joined: the
		 * lexer dropped them, and a match in one is not in a literal) */
		uint32_t p = r->e[r->n - 1];
		int dots = 0;
		bool ok = p <= b;
		for (uint32_t i = p; ok && i < b; i++) {
			unsigned char c = src[i];
			if (c == '.')
				dots++;
			else if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
				ok = false;
		}
		if (ok && dots == 1) {
			r->e[r->n - 1] = e;
			return;
		}
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->b = xrealloc(r->b, r->cap * sizeof(*r->b));
		r->e = xrealloc(r->e, r->cap * sizeof(*r->e));
	}
	r->b[r->n] = b;
	r->e[r->n] = e;
	r->n++;
}

/* The lower-case base name of an identifier (\Foo\system -> system). */
static void base_lower(const struct php_lex *lx, const struct php_token *t, char *out, size_t n)
{
	const unsigned char *s = lx->src + t->off;
	size_t l = t->len, b = l;
	while (b > 0 && s[b - 1] != '\\')
		b--;
	size_t k = 0;
	for (size_t i = b; i < l && k + 1 < n; i++) {
		unsigned char c = s[i];
		out[k++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
	}
	out[k] = 0;
	if (l - b >= n)
		out[0] = 0; /* too long for any name below */
}

static bool in_list(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(w, list[i]))
			return true;
	return false;
}

/* Functions that run text, write it somewhere or hand a callee to PHP in a
 * way this check does not follow: their presence alone keeps every match
 * where it is. Writes are here because a literal written to a file is code
 * the file plants (the PHP layer analyses it as a layer); mail because a
 * phishing back end sends what its literals build. */
static const char *const run_funcs[] = {
    "eval",
    "create_function",
    "system",
    "exec",
    "shell_exec",
    "passthru",
    "popen",
    "proc_open",
    "pcntl_exec",
    "expect_popen",
    "mail",
    "mb_send_mail",
    "imap_mail",
    "error_log",
    "file_put_contents",
    "fwrite",
    "fputs",
    "fprintf",
    "vfprintf",
    "fputcsv",
    "gzwrite",
    "gzputs",
    "bzwrite",
    "copy",
    "rename",
    "move_uploaded_file",
    "symlink",
    "link",
    "putenv",
    "dl",
    "mb_ereg_replace",
    "mb_eregi_replace",
    "mb_ereg_replace_callback",
    "preg_replace_callback_array",
    "session_set_save_handler",
    "yaml_parse",
    "yaml_parse_file",
    "yaml_parse_url",
    "array_udiff",
    "array_udiff_assoc",
    "array_udiff_uassoc",
    "array_uintersect",
    "array_uintersect_assoc",
    "array_uintersect_uassoc",
    "array_diff_ukey",
    "array_diff_uassoc",
    "array_intersect_ukey",
    "array_intersect_uassoc",
    "unserialize",
    "extract",
    "parse_str",
};

/* Methods of the same kind (SplFileObject, Phar, Reflection, V8Js, COM). */
static const char *const run_methods[] = {
    "eval",
    "fwrite",
    "fputs",
    "fputcsv",
    "putcontents",
    "dumpfile",
    "addfromstring",
    "executestring",
    "invoke",
    "invokeargs",
    "call",
    "__invoke",
    "createfunction",
    "sqlitecreatefunction",
    "registerphpfunctions",
    "fromcallable",
    "exec",
    "getclosure",
};

/* Functions that take a callee, and which argument it is: allowed only
 * when that argument is a closure (its body is code this check reads) or
 * literals naming nothing that runs text. */
static const struct {
	const char *name;
	int arg;
} cb_funcs[] = {
    {"call_user_func", 0},
    {"call_user_func_array", 0},
    {"forward_static_call", 0},
    {"forward_static_call_array", 0},
    {"array_map", 0},
    {"array_filter", 1},
    {"array_walk", 1},
    {"array_walk_recursive", 1},
    {"array_reduce", 1},
    {"usort", 1},
    {"uasort", 1},
    {"uksort", 1},
    {"iterator_apply", 1},
    {"preg_replace_callback", 1},
    {"ob_start", 0},
    {"register_shutdown_function", 0},
    {"register_tick_function", 0},
    {"set_error_handler", 0},
    {"set_exception_handler", 0},
    {"spl_autoload_register", 0},
    {"header_register_callback", 0},
};

/* A callee named in a literal that could run or write text. Substrings,
 * to be wide: "call" covers call_user_func*, "sort" the u*sort family. */
static bool runner_name(const unsigned char *s, size_t n)
{
	static const char *const parts[] = {
	    "eval",   "assert",  "exec",      "system", "passthru", "popen",  "proc_",
	    "create", "call",    "preg_",     "ereg",   "put",      "write",  "map",
	    "filter", "walk",    "reduce",    "sort",   "apply",    "regist", "handler",
	    "serial", "extract", "parse_str", "mail",   "ini_",     "copy",   "rename",
	    "move",   "include", "require",   "invoke", "closure",  "func",
	};
	char w[64];
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < sizeof(w); i++) {
		unsigned char c = s[i];
		if (c == ' ' || c == '\t' || c == '\\')
			continue;
		w[k++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
	}
	w[k] = 0;
	if (n >= sizeof(w) || !strcmp(w, "dl"))
		return true;
	for (size_t i = 0; i < HS_ARRAY_LEN(parts); i++)
		if (strstr(w, parts[i]))
			return true;
	return false;
}

static bool is_open(const struct php_lex *lx, const struct php_token *t)
{
	return php_tok_op(lx, t, "(") || php_tok_op(lx, t, "[") || php_tok_op(lx, t, "{");
}

/* The end (exclusive) of argument `want` of the call whose '(' is at
 * open; *b gets its start. False when the call has fewer arguments. */
static bool call_arg(const struct php_lex *lx, size_t open, int want, size_t *b, size_t *e)
{
	size_t close = lx->t[open].match;
	if (close <= open)
		return false;
	int k = 0;
	size_t start = open + 1;
	for (size_t i = open + 1; i <= close; i++) {
		const struct php_token *t = &lx->t[i];
		if (i == close || php_tok_op(lx, t, ",")) {
			if (k == want) {
				*b = start;
				*e = i;
				return i > start;
			}
			k++;
			start = i + 1;
			continue;
		}
		if (is_open(lx, t) && t->match > i && t->match < close)
			i = t->match;
	}
	return false;
}

/* A callback argument this check can vouch for. */
static bool cb_arg_safe(const struct php_lex *lx, size_t b, size_t e)
{
	const struct php_token *t = &lx->t[b];
	if (php_tok_word(lx, t, "static") && b + 1 < e)
		t = &lx->t[++b];
	if (php_tok_word(lx, t, "function") || php_tok_word(lx, t, "fn"))
		return true; /* a closure: its body is read like the rest */
	for (size_t i = b; i < e; i++) {
		t = &lx->t[i];
		if (t->type == PT_STR) {
			if (runner_name(php_tok_val(lx, t), t->vlen))
				return false;
		} else if (t->type == PT_OP) {
			if (!php_tok_op(lx, t, "[") && !php_tok_op(lx, t, "]") &&
			    !php_tok_op(lx, t, "(") && !php_tok_op(lx, t, ")") &&
			    !php_tok_op(lx, t, ",") && !php_tok_op(lx, t, "::"))
				return false;
		} else if (t->type == PT_VAR) {
			if (!(t->vlen == 4 && !memcmp(php_tok_val(lx, t), "this", 4)))
				return false;
		} else if (t->type == PT_IDENT) {
			/* [self::class, 'm'], array($this, 'm'), Foo::class */
			bool cls = i + 1 < e && php_tok_op(lx, &lx->t[i + 1], "::");
			if (!cls && !php_tok_word(lx, t, "array") &&
			    !php_tok_word(lx, t, "class") && !php_tok_word(lx, t, "__class__"))
				return false;
		} else {
			return false;
		}
	}
	return true;
}

/* assert()'s argument is a boolean expression: PHP (7 and before) evals
 * a *string* argument, never a bool, so `assert(strlen($out) > 0)` in a
 * test suite runs no text. Boolean: a comparison or logical operator at
 * the argument's top level, with no operator there that could yield a
 * string again (`?:`, `??`, `&` `|` `^` of strings, an assignment); or
 * the whole argument one call of a predicate (is_string(..),
 * in_array(..)). Anything else (a variable, a literal, a decoder's call,
 * a concatenation) may be code. */
static bool assert_arg_bool(const struct php_lex *lx, size_t open)
{
	static const char *const bool_ops[] = {"==", "===", "!=", "!==", "<", ">",
	                                       "<=", ">=",  "<>", "&&",  "||"};
	static const char *const string_ops[] = {"?",  "??",   "?:", "&",  "|",  "^",  "=",
	                                         ".=", "?\?=", "&=", "|=", "^=", "+=", "-="};
	static const char *const predicates[] = {
	    "in_array",         "array_key_exists", "isset",         "empty",
	    "function_exists",  "class_exists",     "method_exists", "property_exists",
	    "interface_exists", "defined",          "file_exists",   "count"};
	size_t b, e;
	if (!call_arg(lx, open, 0, &b, &e))
		return false;
	bool boolean = false;
	for (size_t i = b; i < e; i++) {
		const struct php_token *t = &lx->t[i];
		if (is_open(lx, t) && t->match > i && t->match < e) {
			i = t->match;
			continue;
		}
		if (t->type == PT_OP) {
			for (size_t k = 0; k < HS_ARRAY_LEN(string_ops); k++)
				if (t->oplen == strlen(string_ops[k]) &&
				    !memcmp(lx->src + t->off, string_ops[k], t->oplen))
					return false;
			for (size_t k = 0; k < HS_ARRAY_LEN(bool_ops); k++)
				if (t->oplen == strlen(bool_ops[k]) &&
				    !memcmp(lx->src + t->off, bool_ops[k], t->oplen))
					boolean = true;
		} else if (php_tok_word(lx, t, "and") || php_tok_word(lx, t, "or") ||
		           php_tok_word(lx, t, "xor") || php_tok_word(lx, t, "instanceof")) {
			boolean = true;
		}
	}
	if (boolean)
		return true;
	/* one predicate call: IDENT ( ... ) and nothing after */
	const struct php_token *t = &lx->t[b];
	if (t->type != PT_IDENT || b + 1 >= e || !php_tok_op(lx, &lx->t[b + 1], "(") ||
	    lx->t[b + 1].match + 1 != e)
		return false;
	char w[32];
	base_lower(lx, t, w, sizeof(w));
	return !strncmp(w, "is_", 3) || !strncmp(w, "ctype_", 6) ||
	       in_list(w, predicates, HS_ARRAY_LEN(predicates));
}

/* preg_replace's pattern argument: literals only, none with /e. */
static bool preg_arg_safe(const struct php_lex *lx, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++) {
		const struct php_token *t = &lx->t[i];
		if (t->type == PT_OP &&
		    (php_tok_op(lx, t, "[") || php_tok_op(lx, t, "]") || php_tok_op(lx, t, "(") ||
		     php_tok_op(lx, t, ")") || php_tok_op(lx, t, ",") || php_tok_op(lx, t, "=>")))
			continue;
		if (t->type == PT_IDENT && php_tok_word(lx, t, "array"))
			continue;
		if (t->type == PT_NUM)
			continue; /* keys */
		if (t->type != PT_STR)
			return false;
		const unsigned char *s = php_tok_val(lx, t);
		size_t n = t->vlen, k = 0;
		while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r'))
			k++;
		if (k >= n)
			continue;
		unsigned char d = s[k], c = d;
		if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') ||
		    d == '\\')
			return false;
		c = d == '(' ? ')' : d == '[' ? ']' : d == '{' ? '}' : d == '<' ? '>' : d;
		size_t last = n;
		while (last > k + 1 && s[last - 1] != c)
			last--;
		if (last <= k + 1)
			return false;
		if (memchr(s + last, 'e', n - last))
			return false;
	}
	return true;
}

/* include/require of a fixed PHP path (__DIR__ . '/x.php'): allowed. A
 * stream (data:, php://), a variable or a call is not. */
static bool include_safe(const struct php_lex *lx, size_t i)
{
	int depth = 0;
	for (size_t k = i + 1; k < lx->n && k < i + 64; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type == PT_EOF || t->type == PT_CLOSE)
			return true;
		if (t->type == PT_OP) {
			if (php_tok_op(lx, t, ";") || (depth == 0 && php_tok_op(lx, t, ",")))
				return true;
			if (php_tok_op(lx, t, "(")) {
				depth++;
				continue;
			}
			if (php_tok_op(lx, t, ")")) {
				if (--depth < 0)
					return true;
				continue;
			}
			if (php_tok_op(lx, t, "."))
				continue;
			return false;
		}
		if (t->type == PT_STR) {
			const unsigned char *s = php_tok_val(lx, t);
			size_t n = t->vlen;
			if (memchr(s, ':', n))
				return false; /* a stream wrapper (a drive letter is rare on hosts)
				               */
			continue;
		}
		if (t->type == PT_IDENT) {
			char w[32];
			base_lower(lx, t, w, sizeof(w));
			if (!strcmp(w, "__dir__") || !strcmp(w, "__file__") ||
			    !strcmp(w, "dirname") || !strcmp(w, "directory_separator"))
				continue;
			/* an upper-case constant (ABSPATH): a fixed prefix */
			bool upper = t->len > 0;
			for (uint32_t c = 0; c < t->len; c++) {
				unsigned char ch = lx->src[t->off + c];
				upper &= (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
				         ch == '_';
			}
			if (upper)
				continue;
			return false;
		}
		if (t->type == PT_NUM)
			continue;
		return false;
	}
	return false;
}

/* `$escape(...)` where the variable only ever holds a closure of this
 * file: every use of the name is a call, an assignment of `function` /
 * `fn` / `static function`, or a closure's `use (...)` list. Anything
 * else (a parameter, a foreach target, a reference, a string assigned)
 * may make it any function. Such a call is not a dynamic call site in the
 * sense that matters: its callee is one of the closures written here,
 * whose bodies this scan reads like the rest (extract() and parse_str(),
 * which could overwrite the variable, keep the severity on their own). */
static bool closure_var(const struct php_lex *lx, size_t v)
{
	const struct php_token *tv = &lx->t[v];
	const unsigned char *name = php_tok_val(lx, tv);
	if (v > 0 && (php_tok_op(lx, &lx->t[v - 1], "->") || php_tok_op(lx, &lx->t[v - 1], "?->") ||
	              php_tok_op(lx, &lx->t[v - 1], "::")))
		return false; /* $o->$m(): a method named by a variable (a dynamic call site) */
	bool assigned = false;
	for (size_t k = 0; k < lx->n; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->type != PT_VAR || t->vlen != tv->vlen ||
		    memcmp(php_tok_val(lx, t), name, t->vlen))
			continue;
		const struct php_token *nx = k + 1 < lx->n ? &lx->t[k + 1] : NULL;
		if (nx && php_tok_op(lx, nx, "(") &&
		    (k == 0 || !php_tok_op(lx, &lx->t[k - 1], "&")))
			continue;
		if (nx && php_tok_op(lx, nx, "=") && k + 2 < lx->n) {
			const struct php_token *a = &lx->t[k + 2];
			if (php_tok_word(lx, a, "static") && k + 3 < lx->n)
				a = &lx->t[k + 3];
			if (php_tok_word(lx, a, "function") || php_tok_word(lx, a, "fn")) {
				assigned = true;
				continue;
			}
			return false;
		}
		/* in a use (...) list: the enclosing '(' follows `use` */
		size_t j = k;
		while (j > 0 && !php_tok_op(lx, &lx->t[j], "("))
			j--;
		if (j > 0 && lx->t[j].match > k && php_tok_word(lx, &lx->t[j - 1], "use") &&
		    !php_tok_op(lx, &lx->t[k - 1], "&"))
			continue;
		return false;
	}
	return assigned;
}

/* `(new Escaper)(...)` / `(new Escaper($x))(...)`: an object of a named
 * class called, its __invoke, like a method call. */
static bool new_group(const struct php_lex *lx, size_t close)
{
	size_t open = lx->t[close].match;
	if (open >= close || open + 2 > close)
		return false;
	if (!php_tok_word(lx, &lx->t[open + 1], "new") || lx->t[open + 2].type != PT_IDENT)
		return false;
	size_t k = open + 3;
	if (k < close && php_tok_op(lx, &lx->t[k], "(") && lx->t[k].match < close)
		k = lx->t[k].match + 1;
	return k == close;
}

static void runs(struct php_quoted_regions *r, const char *why)
{
	if (!r->runs) {
		r->runs = true;
		r->why = why;
	}
}

/* Is the literal token (or heredoc/double-quoted string) at t closed? An
 * unterminated string is where PHP and this lexer may disagree: its
 * bytes are not taken for a literal. */
static bool closed_str(const struct php_lex *lx, const struct php_token *t)
{
	const unsigned char *s = lx->src + t->off;
	if (t->len >= 2 && (s[0] == '\'' || s[0] == '"'))
		return s[t->len - 1] == s[0];
	if (t->len >= 3 && !memcmp(s, "<<<", 3))
		return (size_t)t->off + t->len < lx->srclen; /* nowdoc: its label was found */
	return false;
}

void php_quoted_scan(const struct php_lex *lx, struct php_quoted_regions *r)
{
	memset(r, 0, sizeof(*r));
	r->complete = !lx->truncated;
	size_t depth = 0, begin = 0;
	for (size_t i = 0; i < lx->n; i++) {
		const struct php_token *t = &lx->t[i];
		const struct php_token *pv = i ? &lx->t[i - 1] : NULL;
		switch (t->type) {
		case PT_STR:
			if (depth == 0) {
				if (closed_str(lx, t))
					region_add(r, lx->src, t->off, t->off + t->len);
				else
					r->complete = false;
			}
			break;
		case PT_ISTR_BEGIN:
			if (depth++ == 0)
				begin = i;
			break;
		case PT_ISTR_END:
			if (depth == 0)
				break;
			if (--depth == 0) {
				const struct php_token *bt = &lx->t[begin];
				bool heredoc = bt->len >= 3 && !memcmp(lx->src + bt->off, "<<<", 3);
				bool ok = heredoc ? t->off < lx->srclen : t->len == 1;
				if (ok)
					region_add(r, lx->src, bt->off, t->off + t->len);
				else
					r->complete = false;
			}
			break;
		case PT_BT_BEGIN:
			runs(r, "backticks");
			break;
		case PT_DOLLAR:
			runs(r, "a variable variable");
			break;
		case PT_OP:
			if (php_tok_op(lx, t, "(") && pv &&
			    ((pv->type == PT_VAR && !closure_var(lx, i - 1)) ||
			     pv->type == PT_STR || pv->type == PT_ISTR_END ||
			     (php_tok_op(lx, pv, ")") && !new_group(lx, i - 1)) ||
			     php_tok_op(lx, pv, "]") || php_tok_op(lx, pv, "}")))
				runs(r, "a call of a computed callee");
			break;
		case PT_IDENT: {
			char w[40];
			base_lower(lx, t, w, sizeof(w));
			const struct php_token *nx = i + 1 < lx->n ? &lx->t[i + 1] : NULL;
			bool member = pv && (php_tok_op(lx, pv, "->") ||
			                     php_tok_op(lx, pv, "?->") || php_tok_op(lx, pv, "::"));
			bool decl = pv && php_tok_word(lx, pv, "function");
			bool call = nx && php_tok_op(lx, nx, "(");
			if (!strcmp(w, "include") || !strcmp(w, "include_once") ||
			    !strcmp(w, "require") || !strcmp(w, "require_once")) {
				if (!include_safe(lx, i))
					runs(r, "an include of a computed path");
			} else if (!strcmp(w, "new") && nx &&
			           (nx->type == PT_VAR || nx->type == PT_DOLLAR ||
			            php_tok_op(lx, nx, "("))) {
				runs(r, "new of a computed class");
			} else if (!strcmp(w, "reflectionfunction") ||
			           !strcmp(w, "reflectionmethod") || !strcmp(w, "closure")) {
				runs(r, "a reflected or bound callee");
			} else if (!strcmp(w, "filter_callback")) {
				runs(r, "FILTER_CALLBACK");
			} else if (!strcmp(w, "eval") && !member && !decl) {
				runs(r, "eval");
			} else if (call && member) {
				if (in_list(w, run_methods, HS_ARRAY_LEN(run_methods)))
					runs(r, "a method that runs or writes text");
			} else if (call && !decl) {
				if (!strcmp(w, "assert")) {
					if (!assert_arg_bool(lx, i + 1))
						runs(r, "assert of an expression that may be text");
					break;
				}
				if (in_list(w, run_funcs, HS_ARRAY_LEN(run_funcs))) {
					runs(r, "a function that runs or writes text");
					break;
				}
				if (!strcmp(w, "preg_replace") || !strcmp(w, "preg_filter")) {
					size_t b, e;
					if (!call_arg(lx, i + 1, 0, &b, &e) ||
					    !preg_arg_safe(lx, b, e))
						runs(r,
						     "preg_replace with a pattern that may be /e");
					break;
				}
				for (size_t k = 0; k < HS_ARRAY_LEN(cb_funcs); k++)
					if (!strcmp(w, cb_funcs[k].name)) {
						size_t b, e;
						if (call_arg(lx, i + 1, cb_funcs[k].arg, &b, &e) &&
						    !cb_arg_safe(lx, b, e))
							runs(r,
							     "a callback this check cannot follow");
						break;
					}
			}
			break;
		}
		default:
			break;
		}
	}
	if (depth)
		r->complete = false;
}

void php_quoted_regions_free(struct php_quoted_regions *r)
{
	free(r->b);
	free(r->e);
	memset(r, 0, sizeof(*r));
}

bool php_quoted_inside(const struct php_quoted_regions *r, size_t off, size_t len)
{
	/* the last region starting at or before off */
	size_t lo = 0, hi = r->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->b[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	size_t k = lo - 1;
	return off >= r->b[k] && off + len <= r->e[k] && off < r->e[k];
}

/* ------------------------------------------------------------ one file */

void php_quoted_begin(struct php_quoted *q, const unsigned char *buf, size_t len, const char *ext)
{
	memset(q, 0, sizeof(*q));
	q->buf = buf;
	q->len = len;
	q->ext = ext ? ext : "";
}

bool php_quoted_usable(struct php_quoted *q)
{
	if (q->lexed)
		return q->usable;
	q->lexed = true;
	if (q->len > UINT32_MAX || !php_is_code(q->buf, q->len, q->ext))
		return false;
	struct php_lex lx = {0};
	php_lex_run(&lx, q->buf, q->len, false, 2000000);
	php_quoted_scan(&lx, &q->r);
	php_lex_free(&lx);
	q->usable = q->r.complete && !q->r.runs;
	hs_debug("quoted: %s", q->usable  ? "literals may be quoted code"
	                       : q->r.why ? q->r.why
	                                  : "not complete");
	return q->usable;
}

enum hs_severity php_quoted_offer(struct php_quoted *q, const char *id, enum hs_severity sev,
                                  const void *ev, size_t evlen)
{
	if (sev < HS_SEV_HIGH || q->full || !php_quoted_usable(q))
		return sev;
	if (q->ncand == PHP_QUOTED_MAX_CAND || strlen(id) >= sizeof(q->cand[0].id)) {
		q->full = true;
		return sev;
	}
	snprintf(q->cand[q->ncand].id, sizeof(q->cand[0].id), "%s", id);
	q->cand[q->ncand].sev = sev;
	size_t n = evlen < sizeof(q->cand[0].ev) ? evlen : sizeof(q->cand[0].ev) - 1;
	memcpy(q->cand[q->ncand].ev, ev, n);
	q->cand[q->ncand].evlen = n;
	q->ncand++;
	return HS_SEV_MEDIUM;
}

void php_quoted_settle(struct php_quoted *q, struct finding *f, bool php_clean)
{
	if (!q->ncand)
		return;
	if (!php_clean || q->full) {
		/* the PHP layer saw code that runs (or too many candidates):
		 * every rule gets its own severity back */
		for (size_t i = 0; i < q->ncand; i++) {
			finding_add_rule(f, q->cand[i].id, q->cand[i].sev, NULL);
			finding_offer_evidence(f, q->cand[i].sev, q->cand[i].ev, q->cand[i].evlen);
		}
		return;
	}
	if (f->severity <= HS_SEV_MEDIUM) {
		/* the quoted rules are what the finding is about: say so */
		char ev[sizeof(PHP_QUOTED_NOTE) + sizeof(q->cand[0].ev)];
		size_t l = sizeof(PHP_QUOTED_NOTE) - 1;
		memcpy(ev, PHP_QUOTED_NOTE, l);
		memcpy(ev + l, q->cand[0].ev, q->cand[0].evlen);
		free(f->evidence);
		f->evidence = NULL;
		f->evidence_sev = HS_SEV_NONE;
		finding_offer_evidence(f, HS_SEV_MEDIUM, ev, l + q->cand[0].evlen);
	}
	json_t *a = json_array();
	for (size_t i = 0; i < q->ncand; i++)
		json_array_append_new(a, json_string(q->cand[i].id));
	finding_set_json(f, "quoted_code", a);
	finding_add_tag(f, "quoted-code");
}

bool php_quoted_family(const char *tags)
{
	/* a phishing page's or a mailer's HTML held in a literal is shown by
	 * the echo that holds it: live, not quoted */
	return !tags || (!strstr(tags, "phishing") && !strstr(tags, "mailer"));
}

enum hs_severity php_quoted_pcre(void *ud, struct pattern_matcher *m, const struct pattern *p,
                                 const unsigned char *buf, size_t len, size_t start, size_t end)
{
	struct php_quoted *q = ud;
	if (!php_quoted_family(p->tags) || !php_quoted_usable(q))
		return p->severity;
	/* every match, not only the first: one in code keeps the severity */
	size_t s = start, e = end;
	for (int k = 0;; k++) {
		if (k == 256 || !php_quoted_inside(&q->r, s, e - s))
			return p->severity;
		size_t from = e > s ? e : s + 1;
		if (from >= len)
			break;
		int rc = pcre2_match(p->code, buf, len, from, 0, m->md, m->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0)
			return p->severity; /* a limit: not proven */
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
		s = ov[0];
		e = ov[1] > ov[0] ? ov[1] : ov[0];
	}
	size_t n = end - start;
	return php_quoted_offer(q, p->id, p->severity, buf + start, n > 120 ? 120 : n);
}

void php_quoted_end(struct php_quoted *q)
{
	php_quoted_regions_free(&q->r);
	memset(q, 0, sizeof(*q));
}
