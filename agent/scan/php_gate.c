#include "scan/php_gate.h"
#include "util.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* What a called name can be to the gate (bits: a name can be several). */
#define G_SINK       0x001u /* a sink called by name: eval, system, fwrite, mail... */
#define G_CB         0x002u /* takes a callee: call_user_func, array_map... */
#define G_CB_SECOND  0x004u /* ... as its second argument (array_walk, usort...) */
#define G_PREG       0x008u /* preg_replace: a callee only with /e or a computed pattern */
#define G_ARROW_SINK 0x010u /* ->send(), ->eval(), ->exec(), ->put_contents() (WP_Filesystem) */
#define G_ARROW_CB   0x020u /* a built-in class's method that takes a callee (method_more) */
#define G_ARROW_CB1  0x040u /* ... as its first argument (the others: the second) */
#define G_STATIC_CB  0x080u /* Closure::fromCallable() */
#define G_STATIC_FFI 0x100u /* FFI::cdef(), FFI::load(): C functions as methods */
/* A store setter and a decoder both called in a file: the writer of a
 * two-file pair (pay_store_write in php_ev_payload.c) has no other sink. */
#define G_STORE  0x200u /* update_option, set_transient, wp_cache_set... */
#define G_DECODE 0x400u /* base64_decode, gzinflate, str_rot13... */

/* Every name the evaluator treats as a sink when it is called by name
 * (its built-ins with a sink, php_ev_builtins.c and php_ev_dispatch.c), with what the gate must
 * check. */
