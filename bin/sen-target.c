/*
 * sen-target: count timed cases per period and group, and hold the
 * figures to their targets.
 *
 * Reads the stream sen-weeks writes and writes one row per period, group
 * and measure: period,by,group,measure,numerator,denominator,value,
 * target,status.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sen.h"
#include "sen_agg.h"
#include "sen_csv.h"
#include "sen_date.h"
#include "sen_out.h"
#include "sen_period.h"
#include "sen_target.h"

#define MSG_MAX 512

enum {				/* the counters kept per period and group */
	REQUESTS,		/* by clock start */
	ISSUED,			/* by clock stop */
	ALL_NUM, ALL_DEN,	/* within the limit, of all stopped */
	EX_NUM, EX_DEN		/* the same, excepted cases left out */
};

enum { C_START, C_STOP, C_WITHIN, C_EXCEPTED, NCOLS };

static const char *const col_names[NCOLS] = {
	"clock_start", "clock_stop", "within", "excepted"
};

struct run {
	struct cli_run io;
	enum sen_per per;
	const char *by;
	struct sen_targets targets;
	int check;
	int baseline;		/* --baseline given */
	sen_day base_from, base_to;
	long long nbase;	/* periods in the baseline */

	struct sen_agg *all, *groups;
	int headed;
	size_t ncols;
	long col[NCOLS];
	long by_col;

	struct sen_csvw *out;
	unsigned long missed;
};

static const char usage_text[] =
"usage: sen-target [-v] [--check] [-B from:to] [-b column] [-d delim]\n"
"                  [-o file] [-p per] [-r rejects.csv] [-t targets.csv]\n"
"                  [--excel] [--max-field bytes] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stdout);
	fputs("\n"
"Counts timed cases per period and group and compares them with targets.\n"
"\n"
"  -B, --baseline=FROM:TO  historical level: requests as a percentage of\n"
"                        the average per period between FROM and TO\n"
"                        (dates or period labels, such as 2001:2003)\n"
"  -b, --by=COLUMN       count per value of COLUMN as well as in all\n"
"      --check           exit 1 when a target is missed\n"
"  -d, --delimiter=C     input field delimiter, 'tab' for tab (default ',')\n"
"  -o, --output=FILE     write here, atomically (default standard output)\n"
"  -p, --per=PERIOD      year, half (default), quarter, month, fy,\n"
"                        fy-half or ay\n"
"  -r, --rejects=FILE    write rejected records here with their reasons\n"
"  -t, --targets=FILE    targets: CSV of measure,period,op,target\n"
"      --excel           write CSV for spreadsheets: byte-order mark, CRLF,\n"
"                        cells that would run as formulas disarmed\n"
"      --max-field=N     largest field in bytes (default 1048576)\n"
"  -v, --verbose         print the counts of records read and written\n"
"      --help            print this help and exit\n"
"      --version         print the version and exit\n", stdout);
	exit(0);
}

