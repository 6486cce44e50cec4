/* libFuzzer harness: the web server configs read to map access logs to
 * docroots (logs/webconf.c: Apache DocumentRoot, CustomLog, ServerName,
 * Define, Include globs; nginx server {} blocks, root, access_log,
 * include). Under --root they come from a disk image, and on a shared host
 * the panel writes customers' domain names and paths into them.
 *
 * The input is two files split at a line "--8<--": the main config and an
 * included one. They are written as an Apache tree
 * (ROOT/etc/apache2/apache2.conf, sites-enabled/x.conf) and an nginx tree
 * (ROOT/etc/nginx/nginx.conf, conf.d/x.conf) in a temp root that has a few
 * log files and docroots, and both readers run. Checked: every source
 * found is a logical absolute path with its backend, every vhost a name. */
#include "logs/logs.h"
#include "logs/webconf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static struct hs_ctx ctx;
static char root[64];
static const char sep[] = "\n--8<--\n";

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void put(const char *rel, const void *text, size_t len)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", root, rel);
	FILE *f = fopen(p, "w");
	if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0)
		die(p);
}

static void cleanup(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	if (root[0] && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", root);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	hs_verbosity = -1;
	snprintf(root, sizeof(root), "%s/hs-fuzz-wc.XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(root))
		die("mkdtemp");
	atexit(cleanup);
	char cmd[512];
	snprintf(cmd, sizeof(cmd),
	         "cd '%s' && mkdir -p etc/apache2/sites-enabled etc/nginx/conf.d var/log/apache2 "
	         "var/log/nginx home/alice/public_html srv/a && touch var/log/apache2/access.log "
	         "var/log/apache2/a.log var/log/nginx/access.log var/log/nginx/n1.log",
	         root);
	if (system(cmd) != 0)
		die("setup");
	static const char passwd[] = "root:x:0:0:root:/root:/bin/bash\n"
	                             "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
	                             "alice:x:1001:1001::/home/alice:/bin/bash\n";
	put("etc/passwd", passwd, sizeof(passwd) - 1);
	config_defaults(&ctx.cfg);
	ctx.root = root;
	ctx.accounts = accounts_load(root, &ctx.cfg);
	return 0;
}

static void check(const struct log_sources *s)
{
	for (size_t i = 0; i < s->n; i++)
		if (!s->v[i].path || s->v[i].path[0] != '/' || !s->v[i].be ||
		    (s->v[i].docroot && s->v[i].docroot[0] != '/'))
			abort();
	for (size_t i = 0; i < s->nvh; i++)
		if (!s->vh[i].name)
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *inc = memmem(data, size, sep, sizeof(sep) - 1);
	size_t mlen = inc ? (size_t)(inc - data) : size;
	const uint8_t *ip = inc ? inc + sizeof(sep) - 1 : data + size;
	size_t ilen = (size_t)(data + size - ip);
	put("etc/apache2/apache2.conf", data, mlen);
	put("etc/apache2/sites-enabled/x.conf", ip, ilen);
	put("etc/nginx/nginx.conf", data, mlen);
	put("etc/nginx/conf.d/x.conf", ip, ilen);
	struct log_sources s = {0};
	webconf_apache(&ctx, "/etc/apache2/apache2.conf", &s);
	check(&s);
	log_sources_free(&s);
	memset(&s, 0, sizeof(s));
	webconf_nginx(&ctx, "/etc/nginx/nginx.conf", &s);
	check(&s);
	log_sources_free(&s);
	return 0;
}
