/* Which access log belongs to which docroot, from the web server's own
 * configuration (read as text, never run): Apache's DocumentRoot, CustomLog
 * / TransferLog, ServerName / ServerAlias per <VirtualHost>, following
 * Include and IncludeOptional globs; nginx's root, access_log and
 * server_name per server {} block, following include. Paths are logical
 * (under --root). Bounded: include depth, files, line length. */
#ifndef HS_LOGS_WEBCONF_H
#define HS_LOGS_WEBCONF_H

#include "logs/logs.h"

/* Read the Apache config rooted at main_conf (logical path) and add every
 * access log with its docroot, and every vhost. Returns the logs added. */
size_t webconf_apache(struct hs_ctx *ctx, const char *main_conf, struct log_sources *out);
size_t webconf_nginx(struct hs_ctx *ctx, const char *main_conf, struct log_sources *out);
/* The hosting account of a docroot (home directory, else owner). */
char *webconf_account(struct hs_ctx *ctx, const char *docroot);

#endif
