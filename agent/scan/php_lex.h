/* A lexer for PHP source, written for a scanner: it reads hostile bytes,
 * so it is iterative (no recursion), O(n), never reads past the buffer and
 * caps the number of tokens it keeps. It produces PHP's own token classes:
 * inline HTML, open/close tags, variables, names, numbers, operators and
 * strings with every escape decoded. Strings that interpolate (double
 * quotes, heredoc, backticks) come as BEGIN, their parts, END: literal
 * pieces as PT_STR and the embedded expressions as ordinary code tokens
 * ("$a[k]" -> PT_VAR '[' PT_STR ']'; "{$e}" -> '{' tokens of e '}'), so
 * that "{$_GET['a']}" reads like any other use of $_GET. Comments are
 * dropped. */
#ifndef HS_PHP_LEX_H
#define HS_PHP_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum php_tok_type {
	PT_EOF = 0,
	PT_HTML,       /* inline HTML outside the tags */
	PT_OPEN,       /* <?php or <? */
	PT_OPEN_ECHO,  /* <?= */
	PT_CLOSE,      /* ?> (acts as ';') */
	PT_VAR,        /* $name: the value is the name without '$' */
	PT_DOLLAR,     /* a '$' not followed by a name: $$x, ${expr} */
	PT_IDENT,      /* names and keywords, namespaced names included */
	PT_NUM,        /* integer or float literal */
	PT_STR,        /* a string constant, or a literal piece of an interpolated one */
	PT_ISTR_BEGIN, /* "..." or heredoc with interpolation: parts follow */
	PT_ISTR_END,
	PT_BT_BEGIN, /* `...`: a shell command; parts follow */
	PT_BT_END,
	PT_OP,   /* operator or punctuation */
	PT_ATTR, /* #[ (PHP 8 attribute; its match is the closing ']') */
};

/* PT_STR flags */
#define PTF_ESCAPED 1u /* letters or digits written as \x.. / \ooo / \u{..} escapes */
#define PTF_VALSRC  2u /* the value is a span of the source buffer (no escape changed it) */
#define PTF_DQ      4u /* came from a double-quoted string or heredoc */

struct php_token {
	uint8_t type;
	uint8_t flags;
	uint16_t oplen; /* PT_OP: length of the operator text */
	uint32_t off;   /* span in the source */
	uint32_t len;
	uint32_t voff;  /* PT_STR/PT_VAR/PT_IDENT value: in the source (PTF_VALSRC, VAR, IDENT) */
	uint32_t vlen;  /* or in the lexer's value buffer */
	uint32_t match; /* index of the matching bracket token ( [ { ), or of itself */
};

struct php_lex {
	const unsigned char *src;
	size_t srclen;
	struct php_token *t;
	size_t n, cap;
	unsigned char *vbuf; /* decoded string values */
	size_t vlen, vcap;
	bool truncated; /* stopped at max_tokens */
};

/* Tokenize src[0..len). The text starts in HTML mode unless code_mode
 * (an eval()'d string starts as code). At most max_tokens tokens are kept
 * (truncated set beyond). Always ends with a PT_EOF token. Brackets are
 * matched afterwards (unbalanced ones match themselves). */
void php_lex_run(struct php_lex *lx, const unsigned char *src, size_t len, bool code_mode,
                 size_t max_tokens);
void php_lex_free(struct php_lex *lx);

/* The value bytes of a PT_STR, PT_VAR or PT_IDENT token. */
const unsigned char *php_tok_val(const struct php_lex *lx, const struct php_token *t);
/* Is t the operator op ("(", "=>", "."...)? Always inlined: the parser
 * asks this for every token, with literal operators, so strlen folds away
 * (an out-of-line copy called strlen for each of those calls). */
static inline __attribute__((always_inline)) bool
php_tok_op(const struct php_lex *lx, const struct php_token *t, const char *op)
{
	size_t l = __builtin_strlen(op);
	if (t->type != PT_OP || t->oplen != l)
		return false;
	const unsigned char *s = lx->src + t->off;
	for (size_t i = 0; i < l; i++)
		if (s[i] != (unsigned char)op[i])
			return false;
	return true;
}

/* Is t the identifier (or keyword) word, ASCII case-insensitively? Always
 * inlined, for the same reason. */
static inline __attribute__((always_inline)) bool
php_tok_word(const struct php_lex *lx, const struct php_token *t, const char *word)
{
	size_t l = __builtin_strlen(word);
	if (t->type != PT_IDENT || t->len != l)
		return false;
	const unsigned char *s = lx->src + t->off;
	for (size_t i = 0; i < l; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c != (unsigned char)word[i])
			return false;
	}
	return true;
}

/* php_tok_word for a word that is not a literal (no strlen folding). */
bool php_tok_word_n(const struct php_lex *lx, const struct php_token *t, const char *word);

/* Does the buffer hold a PHP open tag (<?php, <?= or a short tag) that a
 * PHP interpreter would take for one? Cheap: used to skip non-PHP files. */
bool php_has_open_tag(const unsigned char *buf, size_t len);

#endif
