/* Expressions of the PHP interpreter, the operators: argument lists,
 * concatenation, arithmetic, bitwise operators, comparison, indexing and
 * the objects of extensions that embed an interpreter. Separate from the
 * parser of primary expressions (php_ev_expr.c): the values they compute. */
#include "scan/php_ev.h"

/* ------------------------------------------------------------ expressions */

/* Arguments between the parenthesis at P->i and its match. */
int parse_args(struct P *P, struct pv *args, struct lv *alv)
{
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	int n = 0;
	while (P->i < close && !P->C->stop) {
		if (op(P, ",")) {
			P->i++;
			continue;
		}
		/* named argument: name: value */
		if (T(P)->type == PT_IDENT && opa(P, 1, ":") && !opa(P, 1, "::"))
			P->i += 2;
		bool spread = accept(P, "...");
		size_t before = P->i;
		struct lv l;
		lv_none(&l);
		struct pv v = unary(P, &l);
		/* a full expression: the unary part may be followed by operators */
		if (P->i < close && !op(P, ",")) {
			lv_none(&l);
			v = expr_rest(P, v, 0, P->C->validations);
		}
		if (spread)
			v = arr_any(&v);
		if (n < MAX_ARGS) {
			args[n] = v;
			if (alv)
				alv[n] = l;
			n++;
		}
		if (P->i == before)
			P->i++;
		while (P->i < close && !op(P, ","))
			P->i++; /* junk after the argument */
	}
	P->i = close < P->end ? close + 1 : P->end;
	return n;
}

/* Does text that ends like this put what follows in the place of a
 * command? "cmd.exe /c ", "sh -c '", "cd /tmp; ", "ls | " */
static bool command_position(const struct pv *a)
{
	size_t e = a->n;
	while (e > 0 && (a->s[e - 1] == ' ' || a->s[e - 1] == '\'' || a->s[e - 1] == '"'))
		e--;
	if (e == 0)
		return true;
	unsigned char c = a->s[e - 1];
	if (c == ';' || c == '|' || c == '&' || c == '`' || c == '(' || c == '\n')
		return true;
	return e >= 2 && (a->s[e - 2] == '/' || a->s[e - 2] == '-') && (c == 'c' || c == 'C') &&
	       (e == 2 || a->s[e - 3] == ' ');
}

/* 'a' . 'b' . 'c' ... over a thousand lines (a payload split into literal
 * pieces) copies the growing string each time: quadratic, and it used up
 * the work and string bounds before the payload was whole. A long result
 * gets room after it; appending to that same result (the value just built,
 * whole) writes into the room. Earlier values that view the buffer keep
 * their length, so they do not change. NULL: do the ordinary copy. */
static unsigned char *concat_grow(struct C *C, const struct pv *a, const struct pv *b, size_t n)
{
	if (C->cat_buf && a->s == C->cat_buf && a->n == C->cat_len && n <= C->cat_cap) {
		memcpy(C->cat_buf + a->n, b->s, b->n);
		C->cat_len = n;
		C->work += b->n / 64;
		return C->cat_buf;
	}
	if (n < 4096)
		return NULL;
	size_t cap = n * 2 > 8u * 1024 * 1024 ? n : n * 2;
	unsigned char *p = astr(C, cap);
	if (!p)
		return NULL;
	memcpy(p, a->s, a->n);
	memcpy(p + a->n, b->s, b->n);
	C->cat_buf = p;
	C->cat_len = n;
	C->cat_cap = cap;
	return p;
}

/* A literal array converted to a string: PHP gives "Array" (the first
 * letters of many names, one ++ at a time). */
static bool array_text(const struct pv *v, struct pv *out)
{
	if (v->k != K_ARR || v->taint || (v->fl & F_SUPER))
		return false;
	*out = str_ref((const unsigned char *)"Array", 5, F_FOLDED);
	out->how = "an array as a string";
	return true;
}

