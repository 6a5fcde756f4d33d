/*
 * test_pseudo.c: unit tests for sen_pseudo, keyed pseudonyms.
 *
 * Expected pseudonyms were worked out apart from libsodium, with
 * Python's hashlib:
 *
 *	hashlib.blake2b(data, digest_size=16, key=key).hexdigest()
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_pseudo.h"

/* 32 bytes of key. */
#define KEY32 "0123456789abcdef0123456789abcdef"

/* Sets up p with the NUL-terminated key, which must be taken. */
static void
init(struct sen_pseudo *p, const char *key)
{
	int st;

	if ((st = sen_pseudo_init(p, key, strlen(key))) != SEN_OK)
		fail_msg("key of %zu bytes: status %d", strlen(key), st);
}

/* Asserts that out is SEN_PSEUDO_LEN lower-case hex digits. */
static void
is_hex(const char *out)
{
	size_t i;

	assert_int_equal(strlen(out), SEN_PSEUDO_LEN);
	for (i = 0; i < SEN_PSEUDO_LEN; i++)
		if (!((out[i] >= '0' && out[i] <= '9') ||
		    (out[i] >= 'a' && out[i] <= 'f')))
			fail_msg("\"%s\": not hex at %zu", out, i);
}

/* Keys of 16 to 64 bytes are taken; 15 and 65 are not. */
static void
test_pseudo_key_length(void **state)
{
	unsigned char key[SEN_PSEUDO_KEY_MAX + 1];
	struct sen_pseudo p;

	(void)state;
	memset(key, 'k', sizeof(key));
	assert_int_equal(sen_pseudo_init(&p, key, 15), SEN_ERANGE);
	assert_int_equal(sen_pseudo_init(&p, key, 65), SEN_ERANGE);
	assert_int_equal(sen_pseudo_init(&p, key, 0), SEN_ERANGE);
	assert_int_equal(sen_pseudo_init(&p, key, 16), SEN_OK);
	assert_int_equal(p.keylen, 16);
	assert_int_equal(sen_pseudo_init(&p, key, 32), SEN_OK);
	assert_int_equal(p.keylen, 32);
	assert_int_equal(sen_pseudo_init(&p, key, 64), SEN_OK);
	assert_int_equal(p.keylen, 64);
}

/* BLAKE2b-128 of "C123" keyed with KEY32, as hashlib gives it. */
static void
test_pseudo_known(void **state)
{
	struct sen_pseudo p;
	char out[SEN_PSEUDO_LEN + 1];

	(void)state;
	init(&p, KEY32);
	assert_ptr_equal(sen_pseudonym(&p, "C123", 4, out), out);
	assert_string_equal(out, "59b998cdfa71d759dd18011c88a201d1");
	/* "C124", one letter on */
	sen_pseudonym(&p, "C124", 4, out);
	assert_string_equal(out, "7669e05d931fd9bd2c1ea412ff35cde7");
}

/* The shortest and longest keys, worked the same way. */
static void
test_pseudo_known_key_lengths(void **state)
{
	struct sen_pseudo p;
	char out[SEN_PSEUDO_LEN + 1];

	(void)state;
	/* key b"fedcba9876543210", 16 bytes */
	init(&p, "fedcba9876543210");
	sen_pseudonym(&p, "C123", 4, out);
	assert_string_equal(out, "04fbaf29b300174520d539181a50c0fd");
	/* key b"0123456789abcdef" * 4, 64 bytes */
	init(&p, KEY32 KEY32);
	sen_pseudonym(&p, "C123", 4, out);
	assert_string_equal(out, "e51da8115d4678caf84d32c9e7cc63d2");
}

/* The same identifier and key give the same pseudonym each time. */
static void
test_pseudo_same(void **state)
{
	struct sen_pseudo p, q;
	char a[SEN_PSEUDO_LEN + 1], b[SEN_PSEUDO_LEN + 1];

	(void)state;
	init(&p, KEY32);
	init(&q, KEY32);
	sen_pseudonym(&p, "C123", 4, a);
	sen_pseudonym(&p, "C123", 4, b);
	assert_string_equal(a, b);
	/* a second set-up with the same key, as another run would */
	sen_pseudonym(&q, "C123", 4, b);
	assert_string_equal(a, b);
	/* only the len bytes are hashed: "C123" of "C1234" */
	sen_pseudonym(&p, "C1234", 4, b);
	assert_string_equal(a, b);
}

/* Another key, or another identifier, gives another pseudonym. */
static void
test_pseudo_differs(void **state)
{
	struct sen_pseudo p, q;
	char a[SEN_PSEUDO_LEN + 1], b[SEN_PSEUDO_LEN + 1];

	(void)state;
	init(&p, KEY32);
	init(&q, "0123456789abcdef0123456789abcdeg");	/* last byte */
	sen_pseudonym(&p, "C123", 4, a);
	sen_pseudonym(&q, "C123", 4, b);
	is_hex(b);
	assert_string_not_equal(a, b);
	sen_pseudonym(&p, "c123", 4, b);	/* case matters */
	assert_string_not_equal(a, b);
	sen_pseudonym(&p, "C123 ", 5, b);	/* so do spaces */
	assert_string_not_equal(a, b);
}

/* The empty identifier has a pseudonym of full length too. */
static void
test_pseudo_empty(void **state)
{
	struct sen_pseudo p;
	char out[SEN_PSEUDO_LEN + 1];

	(void)state;
	init(&p, KEY32);
	memset(out, 'z', sizeof(out));
	assert_ptr_equal(sen_pseudonym(&p, "", 0, out), out);
	is_hex(out);
	assert_int_equal(out[SEN_PSEUDO_LEN], '\0');
	assert_string_equal(out, "b2cf8792417c9e5c092d4f049a2cd38a");
}

/* Identifiers with a NUL or bytes above ASCII are hashed whole. */
static void
test_pseudo_binary(void **state)
{
	struct sen_pseudo p;
	char a[SEN_PSEUDO_LEN + 1], b[SEN_PSEUDO_LEN + 1];

	(void)state;
	init(&p, KEY32);
	/* b"C1\x0023", five bytes, not the two before the NUL */
	sen_pseudonym(&p, "C1\0" "23", 5, a);
	assert_string_equal(a, "4f0bfd8b0b59ffe415758f1b8a8aa437");
	sen_pseudonym(&p, "C1", 2, b);
	assert_string_not_equal(a, b);
	/* b"\xc2\xa3", the pound sign */
	sen_pseudonym(&p, "\xC2\xA3", 2, a);
	assert_string_equal(a, "b52c70d334664bf25434ae21a0b6f937");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pseudo_key_length),
		cmocka_unit_test(test_pseudo_known),
		cmocka_unit_test(test_pseudo_known_key_lengths),
		cmocka_unit_test(test_pseudo_same),
		cmocka_unit_test(test_pseudo_differs),
		cmocka_unit_test(test_pseudo_empty),
		cmocka_unit_test(test_pseudo_binary)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
