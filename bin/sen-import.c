/*
 * sen-import: turn a case-management export into the canonical stream.
 *
 * Maps the export's column names to the canonical ones, writes dates as
 * YYYY-MM-DD and coded values in the canonical vocabulary, and checks
 * each record; a record that fails a check is rejected with its file,
 * line and reason, never changed to fit.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sen.h"
#include "sen_codes.h"
#include "sen_csv.h"
#include "sen_date.h"
#include "sen_money.h"
#include "sen_out.h"
#include "sen_pseudo.h"
#include "sen_rejects.h"
#include "sen_schema.h"
#include "sen_set.h"
#include "sen_text.h"

#define EXC_MAX 256		/* room for a normalised exception list */
#define MSG_MAX 512

#define MAX_BANDS 32		/* bands in --bands */
#define MAX_MAPS 8		/* -m options */
#define SEN_CSV_MAX_KEY 512	/* bytes of a record's key kept */

/* The column of the child's reference, which may be pseudonymised. */
#define CHILD_ID 1

/* The last plausible year when --as-of does not say. */
#define LAST_YEAR 2099

/* The first plausible date: nothing in a case record comes before. */
#define FIRST_YEAR 1990

struct col_map {		/* a column name mapping from -m */
	char *from;
	int to;			/* canonical column index, -1 to drop */
};

struct value {			/* one canonical value, normalised */
	const char *s;
	size_t len;
	sen_day day;		/* for dates, SEN_NODATE when empty */
	char buf[EXC_MAX];
};

struct run {
	enum sen_kind kind;
	const struct sen_column *cols;
	size_t ncols;
	struct cli_run io;
	int date_flags;
	sen_day first_day, as_of;

	struct col_map *maps;
	size_t nmaps;
	const char *map_paths[MAX_MAPS];	/* -m, read once -k is known */
	size_t nmap_paths;

	struct sen_csvw *out;
	struct sen_set *ids;
	int keep_extra;		/* pass unmapped columns through */
	char bands[MAX_BANDS][16];	/* the bands allowed, as written */
	char band_keys[MAX_BANDS][SEN_KEY_MAX];
	size_t nbands;
	struct sen_pseudo pseudo;
	int pseudonymise;
	char pseudonym[SEN_PSEUDO_LEN + 1];

	char **extras;		/* passed-through column names */
	size_t nextras;
	int headed;

	struct value *vals;
	long *canon;		/* this file's index of each canonical column */
	long *extra;		/* and of each passed-through column */
};

static const char usage_text[] =
"usage: sen-import [-v] [-d delim] [-e encoding] [-k kind] [-m map.csv]\n"
"                  [-o file] [-r rejects.csv] [--as-of date] [--bands list]\n"
"                  [--excel] [--keep-extra] [--max-field bytes]\n"
"                  [--max-rejects n] [--month-first]\n"
"                  [--pseudonymise keyfile] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stdout);
	fputs("\n"
"Reads case-management exports and writes the canonical stream.\n"
"\n"
"  -d, --delimiter=C     field delimiter, 'tab' for tab (default: the\n"
"                        most frequent of , ; tab | on the header line)\n"
"  -e, --encoding=NAME   the export's encoding, such as cp1252 or latin1\n"
"                        (default UTF-8)\n"
"  -k, --kind=KIND       record kind: assessment (default), banding or\n"
"                        statement\n"
"  -m, --map=FILE        CSV of from,to: more column names, or, with a\n"
"                        third column naming a coded column, more words\n"
"                        (up to 8 files)\n"
"  -o, --output=FILE     write here, atomically (default standard output)\n"
"  -r, --rejects=FILE    write rejected records here with their reasons\n"
"      --as-of=DATE      reject dates more than 365 days after DATE\n"
"      --bands=LIST      the bands of banded funding (default A,B,C,D)\n"
"      --excel           write CSV for spreadsheets: byte-order mark, CRLF,\n"
"                        cells that would run as formulas disarmed\n"
"      --keep-extra      pass columns that are not canonical through\n"
"                        (by default they are dropped)\n"
"      --max-field=N     largest field in bytes (default 1048576)\n"
"      --max-rejects=N   stop, with status 1, after N rejected records\n"
"      --month-first     read d/m/y dates as m/d/y\n"
"      --pseudonymise=KEYFILE  replace child_id with a keyed hash\n"
"  -v, --verbose         print the counts of records read and written\n"
"      --help            print this help and exit\n"
"      --version         print the version and exit\n"
"\n"
"Dates are read day first: 31/01/2005, 31-01-2005, 31.01.2005,\n"
"31-Jan-2005, 31 January 2005, 2005-01-31, a time after any of them\n"
"ignored; two-digit years 00-49 are 2000-2049 and 50-99 1950-1999; a bare\n"
"number is an Excel serial day (1900 system).  Dates before 1990, or\n"
"after 2099 (or more than 365 days after --as-of) are rejected as\n"
"implausible.\n", stdout);
	exit(0);
}

