/*
 * test_csv.c: unit tests for sen_csv, the CSV reader, the header and the
 * writer.
 *
 * The reader is fed from memory through fmemopen(); the writer writes
 * to memory through open_memstream().  Every expected field, line number
 * and byte string below is worked out from the input the test gives.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_csv.h"

/* The reader's block size, from sen_csv.c. */
#define BLOCK (64 * 1024)

/* A string literal and its length, NUL bytes inside it counted. */
#define LIT(s) (s), (sizeof(s) - 1)

/* The fields a record should hold, NULL-ended. */
#define REC(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* A reader on a buffer in memory. */
struct src {
	FILE *fp;
	struct sen_csv *r;
};

/* Opens a reader on the len bytes at buf. */
static void
src_open(struct src *s, const char *buf, size_t len, int delim,
    size_t max_field)
{
	s->fp = fmemopen((void *)buf, len, "r");
	if (s->fp == NULL)
		fail_msg("fmemopen failed");
	s->r = sen_csv_open(s->fp, delim, max_field);
	if (s->r == NULL)
		fail_msg("sen_csv_open failed");
}

static void
src_close(struct src *s)
{
	sen_csv_close(s->r);
	fclose(s->fp);
}

/*
 * Reads the next record and asserts that it was read, that it starts on
 * line, and that its fields are exactly the strings in want.
 */
static void
expect_rec(struct sen_csv *r, unsigned long line, const char *const *want)
{
	const char *got;
	size_t i, n, len;
	int st;

	if ((st = sen_csv_read(r)) != SEN_OK)
		fail_msg("record on line %lu: status %d (%s)", line, st,
		    sen_strerror(st));
	if (sen_csv_line(r) != line)
		fail_msg("record starts on line %lu, not %lu",
		    sen_csv_line(r), line);
	for (n = 0; want[n] != NULL; n++)
		;
	if (sen_csv_nfields(r) != n)
		fail_msg("line %lu: %zu fields, not %zu", line,
		    sen_csv_nfields(r), n);
	for (i = 0; i < n; i++) {
		got = sen_csv_field(r, i, &len);
		if (len != strlen(want[i]) || memcmp(got, want[i], len) != 0)
			fail_msg("line %lu field %zu: \"%s\", not \"%s\"",
			    line, i, got, want[i]);
		assert_int_equal(got[len], '\0');
	}
}

/* Reads the next record and asserts that it fails with status st,
 * naming line as the line it started on. */
static void
expect_err(struct sen_csv *r, int st, unsigned long line)
{
	int got;

	if ((got = sen_csv_read(r)) != st)
		fail_msg("status %d (%s), not %d (%s)", got,
		    sen_strerror(got), st, sen_strerror(st));
	if (sen_csv_line(r) != line)
		fail_msg("bad record names line %lu, not %lu",
		    sen_csv_line(r), line);
}

/* Asserts that the input is at its end. */
static void
expect_eof(struct sen_csv *r)
{
	assert_int_equal(sen_csv_read(r), SEN_EOF);
	assert_int_equal(sen_csv_read(r), SEN_EOF);
}

/* Returns a buffer of n bytes, or fails the test. */
static char *
xmalloc(size_t n)
{
	char *p;

	if ((p = malloc(n)) == NULL)
		fail_msg("out of memory");
	return p;
}

/*
 * Reader.
 */

/* Spaces and tabs around unquoted fields are kept, as is everything
 * inside quotes. */
static void
test_csv_fields_as_written(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT(" a , b ,c \n\tx\t,\" q \",  \n,,\n"), 0, 0);
	expect_rec(s.r, 1, REC(" a ", " b ", "c "));
	expect_rec(s.r, 2, REC("\tx\t", " q ", "  "));
	expect_rec(s.r, 3, REC("", "", ""));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
}

static void
test_csv_line_ends_lf(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a,b\nc,d\ne\n"), 0, 0);
	expect_rec(s.r, 1, REC("a", "b"));
	expect_rec(s.r, 2, REC("c", "d"));
	expect_rec(s.r, 3, REC("e"));
	expect_eof(s.r);
	src_close(&s);
}

