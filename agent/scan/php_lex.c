#include "scan/php_lex.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Lexer modes. Interpolation nests ("{$a["{$b}"]}"), so the modes form a
 * stack; it lives in a fixed array and a string nested deeper than that is
 * read as one literal (never a recursion, never an overflow). */
enum mode { M_HTML, M_CODE, M_DQ, M_BT, M_HEREDOC };
#define MAX_MODES 64

struct frame {
	enum mode m;
	unsigned braces;  /* M_CODE inside "{$...}": open braces not yet closed */
	size_t begin_tok; /* M_DQ: index of its PT_ISTR_BEGIN (to fold a plain string) */
	size_t body_end;  /* M_HEREDOC: where the body ends */
	size_t resume;    /* M_HEREDOC: where the code resumes after the label */
	unsigned indent;  /* M_HEREDOC: indentation of the closing label, removed */
};

struct st {
	struct php_lex *lx;
	const unsigned char *s;
	size_t n, p, max;
	struct frame fr[MAX_MODES];
	int depth;    /* index of the top frame */
	size_t piece; /* vbuf offset where the current literal piece starts */
	bool piece_esc;
	bool line_start; /* heredoc: at the start of a body line */
};

/* Byte classes, one table lookup each (the lexer asks for every byte of a
 * name): 1 a label start (letters, '_', bytes >= 0x80), 2 a digit, 4 the
 * first byte of an operator of more than one byte (op_len() below), 8
 * PHP's blanks between tokens, 16 what can end a line comment ('\n',
 * '\r', the '?' of "?>"). */
#define C_LABEL 1
#define C_DIGIT 2
#define C_OP2   4
#define C_BLANK 8
#define C_LCEND 16
static const unsigned char cls[256] = {
    ['a' ... 'z'] = C_LABEL,
    ['A' ... 'Z'] = C_LABEL,
    ['_'] = C_LABEL,
    [0x80 ... 0xff] = C_LABEL,
    ['0' ... '9'] = C_DIGIT,
    ['<'] = C_OP2,
    ['>'] = C_OP2,
    ['='] = C_OP2,
    ['!'] = C_OP2,
    ['*'] = C_OP2,
    ['.'] = C_OP2,
    ['?'] = C_OP2 | C_LCEND,
    ['-'] = C_OP2,
    ['+'] = C_OP2,
    ['&'] = C_OP2,
    ['|'] = C_OP2,
    ['^'] = C_OP2,
    ['%'] = C_OP2,
    ['/'] = C_OP2,
    [':'] = C_OP2,
    [' '] = C_BLANK,
    ['\t'] = C_BLANK,
    ['\n'] = C_BLANK | C_LCEND,
    ['\r'] = C_BLANK | C_LCEND,
    ['\f'] = C_BLANK,
    ['\v'] = C_BLANK,
};

static bool is_label_start(unsigned char c)
{
	return cls[c] & C_LABEL;
}

static bool is_label(unsigned char c)
{
	return cls[c] & (C_LABEL | C_DIGIT);
}

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool full(const struct st *S)
{
	return S->lx->n + 2 >= S->max;
}

static void grow_tokens(struct php_lex *lx)
{
	lx->cap = lx->cap ? lx->cap * 2 : 256;
	lx->t = xrealloc(lx->t, lx->cap * sizeof(*lx->t));
}

/* Inlined: a token is emitted every few bytes of code. */
static inline __attribute__((always_inline)) struct php_token *
emit(struct st *S, enum php_tok_type type, size_t off, size_t len)
{
	struct php_lex *lx = S->lx;
	if (__builtin_expect(lx->n + 1 >= lx->cap, 0))
		grow_tokens(lx);
	struct php_token *t = &lx->t[lx->n];
	*t = (struct php_token){.type = (uint8_t)type,
	                        .off = (uint32_t)off,
	                        .len = (uint32_t)len,
	                        .voff = (uint32_t)off,
	                        .vlen = (uint32_t)len,
	                        .match = (uint32_t)lx->n};
	lx->n++;
	return t;
}

