/* The PCRE2 pattern gate (scan/pattern_gate.h): a pattern is skipped when
 * none of the literals derived from its regex occurs, so the derived set
 * must be in every match. Checked three ways: the sets derived for regexes
 * with optional parts, alternations, case-insensitive options, escapes,
 * classes and lookarounds (and the syntax that must fall back to "always
 * run"); a property test over random subjects (every subject PCRE2 matches
 * must hold a literal), for those regexes and every shipped pattern; and
 * the generated YARA rules, compiled and matched against the same subjects,
 * must say what gate_req_admits says. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/pattern_gate.h"
#include "scan/patterns.h"

#include <yara.h>

/* The derived set as "a|b|c" in derivation order ("/i" after a nocase
 * literal), or NULL when nothing was derived. */
static char *derived(const char *re)
{
	struct gate_req r;
	if (!pattern_gate_derive(re, &r)) {
		assert_int_equal(r.n, 0);
		return NULL;
	}
	static char out[4096];
	out[0] = '\0';
	for (size_t i = 0; i < r.n; i++) {
		if (i)
			strcat(out, "|");
		strncat(out, r.v[i].s, r.v[i].n);
		if (r.v[i].nocase)
			strcat(out, "/i");
	}
	gate_req_free(&r);
	return out;
}

static void expect(const char *re, const char *want)
{
	char *got = derived(re);
	if (!want) {
		if (got)
			fail_msg("%s: expected no literals, derived %s", re, got);
		return;
	}
	if (!got)
		fail_msg("%s: expected %s, derived nothing", re, want);
	if (strcmp(got, want))
		fail_msg("%s: expected %s, derived %s", re, want, got);
}

static void test_derive(void **state)
{
	(void)state;
	expect("eval\\s*\\(", "eval");
	expect("\\b(?:eval|assert)\\s{0,4}\\(", "eval|assert");
	/* optional parts break the literal; the longest part that must be there stays */
	expect("ab?cdef", "cdef");
	expect("(?:abc)?defg", "defg");
	expect("(?:abc|)xyz1", "abcxyz1|xyz1");
	expect("(?:abc){0,3}", NULL);
	expect("(?:abcd)+", "abcd");
	expect("(?:abcd){2,5}x", "abcd");
	expect("x{2}yz", NULL); /* only short pieces */
	expect("\\d+abc", "abc");
	expect("abc|.*", NULL); /* one branch needs nothing */
	expect("abc|de", NULL); /* a branch shorter than the minimum */
	expect("(?:abc|def)ghi|jklm", "abcghi|defghi|jklm");
	/* case-insensitive options widen, and never narrow */
	expect("(?i)EvAl\\(", "eval(/i");
	expect("->(?i:Send)\\(", "->send(/i");
	expect("(?i:abc)(?-i)defg", "abcdefg/i");
	expect("a(?i)bcd|xyz", "abcd/i|xyz/i"); /* PCRE2 carries (?i) into later branches */
	expect("(?i:x)(?:yyy|zzz)", "xyyy/i|xzzz/i");
	expect("[aA]bcd", "abcd|Abcd");
	expect("(?i)[ab]cde", "acde/i|bcde/i");
	/* escapes */
	expect("\\x41\\x42\\x43", "ABC");
	expect("a\\.b\\/c", "a.b/c");
	expect("\\nfoo\\t", "\nfoo\t");
	expect("\\$_(?:GET|POST)\\[", "$_GET[|$_POST[");
	expect("a\\Kbcd", "abcd");
	/* zero-width items join the text around them */
	expect("f(?<!\\wf)oreach", "foreach");
	expect("(?=abc)def", "def");
	expect("^abc$", "abc");
	expect("\\babc\\b", "abc");
	expect("(?#note)abcd", "abcd");
	/* groups */
	expect("(?<name>abc)d", "abcd");
	expect("(?P<n>abc)d", "abcd");
	expect("(?'n'abc)d", "abcd");
	expect("(?|abc|def)", "abc|def");
	expect("(?>abc)d", "abcd");
	expect("(x)abcd\\1", "xabcd");
	expect("(\\w+)=\\1abc", "abc");
	/* classes */
	expect("[^a]bcd", "bcd");
	expect("[a-z]bcd", "bcd");
	expect("[\\]]bcd", "]bcd");
	expect("[]]bcd", "]bcd");
	expect("[[:alpha:]]bcd", "bcd");
	/* what the deriver does not know: always run */
	expect("\\Qabc\\E", NULL);
	expect("(?x) a b c d", NULL);
	expect("(*UTF)abcd", NULL);
	expect("\\p{L}abcd", NULL);
	expect("a{,3}bcd", NULL);
	expect("(?(1)abc|def)", NULL);
	expect("(?1)abcd", NULL);
	expect("\\x{41}bcd", NULL);
	expect("\\0abcd", NULL);
	expect("\\gabcd", NULL);
	expect("abc\\", NULL);
	expect("(abc", NULL);
	expect("abc)", NULL);
	expect("[abc", NULL);
	expect("caf\xc3\xa9", NULL);
}

