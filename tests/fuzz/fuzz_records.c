/*
 * fuzz_records.c: libFuzzer target for each program's record path.
 *
 * The programs' own code runs: each of rec_import.c, rec_weeks.c,
 * rec_target.c and rec_report.c builds one program of bin/ into itself,
 * parses a command line chosen by the input with the program's own
 * option parsing, and runs its header and record handlers through
 * bin/cli.c's reading (rejects, diagnostics, several files), writing
 * everything to /dev/null.  So sen-import
 * reaches sen_text_check, sen_date_parse, sen_code_lookup and
 * sen_exceptions_norm, sen-weeks sen_clock_time and
 * sen_exceptions_check, sen-target sen_agg_* and sen_targets_find,
 * sen-report sen_report_add, _choose and _render, and all of them the
 * CSV reader and writer and the rejects file.
 *
 * The input is three bytes and then the data:
 *
 *	byte 0	the program: 0 sen-import, 1 sen-weeks, 2 sen-target,
 *		3 sen-report, 4 the codes (below); modulo 5
 *	byte 1	how it reads and writes (CLI_* in records.h)
 *	byte 2	the program's own options (see its rec_*.c)
 *
 * The data is written to a file, or with CLI_TWO to two, cut at the
 * first form feed, in a directory of its own under $TMPDIR (or /tmp),
 * and the program reads them by name, as it would.
 *
 * The codes take the data as lines, each looked up in every vocabulary
 * with sen_code_lookup(), normalised as a list of exceptions, which must
 * normalise again to itself, checked with sen_exceptions_check(), which
 * must agree with the normalising on which word is unknown, reduced to a
 * key with sen_key(), and checked as text with sen_text_check(), which
 * must agree with a reading of Unicode's table of well-formed UTF-8.
 *
 * Run it with -close_fd_mask=2, or the programs' messages fill the
 * terminal.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sen.h"
#include "sen_codes.h"
#include "sen_text.h"
#include "records.h"
#include "fuzz.h"

#define NPROGS 5

const char *fuzz_map_path;
const char *fuzz_targets_path;
const char *fuzz_policy_path;
const char *fuzz_key_path;

static char dir[4096];
static char paths[6][sizeof(dir) + 16];

static const char map_text[] =
"from,to\n"
"Ref No,case_id\n"
"Notes,\n"
"Sort of yes,assess,decision\n"
"Big delay,parent_late,exceptions\n"
"Done,statement,outcome\n"
"Gone away,moved_away,cease_reason\n";

static const char targets_text[] =
"measure,period,op,target\n"
"on_time_all,2005,>=,90\n"
"on_time_all,2005-H2,>=,30\n"
"on_time_ex,2005-H2,>=,50\n"
"on_time_ex,FY2005-06,<,99.5\n"
"requests,2005-07,<=,3\n"
"issued,2005-Q3,=,2\n"
"requests_vs_baseline,2005,<=,150\n";

static const char policy_text[] =
"year,highest_year_group\n"
"2005,11\n"
"2006,Year 13\n";

static const char key_text[] = "a fixed key for fuzzing, 32 byte";

/* Writes the n bytes at p to path, replacing what it held. */
static void
put_file(const char *path, const void *p, size_t n)
{
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1 ||
	    (n > 0 && write(fd, p, n) != (ssize_t)n) || close(fd) == -1)
		abort();
}

static void
cleanup(void)
{
	size_t i;

	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
		unlink(paths[i]);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const names[] = { "a.csv", "b.csv", "map.csv",
	    "targets.csv", "policy.csv", "key" };
	size_t i;

	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "%s/sen-fuzz.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		abort();
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
		snprintf(paths[i], sizeof(paths[i]), "%s/%s", dir, names[i]);
	atexit(cleanup);
	put_file(paths[2], map_text, sizeof(map_text) - 1);
	put_file(paths[3], targets_text, sizeof(targets_text) - 1);
	put_file(paths[4], policy_text, sizeof(policy_text) - 1);
	put_file(paths[5], key_text, sizeof(key_text) - 1);
	fuzz_map_path = paths[2];
	fuzz_targets_path = paths[3];
	fuzz_policy_path = paths[4];
	fuzz_key_path = paths[5];
	return 0;
}

void
fuzz_arg(struct fuzz_args *a, const char *s)
{
	if (a->n + 1 >= (int)(sizeof(a->v) / sizeof(a->v[0])))
		abort();
	a->v[a->n++] = (char *)s;
	a->v[a->n] = NULL;
}

void
fuzz_args_start(struct fuzz_args *a, const char *prog, unsigned cli,
    int has)
{
	static const char *const delims[] = { NULL, "-d;", "-dtab", "-d|" };

	a->n = 0;
	fuzz_arg(a, prog);
	fuzz_arg(a, "-o");
	fuzz_arg(a, "/dev/null");
	if (delims[cli & CLI_DELIM] != NULL)
		fuzz_arg(a, delims[cli & CLI_DELIM]);
	if (cli & CLI_SMALL)
		fuzz_arg(a, "--max-field=16");
	if (cli & CLI_REJECTS) {
		fuzz_arg(a, "-r");
		fuzz_arg(a, "/dev/null");
	}
	if ((cli & CLI_CP1252) && (has & HAS_ENCODING))
		fuzz_arg(a, "--encoding=cp1252");
	if ((cli & CLI_MAXREJ) && (has & HAS_MAXREJ))
		fuzz_arg(a, "--max-rejects=2");
	if ((cli & CLI_EXCEL) && (has & HAS_EXCEL))
		fuzz_arg(a, "--excel");
}

