/* Statements of the PHP interpreter: blocks, loops run over known values,
 * classes, goto, foreach and the statement dispatch. Separate: control flow,
 * which the expressions do not see. */
#include "scan/php_ev.h"

static void stmt(struct P *P);

/* ------------------------------------------------------------- statements */

/* A parenthesized header: (expr; expr; ...) with the variables it reads
 * collected (for loops: over what do they run?). */
static void header(struct P *P, uint16_t *taint, uint16_t *fl)
{
	if (!op(P, "(")) {
		*taint = 0;
		*fl = 0;
		return;
	}
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	bool was = P->acc_on;
	uint16_t st = P->acc_taint, sf = P->acc_fl;
	P->acc_on = true;
	P->acc_taint = 0;
	P->acc_fl = 0;
	P->acc_src = NULL;
	while (P->i < close && !P->C->stop) {
		size_t before = P->i;
		struct pv v = expr(P, 0);
		P->acc_taint |= v.taint;
		P->acc_fl |= v.fl & (F_FILE | F_REMOTE);
		if (P->i == before)
			P->i++;
	}
	*taint = P->acc_taint;
	*fl = P->acc_fl;
	P->acc_on = was;
	P->acc_taint = st | (was ? *taint : 0);
	P->acc_fl = sf | (was ? *fl : 0);
	P->i = close < P->end ? close + 1 : P->end;
}

/* The body of a loop or a branch: a block, an alternative-syntax block
 * (ending at one of the end words), or one statement. */
void body(struct P *P, const char *end1, const char *end2)
{
	if (accept(P, ":")) {
		while (P->i < P->end && !P->C->stop && !word(P, end1) && !(end2 && word(P, end2))) {
			size_t before = P->i;
			stmt(P);
			if (P->i == before)
				P->i++;
		}
		if (word(P, end1)) {
			P->i++;
			accept(P, ";");
		}
		return;
	}
	stmt(P);
}

/* long_run: the loop runs without end, by the clock or many times over
 * (php_ev_flood.c: what is sent again and again) */
static void loop_body(struct P *P, uint16_t taint, uint32_t fl, const char *src, const char *end,
                      bool long_run)
{
	struct C *C = P->C;
	bool over_input = taint || (fl & F_FILE);
	const char *was = C->loop_src;
	if (over_input) {
		C->input_loops++;
		C->loop_src = taint ? (src ? src : "input") : "lines of a file";
	}
	C->long_loops += long_run;
	body(P, end, NULL);
	C->long_loops -= long_run;
	if (over_input) {
		C->input_loops--;
		C->loop_src = was;
	}
}

/* Iterations after which a loop run over known values counts as long. */
#define LOOP_LONG 64

/* Does the loop at [b, e) (its condition) run without end or by the clock:
 * no variable in it (`while (1)`, `for (;;)`), or the time read in it
 * (`while (time() < $end)`, `microtime(true) < $until`)? A constant loop
 * whose body can break out, with no clock in the body, is a retry or
 * read-until loop. [bb, be) is the body (be == bb: not known). */
static bool cond_long(const struct P *P, size_t b, size_t e, size_t bb, size_t be)
{
	static const char *const clocks[] = {"time", "microtime", "hrtime"};
	bool var = false;
	for (size_t k = b; k < e; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (t->type == PT_VAR)
			var = true;
		for (size_t c = 0; c < HS_ARRAY_LEN(clocks); c++)
			if (php_tok_word(P->lx, t, clocks[c]))
				return true;
	}
	if (var)
		return false;
	bool brk = false, clock = false;
	for (size_t k = bb; k < be && k < P->end; k++) {
		const struct php_token *t = &P->lx->t[k];
		brk |= php_tok_word(P->lx, t, "break") || php_tok_word(P->lx, t, "return") ||
		       php_tok_word(P->lx, t, "exit") || php_tok_word(P->lx, t, "die");
		for (size_t c = 0; c < HS_ARRAY_LEN(clocks); c++)
			clock |= php_tok_word(P->lx, t, clocks[c]);
	}
	return !brk || clock;
}

/* The two ';' of for (init; cond; step) at [open, close], outside nested
 * brackets, into semi; how many there are (3 when more than two). */
static int for_semis(const struct P *P, size_t open, size_t close, size_t semi[2])
{
	int ns = 0;
	for (size_t k = open + 1; k < close && ns < 3; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (php_tok_op(P->lx, t, ";"))
			semi[ns < 2 ? ns : 1] = k, ns++;
		else if (t->match > k && t->match < close)
			k = t->match;
	}
	return ns;
}

/* The condition of for (init; cond; step) at [open, close] runs long:
 * empty (`for (;;)`), constant or by the clock (cond_long), or a count the
 * request gives (`$i < $_GET['n']`; not a count of the request's list,
 * `$i < count($_POST['urls'])`, which walks it). */
static bool for_cond_long(const struct P *P, size_t open, size_t close)
{
	size_t semi[2];
	if (for_semis(P, open, close, semi) != 2)
		return false;
	size_t b = semi[0] + 1, e = semi[1];
	size_t bb = close + 1, be = close + 1;
	if (bb < P->end && php_tok_op(P->lx, &P->lx->t[bb], "{") && P->lx->t[bb].match > bb)
		be = P->lx->t[bb].match;
	if (cond_long(P, b, e, bb, be))
		return true;
	bool req = false;
	for (size_t k = b; k < e; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (php_tok_word(P->lx, t, "count") || php_tok_word(P->lx, t, "sizeof") ||
		    php_tok_word(P->lx, t, "strlen"))
			return false;
		if (t->type == PT_VAR) {
			int g = superglobal(tval(P, t), t->vlen);
			req |= g >= 0 && g <= 2; /* $_GET, $_POST, $_REQUEST */
		}
	}
	return req;
}

