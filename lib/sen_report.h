/*
 * sen_report.h: the monitoring report, built from the measures that
 * sen-target writes and rendered as plain text or Markdown.
 */
#ifndef SEN_REPORT_H
#define SEN_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "sen_date.h"
#include "sen_period.h"

/* The columns of a measures row, in order. */
enum {
	SEN_M_PERIOD, SEN_M_BY, SEN_M_GROUP, SEN_M_MEASURE, SEN_M_NUM,
	SEN_M_DEN, SEN_M_VALUE, SEN_M_TARGET, SEN_M_STATUS, SEN_M_NCOLS
};

/* The names of those columns. */
extern const char *const sen_measure_columns[SEN_M_NCOLS];

struct sen_mrow {
	struct sen_period period;
	char *f[SEN_M_NCOLS];
};

enum sen_format { SEN_FMT_TEXT, SEN_FMT_MARKDOWN };

struct sen_report {
	/* set by the caller */
	const char *title;
	const char *org;	/* NULL for none */
	int regime;		/* 2001 or 2014 */
	int limit;		/* weeks */
	sen_day as_of;		/* SEN_NODATE when not given */
	size_t trend;		/* periods in the trend table */

	/* filled in */
	struct sen_mrow *rows;
	size_t n, cap;
	struct sen_period period;	/* the period reported on */
};

/* Sets the defaults: regime 2001, 18 weeks, a trend of 10 periods. */
void sen_report_init(struct sen_report *r);

/*
 * Adds a measures row from its SEN_M_NCOLS fields.  Returns SEN_OK,
 * SEN_ESYNTAX when the period is not a label, or SEN_ENOMEM.
 */
int sen_report_add(struct sen_report *r, const char *const *fields);

/*
 * Chooses the period to report on: label when not NULL (SEN_EUNKNOWN if
 * the stream has no such period); else, with an as-of day, the latest
 * period ending before it; else the latest period.  Returns SEN_OK,
 * SEN_EEMPTY when there is nothing to report on (no period, or none
 * ended before the as-of day), or SEN_EUNKNOWN.
 */
int sen_report_choose(struct sen_report *r, const char *label);

/* Renders the report to fp.  Returns SEN_OK or SEN_EIO. */
int sen_report_render(const struct sen_report *r, enum sen_format fmt,
    FILE *fp);

void sen_report_free(struct sen_report *r);

#endif
