/* register_globals (PHP before 5.4 filled a global variable for every
 * request field): old shells call ekse($cmd) after isset($_GET['cmd'])
 * and never assign $cmd. An undefined variable of the global scope stands
 * for the request field of the same literal name that the file reads or
 * checks ($_GET/$_POST/$_REQUEST/$_COOKIE['name']), when the file never
 * assigns that variable itself (=, .=..., foreach's as, global, static).
 * Applications assign what they read ($page = $_GET['page']), so this
 * only speaks for files written for register_globals. */
#include "scan/php_ev.h"

#define RG_MAX 16

struct ev_rglob {
	const struct php_lex *lx; /* the layer the keys were collected from */
	struct {
		const unsigned char *s;
		uint32_t n;
		int which; /* superglobal() index */
	} key[RG_MAX];
	int nkey;
};

static bool tok_is(const struct php_lex *lx, size_t k, const char *o)
{
	return k < lx->n && lx->t[k].type == PT_OP && php_tok_op(lx, &lx->t[k], o);
}

/* the literal keys of $_GET['x'] & co in the layer, once */
static void collect(struct ev_rglob *g, const struct php_lex *lx)
{
	g->lx = lx;
	g->nkey = 0;
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