static void vput(struct php_lex *lx, const unsigned char *b, size_t n)
{
	if (lx->vlen + n > lx->vcap) {
		size_t c = lx->vcap ? lx->vcap : 4096;
		while (c < lx->vlen + n)
			c *= 2;
		lx->vbuf = xrealloc(lx->vbuf, c);
		lx->vcap = c;
	}
	memcpy(lx->vbuf + lx->vlen, b, n);
	lx->vlen += n;
}

static void vput1(struct php_lex *lx, unsigned char c)
{
	vput(lx, &c, 1);
}

static void vput_utf8(struct php_lex *lx, unsigned long cp)
{
	unsigned char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xc0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xe0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		b[2] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		b[0] = (unsigned char)(0xf0 | ((cp >> 18) & 0x07));
		b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
		b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		b[3] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	vput(lx, b, n);
}

/* End the current literal piece of an interpolated string. */
static void flush_piece(struct st *S, size_t src_at)
{
	struct php_lex *lx = S->lx;
	if (lx->vlen > S->piece && !full(S)) {
		struct php_token *t = emit(S, PT_STR, src_at, 0);
		t->voff = (uint32_t)S->piece;
		t->vlen = (uint32_t)(lx->vlen - S->piece);
		t->flags = PTF_DQ | (S->piece_esc ? PTF_ESCAPED : 0);
	}
	S->piece = lx->vlen;
	S->piece_esc = false;
}

static bool push(struct st *S, enum mode m)
{
	if (S->depth + 1 >= MAX_MODES)
		return false;
	S->depth++;
	memset(&S->fr[S->depth], 0, sizeof(S->fr[0]));
	S->fr[S->depth].m = m;
	return true;
}

/* An escape in a double-quoted string, heredoc (quote 0) or backticks, at
 * S->p (the backslash). PHP's rules: \n \t \r \v \e \f \\ \$, \" only in
 * "..." and \` only in `...`, \0-\777 octal, \xHH, \u{H+}; any other
 * backslash stays. */
static void dq_escape(struct st *S, unsigned char quote)
{
	const unsigned char *s = S->s;
	size_t p = S->p + 1;
	struct php_lex *lx = S->lx;
	if (p >= S->n) {
		vput1(lx, '\\');
		S->p = p;
		return;
	}
	unsigned char c = s[p];
	unsigned char out;
	switch (c) {
	case 'n':
		out = '\n';
		break;
	case 't':
		out = '\t';
		break;
	case 'r':
		out = '\r';
		break;
	case 'v':
		out = '\v';
		break;
	case 'e':
		out = 0x1b;
		break;
	case 'f':
		out = '\f';
		break;
	case '\\':
		out = '\\';
		break;
	case '$':
		out = '$';
		break;
	case '"':
	case '`':
		if (c != quote) {
			vput1(lx, '\\');
		}
		out = c;
		break;
	case 'x':
		if (p + 1 < S->n && hexval(s[p + 1]) >= 0) {
			int v = hexval(s[p + 1]);
			p++;
			if (p + 1 < S->n && hexval(s[p + 1]) >= 0) {
				v = v * 16 + hexval(s[p + 1]);
				p++;
			}
			vput1(lx, (unsigned char)v);
			if (is_label((unsigned char)v) && v < 0x80)
				S->piece_esc = true;
			S->p = p + 1;
			return;
		}
		vput1(lx, '\\');
		out = c;
		break;
	case 'u':
		if (p + 1 < S->n && s[p + 1] == '{') {
			size_t q = p + 2;
			unsigned long cp = 0;
			int digits = 0;
			while (q < S->n && hexval(s[q]) >= 0 && digits < 8) {
				cp = cp * 16 + (unsigned long)hexval(s[q]);
				q++;
				digits++;
			}
			if (digits && q < S->n && s[q] == '}' && cp <= 0x10ffff) {
				vput_utf8(lx, cp);
				if (cp < 0x80 && is_label((unsigned char)cp))
					S->piece_esc = true;
				S->p = q + 1;
				return;
			}
		}
		vput1(lx, '\\');
		out = c;
		break;
	default:
		if (c >= '0' && c <= '7') {
			int v = 0, k = 0;
			while (k < 3 && p < S->n && s[p] >= '0' && s[p] <= '7') {
				v = v * 8 + (s[p] - '0');
				p++;
				k++;
			}
			vput1(lx, (unsigned char)(v & 0xff));
			if ((v & 0xff) < 0x80 && is_label((unsigned char)(v & 0xff)))
				S->piece_esc = true;
			S->p = p;
			return;
		}
		vput1(lx, '\\');
		out = c;
		break;
	}
	vput1(lx, out);
	S->p = p + 1;
}

