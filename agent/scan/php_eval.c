/* The driver of the PHP interpreter and the public API of php_eval.h:
 * which files could reach a sink at all, each layer evaluated, and the
 * closures nothing called. The parts it drives are in php_ev_*.c
 * (php_ev.h). */
#include "scan/php_ev.h"

/* ------------------------------------------------------------- the driver */

/* How many distinct command functions a function's body names. */
static int cmd_tokens(const struct fdef *f)
{
	static const char *const cmds[] = {"system", "exec",      "shell_exec", "passthru",
	                                   "popen",  "proc_open", "pcntl_exec"};
	bool seen[HS_ARRAY_LEN(cmds)] = {false};
	int n = 0;
	for (size_t i = f->body_b; i < f->body_e && i < f->lx->n; i++) {
		const struct php_token *t = &f->lx->t[i];
		if (t->type != PT_IDENT)
			continue;
		for (size_t k = 0; k < HS_ARRAY_LEN(cmds); k++)
			if (!seen[k] && php_tok_word_n(f->lx, t, cmds[k])) {
				seen[k] = true;
				n++;
			}
	}
	return n;
}

/* The tell of a command wrapper's fallback chain: the function asks which
 * command functions are enabled (function_exists / is_callable of one of
 * them, or disable_functions read). *names: how many different command
 * functions it names, called or as strings (a list it walks). A finding on
 * one command function alone would hit system-information tools and
 * package managers; the probe over several is what a shell does. */
static bool wrapper_probe(const struct fdef *f, int *names)
{
	static const char *const cmds[] = {"system", "exec",      "shell_exec", "passthru",
	                                   "popen",  "proc_open", "pcntl_exec"};
	bool seen[HS_ARRAY_LEN(cmds)] = {false};
	bool probe = false;
	*names = 0;
	for (size_t i = f->body_b; i < f->body_e && i + 2 < f->lx->n; i++) {
		const struct php_token *t = &f->lx->t[i];
		if (t->type == PT_STR && t->vlen == 17 &&
		    !memcmp(php_tok_val(f->lx, t), "disable_functions", 17))
			probe = true;
		bool check = t->type == PT_IDENT && (php_tok_word_n(f->lx, t, "function_exists") ||
		                                     php_tok_word_n(f->lx, t, "is_callable"));
		if (check && php_tok_op(f->lx, &f->lx->t[i + 1], "(")) {
			/* of a command function, or of a variable (a list walked) */
			const struct php_token *a = &f->lx->t[i + 2];
			for (size_t k = 0; a->type == PT_STR && k < HS_ARRAY_LEN(cmds); k++)
				probe |= a->vlen == strlen(cmds[k]) &&
				         !memcmp(php_tok_val(f->lx, a), cmds[k], a->vlen);
			probe |= a->type == PT_VAR;
		}
		if (t->type != PT_IDENT && t->type != PT_STR)
			continue;
		for (size_t k = 0; k < HS_ARRAY_LEN(cmds); k++)
			if (!seen[k] && t->vlen == strlen(cmds[k]) &&
			    (t->type == PT_STR ? !memcmp(php_tok_val(f->lx, t), cmds[k], t->vlen)
			                       : php_tok_word_n(f->lx, t, cmds[k]))) {
				seen[k] = true;
				(*names)++;
			}
	}
	/* disable_functions read elsewhere in the file (into a global list) */
	for (size_t i = 0; !probe && *names >= 2 && i < f->lx->n; i++) {
		const struct php_token *t = &f->lx->t[i];
		probe = t->type == PT_STR && t->vlen == 17 &&
		        !memcmp(php_tok_val(f->lx, t), "disable_functions", 17);
	}
	return probe;
}

/* A method of a built-in class that takes a callee (method_more,
 * static_more) at token i, called with something other than a closure
 * (a closure's own sinks are seen as tokens). */