static const struct gname {
	const char *name;
	unsigned flags;
} names[] = {
    {"add_option", G_STORE},
    {"apcu_store", G_STORE},
    {"array_diff_uassoc", G_SINK},
    {"array_diff_ukey", G_SINK},
    {"array_filter", G_CB | G_CB_SECOND},
    {"array_intersect_uassoc", G_SINK},
    {"array_intersect_ukey", G_SINK},
    {"array_map", G_CB},
    {"array_reduce", G_CB | G_CB_SECOND},
    {"array_udiff", G_SINK},
    {"array_udiff_assoc", G_SINK},
    {"array_uintersect", G_SINK},
    {"array_uintersect_assoc", G_SINK},
    {"array_walk", G_CB | G_CB_SECOND},
    {"array_walk_recursive", G_CB | G_CB_SECOND},
    {"assert", G_SINK},
    {"base64_decode", G_DECODE},
    {"call_user_func", G_CB},
    {"call_user_func_array", G_CB},
    {"callbackfilteriterator", G_SINK},
    {"cdef", G_STATIC_FFI},
    {"curl_multi_exec", G_SINK}, /* a flood (php_ev_flood.c) */
    {"dl", G_SINK},
    {"copy", G_SINK},
    {"create_function", G_SINK},
    {"createaggregate", G_ARROW_CB},
    {"createfunction", G_ARROW_CB},
    {"curl_setopt", G_SINK},
    {"curl_setopt_array", G_SINK}, /* credential exfiltration */
    {"eval", G_SINK | G_ARROW_SINK},
    {"extractto", G_ARROW_SINK}, /* ZipArchive (php_ev_write.c) */
    {"exec", G_SINK | G_ARROW_SINK},
    {"file_put_contents", G_SINK},
    {"forward_static_call", G_CB},
    {"forward_static_call_array", G_CB},
    {"fputs", G_SINK},
    {"fromcallable", G_STATIC_CB},
    {"fputcsv", G_SINK | G_ARROW_SINK},
    {"fsockopen", G_SINK},
    {"fwrite", G_SINK | G_ARROW_SINK}, /* SplFileObject->fwrite() too */
    {"get_defined_functions", G_SINK},
    {"gzdecode", G_DECODE},
    {"gzinflate", G_DECODE},
    {"gzuncompress", G_DECODE},
    {"header_register_callback", G_SINK},
    {"hex2bin", G_DECODE},
    {"ignore_user_abort", G_SINK}, /* a flood (php_ev_flood.c) */
    {"imap_mail", G_SINK},
    {"imap_open", G_SINK}, /* -oProxyCommand */
    {"iterator_apply", G_CB | G_CB_SECOND},
    {"load", G_STATIC_FFI},
    {"mail", G_SINK},
    {"mb_ereg_replace", G_SINK},
    {"mb_ereg_replace_callback", G_CB | G_CB_SECOND},
    {"mb_eregi_replace", G_SINK},
    {"mb_send_mail", G_SINK},
    {"move_uploaded_file", G_SINK},
    {"ob_start", G_CB},
    {"passthru", G_SINK},
    {"pcntl_exec", G_SINK},
    {"pfsockopen", G_SINK}, /* a flood (php_ev_flood.c) */
    {"popen", G_SINK},
    {"preg_filter", G_SINK},
    {"preg_replace", G_CB | G_PREG},
    {"preg_replace_callback", G_CB | G_CB_SECOND},
    {"preg_replace_callback_array", G_SINK},
    {"proc_open", G_SINK},
    {"put_contents", G_ARROW_SINK}, /* $wp_filesystem->put_contents(): a file write */
    {"rcptto", G_ARROW_SINK},       /* an SMTP client's envelope (php_ev_mail.c, train6) */
    {"recipient", G_ARROW_SINK},    /* PHPMailer's SMTP class */
    {"recursivecallbackfilteriterator", G_SINK},
    {"reflectionfunction", G_SINK},
    {"register_shutdown_function", G_CB},
    {"register_tick_function", G_CB},
    {"registerphpfunctions", G_ARROW_CB | G_ARROW_CB1},
    {"rename", G_SINK},
    {"send", G_ARROW_SINK},
    {"session_save_path", G_SINK}, /* session files in the site */
    {"session_set_save_handler", G_SINK},
    {"setmetadata", G_ARROW_SINK}, /* Phar */
    {"set_error_handler", G_CB},
    {"set_exception_handler", G_CB},
    {"set_site_transient", G_STORE},
    {"set_transient", G_STORE},
    {"set_time_limit", G_SINK}, /* a flood that only fetches (php_ev_flood.c) */
    {"shell_exec", G_SINK},
    {"socket_connect", G_SINK}, /* a flood (php_ev_flood.c) */
    {"socket_read", G_SINK},
    {"socket_send", G_SINK},   /* SMTP over ext/sockets (php_ev_mail.c, train6) */
    {"socket_sendto", G_SINK}, /* a flood (php_ev_flood.c) */
    {"socket_write", G_SINK},
    {"spl_autoload_register", G_CB},
    {"sqlitecreateaggregate", G_ARROW_CB},
    {"sqlitecreatefunction", G_ARROW_CB},
    {"str_rot13", G_DECODE},
    {"stream_context_create", G_SINK}, /* an HTTP POST */
    {"stream_copy_to_stream", G_SINK},
    {"stream_socket_client", G_SINK},
    {"stream_socket_sendto", G_SINK}, /* a flood (php_ev_flood.c) */
    {"system", G_SINK},
    {"uasort", G_CB | G_CB_SECOND | G_ARROW_CB | G_ARROW_CB1},
    {"uksort", G_CB | G_CB_SECOND | G_ARROW_CB | G_ARROW_CB1},
    {"update_option", G_STORE},
    {"update_site_option", G_STORE},
    {"usort", G_CB | G_CB_SECOND},
    {"wp_cache_set", G_STORE},
    {"wp_mail", G_SINK},
    {"wp_remote_post", G_SINK},
    {"yaml_parse", G_SINK},
    {"yaml_parse_file", G_SINK},
    {"yaml_parse_url", G_SINK},
};

#define NAME_MAX_LEN 31 /* the longest name above */