/* Known text that may be input (a default assigned in a branch, `$c ?: 'id'`)
 * stays input when concatenated; after a fixed beginning it is an argument,
 * as for unknown values. */
static void known_concat_taint(struct pv *r, const struct pv *a, const struct pv *b)
{
	merge_taint(r, a);
	merge_taint(r, b);
	/* where the input can start: 'comp_by_' . $order (a dispatch by name) */
	r->kpre = !a->taint ? (uint16_t)(a->n < 0xffff ? a->n : 0xffff) : a->kpre;
	if (!a->taint && a->n && !(a->fl & F_NUM) && !command_position(a) && !interp_code_flag(a))
		r->fl |= F_KPREFIX;
	if (a->fl & F_KPREFIX)
		r->fl |= F_KPREFIX;
}

/* Input appended after known text that holds a shell separator and puts
 * it at the next command's program ("echo " . $pw . " | sudo -S " . $c):
 * F_CMDIN, kept through later concatenations. The known text is a's own
 * (a string) or its known end (an unknown value). */
static void cmdin_concat(struct pv *r, const struct pv *a, const struct pv *b)
{
	if ((a->fl | b->fl) & F_CMDIN) {
		r->fl |= F_CMDIN;
		return;
	}
	if (!b->taint || (b->fl & F_SHESC) || (is_str(b) ? !b->taint : b->s != NULL))
		return;
	if (is_str(a) && !a->taint && cmd_after_sep(a->s, a->n))
		r->fl |= F_CMDIN;
	else if (a->k == K_UNK && a->sfx && cmd_after_sep(a->sfx, a->sfxn))
		r->fl |= F_CMDIN;
}

/* Known text that starts a program the file decoded and wrote ("./bk ",
 * "perl /tmp/.x "), kept when joined: F_DROPRUN (sink_cmd). Only once
 * something was written with decoded data (C->wr). */
static void droprun_concat(struct C *C, struct pv *r, const struct pv *a, const struct pv *b)
{
	if ((a->fl | b->fl) & F_DROPRUN) {
		r->fl |= F_DROPRUN;
		return;
	}
	if (!C->wr)
		return;
	for (int k = 0; k < 2; k++) {
		const struct pv *e = k ? b : a;
		if (is_str(e) && !e->taint && dropped_prog_text(C, e->s, e->n)) {
			r->fl |= F_DROPRUN;
			return;
		}
	}
}

