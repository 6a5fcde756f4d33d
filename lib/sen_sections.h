/*
 * sen_sections.h: the report's further tables, built from whatever the
 * measures hold: banded funding, statements, school profiles and
 * benchmarks.  Each is a plain table of text cells that every format
 * renders in its own way.
 */
#ifndef SEN_SECTIONS_H
#define SEN_SECTIONS_H

#include <stddef.h>

#include "sen_report.h"

#define SEN_TABLE_COLS 8

/* A row of a table's cells. */
typedef char sen_row[SEN_TABLE_COLS][SEN_REPORT_CELL];

/* Appends a row of empty cells to *rows, of which *n are used and *cap
 * allocated.  Returns the row's cells, or NULL when out of memory. */
char (*sen_rows_add(sen_row **rows, size_t *n, size_t *cap))
    [SEN_REPORT_CELL];

struct sen_table {
	char title[128];	/* a heading */
	char note[256];		/* a sentence under it, may be empty */
	size_t ncols, nrows, cap;
	char head[SEN_TABLE_COLS][SEN_REPORT_CELL];
	int right[SEN_TABLE_COLS];	/* figures, aligned right */
	sen_row *cell;
};

/*
 * Builds the tables the measures call for, in this order: banded funding
 * (when they hold banded_cases), statements (statements_maintained),
 * school profiles (any measure counted by school) and, when r->bench
 * names groups, a benchmark table per measure those groups have.  Stores
 * an array in *out and its length in *n; free with sen_tables_free().
 * Returns SEN_OK or SEN_ENOMEM.
 */
int sen_tables_build(const struct sen_report *r, struct sen_table **out,
    size_t *n);

void sen_tables_free(struct sen_table *t, size_t n);

#endif