/* An open-addressing table over names[], built once: a called name costs
 * one hash and about one comparison. */
#define SLOTS 256u
static uint8_t slot[SLOTS]; /* index into names[] + 1; 0: empty */
static pthread_once_t slots_once = PTHREAD_ONCE_INIT;

static uint32_t hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static void slots_build(void)
{
	for (size_t k = 0; k < HS_ARRAY_LEN(names); k++) {
		uint32_t h = 2166136261u;
		for (const char *s = names[k].name; *s; s++)
			h = hash_step(h, (unsigned char)*s);
		uint32_t i = h % SLOTS;
		while (slot[i])
			i = (i + 1) % SLOTS;
		slot[i] = (uint8_t)(k + 1);
	}
}

/* The flags of the identifier at src[0..n), ASCII case-insensitively. */
static unsigned name_flags(const unsigned char *src, size_t n)
{
	if (n == 0 || n > NAME_MAX_LEN)
		return 0;
	char low[NAME_MAX_LEN + 1];
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = src[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		low[i] = (char)c;
		h = hash_step(h, c);
	}
	low[n] = '\0';
	pthread_once(&slots_once, slots_build);
	for (uint32_t i = h % SLOTS; slot[i]; i = (i + 1) % SLOTS) {
		const struct gname *g = &names[slot[i] - 1];
		if (!strcmp(g->name, low))
			return g->flags;
	}
	return 0;
}

/* A method of a built-in class that takes a callee at token i (flags: the
 * name's, pv: the token before it), called with something other than a
 * closure (a closure's own sinks are seen as tokens). */
static bool method_cb(const struct php_lex *lx, size_t i, unsigned flags,
                      const struct php_token *pv)
{
	bool first;
	if (php_tok_op(lx, pv, "->") && (flags & G_ARROW_CB))
		first = (flags & G_ARROW_CB1) != 0;
	else if (php_tok_op(lx, pv, "::") && (flags & G_STATIC_CB))
		first = true;
	else
		return false;
	/* the callee: the first argument, or the second of createFunction */
	size_t m = i + 2;
	if (!first) {
		while (m < lx->n && !php_tok_op(lx, &lx->t[m], ",") &&
		       !php_tok_op(lx, &lx->t[m], ")")) {
			const struct php_token *u = &lx->t[m];
			m = (u->match > m && u->match < lx->n) ? u->match + 1 : m + 1;
		}
		m++;
	}
	if (m >= lx->n)
		return false;
	return !php_tok_word(lx, &lx->t[m], "function") && !php_tok_word(lx, &lx->t[m], "fn") &&
	       !php_tok_word(lx, &lx->t[m], "static");
}

/* error_log(msg, 3, path) at token i: the message type that appends to a
 * file (a write sink); the other types log and stay out of the interpreter. */
static bool error_log_file(const struct php_lex *lx, size_t i)
{
	if (!php_tok_word(lx, &lx->t[i], "error_log") || i + 1 >= lx->n)
		return false;
	size_t close = lx->t[i + 1].match;
	if (close <= i + 1 || close >= lx->n)
		return false;
	for (size_t k = i + 2; k + 1 < close; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->match > k && t->match < close) {
			k = t->match; /* a nested call's arguments */
			continue;
		}
		if (t->type == PT_NUM && t->len == 1 && lx->src[t->off] == '3' &&
		    php_tok_op(lx, &lx->t[k - 1], ",") && php_tok_op(lx, &lx->t[k + 1], ","))
			return true;
	}
	return false;
}

/* include/require at token i: a plain literal path to a PHP file is
 * harmless; anything else (a variable, escapes, an odd extension, a path
 * computed by a function) is looked at. */
