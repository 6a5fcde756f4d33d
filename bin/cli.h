/*
 * cli.h: what the sen programs share on the command line: diagnostics
 * as "prog: file:line: message", opening inputs, checking numbers.
 */
#ifndef CLI_H
#define CLI_H

#include <stdio.h>

#include "sen_date.h"

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

/* Parses a single-byte delimiter ("," ";" "tab" "\t" "|"). */
int cli_delim(const char *arg);

/* Prints the version line and exits 0. */
void cli_version(void) __attribute__((noreturn));

/* Renders len bytes of a value for a message: at most 40 characters,
 * control bytes as \xHH, in single quotes.  Returns buf (size 200). */
char *cli_show(const char *s, size_t len, char *buf);

#endif