/* The tricky regexes of test_derive that compile, and the shipped ones. */
static const char *const tricky[] = {
    "ab?cdef",           "(?:abc|)xyz1",
    "(?:abc){2,5}",      "(?:abc|def)ghi|jklm",
    "(?i)EvAl\\(",       "->(?i:Send)\\(",
    "(?i:abc)(?-i)defg", "a(?i)bcd|xyz",
    "(?i:x)(?:yyy|zzz)", "[aA]bcd",
    "(?i)[ab]cde",       "\\$_(?:GET|POST)\\[",
    "f(?<!\\wf)oreach",  "(?=de)defg",
    "a\\Kbcd",           "(x)bcd\\1",
    "(\\w+)=\\1abc",     "\\b(?:eval|assert)\\s{0,4}\\(\\s{0,4}\\$_(?:GET|POST)",
};

static const char *const tokens[] = {
    "a",      "b",    "c",       "d",      "e",     "f",     "x",      "y",      "z",
    "A",      "B",    "X",       "Y",      "Z",     "abc",   "ABC",    "def",    "ghi",
    "jklm",   "xyz1", "yyy",     "zzz",    "ZZZ",   "XyYy",  "bcd",    "BCD",    "cde",
    "oreach", "fo",   "foreach", "eval",   "EvAl",  "EVAL",  "assert", "system", "SYSTEM",
    "(",      ")",    "[",       "]",      ";",     "=",     " ",      "\n",     "\t",
    "$",      "$a",   "$_GET",   "$_POST", "$_get", "->",    "send",   "SEND",   "Send",
    "'x'",    "\"",   ".",       ",",      "\\",    "/tmp/", "mail",   "@",      "1",
};

static unsigned long rng = 12345;
static unsigned next_rand(void)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(rng >> 33);
}

static int yara_hits(YR_SCAN_CONTEXT *ctx, int msg, void *data, void *ud)
{
	(void)ctx;
	if (msg == CALLBACK_MSG_RULE_MATCHING) {
		const YR_RULE *rule = data;
		size_t i;
		if (pattern_gate_rule(rule->ns->name, rule->identifier, &i))
			((unsigned char *)ud)[i] = 1;
	}
	return CALLBACK_CONTINUE;
}

static int compile_msgs;
static void compile_cb(int level, const char *file, int line, const YR_RULE *rule, const char *msg,
                       void *ud)
{
	(void)level, (void)file, (void)line, (void)rule, (void)ud;
	fprintf(stderr, "gate rules: %s\n", msg);
	compile_msgs++;
}

/* Every subject a regex matches holds one of its literals; YARA's gate
 * rule matches exactly when gate_req_admits says so. */
