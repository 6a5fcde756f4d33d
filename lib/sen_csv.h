/*
 * sen_csv.h: reading and writing CSV.
 *
 * The reader sits on libcsv but undoes the defaults that would change
 * data: fields are kept exactly as written (no spaces trimmed), blank
 * lines are skipped and counted, each record knows the physical line it
 * starts on (LF, CRLF and a lone CR each end a line), a field and a
 * record have a size bound, and a malformed record is reported and
 * stepped over so that reading can go on.
 *
 * The writer quotes a field only where RFC 4180 needs it: when it holds
 * the delimiter, a double quote, CR or LF.
 */
#ifndef SEN_CSV_H
#define SEN_CSV_H

#include <stddef.h>
#include <stdio.h>

/* Default bound on one field's size, in bytes. */
#define SEN_CSV_MAX_FIELD (1024 * 1024)

/* A record may hold at most this many times the field bound, each field
 * counting its bytes and 1 + 2 * sizeof(size_t) more for bookkeeping. */
#define SEN_CSV_RECORD_FACTOR 16

struct sen_csv;

/* A delimiter for sen_csv_open(): the most frequent of comma,
 * semicolon, tab and bar outside quotes on the first line. */
#define SEN_CSV_AUTO (-1)

/*
 * Opens a reader on fp, which the caller keeps and closes.  delim is the
 * field delimiter (',' when 0, found from the first line when
 * SEN_CSV_AUTO); max_field the bound on a field in bytes
 * (SEN_CSV_MAX_FIELD when 0).  Returns NULL when out of memory.
 */
struct sen_csv *sen_csv_open(FILE *fp, int delim, size_t max_field);

/*
 * Reads the input as text in encoding (an iconv name such as "CP1252"
 * or "LATIN1"), converting it to UTF-8; a byte the encoding does not
 * define is passed through unchanged.  Call before the first read.
 * Returns SEN_OK, SEN_EUNKNOWN for an encoding iconv does not know, or
 * SEN_ENOMEM.
 */
int sen_csv_set_encoding(struct sen_csv *r, const char *encoding);

/* The delimiter in use (known after the first read). */
unsigned char sen_csv_delim(const struct sen_csv *r);

/* Frees the reader; NULL is ignored. */
void sen_csv_close(struct sen_csv *r);

/*
 * Reads the next record.  Returns SEN_OK with the record available
 * through the accessors below; SEN_EOF at the end of input; or, for a
 * record that could not be read, SEN_ECSV (a stray or unclosed quote),
 * SEN_ETOOBIG (a field or record over its bound) or SEN_EFIELDS, after
 * which the reader has stepped over that record and may be called again:
 * after a malformed record that spans lines, it reads again from the
 * record's second line, so that an unclosed quote costs one line and not
 * the rest of the input.
 * SEN_EIO (errno set) and SEN_ENOMEM are final.  In every case
 * sen_csv_line() names the line the record started on.
 */
int sen_csv_read(struct sen_csv *r);

/* Number of fields in the current record. */
size_t sen_csv_nfields(const struct sen_csv *r);

/* Field i of the current record, NUL-terminated, its length (which
 * counts any NUL bytes inside it) in *len when len is not NULL.  Valid
 * until the next sen_csv_read().  i must be below sen_csv_nfields(). */
const char *sen_csv_field(const struct sen_csv *r, size_t i, size_t *len);

/* Physical line (from 1) on which the current record starts. */
unsigned long sen_csv_line(const struct sen_csv *r);

/* Number of blank lines skipped so far. */
unsigned long sen_csv_blanks(const struct sen_csv *r);

/* The field bound in force. */
size_t sen_csv_max_field(const struct sen_csv *r);

/*
 * A header: the names of a file's columns, looked up by name.
 */
struct sen_header;

/* Copies the reader's current record as a header.  Returns NULL when out
 * of memory.  Free with sen_header_free(). */
struct sen_header *sen_header_from(const struct sen_csv *r);

void sen_header_free(struct sen_header *h);

size_t sen_header_count(const struct sen_header *h);

const char *sen_header_name(const struct sen_header *h, size_t i);

/*
 * Finds the column called name, compared exactly.  Stores its index in
 * *idx and returns SEN_OK; returns SEN_ECOLUMN when no column has that
 * name and SEN_EDUPCOL when more than one has.
 */
int sen_header_find(const struct sen_header *h, const char *name,
    size_t *idx);

/*
 * The writer: buffered, checked, quoting only where needed.
 */
struct sen_csvw;

/* Flags for sen_csvw_open(). */
#define SEN_CSVW_CRLF	0x01	/* end records with CR LF */
#define SEN_CSVW_EXCEL	0x02	/* for spreadsheets: a UTF-8 byte-order
				 * mark, CR LF, and an apostrophe before
				 * a cell a spreadsheet would run as a
				 * formula (leading =, +, -, @, tab, CR) */

/* Opens a writer on fp, which the caller keeps.  Returns NULL when out
 * of memory. */
struct sen_csvw *sen_csvw_open(FILE *fp, int delim, int flags);

/* Appends one field to the current record. */
void sen_csvw_field(struct sen_csvw *w, const char *s, size_t len);

/* Appends a NUL-terminated field. */
void sen_csvw_str(struct sen_csvw *w, const char *s);

/* Ends the current record.  Returns SEN_OK, or SEN_EIO once any write
 * has failed (errno set). */
int sen_csvw_end(struct sen_csvw *w);

/* Writes out what is buffered.  Returns SEN_OK or SEN_EIO. */
int sen_csvw_flush(struct sen_csvw *w);

/* Flushes and frees the writer (not its FILE).  Returns SEN_OK or
 * SEN_EIO when anything written through it failed. */
int sen_csvw_close(struct sen_csvw *w);

#endif
