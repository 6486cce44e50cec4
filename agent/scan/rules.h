/* YARA rules: compiled once per run from every *.yar / *.yara file in the
 * rule directories (namespace = file name without extension), with the
 * external variables the file scanner sets per file. */
#ifndef HS_RULES_H
#define HS_RULES_H

#include "util.h"

#include <yara.h>

/* The external variables rules may use (docs/operator-guide.md): filename,
 * extension, filepath, mime (strings), owner_web, in_docroot, in_uploads,
 * in_hidden_dir
 * (booleans). rules_load tells which ones the rule set reads, as a mask of
 * these bits: a result that depends on no other may be reused for another
 * file with the same content and the same values of those. */
enum rule_external {
	EXT_FILENAME = 1u << 0,
	EXT_EXTENSION = 1u << 1,
	EXT_FILEPATH = 1u << 2,
	EXT_MIME = 1u << 3,
	EXT_OWNER_WEB = 1u << 4,
	EXT_IN_DOCROOT = 1u << 5,
	EXT_IN_UPLOADS = 1u << 6,
	EXT_IN_HIDDEN_DIR = 1u << 7,
};

/* Rule scoping. A rule file whose text holds the line
 *     // hostsweep: scope=php
 * declares that none of its rules can match content that is not PHP
 * source: content without a "<?" whose extension is not one PHP runs under
 * (rules_may_be_php). Such files are compiled into the full set only; every
 * other file (an operator's rules without the line included) goes into
 * both sets, so content that cannot be PHP is matched against fewer
 * strings with the same verdicts. docs/rules.md, "Rule scope". */
struct rule_sets {
	YR_RULES *all;      /* every rule file: for content that may be PHP */
	YR_RULES *other;    /* the files without scope=php: for the rest; NULL when
	                       there is no such file, or no file has the pragma */
	int nfiles;         /* rule files compiled */
	int nphp;           /* of them with scope=php */
	unsigned externals; /* EXT_* any rule may read */
	char digest[65];
};

/* Compile. `required` dirs must exist; optional ones may be absent. On a
 * compile error prints "FILE:LINE: message" for each and returns false.
 * The digest (hex SHA-256 of every rule file's name and content)
 * identifies the rule set for caches. externals receives the mask of
 * externals any rule may read (with EXT_MIME libmagic must type every
 * file; otherwise only files with findings). With cache_dir, the compiled
 * rules are kept there (created 0700) and loaded instead of compiling when
 * the sources are unchanged: a repeat sweep then skips the compiler. With
 * cache_ro as well, sets found there are loaded but nothing is written
 * (no directory, lock, compiled file or pruning): a `scan` without the
 * cache leaves no state, yet skips the compiler after a sweep. */
bool rules_load(const struct strlist *dirs, const struct strlist *required, const char *cache_dir,
                struct rule_sets *out);
/* The same, with rules hostsweep generates (extra_src, YARA source, in
 * namespace extra_ns; NULL: none) compiled into every set and named by the
 * digest: the PCRE2 gate (scan/pattern_gate.h). */
bool rules_load_extra(const struct strlist *dirs, const struct strlist *required,
                      const char *cache_dir, bool cache_ro, const char *extra_ns,
                      const char *extra_src, struct rule_sets *out);
void rules_free(struct rule_sets *rs);

/* The set for this content: NULL when no rule can match it (every rule
 * file is scope=php and the content cannot be PHP). */
YR_RULES *rules_for(const struct rule_sets *rs, bool may_be_php);

/* May this content be PHP source, for rule scoping? True when it holds
 * "<?" (every PHP open tag starts so) or the extension (lower case, no
 * dot) is empty, starts with "php", or is phtml, pht, phar or inc: names
 * a server may run as PHP whatever their content. */
bool rules_may_be_php(const unsigned char *buf, size_t len, const char *ext);

#endif