/* Takes one -m row. */
static int
map_row(void *ctx, const char *file, struct sen_csv *r)
{
	struct run *run = ctx;
	const char *from, *to;
	struct col_map *m;
	int v;

	from = sen_csv_field(r, 0, NULL);
	to = sen_csv_field(r, 1, NULL);
	if (sen_csv_nfields(r) >= 3 && *sen_csv_field(r, 2, NULL) != '\0') {
		v = sen_vocab_of(sen_csv_field(r, 2, NULL));
		if (v < 0 || sen_code_add((enum sen_vocab)v, from, to)) {
			cli_err(file, sen_csv_line(r), "cannot map '%s' to "
			    "'%s' in column '%s'", from, to,
			    sen_csv_field(r, 2, NULL));
			return -1;
		}
		return 0;
	}
	m = realloc(run->maps, (run->nmaps + 1) * sizeof(*run->maps));
	if (m == NULL || (m[run->nmaps].from = strdup(from)) == NULL) {
		cli_err(file, 0, "out of memory");
		exit(1);
	}
	run->maps = m;
	m[run->nmaps].to = *to == '\0' ? -1 : sen_column_index(run->kind, to);
	if (*to != '\0' && m[run->nmaps].to < 0) {
		cli_err(file, sen_csv_line(r), "'%s' is not a column of the "
		    "canonical stream", to);
		return -1;
	}
	run->nmaps++;
	return 0;
}

/* Reads the -m file: rows of from,to[,column]; a first row of
 * "from,to" is a header. */
static void
read_map(struct run *run, const char *path)
{
	cli_read_settings(path, "from", 2, 3, "from,to[,column]", map_row,
	    run);
}

/* The canonical column an export's column stands for, -1 for none, -2
 * for one that -m drops. */
static int
column_for(const struct run *run, const char *name)
{
	char a[SEN_KEY_MAX], b[SEN_KEY_MAX];
	size_t i;

	sen_key(name, strlen(name), a);
	for (i = 0; i < run->nmaps; i++) {
		sen_key(run->maps[i].from, strlen(run->maps[i].from), b);
		if (strcmp(a, b) == 0)
			return run->maps[i].to < 0 ? -2 : run->maps[i].to;
	}
	return sen_column_match(run->kind, name);
}

/* Forgets the columns passed through. */
static void
free_extras(struct run *run)
{
	size_t i;

	for (i = 0; i < run->nextras; i++)
		free(run->extras[i]);
	free(run->extras);
	run->extras = NULL;
	run->nextras = 0;
}

/* Notes the first file's unmapped columns as the ones passed through. */
static void
keep_extras(struct run *run, struct cli_src *src)
{
	size_t i, n = sen_header_count(src->h);

	free_extras(run);	/* an earlier file's header was unusable */
	run->extras = calloc(n + 1, sizeof(*run->extras));
	for (i = 0; run->keep_extra && run->extras != NULL && i < n; i++)
		if (*sen_header_name(src->h, i) != '\0' &&
		    column_for(run, sen_header_name(src->h, i)) == -1)
			run->extras[run->nextras++] =
			    strdup(sen_header_name(src->h, i));
}

