/*
 * cli.h: what the sen programs share on the command line: diagnostics
 * as "prog: file:line: message", opening inputs, checking numbers.
 */
#ifndef CLI_H
#define CLI_H

#include <stdio.h>

#include "sen_csv.h"
#include "sen_date.h"
#include "sen_out.h"
#include "sen_rejects.h"

/* Set by each program's main to its name. */
extern const char *cli_prog;

/* Prints "prog: file:line: message" (line 0 leaves it out, file NULL
 * leaves both out) to standard error. */
void cli_err(const char *file, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prints "prog: message" and exits with status 2. */
void cli_usage_err(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

/* Opens an input; "-" is standard input.  Reports a failure and returns
 * NULL. */
FILE *cli_open(const char *path);

/* Closes an input opened by cli_open. */
void cli_close(FILE *fp);

/* The name diagnostics give an input: "-" is shown as "<stdin>". */
const char *cli_name(const char *path);

/* Parses a whole decimal number within [min, max] or exits with a usage
 * error naming the option. */
long cli_number(const char *opt, const char *arg, long min, long max);

/* Parses a date for an option or exits with a usage error. */
sen_day cli_date(const char *opt, const char *arg);

/* Parses --regime: 2001 or 2014, else exits with a usage error. */
int cli_regime(const char *arg);

/* After getopt has said what was wrong with an option: points to --help
 * and exits 2. */
void cli_usage_try(void) __attribute__((noreturn));

/* Parses a single-byte delimiter ("," ";" "tab" "\t" "|"). */
int cli_delim(const char *arg);

/*
 * Reads a small settings file (a map, targets, a policy): a CSV whose
 * first line is a header when its first field is head.  Each other row
 * must have at least min and at most max fields, else it is reported as
 * not of the form named by form; row() takes the others and returns 0,
 * or -1 after reporting why not.  After any bad row, or when the file
 * cannot be read, exits 1.
 */
void cli_read_settings(const char *path, const char *head, size_t min,
    size_t max, const char *form,
    int (*row)(void *ctx, const char *path, struct sen_csv *r), void *ctx);

/* Prints the version line and exits 0. */
void cli_version(void) __attribute__((noreturn));

/* Renders len bytes of a value for a message: at most 40 characters,
 * control bytes as \xHH, in single quotes.  Returns buf (size 200). */
char *cli_show(const char *s, size_t len, char *buf);

/*
 * Reading CSV inputs with a header, rejecting what cannot be taken.
 */
struct cli_src {
	const char *name;	/* for diagnostics */
	struct sen_csv *r;
	struct sen_header *h;
};

struct cli_run {
	int delim;		/* input delimiter, 0 for ',' */
	size_t max_field;	/* 0 for the default */
	const char *encoding;	/* the inputs' encoding, NULL for UTF-8 */
	int verbose;
	int excel;		/* CSV written for spreadsheets */
	const char *rjpath;	/* rejects file, NULL for diagnostics */
	const char *outpath;	/* output file, NULL for standard output */
	unsigned long max_rejects;	/* stop after this many, 0: never */

	/* Called with each file's header read; returns 0, or -1 to
	 * give the file up (after saying why). */
	int (*on_header)(struct cli_run *, struct cli_src *);
	/* Called with each readable record; returns SEN_OK, or a status
	 * that ends the run (SEN_EIO, SEN_ENOMEM, SEN_EGROUPS). */
	int (*on_record)(struct cli_run *, struct cli_src *);
	void *ctx;

	struct sen_out rjout;
	struct sen_rejects *rj;
	int stopped;		/* max_rejects reached */
	unsigned long read, written, rejected, blanks;
	unsigned long skipped;	/* read but left out on purpose */
};

/* The writer flags for the CSV a program writes. */
int cli_csvw_flags(const struct cli_run *run);

/*
 * Handles an option every CSV program has, by its getopt_long value:
 * 'd' --delimiter, 'F' --max-field, 'o' --output, 'r' --rejects, 'v'
 * --verbose, 'V' --version, 'X' --excel.  Returns 1 when c was one.
 */
int cli_common_option(struct cli_run *run, int c);

/*
 * Runs a program that writes CSV: opens the output and the rejects
 * file, points *w at the output's writer, reads files[0 .. n-1] (or
 * standard input), then calls end (when not NULL) to write what was
 * kept for the end, and closes everything.  Returns the exit status: 1
 * after an error or a rejected record, else 0.
 */
int cli_filter(struct cli_run *run, char **files, int n,
    struct sen_csvw **w, int (*end)(struct cli_run *));

/* Finds a column of a file's header by name.  Returns its index; -1
 * when it is absent and need is 0; -2 after saying what is wrong (absent
 * though needed, or named twice). */
long cli_column(struct cli_src *src, const char *name, int need);

/* Opens the rejects file, if one was named; exits 1 on failure. */
void cli_rejects_open(struct cli_run *run);

/* Rejects the current record of src: a diagnostic, or a row of the
 * rejects file.  Counts it.  Returns SEN_OK or SEN_EIO. */
int cli_reject(struct cli_run *run, struct cli_src *src, int status,
    const char *msg, int fields);

/* Reads files[0 .. n-1], or standard input when n is 0.  Returns 0, or
 * 1 when a file could not be read. */
int cli_read_all(struct cli_run *run, char **files, int n);

/* Closes the rejects file and, with -v, prints the counts.  Returns 0,
 * or 1 after a write error. */
int cli_finish(struct cli_run *run);

/* Opens an output, "-" or NULL meaning standard output; exits 1 on
 * failure. */
void cli_out_open(struct sen_out *out, const char *path);

/* Commits an output; when failed is set (an input could not be read,
 * or another output failed), a named file is left as it was instead.
 * Returns 0, or 1 after a write error or when the file was left. */
int cli_out_commit(struct sen_out *out, const char *path, int failed);

#endif
