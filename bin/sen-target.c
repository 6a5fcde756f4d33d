/*
 * sen-target: count per period and group, and hold the figures to their
 * targets.
 *
 * Reads one of three streams: timed assessments (from sen-weeks),
 * banded-funding allocations or statements (from sen-import -k banding
 * or -k statement), told apart by their columns.  Writes one row per
 * period, group and measure: period,by,group,measure,numerator,
 * denominator,value,target,status.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sen.h"
#include "sen_agg.h"
#include "sen_codes.h"
#include "sen_csv.h"
#include "sen_date.h"
#include "sen_money.h"
#include "sen_out.h"
#include "sen_period.h"
#include "sen_stats.h"
#include "sen_stock.h"
#include "sen_target.h"

#define MSG_MAX 512
#define MAX_BY 8		/* --by options */
#define MAX_MEASURES 8		/* --measure options */
#define MAX_WHERE 16		/* --where options */
#define MAX_PARTS 8		/* columns in one --by */
#define MAX_TARGETS 8		/* -t options */
#define MAX_GROUPS 100000	/* default bound on a --by's groups */
#define JOIN " / "		/* between the parts of a group's name */

enum {				/* the counters kept per period and group */
	REQUESTS,		/* by clock start */
	ISSUED,			/* by clock stop */
	ALL_NUM, ALL_DEN,	/* within the limit, of all stopped */
	EX_NUM, EX_DEN		/* the same, excepted cases left out */
};

enum kind { K_AUTO, K_TIMED, K_BANDING, K_STATEMENT, K_COUNTS };

enum {				/* the counters kept for published counts */
	P_NUM, P_DEN,		/* sums of the rows with both numbers */
	P_MISSING,		/* rows left out: a symbol, not a number */
	P_ROWS,			/* rows counted */
	P_PUB, P_PUBROWS	/* the published percentage, in tenths */
};

/* A measure of published counts: its name and columns. */
struct measure {
	const char *name;
	const char *num, *den, *pub;	/* column names; pub may be NULL */
	long num_col, den_col, pub_col;
	struct sen_agg *agg[MAX_BY + 1];	/* all, then each --by */
};

/* A --where condition. */
struct where {
	char *col;		/* allocated */
	const char *value;
	long idx;
};

/* The columns each kind reads; those after the first `need` may be
 * absent. */
static const struct {
	const char *name;
	const char *cols[5];
	size_t ncols, need;
} kinds[] = {
	{ "auto", { NULL }, 0, 0 },
	{ "timed", { "clock_start", "clock_stop", "within", "excepted" },
	    4, 4 },
	{ "banding", { "start_date", "amount", "end_date", "year_group",
	    "status" }, 5, 2 },
	{ "statement", { "start_date", "ceased_date", "last_review_date",
	    "cease_reason" }, 4, 1 },
	{ "counts", { NULL }, 0, 0 }
};

#define C_START 0		/* column 0 of every kind: when it began */

struct run {
	struct cli_run io;
	enum sen_per per;
	enum kind kind;
	const char *by[MAX_BY];
	size_t nby;
	struct sen_targets targets;
	int check;
	int baseline;		/* --baseline given */
	sen_day base_from, base_to;
	long long nbase;	/* periods in the baseline */
	struct sen_policy policy;
	struct measure measure[MAX_MEASURES];	/* published counts */
	size_t nmeasures;
	const char *period_col;
	long period_idx;
	struct where where[MAX_WHERE];
	size_t nwhere;
	int per_set;		/* the period kind is known */

	struct sen_agg *all, *groups[MAX_BY];		/* timed */
	struct sen_stock *sall, *sgroups[MAX_BY];	/* the others */
	struct sen_stock *reasons;	/* statements by cease_reason */
	int headed;
	size_t ncols;
	long col[5];
	long by_col[MAX_BY][MAX_PARTS];	/* a --by's columns */
	size_t by_parts[MAX_BY];
	char *gbuf;		/* a composite group's name */
	size_t gcap;

	struct sen_csvw *out;
	unsigned long missed;
	unsigned long differ;	/* published figures that differ */
	size_t max_groups;	/* --max-groups */
	int compared;		/* --compare given */
	const char *targets_paths[MAX_TARGETS];	/* -t, read at the end */
	size_t ntargets_paths;
};

static const char usage_text[] =
"usage: sen-target [-v] [--check] [-B from:to] [-b column] [-d delim]\n"
"                  [-k kind] [-o file] [-p per] [-r rejects.csv]\n"
"                  [-t targets.csv] [-w column=value] [--excel]\n"
"                  [--max-field bytes] [--max-groups n] [--policy policy.csv]\n"
"                  [--period-col column [--measure name] --num column\n"
"                  --den column [--compare column] ...] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stdout);
	fputs("\n"
"Counts per period and group and compares the figures with targets.\n"
"\n"
"  -B, --baseline=FROM:TO  historical level: requests as a percentage of\n"
"                        the average per period between FROM and TO\n"
"                        (dates or period labels, such as 2001:2003)\n"
"  -b, --by=COLUMN       count per value of COLUMN as well as in all;\n"
"                        COLUMN may be several, comma-separated, for one\n"
"                        group per combination; up to 8 times\n"
"      --check           exit 1 when a target is missed or a figure\n"
"                        differs from the published one\n"
"  -d, --delimiter=C     input field delimiter, 'tab' for tab (default ',')\n"
"  -k, --kind=KIND       timed, banding, statement or counts (default:\n"
"                        counts when an option of published counts is\n"
"                        given, else told by the input's columns)\n"
"  -o, --output=FILE     write here, atomically (default standard output)\n"
"  -p, --per=PERIOD      year, half (default), quarter, month, fy,\n"
"                        fy-half or ay\n"
"  -r, --rejects=FILE    write rejected records here with their reasons\n"
"  -t, --targets=FILE    targets: CSV of measure,period,op,target (up to\n"
"                        8 files)\n"
"      --excel           write CSV for spreadsheets: byte-order mark, CRLF,\n"
"                        cells that would run as formulas disarmed\n"
"      --max-field=N     largest field in bytes (default 1048576)\n"
"      --max-groups=N    stop, with status 1, past N groups in any --by\n"
"                        (default 100000)\n"
"      --policy=FILE     banded funding: CSV of year,highest_year_group\n"
"\n"
"Published counts (tables of official statistics):\n"
"      --period-col=COLUMN  the column holding each row's period label\n"
"      --measure=NAME    begin a measure called NAME\n"
"      --num=COLUMN      its numerator, summed per period and group\n"
"      --den=COLUMN      its denominator, likewise\n"
"      --compare=COLUMN  the published percentage to set beside it\n"
"  -w, --where=COLUMN=VALUE  only rows whose COLUMN is VALUE\n"
"  -v, --verbose         print the counts of records read and counted\n"
"      --help            print this help and exit\n"
"      --version         print the version and exit\n", stdout);
	exit(0);
}

