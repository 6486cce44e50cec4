/* Prometheus textfile writer: see prometheus.h. */
#include "report/prometheus.h"

#include "escape.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PROM_LABEL_MAX 200

void prom_open(struct prom *p)
{
	p->buf = NULL;
	p->len = 0;
	p->f = open_memstream(&p->buf, &p->len);
	if (!p->f) {
		hs_err("out of memory");
		abort();
	}
}

void prom_family(struct prom *p, const char *name, const char *type, const char *help)
{
	fprintf(p->f, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

char *prom_label_escape(const char *raw)
{
	size_t n = strlen(raw);
	if (n > PROM_LABEL_MAX)
		n = PROM_LABEL_MAX;
	char *e = hs_escape_n(raw, n);
	char *out = xmalloc(2 * strlen(e) + 1), *o = out;
	for (const char *s = e; *s; s++) {
		if (*s == '\\' || *s == '"') {
			*o++ = '\\';
			*o++ = *s;
		} else if (*s == '\n') {
			*o++ = '\\';
			*o++ = 'n';
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
	free(e);
	return out;
}

void prom_sample(struct prom *p, const char *name, const char *const *labels, double value)
{
	fputs(name, p->f);
	if (labels && labels[0]) {
		fputc('{', p->f);
		for (size_t i = 0; labels[i] && labels[i + 1]; i += 2) {
			char *v = prom_label_escape(labels[i + 1]);
			fprintf(p->f, "%s%s=\"%s\"", i ? "," : "", labels[i], v);
			free(v);
		}
		fputc('}', p->f);
	}
	if (value != value)
		fputs(" NaN\n", p->f);
	else if (value > -1e15 && value < 1e15 && value == (double)(long long)value)
		fprintf(p->f, " %.0f\n", value);
	else
		fprintf(p->f, " %.6g\n", value);
}

void prom_discard(struct prom *p)
{
	if (p->f)
		fclose(p->f);
	free(p->buf);
	p->f = NULL;
	p->buf = NULL;
}

int prom_commit(struct prom *p, const char *path)
{
	if (fclose(p->f) != 0) {
		p->f = NULL;
		prom_discard(p);
		return -1;
	}
	p->f = NULL;
	/* the temp file: same directory (rename stays atomic), a name the
	 * collector ignores (it reads *.prom only) */
	const char *base = path_basename(path);
	size_t dl = (size_t)(base - path);
	char *tmp = xasprintf("%.*s.%s.tmp.XXXXXX", (int)dl, path, base);
	int fd = mkostemp(tmp, O_CLOEXEC);
	int err = 0;
	if (fd < 0) {
		err = errno;
		goto fail;
	}
	for (size_t off = 0; off < p->len;) {
		ssize_t n = write(fd, p->buf + off, p->len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			err = errno;
			goto fail_unlink;
		}
		off += (size_t)n;
	}
	if (fsync(fd) < 0 || fchmod(fd, 0644) < 0) {
		err = errno;
		goto fail_unlink;
	}
	if (close(fd) < 0) {
		fd = -1;
		err = errno;
		goto fail_unlink;
	}
	fd = -1;
	if (rename(tmp, path) < 0) {
		err = errno;
		goto fail_unlink;
	}
	/* the rename itself durable */
	char *dir = dl ? xstrndup(path, dl) : xstrdup(".");
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(tmp);
	prom_discard(p);
	return 0;
fail_unlink:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
fail:
	free(tmp);
	prom_discard(p);
	errno = err;
	return -1;
}
