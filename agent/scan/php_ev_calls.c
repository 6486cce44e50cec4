/* Call sites of the PHP interpreter: the calls of a file's functions, more
 * built-ins (B_MORE), and invoke()/call_fdef(), which call a callee (a
 * closure, a user function, a built-in) with its arguments. Separate: how a
 * call reaches the function it names. */
#include <ctype.h>

#include "scan/php_ev.h"

/* ------------------------------------------------------------ call sites */

const struct pv *argp(struct pv *args, int nargs, int i)
{
	static const struct pv none = {.k = K_UNK};
	return i < nargs ? &args[i] : &none;
}

struct pv fold1(struct P *P, const struct pv *a, enum bid id)
{
	struct C *C = P->C;
	if (!is_str(a)) {
		struct pv r = unk_like(a);
		if (id == B_BASE64_DECODE || id == B_GZINFLATE || id == B_GZUNCOMPRESS ||
		    id == B_GZDECODE || id == B_ROT13 || id == B_HEX2BIN || id == B_UUDECODE ||
		    id == B_STRREV)
			r.fl |= F_DECODED;
		static const char *const hows[] = {[B_BASE64_DECODE] = "base64_decode",
		                                   [B_GZINFLATE] = "gzinflate",
		                                   [B_GZUNCOMPRESS] = "gzuncompress",
		                                   [B_GZDECODE] = "gzdecode",
		                                   [B_ROT13] = "str_rot13",
		                                   [B_HEX2BIN] = "hex2bin",
		                                   [B_UUDECODE] = "convert_uudecode",
		                                   [B_STRREV] = "strrev"};
		if (id < HS_ARRAY_LEN(hows) && hows[id])
			r.how = hows[id];
		return r;
	}
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	bool ok = false;
	uint32_t fl = F_FOLDED | (a->fl & (F_DECODED | F_ESCAPED));
	const char *how = a->how;
	switch (id) {
	case B_STRREV:
		ok = fold_strrev(fb, a->s, a->n), fl |= F_DECODED, how = "strrev";
		break;
	case B_ROT13:
		ok = fold_rot13(fb, a->s, a->n), fl |= F_DECODED, how = "str_rot13";
		break;
	case B_LOWER:
		ok = fold_case(fb, a->s, a->n, 'l');
		break;
	case B_UPPER:
		ok = fold_case(fb, a->s, a->n, 'u');
		break;
	case B_UCFIRST:
		ok = fold_case(fb, a->s, a->n, 'f');
		break;
	case B_LCFIRST:
		ok = fold_case(fb, a->s, a->n, 'c');
		break;
	case B_UCWORDS:
		ok = fold_case(fb, a->s, a->n, 'w');
		break;
	case B_BASE64_DECODE:
		ok = fold_base64(fb, a->s, a->n), fl |= F_DECODED, how = "base64_decode";
		break;
	case B_BASE64_ENCODE:
		ok = fold_base64_encode(fb, a->s, a->n);
		break;
	case B_HEX2BIN:
		ok = fold_hex2bin(fb, a->s, a->n), fl |= F_DECODED, how = "hex2bin";
		break;
	case B_BIN2HEX:
		ok = fold_bin2hex(fb, a->s, a->n);
		break;
	case B_URLDECODE:
		ok = fold_urldecode(fb, a->s, a->n, true), how = "urldecode";
		break;
	case B_RAWURLDECODE:
		ok = fold_urldecode(fb, a->s, a->n, false), how = "rawurldecode";
		break;
	case B_UUDECODE:
		ok = fold_uudecode(fb, a->s, a->n), fl |= F_DECODED, how = "convert_uudecode";
		break;
	case B_GZINFLATE:
		ok = fold_inflate(fb, a->s, a->n, 'i'), fl |= F_DECODED, how = "gzinflate";
		break;
	case B_GZUNCOMPRESS:
		ok = fold_inflate(fb, a->s, a->n, 'u'), fl |= F_DECODED, how = "gzuncompress";
		break;
	case B_GZDECODE:
		ok = fold_inflate(fb, a->s, a->n, 'd'), fl |= F_DECODED, how = "gzdecode";
		break;
	case B_STRIPSLASHES:
		ok = fold_stripslashes(fb, a->s, a->n);
		break;
	case B_ENTITY_DECODE:
		ok = fold_entities(fb, a->s, a->n);
		break;
	default:
		break;
	}
	if (!ok) {
		struct pv r = unk_like(a);
		r.fl |= fl & F_DECODED;
		r.how = how;
		return r;
	}
	return from_fb(P, fl, how, a);
}