/* The end of the body that starts at token b: a block's '}', or the ';'
 * of one statement. */
static size_t body_end_at(const struct P *P, size_t b)
{
	const struct php_token *t = b < P->lx->n ? &P->lx->t[b] : NULL;
	if (b < P->end && php_tok_op(P->lx, t, "{") && t->match > b && t->match <= P->end)
		return t->match;
	size_t k = b;
	while (k < P->end && !php_tok_op(P->lx, &P->lx->t[k], ";"))
		k++;
	return k;
}

/* Evaluate the expressions of [b, e) in order; the last one's value. */
static struct pv exprs_in(struct P *P, size_t b, size_t e)
{
	struct pv v = unk();
	size_t saved_end = P->end;
	P->i = b;
	P->end = e;
	while (P->i < e && !P->C->stop) {
		size_t before = P->i;
		v = expr(P, 0);
		if (!accept(P, ",") && P->i == before)
			P->i++;
	}
	P->end = saved_end;
	P->i = e;
	return v;
}

static bool truthy(const struct pv *v, bool *known)
{
	*known = is_str(v);
	return *known && !(v->n == 0 || (v->n == 1 && v->s[0] == '0'));
}

#define LOOP_MAX_ITER 4096

/* A loop over the characters of a known string (`$i < strlen($s)`) runs
 * as often as the string is long: obfuscators decode a 150 KB shell a
 * character at a time through a substitution table, and at LOOP_MAX_ITER
 * (or a quarter of the file's work, which a 2 KB payload already exceeds)
 * only its first lines were seen. Such a loop gets work in proportion to
 * that length, up to DATA_LOOP_CREDIT_MAX for the whole file, and up to
 * DATA_LOOP_MAX_ITER iterations. */
#define DATA_LOOP_MAX_ITER   (1 << 20)
#define DATA_LOOP_CREDIT_MAX (8u * 1024 * 1024)

/* The length of the known string or array a loop condition at [b, e)
 * measures with strlen/count/sizeof (the longest), or 0. */
static size_t data_loop_len(struct P *P, size_t b, size_t e)
{
	static const char *const measures[] = {"strlen", "mb_strlen", "count", "sizeof"};
	size_t best = 0, saved = P->i;
	for (size_t k = b; k + 1 < e; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (t->type != PT_IDENT || !php_tok_op(P->lx, &P->lx->t[k + 1], "("))
			continue;
		bool m = false;
		for (size_t j = 0; j < HS_ARRAY_LEN(measures) && !m; j++)
			m = php_tok_word(P->lx, t, measures[j]);
		size_t close = P->lx->t[k + 1].match;
		if (!m || close <= k + 2 || close > e)
			continue;
		struct pv v = exprs_in(P, k + 2, close);
		size_t n = is_str(&v) ? v.n : v.k == K_ARR && v.a ? v.a->n : 0;
		best = n > best ? n : best;
	}
	P->i = saved;
	return best;
}

/* The tokens of a loop whose header is the group [open, close]: the
 * header and the body after it (a block, or one statement). */
static size_t loop_tokens(struct P *P, size_t open, size_t close)
{
	size_t b = close + 1;
	if (b < P->end && php_tok_op(P->lx, &P->lx->t[b], "{") && P->lx->t[b].match > b)
		return P->lx->t[b].match - open + 1;
	size_t k = b;
	while (k < P->end && k - b < 256 && !php_tok_op(P->lx, &P->lx->t[k], ";"))
		k++;
	return k - open + 1;
}

/* The iterations a loop may run and the work it may take (*room, from
 * the file's budget): more for a loop over a long known string, whose
 * credit (its length times the tokens of one iteration) is added to the
 * file's budget. [b, e) is the condition, ntok the tokens of the loop. */
static int loop_bounds(struct P *P, size_t b, size_t e, size_t ntok, size_t *room)
{
	struct C *C = P->C;
	size_t dlen = data_loop_len(P, b, e);
	if (dlen <= LOOP_LONG || C->data_loop_credit >= DATA_LOOP_CREDIT_MAX)
		return LOOP_MAX_ITER;
	/* an iteration costs about two units a token (the condition's call,
	 * the body's lookups) */
	size_t want = (dlen + 1) * (2 * ntok + 16);
	size_t left = DATA_LOOP_CREDIT_MAX - C->data_loop_credit;
	size_t credit = want < left ? want : left;
	C->data_loop_credit += credit;
	C->work_max += credit;
	*room += credit;
	if (dlen + 1 <= LOOP_MAX_ITER)
		return LOOP_MAX_ITER;
	return dlen + 1 < DATA_LOOP_MAX_ITER ? (int)dlen + 1 : DATA_LOOP_MAX_ITER;
}

/* for (init; cond; step) over known values, run as PHP runs it: a
 * decryptor that builds a name or a payload a character at a time
 * (`for ($i = 0; $i < strlen($s); $i++) $o .= $s[$i] ^ $k[$i % 4]`) gives
 * its result only when every iteration is evaluated. Bounded: at most
 * LOOP_MAX_ITER iterations, and a quarter of the work left to the file
 * (nested loops get a quarter of that), so that a loop never takes the
 * budget of the code after it. A condition that is not known (or false
 * before the first iteration) leaves the loop to the one-pass evaluation.
 * P->i is at the "(". */
