/*
 * test_rejects.c: unit tests for sen_rejects, the rejects file.
 *
 * Records come from a reader on memory (fmemopen) and the rejects file
 * goes to memory (open_memstream).
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
#include "sen_rejects.h"

/* A string literal and its length, NUL bytes inside it counted. */
#define LIT(s) (s), (sizeof(s) - 1)

/* An input, its header, and a rejects file in memory. */
struct fix {
	FILE *in;
	struct sen_csv *r;
	struct sen_header *h;
	FILE *out;
	char *buf;
	size_t len;
	struct sen_rejects *rj;
};

/* Opens the input (its first record read as the header) and the
 * rejects file. */
static void
fix_open(struct fix *f, const char *in, size_t len)
{
	memset(f, 0, sizeof(*f));
	if ((f->in = fmemopen((void *)in, len, "r")) == NULL)
		fail_msg("fmemopen failed");
	if ((f->r = sen_csv_open(f->in, 0, 0)) == NULL)
		fail_msg("sen_csv_open failed");
	assert_int_equal(sen_csv_read(f->r), SEN_OK);
	if ((f->h = sen_header_from(f->r)) == NULL)
		fail_msg("sen_header_from failed");
	if ((f->out = open_memstream(&f->buf, &f->len)) == NULL)
		fail_msg("open_memstream failed");
	if ((f->rj = sen_rejects_open(f->out, 0)) == NULL)
		fail_msg("sen_rejects_open failed");
}

/* Closes everything and asserts that the rejects file holds want. */
static void
fix_expect(struct fix *f, const char *want, size_t len)
{
	assert_int_equal(sen_rejects_close(f->rj), SEN_OK);
	assert_int_equal(fclose(f->out), 0);
	sen_header_free(f->h);
	sen_csv_close(f->r);
	fclose(f->in);
	if (f->len != len || memcmp(f->buf, want, len) != 0)
		fail_msg("rejects:\n%s\nnot:\n%s", f->buf, want);
	free(f->buf);
}

/* The header, then a row with the record's fields as they were read,
 * quoted where they need it. */
static void
test_rejects_header_and_row(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("case_id,name,received\n"
	    "A1,\"Smith, J\", 31/04/2005 \n"));
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	assert_int_equal(sen_csv_read(f.r), SEN_OK);
	assert_int_equal(sen_rejects_put(f.rj, "in.csv",
	    sen_csv_line(f.r), "impossible_date", "impossible date", f.r, 1),
	    SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message,case_id,name,received\n"
	    "in.csv,2,impossible_date,impossible date,A1,\"Smith, J\","
	    " 31/04/2005 \n"));
}

/* Quotes, line ends and empty fields come out so that they read back
 * the same; so do a file name and a message with commas. */
static void
test_rejects_quoting(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("id,note,x\n"
	    "B2,\"say \"\"hi\"\"\nthen go\",\n"));
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	assert_int_equal(sen_csv_read(f.r), SEN_OK);
	assert_int_equal(sen_rejects_put(f.rj, "a,b.csv", 2, "bad_format",
	    "\"x\" is not a date", f.r, 1), SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message,id,note,x\n"
	    "\"a,b.csv\",2,bad_format,\"\"\"x\"\" is not a date\",B2,"
	    "\"say \"\"hi\"\"\nthen go\",\n"));
}

/* Column names that need quotes are quoted in the header. */
static void
test_rejects_header_quoted_names(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("\"Ref, case\",\"Date \"\"received\"\"\"\n"));
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message,\"Ref, case\","
	    "\"Date \"\"received\"\"\"\n"));
}

/* The header is written once however often it is asked for. */
static void
test_rejects_header_once(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("a,b\n1,2\n"));
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	assert_int_equal(sen_rejects_header(f.rj, NULL), SEN_OK);
	assert_int_equal(sen_csv_read(f.r), SEN_OK);
	assert_int_equal(sen_rejects_put(f.rj, "f", 2, "r", "m", f.r, 1),
	    SEN_OK);
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message,a,b\nf,2,r,m,1,2\n"));
}

