/*
 * fuzz_csv.c: libFuzzer target for the CSV reader (sen_csv_*), headers
 * (sen_header_*) and the writer (sen_csvw_*).
 *
 * The input is three bytes of options and then the file:
 *
 *	byte 0	the delimiter: 0 found from the first line (SEN_CSV_AUTO),
 *		1 the default (0, a comma), any other byte itself
 *	byte 1	bit 0: read the file as CP1252 (sen_csv_set_encoding);
 *		bit 1: a small field bound, byte 2 + 1 bytes, instead of
 *		the default; bit 2: read through a stream that cannot
 *		seek (fopencookie), else through fmemopen(), which can
 *	byte 2	the small field bound less one
 *
 * Every record read is checked: a status the header allows, the line it
 * starts on after the last one's and not past the last line, each field
 * NUL-ended at its length and within the bound.  The first record is
 * taken as a header and every name looked up.  The records read are
 * written with sen_csvw, read back with the same delimiter and bound,
 * and must come back the same; they are also written for spreadsheets
 * to /dev/null.
 */
#define _GNU_SOURCE

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "sen.h"
#include "sen_csv.h"
#include "fuzz.h"

#define OPT_CP1252	0x01
#define OPT_SMALL	0x02
#define OPT_NOSEEK	0x04

/* The records read, flattened: for each, its field count and then each
 * field's length and bytes. */
struct flat {
	unsigned char *b;
	size_t len, cap;
};

/* A stream over memory that cannot seek. */
struct mem {
	const uint8_t *p;
	size_t left;
};

static FILE *devnull;

static void
flat_put(struct flat *f, const void *p, size_t n)
{
	size_t cap;

	if (f->len + n > f->cap) {
		for (cap = f->cap ? f->cap : 256; cap < f->len + n; cap *= 2)
			continue;
		if ((f->b = realloc(f->b, cap)) == NULL)
			abort();
		f->cap = cap;
	}
	memcpy(f->b + f->len, p, n);
	f->len += n;
}

static void
flat_record(struct flat *f, const struct sen_csv *r)
{
	size_t i, n = sen_csv_nfields(r), len;
	const char *s;

	flat_put(f, &n, sizeof(n));
	for (i = 0; i < n; i++) {
		s = sen_csv_field(r, i, &len);
		flat_put(f, &len, sizeof(len));
		flat_put(f, s, len);
	}
}

static ssize_t
mem_read(void *cookie, char *buf, size_t n)
{
	struct mem *m = cookie;

	if (n > m->left)
		n = m->left;
	memcpy(buf, m->p, n);
	m->p += n;
	m->left -= n;
	return (ssize_t)n;
}

/* Opens the n bytes at p as a stream, seekable or not. */
static FILE *
open_mem(const uint8_t *p, size_t n, int noseek, struct mem *m)
{
	static const cookie_io_functions_t fns = { mem_read, NULL, NULL,
	    NULL };

	if (noseek) {
		m->p = p;
		m->left = n;
		return fopencookie(m, "r", fns);
	}
	if (n == 0)
		return fopen("/dev/null", "r");
	return fmemopen((void *)p, n, "r");
}

/* The number of lines the bytes hold: line ends (LF, CR LF or a lone
 * CR), plus one. */
static unsigned long
count_lines(const uint8_t *p, size_t n)
{
	unsigned long lines = 1;
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] == '\n' || (p[i] == '\r' &&
		    (i + 1 == n || p[i + 1] != '\n')))
			lines++;
	return lines;
}

/* Looks every name of the header up. */
static void
check_header(const struct sen_csv *r)
{
	struct sen_header *h;
	size_t i, j, idx, same;
	int st;

	if ((h = sen_header_from(r)) == NULL)
		abort();
	CHECK(sen_header_count(h) == sen_csv_nfields(r));
	for (i = 0; i < sen_header_count(h); i++) {
		for (same = 0, j = 0; j < sen_header_count(h); j++)
			same += strcmp(sen_header_name(h, i),
			    sen_header_name(h, j)) == 0;
		st = sen_header_find(h, sen_header_name(h, i), &idx);
		CHECK(st == (same == 1 ? SEN_OK : SEN_EDUPCOL));
		CHECK(strcmp(sen_header_name(h, idx),
		    sen_header_name(h, i)) == 0);
		CHECK(same > 1 || idx == i);
	}
	for (same = 0, j = 0; j < sen_header_count(h); j++)
		same += strcmp(sen_header_name(h, j), "nowhere") == 0;
	st = sen_header_find(h, "nowhere", &idx);
	CHECK(st == (same == 0 ? SEN_ECOLUMN : same == 1 ? SEN_OK :
	    SEN_EDUPCOL));
	sen_header_free(h);
}

