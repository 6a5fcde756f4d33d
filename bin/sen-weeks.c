/*
 * sen-weeks: time each case against its statutory limit.
 *
 * Reads the canonical stream and writes it again with the clock columns
 * appended (or refreshed, when the input already has them): clock_start,
 * clock_stop, due_date, days, weeks, within, excepted and status.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sen.h"
#include "sen_clock.h"
#include "sen_codes.h"
#include "sen_csv.h"
#include "sen_date.h"
#include "sen_out.h"

#define MSG_MAX 512
#define NOUT 8			/* clock columns written */

static const char *const out_names[NOUT] = {
	"clock_start", "clock_stop", "due_date", "days", "weeks", "within",
	"excepted", "status"
};

struct run {
	struct cli_run io;
	struct sen_clock clock;
	const char *start_col, *stop_col;
	struct sen_csvw *out;
	int headed;
	size_t ncols;		/* input columns */
	long start, stop;	/* their indexes */
	long decision, outcome, exceptions;	/* -1 when absent */
	long pos[NOUT];		/* where each clock column goes */
	size_t width;		/* output columns */
	const char **cell;	/* this record's output cells */
	size_t *cell_len;
	char text[NOUT][32];	/* the clock columns' text */
};

static const char usage_text[] =
"usage: sen-weeks [-v] [-a date] [-d delim] [-e column] [-l weeks]\n"
"                 [-o file] [-R regime] [-r rejects.csv] [-s column]\n"
"                 [--excel] [--max-field bytes] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stdout);
	fputs("\n"
"Times each case of the canonical stream against its statutory limit.\n"
"\n"
"  -a, --as-of=DATE      the day the data describes: open cases whose\n"
"                        due date has passed are overdue\n"
"  -d, --delimiter=C     input field delimiter, 'tab' for tab (default ',')\n"
"  -e, --stop=COLUMN     clock stop (default proposed_date under 2001,\n"
"                        final_date under 2014)\n"
"  -l, --limit=WEEKS     the limit (default 18 under 2001, 20 under 2014)\n"
"  -o, --output=FILE     write here, atomically (default standard output)\n"
"  -R, --regime=YEAR     2001 (default) or 2014\n"
"  -r, --rejects=FILE    write rejected records here with their reasons\n"
"  -s, --start=COLUMN    clock start (default request_date)\n"
"      --excel           write CSV for spreadsheets: byte-order mark, CRLF,\n"
"                        cells that would run as formulas disarmed\n"
"      --max-field=N     largest field in bytes (default 1048576)\n"
"  -v, --verbose         print the counts of records read and written\n"
"      --help            print this help and exit\n"
"      --version         print the version and exit\n", stdout);
	exit(0);
}

/* Places the clock columns: over ones the input has, else appended. */
static int
place_outputs(struct run *run, struct cli_src *src)
{
	size_t i;

	run->width = run->ncols;
	for (i = 0; i < NOUT; i++) {
		run->pos[i] = cli_column(src, out_names[i], 0);
		if (run->pos[i] == -2)
			return -1;
		if (run->pos[i] == -1)
			run->pos[i] = (long)run->width++;
	}
	run->cell = calloc(run->width, sizeof(*run->cell));
	run->cell_len = calloc(run->width, sizeof(*run->cell_len));
	return run->cell != NULL && run->cell_len != NULL ? 0 : -1;
}

/* Writes the output header from the first file. */
static int
write_header(struct run *run, struct cli_src *src)
{
	size_t i;

	for (i = 0; i < run->width; i++)
		run->cell[i] = i < run->ncols ? sen_header_name(src->h, i) :
		    NULL;
	for (i = 0; i < NOUT; i++)
		run->cell[run->pos[i]] = out_names[i];
	for (i = 0; i < run->width; i++)
		sen_csvw_str(run->out, run->cell[i]);
	return sen_csvw_end(run->out);
}