struct pv do_implode(struct P *P, const struct pv *sep, const struct pv *arr)
{
	struct C *C = P->C;
	/* file($f): an array of lines nobody knows, not an empty one */
	bool lines = arr->k == K_ARR && arr->a && arr->a->n == 0 &&
	             (arr->fl & (F_FILE | F_REMOTE | F_ORIGIN));
	/* explode($_POST['x']): input whose elements are not known */
	bool in =
	    arr->k == K_ARR && arr->a && arr->taint && arr->a->n <= 256 && !arr_own_values(arr);
	if (arr->k != K_ARR || !arr->a || !is_str(sep) || lines || in) {
		struct pv r = arr_any(arr);
		r.k = K_UNK;
		merge_taint(&r, sep);
		return r;
	}
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	uint32_t fl = F_FOLDED;
	for (uint32_t i = 0; i < arr->a->n; i++) {
		const struct pv *e = &arr->a->v[i].val;
		if (!is_str(e)) {
			struct pv r = arr_any(arr);
			r.k = K_UNK;
			return r;
		}
		fl |= e->fl & (F_DECODED | F_ESCAPED);
		if ((i && !fbuf_put(fb, sep->s, sep->n)) || !fbuf_put(fb, e->s, e->n))
			return unk();
	}
	return from_fb(P, fl, "implode", NULL);
}

/* A sprintf conversion's "argnum$" at j (%2$s): *pos is the argument's
 * number (1-based) and the return is where the flags start; without one,
 * *pos is 0 and j is returned. */
static uint32_t sprintf_argnum(const struct pv *f, uint32_t j, int *pos)
{
	uint32_t k = j;
	int n = 0;
	while (k < f->n && f->s[k] >= '0' && f->s[k] <= '9' && n < 100)
		n = n * 10 + (f->s[k++] - '0');
	if (k < f->n && f->s[k] == '$' && k > j && n > 0) {
		*pos = n;
		return k + 1;
	}
	*pos = 0;
	return j;
}

/* sprintf() with an argument the analysis does not know: the concatenation
 * of its pieces (concat), so a command line keeps its fixed beginning
 * ("ssh %s@%s 'rdiff-backup ...'": input as an argument of ssh) and what
 * escapeshellarg() escaped stays escaped. A number conversion of input is a
 * number, not input; %s and %c give the argument itself. */
static struct pv sprintf_pieces(struct P *P, struct pv *args, int nargs, const struct pv *whole)
{
	const struct pv *f = argp(args, nargs, 0);
	if (f->n > 4096)
		return *whole;
	struct pv cur = unk();
	bool have = false;
	int ai = 1;
	uint32_t lit = 0;
	for (uint32_t i = 0; i <= f->n; i++) {
		if (i < f->n && f->s[i] != '%')
			continue;
		if (i > lit) {
			struct pv l = str_ref(f->s + lit, i - lit, F_FOLDED);
			cur = have ? concat(P, &cur, &l) : l;
			have = true;
		}
		if (i == f->n)
			break;
		if (i + 1 < f->n && f->s[i + 1] == '%') {
			lit = i + 1; /* the second '%' starts the next literal */
			i++;
			continue;
		}
		int pos;
		uint32_t j = sprintf_argnum(f, i + 1, &pos);
		while (j < f->n && (f->s[j] == '-' || f->s[j] == '+' || f->s[j] == ' ' ||
		                    f->s[j] == '0' || f->s[j] == '\''))
			j += f->s[j] == '\'' ? 2 : 1;
		while (j < f->n && ((f->s[j] >= '0' && f->s[j] <= '9') || f->s[j] == '.'))
			j++;
		if (j >= f->n)
			return *whole;
		const struct pv *a = argp(args, nargs, pos ? pos : ai++);
		unsigned char conv = f->s[j];
		struct pv piece = conv == 's' || conv == 'c' ? *a : unk();
		if (conv != 's' && conv != 'c' && is_str(a)) {
			bool ok;
			long long x = to_int(a, &ok);
			if (ok && conv == 'd')
				piece = num_of(P->C, x);
		}
		cur = have ? concat(P, &cur, &piece) : piece;
		have = true;
		i = j;
		lit = j + 1;
	}
	return have ? cur : *whole;
}

