/*
 * sen_sections.c: the report's further tables: banded funding,
 * statements, school profiles and benchmarks.
 *
 * Nothing here computes a figure: each cell is a measures row's value,
 * or the difference of two of them, as sen-target wrote them.
 */
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_codes.h"
#include "sen_sections.h"
#include "sen_stats.h"

#define CELL SEN_REPORT_CELL
#define MAX_PERIODS 64		/* periods a table looks at */
#define MAX_GROUPS 4096		/* rows of a table */

/* A growing list of tables. */
struct list {
	struct sen_table *t;
	size_t n, cap;
};

/* Adds a table with the given headings ('r' in align: a figure).
 * Returns it, or NULL when out of memory. */
static struct sen_table *
new_table(struct list *l, const char *title, const char *const *heads,
    size_t ncols, const char *align)
{
	struct sen_table *t;
	void *nt;
	size_t i;

	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		if ((nt = realloc(l->t, l->cap * sizeof(*l->t))) == NULL)
			return NULL;
		l->t = nt;
	}
	t = &l->t[l->n++];
	memset(t, 0, sizeof(*t));
	snprintf(t->title, sizeof(t->title), "%s", title);
	t->ncols = ncols;
	for (i = 0; i < ncols; i++) {
		snprintf(t->head[i], CELL, "%s", heads[i]);
		t->right[i] = align[i] == 'r';
	}
	return t;
}

char (*sen_rows_add(sen_row **rows, size_t *n, size_t *cap))[CELL]
{
	sen_row *nr;
	size_t ncap;

	if (*n == *cap) {
		ncap = *cap ? 2 * *cap : 16;
		if ((nr = realloc(*rows, ncap * sizeof(**rows))) == NULL)
			return NULL;
		*rows = nr;
		*cap = ncap;
	}
	memset((*rows)[*n], 0, sizeof(**rows));
	return (*rows)[(*n)++];
}

/* Adds an empty row.  Returns it, or NULL. */
static char (*add_row(struct sen_table *t))[CELL]
{
	return sen_rows_add(&t->cell, &t->nrows, &t->cap);
}

void
sen_tables_free(struct sen_table *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(t[i].cell);
	free(t);
}

/* Collects the distinct periods in which measure has rows (by "by"
 * when not NULL), ending no later than the report's period, in order;
 * the last max of them.  Returns their number. */
static size_t
periods_of(const struct sen_report *r, const char *measure,
    const char *by, struct sen_period *out, size_t max)
{
	sen_day end = sen_period_last(&r->period);
	const struct sen_mrow *row;
	size_t i, j, n = 0;

	if (max > MAX_PERIODS)
		max = MAX_PERIODS;	/* the callers' arrays */
	for (i = 0; i < r->n; i++) {
		row = &r->rows[i];
		if (strcmp(row->f[SEN_M_MEASURE], measure) != 0 ||
		    (by != NULL && strcmp(row->f[SEN_M_BY], by) != 0) ||
		    sen_period_first(&row->period) > end)
			continue;
		for (j = 0; j < n && (sen_period_cmp(&out[j], &row->period) ||
		    out[j].kind != row->period.kind); j++)
			;
		if (j < n)
			continue;
		if (n == max) {		/* full: drop the earliest */
			if (sen_period_cmp(&row->period, &out[0]) < 0)
				continue;
			memmove(out, out + 1, --n * sizeof(*out));
		}
		for (j = n++; j > 0 && sen_period_cmp(&out[j - 1],
		    &row->period) > 0; j--)
			out[j] = out[j - 1];
		out[j] = row->period;
	}
	return n;
}


/* A row's figure for a table: suppressed, missing, money or not. */
static void
figure(const struct sen_report *r, const struct sen_mrow *row, char *buf)
{
	const char *v, *dot;
	char whole[32];
	size_t n, i, k = 0;

	if (row == NULL || *row->f[SEN_M_VALUE] == '\0' ||
	    !sen_report_is_money(row->f[SEN_M_MEASURE])) {
		sen_report_figure(r, row, buf);
		if (row != NULL && *row->f[SEN_M_DEN] != '\0' &&
		    !sen_report_is_pct(row->f[SEN_M_MEASURE]) &&
		    strcmp(buf, "c") != 0 && strcmp(buf, "-") != 0)
			strcat(buf, "%");	/* a share of published counts */
		return;
	}
	v = row->f[SEN_M_VALUE];
	dot = strchr(v, '.');
	n = dot ? (size_t)(dot - v) : strlen(v);
	if (n >= sizeof(whole) - 8) {
		snprintf(buf, CELL, "%s", v);
		return;
	}
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			whole[k++] = ',';
		whole[k++] = v[i];
	}
	whole[k] = '\0';
	snprintf(buf, CELL, "\xC2\xA3%s%s", whole, dot ? dot : "");
}

