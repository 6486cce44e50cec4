/* hostsweep's own files: the state directory (scan cache, compiled rules,
 * journal, quarantine, locks) and the rule and signature directories. The
 * compiled rules hold every rule's strings and the quarantine holds the
 * webshells it took away, so a walk that reached them would report
 * hostsweep itself. They are recognized by device and inode, never by
 * name, so that a customer's directory called "hostsweep" is scanned. */
#ifndef HS_OWN_H
#define HS_OWN_H

#include "ctx.h"
#include "scan/walk.h"

struct own_dirs {
	struct walk_id *v;
	size_t n;
};

/* Stat the configured directories, both as this machine has them and, with
 * --root, inside the inspected system (a disk image of a server that ran
 * hostsweep has its own). A directory that does not exist is left out; one
 * that others could write to is scanned like any other (with a warning):
 * skipping it would give them a hiding place. `say`: list them with -v. */
void own_dirs_find(const struct hs_ctx *ctx, struct own_dirs *out, bool say);
void own_dirs_free(struct own_dirs *d);

#endif
