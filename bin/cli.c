/*
 * cli.c: command-line helpers shared by the sen programs.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sen.h"

const char *cli_prog = "sen";

void
cli_err(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", cli_prog);
	if (file != NULL && line > 0)
		fprintf(stderr, "%s:%lu: ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cli_usage_err(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", cli_prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n",
	    cli_prog);
	exit(2);
}

const char *
cli_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

FILE *
cli_open(const char *path)
{
	FILE *fp;

	if (strcmp(path, "-") == 0)
		return stdin;
	if ((fp = fopen(path, "rb")) == NULL)
		cli_err(path, 0, "%s", strerror(errno));
	return fp;
}

void
cli_close(FILE *fp)
{
	if (fp != NULL && fp != stdin)
		fclose(fp);
}

long
cli_number(const char *opt, const char *arg, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno == ERANGE || v < min ||
	    v > max)
		cli_usage_err("%s: '%s' is not a number from %ld to %ld",
		    opt, arg, min, max);
	return v;
}

sen_day
cli_date(const char *opt, const char *arg)
{
	sen_day d;
	int st;

	if ((st = sen_date_parse(arg, strlen(arg), 0, &d)) != SEN_OK)
		cli_usage_err("%s: '%s': %s", opt, arg, sen_strerror(st));
	return d;
}

int
cli_delim(const char *arg)
{
	if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
		return '\t';
	if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\n' ||
	    arg[0] == '\r')
		cli_usage_err("-d: '%s' is not a one-byte delimiter", arg);
	return (unsigned char)arg[0];
}

void
cli_version(void)
{
	printf("%s %s\n", cli_prog, SEN_VERSION);
	exit(0);
}

char *
cli_show(const char *s, size_t len, char *buf)
{
	size_t i, k = 0, shown = len > 40 ? 40 : len;
	unsigned char c;

	buf[k++] = '\'';
	for (i = 0; i < shown; i++) {
		c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			k += (size_t)sprintf(buf + k, "\\x%02X", c);
		else
			buf[k++] = (char)c;
	}
	buf[k++] = '\'';
	if (shown < len)
		k += (size_t)sprintf(buf + k, "...");
	buf[k] = '\0';
	return buf;
}

long
cli_column(struct cli_src *src, const char *name, int need)
{
	size_t i;
	int st;

	st = sen_header_find(src->h, name, &i);
	if (st == SEN_OK)
		return (long)i;
	if (st == SEN_ECOLUMN && !need)
		return -1;
	cli_err(src->name, sen_csv_line(src->r), "%s '%s'", sen_strerror(st),
	    name);
	return -2;
}

void
cli_rejects_open(struct cli_run *run)
{
	if (run->rjpath == NULL)
		return;
	cli_out_open(&run->rjout, run->rjpath);
	run->rj = sen_rejects_open(run->rjout.fp, cli_csvw_flags(run));
	if (run->rj == NULL) {
		cli_err(NULL, 0, "out of memory");
		exit(1);
	}
}

int
cli_reject(struct cli_run *run, struct cli_src *src, int status,
    const char *msg, int fields)
{
	unsigned long line = sen_csv_line(src->r);

	run->rejected++;
	if (run->rj == NULL) {
		cli_err(src->name, line, "%s", msg);
		return SEN_OK;
	}
	return sen_rejects_put(run->rj, src->name, line, sen_reason(status),
	    msg, src->r, fields);
}

/* Rejects a record that the reader could not read. */
static int
unreadable(struct cli_run *run, struct cli_src *src, int st)
{
	char msg[160];

	if (st == SEN_ETOOBIG)
		snprintf(msg, sizeof(msg), "a field is over %zu bytes, or the "
		    "record over %zu (see --max-field)",
		    sen_csv_max_field(src->r),
		    sen_csv_max_field(src->r) * SEN_CSV_RECORD_FACTOR);
	else
		snprintf(msg, sizeof(msg), "malformed CSV: a quote opened in "
		    "this record is stray or never closed");
	return cli_reject(run, src, st, msg, 0);
}