/* "$name", "$name[key]", "$name->prop" (the simple syntax), at S->p on '$'
 * followed by a label start. */
static void simple_interp(struct st *S, size_t end)
{
	const unsigned char *s = S->s;
	size_t p = S->p + 1, b = p;
	while (p < end && is_label(s[p]))
		p++;
	emit(S, PT_VAR, b, p - b);
	if (p < end && s[p] == '[') {
		size_t q = p + 1, kb = q;
		if (q < end && s[q] == '$') {
			q++;
			kb = q;
			while (q < end && is_label(s[q]))
				q++;
			if (q < end && s[q] == ']' && q > kb) {
				emit(S, PT_OP, p, 1)->oplen = 1;
				emit(S, PT_VAR, kb, q - kb);
				emit(S, PT_OP, q, 1)->oplen = 1;
				p = q + 1;
			}
		} else {
			if (q < end && s[q] == '-')
				q++;
			while (q < end && is_label(s[q]))
				q++;
			if (q < end && s[q] == ']' && q > kb) {
				emit(S, PT_OP, p, 1)->oplen = 1;
				bool num = (s[kb] >= '0' && s[kb] <= '9') || s[kb] == '-';
				struct php_token *t = emit(S, num ? PT_NUM : PT_STR, kb, q - kb);
				if (!num)
					t->flags = PTF_VALSRC;
				emit(S, PT_OP, q, 1)->oplen = 1;
				p = q + 1;
			}
		}
	} else if (p + 2 < end && s[p] == '-' && s[p + 1] == '>' && is_label_start(s[p + 2])) {
		emit(S, PT_OP, p, 2)->oplen = 2;
		size_t q = p + 2;
		while (q < end && is_label(s[q]))
			q++;
		emit(S, PT_IDENT, p + 2, q - p - 2);
		p = q;
	}
	S->p = p;
}

