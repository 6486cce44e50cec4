/* libFuzzer harness: the passwd file of the inspected system (accounts.c:
 * fgetpwent over ROOT/etc/passwd, web/MTA/hosting classification, path ->
 * account by home and docroot). A --root image's passwd is whatever the
 * image holds. The input is the whole file, kept in a memfd that
 * ROOT/etc/passwd links to (no file system writes per run); each user's
 * name, home and uid are then looked up again, and a few paths under the
 * homes resolved, so every query reads what the parser kept. */
#include "accounts.h"
#include "config.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static int mfd = -1;
static char root[64];
static struct hs_config cfg;

/* The fuzzer ends with exit() (a run count, -max_total_time, a crash
 * report): take the temp root away then, so that runs leave nothing in /tmp. */
static void remove_root(void)
{
	char *etc = path_join(root, "etc");
	char *pw = path_join(etc, "passwd");
	unlink(pw);
	rmdir(etc);
	rmdir(root);
	free(pw);
	free(etc);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	hs_verbosity = -1;
	mfd = memfd_create("hs-fuzz-passwd", MFD_CLOEXEC);
	char tmpl[] = "/tmp/hs-fuzz-accounts.XXXXXX";
	if (mfd < 0 || !mkdtemp(tmpl)) {
		perror("hs-fuzz-accounts");
		exit(1);
	}
	snprintf(root, sizeof(root), "%s", tmpl);
	char *etc = path_join(root, "etc");
	char *pw = path_join(etc, "passwd");
	char target[64];
	snprintf(target, sizeof(target), "/proc/self/fd/%d", mfd);
	if (mkdir(etc, 0700) < 0 || symlink(target, pw) < 0) {
		perror("hs-fuzz-accounts: etc/passwd");
		exit(1);
	}
	free(etc);
	free(pw);
	atexit(remove_root);
	config_defaults(&cfg);
	strlist_add(&cfg.web_users, "www-data");
	strlist_add(&cfg.mta_users, "postfix");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (ftruncate(mfd, 0) < 0 || pwrite(mfd, data, size, 0) != (ssize_t)size)
		return 0;
	struct accounts *a = accounts_load(root, &cfg);
	size_t n = accounts_hosting_count(a);
	for (size_t i = 0; i < n && i < 64; i++) {
		const char *name = accounts_hosting_name(a, i);
		if (!name)
			abort(); /* the count and the names must agree */
		uid_t uid;
		if (!accounts_uid_of(a, name, &uid))
			abort();
		(void)accounts_user_name(a, uid);
		(void)accounts_is_web_user(a, uid);
		(void)accounts_is_mta_user(a, uid);
		const char *home = accounts_home_of(a, name);
		if (!home)
			abort();
		char *p = path_join(home, "public_html/index.php");
		(void)accounts_for_path(a, p);
		free(p);
		(void)accounts_for_path(a, home);
	}
	if (accounts_hosting_name(a, n))
		abort(); /* past the end */
	(void)accounts_for_path(a, "/");
	(void)accounts_for_path(a, "/home/x/public_html/a.php");
	(void)accounts_docroot_of(a, "/var/www/html/a.php");
	accounts_free(a);
	return 0;
}