/* Reads a file's header and hands it over. */
static int
read_header(struct cli_run *run, struct cli_src *src)
{
	int st;

	if ((st = sen_csv_read(src->r)) == SEN_EOF) {
		cli_err(src->name, 0, "empty: no header");
		return -1;
	}
	if (st != SEN_OK) {
		cli_err(src->name, sen_csv_line(src->r), "cannot read the "
		    "header: %s", sen_strerror(st));
		return -1;
	}
	if ((src->h = sen_header_from(src->r)) == NULL) {
		cli_err(src->name, 0, "out of memory");
		return -1;
	}
	if (run->rj != NULL && sen_rejects_header(run->rj, src->h) != SEN_OK)
		return -1;
	return run->on_header(run, src);
}

/* Reads the records of a file.  Returns 0, or -1 when it could not be
 * read to its end. */
static int
read_records(struct cli_run *run, struct cli_src *src)
{
	int st;

	for (;;) {
		if ((st = sen_csv_read(src->r)) == SEN_EOF)
			return 0;
		if (st == SEN_EIO || st == SEN_ENOMEM) {
			cli_err(src->name, sen_csv_line(src->r), "%s",
			    st == SEN_EIO ? strerror(errno) :
			    sen_strerror(st));
			return -1;
		}
		run->read++;
		if (st == SEN_OK)
			st = run->on_record(run, src);
		else
			st = unreadable(run, src, st);
		if (st == SEN_EIO) {
			cli_err(NULL, 0, "write error: %s", strerror(errno));
			exit(1);
		}
		if (st != SEN_OK) {
			cli_err(src->name, sen_csv_line(src->r), "%s",
			    sen_strerror(st));
			exit(1);
		}
		if (run->max_rejects > 0 &&
		    run->rejected >= run->max_rejects) {
			cli_err(src->name, sen_csv_line(src->r), "stopped after "
			    "%lu rejected records (--max-rejects)",
			    run->rejected);
			run->stopped = 1;
			return -1;
		}
	}
}

/* Reads one file.  Returns 0, or -1 after an error with it. */
static int
read_file(struct cli_run *run, const char *path)
{
	struct cli_src src;
	FILE *fp;
	int rc = -1;

	memset(&src, 0, sizeof(src));
	src.name = cli_name(path);
	if ((fp = cli_open(path)) == NULL)
		return -1;
	if ((src.r = sen_csv_open(fp, run->delim, run->max_field)) == NULL)
		cli_err(src.name, 0, "out of memory");
	else if (run->encoding != NULL &&
	    sen_csv_set_encoding(src.r, run->encoding) != SEN_OK)
		cli_err(src.name, 0, "cannot read text in '%s'",
		    run->encoding);
	else if (read_header(run, &src) == 0)
		rc = read_records(run, &src);
	if (src.r != NULL) {
		run->blanks += sen_csv_blanks(src.r);
		if (run->verbose && sen_csv_blanks(src.r) > 0)
			cli_err(src.name, 0, "%lu blank lines skipped",
			    sen_csv_blanks(src.r));
	}
	sen_header_free(src.h);
	sen_csv_close(src.r);
	cli_close(fp);
	return rc;
}

int
cli_read_all(struct cli_run *run, char **files, int n)
{
	int i, bad = 0;

	if (n == 0)
		return read_file(run, "-") != 0;
	for (i = 0; i < n && !run->stopped; i++)
		bad |= read_file(run, files[i]) != 0;
	return bad;
}

int
cli_finish(struct cli_run *run)
{
	int bad = 0;

	if (run->rj != NULL) {
		if (sen_rejects_close(run->rj) != SEN_OK)
			bad = 1;
		bad |= cli_out_commit(&run->rjout, run->rjpath, 0);
	}
	if (run->verbose && run->skipped > 0)
		cli_err(NULL, 0, "%lu records read, %lu written, %lu left out "
		    "by --where, %lu rejected, %lu blank lines", run->read,
		    run->written, run->skipped, run->rejected, run->blanks);
	else if (run->verbose)
		cli_err(NULL, 0, "%lu records read, %lu written, %lu rejected, "
		    "%lu blank lines", run->read, run->written, run->rejected,
		    run->blanks);
	if (run->rj != NULL && run->rejected > 0)
		cli_err(NULL, 0, "%lu record%s rejected; see %s", run->rejected,
		    run->rejected == 1 ? "" : "s", run->rjpath);
	return bad;
}