void
fuzz_args_end(struct fuzz_args *a, char **files, int n)
{
	int i;

	fuzz_arg(a, "--");
	for (i = 0; i < n; i++)
		fuzz_arg(a, files[i]);
}

/* The length of the well-formed UTF-8 sequence at s (n bytes left), by
 * Unicode's table 3-7; 0 for none. */
static size_t
well_formed(const unsigned char *s, size_t n)
{
	static const struct {
		unsigned char lo, hi, lo2, hi2;
		size_t len;
	} t[] = {
		{ 0x00, 0x7F, 0, 0, 1 },
		{ 0xC2, 0xDF, 0x80, 0xBF, 2 },
		{ 0xE0, 0xE0, 0xA0, 0xBF, 3 },
		{ 0xE1, 0xEC, 0x80, 0xBF, 3 },
		{ 0xED, 0xED, 0x80, 0x9F, 3 },
		{ 0xEE, 0xEF, 0x80, 0xBF, 3 },
		{ 0xF0, 0xF0, 0x90, 0xBF, 4 },
		{ 0xF1, 0xF3, 0x80, 0xBF, 4 },
		{ 0xF4, 0xF4, 0x80, 0x8F, 4 }
	};
	size_t i, k;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (s[0] < t[i].lo || s[0] > t[i].hi)
			continue;
		if (n < t[i].len)
			return 0;
		if (t[i].len > 1 && (s[1] < t[i].lo2 || s[1] > t[i].hi2))
			return 0;
		for (k = 2; k < t[i].len; k++)
			if (s[k] < 0x80 || s[k] > 0xBF)
				return 0;
		return t[i].len;
	}
	return 0;
}

/* Checks one line as a code, a list of exceptions, a key and text. */
static void
check_word(const char *s, size_t len)
{
	char out[256], again[256], key[SEN_KEY_MAX];
	const char *code;
	size_t i, k, w, bad, badlen, bad2, badlen2, alen;
	int v, st, st2, any;

	for (v = 0; v < SEN_V_COUNT; v++) {
		code = NULL;
		st = sen_code_lookup((enum sen_vocab)v, s, len, &code);
		CHECK(st == SEN_OK || st == SEN_EEMPTY || st == SEN_EUNKNOWN);
		CHECK(st != SEN_OK || code != NULL);
	}

	st = sen_exceptions_norm(s, len, out, sizeof(out), &bad, &badlen);
	CHECK(st == SEN_OK || st == SEN_EUNKNOWN || st == SEN_ETOOBIG);
	st2 = sen_exceptions_check(s, len, SEN_R2001 | SEN_R2014, &any,
	    &bad2, &badlen2);
	CHECK((st == SEN_EUNKNOWN) == (st2 == SEN_EUNKNOWN));
	if (st == SEN_EUNKNOWN) {
		CHECK(bad <= len && badlen <= len - bad);
		CHECK(bad == bad2 && badlen == badlen2);
	}
	if (st == SEN_OK) {
		CHECK(any == (out[0] != '\0'));
		alen = strlen(out);
		CHECK(sen_exceptions_norm(out, alen, again, sizeof(again),
		    &bad, &badlen) == SEN_OK);
		CHECK(strcmp(out, again) == 0);
		st = sen_exceptions_check(out, alen, SEN_R2001, &any, &bad,
		    &badlen);
		CHECK(st == SEN_OK || st == SEN_EUNKNOWN);
	}

	k = sen_key(s, len, key);
	CHECK(k <= SEN_KEY_MAX);
	if (k < SEN_KEY_MAX) {
		CHECK(strlen(key) == k);
		for (i = 0; i < k; i++)
			CHECK((key[i] >= 'a' && key[i] <= 'z') ||
			    (key[i] >= '0' && key[i] <= '9'));
	}

	for (i = 0; i < len; i += w)
		if (s[i] == '\0' || (w = well_formed(
		    (const unsigned char *)s + i, len - i)) == 0)
			break;
	st = sen_text_check(s, len, &bad);
	CHECK(st == (i < len ? SEN_EENCODING : SEN_OK));
	CHECK(st == SEN_OK || bad == i);
}

/* The codes: each line of the data. */
static void
codes(const uint8_t *p, size_t n)
{
	const char *s = (const char *)p, *nl;
	size_t len;

	while (n > 0) {
		nl = memchr(s, '\n', n);
		len = nl != NULL ? (size_t)(nl - s) : n;
		check_word(s, len);
		if (nl == NULL)
			break;
		s += len + 1;
		n -= len + 1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *files[2] = { paths[0], paths[1] };
	const uint8_t *p, *ff;
	unsigned prog, cli, opts;
	size_t n;
	int nfiles = 1;

	if (size < 3 || size > 64 * 1024)
		return 0;
	prog = data[0] % NPROGS;
	cli = data[1];
	opts = data[2];
	p = data + 3;
	n = size - 3;
	if (prog == 4) {
		codes(p, n);
		return 0;
	}
	if ((cli & CLI_TWO) && (ff = memchr(p, '\f', n)) != NULL) {
		put_file(paths[0], p, (size_t)(ff - p));
		put_file(paths[1], ff + 1, n - (size_t)(ff - p) - 1);
		nfiles = 2;
	} else {
		put_file(paths[0], p, n);
	}
	switch (prog) {
	case 0:
		fuzz_import(files, nfiles, cli, opts);
		break;
	case 1:
		fuzz_weeks(files, nfiles, cli, opts);
		break;
	case 2:
		fuzz_target(files, nfiles, cli, opts);
		break;
	default:
		fuzz_report(files, nfiles, cli, opts);
		break;
	}
	return 0;
}