/* The LF of a CR LF is not left behind as a blank line or a field. */
static void
test_csv_line_ends_crlf(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a,b\r\nc,d\r\ne\r\n"), 0, 0);
	expect_rec(s.r, 1, REC("a", "b"));
	expect_rec(s.r, 2, REC("c", "d"));
	expect_rec(s.r, 3, REC("e"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
}

static void
test_csv_line_ends_cr(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a,b\rc,d\re\r"), 0, 0);
	expect_rec(s.r, 1, REC("a", "b"));
	expect_rec(s.r, 2, REC("c", "d"));
	expect_rec(s.r, 3, REC("e"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
}

/* LF, CR LF and lone CR in one input, each ending one line. */
static void
test_csv_line_ends_mixed(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a\nb\r\nc\rd\n"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_rec(s.r, 2, REC("b"));
	expect_rec(s.r, 3, REC("c"));
	expect_rec(s.r, 4, REC("d"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
}

/*
 * Line ends inside quotes belong to the field but still count as lines:
 * record 2 starts on line 3 and holds a CR LF (end of line 3) and a CR
 * (end of line 4), so record 3 starts on line 6.
 */
static void
test_csv_line_after_quoted_newlines(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\"x\ny\",1\n\"p\r\nq\rr\",2\nlast\n"), 0, 0);
	expect_rec(s.r, 1, REC("x\ny", "1"));
	expect_rec(s.r, 3, REC("p\r\nq\rr", "2"));
	expect_rec(s.r, 6, REC("last"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
}

/* An empty line inside quotes is part of the field, not a blank
 * line. */
static void
test_csv_quoted_empty_line(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\"a\n\nb\",c\n\"\r\n\r\n\"\nnext\n"), 0, 0);
	expect_rec(s.r, 1, REC("a\n\nb", "c"));
	expect_rec(s.r, 4, REC("\r\n\r\n"));
	expect_rec(s.r, 7, REC("next"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
}

/* Blank lines of each kind are skipped and counted, and later records
 * keep their physical line numbers. */
static void
test_csv_line_after_blank_lines(void **state)
{
	struct src s;

	(void)state;
	/* lines: 1 blank, 2 blank, 3 a, 4 blank (CR LF), 5 blank (CR),
	 * 6 b */
	src_open(&s, LIT("\n\na\n\r\n\rb\n"), 0, 0);
	expect_rec(s.r, 3, REC("a"));
	assert_int_equal(sen_csv_blanks(s.r), 2);
	expect_rec(s.r, 6, REC("b"));
	assert_int_equal(sen_csv_blanks(s.r), 4);
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 4);
	src_close(&s);
}

/* Several blank lines after the last record, with each line end. */
static void
test_csv_blank_lines_at_end(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a\n\n\n\n"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 3);
	src_close(&s);

	src_open(&s, LIT("a\r\n\r\n\r\n"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 2);
	src_close(&s);

	src_open(&s, LIT("a\r\r\r"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 2);
	src_close(&s);
}

/* An empty quoted field and a lone delimiter are records, not blank
 * lines. */
static void
test_csv_blank_not_empty_field(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\"\"\n,\n\n\"\"\r\n"), 0, 0);
	expect_rec(s.r, 1, REC(""));
	expect_rec(s.r, 2, REC("", ""));
	expect_rec(s.r, 4, REC(""));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 1);
	src_close(&s);
}

static void
test_csv_last_record_unterminated(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a,b\nc,d"), 0, 0);
	expect_rec(s.r, 1, REC("a", "b"));
	expect_rec(s.r, 2, REC("c", "d"));
	expect_eof(s.r);
	src_close(&s);

	/* Ends in a delimiter: the last field is empty. */
	src_open(&s, LIT("a,"), 0, 0);
	expect_rec(s.r, 1, REC("a", ""));
	expect_eof(s.r);
	src_close(&s);
}

static void
test_csv_last_record_unterminated_quoted(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a\r\n\"c\",\"d \"\"e\"\"\""), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_rec(s.r, 2, REC("c", "d \"e\""));
	expect_eof(s.r);
	src_close(&s);

	src_open(&s, LIT("\"x\ny\""), 0, 0);
	expect_rec(s.r, 1, REC("x\ny"));
	expect_eof(s.r);
	src_close(&s);
}

/* A UTF-8 byte-order mark before the first field is dropped. */
static void
test_csv_bom_plain_header(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\xEF\xBB\xBFid,name\n1,x\n"), 0, 0);
	expect_rec(s.r, 1, REC("id", "name"));
	expect_rec(s.r, 2, REC("1", "x"));
	expect_eof(s.r);
	src_close(&s);
}

/* A byte-order mark before a quoted first field: the quote still opens
 * the field. */
static void
test_csv_bom_quoted_header(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\xEF\xBB\xBF\"case id\",name\r\n1,x\r\n"), 0, 0);
	expect_rec(s.r, 1, REC("case id", "name"));
	expect_rec(s.r, 2, REC("1", "x"));
	expect_eof(s.r);
	src_close(&s);
}

/* Only a mark at the very start is dropped. */
static void
test_csv_bom_only_at_start(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a\n\xEF\xBB\xBF" "b\n"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_rec(s.r, 2, REC("\xEF\xBB\xBF" "b"));
	expect_eof(s.r);
	src_close(&s);
}

static void
test_csv_doubled_quotes(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\"say \"\"hi\"\"\",\"\"\"\"\n\"\"\"a\"\"b\"\n"),
	    0, 0);
	expect_rec(s.r, 1, REC("say \"hi\"", "\""));
	expect_rec(s.r, 2, REC("\"a\"b"));
	expect_eof(s.r);
	src_close(&s);
}