static bool include_simple(const struct php_lex *lx, size_t i)
{
	size_t k = i + 1;
	if (k < lx->n && php_tok_op(lx, &lx->t[k], "("))
		k++;
	bool simple = true;
	for (; k < lx->n && simple; k++) {
		const struct php_token *u = &lx->t[k];
		if (php_tok_op(lx, u, ";") || u->type == PT_CLOSE || u->type == PT_EOF)
			break;
		if (u->type == PT_STR) {
			const unsigned char *v = php_tok_val(lx, u);
			simple = !(u->flags & PTF_ESCAPED) && u->vlen < 512 &&
			         !memchr(v, ':', u->vlen) &&
			         (u->vlen < 4 || memcmp(v + u->vlen - 4, ".php", 4) == 0 ||
			          memcmp(v + u->vlen - 4, ".inc", 4) == 0 ||
			          memchr(v, '.', u->vlen) == NULL);
		} else if (u->type == PT_IDENT && k + 1 < lx->n &&
		           php_tok_op(lx, &lx->t[k + 1], "(") && !php_tok_word(lx, u, "dirname")) {
			simple = false;
		} else if (u->type == PT_IDENT || php_tok_op(lx, u, ".") ||
		           php_tok_op(lx, u, "(") || php_tok_op(lx, u, ")") ||
		           php_tok_op(lx, u, ",")) {
			continue;
		} else {
			simple = false;
		}
	}
	return simple;
}

/* A function that takes a callee (flags: its G_CB bits), called at token
 * i: is the callee something other than a closure or a harmless named
 * function (array_map('trim', ...))? A closure's own sinks are seen as
 * tokens. */
static bool callback_call(const struct php_lex *lx, size_t i, unsigned flags)
{
	const struct php_token *a = i + 2 < lx->n ? &lx->t[i + 2] : NULL;
	if (flags & G_PREG) {
		/* only a pattern that is not a literal, or one with /e */
		if (a && a->type == PT_STR && i + 3 < lx->n && php_tok_op(lx, &lx->t[i + 3], ",")) {
			const unsigned char *v = php_tok_val(lx, a);
			size_t e = a->vlen;
			while (e > 0 && v[e - 1] >= 'a' && v[e - 1] <= 'z' && v[e - 1] != 'e')
				e--;
			return e > 0 && v[e - 1] == 'e' && e > 1 &&
			       !(v[e - 2] >= 'a' && v[e - 2] <= 'z');
		}
		return true;
	}
	if ((flags & G_CB_SECOND) && a) {
		/* the callee is the second argument */
		size_t m = i + 2;
		while (m < lx->n && !php_tok_op(lx, &lx->t[m], ",") &&
		       !php_tok_op(lx, &lx->t[m], ")")) {
			const struct php_token *u = &lx->t[m];
			m = (u->match > m && u->match < lx->n) ? u->match + 1 : m + 1;
		}
		a = m + 1 < lx->n && php_tok_op(lx, &lx->t[m], ",") ? &lx->t[m + 1] : NULL;
	}
	if (a && (php_tok_word(lx, a, "function") || php_tok_word(lx, a, "fn") ||
	          php_tok_word(lx, a, "static")))
		return false;
	if (a && a->type == PT_STR && !(a->flags & PTF_ESCAPED) &&
	    (size_t)(a - lx->t) + 1 < lx->n &&
	    (php_tok_op(lx, a + 1, ",") || php_tok_op(lx, a + 1, ")"))) {
		char nm[32];
		size_t l = a->vlen < 31 ? a->vlen : 31;
		for (size_t q = 0; q < l; q++) {
			unsigned char c = php_tok_val(lx, a)[q];
			nm[q] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
		}
		nm[l] = 0;
		if (!php_ev_name_dangerous(nm) && strcmp(nm, "eval"))
			return false;
	}
	return true;
}

/* Does a string of at least 16 bytes name a messenger's bot API
 * ("api.telegram.org", "/api/webhooks/", "/sendMessage")? The same answer
 * as three memmem() calls, which cost more than the rest of the gate
 * together: each of the needles has an 'a' or 'M' at a fixed place, so only
 * those bytes (found with memchr, which is vectorized) are tried. */