static bool for_iterate(struct P *P)
{
	struct C *C = P->C;
	size_t open = P->i;
	if (!op(P, "("))
		return false;
	size_t close = T(P)->match;
	if (close <= open || close >= P->end)
		return false;
	size_t semi[2];
	if (for_semis(P, open, close, semi) != 2 || semi[1] == semi[0] + 1)
		return false; /* for (;;): no condition to evaluate */
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	exprs_in(P, open + 1, semi[0]);
	bool known;
	bool go = truthy((struct pv[]){exprs_in(P, semi[0] + 1, semi[1])}, &known);
	if (!known || !go) {
		P->i = open; /* the one-pass evaluation (it runs init again: harmless) */
		return false;
	}
	size_t body_end = close + 1;
	int max_it = loop_bounds(P, semi[0] + 1, semi[1], loop_tokens(P, open, close), &room);
	for (int it = 0; it < max_it && go && known && !C->stop; it++) {
		P->i = close + 1;
		loop_body(P, 0, 0, NULL, "endfor", it >= LOOP_LONG);
		body_end = P->i;
		if (C->work - start_work > room)
			break;
		exprs_in(P, semi[1] + 1, close);
		go = truthy((struct pv[]){exprs_in(P, semi[0] + 1, semi[1])}, &known);
	}
	P->i = body_end;
	return true;
}

/* A loop condition at [b, e) worth running: it reads a variable (a
 * constant condition, `while (true)`, is a loop that ends with break,
 * which is not followed). */
static bool cond_reads_var(const struct P *P, size_t b, size_t e)
{
	for (size_t k = b; k < e; k++)
		if (P->lx->t[k].type == PT_VAR)
			return true;
	return false;
}

/* A do-while condition that counts (`while (++$i < $n)`): evaluating it
 * before the body, for what the loop runs over, would count once too many. */
static bool cond_counts(const struct P *P)
{
	size_t open = P->i;
	if (!op(P, "(") || T(P)->match <= open || T(P)->match >= P->end)
		return false;
	for (size_t k = open + 1; k < T(P)->match; k++)
		if (php_tok_op(P->lx, &P->lx->t[k], "++") || php_tok_op(P->lx, &P->lx->t[k], "--"))
			return true;
	return false;
}

/* while (cond) body over known values, run as PHP runs it, with the bounds
 * of for_iterate. P->i is at the "("; false leaves the loop to the one-pass
 * evaluation (a condition unknown or false at the start). */
static bool while_iterate(struct P *P)
{
	struct C *C = P->C;
	size_t open = P->i;
	if (!op(P, "("))
		return false;
	size_t close = T(P)->match;
	if (close <= open + 1 || close >= P->end || !cond_reads_var(P, open + 1, close))
		return false;
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	bool known;
	bool go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	if (!known || !go) {
		P->i = open;
		return false;
	}
	size_t body_end = close + 1;
	int max_it = loop_bounds(P, open + 1, close, loop_tokens(P, open, close), &room);
	for (int it = 0; it < max_it && go && known && !C->stop; it++) {
		P->i = close + 1;
		loop_body(P, 0, 0, NULL, "endwhile", it >= LOOP_LONG);
		body_end = P->i;
		if (C->work - start_work > room)
			break;
		go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	}
	P->i = body_end;
	return true;
}

/* do { body } while (cond); the body was evaluated once: while the
 * condition is known and true, run it again (bounded like for_iterate).
 * [body_at, after) is the body and the while clause. */
static void do_iterate(struct P *P, size_t body_at, size_t after)
{
	struct C *C = P->C;
	if (body_at >= P->end || !php_tok_op(P->lx, &P->lx->t[body_at], "{"))
		return;
	size_t bclose = P->lx->t[body_at].match;
	size_t open = bclose + 2;
	if (bclose <= body_at || open >= after || open >= P->end ||
	    !php_tok_word(P->lx, &P->lx->t[bclose + 1], "while") ||
	    !php_tok_op(P->lx, &P->lx->t[open], "("))
		return;
	size_t close = P->lx->t[open].match;
	if (close <= open + 1 || close >= P->end || !cond_reads_var(P, open + 1, close))
		return;
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	bool known;
	bool go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	for (int it = 1; it < LOOP_MAX_ITER && go && known && !C->stop; it++) {
		P->i = body_at;
		loop_body(P, 0, 0, NULL, "endwhile", it >= LOOP_LONG);
		if (C->work - start_work > room)
			break;
		go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	}
}

