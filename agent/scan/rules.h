/* YARA rules: compiled once per run from every *.yar / *.yara file in the
 * rule directories (namespace = file name without extension), with the
 * external variables the file scanner sets per file. */
#ifndef HS_RULES_H
#define HS_RULES_H

#include "util.h"

#include <yara.h>

/* The external variables rules may use (docs/operator-guide.md): filename,
 * extension, filepath, mime (strings), owner_web, in_docroot, in_uploads
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
};

/* Compile. `required` dirs must exist; optional ones may be absent. On a
 * compile error prints "FILE:LINE: message" for each and returns NULL.
 * *nfiles receives the number of rule files compiled. The digest (hex
 * SHA-256 of every rule file's name and content) identifies the rule set
 * for caches. *externals receives the mask of externals any rule may read
 * (with EXT_MIME libmagic must type every file; otherwise only files with
 * findings). With cache_dir, the compiled rules are kept there (created
 * 0700) and loaded instead of compiling when the sources are unchanged: a
 * repeat sweep then skips the compiler. */
YR_RULES *rules_load(const struct strlist *dirs, const struct strlist *required, int *nfiles,
                     char digest[65], unsigned *externals, const char *cache_dir);

#endif