struct pv concat(struct P *P, const struct pv *a, const struct pv *b)
{
	struct C *C = P->C;
	struct pv r;
	/* an array as a string is "Array": `$_ = [] . '';` then $_[0] is 'A' */
	struct pv arr_a, arr_b;
	if (array_text(a, &arr_a))
		a = &arr_a;
	if (array_text(b, &arr_b))
		b = &arr_b;
	if (is_str(a) && is_str(b)) {
		size_t n = (size_t)a->n + b->n;
		if (n > 8u * 1024 * 1024)
			return unk();
		unsigned char *p = concat_grow(C, a, b, n);
		if (!p) {
			p = astr(C, n);
			if (!p)
				return unk();
			memcpy(p, a->s, a->n);
			memcpy(p + a->n, b->s, b->n);
		}
		r = unk();
		r.k = K_STR;
		r.s = p;
		r.n = (uint32_t)n;
		r.fl = (F_FOLDED | ((a->fl | b->fl) & (F_DECODED | F_ESCAPED | F_SMTP)));
		r.how = a->how ? a->how : b->how;
		/* only where the join may have made it: a string built a byte at
		 * a time is searched once, not once per byte */
		size_t from = a->n > 6 ? a->n - 6 : 0;
		if (!(r.fl & F_SMTP) && (memmem(p + from, n - from, "RCPT TO", 7) ||
		                         memmem(p + from, n - from, "rcpt to", 7)))
			r.fl |= F_SMTP;
		if (a->taint || b->taint)
			known_concat_taint(&r, a, b);
		cmdin_concat(&r, a, b);
		droprun_concat(C, &r, a, b);
		return r;
	}
	r = unk();
	/* a command escaped with escapeshellarg after a fixed prefix is safe */
	const struct pv *x = a, *y = b;
	for (int k = 0; k < 2; k++) {
		const struct pv *e = k ? y : x, *o = k ? x : y;
		if ((e->fl & F_SHESC) && is_str(o) && o->n && !(k && interp_code_flag(o)))
			continue;
		/* $bin_dir . '/tool.pl ' . escapeshellarg($x): an unknown
		 * directory, then a fixed program */
		if ((e->fl & F_SHESC) && k && o->k == K_UNK && !o->taint && o->sfx && o->sfxn > 1 &&
		    memchr(o->sfx, '/', o->sfxn)) {
			struct pv sf = str_ref(o->sfx, o->sfxn, 0);
			if (!interp_code_flag(&sf))
				continue;
		}
		merge_taint(&r, e);
	}
	r.cred |= cred_label(a, b); /* "Password: " . $_POST['f2'] */
	r.fl |= (a->fl | b->fl) & (F_DECODED | F_FILE | F_REMOTE | F_URLENC | F_ORIGIN);
	pay_concat(P, &r, a, b);
	/* "/etc/app/config-" . $host: the input is not where the path or the
	 * command line starts. Known text that may be input itself (an element
	 * of an array merged with $_POST, a default replaced by the request)
	 * is no fixed beginning, as in known_concat_taint */
	if ((is_str(a) && a->n && !a->taint && !(a->fl & F_NUM) && !command_position(a) &&
	     !interp_code_flag(a)) ||
	    (a->fl & F_KPREFIX))
		r.fl |= F_KPREFIX;
	/* the known beginning and end of an unknown value: 'data://...' . $x,
	 * $root . '/x.php' */
	if (is_str(a) || (a->k == K_UNK && a->s)) {
		r.s = a->s;
		r.n = a->n;
		/* where the input starts: right after that beginning ("nohup " .
		 * $_GET['c'] . " &": the program it starts, php_ev_sinks.c) */
		if (is_str(a) && !a->taint && r.taint && b->k == K_UNK && b->taint && !b->n)
			r.kpre = (uint16_t)(a->n < 0xffff ? a->n : 0);
		else if (a->k == K_UNK && a->kpre && a->kpre == a->n)
			r.kpre = a->kpre;
	}
	/* where the input starts: right after the known beginning ('bash ' .
	 * $x, the input unknown), or where a's own input started. sink_cmd
	 * reads the program/script place from the known beginning only then
	 * ('php ' . $dir . '/run.php ' . $in: an argument, kpre stays 0) */
	if (is_str(a) && !a->taint && b->taint && !(b->fl & F_SHESC) && !b->s)
		r.kpre = (uint16_t)(a->n < 0xffff ? a->n : 0xffff);
	else if (a->k == K_UNK && a->taint)
		r.kpre = a->kpre;
	if (is_str(b)) {
		r.sfx = b->s;
		r.sfxn = b->n;
	} else if (b->k == K_UNK && b->sfx) {
		r.sfx = b->sfx;
		r.sfxn = b->sfxn;
	}
	if ((is_str(a) &&
	     (memmem(a->s, a->n, "RCPT TO", 7) || memmem(a->s, a->n, "MAIL FROM", 9))) ||
	    (is_str(b) &&
	     (memmem(b->s, b->n, "RCPT TO", 7) || memmem(b->s, b->n, "MAIL FROM", 9))) ||
	    ((a->fl | b->fl) & F_SMTP))
		r.fl |= F_SMTP;
	if ((a->fl & F_SHESC) && (b->fl & F_SHESC))
		r.fl |= F_SHESC;
	r.fl |= ev_basename_join(a, b);
	cmdin_concat(&r, a, b);
	droprun_concat(C, &r, a, b);
	return r;
}

/* Arithmetic and bitwise operators keep a byte of input a byte of input
 * (F_BYTEIN, php_ev.h), which merge_taint() leaves out. */
