/* Logins from the fleet's attacker addresses: the addresses imported from
 * [scan] ioc_dirs (scan/iocs.h) against the logins of the provenance index
 * (FTP/SFTP/SSH logins and uploads). One `login` finding per user, protocol
 * and address: high when the address got in (a login or an upload), low
 * when it only failed. */
#ifndef HS_LOGS_IOC_LOGINS_H
#define HS_LOGS_IOC_LOGINS_H

#include "logs/prov.h"

/* Returns the findings made; the counts go to the summary ("iocs"). */
size_t ioc_logins_report(struct hs_ctx *ctx, const struct prov_index *ix);

#endif
