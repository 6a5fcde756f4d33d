/*
 * sen_money.c: amounts of money as whole pence.
 */
#include <stdio.h>
#include <string.h>

#include "sen.h"
#include "sen_text.h"
#include "sen_money.h"

/* Reads the whole pounds, with or without thousands separators.
 * Returns the bytes used, or 0 when they are not well formed. */
static size_t
pounds(const char *s, size_t len, long long *v)
{
	size_t i = 0, group = 0, groups = 0;
	int commas = 0;

	*v = 0;
	for (; i < len && (s[i] == ',' || (s[i] >= '0' && s[i] <= '9'));
	    i++) {
		if (s[i] == ',') {
			if ((groups++ == 0 && (group == 0 || group > 3)) ||
			    (groups > 1 && group != 3))
				return 0;
			commas = 1;
			group = 0;
			continue;
		}
		if (*v <= SEN_MONEY_MAX)	/* else stays over: SEN_ERANGE */
			*v = *v * 10 + (s[i] - '0');
		group++;
	}
	if (i == 0 || group == 0 || (commas && group != 3))
		return 0;
	return i;
}

int
sen_money_parse(const char *s, size_t len, long long *pence)
{
	long long v;
	size_t n;
	int d1 = 0, d2 = 0;

	s = sen_text_trim(s, &len);
	if (len == 0)
		return SEN_EEMPTY;
	if (len >= 2 && memcmp(s, "\xC2\xA3", 2) == 0) {
		s += 2;
		len -= 2;
	}
	if ((n = pounds(s, len, &v)) == 0)
		return SEN_ESYNTAX;
	s += n;
	len -= n;
	if (len > 0 && *s == '.') {
		if (len < 2 || len > 3 || s[1] < '0' || s[1] > '9' ||
		    (len == 3 && (s[2] < '0' || s[2] > '9')))
			return SEN_ESYNTAX;
		d1 = s[1] - '0';
		d2 = len == 3 ? s[2] - '0' : 0;
		len = 0;
	}
	if (len != 0)
		return SEN_ESYNTAX;
	if (v > SEN_MONEY_MAX / 100)
		return SEN_EOVER;
	*pence = v * 100 + d1 * 10 + d2;
	return *pence > SEN_MONEY_MAX ? SEN_EOVER : SEN_OK;
}

char *
sen_money_format(long long pence, char *buf)
{
	long long a = pence < 0 ? -pence : pence;

	snprintf(buf, 32, "%s%lld.%02lld", pence < 0 ? "-" : "", a / 100,
	    a % 100);
	return buf;
}