struct pv do_sprintf(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *f = argp(args, nargs, 0);
	struct pv r = unk();
	for (int i = 0; i < nargs; i++)
		merge_taint(&r, &args[i]);
	if (!is_str(f))
		return r;
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	int ai = 1;
	uint32_t fl = F_FOLDED;
	for (uint32_t i = 0; i < f->n; i++) {
		if (f->s[i] != '%') {
			if (!fbuf_put(fb, f->s + i, 1))
				return r;
			continue;
		}
		if (i + 1 < f->n && f->s[i + 1] == '%') {
			fbuf_put(fb, "%", 1);
			i++;
			continue;
		}
		/* %[argnum$][flags][width][.precision]conversion */
		int pos;
		uint32_t j = sprintf_argnum(f, i + 1, &pos);
		bool left = false;
		unsigned char padc = ' ';
		while (j < f->n) {
			unsigned char c = f->s[j];
			if (c == '-')
				left = true;
			else if (c == '0')
				padc = '0';
			else if (c == '\'' && j + 1 < f->n)
				padc = f->s[++j];
			else if (c != '+' && c != ' ')
				break;
			j++;
		}
		long width = 0, prec = -1;
		while (j < f->n && f->s[j] >= '0' && f->s[j] <= '9' && width < 4096)
			width = width * 10 + (f->s[j++] - '0');
		if (j < f->n && f->s[j] == '.') {
			prec = 0;
			j++;
			while (j < f->n && f->s[j] >= '0' && f->s[j] <= '9' && prec < 4096)
				prec = prec * 10 + (f->s[j++] - '0');
		}
		if (j >= f->n || width >= 4096 || prec >= 4096)
			return r;
		const struct pv *a = argp(args, nargs, pos ? pos : ai++);
		unsigned char conv = f->s[j];
		const unsigned char *out;
		size_t outn;
		char t[72];
		if (conv == 's' && is_str(a)) {
			fl |= a->fl & (F_DECODED | F_ESCAPED);
			out = a->s;
			outn = a->n;
			if (prec >= 0 && (size_t)prec < outn)
				outn = (size_t)prec;
		} else if ((conv == 'd' || conv == 'c' || conv == 'x' || conv == 'X' ||
		            conv == 'o' || conv == 'b' || conv == 'u') &&
		           is_str(a)) {
			bool ok;
			long long x = to_int(a, &ok);
			if (!ok)
				return sprintf_pieces(P, args, nargs, &r);
			int l;
			if (conv == 'c') {
				t[0] = (char)x;
				l = 1;
			} else if (conv == 'd') {
				l = snprintf(t, sizeof(t), "%lld", x);
			} else {
				unsigned long long ux = (unsigned long long)x;
				int b = conv == 'o' ? 8 : conv == 'b' ? 2 : conv == 'u' ? 10 : 16;
				const char *dig =
				    conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
				char rev[72];
				int rn = 0;
				do {
					rev[rn++] = dig[ux % (unsigned)b];
					ux /= (unsigned)b;
				} while (ux && rn < 70);
				for (l = 0; l < rn; l++)
					t[l] = rev[rn - 1 - l];
			}
			out = (const unsigned char *)t;
			outn = (size_t)l;
		} else {
			return sprintf_pieces(P, args, nargs, &r);
		}
		size_t padn = (size_t)width > outn && conv != 'c' ? (size_t)width - outn : 0;
		for (size_t p = 0; p < padn && !left; p++)
			if (!fbuf_put(fb, &padc, 1))
				return r;
		if (!fbuf_put(fb, out, outn))
			return r;
		for (size_t p = 0; p < padn && left; p++)
			if (!fbuf_put(fb, &padc, 1))
				return r;
		i = j;
	}
	struct pv o = from_fb(P, fl, "sprintf", NULL);
	merge_taint(&o, &r);
	return o;
}

/* A server or environment variable that carries a request header
 * (HTTP_X_CMD): CGI and FPM pass the headers so. */