/* Finds where each canonical and extra column sits in this file.
 * Returns 0, or -1 when the header cannot be used. */
static int
map_header(struct run *run, struct cli_src *src)
{
	size_t i, j, n = sen_header_count(src->h);
	const char *name;
	int c;

	free(run->canon);	/* an earlier file's */
	free(run->extra);
	run->canon = malloc(run->ncols * sizeof(*run->canon));
	run->extra = malloc((run->nextras + 1) * sizeof(*run->extra));
	if (run->canon == NULL || run->extra == NULL) {
		cli_err(src->name, 0, "out of memory");
		return -1;
	}
	for (i = 0; i < run->ncols; i++)
		run->canon[i] = -1;
	for (i = 0; i < run->nextras; i++)
		run->extra[i] = -1;
	for (i = 0; i < n; i++) {
		name = sen_header_name(src->h, i);
		if ((c = column_for(run, name)) >= 0) {
			if (run->canon[c] >= 0) {
				cli_err(src->name, sen_csv_line(src->r),
				    "columns '%s' and '%s' both give %s",
				    sen_header_name(src->h,
				    (size_t)run->canon[c]), name,
				    run->cols[c].name);
				return -1;
			}
			run->canon[c] = (long)i;
			continue;
		}
		for (j = 0; j < run->nextras; j++)
			if (strcmp(run->extras[j], name) == 0 &&
			    run->extra[j] < 0)
				break;
		if (j < run->nextras)
			run->extra[j] = (long)i;
		else if (c == -1 && run->keep_extra && *name != '\0')
			cli_err(src->name, sen_csv_line(src->r), "column '%s' "
			    "is not in the first file's header; dropped",
			    name);
		else if (c == -1 && run->io.verbose && *name != '\0')
			cli_err(src->name, sen_csv_line(src->r), "column '%s' "
			    "is not a canonical one; dropped (-m maps it, "
			    "--keep-extra keeps it)", name);
	}
	for (i = 0; i < run->ncols; i++) {
		if (run->cols[i].required && run->canon[i] < 0) {
			cli_err(src->name, sen_csv_line(src->r), "no column "
			    "for %s (use -m to name it)", run->cols[i].name);
			return -1;
		}
	}
	return 0;
}

/* Writes the output header once. */
static int
write_header(struct run *run)
{
	size_t i;

	if (run->headed)
		return SEN_OK;
	run->headed = 1;
	for (i = 0; i < run->ncols; i++)
		sen_csvw_str(run->out, run->cols[i].name);
	for (i = 0; i < run->nextras; i++)
		sen_csvw_str(run->out, run->extras[i]);
	return sen_csvw_end(run->out);
}

/* Normalises a date.  Returns a status and fills msg on failure. */
static int
norm_date(struct run *run, const char *col, struct value *v, char *msg)
{
	char shown[200];
	int st;

	st = sen_date_parse(v->s, v->len, run->date_flags, &v->day);
	if (st == SEN_EEMPTY) {
		v->day = SEN_NODATE;
		v->len = 0;
		return SEN_OK;
	}
	if (st == SEN_OK && (v->day < run->first_day || v->day > run->as_of))
		st = SEN_EPLAUSIBLE;
	if (st != SEN_OK) {
		snprintf(msg, MSG_MAX, "%s %s: %s", col,
		    cli_show(v->s, v->len, shown), sen_strerror(st));
		return st;
	}
	if (!sen_date_is_iso(v->s, v->len))	/* else kept as it is */
		v->s = sen_date_format(v->day, v->buf);
	v->len = SEN_DATE_LEN;
	return SEN_OK;
}