static bool messenger_api(const unsigned char *v, size_t n)
{
	const unsigned char *end = v + n;
	for (const unsigned char *p = v; (p = memchr(p, 'a', (size_t)(end - p))); p++) {
		size_t left = (size_t)(end - p);
		if (left >= 16 && !memcmp(p, "api.telegram.org", 16))
			return true;
		if (p > v && left >= 13 && !memcmp(p - 1, "/api/webhooks/", 14))
			return true;
	}
	for (const unsigned char *p = v; (p = memchr(p, 'M', (size_t)(end - p))); p++)
		if (p - v >= 5 && (size_t)(end - p) >= 7 && !memcmp(p - 5, "/sendMessage", 12))
			return true;
	return false;
}

/* Is string token i a database host elsewhere: a DSN "mysql:host=H;..",
 * "pgsql:host=H;..", or the first argument of mysqli_connect()/new mysqli(),
 * H dotted and not localhost, 127.*, 10.*, 192.168.* (cred_new decides). */
static bool remote_db_host(const struct php_lex *lx, size_t i)
{
	const struct php_token *t = &lx->t[i];
	const char *v = (const char *)php_tok_val(lx, t);
	size_t n = t->vlen, off = 0;
	if (!strncasecmp(v, "mysql:host=", 11))
		off = 11;
	else if (!strncasecmp(v, "pgsql:host=", 11))
		off = 11;
	else if (i >= 2 && php_tok_op(lx, &lx->t[i - 1], "(") &&
	         (php_tok_word(lx, &lx->t[i - 2], "mysqli_connect") ||
	          php_tok_word(lx, &lx->t[i - 2], "mysqli")))
		off = 0;
	else
		return false;
	const char *h = v + off;
	size_t hn = 0;
	while (off + hn < n && h[hn] != ';' && h[hn] != ' ')
		hn++;
	if (!memchr(h, '.', hn) || (hn >= 9 && !strncasecmp(h, "localhost", 9)) ||
	    (hn >= 4 && !strncmp(h, "127.", 4)) || (hn >= 3 && !strncmp(h, "10.", 3)) ||
	    (hn >= 8 && !strncmp(h, "192.168.", 8)))
		return false;
	return true;
}

/* A token with the leading '\' of a fully qualified name dropped. */
static const struct php_token *unqualified(const struct php_lex *lx, const struct php_token *t,
                                           struct php_token *tmp)
{
	if (t->len <= 1 || lx->src[t->off] != '\\')
		return t;
	*tmp = *t;
	tmp->off++;
	tmp->len--;
	tmp->voff++;
	tmp->vlen--;
	return tmp;
}

