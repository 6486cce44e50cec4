/* The gate in front of the PHP evaluator: one pass over the lexer's tokens
 * that decides whether the code can reach a sink at all. Every finding of
 * the evaluator comes from a sink (code or command execution, a dynamic
 * call, a callback, an include, a write, an upload, mail, a socket, an
 * outbound request, reflection, an embedded interpreter), so a file the
 * gate rejects gives no hit and no decoded layer whatever its data flow:
 * most application files. docs/php-analysis.md, "The gate", argues why it
 * is exact; tests/unit/test_php_gate.c holds one file per sink kind.
 *
 * It looks every called name up once in one sorted table (the pre-check it
 * replaces compared each called name with some eighty words in turn). */
#ifndef HS_PHP_GATE_H
#define HS_PHP_GATE_H

#include "scan/php_lex.h"

#include <stdbool.h>
#include <stddef.h>

/* May the code of lx (a file's top layer, lexed from its own source) give
 * the evaluator anything to report? False only when it provably cannot. */
bool php_gate(const struct php_lex *lx);

/* Is the lower-case name lname (NUL-terminated) a function the evaluator
 * treats as running code or commands when called through a callback or a
 * computed name (dangerous() in php_ev_builtins.c)? Defined by the evaluator, so
 * that the gate follows its table. */
bool php_ev_name_dangerous(const char *lname);

#endif