static void
test_csv_embedded_delimiters(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\"Smith, J\",\",\",\"a,b,c\"\n"), 0, 0);
	expect_rec(s.r, 1, REC("Smith, J", ",", "a,b,c"));
	expect_eof(s.r);
	src_close(&s);
}

/* With ';' a comma is an ordinary byte. */
static void
test_csv_delim_semicolon(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a;\"b;c\";d,e\n1;;2\n"), ';', 0);
	expect_rec(s.r, 1, REC("a", "b;c", "d,e"));
	expect_rec(s.r, 2, REC("1", "", "2"));
	expect_eof(s.r);
	src_close(&s);
}

/* With a tab, spaces and commas are ordinary bytes. */
static void
test_csv_delim_tab(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a\t\"b\tc\"\td e, f\n\t x\n"), '\t', 0);
	expect_rec(s.r, 1, REC("a", "b\tc", "d e, f"));
	expect_rec(s.r, 2, REC("", " x"));
	expect_eof(s.r);
	src_close(&s);
}

/* A quote after a closed quoted field, or inside an unquoted one, is
 * malformed; the reader steps to the next line. */
static void
test_csv_stray_quote(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("ok,1\n\"a\"b,2\nx\"y,3\nnext,4\n"), 0, 0);
	expect_rec(s.r, 1, REC("ok", "1"));
	expect_err(s.r, SEN_ECSV, 2);
	expect_err(s.r, SEN_ECSV, 3);
	expect_rec(s.r, 4, REC("next", "4"));
	expect_eof(s.r);
	src_close(&s);
}

/* A stray quote on the second line of a record that started on line 2:
 * the error names line 2, and line 3 is read again on its own, where its
 * stray quote is an error of its own; reading goes on at line 4. */
static void
test_csv_stray_quote_multiline(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("h\n\"a\nb\"c\nz\n"), 0, 0);
	expect_rec(s.r, 1, REC("h"));
	expect_err(s.r, SEN_ECSV, 2);
	expect_err(s.r, SEN_ECSV, 3);
	expect_rec(s.r, 4, REC("z"));
	expect_eof(s.r);
	src_close(&s);
}

/* A stray quote early in a line longer than a block: the rest of that
 * line is stepped over. */
static void
test_csv_stray_quote_long_line(void **state)
{
	struct src s;
	char *buf;
	size_t n = 100000;

	(void)state;
	buf = xmalloc(n + 5);
	memset(buf, 'x', n);
	memcpy(buf, "\"a\"b,", 5);
	memcpy(buf + n, "\nok\n", 4);
	src_open(&s, buf, n + 4, 0, 0);
	expect_err(s.r, SEN_ECSV, 1);
	expect_rec(s.r, 2, REC("ok"));
	expect_eof(s.r);
	src_close(&s);
	free(buf);
}

/* A quote never closed: the error names the line the record began on,
 * not the last line, and the lines after it are read again rather than
 * swallowed. */
static void
test_csv_unclosed_quote_at_end(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("a\n\"b,c\nd\n"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_err(s.r, SEN_ECSV, 2);
	expect_rec(s.r, 3, REC("d"));
	expect_eof(s.r);
	src_close(&s);

	src_open(&s, LIT("a\r\n\r\nx,\"open"), 0, 0);
	expect_rec(s.r, 1, REC("a"));
	expect_err(s.r, SEN_ECSV, 3);
	expect_eof(s.r);
	src_close(&s);
}

static void
test_csv_max_field_default(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT(""), 0, 0);
	assert_int_equal(sen_csv_max_field(s.r), SEN_CSV_MAX_FIELD);
	assert_int_equal(SEN_CSV_MAX_FIELD, 1048576);
	src_close(&s);

	src_open(&s, LIT(""), 0, 8);
	assert_int_equal(sen_csv_max_field(s.r), 8);
	src_close(&s);
}

/* With a bound of 8, 8 bytes are allowed and 9 are not; the reader goes
 * on with the next record. */
static void
test_csv_too_big_field(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("12345678,x\n123456789,y\n\"abcdefgh\",\"abcdefghi\"\n"
	    "ok\n"), 0, 8);
	expect_rec(s.r, 1, REC("12345678", "x"));
	expect_err(s.r, SEN_ETOOBIG, 2);
	expect_err(s.r, SEN_ETOOBIG, 3);
	expect_rec(s.r, 4, REC("ok"));
	expect_eof(s.r);
	src_close(&s);

	/* The last record, unterminated. */
	src_open(&s, LIT("ok\n123456789"), 0, 8);
	expect_rec(s.r, 1, REC("ok"));
	expect_err(s.r, SEN_ETOOBIG, 2);
	expect_eof(s.r);
	src_close(&s);
}

