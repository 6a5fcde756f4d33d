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
#define SEN_DATE_YY 0x02	/* d/m/y forms may have a two-digit year,
				 * 00-49 being 20xx, 50-99 19xx */
#define SEN_DATE_SERIAL 0x04	/* a bare number is an Excel serial day */

/* Returns 1 when y-m-d names a real day (years 1 to 9999), else 0. */
int sen_date_valid(int y, int m, int d);

/* Returns the day number of a valid y-m-d; the result is unspecified
 * for an invalid one (check with sen_date_valid first). */
sen_day sen_date_from_ymd(int y, int m, int d);

/* Splits a day number into year, month and day. */
void sen_date_to_ymd(sen_day day, int *y, int *m, int *d);

/*
 * Parses the len bytes at s, spaces and tabs around them ignored, in one
 * of the forms
 *
 *	YYYY-MM-DD	month and day of one or two digits
 *	DD/MM/YYYY	day and month of one or two digits, as in
 *	DD-MM-YYYY	the two forms below
 *	DD.MM.YYYY
 *	DD-Mon-YYYY	Mon an English month name: whole, its first three
 *	DD Mon YYYY	letters or, for September, "Sept" as UK exports
 *			write it; any case; one space on each side
 *
 * Any of them may be followed by a time of day, which must be a real one
 * and is then ignored: one space (or, after YYYY-MM-DD, a "T"), then H:MM
 * or HH:MM, optionally :SS and then a fraction of a second (a dot and one
 * or more digits), then optionally "Z".  Hours run 0 to 23, minutes and
 * seconds 0 to 59; there is no 24:00, leap second, AM/PM or offset
 * such as +01:00.  Not accepted either: US "March 3, 2005", month names
 * between slashes or dots, and YYYY/MM/DD.
 *
 * Flags, or'd together:
 *
 *	SEN_DATE_MDY	read the numeric d/m/y forms month first (US);
 *			YYYY-MM-DD and month names are unaffected.
 *	SEN_DATE_YY	allow two-digit years in the d/m/y forms (01/03/05,
 *			1.3.05, 01-Mar-05, 1 Mar 05), pivoting at 50: 00 to
 *			49 are 2000 to 2049, 50 to 99 are 1950 to 1999.
 *			Without it a two-digit year is SEN_ESYNTAX.
 *	SEN_DATE_SERIAL	read a bare whole number of one to six digits as
 *			an Excel serial day number in the 1900 date system
 *			(1 is 1900-01-01, 61 is 1900-03-01, 38412 is
 *			2005-03-01), optionally with a fraction (a time of
 *			day, ignored): 38412.5.  Serial 0 and serial 60,
 *			Excel's 29 February 1900 that never was, are
 *			SEN_ERANGE.  Without it a bare number is SEN_ESYNTAX.
 *
 * Day first unless flags has SEN_DATE_MDY.  Stores the day number in *out
 * and returns SEN_OK; otherwise leaves *out alone and returns SEN_EEMPTY
 * (nothing but spaces), SEN_ESYNTAX (no accepted form, an impossible time
 * of day among them), SEN_ERANGE (an impossible day such as 31/04/2005 or
 * 29/02/2005) or SEN_EMDY (day first was asked for but the second number
 * is above 12, so the date is probably month first).
 */
int sen_date_parse(const char *s, size_t len, int flags, sen_day *out);

/* Returns 1 when the len bytes at s are written exactly YYYY-MM-DD (ten
 * bytes, digits and dashes), whatever the date. */
int sen_date_is_iso(const char *s, size_t len);

/* Writes day as YYYY-MM-DD and a NUL into buf, which must hold
 * SEN_DATE_LEN + 1 bytes.  Returns buf. */
char *sen_date_format(sen_day day, char *buf);

#endif