/* One step inside an interpolated string (M_DQ, M_BT, M_HEREDOC). */
static void step_string(struct st *S)
{
	struct frame *f = &S->fr[S->depth];
	const unsigned char *s = S->s;
	size_t end = f->m == M_HEREDOC ? f->body_end : S->n;
	unsigned char quote = f->m == M_DQ ? '"' : f->m == M_BT ? '`' : 0;
	struct php_lex *lx = S->lx;
	if (f->m == M_HEREDOC && S->line_start) {
		/* flexible heredoc: the closing label's indentation is removed */
		unsigned k = 0;
		while (k < f->indent && S->p < end && (s[S->p] == ' ' || s[S->p] == '\t')) {
			S->p++;
			k++;
		}
		S->line_start = false;
	}
	if (S->p >= end) {
		flush_piece(S, S->p);
		if (f->m == M_HEREDOC) {
			emit(S, PT_ISTR_END, end, 0);
			S->p = f->resume;
		} else {
			/* unterminated: the string runs to the end of the buffer */
			emit(S, quote == '`' ? PT_BT_END : PT_ISTR_END, end, 0);
		}
		S->depth--;
		return;
	}
	unsigned char c = s[S->p];
	if (quote && c == quote) {
		flush_piece(S, S->p);
		if (quote == '"') {
			/* a string without interpolation becomes one PT_STR */
			size_t b = f->begin_tok;
			size_t parts = lx->n - b - 1;
			if (parts == 0 || (parts == 1 && lx->t[b + 1].type == PT_STR)) {
				struct php_token *t = &lx->t[b];
				if (parts == 1) {
					t->voff = lx->t[b + 1].voff;
					t->vlen = lx->t[b + 1].vlen;
					t->flags = lx->t[b + 1].flags;
				} else {
					t->vlen = 0;
					t->voff = 0;
					t->flags = PTF_DQ;
				}
				t->type = PT_STR;
				t->len = (uint32_t)(S->p + 1 - t->off);
				lx->n = b + 1;
			} else {
				emit(S, PT_ISTR_END, S->p, 1);
			}
		} else {
			emit(S, PT_BT_END, S->p, 1);
		}
		S->p++;
		S->depth--;
		return;
	}
	if (c == '\\') {
		dq_escape(S, quote);
		return;
	}
	if (c == '$' && S->p + 1 < end && is_label_start(s[S->p + 1])) {
		flush_piece(S, S->p);
		simple_interp(S, end);
		S->piece = lx->vlen;
		return;
	}
	if ((c == '{' && S->p + 1 < end && s[S->p + 1] == '$') ||
	    (c == '$' && S->p + 1 < end && s[S->p + 1] == '{')) {
		flush_piece(S, S->p);
		if (c == '$') {
			/* ${name} is the variable name; ${expr} a variable variable */
			size_t q = S->p + 2, b = q;
			while (q < end && is_label(s[q]))
				q++;
			if (q > b && q < end && s[q] == '}' && is_label_start(s[b])) {
				emit(S, PT_VAR, b, q - b);
				S->p = q + 1;
				S->piece = lx->vlen;
				return;
			}
			emit(S, PT_DOLLAR, S->p, 1);
			S->p++;
		}
		if (!push(S, M_CODE)) {
			/* too deep: keep the text literally */
			vput1(lx, s[S->p]);
			S->p++;
			return;
		}
		emit(S, PT_OP, S->p, 1)->oplen = 1;
		S->p++;
		S->piece = lx->vlen;
		return;
	}
	/* a line ends at \n, \r\n or a lone \r (PHP's NEWLINE) */
	if (f->m == M_HEREDOC &&
	    (c == '\n' || (c == '\r' && (S->p + 1 >= end || s[S->p + 1] != '\n'))))
		S->line_start = true;
	/* copy a run of plain bytes at once */
	size_t q = S->p;
	while (q < end && s[q] != '\\' && s[q] != '$' && s[q] != '{' && s[q] != quote &&
	       !((s[q] == '\n' || s[q] == '\r') && f->m == M_HEREDOC))
		q++;
	if (q == S->p)
		q++;
	vput(lx, s + S->p, q - S->p);
	S->p = q;
}

/* The length of the operator at s[0..n): PHP's operators of more than one
 * byte (<<= <=> << <= <> >>= >> >= === == => !== != **= ** *= ... .= ??=
 * ?? ?-> -> -- -= ++ += && &= || |= ^= %= /= ::), the longest that fits,
 * else 1. A switch on the first two bytes: the lexer asks this for every
 * operator byte of the source. */
static size_t op_len(const unsigned char *s, size_t n)
{
	if (n < 2 || !(cls[s[0]] & C_OP2))
		return 1;
	unsigned char a = s[1], b = n >= 3 ? s[2] : 0; /* b: 0 when there is none */
	switch (s[0]) {
	case '<':
		if (a == '<')
			return b == '=' ? 3 : 2;
		if (a == '=')
			return b == '>' ? 3 : 2;
		return a == '>' ? 2 : 1;
	case '>':
		if (a == '>')
			return b == '=' ? 3 : 2;
		return a == '=' ? 2 : 1;
	case '=':
		if (a == '=')
			return b == '=' ? 3 : 2;
		return a == '>' ? 2 : 1;
	case '!':
		if (a == '=')
			return b == '=' ? 3 : 2;
		return 1;
	case '*':
		if (a == '*')
			return b == '=' ? 3 : 2;
		return a == '=' ? 2 : 1;
	case '.':
		if (a == '.' && b == '.')
			return 3;
		return a == '=' ? 2 : 1;
	case '?':
		if (a == '?')
			return b == '=' ? 3 : 2;
		return a == '-' && b == '>' ? 3 : 1;
	case '-':
		return a == '>' || a == '-' || a == '=' ? 2 : 1;
	case '+':
		return a == '+' || a == '=' ? 2 : 1;
	case '&':
		return a == '&' || a == '=' ? 2 : 1;
	case '|':
		return a == '|' || a == '=' ? 2 : 1;
	case '^':
	case '%':
	case '/':
		return a == '=' ? 2 : 1;
	case ':':
		return a == ':' ? 2 : 1;
	default:
		return 1;
	}
}

