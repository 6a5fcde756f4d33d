/*
 * sen_stats.c: figures as official statistics publish them.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sen.h"
#include "sen_text.h"
#include "sen_stats.h"
#include "sen_target.h"

#define COUNT_MAX 1000000000000000LL	/* a thousand million million */

static const char *const symbols[] = { "x", "z", "c", "low", "k", "u",
	":", "~" };

int
sen_stat_missing(const char *s, size_t len)
{
	size_t i;

	s = sen_text_trim(s, &len);
	if (len == 0)
		return 1;
	for (i = 0; i < sizeof(symbols) / sizeof(symbols[0]); i++)
		if (strlen(symbols[i]) == len &&
		    strncasecmp(s, symbols[i], len) == 0)
			return 1;
	return 0;
}

int
sen_stat_count(const char *s, size_t len, long long *v)
{
	size_t i, group = 0;
	int commas = 0;

	if (sen_stat_missing(s, len))
		return SEN_EEMPTY;
	s = sen_text_trim(s, &len);
	*v = 0;
	for (i = 0; i < len; i++) {
		if (s[i] == ',') {
			if (group == 0 || (commas && group != 3) ||
			    (!commas && group > 3))
				return SEN_ESYNTAX;
			commas = 1;
			group = 0;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			return SEN_ESYNTAX;
		if (*v <= COUNT_MAX)	/* else stays over: SEN_ERANGE */
			*v = *v * 10 + (s[i] - '0');
		group++;
	}
	if (group == 0 || (commas && group != 3))
		return SEN_ESYNTAX;
	return *v > COUNT_MAX ? SEN_EOVER : SEN_OK;
}

int
sen_stat_tenths(const char *s, size_t len, long long *tenths)
{
	char buf[32];

	if (sen_stat_missing(s, len))
		return SEN_EEMPTY;
	s = sen_text_trim(s, &len);
	if (len >= sizeof(buf))
		return SEN_ESYNTAX;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return sen_tenths_parse(buf, tenths);
}

int
sen_stat_whole(const char *s, long long *v)
{
	char *end;

	if (*s == '\0')
		return 0;
	*v = strtoll(s, &end, 10);
	return *end == '\0';
}