/* Normalises a coded value or an exception list. */
static int
norm_code(const struct sen_column *c, struct value *v, char *msg)
{
	char shown[200];
	size_t bad, badlen;
	int st;

	if (c->type == SEN_T_EXCEPTIONS) {
		st = sen_exceptions_norm(v->s, v->len, v->buf, sizeof(v->buf),
		    &bad, &badlen);
		if (st == SEN_EUNKNOWN)
			snprintf(msg, MSG_MAX, "%s: unknown exception %s",
			    c->name, cli_show(v->s + bad, badlen, shown));
		v->s = v->buf;
		v->len = strlen(v->buf);
		return st;
	}
	st = sen_code_lookup((enum sen_vocab)c->vocab, v->s, v->len, &v->s);
	if (st == SEN_EEMPTY) {
		v->len = 0;
		return SEN_OK;
	}
	if (st != SEN_OK) {
		snprintf(msg, MSG_MAX, "%s: unknown value %s", c->name,
		    cli_show(v->s, v->len, shown));
		return st;
	}
	v->len = strlen(v->s);
	return SEN_OK;
}

/* Normalises an amount of money to pounds with two decimals. */
static int
norm_money(const struct sen_column *c, struct value *v, char *msg)
{
	char shown[200];
	long long pence;
	int st;

	st = sen_money_parse(v->s, v->len, &pence);
	if (st == SEN_EEMPTY) {
		v->len = 0;
		return SEN_OK;
	}
	if (st != SEN_OK) {
		snprintf(msg, MSG_MAX, "%s %s: not an amount of pounds%s",
		    c->name, cli_show(v->s, v->len, shown),
		    st == SEN_EOVER ? " (too large)" : "");
		return st == SEN_EOVER ? SEN_EOVER : SEN_ESYNTAX;
	}
	v->s = sen_money_format(pence, v->buf);
	v->len = strlen(v->s);
	return SEN_OK;
}

/* Normalises a band: "Band B" and "b" are B when B is in the list. */
static int
norm_band(struct run *run, const struct sen_column *c, struct value *v,
    char *msg)
{
	char key[SEN_KEY_MAX], shown[200];
	const char *k;
	size_t i;

	if (sen_key(v->s, v->len, key) == 0) {
		v->len = 0;
		return SEN_OK;
	}
	k = strncmp(key, "band", 4) == 0 && key[4] != '\0' ? key + 4 : key;
	for (i = 0; i < run->nbands; i++) {
		if (strcmp(k, run->band_keys[i]) == 0) {
			v->s = run->bands[i];
			v->len = strlen(v->s);
			return SEN_OK;
		}
	}
	snprintf(msg, MSG_MAX, "%s %s: not one of the bands (see --bands)",
	    c->name, cli_show(v->s, v->len, shown));
	return SEN_EUNKNOWN;
}

/* Reads the list of bands, such as "A,B,C,D". */
static void
set_bands(struct run *run, const char *list)
{
	char *copy, *b, *save = NULL;

	if ((copy = strdup(list)) == NULL)
		exit(1);
	run->nbands = 0;
	for (b = strtok_r(copy, ",", &save); b != NULL;
	    b = strtok_r(NULL, ",", &save)) {
		while (*b == ' ')
			b++;
		if (run->nbands == MAX_BANDS)
			cli_usage_err("--bands: at most %d bands", MAX_BANDS);
		if (*b == '\0' || sen_key(b, strlen(b), run->band_keys[
		    run->nbands]) == 0 || strlen(b) >= sizeof(run->bands[0]))
			cli_usage_err("--bands: '%s' is not a band", b);
		snprintf(run->bands[run->nbands], sizeof(run->bands[0]), "%s",
		    b);
		run->nbands++;
	}
	free(copy);
	if (run->nbands == 0)
		cli_usage_err("--bands: no bands in '%s'", list);
}

/* Normalises column i of the record into run->vals[i]. */
static int
norm_value(struct run *run, struct cli_src *src, size_t i, char *msg)
{
	const struct sen_column *c = &run->cols[i];
	struct value *v = &run->vals[i];

	v->s = "";
	v->len = 0;
	v->day = SEN_NODATE;
	if (run->canon[i] >= 0)
		v->s = sen_csv_field(src->r, (size_t)run->canon[i], &v->len);
	if (i == CHILD_ID && run->pseudonymise && v->len > 0) {
		v->s = sen_pseudonym(&run->pseudo, v->s, v->len,
		    run->pseudonym);
		v->len = SEN_PSEUDO_LEN;
	}
	if (c->type == SEN_T_DATE)
		return norm_date(run, c->name, v, msg);
	if (c->type == SEN_T_CODE || c->type == SEN_T_EXCEPTIONS)
		return norm_code(c, v, msg);
	if (c->type == SEN_T_MONEY)
		return norm_money(c, v, msg);
	if (c->type == SEN_T_BAND)
		return norm_band(run, c, v, msg);
	return SEN_OK;
}