/*
 * A quoted field over the bound that spans lines: "1234\n5678\n9" is 11
 * bytes.  The record starts on line 1 and ends on line 3, so the next
 * one starts on line 4.  A quoted field of exactly 8 bytes with a line
 * end inside it is within the bound.
 */
static void
test_csv_too_big_quoted_spanning(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT("\"1234\n5678\n9\",x\nok\n\"123\n5678\"\n"), 0, 8);
	expect_err(s.r, SEN_ETOOBIG, 1);
	expect_rec(s.r, 4, REC("ok"));
	expect_rec(s.r, 5, REC("123\n5678"));
	expect_eof(s.r);
	src_close(&s);
}

/* A field far over the bound in a line longer than several blocks. */
static void
test_csv_too_big_long_line(void **state)
{
	struct src s;
	char *buf;
	size_t n = 200000;

	(void)state;
	buf = xmalloc(n + 6);
	memcpy(buf, "a\n", 2);
	memset(buf + 2, 'z', n);
	memcpy(buf + 2 + n, "\nok\n", 4);
	src_open(&s, buf, n + 6, 0, 8);
	expect_rec(s.r, 1, REC("a"));
	expect_err(s.r, SEN_ETOOBIG, 2);
	expect_rec(s.r, 3, REC("ok"));
	expect_eof(s.r);
	src_close(&s);
	free(buf);
}

/* A record of 20 fields of 8 bytes holds 160 bytes, over 16 x 8 = 128,
 * though each field is within the bound. */
static void
test_csv_too_big_record(void **state)
{
	struct src s;
	char buf[20 * 9 + 4];
	size_t i;

	(void)state;
	for (i = 0; i < 20; i++)
		memcpy(buf + 9 * i, "12345678,", 9);
	buf[9 * 20 - 1] = '\n';
	memcpy(buf + 9 * 20, "ok\n", 3);
	src_open(&s, buf, 9 * 20 + 3, 0, 8);
	expect_err(s.r, SEN_ETOOBIG, 1);
	expect_rec(s.r, 2, REC("ok"));
	expect_eof(s.r);
	src_close(&s);
}

/*
 * The record bound counts each field's bytes plus 1 + 2 * sizeof(size_t)
 * of bookkeeping: with a field bound of 8 a record may hold 128, so seven
 * 1-byte fields (7 * 18 = 126 on a 64-bit machine) are read and eight
 * (144) are too big.
 */
static void
test_csv_record_bound_small_fields(void **state)
{
	struct src s;

	(void)state;
	if (sizeof(size_t) != 8)
		skip();
	src_open(&s, LIT("a,b,c,d,e,f,g\na,b,c,d,e,f,g,h\nz\n"), 0, 8);
	expect_rec(s.r, 1, REC("a", "b", "c", "d", "e", "f", "g"));
	expect_err(s.r, SEN_ETOOBIG, 2);
	expect_rec(s.r, 3, REC("z"));
	expect_eof(s.r);
	src_close(&s);
}

/* NUL bytes are data, inside and outside quotes. */
static void
test_csv_nul_bytes(void **state)
{
	struct src s;
	const char *f;
	size_t len;

	(void)state;
	src_open(&s, LIT("a\0b,\0,\"x\0\"\n"), 0, 0);
	assert_int_equal(sen_csv_read(s.r), SEN_OK);
	assert_int_equal(sen_csv_nfields(s.r), 3);
	f = sen_csv_field(s.r, 0, &len);
	assert_int_equal(len, 3);
	assert_memory_equal(f, "a\0b", 4);
	f = sen_csv_field(s.r, 1, &len);
	assert_int_equal(len, 1);
	assert_memory_equal(f, "\0", 2);
	f = sen_csv_field(s.r, 2, &len);
	assert_int_equal(len, 2);
	assert_memory_equal(f, "x\0", 3);
	f = sen_csv_field(s.r, 2, NULL);
	assert_int_equal(f[0], 'x');
	expect_eof(s.r);
	src_close(&s);
}

/*
 * One line of 200,000 bytes: a field of 150,000 bytes, a comma, a field
 * of 49,998 bytes and LF, crossing the 64 KiB blocks; then line 2.
 */
