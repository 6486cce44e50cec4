/* Network input to command in scripts that are not PHP (Python, Perl,
 * Ruby, Node): a small, bounded taint analysis over tokens. Bytes read
 * from a network peer (a socket read, an HTTP response, a websocket or
 * event-emitter message, a chat bot's message text, a DNS TXT answer, a
 * web request's parameters) are followed through assignments, string
 * building, regex captures, loops, callbacks and one level of function
 * parameters to a command sink (system/exec/popen/subprocess/
 * child_process/backticks) or a code sink (eval/exec/new Function/vm).
 * The language is judged by content alone (shebang, then syntax), so the
 * verdict is a function of the bytes (the scan memo relies on it).
 * docs/script-flow.md. */
#ifndef HS_SCRIPT_FLOW_H
#define HS_SCRIPT_FLOW_H

#include <stdbool.h>
#include <stddef.h>

/* Bump when what is found changes: part of the engine digest (the key of
 * the scan cache). */
#define SCRIPT_FLOW_VERSION "script-flow-2"

#define SF_MAX_HITS 4

struct sf_hit {
	bool code;      /* a code sink (eval ...), else a command sink */
	char path[192]; /* "s.recv() -> cmd -> os.popen()" */
};

struct sf_result {
	const char *lang; /* "python", "perl", "ruby", "node"; NULL: not analysed */
	struct sf_hit hits[SF_MAX_HITS];
	int nhits;
	bool critical;  /* the file also hides itself or persists */
	bool truncated; /* the token cap was reached */
};

/* The cheap gate: false when buf names no sink at all (memmem). */
bool script_flow_gate(const unsigned char *buf, size_t len);

/* The language judged from the content ("python" ...), or NULL. */
const char *script_flow_lang(const unsigned char *buf, size_t len);

/* Analyse buf (any bytes; never read past len). hint: the language
 * ("python" ...) when the content does not tell (a decoded layer of a
 * file in that language), or NULL. Returns the number of hits. */
int script_flow_analyze(const unsigned char *buf, size_t len, const char *hint,
                        struct sf_result *r);

#endif