/* The cell of a measure for a group in a period. */
static void
cell(const struct sen_report *r, const struct sen_period *p,
    const char *by, const char *group, const char *measure, char *buf)
{
	figure(r, sen_report_find(r, p, by, group, measure), buf);
}

/* Collects the groups counted by "by" for a measure, year groups in
 * school order and the others in the stream's order.  Returns their
 * number. */
static size_t
groups_of(const struct sen_report *r, const char *by, const char *measure,
    const char **out, size_t max)
{
	const struct sen_mrow *row;
	const char *g;
	size_t i, j, n = 0;
	int year = strcmp(by, "year_group") == 0;

	for (i = 0; i < r->n && n < max; i++) {
		row = &r->rows[i];
		if (strcmp(row->f[SEN_M_BY], by) != 0 ||
		    strcmp(row->f[SEN_M_MEASURE], measure) != 0)
			continue;
		g = row->f[SEN_M_GROUP];
		for (j = 0; j < n && strcmp(out[j], g) != 0; j++)
			;
		if (j < n)
			continue;
		for (j = n++; year && j > 0 &&
		    sen_year_rank(out[j - 1]) > sen_year_rank(g); j--)
			out[j] = out[j - 1];
		out[j] = g;
	}
	return n;
}

/* Fills a table row: a label, then a measure's cell per column. */
static int
measures_row(const struct sen_report *r, struct sen_table *t,
    const char *label, const struct sen_period *p, const char *by,
    const char *group, const char *const *measures, size_t n)
{
	char (*c)[CELL];
	size_t i;

	if ((c = add_row(t)) == NULL)
		return SEN_ENOMEM;
	snprintf(c[0], CELL, "%s", label);
	for (i = 0; i < n; i++)
		cell(r, p, by, group, measures[i], c[i + 1]);
	return SEN_OK;
}

/* A table of one period's figures for each group counted by "by", and
 * all of them together. */
static int
by_groups(const struct sen_report *r, struct list *l, const char *title,
    const struct sen_period *p, const char *by, const char *const *heads,
    const char *const *measures, size_t n)
{
	static const char *names[MAX_GROUPS];
	struct sen_table *t;
	size_t i, ng;
	int st = SEN_OK;

	ng = groups_of(r, by, measures[0], names, MAX_GROUPS);
	if (ng == 0)
		return SEN_OK;
	if ((t = new_table(l, title, heads, n + 1, "lrrrrrrr")) == NULL)
		return SEN_ENOMEM;
	for (i = 0; i < ng && st == SEN_OK; i++)
		st = measures_row(r, t, *names[i] ? names[i] :
		    "(not recorded)", p, by, names[i], measures, n);
	if (st == SEN_OK)
		st = measures_row(r, t, "All", p, "all", "all", measures, n);
	return st;
}

/*
 * A table of measures m[0 .. nm-1] for all cases, period by period, the
 * periods of m[0] up to the one reported on (the latest r->trend), kept
 * in p with their number in *n; no table when there are none.  Returns
 * SEN_OK or SEN_ENOMEM.
 */
static int
period_table(const struct sen_report *r, struct list *l, const char *title,
    const char *note, const char *const *heads, const char *const *m,
    size_t nm, struct sen_period *p, size_t *n)
{
	struct sen_table *t;
	char label[SEN_PERIOD_LABEL];
	size_t i;
	int st = SEN_OK;

	if ((*n = periods_of(r, m[0], "all", p, r->trend)) == 0)
		return SEN_OK;
	if ((t = new_table(l, title, heads, nm + 1, "lrrrrrrr")) == NULL)
		return SEN_ENOMEM;
	snprintf(t->note, sizeof(t->note), "%s", note);
	for (i = 0; i < *n && st == SEN_OK; i++)
		st = measures_row(r, t, sen_period_format(&p[i], label), &p[i],
		    "all", "all", m, nm);
	return st;
}

/* Banded funding: year by year, then by year group and by band for the
 * latest year reported and the one after it. */