bool php_gate(const struct php_lex *lx)
{
	unsigned seen = 0; /* G_STORE | G_DECODE called so far */
	for (size_t i = 0; i + 1 < lx->n; i++) {
		const struct php_token *t = &lx->t[i], *nx = &lx->t[i + 1];
		const struct php_token *pv = i ? &lx->t[i - 1] : NULL;
		bool call = php_tok_op(lx, nx, "(");
		switch (t->type) {
		case PT_BT_BEGIN: /* a shell command */
		case PT_DOLLAR:   /* $$name, ${expr} */
			return true;
		case PT_VAR:
			if (call) /* $f(...) whatever $f folds to */
				return true;
			break;
		case PT_STR:
			/* a messenger's bot API: the credential-exfiltration sink */
			if (t->vlen >= 16 && messenger_api(php_tok_val(lx, t), t->vlen))
				return true;
			/* the site's config read as text: php.config_exfil (a path
			 * that ends with wp-config.php, not a message naming it) */
			if (t->vlen >= 13 &&
			    !memcmp(php_tok_val(lx, t) + t->vlen - 13, "wp-config.php", 13))
				return true;
			/* a database on an outside host (train6: a kit's victim
			 * table elsewhere): a PDO DSN or mysqli's host naming a
			 * dotted address that is not this machine's */
			if (t->vlen >= 7 && remote_db_host(lx, i))
				return true;
			/* fix8-web: 'ReflectionFunction' named as a string (for
			 * ReflectionClass->newInstanceArgs: reflect_of_reflection) */
			if ((t->vlen == 18 || t->vlen == 19) &&
			    !strncasecmp((const char *)php_tok_val(lx, t) + t->vlen - 18,
			                 "ReflectionFunction", 18))
				return true;
			/* expect://: a command opened as a file */
			if (t->vlen >= 9 &&
			    !strncasecmp((const char *)php_tok_val(lx, t), "expect://", 9))
				return true;
			/* 'name'(...): a string called */
			if (call && !(pv && (php_tok_op(lx, pv, "->") || php_tok_op(lx, pv, "::"))))
				return true;
			break;
		case PT_OP:
			/* f()(...), $a[k](...), {...}(...): a computed callee */
			if (call && (php_tok_op(lx, t, ")") || php_tok_op(lx, t, "]") ||
			             php_tok_op(lx, t, "}")))
				return true;
			break;
		case PT_IDENT: {
			/* \system(...), new \ReflectionFunction: the global name */
			struct php_token tmp;
			const struct php_token *u = unqualified(lx, t, &tmp);
			/* the flags of the name as written (a method's: never qualified) */
			unsigned f = call ? name_flags(lx->src + u->off, u->len) : 0;
			unsigned f_raw = u == t ? f : 0;
			if (call && pv && php_tok_op(lx, pv, "->") && (f & G_ARROW_SINK))
				return true; /* a mailer's send(), an embedded interpreter's eval()
				              */
			if (call && pv && method_cb(lx, i, f_raw, pv))
				return true;
			if (call && error_log_file(lx, i))
				return true;
			if (call && pv && php_tok_op(lx, pv, "::") && (f & G_STATIC_FFI))
				return true; /* FFI: C functions as methods (ffi_sink) */
			if (call && pv && php_tok_op(lx, pv, "::") &&
			    php_tok_word(lx, u, "fromshellcommandline"))
				return true; /* Symfony's Process (php_ev_fw.c, train6) */
			if (php_tok_op(lx, nx, "::") && php_tok_word(lx, u, "reflectionfunction"))
				return true; /* fix8-web: ReflectionFunction::class */
			if (pv && (php_tok_op(lx, pv, "->") || php_tok_op(lx, pv, "::") ||
			           php_tok_op(lx, pv, "?->") || php_tok_word(lx, pv, "function")))
				break; /* a method, or a declaration */
			if (php_tok_word(lx, u, "include") || php_tok_word(lx, u, "include_once") ||
			    php_tok_word(lx, u, "require") || php_tok_word(lx, u, "require_once")) {
				if (!include_simple(lx, i))
					return true;
				break;
			}
			if (php_tok_word(lx, u, "filter_callback"))
				return true;
			if (php_tok_word(lx, u, "new")) {
				struct php_token ntmp;
				const struct php_token *c = unqualified(lx, nx, &ntmp);
				if (php_tok_word(lx, c, "reflectionfunction") ||
				    php_tok_word(lx, c, "com") || php_tok_word(lx, c, "perl") ||
				    php_tok_word(lx, c, "lua") || php_tok_word(lx, c, "v8js") ||
				    php_tok_word(lx, c, "python") || php_tok_word(lx, c, "process"))
					return true;
				break;
			}
			if (!call)
				break;
			if (f & G_SINK)
				return true;
			seen |= f & (G_STORE | G_DECODE);
			if (seen == (G_STORE | G_DECODE))
				return true;
			if ((f & G_CB) && callback_call(lx, i, f))
				return true;
			break;
		}
		default:
			break;
		}
	}
	return false;
}
