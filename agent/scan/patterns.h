/* PCRE2 heuristics from signatures/NAME.pcre: one pattern per line,
 * "ID<TAB>SEVERITY<TAB>TAGS<TAB>REGEX". Compiled once (JIT where the
 * system allows it); matched in byte mode with match and heap limits, so a
 * hostile file can make a pattern inconclusive but never hang the scan. */
#ifndef HS_PATTERNS_H
#define HS_PATTERNS_H

#include "finding.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

struct pattern {
	char *id;
	enum hs_severity severity;
	char *tags;
	char *src;     /* the regex as written, for the rule-set digest */
	bool php_only; /* "#@scope php": only content with a PHP open tag */
	bool gated;    /* has a rule in gate_src (scan/pattern_gate.h) */
	pcre2_code *code;
};

struct patterns {
	struct pattern *v;
	size_t n;
	bool jit;
	/* YARA rules of the literals each gated pattern needs (namespace
	 * PATTERN_GATE_NS), to be compiled with the rule files; NULL: none */
	char *gate_src;
};

/* Per-thread matching state. */
struct pattern_matcher {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *stack;
	/* Optional: asked for the severity of a match of high or more (quoted
	 * code, scan/php_quoted.h); NULL: the pattern's own. */
	enum hs_severity (*quoted)(void *ud, struct pattern_matcher *m, const struct pattern *p,
	                           const unsigned char *buf, size_t len, size_t start, size_t end);
	void *quoted_ud;
};

/* Load every *.pcre file in dir (sorted). A missing dir yields an empty
 * set; a bad line is an error naming file and line (returns NULL). */
struct patterns *patterns_load(const char *dir);
void patterns_free(struct patterns *p);

void pattern_matcher_init(struct pattern_matcher *m);
void pattern_matcher_free(struct pattern_matcher *m);

/* Derive the gate rules (gate_src, each pattern's gated). Called by
 * patterns_load; a set assembled by hand has no gate. */
void patterns_gate(struct patterns *p);

/* Match every pattern against buf. PHP-only patterns run only when buf
 * holds a PHP open tag and may_be_php: the caller says false for a file
 * whose type quotes PHP rather than runs it (php_is_code(): a Markdown
 * page with a code fence). gate: NULL, or one byte per pattern, non-zero
 * where YARA matched the pattern's gate rule over the whole of buf; a
 * gated pattern whose byte is 0 holds none of its literals and is
 * skipped. Adds hits to f (creating nothing else). Returns the number of
 * patterns that hit a limit (inconclusive). */
int patterns_scan(const struct patterns *p, struct pattern_matcher *m, const unsigned char *buf,
                  size_t len, bool may_be_php, const unsigned char *gate, struct finding *f);

#endif