static int
banding(const struct sen_report *r, struct list *l)
{
	static const char *const heads[] = { "Period", "Cases",
	    "Amount", "Committed for the next period", "Above the policy" };
	static const char *const m[] = { "banded_cases", "banded_amount",
	    "committed_next", "banded_beyond_policy" };
	static const char *const yheads[] = { "Year group", "Cases",
	    "Amount", "Above the policy" };
	static const char *const bheads[] = { "Band", "Cases", "Amount" };
	static const char *const ym[] = { "banded_cases", "banded_amount",
	    "banded_beyond_policy" };
	struct sen_period p[MAX_PERIODS], q[2];
	char label[SEN_PERIOD_LABEL], title[128];
	size_t i, n, nq;
	int st;

	st = period_table(r, l, "Banded funding", "Allocations running in "
	    "each period; amounts pro rata by day, to the penny; committed: "
	    "what the allocations recorded cost in the period after.", heads,
	    m, 4, p, &n);
	if (st != SEN_OK || n == 0)
		return st;
	q[0] = p[n - 1];
	q[1] = sen_period_next(&q[0]);
	nq = sen_report_find(r, &q[1], "all", "all", "banded_cases") ? 2 : 1;
	for (i = 0; i < nq && st == SEN_OK; i++) {
		sen_period_format(&q[i], label);
		snprintf(title, sizeof(title), "Banded funding by year group, "
		    "%s", label);
		st = by_groups(r, l, title, &q[i], "year_group", yheads, ym, 3);
		snprintf(title, sizeof(title), "Banded funding by band, %s",
		    label);
		if (st == SEN_OK)
			st = by_groups(r, l, title, &q[i], "band", bheads, ym,
			    2);
	}
	return st;
}

/* Statements: year by year, and those ceased by reason. */
static int
statements(const struct sen_report *r, struct list *l)
{
	static const char *const heads[] = { "Period",
	    "Maintained at the end", "Ceased", "Reviews overdue" };
	static const char *const m[] = { "statements_maintained",
	    "statements_ceased", "reviews_overdue" };
	static const char *const rheads[] = { "Reason", "Ceased" };
	static const char *const rm[] = { "statements_ceased" };
	struct sen_period p[MAX_PERIODS];
	char label[SEN_PERIOD_LABEL], title[128];
	size_t n;
	int st;

	st = period_table(r, l, "Statements", "Maintained: in force at the "
	    "period's end.  Reviews overdue: in force, with no annual review "
	    "in the twelve months to the period's end.", heads, m, 3, p, &n);
	if (st != SEN_OK || n == 0)
		return st;
	snprintf(title, sizeof(title), "Statements ceased by reason, %s",
	    sen_period_format(&p[n - 1], label));
	return st == SEN_OK ? by_groups(r, l, title, &p[n - 1],
	    "cease_reason", rheads, rm, 1) : st;
}

/* The measures a school profile sets year beside year. */
static const char *const profile_measures[] = { "requests",
	"statements_maintained", "banded_cases" };
#define NPROFILE 3

/* Writes "before -> now (change)" for a school, or what is known. */
static void
change_cell(const struct sen_report *r, const struct sen_period *p,
    const char *school, const char *measure, char *buf)
{
	const struct sen_mrow *a, *b;
	char was[CELL], now[CELL];
	long long x, y;

	a = sen_report_find(r, &p[0], "school", school, measure);
	b = sen_report_find(r, &p[1], "school", school, measure);
	figure(r, a, was);
	figure(r, b, now);
	if (a == NULL && b == NULL) {
		strcpy(buf, "-");
		return;
	}
	if (a != NULL && b != NULL && strcmp(was, "c") != 0 &&
	    strcmp(now, "c") != 0 && sen_stat_whole(was, &x) &&
	    sen_stat_whole(now, &y)) {
		snprintf(buf, CELL, "%.24s \xE2\x86\x92 %.24s (%+lld)", was,
		    now, y - x);
		return;
	}
	snprintf(buf, CELL, "%.28s \xE2\x86\x92 %.28s", was, now);
}

/* School profiles: requests, statements and banded cases of each
 * school, the latest year beside the one before. */
static int
profiles(const struct sen_report *r, struct list *l)
{
	static const char *const heads[] = { "School", "Requests",
	    "Statements", "Banded cases" };
	static const char *names[MAX_GROUPS];
	struct sen_period p[NPROFILE][2], last[MAX_PERIODS];
	struct sen_table *t;
	char (*c)[CELL], a[SEN_PERIOD_LABEL], b[SEN_PERIOD_LABEL];
	size_t i, k, n = 0, len = 0;

	for (k = 0; k < NPROFILE; k++) {
		if (periods_of(r, profile_measures[k], "school", last,
		    MAX_PERIODS) == 0)
			continue;
		n += groups_of(r, "school", profile_measures[k], names + n,
		    MAX_GROUPS - n);
	}
	if (n == 0)
		return SEN_OK;
	if ((t = new_table(l, "School profiles", heads, 4, "lrrr")) == NULL)
		return SEN_ENOMEM;
	for (k = 0; k < NPROFILE; k++) {
		i = periods_of(r, profile_measures[k], "school", last,
		    MAX_PERIODS);
		p[k][1] = i ? last[i - 1] : r->period;
		p[k][0] = sen_period_prev(&p[k][1]);
		if (i > 0)
			len += (size_t)snprintf(t->note + len, sizeof(t->note) -
			    len, "%s%s %s to %s", len ? "; " : "Each: ",
			    heads[k + 1], sen_period_format(&p[k][0], a),
			    sen_period_format(&p[k][1], b));
	}
	snprintf(t->note + len, sizeof(t->note) - len, " (the change in "
	    "brackets).");
	for (i = 0; i < n; i++) {
		for (k = 0; k < i && strcmp(names[k], names[i]) != 0; k++)
			;
		if (k < i)
			continue;	/* named by an earlier measure */
		if ((c = add_row(t)) == NULL)
			return SEN_ENOMEM;
		snprintf(c[0], CELL, "%s", *names[i] ? names[i] :
		    "(not recorded)");
		for (k = 0; k < NPROFILE; k++)
			change_cell(r, p[k], names[i], profile_measures[k],
			    c[k + 1]);
	}
	return SEN_OK;
}