/* Checks that the dates of a record come in order. */
static int
check_order(struct run *run, char *msg)
{
	const int (*pairs)[2];
	const struct value *a, *b;
	size_t i, n;

	pairs = sen_kind_order(run->kind, &n);
	for (i = 0; i < n; i++) {
		a = &run->vals[pairs[i][0]];
		b = &run->vals[pairs[i][1]];
		if (a->day == SEN_NODATE || b->day == SEN_NODATE ||
		    a->day <= b->day)
			continue;
		snprintf(msg, MSG_MAX, "%s %s is after %s %s",
		    run->cols[pairs[i][0]].name, a->s,
		    run->cols[pairs[i][1]].name, b->s);
		return SEN_EORDER;
	}
	return SEN_OK;
}

/* A statement's ceased date and reason come together. */
static int
check_ceased(struct run *run, char *msg)
{
	const struct value *date, *why;

	if (run->kind != SEN_K_STATEMENT)
		return SEN_OK;
	date = &run->vals[sen_column_index(run->kind, "ceased_date")];
	why = &run->vals[sen_column_index(run->kind, "cease_reason")];
	if ((date->len == 0) == (why->len == 0))
		return SEN_OK;
	snprintf(msg, MSG_MAX, date->len ? "ceased_date %s has no "
	    "cease_reason" : "cease_reason %s has no ceased_date",
	    date->len ? date->s : why->s);
	return SEN_EEMPTY;
}

/* Checks the record's key is new: the case_id, and for an allocation
 * its start date too (a child may be banded year after year). */
static int
check_key(struct run *run, char *msg)
{
	const struct value *id = &run->vals[0], *start = NULL;
	char key[SEN_CSV_MAX_KEY];
	size_t n = id->len < sizeof(key) - 12 ? id->len : sizeof(key) - 12;
	int st;

	memcpy(key, id->s, n);
	if (run->kind == SEN_K_BANDING) {
		start = &run->vals[sen_column_index(run->kind, "start_date")];
		key[n++] = '\0';
		memcpy(key + n, start->s, start->len);
		n += start->len;
	}
	st = sen_set_add(run->ids, key, n);
	if (st == SEN_ETOOBIG)
		snprintf(msg, MSG_MAX, "too many case references to check "
		    "(over 4 GiB of them)");
	if (st == SEN_EDUP)
		snprintf(msg, MSG_MAX, "case_id '%.*s'%s%s seen before",
		    (int)(id->len > 40 ? 40 : id->len), id->s,
		    start != NULL ? " starting " : "",
		    start != NULL ? start->s : "");
	return st;
}

/* Returns 1 for a value of nothing but spaces and tabs. */
static int
blank(const struct value *v)
{
	size_t i;

	for (i = 0; i < v->len; i++)
		if (v->s[i] != ' ' && v->s[i] != '\t')
			return 0;
	return 1;
}

/* Checks values required, and the case reference not seen before. */
static int
check_record(struct run *run, char *msg)
{
	size_t i;
	int st;

	for (i = 0; i < run->ncols; i++) {
		if (run->cols[i].required && blank(&run->vals[i])) {
			snprintf(msg, MSG_MAX, "%s is empty", run->cols[i].name);
			return SEN_EEMPTY;
		}
	}
	if ((st = check_order(run, msg)) != SEN_OK ||
	    (st = check_ceased(run, msg)) != SEN_OK)
		return st;
	return check_key(run, msg);
}