static void class_body(struct P *P)
{
	struct C *C = P->C;
	/* class Name extends X implements Y { ... } */
	while (P->i < P->end && !op(P, "{") && !op(P, ";"))
		P->i++;
	if (!op(P, "{"))
		return;
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	while (P->i < close && !C->stop) {
		if (word(P, "function")) {
			/* declared by the pre-pass; skip to after its body */
			while (P->i < close && !op(P, "("))
				P->i++;
			if (op(P, "("))
				skip_group(P);
			struct fdef tmp;
			memset(&tmp, 0, sizeof(tmp));
			parse_body(P, &tmp);
			continue;
		}
		if (word(P, "const")) {
			P->i++;
			while (P->i < close && !op(P, ";")) {
				if (T(P)->type == PT_IDENT && opa(P, 1, "=")) {
					const struct php_token *nt = T(P);
					P->i += 2;
					struct pv v = expr(P, 0);
					struct var *cv = map_find(&C->consts, tval(P, nt), nt->vlen,
					                          false, true);
					cv->v = v;
					continue;
				}
				P->i++;
			}
			continue;
		}
		if (T(P)->type == PT_VAR) {
			const struct php_token *nt = T(P);
			P->i++;
			if (accept(P, "=")) {
				struct pv v = expr(P, 0);
				struct lv l = {
				    .kind = LV_PROP, .name = tval(P, nt), .nlen = nt->vlen};
				assign(P, &l, &v);
			}
			continue;
		}
		if (word(P, "case") && TA(P, 1)->type == PT_IDENT && opa(P, 2, "=")) {
			/* a backed enum's case (php_ev_php8.c) */
			const struct php_token *nt = TA(P, 1);
			P->i += 3;
			struct pv v = expr(P, 0);
			ev_enum_case(P, tval(P, nt), nt->vlen, &v);
			continue;
		}
		if (word(P, "use") || word(P, "case")) {
			while (P->i < close && !op(P, ";") && !op(P, "{"))
				P->i++;
			if (op(P, "{"))
				skip_group(P);
			continue;
		}
		if (T(P)->type == PT_ATTR || op(P, "{") || op(P, "(")) {
			skip_group(P);
			continue;
		}
		P->i++;
	}
	P->i = close < P->end ? close + 1 : P->end;
}

static void stmt_inner(struct P *P);
/* train6: `if (!preg_match(allow-list, $name)) { ...; exit; }` with the
 * header at hopen, its body at P->i: the negated test and a body that
 * leaves (exit, die, return, throw). A deny-list (`if (preg_match('/\.php/',
 * $n)) exit;`) names a runnable extension and is not counted (ext_allowlist). */
static bool exit_guard(const struct P *P, size_t hopen)
{
	if (hopen + 1 >= P->end || !php_tok_op(P->lx, &P->lx->t[hopen + 1], "!"))
		return false;
	size_t e = body_end_at(P, P->i);
	if (e - P->i > 48)
		return false;
	for (size_t k = P->i; k <= e && k < P->end; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (php_tok_word(P->lx, t, "exit") || php_tok_word(P->lx, t, "die") ||
		    php_tok_word(P->lx, t, "return") || php_tok_word(P->lx, t, "throw"))
			return true;
	}
	return false;
}

/* ------------------------------------------------------------- goto */

/* A goto inside a nested statement (`if (...) { goto L; }`): the list that
 * holds L walks from it once its own walk has ended (goto_run). */
static void goto_note(struct P *P, const struct php_token *lt)
{
	struct C *C = P->C;
	if (C->ngoto_pend < (int)HS_ARRAY_LEN(C->goto_pend)) {
		C->goto_pend[C->ngoto_pend].s = tval(P, lt);
		C->goto_pend[C->ngoto_pend].n = lt->vlen;
		C->ngoto_pend++;
	}
}

#define GOTO_SLOTS 4096u /* labels of one statement list (more are not followed) */

struct goto_tab {
	size_t start, n;
	uint32_t *endat; /* statement start -> its end (offsets from start + 1) */
	uint8_t *visits; /* how many times the walk ran the statement */
	uint32_t *slot;  /* hash of label names -> label position + 1 */
};

/* `L:` at the top level of the list: an identifier and a colon where a
 * statement starts (not `case X:`, a ternary's `? a : b` or `Foo::`). */
static bool goto_label_at(const struct P *P, size_t k, size_t start)
{
	const struct php_lex *lx = P->lx;
	const struct php_token *t = &lx->t[k];
	if (t->type != PT_IDENT || k + 1 >= P->end || !php_tok_op(lx, &lx->t[k + 1], ":") ||
	    php_tok_op(lx, &lx->t[k + 1], "::"))
		return false;
	if (t->vlen == 7 && !strncasecmp((const char *)tval(P, t), "default", 7))
		return false;
	if (t->vlen == 4 && !strncasecmp((const char *)tval(P, t), "else", 4))
		return false;
	if (k == start)
		return true;
	const struct php_token *pt = &lx->t[k - 1];
	return php_tok_op(lx, pt, ";") || php_tok_op(lx, pt, "}") || php_tok_op(lx, pt, "{") ||
	       php_tok_op(lx, pt, ":") || pt->type == PT_OPEN || pt->type == PT_CLOSE ||
	       pt->type == PT_HTML;
}

static size_t goto_find(const struct P *P, const struct goto_tab *g, const unsigned char *s,
                        size_t n)
{
	uint32_t h = hname(s, n, false);
	for (uint32_t k = 0; k < GOTO_SLOTS; k++) {
		uint32_t v = g->slot[(h + k) % GOTO_SLOTS];
		if (!v)
			return SIZE_MAX;
		const struct php_token *t = &P->lx->t[v - 1];
		if (t->vlen == n && !memcmp(tval(P, t), s, n))
			return v - 1;
	}
	return SIZE_MAX;
}

/* Run statements from P->i as PHP does: a `goto L;` of this list jumps to
 * L; a statement already run twice, `exit`, `die` or `return` end the
 * walk. Bounded: each statement runs at most twice. */