/* Tells the kind of stream from its columns. */
static enum kind
detect(struct cli_src *src)
{
	size_t i;

	if (sen_header_find(src->h, "clock_start", &i) == SEN_OK)
		return K_TIMED;
	if (sen_header_find(src->h, "amount", &i) == SEN_OK)
		return K_BANDING;
	if (sen_header_find(src->h, "ceased_date", &i) == SEN_OK ||
	    sen_header_find(src->h, "last_review_date", &i) == SEN_OK)
		return K_STATEMENT;
	cli_err(src->name, sen_csv_line(src->r), "neither timed cases (run "
	    "sen-weeks first), allocations nor statements; see -k");
	return K_AUTO;
}

/* Finds the columns of a --by: one, or several separated by commas. */
static int
by_columns(struct run *run, struct cli_src *src, size_t k)
{
	char *names, *name, *save = NULL;
	int rc = 0;

	if ((names = strdup(run->by[k])) == NULL)
		return -1;
	run->by_parts[k] = 0;
	for (name = strtok_r(names, ",", &save); name != NULL && rc == 0;
	    name = strtok_r(NULL, ",", &save)) {
		if (run->by_parts[k] == MAX_PARTS) {
			cli_err(NULL, 0, "--by: at most %d columns", MAX_PARTS);
			rc = -1;
		} else if ((run->by_col[k][run->by_parts[k]++] =
		    cli_column(src, name, 1)) < 0) {
			rc = -1;
		}
	}
	free(names);
	return rc;
}

/* The group of the current record for the k-th --by: its column's
 * value, or the values of its columns joined by JOIN. */
static const char *
group_of(struct run *run, struct cli_src *src, size_t k, size_t *len)
{
	const char *s;
	size_t i, n, need = 0;
	char *nb;

	if (run->by_parts[k] == 1)
		return sen_csv_field(src->r, (size_t)run->by_col[k][0], len);
	for (i = 0; i < run->by_parts[k]; i++) {
		sen_csv_field(src->r, (size_t)run->by_col[k][i], &n);
		need += n + strlen(JOIN);
	}
	if (need + 1 > run->gcap) {
		if ((nb = realloc(run->gbuf, need + 1)) == NULL)
			return NULL;
		run->gbuf = nb;
		run->gcap = need + 1;
	}
	for (i = 0, *len = 0; i < run->by_parts[k]; i++) {
		s = sen_csv_field(src->r, (size_t)run->by_col[k][i], &n);
		if (i > 0) {
			memcpy(run->gbuf + *len, JOIN, strlen(JOIN));
			*len += strlen(JOIN);
		}
		memcpy(run->gbuf + *len, s, n);
		*len += n;
	}
	return run->gbuf;
}

/* Finds the columns of published counts: the period, each measure's,
 * and the --where ones. */
static int
counts_header(struct run *run, struct cli_src *src)
{
	struct measure *m;
	size_t k;

	if ((run->period_idx = cli_column(src, run->period_col, 1)) < 0)
		return -1;
	for (k = 0; k < run->nmeasures; k++) {
		m = &run->measure[k];
		if ((m->num_col = cli_column(src, m->num, 1)) < 0 ||
		    (m->den_col = cli_column(src, m->den, 1)) < 0 ||
		    (m->pub != NULL && (m->pub_col = cli_column(src, m->pub,
		    1)) < 0))
			return -1;
	}
	for (k = 0; k < run->nwhere; k++)
		if ((run->where[k].idx = cli_column(src, run->where[k].col,
		    1)) < 0)
			return -1;
	return 0;
}

/* Reads a file's header: the kind's columns and the --by ones. */
static int
on_header(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	size_t k;

	if (run->kind == K_AUTO && (run->kind = detect(src)) == K_AUTO)
		return -1;
	if (run->kind == K_COUNTS && counts_header(run, src) != 0)
		return -1;
	for (k = 0; k < kinds[run->kind].ncols; k++) {
		run->col[k] = cli_column(src, kinds[run->kind].cols[k],
		    k < kinds[run->kind].need);
		if (run->col[k] == -2) {
			if (run->kind == K_TIMED)
				cli_err(src->name, 0, "is the input from "
				    "sen-weeks?");
			return -1;
		}
	}
	for (k = 0; k < run->nby; k++)
		if (by_columns(run, src, k) != 0)
			return -1;
	run->ncols = sen_header_count(src->h);
	return 0;
}

/* Reads a 0 or 1 column; empty gives -1.  Returns a status. */
static int
flag(struct cli_src *src, long col, int *v)
{
	size_t len;
	const char *s = sen_csv_field(src->r, (size_t)col, &len);

	if (len == 0) {
		*v = -1;
		return SEN_OK;
	}
	if (len != 1 || (s[0] != '0' && s[0] != '1'))
		return SEN_ESYNTAX;
	*v = s[0] - '0';
	return SEN_OK;
}

/* Says why a group's counters could not be had. */
static int
cell_failed(const struct sen_agg *a)
{
	return sen_agg_full(a) ? SEN_EGROUPS : SEN_ENOMEM;
}