static void
test_csv_long_line(void **state)
{
	struct src s;
	const char *f;
	char *buf;
	size_t i, len, n1 = 150000, n2 = 49998;

	(void)state;
	buf = xmalloc(200000 + 4);
	for (i = 0; i < n1; i++)
		buf[i] = (char)('a' + i % 26);
	buf[n1] = ',';
	for (i = 0; i < n2; i++)
		buf[n1 + 1 + i] = (char)('0' + i % 10);
	buf[n1 + 1 + n2] = '\n';
	assert_int_equal(n1 + 1 + n2 + 1, 200000);
	memcpy(buf + 200000, "end\n", 4);
	src_open(&s, buf, 200000 + 4, 0, 0);
	assert_int_equal(sen_csv_read(s.r), SEN_OK);
	assert_int_equal(sen_csv_line(s.r), 1);
	assert_int_equal(sen_csv_nfields(s.r), 2);
	f = sen_csv_field(s.r, 0, &len);
	assert_int_equal(len, n1);
	for (i = 0; i < n1; i++)
		if (f[i] != (char)('a' + i % 26))
			fail_msg("field 0 byte %zu wrong", i);
	f = sen_csv_field(s.r, 1, &len);
	assert_int_equal(len, n2);
	for (i = 0; i < n2; i++)
		if (f[i] != (char)('0' + i % 10))
			fail_msg("field 1 byte %zu wrong", i);
	expect_rec(s.r, 2, REC("end"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
	free(buf);
}

/*
 * CR at byte 65535 (the last of the first block) and LF at 65536 (the
 * first of the next) make one line end.  4095 records of 16 bytes
 * ("0123456789abcd" CR LF) fill 65520 bytes; record 4096 is 15 bytes of
 * 'q' at 65520..65534, then the split CR LF, then "z" CR LF on line
 * 4097.
 */
static void
test_csv_crlf_split_at_block(void **state)
{
	struct src s;
	const char *f;
	char *buf;
	size_t i, len, n;

	(void)state;
	buf = xmalloc(BLOCK + 8);
	for (i = 0; i < 4095; i++)
		memcpy(buf + 16 * i, "0123456789abcd\r\n", 16);
	memset(buf + 65520, 'q', 15);
	n = 65535;
	buf[n++] = '\r';
	buf[n++] = '\n';
	memcpy(buf + n, "z\r\n", 3);
	n += 3;
	assert_int_equal(buf[65535], '\r');
	assert_int_equal(buf[65536], '\n');
	src_open(&s, buf, n, 0, 0);
	for (i = 1; i <= 4095; i++)
		expect_rec(s.r, i, REC("0123456789abcd"));
	assert_int_equal(sen_csv_read(s.r), SEN_OK);
	assert_int_equal(sen_csv_line(s.r), 4096);
	assert_int_equal(sen_csv_nfields(s.r), 1);
	f = sen_csv_field(s.r, 0, &len);
	assert_int_equal(len, 15);
	assert_memory_equal(f, "qqqqqqqqqqqqqqq", 16);
	expect_rec(s.r, 4097, REC("z"));
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);
	free(buf);
}

/* The same split where the CR LF is a blank line of its own: one blank
 * line, not two.  Line 1 is 65534 'x' and LF; line 2 is the split
 * CR LF; line 3 is "y". */
static void
test_csv_crlf_split_blank_line(void **state)
{
	struct src s;
	char *buf;
	size_t n;

	(void)state;
	buf = xmalloc(BLOCK + 8);
	memset(buf, 'x', 65534);
	buf[65534] = '\n';
	buf[65535] = '\r';
	buf[65536] = '\n';
	memcpy(buf + 65537, "y\n", 2);
	n = 65539;
	src_open(&s, buf, n, 0, 0);
	assert_int_equal(sen_csv_read(s.r), SEN_OK);
	assert_int_equal(sen_csv_line(s.r), 1);
	assert_int_equal(sen_csv_nfields(s.r), 1);
	expect_rec(s.r, 3, REC("y"));
	assert_int_equal(sen_csv_blanks(s.r), 1);
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 1);
	src_close(&s);
	free(buf);
}

/*
 * A quoted field of exactly max_field bytes whose closing quote is the
 * last byte of a 64 KiB block: libcsv holds the closing quote in its
 * entry buffer until it sees the next byte, and the field must still be
 * read.
 *
 * Bound 8.  8190 records "abcdefg" LF (65520 bytes) and "abcde" LF
 * (6 bytes) fill 0..65525; "12345678" in quotes takes 65526..65535,
 * its closing quote at 65535; LF at 65536 ends line 8192.
 */