static void goto_walk_in(struct P *P, struct goto_tab *g, bool *looped)
{
	struct C *C = P->C;
	bool back = false; /* this walk jumped backwards */
	while (P->i < P->end && !C->stop) {
		size_t at = P->i, rel = at - g->start;
		if (g->visits[rel] >= 2)
			return;
		/* train9: a statement run again after this walk jumped back is a
		 * loop's body (next: if ($i >= count($l)) goto end; mail($l[$i++],
		 * ..); goto next;): its second run is in a loop, as a foreach's is
		 * (php_ev_mail.c counts mail to a recipient the code does not fix) */
		if (g->visits[rel] == 1 && back && !*looped) {
			*looped = true;
			C->input_loops++;
			C->loop_src = "a list walked by goto";
		}
		g->visits[rel]++;
		if (word(P, "goto") && TA(P, 1)->type == PT_IDENT) {
			const struct php_token *lt = TA(P, 1);
			size_t to = goto_find(P, g, tval(P, lt), lt->vlen);
			P->i += 2;
			accept(P, ";");
			g->endat[rel] = (uint32_t)(P->i - g->start);
			if (to == SIZE_MAX)
				return; /* a label elsewhere: PHP leaves this list */
			back |= to <= at;
			P->i = to;
			continue;
		}
		bool last = word(P, "exit") || word(P, "die") || word(P, "return");
		stmt(P);
		if (P->i <= at)
			P->i = at + 1;
		g->endat[rel] = (uint32_t)(P->i - g->start);
		if (last)
			return;
	}
}

static void goto_walk(struct P *P, struct goto_tab *g)
{
	struct C *C = P->C;
	bool looped = false;
	const char *was = C->loop_src;
	goto_walk_in(P, g, &looped);
	if (looped) {
		C->input_loops--;
		C->loop_src = was;
	}
}

/* A statement list that holds labels: follow its gotos (the statements of
 * goto-shuffled code are out of order in the text), then the labels that
 * nested gotos named, then every statement no walk reached, in order, so
 * nothing is left unread. False (the list runs in order) when the list has
 * no label of its own. */
static bool goto_run(struct P *P, size_t list, int pend0)
{
	struct C *C = P->C;
	size_t start = list, from = P->i, n = P->end > start ? P->end - start : 0;
	if (n < 3 || n > 4u * 1024 * 1024)
		return false;
	struct goto_tab g = {.start = start, .n = n};
	int labels = 0;
	for (size_t k = start; k < P->end; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (t->type == PT_OP && t->match > k && t->match < P->end &&
		    (php_tok_op(P->lx, t, "{") || php_tok_op(P->lx, t, "(") ||
		     php_tok_op(P->lx, t, "["))) {
			k = t->match;
			continue;
		}
		if (!goto_label_at(P, k, start))
			continue;
		if (!g.slot)
			g.slot = xcalloc(GOTO_SLOTS, sizeof(*g.slot));
		uint32_t h = hname(tval(P, t), t->vlen, false);
		for (uint32_t j = 0; j < GOTO_SLOTS / 2 && labels < (int)GOTO_SLOTS / 2; j++) {
			uint32_t *sl = &g.slot[(h + j) % GOTO_SLOTS];
			if (!*sl) {
				*sl = (uint32_t)k + 1;
				labels++;
				break;
			}
		}
		k++;
	}
	if (!labels) {
		free(g.slot);
		return false;
	}
	g.endat = xcalloc(n, sizeof(*g.endat));
	g.visits = xcalloc(n, 1);
	goto_walk(P, &g);
	/* labels that gotos inside nested statements named */
	for (int r = 0; r < 16 && !C->stop; r++) {
		bool walked = false;
		for (int j = pend0; j < C->ngoto_pend && !C->stop;) {
			size_t to = goto_find(P, &g, C->goto_pend[j].s, C->goto_pend[j].n);
			if (to == SIZE_MAX) {
				j++; /* an outer list's label: left to it */
				continue;
			}
			C->goto_pend[j] = C->goto_pend[--C->ngoto_pend];
			if (g.visits[to - start] < 2) {
				P->i = to;
				goto_walk(P, &g);
				walked = true;
			}
		}
		if (!walked)
			break;
	}
	/* what no walk reached after the first goto, once, in order (what was
	 * before it ran in order already) */
	P->i = from;
	while (P->i < P->end && !C->stop) {
		size_t rel = P->i - start;
		if (g.visits[rel] && g.endat[rel] > rel) {
			P->i = start + g.endat[rel];
			continue;
		}
		size_t at = P->i;
		stmt(P);
		if (P->i <= at)
			P->i = at + 1;
	}
	free(g.slot);
	free(g.endat);
	free(g.visits);
	return true;
}

static void stmt(struct P *P)
{
	struct C *C = P->C;
	if (!budget(P))
		return;
	if (C->depth >= MAX_DEPTH) {
		C->res->truncated = true;
		if (op(P, "{") || op(P, "("))
			skip_group(P);
		else
			P->i++;
		return;
	}
	C->depth++;
	stmt_inner(P);
	C->depth--;
}

/* foreach (src as $k => $v) body: the loop runs over src. */
/* One target of `foreach (... as TARGET)` or `as KEY => TARGET`: `&$v`, a
 * variable or property (into *l, assigned by the caller), or a `[...]` /
 * `list(...)` destructured from the element at once. */
static void foreach_target(struct P *P, size_t close, struct lv *l, const struct pv *elem)
{
	accept(P, "&");
	if (op(P, "[") || (word(P, "list") && opa(P, 1, "("))) {
		if (word(P, "list"))
			P->i++;
		size_t c2 = T(P)->match;
		P->i++;
		struct lv lvs[16];
		struct pv lkeys[16];
		int nlv = 0;
		parse_array(P, c2 > P->i ? c2 : close, lvs, lkeys, &nlv);
		destructure(P, lvs, lkeys, nlv, elem);
	} else {
		postfix(P, l);
	}
}