static void merge_bytes(struct pv *r, const struct pv *a, const struct pv *b)
{
	if (r->taint)
		return; /* plain input in an operand: r is input already */
	for (int k = 0; k < 2; k++) {
		const struct pv *e = k ? b : a;
		if (!(e->fl & F_BYTEIN))
			continue;
		if (!r->taint) {
			r->src = e->src;
			r->via = e->via;
		}
		r->taint |= e->taint;
		r->fl |= F_BYTEIN;
	}
}

struct pv bitwise(struct P *P, const struct pv *a, const struct pv *b, char o)
{
	struct C *C = P->C;
	if (is_str(a) && is_str(b)) {
		if ((a->fl & F_NUM) && (b->fl & F_NUM)) {
			bool ok1, ok2;
			long long x = to_int(a, &ok1), y = to_int(b, &ok2);
			if (ok1 && ok2)
				return num_of(C, o == '^' ? x ^ y : o == '|' ? x | y : x & y);
		}
		if (!(a->fl & F_NUM) && !(b->fl & F_NUM)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			if (fold_bitwise(fb, a->s, a->n, b->s, b->n, o))
				return from_fb(P, (F_FOLDED | F_DECODED), "XOR of strings", NULL);
		}
	}
	struct pv r = unk();
	merge_taint(&r, a);
	merge_taint(&r, b);
	merge_bytes(&r, a, b);
	/* a string XORed with a key the analysis does not know (the file's
	 * name, a server variable): still the output of a decryptor */
	if (o == '^' && ((is_str(a) && !(a->fl & F_NUM) && a->n > 1 && b->k == K_UNK) ||
	                 (is_str(b) && !(b->fl & F_NUM) && b->n > 1 && a->k == K_UNK)))
		r.fl |= F_DECODED;
	/* data read from a file or a URL XORed, one character after another:
	 * a decryptor's loop */
	if (o == '^' && ((a->fl | b->fl) & (F_FILE | F_STORED | F_REMOTE)))
		r.fl |= F_DECODED;
	return r;
}

/* A known array, not a superglobal. */
static bool known_arr(const struct pv *v)
{
	return v->k == K_ARR && v->a && !(v->fl & F_SUPER);
}

/* $a + $b on arrays: $a's elements, then $b's under keys $a lacks. An
 * application's `$this->options = $options + $this->options` (the caller's
 * settings over the defaults) keeps the defaults it knows; input on either
 * side may be under any key (parr.loose) when its elements are not known. */
static bool array_union(struct P *P, const struct pv *a, const struct pv *b, struct pv *out)
{
	if (!known_arr(a) && !known_arr(b))
		return false;
	for (int k = 0; k < 2; k++) {
		const struct pv *e = k ? b : a;
		if (!known_arr(e) && e->k != K_UNK && e->k != K_ARR)
			return false; /* a number or a string: PHP refuses */
	}
	struct C *C = P->C;
	struct pv r = arr_copy(C, known_arr(a) ? a : b);
	r.fl &= ~(uint32_t)(F_PLAIN | F_NUM);
	if (known_arr(a) && known_arr(b)) {
		for (uint32_t i = 0; i < b->a->n && r.a->n < ARR_MAX; i++)
			if (!arr_get(r.a, &b->a->v[i].key))
				arr_set(C, r.a, &b->a->v[i].key, &b->a->v[i].val);
		r.a->loose |= b->a->loose;
	}
	const struct pv *other = known_arr(a) ? b : a;
	if (known_arr(other))
		merge_elem_taint(&r, other); /* its elements were placed */
	else
		merge_taint(&r, other); /* under any key: loose */
	*out = r;
	return true;
}

