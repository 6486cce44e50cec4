#include "ctx.h"

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
