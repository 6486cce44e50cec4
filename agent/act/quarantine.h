/* Quarantine: move a malicious file out of reach, keeping everything needed
 * to put it back exactly (content, owner, group, mode, timestamps, extended
 * attributes, SHA-256, the finding). Items live in
 * STATE_DIR/quarantine/<action id>/{content,meta.json}; content is root's,
 * mode 000; the directory is 0700. Nothing is ever pruned except by
 * quarantine_purge().
 *
 * Never loses a file: within one filesystem the move is one rename();
 * across filesystems (or for a file with several hard links, which must not
 * be chmod'ed in place) the content is copied, fsync'ed and verified by
 * hash before the original name is unlinked, so a crash at any point leaves
 * the file in its place or in quarantine. The victim is never picked
 * through a symlink: the parent directory is opened without following any
 * link and the name must be the same regular file that was scanned. */
#ifndef HS_QUARANTINE_H
#define HS_QUARANTINE_H

#include "ctx.h"
#include "act/journal.h"

/* Quarantine the file at logical_path (the subject of f). Refuses paths
 * outside docroots and temp dirs unless force, and files whose content no
 * longer matches f->sha256. Returns 0 (with *id set) or -1 with detail. */
int quarantine_file(struct hs_ctx *ctx, struct journal *j, const char *command,
                    const struct finding *f, const char *logical_path, bool force, int64_t *id,
                    char *detail, size_t dlen);

/* Put quarantined item `id` back: content, owner, mode, timestamps, xattrs.
 * Refuses to overwrite a file that is newer than the quarantine time unless
 * force. Returns 0 or -1 with detail. */
int quarantine_restore(struct hs_ctx *ctx, struct journal *j, int64_t id, bool force, char *detail,
                       size_t dlen);

/* Delete the content of items quarantined more than `days` days ago.
 * Returns the number purged, -1 on error. */
int quarantine_purge(struct hs_ctx *ctx, struct journal *j, unsigned days);

/* The item directory of an action id (malloc'd). */
char *quarantine_item_dir(const struct hs_ctx *ctx, int64_t id);

#endif
