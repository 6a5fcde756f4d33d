/*
 * sen_stock.c: allocations and statements, figured period by period.
 */
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_agg.h"
#include "sen_stock.h"

/* 365 x 366: a denominator for amounts over days of any financial
 * year. */
#define YEARS_LCM 133590LL

struct items {
	struct sen_item *v;
	size_t n, cap;
};

struct sen_stock {
	struct sen_agg *names;	/* the groups' names and order */
	struct items *group;	/* items by group number */
	size_t ngroups;
	int any;
	sen_day first, last;
};

struct sen_stock *
sen_stock_new(void)
{
	struct sen_stock *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	if ((s->names = sen_agg_new(SEN_PER_YEAR)) == NULL) {
		free(s);
		return NULL;
	}
	return s;
}

void
sen_stock_free(struct sen_stock *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->ngroups; i++)
		free(s->group[i].v);
	free(s->group);
	sen_agg_free(s->names);
	free(s);
}

/* Widens the range of days to take in d. */
static void
cover(struct sen_stock *s, sen_day d)
{
	if (d == SEN_NODATE)
		return;
	if (!s->any || d < s->first)
		s->first = d;
	if (!s->any || d > s->last)
		s->last = d;
	s->any = 1;
}

/* Makes room for group g. */
static int
grow_groups(struct sen_stock *s, size_t g)
{
	struct items *ng;

	if (g < s->ngroups)
		return SEN_OK;
	if ((ng = realloc(s->group, (g + 1) * sizeof(*ng))) == NULL)
		return SEN_ENOMEM;
	memset(ng + s->ngroups, 0, (g + 1 - s->ngroups) * sizeof(*ng));
	s->group = ng;
	s->ngroups = g + 1;
	return SEN_OK;
}

int
sen_stock_add(struct sen_stock *s, const char *group, size_t len,
    const struct sen_item *it)
{
	struct items *g;
	size_t cap;
	void *nv;
	long id;

	if ((id = sen_agg_group_id(s->names, group, len)) < 0)
		return sen_agg_full(s->names) ? SEN_EGROUPS : SEN_ENOMEM;
	if (grow_groups(s, (size_t)id) != SEN_OK)
		return SEN_ENOMEM;
	g = &s->group[id];
	if (g->n == g->cap) {
		cap = g->cap ? 2 * g->cap : 64;
		if ((nv = realloc(g->v, cap * sizeof(*g->v))) == NULL)
			return SEN_ENOMEM;
		g->v = nv;
		g->cap = cap;
	}
	g->v[g->n++] = *it;
	cover(s, it->start);
	cover(s, it->end);
	cover(s, it->review);
	return SEN_OK;
}

size_t
sen_stock_ngroups(const struct sen_stock *s)
{
	return sen_agg_ngroups(s->names);
}

const char *
sen_stock_group(struct sen_stock *s, size_t i, size_t *len)
{
	const char *name;

	sen_agg_group(s->names, i, &name, len);
	return name;
}

int
sen_stock_range(const struct sen_stock *s, sen_day *first, sen_day *last)
{
	*first = s->first;
	*last = s->last;
	return s->any;
}

/* The items of the i-th group in name order. */
static const struct items *
items_of(struct sen_stock *s, size_t i)
{
	static const struct items none;
	size_t g = sen_agg_group_nth(s->names, i);

	return g < s->ngroups ? &s->group[g] : &none;
}

/*
 * An allocation's amount for the days from..to (both included), each day
 * costing the annual amount over the days of its financial year, to the
 * penny, halves up.
 */
static long long
pro_rata(long long pence, sen_day from, sen_day to)
{
	struct sen_period fy;
	sen_day a, b, fy_first, fy_last;
	long long sum = 0;

	for (a = from; a <= to; a = fy_last + 1) {
		fy = sen_period_of(SEN_PER_FY, a);
		fy_first = sen_period_first(&fy);
		fy_last = sen_period_last(&fy);
		b = fy_last < to ? fy_last : to;
		sum += pence * (b - a + 1) *
		    (YEARS_LCM / (fy_last - fy_first + 1));
	}
	return (2 * sum + YEARS_LCM) / (2 * YEARS_LCM);
}

/* The amount of an allocation within days first..last, 0 if none. */
static long long
amount_in(const struct sen_item *it, sen_day first, sen_day last)
{
	sen_day from = it->start > first ? it->start : first;
	sen_day to = last;

	if (it->end != SEN_NODATE && it->end < to)
		to = it->end;
	return from <= to ? pro_rata(it->pence, from, to) : 0;
}

/* The highest year group the policy allows in a year, or -1. */
static int
allowed(const struct sen_policy *pol, int year)
{
	size_t i;

	for (i = 0; pol != NULL && i < pol->n; i++)
		if (pol->year[i] == year)
			return pol->rank[i];
	return -1;
}

void
sen_stock_banding(struct sen_stock *s, size_t i,
    const struct sen_period *p, const struct sen_policy *pol,
    struct sen_band_fig *f)
{
	const struct items *g = items_of(s, i);
	const struct sen_item *it;
	struct sen_period next = sen_period_next(p);
	sen_day first = sen_period_first(p), last = sen_period_last(p);
	int y, m, d, top;
	size_t k;

	memset(f, 0, sizeof(*f));
	sen_date_to_ymd(first, &y, &m, &d);
	top = allowed(pol, y);
	f->policy = top >= 0;
	for (k = 0; k < g->n; k++) {
		it = &g->v[k];
		if (it->cancelled)
			continue;
		f->next_pence += amount_in(it, sen_period_first(&next),
		    sen_period_last(&next));
		if (it->start > last ||
		    (it->end != SEN_NODATE && it->end < first))
			continue;
		f->cases++;
		f->pence += amount_in(it, first, last);
		f->beyond += top >= 0 && it->rank > top;
	}
}

sen_day
sen_year_after(sen_day day)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	if (!sen_date_valid(y + 1, m, d))
		d = 28;
	return sen_date_from_ymd(y + 1, m, d);
}

void
sen_stock_statements(struct sen_stock *s, size_t i,
    const struct sen_period *p, struct sen_stmt_fig *f)
{
	const struct items *g = items_of(s, i);
	const struct sen_item *it;
	sen_day first = sen_period_first(p), last = sen_period_last(p), ref;
	size_t k;

	memset(f, 0, sizeof(*f));
	for (k = 0; k < g->n; k++) {
		it = &g->v[k];
		if (it->end != SEN_NODATE && it->end >= first &&
		    it->end <= last)
			f->ceased++;
		if (it->start > last ||
		    (it->end != SEN_NODATE && it->end <= last))
			continue;
		f->maintained++;
		ref = it->review == SEN_NODATE ? it->start : it->review;
		if (ref <= last && sen_year_after(ref) <= last)
			f->overdue++;
	}
}

void
sen_stock_limit(struct sen_stock *s, size_t max)
{
	sen_agg_limit(s->names, max);
}

int
sen_stock_full(const struct sen_stock *s)
{
	return sen_agg_full(s->names);
}
