/*
 * test_set.c: the compact set of byte strings.
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
#include "sen_set.h"

/* A key added twice is there the second time; the count says one. */
static void
test_set_add_twice(void **state)
{
	struct sen_set *s = sen_set_new();

	(void)state;
	assert_non_null(s);
	assert_int_equal(sen_set_add(s, "SA1", 3), SEN_OK);
	assert_int_equal(sen_set_add(s, "SA1", 3), SEN_EDUP);
	assert_int_equal(sen_set_add(s, "SA2", 3), SEN_OK);
	assert_int_equal(sen_set_count(s), 2);
	sen_set_free(s);
}

/* Keys are bytes: a prefix, the empty key, and NUL bytes are all
 * different keys. */
static void
test_set_bytes(void **state)
{
	struct sen_set *s = sen_set_new();

	(void)state;
	assert_int_equal(sen_set_add(s, "SA1", 3), SEN_OK);
	assert_int_equal(sen_set_add(s, "SA", 2), SEN_OK);
	assert_int_equal(sen_set_add(s, "", 0), SEN_OK);
	assert_int_equal(sen_set_add(s, "", 0), SEN_EDUP);
	assert_int_equal(sen_set_add(s, "SA1\0x", 5), SEN_OK);
	assert_int_equal(sen_set_add(s, "SA1\0y", 5), SEN_OK);
	assert_int_equal(sen_set_add(s, "SA1\0x", 5), SEN_EDUP);
	assert_int_equal(sen_set_count(s), 5);
	sen_set_free(s);
}

/* 200,000 keys through many doublings: each new once, then each there. */
static void
test_set_many(void **state)
{
	struct sen_set *s = sen_set_new();
	char key[16];
	int i, n;

	(void)state;
	for (i = 0; i < 200000; i++) {
		n = snprintf(key, sizeof(key), "SA%08d", i);
		assert_int_equal(sen_set_add(s, key, (size_t)n), SEN_OK);
	}
	for (i = 0; i < 200000; i += 7) {
		n = snprintf(key, sizeof(key), "SA%08d", i);
		assert_int_equal(sen_set_add(s, key, (size_t)n), SEN_EDUP);
	}
	assert_int_equal(sen_set_count(s), 200000);
	sen_set_free(s);
}

/* The longest key is 65,535 bytes; one more is too big. */
static void
test_set_long_key(void **state)
{
	struct sen_set *s = sen_set_new();
	char *key = calloc(1, SEN_SET_KEY_MAX + 1);

	(void)state;
	assert_non_null(key);
	memset(key, 'k', SEN_SET_KEY_MAX + 1);
	assert_int_equal(sen_set_add(s, key, SEN_SET_KEY_MAX), SEN_OK);
	assert_int_equal(sen_set_add(s, key, SEN_SET_KEY_MAX), SEN_EDUP);
	assert_int_equal(sen_set_add(s, key, SEN_SET_KEY_MAX + 1),
	    SEN_ETOOBIG);
	assert_int_equal(sen_set_count(s), 1);
	free(key);
	sen_set_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_add_twice),
		cmocka_unit_test(test_set_bytes),
		cmocka_unit_test(test_set_many),
		cmocka_unit_test(test_set_long_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
