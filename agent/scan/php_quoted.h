/* Quoted code: PHP that holds malicious-looking code in a string literal
 * without running it (a test suite of an upload filter, a security
 * plugin's signature list, a WAF rule file, a documentation generator).
 * A YARA rule or PCRE2 pattern whose every match lies inside string
 * literals of a file that has no way to run text (no dynamic call, no
 * eval, no write, no callback with a computed callee...) is lowered to
 * medium by the pipeline (filescan.c), with a note in the evidence.
 *
 * Two parts: the span logic over php_lex's tokens (php_quoted_scan,
 * testable on its own), and the bookkeeping of one file's candidates
 * (php_quoted_offer / php_quoted_settle). */
#ifndef HS_PHP_QUOTED_H
#define HS_PHP_QUOTED_H

#include "finding.h"
#include "scan/patterns.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PHP_QUOTED_MAX_CAND 16
#define PHP_QUOTED_NOTE     "inside a string literal, not run: "

/* The literal regions of a lexed buffer: each [b, e) is one string
 * literal or a chain of literals joined only by '.' (and blanks). */
struct php_quoted_regions {
	uint32_t *b, *e;
	size_t n, cap;
	bool complete; /* every byte was lexed, no literal is unterminated */
	bool runs;     /* the code has a way to run text (why says which) */
	const char *why;
};

struct php_lex;

/* Regions and the "runs text" verdict of lx (lexed from its own source). */
void php_quoted_scan(const struct php_lex *lx, struct php_quoted_regions *r);
void php_quoted_regions_free(struct php_quoted_regions *r);
/* Does [off, off+len) lie inside one literal region? */
bool php_quoted_inside(const struct php_quoted_regions *r, size_t off, size_t len);

/* One file's state in the pipeline. The buffer is lexed only when a rule
 * of high severity or more matched: most files never are. */
struct php_quoted {
	const unsigned char *buf;
	size_t len;
	const char *ext;
	bool lexed, usable; /* usable: PHP code, lexed whole, nothing runs text */
	struct php_quoted_regions r;
	struct {
		char id[128]; /* the rule id */
		enum hs_severity sev;
		char ev[121];
		size_t evlen;
	} cand[PHP_QUOTED_MAX_CAND];
	size_t ncand;
	bool full; /* a candidate did not fit: no more demotions */
};

void php_quoted_begin(struct php_quoted *q, const unsigned char *buf, size_t len, const char *ext);
/* May rules of this file be demoted at all (lexes the file the first time)? */
bool php_quoted_usable(struct php_quoted *q);
/* A rule id of severity sev matched with every span inside literals:
 * record it and return the severity to add it with (medium), or sev
 * when it is not a candidate. ev: the excerpt of its first match. */
enum hs_severity php_quoted_offer(struct php_quoted *q, const char *id, enum hs_severity sev,
                                  const void *ev, size_t evlen);
/* After the PHP layer: php_clean says it ran and found nothing (no hit,
 * no decoded layer). Then the candidates stay medium and the finding
 * lists them in `quoted_code`; otherwise they get their severity back. */
void php_quoted_settle(struct php_quoted *q, struct finding *f, bool php_clean);
/* May a rule with these tags be lowered at all? Not phishing or mailer
 * rules: their pages' HTML in a literal is what the echo shows. */
bool php_quoted_family(const char *tags);
/* struct pattern_matcher's `quoted` hook (ud: the file's php_quoted):
 * checks every match of the pattern, not only the first. */
enum hs_severity php_quoted_pcre(void *ud, struct pattern_matcher *m, const struct pattern *p,
                                 const unsigned char *buf, size_t len, size_t start, size_t end);
void php_quoted_end(struct php_quoted *q);

#endif
