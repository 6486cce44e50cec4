/* Walking attacker-controlled trees as root. Everything is relative to
 * directory descriptors (openat/fstatat), symlinks are never followed,
 * FIFOs, sockets and devices are never opened, mount points are not crossed
 * unless asked, and files that vanish or change mid-walk are counted, not
 * treated as failures. */
#ifndef HS_WALK_H
#define HS_WALK_H

#include "report.h"

#include <stdbool.h>
#include <sys/stat.h>

enum walk_type {
	WALK_FILE,    /* a regular file: walk_open() it if you want its content */
	WALK_SYMLINK, /* target in e->link_target */
	WALK_SPECIAL, /* FIFO, socket, device: reported, never opened */
	WALK_DIR,     /* a directory about to be entered (return false to prune) */
};

struct walk_entry {
	enum walk_type type;
	int dirfd;               /* the directory holding the entry */
	const char *name;        /* name within dirfd */
	const char *path;        /* logical path (as on the inspected system) */
	struct stat st;          /* lstat of the entry */
	int depth;               /* 0 for the walk's top */
	const char *link_target; /* WALK_SYMLINK only */
};

/* A directory by identity: what a path names can change, its inode cannot
 * be faked by a name. */
struct walk_id {
	dev_t dev;
	ino_t ino;
};

struct walk_opts {
	int max_depth;
	bool cross_mounts;
	const struct strlist *excludes; /* fnmatch globs on the logical path */
	struct report *rep;             /* counters and per-entry errors */
	/* Threads listing directories (0 or 1: only the caller's). With more,
	 * the callback is called from several threads at once and must be
	 * thread-safe; the order of entries is then not defined. */
	int threads;
	/* hostsweep's own directories (state, rules, signatures: scan/own.h).
	 * Nothing in them is handed to the callback; their files are counted
	 * in counts.skipped_own. A top inside one (or a file directly in one)
	 * is skipped the same way. */
	const struct walk_id *own;
	size_t nown;
};

/* Return false from a WALK_DIR callback to skip that directory. */
typedef bool (*walk_fn)(void *ud, const struct walk_entry *e);

/* Walk the tree at host_path (shown as logical_path). The top itself is not
 * followed if it is a symlink. Returns 0, or -1 when the top cannot be
 * opened (reported). */
int walk_tree(const char *host_path, const char *logical_path, const struct walk_opts *o,
              walk_fn fn, void *ud);

/* Open a WALK_FILE entry for reading without following links, blocking on
 * a FIFO, or taking a controlling tty, and check it is still the regular
 * file that was listed. Returns the fd, or -1 with errno (ESTALE when it
 * was replaced since it was listed). */
int walk_open(const struct walk_entry *e);

/* Open a directory path from the root of the inspected system without
 * following any symlink on the way (openat2 RESOLVE_NO_SYMLINKS, falling
 * back to O_NOFOLLOW on the last component on kernels without openat2). */
int walk_open_dir_nofollow(const char *host_path);

#endif