/* `as $v`, `as $k => $v` (or a destructuring target) at P->i (the word
 * "as"): the targets given this key and element. */
static void foreach_bind(struct P *P, size_t close, const struct pv *key, const struct pv *elem)
{
	P->i++;
	struct lv l1, l2;
	lv_none(&l1);
	lv_none(&l2);
	foreach_target(P, close, &l1, elem);
	if (accept(P, "=>")) {
		foreach_target(P, close, &l2, elem);
		assign(P, &l1, key);
		assign(P, &l2, elem);
	} else {
		assign(P, &l1, elem);
	}
}

/* Does the body after `)` at close build a string (`.=`)? */
static bool body_appends(const struct P *P, size_t close)
{
	size_t b = close + 1, e = body_end_at(P, b);
	for (size_t k = b; k < e && k < P->end; k++)
		if (php_tok_op(P->lx, &P->lx->t[k], ".="))
			return true;
	return false;
}

/* foreach over a known array of at most 64 elements whose body builds a
 * string, or over a list of at most 8 known strings, run as PHP runs it,
 * element by element (bounded like for_iterate): the pieces of a payload
 * joined in a loop, the config files a beacon tries one by one. P->i is at "as";
 * false leaves the loop to the one-pass evaluation. */
static bool foreach_iterate(struct P *P, const struct pv *src, size_t close)
{
	struct C *C = P->C;
	if (src->k != K_ARR || !src->a || src->taint || src->a->loose || (src->fl & F_SUPER) ||
	    src->a->n == 0 || src->a->n > ARR_MAX)
		return false;
	/* train6: a longer list only for a body that builds a string from it
	 * (a table of character codes: `foreach ($t as $c) $s .= chr($c - 19)`),
	 * within the work bound below */
	if (src->a->n > 64 && !body_appends(P, close))
		return false;
	/* a short list of names (config files, hosts, shells to try) walked
	 * with what the body does to each one */
	bool names = src->a->n <= 8;
	for (uint32_t k = 0; names && k < src->a->n; k++)
		names = is_str(&src->a->v[k].val);
	if (!names && !body_appends(P, close))
		return false;
	struct pv copy = arr_copy(C, src); /* PHP walks a copy */
	size_t as_at = P->i;
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	size_t body_end = close + 1;
	for (uint32_t k = 0; k < copy.a->n && !C->stop; k++) {
		P->i = as_at;
		foreach_bind(P, close, &copy.a->v[k].key, &copy.a->v[k].val);
		P->i = close < P->end ? close + 1 : P->end;
		loop_body(P, 0, 0, NULL, "endforeach", false);
		body_end = P->i;
		if (C->work - start_work > room)
			break;
	}
	P->i = body_end;
	return true;
}

static __attribute__((noinline)) void stmt_foreach(struct P *P)
{
	P->i++;
	if (!op(P, "(")) {
		P->i++;
		return;
	}
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	bool was = P->acc_on;
	P->acc_on = true;
	uint16_t st = P->acc_taint, sf = P->acc_fl;
	P->acc_taint = P->acc_fl = 0;
	struct pv src = expr(P, 0);
	/* what it iterates over, not every variable the expression read */
	uint16_t ht = src.taint, hf = src.fl & F_FILE;
	if (src.k == K_ARR && src.a)
		for (uint32_t k = 0; k < src.a->n; k++) {
			ht |= src.a->v[k].val.taint;
			hf |= src.a->v[k].val.fl & F_FILE;
		}
	P->acc_on = was;
	P->acc_taint = st;
	P->acc_fl = sf;
	/* train7: foreach (new SplFileObject($list) as $line) walks the lines
	 * of a file, as foreach (file($list) ...) does */
	bool spl_lines = false;
	if (src.k == K_OBJ && src.s && src.n == 13) {
		char oc[16];
		lower_copy(oc, sizeof(oc), src.s, src.n);
		spl_lines = !strcmp(oc, "splfileobject");
	}
	struct pv elem = spl_lines ? unk() : arr_any(&src);
	if (spl_lines) {
		hf |= F_FILE;
		elem.fl |= F_FILE;
	}
	if (elem.k == K_UNK)
		elem.fl |= src.fl & F_FILE;
	/* train7: a list of more names than are walked one by one, every one
	 * decoded (explode("\n", base64_decode('...'))): its entry stays
	 * decoded (a recipient list hidden in the file, php_ev_mail.c) */
	if (elem.k == K_UNK && src.k == K_ARR && src.a && src.a->n > 1) {
		bool all = true;
		for (uint32_t k = 0; all && k < src.a->n; k++)
			all = (src.a->v[k].val.fl & F_DECODED) != 0;
		if (all)
			elem.fl |= F_DECODED;
	}
	if ((src.fl & F_SUPER) && (src.taint & (T_GET | T_POST | T_REQUEST)))
		elem.cred |= CR_DUMP; /* every posted field, whatever its name */
	if (!elem.taint && ht) {
		elem.taint = ht;
		elem.src = src.src;
	}
	struct pv key = unk();
	key.taint = src.taint;
	key.src = src.src;
	if (word(P, "as") && foreach_iterate(P, &src, close))
		return;
	if (word(P, "as"))
		foreach_bind(P, close, &key, &elem);
	P->i = close < P->end ? close + 1 : P->end;
	loop_body(P, ht, hf, src.src ? src.src : elem.src, "endforeach", false);
	return;
}