bool http_header_name(const struct pv *v)
{
	return is_str(v) && v->n > 5 && !strncasecmp((const char *)v->s, "HTTP_", 5);
}

/* filter_input(INPUT_POST, 'c') is $_POST['c'] by another name, and
 * filter_input_array(INPUT_GET) is $_GET; a filter that validates a
 * number or a boolean makes the value harmless. */
struct pv filter_input_value(struct P *P, const char *lname, const struct pv *a0,
                             const struct pv *a1, const struct pv *a2, int nargs)
{
	static const struct {
		const char *name;
		uint16_t taint;
		int src;
	} types[] = {{"INPUT_GET", T_GET, 0},         {"INPUT_POST", T_POST, 1},
	             {"INPUT_REQUEST", T_REQUEST, 2}, {"INPUT_COOKIE", T_COOKIE, 3},
	             {"INPUT_SERVER", T_HEADERS, 6},  {"INPUT_ENV", T_HEADERS, 6}};
	bool array = !strcmp(lname, "filter_input_array");
	const struct pv *filter = array ? (nargs > 1 ? a1 : NULL) : (nargs > 2 ? a2 : NULL);
	struct pv r = unk();
	if (filter && is_str(filter) &&
	    (memmem(filter->s, filter->n, "_INT", 4) || memmem(filter->s, filter->n, "_FLOAT", 6) ||
	     memmem(filter->s, filter->n, "_BOOL", 5)))
		return r;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		size_t n = strlen(types[i].name);
		if (!is_str(a0) || a0->n != n || memcmp(a0->s, types[i].name, n))
			continue;
		/* of the server's variables only the request headers are input */
		if (types[i].taint == T_HEADERS && !array && !http_header_name(a1))
			return r;
		r.taint = types[i].taint;
		r.src = afmt(P->C, "%s(%s)", lname, types[i].name);
		break;
	}
	if (array && r.taint) {
		r.k = K_ARR;
		r.a = arr_new(P->C);
	}
	return r;
}

const char *sink_label(const char *lname)
{
	return lname;
}

/* A callback's data: the value standing for the elements of an array. */
struct pv cb_elem(const struct pv *arr)
{
	return arr_any(arr);
}

/* ------------------------------------------- more built-ins (B_MORE) */

/* What get_defined_functions() returns, and one function picked from it: an
 * index nobody can fold (the list depends on the build), so any function at
 * all. Marked by the identity of `how`. */
const char how_gdf[] = "get_defined_functions()";
const char how_gdf_fn[] = "a function picked from get_defined_functions()";

/* A number written as decimal text, with a fraction ("114.2"), for ceil and
 * floor; bounded like to_int. */
bool to_dec(const struct pv *v, long long *ip, bool *frac, bool *neg)
{
	bool ok;
	*ip = to_int(v, &ok);
	*frac = false;
	*neg = false;
	if (!ok || !is_str(v))
		return false;
	const unsigned char *dot = memchr(v->s, '.', v->n);
	for (const unsigned char *p = dot ? dot + 1 : NULL; p && p < v->s + v->n; p++)
		*frac |= *p >= '1' && *p <= '9';
	*neg = v->n && memchr(v->s, '-', v->n < 2 ? v->n : 2);
	return true;
}

/* str_pad($s, $len, $pad, $type) over known strings (a name padded out to
 * its length: str_pad('sys', 6, 'tem')). */
struct pv do_str_pad(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *s = argp(args, nargs, 0), *l = argp(args, nargs, 1),
	                *pad = argp(args, nargs, 2), *ty = argp(args, nargs, 3);
	bool ok;
	long long len = to_int(l, &ok);
	if (!is_str(s) || !ok || (nargs > 2 && (!is_str(pad) || pad->n == 0)))
		return unk_like(s);
	if (len <= (long long)s->n)
		return *s;
	if (len > 65536 || (size_t)len > fold_room(C))
		return unk_like(s);
	const unsigned char *ps = nargs > 2 ? pad->s : (const unsigned char *)" ";
	size_t pn = nargs > 2 ? pad->n : 1, total = (size_t)len - s->n, left = 0;
	if (nargs > 3) {
		bool lft = is_str(ty) && ((ty->n == 1 && ty->s[0] == '0') ||
		                          (ty->n == 12 && !memcmp(ty->s, "STR_PAD_LEFT", 12)));
		bool both = is_str(ty) && ((ty->n == 1 && ty->s[0] == '2') ||
		                           (ty->n == 12 && !memcmp(ty->s, "STR_PAD_BOTH", 12)));
		left = lft ? total : both ? total / 2 : 0;
	}
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	for (size_t i = 0; i < left; i++)
		if (!fbuf_put(fb, ps + i % pn, 1))
			return unk_like(s);
	if (!fbuf_put(fb, s->s, s->n))
		return unk_like(s);
	for (size_t i = 0; i < total - left; i++)
		if (!fbuf_put(fb, ps + i % pn, 1))
			return unk_like(s);
	return from_fb(P, F_FOLDED | (s->fl & BUILT), "str_pad", s);
}

