/* Known-bad SHA-256 lists from signatures/NAME.sha256 and signatures/sha256.txt:
 * "HEX64<TAB>ID<TAB>SEVERITY<TAB>TAGS[<TAB>comment]", '#' comments. */
#ifndef HS_HASHSIG_H
#define HS_HASHSIG_H

#include "finding.h"

struct hashsig {
	unsigned char sha[32];
	char *id;
	enum hs_severity severity;
	char *tags;
};

struct hashsigs {
	struct hashsig *v; /* sorted by sha */
	size_t n;
};

/* NULL on a bad line (error names file and line); empty set if dir is absent. */
struct hashsigs *hashsigs_load(const char *dir);
void hashsigs_free(struct hashsigs *h);
const struct hashsig *hashsigs_find(const struct hashsigs *h, const unsigned char sha[32]);

#endif
