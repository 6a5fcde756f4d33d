/*
 * test_map.c: unit tests for sen_map, the table from byte strings to
 * numbers.
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
#include "sen_map.h"

/* A string literal and its length, NUL bytes inside it counted. */
#define LIT(s) (s), (sizeof(s) - 1)

static int
setup(void **state)
{
	if ((*state = sen_map_new()) == NULL)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	sen_map_free(*state);
	return 0;
}

static void
test_map_new_empty(void **state)
{
	struct sen_map *m = *state;
	size_t val = 7;

	assert_int_equal(sen_map_count(m), 0);
	assert_int_equal(sen_map_get(m, LIT("a"), &val), 0);
	assert_int_equal(sen_map_get(m, LIT(""), &val), 0);
	assert_int_equal(val, 7);
}

static void
test_map_put_get(void **state)
{
	struct sen_map *m = *state;
	size_t val;

	assert_int_equal(sen_map_put(m, LIT("A123"), 1, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("B456"), 2, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("a123"), 3, NULL), SEN_OK);
	assert_int_equal(sen_map_count(m), 3);
	assert_int_equal(sen_map_get(m, LIT("A123"), &val), 1);
	assert_int_equal(val, 1);
	assert_int_equal(sen_map_get(m, LIT("B456"), &val), 1);
	assert_int_equal(val, 2);
	assert_int_equal(sen_map_get(m, LIT("a123"), &val), 1);
	assert_int_equal(val, 3);
	assert_int_equal(sen_map_get(m, LIT("C789"), &val), 0);
	/* Only len bytes of the key count. */
	assert_int_equal(sen_map_get(m, "A1234", 4, &val), 1);
	assert_int_equal(val, 1);
	assert_int_equal(sen_map_get(m, "A12", 3, &val), 0);
}

/* Keys are copied in: the caller's buffer may change afterwards. */
static void
test_map_keys_copied(void **state)
{
	struct sen_map *m = *state;
	char key[8];
	size_t val;

	memcpy(key, "case1", 6);
	assert_int_equal(sen_map_put(m, key, 5, 10, NULL), SEN_OK);
	memcpy(key, "case2", 6);
	assert_int_equal(sen_map_put(m, key, 5, 20, NULL), SEN_OK);
	memset(key, 'x', sizeof(key));
	assert_int_equal(sen_map_get(m, LIT("case1"), &val), 1);
	assert_int_equal(val, 10);
	assert_int_equal(sen_map_get(m, LIT("case2"), &val), 1);
	assert_int_equal(val, 20);
}

/* A key already present: SEN_EDUP, the old number, no change. */
static void
test_map_duplicate(void **state)
{
	struct sen_map *m = *state;
	size_t val, old = 0;

	assert_int_equal(sen_map_put(m, LIT("A123"), 41, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("A123"), 99, &old), SEN_EDUP);
	assert_int_equal(old, 41);
	assert_int_equal(sen_map_get(m, LIT("A123"), &val), 1);
	assert_int_equal(val, 41);
	assert_int_equal(sen_map_count(m), 1);
	/* old may be NULL. */
	assert_int_equal(sen_map_put(m, LIT("A123"), 98, NULL), SEN_EDUP);
	assert_int_equal(sen_map_get(m, LIT("A123"), &val), 1);
	assert_int_equal(val, 41);
	assert_int_equal(sen_map_count(m), 1);
}

/* 100,000 keys, through many doublings of the table, all found with
 * their numbers; then each refused a second time. */
static void
test_map_many(void **state)
{
	struct sen_map *m = *state;
	char key[32];
	size_t i, val, old, n = 100000;
	int len;

	for (i = 0; i < n; i++) {
		len = snprintf(key, sizeof(key), "case-%zu", i);
		if (sen_map_put(m, key, (size_t)len, i * 3, NULL) != SEN_OK)
			fail_msg("put %s failed", key);
	}
	assert_int_equal(sen_map_count(m), n);
	for (i = 0; i < n; i++) {
		len = snprintf(key, sizeof(key), "case-%zu", i);
		if (sen_map_get(m, key, (size_t)len, &val) != 1)
			fail_msg("%s not found", key);
		if (val != i * 3)
			fail_msg("%s gave %zu, not %zu", key, val, i * 3);
	}
	for (i = 0; i < n; i += 997) {
		len = snprintf(key, sizeof(key), "case-%zu", i);
		assert_int_equal(sen_map_put(m, key, (size_t)len, 0, &old),
		    SEN_EDUP);
		assert_int_equal(old, i * 3);
	}
	assert_int_equal(sen_map_count(m), n);
	assert_int_equal(sen_map_get(m, LIT("case-100000"), &val), 0);
	assert_int_equal(sen_map_get(m, LIT("case-"), &val), 0);
}

