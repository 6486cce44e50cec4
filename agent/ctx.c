#include "ctx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *ctx_host_path(const struct hs_ctx *ctx, const char *logical)
{
	if (!ctx->root || !*ctx->root)
		return xstrdup(logical);
	return path_join(ctx->root, logical);
}

const char *ctx_logical_path(const struct hs_ctx *ctx, const char *host)
{
	if (!ctx->root || !*ctx->root)
		return host;
	size_t n = strlen(ctx->root);
	if (strncmp(host, ctx->root, n) == 0 && (host[n] == '/' || host[n] == '\0'))
		return host[n] ? host + n : "/";
	return host;
}

int ctx_exit_status(const struct hs_ctx *ctx)
{
	return report_total_findings(ctx->rep) ? 1 : 0;
}

char *ctx_state_file(const struct hs_ctx *ctx, const char *base, const char *ext)
{
	char name[256];
	if (!ctx->root || !*ctx->root) {
		snprintf(name, sizeof(name), "%s.%s", base, ext);
	} else {
		char *real = realpath(ctx->root, NULL);
		snprintf(name, sizeof(name), "%s-%016llx.%s", base,
		         (unsigned long long)hash_fnv1a(real ? real : ctx->root), ext);
		free(real);
	}
	return path_join(ctx->cfg.state_dir, name);
}