struct pv arith(struct P *P, const struct pv *a, const struct pv *b, const char *o)
{
	struct pv u;
	if (!strcmp(o, "+") && array_union(P, a, b, &u))
		return u;
	bool ok1, ok2;
	long long x = to_int(a, &ok1), y = to_int(b, &ok2);
	if (is_str(a) && is_str(b) && ok1 && ok2) {
		long long r = 0;
		bool ov = false;
		switch (o[0]) {
		case '+':
			ov = __builtin_add_overflow(x, y, &r);
			break;
		case '-':
			ov = __builtin_sub_overflow(x, y, &r);
			break;
		case '*':
			if (o[1] == '*') {
				r = 1;
				for (long long k = 0; k < y && k < 64 && !ov; k++)
					ov = __builtin_mul_overflow(r, x, &r);
			} else {
				ov = __builtin_mul_overflow(x, y, &r);
			}
			break;
		case '/':
			r = y && !(x == LLONG_MIN && y == -1) ? x / y : 0;
			break;
		case '%':
			r = y && y != -1 ? x % y : 0;
			break;
		case '<':
			r = (long long)((unsigned long long)x << (y & 63));
			break;
		case '>':
			r = x >> (y & 63);
			break;
		default:
			r = 0;
			break;
		}
		if (ov)
			return unk(); /* PHP turns it into a float: not a name or a byte */
		struct pv v = num_of(P->C, r);
		v.fl |= F_FOLDED;
		return v;
	}
	struct pv r = unk();
	merge_taint(&r, a);
	merge_taint(&r, b);
	merge_bytes(&r, a, b);
	return r;
}

/* Comparisons of known values: ('>' > '<') is 1, a way to write numbers
 * without digits. */
struct pv compare(struct P *P, const struct pv *a, const struct pv *b, const char *o)
{
	if (!strcmp(o, "==") || !strcmp(o, "==="))
		mail_word_compare(P->C, a, b); /* php_ev_mail.c */
	if (!is_str(a) || !is_str(b) || !strcmp(o, "instanceof"))
		return unk();
	int c;
	bool ok1, ok2;
	long long x = to_int(a, &ok1), y = to_int(b, &ok2);
	if ((a->fl & F_NUM) && (b->fl & F_NUM) && ok1 && ok2) {
		c = x < y ? -1 : x > y;
	} else {
		size_t m = a->n < b->n ? a->n : b->n;
		c = memcmp(a->s, b->s, m);
		if (c == 0)
			c = a->n < b->n ? -1 : a->n > b->n;
		c = c < 0 ? -1 : c > 0;
	}
	long long r;
	if (!strcmp(o, "==") || !strcmp(o, "==="))
		r = c == 0;
	else if (!strcmp(o, "!=") || !strcmp(o, "!==") || !strcmp(o, "<>"))
		r = c != 0;
	else if (!strcmp(o, "<"))
		r = c < 0;
	else if (!strcmp(o, ">"))
		r = c > 0;
	else if (!strcmp(o, "<="))
		r = c <= 0;
	else if (!strcmp(o, ">="))
		r = c >= 0;
	else if (!strcmp(o, "<=>"))
		r = c;
	else
		return unk();
	struct pv v =
	    r || !strcmp(o, "<=>") ? num_of(P->C, r) : str_ref((const unsigned char *)"", 0, F_NUM);
	v.fl |= F_FOLDED;
	return v;
}

/* Whether an element of a known array is what was stored there: the
 * array's taint is only the union of its elements' (an options table with
 * the request's host in one element and 'convert' in another), nothing was
 * written under an unknown key, deeper than kept or reordered (parr.loose),
 * and no input was merged into the whole (array_merge with $_POST, a
 * property joined with an earlier value). Otherwise any element may hold
 * the input (an array of input, explode($_POST['x']), has no known
 * element and none of its own values). */
bool arr_own_values(const struct pv *base)
{
	/* past 256 elements the union is not worth a walk at every read: the
	 * whole array's taint, as before */
	if (!base->a || (base->a->loose & base->taint) || base->a->n > 256)
		return false;
	uint16_t u = 0;
	for (uint32_t i = 0; i < base->a->n; i++)
		u |= base->a->v[i].val.taint;
	return (base->taint & ~u) == 0;
}