static bool method_cb_candidate(const struct php_lex *lx, size_t i)
{
	static const char *const arrow[] = {"uasort",
	                                    "uksort",
	                                    "createfunction",
	                                    "sqlitecreatefunction",
	                                    "createaggregate",
	                                    "sqlitecreateaggregate",
	                                    "registerphpfunctions"};
	const struct php_token *t = &lx->t[i], *pv = &lx->t[i - 1];
	bool hit = false;
	if (php_tok_op(lx, pv, "->"))
		for (size_t k = 0; k < HS_ARRAY_LEN(arrow) && !hit; k++)
			hit = php_tok_word_n(lx, t, arrow[k]);
	else if (php_tok_op(lx, pv, "::"))
		hit = php_tok_word_n(lx, t, "fromcallable");
	if (!hit)
		return false;
	/* the callee: the first argument, or the second of createFunction */
	bool second = !php_tok_word_n(lx, t, "uasort") && !php_tok_word_n(lx, t, "uksort") &&
	              !php_tok_word_n(lx, t, "fromcallable") &&
	              !php_tok_word_n(lx, t, "registerphpfunctions");
	size_t m = i + 2;
	if (second) {
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

/* Could this code reach a sink at all? Every finding comes from a sink
 * (code or command execution, a dynamic call, a callback, an include, a
 * write, an upload, mail), so a file without one is clean whatever its
 * data flow: most application files. One pass over the tokens decides
 * whether the interpreter runs; it keeps the layer cheap. */
bool candidate(const struct php_lex *lx)
{
	static const char *const sinks[] = {"eval",
	                                    "assert",
	                                    "create_function",
	                                    "system",
	                                    "exec",
	                                    "shell_exec",
	                                    "passthru",
	                                    "popen",
	                                    "proc_open",
	                                    "pcntl_exec",
	                                    "move_uploaded_file",
	                                    "file_put_contents",
	                                    "copy",
	                                    "rename",
	                                    "stream_copy_to_stream",
	                                    "fwrite",
	                                    "fputs",
	                                    "mail",
	                                    "wp_mail",
	                                    "mb_send_mail",
	                                    "imap_mail",
	                                    "mb_ereg_replace",
	                                    "mb_eregi_replace",
	                                    "preg_filter",
	                                    "reflectionfunction",
	                                    "callbackfilteriterator",
	                                    "recursivecallbackfilteriterator",
	                                    "array_diff_uassoc",
	                                    "array_diff_ukey",
	                                    "array_intersect_uassoc",
	                                    "array_intersect_ukey",
	                                    "array_udiff",
	                                    "array_udiff_assoc",
	                                    "array_uintersect",
	                                    "array_uintersect_assoc",
	                                    "socket_read",
	                                    "stream_socket_client",
	                                    "fsockopen",
	                                    "curl_setopt",
	                                    "curl_setopt_array",     /* credential exfiltration */
	                                    "stream_context_create", /* an HTTP POST */
	                                    "wp_remote_post",
	                                    "session_set_save_handler",
	                                    "header_register_callback",
	                                    "yaml_parse",
	                                    "yaml_parse_file",
	                                    "yaml_parse_url",
	                                    "get_defined_functions"};
	static const char *const callbacks[] = {"call_user_func",
	                                        "call_user_func_array",
	                                        "array_map",
	                                        "array_filter",
	                                        "array_walk",
	                                        "array_walk_recursive",
	                                        "usort",
	                                        "uasort",
	                                        "uksort",
	                                        "preg_replace_callback",
	                                        "ob_start",
	                                        "register_shutdown_function",
	                                        "register_tick_function",
	                                        "iterator_apply",
	                                        "array_reduce",
	                                        "forward_static_call",
	                                        "forward_static_call_array",
	                                        "set_error_handler",
	                                        "set_exception_handler",
	                                        "spl_autoload_register",
	                                        "preg_replace"};
	bool store = false, decoder = false; /* pay_store_write: both in the file */
	for (size_t i = 0; i + 1 < lx->n; i++) {
		const struct php_token *t = &lx->t[i], *nx = &lx->t[i + 1];
		const struct php_token *pv = i ? &lx->t[i - 1] : NULL;
		bool call = php_tok_op(lx, nx, "(");
		switch (t->type) {
		case PT_BT_BEGIN:
		case PT_DOLLAR:
			return true;
		case PT_VAR:
			if (call)
				return true;
			break;
		case PT_STR:
			/* a messenger's bot API: the credential-exfiltration sink */
			if (t->vlen >= 16 &&
			    (memmem(php_tok_val(lx, t), t->vlen, "api.telegram.org", 16) ||
			     memmem(php_tok_val(lx, t), t->vlen, "/api/webhooks/", 14) ||
			     memmem(php_tok_val(lx, t), t->vlen, "/sendMessage", 12)))
				return true;
			if (call && !(pv && (php_tok_op(lx, pv, "->") || php_tok_op(lx, pv, "::"))))
				return true;
			break;
		case PT_OP:
			if (call && (php_tok_op(lx, t, ")") || php_tok_op(lx, t, "]") ||
			             php_tok_op(lx, t, "}")))
				return true;
			break;
		case PT_IDENT: {
			/* \system(...), new \ReflectionFunction: the global name */
			struct php_token fq;
			if (t->len > 1 && lx->src[t->off] == '\\') {
				fq = *t;
				fq.off++;
				fq.len--;
				fq.voff++;
				fq.vlen--;
				t = &fq;
			}
			if (call && pv && php_tok_op(lx, pv, "->") &&
			    (php_tok_word(lx, t, "send") || php_tok_word(lx, t, "eval") ||
			     php_tok_word(lx, t, "exec") || php_tok_word(lx, t, "put_contents")))
				return true; /* a mailer's send(), an embedded interpreter's eval()
				              */
			if (call && pv && method_cb_candidate(lx, i))
				return true;
			if (call && error_log_file(lx, i))
				return true;
			if (call && pv && php_tok_op(lx, pv, "::") &&
			    (php_tok_word(lx, t, "cdef") || php_tok_word(lx, t, "load")))
				return true; /* FFI: C functions as methods (ffi_sink) */
			if (pv && (php_tok_op(lx, pv, "->") || php_tok_op(lx, pv, "::") ||
			           php_tok_op(lx, pv, "?->") || php_tok_word(lx, pv, "function")))
				break; /* a method, or a declaration */
			if (php_tok_word(lx, t, "include") || php_tok_word(lx, t, "include_once") ||
			    php_tok_word(lx, t, "require") || php_tok_word(lx, t, "require_once")) {
				/* a plain literal path to a PHP file is harmless; anything else
				 * (a variable, escapes, an odd extension) is looked at */
				size_t k = i + 1;
				if (k < lx->n && php_tok_op(lx, &lx->t[k], "("))
					k++;
				bool simple = true;
				for (; k < lx->n && simple; k++) {
					const struct php_token *u = &lx->t[k];
					if (php_tok_op(lx, u, ";") || u->type == PT_CLOSE ||
					    u->type == PT_EOF)
						break;
					if (u->type == PT_STR) {
						const unsigned char *v = php_tok_val(lx, u);
						simple = !(u->flags & PTF_ESCAPED) &&
						         u->vlen < 512 &&
						         !memchr(v, ':', u->vlen) &&
						         (u->vlen < 4 ||
						          memcmp(v + u->vlen - 4, ".php", 4) == 0 ||
						          memcmp(v + u->vlen - 4, ".inc", 4) == 0 ||
						          memchr(v, '.', u->vlen) == NULL);
					} else if (u->type == PT_IDENT && k + 1 < lx->n &&
					           php_tok_op(lx, &lx->t[k + 1], "(") &&
					           !php_tok_word(lx, u, "dirname")) {
						simple = false; /* a path computed by a function */
					} else if (u->type == PT_IDENT || php_tok_op(lx, u, ".") ||
					           php_tok_op(lx, u, "(") ||
					           php_tok_op(lx, u, ")") ||
					           php_tok_op(lx, u, ",")) {
						continue;
					} else {
						simple = false;
					}
				}
				if (!simple)
					return true;
				break;
			}
			if (php_tok_word(lx, t, "filter_callback"))
				return true;
			if (call && pay_gate(lx, t, &store, &decoder))
				return true;
			if (!call && !php_tok_word(lx, t, "new"))
				break;
			if (php_tok_word(lx, t, "new")) {
				struct php_token nq;
				if (nx->len > 1 && lx->src[nx->off] == '\\') {
					nq = *nx;
					nq.off++;
					nq.len--;
					nq.voff++;
					nq.vlen--;
					nx = &nq;
				}
				if (php_tok_word(lx, nx, "reflectionfunction") ||
				    php_tok_word(lx, nx, "com") || php_tok_word(lx, nx, "perl") ||
				    php_tok_word(lx, nx, "lua") || php_tok_word(lx, nx, "v8js") ||
				    php_tok_word(lx, nx, "python"))
					return true;
				break;
			}
			for (size_t k = 0; k < HS_ARRAY_LEN(sinks); k++)
				if (php_tok_word_n(lx, t, sinks[k]))
					return true;
			for (size_t k = 0; k < HS_ARRAY_LEN(callbacks); k++)
				if (php_tok_word_n(lx, t, callbacks[k])) {
					/* array_map('trim', ...) and closures are harmless here (a
					 * closure's own sinks are seen as tokens) */
					const struct php_token *a =
					    i + 2 < lx->n ? &lx->t[i + 2] : NULL;
					bool first = strcmp(callbacks[k], "array_filter") &&
					             strncmp(callbacks[k], "array_walk", 10) &&
					             strcmp(callbacks[k], "usort") &&
					             strcmp(callbacks[k], "uasort") &&
					             strcmp(callbacks[k], "uksort") &&
					             strcmp(callbacks[k], "iterator_apply") &&
					             strcmp(callbacks[k], "array_reduce") &&
					             strcmp(callbacks[k], "preg_replace_callback");
					if (!strcmp(callbacks[k], "preg_replace")) {
						/* only a pattern that is not a literal, or one with
						 * /e */
						if (a && a->type == PT_STR && i + 3 < lx->n &&
						    php_tok_op(lx, &lx->t[i + 3], ",")) {
							const unsigned char *v = php_tok_val(lx, a);
							size_t e = a->vlen;
							while (e > 0 && v[e - 1] >= 'a' &&
							       v[e - 1] <= 'z' && v[e - 1] != 'e')
								e--;
							if (e > 0 && v[e - 1] == 'e' && e > 1 &&
							    !(v[e - 2] >= 'a' && v[e - 2] <= 'z'))
								return true;
							break;
						}
						return true;
					}
					if (!first && a) {
						/* the callee is the second argument */
						size_t m = i + 2;
						while (m < lx->n &&
						       !php_tok_op(lx, &lx->t[m], ",") &&
						       !php_tok_op(lx, &lx->t[m], ")")) {
							const struct php_token *u = &lx->t[m];
							m = (u->match > m && u->match < lx->n)
							        ? u->match + 1
							        : m + 1;
						}
						a = m + 1 < lx->n && php_tok_op(lx, &lx->t[m], ",")
						        ? &lx->t[m + 1]
						        : NULL;
					}
					if (a && (php_tok_word(lx, a, "function") ||
					          php_tok_word(lx, a, "fn") ||
					          php_tok_word(lx, a, "static")))
						break;
					if (a && a->type == PT_STR && !(a->flags & PTF_ESCAPED) &&
					    (size_t)(a - lx->t) + 1 < lx->n &&
					    (php_tok_op(lx, a + 1, ",") ||
					     php_tok_op(lx, a + 1, ")"))) {
						char nm[32];
						size_t l = a->vlen < 31 ? a->vlen : 31;
						for (size_t q = 0; q < l; q++) {
							unsigned char c = php_tok_val(lx, a)[q];
							nm[q] =
							    (char)(c >= 'A' && c <= 'Z' ? c | 0x20
							                                : c);
						}
						nm[l] = 0;
						if (!dangerous(builtin_id(nm)) &&
						    strcmp(nm, "eval"))
							break;
					}
					return true;
				}
			break;
		}
		default:
			break;
		}
	}
	return false;
}

/* With unknown arguments, a closure can only give a finding from what it
 * reads itself: a superglobal, a captured value that is input, or code it
 * evaluates or includes (a decoded layer). Others are not run (speed). */
static bool closure_worth(const struct pv *c)
{
	const struct fdef *f = c->fn;
	if (c->a)
		for (uint32_t i = 0; i < c->a->n; i++)
			if (c->a->v[i].val.taint)
				return true;
	for (size_t k = f->body_b; k < f->body_e && k < f->lx->n; k++) {
		const struct php_token *t = &f->lx->t[k];
		const unsigned char *v = f->lx->src + t->voff;
		if (t->type == PT_VAR && t->vlen >= 4 && (v[0] == '_' || v[0] == 'G'))
			return true; /* $_GET, $_POST..., $GLOBALS */
		if (t->type == PT_IDENT &&
		    (php_tok_word(f->lx, t, "eval") || php_tok_word(f->lx, t, "assert") ||
		     php_tok_word(f->lx, t, "include") || php_tok_word(f->lx, t, "include_once") ||
		     php_tok_word(f->lx, t, "require") || php_tok_word(f->lx, t, "require_once") ||
		     php_tok_word(f->lx, t, "create_function") ||
		     php_tok_word(f->lx, t, "getenv") || php_tok_word(f->lx, t, "getallheaders") ||
		     php_tok_word(f->lx, t, "file_get_contents") ||
		     php_tok_word(f->lx, t, "filter_input") || php_tok_word(f->lx, t, "extract") ||
		     php_tok_word(f->lx, t, "register_rest_route")))
			return true;
		if (t->type == PT_DOLLAR || t->type == PT_BT_BEGIN)
			return true; /* $$name, backticks */
	}
	return false;
}

/* The closures the file made and nothing called, once each with unknown
 * arguments (their captured variables as they were when made). A sink in
 * them is judged as anywhere else: only writes are demoted in this pass. */
static void closures_uncalled(struct P *P)
{
	struct C *C = P->C;
	for (int i = 0; i < C->nclosures && !C->stop; i++) {
		struct pv *c = &C->closures[i];
		if (c->fn->evals > 0 || !closure_worth(c))
			continue;
		struct php_lex *saved = P->lx;
		P->lx = c->fn->lx;
		P->layer = c->fn->layer;
		call_fdef(P, c->fn, NULL, 0, c->a ? c : NULL);
		P->lx = saved;
	}
}

void eval_layer(struct C *C, const unsigned char *src, size_t len, bool code_mode, int layer,
                struct scope *sc)
{
	if (C->nlex >= PHP_MAX_LAYERS + 1 || C->stop)
		return;
	struct php_lex *lx = xcalloc(1, sizeof(*lx));
	php_lex_run(lx, src, len, code_mode, C->max_tokens);
	C->lex[C->nlex++] = lx;
	if (lx->truncated)
		C->res->truncated = true;
	if (layer == 0 && !C->work_max)
		C->work_max = 100000 + 12 * lx->n;
	if (layer == 0 && !candidate(lx))
		return;
	struct P P = {.C = C, .lx = lx, .i = 0, .end = lx->n, .sc = sc, .layer = layer};
	size_t first_fn = C->nfn;
	declare_all(&P);
	stmts_until(&P, lx->n);
	if (layer > 0)
		return;
	/* functions and methods nobody called: with unknown arguments; then
	 * the methods again, now that every property has been assigned (a
	 * __destruct that evals what the constructor stored) */
	C->uncalled_pass = true;
	for (int round = 0; round < 2 && !C->stop; round++) {
		for (size_t i = first_fn; i < C->nfn && !C->stop; i++) {
			struct fdef *f = C->fn[i];
			int wnames = 0;
			bool probe = round == 0 && wrapper_probe(f, &wnames);
			bool wrapper = round == 0 && f->evals > 0 &&
			               (cmd_tokens(f) >= 3 || (probe && wnames >= 2));
			if (round == 0 ? f->evals > 0 && !wrapper : !f->method)
				continue;
			if (wrapper)
				f->evals =
				    0; /* called before, but never with its parameters marked */
			/* on its own, each parameter marked: does it reach commands? */
			struct pv prm[16];
			int np = f->np < 16 ? f->np : 16;
			for (int k = 0; k < np; k++) {
				prm[k] = unk();
				prm[k].param = (uint16_t)(1u << k);
				if (f->hooked == 2)
					ev_hook_arg(&prm[k]);
			}
			C->wrap_n = 0;
			C->wrap_dyn = false;
			P.layer = f->layer;
			P.lx = f->lx;
			call_fdef(&P, f, prm, np, NULL);
			if (C->wrap_n >= 3)
				hit(&P, "php.command_wrapper", HS_SEV_MEDIUM, C->wrap_tok,
				    "%s() runs its parameter with %s, %s, %s%s", f->name,
				    C->wrap[0], C->wrap[1], C->wrap[2], C->wrap_n > 3 ? "..." : "");
			else if (probe && C->wrap_n == 2)
				hit(&P, "php.command_wrapper", HS_SEV_MEDIUM, C->wrap_tok,
				    "%s() runs its parameter with %s or %s, whichever is enabled",
				    f->name, C->wrap[0], C->wrap[1]);
			else if (probe && wnames >= 2 && C->wrap_dyn)
				hit(&P, "php.command_wrapper", HS_SEV_MEDIUM, f->body_b,
				    "%s() calls its parameter with the first enabled of %d command "
				    "functions",
				    f->name, wnames);
			C->wrap_n = 0;
			C->wrap_dyn = false;
			P.lx = lx;
		}
		if (round == 0)
			closures_uncalled(&P);
	}
	ev_entry_late(&P, first_fn);
	C->uncalled_pass = false;
}

void php_eval(const unsigned char *buf, size_t len, bool code_mode, const struct php_limits *lim,
              struct php_result *res)
{
	memset(res, 0, sizeof(*res));
	struct C *C = xcalloc(1, sizeof(*C));
	C->res = res;
	C->max_tokens = lim && lim->max_tokens ? lim->max_tokens : 2000000;
	C->work_max = lim ? lim->max_work : 0;
	C->decoded_max = lim && lim->max_decoded ? lim->max_decoded : 8u * 1024 * 1024;
	C->str_max = lim && lim->max_strings ? lim->max_strings : 32u * 1024 * 1024;
	C->global.global = &C->global;
	eval_layer(C, buf, len, code_mode, 0, &C->global);
	for (int i = 0; i < C->nlex; i++) {
		php_lex_free(C->lex[i]);
		free(C->lex[i]);
	}
	map_free(&C->global.vars);
	map_free(&C->consts);
	map_free(&C->props);
	map_free(&C->fnames);
	map_free(&C->mnames);
	free(C->fn);
	fbuf_free(&C->fb);
	while (C->arena) {
		struct chunk *n = C->arena->next;
		free(C->arena);
		C->arena = n;
	}
	free(C);
}

void php_result_free(struct php_result *res)
{
	for (size_t i = 0; i < res->nlayers; i++)
		free(res->layers[i].buf);
	free(res->layers);
	free(res->hits);
	memset(res, 0, sizeof(*res));
}