static void check_set(const char *const *res, size_t n, int rounds, size_t *matched)
{
	pcre2_code **code = calloc(n, sizeof(*code));
	struct gate_req *req = calloc(n, sizeof(*req));
	bool *gated = calloc(n, sizeof(*gated));
	for (size_t i = 0; i < n; i++) {
		int err;
		PCRE2_SIZE off;
		code[i] =
		    pcre2_compile((PCRE2_SPTR)res[i], PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
		assert_non_null(code[i]);
		pattern_gate_derive(res[i], &req[i]);
	}
	char *src = pattern_gate_source(res, n, gated);
	assert_non_null(src);
	YR_COMPILER *c = NULL;
	assert_int_equal(yr_compiler_create(&c), ERROR_SUCCESS);
	compile_msgs = 0;
	yr_compiler_set_callback(c, compile_cb, NULL);
	assert_int_equal(yr_compiler_add_string(c, src, PATTERN_GATE_NS), 0);
	assert_int_equal(compile_msgs, 0); /* no error, and no "slowing down scanning" */
	YR_RULES *rules = NULL;
	assert_int_equal(yr_compiler_get_rules(c, &rules), ERROR_SUCCESS);
	yr_compiler_destroy(c);
	pcre2_match_data *md = pcre2_match_data_create(4, NULL);
	unsigned char *hit = calloc(n, 1);
	char subj[2048];
	for (int r = 0; r < rounds; r++) {
		size_t len = 0;
		int nt = 1 + (int)(next_rand() % 40);
		for (int t = 0; t < nt; t++) {
			const char *tok = tokens[next_rand() % HS_ARRAY_LEN(tokens)];
			size_t tl = strlen(tok);
			memcpy(subj + len, tok, tl);
			len += tl;
		}
		memset(hit, 0, n);
		assert_int_equal(yr_rules_scan_mem(rules, (const uint8_t *)subj, len,
		                                   SCAN_FLAGS_FAST_MODE, yara_hits, hit, 0),
		                 ERROR_SUCCESS);
		for (size_t i = 0; i < n; i++) {
			bool admits = gate_req_admits(&req[i], (const unsigned char *)subj, len);
			assert_int_equal(gated[i], req[i].n > 0);
			if (gated[i] && (hit[i] != 0) != admits)
				fail_msg("%s: YARA says %d, the literals %d on \"%.*s\"", res[i],
				         hit[i], admits, (int)len, subj);
			if (pcre2_match(code[i], (PCRE2_SPTR)subj, len, 0, 0, md, NULL) >= 0) {
				matched[i]++;
				if (!admits || (gated[i] && !hit[i]))
					fail_msg("%s matches \"%.*s\", which the gate rejects",
					         res[i], (int)len, subj);
			}
		}
	}
	free(hit);
	pcre2_match_data_free(md);
	yr_rules_destroy(rules);
	free(src);
	for (size_t i = 0; i < n; i++) {
		pcre2_code_free(code[i]);
		gate_req_free(&req[i]);
	}
	free(code);
	free(req);
	free(gated);
}

static void test_random_subjects(void **state)
{
	(void)state;
	size_t n = HS_ARRAY_LEN(tricky);
	size_t matched[HS_ARRAY_LEN(tricky)] = {0};
	check_set(tricky, n, 200000, matched);
	/* the test must exercise each regex: each matched some subjects */
	for (size_t i = 0; i < n; i++)
		if (!matched[i])
			fail_msg("%s matched none of the random subjects", tricky[i]);
}

/* The shipped patterns: gated as expected and sound on random subjects. */
static void test_shipped(void **state)
{
	(void)state;
	struct patterns *p = patterns_load("signatures");
	assert_non_null(p);
	assert_true(p->n > 10);
	assert_non_null(p->gate_src);
	const char **res = calloc(p->n, sizeof(*res));
	size_t ngated = 0;
	for (size_t i = 0; i < p->n; i++) {
		res[i] = p->v[i].src;
		ngated += p->v[i].gated;
	}
	assert_true(ngated > p->n / 2);
	size_t *matched = calloc(p->n, sizeof(*matched));
	check_set(res, p->n, 20000, matched);
	free(matched);
	free(res);
	patterns_free(p);
}

/* patterns_scan skips a gated pattern only when told its literals are absent. */
static void test_scan_skips(void **state)
{
	(void)state;
	struct patterns *p = patterns_load("signatures");
	assert_non_null(p);
	struct pattern_matcher m;
	pattern_matcher_init(&m);
	const char *src = "<?php\n$q = $_GET['c'];\n$z = 1;\neval($q);\n";
	size_t i;
	for (i = 0; i < p->n; i++)
		if (!strcmp(p->v[i].id, "pcre.php_request_var_exec"))
			break;
	assert_true(i < p->n);
	assert_true(p->v[i].gated);
	unsigned char *gate = calloc(p->n, 1);
	struct finding *f = finding_new("file");
	patterns_scan(p, &m, (const unsigned char *)src, strlen(src), true, NULL, f);
	assert_true(f->rules.n > 0); /* no gate: it runs */
	finding_free(f);
	f = finding_new("file");
	gate[i] = 1;
	patterns_scan(p, &m, (const unsigned char *)src, strlen(src), true, gate, f);
	assert_true(f->rules.n > 0); /* its rule matched: it runs */
	finding_free(f);
	f = finding_new("file");
	memset(gate, 0, p->n);
	patterns_scan(p, &m, (const unsigned char *)src, strlen(src), true, gate, f);
	assert_int_equal(f->rules.n, 0); /* no literal: skipped */
	finding_free(f);
	free(gate);
	pattern_matcher_free(&m);
	patterns_free(p);
}

int main(void)
{
	if (yr_initialize() != ERROR_SUCCESS)
		return 1;
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_derive),
	    cmocka_unit_test(test_random_subjects),
	    cmocka_unit_test(test_shipped),
	    cmocka_unit_test(test_scan_skips),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	yr_finalize();
	return rc;
}
