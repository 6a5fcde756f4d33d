/*
 * cli.c: command-line helpers shared by the sen programs.
 */
#include <errno.h>
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
