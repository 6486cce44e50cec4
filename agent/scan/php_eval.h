/* Abstract interpretation of PHP over the lexer's tokens: a tolerant,
 * bounded recursive-descent parser that evaluates as it parses. Values are
 * abstract: known bytes (or unknown), which request input taints them (and
 * where it came from), and how they were built (folded from literals,
 * decoded, read from a file). It follows assignments, array elements,
 * object properties, constants, function parameters and returns (a user
 * function is evaluated again at each call with its arguments, to a depth
 * bound), and it checks every sink: code execution (eval, assert,
 * create_function, preg_replace /e, include), command execution, callbacks
 * and dynamic calls, file writes, uploads, and mail sent in a loop over a
 * recipient list that came from input or a file. A known string given to
 * eval is analysed again as PHP: a decoded layer.
 *
 * Bounds: tokens per layer, total work (tokens evaluated, bytes copied),
 * bytes decoded, string bytes kept, layers, call depth, expression depth.
 * Reaching one stops the analysis of that file (res->truncated); it never
 * crashes, loops or allocates without bound. */
#ifndef HS_PHP_EVAL_H
#define HS_PHP_EVAL_H

#include "finding.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Packers nest eval(gzinflate(base64_decode(...))) ten to twelve deep (the
 * wrapper repeated around a full shell): at 8 the shell was never reached.
 * Each layer is smaller than the one around it, and the 4 MB bound on the
 * layers handed to YARA/PCRE2 and the work bound still hold. */
#define PHP_MAX_LAYERS 16

struct php_hit {
	const char *rule; /* static: "php.input_to_eval" ... */
	enum hs_severity sev;
	int layer;          /* 0: the file itself; n: the n-th decoded layer */
	uint32_t off;       /* offset of the sink in that layer's text */
	char evidence[160]; /* "source -> path -> sink", or the decoded text */
};

struct php_layer {
	unsigned char *buf; /* decoded code (owned) */
	size_t len;
	int layer;
};

struct php_result {
	struct php_hit *hits;
	size_t nhits;
	struct php_layer *layers; /* decoded layers, for YARA and PCRE2 too */
	size_t nlayers;
	bool truncated; /* a bound was reached: the analysis saw part of the file */
};

struct php_limits {
	size_t max_tokens;  /* per layer */
	size_t max_work;    /* 0: derived from the size */
	size_t max_decoded; /* bytes produced by decoders, all layers together */
	size_t max_strings; /* bytes of known strings kept */
	bool no_gate;       /* interpret even a file php_gate() rejects (its tests) */
};

/* Analyse buf as PHP (starting in HTML mode unless code_mode). Fills res
 * (caller frees with php_result_free). lim NULL: the defaults. */
void php_eval(const unsigned char *buf, size_t len, bool code_mode, const struct php_limits *lim,
              struct php_result *res);
void php_result_free(struct php_result *res);

/* The i-th name of the evaluator's table of built-in functions (NULL past
 * the end): what its gate's tests walk (tests/unit/test_php_gate.c). */
const char *php_ev_builtin_name(size_t i);

#endif
