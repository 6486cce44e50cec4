/* The PHP analysis: a chunked uploader, the request's data appended to a
 * part file and the part renamed to a name the request gives (into the
 * site: a script). With a type check in the scope it is an application's
 * upload. Every snippet is written here from the technique, not taken
 * from a sample. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php_expect.h"
#include "scan/php_analyze.h"

static void test_part_renamed(void **state)
{
	(void)state;
	expect("<?php $name = basename($_POST['name']); $idx = (int)$_POST['chunk'];\n"
	       "$tmp = sys_get_temp_dir() . '/' . md5($name) . '.part';\n"
	       "file_put_contents($tmp, base64_decode($_POST['data']), $idx ? FILE_APPEND : 0);\n"
	       "if (!empty($_POST['last'])) { rename($tmp, __DIR__ . '/' . $name); }",
	       "php.input_to_file_write", HS_SEV_HIGH);
}

static void test_checked_upload(void **state)
{
	(void)state;
	/* the extension checked against a list before the rename */
	not_high("<?php $name = basename($_POST['name']);\n"
	         "if (!in_array(strtolower(pathinfo($name, PATHINFO_EXTENSION)), ['jpg', 'png'])) "
	         "exit;\n"
	         "$tmp = sys_get_temp_dir() . '/' . md5($name) . '.part';\n"
	         "file_put_contents($tmp, file_get_contents('php://input'), FILE_APPEND);\n"
	         "rename($tmp, __DIR__ . '/uploads/' . $name);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_part_renamed),
	    cmocka_unit_test(test_checked_upload),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