/* Checks the current record's fields against the bound. */
static void
check_record(const struct sen_csv *r, size_t bound)
{
	size_t i, n = sen_csv_nfields(r), len, cost = 0;
	const char *s;

	CHECK(n > 0);
	for (i = 0; i < n; i++) {
		s = sen_csv_field(r, i, &len);
		CHECK(s[len] == '\0');
		CHECK(len <= bound);
		cost += len + 1 + 2 * sizeof(size_t);
	}
	CHECK(cost <= bound * SEN_CSV_RECORD_FACTOR);
}

/* Writes the flattened records with w. */
static void
write_flat(const struct flat *f, struct sen_csvw *w)
{
	const unsigned char *p = f->b, *end;
	size_t n, len;

	if (p == NULL)
		return;
	for (end = p + f->len; p < end;) {
		memcpy(&n, p, sizeof(n));
		p += sizeof(n);
		while (n-- > 0) {
			memcpy(&len, p, sizeof(len));
			p += sizeof(len);
			sen_csvw_field(w, (const char *)p, len);
			p += len;
		}
		CHECK(sen_csvw_end(w) == SEN_OK);
	}
}

/*
 * Reads fp to its end, checking each record and flattening the sound
 * ones into *f.  Returns the reader's delimiter.
 */
static int
read_all(FILE *fp, int delim, size_t max_field, const char *enc,
    unsigned long lines, struct flat *f)
{
	struct sen_csv *r;
	unsigned long prev = 0;
	size_t bound;
	int st, headed = 0, d;

	if ((r = sen_csv_open(fp, delim, max_field)) == NULL)
		abort();
	if (enc != NULL)
		CHECK(sen_csv_set_encoding(r, enc) == SEN_OK);
	bound = sen_csv_max_field(r);
	CHECK(bound == (max_field ? max_field : SEN_CSV_MAX_FIELD));
	while ((st = sen_csv_read(r)) != SEN_EOF) {
		CHECK(st == SEN_OK || st == SEN_ECSV || st == SEN_ETOOBIG ||
		    st == SEN_EFIELDS);
		CHECK(sen_csv_line(r) > prev);
		CHECK(sen_csv_line(r) <= lines);
		prev = sen_csv_line(r);
		if (st != SEN_OK)
			continue;
		check_record(r, bound);
		if (!headed)
			check_header(r);
		headed = 1;
		flat_record(f, r);
	}
	CHECK(sen_csv_blanks(r) < lines);
	d = sen_csv_delim(r);
	sen_csv_close(r);
	return d;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct flat first = { NULL, 0, 0 }, again = { NULL, 0, 0 };
	struct sen_csvw *w;
	struct mem m;
	const uint8_t *p;
	const char *enc;
	char *out = NULL;
	size_t n, outlen = 0, max_field;
	int delim, opts;
	FILE *fp;

	if (size < 3)
		return 0;
	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	delim = data[0] == 0 ? SEN_CSV_AUTO : data[0] == 1 ? 0 : data[0];
	opts = data[1];
	max_field = opts & OPT_SMALL ? (size_t)data[2] + 1 : 0;
	enc = opts & OPT_CP1252 ? "CP1252" : NULL;
	p = data + 3;
	n = size - 3;

	if ((fp = open_mem(p, n, opts & OPT_NOSEEK, &m)) == NULL)
		abort();
	delim = read_all(fp, delim, max_field, enc, count_lines(p, n),
	    &first);
	fclose(fp);
	CHECK(data[0] == 0 ? strchr(",;\t|", delim) != NULL :
	    delim == (data[0] == 1 ? ',' : data[0]));

	/* Written for spreadsheets, to nowhere. */
	if ((w = sen_csvw_open(devnull, delim, SEN_CSVW_EXCEL)) == NULL)
		abort();
	write_flat(&first, w);
	CHECK(sen_csvw_close(w) == SEN_OK);

	/* Written plainly and read back: the same records, unless the
	 * delimiter cannot be written, or the text begins with what reads
	 * as a byte-order mark. */
	if ((fp = open_memstream(&out, &outlen)) == NULL ||
	    (w = sen_csvw_open(fp, delim, 0)) == NULL)
		abort();
	write_flat(&first, w);
	CHECK(sen_csvw_close(w) == SEN_OK);
	fclose(fp);
	if (delim != '"' && delim != '\n' && delim != '\r' &&
	    !(outlen >= 3 && memcmp(out, "\xEF\xBB\xBF", 3) == 0)) {
		if ((fp = open_mem((const uint8_t *)out, outlen, 0, &m)) ==
		    NULL)
			abort();
		read_all(fp, delim, max_field, NULL,
		    count_lines((const uint8_t *)out, outlen), &again);
		fclose(fp);
		CHECK(again.len == first.len);
		CHECK(first.len == 0 ||
		    memcmp(again.b, first.b, first.len) == 0);
	}
	free(first.b);
	free(again.b);
	free(out);
	return 0;
}