/* Checks that a later file has the first file's columns. */
static int
same_header(struct run *run, struct cli_src *src)
{
	if (sen_header_count(src->h) == run->ncols &&
	    cli_column(src, run->start_col, 1) == run->start &&
	    cli_column(src, run->stop_col, 1) == run->stop)
		return 0;
	cli_err(src->name, sen_csv_line(src->r), "columns differ from the "
	    "first file's");
	return -1;
}

/* Reads a file's header: finds the columns the clock needs. */
static int
on_header(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;

	if (run->headed)
		return same_header(run, src);
	run->ncols = sen_header_count(src->h);
	if ((run->start = cli_column(src, run->start_col, 1)) < 0 ||
	    (run->stop = cli_column(src, run->stop_col, 1)) < 0)
		return -1;
	if ((run->decision = cli_column(src, "decision", 0)) == -2 ||
	    (run->outcome = cli_column(src, "outcome", 0)) == -2 ||
	    (run->exceptions = cli_column(src, "exceptions", 0)) == -2)
		return -1;
	if (place_outputs(run, src) != 0)
		return -1;
	run->headed = 1;
	return write_header(run, src) == SEN_OK ? 0 : -1;
}

/* Points at field i of the record, or leaves NULL for an absent one. */
static void
field(struct cli_src *src, long i, const char **s, size_t *len)
{
	if (i >= 0)
		*s = sen_csv_field(src->r, (size_t)i, len);
}

/* Rejects a case that cannot be timed. */
static int
untimed(struct run *run, struct cli_src *src, int st,
    const struct sen_case *in, const struct sen_timing *t)
{
	char msg[MSG_MAX], shown[200];
	const char *col = run->start_col, *s = in->start;
	size_t len = in->start_len;

	if (strcmp(t->what, "stop") == 0) {
		col = run->stop_col;
		s = in->stop;
		len = in->stop_len;
	} else if (strcmp(t->what, "exceptions") == 0) {
		col = "exceptions";
		s = in->exceptions + t->bad;
		len = t->bad_len;
	}
	if (st == SEN_EUNKNOWN)
		snprintf(msg, sizeof(msg), "%s: %s is not an exception under "
		    "the %d regime", col, cli_show(s, len, shown),
		    run->clock.regime == SEN_R2014 ? 2014 : 2001);
	else if (st == SEN_EORDER)
		snprintf(msg, sizeof(msg), "%s %s is before %s %s",
		    run->stop_col, cli_show(in->stop, in->stop_len, shown),
		    run->start_col, in->start);
	else if (st == SEN_EPLAUSIBLE)
		snprintf(msg, sizeof(msg), "%s %s is after the as-of day",
		    col, cli_show(s, len, shown));
	else
		snprintf(msg, sizeof(msg), "%s %s: %s", col,
		    cli_show(s, len, shown), sen_strerror(st));
	return cli_reject(&run->io, src, st, msg, 1);
}

/* Writes a non-negative number in decimal into buf.  Returns buf. */
static char *
decimal(int v, char *buf)
{
	char tmp[16];
	size_t n = 0, i;

	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
	return buf;
}

/* Writes a date: the input's own text when it is already YYYY-MM-DD
 * (it parsed, so it is that date), else formatted. */
static void
iso(sen_day day, const char *s, size_t len, char *buf)
{
	if (sen_date_is_iso(s, len)) {
		memcpy(buf, s, len);
		buf[len] = '\0';
	} else {
		sen_date_format(day, buf);
	}
}

/* Formats the clock columns of a timed case. */
static void
format(struct run *run, const struct sen_case *in,
    const struct sen_timing *t)
{
	char (*x)[32] = run->text;

	iso(t->start, in->start, in->start_len, x[0]);
	x[1][0] = '\0';
	if (t->stop != SEN_NODATE)
		iso(t->stop, in->stop, in->stop_len, x[1]);
	sen_date_format(t->due, x[2]);
	x[3][0] = x[4][0] = x[5][0] = '\0';
	if (t->days >= 0) {
		decimal(t->days, x[3]);
		sen_weeks_format(t->days, x[4]);
	}
	if (t->within >= 0)
		decimal(t->within, x[5]);
	decimal(t->excepted, x[6]);
	strcpy(x[7], sen_state_name(t->state));
}