/* Returns 1 when a measure has a row for any of the benchmark groups. */
static int
benchmarked(const struct sen_report *r, const char *measure)
{
	const struct sen_mrow *row;
	size_t i, g;

	for (i = 0; i < r->n; i++) {
		row = &r->rows[i];
		if (strcmp(row->f[SEN_M_MEASURE], measure) != 0)
			continue;
		for (g = 0; g < r->nbench; g++)
			if (strcmp(row->f[SEN_M_GROUP], r->bench[g]) == 0)
				return 1;
	}
	return 0;
}

/* The row of a benchmark group in a period, whatever it was counted
 * by. */
static const struct sen_mrow *
bench_row(const struct sen_report *r, const struct sen_period *p,
    const char *group, const char *measure)
{
	const struct sen_mrow *row;
	size_t i;

	for (i = 0; i < r->n; i++) {
		row = &r->rows[i];
		if (sen_period_cmp(&row->period, p) == 0 &&
		    row->period.kind == p->kind &&
		    strcmp(row->f[SEN_M_GROUP], group) == 0 &&
		    strcmp(row->f[SEN_M_MEASURE], measure) == 0)
			return row;
	}
	return NULL;
}

/* A benchmark table for one measure: the groups side by side, period by
 * period. */
static int
bench_table(const struct sen_report *r, struct list *l, const char *measure)
{
	const char *heads[SEN_TABLE_COLS];
	struct sen_period p[MAX_PERIODS];
	struct sen_table *t;
	char title[128], desc[CELL], (*c)[CELL];
	size_t i, g, n;

	heads[0] = "Period";
	for (g = 0; g < r->nbench; g++)
		heads[g + 1] = r->bench[g];
	snprintf(title, sizeof(title), "Benchmark: %s",
	    sen_report_describe(r, measure, desc));
	if ((t = new_table(l, title, heads, r->nbench + 1, "rrrrrrrr")) ==
	    NULL)
		return SEN_ENOMEM;
	t->right[0] = 0;
	n = periods_of(r, measure, NULL, p, MAX_PERIODS);
	for (i = 0; i < n; i++) {
		if ((c = add_row(t)) == NULL)
			return SEN_ENOMEM;
		sen_period_format(&p[i], c[0]);
		for (g = 0; g < r->nbench; g++)
			figure(r, bench_row(r, &p[i], r->bench[g], measure),
			    c[g + 1]);
	}
	return SEN_OK;
}

/* A benchmark table for each measure the groups have, in the stream's
 * order. */
static int
benchmarks(const struct sen_report *r, struct list *l)
{
	const char *seen[64];
	size_t i, j, n = 0;
	int st = SEN_OK;

	for (i = 0; r->nbench > 0 && i < r->n && n < 64 && st == SEN_OK;
	    i++) {
		const char *m = r->rows[i].f[SEN_M_MEASURE];

		for (j = 0; j < n && strcmp(seen[j], m) != 0; j++)
			;
		if (j < n || !benchmarked(r, m))
			continue;
		seen[n++] = m;
		st = bench_table(r, l, m);
	}
	return st;
}

int
sen_tables_build(const struct sen_report *r, struct sen_table **out,
    size_t *n)
{
	struct list l = { NULL, 0, 0 };
	int st;

	if ((st = banding(r, &l)) != SEN_OK ||
	    (st = statements(r, &l)) != SEN_OK ||
	    (st = profiles(r, &l)) != SEN_OK ||
	    (st = benchmarks(r, &l)) != SEN_OK) {
		sen_tables_free(l.t, l.n);
		return st;
	}
	*out = l.t;
	*n = l.n;
	return SEN_OK;
}