/* Counts one case into a group. */
static int
count(struct run *run, struct sen_agg *a, const char *g, size_t glen,
    sen_day start, sen_day stop, int within, int excepted)
{
	long long *c;

	if ((c = sen_agg_cell(a, g, glen, start)) == NULL)
		return cell_failed(a);
	c[REQUESTS]++;
	if (run->baseline && start >= run->base_from &&
	    start <= run->base_to &&
	    sen_agg_add_group(a, g, glen, 1) != SEN_OK)
		return cell_failed(a);
	if (stop == SEN_NODATE)
		return SEN_OK;
	if ((c = sen_agg_cell(a, g, glen, stop)) == NULL)
		return cell_failed(a);
	c[ISSUED]++;
	c[ALL_NUM] += within;
	c[ALL_DEN]++;
	if (excepted != 1) {
		c[EX_NUM] += within;
		c[EX_DEN]++;
	}
	return SEN_OK;
}

/* Reads the clock columns of a record.  Returns a status, with the
 * column at fault in *bad. */
static int
read_case(struct run *run, struct cli_src *src, sen_day *start,
    sen_day *stop, int *within, int *excepted, int *bad)
{
	const char *s;
	size_t len;
	int st;

	*bad = 0;
	s = sen_csv_field(src->r, (size_t)run->col[0], &len);
	if ((st = sen_date_parse(s, len, 0, start)) != SEN_OK)
		return st;
	*bad = 1;
	s = sen_csv_field(src->r, (size_t)run->col[1], &len);
	st = sen_date_parse(s, len, 0, stop);
	if (st == SEN_EEMPTY)
		*stop = SEN_NODATE;
	else if (st != SEN_OK)
		return st;
	*bad = 2;
	if ((st = flag(src, run->col[2], within)) != SEN_OK)
		return st;
	if (*stop != SEN_NODATE && *within < 0)
		return SEN_EEMPTY;
	*bad = 3;
	return flag(src, run->col[3], excepted);
}

/* Counts one timed case. */
static int
timed_record(struct run *run, struct cli_src *src)
{
	char msg[MSG_MAX], shown[200];
	const char *s;
	sen_day start, stop;
	int within, excepted, bad, st;
	size_t len, k;

	st = read_case(run, src, &start, &stop, &within, &excepted, &bad);
	if (st != SEN_OK) {
		s = sen_csv_field(src->r, (size_t)run->col[bad], &len);
		snprintf(msg, sizeof(msg), "%s %s: %s",
		    kinds[K_TIMED].cols[bad], cli_show(s, len, shown),
		    sen_strerror(st));
		return cli_reject(&run->io, src, st, msg, 1);
	}
	if ((st = count(run, run->all, "all", 3, start, stop, within,
	    excepted)) != SEN_OK)
		return st;
	for (k = 0; k < run->nby && st == SEN_OK; k++) {
		if ((s = group_of(run, src, k, &len)) == NULL)
			return SEN_ENOMEM;
		st = count(run, run->groups[k], s, len, start, stop, within,
		    excepted);
	}
	run->io.written++;
	return st;
}

/* Reads a date column of an allocation or statement: empty gives
 * SEN_NODATE. */
static int
stock_date(struct run *run, struct cli_src *src, size_t k, sen_day *d)
{
	const char *s;
	size_t len;
	int st;

	*d = SEN_NODATE;
	if (run->col[k] < 0)
		return SEN_OK;
	s = sen_csv_field(src->r, (size_t)run->col[k], &len);
	st = sen_date_parse(s, len, 0, d);
	return st == SEN_EEMPTY && k != C_START ? SEN_OK : st;
}

/* Reads an allocation's or statement's columns into an item.  Returns a
 * status, with the column at fault in *bad. */
static int
read_item(struct run *run, struct cli_src *src, struct sen_item *it,
    size_t *bad)
{
	const char *s;
	size_t len;
	int st;

	memset(it, 0, sizeof(*it));
	it->review = SEN_NODATE;
	it->rank = -1;
	*bad = C_START;
	if ((st = stock_date(run, src, C_START, &it->start)) != SEN_OK)
		return st;
	*bad = run->kind == K_BANDING ? 2 : 1;
	if ((st = stock_date(run, src, *bad, &it->end)) != SEN_OK)
		return st;
	if (run->kind == K_STATEMENT) {
		*bad = 2;
		return stock_date(run, src, 2, &it->review);
	}
	*bad = 1;
	s = sen_csv_field(src->r, (size_t)run->col[1], &len);
	if ((st = sen_money_parse(s, len, &it->pence)) != SEN_OK)
		return st;
	if (run->col[3] >= 0)
		it->rank = sen_year_rank(sen_csv_field(src->r,
		    (size_t)run->col[3], NULL));
	if (run->col[4] >= 0)
		it->cancelled = strcmp(sen_csv_field(src->r,
		    (size_t)run->col[4], NULL), "cancelled") == 0;
	return SEN_OK;
}

/* Keeps one allocation or statement. */
static int
stock_record(struct run *run, struct cli_src *src)
{
	struct sen_item it;
	char msg[MSG_MAX], shown[200];
	const char *s;
	size_t len, k, bad;
	int st;

	if ((st = read_item(run, src, &it, &bad)) != SEN_OK) {
		s = sen_csv_field(src->r, (size_t)run->col[bad], &len);
		snprintf(msg, sizeof(msg), "%s %s: %s",
		    kinds[run->kind].cols[bad], cli_show(s, len, shown),
		    sen_strerror(st));
		return cli_reject(&run->io, src, st, msg, 1);
	}
	if ((st = sen_stock_add(run->sall, "all", 3, &it)) != SEN_OK)
		return st;
	for (k = 0; k < run->nby && st == SEN_OK; k++) {
		if ((s = group_of(run, src, k, &len)) == NULL)
			return SEN_ENOMEM;
		st = sen_stock_add(run->sgroups[k], s, len, &it);
	}
	if (st == SEN_OK && run->kind == K_STATEMENT && run->col[3] >= 0) {
		s = sen_csv_field(src->r, (size_t)run->col[3], &len);
		if (len > 0)
			st = sen_stock_add(run->reasons, s, len, &it);
	}
	run->io.written++;
	return st;
}