/* Index a value: arrays, strings ($k[3]), superglobals. */
struct pv index_val(struct P *P, const struct pv *base, const struct pv *key)
{
	struct C *C = P->C;
	if (base->how == how_gdf && base->k == K_ARR &&
	    !(base->a && is_str(key) && arr_get(base->a, key))) {
		struct pv f = unk(); /* get_defined_functions()['internal'][$n] */
		f.how = how_gdf_fn;
		return f;
	}
	if (base->fl & F_SUPER) {
		if (base->s && base->n == 7 && !memcmp(base->s, "GLOBALS", 7)) {
			if (!is_str(key))
				return unk();
			struct pel *own = base->a ? arr_get(base->a, key) : NULL;
			if (own) /* written into a copy of $GLOBALS (php_ev_vars.c assign) */
				return own->val;
			struct pv v = get_var(P, key->s, key->n);
			if (superglobal(key->s, key->n) < 0) {
				struct var *gv =
				    map_find(&C->global.vars, key->s, key->n, false, false);
				v = gv ? gv->v : unk();
			}
			return v;
		}
		if (base->fl & F_SERVER) {
			/* the request's own text: its query, URI, the path after the
			 * script (PATH_INFO) and Basic credentials. Not PHP_SELF (the
			 * script's own URL in every form's action) nor argv (CLI tools) */
			static const char *const input_keys[] = {"QUERY_STRING",  "REQUEST_URI",
			                                         "PATH_INFO",     "ORIG_PATH_INFO",
			                                         "PHP_AUTH_USER", "PHP_AUTH_PW"};
			struct pv v = unk();
			bool in = is_str(key) && key->n > 5 && !memcmp(key->s, "HTTP_", 5);
			for (size_t i = 0; is_str(key) && !in && i < HS_ARRAY_LEN(input_keys); i++)
				in = key->n == strlen(input_keys[i]) &&
				     !memcmp(key->s, input_keys[i], key->n);
			if (in) {
				v.taint = T_SERVER;
				v.src = afmt(C, "$_SERVER['%.*s']",
				             (int)(key->n > 32 ? 32 : key->n), key->s);
			}
			if (is_str(key) && ((key->n == 7 && !memcmp(key->s, "COMSPEC", 7)) ||
			                    (key->n == 5 && !memcmp(key->s, "SHELL", 5))))
				v.fl |= F_SHELLVAR;
			if (cred_fp_name(key))
				v.cred |= CR_FP;
			if (is_str(key) && ((key->n == 9 && !memcmp(key->s, "HTTP_HOST", 9)) ||
			                    (key->n == 11 && !memcmp(key->s, "SERVER_NAME", 11))))
				v.xf |= XF_SITENAME;
			if (is_str(key) &&
			    ((key->n == 15 && !memcmp(key->s, "SCRIPT_FILENAME", 15)) ||
			     (key->n == 8 && !memcmp(key->s, "PHP_SELF", 8)) ||
			     (key->n == 11 && !memcmp(key->s, "SCRIPT_NAME", 11))))
				v.fl |= F_SELFPATH;
			return v;
		}
		struct pv v = unk();
		v.taint = base->taint;
		if (is_str(key))
			v.src = afmt(C, "%s['%.*s']", base->src, (int)(key->n > 32 ? 32 : key->n),
			             (const char *)key->s);
		else
			v.src = base->src;
		if (is_str(key) && !(base->taint & (T_FILES | T_COOKIE)))
			v.cred |= cred_key(key->s, key->n);
		/* $_FILES['f'] is an array of name, tmp_name... all from the request */
		if (base->taint & T_FILES) {
			v.k = K_ARR;
			v.a = arr_new(C);
		}
		return v;
	}
	if (base->k == K_ARR && base->a) {
		struct pel *e = arr_get(base->a, key);
		if (!e && is_str(key) && (key->fl & F_NUM) == 0 && key->n && key->s[0] >= '0' &&
		    key->s[0] <= '9') {
			bool ok;
			long long k = to_int(key, &ok);
			if (ok) {
				struct pv nk = num_of(C, k);
				e = arr_get(base->a, &nk);
			}
		}
		if (e) {
			struct pv v = e->val;
			if (!v.taint && base->taint && !arr_own_values(base))
				merge_taint(&v, base);
			return v;
		}
		struct pv v;
		if (!e && ev_table_pick(C, base, key, &v))
			return v; /* a table of callables keyed by input (php_ev_php8.c) */
		if (is_str(key) && !key->taint && base->taint && arr_own_values(base))
			return unk(); /* a key it does not have: null, not its input */
		v = arr_any(base);
		if (v.k != K_ARR)
			v.k = K_UNK;
		/* an element nobody knows of data read from elsewhere (a picture's
		 * metadata, a stored option): it is that data, for nested keys too */
		if (v.k == K_UNK)
			v.fl |= base->fl & (F_ASSET | F_STORED);
		if (!is_str(key) && (key->fl & (F_BYTEIN | F_KEYIN)))
			v.fl |= F_KEYIN; /* $s[$j] with $j computed from a key: RC4's state */
		if (base->taint && v.k == K_UNK) {
			/* an element of an array of input: keep the array for nested keys */
			v.k = K_ARR;
			v.a = arr_new(C);
			v.taint = base->taint;
			v.src = base->src;
			v.via = base->via;
			if (is_str(key) && base->src && !strchr(base->src, '['))
				v.src =
				    afmt(C, "%s['%.*s']", base->src,
				         (int)(key->n > 32 ? 32 : key->n), (const char *)key->s);
		}
		return v;
	}
	if (is_str(base) && !(base->fl & F_NUM)) {
		bool ok;
		long long k = to_int(key, &ok);
		if (ok && is_str(key)) {
			if (k < 0)
				k += base->n;
			if (k >= 0 && k < base->n) {
				struct pv v =
				    str_of(C, base->s + k, 1,
				           (F_FOLDED | (base->fl & (F_DECODED | F_ESCAPED))));
				v.how = base->how ? base->how : "string indexing";
				return v;
			}
		}
	}
	struct pv v = unk_like(base);
	v.fl &= ~(uint32_t)F_DECODED;
	v.fl |= base->fl & (F_ASSET | F_STORED);
	return v;
}