/* The start of the line after the one at from (lines end at \n, \r\n or
 * a lone \r, PHP's NEWLINE), or n when there is none before n. */
static size_t next_line(const unsigned char *s, size_t from, size_t n)
{
	for (size_t i = from; i < n; i++) {
		if (s[i] == '\n')
			return i + 1;
		if (s[i] == '\r')
			return i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
	}
	return n;
}

/* <<<LABEL, <<<"LABEL" or <<<'LABEL' at S->p. */
static bool heredoc(struct st *S)
{
	const unsigned char *s = S->s;
	size_t p = S->p + 3;
	while (p < S->n && (s[p] == ' ' || s[p] == '\t'))
		p++;
	unsigned char q = 0;
	if (p < S->n && (s[p] == '\'' || s[p] == '"'))
		q = s[p++];
	size_t lb = p;
	if (p >= S->n || !is_label_start(s[p]))
		return false;
	while (p < S->n && is_label(s[p]))
		p++;
	size_t ll = p - lb;
	if (q) {
		if (p >= S->n || s[p] != q)
			return false;
		p++;
	}
	if (p >= S->n || (s[p] != '\n' && s[p] != '\r'))
		return false;
	p += s[p] == '\r' && p + 1 < S->n && s[p + 1] == '\n' ? 2 : 1;
	size_t body = p;
	/* find the closing label: a line of optional blanks, the label, and
	 * no label byte after it (PHP 7.3's flexible heredoc) */
	size_t body_end = S->n, resume = S->n;
	unsigned indent = 0;
	size_t line = body;
	while (line <= S->n) {
		size_t k = line;
		while (k < S->n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k + ll <= S->n && !memcmp(s + k, s + lb, ll) &&
		    (k + ll == S->n || !is_label(s[k + ll]))) {
			body_end = line > body ? line - 1 : body; /* drop the newline before it */
			if (body_end > body && s[body_end] == '\n' && s[body_end - 1] == '\r')
				body_end--;
			resume = k + ll;
			indent = (unsigned)(k - line);
			break;
		}
		size_t nl = next_line(s, line, S->n);
		if (nl >= S->n)
			break;
		line = nl;
	}
	if (q == '\'') {
		/* nowdoc: literal, minus the indentation */
		struct php_lex *lx = S->lx;
		size_t v0 = lx->vlen;
		size_t i = body;
		while (i < body_end) {
			unsigned k = 0;
			while (k < indent && i < body_end && (s[i] == ' ' || s[i] == '\t')) {
				i++;
				k++;
			}
			size_t e = next_line(s, i, body_end);
			vput(lx, s + i, e - i);
			i = e;
		}
		struct php_token *t = emit(S, PT_STR, S->p, resume - S->p);
		t->voff = (uint32_t)v0;
		t->vlen = (uint32_t)(lx->vlen - v0);
		S->p = resume;
		return true;
	}
	if (!push(S, M_HEREDOC))
		return false;
	struct frame *f = &S->fr[S->depth];
	f->body_end = body_end;
	f->resume = resume;
	f->indent = indent;
	emit(S, PT_ISTR_BEGIN, S->p, body - S->p);
	S->piece = S->lx->vlen;
	S->piece_esc = false;
	S->line_start = true;
	S->p = body;
	return true;
}

