/*
 * sen-report: the monitoring report, from the measures sen-target
 * writes, as plain text, Markdown, HTML or an Excel workbook.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sen.h"
#include "sen_csv.h"
#include "sen_html.h"
#include "sen_out.h"
#include "sen_report.h"
#include "sen_target.h"
#include "sen_xlsx.h"

struct run {
	struct cli_run io;
	struct sen_report rep;
	long col[SEN_M_NCOLS];
	size_t ncols;
};

static const char usage_text[] =
"usage: sen-report [-v] [-a date] [-d delim] [-f format] [-l weeks]\n"
"                  [-o file] [-p period] [-R regime] [-r rejects.csv]\n"
"                  [--amber points] [--benchmark group] [--org name]\n"
"                  [--suppress n] [--title text] [--trend n]\n"
"                  [--max-field bytes] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stdout);
	fputs("\n"
"Writes the monitoring report for one period from sen-target's measures.\n"
"\n"
"  -a, --as-of=DATE      the day the data describes; by default the\n"
"                        report is on the latest period ended before it\n"
"  -d, --delimiter=C     input field delimiter, 'tab' for tab (default ',')\n"
"  -f, --format=FORMAT   text (default), markdown, html, or xlsx (an\n"
"                        Excel workbook, written only to a file: -o)\n"
"  -l, --limit=WEEKS     the limit the cases were timed against\n"
"                        (default 18 under 2001, 20 under 2014)\n"
"  -o, --output=FILE     write here, atomically (default standard output)\n"
"  -p, --period=LABEL    the period to report on, such as 2005-H2\n"
"                        (default the latest in the input)\n"
"  -R, --regime=YEAR     2001 (default) or 2014, for the notes\n"
"  -r, --rejects=FILE    write rejected records here with their reasons\n"
"      --amber=POINTS    a percentage that misses its target by no more\n"
"                        than POINTS percentage points is a near miss,\n"
"                        amber (default 0: none)\n"
"      --benchmark=GROUP set GROUP beside the others named so, period by\n"
"                        period, for each measure they have (up to 7)\n"
"      --org=NAME        the organisation, shown under the title\n"
"      --suppress=N      show counts below N, and percentages built on\n"
"                        them, as c (default 0: none)\n"
"      --title=TEXT      the title\n"
"      --trend=N         periods in the trend table and charts\n"
"                        (default 10)\n"
"      --max-field=N     largest field in bytes (default 1048576)\n"
"  -v, --verbose         print the counts of records read\n"
"      --help            print this help and exit\n"
"      --version         print the version and exit\n", stdout);
	exit(0);
}

/* Finds the measures columns. */
static int
on_header(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	size_t i, k;
	int st;

	for (k = 0; k < SEN_M_NCOLS; k++) {
		st = sen_header_find(src->h, sen_measure_columns[k], &i);
		if (st != SEN_OK) {
			cli_err(src->name, sen_csv_line(src->r), "%s '%s'%s",
			    sen_strerror(st), sen_measure_columns[k],
			    st == SEN_ECOLUMN ?
			    " (is the input from sen-target?)" : "");
			return -1;
		}
		run->col[k] = (long)i;
	}
	run->ncols = sen_header_count(src->h);
	return 0;
}

/* Keeps one measures row. */
static int
on_record(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	const char *f[SEN_M_NCOLS];
	char msg[300], shown[200];
	size_t k, len;
	int st;

	if (sen_csv_nfields(src->r) != run->ncols) {
		snprintf(msg, sizeof(msg), "%zu fields where the header has "
		    "%zu", sen_csv_nfields(src->r), run->ncols);
		return cli_reject(io, src, SEN_EFIELDS, msg, 1);
	}
	for (k = 0; k < SEN_M_NCOLS; k++)
		f[k] = sen_csv_field(src->r, (size_t)run->col[k], NULL);
	st = sen_report_add(&run->rep, f);
	if (st == SEN_ESYNTAX) {
		sen_csv_field(src->r, (size_t)run->col[SEN_M_PERIOD], &len);
		snprintf(msg, sizeof(msg), "period %s: not a period label",
		    cli_show(f[SEN_M_PERIOD], len, shown));
		return cli_reject(io, src, st, msg, 1);
	}
	io->written += st == SEN_OK;
	return st;
}