/* Writes the normalised record and its passed-through columns. */
static int
write_record(struct run *run, struct cli_src *src)
{
	const char *s;
	size_t i, len;

	for (i = 0; i < run->ncols; i++)
		sen_csvw_field(run->out, run->vals[i].s, run->vals[i].len);
	for (i = 0; i < run->nextras; i++) {
		s = "";
		len = 0;
		if (run->extra[i] >= 0)
			s = sen_csv_field(src->r, (size_t)run->extra[i], &len);
		sen_csvw_field(run->out, s, len);
	}
	run->io.written++;
	return sen_csvw_end(run->out);
}

/*
 * Returns 1 when the record has as many fields as the header, allowing
 * for the habit of a delimiter at the end of every line: one more field,
 * empty, on a record, or an unnamed last column in the header that a
 * record leaves out.
 */
static int
fits_header(struct cli_src *src)
{
	size_t n = sen_csv_nfields(src->r), hn = sen_header_count(src->h);
	size_t len;

	if (n == hn)
		return 1;
	if (n == hn + 1) {
		sen_csv_field(src->r, n - 1, &len);
		return len == 0;
	}
	return hn > 0 && n == hn - 1 &&
	    *sen_header_name(src->h, hn - 1) == '\0';
}

/* Checks that every field is UTF-8 text without NUL bytes. */
static int
check_text(struct cli_src *src, const char *encoding, char *msg)
{
	size_t i, n = sen_csv_nfields(src->r), len, bad;
	const char *s;

	for (i = 0; i < n; i++) {
		s = sen_csv_field(src->r, i, &len);
		if (sen_text_check(s, len, &bad) == SEN_OK)
			continue;
		snprintf(msg, MSG_MAX, "field %zu%s%.40s%s: %s at byte %zu%s",
		    i + 1,
		    i < sen_header_count(src->h) ? " (" : "",
		    i < sen_header_count(src->h) ? sen_header_name(src->h, i) :
		    "", i < sen_header_count(src->h) ? ")" : "",
		    s[bad] == '\0' ? "NUL byte" : "not UTF-8", bad + 1,
		    s[bad] == '\0' || encoding != NULL ? "" :
		    " (for a Windows export, try -e cp1252)");
		return SEN_EENCODING;
	}
	return SEN_OK;
}

/* Takes one record: normalises, checks, writes or rejects it. */
static int
take(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;
	char msg[MSG_MAX];
	size_t i, n = sen_csv_nfields(src->r);
	int st = SEN_OK;

	if (!fits_header(src)) {
		snprintf(msg, MSG_MAX, "%zu fields where the header has %zu",
		    n, sen_header_count(src->h));
		return cli_reject(&run->io, src, SEN_EFIELDS, msg, 1);
	}
	if ((st = check_text(src, run->io.encoding, msg)) != SEN_OK)
		return cli_reject(&run->io, src, st, msg, 1);
	for (i = 0; i < run->ncols && st == SEN_OK; i++)
		st = norm_value(run, src, i, msg);
	if (st == SEN_OK)
		st = check_record(run, msg);
	if (st == SEN_ENOMEM)
		return st;
	if (st != SEN_OK)
		return cli_reject(&run->io, src, st, msg, 1);
	return write_record(run, src);
}

/* Sets up the column mapping of a file from its header. */
static int
start_file(struct cli_run *io, struct cli_src *src)
{
	struct run *run = io->ctx;

	if (!run->headed)
		keep_extras(run, src);
	if (map_header(run, src) != 0)
		return -1;
	return write_header(run) == SEN_OK ? 0 : -1;
}