/* Reads a file's header: finds the clock columns. */
static int
on_header(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	size_t i, k;
	int st;

	for (k = 0; k < NCOLS; k++) {
		st = sen_header_find(src->h, col_names[k], &i);
		if (st != SEN_OK) {
			cli_err(src->name, sen_csv_line(src->r), "%s '%s'%s",
			    sen_strerror(st), col_names[k], st == SEN_ECOLUMN
			    ? " (is the input from sen-weeks?)" : "");
			return -1;
		}
		run->col[k] = (long)i;
	}
	run->by_col = -1;
	if (run->by != NULL) {
		if ((st = sen_header_find(src->h, run->by, &i)) != SEN_OK) {
			cli_err(src->name, sen_csv_line(src->r), "%s '%s'",
			    sen_strerror(st), run->by);
			return -1;
		}
		run->by_col = (long)i;
	}
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

/* Counts one case into a group. */
static int
count(struct run *run, struct sen_agg *a, const char *g, size_t glen,
    sen_day start, sen_day stop, int within, int excepted)
{
	long long *c;

	if ((c = sen_agg_cell(a, g, glen, start)) == NULL)
		return SEN_ENOMEM;
	c[REQUESTS]++;
	if (run->baseline && start >= run->base_from &&
	    start <= run->base_to &&
	    sen_agg_add_group(a, g, glen, 1) != SEN_OK)
		return SEN_ENOMEM;
	if (stop == SEN_NODATE)
		return SEN_OK;
	if ((c = sen_agg_cell(a, g, glen, stop)) == NULL)
		return SEN_ENOMEM;
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

	*bad = C_START;
	s = sen_csv_field(src->r, (size_t)run->col[C_START], &len);
	if ((st = sen_date_parse(s, len, 0, start)) != SEN_OK)
		return st;
	*bad = C_STOP;
	s = sen_csv_field(src->r, (size_t)run->col[C_STOP], &len);
	st = sen_date_parse(s, len, 0, stop);
	if (st == SEN_EEMPTY)
		*stop = SEN_NODATE;
	else if (st != SEN_OK)
		return st;
	*bad = C_WITHIN;
	if ((st = flag(src, run->col[C_WITHIN], within)) != SEN_OK)
		return st;
	if (*stop != SEN_NODATE && *within < 0)
		return SEN_EEMPTY;
	*bad = C_EXCEPTED;
	return flag(src, run->col[C_EXCEPTED], excepted);
}

/* Counts one record. */
static int
on_record(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	char msg[MSG_MAX], shown[200];
	const char *s;
	sen_day start, stop;
	int within, excepted, bad, st;
	size_t len;

	if (sen_csv_nfields(src->r) != run->ncols) {
		snprintf(msg, sizeof(msg), "%zu fields where the header has "
		    "%zu", sen_csv_nfields(src->r), run->ncols);
		return cli_reject(io, src, SEN_EFIELDS, msg, 1);
	}
	st = read_case(run, src, &start, &stop, &within, &excepted, &bad);
	if (st != SEN_OK) {
		s = sen_csv_field(src->r, (size_t)run->col[bad], &len);
		snprintf(msg, sizeof(msg), "%s %s: %s", col_names[bad],
		    cli_show(s, len, shown), sen_strerror(st));
		return cli_reject(io, src, st, msg, 1);
	}
	if ((st = count(run, run->all, "all", 3, start, stop, within,
	    excepted)) != SEN_OK)
		return st;
	if (run->by_col >= 0) {
		s = sen_csv_field(src->r, (size_t)run->by_col, &len);
		st = count(run, run->groups, s, len, start, stop, within,
		    excepted);
	}
	io->written++;
	return st;
}

/* One output row's figures. */
struct figure {
	const char *measure;
	long long num;
	char den[32];		/* as written; empty for none */
	long long a, b;		/* the value is a/b; b == 0 for none */
	int pct;		/* a fraction to one decimal, not a count */
};

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
	if (f->b > 0 && f->pct)
		sen_fraction_format(f->a, f->b, value);
	else if (f->b > 0)
		snprintf(value, sizeof(value), "%lld", f->a);
	if ((tg = sen_targets_find(&run->targets, f->measure, p)) != NULL) {
		snprintf(target, sizeof(target), "%s%s", sen_op_name(tg->op),
		    tg->text);
		if (f->b > 0)
			status = sen_target_met(tg, f->a, f->b) ? "met" :
			    "missed";
	}
	run->missed += strcmp(status, "missed") == 0;
	sen_csvw_str(run->out, period);
	sen_csvw_str(run->out, by);
	sen_csvw_field(run->out, group, glen);
	sen_csvw_str(run->out, f->measure);
	sen_csvw_str(run->out, num);
	sen_csvw_str(run->out, f->den);
	sen_csvw_str(run->out, value);
	sen_csvw_str(run->out, target);
	sen_csvw_str(run->out, status);
	return sen_csvw_end(run->out);
}