/* Returns 1 when the record meets every --where. */
static int
where_match(struct run *run, struct cli_src *src)
{
	size_t k;

	for (k = 0; k < run->nwhere; k++)
		if (strcmp(sen_csv_field(src->r, (size_t)run->where[k].idx,
		    NULL), run->where[k].value) != 0)
			return 0;
	return 1;
}

/* Reads the period of a published row: a label such as 2019, or six
 * digits such as 201920 for the academic year 2019-20. */
static int
row_period(const char *s, size_t len, struct sen_period *p)
{
	char label[SEN_PERIOD_LABEL];

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 6 && strspn(s, "0123456789") >= 6) {
		snprintf(label, sizeof(label), "AY%.4s-%.2s", s, s + 4);
		return sen_period_parse(label, p);
	}
	if (len >= sizeof(label))
		return SEN_ESYNTAX;
	memcpy(label, s, len);
	label[len] = '\0';
	return sen_period_parse(label, p);
}

/* Makes the counters of published counts, once the kind of period is
 * known from the first row. */
static int
counts_start(struct run *run, enum sen_per kind)
{
	size_t k, g;

	run->per = kind;
	run->per_set = 1;
	for (k = 0; k < run->nmeasures; k++) {
		for (g = 0; g <= run->nby; g++) {
			if ((run->measure[k].agg[g] = sen_agg_new(kind)) == NULL)
				return SEN_ENOMEM;
			sen_agg_limit(run->measure[k].agg[g], run->max_groups);
		}
	}
	return SEN_OK;
}

/* Reads a measure's numbers from a row: v[0] the numerator, v[1] the
 * denominator, v[2] the published tenths (-1 for none).  Returns SEN_OK,
 * SEN_EEMPTY when a number is a symbol, or an error with the column at
 * fault in *bad. */
static int
counts_values(struct cli_src *src, const struct measure *m, long long *v,
    long *bad)
{
	const char *s;
	size_t len;
	int st, missing = 0;

	v[2] = -1;
	*bad = m->num_col;
	s = sen_csv_field(src->r, (size_t)m->num_col, &len);
	if ((st = sen_stat_count(s, len, &v[0])) != SEN_OK && st != SEN_EEMPTY)
		return st;
	missing |= st == SEN_EEMPTY;
	*bad = m->den_col;
	s = sen_csv_field(src->r, (size_t)m->den_col, &len);
	if ((st = sen_stat_count(s, len, &v[1])) != SEN_OK && st != SEN_EEMPTY)
		return st;
	missing |= st == SEN_EEMPTY;
	if (m->pub != NULL) {
		*bad = m->pub_col;
		s = sen_csv_field(src->r, (size_t)m->pub_col, &len);
		st = sen_stat_tenths(s, len, &v[2]);
		if (st != SEN_OK && st != SEN_EEMPTY)
			return st;
		if (st == SEN_EEMPTY)
			v[2] = -1;
	}
	return missing ? SEN_EEMPTY : SEN_OK;
}

/* Adds a row's numbers for one measure to a group. */
static int
counts_add(struct sen_agg *a, const char *g, size_t glen, sen_day day,
    const long long *v, int missing)
{
	long long *c;

	if ((c = sen_agg_cell(a, g, glen, day)) == NULL)
		return cell_failed(a);
	c[P_ROWS]++;
	if (v[2] >= 0) {
		c[P_PUB] += v[2];
		c[P_PUBROWS]++;
	}
	if (missing) {
		c[P_MISSING]++;
		return SEN_OK;
	}
	c[P_NUM] += v[0];
	c[P_DEN] += v[1];
	return SEN_OK;
}

/* Rejects a row of published counts. */
static int
counts_reject(struct run *run, struct cli_src *src, long col, int st)
{
	char msg[MSG_MAX], shown[200];
	const char *s;
	size_t len;

	s = sen_csv_field(src->r, (size_t)col, &len);
	snprintf(msg, sizeof(msg), "%s %s: %s",
	    sen_header_name(src->h, (size_t)col), cli_show(s, len, shown),
	    st == SEN_ESYNTAX ? "not a count, a period or a symbol" :
	    sen_strerror(st));
	return cli_reject(&run->io, src, st == SEN_EOVER ? st : SEN_ESYNTAX,
	    msg, 1);
}

/* Counts one row of published counts. */
static int
counts_record(struct run *run, struct cli_src *src)
{
	long long v[MAX_MEASURES][3];
	int missing[MAX_MEASURES], st;
	struct sen_period p;
	const char *s;
	size_t k, g, len;
	long bad;

	if (!where_match(run, src)) {
		run->io.skipped++;
		return SEN_OK;
	}
	s = sen_csv_field(src->r, (size_t)run->period_idx, &len);
	if (row_period(s, len, &p) != SEN_OK ||
	    (run->per_set && p.kind != run->per))
		return counts_reject(run, src, run->period_idx, SEN_ESYNTAX);
	if (!run->per_set && counts_start(run, p.kind) != SEN_OK)
		return SEN_ENOMEM;
	for (k = 0; k < run->nmeasures; k++) {
		st = counts_values(src, &run->measure[k], v[k], &bad);
		if (st != SEN_OK && st != SEN_EEMPTY)
			return counts_reject(run, src, bad, st);
		missing[k] = st == SEN_EEMPTY;
	}
	for (g = 0; g <= run->nby; g++) {
		s = "all";
		len = 3;
		if (g > 0 && (s = group_of(run, src, g - 1, &len)) == NULL)
			return SEN_ENOMEM;
		for (k = 0; k < run->nmeasures; k++)
			if ((st = counts_add(run->measure[k].agg[g], s, len,
			    sen_period_first(&p), v[k], missing[k])) != SEN_OK)
				return st;
	}
	run->io.written++;
	return SEN_OK;
}

/* Counts one record. */
static int
on_record(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	char msg[MSG_MAX];

	if (sen_csv_nfields(src->r) != run->ncols) {
		snprintf(msg, sizeof(msg), "%zu fields where the header has "
		    "%zu", sen_csv_nfields(src->r), run->ncols);
		return cli_reject(io, src, SEN_EFIELDS, msg, 1);
	}
	if (run->kind == K_TIMED)
		return timed_record(run, src);
	if (run->kind == K_COUNTS)
		return counts_record(run, src);
	return stock_record(run, src);
}