static const struct option longopts[] = {
	{ "as-of", required_argument, NULL, 'A' },
	{ "bands", required_argument, NULL, 'B' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "encoding", required_argument, NULL, 'e' },
	{ "excel", no_argument, NULL, 'X' },
	{ "help", no_argument, NULL, 'h' },
	{ "keep-extra", no_argument, NULL, 'K' },
	{ "kind", required_argument, NULL, 'k' },
	{ "map", required_argument, NULL, 'm' },
	{ "max-field", required_argument, NULL, 'F' },
	{ "max-rejects", required_argument, NULL, 'R' },
	{ "month-first", no_argument, NULL, 'M' },
	{ "output", required_argument, NULL, 'o' },
	{ "pseudonymise", required_argument, NULL, 'P' },
	{ "rejects", required_argument, NULL, 'r' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* Reads the key for --pseudonymise from a file. */
static void
read_key(struct run *run, const char *path)
{
	unsigned char key[SEN_PSEUDO_KEY_MAX + 1];
	size_t n;
	FILE *fp;
	int st;

	if ((fp = cli_open(path)) == NULL)
		exit(1);
	n = fread(key, 1, sizeof(key), fp);
	cli_close(fp);
	st = sen_pseudo_init(&run->pseudo, key, n);
	if (st == SEN_ERANGE)
		cli_usage_err("--pseudonymise: %s holds %zu%s bytes; a key "
		    "is %d to %d bytes", path, n, n > SEN_PSEUDO_KEY_MAX ?
		    " or more" : "", SEN_PSEUDO_KEY_MIN, SEN_PSEUDO_KEY_MAX);
	if (st != SEN_OK)
		cli_usage_err("--pseudonymise: cannot start libsodium");
	run->pseudonymise = 1;
}

/* Reads the options that shape the output. */
static void
output_option(struct run *run, int c)
{
	switch (c) {
	case 'e':
		run->io.encoding = optarg;
		break;
	case 'K':
		run->keep_extra = 1;
		break;
	case 'P':
		read_key(run, optarg);
		break;
	case 'R':
		run->io.max_rejects = (unsigned long)cli_number(
		    "--max-rejects", optarg, 1, 1000000000L);
		break;
	}
}

/* Reads the options into run. */
static void
options(struct run *run, int argc, char **argv)
{
	int c;

	while ((c = getopt_long(argc, argv, "d:e:k:m:o:r:v", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'A':
			run->as_of = cli_date("--as-of", optarg) + 365;
			break;
		case 'h':
			usage();
			break;
		case 'k':
			if (sen_kind_parse(optarg, &run->kind) != SEN_OK)
				cli_usage_err("-k: unknown kind '%s'", optarg);
			break;
		case 'M':
			run->date_flags |= SEN_DATE_MDY;
			break;
		case 'm':
			if (run->nmap_paths == MAX_MAPS)
				cli_usage_err("-m: at most %d", MAX_MAPS);
			run->map_paths[run->nmap_paths++] = optarg;
			break;
		case 'B':
			set_bands(run, optarg);
			break;
		case 'e': case 'K': case 'P': case 'R':
			output_option(run, c);
			break;
		default:
			if (!cli_common_option(&run->io, c))
				cli_usage_try();
		}
	}
}

int
main(int argc, char **argv)
{
	struct run run;
	size_t i;
	int rc;

	cli_prog = "sen-import";
	memset(&run, 0, sizeof(run));
	run.kind = SEN_K_ASSESSMENT;
	run.first_day = sen_date_from_ymd(FIRST_YEAR, 1, 1);
	run.as_of = sen_date_from_ymd(LAST_YEAR, 12, 31);
	run.io.delim = SEN_CSV_AUTO;
	run.date_flags = SEN_DATE_YY | SEN_DATE_SERIAL;
	set_bands(&run, "A,B,C,D");
	run.io.on_header = start_file;
	run.io.on_record = take;
	run.io.ctx = &run;
	options(&run, argc, argv);
	for (i = 0; i < run.nmap_paths; i++)
		read_map(&run, run.map_paths[i]);
	run.cols = sen_kind_columns(run.kind, &run.ncols);
	run.vals = calloc(run.ncols, sizeof(*run.vals));
	run.ids = sen_set_new();
	if (run.vals == NULL || run.ids == NULL)
		exit(1);
	rc = cli_filter(&run.io, argv + optind, argc - optind, &run.out,
	    NULL);
	free_extras(&run);
	for (i = 0; i < run.nmaps; i++)
		free(run.maps[i].from);
	free(run.maps);
	sen_code_reset();
	free(run.canon);
	free(run.extra);
	free(run.vals);
	sen_set_free(run.ids);
	return rc;
}