const char *obj_class(const struct pv *o)
{
	static char buf[32];
	(void)buf;
	if (o->k != K_OBJ || !o->s || o->n == 0 || o->n > 24)
		return NULL;
	static const char *const known[] = {"perl", "com", "lua", "v8js", "python", "ffi"};
	for (size_t i = 0; i < HS_ARRAY_LEN(known); i++)
		if (o->n == strlen(known[i]) && !memcmp(o->s, known[i], o->n))
			return known[i];
	return NULL;
}

/* Objects of the extensions that embed an interpreter or a shell (perl,
 * lua, v8js, Windows' WScript.Shell through COM): their eval/exec methods
 * are sinks. */
bool object_sink(struct P *P, const char *cls, const char *m, struct pv *args, int nargs,
                 size_t tok)
{
	const struct pv *a0 = argp(args, nargs, 0);
	if (!strcmp(cls, "ffi"))
		return ffi_sink(P, m, args, nargs, tok);
	if (!strcmp(cls, "com")) {
		if (!strcmp(m, "exec") || !strcmp(m, "run") || !strcmp(m, "shellexecute")) {
			sink_cmd(P, a0, tok, "WScript.Shell->exec");
			return true;
		}
		return false;
	}
	if (!strcmp(m, "eval") || !strcmp(m, "executestring") || !strcmp(m, "evalfile") ||
	    !strcmp(m, "exec")) {
		if (a0->taint)
			hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s -> %s->%s()",
			    trail(P, a0), cls, m);
		return true;
	}
	return false;
}
