/*
 * sen_text.c: checking and protecting text.
 */
#include <stdint.h>
#include <string.h>

#include "sen.h"
#include "sen_text.h"

/* Returns the length of the UTF-8 sequence starting at s (at most n
 * bytes), or 0 when it is not a valid one. */
static size_t
sequence(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len, i;
	unsigned long cp;

	if (c < 0x80)
		return c != 0;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

/* Returns 1 when the eight bytes at u are all printable ASCII (0x20 to
 * 0x7F): no high bit set, and none below 0x20. */
static int
ascii8(const unsigned char *u)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t x;

	memcpy(&x, u, 8);
	return (x & high) == 0 &&
	    ((x - 0x2020202020202020ULL) & ~x & high) == 0;
}

int
sen_text_check(const char *s, size_t len, size_t *bad)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;

	while (i + 8 <= len && ascii8(u + i))
		i += 8;
	while (i < len) {
		if (u[i] >= 0x20 && u[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = sequence(u + i, len - i)) == 0) {
			*bad = i;
			return SEN_EENCODING;
		}
		i += k;
	}
	return SEN_OK;
}

/* Returns 1 when s is a plain signed decimal number, such as "-0.1". */
static int
plain_number(const char *s, size_t len)
{
	size_t i = 1, digits = 0;

	if (i < len && s[i] >= '0' && s[i] <= '9')
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	return digits > 0 && i == len;
}

int
sen_text_formula(const char *s, size_t len)
{
	if (len == 0)
		return 0;
	if ((s[0] == '-' || s[0] == '+') && plain_number(s, len))
		return 0;
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	    s[0] == '\t' || s[0] == '\r';
}

const char *
sen_text_trim(const char *s, size_t *len)
{
	while (*len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		(*len)--;
	}
	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t'))
		(*len)--;
	return s;
}