static void single_quoted(struct st *S)
{
	const unsigned char *s = S->s;
	struct php_lex *lx = S->lx;
	size_t p = S->p + 1, b = p;
	bool esc = false;
	/* most strings hold no backslash: the closing quote is the first one */
	const unsigned char *q = memchr(s + p, '\'', S->n - p);
	if (q && !memchr(s + p, '\\', (size_t)(q - (s + p)))) {
		p = (size_t)(q - s);
	} else {
		while (p < S->n && s[p] != '\'') {
			if (s[p] == '\\' && p + 1 < S->n && (s[p + 1] == '\\' || s[p + 1] == '\''))
				esc = true, p += 2;
			else
				p++;
		}
	}
	size_t e = p < S->n ? p : S->n;
	struct php_token *t = emit(S, PT_STR, S->p, (p < S->n ? p + 1 : p) - S->p);
	if (!esc) {
		t->flags = PTF_VALSRC;
		t->voff = (uint32_t)b;
		t->vlen = (uint32_t)(e - b);
	} else {
		size_t v0 = lx->vlen;
		for (size_t i = b; i < e; i++) {
			if (s[i] == '\\' && i + 1 < e && (s[i + 1] == '\\' || s[i + 1] == '\''))
				i++;
			vput1(lx, s[i]);
		}
		t->voff = (uint32_t)v0;
		t->vlen = (uint32_t)(lx->vlen - v0);
	}
	S->p = p < S->n ? p + 1 : p;
}

static void step_html(struct st *S)
{
	const unsigned char *s = S->s;
	size_t p = S->p;
	while (p + 1 < S->n) {
		const unsigned char *lt = memchr(s + p, '<', S->n - p - 1);
		if (!lt)
			break;
		size_t i = (size_t)(lt - s);
		if (s[i + 1] != '?') {
			p = i + 1;
			continue;
		}
		size_t tl;
		enum php_tok_type tt = PT_OPEN;
		if (i + 5 <= S->n && (s[i + 2] | 0x20) == 'p' && (s[i + 3] | 0x20) == 'h' &&
		    (s[i + 4] | 0x20) == 'p' &&
		    (i + 5 == S->n || s[i + 5] == ' ' || s[i + 5] == '\t' || s[i + 5] == '\n' ||
		     s[i + 5] == '\r')) {
			tl = i + 5 < S->n ? 6 : 5;
		} else if (i + 2 < S->n && s[i + 2] == '=') {
			tl = 3;
			tt = PT_OPEN_ECHO;
		} else if (i + 5 <= S->n && (s[i + 2] | 0x20) == 'x' && (s[i + 3] | 0x20) == 'm' &&
		           (s[i + 4] | 0x20) == 'l') {
			p = i + 2; /* <?xml: a declaration, not PHP */
			continue;
		} else {
			tl = 2;
		}
		if (i > S->p)
			emit(S, PT_HTML, S->p, i - S->p);
		emit(S, tt, i, tl);
		S->p = i + tl;
		S->fr[S->depth].m = M_CODE;
		return;
	}
	emit(S, PT_HTML, S->p, S->n - S->p);
	S->p = S->n;
}