/* array_flip / array_keys of a literal array (not input: its keys are the
 * attacker's) */
struct pv do_keys(struct P *P, const struct pv *a0, bool flip)
{
	struct C *C = P->C;
	if (a0->k != K_ARR || !a0->a || (a0->fl & F_SUPER) || a0->taint) {
		struct pv x = unk_like(a0); /* as B_PASS */
		if (a0->k == K_ARR)
			x.taint |= arr_any(a0).taint;
		return x;
	}
	struct pv r = unk();
	r.k = K_ARR;
	r.a = arr_new(C);
	for (uint32_t i = 0; i < a0->a->n; i++) {
		const struct pel *e = &a0->a->v[i];
		if (flip)
			arr_set(C, r.a, &e->val, &e->key);
		else
			arr_set(C, r.a, NULL, &e->key);
	}
	return r;
}

/* array_values($_SERVER), array_slice($_SERVER, n): the entries by
 * position, which include the request's headers: input. */
struct pv server_list(const struct pv *srv)
{
	struct pv r = unk_like(srv);
	r.taint |= T_SERVER;
	r.src = "$_SERVER (its values by position)";
	return r;
}

/* Invoke a callback registered with a built-in that PHP calls later
 * (header_register_callback, session_set_save_handler, createFunction...):
 * when it is a name or a closure, what would run; its arguments are
 * unknown (they come from PHP, not from the caller). Input as the callee is
 * dynamic_call_input. */
void later_cb(struct P *P, const struct pv *cb, size_t tok, int nargs)
{
	if (cb->k == K_UNK && !cb->taint)
		return;
	struct pv cargs[3] = {unk(), unk(), unk()};
	invoke(P, cb, cargs, nargs < 3 ? nargs : 3, tok, true);
}

/* yaml_parse($doc, $pos, &$n, ['!tag' => callee]): each callee gets the
 * value of its tag, which is the document's (input when the document is). */
void yaml_callbacks(struct P *P, const struct pv *doc, const struct pv *cbs, size_t tok)
{
	if (cbs->k != K_ARR || !cbs->a)
		return;
	for (uint32_t i = 0; i < cbs->a->n && i < 16; i++) {
		struct pv cargs[3] = {unk_like(doc), unk(), unk()};
		cargs[0].k = K_UNK;
		invoke(P, &cbs->a->v[i].val, cargs, 3, tok, true);
	}
}

/* Callees invoke() did not model: an object called as a function (its
 * class's __invoke), a function picked by index from
 * get_defined_functions() (any function at all: with input, a shell). */
