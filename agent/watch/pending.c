/* The per-file debounce table: a file is scanned once its events have
 * paused for `debounce` seconds (an upload written in many chunks, or
 * created, written and renamed, is scanned once), but never later than
 * `max_delay` after its first event. A hash table of at most `cap` paths
 * plus a list in order of the last event: with one debounce for all, that
 * is (nearly) the order in which they fall due. */
#include "watch/watch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pent {
	char *path;
	bool dir;
	pid_t pid;
	char comm[16];
	double first, wall, due;
	struct pent *hnext;       /* hash chain */
	struct pent *prev, *next; /* due order */
};

struct pending {
	struct pent **buckets;
	size_t nbuckets, n, cap;
	struct pent *head, *tail;
};

struct pending *pending_new(size_t cap)
{
	struct pending *p = xcalloc(1, sizeof(*p));
	p->cap = cap ? cap : 1;
	p->nbuckets = 64;
	while (p->nbuckets < p->cap && p->nbuckets < (1u << 22))
		p->nbuckets <<= 1;
	p->buckets = xcalloc(p->nbuckets, sizeof(*p->buckets));
	return p;
}

void pending_free(struct pending *p)
{
	if (!p)
		return;
	for (struct pent *e = p->head, *nx; e; e = nx) {
		nx = e->next;
		free(e->path);
		free(e);
	}
	free(p->buckets);
	free(p);
}

static void unlink_order(struct pending *p, struct pent *e)
{
	if (e->prev)
		e->prev->next = e->next;
	else
		p->head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		p->tail = e->prev;
	e->prev = e->next = NULL;
}

static void append_order(struct pending *p, struct pent *e)
{
	e->prev = p->tail;
	e->next = NULL;
	if (p->tail)
		p->tail->next = e;
	else
		p->head = e;
	p->tail = e;
}

bool pending_add(struct pending *p, const char *path, bool dir, pid_t pid, const char *comm,
                 double now, double wall, double debounce, double max_delay)
{
	size_t b = hash_fnv1a(path) & (p->nbuckets - 1);
	for (struct pent *e = p->buckets[b]; e; e = e->hnext) {
		if (strcmp(e->path, path))
			continue;
		double due = now + debounce;
		if (due > e->first + max_delay)
			due = e->first + max_delay;
		if (due > e->due)
			e->due = due;
		e->dir |= dir;
		if (pid) {
			e->pid = pid;
			snprintf(e->comm, sizeof(e->comm), "%s", comm ? comm : "");
		}
		unlink_order(p, e);
		append_order(p, e);
		return true;
	}
	if (p->n >= p->cap)
		return false;
	struct pent *e = xcalloc(1, sizeof(*e));
	e->path = xstrdup(path);
	e->dir = dir;
	e->pid = pid;
	snprintf(e->comm, sizeof(e->comm), "%s", comm ? comm : "");
	e->first = now;
	e->wall = wall;
	e->due = now + (debounce < max_delay ? debounce : max_delay);
	e->hnext = p->buckets[b];
	p->buckets[b] = e;
	append_order(p, e);
	p->n++;
	return true;
}

static void unhash(struct pending *p, struct pent *e)
{
	size_t b = hash_fnv1a(e->path) & (p->nbuckets - 1);
	for (struct pent **pp = &p->buckets[b]; *pp; pp = &(*pp)->hnext)
		if (*pp == e) {
			*pp = e->hnext;
			return;
		}
}

size_t pending_take_due(struct pending *p, double now, struct pending_item *out, size_t max)
{
	size_t k = 0;
	/* Mostly in due order; an item whose due time was capped by max_delay
	 * may sit behind later ones: look a little past the first not due. */
	struct pent *e = p->head;
	int lookahead = 64;
	while (e && k < max && lookahead > 0) {
		struct pent *nx = e->next;
		if (e->due <= now) {
			out[k] = (struct pending_item){.path = e->path,
			                               .dir = e->dir,
			                               .pid = e->pid,
			                               .first = e->first,
			                               .wall = e->wall};
			memcpy(out[k].comm, e->comm, sizeof(out[k].comm));
			k++;
			unhash(p, e);
			unlink_order(p, e);
			free(e);
			p->n--;
		} else {
			lookahead--;
		}
		e = nx;
	}
	return k;
}

double pending_next_due(const struct pending *p)
{
	double best = -1;
	int look = 64;
	for (const struct pent *e = p->head; e && look-- > 0; e = e->next)
		if (best < 0 || e->due < best)
			best = e->due;
	return best;
}

size_t pending_count(const struct pending *p)
{
	return p->n;
}

bool pending_oldest(const struct pending *p, double *mono, double *wall)
{
	if (!p->head)
		return false;
	/* the list is in order of the last event; the first event of the
	 * oldest waiting file is near the head */
	const struct pent *best = p->head;
	int look = 64;
	for (const struct pent *e = p->head; e && look-- > 0; e = e->next)
		if (e->first < best->first)
			best = e;
	*mono = best->first;
	*wall = best->wall;
	return true;
}
