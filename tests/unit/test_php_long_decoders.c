/* The PHP analysis on payloads too long or too deep for its first bounds:
 * a decode-and-eval chain nested past PHP_MAX_LAYERS (packers go 20 to 100
 * deep: php.decode_chain_depth), a substitution table applied a character
 * at a time over more than LOOP_MAX_ITER characters, and a payload
 * decrypted in place byte by byte (`$s[$i] = chr(ord($s[$i]) - 1)`) past
 * 4,096 bytes. Before, only the first layers or the first 4 KB were seen
 * and the shell at the end never was. The snippets are built here from the
 * technique; nothing is taken from a sample. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php_expect.h"
#include "scan/php_analyze.h"

/* filler that pushes the sink past the old bounds: a comment of n bytes */
static char *with_filler(const char *code, size_t n)
{
	char *s = malloc(n + strlen(code) + 8);
	strcpy(s, "/*");
	size_t k = 2;
	for (; k < n; k++)
		s[k] = "lorem ipsum dolor "[k % 18];
	strcpy(s + k, "*/\n");
	strcat(s, code);
	return s;
}

/* "eval(base64_decode('<b64 of inner>'));" */
static char *wrap_b64(const char *inner)
{
	size_t n = strlen(inner);
	char *b = malloc(4 * ((n + 2) / 3) + 1);
	EVP_EncodeBlock((unsigned char *)b, (const unsigned char *)inner, (int)n);
	char *s = malloc(strlen(b) + 40);
	sprintf(s, "eval(base64_decode('%s'));", b);
	free(b);
	return s;
}

static char *chain(const char *payload, int depth)
{
	char *s = strdup(payload);
	for (int i = 0; i < depth; i++) {
		char *w = wrap_b64(s);
		free(s);
		s = w;
	}
	char *f = malloc(strlen(s) + 8);
	sprintf(f, "<?php %s", s);
	free(s);
	return f;
}

static void test_chain_past_the_bound(void **state)
{
	(void)state;
	char *deep = chain("echo 'ok';", 24);
	expect(deep, "php.decode_chain_depth", HS_SEV_HIGH);
	free(deep);
	/* a shallow chain is followed to its end, and is not "too deep" */
	char *shallow = chain("system($_GET['c']);", 5);
	expect(shallow, "php.input_to_command", HS_SEV_CRITICAL);
	assert_null(find("php.decode_chain_depth"));
	free(shallow);
	/* fifteen layers: still inside the bound, the shell is reached */
	char *fifteen = chain("system($_GET['c']);", 15);
	expect(fifteen, "php.input_to_command", HS_SEV_CRITICAL);
	assert_null(find("php.decode_chain_depth"));
	free(fifteen);
}

/* rot13 of the letters, as a PHP array('a' => 'n', ...) and in C */
static void rot13(char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z'))
			*s = (char)('a' + (*s - 'a' + 13) % 26);
		else if (*s >= 'A' && *s <= 'Z')
			*s = (char)('A' + (*s - 'A' + 13) % 26);
}

static void test_substitution_table_over_a_long_payload(void **state)
{
	(void)state;
	char *payload = with_filler("system($_POST[\"x\"]);", 9000);
	rot13(payload);
	char map[26 * 2 * 12 + 16] = "array(";
	for (int c = 0; c < 26; c++) {
		char e[32];
		sprintf(e, "'%c'=>'%c','%c'=>'%c',", 'a' + c, 'a' + (c + 13) % 26, 'A' + c,
		        'A' + (c + 13) % 26);
		strcat(map, e);
	}
	strcat(map, ")");
	char *src = malloc(strlen(payload) + strlen(map) + 400);
	sprintf(src,
	        "<?php function unmap($t, $m) { $o = ''; for ($i = 0; $i < strlen($t); $i++) "
	        "{ $o .= isset($m[$t[$i]]) ? $m[$t[$i]] : $t[$i]; } return $o; }\n"
	        "$tbl = %s;\n$blob = '%s';\neval(unmap($blob, $tbl));",
	        map, payload);
	expect(src, "php.input_to_command", HS_SEV_CRITICAL);
	free(src);
	free(payload);
}

static void test_in_place_decrypt_past_4k(void **state)
{
	(void)state;
	/* no brackets or quotes in the payload: +1 of '[' is a backslash */
	char *payload = with_filler("system(current($_POST));", 7000);
	for (char *p = payload; *p; p++)
		(*p)++;
	char *src = malloc(strlen(payload) + 200);
	sprintf(src,
	        "<?php $s = '%s';\nfor ($i = 0; $i < strlen($s); $i++) { $s[$i] = chr(ord($s[$i]) "
	        "- 1); }\neval($s);",
	        payload);
	expect(src, "php.input_to_command", HS_SEV_CRITICAL);
	free(src);
	free(payload);
}

/* long loops over known data that is not code: nothing */
static void test_look_alikes(void **state)
{
	(void)state;
	char *data = with_filler("", 20000);
	char *src = malloc(strlen(data) + 300);
	sprintf(src,
	        "<?php $d = '%s';\n$h = 0; for ($i = 0; $i < strlen($d); $i++) { $h = ($h * 31 + "
	        "ord($d[$i])) %% 65521; }\necho $h;",
	        data);
	quiet(src);
	/* a table lookup over a long text, echoed */
	sprintf(src,
	        "<?php $d = '%s';\n$m = array('a' => 'A'); $o = '';\n"
	        "for ($i = 0; $i < strlen($d); $i++) { $o .= isset($m[$d[$i]]) ? $m[$d[$i]] : "
	        "$d[$i]; }\necho htmlspecialchars($o);",
	        data);
	quiet(src);
	free(src);
	free(data);
	/* a copy taken before the first write keeps the original bytes */
	expect("<?php $s = 'xystem'; $t = $s; $s[0] = 's'; $s($_GET['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	not_high("<?php $s = 'xystem'; $t = $s; $s[0] = 's'; $t($_GET['c']);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_chain_past_the_bound),
	    cmocka_unit_test(test_substitution_table_over_a_long_payload),
	    cmocka_unit_test(test_in_place_decrypt_past_4k),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
