/*
 * sen_period.h: reporting periods and their labels.
 *
 *   kind     label          covers
 *   year     2005           1 January to 31 December 2005
 *   half     2005-H2        July to December 2005
 *   quarter  2005-Q3        July to September 2005
 *   month    2005-07        July 2005
 *   fy       FY2005-06      1 April 2005 to 31 March 2006
 *   fy-half  FY2005-06-H1   April to September 2005 (H2: October to March)
 *   ay       AY2005-06      1 September 2005 to 31 August 2006
 */
#ifndef SEN_PERIOD_H
#define SEN_PERIOD_H

#include <stddef.h>

#include "sen_date.h"

enum sen_per {
	SEN_PER_YEAR,
	SEN_PER_HALF,
	SEN_PER_QUARTER,
	SEN_PER_MONTH,
	SEN_PER_FY,
	SEN_PER_FY_HALF,
	SEN_PER_AY
};

/*
 * A period: its kind, the year it starts in, and its number within that
 * kind's year (half 1-2, quarter 1-4, month 1-12, fy-half 1-2; 1 for
 * year, fy and ay).
 */
struct sen_period {
	enum sen_per kind;
	int year;
	int index;
};

/* Longest label plus its NUL ("FY2005-06-H1"). */
#define SEN_PERIOD_LABEL 16

/* Parses a kind's name (year, half, quarter, month, fy, fy-half, ay)
 * into *kind.  Returns SEN_OK or SEN_EUNKNOWN. */
int sen_per_parse(const char *name, enum sen_per *kind);

/* Returns the name of kind, as sen_per_parse() accepts it. */
const char *sen_per_name(enum sen_per kind);

/* Returns the period of the given kind that holds day. */
struct sen_period sen_period_of(enum sen_per kind, sen_day day);

/* Parses a label of any kind (table above) into *p.  Returns SEN_OK,
 * or SEN_ESYNTAX when the label has no accepted form. */
int sen_period_parse(const char *label, struct sen_period *p);

/* Writes p's label and a NUL into buf (SEN_PERIOD_LABEL bytes).
 * Returns buf. */
char *sen_period_format(const struct sen_period *p, char *buf);

/* First and last day of p. */
sen_day sen_period_first(const struct sen_period *p);
sen_day sen_period_last(const struct sen_period *p);

/* The period of the same kind that follows p, and the one before it. */
struct sen_period sen_period_next(const struct sen_period *p);
struct sen_period sen_period_prev(const struct sen_period *p);

/* Orders periods by first day, then by last day.  Returns <0, 0, >0. */
int sen_period_cmp(const struct sen_period *a, const struct sen_period *b);

/* Returns 1 when every day of inner lies within outer, else 0. */
int sen_period_within(const struct sen_period *inner,
    const struct sen_period *outer);

/* Returns the number of whole periods of kind that lie between from and
 * to, both days included; 0 when none fits. */
int sen_period_count(enum sen_per kind, sen_day from, sen_day to);

#endif