static void
test_csv_quoted_field_at_bound_block_end(void **state)
{
	struct src s;
	char *buf;
	size_t i, n;

	(void)state;
		buf = xmalloc(BLOCK + 8);
	for (i = 0; i < 8190; i++)
		memcpy(buf + 8 * i, "abcdefg\n", 8);
	memcpy(buf + 65520, "abcde\n", 6);
	memcpy(buf + 65526, "\"12345678\"\nok\n", 14);
	n = 65540;
	assert_int_equal(buf[65535], '"');
	src_open(&s, buf, n, 0, 8);
	for (i = 1; i <= 8190; i++)
		expect_rec(s.r, i, REC("abcdefg"));
	expect_rec(s.r, 8191, REC("abcde"));
	expect_rec(s.r, 8192, REC("12345678"));
	expect_rec(s.r, 8193, REC("ok"));
	expect_eof(s.r);
	src_close(&s);
	free(buf);
}

static void
test_csv_empty_input(void **state)
{
	struct src s;

	(void)state;
	src_open(&s, LIT(""), 0, 0);
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 0);
	src_close(&s);

	/* Nothing but blank lines. */
	src_open(&s, LIT("\n\r\n\r"), 0, 0);
	expect_eof(s.r);
	assert_int_equal(sen_csv_blanks(s.r), 3);
	src_close(&s);

	/* Nothing but a byte-order mark. */
	src_open(&s, LIT("\xEF\xBB\xBF"), 0, 0);
	expect_eof(s.r);
	src_close(&s);
}

static void
test_csv_close_null(void **state)
{
	(void)state;
	sen_csv_close(NULL);
}

/*
 * Header.
 */

/* Reads one record from s and makes a header of it. */
static struct sen_header *
header_of(const char *buf, size_t len)
{
	struct sen_header *h;
	struct src s;

	src_open(&s, buf, len, 0, 0);
	assert_int_equal(sen_csv_read(s.r), SEN_OK);
	h = sen_header_from(s.r);
	assert_non_null(h);
	src_close(&s);
	return h;
}

static void
test_csv_header_names(void **state)
{
	struct sen_header *h;

	(void)state;
	h = header_of(LIT("id,\"Date, received\", pad \n"));
	assert_int_equal(sen_header_count(h), 3);
	assert_string_equal(sen_header_name(h, 0), "id");
	assert_string_equal(sen_header_name(h, 1), "Date, received");
	assert_string_equal(sen_header_name(h, 2), " pad ");
	sen_header_free(h);
}

/* Names are compared exactly: case and spaces matter. */
static void
test_csv_header_find_exact(void **state)
{
	struct sen_header *h;
	size_t idx;

	(void)state;
	h = header_of(LIT("id,name, date\n"));
	idx = 99;
	assert_int_equal(sen_header_find(h, "id", &idx), SEN_OK);
	assert_int_equal(idx, 0);
	assert_int_equal(sen_header_find(h, "name", &idx), SEN_OK);
	assert_int_equal(idx, 1);
	assert_int_equal(sen_header_find(h, " date", &idx), SEN_OK);
	assert_int_equal(idx, 2);
	sen_header_free(h);
}

static void
test_csv_header_find_missing(void **state)
{
	struct sen_header *h;
	size_t idx;

	(void)state;
	h = header_of(LIT("id,name, date\n"));
	assert_int_equal(sen_header_find(h, "Name", &idx), SEN_ECOLUMN);
	assert_int_equal(sen_header_find(h, "nam", &idx), SEN_ECOLUMN);
	assert_int_equal(sen_header_find(h, "names", &idx), SEN_ECOLUMN);
	assert_int_equal(sen_header_find(h, "date", &idx), SEN_ECOLUMN);
	assert_int_equal(sen_header_find(h, "", &idx), SEN_ECOLUMN);
	sen_header_free(h);
}

static void
test_csv_header_find_duplicate(void **state)
{
	struct sen_header *h;
	size_t idx;

	(void)state;
	h = header_of(LIT("a,b,a,c\n"));
	assert_int_equal(sen_header_find(h, "a", &idx), SEN_EDUPCOL);
	assert_int_equal(sen_header_find(h, "b", &idx), SEN_OK);
	assert_int_equal(idx, 1);
	assert_int_equal(sen_header_find(h, "c", &idx), SEN_OK);
	assert_int_equal(idx, 3);
	sen_header_free(h);
}

/* An empty name is a name like any other. */
static void
test_csv_header_empty_name(void **state)
{
	struct sen_header *h;
	size_t idx;

	(void)state;
	h = header_of(LIT("x,,y\n"));
	assert_int_equal(sen_header_count(h), 3);
	assert_int_equal(sen_header_find(h, "", &idx), SEN_OK);
	assert_int_equal(idx, 1);
	sen_header_free(h);
	sen_header_free(NULL);
}

/*
 * Writer.
 */

/* A writer on a memory stream. */
struct dst {
	FILE *fp;
	char *buf;
	size_t len;
	struct sen_csvw *w;
};