static void step_code(struct st *S)
{
	const unsigned char *s = S->s;
	size_t p = S->p, n = S->n;
	unsigned char c = s[p];
	if (cls[c] & C_BLANK) {
		/* blanks, then the token after them in the same step (a step per
		 * blank run cost as much as the blanks); not when the token cap is
		 * reached, which the caller checks before each step */
		while (p < n && (cls[s[p]] & C_BLANK))
			p++;
		S->p = p;
		if (p >= n || full(S))
			return;
		c = s[p];
	}
	struct frame *f = &S->fr[S->depth];
	if (c == '?' && p + 1 < n && s[p + 1] == '>' && S->depth == 0) {
		size_t e = p + 2;
		if (e < n && s[e] == '\n')
			e++;
		else if (e + 1 < n && s[e] == '\r' && s[e + 1] == '\n')
			e += 2;
		else if (e < n && s[e] == '\r')
			e++;
		emit(S, PT_CLOSE, p, e - p);
		S->p = e;
		f->m = M_HTML;
		return;
	}
	if (c == '#' && p + 1 < n && s[p + 1] == '[') {
		emit(S, PT_ATTR, p, 2);
		S->p = p + 2;
		return;
	}
	if (c == '#' || (c == '/' && p + 1 < n && s[p + 1] == '/')) {
		/* a line comment ends at the line's end (\n or \r) or at ?> */
		for (;;) {
			while (p < n && !(cls[s[p]] & C_LCEND))
				p++;
			if (p < n && s[p] == '?' && !(p + 1 < n && s[p + 1] == '>')) {
				p++; /* a '?' alone */
				continue;
			}
			break;
		}
		S->p = p;
		return;
	}
	if (c == '/' && p + 1 < n && s[p + 1] == '*') {
		/* memchr is vectorized, memmem of two bytes is not; docblocks
		 * are a good part of an application's bytes */
		size_t q = p + 2, after = n;
		while (q + 1 < n) {
			const unsigned char *e = memchr(s + q, '*', n - q - 1);
			if (!e)
				break;
			if (e[1] == '/') {
				after = (size_t)(e - s) + 2;
				break;
			}
			q = (size_t)(e - s) + 1;
		}
		S->p = after;
		return;
	}
	if (c == '$') {
		if (p + 1 < n && is_label_start(s[p + 1])) {
			size_t b = p + 1;
			p = b;
			while (p < n && is_label(s[p]))
				p++;
			emit(S, PT_VAR, b, p - b);
		} else {
			emit(S, PT_DOLLAR, p, 1);
			p++;
		}
		S->p = p;
		return;
	}
	if (is_label_start(c) || (c == '\\' && p + 1 < n && is_label_start(s[p + 1]))) {
		size_t b = p;
		while (p < n &&
		       (is_label(s[p]) || (s[p] == '\\' && p + 1 < n && is_label_start(s[p + 1]))))
			p++;
		emit(S, PT_IDENT, b, p - b);
		S->p = p;
		return;
	}
	if ((c >= '0' && c <= '9') ||
	    (c == '.' && p + 1 < n && s[p + 1] >= '0' && s[p + 1] <= '9')) {
		size_t b = p;
		while (p < n) {
			unsigned char d = s[p];
			if ((d | 0x20) == 'e' && p + 1 < n &&
			    (s[p + 1] == '+' || s[p + 1] == '-') &&
			    !(b + 1 < n && s[b] == '0' && (s[b + 1] | 0x20) == 'x'))
				p += 2;
			else if (is_label(d) || d == '.')
				p++;
			else
				break;
		}
		emit(S, PT_NUM, b, p - b);
		S->p = p;
		return;
	}
	if (c == '\'') {
		single_quoted(S);
		return;
	}
	if (c == '"' || c == '`') {
		size_t at = S->lx->n;
		if (!push(S, c == '"' ? M_DQ : M_BT)) {
			S->p = p + 1;
			return;
		}
		S->fr[S->depth].begin_tok = at;
		emit(S, c == '"' ? PT_ISTR_BEGIN : PT_BT_BEGIN, p, 1);
		S->piece = S->lx->vlen;
		S->piece_esc = false;
		S->p = p + 1;
		return;
	}
	if (c == '<' && p + 3 < n && s[p + 1] == '<' && s[p + 2] == '<' && heredoc(S))
		return;
	if (c == '{' && S->depth > 0) {
		f->braces++;
	} else if (c == '}' && S->depth > 0) {
		if (f->braces == 0) {
			emit(S, PT_OP, p, 1)->oplen = 1;
			S->p = p + 1;
			S->depth--; /* back into the string */
			S->piece = S->lx->vlen;
			S->piece_esc = false;
			return;
		}
		f->braces--;
	}
	if (c < 0x21 || c == 0x7f) {
		S->p = p + 1; /* control bytes, NULs: nothing PHP would accept */
		return;
	}
	size_t l = op_len(s + p, n - p);
	emit(S, PT_OP, p, l)->oplen = (uint16_t)l;
	S->p = p + l;
}

static bool opens(const struct php_lex *lx, const struct php_token *t, char *close)
{
	if (t->type == PT_ATTR) {
		*close = ']';
		return true;
	}
	if (t->type != PT_OP || t->oplen != 1)
		return false;
	unsigned char c = lx->src[t->off];
	*close = c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : 0;
	return *close != 0;
}

/* Pair the brackets: every opener's match is its closer and back; an
 * unbalanced one keeps matching itself. */
