/*
 * sen_stock.h: what is held over time: banded-funding allocations and
 * statements.
 *
 * Unlike requests, which are counted in the period they happen, these
 * are counted by whether they run through a period (an allocation) or
 * are in force at its end (a statement).  The items are kept, a few
 * dozen bytes each, and figured for each period and group at the end.
 */
#ifndef SEN_STOCK_H
#define SEN_STOCK_H

#include <stddef.h>

#include "sen_date.h"
#include "sen_period.h"

struct sen_item {
	sen_day start;
	sen_day end;		/* allocation's end, statement's ceasing;
				 * SEN_NODATE when none */
	sen_day review;		/* last annual review, or SEN_NODATE */
	int rank;		/* year group (sen_year_rank), -1 unknown */
	long long pence;	/* annual amount of an allocation */
	int cancelled;		/* an allocation that never ran */
};

/* The highest year group banded funding may reach, year by year. */
struct sen_policy {
	int year[64];
	int rank[64];
	size_t n;
};

/* Figures for allocations in a period. */
struct sen_band_fig {
	long long cases;	/* allocations running in the period */
	long long pence;	/* their amounts, pro rata */
	long long next_pence;	/* recorded for the next period */
	long long beyond;	/* cases above the policy's year group */
	int policy;		/* a policy applies to the period */
};

/* Figures for statements in a period. */
struct sen_stmt_fig {
	long long maintained;	/* in force at the period's end */
	long long ceased;	/* ceased in the period */
	long long overdue;	/* in force at the end, not reviewed in the
				 * twelve months before it */
};

struct sen_stock;

/* Returns an empty stock, or NULL. */
struct sen_stock *sen_stock_new(void);

void sen_stock_free(struct sen_stock *s);

/* Adds an item to a group.  Returns SEN_OK, SEN_EGROUPS past the bound
 * on groups, or SEN_ENOMEM. */
int sen_stock_add(struct sen_stock *s, const char *group, size_t len,
    const struct sen_item *it);

/* Number of groups, and the i-th in byte order of names. */
size_t sen_stock_ngroups(const struct sen_stock *s);
const char *sen_stock_group(struct sen_stock *s, size_t i, size_t *len);

/* The first and last days any item mentions.  Returns 0 when empty. */
int sen_stock_range(const struct sen_stock *s, sen_day *first,
    sen_day *last);

/*
 * Figures the allocations of the i-th group in period p: those running
 * in it (started by its last day, not ended before its first); their
 * annual amounts pro rata by day, each day costing the amount over the
 * days of the financial year it falls in (so a whole financial year
 * costs the amount exactly), rounded to the penny, halves up, per
 * allocation; the amount already committed for the period after p, by
 * the allocations recorded that run in it; and, when pol
 * has the year of p's first day, the cases above the year group it
 * allows.
 */
void sen_stock_banding(struct sen_stock *s, size_t i,
    const struct sen_period *p, const struct sen_policy *pol,
    struct sen_band_fig *f);

/*
 * Figures the statements of the i-th group in period p: in force at its
 * last day (made by then, not ceased by then); ceased within it; and
 * of those in force, the ones whose last review, or start when there was
 * none, was a year or more before the last day (no review in the twelve
 * months to it).  A review recorded after the last day hides any
 * earlier one, so such a statement is not counted overdue.
 */
void sen_stock_statements(struct sen_stock *s, size_t i,
    const struct sen_period *p, struct sen_stmt_fig *f);

/* The day a year after d: the same day and month, 29 February giving
 * 28 February. */
sen_day sen_year_after(sen_day d);

/* Bounds the number of groups, as sen_agg_limit(). */
void sen_stock_limit(struct sen_stock *s, size_t max);

/* Returns 1 when a group was refused for the bound. */
int sen_stock_full(const struct sen_stock *s);

#endif
