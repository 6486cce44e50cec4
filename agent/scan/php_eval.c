/* The driver of the PHP interpreter and the public API of php_eval.h:
 * which files could reach a sink at all, each layer evaluated, and the
 * closures nothing called. The parts it drives are in php_ev_*.c
 * (php_ev.h). */
#include "scan/php_ev.h"
#include "scan/php_gate.h"

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
	/* each name with its length, not strlen'd for every token of every body */
#define CMD(s)                                                                                     \
	{                                                                                          \
		s, sizeof s - 1                                                                    \
	}
	static const struct {
		const char *s;
		size_t n;
	} cmds[] = {CMD("system"), CMD("exec"),      CMD("shell_exec"), CMD("passthru"),
	            CMD("popen"),  CMD("proc_open"), CMD("pcntl_exec")};
#undef CMD
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
				probe |= a->vlen == cmds[k].n &&
				         !memcmp(php_tok_val(f->lx, a), cmds[k].s, a->vlen);
			probe |= a->type == PT_VAR;
		}
		if (t->type != PT_IDENT && t->type != PT_STR)
			continue;
		for (size_t k = 0; k < HS_ARRAY_LEN(cmds); k++)
			if (!seen[k] && t->vlen == cmds[k].n &&
			    (t->type == PT_STR ? !memcmp(php_tok_val(f->lx, t), cmds[k].s, t->vlen)
			                       : php_tok_word_n(f->lx, t, cmds[k].s))) {
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

/* With unknown arguments, a closure can only give a finding from what it
 * reads itself: a superglobal, a captured value that is input, or code it
 * evaluates or includes (a decoded layer). Others are not run (speed). */
static bool closure_worth(const struct pv *c)
{
	const struct fdef *f = c->fn;
	if (ev_fw_typed(f))
		return true; /* a route closure: fn (Request $r) => ... */
	if (c->a)
		for (uint32_t i = 0; i < c->a->n; i++)
			if (c->a->v[i].val.taint)
				return true;
	bool url = false, write = false;
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
		/* a dropper in a hook (a cron event that restores a deleted
		 * loader): a URL, a decoder or a stored option and a file
		 * write in the same closure */
		if (t->type == PT_STR && t->vlen > 7) {
			const unsigned char *s = php_tok_val(f->lx, t);
			url |= !strncasecmp((const char *)s, "http://", 7) ||
			       !strncasecmp((const char *)s, "https://", 8) ||
			       !strncasecmp((const char *)s, "ftp://", 6);
		}
		if (t->type == PT_IDENT)
			url |= php_tok_word(f->lx, t, "base64_decode") ||
			       php_tok_word(f->lx, t, "gzinflate") ||
			       php_tok_word(f->lx, t, "gzuncompress") ||
			       php_tok_word(f->lx, t, "str_rot13") ||
			       php_tok_word(f->lx, t, "get_option") ||
			       php_tok_word(f->lx, t, "get_site_option") ||
			       php_tok_word(f->lx, t, "get_transient") ||
			       php_tok_word(f->lx, t, "get_site_transient");
		if (t->type == PT_IDENT)
			write |= php_tok_word(f->lx, t, "copy") ||
			         php_tok_word(f->lx, t, "file_put_contents") ||
			         php_tok_word(f->lx, t, "fwrite") ||
			         php_tok_word(f->lx, t, "fputs");
		if (url && write)
			return true;
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

/* work decoded layers may add to the file's budget, all together */
#define LAYER_CREDIT_MAX (4u * 1024 * 1024)

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
	/* A decoded layer brings work of its own: packers wrap a 100 KB shell
	 * in 20 to 60 layers of eval(gzinflate(base64_decode(...))), and the
	 * file's own budget (a few tokens around one string) ran out before
	 * the shell was reached. The credit is as for a file of that size; the
	 * 8 MB bound on decoded bytes bounds the sum. */
	if (layer > 0 && C->layer_credit < LAYER_CREDIT_MAX) {
		size_t credit = 1000 + 12 * lx->n + len / 16;
		if (credit > LAYER_CREDIT_MAX - C->layer_credit)
			credit = LAYER_CREDIT_MAX - C->layer_credit;
		C->layer_credit += credit;
		C->work_max += credit;
	}
	if (layer == 0 && !C->no_gate && !php_gate(lx))
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
	C->no_gate = lim && lim->no_gate;
	C->global.global = &C->global;
	C->src0 = buf;
	C->src0_len = len;
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