/* Works out the figures of one group in one period. */
static size_t
figures(struct run *run, const long long *c, long long base,
    struct figure *f)
{
	size_t n = 0;

	f[n++] = (struct figure){ "requests", c[REQUESTS], "", c[REQUESTS],
	    1, 0 };
	f[n++] = (struct figure){ "issued", c[ISSUED], "", c[ISSUED], 1, 0 };
	f[n] = (struct figure){ "on_time_all", c[ALL_NUM], "",
	    100 * c[ALL_NUM], c[ALL_DEN], 1 };
	snprintf(f[n++].den, sizeof(f->den), "%lld", c[ALL_DEN]);
	f[n] = (struct figure){ "on_time_ex", c[EX_NUM], "",
	    100 * c[EX_NUM], c[EX_DEN], 1 };
	snprintf(f[n++].den, sizeof(f->den), "%lld", c[EX_DEN]);
	if (!run->baseline)
		return n;
	f[n] = (struct figure){ "requests_vs_baseline", c[REQUESTS], "",
	    100 * run->nbase * c[REQUESTS], base, 1 };
	if (base > 0)
		sen_fraction_format(base, run->nbase, f[n].den);
	return n + 1;
}

/* Writes the rows of every group of an aggregate in period p. */
static int
write_groups(struct run *run, struct sen_agg *a, const char *by,
    const struct sen_period *p)
{
	static const long long zero[SEN_AGG_N];
	struct figure f[8];
	char label[SEN_PERIOD_LABEL];
	const long long *c;
	const char *name;
	size_t g, i, n, len;
	long long base;
	int st = SEN_OK;

	sen_period_format(p, label);
	for (g = 0; g < sen_agg_ngroups(a); g++) {
		base = sen_agg_group(a, g, &name, &len);
		if ((c = sen_agg_get(a, g, p)) == NULL)
			c = zero;
		n = figures(run, c, base, f);
		for (i = 0; i < n && st == SEN_OK; i++)
			st = write_row(run, label, by, name, len, &f[i], p);
	}
	return st;
}

