/*
 * sen_agg.c: counting by period and group.
 */
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_agg.h"
#include "sen_map.h"

struct group {
	char *name;
	size_t len;
	long long own;
};

struct cell_key {		/* a (group, period) pair, as map key */
	size_t group;
	int year;
	int index;
};

struct sen_agg {
	enum sen_per kind;
	struct sen_map *groups;	/* name -> index in group[] */
	struct group *group;
	size_t ngroups, capgroups;
	size_t max_groups;	/* 0: no bound */
	int full;		/* a group was refused for the bound */
	size_t *order;		/* group indexes in name order */
	struct sen_map *cells;	/* cell_key -> index in count[] */
	long long (*count)[SEN_AGG_N];
	size_t ncells, capcells;
	int any;
	struct sen_period first, last;
};

static size_t *order(struct sen_agg *);

struct sen_agg *
sen_agg_new(enum sen_per kind)
{
	struct sen_agg *a;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return NULL;
	a->kind = kind;
	a->groups = sen_map_new();
	a->cells = sen_map_new();
	if (a->groups == NULL || a->cells == NULL) {
		sen_agg_free(a);
		return NULL;
	}
	return a;
}

void
sen_agg_free(struct sen_agg *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->ngroups; i++)
		free(a->group[i].name);
	free(a->group);
	free(a->order);
	free(a->count);
	sen_map_free(a->groups);
	sen_map_free(a->cells);
	free(a);
}

/* Finds or adds a group.  Returns its index, or -1 when out of memory. */
static long
group_of(struct sen_agg *a, const char *name, size_t len)
{
	struct group *g;
	size_t i;

	if (sen_map_get(a->groups, name, len, &i))
		return (long)i;
	if (a->max_groups > 0 && a->ngroups == a->max_groups) {
		a->full = 1;
		return -1;
	}
	if (a->ngroups == a->capgroups) {
		i = a->capgroups ? 2 * a->capgroups : 16;
		if ((g = realloc(a->group, i * sizeof(*g))) == NULL)
			return -1;
		a->group = g;
		a->capgroups = i;
	}
	g = &a->group[a->ngroups];
	if ((g->name = malloc(len + 1)) == NULL)
		return -1;
	memcpy(g->name, name, len);
	g->name[len] = '\0';
	g->len = len;
	g->own = 0;
	if (sen_map_put(a->groups, name, len, a->ngroups, NULL) != SEN_OK) {
		free(g->name);
		return -1;
	}
	free(a->order);
	a->order = NULL;
	return (long)a->ngroups++;
}

/* Finds or adds the cell of a group in a period. */
static long long *
cell_of(struct sen_agg *a, size_t g, const struct sen_period *p, int add)
{
	struct cell_key key;
	void *nc;
	size_t i, n;

	memset(&key, 0, sizeof(key));
	key.group = g;
	key.year = p->year;
	key.index = p->index;
	if (sen_map_get(a->cells, (const char *)&key, sizeof(key), &i))
		return a->count[i];
	if (!add)
		return NULL;
	if (a->ncells == a->capcells) {
		n = a->capcells ? 2 * a->capcells : 64;
		if ((nc = realloc(a->count, n * sizeof(*a->count))) == NULL)
			return NULL;
		a->count = nc;
		a->capcells = n;
	}
	if (sen_map_put(a->cells, (const char *)&key, sizeof(key), a->ncells,
	    NULL) != SEN_OK)
		return NULL;
	memset(a->count[a->ncells], 0, sizeof(a->count[0]));
	return a->count[a->ncells++];
}

long long *
sen_agg_cell(struct sen_agg *a, const char *group, size_t len,
    sen_day day)
{
	struct sen_period p = sen_period_of(a->kind, day);
	long long *c;
	long g;

	if ((g = group_of(a, group, len)) < 0 ||
	    (c = cell_of(a, (size_t)g, &p, 1)) == NULL)
		return NULL;
	if (!a->any || sen_period_cmp(&p, &a->first) < 0)
		a->first = p;
	if (!a->any || sen_period_cmp(&p, &a->last) > 0)
		a->last = p;
	a->any = 1;
	return c;
}

int
sen_agg_add(struct sen_agg *a, const char *group, size_t len,
    sen_day day, int k, long long n)
{
	long long *c;

	if ((c = sen_agg_cell(a, group, len, day)) == NULL)
		return SEN_ENOMEM;
	c[k] += n;
	return SEN_OK;
}

int
sen_agg_add_group(struct sen_agg *a, const char *group, size_t len,
    long long n)
{
	long g;

	if ((g = group_of(a, group, len)) < 0)
		return SEN_ENOMEM;
	a->group[g].own += n;
	return SEN_OK;
}

long
sen_agg_group_id(struct sen_agg *a, const char *group, size_t len)
{
	return group_of(a, group, len);
}

size_t
sen_agg_group_nth(struct sen_agg *a, size_t i)
{
	size_t *o = order(a);

	return o != NULL ? o[i] : i;
}

size_t
sen_agg_ngroups(const struct sen_agg *a)
{
	return a->ngroups;
}

/* Orders group indexes by name. */
static const struct group *sort_groups;

static int
by_name(const void *x, const void *y)
{
	const struct group *a = &sort_groups[*(const size_t *)x];
	const struct group *b = &sort_groups[*(const size_t *)y];
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->name, b->name, n);

	if (c != 0)
		return c;
	return (a->len > b->len) - (a->len < b->len);
}

/* Makes the name order, once. */
static size_t *
order(struct sen_agg *a)
{
	size_t i;

	if (a->order != NULL || a->ngroups == 0)
		return a->order;
	if ((a->order = malloc(a->ngroups * sizeof(*a->order))) == NULL)
		return NULL;
	for (i = 0; i < a->ngroups; i++)
		a->order[i] = i;
	sort_groups = a->group;
	qsort(a->order, a->ngroups, sizeof(*a->order), by_name);
	return a->order;
}

long long
sen_agg_group(struct sen_agg *a, size_t i, const char **name, size_t *len)
{
	size_t *o = order(a), g = o != NULL ? o[i] : i;

	*name = a->group[g].name;
	*len = a->group[g].len;
	return a->group[g].own;
}

int
sen_agg_range(const struct sen_agg *a, struct sen_period *first,
    struct sen_period *last)
{
	*first = a->first;
	*last = a->last;
	return a->any;
}

const long long *
sen_agg_get(struct sen_agg *a, size_t i, const struct sen_period *p)
{
	size_t *o = order(a), g = o != NULL ? o[i] : i;

	return cell_of(a, g, p, 0);
}

void
sen_agg_limit(struct sen_agg *a, size_t max)
{
	a->max_groups = max;
}

int
sen_agg_full(const struct sen_agg *a)
{
	return a->full;
}
