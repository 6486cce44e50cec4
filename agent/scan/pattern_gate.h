/* The PCRE2 pattern gate. For each pattern of signatures/NAME.pcre the literals
 * one of which every match must contain are derived from the regex text at
 * load time; they become one YARA rule per pattern (namespace
 * PATTERN_GATE_NS) compiled with the rule files and matched in the same
 * YARA pass over the file, so a pattern runs only on content that holds one
 * of its literals. A pattern whose literals cannot be derived (syntax the
 * deriver does not know, or only short literals) has no gate rule and
 * always runs; so does every pattern when YARA did not scan the file to the
 * end. docs/performance.md, "The PCRE2 gate". */
#ifndef HS_PATTERN_GATE_H
#define HS_PATTERN_GATE_H

#include <stdbool.h>
#include <stddef.h>

#define PATTERN_GATE_NS "hostsweep/pcre-gate"

/* Literals shorter than this are not worth a gate (YARA would report them
 * in nearly every file and they slow its atoms): the pattern always runs. */
#define PATTERN_GATE_MIN_LIT 3

struct gate_lit {
	char *s; /* lower case when nocase */
	size_t n;
	bool nocase; /* ASCII letters match either case */
};

/* A set of literals: every match of the pattern contains at least one. */
struct gate_req {
	struct gate_lit *v;
	size_t n;
};

/* Derive the literals of regex (PCRE2 syntax, compiled without options).
 * Returns false (and an empty set) when none can be derived: the pattern
 * must then always run. */
bool pattern_gate_derive(const char *regex, struct gate_req *out);
void gate_req_free(struct gate_req *r);

/* Does buf hold one of r's literals? (What the YARA rule decides; for
 * tests.) An empty set admits everything. */
bool gate_req_admits(const struct gate_req *r, const unsigned char *buf, size_t len);

/* The YARA source of the gate rules for regexes[0..n): rule "p<i>" for
 * each i with a derived set, and gated[i] set accordingly. NULL when no
 * pattern is gated. */
char *pattern_gate_source(const char *const *regexes, size_t n, bool *gated);

/* Is (ns, identifier) a gate rule? Then *idx is its pattern's index. */
bool pattern_gate_rule(const char *ns, const char *identifier, size_t *idx);

#endif