/* Writes every period from the first counted to the last. */
static int
write_all(struct run *run)
{
	static const char *const head[] = { "period", "by", "group",
	    "measure", "numerator", "denominator", "value", "target",
	    "status" };
	struct sen_period p, last;
	size_t i;
	int st;

	for (i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		sen_csvw_str(run->out, head[i]);
	if ((st = sen_csvw_end(run->out)) != SEN_OK)
		return st;
	if (!sen_agg_range(run->all, &p, &last))
		return SEN_OK;
	for (;; p = sen_period_next(&p)) {
		st = write_groups(run, run->all, "all", &p);
		if (st == SEN_OK && run->by != NULL)
			st = write_groups(run, run->groups, run->by, &p);
		if (st != SEN_OK || sen_period_cmp(&p, &last) >= 0)
			return st;
	}
}

/* Returns 1 for a measure this program writes. */
static int
known_measure(const char *m)
{
	static const char *const names[] = { "requests", "issued",
	    "on_time_all", "on_time_ex", "requests_vs_baseline" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(m, names[i]) == 0)
			return 1;
	return 0;
}

/* Reads a targets file: measure,period,op,target with a header. */
static void
read_targets(struct run *run, const char *path)
{
	struct sen_csv *r;
	const char *what;
	FILE *fp;
	int st, bad = 0;

	if ((fp = cli_open(path)) == NULL)
		exit(1);
	if ((r = sen_csv_open(fp, ',', 0)) == NULL)
		exit(1);
	while ((st = sen_csv_read(r)) != SEN_EOF) {
		if (st == SEN_OK && sen_csv_line(r) == 1 &&
		    strcmp(sen_csv_field(r, 0, NULL), "measure") == 0)
			continue;
		if (st != SEN_OK || sen_csv_nfields(r) != 4) {
			cli_err(path, sen_csv_line(r), "expected "
			    "measure,period,op,target");
			bad = 1;
			continue;
		}
		if (!known_measure(sen_csv_field(r, 0, NULL))) {
			cli_err(path, sen_csv_line(r), "unknown measure '%s'",
			    sen_csv_field(r, 0, NULL));
			bad = 1;
			continue;
		}
		st = sen_targets_add(&run->targets, sen_csv_field(r, 0, NULL),
		    sen_csv_field(r, 1, NULL), sen_csv_field(r, 2, NULL),
		    sen_csv_field(r, 3, NULL), &what);
		if (st != SEN_OK) {
			cli_err(path, sen_csv_line(r), "bad %s", what ? what :
			    "target");
			bad = 1;
		}
	}
	sen_csv_close(r);
	cli_close(fp);
	if (bad)
		exit(1);
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

static const struct option longopts[] = {
	{ "baseline", required_argument, NULL, 'B' },
	{ "by", required_argument, NULL, 'b' },
	{ "check", no_argument, NULL, 'C' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "excel", no_argument, NULL, 'X' },
	{ "help", no_argument, NULL, 'h' },
	{ "max-field", required_argument, NULL, 'F' },
	{ "output", required_argument, NULL, 'o' },
	{ "per", required_argument, NULL, 'p' },
	{ "rejects", required_argument, NULL, 'r' },
	{ "targets", required_argument, NULL, 't' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* Reads the options into run; returns the output path. */
static const char *
options(struct run *run, int argc, char **argv)
{
	const char *outpath = NULL, *base = NULL;
	int c;

	while ((c = getopt_long(argc, argv, "B:b:d:o:p:r:t:v", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'B':
			base = optarg;
			break;
		case 'b':
			run->by = optarg;
			break;
		case 'C':
			run->check = 1;
			break;
		case 'd':
			run->io.delim = cli_delim(optarg);
			break;
		case 'F':
			run->io.max_field = (size_t)cli_number("--max-field",
			    optarg, 16, 1L << 30);
			break;
		case 'h':
			usage();
			break;
		case 'o':
			outpath = optarg;
			break;
		case 'p':
			if (sen_per_parse(optarg, &run->per) != SEN_OK)
				cli_usage_err("--per: unknown period '%s'",
				    optarg);
			break;
		case 'r':
			run->io.rjpath = optarg;
			break;
		case 't':
			read_targets(run, optarg);
			break;
		case 'v':
			run->io.verbose = 1;
			break;
		case 'V':
			cli_version();
			break;
		case 'X':
			run->io.excel = 1;
			break;
		default:
			cli_usage_err("unknown option");
		}
	}
	if (base != NULL)
		check_baseline(run, base);
	return outpath;
}

int
main(int argc, char **argv)
{
	struct run run;
	struct sen_out out;
	const char *outpath;
	int bad;

	cli_prog = "sen-target";
	memset(&run, 0, sizeof(run));
	run.per = SEN_PER_HALF;
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	outpath = options(&run, argc, argv);
	run.all = sen_agg_new(run.per);
	run.groups = sen_agg_new(run.per);
	if (run.all == NULL || run.groups == NULL)
		exit(1);
	cli_out_open(&out, outpath);
	run.out = sen_csvw_open(out.fp, ',', cli_csvw_flags(&run.io));
	if (run.out == NULL)
		exit(1);
	cli_rejects_open(&run.io);
	bad = cli_read_all(&run.io, argv + optind, argc - optind);
	if (write_all(&run) != SEN_OK)
		bad = 1;
	bad |= cli_finish(&run.io);
	if (sen_csvw_close(run.out) != SEN_OK)
		bad = 1;
	bad |= cli_out_commit(&out, outpath, bad);
	sen_agg_free(run.all);
	sen_agg_free(run.groups);
	sen_targets_free(&run.targets);
	if (run.check && run.missed > 0)
		bad = 1;
	return bad || run.io.rejected > 0 ? 1 : 0;
}