static bool invoke_more(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                        size_t tok, struct pv *ret)
{
	*ret = unk();
	if (callee->how == how_gdf_fn) {
		const struct pv *in = NULL;
		for (int i = 0; i < nargs && !in; i++)
			if (args[i].taint)
				in = &args[i];
		if (in)
			hit(P, "php.obfuscated_callee", HS_SEV_CRITICAL, tok,
			    "%s -> %s, called dynamically", trail(P, in), how_gdf_fn);
		else
			hit(P, "php.obfuscated_callee", HS_SEV_MEDIUM, tok,
			    "%s, called dynamically", how_gdf_fn);
		return true;
	}
	if (callee->k == K_UNK && !callee->taint) {
		const struct pv *in = NULL;
		for (int i = 0; i < nargs; i++) {
			P->C->wrap_dyn |= args[i].param != 0; /* $f($cmd), $f from a list */
			if (args[i].taint && !in)
				in = &args[i];
		}
		/* a callee decoded from data the analysis cannot finish (a key
		 * from the file's own name, a server variable) called with input:
		 * honest code does not call what a decoder produced */
		if (in && (callee->fl & F_DECODED)) {
			hit(P, "php.obfuscated_callee", HS_SEV_HIGH, tok,
			    "%s -> a callee decoded from unknown data", trail(P, in));
			return true;
		}
		/* the function's name read from a picture's metadata or an asset
		 * (EXIF Make, an IPTC caption): the loader of a payload kept in an
		 * image; a gallery prints metadata, it never calls it */
		if (callee->fl & F_ASSET) {
			hit(P, "php.asset_payload_eval", HS_SEV_HIGH, tok,
			    "a callee read from a picture, its metadata or an asset file%s",
			    in ? afmt(P->C, ", called with %s", trail(P, in)) : "");
			return true;
		}
	}
	if (callee->k == K_OBJ && callee->s && callee->n && callee->n < 64 &&
	    !(callee->fl & F_REFLECT)) {
		char cls[64];
		lower_copy(cls, sizeof(cls), callee->s, callee->n);
		struct fdef *f = fn_find(P->C, "__invoke", cls, true);
		if (f && !strcmp(f->cls, cls)) {
			*ret = call_fdef(P, f, args, nargs, NULL);
			return true;
		}
	}
	return false;
}

/* Whether a callee that starts with the known text callee->s can name a
 * built-in of the evaluator's table. A prefix that is not a plain PHP
 * identifier (a namespace '\\', 'C::', a space) could go anywhere: true. */
static bool fixed_prefix_reaches_builtin(const struct pv *callee)
{
	char pre[64];
	/* unknown with a known beginning, or known text whose input comes after
	 * its first kpre bytes (one branch's value: `if (!$o) $o = 'name';`) */
	uint32_t n = callee->k == K_UNK ? callee->n : callee->kpre;
	if (!callee->s || !n)
		return true;
	if (n >= sizeof(pre))
		return false; /* no built-in name is that long */
	for (uint32_t i = 0; i < n; i++) {
		unsigned char c = callee->s[i];
		if (!(isalnum(c) || c == '_'))
			return true;
		pre[i] = (char)tolower(c);
	}
	pre[n] = 0;
	for (size_t i = 0; php_ev_builtin_name(i); i++)
		if (!strncmp(php_ev_builtin_name(i), pre, n))
			return true;
	return false;
}

/* fix8-web: 'C::' . <input> as a callee, C a class of this file: the
 * request picks any of C's methods, so each runs with the arguments (as a
 * dispatch table's elements do, ev_table_call). */
static bool class_prefix_call(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                              struct pv *ret)
{
	struct C *C = P->C;
	uint32_t pn = callee->kpre ? callee->kpre : callee->n;
	if (!callee->s || pn < 3 || pn >= 64 || callee->s[pn - 1] != ':' ||
	    callee->s[pn - 2] != ':')
		return false;
	char cls[64];
	const unsigned char *b;
	size_t bn;
	base_name(callee->s, pn - 2, &b, &bn);
	lower_copy(cls, sizeof(cls), b, bn);
	bool any = false;
	*ret = unk();
	for (size_t i = 0; i < C->nfn && !C->stop; i++) {
		struct fdef *f = C->fn[i];
		if (!f->method || strcmp(f->cls, cls) || f->name[0] == '_')
			continue;
		struct pv cargs[MAX_ARGS];
		int n = nargs < MAX_ARGS ? nargs : MAX_ARGS;
		memcpy(cargs, args, (size_t)n * sizeof(*cargs));
		struct pv x = call_fdef(P, f, cargs, n, NULL);
		merge_taint(ret, &x);
		any = true;
	}
	return any;
}

/* The callee of a callback or dynamic call: a closure, a user function, a
 * method ([$obj, 'm'], 'C::m'), a builtin by name, or input itself. */
