/*
 * sen_date.h: civil dates in the proleptic Gregorian calendar.
 *
 * A date is held as a day number, the count of days since 1970-01-01
 * (negative before it), so that differences are exact across leap years
 * and century years.  No time_t, no time zones.
 */
#ifndef SEN_DATE_H
#define SEN_DATE_H

#include <stddef.h>
#include <stdint.h>

typedef int32_t sen_day;

/* A day number that stands for "no date" (an empty field). */
#define SEN_NODATE INT32_MIN

/* Length of a formatted date, YYYY-MM-DD, without its NUL. */
#define SEN_DATE_LEN 10

/* Flags for sen_date_parse(). */
#define SEN_DATE_MDY 0x01	/* read d/m/y forms month first (US) */

/* Returns 1 when y-m-d names a real day (years 1 to 9999), else 0. */
int sen_date_valid(int y, int m, int d);

/* Returns the day number of a valid y-m-d; the result is unspecified
 * for an invalid one (check with sen_date_valid first). */
sen_day sen_date_from_ymd(int y, int m, int d);

/* Splits a day number into year, month and day. */
void sen_date_to_ymd(sen_day day, int *y, int *m, int *d);

/*
 * Parses the len bytes at s, spaces around them ignored, in any of the
 * forms YYYY-MM-DD, DD/MM/YYYY, D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY and
 * DD-Mon-YYYY (Mon an English month name or its first three letters, any
 * case).  Day first unless flags has SEN_DATE_MDY.  Stores the day number
 * in *out and returns SEN_OK; otherwise returns SEN_EEMPTY (nothing but
 * spaces), SEN_ESYNTAX (no accepted form), SEN_ERANGE (an impossible day
 * such as 31/04/2005 or 29/02/2005) or SEN_EMDY (day first was asked for
 * but the second number is above 12, so the date is probably month first).
 */
int sen_date_parse(const char *s, size_t len, int flags, sen_day *out);

/* Writes day as YYYY-MM-DD and a NUL into buf, which must hold
 * SEN_DATE_LEN + 1 bytes.  Returns buf. */
char *sen_date_format(sen_day day, char *buf);

#endif