static void
dst_open(struct dst *d, int delim, int flags)
{
	d->buf = NULL;
	d->len = 0;
	if ((d->fp = open_memstream(&d->buf, &d->len)) == NULL)
		fail_msg("open_memstream failed");
	if ((d->w = sen_csvw_open(d->fp, delim, flags)) == NULL)
		fail_msg("sen_csvw_open failed");
}

/* Closes the writer and its stream and asserts that the output is the
 * len bytes at want. */
static void
dst_expect(struct dst *d, const char *want, size_t len)
{
	assert_int_equal(sen_csvw_close(d->w), SEN_OK);
	assert_int_equal(fclose(d->fp), 0);
	if (d->len != len || memcmp(d->buf, want, len) != 0)
		fail_msg("wrote \"%s\" (%zu bytes), not \"%s\" (%zu)",
		    d->buf, d->len, want, len);
	free(d->buf);
}

/* Plain fields are written as they are, spaces around them included. */
static void
test_csv_writer_plain(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, 0, 0);
	sen_csvw_str(d.w, "a");
	sen_csvw_str(d.w, "b c");
	sen_csvw_str(d.w, " lead");
	sen_csvw_str(d.w, "trail ");
	sen_csvw_str(d.w, "\tt");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	sen_csvw_str(d.w, "x");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT("a,b c, lead,trail ,\tt\nx\n"));
}

/* Quoted are fields with the delimiter, a quote, CR or LF; quotes
 * inside are doubled.  A ';' is nothing special with ','. */
static void
test_csv_writer_quotes_needed(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, ',', 0);
	sen_csvw_str(d.w, "Smith, J");
	sen_csvw_str(d.w, "say \"hi\"");
	sen_csvw_str(d.w, "l1\nl2");
	sen_csvw_str(d.w, "cr\r");
	sen_csvw_str(d.w, "\"");
	sen_csvw_str(d.w, " x; y ");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT("\"Smith, J\",\"say \"\"hi\"\"\",\"l1\nl2\","
	    "\"cr\r\",\"\"\"\", x; y \n"));
}

/* Empty fields are written as nothing. */
static void
test_csv_writer_empty_fields(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, 0, 0);
	sen_csvw_str(d.w, "");
	sen_csvw_str(d.w, "a");
	sen_csvw_str(d.w, "");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT(",a,\n"));
}

/* With ';' a comma needs no quotes and a ';' does. */
static void
test_csv_writer_delim_semicolon(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, ';', 0);
	sen_csvw_str(d.w, "a,b");
	sen_csvw_str(d.w, "a;b");
	sen_csvw_str(d.w, "c");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT("a,b;\"a;b\";c\n"));
}

static void
test_csv_writer_delim_tab(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, '\t', 0);
	sen_csvw_str(d.w, "a,b");
	sen_csvw_str(d.w, "a\tb");
	sen_csvw_str(d.w, " c ");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT("a,b\t\"a\tb\"\t c \n"));
}

static void
test_csv_writer_crlf(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, 0, SEN_CSVW_CRLF);
	sen_csvw_str(d.w, "a");
	sen_csvw_str(d.w, "b\nc");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	sen_csvw_str(d.w, "d");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT("a,\"b\nc\"\r\nd\r\n"));
}

/* sen_csvw_field writes exactly len bytes, NUL bytes included. */
static void
test_csv_writer_field_length(void **state)
{
	struct dst d;

	(void)state;
	dst_open(&d, 0, 0);
	sen_csvw_field(d.w, "abcdef", 3);
	sen_csvw_field(d.w, "x\0y", 3);
	sen_csvw_field(d.w, "\"q\"zzz", 3);
	sen_csvw_field(d.w, "ignored", 0);
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	dst_expect(&d, LIT("abc,x\0y,\"\"\"q\"\"\",\n"));
}

/* Output larger than the writer's buffer arrives whole: 100,000 bytes
 * of quotes become 200,002 bytes, and a record after them. */
static void
test_csv_writer_large(void **state)
{
	struct dst d;
	char *in;
	size_t i, n = 100000;

	(void)state;
	in = xmalloc(n);
	memset(in, '"', n);
	dst_open(&d, 0, 0);
	sen_csvw_field(d.w, in, n);
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	sen_csvw_str(d.w, "end");
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	assert_int_equal(sen_csvw_close(d.w), SEN_OK);
	assert_int_equal(fclose(d.fp), 0);
	assert_int_equal(d.len, 2 * n + 2 + 1 + 4);
	for (i = 0; i < 2 * n + 2; i++)
		if (d.buf[i] != '"')
			fail_msg("byte %zu is not a quote", i);
	assert_memory_equal(d.buf + 2 * n + 2, "\nend\n", 5);
	free(d.buf);
	free(in);
}

