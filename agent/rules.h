/* YARA rules: compiled once per run from every *.yar / *.yara file in the
 * rule directories (namespace = file name without extension), with the
 * external variables the file scanner sets per file. */
#ifndef HS_RULES_H
#define HS_RULES_H

#include "util.h"

#include <yara.h>

/* Names of the external variables rules may use (documented in
 * docs/rules.md): filename, extension, filepath, mime (strings), owner_web,
 * in_docroot (booleans). */

/* Compile. `required` dirs must exist; optional ones may be absent. On a
 * compile error prints "FILE:LINE: message" for each and returns NULL.
 * *nfiles receives the number of rule files compiled. The digest (hex
 * SHA-256 of every rule file's name and content) identifies the rule set
 * for caches. *uses_mime tells whether any rule may read the `mime` external
 * (then libmagic must type every file; otherwise only files with findings). */
YR_RULES *rules_load(const struct strlist *dirs, const struct strlist *required, int *nfiles,
                     char digest[65], bool *uses_mime);

#endif