/* Writes the record with its clock columns. */
static int
write_record(struct run *run, struct cli_src *src)
{
	size_t i;

	for (i = 0; i < run->ncols; i++)
		run->cell[i] = sen_csv_field(src->r, i, &run->cell_len[i]);
	for (i = 0; i < NOUT; i++) {
		run->cell[run->pos[i]] = run->text[i];
		run->cell_len[run->pos[i]] = strlen(run->text[i]);
	}
	for (i = 0; i < run->width; i++)
		sen_csvw_field(run->out, run->cell[i], run->cell_len[i]);
	run->io.written++;
	return sen_csvw_end(run->out);
}

/* Times one record. */
static int
on_record(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	struct sen_case in;
	struct sen_timing t;
	char msg[MSG_MAX];
	int st;

	if (sen_csv_nfields(src->r) != run->ncols) {
		snprintf(msg, sizeof(msg), "%zu fields where the header has "
		    "%zu", sen_csv_nfields(src->r), run->ncols);
		return cli_reject(io, src, SEN_EFIELDS, msg, 1);
	}
	memset(&in, 0, sizeof(in));
	field(src, run->start, &in.start, &in.start_len);
	field(src, run->stop, &in.stop, &in.stop_len);
	field(src, run->decision, &in.decision, &in.decision_len);
	field(src, run->outcome, &in.outcome, &in.outcome_len);
	field(src, run->exceptions, &in.exceptions, &in.exc_len);
	if ((st = sen_clock_time(&run->clock, &in, &t)) != SEN_OK)
		return untimed(run, src, st, &in, &t);
	format(run, &in, &t);
	return write_record(run, src);
}

static const struct option longopts[] = {
	{ "as-of", required_argument, NULL, 'a' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "excel", no_argument, NULL, 'X' },
	{ "help", no_argument, NULL, 'h' },
	{ "limit", required_argument, NULL, 'l' },
	{ "max-field", required_argument, NULL, 'F' },
	{ "output", required_argument, NULL, 'o' },
	{ "regime", required_argument, NULL, 'R' },
	{ "rejects", required_argument, NULL, 'r' },
	{ "start", required_argument, NULL, 's' },
	{ "stop", required_argument, NULL, 'e' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* Reads the options into run. */
static void
options(struct run *run, int argc, char **argv)
{
	long limit = 0, regime = 2001;
	sen_day as_of = SEN_NODATE;
	int c;

	while ((c = getopt_long(argc, argv, "a:d:e:l:o:R:r:s:v", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'a':
			as_of = cli_date("--as-of", optarg);
			break;
		case 'e':
			run->stop_col = optarg;
			break;
		case 'h':
			usage();
			break;
		case 'l':
			limit = cli_number("--limit", optarg, 1, 520);
			break;
		case 'R':
			regime = cli_regime(optarg);
			break;
		case 's':
			run->start_col = optarg;
			break;
		default:
			if (!cli_common_option(&run->io, c))
				cli_usage_try();
		}
	}
	sen_clock_init(&run->clock, (int)regime);
	if (limit > 0)
		run->clock.limit = (int)limit;
	run->clock.as_of = as_of;
	if (run->stop_col == NULL)
		run->stop_col = regime == 2014 ? "final_date" :
		    "proposed_date";
}

int
main(int argc, char **argv)
{
	struct run run;
	int rc;

	cli_prog = "sen-weeks";
	memset(&run, 0, sizeof(run));
	run.start_col = "request_date";
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	options(&run, argc, argv);
	rc = cli_filter(&run.io, argv + optind, argc - optind, &run.out, NULL);
	free(run.cell);
	free(run.cell_len);
	return rc;
}
