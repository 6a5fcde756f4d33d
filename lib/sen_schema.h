/*
 * sen_schema.h: the record kinds of the canonical stream and their
 * columns, and the names exports give those columns.
 */
#ifndef SEN_SCHEMA_H
#define SEN_SCHEMA_H

#include <stddef.h>

enum sen_kind {
	SEN_K_ASSESSMENT,	/* one row per request for assessment */
	SEN_K_BANDING,		/* one row per banded-funding allocation */
	SEN_K_STATEMENT		/* one row per statement or plan */
};

enum sen_type {
	SEN_T_TEXT,		/* kept as written */
	SEN_T_DATE,		/* a date, written YYYY-MM-DD */
	SEN_T_CODE,		/* a word of a vocabulary (sen_codes.h) */
	SEN_T_EXCEPTIONS,	/* a list of exception codes */
	SEN_T_MONEY,		/* pounds, written with two decimals */
	SEN_T_BAND		/* a band of the configured list */
};

struct sen_column {
	const char *name;	/* canonical name */
	enum sen_type type;
	int vocab;		/* for SEN_T_CODE, an enum sen_vocab */
	int required;		/* a value is needed on every row */
	const char *const *aliases;	/* names exports use, NULL-ended */
};

/* Parses a kind's name ("assessment", "banding", "statement").  Returns
 * SEN_OK or SEN_EUNKNOWN. */
int sen_kind_parse(const char *name, enum sen_kind *kind);

/* The columns of kind, in canonical order; their number in *n. */
const struct sen_column *sen_kind_columns(enum sen_kind kind, size_t *n);

/*
 * Finds the canonical column that an export's column name stands for,
 * comparing keys (letters and digits, lower-cased) with the canonical
 * names and their aliases.  Returns its index, or -1 for none.
 */
int sen_column_match(enum sen_kind kind, const char *name);

/* Returns the index of the canonical column called name exactly, or
 * -1. */
int sen_column_index(enum sen_kind kind, const char *name);

/* The name of a kind. */
const char *sen_kind_name(enum sen_kind kind);

/*
 * The pairs of date columns of a kind that must come in order, earlier
 * first, as indexes into its columns; their number in *n.
 */
const int (*sen_kind_order(enum sen_kind kind, size_t *n))[2];

#endif