/* One output row's figures. */
struct figure {
	const char *measure;
	long long num;
	char den[32];		/* as written; empty for none */
	long long a, b;		/* the value is a/b; b == 0 for none */
	int form;		/* how the value is written */
	long long missing;	/* published counts: rows left out */
	long long pub;		/* the published value in tenths, or -1 */
};

enum { F_COUNT, F_PCT, F_MONEY };

/* The figure a/b in tenths, halves away from zero. */
static long long
tenths_of(const struct figure *f)
{
	return (20 * f->a + f->b) / (2 * f->b);
}

/* Counts a published figure that differs from the one worked out. */
static void
compare(struct run *run, const struct figure *f)
{
	if (f->pub >= 0 && f->b > 0 && tenths_of(f) != f->pub)
		run->differ++;
}

/* Writes the columns of published counts: rows left out, the published
 * figure, the difference and whether the two agree. */
static void
write_comparison(struct run *run, const struct figure *f)
{
	char n[32], pub[32], diff[32];
	long long d;

	snprintf(n, sizeof(n), "%lld", f->missing);
	pub[0] = diff[0] = '\0';
	if (f->pub >= 0)
		snprintf(pub, sizeof(pub), "%lld.%lld", f->pub / 10,
		    f->pub % 10);
	if (f->pub >= 0 && f->b > 0) {
		d = tenths_of(f) - f->pub;
		snprintf(diff, sizeof(diff), "%s%lld.%lld", d < 0 ? "-" : "",
		    (d < 0 ? -d : d) / 10, (d < 0 ? -d : d) % 10);
	}
	sen_csvw_str(run->out, n);
	sen_csvw_str(run->out, pub);
	sen_csvw_str(run->out, diff);
	sen_csvw_str(run->out, *diff == '\0' ? "" : strcmp(diff, "0.0") == 0 ?
	    "agrees" : "differs");
}

/* Writes one row. */
static int
write_row(struct run *run, const char *period, const char *by,
    const char *group, size_t glen, const struct figure *f,
    const struct sen_period *p)
{
	const struct sen_target *tg;
	char num[32], value[32], target[32];
	const char *status = "";

	snprintf(num, sizeof(num), "%lld", f->num);
	value[0] = target[0] = '\0';
	if (f->form == F_MONEY) {
		sen_money_format(f->num, num);
		sen_money_format(f->a, value);
	} else if (f->b > 0 && f->form == F_PCT) {
		sen_fraction_format(f->a, f->b, value);
	} else if (f->b > 0) {
		snprintf(value, sizeof(value), "%lld", f->a);
	}
	if ((tg = sen_targets_find(&run->targets, f->measure, p)) != NULL) {
		snprintf(target, sizeof(target), "%s%s", sen_op_name(tg->op),
		    tg->text);
		if (f->b > 0)
			status = sen_target_met(tg, f->a, f->form == F_MONEY ?
			    100 : f->b) ? "met" : "missed";
	}
	run->missed += strcmp(status, "missed") == 0;
	if (run->kind == K_COUNTS)
		compare(run, f);
	sen_csvw_str(run->out, period);
	sen_csvw_str(run->out, by);
	sen_csvw_field(run->out, group, glen);
	sen_csvw_str(run->out, f->measure);
	sen_csvw_str(run->out, num);
	sen_csvw_str(run->out, f->den);
	sen_csvw_str(run->out, value);
	sen_csvw_str(run->out, target);
	sen_csvw_str(run->out, status);
	if (run->kind == K_COUNTS)
		write_comparison(run, f);
	return sen_csvw_end(run->out);
}

/* A count, its own figure. */
static struct figure
count_figure(const char *measure, long long n)
{
	struct figure f = { measure, n, "", n, 1, F_COUNT, 0, -1 };

	return f;
}

/* A percentage a/b of whole numbers, with b written as denominator. */
static struct figure
pct_figure(const char *measure, long long a, long long b)
{
	struct figure f = { measure, a, "", 100 * a, b, F_PCT, 0, -1 };

	snprintf(f.den, sizeof(f.den), "%lld", b);
	return f;
}

/* An amount of money in pence. */
static struct figure
money_figure(const char *measure, long long pence)
{
	struct figure f = { measure, pence, "", pence, 1, F_MONEY, 0,
	    -1 };

	return f;
}

/* Works out the figures of one group of timed cases in one period. */
static size_t
timed_figures(struct run *run, const long long *c, long long base,
    struct figure *f)
{
	size_t n = 0;

	f[n++] = count_figure("requests", c[REQUESTS]);
	f[n++] = count_figure("issued", c[ISSUED]);
	f[n++] = pct_figure("on_time_all", c[ALL_NUM], c[ALL_DEN]);
	f[n++] = pct_figure("on_time_ex", c[EX_NUM], c[EX_DEN]);
	if (!run->baseline)
		return n;
	f[n] = (struct figure){ "requests_vs_baseline", c[REQUESTS], "",
	    100 * run->nbase * c[REQUESTS], base, F_PCT, 0, -1 };
	if (base > 0)
		sen_fraction_format(base, run->nbase, f[n].den);
	return n + 1;
}

/* Writes figures for a group. */
static int
write_figures(struct run *run, const struct sen_period *p, const char *by,
    const char *name, size_t len, const struct figure *f, size_t n)
{
	char label[SEN_PERIOD_LABEL];
	size_t i;
	int st = SEN_OK;

	sen_period_format(p, label);
	for (i = 0; i < n && st == SEN_OK; i++)
		st = write_row(run, label, by, name, len, &f[i], p);
	return st;
}

/* Writes the rows of every group of timed cases in period p. */
static int
timed_groups(struct run *run, struct sen_agg *a, const char *by,
    const struct sen_period *p)
{
	static const long long zero[SEN_AGG_N];
	struct figure f[8];
	const long long *c;
	const char *name;
	size_t g, n, len;
	long long base;
	int st = SEN_OK;

	for (g = 0; g < sen_agg_ngroups(a) && st == SEN_OK; g++) {
		base = sen_agg_group(a, g, &name, &len);
		if ((c = sen_agg_get(a, g, p)) == NULL)
			c = zero;
		n = timed_figures(run, c, base, f);
		st = write_figures(run, p, by, name, len, f, n);
	}
	return st;
}

