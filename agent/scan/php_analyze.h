/* The PHP layer of the per-file pipeline: does this buffer hold PHP code
 * (by content, whatever its name), and what does the code do? Runs the
 * lexer and the abstract interpreter (php_eval.h) and returns its hits and
 * the decoded layers, which the pipeline also gives to YARA and PCRE2. */
#ifndef HS_PHP_ANALYZE_H
#define HS_PHP_ANALYZE_H

#include "scan/php_eval.h"

#include <stdbool.h>
#include <stddef.h>

/* Bump when the analysis changes what it reports: it is part of the
 * engine digest, the key of the scan cache. */
/* php-2: php.credential_exfil; php-3: writes in uncalled code are medium;
 * php-4: callbacks, loops, branch defaults, script drops;
 * php-5: filter_input() and getenv('HTTP_*') are request input, rename() of
 * an upload; php-6: credentials posted to webhooks and mailer objects,
 * labels naming renamed fields; php-7: literal PHP written to a file is a
 * layer (php.code_drop); php-8: goto followed, closures nothing calls,
 * ReflectionMethod/Class, fetch droppers, magic __call/__set/__unserialize,
 * fully qualified names;
 * php-9: sendmail pipes, interpreters fed a program, FFI, error_log type 3,
 * copy('php://input'), mail() -X, recipient lists and Bcc from input;
 * php-10: a PHP block appended to a served .js/.css is code, more types
 * (.cjs, .jsx, .tsx, .vue, .svelte, .coffee, .mdx, .adoc) only quote it;
 * php-11: payloads kept in another file or an asset, image metadata, the
 * writer of a two-file pair, mass infectors, fetched commands;
 * php-12: WordPress hook callbacks and REST routes as entry points, gadget
 * chains from unserialize(), includes through wrappers or built paths;
 * php-15 (session 16): register_globals pages, PHP 4 long arrays, tagless
 * files in code mode, array elements keep their own values, 16 layers,
 * dropped programs run with input, input-keyed decrypt-then-eval;
 * php-16 (sessions 19-20): regex captures and sockets as input, request
 * floods, mass defacers, stored code drops, sorts, config exfiltration,
 * and decoders followed past 4,096 characters and 16 layers;
 * php-17 (session 20, train6): mail APIs, SMTP clients and MTAs run per
 * recipient as mass-mail sinks, outside databases as credential channels,
 * ->__invoke()/->call() of callables, __call with a method name from the
 * request, in-memory and temporary streams, framework decrypt and Process;
 * php-18 (train6 second round): extension allow-list guards, name classes keeping '.';
 * php-19 (session 21: train7/train8): the '|' operator parsed, ciphers with the key
 * in the file, wrapper and archive includes, magic __get/__callStatic, session
 * staging, letters and lists decoded by mailers, DNS TXT and picture-metadata
 * payloads, backticks' output;
 * php-20 (session 22: phpmail2, webhigh): callbacks, generators and recursion as
 * list walks, MTA pipe writes by fprintf, decoded network shells written and
 * started, register_globals fragments with a shell tell, autoload from input,
 * payloads kept in a database, extract() overwriting */
#define PHP_ANALYZER_VERSION "php-20"

/* PHP code, as an interpreter would run it: an open tag, and not a file
 * whose type only quotes PHP (Markdown, JavaScript, CSS, JSON...) unless
 * it starts with the tag, or, for a served .js/.css, a PHP block is
 * appended to it (a line-opening tag no template literal closes after). ext: the lower-case
 * extension ("" if none). */
/* Does the buffer start (after blanks and comments) with a PHP statement and
 * no open tag, with more PHP after it (a payload for eval(), a dumped
 * layer)? By content alone. */
bool php_tagless_code(const unsigned char *buf, size_t len);
bool php_is_code(const unsigned char *buf, size_t len, const char *ext);

/* Analyse buf when it is PHP code. False when it is not (res untouched);
 * otherwise res holds the hits and layers (php_result_free). */
bool php_analyze(const unsigned char *buf, size_t len, const char *ext, struct php_result *res);

#endif
