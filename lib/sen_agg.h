/*
 * sen_agg.h: counting by period and group.
 *
 * Each (group, period) pair holds SEN_AGG_N counters, and each group a
 * counter of its own (for a baseline).  Memory grows with the number of
 * groups and periods only, never with the number of records.
 */
#ifndef SEN_AGG_H
#define SEN_AGG_H

#include <stddef.h>

#include "sen_period.h"

#define SEN_AGG_N 8

struct sen_agg;

/* Returns an empty aggregate for periods of kind, or NULL. */
struct sen_agg *sen_agg_new(enum sen_per kind);

void sen_agg_free(struct sen_agg *a);

/* Adds n to counter k of group (len bytes) in the period holding day.
 * Returns SEN_OK or SEN_ENOMEM. */
int sen_agg_add(struct sen_agg *a, const char *group, size_t len,
    sen_day day, int k, long long n);

/* Returns the SEN_AGG_N counters of group (len bytes) in the period
 * holding day, made when new, for the caller to add to; NULL when out
 * of memory. */
long long *sen_agg_cell(struct sen_agg *a, const char *group, size_t len,
    sen_day day);

/* Adds n to the group's own counter.  Returns SEN_OK or SEN_ENOMEM. */
int sen_agg_add_group(struct sen_agg *a, const char *group, size_t len,
    long long n);

/* Finds or adds a group without counting anything.  Returns its
 * number, which stays the same as groups are added, or -1 when out of
 * memory. */
long sen_agg_group_id(struct sen_agg *a, const char *group, size_t len);

/* The number (as sen_agg_group_id gives it) of the i-th group in byte
 * order of names. */
size_t sen_agg_group_nth(struct sen_agg *a, size_t i);

/* Number of groups seen. */
size_t sen_agg_ngroups(const struct sen_agg *a);

/* The i-th group in byte order of their names; its name in *name, its
 * own counter returned. */
long long sen_agg_group(struct sen_agg *a, size_t i, const char **name,
    size_t *len);

/* The first and last periods that hold a count.  Returns 0 when there
 * are none. */
int sen_agg_range(const struct sen_agg *a, struct sen_period *first,
    struct sen_period *last);

/* The counters of the i-th group (in the order above) in period p, or
 * NULL when nothing was counted there. */
const long long *sen_agg_get(struct sen_agg *a, size_t i,
    const struct sen_period *p);

/* Bounds the number of groups (0: no bound); past it, adding a group
 * fails and sen_agg_full() says why. */
void sen_agg_limit(struct sen_agg *a, size_t max);

/* Returns 1 when a group was refused for the bound. */
int sen_agg_full(const struct sen_agg *a);

#endif