struct pv invoke(struct P *P, const struct pv *callee, struct pv *args, int nargs, size_t tok,
                 bool callback)
{
	struct C *C = P->C;
	(void)callback;
	struct pv cr;
	if (!callee->taint && callee->k == K_UNK && (callee->fl & F_KPREFIX) &&
	    args_input(args, nargs) && class_prefix_call(P, callee, args, nargs, &cr))
		return cr; /* 'C::' . <a name cleaned of the request's> */
	if (callee->taint && callee->k != K_ARR) {
		/* 'comp_by_' . $_GET['order'] (a sort dispatch): the request picks
		 * only among the functions named with that fixed prefix. When no
		 * built-in the evaluator models (every code, command, write and
		 * callback function) starts with it, those are the application's
		 * own: medium. "s" . $x can still be system: critical. */
		struct pv mr;
		if (callee->k == K_UNK && class_prefix_call(P, callee, args, nargs, &mr))
			return mr;
		if ((callee->k == K_UNK || callee->k == K_STR) &&
		    !fixed_prefix_reaches_builtin(callee)) {
			uint32_t pn = callee->k == K_UNK ? callee->n : callee->kpre;
			hit(P, "php.dynamic_call_input", HS_SEV_MEDIUM, tok,
			    "callee from %s, after the fixed prefix '%.*s'", trail(P, callee),
			    (int)(pn < 32 ? pn : 32), (const char *)callee->s);
			return unk();
		}
		hit(P, "php.dynamic_call_input", HS_SEV_CRITICAL, tok, "callee from %s",
		    trail(P, callee));
		return unk();
	}
	if (callee->k == K_FUNC && callee->fn)
		return call_fdef(P, callee->fn, args, nargs, callee->a ? callee : NULL);
	if (callee->how == how_oneof && callee->k == K_ARR && callee->a)
		return ev_table_call(P, callee, args, nargs, tok);
	struct pv r2;
	if (invoke_more(P, callee, args, nargs, tok, &r2))
		return r2;
	if (callee->k == K_ARR && callee->a && callee->a->n == 2 &&
	    reflect_array_call(P, callee, args, nargs, tok, &r2))
		return r2;
	if (callee->k == K_ARR && callee->a && callee->a->n == 2) {
		const struct pv *m = &callee->a->v[1].val;
		if (m->taint && callee->a->v[0].val.k == K_STR && !callee->a->v[0].val.taint) {
			/* ['SomeClass', $_GET['m']] is a dispatch table; input is the class too
			 * here */
			return unk();
		}
		if (is_str(m)) {
			char lname[64];
			lower_copy(lname, sizeof(lname), m->s, m->n);
			struct fdef *f = fn_find(C, lname, NULL, true);
			if (f)
				return call_fdef(P, f, args, nargs, NULL);
			/* fix8-web: [C::class, 'm'] / [$obj, 'm'] with no such method:
			 * PHP calls C's __callStatic / __call with the name */
			const struct pv *o = &callee->a->v[0].val;
			if (is_str(o) || (o->k == K_OBJ && o->s && o->n)) {
				struct pv ob = *o;
				ob.k = K_OBJ;
				const unsigned char *cb;
				size_t cbn;
				base_name(o->s, o->n, &cb, &cbn);
				ob.s = cb;
				ob.n = (uint32_t)cbn;
				return magic_call(P, o->k == K_OBJ ? "__call" : "__callstatic", &ob,
				                  m->s, m->n, args, nargs);
			}
		}
		return unk();
	}
	if (!is_str(callee) || callee->n == 0 || callee->n > 63)
		return unk();
	const unsigned char *b;
	size_t bn;
	base_name(callee->s, callee->n, &b, &bn);
	const unsigned char *dc = memmem(b, bn, "::", 2);
	char lname[64];
	if (dc) {
		lower_copy(lname, sizeof(lname), dc + 2, bn - (size_t)(dc + 2 - b));
		struct fdef *f = fn_find(C, lname, NULL, true);
		return f ? call_fdef(P, f, args, nargs, NULL) : unk();
	}
	lower_copy(lname, sizeof(lname), b, bn);
	struct fdef *f = fn_find(C, lname, NULL, false);
	if (f)
		return call_fdef(P, f, args, nargs, NULL);
	struct pv r = call_builtin(P, lname, args, nargs, NULL, tok, true, callee);
	cred_call(P, lname, args, nargs, tok, &r);
	ev_flood_call(P, lname, args, nargs, tok);
	ev_mail_net(P, lname, args, nargs, tok);
	ev_exfil_call(P, lname, args, nargs, tok, &r);
	return r;
}