static void match_brackets(struct php_lex *lx)
{
	size_t *stack = xmalloc((lx->n + 1) * sizeof(*stack));
	char *want = xmalloc(lx->n + 1);
	size_t sp = 0;
	for (size_t i = 0; i < lx->n; i++) {
		struct php_token *t = &lx->t[i];
		char close;
		if (opens(lx, t, &close)) {
			want[sp] = close;
			stack[sp++] = i;
			continue;
		}
		if (t->type != PT_OP || t->oplen != 1)
			continue;
		unsigned char c = lx->src[t->off];
		if (c != ')' && c != ']' && c != '}')
			continue;
		/* pop openers that were never closed, up to the one this closes */
		size_t k = sp;
		while (k > 0 && want[k - 1] != (char)c)
			k--;
		if (k == 0)
			continue;
		sp = k - 1;
		lx->t[stack[sp]].match = (uint32_t)i;
		t->match = (uint32_t)stack[sp];
	}
	free(stack);
	free(want);
}

void php_lex_run(struct php_lex *lx, const unsigned char *src, size_t len, bool code_mode,
                 size_t max_tokens)
{
	memset(lx, 0, sizeof(*lx));
	lx->src = src;
	lx->srclen = len;
	if (len > UINT32_MAX - 1)
		len = UINT32_MAX - 1; /* offsets are 32-bit; files that large are not scanned */
	struct st S = {.lx = lx, .s = src, .n = len, .max = max_tokens < 16 ? 16 : max_tokens};
	/* about one token per six bytes of PHP: one allocation instead of a
	 * chain of reallocs and copies (pages not reached are never touched) */
	lx->cap = len / 5 + 256 < S.max ? len / 5 + 256 : S.max;
	lx->t = xmalloc(lx->cap * sizeof(*lx->t));
	S.fr[0].m = code_mode ? M_CODE : M_HTML;
	while (S.p < S.n) {
		if (full(&S)) {
			lx->truncated = true;
			break;
		}
		size_t before = S.p;
		size_t ntok = lx->n;
		int depth = S.depth;
		switch (S.fr[S.depth].m) {
		case M_HTML:
			step_html(&S);
			break;
		case M_CODE:
			step_code(&S);
			break;
		default:
			step_string(&S);
			break;
		}
		/* every step consumes a byte or changes the mode stack */
		if (S.p == before && lx->n == ntok && S.depth == depth)
			S.p++;
	}
	/* strings still open at the end of the buffer */
	while (S.depth > 0 && !full(&S)) {
		enum mode m = S.fr[S.depth].m;
		if (m == M_DQ || m == M_BT || m == M_HEREDOC) {
			flush_piece(&S, S.n);
			emit(&S, m == M_BT ? PT_BT_END : PT_ISTR_END, S.n, 0);
		}
		S.depth--;
	}
	emit(&S, PT_EOF, len, 0);
	match_brackets(lx);
}

void php_lex_free(struct php_lex *lx)
{
	free(lx->t);
	free(lx->vbuf);
	memset(lx, 0, sizeof(*lx));
}

const unsigned char *php_tok_val(const struct php_lex *lx, const struct php_token *t)
{
	if (t->type == PT_STR && !(t->flags & PTF_VALSRC))
		return lx->vbuf ? lx->vbuf + t->voff : (const unsigned char *)"";
	return lx->src + t->voff;
}

bool php_tok_word_n(const struct php_lex *lx, const struct php_token *t, const char *word)
{
	/* one pass, no strlen: the pre-check asks this for every called name
	 * against some eighty words, and most differ in the first letter */
	if (t->type != PT_IDENT || !t->len)
		return false;
	const unsigned char *s = lx->src + t->off;
	for (size_t i = 0; i < t->len; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c != (unsigned char)word[i]) /* also at word's end: c is never NUL */
			return false;
	}
	return word[t->len] == '\0';
}

bool php_has_open_tag(const unsigned char *buf, size_t len)
{
	size_t p = 0;
	while (p + 1 < len) {
		const unsigned char *lt = memchr(buf + p, '<', len - p - 1);
		if (!lt)
			return false;
		size_t i = (size_t)(lt - buf);
		if (buf[i + 1] == '?') {
			if (!(i + 5 <= len && (buf[i + 2] | 0x20) == 'x' &&
			      (buf[i + 3] | 0x20) == 'm' && (buf[i + 4] | 0x20) == 'l'))
				return true;
		}
		p = i + 1;
	}
	return false;
}
