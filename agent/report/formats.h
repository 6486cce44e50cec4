/* The output formats of the report: text for people, JSON lines for
 * machines. main.c picks one and hands it to report_new(). */
#ifndef HS_REPORT_FORMATS_H
#define HS_REPORT_FORMATS_H

#include "report.h"

struct reporter *reporter_text_new(void);
struct reporter *reporter_json_new(void);
/* Text printed finding by finding as they come, for long-running commands. */
struct reporter *reporter_text_stream_new(void);

#endif