/* Writes the rows of every group of allocations or statements in p. */
static int
stock_groups(struct run *run, struct sen_stock *s, const char *by,
    const struct sen_period *p, int reasons)
{
	struct sen_band_fig b;
	struct sen_stmt_fig m;
	struct figure f[8];
	const char *name;
	size_t g, n, len;
	int st = SEN_OK;

	for (g = 0; g < sen_stock_ngroups(s) && st == SEN_OK; g++) {
		name = sen_stock_group(s, g, &len);
		n = 0;
		if (run->kind == K_BANDING) {
			sen_stock_banding(s, g, p, &run->policy, &b);
			f[n++] = count_figure("banded_cases", b.cases);
			f[n++] = money_figure("banded_amount", b.pence);
			f[n++] = money_figure("committed_next", b.next_pence);
			if (b.policy)
				f[n++] = count_figure("banded_beyond_policy",
				    b.beyond);
		} else {
			sen_stock_statements(s, g, p, &m);
			if (!reasons)
				f[n++] = count_figure(
				    "statements_maintained", m.maintained);
			f[n++] = count_figure("statements_ceased", m.ceased);
			if (!reasons)
				f[n++] = count_figure("reviews_overdue",
				    m.overdue);
		}
		st = write_figures(run, p, by, name, len, f, n);
	}
	return st;
}

/* Writes the rows of every group of published counts in p, skipping
 * groups with no row in p. */
static int
counts_groups(struct run *run, size_t g, const char *by,
    const struct sen_period *p)
{
	struct sen_agg *a0 = run->measure[0].agg[g];
	struct figure f[MAX_MEASURES];
	const long long *c;
	const char *name;
	size_t i, k, len;
	int st = SEN_OK;

	for (i = 0; i < sen_agg_ngroups(a0) && st == SEN_OK; i++) {
		sen_agg_group(a0, i, &name, &len);
		if (sen_agg_get(a0, i, p) == NULL)
			continue;
		for (k = 0; k < run->nmeasures; k++) {
			sen_agg_group(run->measure[k].agg[g], i, &name, &len);
			c = sen_agg_get(run->measure[k].agg[g], i, p);
			f[k] = pct_figure(run->measure[k].name, c[P_NUM],
			    c[P_DEN]);
			f[k].missing = c[P_MISSING];
			f[k].pub = c[P_ROWS] == 1 && c[P_PUBROWS] == 1 ?
			    c[P_PUB] : -1;
		}
		st = write_figures(run, p, by, name, len, f, run->nmeasures);
	}
	return st;
}

/* Writes one period: all, then each --by grouping. */
static int
write_period(struct run *run, const struct sen_period *p)
{
	size_t k;
	int st;

	if (run->kind == K_COUNTS) {
		st = counts_groups(run, 0, "all", p);
		for (k = 0; k < run->nby && st == SEN_OK; k++)
			st = counts_groups(run, k + 1, run->by[k], p);
		return st;
	}
	if (run->kind == K_TIMED) {
		st = timed_groups(run, run->all, "all", p);
		for (k = 0; k < run->nby && st == SEN_OK; k++)
			st = timed_groups(run, run->groups[k], run->by[k], p);
		return st;
	}
	st = stock_groups(run, run->sall, "all", p, 0);
	for (k = 0; k < run->nby && st == SEN_OK; k++)
		st = stock_groups(run, run->sgroups[k], run->by[k], p, 0);
	if (st == SEN_OK && run->kind == K_STATEMENT)
		st = stock_groups(run, run->reasons, "cease_reason", p, 1);
	return st;
}

/* The first and last periods to write. */
static int
range(struct run *run, struct sen_period *first, struct sen_period *last)
{
	sen_day a, b;

	if (run->kind == K_TIMED)
		return sen_agg_range(run->all, first, last);
	if (run->kind == K_COUNTS)
		return run->per_set && sen_agg_range(run->measure[0].agg[0],
		    first, last);
	if (run->sall == NULL || !sen_stock_range(run->sall, &a, &b))
		return 0;
	*first = sen_period_of(run->per, a);
	*last = sen_period_of(run->per, b);
	return 1;
}