/* NUL bytes are part of a key: "a", "a\0", "a\0b" and "a\0c" are four
 * keys. */
static void
test_map_nul_keys(void **state)
{
	struct sen_map *m = *state;
	size_t val;

	assert_int_equal(sen_map_put(m, LIT("a"), 1, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("a\0"), 2, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("a\0b"), 3, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("a\0c"), 4, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("\0"), 5, NULL), SEN_OK);
	assert_int_equal(sen_map_count(m), 5);
	assert_int_equal(sen_map_get(m, LIT("a"), &val), 1);
	assert_int_equal(val, 1);
	assert_int_equal(sen_map_get(m, LIT("a\0"), &val), 1);
	assert_int_equal(val, 2);
	assert_int_equal(sen_map_get(m, LIT("a\0b"), &val), 1);
	assert_int_equal(val, 3);
	assert_int_equal(sen_map_get(m, LIT("a\0c"), &val), 1);
	assert_int_equal(val, 4);
	assert_int_equal(sen_map_get(m, LIT("\0"), &val), 1);
	assert_int_equal(val, 5);
	assert_int_equal(sen_map_get(m, LIT("a\0d"), &val), 0);
	assert_int_equal(sen_map_get(m, LIT("\0\0"), &val), 0);
}

/* The empty key is a key like any other, and not the NUL byte. */
static void
test_map_empty_key(void **state)
{
	struct sen_map *m = *state;
	size_t val, old;

	assert_int_equal(sen_map_get(m, LIT(""), &val), 0);
	assert_int_equal(sen_map_put(m, LIT(""), 12, NULL), SEN_OK);
	assert_int_equal(sen_map_count(m), 1);
	assert_int_equal(sen_map_get(m, LIT(""), &val), 1);
	assert_int_equal(val, 12);
	assert_int_equal(sen_map_get(m, LIT("\0"), &val), 0);
	assert_int_equal(sen_map_put(m, LIT(""), 13, &old), SEN_EDUP);
	assert_int_equal(old, 12);
	assert_int_equal(sen_map_put(m, LIT("x"), 14, NULL), SEN_OK);
	assert_int_equal(sen_map_get(m, LIT(""), &val), 1);
	assert_int_equal(val, 12);
}

/* Keys bigger than the map's 256 KiB chunks of key storage. */
static void
test_map_long_keys(void **state)
{
	struct sen_map *m = *state;
	char *big;
	size_t val, n = 300 * 1024;

	if ((big = malloc(n)) == NULL)
		fail_msg("out of memory");
	memset(big, 'k', n);
	assert_int_equal(sen_map_put(m, big, n, 1, NULL), SEN_OK);
	big[n - 1] = 'l';
	assert_int_equal(sen_map_put(m, big, n, 2, NULL), SEN_OK);
	assert_int_equal(sen_map_put(m, LIT("short"), 3, NULL), SEN_OK);
	assert_int_equal(sen_map_get(m, big, n, &val), 1);
	assert_int_equal(val, 2);
	big[n - 1] = 'k';
	assert_int_equal(sen_map_get(m, big, n, &val), 1);
	assert_int_equal(val, 1);
	assert_int_equal(sen_map_get(m, big, n - 1, &val), 0);
	assert_int_equal(sen_map_get(m, LIT("short"), &val), 1);
	assert_int_equal(val, 3);
	assert_int_equal(sen_map_count(m), 3);
	free(big);
}

static void
test_map_free_null(void **state)
{
	(void)state;
	sen_map_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_map_new_empty, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_put_get, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_keys_copied, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_duplicate, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_many, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_nul_keys, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_empty_key, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_map_long_keys, setup,
		    teardown),
		cmocka_unit_test(test_map_free_null)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