/* A record put without its fields, and a header with no columns. */
static void
test_rejects_no_fields(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("a,b\n1,2\n"));
	assert_int_equal(sen_rejects_header(f.rj, NULL), SEN_OK);
	assert_int_equal(sen_csv_read(f.r), SEN_OK);
	assert_int_equal(sen_rejects_put(f.rj, "in.csv", 7, "bad_csv",
	    "malformed CSV", f.r, 0), SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message\n"
	    "in.csv,7,bad_csv,malformed CSV\n"));
}

/* A record put before any header brings the bare header first. */
static void
test_rejects_put_before_header(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("a\nx\n"));
	assert_int_equal(sen_csv_read(f.r), SEN_OK);
	assert_int_equal(sen_rejects_put(f.rj, "-", 4294967295UL, "too_big",
	    "field too large", f.r, 1), SEN_OK);
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message\n"
	    "-,4294967295,too_big,field too large,x\n"));
}

/* NUL bytes inside a field are written as they are. */
static void
test_rejects_nul_bytes(void **state)
{
	struct fix f;

	(void)state;
	fix_open(&f, LIT("a,b\nx\0y,z\n"));
	assert_int_equal(sen_rejects_header(f.rj, f.h), SEN_OK);
	assert_int_equal(sen_csv_read(f.r), SEN_OK);
	assert_int_equal(sen_rejects_put(f.rj, "f", 2, "r", "m", f.r, 1),
	    SEN_OK);
	fix_expect(&f, LIT("file,line,reason,message,a,b\nf,2,r,m,x\0y,z\n"));
}

static void
test_rejects_reasons(void **state)
{
	(void)state;
	assert_string_equal(sen_reason(SEN_ECSV), "bad_csv");
	assert_string_equal(sen_reason(SEN_ETOOBIG), "too_big");
	assert_string_equal(sen_reason(SEN_EFIELDS), "field_count");
	assert_string_equal(sen_reason(SEN_EEMPTY), "missing_value");
	assert_string_equal(sen_reason(SEN_ESYNTAX), "bad_format");
	assert_string_equal(sen_reason(SEN_ERANGE), "impossible_date");
	assert_string_equal(sen_reason(SEN_EMDY), "month_first");
	assert_string_equal(sen_reason(SEN_EUNKNOWN), "unknown_code");
	assert_string_equal(sen_reason(SEN_EORDER), "date_order");
	assert_string_equal(sen_reason(SEN_EDUP), "duplicate_id");
	assert_string_equal(sen_reason(SEN_EPLAUSIBLE), "implausible_date");
	assert_string_equal(sen_reason(SEN_OK), "error");
	assert_string_equal(sen_reason(-1), "error");
}

/* A failed write shows when the rejects file is closed. */
static void
test_rejects_close_dev_full(void **state)
{
	struct sen_rejects *rj;
	FILE *fp;

	(void)state;
	if ((fp = fopen("/dev/full", "w")) == NULL)
		skip();
	rj = sen_rejects_open(fp, 0);
	assert_non_null(rj);
	assert_int_equal(sen_rejects_header(rj, NULL), SEN_OK);
	assert_int_equal(sen_rejects_close(rj), SEN_EIO);
	fclose(fp);
	assert_int_equal(sen_rejects_close(NULL), SEN_OK);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rejects_header_and_row),
		cmocka_unit_test(test_rejects_quoting),
		cmocka_unit_test(test_rejects_header_quoted_names),
		cmocka_unit_test(test_rejects_header_once),
		cmocka_unit_test(test_rejects_no_fields),
		cmocka_unit_test(test_rejects_put_before_header),
		cmocka_unit_test(test_rejects_nul_bytes),
		cmocka_unit_test(test_rejects_reasons),
		cmocka_unit_test(test_rejects_close_dev_full)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