/* What the writer writes, the reader reads back as the same fields. */
static void
test_csv_writer_round_trip(void **state)
{
	static const char *const fields[] = { "plain", " spaced ",
	    "com,ma", "quo\"te", "line\nend", "cr\rlf\r\n", "", "\"\"",
	    NULL };
	struct dst d;
	struct src s;
	size_t i, n = sizeof(fields) / sizeof(fields[0]) - 1;

	(void)state;
	dst_open(&d, 0, SEN_CSVW_CRLF);
	for (i = 0; i < n; i++)
		sen_csvw_str(d.w, fields[i]);
	assert_int_equal(sen_csvw_end(d.w), SEN_OK);
	assert_int_equal(sen_csvw_close(d.w), SEN_OK);
	assert_int_equal(fclose(d.fp), 0);
	src_open(&s, d.buf, d.len, 0, 0);
	expect_rec(s.r, 1, fields);
	expect_eof(s.r);
	src_close(&s);
	free(d.buf);
}

/* A write that fails is reported when the writer is closed. */
static void
test_csv_writer_close_dev_full(void **state)
{
	struct sen_csvw *w;
	FILE *fp;

	(void)state;
	if ((fp = fopen("/dev/full", "w")) == NULL)
		skip();
	w = sen_csvw_open(fp, 0, 0);
	assert_non_null(w);
	sen_csvw_str(w, "a");
	sen_csvw_str(w, "b");
	sen_csvw_end(w);
	assert_int_equal(sen_csvw_close(w), SEN_EIO);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_fields_as_written),
		cmocka_unit_test(test_csv_line_ends_lf),
		cmocka_unit_test(test_csv_line_ends_crlf),
		cmocka_unit_test(test_csv_line_ends_cr),
		cmocka_unit_test(test_csv_line_ends_mixed),
		cmocka_unit_test(test_csv_line_after_quoted_newlines),
		cmocka_unit_test(test_csv_quoted_empty_line),
		cmocka_unit_test(test_csv_line_after_blank_lines),
		cmocka_unit_test(test_csv_blank_lines_at_end),
		cmocka_unit_test(test_csv_blank_not_empty_field),
		cmocka_unit_test(test_csv_last_record_unterminated),
		cmocka_unit_test(test_csv_last_record_unterminated_quoted),
		cmocka_unit_test(test_csv_bom_plain_header),
		cmocka_unit_test(test_csv_bom_quoted_header),
		cmocka_unit_test(test_csv_bom_only_at_start),
		cmocka_unit_test(test_csv_doubled_quotes),
		cmocka_unit_test(test_csv_embedded_delimiters),
		cmocka_unit_test(test_csv_delim_semicolon),
		cmocka_unit_test(test_csv_delim_tab),
		cmocka_unit_test(test_csv_stray_quote),
		cmocka_unit_test(test_csv_stray_quote_multiline),
		cmocka_unit_test(test_csv_stray_quote_long_line),
		cmocka_unit_test(test_csv_unclosed_quote_at_end),
		cmocka_unit_test(test_csv_max_field_default),
		cmocka_unit_test(test_csv_too_big_field),
		cmocka_unit_test(test_csv_too_big_quoted_spanning),
		cmocka_unit_test(test_csv_too_big_long_line),
		cmocka_unit_test(test_csv_too_big_record),
		cmocka_unit_test(test_csv_record_bound_small_fields),
		cmocka_unit_test(test_csv_nul_bytes),
		cmocka_unit_test(test_csv_long_line),
		cmocka_unit_test(test_csv_crlf_split_at_block),
		cmocka_unit_test(test_csv_crlf_split_blank_line),
		cmocka_unit_test(test_csv_quoted_field_at_bound_block_end),
		cmocka_unit_test(test_csv_empty_input),
		cmocka_unit_test(test_csv_close_null),
		cmocka_unit_test(test_csv_header_names),
		cmocka_unit_test(test_csv_header_find_exact),
		cmocka_unit_test(test_csv_header_find_missing),
		cmocka_unit_test(test_csv_header_find_duplicate),
		cmocka_unit_test(test_csv_header_empty_name),
		cmocka_unit_test(test_csv_writer_plain),
		cmocka_unit_test(test_csv_writer_quotes_needed),
		cmocka_unit_test(test_csv_writer_empty_fields),
		cmocka_unit_test(test_csv_writer_delim_semicolon),
		cmocka_unit_test(test_csv_writer_delim_tab),
		cmocka_unit_test(test_csv_writer_crlf),
		cmocka_unit_test(test_csv_writer_field_length),
		cmocka_unit_test(test_csv_writer_large),
		cmocka_unit_test(test_csv_writer_round_trip),
		cmocka_unit_test(test_csv_writer_close_dev_full)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
