/* respond's provenance section (respond_prov.c), kept out of cmd_respond.c:
 * for one incident, the account's logins and source addresses, the same
 * addresses' logins to other accounts (lateral spread), and a timeline
 * upload -> first request -> queue growth -> cron entry -> process. */
#ifndef HS_CMD_RESPOND_PROV_H
#define HS_CMD_RESPOND_PROV_H

#include "logs/prov.h"

/* {"logins", "clients", "lateral", "uploads", "timeline"} for the JSON
 * incident; mine[0..n) are the incident's findings. ix may be NULL (logs
 * disabled): then an object with empty lists. */
json_t *respond_prov_json(struct hs_ctx *ctx, const struct prov_index *ix, const char *account,
                          struct finding *const *mine, size_t n);
/* The same as text lines (already escaped) for the text incident. */
void respond_prov_text(json_t *prov, struct strlist *lines);

#endif