static const struct option longopts[] = {
	{ "amber", required_argument, NULL, 'A' },
	{ "as-of", required_argument, NULL, 'a' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "limit", required_argument, NULL, 'l' },
	{ "max-field", required_argument, NULL, 'F' },
	{ "benchmark", required_argument, NULL, 'b' },
	{ "org", required_argument, NULL, 'O' },
	{ "output", required_argument, NULL, 'o' },
	{ "period", required_argument, NULL, 'p' },
	{ "regime", required_argument, NULL, 'R' },
	{ "rejects", required_argument, NULL, 'r' },
	{ "suppress", required_argument, NULL, 'S' },
	{ "title", required_argument, NULL, 'T' },
	{ "trend", required_argument, NULL, 'N' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

struct opts {
	const char *outpath;
	const char *period;
	enum sen_format fmt;
	long limit;
};

/* Parses the format's name. */
static enum sen_format
format(const char *name)
{
	static const char *const names[] = { "text", "markdown", "html",
	    "xlsx" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return (enum sen_format)i;
	cli_usage_err("--format: text, markdown, html or xlsx");
}

/* Parses the amber margin: points with at most one decimal, up to 100,
 * into tenths. */
static long long
amber(const char *arg)
{
	long long tenths;

	if (sen_tenths_parse(arg, &tenths) != SEN_OK || tenths > 1000)
		cli_usage_err("--amber: '%s' is not a number of points from 0 "
		    "to 100 with at most one decimal", arg);
	return tenths;
}

/* Reads the options that shape the report. */
static void
report_option(struct run *run, struct opts *o, int c)
{
	switch (c) {
	case 'A':
		run->rep.amber = amber(optarg);
		break;
	case 'a':
		run->rep.as_of = cli_date("--as-of", optarg);
		break;
	case 'f':
		o->fmt = format(optarg);
		break;
	case 'l':
		o->limit = cli_number("--limit", optarg, 1, 520);
		break;
	case 'N':
		run->rep.trend = (size_t)cli_number("--trend", optarg, 1,
		    1000);
		break;
	case 'b':
		if (run->rep.nbench == SEN_REPORT_MAXBENCH)
			cli_usage_err("--benchmark: at most %d groups",
			    SEN_REPORT_MAXBENCH);
		run->rep.bench[run->rep.nbench++] = optarg;
		break;
	case 'O':
		run->rep.org = optarg;
		break;
	case 'p':
		o->period = optarg;
		break;
	case 'R':
		run->rep.regime = cli_regime(optarg);
		break;
	case 'S':
		run->rep.suppress = cli_number("--suppress", optarg, 0,
		    1000000000L);
		break;
	case 'T':
		run->rep.title = optarg;
		break;
	}
}

/* Reads the options. */
static void
options(struct run *run, struct opts *o, int argc, char **argv)
{
	int c;

	while ((c = getopt_long(argc, argv, "a:d:f:l:o:p:R:r:v", longopts,
	    NULL)) != -1) {
		switch (c) {
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
			o->outpath = optarg;
			break;
		case 'r':
			run->io.rjpath = optarg;
			break;
		case 'v':
			run->io.verbose = 1;
			break;
		case 'V':
			cli_version();
			break;
		case '?':
			cli_usage_try();
			break;
		default:
			report_option(run, o, c);
		}
	}
	run->rep.limit = o->limit ? (int)o->limit :
	    run->rep.regime == 2014 ? 20 : 18;
	if (o->fmt == SEN_FMT_XLSX && (o->outpath == NULL ||
	    strcmp(o->outpath, "-") == 0))
		cli_usage_err("--format xlsx: name the workbook with -o; it "
		    "is not written to standard output");
}

/*
 * Renders the report to an output opened with cli_out_open.  A workbook
 * is written by name, to the output's temporary file when it has one,
 * so that committing the output renames it into place.  Returns 0, or 1
 * after saying what failed.
 */
static int
render(const struct run *run, const struct opts *o, struct sen_out *out)
{
	const char *why = NULL;
	int st;

	if (o->fmt == SEN_FMT_XLSX)
		st = sen_xlsx_write(&run->rep, out->tmp != NULL ? out->tmp :
		    o->outpath, &why);
	else if (o->fmt == SEN_FMT_HTML)
		st = sen_html_render(&run->rep, out->fp);
	else
		st = sen_report_render(&run->rep, o->fmt, out->fp);
	if (st == SEN_OK)
		return 0;
	cli_err(o->outpath != NULL ? o->outpath : "<stdout>", 0, "%s",
	    why != NULL ? why : st == SEN_EIO ? strerror(errno) :
	    sen_strerror(st));
	return 1;
}

/* Says which --benchmark groups no measure has.  Returns 1 if any. */
static int
check_bench(const struct sen_report *r)
{
	size_t g, i;
	int bad = 0;

	for (g = 0; g < r->nbench; g++) {
		for (i = 0; i < r->n; i++)
			if (strcmp(r->rows[i].f[SEN_M_GROUP], r->bench[g]) == 0)
				break;
		if (i == r->n) {
			cli_err(NULL, 0, "--benchmark: no group '%s' in the "
			    "measures", r->bench[g]);
			bad = 1;
		}
	}
	return bad;
}

int
main(int argc, char **argv)
{
	struct run run;
	struct opts o = { NULL, NULL, SEN_FMT_TEXT, 0 };
	struct sen_out out;
	int bad, st, warned;

	cli_prog = "sen-report";
	memset(&run, 0, sizeof(run));
	sen_report_init(&run.rep);
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	options(&run, &o, argc, argv);
	cli_rejects_open(&run.io);
	bad = cli_read_all(&run.io, argv + optind, argc - optind);
	bad |= cli_finish(&run.io);
	if ((st = sen_report_choose(&run.rep, o.period)) != SEN_OK) {
		if (st == SEN_EUNKNOWN)
			cli_err(NULL, 0, "no period '%s' in the measures",
			    o.period);
		else
			cli_err(NULL, 0, "no period to report on");
		sen_report_free(&run.rep);
		return 1;
	}
	warned = check_bench(&run.rep);
	cli_out_open(&out, o.outpath);
	if (render(&run, &o, &out) != 0) {
		sen_out_abort(&out);
		sen_report_free(&run.rep);
		return 1;
	}
	bad |= cli_out_commit(&out, o.outpath, bad);
	sen_report_free(&run.rep);
	return bad || warned || run.io.rejected > 0 ? 1 : 0;
}
