/*
 * sen_xlsx.h: the monitoring report as an Excel workbook (.xlsx),
 * written with libxlsxwriter.
 *
 * The workbook has a Summary sheet (the title, the period and the
 * headline table, then the notes), a sheet for each measure with a row
 * for each period of the trend, and a Chart sheet with a line chart of
 * the shares within the limit against the target.  Counts are stored as
 * whole numbers; percentages as the number shown, 97.0, with the number
 * format 0.0"%", never as the fraction 0.97; a figure suppressed as "c"
 * as that text.  The same report always gives the same bytes: the
 * workbook's creation time is the as-of day, or 1 January 2000, never
 * the clock.
 */
#ifndef SEN_XLSX_H
#define SEN_XLSX_H

#include <time.h>

#include "sen_report.h"

/* The creation time a workbook records: midnight (UTC) of the as-of
 * day, or of 1 January 2000 when there is none. */
time_t sen_xlsx_created(const struct sen_report *r);

/*
 * Writes the report chosen with sen_report_choose() as a workbook named
 * path, which is created or truncated.  Returns SEN_OK; or SEN_ENOMEM or
 * SEN_EIO with *why set to a static phrase saying what failed.
 */
int sen_xlsx_write(const struct sen_report *r, const char *path,
    const char **why);

#endif
