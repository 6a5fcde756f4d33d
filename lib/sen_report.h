/*
 * sen_report.h: the monitoring report, built from the measures that
 * sen-target writes, and the model its renderers share: which rows a
 * table shows, how a measure is described, what a figure shows once
 * small counts are suppressed, and its red, amber or green status.
 * sen_report_render() writes plain text or Markdown; sen_html.h and
 * sen_xlsx.h write the other formats from the same model.
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

enum sen_format { SEN_FMT_TEXT, SEN_FMT_MARKDOWN, SEN_FMT_HTML,
	SEN_FMT_XLSX };

/* A figure's status: no target, met (green), missed by no more than the
 * amber margin (amber), missed (red). */
enum sen_rag { SEN_RAG_NONE, SEN_RAG_MET, SEN_RAG_NEAR, SEN_RAG_MISSED };

/* The size of a table cell, and of the buffers below, with its NUL. */
#define SEN_REPORT_CELL 64

/* The most columns a report shows tables by, and measures it shows. */
#define SEN_REPORT_MAXBY 8
#define SEN_REPORT_MAXBENCH 7	/* groups in a benchmark table */
#define SEN_REPORT_MAXMEASURES 16

struct sen_report {
	/* set by the caller */
	const char *title;
	const char *org;	/* NULL for none */
	int regime;		/* 2001 or 2014 */
	int limit;		/* weeks */
	sen_day as_of;		/* SEN_NODATE when not given */
	size_t trend;		/* periods in the trend table */
	long long amber;	/* near-miss margin in tenths of a
				 * percentage point; 0 for none */
	long suppress;		/* counts below it shown as "c"; 0: none */
	const char *bench[SEN_REPORT_MAXBENCH];	/* groups side by side */
	size_t nbench;

	/* filled in */
	struct sen_mrow *rows;
	size_t n, cap;
	struct sen_period period;	/* the period reported on */
};

/* A column of the trend and group tables: its measure and heading. */
struct sen_report_col {
	const char *measure;
	const char *heading;
};

/* The measures of the headline table, in order. */
#define SEN_REPORT_NHEAD 5
extern const char *const sen_report_headline[SEN_REPORT_NHEAD];

/* The figure columns of the trend table, in order; the group tables
 * show the first four. */
#define SEN_REPORT_NTREND 5
extern const struct sen_report_col sen_report_trend_cols[SEN_REPORT_NTREND];

/* Sets the defaults: regime 2001, 18 weeks, a trend of 10 periods, no
 * amber margin, nothing suppressed. */
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

/* Renders the report as text or Markdown to fp.  Returns SEN_OK,
 * SEN_ENOMEM, SEN_EIO, or SEN_EUNKNOWN for another format. */
int sen_report_render(const struct sen_report *r, enum sen_format fmt,
    FILE *fp);

void sen_report_free(struct sen_report *r);

/*
 * The model the renderers share.
 */

/* Finds the row of a measure for a group in period p; NULL if none. */
const struct sen_mrow *sen_report_find(const struct sen_report *r,
    const struct sen_period *p, const char *by, const char *group,
    const char *measure);

/* Returns 1 when the stream holds a measure at all. */
int sen_report_has(const struct sen_report *r, const char *measure);

/* Returns 1 for a measure in pounds. */
int sen_report_is_money(const char *measure);

/* Returns 1 when the measures hold any of the timed assessments' (those
 * of the headline); the headline, trend and their notes are about them
 * only. */
int sen_report_assessments(const struct sen_report *r);

/* Returns 1 for the measures that are percentages. */
int sen_report_is_pct(const char *measure);

/* Describes a measure in words ("Within 18 weeks, exceptions
 * included") into buf (SEN_REPORT_CELL bytes).  Returns buf. */
char *sen_report_describe(const struct sen_report *r, const char *measure,
    char *buf);

/* Writes a target such as ">=90" as "at least 90%" into buf
 * (SEN_REPORT_CELL bytes); "" for no target.  Returns buf. */
char *sen_report_target_words(const char *target, int pct, char *buf);

/* Parses a target such as ">=92.5" into its operator (an enum sen_op)
 * and tenths.  Returns SEN_OK or SEN_ESYNTAX. */
int sen_report_target_parse(const char *target, int *op,
    long long *tenths);

/* The words for a target's operator (an enum sen_op): "at least", ... */
const char *sen_report_op_words(int op);

/* Writes a day as "1 July 2005" into buf of n bytes. */
void sen_report_date(sen_day day, char *buf, size_t n);

/* Returns 1 when a count is to be shown as "c": a number below
 * r->suppress.  An empty field is no count. */
int sen_report_hides(const struct sen_report *r, const char *count);

/* Returns 1 when a row's figure is to be shown as "c": its numerator or
 * denominator is. */
int sen_report_hides_row(const struct sen_report *r,
    const struct sen_mrow *row);

/* Writes what a row's figure shows into buf (SEN_REPORT_CELL bytes):
 * "97.0%", "122", "c", or "-" when there is no row or no value. */
char *sen_report_figure(const struct sen_report *r,
    const struct sen_mrow *row, char *buf);

/* What a count field shows: the field, or "c". */
const char *sen_report_count(const struct sen_report *r, const char *count);

/* Returns the status of a row (an enum sen_rag): sen-target's met or
 * missed, a missed percentage within r->amber of its target, compared
 * exactly, being SEN_RAG_NEAR; SEN_RAG_NONE for no row, no status, or a
 * figure shown as "c". */
int sen_report_rag(const struct sen_report *r, const struct sen_mrow *row);

/* The word for a status: "met", "near miss", "missed", or "". */
const char *sen_report_rag_word(int rag);

/*
 * Collects the periods of the trend table: those of the report's kind
 * up to the one reported on, the latest r->trend of them, in order,
 * into *out (to be freed).  Returns SEN_OK or SEN_ENOMEM.
 */
int sen_report_periods(const struct sen_report *r, struct sen_period **out,
    size_t *n);

/* What a chart plots from a row. */
enum sen_plot { SEN_PLOT_VALUE, SEN_PLOT_TARGET, SEN_PLOT_DEN };

/* Returns the number a chart plots from a row: its value, its target's
 * figure or its denominator; -1 when there is none, or when what it
 * plots is shown as "c" (the figure, or the denominator itself). */
double sen_report_plot(const struct sen_report *r,
    const struct sen_mrow *row, enum sen_plot what);

/* Collects the distinct values of column col, in the order they first
 * appear, "all" left out, at most max of them.  Returns their number. */
size_t sen_report_distinct(const struct sen_report *r, int col,
    const char **out, size_t max);

/* Steps through the groups counted by one column in the period: from
 * *i, returns the next group's requests row, or NULL at the end. */
const struct sen_mrow *sen_report_group(const struct sen_report *r,
    const char *by, size_t *i);

/* Writes note number i (from 0) into buf of n bytes.  Returns 1, or 0
 * when there is no such note. */
int sen_report_note(const struct sen_report *r, size_t i, char *buf,
    size_t n);

/* Writes the line that explains the marks in the trend table ("A figure
 * marked ! missed its target.") into buf of n bytes. */
void sen_report_marks(const struct sen_report *r, char *buf, size_t n);
/* (buf is left empty when no figure has a target.) */

#endif