void
cli_out_open(struct sen_out *out, const char *path)
{
	int st;

	if ((st = sen_out_open(out, path)) != SEN_OK) {
		cli_err(path, 0, "cannot write: %s", st == SEN_EIO ?
		    strerror(errno) : sen_strerror(st));
		exit(1);
	}
}

int
cli_out_commit(struct sen_out *out, const char *path, int failed)
{
	if (failed && out->path != NULL) {
		sen_out_abort(out);
		cli_err(path, 0, "left as it was, after the errors above");
		return 1;
	}
	if (sen_out_commit(out) == SEN_OK)
		return 0;
	cli_err(path && strcmp(path, "-") ? path : "<stdout>", 0, "%s",
	    strerror(errno));
	return 1;
}

int
cli_csvw_flags(const struct cli_run *run)
{
	return run->excel ? SEN_CSVW_EXCEL : 0;
}

int
cli_common_option(struct cli_run *run, int c)
{
	switch (c) {
	case 'd':
		run->delim = cli_delim(optarg);
		return 1;
	case 'F':
		run->max_field = (size_t)cli_number("--max-field", optarg, 16,
		    1L << 30);
		return 1;
	case 'o':
		run->outpath = optarg;
		return 1;
	case 'r':
		run->rjpath = optarg;
		return 1;
	case 'v':
		run->verbose = 1;
		return 1;
	case 'V':
		cli_version();
		return 1;
	case 'X':
		run->excel = 1;
		return 1;
	default:
		return 0;
	}
}

int
cli_filter(struct cli_run *run, char **files, int n, struct sen_csvw **w,
    int (*end)(struct cli_run *))
{
	struct sen_out out;
	int bad;

	cli_out_open(&out, run->outpath);
	if ((*w = sen_csvw_open(out.fp, ',', cli_csvw_flags(run))) == NULL) {
		cli_err(NULL, 0, "out of memory");
		exit(1);
	}
	cli_rejects_open(run);
	bad = cli_read_all(run, files, n);
	if (end != NULL && end(run) != SEN_OK)
		bad = 1;
	bad |= cli_finish(run);
	if (sen_csvw_close(*w) != SEN_OK)
		bad = 1;
	bad |= cli_out_commit(&out, run->outpath, bad);
	return bad || run->rejected > 0 ? 1 : 0;
}

void
cli_read_settings(const char *path, const char *head, size_t min,
    size_t max, const char *form,
    int (*row)(void *ctx, const char *path, struct sen_csv *r), void *ctx)
{
	struct sen_csv *r;
	FILE *fp;
	int st, bad = 0;

	if ((fp = cli_open(path)) == NULL)
		exit(1);
	if ((r = sen_csv_open(fp, ',', 0)) == NULL) {
		cli_err(path, 0, "out of memory");
		exit(1);
	}
	while ((st = sen_csv_read(r)) != SEN_EOF) {
		if (st == SEN_OK && sen_csv_line(r) == 1 &&
		    strcmp(sen_csv_field(r, 0, NULL), head) == 0)
			continue;
		if (st != SEN_OK || sen_csv_nfields(r) < min ||
		    sen_csv_nfields(r) > max) {
			cli_err(path, sen_csv_line(r), "expected %s", form);
			bad = 1;
		} else if (row(ctx, path, r) != 0) {
			bad = 1;
		}
	}
	sen_csv_close(r);
	cli_close(fp);
	if (bad)
		exit(1);
}

int
cli_regime(const char *arg)
{
	if (strcmp(arg, "2001") == 0)
		return 2001;
	if (strcmp(arg, "2014") == 0)
		return 2014;
	cli_usage_err("--regime: 2001 or 2014, not '%s'", arg);
}

void
cli_usage_try(void)
{
	fprintf(stderr, "Try '%s --help' for more information.\n", cli_prog);
	exit(2);
}