static void stmt_inner(struct P *P)
{
	struct C *C = P->C;
	const struct php_token *t = T(P);
	switch (t->type) {
	case PT_EOF:
		P->i = P->end;
		return;
	case PT_HTML:
	case PT_OPEN:
	case PT_CLOSE:
		P->i++;
		return;
	case PT_OPEN_ECHO:
		P->i++;
		expr(P, 0);
		return;
	case PT_ATTR:
		skip_group(P);
		return;
	default:
		break;
	}
	if (op(P, ";")) {
		P->i++;
		return;
	}
	if (op(P, "{")) {
		size_t close = t->match;
		if (close <= P->i || close > P->end)
			close = P->end;
		P->i++;
		stmts_until(P, close);
		P->i = close < P->end ? close + 1 : P->end;
		return;
	}
	if (t->type == PT_IDENT) {
		if (word(P, "if") || word(P, "elseif") || word(P, "while") || word(P, "switch") ||
		    word(P, "declare")) {
			bool loop = word(P, "while");
			bool sw = word(P, "switch");
			const char *end = loop                 ? "endwhile"
			                  : sw                 ? "endswitch"
			                  : word(P, "declare") ? "enddeclare"
			                                       : NULL;
			P->i++;
			if (loop && while_iterate(P))
				return;
			uint16_t ht, hf;
			unsigned checks = P->C->validations, guards = P->C->allow_guards;
			size_t hopen = P->i, hclose = op(P, "(") ? T(P)->match : 0;
			header(P, &ht, &hf);
			if (!loop && !sw && hclose > hopen && P->C->allow_guards > guards &&
			    exit_guard(P, hopen))
				P->sc->name_allow = true;
			bool long_run = loop && hclose > hopen &&
			                cond_long(P, hopen + 1, hclose, P->i, body_end_at(P, P->i));
			/* a branch of an if that checked nothing: a default value
			 * assigned there does not replace the input */
			bool keep = !loop && !end && P->C->validations == checks;
			if (loop)
				loop_body(P, ht, hf, P->acc_src, end, long_run);
			else if (end)
				body(P, end, NULL);
			else if (accept(P, ":"))
				return; /* if (...): the statements follow */
			else {
				P->cond_keep += keep;
				stmt(P);
				P->cond_keep -= keep;
			}
			return;
		}
		if (word(P, "else")) {
			P->i++;
			if (!accept(P, ":") && !word(P, "if")) {
				P->cond_keep++; /* else: the default of an if */
				stmt(P);
				P->cond_keep--;
			}
			return;
		}
		if (word(P, "endif") || word(P, "endwhile") || word(P, "endfor") ||
		    word(P, "endforeach") || word(P, "endswitch") || word(P, "enddeclare")) {
			P->i++;
			accept(P, ";");
			return;
		}
		if (word(P, "do")) {
			P->i++;
			/* the condition after the body says what the loop runs over */
			size_t body_at = P->i;
			uint16_t ht = 0, hf = 0;
			bool long_run = false;
			if (op(P, "{")) {
				size_t bclose = T(P)->match;
				skip_group(P);
				if (word(P, "while")) {
					P->i++;
					size_t copen = P->i, cclose = T(P)->match;
					long_run = op(P, "(") && cclose > copen &&
					           cond_long(P, copen + 1, cclose, body_at, bclose);
					if (cond_counts(P))
						skip_group(P); /* run after the body (do_iterate) */
					else
						header(P, &ht, &hf);
				}
			}
			size_t after = P->i;
			P->i = body_at;
			loop_body(P, ht, hf, P->acc_src, "endwhile", long_run);
			do_iterate(P, body_at, after);
			if (after > P->i)
				P->i = after;
			return;
		}
		if (word(P, "for")) {
			P->i++;
			if (for_iterate(P))
				return;
			uint16_t ht, hf;
			size_t fopen_at = P->i, fclose_at = op(P, "(") ? T(P)->match : 0;
			header(P, &ht, &hf);
			if (!ht && !(hf & F_FILE) && fclose_at > fopen_at)
				for_count_list(P, fopen_at, fclose_at, &ht,
				               &hf); /* php_ev_mail.c */
			bool long_run =
			    fclose_at > fopen_at && for_cond_long(P, fopen_at, fclose_at);
			loop_body(P, ht, hf, P->acc_src, "endfor", long_run);
			return;
		}
		if (word(P, "foreach")) {
			stmt_foreach(P);
			return;
		}
		if (word(P, "case")) {
			P->i++;
			expr(P, 0);
			if (!accept(P, ":"))
				accept(P, ";");
			return;
		}
		if (word(P, "default") && (opa(P, 1, ":") || opa(P, 1, ";"))) {
			P->i += 2;
			return;
		}
		if (word(P, "try") || word(P, "finally")) {
			P->i++;
			return; /* the block follows as a statement */
		}
		if (word(P, "catch")) {
			P->i++;
			if (op(P, "("))
				skip_group(P);
			return;
		}
		if (word(P, "function") && TA(P, 1)->type != PT_OP) {
			/* a declaration (hoisted by the pre-pass): skip it */
			P->i++;
			accept(P, "&");
			P->i++;
			if (op(P, "("))
				skip_group(P);
			struct fdef tmp;
			memset(&tmp, 0, sizeof(tmp));
			parse_body(P, &tmp);
			return;
		}
		if (word(P, "function") && opa(P, 1, "&") && TA(P, 2)->type == PT_IDENT) {
			P->i += 3;
			if (op(P, "("))
				skip_group(P);
			struct fdef tmp;
			memset(&tmp, 0, sizeof(tmp));
			parse_body(P, &tmp);
			return;
		}
		if ((word(P, "abstract") || word(P, "final") || word(P, "readonly")) &&
		    TA(P, 1)->type == PT_IDENT) {
			P->i++;
			return;
		}
		if ((word(P, "class") || word(P, "trait") || word(P, "interface") ||
		     word(P, "enum")) &&
		    TA(P, 1)->type == PT_IDENT) {
			P->i++;
			class_body(P);
			return;
		}
		if (word(P, "goto") && TA(P, 1)->type == PT_IDENT)
			goto_note(P, TA(P, 1));
		if (word(P, "namespace") || word(P, "use") || word(P, "goto")) {
			P->i++;
			while (P->i < P->end && !op(P, ";") && !op(P, "{") &&
			       T(P)->type != PT_CLOSE)
				P->i++;
			accept(P, ";");
			return;
		}
		if (word(P, "global")) {
			P->i++;
			while (P->i < P->end && !op(P, ";") && T(P)->type != PT_CLOSE) {
				if (T(P)->type == PT_VAR && P->sc != &C->global) {
					const unsigned char *n = tval(P, T(P));
					struct var *gv =
					    map_find(&C->global.vars, n, T(P)->vlen, false, false);
					if (gv)
						set_var(P, P->sc, n, T(P)->vlen, &gv->v);
				}
				P->i++;
			}
			accept(P, ";");
			return;
		}
		if (word(P, "static") && TA(P, 1)->type == PT_VAR) {
			P->i++;
			return; /* static $x = ...: an ordinary assignment follows */
		}
		if (word(P, "echo")) {
			P->i++;
			while (P->i < P->end && !C->stop) {
				size_t before = P->i;
				expr(P, 0);
				if (P->i == before || !accept(P, ","))
					break;
			}
			accept(P, ";");
			return;
		}
		if (word(P, "unset") && opa(P, 1, "(")) {
			P->i++;
			skip_group(P);
			accept(P, ";");
			return;
		}
		if (word(P, "yield") && !opa(P, 1, ";")) {
			/* phpmail2: a generator returns a list of what it yields
			 * (foreach (gen($path) as $to), iterator_to_array(gen())):
			 * the function's value carries the yielded values' input and
			 * origin (a file's lines), as a list of unknown length */
			P->i++;
			if (word(P, "from"))
				P->i++;
			struct pv v = expr(P, 0);
			if (op(P, "=>")) {
				P->i++;
				v = expr(P, 0);
			}
			struct scope *sc = P->sc;
			struct pv r = sc->has_ret ? sc->ret : unk();
			r.k = K_UNK;
			merge_taint(&r, &v);
			sc->ret = r;
			sc->has_ret = true;
			accept(P, ";");
			return;
		}
		if (word(P, "return")) {
			P->i++;
			struct pv v = unk();
			if (!op(P, ";") && T(P)->type != PT_CLOSE && T(P)->type != PT_EOF)
				v = expr(P, 0);
			drop_bytes(&v); /* returned: a number computed from input */
			struct scope *sc = P->sc;
			if (!sc->has_ret) {
				sc->ret = v;
				sc->has_ret = true;
			} else if (!(is_str(&sc->ret) && is_str(&v) && sc->ret.n == v.n &&
			             !memcmp(sc->ret.s, v.s, v.n))) {
				/* two different returns: keep a known one only if the other is
				 * unknown */
				struct pv r = is_str(&sc->ret) ? sc->ret : v;
				if (is_str(&sc->ret) && is_str(&v))
					r = v.n > sc->ret.n ? v : sc->ret;
				merge_taint(&r, &v);
				merge_taint(&r, &sc->ret);
				sc->ret = r;
			}
			accept(P, ";");
			return;
		}
		if (word(P, "const") && TA(P, 1)->type == PT_IDENT && opa(P, 2, "=")) {
			const struct php_token *nt = TA(P, 1);
			P->i += 3;
			struct pv v = expr(P, 0);
			struct var *cv = map_find(&C->consts, tval(P, nt), nt->vlen, false, true);
			cv->v = v;
			accept(P, ";");
			return;
		}
		if ((word(P, "break") || word(P, "continue"))) {
			P->i++;
			if (T(P)->type == PT_NUM)
				P->i++;
			accept(P, ";");
			return;
		}
		if (T(P)->type == PT_IDENT && opa(P, 1, ":") && !opa(P, 1, "::")) {
			P->i += 2; /* a goto label */
			return;
		}
	}
	size_t before = P->i;
	expr(P, 0);
	if (P->i == before)
		P->i++;
	accept(P, ";");
}

static bool goto_run(struct P *P, size_t list, int pend0);

void stmts_until(struct P *P, size_t end)
{
	size_t saved_end = P->end, list = P->i;
	int pend0 = P->C->ngoto_pend;
	if (end < P->end)
		P->end = end;
	while (P->i < P->end && !P->C->stop) {
		size_t before = P->i;
		/* the list's first goto: from here on, as PHP runs it */
		if (T(P)->type == PT_IDENT && word(P, "goto") && goto_run(P, list, pend0))
			break;
		stmt(P);
		if (P->i <= before)
			P->i = before + 1;
	}
	P->end = saved_end;
}