/* Writes every period from the first counted to the last. */
static int
write_all(struct cli_run *io)
{
	struct run *run = io->ctx;
	static const char *const head[] = { "period", "by", "group",
	    "measure", "numerator", "denominator", "value", "target",
	    "status" };
	struct sen_period p, last;
	size_t i;
	int st;

	for (i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		sen_csvw_str(run->out, head[i]);
	if (run->kind == K_COUNTS) {
		sen_csvw_str(run->out, "missing");
		sen_csvw_str(run->out, "published");
		sen_csvw_str(run->out, "difference");
		sen_csvw_str(run->out, "comparison");
	}
	if ((st = sen_csvw_end(run->out)) != SEN_OK)
		return st;
	if (!range(run, &p, &last))
		return SEN_OK;
	for (;; p = sen_period_next(&p)) {
		st = write_period(run, &p);
		if (st != SEN_OK || sen_period_cmp(&p, &last) >= 0)
			return st;
	}
}

/* Returns 1 for a measure this program writes. */
static int
known_measure(const struct run *run, const char *m)
{
	static const char *const names[] = { "requests", "issued",
	    "on_time_all", "on_time_ex", "requests_vs_baseline",
	    "banded_cases", "banded_amount", "committed_next",
	    "banded_beyond_policy", "statements_maintained",
	    "statements_ceased", "reviews_overdue" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(m, names[i]) == 0)
			return 1;
	for (i = 0; i < run->nmeasures; i++)
		if (strcmp(m, run->measure[i].name) == 0)
			return 1;
	return 0;
}

/* Takes one row of a targets file. */
static int
target_row(void *ctx, const char *path, struct sen_csv *r)
{
	struct run *run = ctx;
	const char *what;
	int st;

	if (!known_measure(run, sen_csv_field(r, 0, NULL))) {
		cli_err(path, sen_csv_line(r), "unknown measure '%s'",
		    sen_csv_field(r, 0, NULL));
		return -1;
	}
	st = sen_targets_add(&run->targets, sen_csv_field(r, 0, NULL),
	    sen_csv_field(r, 1, NULL), sen_csv_field(r, 2, NULL),
	    sen_csv_field(r, 3, NULL), &what);
	if (st == SEN_OK)
		return 0;
	cli_err(path, sen_csv_line(r), "bad %s", what ? what : "target");
	return -1;
}

/* Reads a targets file: measure,period,op,target with a header. */
static void
read_targets(struct run *run, const char *path)
{
	cli_read_settings(path, "measure", 4, 4, "measure,period,op,target",
	    target_row, run);
}

/* Reads one end of a baseline: a date, or a period label whose first
 * (or last) day is taken. */
static sen_day
baseline_end(const char *s, size_t len, int last)
{
	struct sen_period p;
	char label[SEN_PERIOD_LABEL];
	sen_day d;

	if (sen_date_parse(s, len, 0, &d) == SEN_OK)
		return d;
	if (len >= sizeof(label))
		return SEN_NODATE;
	memcpy(label, s, len);
	label[len] = '\0';
	if (sen_period_parse(label, &p) != SEN_OK)
		return SEN_NODATE;
	return last ? sen_period_last(&p) : sen_period_first(&p);
}

/* Reads --baseline FROM:TO. */
static void
parse_baseline(struct run *run, const char *arg)
{
	const char *colon = strchr(arg, ':');

	if (colon == NULL)
		cli_usage_err("--baseline: expected FROM:TO, got '%s'", arg);
	run->base_from = baseline_end(arg, (size_t)(colon - arg), 0);
	run->base_to = baseline_end(colon + 1, strlen(colon + 1), 1);
	if (run->base_from == SEN_NODATE || run->base_to == SEN_NODATE ||
	    run->base_from > run->base_to)
		cli_usage_err("--baseline: '%s' is not a span of days", arg);
	run->baseline = 1;
}

/* Reads --baseline and checks that it is made of whole periods, so that
 * every request counted in it lies in a period it is divided by. */
static void
check_baseline(struct run *run, const char *arg)
{
	struct sen_period a, b;

	parse_baseline(run, arg);
	a = sen_period_of(run->per, run->base_from);
	b = sen_period_of(run->per, run->base_to);
	if (sen_period_first(&a) != run->base_from ||
	    sen_period_last(&b) != run->base_to)
		cli_usage_err("--baseline: '%s' is not a whole number of "
		    "periods of %s", arg, sen_per_name(run->per));
	run->nbase = sen_period_count(run->per, run->base_from,
	    run->base_to);
}

/* Takes one row of a policy file. */
static int
policy_row(void *ctx, const char *path, struct sen_csv *r)
{
	struct sen_policy *pol = ctx;
	const char *code, *g = sen_csv_field(r, 1, NULL);
	char *end;
	long year;
	int rank = -1;
	size_t i;

	year = strtol(sen_csv_field(r, 0, NULL), &end, 10);
	if (year > 0 && year < 10000 && *end == '\0' && sen_code_lookup(
	    SEN_V_YEAR_GROUP, g, strlen(g), &code) == SEN_OK)
		rank = sen_year_rank(code);
	if (rank < 0) {
		cli_err(path, sen_csv_line(r), "expected "
		    "year,highest_year_group");
		return -1;
	}
	for (i = 0; i < pol->n; i++) {
		if (pol->year[i] == year) {
			cli_err(path, sen_csv_line(r), "%ld given twice", year);
			return -1;
		}
	}
	if (pol->n == sizeof(pol->year) / sizeof(pol->year[0])) {
		cli_err(path, sen_csv_line(r), "more than %zu years", pol->n);
		return -1;
	}
	pol->year[pol->n] = (int)year;
	pol->rank[pol->n++] = rank;
	return 0;
}

/* Reads a policy file: year,highest_year_group with a header. */
static void
read_policy(struct run *run, const char *path)
{
	cli_read_settings(path, "year", 2, 2, "year,highest_year_group",
	    policy_row, &run->policy);
}

/* Reads -k. */
static void
set_kind(struct run *run, const char *name)
{
	size_t k;

	for (k = 1; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		if (strcmp(name, kinds[k].name) == 0) {
			run->kind = (enum kind)k;
			return;
		}
	}
	cli_usage_err("--kind: timed, banding, statement or counts, not '%s'",
	    name);
}

static const struct option longopts[] = {
	{ "baseline", required_argument, NULL, 'B' },
	{ "by", required_argument, NULL, 'b' },
	{ "check", no_argument, NULL, 'C' },
	{ "compare", required_argument, NULL, 'c' },
	{ "den", required_argument, NULL, 'D' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "excel", no_argument, NULL, 'X' },
	{ "help", no_argument, NULL, 'h' },
	{ "max-field", required_argument, NULL, 'F' },
	{ "max-groups", required_argument, NULL, 'G' },
	{ "kind", required_argument, NULL, 'k' },
	{ "measure", required_argument, NULL, 'm' },
	{ "num", required_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "per", required_argument, NULL, 'p' },
	{ "period-col", required_argument, NULL, 'T' },
	{ "policy", required_argument, NULL, 'P' },
	{ "rejects", required_argument, NULL, 'r' },
	{ "targets", required_argument, NULL, 't' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ "where", required_argument, NULL, 'w' },
	{ NULL, 0, NULL, 0 }
};

/* The measure the next --num, --den or --compare belongs to: the last
 * --measure, or a new one when it has that column already. */
static struct measure *
current_measure(struct run *run, int c)
{
	struct measure *m = run->nmeasures ?
	    &run->measure[run->nmeasures - 1] : NULL;

	if (m != NULL && !((c == 'n' && m->num) || (c == 'D' && m->den) ||
	    (c == 'c' && m->pub)))
		return m;
	if (run->nmeasures == MAX_MEASURES)
		cli_usage_err("at most %d measures", MAX_MEASURES);
	m = &run->measure[run->nmeasures++];
	memset(m, 0, sizeof(*m));
	return m;
}

/* Reads the options for published counts. */
static void
counts_option(struct run *run, int c)
{
	struct measure *m;
	const char *eq;

	run->kind = K_COUNTS;
	if (c == 'T') {
		run->period_col = optarg;
		return;
	}
	if (c == 'w') {
		if ((eq = strchr(optarg, '=')) == NULL ||
		    run->nwhere == MAX_WHERE)
			cli_usage_err("--where: COLUMN=VALUE, at most %d",
			    MAX_WHERE);
		run->where[run->nwhere].col = strndup(optarg,
		    (size_t)(eq - optarg));
		run->where[run->nwhere++].value = eq + 1;
		return;
	}
	if (c == 'm') {
		m = current_measure(run, 'n');
		if (m->num != NULL || m->name != NULL)
			m = current_measure(run, 'n');
		m->name = optarg;
		return;
	}
	m = current_measure(run, c);
	if (c == 'n')
		m->num = optarg;
	else if (c == 'D')
		m->den = optarg;
	else
		m->pub = optarg;
}

/* Checks that each measure of published counts is whole. */
static void
check_counts(struct run *run)
{
	struct measure *m;
	size_t k;

	if (run->kind != K_COUNTS)
		return;
	if (run->period_col == NULL || run->nmeasures == 0)
		cli_usage_err("published counts need --period-col, --num and "
		    "--den");
	for (k = 0; k < run->nmeasures; k++) {
		m = &run->measure[k];
		if (m->num == NULL || m->den == NULL)
			cli_usage_err("measure %zu: --num and --den both", k + 1);
		if (m->name == NULL)
			m->name = m->num;
		run->compared |= m->pub != NULL;
	}
}

/* Reads the options into run. */
static void
options(struct run *run, int argc, char **argv)
{
	const char *base = NULL;
	size_t k;
	int c;

	while ((c = getopt_long(argc, argv, "B:b:d:k:o:p:r:t:vw:", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'B':
			base = optarg;
			break;
		case 'b':
			if (run->nby == MAX_BY)
				cli_usage_err("--by: at most %d", MAX_BY);
			run->by[run->nby++] = optarg;
			break;
		case 'C':
			run->check = 1;
			break;
		case 'h':
			usage();
			break;
		case 'G':
			run->max_groups = (size_t)cli_number("--max-groups",
			    optarg, 1, 100000000L);
			break;
		case 'k':
			set_kind(run, optarg);
			break;
		case 'P':
			read_policy(run, optarg);
			break;
		case 'p':
			if (sen_per_parse(optarg, &run->per) != SEN_OK)
				cli_usage_err("--per: unknown period '%s'",
				    optarg);
			break;
		case 't':
			if (run->ntargets_paths == MAX_TARGETS)
				cli_usage_err("-t: at most %d", MAX_TARGETS);
			run->targets_paths[run->ntargets_paths++] = optarg;
			break;
		case 'c': case 'D': case 'm': case 'n': case 'T': case 'w':
			counts_option(run, c);
			break;
		default:
			if (!cli_common_option(&run->io, c))
				cli_usage_try();
		}
	}
	check_counts(run);
	if (base != NULL)
		check_baseline(run, base);
	for (k = 0; k < run->ntargets_paths; k++)
		read_targets(run, run->targets_paths[k]);
}

/* Says when a run counted nothing it was asked to: no record met the
 * --where conditions, or no request fell in the --baseline.  Returns 1
 * then, else 0. */
static int
nothing_counted(struct run *run)
{
	const char *name;
	size_t len;

	if (run->nwhere > 0 && run->io.read > 0 && run->io.written == 0) {
		cli_err(NULL, 0, "no record met the --where conditions");
		return 1;
	}
	if (run->baseline && run->kind == K_TIMED &&
	    sen_agg_ngroups(run->all) > 0 &&
	    sen_agg_group(run->all, 0, &name, &len) == 0) {
		cli_err(NULL, 0, "no request fell in the --baseline");
		return 1;
	}
	return 0;
}

/* Makes the counters for each grouping. */
static void
make_counters(struct run *run)
{
	size_t k;

	run->all = sen_agg_new(run->per);
	run->sall = sen_stock_new();
	run->reasons = sen_stock_new();
	if (run->all == NULL || run->sall == NULL || run->reasons == NULL)
		exit(1);
	for (k = 0; k < run->nby; k++) {
		run->groups[k] = sen_agg_new(run->per);
		run->sgroups[k] = sen_stock_new();
		if (run->groups[k] == NULL || run->sgroups[k] == NULL)
			exit(1);
		sen_agg_limit(run->groups[k], run->max_groups);
		sen_stock_limit(run->sgroups[k], run->max_groups);
	}
	sen_stock_limit(run->reasons, run->max_groups);
}

/* Frees the counters. */
static void
free_counters(struct run *run)
{
	size_t k, g;

	sen_agg_free(run->all);
	sen_stock_free(run->sall);
	sen_stock_free(run->reasons);
	for (k = 0; k < run->nmeasures; k++)
		for (g = 0; g <= run->nby; g++)
			sen_agg_free(run->measure[k].agg[g]);
	for (k = 0; k < run->nwhere; k++)
		free(run->where[k].col);
	for (k = 0; k < run->nby; k++) {
		sen_agg_free(run->groups[k]);
		sen_stock_free(run->sgroups[k]);
	}
}

int
main(int argc, char **argv)
{
	struct run run;
	int rc;

	cli_prog = "sen-target";
	memset(&run, 0, sizeof(run));
	run.per = SEN_PER_HALF;
	run.max_groups = MAX_GROUPS;
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	options(&run, argc, argv);
	make_counters(&run);
	rc = cli_filter(&run.io, argv + optind, argc - optind, &run.out,
	    write_all);
	rc |= nothing_counted(&run);
	free_counters(&run);
	free(run.gbuf);
	sen_targets_free(&run.targets);
	if (run.check && (run.missed > 0 || run.differ > 0))
		rc = 1;
	return rc;
}