/* By-reference parameters: function f(&$s) { $s .= 't'; } changes the
 * caller's variable (a name finished inside a helper). The call keeps the
 * final values of the first four (byref_keep); the call site assigns them
 * to its arguments (byref_back). */
static void byref_keep(struct C *C, const struct fdef *f, struct scope *sc)
{
	C->nrefout = 0;
	for (int i = 0; i < f->np && i < 4; i++) {
		struct var *v = f->p[i].ref
		                    ? map_find(&sc->vars, f->p[i].name, f->p[i].nlen, false, false)
		                    : NULL;
		C->refout[i] = v ? arr_copy(C, &v->v) : unk();
		C->nrefout = i + 1;
	}
}

void byref_back(struct P *P, const struct fdef *f, struct lv *alv, int nargs)
{
	struct C *C = P->C;
	int n = C->nrefout;
	for (int i = 0; alv && i < n && i < nargs && i < f->np; i++)
		if (f->p[i].ref && alv[i].kind != LV_NONE) {
			struct pv v = C->refout[i];
			assign(P, &alv[i], &v);
		}
	C->nrefout = 0;
}

/* Evaluate a user function's body with its parameters bound to the
 * arguments: the path of input through it, and its return value. */
struct pv call_fdef(struct P *P, struct fdef *f, struct pv *args, int nargs,
                    const struct pv *captured)
{
	struct C *C = P->C;
	C->nrefout = 0;
	if (f->active || C->call_depth >= 6 || C->stop)
		return unk();
	f->evals++;
	/* the same function with plain arguments again and again: a few times
	 * is enough; again only for arguments that carry input, a callable or
	 * a built (folded, decoded) string */
	bool any = captured != NULL;
	for (int i = 0; i < nargs; i++)
		any |= args[i].taint || args[i].k == K_FUNC || (args[i].fl & BUILT);
	if (f->evals > 2 && !any)
		return unk();
	if (f->evals > 16)
		return unk();
	struct scope sc;
	memset(&sc, 0, sizeof(sc));
	sc.global = &C->global;
	sc.args = args;
	sc.nargs = nargs;
	struct P Q = {.C = C, .lx = f->lx, .sc = &sc, .layer = f->layer, .depth = P->depth};
	for (int i = 0; i < f->np; i++) {
		struct pv v;
		if (f->p[i].variadic) {
			v = unk();
			v.k = K_ARR;
			v.a = arr_new(C);
			for (int k = i; k < nargs; k++)
				arr_set(C, v.a, NULL, &args[k]);
		} else if (i < nargs) {
			v = args[i];
		} else if (f->p[i].def_e > f->p[i].def_b) {
			Q.i = f->p[i].def_b;
			Q.end = f->p[i].def_e;
			v = expr(&Q, 0);
		} else {
			v = unk();
		}
		ev_fw_param(&Q, f, i, &v); /* a request type; constructor promotion */
		set_var(&Q, &sc, f->p[i].name, f->p[i].nlen, &v);
	}
	if (captured && captured->a)
		for (uint32_t i = 0; i < captured->a->n; i++) {
			const struct pv *k = &captured->a->v[i].key;
			if (is_str(k))
				set_var(&Q, &sc, k->s, k->n, &captured->a->v[i].val);
		}
	f->active = true;
	C->call_depth++;
	/* a magic method of a file that unserializes input, and what it calls */
	bool magic = C->props_taint && f->method && f->name[0] == '_' && f->name[1] == '_';
	C->magic_depth += magic;
	C->hook_depth += f->hooked != 0;
	Q.i = f->body_b;
	Q.end = f->body_e;
	if (f->arrow) {
		sc.ret = expr(&Q, 0);
		sc.has_ret = true;
	} else {
		stmts_until(&Q, f->body_e);
	}
	C->magic_depth -= magic;
	C->hook_depth -= f->hooked != 0;
	C->call_depth--;
	f->active = false;
	struct pv ret = sc.has_ret ? sc.ret : unk();
	if (ret.k == K_ARR)
		ret = arr_copy(C, &ret);
	byref_keep(C, f, &sc);
	map_free(&sc.vars);
	return ret;
}
